//! Banners: load problems (with download of quarantined data), repair reports, deleted-map undo.
use super::tx;
use super::{app_state, use_t};
use crate::format::{ImportError, LibraryProblem, RepairNote, RepairReport};
use crate::i18n::{import_error_text, note_text, repair_detail_text, repair_kind_text, Key, Lang};
use crate::interop::Note;
use crate::model::JourneyMap;
use crate::state::{AppState, Notice};
use leptos::prelude::*;

/// All current banners.
#[component]
pub fn Notices() -> impl IntoView {
    let app = app_state();
    // The live region is there from the start; what banners say (every kind's words and
    // actions) comes from a chunk the first time there is one.
    view! {
        <div class="notices" role="status" aria-live="polite">
            <Show when=move || {
                app.notices.with(|v| !v.is_empty())
            }>{super::chunks::chunk_view(super::chunks::notice_list)}</Show>
        </div>
    }
}

/// The banners.
#[component]
pub fn NoticeList() -> impl IntoView {
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
                                aria-label=tx(Key::Dismiss)
                                on:click=move |_| dismiss(i)
                            >
                                "✕"
                            </button>
                        </div>
                    }
                })
                .collect_view()
        }}
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
    let lang = app.lang;
    match n {
        Notice::Library(problem) => library_problem(app, t, problem),
        Notice::Repaired(report) => view! {
            <p>{tx(Key::Repaired)}</p>
            <ul>{repair_items(lang, report)}</ul>
        }
        .into_any(),
        Notice::MapNotFound => view! { <p>{tx(Key::MapNotFound)}</p> }.into_any(),
        Notice::Imported {
            file,
            title,
            report,
            notes,
        } => view! {
            {file_line(t, title, Key::ImportedFrom, file)}
            {(!notes.is_empty())
                .then(|| {
                    view! {
                        <p>{tx(Key::ConversionNotes)}</p>
                        <ul class="conversion-notes">{note_items(lang, notes)}</ul>
                    }
                })}
            {(!report.is_clean())
                .then(|| {
                    view! {
                        <p>{tx(Key::RepairedOnImport)}</p>
                        <ul>{repair_items(lang, report)}</ul>
                    }
                })}
        }
        .into_any(),
        Notice::Replaced {
            file,
            title,
            report,
            notes,
        } => view! {
            {file_line(t, title, Key::ReplacedFrom, file)}
            {(!notes.is_empty() || !report.is_clean())
                .then(|| {
                    view! {
                        <ul class="conversion-notes">
                            {note_items(lang, notes)} {repair_items(lang, report)}
                        </ul>
                    }
                })}
        }
        .into_any(),
        Notice::Merged {
            file,
            title,
            came_in,
            conflicts,
            report,
            ..
        } => view! {
            {file_line(t, title, Key::MergedFrom, file)}
            <p>
                {format!("{came_in} ")} {tx(Key::MergedCameIn)} {format!(" · {conflicts} ")}
                {tx(Key::MergedChosen)}
            </p>
            {(!report.is_clean())
                .then(|| view! { <ul class="conversion-notes">{repair_items(lang, report)}</ul> })}
        }
        .into_any(),
        Notice::MetricsRead { file, read } => view! {
            <p>
                <code>{file}</code>
                ": "
                {tx(Key::MetricsAdded)}
                " "
                {read.added}
                " · "
                {tx(Key::MetricsUpdated)}
                " "
                {read.updated}
            </p>
            {(!read.unmatched.is_empty())
                .then(|| {
                    let rows: Vec<String> = read.unmatched.iter().map(|r| r.to_string()).collect();
                    view! { <p class="warn">{tx(Key::MetricRowsUnmatched)}" "{rows.join(", ")}</p> }
                })}
            {(!read.unreadable.is_empty())
                .then(|| {
                    let rows: Vec<String> = read
                        .unreadable
                        .iter()
                        .map(|(r, c)| format!("{r} ({c})"))
                        .collect();
                    view! {
                        <p class="warn">{tx(Key::MetricNumbersUnreadable)}" "{rows.join(", ")}</p>
                    }
                })}
        }
        .into_any(),
        Notice::NotMetricsFile { file } => view! {
            <p class="error" role="alert">
                <code>{file}</code>
                " "
                {tx(Key::NotMetricsFile)}
            </p>
        }
        .into_any(),
        Notice::LeftOut { file, notes } => view! {
            <p>
                <code>{file}</code>
                ": "
                {tx(Key::LeftOut)}
            </p>
            <ul class="conversion-notes">{note_items(lang, notes)}</ul>
        }
        .into_any(),
        Notice::ImportFailed { file, error } => view! {
            <p class="error" role="alert">
                <code>{file}</code>
                " "
                {tx(Key::ImportFailed)}
                " "
                {move || import_error_text(lang.get(), &error)}
                " "
                {tx(Key::NothingChanged)}
            </p>
        }
        .into_any(),
        Notice::ImportNotStored { file, needed, free } => view! {
            <p class="error" role="alert">
                <code>{file}</code>
                " "
                {move || crate::i18n::not_stored_text(lang.get(), needed, free)}
            </p>
        }
        .into_any(),
        Notice::Restored {
            file,
            added,
            present,
            failed,
        } => restored(lang, file, added, present, failed),
        Notice::BackupIncomplete {
            file,
            saved,
            left_out,
        } => view! {
            {(saved > 0)
                .then(|| {
                    view! {
                        <p>
                            <code>{file}</code>
                            ": "
                            {tx(Key::BackupHolds)}
                            " "
                            {saved}
                        </p>
                    }
                })}
            <p class="error" role="alert">
                {tx(Key::NotBackedUp)}
            </p>
            <ul>{left_out.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Notice::Conflict => view! {
            <p class="error" role="alert">
                {tx(Key::ConflictText)}
            </p>
            <button class="primary" on:click=move |_| app.keep_mine_as_copy()>
                {tx(Key::KeepMineAsCopy)}
            </button>
            " "
            <button on:click=move |_| app.take_theirs()>{tx(Key::TakeTheirs)}</button>
        }
        .into_any(),
        Notice::FollowedOtherTab => view! { <p>{tx(Key::FollowedOtherTab)}</p> }.into_any(),
        Notice::DeletedElsewhere => view! { <p>{tx(Key::DeletedElsewhere)}</p> }.into_any(),
        Notice::NewerMap { title } => view! {
            <p role="alert">{tx(Key::NewerMap)}" "<strong>{title}</strong></p>
            <button class="primary" on:click=move |_| app.reload_app()>
                {tx(Key::ReloadPage)}
            </button>
        }
        .into_any(),
        Notice::Deleted(map) => deleted(app, map, dismiss),
        Notice::SnapshotDeleted { name } => view! {
            <p>{tx(Key::SnapshotDeleted)}" "<strong>{name}</strong></p>
            <button
                class="primary"
                on:click=move |_| {
                    if app.restore_removed_snapshots().is_ok() {
                        dismiss();
                    }
                }
            >
                {tx(Key::Undo)}
            </button>
        }
        .into_any(),
        Notice::SnapshotNotSaved(e) => view! {
            <p role="alert">
                {tx(Key::SnapshotNotSaved)} " "
                {move || crate::i18n::store_error_text(lang.get(), &e)}
            </p>
        }
        .into_any(),
    }
}

/// "<title> imported from <file>": which file did what to which map.
fn file_line(
    t: impl Fn(Key) -> &'static str + Copy + Send + Sync + 'static,
    title: String,
    what: Key,
    file: String,
) -> impl IntoView {
    view! {
        <p>
            <strong>{title}</strong>
            " "
            {move || t(what)}
            " "
            <code>{file}</code>
        </p>
    }
}

/// A problem found in the library: unreadable data moved aside (downloadable), a rebuilt index,
/// a recovered or a missing map.
fn library_problem(
    app: AppState,
    t: impl Fn(Key) -> &'static str + Copy + Send + Sync + 'static,
    problem: LibraryProblem,
) -> AnyView {
    match problem {
        LibraryProblem::Quarantined {
            key,
            quarantine_key,
            title,
            error,
        } => {
            let what = match quarantine_key != key {
                true => Key::Quarantined,
                false => Key::UnreadableLeft,
            };
            // The map's title when it could be read; otherwise the map's id.
            let name = match title {
                Some(title) => view! { <strong>{title}</strong> }.into_any(),
                None => {
                    let id = crate::format::keys::map_id(&key)
                        .unwrap_or(&key)
                        .to_string();
                    view! { <code>{id}</code> }.into_any()
                }
            };
            view! {
                <p>
                    {move || t(what)}" "{name}" — "
                    {move || import_error_text(app.lang.get(), &error)}
                </p>
                <button on:click=move |_| {
                    let _ = app.download_quarantined(&quarantine_key);
                }>{tx(Key::Download)}</button>
            }
            .into_any()
        }
        LibraryProblem::Recovered { .. } => view! { <p>{tx(Key::Recovered)}</p> }.into_any(),
        LibraryProblem::IndexRebuilt => view! { <p>{tx(Key::IndexRebuilt)}</p> }.into_any(),
        LibraryProblem::Missing { id } => {
            view! { <p>{tx(Key::MissingMap)}" "<code>{id}</code></p> }.into_any()
        }
        // Shown as the save status and the storage banner, not as a notice.
        LibraryProblem::NotWritten(_) => ().into_any(),
    }
}

/// A backup was restored: how many maps were added, already there, or could not be read.
fn restored(
    lang: RwSignal<Lang>,
    file: String,
    added: usize,
    present: usize,
    failed: Vec<ImportError>,
) -> AnyView {
    let failures = failed
        .into_iter()
        .map(|e| view! { <li>{move || import_error_text(lang.get(), &e)}</li> })
        .collect_view();
    let has_failures = !failures.is_empty();
    view! {
        <p>
            <code>{file}</code>
            ": "
            {tx(Key::RestoredMaps)}
            " "
            {added}
            {(present > 0)
                .then(|| {
                    view! {
                        ", "
                        {present}
                        " "
                        {tx(Key::AlreadyPresent)}
                    }
                })}
        </p>
        {has_failures
            .then(|| {
                view! {
                    <p>{tx(Key::NotRestored)}</p>
                    <ul>{failures}</ul>
                }
            })}
    }
    .into_any()
}

/// A map was deleted: "Undo" brings it back as it was.
fn deleted(
    app: AppState,
    map: JourneyMap,
    dismiss: impl Fn() + Copy + Send + Sync + 'static,
) -> AnyView {
    let map = StoredValue::new(map);
    let undo = move |_| {
        if map.with_value(|m| app.restore_deleted(m)).is_ok() {
            dismiss();
        }
    };
    view! {
        <p>{tx(Key::MapDeleted)}" "<strong>{map.with_value(|m| m.title.clone())}</strong></p>
        <button class="primary" on:click=undo>
            {tx(Key::Undo)}
        </button>
    }
    .into_any()
}

/// What a conversion could not carry, one item each, in the interface language.
fn note_items(lang: RwSignal<Lang>, notes: Vec<Note>) -> impl IntoView {
    notes
        .into_iter()
        .map(|n| view! { <li>{move || note_text(lang.get(), &n)}</li> })
        .collect_view()
}

/// What was repaired, one item each.
fn repair_items(lang: RwSignal<Lang>, report: RepairReport) -> impl IntoView {
    report
        .notes
        .into_iter()
        .map(|n| repair_item(lang, n))
        .collect_view()
}

/// One repair: in English the exact fix ("7.5 clamped to 1"); in Turkish what kind of repair it
/// was, with the exact fix on hover.
fn repair_item(lang: RwSignal<Lang>, n: RepairNote) -> impl IntoView {
    let detail = StoredValue::new(n.detail);
    let english = move || lang.get() == Lang::En;
    let said = move || detail.with_value(|d| repair_detail_text(lang.get(), d));
    let shown = move || match english() {
        true => said(),
        false => repair_kind_text(lang.get(), n.kind).to_string(),
    };
    view! {
        <li title=move || (!english()).then(said)>
            <code>{n.path}</code>
            ": "
            {shown}
        </li>
    }
}
