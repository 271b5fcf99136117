//! Files into the library. A map file becomes a new map (never replacing one); a backup adds the
//! maps that are not already there. A file that cannot be read changes nothing.
use super::{AppState, Notice, Route};
use crate::format::{import, import_backup, is_backup};
use crate::platform::{self, files::GivenFile};
use leptos::prelude::*;

impl AppState {
    /// Imports the given files; a single imported map is opened.
    pub fn import_files(&self, files: Vec<GivenFile>) {
        let single = files.len() == 1;
        for f in files {
            if is_backup(&f.bytes) {
                self.restore_backup(f);
                continue;
            }
            match import(&f.bytes) {
                Ok(imported) => {
                    let mut map = imported.map;
                    map.id = platform::new_id();
                    if self.save_now(&map) {
                        self.notify(Notice::Imported { file: f.name, title: map.title.clone(), report: imported.report });
                        if single {
                            self.navigate(Route::Map(map.id));
                        }
                    }
                }
                Err(error) => self.notify(Notice::ImportFailed { file: f.name, error }),
            }
        }
    }

    fn restore_backup(&self, f: GivenFile) {
        let results = match import_backup(&f.bytes) {
            Ok(r) => r,
            Err(error) => return self.notify(Notice::ImportFailed { file: f.name, error }),
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
            let stored = self.library.try_update_value(|l| l.load(&map.id)).and_then(Result::ok).and_then(Result::ok);
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
        self.notify(Notice::Restored { file: f.name, added, present, failed });
    }
}
