//! The open map's snapshots: take one (named), and for each — open it read-only, compare the map
//! with it (the curve overlay, the changes in words, marks on the grid), restore it as a copy,
//! delete it (a banner brings it back).
use super::tx;
use super::{app_state, use_t};
use crate::i18n::{cycle_step_name, Key};
use crate::platform;
use leptos::prelude::*;

/// The snapshots panel.
#[component]
pub fn Snapshots() -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let lang = app.lang;
    let rows = move || {
        let l = lang.get();
        app.snapshots
            .get()
            .into_iter()
            .rev()
            .map(|e| {
                let when = platform::local_time(&e.taken, l);
                let step = cycle_step_name(l, e.cycle);
                let (a, b, c, d) = (e.id.clone(), e.id.clone(), e.id.clone(), e.id.clone());
                let label = |k: Key| format!("{}: {}", crate::i18n::text(l, k), e.name);
                view! {
                    <li class="snapshot">
                        <span class="snapshot-name">{e.name.clone()}</span>
                        <span class="hint">{format!("{when} · {step}")}</span>
                        <span class="snapshot-actions">
                            <button
                                class="small"
                                aria-label=label(Key::OpenSnapshot)
                                on:click=move |_| {
                                    let _ = app.open_snapshot(&a);
                                }
                            >
                                {t(Key::OpenSnapshot)}
                            </button>
                            <button
                                class="small"
                                aria-label=label(Key::CompareSnapshot)
                                on:click=move |_| {
                                    let _ = app.compare_with_snapshot(&b);
                                }
                            >
                                {t(Key::CompareSnapshot)}
                            </button>
                            <button
                                class="small"
                                aria-label=label(Key::CopySnapshot)
                                on:click=move |_| {
                                    let _ = app.snapshot_as_copy(&c);
                                }
                            >
                                {t(Key::CopySnapshot)}
                            </button>
                            <button
                                class="small danger"
                                aria-label=label(Key::DeleteSnapshot)
                                on:click=move |_| {
                                    let _ = app.delete_snapshot(&d);
                                }
                            >
                                {t(Key::DeleteSnapshot)}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="snapshots" on:toggle=move |_| app.refresh_snapshots()>
            <summary>{tx(Key::Snapshots)} " (" {move || app.snapshots.with(Vec::len)} ")"</summary>
            <SnapshotNameForm
                class="take-snapshot"
                button=Key::TakeSnapshot
                take=Callback::new(move |name: String| app.take_open_snapshot(&name, false).is_ok())
            />
            <Show
                when=move || app.snapshots.with(|s| !s.is_empty())
                fallback=move || view! { <p class="hint">{tx(Key::NoSnapshots)}</p> }
            >
                <ul class="snapshot-list">{rows}</ul>
            </Show>
        </details>
    }
}

/// A snapshot's name and the button that takes it (the panel's, and the cycle's at the renew
/// step); the name is cleared once `take` says the snapshot was stored.
#[component]
pub fn SnapshotNameForm(
    /// The form's class.
    class: &'static str,
    /// The button's words.
    button: Key,
    /// Takes the snapshot with the typed name; whether it was stored.
    take: Callback<String, bool>,
    /// The button is the page's main action here.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let t = use_t();
    let name = RwSignal::new(String::new());
    let id = super::fields::field_id();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if take.run(name.get_untracked()) {
            name.set(String::new());
        }
    };
    view! {
        <form class=class on:submit=submit>
            <label for=id.clone()>{tx(Key::SnapshotName)}</label>
            <input
                id=id.clone()
                type="text"
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
            />
            <button type="submit" class:primary=primary>
                {move || t(button)}
            </button>
        </form>
    }
}
