//! The map's stages: add, rename, reorder and remove them (removing a stage removes its
//! touchpoints, and says how many first). Each change is one command, undone in one step; the grid's
//! stage bands follow.
use super::fields::TextField;
use super::tx;
use super::use_t;
use crate::i18n::Key;
use crate::model::{Command, Id, Stage};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// The stages panel.
#[component]
pub fn Stages(editor: EditorState) -> impl IntoView {
    let ids = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    let new_name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = new_name.get_untracked().trim().to_string();
        let lang = super::app_state().lang.get_untracked();
        let name = if typed.is_empty() {
            crate::i18n::text(lang, Key::NewStage).to_string()
        } else {
            typed
        };
        let stage = Stage {
            id: platform::new_id(),
            name,
            ..Stage::default()
        };
        let index = ids.with_untracked(Vec::len);
        editor.dispatch(Command::AddStage { stage, index });
        new_name.set(String::new());
    };
    let open = RwSignal::new(false);
    let input_id = super::fields::field_id();
    view! {
        <details class="stages-panel">
            <summary on:click=move |_| {
                open.set(true)
            }>{tx(Key::Stages)}" ("{move || ids.with(Vec::len)}")"</summary>
            <Show when=move || open.get()>
                <ol class="stage-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <StageRow editor id />
                    </For>
                </ol>
                <form class="add-stage" on:submit=add>
                    <label for=input_id.clone()>{tx(Key::StageName)}</label>
                    <input
                        id=input_id.clone()
                        type="text"
                        prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                    <button type="submit">"+ "{tx(Key::AddStage)}</button>
                </form>
            </Show>
        </details>
    }
}

/// One stage: its name, up and down, and removal (a stage with touchpoints asks first).
#[component]
fn StageRow(editor: EditorState, id: Id) -> impl IntoView {
    let t = use_t();
    let id = StoredValue::new(id);
    let stage = Memo::new(move |_| editor.map.with(|m| m.stage(&id.get_value()).cloned()));
    let place = Memo::new(move |_| {
        editor.map.with(|m| {
            let at = m.stages.iter().position(|s| s.id == id.get_value());
            (at.unwrap_or(0), m.stages.len())
        })
    });
    let used = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.touchpoints_of(&id.get_value()).count())
    });
    let name = Signal::derive(move || stage.get().map(|s| s.name).unwrap_or_default());
    let rename = Callback::new(move |v: String| {
        if let Some(mut s) = stage.get_untracked() {
            s.name = v;
            editor.dispatch(Command::UpdateStage(s));
        }
    });
    let move_by = move |step: isize| {
        let (at, len) = place.get_untracked();
        let to = at as isize + step;
        if to >= 0 && (to as usize) < len {
            editor.dispatch(Command::MoveStage {
                id: id.get_value(),
                to: to as usize,
            });
        }
    };
    let asking = RwSignal::new(false);
    let remove = move || {
        asking.set(false);
        editor.dispatch(Command::RemoveStage { id: id.get_value() });
    };
    view! {
        <li class="stage-row">
            <TextField
                label=Signal::derive(move || t(Key::StageName).to_string())
                value=name
                on_commit=rename
            />
            <span class="stage-used">{move || used.get()}" "{tx(Key::TouchpointsWord)}</span>
            <button
                class="small"
                disabled=move || place.get().0 == 0
                on:click=move |_| move_by(-1)
                aria-label=move || format!("{}: {}", t(Key::MoveLeft), name.get())
            >
                "←"
            </button>
            <button
                class="small"
                disabled=move || {
                    let (at, len) = place.get();
                    at + 1 >= len
                }
                on:click=move |_| move_by(1)
                aria-label=move || format!("{}: {}", t(Key::MoveRight), name.get())
            >
                "→"
            </button>
            <button
                class="danger small"
                aria-label=move || format!("{}: {}", t(Key::RemoveStage), name.get())
                on:click=move |_| {
                    if used.get_untracked() == 0 { remove() } else { asking.set(true) }
                }
            >
                {tx(Key::RemoveStage)}
            </button>
            <Show when=move || asking.get()>
                <div class="remove-stage" role="group" aria-label=tx(Key::RemoveStage)>
                    <p>
                        {tx(Key::RemoveStageWarning)}" ("{move || used.get()}" "
                        {tx(Key::TouchpointsWord)}")"
                    </p>
                    <button class="danger" on:click=move |_| remove()>
                        {tx(Key::RemoveStage)}
                    </button>
                    <button on:click=move |_| asking.set(false)>{tx(Key::Cancel)}</button>
                </div>
            </Show>
        </li>
    }
}
