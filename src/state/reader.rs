//! The load pipeline's code (decoding, migrations, repair, and writing a map as it is stored) is
//! not on the start path: the library lists maps from its index and reads or writes none, so in
//! the split build the pipeline, and the use cases only it serves (making a map, importing files,
//! merging one in, "export now"), come with the editor's chunk, fetched after start. Every use
//! case that reads or writes a map runs through `with_reader`, which waits for it (the page says
//! "Loading…"); without the `split` feature it is there at once.
use super::{AppState, EditorState, Notice, Outcome, Route, SaveStatus};
use crate::format::library::Reader;
use crate::format::stored::Preparing;
use crate::format::{ImportError, Imported, LibraryProblem, Prepared};
use crate::model::samples::Sample;
use crate::model::JourneyMap;
use crate::platform::files::GivenFile;
use leptos::prelude::*;

/// What comes with the pipeline's code: the pipeline and the use cases that need nothing else.
/// Called through these pointers, their code is not in the main module.
#[derive(Clone, Copy)]
pub struct Pipeline {
    /// The load pipeline (`format::import`).
    read: Reader,
    /// A map as it is stored (`format::prepare`): its text, entry and revision stamp.
    prepare: fn(&JourneyMap) -> Prepared,
    /// The same a slice of touchpoints per call (`format::stored::Preparing`), for autosave.
    begin_prepare: fn(&JourneyMap) -> Preparing,
    prepare_slice: fn(&mut Preparing, usize) -> bool,
    finish_prepare: fn(Preparing) -> Prepared,
    /// The library's ways to make a map: blank, on the guided start, from a sample.
    create_blank_map: fn(&AppState) -> Outcome<String>,
    create_guided_map: fn(&AppState) -> Outcome<String>,
    create_sample_map: fn(&AppState, Sample) -> Outcome<String>,
    /// Imports files into the library (`AppState::import_files`).
    import_files: fn(&AppState, Vec<GivenFile>),
    /// Merges the waiting file into my map, or opens its review (`AppState::merge_incoming`).
    merge_incoming: fn(&AppState, bool),
    /// Stores the waiting file as a new map (`AppState::keep_incoming_as_copy`).
    keep_incoming_as_copy: fn(&AppState),
    /// Shows a page that reads a map (the editor, a presentation, a share link, a snapshot).
    show: fn(&AppState, Route),
    /// The library's actions on one map: rename, duplicate, delete.
    rename_map: fn(&AppState, &str, String) -> Outcome,
    duplicate_map: fn(&AppState, &str) -> Outcome<String>,
    delete_map: fn(&AppState, &str) -> Outcome,
    /// "Back up all maps".
    back_up_all: fn(&AppState) -> Outcome<usize>,
    /// "Export now" while storage is full (`AppState::export_unsaved`).
    export_unsaved: fn(&AppState) -> Outcome,
    /// Undo (`true`) or redo in the open map.
    step: fn(&EditorState, bool),
    /// Follows another tab's change to the map shown.
    follow_foreign_map: fn(&AppState, Option<String>),
}

impl Pipeline {
    /// The load pipeline alone.
    pub(super) fn read(&self) -> Reader {
        self.read
    }
}

/// The pipeline, named where its code should live (the chunk's function, or the start without
/// the `split` feature).
macro_rules! pipeline {
    () => {
        Pipeline {
            read: crate::format::import,
            prepare: crate::format::prepare,
            begin_prepare: |map| Preparing::new(map.clone()),
            prepare_slice: Preparing::prepare_touchpoints,
            finish_prepare: Preparing::finish,
            create_blank_map: AppState::create_blank_map,
            create_guided_map: AppState::create_guided_map,
            create_sample_map: AppState::create_sample_map,
            import_files: AppState::import_files,
            merge_incoming: AppState::merge_incoming,
            keep_incoming_as_copy: AppState::keep_incoming_as_copy,
            show,
            rename_map: AppState::rename_map,
            duplicate_map: AppState::duplicate_map,
            delete_map: AppState::delete_map,
            back_up_all: AppState::back_up_all,
            export_unsaved: AppState::export_unsaved,
            step: |editor, undo| if undo { editor.undo() } else { editor.redo() },
            follow_foreign_map: AppState::follow_foreign_map,
        }
    };
}

/// A chunk of the app's code could not be fetched (offline before the service worker has it, a
/// failed deploy).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChunkMissing;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// A use case waiting for the pipeline.
pub(super) type Waiting = Box<dyn FnOnce(AppState)>;

/// Whether the load pipeline's code is here.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReaderState {
    /// Here: maps can be read.
    Here,
    /// Being fetched.
    Fetching,
    /// The last fetch failed: the page says so and offers to try again.
    Missing,
}

/// The pipeline the app starts with: none in the split build (it comes with a chunk).
#[cfg(feature = "split")]
pub(super) fn at_start() -> Option<Pipeline> {
    None
}
#[cfg(not(feature = "split"))]
pub(super) fn at_start() -> Option<Pipeline> {
    Some(pipeline!())
}

// Taking the functions' addresses here, in the editor's chunk, is what keeps their code out of
// the main module.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(editor, wasm_split_path = ::leptos::wasm_split, fallible)]
fn fetch() -> Result<Pipeline, ChunkMissing> {
    Ok(pipeline!())
}

#[cfg(not(feature = "split"))]
async fn fetch() -> Result<Pipeline, ChunkMissing> {
    Ok(pipeline!())
}

impl AppState {
    /// Runs `then` once the load pipeline is here: at once when it is, else after its code is
    /// fetched. When it cannot be fetched the page says so ("try again", which does it then).
    pub fn with_reader(&self, then: impl FnOnce(AppState) + 'static) {
        if self.reader.get_untracked() == ReaderState::Here {
            return then(*self);
        }
        self.fetch_then(Some(Box::new(then)));
    }

    fn fetch_then(&self, then: Option<Waiting>) {
        let app = *self;
        let missed = app.reader.get_untracked() == ReaderState::Missing;
        app.reader.set(ReaderState::Fetching);
        if then.is_some() {
            app.preparing.set(true);
        }
        leptos::task::spawn_local(async move {
            let fetched = fetch().await;
            app.preparing.set(false);
            match fetched {
                Ok(pipeline) => {
                    app.install_reader(pipeline);
                    match then {
                        Some(then) => then(app),
                        // A background fetch after a failed one: what the user asked for (or the
                        // page the URL asks for) is done now, as "try again" would.
                        None if missed => {
                            resume(app, app.waiting.try_update_value(Option::take).flatten())
                        }
                        None => {}
                    }
                }
                Err(ChunkMissing) => {
                    if then.is_some() {
                        app.waiting.set_value(then);
                    }
                    app.reader.set(ReaderState::Missing)
                }
            }
        });
    }

    /// Fetches the pipeline in the background (nothing waits for it).
    pub fn fetch_reader(&self) {
        if self.reader.get_untracked() != ReaderState::Here {
            self.fetch_then(None);
        }
    }

    /// "Try again" after a failed fetch: fetches it, then does what the user asked for (or shows
    /// the page the URL asks for).
    pub fn retry_reader(&self) {
        let waiting = self.waiting.try_update_value(Option::take).flatten();
        self.with_reader(move |app| resume(app, waiting));
    }

    /// Gives the library its pipeline: maps that were stored but not indexed are listed now.
    fn install_reader(&self, pipeline: Pipeline) {
        if self.reader.get_untracked() == ReaderState::Here {
            return;
        }
        self.pipeline.set_value(Some(pipeline));
        let given = self
            .library
            .try_update_value(|l| l.give_reader(pipeline.read));
        match given {
            Some(Ok(problems)) => {
                for p in problems {
                    match p {
                        LibraryProblem::NotWritten(e) => {
                            self.save_status.set(SaveStatus::Failed(e))
                        }
                        p => self.notify(Notice::Library(p)),
                    }
                }
            }
            Some(Err(e)) => self.save_status.set(SaveStatus::Failed(e)),
            None => {}
        }
        self.refresh_entries();
        self.reader.set(ReaderState::Here);
    }

    /// Reads `bytes` through the load pipeline. Only use cases that run under `with_reader` call
    /// it; without a pipeline (never, then) the bytes are reported as not a Patika file.
    pub(super) fn read(&self, bytes: &[u8]) -> Result<Imported, ImportError> {
        match self.pipeline.get_value() {
            Some(p) => (p.read)(bytes),
            None => Err(ImportError::WrongFormat { found: None }),
        }
    }

    /// A map as it is stored. Only use cases that run under `with_reader` (or with a map open,
    /// which is only ever shown with the pipeline) call it.
    pub(super) fn prepare(&self, map: &JourneyMap) -> Option<Prepared> {
        self.pipeline.get_value().map(|p| (p.prepare)(map))
    }

    /// Starts preparing a map for storage a slice at a time (as `prepare`, which see).
    pub(super) fn begin_prepare(&self, map: &JourneyMap) -> Option<Preparing> {
        self.pipeline.get_value().map(|p| (p.begin_prepare)(map))
    }

    /// Prepares up to `count` more of the map's touchpoints; whether all of them are prepared.
    pub(super) fn prepare_slice(&self, preparing: &mut Preparing, count: usize) -> bool {
        self.pipeline
            .get_value()
            .is_none_or(|p| (p.prepare_slice)(preparing, count))
    }

    /// The map prepared.
    pub(super) fn finish_prepare(&self, preparing: Preparing) -> Option<Prepared> {
        self.pipeline
            .get_value()
            .map(|p| (p.finish_prepare)(preparing))
    }

    /// A new blank map, opened (its title field focused), once the pipeline is here.
    pub fn request_blank_map(&self) {
        self.with_pipeline(|app, p| {
            let _ = (p.create_blank_map)(&app);
        });
    }

    /// A new blank map opened on the guided start, once the pipeline is here.
    pub fn request_guided_map(&self) {
        self.with_pipeline(|app, p| {
            let _ = (p.create_guided_map)(&app);
        });
    }

    /// A new map from a sample, opened, once the pipeline is here.
    pub fn request_sample_map(&self, which: Sample) {
        self.with_pipeline(move |app, p| {
            let _ = (p.create_sample_map)(&app, which);
        });
    }

    /// Imports the given files (a single imported map is opened), once the pipeline is here.
    pub fn import_given(&self, files: Vec<GivenFile>) {
        self.with_pipeline(move |app, p| (p.import_files)(&app, files));
    }

    /// "Merge into my map" (`review`: "compare first") for the waiting file.
    pub fn merge_waiting(&self, review: bool) {
        self.with_pipeline(move |app, p| (p.merge_incoming)(&app, review));
    }

    /// "Keep as a copy" for the waiting file.
    pub fn keep_waiting_as_copy(&self) {
        self.with_pipeline(|app, p| (p.keep_incoming_as_copy)(&app));
    }

    fn with_pipeline(&self, then: impl FnOnce(AppState, Pipeline) + 'static) {
        self.with_reader(move |app| {
            if let Some(p) = app.pipeline.get_value() {
                then(app, p);
            }
        });
    }

    /// Shows the page `route` names, reading its map first when it has one.
    pub fn follow_route(&self, route: Route) {
        if route == Route::Library {
            return self.show_library();
        }
        self.with_pipeline(move |app, p| {
            // The user may have gone elsewhere while the code was fetched.
            if app.route.get_untracked() == route {
                (p.show)(&app, route);
            }
        });
    }

    /// Renames a stored map (once the pipeline is here; it tells the user itself when it fails).
    pub fn request_rename(&self, id: String, title: String) {
        self.with_pipeline(move |app, p| {
            let _ = (p.rename_map)(&app, &id, title);
        });
    }

    /// Stores a copy of a map beside it.
    pub fn request_duplicate(&self, id: String) {
        self.with_pipeline(move |app, p| {
            let _ = (p.duplicate_map)(&app, &id);
        });
    }

    /// Deletes a map (a banner offers to bring it back).
    pub fn request_delete(&self, id: String) {
        self.with_pipeline(move |app, p| {
            let _ = (p.delete_map)(&app, &id);
        });
    }

    /// Downloads a backup of every map.
    pub fn request_backup(&self) {
        self.with_pipeline(|app, p| {
            let _ = (p.back_up_all)(&app);
        });
    }

    /// "Export now" while storage is full: what is only in memory is downloaded.
    pub fn request_export_unsaved(&self) {
        self.with_pipeline(|app, p| {
            let _ = (p.export_unsaved)(&app);
        });
    }

    /// Another tab changed `key`: the map shown (only ever shown with the pipeline) follows.
    pub(super) fn follow_shown_map(&self, key: Option<String>) {
        if let Some(p) = self.pipeline.get_value() {
            (p.follow_foreign_map)(self, key);
        }
    }

    /// Undo (`true`) or redo in the open map, from the keyboard.
    pub fn undo_or_redo(&self, undo: bool) {
        if let (Some(p), Some(editor)) = (self.pipeline.get_value(), self.editor.get_untracked()) {
            (p.step)(&editor, undo);
        }
    }
}

/// After a failed fetch, once the code is here: does what the user asked for, or else shows the
/// page the URL asks for.
fn resume(app: AppState, waiting: Option<Waiting>) {
    match waiting {
        Some(then) => then(app),
        None => app.route.notify(),
    }
}

/// Shows `route`'s page, reading its map.
fn show(app: &AppState, route: Route) {
    match route {
        Route::Map(id) => app.open_map(&id),
        Route::Present(id) => app.present(&id),
        Route::Shared(payload) => app.open_shared(payload),
        Route::Snapshot(map, id) => app.view_snapshot(&map, &id),
        Route::Library => app.show_library(),
    }
}
