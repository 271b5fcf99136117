//! Files into the library. A map file becomes a new map (never replacing one); a backup adds the
//! maps that are not already there. A file that cannot be read changes nothing.
use super::{AppState, Notice, Route};
use crate::format::stored::stored_text;
use crate::format::{ImportError, KvStore, Prepared, RepairReport, MAX_BYTES};
use crate::interop::handoff::Reply;
use crate::interop::Note;
use crate::model::JourneyMap;
use crate::platform;
use crate::platform::files::{BrowserFile, GivenFile};
use leptos::prelude::*;
use std::collections::VecDeque;

/// A file's map, what repair changed and the conversion's notes.
type ReadMap = (JourneyMap, RepairReport, Vec<Note>);

impl AppState {
    /// Reads and imports the files the user chose or dropped (each cut at the size limit).
    pub fn import_chosen(&self, files: Vec<BrowserFile>) {
        let app = *self;
        platform::files::read_files(files, MAX_BYTES, move |fs| app.import_given(fs));
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

    /// Imports the first of `files`, then the rest. Each is read (decoded, repaired and prepared
    /// for storage) in the import worker, off the page's thread; the page only stores it, in a
    /// task of its own, so it stays responsive on a big file.
    fn import_next(&self, mut files: VecDeque<GivenFile>, single: bool) {
        let app = *self;
        let Some(f) = files.pop_front() else {
            // The meter follows what was added (it reads every stored map: a task of its own).
            platform::Timer::after(0, move || app.measure_storage());
            return;
        };
        let name = f.name.clone();
        let lang = self.lang.get_untracked();
        platform::import_worker::read_file(f, lang, platform::now_iso(), move |handoff| {
            let (reply, prepared) = handoff.into_parts();
            match reply {
                Reply::Map { report, notes, .. } => match prepared.into_iter().next() {
                    Some(prepared) => app.store_import(name, prepared, report, notes, single),
                    None => app.notify(Notice::ImportFailed {
                        file: name,
                        error: ImportError::ReaderFailed,
                    }),
                },
                Reply::Backup { maps, snapshots } => {
                    let restore = Restore {
                        file: name,
                        maps: prepared.into(),
                        failed: maps.into_iter().filter_map(Result::err).collect(),
                        snapshots,
                        ..Restore::default()
                    };
                    return app.restore_next(restore, files, single);
                }
                Reply::Failed { error } => app.notify(Notice::ImportFailed { file: name, error }),
            }
            app.import_next(files, single);
        });
    }

    /// Stores an imported map under a new id and says so; a single import is opened. A single
    /// file that is a version of a stored map waits for the user's choice instead.
    fn store_import(
        &self,
        file: String,
        prepared: Prepared,
        report: RepairReport,
        notes: Vec<Note>,
        single: bool,
    ) {
        // A version of a map already here (a colleague's edited copy): the user chooses.
        if single && self.offer_merge(&file, &prepared, &report, &notes) {
            return;
        }
        self.store_new_import(file, prepared, report, notes, single);
    }

    /// Stores an imported map as a new map (its own id) and says so; a single one is opened.
    pub(super) fn store_new_import(
        &self,
        file: String,
        prepared: Prepared,
        report: RepairReport,
        notes: Vec<Note>,
        single: bool,
    ) {
        let prepared = prepared.with_id(&platform::new_id());
        if !self.save_prepared(&prepared) {
            return self.say_not_stored(file, &prepared);
        }
        let id = prepared.entry.id.clone();
        self.notify(Notice::Imported {
            file,
            title: prepared.entry.title,
            report,
            notes,
        });
        if single {
            self.navigate(Route::Map(id));
        }
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

    /// Replaces the open map's content with a file's map (an explicit choice; one undo step).
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn replace_open_map(&self, f: GivenFile) {
        let app = *self;
        let name = f.name.clone();
        let lang = self.lang.get_untracked();
        platform::import_worker::read_file(f, lang, platform::now_iso(), move |handoff| {
            let (reply, prepared) = handoff.into_parts();
            let read = match (reply, prepared.into_iter().next()) {
                // The map the worker read and repaired, decoded from its storage form.
                (Reply::Map { report, notes, .. }, Some(p)) => app
                    .read(stored_text(&p, &[]).as_bytes())
                    .map(|i| (i.map, report, notes)),
                (Reply::Failed { error }, _) => Err(error),
                // A backup holds many maps: not one to put in place of this one.
                (Reply::Backup { .. }, _) => Err(ImportError::WrongFormat {
                    found: Some(crate::format::backup::BACKUP_FORMAT.into()),
                }),
                (Reply::Map { .. }, None) => Err(ImportError::ReaderFailed),
            };
            app.put_in_open_map(name, read);
        });
    }

    /// Puts a file's map in place of the open map's content (one undo step), or says why not.
    fn put_in_open_map(&self, file: String, read: Result<ReadMap, ImportError>) {
        let Some(editor) = self.editor.get_untracked() else {
            return;
        };
        match read {
            Ok((map, report, notes)) => {
                let title = map.title.clone();
                editor.dispatch(crate::model::Command::ReplaceContent(Box::new(map)));
                self.notify(Notice::Replaced {
                    file,
                    title,
                    report,
                    notes,
                });
            }
            Err(error) => self.notify(Notice::ImportFailed { file, error }),
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
                snapshot: None,
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
                snapshot: None,
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
                    snapshot: None,
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
        // Unpacking, reading and showing are tasks of their own (each short; together, on a big
        // map, they froze the page for 320 ms).
        platform::share::read_payload(payload, crate::format::MAX_BYTES, move |bytes| {
            platform::Timer::after(0, move || {
                let result = bytes.and_then(|b| app.read(&b)).map(|i| super::Viewed {
                    map: i.map,
                    shared: true,
                    read_only: false,
                    report: i.report,
                    snapshot: None,
                });
                platform::Timer::after(0, move || app.viewing.set(Some(result)));
            });
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

    /// Stores a backup's snapshots of maps the library holds, where none is stored under their
    /// key (a snapshot already there is left as it is).
    fn restore_snapshots(&self, snapshots: &[String]) {
        use crate::format::snapshots::{snapshot_entry, snapshot_key};
        let ids: Vec<String> = self
            .entries
            .with_untracked(|es| es.iter().map(|e| e.id.clone()).collect());
        let _ = self.library.try_update_value(|l| {
            for text in snapshots {
                let Some(e) = snapshot_entry(text) else {
                    continue;
                };
                let key = snapshot_key(&e.map_id, &e.id);
                if ids.contains(&e.map_id) && !l.store().has(&key).unwrap_or(true) {
                    let _ = l.store_mut().set(&key, text);
                }
            }
        });
    }

    /// Restores a backup's next map, one per task: a map already stored is counted, one whose id
    /// another map holds is added beside it under a new id, never over it.
    fn restore_next(&self, mut restore: Restore, files: VecDeque<GivenFile>, single: bool) {
        let app = *self;
        let Some(prepared) = restore.maps.pop_front() else {
            self.restore_snapshots(&restore.snapshots);
            self.notify(Notice::Restored {
                file: restore.file,
                added: restore.added,
                present: restore.present,
                failed: restore.failed,
            });
            return self.import_next(files, single);
        };
        let key = crate::format::keys::map_key(&prepared.entry.id);
        let stored = self
            .library
            .with_value(|l| l.store().get(&key).ok().flatten());
        let prepared = match stored {
            None => Some(prepared),
            Some(text) if crate::format::stored::holds(&text, &prepared) => None,
            // Stored otherwise (by an older build, or another map): compared as maps.
            Some(_) => {
                let backup = self
                    .read(stored_text(&prepared, &[]).as_bytes())
                    .map(|i| i.map);
                match self.load(&prepared.entry.id) {
                    Ok(s) if backup.as_ref().is_ok_and(|b| *b == s.map) => None,
                    _ => Some(prepared.with_id(&platform::new_id())),
                }
            }
        };
        match prepared {
            None => restore.present += 1,
            Some(p) if self.save_prepared(&p) => restore.added += 1,
            Some(_) => {}
        }
        platform::Timer::after(0, move || app.restore_next(restore, files, single));
    }
}

/// A backup being restored: its maps still to store, and the tally so far.
#[derive(Default)]
struct Restore {
    /// The backup file's name.
    file: String,
    /// Its readable maps not stored yet, in file order.
    maps: VecDeque<Prepared>,
    /// Maps added to the library.
    added: usize,
    /// Maps that were already there.
    present: usize,
    /// Why each unreadable map could not be read.
    failed: Vec<ImportError>,
    /// The snapshots it carries (stored texts), put back once its maps are in.
    snapshots: Vec<String>,
}
