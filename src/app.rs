//! The root component: header (language, save status), banners, and the page for the route.
use crate::components::editor::EditorPage;
use crate::components::library::LibraryPage;
use crate::components::notices::Notices;
use crate::components::use_t;
use crate::i18n::{Key, Lang};
use crate::platform::{self, BrowserStore};
use crate::state::{AppState, Route, SaveStatus};
use leptos::prelude::*;

/// Autosave delay after the last change.
const AUTOSAVE_MS: u64 = 300;

/// The app over browser storage, language from the stored choice or the browser.
#[component]
pub fn App() -> impl IntoView {
    let lang = Lang::choose(
        platform::stored_language().as_deref(),
        &platform::browser_languages(),
    );
    let app = AppState::new(BrowserStore::open(), lang);
    view! { <AppWith app /> }
}

/// The app over a given state (component tests pass an in-memory one).
#[component]
pub fn AppWith(app: AppState) -> impl IntoView {
    provide_context(app);
    let t = use_t();
    // Sync the outside world: <html lang>, the stored preference, the URL fragment.
    Effect::new(move |_| {
        let l = app.lang.get();
        platform::set_document_language(l.code());
    });
    app.route.set(Route::parse(&platform::hash()));
    platform::on_hash_change(move || app.route.set(Route::parse(&platform::hash())));
    Effect::new(move |_| match app.route.get() {
        Route::Map(id) => app.open_map(&id),
        Route::Present(id) => app.present(&id),
        Route::Shared(payload) => app.open_shared(payload),
        Route::Library => {
            app.flush();
            // Only when a map was open: setting None again would rebuild the whole library page.
            if app.editor.with_untracked(Option::is_some) {
                app.editor.set(None);
            }
            app.refresh_entries();
            app.measure_storage();
        }
    });
    // Ask the browser to keep the data once there is data to keep; show its answer.
    Effect::new(move |asked: Option<bool>| {
        let has_maps = app.entries.with(|e| !e.is_empty());
        if has_maps && asked != Some(true) && app.persistent {
            platform::request_persistence(move |answer| app.persisted.set(answer));
            return true;
        }
        asked.unwrap_or(false)
    });
    // Files dropped anywhere are imported (a map file becomes a new map).
    let dragging = RwSignal::new(false);
    platform::files::on_file_drop(
        move |on| dragging.set(on),
        move |files| {
            platform::files::read_files(files, crate::format::MAX_BYTES, move |fs| {
                app.import_files(fs)
            })
        },
    );
    // Autosave: one debounced effect on the open map's revision; flushed when the page is hidden.
    let pending = StoredValue::new(None::<platform::Timer>);
    Effect::new(move |_| {
        let Some(ed) = app.editor.get() else { return };
        if ed.revision.get() == 0 {
            return;
        }
        app.save_status.set(SaveStatus::Saving);
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.cancel();
        }
        // A hidden tab does not autosave (the user is working in another one); what it holds was
        // flushed when it was hidden, and anything later is saved when it is shown again.
        pending.set_value(platform::Timer::after(AUTOSAVE_MS, move || {
            if !platform::page_hidden() {
                app.autosave()
            }
        }));
    });
    platform::on_page_hidden(move || app.flush());
    platform::on_page_visible(move || app.flush());
    // Leaving with changes that cannot be stored asks first (a pending save is tried right then).
    platform::warn_before_leaving(move || {
        app.flush();
        matches!(app.save_status.get_untracked(), SaveStatus::Failed(_))
    });
    platform::on_storage_change(move |key| app.on_foreign_change(key));
    platform::on_undo_keys(move |redo| {
        // Only in the editor: a presented map keeps its editor open behind the presentation.
        if !matches!(app.route.get_untracked(), Route::Map(_)) {
            return;
        }
        if let Some(ed) = app.editor.get_untracked() {
            if redo {
                ed.redo()
            } else {
                ed.undo()
            }
        }
    });
    let status = move || match app.save_status.get() {
        // Memory-only mode: "saved" would promise more than a tab can keep.
        SaveStatus::Saved if !app.persistent => ("memory", t(Key::KeptInTab).to_string()),
        SaveStatus::Saved => ("saved", t(Key::Saved).to_string()),
        SaveStatus::Saving => ("saving", t(Key::Saving).to_string()),
        SaveStatus::Failed(e) => (
            "failed",
            format!(
                "{}: {}",
                t(Key::NotSaved),
                crate::i18n::store_error_text(app.lang.get(), &e)
            ),
        ),
    };
    view! {
        <a class="skip" href="#main">
            {move || t(Key::SkipToContent)}
        </a>
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{move || t(Key::DropToImport)}</p>
            </div>
        </Show>
        <header class="app-head">
            <a class="brand" href="#/">
                "Patika"
            </a>
            <span class="tagline">{move || t(Key::AppTagline)}</span>
            <span class="spacer"></span>
            // Always visible: library actions (rename, duplicate, delete) save too.
            <span class=move || format!("save-status {}", status().0) role="status">
                {move || status().1}
            </span>
            <div class="field inline">
                <label for="ui-language">{move || t(Key::Language)}</label>
                <select
                    id="ui-language"
                    on:change=move |ev| {
                        let l = Lang::from_tag(&event_target_value(&ev));
                        platform::store_language(l.code());
                        app.lang.set(l);
                    }
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() prop:selected=move || app.lang.get() == l>
                                    {l.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </header>
        <Show when=move || !app.persistent>
            <p class="banner warn" role="alert">
                {move || t(Key::MemoryOnly)}
            </p>
        </Show>
        <Show when=move || {
            matches!(
                app.save_status.get(),
                SaveStatus::Failed(crate::format::StoreError::QuotaExceeded)
            )
        }>
            <div class="banner warn" role="alert">
                <p>{move || t(Key::StorageFull)}</p>
                // The map in memory is the newest copy: it is what gets exported.
                <button
                    class="primary"
                    on:click=move |_| {
                        if let Some(ed) = app.editor.get_untracked() {
                            let (name, text) = ed
                                .map
                                .with_untracked(|m| (
                                    platform::file_name(&m.title, "json"),
                                    crate::format::export(m),
                                ));
                            platform::download(&name, "application/json", &text);
                        }
                    }
                >
                    {move || t(Key::ExportNow)}
                </button>
            </div>
        </Show>
        <Notices />
        <main id="main" tabindex="-1">
            {move || match (app.route.get(), app.editor.get()) {
                (Route::Present(_) | Route::Shared(_), _) => {
                    view! { <crate::components::present::PresentPage /> }.into_any()
                }
                (_, Some(editor)) => view! { <EditorPage editor /> }.into_any(),
                _ => view! { <LibraryPage /> }.into_any(),
            }}
        </main>
    }
}
