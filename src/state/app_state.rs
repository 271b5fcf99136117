//! App-wide state: language, route, the library and the save status.
use super::EditorState;
use crate::format::{ImportError, Library, LibraryEntry, LibraryProblem, RepairReport, StoreError};
use crate::i18n::Lang;
use crate::model::JourneyMap;
use crate::platform::{self, BrowserStore};
use leptos::prelude::*;

/// Which page is shown, from the URL fragment.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    /// `#/`: the library.
    Library,
    /// `#/map/<id>`: the editor.
    Map(String),
    /// `#/present/<id>`: a stored map, read-only, without editing chrome.
    Present(String),
    /// `#/shared/<payload>`: a map carried in the link itself, read-only until saved.
    Shared(String),
}

impl Route {
    /// Parses a fragment (without '#').
    pub fn parse(hash: &str) -> Route {
        let after = |p: &str| {
            hash.strip_prefix(p)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
        };
        if let Some(id) = after("/map/") {
            Route::Map(id)
        } else if let Some(id) = after("/present/") {
            Route::Present(id)
        } else if let Some(payload) = after("/shared/") {
            Route::Shared(payload)
        } else {
            Route::Library
        }
    }
    /// The fragment for this route.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "/".into(),
            Route::Map(id) => format!("/map/{id}"),
            Route::Present(id) => format!("/present/{id}"),
            Route::Shared(payload) => format!("/shared/{payload}"),
        }
    }
}

/// A map shown read-only.
#[derive(Debug, Clone, PartialEq)]
pub struct Viewed {
    /// The map.
    pub map: crate::model::JourneyMap,
    /// Whether it came from a share link (not stored here) rather than the library.
    pub shared: bool,
    /// What the load pipeline repaired.
    pub report: RepairReport,
}

/// Save state of the open map, always visible.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Everything is stored and verified.
    Saved,
    /// A save is scheduled.
    Saving,
    /// The last save failed.
    Failed(StoreError),
}

/// Something to tell the user, shown as a dismissible banner.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A load problem in the library.
    Library(LibraryProblem),
    /// What was repaired when the open map was loaded.
    Repaired(RepairReport),
    /// A map was deleted; it can be brought back.
    Deleted(JourneyMap),
    /// The map in the URL does not exist.
    MapNotFound,
    /// A file was imported as a new map; what was repaired on the way.
    Imported {
        file: String,
        title: String,
        report: RepairReport,
        notes: Vec<crate::interop::Note>,
    },
    /// The open map's content was replaced by a file (undo brings it back).
    Replaced {
        file: String,
        title: String,
        report: RepairReport,
        notes: Vec<crate::interop::Note>,
    },
    /// What an export to another tool's format could not carry.
    LeftOut {
        file: String,
        notes: Vec<crate::interop::Note>,
    },
    /// A file could not be read; nothing in the library changed.
    ImportFailed { file: String, error: ImportError },
    /// A backup was restored: maps added, maps already there (unchanged), maps that could not be read.
    Restored {
        file: String,
        added: usize,
        present: usize,
        failed: Vec<ImportError>,
    },
    /// "Back up all maps" could not read some maps: the backup file (if any map was readable)
    /// holds `saved` maps; the titles of those it does not hold.
    BackupIncomplete {
        file: String,
        saved: usize,
        left_out: Vec<String>,
    },
    /// Another tab saved the open map while this tab had unsaved edits: keep mine as a copy or
    /// take theirs. Nothing is written until the user chooses.
    Conflict,
    /// Another tab saved the open map; this tab had no unsaved edits and now shows that version.
    FollowedOtherTab,
    /// Another tab deleted the open map; editing here stores it again.
    DeletedElsewhere,
}

/// App-wide state, provided as context. Copy: every field is a handle.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// The page shown.
    pub route: RwSignal<Route>,
    /// The library over browser storage (or memory when storage is blocked).
    pub library: StoredValue<Library<BrowserStore>>,
    /// The library's list of maps.
    pub entries: RwSignal<Vec<LibraryEntry>>,
    /// The open map, if the editor is shown.
    pub editor: RwSignal<Option<EditorState>>,
    /// Save status of the open map.
    pub save_status: RwSignal<SaveStatus>,
    /// Whether maps survive a reload.
    pub persistent: bool,
    /// Banners.
    pub notices: RwSignal<Vec<Notice>>,
    /// Patika's share of the browser storage budget (UTF-16 units), measured on the library page.
    pub storage_used: RwSignal<usize>,
    /// The browser's answer to "keep this site's data" (None: not asked or not supported).
    pub persisted: RwSignal<Option<bool>>,
    /// The map shown read-only (presentation or share link): None while loading.
    pub viewing: RwSignal<Option<Result<Viewed, ImportError>>>,
    /// The app's owner: an open map's signals belong to it, not to whichever effect opened the
    /// map (an effect disposes what it created when it runs again).
    pub(super) owner: StoredValue<Owner>,
}

impl AppState {
    /// Opens the library in `store` and picks the interface language.
    pub fn new(store: BrowserStore, lang: Lang) -> AppState {
        let persistent = store.is_persistent();
        let (library, problems) = match Library::open(store) {
            Ok(x) => x,
            Err(_) => match Library::open(BrowserStore::Memory(Default::default())) {
                Ok(x) => x,
                Err(_) => unreachable_memory(),
            },
        };
        let entries = library.entries().to_vec();
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::Library),
            library: StoredValue::new(library),
            entries: RwSignal::new(entries),
            editor: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Saved),
            viewing: RwSignal::new(None),
            storage_used: RwSignal::new(0),
            persisted: RwSignal::new(None),
            persistent,
            notices: RwSignal::new(problems.into_iter().map(Notice::Library).collect()),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        }
    }

    /// Adds a banner.
    pub fn notify(&self, n: Notice) {
        self.notices.update(|v| v.push(n));
    }

    /// Adds a banner unless the same one is already shown.
    pub fn notify_once(&self, n: Notice) {
        if !self.notices.with_untracked(|v| v.contains(&n)) {
            self.notify(n);
        }
    }

    /// Saves a map now and refreshes the library list and the save status.
    pub fn save_now(&self, map: &JourneyMap) -> bool {
        self.save_exported(LibraryEntry::of(map), &crate::format::export(map))
    }

    /// Saves a map already exported (`text`, with its library entry) and refreshes the library
    /// list and the save status.
    pub fn save_exported(&self, entry: LibraryEntry, text: &str) -> bool {
        let result = self
            .library
            .try_update_value(|l| l.save_exported(entry, text))
            .unwrap_or(Err(StoreError::Unavailable));
        match result {
            Ok(problems) => {
                for p in problems {
                    self.notify(Notice::Library(p));
                }
                self.save_status.set(SaveStatus::Saved);
                self.refresh_entries();
                true
            }
            Err(e) => {
                if matches!(e, StoreError::Conflict { .. }) {
                    self.notify_once(Notice::Conflict);
                }
                self.save_status.set(SaveStatus::Failed(e));
                false
            }
        }
    }

    /// Re-reads the list of maps from the library.
    pub fn refresh_entries(&self) {
        let entries = self.library.with_value(|l| l.entries().to_vec());
        set_if_changed(self.entries, entries);
    }

    /// Measures the storage meter (the length of every Patika key: done on the library page, not
    /// on autosave).
    pub fn measure_storage(&self) {
        let used = self
            .library
            .with_value(|l| crate::format::storage_units(l.store()).unwrap_or(0));
        set_if_changed(self.storage_used, used);
    }

    /// The editor, when the map open in it is `id`.
    pub(super) fn editor_of(&self, id: &str) -> Option<EditorState> {
        self.editor
            .get_untracked()
            .filter(|e| e.map.with_untracked(|m| m.id == id))
    }

    /// Opens the map `id` in the editor (through the load pipeline) or reports why not.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn open_map(&self, id: &str) {
        if self.editor_of(id).is_some() {
            return;
        }
        self.flush();
        let loaded = self.library.try_update_value(|l| l.load(id));
        match loaded {
            Some(Ok(Ok(imported))) => {
                if !imported.report.is_clean() {
                    self.notify(Notice::Repaired(imported.report));
                }
                let editor = self
                    .owner
                    .get_value()
                    .with(|| EditorState::new(imported.map));
                self.editor.set(Some(editor));
                self.save_status.set(SaveStatus::Saved);
            }
            Some(Ok(Err(LibraryProblem::Missing { .. }))) | None => {
                self.notify(Notice::MapNotFound);
                self.editor.set(None);
                self.navigate(Route::Library);
            }
            Some(Ok(Err(problem))) => {
                self.notify(Notice::Library(problem));
                self.refresh_entries();
                self.editor.set(None);
                self.navigate(Route::Library);
            }
            Some(Err(e)) => {
                self.save_status.set(SaveStatus::Failed(e));
                self.editor.set(None);
            }
        }
    }

    /// Saves the open map if a save is pending (page hidden, leaving the editor).
    pub fn flush(&self) {
        if self.save_status.get_untracked() == SaveStatus::Saved {
            return;
        }
        if let Some(ed) = self.editor.get_untracked() {
            let (entry, text) = ed
                .map
                .with_untracked(|m| (LibraryEntry::of(m), crate::format::export(m)));
            self.save_exported(entry, &text);
        }
    }

    /// The debounced autosave, in two tasks so that neither is long on a big map: the map is
    /// serialised now and written in the next task. The write is dropped when the map changed in
    /// between (that change has its own save coming) or a flush already stored it (this older
    /// text must not replace what the flush wrote).
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn autosave(&self) {
        if self.save_status.get_untracked() == SaveStatus::Saved {
            return;
        }
        let Some(ed) = self.editor.get_untracked() else {
            return;
        };
        let revision = ed.revision.get_untracked();
        let (entry, text) = ed
            .map
            .with_untracked(|m| (LibraryEntry::of(m), crate::format::export(m)));
        let app = *self;
        platform::Timer::after(0, move || {
            let unchanged = app.editor.get_untracked().is_some_and(|e| {
                e.revision.get_untracked() == revision && e.map.with_untracked(|m| m.id == entry.id)
            });
            if unchanged && app.save_status.get_untracked() != SaveStatus::Saved {
                app.save_exported(entry, &text);
            }
        });
    }

    /// Shows a page.
    pub fn navigate(&self, route: Route) {
        platform::set_hash(&route.to_hash());
    }
}

fn unreachable_memory() -> ! {
    // An empty in-memory store cannot fail to open.
    panic!("in-memory library failed to open")
}

/// Sets `signal` only when `value` differs: an equal value would still re-render everything that
/// reads it (showing the library rebuilt its whole list and meter on every visit).
pub fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    signal.maybe_update(|old| {
        if *old == value {
            return false;
        }
        *old = value;
        true
    });
}
