//! The open map's snapshots: take one (named), and for each — open it read-only, compare the map
//! with it (the curve overlay, the changes in words, marks on the grid), restore it as a copy,
//! delete it (a banner brings it back).
use super::tx;
use super::{app_state, use_t};
use crate::i18n::{cycle_step_name, text, Key};
use crate::platform;
use crate::state::AppState;
use leptos::prelude::*;

/// What each snapshot's buttons do: its words, its class and the use case it runs (their outcomes
/// are shown by the use cases' notices).
const SNAPSHOT_ACTIONS: [(Key, &str, fn(&AppState, &str)); 4] = [
    (Key::OpenSnapshot, "small", |app, id| {
        let _ = app.open_snapshot(id);
    }),
    (Key::CompareSnapshot, "small", |app, id| {
        let _ = app.compare_with_snapshot(id);
    }),
    (Key::CopySnapshot, "small", |app, id| {
        let _ = app.snapshot_as_copy(id);
    }),
    (Key::DeleteSnapshot, "small danger", |app, id| {
        let _ = app.delete_snapshot(id);
    }),
];

/// The snapshots panel.
#[component]
pub fn Snapshots() -> impl IntoView {
    let app = app_state();
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
                let buttons = SNAPSHOT_ACTIONS
                    .iter()
                    .map(|&(key, class, act)| {
                        let id = e.id.clone();
                        let label = format!("{}: {}", text(l, key), e.name);
                        view! {
                            <button class=class aria-label=label on:click=move |_| act(&app, &id)>
                                {text(l, key)}
                            </button>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="snapshot">
                        <span class="snapshot-name">{e.name.clone()}</span>
                        <span class="hint">{format!("{when} · {step}")}</span>
                        <span class="snapshot-actions">{buttons}</span>
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
