//! The library: the user's maps, search, create (blank or sample), import, back up, and per map
//! open, rename, duplicate, delete.
use super::tx;
use super::{app_state, use_t, MAP_FILE_TYPES};
use crate::format::{storage_percent, LibraryEntry, STORAGE_BUDGET_UNITS, STORAGE_WARN_SHARE};
use crate::i18n::{percent, storage_text, Key};
use crate::model::samples::Sample;
use crate::model::search_fold;
use crate::platform;
use crate::state::Route;
use leptos::prelude::*;

/// The library page.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let app = app_state();
    let query = RwSignal::new(String::new());
    let visible = Memo::new(move |_| {
        let q = search_fold(&query.get());
        app.entries.with(|es| {
            es.iter()
                .filter(|e| q.is_empty() || search_fold(&e.title).contains(&q))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="library" aria-labelledby="library-heading">
            <super::welcome::Welcome />
            {library_head()}
            <super::templates::TemplateGallery />
            {storage_meter()}
            <div class="field search">
                <label for="map-search">{tx(Key::SearchMaps)}</label>
                <input
                    id="map-search"
                    type="search"
                    prop:value=query
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            {move || {
                if app.entries.with(Vec::is_empty) {
                    view! { <p class="empty">{tx(Key::EmptyLibrary)}</p> }.into_any()
                } else if visible.with(Vec::is_empty) {
                    view! { <p class="empty">{tx(Key::NoMatches)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="map-list">
                            <For
                                each=move || visible.get()
                                key=|e| (
                                    e.id.clone(),
                                    e.title.clone(),
                                    e.updated.clone(),
                                    e.last_exported.clone(),
                                )
                                let:entry
                            >
                                <MapRow entry />
                            </For>
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// The heading with what makes maps: a blank one, a sample, an import; and the backup.
// A function, not a component: on the start path, an erased component view would compile more
// functions at start (wasm compiles each on its first call).
fn library_head() -> impl IntoView {
    let app = app_state();
    let chosen_sample = RwSignal::new(Sample::OnlineShopTr.key().to_string());
    // When saving fails the header shows why; the library stays as it was.
    let new_blank = move |_| app.request_blank_map();
    let new_sample = move |_| {
        let which =
            Sample::from_key(&chosen_sample.get_untracked()).unwrap_or(Sample::OnlineShopTr);
        app.request_sample_map(which);
    };
    let back_up = move |_| {
        app.request_backup();
    };
    view! {
        <div class="library-head">
            <h1 id="library-heading">{tx(Key::MyMaps)}</h1>
            <div class="create">
                <button class="primary" on:click=new_blank>
                    {tx(Key::NewBlankMap)}
                </button>
                <button on:click=move |_| {
                    app.request_guided_map()
                }>{tx(Key::GuidedStart)}</button>
                <div class="field inline">
                    <label for="sample-choice">{tx(Key::Sample)}</label>
                    <select
                        id="sample-choice"
                        on:change=move |ev| chosen_sample.set(event_target_value(&ev))
                    >
                        <option value=Sample::OnlineShopTr
                            .key()>{tx(Key::SampleOnlineShop)}</option>
                        <option value=Sample::BroadbandEn.key()>{tx(Key::SampleBroadband)}</option>
                    </select>
                </div>
                <button on:click=new_sample>{tx(Key::NewFromSample)}</button>
            </div>
            <div class="transfer">
                // A real file input behind a label: keyboard and screen readers use it as is.
                <label class="button" for="import-file">
                    {tx(Key::ImportFile)}
                </label>
                <input
                    id="import-file"
                    class="file-input"
                    type="file"
                    multiple
                    accept=MAP_FILE_TYPES
                    aria-describedby="import-hint"
                    on:change=move |ev| app.import_chosen(platform::files::chosen_files(&ev))
                />
                <button on:click=back_up disabled=move || app.entries.with(Vec::is_empty)>
                    {tx(Key::BackUpAll)}
                </button>
                // The formats are named where a user imports: under "which files?", beside the
                // button (and read with the file input), not on the first screen's face.
                <details class="import-formats">
                    <summary>{tx(Key::WhichFiles)}</summary>
                    <p class="hint" id="import-hint">
                        {tx(Key::ImportHint)}
                    </p>
                </details>
            </div>
        </div>
    }
}

/// How much of the browser's storage Patika uses, with a warning when it is almost full and the
/// browser's answer to "keep this site's data".
// A function, not a component, like `library_head`.
fn storage_meter() -> impl IntoView {
    let app = app_state();
    let t = use_t();
    move || {
        let used = app.storage_used.get();
        // A first visit has nothing stored: no meter to read yet.
        if used == 0 && app.entries.with(Vec::is_empty) {
            return None;
        }
        let budget = STORAGE_BUDGET_UNITS;
        let warn = used as f64 >= budget as f64 * STORAGE_WARN_SHARE;
        let lang = app.lang.get();
        let mb = move |u: usize| storage_text(u, lang);
        let share = percent(lang, storage_percent(used) as i64);
        let persisted = move || {
            app.persisted.get().map(|granted| {
                let said = if granted {
                    Key::PersistGranted
                } else {
                    Key::PersistDenied
                };
                view! { <p class="hint persist">{move || t(said)}</p> }
            })
        };
        // Browsers count characters (UTF-16 units) against "5 MB"; so does the meter.
        Some(view! {
            <div class="storage-meter">
                <label for="storage-meter">{tx(Key::StorageUsed)}</label>
                <meter
                    id="storage-meter"
                    min="0"
                    max=budget
                    low=budget * 6 / 10
                    high=budget * 8 / 10
                    optimum="0"
                    value=used
                ></meter>
                <span>{mb(used)}" "{tx(Key::StorageOf)}" "{mb(budget)}" ("{share}")"</span>
                {warn
                    .then(|| {
                        view! {
                            <p class="warn" role="alert">
                                {tx(Key::StorageAlmostFull)}
                            </p>
                        }
                    })}
                {persisted}
            </div>
        })
    }
}

#[component]
fn MapRow(entry: LibraryEntry) -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(entry.title.clone());
    let id = StoredValue::new(entry.id.clone());
    let title = entry.title.clone();
    let updated = entry.updated.clone();
    let exported = entry.last_exported.clone();
    let remind = entry.needs_export_reminder(&platform::now_iso());
    let open = move |_| app.navigate(Route::Map(id.get_value()));
    // Each action tells the user itself when it fails (a banner or the save status).
    let commit_rename = move || {
        renaming.set(false);
        app.request_rename(id.get_value(), draft.get_untracked());
    };
    let duplicate = move |_| app.request_duplicate(id.get_value());
    let delete = move |_| app.request_delete(id.get_value());
    let heading_id = format!("map-{}", entry.id);
    let labelled_by = heading_id.clone();
    let rename_id = format!("rename-{}", entry.id);
    view! {
        <li class="map-row" aria-labelledby=labelled_by>
            <div class="map-info">
                <h2 id=heading_id>
                    <a href=Route::Map(entry.id.clone()).href()>{title}</a>
                </h2>
                <p class="meta">
                    {tx(Key::Stages)}": "{entry.stages}" · "{tx(Key::Touchpoints)} ": "
                    {entry.touchpoints}" · " {tx(Key::Updated)}" "
                    {move || platform::local_time(&updated, app.lang.get())}" · "
                    {move || match &exported {
                        Some(when) => {
                            format!(
                                "{} {}",
                                t(Key::LastExported),
                                platform::local_time(when, app.lang.get()),
                            )
                        }
                        None => t(Key::NeverExported).to_string(),
                    }}
                </p>
                {remind.then(|| view! { <p class="hint remind">{tx(Key::ExportReminder)}</p> })}
                {entry
                    .is_newer()
                    .then(|| view! { <p class="hint newer">{tx(Key::NewerBadge)}</p> })}
            </div>
            <div class="row-actions">
                <Show
                    when=move || renaming.get()
                    fallback=move || {
                        view! {
                            <button on:click=open>{tx(Key::Open)}</button>
                            <button on:click=move |_| {
                                renaming.set(true)
                            }>{tx(Key::Rename)}</button>
                            <button on:click=duplicate>{tx(Key::Duplicate)}</button>
                            <button class="danger" on:click=delete>
                                {tx(Key::Delete)}
                            </button>
                        }
                    }
                >
                    <form
                        class="rename"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            commit_rename();
                        }
                    >
                        <div class="field inline">
                            <label for=rename_id.clone()>{tx(Key::NewTitle)}</label>
                            <input
                                id=rename_id.clone()
                                type="text"
                                prop:value=draft
                                on:input=move |ev| draft.set(event_target_value(&ev))
                                autofocus
                            />
                        </div>
                        <button type="submit" class="primary">
                            {tx(Key::Save)}
                        </button>
                        <button type="button" on:click=move |_| renaming.set(false)>
                            {tx(Key::Cancel)}
                        </button>
                    </form>
                </Show>
            </div>
        </li>
    }
}
