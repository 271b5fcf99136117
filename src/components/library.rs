//! The library: the user's maps, search, create (blank or sample), rename, duplicate, delete.
use super::{app_state, use_t};
use crate::format::{LibraryEntry, LibraryProblem};
use crate::i18n::{text, Key};
use crate::model::samples::{sample, Sample};
use crate::model::search_fold;
use crate::model::{apply, new_map, Command};
use crate::platform;
use crate::state::{AppState, Notice, Route};
use leptos::prelude::*;

fn create_and_open(app: AppState, map: crate::model::JourneyMap) {
    let id = map.id.clone();
    // When saving fails the header shows why; the library stays as it was.
    if app.save_now(&map) {
        app.navigate(Route::Map(id));
    }
}

/// The library page.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let query = RwSignal::new(String::new());
    let chosen_sample = RwSignal::new(Sample::OnlineShopTr.key().to_string());
    let visible = Memo::new(move |_| {
        let q = search_fold(&query.get());
        app.entries.with(|es| {
            es.iter()
                .filter(|e| q.is_empty() || search_fold(&e.title).contains(&q))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let new_blank = move |_| {
        let lang = app.lang.get_untracked();
        let map = new_map(
            &platform::new_id(),
            text(lang, Key::UntitledMap),
            lang,
            &platform::now_iso(),
        );
        create_and_open(app, map);
    };
    let new_sample = move |_| {
        let which =
            Sample::from_key(&chosen_sample.get_untracked()).unwrap_or(Sample::OnlineShopTr);
        create_and_open(
            app,
            sample(which, &platform::new_id(), &platform::now_iso()),
        );
    };
    view! {
        <section class="library" aria-labelledby="library-heading">
            <div class="library-head">
                <h1 id="library-heading">{move || t(Key::MyMaps)}</h1>
                <div class="create">
                    <button class="primary" on:click=new_blank>
                        {move || t(Key::NewBlankMap)}
                    </button>
                    <div class="field inline">
                        <label for="sample-choice">{move || t(Key::Sample)}</label>
                        <select
                            id="sample-choice"
                            on:change=move |ev| chosen_sample.set(event_target_value(&ev))
                        >
                            <option value=Sample::OnlineShopTr
                                .key()>{move || t(Key::SampleOnlineShop)}</option>
                            <option value=Sample::BroadbandEn
                                .key()>{move || t(Key::SampleBroadband)}</option>
                        </select>
                    </div>
                    <button on:click=new_sample>{move || t(Key::NewFromSample)}</button>
                </div>
                <div class="transfer">
                    // A real file input behind a label: keyboard and screen readers use it as is.
                    <label class="button" for="import-file">
                        {move || t(Key::ImportFile)}
                    </label>
                    <input
                        id="import-file"
                        class="file-input"
                        type="file"
                        multiple
                        accept=".json,.csv,.tsv,.mmd,.mermaid,.txt,.xml,.cjml,application/json,text/csv,application/xml,text/xml"
                        aria-describedby="import-hint"
                        on:change=move |ev| {
                            let files = platform::files::chosen_files(&ev);
                            platform::files::read_files(
                                files,
                                crate::format::MAX_BYTES,
                                move |fs| app.import_files(fs),
                            );
                        }
                    />
                    <button
                        on:click=move |_| backup_all(app)
                        disabled=move || app.entries.with(Vec::is_empty)
                    >
                        {move || t(Key::BackUpAll)}
                    </button>
                    <p class="hint" id="import-hint">
                        {move || t(Key::ImportHint)}
                    </p>
                </div>
            </div>
            {move || {
                let used = app.storage_used.get();
                let budget = crate::format::STORAGE_BUDGET_UNITS;
                let warn = used as f64 >= budget as f64 * crate::format::STORAGE_WARN_SHARE;
                let lang = app.lang.get();
                let mb = move |u: usize| crate::i18n::storage_text(u, lang);
                let percent = crate::format::storage_percent(used);
                // Browsers count characters (UTF-16 units) against "5 MB"; so does the meter.
                view! {
                    <div class="storage-meter">
                        <label for="storage-meter">{move || t(Key::StorageUsed)}</label>
                        <meter
                            id="storage-meter"
                            min="0"
                            max=budget
                            low=budget * 6 / 10
                            high=budget * 8 / 10
                            optimum="0"
                            value=used
                        ></meter>
                        <span>
                            {mb(used)}" "{move || t(Key::StorageOf)}" "{mb(budget)}" ("
                            {crate::i18n::percent(lang, percent as i64)}")"
                        </span>
                        {warn
                            .then(|| {
                                view! {
                                    <p class="warn" role="alert">
                                        {move || t(Key::StorageAlmostFull)}
                                    </p>
                                }
                            })}
                        {move || {
                            app.persisted
                                .get()
                                .map(|granted| {
                                    view! {
                                        <p class="hint persist">
                                            {move || t(
                                                if granted {
                                                    Key::PersistGranted
                                                } else {
                                                    Key::PersistDenied
                                                },
                                            )}
                                        </p>
                                    }
                                })
                        }}
                    </div>
                }
            }}
            <div class="field search">
                <label for="map-search">{move || t(Key::SearchMaps)}</label>
                <input
                    id="map-search"
                    type="search"
                    prop:value=query
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            {move || {
                if app.entries.with(Vec::is_empty) {
                    view! { <p class="empty">{move || t(Key::EmptyLibrary)}</p> }.into_any()
                } else if visible.with(Vec::is_empty) {
                    view! { <p class="empty">{move || t(Key::NoMatches)}</p> }.into_any()
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

/// Downloads every readable map as one backup file. A map that cannot be read is not silently
/// left out: it is moved aside as on opening (with its own notice), and a notice lists what the
/// backup does not hold.
fn backup_all(app: AppState) {
    app.flush();
    let entries: Vec<(String, String)> = app
        .entries
        .with_untracked(|es| es.iter().map(|e| (e.id.clone(), e.title.clone())).collect());
    let mut maps = Vec::new();
    let mut left_out = Vec::new();
    for (id, title) in entries {
        match app.library.try_update_value(|l| l.load(&id)) {
            Some(Ok(Ok(imp))) => maps.push(imp.map),
            // Deleted meanwhile (in another tab): nothing to back up, nothing lost.
            Some(Ok(Err(LibraryProblem::Missing { .. }))) => {}
            Some(Ok(Err(problem))) => {
                app.notify(Notice::Library(problem));
                left_out.push(title);
            }
            Some(Err(_)) | None => left_out.push(title),
        }
    }
    let now = platform::now_iso();
    let file = format!("patika-backup-{}.json", now.get(..10).unwrap_or(""));
    if !maps.is_empty() {
        let text = crate::format::export_backup(&maps, &now);
        let ids: Vec<String> = maps.iter().map(|m| m.id.clone()).collect();
        let _ = app
            .library
            .try_update_value(|l| l.mark_exported(&ids, &now));
        platform::download(&file, "application/json", &text);
    }
    if !left_out.is_empty() {
        app.notify(Notice::BackupIncomplete {
            file,
            saved: maps.len(),
            left_out,
        });
    }
    app.refresh_entries();
}

/// Loads a map for a library action (through the pipeline), applies `cmd`-style changes, saves.
fn with_loaded(app: AppState, id: &str, f: impl FnOnce(crate::model::JourneyMap)) {
    match app.library.try_update_value(|l| l.load(id)) {
        Some(Ok(Ok(imp))) => f(imp.map),
        Some(Ok(Err(p))) => {
            app.notify(Notice::Library(p));
            app.refresh_entries();
        }
        _ => app.notify(Notice::MapNotFound),
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
    let commit_rename = move || {
        let new_title = draft.get_untracked();
        renaming.set(false);
        with_loaded(app, &id.get_value(), |mut m| {
            if apply(
                &mut m,
                Command::Batch(vec![
                    Command::SetTitle(new_title),
                    Command::SetUpdated(platform::now_iso()),
                ]),
            )
            .is_ok()
            {
                app.save_now(&m);
            }
        });
    };
    let duplicate = move |_| {
        with_loaded(app, &id.get_value(), |m| {
            let suffix = text(app.lang.get_untracked(), Key::CopySuffix);
            app.save_now(&crate::model::copy_of(
                &m,
                &platform::new_id(),
                suffix,
                &platform::now_iso(),
            ));
        });
    };
    let delete = move |_| {
        with_loaded(app, &id.get_value(), |m| {
            if app
                .library
                .try_update_value(|l| l.delete(&m.id))
                .is_some_and(|r| r.is_ok())
            {
                app.refresh_entries();
                app.measure_storage();
                app.notices
                    .update(|n| n.retain(|x| !matches!(x, Notice::Deleted(_))));
                app.notify(Notice::Deleted(m));
            }
        });
    };
    let heading_id = format!("map-{}", entry.id);
    let labelled_by = heading_id.clone();
    let rename_id = format!("rename-{}", entry.id);
    view! {
        <li class="map-row" aria-labelledby=labelled_by>
            <div class="map-info">
                <h2 id=heading_id>
                    <a href=format!("#/map/{}", entry.id)>{title}</a>
                </h2>
                <p class="meta">
                    {move || t(Key::Stages)}": "{entry.stages}" · "{move || t(Key::Touchpoints)}
                    ": "{entry.touchpoints}" · " {move || t(Key::Updated)}" "
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
                {remind
                    .then(|| view! { <p class="hint remind">{move || t(Key::ExportReminder)}</p> })}
            </div>
            <div class="row-actions">
                <Show
                    when=move || renaming.get()
                    fallback=move || {
                        view! {
                            <button on:click=open>{move || t(Key::Open)}</button>
                            <button on:click=move |_| {
                                renaming.set(true)
                            }>{move || t(Key::Rename)}</button>
                            <button on:click=duplicate>{move || t(Key::Duplicate)}</button>
                            <button class="danger" on:click=delete>
                                {move || t(Key::Delete)}
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
                            <label for=rename_id.clone()>{move || t(Key::NewTitle)}</label>
                            <input
                                id=rename_id.clone()
                                type="text"
                                prop:value=draft
                                on:input=move |ev| draft.set(event_target_value(&ev))
                                autofocus
                            />
                        </div>
                        <button type="submit" class="primary">
                            {move || t(Key::Save)}
                        </button>
                        <button type="button" on:click=move |_| renaming.set(false)>
                            {move || t(Key::Cancel)}
                        </button>
                    </form>
                </Show>
            </div>
        </li>
    }
}
