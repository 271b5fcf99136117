//! The emotion cell edited in place: one choice per persona, on the map's scale (or not set).
//! Enter keeps the choices (one undo step for all of them), Esc leaves them, and so does the
//! focus leaving the cell.
use super::grid::{cell_id, GridFocus};
use super::{app_state, use_t};
use crate::i18n::{emotion_label, signed_decimal, Key};
use crate::model::{Command, Id, Touchpoint};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The in-place editor of a touchpoint's emotions.
pub fn emotion_editor(
    editor: EditorState,
    row: usize,
    column: usize,
    touchpoint: impl Fn() -> Option<Touchpoint> + Copy + Send + Sync + 'static,
    focus: GridFocus,
) -> impl IntoView {
    let t = use_t();
    let lang = app_state().lang;
    let start = touchpoint().map(|tp| tp.emotions).unwrap_or_default();
    let chosen: RwSignal<BTreeMap<Id, i8>> = RwSignal::new(start.clone());
    let (personas, lo, hi) = editor.map.with_untracked(|m| {
        let ps: Vec<(Id, String)> = m
            .personas
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        (ps, m.emotion_scale.min, m.emotion_scale.max)
    });
    let first = format!("{}-edit", cell_id(row, column));
    let done = move |keep: bool| {
        if !focus.end_edit(row, column) {
            return;
        }
        if let (true, Some(tp)) = (keep, touchpoint()) {
            let now = chosen.get_untracked();
            let personas = editor.map.with_untracked(|m| m.personas.clone());
            let steps: Vec<Command> = personas
                .iter()
                .filter(|p| tp.emotions.get(&p.id) != now.get(&p.id))
                .map(|p| Command::SetEmotion {
                    touchpoint: tp.id.clone(),
                    persona: p.id.clone(),
                    value: now.get(&p.id).copied(),
                })
                .collect();
            if !steps.is_empty() {
                editor.dispatch(Command::Batch(steps));
            }
        }
    };
    let cell = cell_id(row, column);
    let fields = personas
        .into_iter()
        .enumerate()
        .map(|(i, (id, name))| {
            let select_id = if i == 0 {
                first.clone()
            } else {
                format!("{cell}-edit-{i}")
            };
            let value = start.get(&id).map(|v| v.to_string()).unwrap_or_default();
            let pid = id.clone();
            let options = std::iter::once((String::new(), t(Key::NotSet).to_string()))
                .chain((lo..=hi).rev().map(|v| {
                    let l = lang.get_untracked();
                    (
                        v.to_string(),
                        format!(
                            "{} {}",
                            signed_decimal(l, v as f64, 0),
                            emotion_label(l, v, lo, hi)
                        ),
                    )
                }))
                .map(|(v, label)| {
                    let selected = v == value;
                    view! {
                        <option value=v selected=selected>
                            {label}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <label class="emotion-choice">
                    <span>{name}</span>
                    <select
                        id=select_id
                        on:change=move |ev| {
                            let v = event_target_value(&ev).parse::<i8>().ok();
                            let pid = pid.clone();
                            chosen
                                .update(|c| match v {
                                    Some(v) => {
                                        c.insert(pid, v);
                                    }
                                    None => {
                                        c.remove(&pid);
                                    }
                                });
                        }
                    >
                        {options}
                    </select>
                </label>
            }
        })
        .collect_view();
    let boxed = NodeRef::<leptos::html::Div>::new();
    boxed.on_load(move |_| platform::focus_soon(first.clone()));
    view! {
        <div
            class="cell-edit emotion-edit"
            node_ref=boxed
            role="group"
            aria-label=move || t(Key::Emotion)
            on:keydown=move |ev| {
                ev.stop_propagation();
                match ev.key().as_str() {
                    "Enter" => {
                        ev.prevent_default();
                        done(true);
                    }
                    "Escape" => {
                        ev.prevent_default();
                        done(false);
                    }
                    _ => {}
                }
            }
            on:focusout=move |ev| {
                let inside = ev
                    .related_target()
                    .zip(boxed.get_untracked())
                    .is_some_and(|(to, el)| platform::contains(&el, &to));
                if !inside {
                    done(true);
                }
            }
        >
            {fields}
        </div>
    }
}
