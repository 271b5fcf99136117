//! A colleague's version of one of my maps: the choice (merge / compare first / keep as a copy)
//! and the merge review (what comes in; each conflict, mine or theirs, as radio buttons).
use super::tx;
use crate::components::use_t;
use crate::i18n::{change_text, conflict_subject, value_text, Key};
use crate::merge::Side;
use crate::state::AppState;
use leptos::prelude::*;

/// The choice shown when a file is a version of a map in the library.
#[component]
pub fn IncomingOffer() -> impl IntoView {
    let app = expect_context::<AppState>();
    let t = use_t();
    move || {
        app.incoming.get().map(|i| {
            let how = if i.base.is_some() {
                Key::IncomingThreeWay
            } else {
                Key::IncomingTwoWay
            };
            view! {
                <section class="banner info merge-offer" aria-labelledby="incoming-merge-title">
                    <p id="incoming-merge-title">
                        {tx(Key::IncomingIsVersion)} " " <strong>{i.title.clone()}</strong> " ("
                        <code>{i.file.clone()}</code> ")"
                    </p>
                    <p class="hint">{move || t(how)}</p>
                    <div class="row-actions">
                        <button
                            id="incoming-merge"
                            class="primary"
                            on:click=move |_| app.merge_waiting(false)
                        >
                            {tx(Key::MergeIntoMine)}
                        </button>
                        <button on:click=move |_| {
                            app.merge_waiting(true)
                        }>{tx(Key::CompareFirst)}</button>
                        <button on:click=move |_| {
                            app.keep_waiting_as_copy()
                        }>{tx(Key::KeepAsCopy)}</button>
                    </div>
                </section>
            }
        })
    }
}

/// The merge under review: what comes in with the choices made so far, and each conflict.
#[component]
pub fn MergeReview() -> impl IntoView {
    let app = expect_context::<AppState>();
    let t = use_t();
    move || {
        let i = app.merging.get()?;
        let first = app.merge_preview(&i, &[])?;
        let (base, theirs, file) = (i.base.clone(), i.theirs.clone(), i.file.clone());

        // Owned by this rendering of the review: a new review starts from "mine" everywhere.
        let choices = RwSignal::new(vec![Side::Ours; first.conflicts.len()]);
        let lang = app.lang;
        // Read again when the choices change: what comes in follows them.
        let preview = move || app.merge_preview(&i, &choices.get());
        let mine_map = app.editor.get_untracked()?.map;
        let comes_in = move || {
            let merged = preview()?;
            let lines: Vec<String> = mine_map.with(|mine| {
                crate::analysis::diff(mine, &merged.map)
                    .iter()
                    .map(|c| change_text(lang.get(), c))
                    .collect()
            });
            Some(if lines.is_empty() {
                view! { <p class="hint">{t(Key::MergeNothing)}</p> }.into_any()
            } else {
                view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
                    .into_any()
            })
        };
        // The maps that name the records, the base's names first (read once, not per conflict).
        let mine = mine_map.get_untracked();
        let named: Vec<&crate::model::JourneyMap> = base.iter().chain([&mine, &theirs]).collect();
        let conflicts = first
            .conflicts
            .into_iter()
            .enumerate()
            .map(|(n, c)| {
                let subject = conflict_subject(lang.get_untracked(), &named, &c);
                let name = format!("merge-conflict-{n}");
                let side = move |s: Side| {
                    let (key, value) = match s {
                        Side::Ours => (Key::MergeMine, c.ours.clone()),
                        Side::Theirs => (Key::MergeTheirs, c.theirs.clone()),
                    };
                    let name = name.clone();
                    view! {
                        <label class="check">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || choices.with(|v| v.get(n) == Some(&s))
                                on:change=move |_| choices.update(|v| v[n] = s)
                            />
                            {move || t(key)}
                            ": "
                            {move || value_text(lang.get(), &value)}
                        </label>
                    }
                };
                view! {
                    <fieldset class="merge-conflict">
                        <legend>{subject}</legend>
                        {side(Side::Ours)}
                        {side(Side::Theirs)}
                    </fieldset>
                }
            })
            .collect_view();
        let any = !choices.get_untracked().is_empty();
        // Each time it is built (opening my map rebuilds the page under it): the review's heading
        // takes the focus, so a keyboard or screen reader user starts there.
        crate::platform::focus_soon("merge-review".into());
        Some(view! {
            <section class="merge-review" aria-labelledby="merge-review">
                <h2 id="merge-review" tabindex="-1">
                    {tx(Key::MergeReview)}
                    ": "
                    <code>{file.clone()}</code>
                </h2>
                <p class="hint">{tx(Key::MergeCompareHint)}</p>
                <h3>{tx(Key::MergeComesIn)}</h3>
                {comes_in}
                <Show when=move || any>
                    <h3>{tx(Key::MergeConflicts)}</h3>
                </Show>
                {conflicts}
                <div class="row-actions">
                    <button
                        class="primary"
                        on:click=move |_| app.apply_reviewed_merge(&choices.get_untracked())
                    >
                        {tx(Key::MergeApply)}
                    </button>
                    <button on:click=move |_| { app.cancel_merge() }>{tx(Key::MergeCancel)}</button>
                </div>
            </section>
        })
    }
}
