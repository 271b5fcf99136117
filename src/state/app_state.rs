//! App-wide state: language, route, the library, the open map and what the user is told. Opening
//! a map (and the library itself) lives here; the other use cases have a module each.
use super::{EditorState, Failure, Notice, Route};
use crate::format::StoreError;
use crate::format::{ImportError, Imported, Library, LibraryEntry, LoadError, RepairReport};
use crate::i18n::Lang;
use crate::platform::{self, BrowserStore};
use leptos::prelude::*;

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

/// App-wide state, provided as context. Copy: every field is a handle.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// The page shown.
    pub route: RwSignal<Route>,
    /// The library over browser storage (or memory when storage is blocked): only the state
    /// layer's use cases touch it.
    pub(super) library: StoredValue<Library<BrowserStore>>,
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
    /// The app over the browser's storage, in the stored language or the browser's.
    // On the start path: inlined, so the start compiles no more functions than before.
    #[inline(always)]
    pub fn in_browser() -> AppState {
        let stored = platform::stored_language();
        let lang = Lang::choose(stored.as_deref(), &platform::browser_languages());
        AppState::new(BrowserStore::open(), lang)
    }

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

    /// Switches the interface language and remembers the choice.
    pub fn set_language(&self, lang: Lang) {
        platform::store_language(lang.code());
        self.lang.set(lang);
    }

    /// Asks the browser, once there are maps to keep, to keep this site's data under storage
    /// pressure; its answer is shown on the library page.
    // On the start path: inlined, so the start compiles no more functions than before.
    #[inline(always)]
    pub fn ask_to_keep_data(&self) {
        let app = *self;
        Effect::new(move |asked: Option<bool>| {
            let has_maps = app.entries.with(|e| !e.is_empty());
            if has_maps && asked != Some(true) && app.persistent {
                platform::request_persistence(move |answer| app.persisted.set(answer));
                return true;
            }
            asked.unwrap_or(false)
        });
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

    /// Reads the stored map `id` through the load pipeline.
    pub(super) fn load(&self, id: &str) -> Result<Imported, LoadError> {
        self.library
            .try_update_value(|l| l.load(id))
            .unwrap_or(Err(LoadError::Store(StoreError::Unavailable)))
    }

    /// Reads the stored map `id` for a library action; a map that cannot be read is reported
    /// (a banner) and the list refreshed.
    pub(super) fn load_for_action(&self, id: &str) -> Result<Imported, Failure> {
        match self.load(id) {
            Ok(imported) => Ok(imported),
            Err(LoadError::Unreadable(problem)) => {
                self.notify(Notice::Library(problem));
                self.refresh_entries();
                Err(Failure::Unreadable)
            }
            Err(_) => {
                self.notify(Notice::MapNotFound);
                Err(Failure::NotFound)
            }
        }
    }

    /// Opens the map `id` in the editor (through the load pipeline) or reports why not.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn open_map(&self, id: &str) {
        if self.editor_of(id).is_some() {
            return;
        }
        self.flush();
        match self.load(id) {
            Ok(imported) => {
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
            Err(LoadError::Missing { .. }) => {
                self.notify(Notice::MapNotFound);
                self.editor.set(None);
                self.navigate(Route::Library);
            }
            Err(LoadError::Unreadable(problem)) => {
                self.notify(Notice::Library(problem));
                self.refresh_entries();
                self.editor.set(None);
                self.navigate(Route::Library);
            }
            Err(LoadError::Store(e)) => {
                self.save_status.set(SaveStatus::Failed(e));
                self.editor.set(None);
            }
        }
    }

    /// Shows the library: what the open map holds is saved first.
    // On the start path: inlined, so the start compiles no more functions than before.
    #[inline(always)]
    pub fn show_library(&self) {
        self.flush();
        // Only when a map was open: setting None again would rebuild the whole library page.
        if self.editor.with_untracked(Option::is_some) {
            self.editor.set(None);
        }
        self.refresh_entries();
        self.measure_storage();
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
