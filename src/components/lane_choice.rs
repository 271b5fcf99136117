//! Which lanes the journey grid shows, and in what order: a map's own choice, stored with it and
//! changed in one undoable step each.
use super::tx;
use super::{app_state, use_t};
use crate::i18n::{lane_name, Key};
use crate::model::{Command, Lane, Lanes};
use crate::state::EditorState;
use leptos::prelude::*;

/// The lane choice: every lane with a checkbox, the shown ones with up and down (built when first
/// opened: the editor opens with less to build).
#[component]
pub fn LaneChoice(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = app_state().lang;
    let shown = Memo::new(move |_| editor.map.with(|m| m.lanes.shown()));
    let set = move |lanes: Lanes| editor.dispatch(Command::SetLanes(lanes));
    // Shown lanes in their order, then the hidden ones.
    let all = move || {
        let s = shown.get();
        let hidden = Lane::ALL.into_iter().filter(|l| !s.contains(l));
        s.clone().into_iter().chain(hidden).collect::<Vec<_>>()
    };
    let open = RwSignal::new(false);
    view! {
        <details class="lane-choice">
            <summary on:click=move |_| open.set(true)>{tx(Key::Lanes)}</summary>
            <Show when=move || open.get()>
                <ul>
                    <For each=all key=|l| *l let:lane>
                        {
                            let on = move || shown.with(|s| s.contains(&lane));
                            let name = move || lane_name(lang.get(), lane);
                            view! {
                                <li>
                                    <label class="check">
                                        <input
                                            type="checkbox"
                                            prop:checked=on
                                            on:change=move |ev| {
                                                set(
                                                    Lanes(shown.get_untracked())
                                                        .with_shown(lane, event_target_checked(&ev)),
                                                )
                                            }
                                        />
                                        <span>{name}</span>
                                    </label>
                                    <Show when=on>
                                        <button
                                            class="small"
                                            aria-label=move || format!("{}: {}", t(Key::MoveUp), name())
                                            on:click=move |_| set(
                                                Lanes(shown.get_untracked()).with_moved(lane, -1),
                                            )
                                        >
                                            "↑"
                                        </button>
                                        <button
                                            class="small"
                                            aria-label=move || {
                                                format!("{}: {}", t(Key::MoveDown), name())
                                            }
                                            on:click=move |_| set(
                                                Lanes(shown.get_untracked()).with_moved(lane, 1),
                                            )
                                        >
                                            "↓"
                                        </button>
                                    </Show>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </details>
    }
}
