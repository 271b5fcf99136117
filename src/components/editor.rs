//! The editor page: the map's header and panels (personas, stages, channels, the touchpoint
//! matrix), the journey grid with the details sheet of its selection, the curve's tools.
use super::channels::Channels;
use super::curve_tools::CurveTools;
use super::cycle::Cycle;
use super::fields::{SelectField, TextField};
use super::grid::JourneyGrid;
use super::insights::Insights;
use super::inspector::Inspector;
use super::lane_choice::LaneChoice;
use super::matrix::{FilterBar, TouchpointMatrix};
use super::numbers::Numbers;
use super::personas::Personas;
use super::plan::Plan;
use super::snapshots::Snapshots;
use super::stages::Stages;
use super::tx;
use super::{app_state, use_t, MAP_FILE_TYPES};
use crate::i18n::{model_error_text, Key};
use crate::model::{Command, MapState};
use crate::platform;
use crate::state::{EditorState, MapFile, PlanFile, Route};
use leptos::prelude::*;

/// The last share link made: (link, copied to the clipboard?).
type ShareLink = RwSignal<Option<(String, Option<bool>)>>;

/// The editor of one map.
#[component]
pub fn EditorPage(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = app_state().lang;
    let description = Signal::derive(move || editor.map.with(|m| m.description.clone()));
    let share_link: ShareLink = RwSignal::new(None);
    let refused = move || {
        editor.error.get().map(|e| {
            view! {
                <p class="error" role="alert">
                    {tx(Key::ChangeFailed)}
                    ": "
                    {move || model_error_text(lang.get(), &e)}
                </p>
            }
        })
    };
    view! {
        <section
            class="editor"
            aria-label=tx(Key::MapEditor)
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    editor.selected.set(None)
                }
            }
        >
            {editor_head(editor, share_link)}
            {share_box(share_link)}
            <TextField
                label=Signal::derive(move || t(Key::Description).to_string())
                value=description
                class="map-description"
                on_commit=Callback::new(move |v| editor.dispatch(Command::SetDescription(v)))
            />
            {refused}
            {move || {
                editor.guided.get().then(|| view! { <super::guided::GuidedStart editor /> })
            }}
            <Cycle editor />
            {panels(editor)}
            <FilterBar editor />
            <LaneChoice editor />
            <div class="grid-view">
                <JourneyGrid editor />
                {move || {
                    editor
                        .selected
                        .get()
                        .is_some()
                        .then(|| {
                            view! {
                                <div class="details-sheet">
                                    <Inspector editor />
                                </div>
                            }
                        })
                }}
            </div>
            <CurveTools editor />
        </section>
    }
}

/// The panels as a row of chips: the grid stays on the first screen; an open panel takes the
/// row's width below them.
// A view function, as `editor_head` (the rehearsal builds it on its own too).
pub(super) fn panels(editor: EditorState) -> impl IntoView {
    view! {
        <div class="editor-panels">
            <MapInfo editor />
            <Personas editor />
            <Stages editor />
            <Channels editor />
            <TouchpointMatrix editor />
            <Numbers editor />
            <Insights editor />
            <Plan editor />
            <Snapshots />
        </div>
    }
}

/// The map's title and state, and what can be done with the whole map: the file menu, share,
/// present, future-state copy, undo and redo.
// A view function, not a component: the editor opens with no more erased views to compile
// than before it was split (see bench/RESULTS.md).
fn editor_head(editor: EditorState, share_link: ShareLink) -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let title = Signal::derive(move || editor.map.with(|m| m.title.clone()));
    let states = Signal::derive(move || {
        let word = |s| match s {
            MapState::Current => t(Key::StateCurrent),
            MapState::Future => t(Key::StateFuture),
            MapState::Draft => t(Key::StateDraft),
        };
        MapState::ALL
            .map(|s| (s.code().to_string(), word(s).to_string()))
            .to_vec()
    });
    let state = Signal::derive(move || editor.map.with(|m| m.state.code().to_string()));
    let set_state = Callback::new(move |code: String| {
        let state = MapState::from_code(&code).unwrap_or_default();
        editor.dispatch(Command::SetState(state))
    });
    let share = move |_| {
        let made = move |link| share_link.set(Some((link, None)));
        let copied = move |copied| {
            share_link.update(|s| {
                if let Some(s) = s {
                    s.1 = Some(copied);
                }
            })
        };
        let _ = app.share_open_map(made, copied);
    };
    let present = move || Route::Present(editor.map.with(|m| m.id.clone())).href();
    let future_copy = move |_| {
        let _ = app.create_future_copy();
    };
    view! {
        <div class="editor-head">
            <a class="back" href=Route::Library.href()>
                {tx(Key::BackToLibrary)}
            </a>
            <TextField
                label=Signal::derive(move || t(Key::MapTitle).to_string())
                value=title
                class="map-title"
                on_commit=Callback::new(move |v| editor.dispatch(Command::SetTitle(v)))
                id=Some(crate::state::MAP_TITLE_FIELD)
            />
            <SelectField
                label=Signal::derive(move || t(Key::MapState).to_string())
                options=states
                value=state
                on_commit=set_state
            />
            {file_menu()}
            <button class="share" on:click=share>
                {tx(Key::ShareLink)}
            </button>
            <a class="button" href=present>
                {tx(Key::Present)}
            </a>
            <button class="future" on:click=future_copy>
                {tx(Key::FutureCopy)}
            </button>
            <button
                class="guided-open"
                aria-expanded=move || editor.guided.get().to_string()
                on:click=move |_| {
                    editor.guided.set(true);
                    platform::focus_soon("guided-heading".into());
                }
            >
                {tx(Key::GuidedStart)}
            </button>
            <div class="undo-redo">
                <button
                    on:click=move |_| editor.undo()
                    disabled=move || !editor.can_undo.get()
                    title=tx(Key::UndoHint)
                >
                    "↶ "
                    {tx(Key::Undo)}
                </button>
                <button
                    on:click=move |_| editor.redo()
                    disabled=move || !editor.can_redo.get()
                    title=tx(Key::RedoHint)
                >
                    "↷ "
                    {tx(Key::Redo)}
                </button>
            </div>
        </div>
    }
}

/// The "File" menu: export in each format, replace the map's content from a file.
// Also a view function (see `editor_head`).
fn file_menu() -> impl IntoView {
    let app = app_state();
    let open = RwSignal::new(false);
    let export = move |file: MapFile| {
        move |_| {
            let _ = app.export_open_map(file);
        }
    };
    // Closes once an item is chosen, on Escape (the focus back on its button) and on a click
    // anywhere else, so it never covers the fields below it.
    let menu = NodeRef::<leptos::html::Details>::new();
    menu.on_load(move |el| platform::on_pointer_outside(&el, move || open.set(false)));
    view! {
        <details
            class="menu export-menu"
            node_ref=menu
            prop:open=move || open.get()
            on:keydown=move |ev| {
                if ev.key() == "Escape" && open.get_untracked() {
                    ev.stop_propagation();
                    open.set(false);
                    platform::focus_soon("file-menu".into());
                }
            }
        >
            <summary
                id="file-menu"
                on:click=move |ev| {
                    ev.prevent_default();
                    open.update(|o| *o = !*o);
                }
            >
                {tx(Key::FileMenu)}
            </summary>
            <div class="menu-items" on:click=move |_| open.set(false)>
                <button class="export" on:click=export(MapFile::Json)>
                    {tx(Key::ExportJson)}
                </button>
                <button class="export" on:click=export(MapFile::Csv)>
                    {tx(Key::ExportCsv)}
                </button>
                <button class="export" on:click=export(MapFile::Mermaid)>
                    {tx(Key::ExportMermaid)}
                </button>
                <button class="export" on:click=export(MapFile::Cjml)>
                    {tx(Key::ExportCjml)}
                </button>
                <button
                    class="export"
                    on:click=move |_| {
                        let _ = app.export_map_picture(false);
                    }
                >
                    {tx(Key::MapPictureSvg)}
                </button>
                <button
                    class="export"
                    on:click=move |_| {
                        let _ = app.export_map_picture(true);
                    }
                >
                    {tx(Key::MapPicturePng)}
                </button>
                <button
                    class="export"
                    on:click=move |_| {
                        let _ = app.export_open_map_metrics();
                    }
                >
                    {tx(Key::ExportMetricsCsv)}
                </button>
                <button
                    class="export"
                    on:click=move |_| {
                        let _ = app.export_open_map_plan(PlanFile::Csv);
                    }
                >
                    {tx(Key::ExportPlanCsv)}
                </button>
                <button
                    class="export"
                    on:click=move |_| {
                        let _ = app.export_open_map_plan(PlanFile::Markdown);
                    }
                >
                    {tx(Key::ExportPlanMarkdown)}
                </button>
                <label class="button" for="metrics-file">
                    {tx(Key::ImportMetricsCsv)}
                </label>
                <input
                    id="metrics-file"
                    class="file-input"
                    type="file"
                    accept=".csv,.tsv,.txt,text/csv"
                    on:change=move |ev| app.put_metrics_from(platform::files::chosen_files(&ev))
                />
                <label class="button" for="replace-file">
                    {tx(Key::ReplaceFromFile)}
                </label>
                <input
                    id="replace-file"
                    class="file-input"
                    type="file"
                    accept=MAP_FILE_TYPES
                    on:change=move |ev| {
                        app.replace_open_map_from(platform::files::chosen_files(&ev))
                    }
                />
            </div>
        </details>
    }
}

/// The share link just made, ready to copy, with a warning when it is long.
// Also a view function (see `editor_head`).
fn share_box(share_link: ShareLink) -> impl IntoView {
    let t = use_t();
    move || {
        share_link.get().map(|(link, copied)| {
            let n = link.len();
            let long = n > crate::format::share::LONG_LINK_CHARS;
            let hint = if copied == Some(true) {
                Key::LinkCopied
            } else {
                Key::LinkCopyManual
            };
            view! {
                <div class="share-box" role="status">
                    <label for="share-link">{tx(Key::ShareLinkLabel)}</label>
                    <input
                        id="share-link"
                        type="text"
                        readonly
                        prop:value=link
                        on:focus=move |ev| platform::select_all(&ev)
                    />
                    <p class="hint">{move || t(hint)}</p>
                    {long.then(|| view! { <p class="warn">{tx(Key::LinkLong)}" "{n}</p> })}
                    <button
                        class="icon"
                        aria-label=tx(Key::Dismiss)
                        on:click=move |_| share_link.set(None)
                    >
                        "✕"
                    </button>
                </div>
            }
        })
    }
}

/// The map's info: dates and the content hash a team can compare with a shared file's
/// (computed when the panel is opened, and again after each change while it is open).
#[component]
fn MapInfo(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let app = app_state();
    let lang = app.lang;
    let open = RwSignal::new(false);
    let hash = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if !open.get() {
            return;
        }
        editor.revision.track();
        let _ = app.hash_open_map(move |h| hash.set(Some(h.unwrap_or_default())));
    });
    let when = move |iso: String| platform::local_time(&iso, lang.get());
    view! {
        <details class="map-details">
            <summary on:click=move |_| open.set(true)>{tx(Key::MapInfo)}</summary>
            <Show when=move || open.get()>
                <dl>
                    <dt>{tx(Key::Created)}</dt>
                    <dd>{move || when(editor.map.with(|m| m.created.clone()))}</dd>
                    <dt>{tx(Key::Updated)}</dt>
                    <dd>{move || when(editor.map.with(|m| m.updated.clone()))}</dd>
                    <dt>{tx(Key::ContentHash)}</dt>
                    <dd>
                        <code class="content-hash">
                            {move || match hash.get() {
                                Some(h) if !h.is_empty() => h,
                                Some(_) => t(Key::Unavailable).to_string(),
                                None => "…".to_string(),
                            }}
                        </code>
                    </dd>
                </dl>
                <p class="hint">{tx(Key::HashHint)}</p>
            </Show>
        </details>
    }
}
