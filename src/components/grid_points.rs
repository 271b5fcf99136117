//! The emotion lane's points as sliders (`role="slider"`, named with their touchpoint and saying
//! its pain points and exit): one per persona on the column's centre. Enter on the cell (or a
//! pointer on a point) takes the keyboard into them: ↑/→ raise and ↓/← lower by one step (each one
//! command, one undo step), Home/End go to the scale's ends, Delete clears, Tab goes to the next
//! persona's point, Esc or Enter goes back to the cell. A drag moves only a preview; release
//! dispatches one command.
use super::app_state;
use super::grid::{cell_id, GridFocus};
use crate::i18n::point_words;
use crate::layout::grid::{self, COLUMN_WIDTH, EMOTION_HEIGHT};
use crate::model::{Command, Touchpoint};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// Pixels kept free above the highest and below the lowest emotion.
pub const CURVE_PAD: f64 = 18.0;

/// The element id of persona `persona`'s point in cell (`row`, `column`).
pub fn point_id(row: usize, column: usize, persona: usize) -> String {
    format!("{}-p{persona}", cell_id(row, column))
}

/// Every persona's point in one emotion cell.
pub fn emotion_points(
    editor: EditorState,
    row: usize,
    column: usize,
    touchpoint: impl Fn() -> Option<Touchpoint> + Copy + Send + Sync + 'static,
    focus: GridFocus,
) -> impl IntoView {
    // Rebuilt only when personas come or go (a point may hold the keyboard focus).
    let personas = Memo::new(move |_| editor.map.with(|m| m.personas.len()));
    // An empty stage's column has no point.
    let here = Memo::new(move |_| touchpoint().is_some());
    move || {
        let count = if here.get() { personas.get() } else { 0 };
        (0..count)
            .map(|p| point_slider(editor, row, column, p, touchpoint, focus))
            .collect_view()
    }
}

/// What one point shows: (touchpoint id, persona id, value, scale min, scale max, name, text).
type PointFacts = (String, String, Option<i8>, i8, i8, String, String);

fn point_slider(
    editor: EditorState,
    row: usize,
    column: usize,
    persona: usize,
    touchpoint: impl Fn() -> Option<Touchpoint> + Copy + Send + Sync + 'static,
    focus: GridFocus,
) -> impl IntoView {
    let lang = app_state().lang;
    let facts = Memo::new(move |_| -> Option<PointFacts> {
        let tp = touchpoint()?;
        let l = lang.get();
        editor.map.with(|m| {
            let who = m.personas.get(persona)?;
            let (name, said) = point_words(l, m, &tp, persona);
            let (lo, hi) = (m.emotion_scale.min, m.emotion_scale.max);
            let value = tp.emotions.get(&who.id).copied();
            Some((tp.id, who.id.clone(), value, lo, hi, name, said))
        })
    });
    // The value a drag would set, while it lasts.
    let preview = RwSignal::new(None::<i8>);
    let editing = move || focus.editing.get() == Some((row, column));
    let set = move |value: Option<i8>| {
        if let Some((tp, who, now, ..)) = facts.get_untracked() {
            if now != value {
                editor.dispatch(Command::SetEmotion {
                    touchpoint: tp,
                    persona: who,
                    value,
                });
            }
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some((_, _, now, lo, hi, ..)) = facts.get_untracked() else {
            return;
        };
        // An unset point starts from the scale's middle.
        let mid = ((lo as i16 + hi as i16) / 2) as i8;
        let step = |d: i8| Some(now.map_or(mid, |v| v.saturating_add(d).clamp(lo, hi)));
        let value = match ev.key().as_str() {
            "ArrowUp" | "ArrowRight" => step(1),
            "ArrowDown" | "ArrowLeft" => step(-1),
            "PageUp" => step(2),
            "PageDown" => step(-2),
            "Home" => Some(lo),
            "End" => Some(hi),
            "Delete" | "Backspace" => None,
            // Escape during a drag cancels it (nothing changes).
            "Escape" if preview.get_untracked().is_some() => {
                ev.prevent_default();
                ev.stop_propagation();
                preview.set(None);
                return;
            }
            "Escape" | "Enter" => {
                ev.prevent_default();
                ev.stop_propagation();
                focus.end_edit(row, column);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        ev.stop_propagation();
        set(value);
    };
    let slider = NodeRef::<leptos::html::Span>::new();
    let pointer_value = move |client_y: i32| {
        let el = slider.get_untracked()?;
        let y = platform::pointer_y_in_parent(&el, client_y)?;
        let (_, _, _, lo, hi, ..) = facts.get_untracked()?;
        Some(grid::emotion_at(y, lo, hi, EMOTION_HEIGHT, CURVE_PAD))
    };
    let style = move || {
        facts.with(|f| {
            let Some((_, _, now, lo, hi, ..)) = f else {
                return String::new();
            };
            let mid = (*lo as f64 + *hi as f64) / 2.0;
            let v = preview
                .get()
                .map(f64::from)
                .or(now.map(f64::from))
                .unwrap_or(mid);
            let y = grid::emotion_y(v, *lo as f64, *hi as f64, EMOTION_HEIGHT, CURVE_PAD);
            format!("left:{}px;top:{}px", COLUMN_WIDTH / 2.0 - 12.0, y - 12.0)
        })
    };
    view! {
        <span
            class="grid-point"
            class:unset=move || facts.with(|f| f.as_ref().is_some_and(|f| f.2.is_none()))
            class:dragging=move || preview.get().is_some()
            node_ref=slider
            id=point_id(row, column, persona)
            role="slider"
            tabindex=move || if editing() { 0 } else { -1 }
            style=style
            aria-label=move || facts.with(|f| f.as_ref().map(|f| f.5.clone()))
            aria-valuetext=move || facts.with(|f| f.as_ref().map(|f| f.6.clone()))
            aria-valuemin=move || facts.with(|f| f.as_ref().map(|f| f.3))
            aria-valuemax=move || facts.with(|f| f.as_ref().map(|f| f.4))
            aria-valuenow=move || facts.with(|f| f.as_ref().and_then(|f| f.2))
            on:keydown=on_key
            on:pointerdown=move |ev| {
                ev.prevent_default();
                ev.stop_propagation();
                if let Some(el) = slider.get_untracked() {
                    platform::capture_pointer(&el, ev.pointer_id());
                }
                focus.active.set((row, column));
                focus.editing.set(Some((row, column)));
                platform::focus_soon(point_id(row, column, persona));
                preview.set(pointer_value(ev.client_y()));
            }
            on:pointermove=move |ev| {
                if preview.get_untracked().is_some() {
                    set_if_new(preview, pointer_value(ev.client_y()));
                }
            }
            on:pointerup=move |_| {
                if let Some(v) = preview.get_untracked() {
                    preview.set(None);
                    set(Some(v));
                }
            }
            on:pointercancel=move |_| preview.set(None)
            on:click=move |ev| ev.stop_propagation()
            on:focusout=move |ev| {
                let to_point = ev
                    .related_target()
                    .zip(
                        slider.try_get_untracked().flatten().and_then(|el| platform::parent_of(&el)),
                    )
                    .is_some_and(|(to, cell)| platform::contains(&cell, &to));
                if !to_point && focus.editing.try_get_untracked() == Some(Some((row, column))) {
                    focus.editing.set(None);
                }
            }
        ></span>
    }
}

fn set_if_new(signal: RwSignal<Option<i8>>, value: Option<i8>) {
    if value.is_some() && signal.get_untracked() != value {
        signal.set(value);
    }
}
