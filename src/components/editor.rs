//! The editor page: map header, personas, stage board with the emotion curve under it, inspector.
use super::board::Board;
use super::curve::EmotionCurve;
use super::fields::{SelectField, TextField};
use super::inspector::Inspector;
use super::matrix::{FilterBar, TouchpointMatrix};
use super::personas::Personas;
use super::use_t;
use crate::i18n::Key;
use crate::model::{copy_of, Command, MapState};
use crate::platform;
use crate::state::{set_if_changed, EditorState};
use leptos::prelude::*;

fn state_code(s: MapState) -> &'static str {
    match s {
        MapState::Current => "current",
        MapState::Future => "future",
        MapState::Draft => "draft",
    }
}

/// Downloads the map in another tool's format and says what that format could not carry.
fn export_lossy(
    editor: EditorState,
    ext: &str,
    mime: &str,
    convert: fn(&crate::model::JourneyMap) -> (String, Vec<crate::interop::Note>),
) {
    let (name, (text, notes)) = editor
        .map
        .with_untracked(|m| (platform::file_name(&m.title, ext), convert(m)));
    platform::download(&name, mime, &text);
    if !notes.is_empty() {
        super::app_state().notify(crate::state::Notice::LeftOut { file: name, notes });
    }
}

/// The editor of one map.
#[component]
pub fn EditorPage(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let title = Signal::derive(move || editor.map.with(|m| m.title.clone()));
    let description = Signal::derive(move || editor.map.with(|m| m.description.clone()));
    // The last share link made: (link, copied to the clipboard?).
    let share_link = RwSignal::new(None::<(String, Option<bool>)>);
    let file_menu = RwSignal::new(false);
    // Re-measure where the board and curve are after scrolls and resizes (once per frame), and
    // once after the first layout; the frame is set only when it changed (an equal one would still
    // re-run every column's and the curve's window).
    let measure = move || platform::measure_frame(crate::state::FRAME_MARGIN);
    let throttle = platform::FrameThrottle::new();
    let remeasure = move || throttle.request(move || set_if_changed(editor.frame, measure()));
    platform::on_page_scroll_or_resize(remeasure);
    // Right after the first mount, before the first paint: the board is laid out, no card yet.
    Effect::new(move |_| set_if_changed(editor.frame, measure()));
    // A printout needs every card and point, not only those on screen.
    platform::on_print(move |printing| {
        if printing {
            editor.frame.set(crate::chart::Frame::everything());
        } else {
            remeasure();
        }
    });
    // The editor changed size (a panel above the board opened, the table below the curve grew):
    // measured in the resize callback itself, where layout is fresh, and applied in the next
    // frame. (Measured in the next frame instead, after that frame's own changes, it forced a
    // second layout per frame: ≈ 140 ms while a 1,000-row table filled.)
    let resized = platform::FrameThrottle::new();
    let latest = StoredValue::new(None::<crate::chart::Frame>);
    let section = NodeRef::<leptos::html::Section>::new();
    section.on_load(move |el| {
        platform::on_resize_of(&el, move || {
            latest.set_value(Some(measure()));
            resized.request(move || {
                if let Some(Some(frame)) = latest.try_update_value(Option::take) {
                    set_if_changed(editor.frame, frame);
                }
            });
        })
    });
    view! {
        <section
            class="editor"
            node_ref=section
            aria-label=move || t(Key::MapEditor)
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    editor.selected.set(None)
                }
            }
        >
            <div class="editor-head">
                <a class="back" href="#/">
                    {move || t(Key::BackToLibrary)}
                </a>
                <TextField
                    label=Signal::derive(move || t(Key::MapTitle).to_string())
                    value=title
                    class="map-title"
                    on_commit=Callback::new(move |v| editor.dispatch(Command::SetTitle(v)))
                />
                <SelectField
                    label=Signal::derive(move || t(Key::MapState).to_string())
                    options=Signal::derive(move || {
                        vec![
                            ("current".into(), t(Key::StateCurrent).into()),
                            ("future".into(), t(Key::StateFuture).into()),
                            ("draft".into(), t(Key::StateDraft).into()),
                        ]
                    })
                    value=Signal::derive(move || {
                        editor.map.with(|m| state_code(m.state).to_string())
                    })
                    on_commit=Callback::new(move |v: String| {
                        editor
                            .dispatch(
                                Command::SetState(
                                    match v.as_str() {
                                        "future" => MapState::Future,
                                        "draft" => MapState::Draft,
                                        _ => MapState::Current,
                                    },
                                ),
                            )
                    })
                />
                // Closes once an item is chosen, so it never covers the board afterwards.
                <details class="menu export-menu" prop:open=move || file_menu.get()>
                    <summary on:click=move |ev| {
                        ev.prevent_default();
                        file_menu.update(|o| *o = !*o);
                    }>{move || t(Key::FileMenu)}</summary>
                    <div class="menu-items" on:click=move |_| file_menu.set(false)>
                        // The library shows when a copy was last kept.
                        <button
                            class="export"
                            on:click=move |_| {
                                let (id, name, text) = editor
                                    .map
                                    .with_untracked(|m| (
                                        m.id.clone(),
                                        platform::file_name(&m.title, "json"),
                                        crate::format::export(m),
                                    ));
                                if platform::download(&name, "application/json", &text) {
                                    let app = super::app_state();
                                    let _ = app
                                        .library
                                        .try_update_value(|l| {
                                            l.mark_exported(&[id], &platform::now_iso())
                                        });
                                    app.refresh_entries();
                                }
                            }
                        >
                            {move || t(Key::ExportJson)}
                        </button>
                        <button
                            class="export"
                            on:click=move |_| {
                                let (name, text) = editor
                                    .map
                                    .with_untracked(|m| (
                                        platform::file_name(&m.title, "csv"),
                                        crate::interop::csv::to_csv(m),
                                    ));
                                platform::download(&name, "text/csv;charset=utf-8", &text);
                            }
                        >
                            {move || t(Key::ExportCsv)}
                        </button>
                        <button
                            class="export"
                            on:click=move |_| export_lossy(
                                editor,
                                "mmd",
                                "text/plain;charset=utf-8",
                                crate::interop::mermaid::to_mermaid,
                            )
                        >
                            {move || t(Key::ExportMermaid)}
                        </button>
                        <button
                            class="export"
                            on:click=move |_| export_lossy(
                                editor,
                                "cjml.xml",
                                "application/xml",
                                crate::interop::cjml::to_cjml,
                            )
                        >
                            {move || t(Key::ExportCjml)}
                        </button>
                        <label class="button" for="replace-file">
                            {move || t(Key::ReplaceFromFile)}
                        </label>
                        <input
                            id="replace-file"
                            class="file-input"
                            type="file"
                            accept=".json,.csv,.tsv,.mmd,.mermaid,.txt,.xml,.cjml,application/json,text/csv,application/xml,text/xml"
                            on:change=move |ev| {
                                let app = super::app_state();
                                let files = platform::files::chosen_files(&ev);
                                platform::files::read_files(
                                    files,
                                    crate::format::MAX_BYTES,
                                    move |fs| {
                                        if let Some(f) = fs.into_iter().next() {
                                            app.replace_open_map(f);
                                        }
                                    },
                                );
                            }
                        />
                    </div>
                </details>
                <button
                    class="share"
                    on:click=move |_| {
                        let text = editor.map.with_untracked(crate::format::export);
                        platform::share::make_payload(
                            text,
                            move |payload| {
                                let Some(payload) = payload else { return };
                                let link = format!(
                                    "{}#/shared/{payload}",
                                    platform::share::page_base(),
                                );
                                share_link.set(Some((link.clone(), None)));
                                platform::share::copy_text(
                                    link,
                                    move |copied| {
                                        share_link
                                            .update(|s| {
                                                if let Some(s) = s {
                                                    s.1 = Some(copied);
                                                }
                                            })
                                    },
                                );
                            },
                        );
                    }
                >
                    {move || t(Key::ShareLink)}
                </button>
                <a
                    class="button"
                    href=move || format!("#/present/{}", editor.map.with(|m| m.id.clone()))
                >
                    {move || t(Key::Present)}
                </a>
                <button
                    class="future"
                    on:click=move |_| {
                        let app = super::app_state();
                        let mut copy = editor
                            .map
                            .with_untracked(|m| copy_of(
                                m,
                                &platform::new_id(),
                                t(Key::FutureSuffix),
                                &platform::now_iso(),
                            ));
                        copy.based_on = Some(editor.map.with_untracked(|m| m.id.clone()));
                        copy.state = MapState::Future;
                        app.flush();
                        if app.save_now(&copy) {
                            app.navigate(crate::state::Route::Map(copy.id));
                        }
                    }
                >
                    {move || t(Key::FutureCopy)}
                </button>
                <div class="undo-redo">
                    <button
                        on:click=move |_| editor.undo()
                        disabled=move || !editor.can_undo.get()
                        title=move || t(Key::UndoHint)
                    >
                        "↶ "
                        {move || t(Key::Undo)}
                    </button>
                    <button
                        on:click=move |_| editor.redo()
                        disabled=move || !editor.can_redo.get()
                        title=move || t(Key::RedoHint)
                    >
                        "↷ "
                        {move || t(Key::Redo)}
                    </button>
                </div>
            </div>
            {move || {
                share_link
                    .get()
                    .map(|(link, copied)| {
                        let long = link.len() > crate::format::share::LONG_LINK_CHARS;
                        let n = link.len();
                        view! {
                            <div class="share-box" role="status">
                                <label for="share-link">{move || t(Key::ShareLinkLabel)}</label>
                                <input
                                    id="share-link"
                                    type="text"
                                    readonly
                                    prop:value=link.clone()
                                    on:focus=move |ev| platform::select_all(&ev)
                                />
                                <p class="hint">
                                    {move || {
                                        if copied == Some(true) {
                                            t(Key::LinkCopied)
                                        } else {
                                            t(Key::LinkCopyManual)
                                        }
                                    }}
                                </p>
                                {long
                                    .then(|| {
                                        view! {
                                            <p class="warn">{move || t(Key::LinkLong)}" "{n}</p>
                                        }
                                    })}
                                <button
                                    class="icon"
                                    aria-label=move || t(Key::Dismiss)
                                    on:click=move |_| share_link.set(None)
                                >
                                    "✕"
                                </button>
                            </div>
                        }
                    })
            }}
            <TextField
                label=Signal::derive(move || t(Key::Description).to_string())
                value=description
                class="map-description"
                on_commit=Callback::new(move |v| editor.dispatch(Command::SetDescription(v)))
            />
            {move || {
                editor
                    .error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="error" role="alert">
                                {move || t(Key::ChangeFailed)}
                                ": "
                                {move || crate::i18n::model_error_text(lang.get(), &e)}
                            </p>
                        }
                    })
            }}
            <MapInfo editor />
            <Personas editor />
            <TouchpointMatrix editor />
            <FilterBar editor />
            <div class="workspace">
                <div class="board-scroll" on:scroll=move |_| remeasure()>
                    <Board editor />
                    <EmotionCurve editor />
                </div>
                <Inspector editor />
            </div>
        </section>
    }
}

/// The map's info: dates and the content hash a team can compare with a shared file's
/// (computed when the panel is opened, and again after each change while it is open).
#[component]
fn MapInfo(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let open = RwSignal::new(false);
    let hash = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if !open.get() {
            return;
        }
        editor.revision.track();
        let text = editor.map.with_untracked(crate::format::export);
        platform::files::sha256_hex(&text, move |h| hash.set(Some(h.unwrap_or_default())));
    });
    let when = move |iso: String| platform::local_time(&iso, lang.get());
    view! {
        <details class="map-details">
            <summary on:click=move |_| open.set(true)>{move || t(Key::MapInfo)}</summary>
            <Show when=move || open.get()>
                <dl>
                    <dt>{move || t(Key::Created)}</dt>
                    <dd>{move || when(editor.map.with(|m| m.created.clone()))}</dd>
                    <dt>{move || t(Key::Updated)}</dt>
                    <dd>{move || when(editor.map.with(|m| m.updated.clone()))}</dd>
                    <dt>{move || t(Key::ContentHash)}</dt>
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
                <p class="hint">{move || t(Key::HashHint)}</p>
            </Show>
        </details>
    }
}
