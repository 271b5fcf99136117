//! App-wide state: language, route, the library, the open map and what the user is told. Opening
//! a map (and the library itself) lives here; the other use cases have a module each.
use super::{EditorState, Failure, Notice, Route};
use crate::format::RepairReport;
use crate::format::StoreError;
use crate::format::{ImportError, Imported, Library, LibraryEntry, LibraryProblem, LoadError};
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
    /// Whether this build cannot edit it (a newer build stored it): no way back to an editor.
    pub read_only: bool,
    /// What the load pipeline repaired.
    pub report: RepairReport,
    /// The snapshot it is, when it is one of a map's snapshots.
    pub snapshot: Option<crate::format::snapshots::SnapshotEntry>,
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
    /// Whether the load pipeline's code is here (it comes with a chunk in the split build).
    pub reader: RwSignal<super::ReaderState>,
    /// The load pipeline and the use cases that come with it, once here.
    pub(super) pipeline: StoredValue<Option<super::reader::Pipeline>>,
    /// Whether something the user asked for waits for the pipeline's code (the page says so).
    pub preparing: RwSignal<bool>,
    /// What the user asked for when the pipeline could not be fetched: "try again" does it.
    pub(super) waiting: StoredValue<Option<super::reader::Waiting>, LocalStorage>,
    /// The library's list of maps.
    pub entries: RwSignal<Vec<LibraryEntry>>,
    /// The open map, if the editor is shown.
    pub editor: RwSignal<Option<EditorState>>,
    /// Save status of the open map.
    pub save_status: RwSignal<SaveStatus>,
    /// Whether maps survive a reload.
    pub persistent: bool,
    /// Whether stored maps are read from browser storage that refuses writes.
    pub read_only: bool,
    /// Maps whose newest version is not stored (storage refused it, or another tab won): kept
    /// in memory until stored or exported, reopened as they are, and what "Export now" exports.
    pub unsaved: RwSignal<Vec<crate::model::JourneyMap>>,
    /// The open map's revision (`EditorState::revision`) last stored: a change committed in the
    /// same task as a flush (a field committed as the page hides) is still flushed.
    pub(super) stored_revision: StoredValue<u64>,
    /// Banners.
    pub notices: RwSignal<Vec<Notice>>,
    /// Patika's share of the browser storage budget (UTF-16 units), measured on the library page.
    pub storage_used: RwSignal<usize>,
    /// The browser's answer to "keep this site's data" (None: not asked or not supported).
    pub persisted: RwSignal<Option<bool>>,
    /// The map shown read-only (presentation or share link): None while loading.
    pub viewing: RwSignal<Option<Result<Viewed, ImportError>>>,
    /// The open map's snapshots, oldest first (read when its snapshots panel opens).
    pub snapshots: RwSignal<Vec<crate::format::snapshots::SnapshotEntry>>,
    /// The snapshots removed last, key and stored text (a deleted snapshot's, or a deleted
    /// map's): what "undo" puts back.
    pub(super) removed_snapshots: StoredValue<Vec<(String, String)>>,
    /// Whether the next map opened starts on the guided start (a map made "step by step").
    pub(super) guided_next: StoredValue<bool>,
    /// Whether the template gallery is open (the welcome panel opens it).
    pub templates_open: RwSignal<bool>,
    /// Whether a newer build of Patika is ready to take over (the service worker found it).
    pub update_ready: RwSignal<bool>,
    /// A file that is a version of a stored map, waiting for "merge / compare first / copy".
    pub incoming: RwSignal<Option<super::Incoming>>,
    /// The merge under review (what comes in, each conflict to choose).
    pub merging: RwSignal<Option<super::Incoming>>,
    /// The app's owner: an open map's signals belong to it, not to whichever effect opened the
    /// map (an effect disposes what it created when it runs again).
    pub(super) owner: StoredValue<Owner>,
    /// The editor of the map read ahead, built ahead of its open (`built_ahead`).
    pub(super) built_ahead: StoredValue<Option<super::built_ahead::BuiltAhead>, LocalStorage>,
    /// The editors made in this tab that are not freed yet (`editors`).
    pub(super) editors: StoredValue<Vec<super::editors::MadeEditor>>,
}

impl AppState {
    /// The app over the browser's storage, in the stored language or the browser's.
    // On the start path: inlined, so the start compiles no more functions than before.
    #[inline(always)]
    pub fn in_browser() -> AppState {
        let stored = platform::stored_language();
        let lang = Lang::choose(stored.as_deref(), &platform::browser_languages());
        let (store, refused) = BrowserStore::open();
        let app = AppState::new(store, lang);
        if let Some(e) = refused {
            app.save_status.set(SaveStatus::Failed(e));
        }
        app
    }

    /// Opens the library in `store` and picks the interface language. A write the store refused
    /// while opening shows as the save status (storage full), never as "Saved".
    pub fn new(store: BrowserStore, lang: Lang) -> AppState {
        let (mut persistent, read_only) = (store.is_persistent(), store.is_read_only());
        let pipeline = super::reader::at_start();
        let reader = pipeline.map(|p| p.read());
        let (library, problems) = match Library::open_with(store, reader) {
            Ok(x) => x,
            // Storage that cannot even be read: memory mode, with its warning.
            Err(_) => {
                persistent = false;
                let memory = BrowserStore::Memory(Default::default());
                match Library::open_with(memory, reader) {
                    Ok(x) => x,
                    Err(_) => unreachable_memory(),
                }
            }
        };
        let entries = library.entries().to_vec();
        let mut status = SaveStatus::Saved;
        let mut notices = Vec::new();
        for p in problems {
            match p {
                LibraryProblem::NotWritten(e) => status = SaveStatus::Failed(e),
                p => notices.push(Notice::Library(p)),
            }
        }
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::Library),
            reader: RwSignal::new(if pipeline.is_some() {
                super::ReaderState::Here
            } else {
                super::ReaderState::Fetching
            }),
            pipeline: StoredValue::new(pipeline),
            preparing: RwSignal::new(false),
            waiting: StoredValue::new_local(None),
            library: StoredValue::new(library),
            entries: RwSignal::new(entries),
            editor: RwSignal::new(None),
            save_status: RwSignal::new(if read_only { SaveStatus::Saved } else { status }),
            viewing: RwSignal::new(None),
            snapshots: RwSignal::new(Vec::new()),
            removed_snapshots: StoredValue::new(Vec::new()),
            guided_next: StoredValue::new(false),
            templates_open: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            incoming: RwSignal::new(None),
            merging: RwSignal::new(None),
            storage_used: RwSignal::new(0),
            persisted: RwSignal::new(None),
            persistent,
            read_only,
            unsaved: RwSignal::new(Vec::new()),
            stored_revision: StoredValue::new(0),
            notices: RwSignal::new(notices),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            built_ahead: StoredValue::new_local(None),
            editors: StoredValue::new(Vec::new()),
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
            // Never changed by an older build (it would drop what it does not know).
            Err(LoadError::Newer { entry, .. }) => {
                self.notify_once(Notice::NewerMap { title: entry.title });
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
        self.keep_unsaved();
        // A version that could not be stored is reopened as it is, and stored now if it can be.
        if let Some(map) = self.take_unsaved(id) {
            let editor = self.new_editor(map);
            self.editor.set(Some(editor));
            self.stored_revision.set_value(0);
            self.save_status.set(SaveStatus::Saving);
            self.flush();
            return;
        }
        match self.load(id) {
            Ok(imported) => {
                if !imported.report.is_clean() {
                    self.notify(Notice::Repaired(imported.report));
                }
                let editor = self
                    .take_built_ahead(&imported.map)
                    .unwrap_or_else(|| self.new_editor(imported.map));
                if std::mem::take(&mut *self.guided_next.write_value()) {
                    editor.guided.set(true);
                    platform::focus_soon("guided-heading".into());
                }
                self.editor.set(Some(editor));
                self.stored_revision.set_value(0);
                self.save_status.set(SaveStatus::Saved);
            }
            Err(LoadError::Newer { entry, .. }) => {
                // Shown read-only: this build would drop what it does not know.
                self.notify_once(Notice::NewerMap { title: entry.title });
                self.editor.set(None);
                self.navigate(Route::Present(id.to_string()));
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
            // Only under `with_reader`, so never: the route is shown once the code is here.
            Err(LoadError::NoReader) => self.editor.set(None),
        }
    }

    /// Whether the open map may be closed: its changes are stored, or the user (asked, because
    /// they cannot be stored) chose to leave them kept in this tab; otherwise the editor stays.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    fn may_close_editor(&self) -> bool {
        self.flush();
        if !matches!(self.save_status.get_untracked(), SaveStatus::Failed(_)) {
            return true;
        }
        let question = crate::i18n::text(self.lang.get_untracked(), crate::i18n::Key::LeaveUnsaved);
        if platform::confirm(question) {
            self.keep_unsaved();
            return true;
        }
        if let Some(id) = self.editor_id() {
            self.navigate(Route::Map(id));
        }
        false
    }

    /// The open map's id.
    fn editor_id(&self) -> Option<String> {
        let ed = self.editor.get_untracked()?;
        Some(ed.map.with_untracked(|m| m.id.clone()))
    }

    /// Before the open map is closed: when its newest version could not be stored, it is kept in
    /// memory (listed as unsaved, exported by "Export now", reopened as it is).
    pub(super) fn keep_unsaved(&self) {
        let Some(ed) = self.editor.get_untracked() else {
            return;
        };
        if matches!(self.save_status.get_untracked(), SaveStatus::Failed(_)) {
            let map = ed.map.get_untracked();
            self.unsaved.update(|v| {
                v.retain(|m| m.id != map.id);
                v.push(map);
            });
        }
    }

    /// Takes the unstored version of map `id` out of the unsaved list.
    fn take_unsaved(&self, id: &str) -> Option<crate::model::JourneyMap> {
        let at = self
            .unsaved
            .with_untracked(|v| v.iter().position(|m| m.id == id))?;
        let mut map = None;
        self.unsaved.update(|v| map = Some(v.remove(at)));
        map
    }

    /// Shows the library: what the open map holds is saved first.
    // On the start path: inlined, so the start compiles no more functions than before.
    #[inline(always)]
    pub fn show_library(&self) {
        if self.editor.with_untracked(Option::is_some) && !self.may_close_editor() {
            return;
        }
        // Only when a map was open: setting None again would rebuild the whole library page.
        if self.editor.with_untracked(Option::is_some) {
            self.drop_built_ahead();
            self.editor.set(None);
        }
        self.refresh_entries();
        self.measure_storage();
    }

    /// Reloads the app (a newer version of it saved a map: the reload picks that version up).
    pub fn reload_app(&self) {
        self.flush();
        platform::reload_page();
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
