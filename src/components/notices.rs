//! Banners: load problems (with download of quarantined data), repair reports, deleted-map undo.
use super::{app_state, use_t};
use crate::format::LibraryProblem;
use crate::i18n::Key;
use crate::platform;
use crate::state::{AppState, Notice};
use leptos::prelude::*;

/// All current banners.
#[component]
pub fn Notices() -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let items = Memo::new(move |_| {
        app.notices
            .get()
            .into_iter()
            .enumerate()
            .collect::<Vec<_>>()
    });
    let dismiss = move |i: usize| {
        app.notices.update(|v| {
            if i < v.len() {
                v.remove(i);
            }
        })
    };
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                items
                    .get()
                    .into_iter()
                    .map(|(i, n)| {
                        let body = notice_body(app, t, n, move || dismiss(i));
                        view! {
                            <div class="notice">
                                <div class="notice-body">{body}</div>
                                <button
                                    class="icon"
                                    aria-label=move || t(Key::Dismiss)
                                    on:click=move |_| dismiss(i)
                                >
                                    "✕"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// One banner's content. Not inlined into the list: at start the list is empty, and the start
/// path should not have to compile every kind of banner (wasm functions compile on first call).
#[inline(never)]
fn notice_body(
    app: AppState,
    t: impl Fn(Key) -> &'static str + Copy + Send + Sync + 'static,
    n: Notice,
    dismiss: impl Fn() + Copy + Send + Sync + 'static,
) -> AnyView {
    match n {
        Notice::Library(LibraryProblem::Quarantined { key, quarantine_key, error }) => {
            let qk = quarantine_key.clone();
            view! {
                <p>
                    {move || t(Key::Quarantined)}" "<code>{key}</code>" — "
                    {move || crate::i18n::import_error_text(app.lang.get(), &error)}
                </p>
                <button on:click=move |_| {
                    if let Some(Ok(Some(text))) = app
                        .library
                        .try_with_value(|l| crate::format::KvStore::get(l.store(), &qk))
                    {
                        platform::download("patika-quarantined.json", "application/json", &text);
                    }
                }>{move || t(Key::Download)}</button>
            }.into_any()
        }
        Notice::Library(LibraryProblem::Recovered { .. }) => view! { <p>{move || t(Key::Recovered)}</p> }.into_any(),
        Notice::Library(LibraryProblem::IndexRebuilt) => view! { <p>{move || t(Key::IndexRebuilt)}</p> }.into_any(),
        Notice::Library(LibraryProblem::Missing { id }) => view! { <p>{move || t(Key::MissingMap)}" "<code>{id}</code></p> }.into_any(),
        Notice::Repaired(report) => view! {
            <p>{move || t(Key::Repaired)}</p>
            <ul>{report.notes.into_iter().map(|n| repair_item(app.lang, n)).collect_view()}</ul>
        }.into_any(),
        Notice::MapNotFound => view! { <p>{move || t(Key::MapNotFound)}</p> }.into_any(),
        Notice::Imported { file, title, report, notes } => view! {
            <p>
                <strong>{title}</strong>
                " "
                {move || t(Key::ImportedFrom)}
                " "
                <code>{file}</code>
            </p>
            {(!notes.is_empty())
                .then(|| {
                    view! {
                        <p>{move || t(Key::ConversionNotes)}</p>
                        <ul class="conversion-notes">
                            {notes
                                .into_iter()
                                .map(|n| {
                                    view! {
                                        <li>
                                            {move || crate::i18n::note_text(app.lang.get(), &n)}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            {(!report.is_clean())
                .then(|| {
                    view! {
                        <p>{move || t(Key::RepairedOnImport)}</p>
                        <ul>
                            {report
                                .notes
                                .into_iter()
                                .map(|n| repair_item(app.lang, n))
                                .collect_view()}
                        </ul>
                    }
                })}
        }.into_any(),
        Notice::Replaced { file, title, report, notes } => view! {
            <p>
                <strong>{title}</strong>
                " "
                {move || t(Key::ReplacedFrom)}
                " "
                <code>{file}</code>
            </p>
            {(!notes.is_empty() || !report.is_clean())
                .then(|| {
                    view! {
                        <ul class="conversion-notes">
                            {notes
                                .into_iter()
                                .map(|n| {
                                    view! {
                                        <li>
                                            {move || crate::i18n::note_text(app.lang.get(), &n)}
                                        </li>
                                    }
                                })
                                .collect_view()}
                            {report
                                .notes
                                .into_iter()
                                .map(|n| repair_item(app.lang, n))
                                .collect_view()}
                        </ul>
                    }
                })}
        }.into_any(),
        Notice::LeftOut { file, notes } => view! {
            <p>
                <code>{file}</code>
                ": "
                {move || t(Key::LeftOut)}
            </p>
            <ul class="conversion-notes">
                {notes
                    .into_iter()
                    .map(|n| {
                        view! { <li>{move || crate::i18n::note_text(app.lang.get(), &n)}</li> }
                    })
                    .collect_view()}
            </ul>
        }.into_any(),
        Notice::ImportFailed { file, error } => view! {
            <p class="error" role="alert">
                <code>{file}</code>
                " "
                {move || t(Key::ImportFailed)}
                " "
                {move || crate::i18n::import_error_text(app.lang.get(), &error)}
                " "
                {move || t(Key::NothingChanged)}
            </p>
        }.into_any(),
        Notice::Restored { file, added, present, failed } => view! {
            <p>
                <code>{file}</code>
                ": "
                {move || t(Key::RestoredMaps)}
                " "
                {added}
                {(present > 0)
                    .then(|| {
                        view! {
                            ", "
                            {present}
                            " "
                            {move || t(Key::AlreadyPresent)}
                        }
                    })}
            </p>
            {(!failed.is_empty())
                .then(|| {
                    view! {
                        <p>{move || t(Key::NotRestored)}</p>
                        <ul>
                            {failed
                                .into_iter()
                                .map(|e| {
                                    view! {
                                        <li>
                                            {move || crate::i18n::import_error_text(app.lang.get(), &e)}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
        }.into_any(),
        Notice::BackupIncomplete { file, saved, left_out } => view! {
            {(saved > 0)
                .then(|| {
                    view! {
                        <p>
                            <code>{file}</code>
                            ": "
                            {move || t(Key::BackupHolds)}
                            " "
                            {saved}
                        </p>
                    }
                })}
            <p class="error" role="alert">
                {move || t(Key::NotBackedUp)}
            </p>
            <ul>{left_out.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ul>
        }.into_any(),
        Notice::Conflict => view! {
            <p class="error" role="alert">
                {move || t(Key::ConflictText)}
            </p>
            <button class="primary" on:click=move |_| app.keep_mine_as_copy()>
                {move || t(Key::KeepMineAsCopy)}
            </button>
            " "
            <button on:click=move |_| app.take_theirs()>{move || t(Key::TakeTheirs)}</button>
        }.into_any(),
        Notice::FollowedOtherTab => view! { <p>{move || t(Key::FollowedOtherTab)}</p> }.into_any(),
        Notice::DeletedElsewhere => view! { <p>{move || t(Key::DeletedElsewhere)}</p> }.into_any(),
        Notice::Deleted(map) => {
            let map = StoredValue::new(map);
            view! {
                <p>
                    {move || t(Key::MapDeleted)}" "
                    <strong>{map.with_value(|m| m.title.clone())}</strong>
                </p>
                <button
                    class="primary"
                    on:click=move |_| {
                        if app.save_now(&map.get_value()) {
                            dismiss();
                        }
                    }
                >
                    {move || t(Key::Undo)}
                </button>
            }.into_any()
        }
    }
}

/// One repair: in English the exact fix ("7.5 clamped to 1"); in Turkish what kind of repair it
/// was, with the exact fix on hover.
fn repair_item(lang: RwSignal<crate::i18n::Lang>, n: crate::format::RepairNote) -> impl IntoView {
    let detail = StoredValue::new(n.detail);
    let english = move || lang.get() == crate::i18n::Lang::En;
    let said = move || detail.with_value(|d| crate::i18n::repair_detail_text(lang.get(), d));
    view! {
        <li title=move || (!english()).then(said)>
            <code>{n.path}</code>
            ": "
            {move || {
                if english() {
                    said()
                } else {
                    crate::i18n::repair_kind_text(lang.get(), n.kind).to_string()
                }
            }}
        </li>
    }
}
