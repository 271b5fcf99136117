//! The root component: header (language, save status), banners, and the page for the route.
use crate::components::chunks;
use crate::components::library::LibraryPage;
use crate::components::merge::IncomingOffer;
use crate::components::notices::Notices;
use crate::components::use_t;
use crate::i18n::{store_error_text, Key, Lang};
use crate::platform;
use crate::state::{
    set_if_changed, storage_full, AppState, EditorState, ReaderState, Route, SaveStatus,
    UpdateOutcome,
};
use leptos::prelude::*;

/// The app over browser storage, language from the stored choice or the browser.
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::in_browser();
    app.watch_for_updates();
    chunks::preload_when_idle(app);
    view! { <AppWith app /> }
}

/// The app over a given state (component tests pass an in-memory one).
#[component]
pub fn AppWith(app: AppState) -> impl IntoView {
    provide_context(app);
    let t = use_t();
    // Sync the outside world: <html lang>, the URL fragment.
    Effect::new(move |_| platform::set_document_language(app.lang.get().code()));
    app.route.set(Route::parse(&platform::hash()));
    platform::on_hash_change(move || set_if_changed(app.route, Route::parse(&platform::hash())));
    Effect::new(move |_| app.follow_route(app.route.get()));
    app.ask_to_keep_data();
    // Files dropped anywhere are imported (a map file becomes a new map).
    let dragging = RwSignal::new(false);
    platform::files::on_file_drop(
        move |on| dragging.set(on),
        move |files| app.import_chosen(files),
    );
    app.start_autosave();
    // Which page is shown: a memo, so that a change that leaves the page as it was (the route
    // to a map while its map is being read, the pipeline's arrival) rebuilds nothing.
    let page = Memo::new(move |_| Page::of(app.route.get(), app.editor.get(), app.reader.get()));
    // A new page starts at its top, as a page the browser loads would: an editor opened from
    // far down the library list opened as far down its own page.
    Effect::new(move |was: Option<Page>| {
        let now = page.get();
        if was.is_some_and(|was| was != now) {
            platform::scroll_page_to_top();
        }
        now
    });
    platform::on_storage_change(move |key| app.on_foreign_change(key));
    platform::on_undo_keys(move |redo| {
        // Only in the editor: a presented map keeps its editor open behind the presentation.
        if !matches!(app.route.get_untracked(), Route::Map(_)) {
            return;
        }
        app.undo_or_redo(!redo);
    });
    view! {
        <a class="skip" href="#main">
            {move || t(Key::SkipToContent)}
        </a>
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{move || t(Key::DropToImport)}</p>
            </div>
        </Show>
        {header(app)}
        <Show when=move || !app.persistent>
            <p class="banner warn" role="alert">
                {move || t(if app.read_only { Key::ReadOnlyStorage } else { Key::MemoryOnly })}
            </p>
        </Show>
        <Show when=move || storage_full(&app.save_status.get())>
            <div class="banner warn" role="alert">
                <div class="banner-text">
                    <p>{move || t(Key::StorageFull)}</p>
                    {unsaved_list(app)}
                </div>
                <button class="primary" on:click=move |_| app.request_export_unsaved()>
                    {move || t(Key::ExportNow)}
                </button>
            </div>
        </Show>
        {update_offer(app)}
        <IncomingOffer />
        <Notices />
        <Show when=move || app.preparing.get() && app.route.with(|r| *r == Route::Library)>
            <p class="preparing" role="status">
                {move || t(Key::Loading)}
            </p>
        </Show>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::LibraryAfterMissing => {
                    view! {
                        {reader_missing(app)}
                        <LibraryPage />
                    }
                        .into_any()
                }
                Page::Missing => reader_missing(app).into_any(),
                Page::Present => chunks::chunk_view(chunks::present_page).into_any(),
                Page::Editor(editor) => {
                    match app.take_built_ahead_page(editor) {
                        Some(page) => built_ahead_page(page).into_any(),
                        None => chunks::chunk_view(move || chunks::editor_page(editor)).into_any(),
                    }
                }
                Page::Waiting => {
                    // The map is read once the pipeline's code is here.
                    view! {
                        <p class="page-wait" aria-busy="true">
                            {move || t(Key::Loading)}
                        </p>
                    }
                        .into_any()
                }
                Page::Library => view! { <LibraryPage /> }.into_any(),
            }}
        </main>
    }
}

/// The page `<main>` shows.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    /// The library (also while a map the route names is being read).
    Library,
    /// The library under "the load pipeline's code could not be fetched".
    LibraryAfterMissing,
    /// Only "the load pipeline's code could not be fetched" (the route names a map).
    Missing,
    /// A presentation: a presented, shared or snapshot map.
    Present,
    /// The editor of the open map.
    Editor(EditorState),
    /// "Loading": the route names a map and the pipeline's code is being fetched.
    Waiting,
}

impl Page {
    /// The page for the route, the open map and the pipeline's state.
    fn of(route: Route, editor: Option<EditorState>, reader: ReaderState) -> Page {
        match (route, editor, reader) {
            (Route::Library, _, ReaderState::Missing) => Page::LibraryAfterMissing,
            (_, _, ReaderState::Missing) => Page::Missing,
            (Route::Present(_) | Route::Shared(_) | Route::Snapshot(..), _, _) => Page::Present,
            (_, Some(editor), _) => Page::Editor(editor),
            (Route::Map(_), None, ReaderState::Fetching) => Page::Waiting,
            _ => Page::Library,
        }
    }
}

/// The editor's page as it was built ahead of its open (`state::built_ahead`): shown as soon as this
/// view is on the page, and taken down with it.
fn built_ahead_page(page: platform::Prebuilt) -> impl IntoView {
    // Owned by this view: disposed (and the page taken down) when the view goes.
    let page = StoredValue::new_local(page);
    let host = NodeRef::<leptos::html::Div>::new();
    host.on_load(move |el| page.with_value(|p| p.show_in(&el)));
    view! { <div class="prebuilt-host" node_ref=host></div> }
}

/// The load pipeline's code could not be fetched: "try again" then shows the page the URL asks
/// for.
fn reader_missing(app: AppState) -> impl IntoView {
    chunks::chunk_missing(move || app.retry_reader())
}

/// "A new version is ready — reload", once the service worker has a newer build waiting. The
/// reload stores everything first; changes that cannot be stored keep the page as it is.
fn update_offer(app: AppState) -> impl IntoView {
    let t = use_t();
    let blocked = RwSignal::new(false);
    view! {
        <Show when=move || app.update_ready.get()>
            <div class="banner info update-offer" role="status">
                <p class="banner-text">
                    {move || t(Key::UpdateReady)}
                    <Show when=move || blocked.get()>" " {move || t(Key::UpdateBlocked)}</Show>
                </p>
                <button
                    class="primary"
                    on:click=move |_| {
                        blocked.set(app.take_update() == UpdateOutcome::KeptForUnsaved);
                    }
                >
                    {move || t(Key::UpdateTake)}
                </button>
            </div>
        </Show>
    }
}

/// The maps whose changes are kept in this tab only (storage refused them), by title.
fn unsaved_list(app: AppState) -> impl IntoView {
    let t = use_t();
    move || {
        let titles: Vec<String> = app
            .unsaved
            .with(|v| v.iter().map(|m| m.title.clone()).collect());
        (!titles.is_empty()).then(|| {
            let items = titles
                .into_iter()
                .map(|title| view! { <li title=title.clone()>{title.clone()}</li> })
                .collect_view();
            view! {
                <p>{move || t(Key::UnsavedKept)}</p>
                <ul class="unsaved">{items}</ul>
            }
        })
    }
}

/// The header: the name, the save status (always visible: library actions save too) and the
/// interface language.
// A function, not a component: on the start path, an erased component view would compile more
// functions at start (wasm compiles each on its first call).
fn header(app: AppState) -> impl IntoView {
    let t = use_t();
    let status = move || match app.save_status.get() {
        // Memory-only mode: "saved" would promise more than a tab can keep.
        SaveStatus::Saved if !app.persistent => ("memory", t(Key::KeptInTab).to_string()),
        SaveStatus::Saved => ("saved", t(Key::Saved).to_string()),
        SaveStatus::Saving => ("saving", t(Key::Saving).to_string()),
        SaveStatus::Failed(e) => {
            let why = store_error_text(app.lang.get(), &e);
            ("failed", format!("{}: {why}", t(Key::NotSaved)))
        }
    };
    let languages = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.code() prop:selected=move || app.lang.get() == l>
                    {l.native_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <header class="app-head">
            <a class="brand" href=Route::LIBRARY_HREF>
                "Patika"
            </a>
            <span class="tagline">{move || t(Key::AppTagline)}</span>
            <span class="spacer"></span>
            <span class=move || format!("save-status {}", status().0) role="status">
                {move || status().1}
            </span>
            <div class="field inline">
                <label for="ui-language">{move || t(Key::Language)}</label>
                <select
                    id="ui-language"
                    on:change=move |ev| app.set_language(Lang::from_tag(&event_target_value(&ev)))
                >
                    {languages}
                </select>
            </div>
        </header>
    }
}
