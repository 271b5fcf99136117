//! Files into the library. A map file becomes a new map (never replacing one); a backup adds the
//! maps that are not already there. A file that cannot be read changes nothing.
use super::{AppState, Notice, Route};
use crate::format::{import, import_backup, is_backup, ImportError, Imported, MAX_BYTES};
use crate::interop::{cjml, csv, mermaid, Note};
use crate::platform;
use crate::platform::files::{BrowserFile, GivenFile};
use leptos::prelude::*;

impl AppState {
    /// Reads and imports the files the user chose or dropped (each cut at the size limit).
    pub fn import_chosen(&self, files: Vec<BrowserFile>) {
        let app = *self;
        platform::files::read_files(files, MAX_BYTES, move |fs| app.import_files(fs));
    }

    /// Reads the first chosen file and replaces the open map's content with it.
    pub fn replace_open_map_from(&self, files: Vec<BrowserFile>) {
        let app = *self;
        platform::files::read_files(files, MAX_BYTES, move |fs| {
            if let Some(f) = fs.into_iter().next() {
                app.replace_open_map(f);
            }
        });
    }

    /// Imports the given files; a single imported map is opened.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn import_files(&self, files: Vec<GivenFile>) {
        let single = files.len() == 1;
        self.import_next(files.into(), single);
    }

    /// Imports the first of `files`, then the rest, in tasks of their own: reading (parse and
    /// repair), preparing for storage, and storing are three tasks, so the page stays responsive
    /// between them on a big file.
    fn import_next(&self, mut files: std::collections::VecDeque<GivenFile>, single: bool) {
        let app = *self;
        let Some(f) = files.pop_front() else {
            // The meter follows what was added (it reads every stored map: a task of its own).
            platform::Timer::after(0, move || app.measure_storage());
            return;
        };
        if is_backup(&f.bytes) {
            self.restore_backup(f);
            platform::Timer::after(0, move || app.import_next(files, single));
            return;
        }
        let read = self.read_any(&f);
        let name = f.name;
        platform::Timer::after(0, move || {
            let (imported, notes) = match read {
                Ok(read) => read,
                Err(error) => {
                    app.notify(Notice::ImportFailed { file: name, error });
                    return app.import_next(files, single);
                }
            };
            let mut map = imported.map;
            map.id = platform::new_id();
            let prepared = crate::format::prepare(&map);
            platform::Timer::after(0, move || {
                if !app.save_prepared(&prepared) {
                    app.say_not_stored(name, &prepared);
                } else {
                    app.notify(Notice::Imported {
                        file: name,
                        title: map.title.clone(),
                        report: imported.report,
                        notes,
                    });
                    if single {
                        app.navigate(Route::Map(map.id));
                    }
                }
                app.import_next(files, single);
            });
        });
    }

    /// Tells which file could not be stored and how much room it needs (when storage is full).
    fn say_not_stored(&self, file: String, prepared: &crate::format::Prepared) {
        if !super::storage_full(&self.save_status.get_untracked()) {
            return;
        }
        let text = crate::format::stored::stored_text(prepared, &[]);
        let needed = text.encode_utf16().count();
        let used = self
            .library
            .with_value(|l| crate::format::site_units(l.store()).unwrap_or(0));
        let free = crate::format::STORAGE_BUDGET_UNITS.saturating_sub(used);
        self.notify(Notice::ImportNotStored { file, needed, free });
    }

    /// A map from a Patika file, a CSV table or a Mermaid journey (by name and content), with the
    /// conversion's notes.
    pub fn read_any(&self, f: &GivenFile) -> Result<(Imported, Vec<Note>), ImportError> {
        if f.size > MAX_BYTES {
            return Err(ImportError::TooLarge {
                size: f.size,
                limit: MAX_BYTES,
            });
        }
        let lower = f.name.to_lowercase();
        let text = || {
            std::str::from_utf8(&f.bytes).map_err(|e| ImportError::NotUtf8 {
                offset: e.valid_up_to(),
            })
        };
        let lang = self.lang.get_untracked();
        let now = platform::now_iso();
        if lower.ends_with(".csv") || lower.ends_with(".tsv") {
            // "Kargo-sureci_v2.csv" → "Kargo sureci v2"
            let title = f
                .name
                .rsplit_once('.')
                .map_or(f.name.as_str(), |(t, _)| t)
                .replace(['-', '_'], " ");
            let converted = csv::from_csv_bytes(&f.bytes, title.trim(), lang, &now);
            return converted.map(|c| (c.imported, c.notes));
        }
        let looks_xml = lower.ends_with(".xml")
            || lower.ends_with(".cjml")
            || text().is_ok_and(|t| t.trim_start().starts_with('<'));
        if looks_xml {
            return cjml::from_cjml(text()?, lang, &now).map(|c| (c.imported, c.notes));
        }
        let looks_mermaid = lower.ends_with(".mmd")
            || lower.ends_with(".mermaid")
            || text().is_ok_and(|t| t.trim_start().starts_with("journey"));
        if looks_mermaid {
            return mermaid::from_mermaid(text()?, lang, &now).map(|c| (c.imported, c.notes));
        }
        import(&f.bytes).map(|i| (i, Vec::new()))
    }

    /// Replaces the open map's content with a file's map (an explicit choice; one undo step).
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn replace_open_map(&self, f: GivenFile) {
        let Some(editor) = self.editor.get_untracked() else {
            return;
        };
        match self.read_any(&f) {
            Ok((imported, notes)) => {
                let title = imported.map.title.clone();
                editor.dispatch(crate::model::Command::ReplaceContent(Box::new(
                    imported.map,
                )));
                self.notify(Notice::Replaced {
                    file: f.name,
                    title,
                    report: imported.report,
                    notes,
                });
            }
            Err(error) => self.notify(Notice::ImportFailed {
                file: f.name,
                error,
            }),
        }
    }

    /// Shows a stored map read-only (presentation view).
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn present(&self, id: &str) {
        self.flush();
        // The open map is shown as the user sees it, and stays open with its undo history for
        // "Back to editor" (re-reading it from storage took ≈ 28 ms on a 1,000-touchpoint map,
        // and a map that could not be saved would have been dropped).
        if let Some(map) = self.editor_of(id).map(|e| e.map.get_untracked()) {
            self.viewing.set(Some(Ok(super::Viewed {
                map,
                shared: false,
                read_only: false,
                report: Default::default(),
            })));
            return;
        }
        self.editor.set(None);
        self.viewing.set(Some(match self.load(id) {
            Ok(imported) => Ok(super::Viewed {
                map: imported.map,
                shared: false,
                read_only: false,
                report: imported.report,
            }),
            // A newer build's map, shown as far as this build can read it.
            Err(crate::format::LoadError::Newer {
                map: Some(map),
                entry,
            }) => {
                self.notify_once(Notice::NewerMap { title: entry.title });
                Ok(super::Viewed {
                    map: *map,
                    shared: false,
                    read_only: true,
                    report: Default::default(),
                })
            }
            Err(crate::format::LoadError::Newer { entry, .. }) => {
                self.notify_once(Notice::NewerMap { title: entry.title });
                Err(ImportError::NewerVersion {
                    found: crate::format::FORMAT_VERSION + 1,
                    supported: crate::format::FORMAT_VERSION,
                })
            }
            _ => Err(ImportError::WrongFormat { found: None }),
        }));
    }

    /// Decodes a share link's map through the load pipeline and shows it read-only. Nothing is
    /// stored until the user saves it.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn open_shared(&self, payload: String) {
        self.flush();
        self.editor.set(None);
        self.viewing.set(None);
        let app = *self;
        platform::share::read_payload(payload, crate::format::MAX_BYTES, move |bytes| {
            let result = bytes.and_then(|b| import(&b)).map(|i| super::Viewed {
                map: i.map,
                shared: true,
                read_only: false,
                report: i.report,
            });
            app.viewing.set(Some(result));
        });
    }

    /// Saves the shared map being viewed as a new map of this library and opens it.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn save_shared(&self) {
        let Some(Ok(mut map)) = self
            .viewing
            .with_untracked(|v| v.clone().map(|r| r.map(|v| v.map)))
        else {
            return;
        };
        map.id = platform::new_id();
        if self.save_now(&map) {
            self.navigate(Route::Map(map.id));
        }
    }

    fn restore_backup(&self, f: GivenFile) {
        let results = match import_backup(&f.bytes) {
            Ok(r) => r,
            Err(error) => {
                return self.notify(Notice::ImportFailed {
                    file: f.name,
                    error,
                })
            }
        };
        let (mut added, mut present, mut failed) = (0, 0, Vec::new());
        for r in results {
            let mut map = match r {
                Ok(imported) => imported.map,
                Err(e) => {
                    failed.push(e);
                    continue;
                }
            };
            let stored = self.load(&map.id).ok();
            match stored {
                Some(s) if s.map == map => {
                    present += 1;
                    continue;
                }
                // Another map with this id: the backup's copy is added beside it, never over it.
                Some(_) => map.id = platform::new_id(),
                None => {}
            }
            if self.save_now(&map) {
                added += 1;
            }
        }
        self.notify(Notice::Restored {
            file: f.name,
            added,
            present,
            failed,
        });
    }
}
