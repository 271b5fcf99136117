//! The journey grid's two header rows: the stage bands (each stage's name and summary over its
//! columns, with "+" to add a touchpoint at its end) and the touchpoints (name, channel, and how the
//! customer came in: a forced hand-over stands out, an ordinary change of channel stays quiet).
use super::grid::{cell_id, move_touchpoint, GridFocus, TOUCHPOINT_ROW};
use super::tx;
use super::{app_state, use_t};
use crate::i18n::{band_summary, forced_switch_text, text, Key};
use crate::layout::grid::{self, Columns, Slot, SwitchIn, COLUMN_WIDTH};
use crate::model::{Command, Touchpoint};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// Adds a touchpoint at the end of stage `stage` (on the channel the journey is on there),
/// selects it and puts the focus on its name in the details.
fn add_to_stage(editor: EditorState, stage: usize) {
    let lang = app_state().lang.get_untracked();
    let made = editor.map.with_untracked(|m| {
        let at = stage;
        let stage = m.stages.get(stage)?.id.clone();
        // The channel the customer is on at that point of the journey: the stage's last step's,
        // else the last step's before it, else the map's first channel.
        let before = m
            .journey_order()
            .into_iter()
            .take_while(|t| m.stages.iter().position(|s| s.id == t.stage) <= Some(at))
            .last()
            .map(|t| t.channel.clone());
        let channel = before
            .or_else(|| m.channels.first().map(|c| c.id.clone()))
            .unwrap_or_default();
        let tp = Touchpoint {
            id: platform::new_id(),
            stage: stage.clone(),
            channel,
            name: text(lang, Key::NewTouchpoint).to_string(),
            ..Touchpoint::default()
        };
        let index = m.end_of_stage(&stage, &tp.id);
        Some((tp, index))
    });
    if let Some((touchpoint, index)) = made {
        add_and_name(editor, touchpoint, index);
    }
}

/// Adds a touchpoint right after the one in `column` (same stage and channel): a step at any
/// place of the journey.
pub(super) fn add_after(editor: EditorState, columns: Memo<Columns>, column: usize) {
    let Some(Slot::Touchpoint(i)) = columns.with_untracked(|c| c.slots.get(column).copied()) else {
        return;
    };
    let lang = app_state().lang.get_untracked();
    let Some(after) = editor.map.with_untracked(|m| m.touchpoints.get(i).cloned()) else {
        return;
    };
    let touchpoint = Touchpoint {
        id: platform::new_id(),
        stage: after.stage,
        channel: after.channel,
        name: text(lang, Key::NewTouchpoint).to_string(),
        ..Touchpoint::default()
    };
    add_and_name(editor, touchpoint, i + 1);
}

/// Adds `touchpoint` at list position `index`, selects it and puts the focus on its name.
fn add_and_name(editor: EditorState, touchpoint: Touchpoint, index: usize) {
    let id = touchpoint.id.clone();
    editor.dispatch(Command::AddTouchpoint { touchpoint, index });
    editor.selected.set(Some(id));
    platform::focus_soon(crate::state::TOUCHPOINT_NAME_FIELD.into());
}

/// The row of stage bands: each stage's name over its columns, with a one-line summary.
pub(super) fn stage_bands(
    editor: EditorState,
    columns: Memo<Columns>,
    window: Memo<std::ops::Range<usize>>,
) -> impl IntoView {
    let t = use_t();
    let shown = move || {
        let w = window.get();
        columns.with(|c| {
            c.bands
                .iter()
                .filter(|b| b.columns.start < w.end && b.columns.end > w.start)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="grid-row grid-bands" role="row" aria-rowindex=1>
            <div class="lane-name" role="columnheader">
                {tx(Key::Stage)}
            </div>
            <For each=shown key=|b| (b.stage, b.columns.clone()) let:band>
                {
                    let style = format!(
                        "left:calc(var(--grid-label) + {}px);width:{}px",
                        grid::column_left(band.columns.start),
                        band.columns.len() as f64 * COLUMN_WIDTH,
                    );
                    let stage = band.stage;
                    let name = move || {
                        editor.map.with(|m| m.stages.get(stage).map(|s| s.name.clone()))
                    };
                    let lang = app_state().lang;
                    let summary = move || editor.map.with(|m| band_summary(lang.get(), m, stage));
                    view! {
                        <div
                            class="grid-band"
                            role="columnheader"
                            aria-colindex=band.columns.start + 2
                            aria-colspan=band.columns.len()
                            style=style
                        >
                            <span class="band-name">{name}</span>
                            <span class="band-summary" title=summary>
                                {summary}
                            </span>
                            <button
                                class="band-add small"
                                aria-label=move || {
                                    format!(
                                        "{}: {}",
                                        t(Key::AddTouchpoint),
                                        name().unwrap_or_default(),
                                    )
                                }
                                title=tx(Key::AddTouchpoint)
                                on:click=move |_| add_to_stage(editor, stage)
                            >
                                "+"
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}

/// The row of touchpoints: each column's header, its name and channel.
pub(super) fn touchpoint_heads(
    editor: EditorState,
    columns: Memo<Columns>,
    switches: Memo<Vec<Option<SwitchIn>>>,
    window: Memo<std::ops::Range<usize>>,
    focus: GridFocus,
    marks: Memo<std::collections::BTreeMap<String, crate::analysis::Mark>>,
) -> impl IntoView {
    let shown = move || window.get().collect::<Vec<_>>();
    // The column being dragged (a touchpoint moved by dropping it on another column).
    let dragging = RwSignal::new(None::<usize>);
    view! {
        <div class="grid-row grid-heads" role="row" aria-rowindex=TOUCHPOINT_ROW + 1>
            <div class="lane-name" role="rowheader">
                {tx(Key::LaneTouchpoint)}
            </div>
            <For each=shown key=|c| *c let:column>
                {
                    let slot = move || columns.with(|c| c.slots.get(column).copied());
                    let head = move || {
                        editor
                            .map
                            .with(|m| match slot() {
                                Some(Slot::Touchpoint(i)) => {
                                    m.touchpoints
                                        .get(i)
                                        .map(|tp| {
                                            (
                                                tp.id.clone(),
                                                tp.name.clone(),
                                                m.channel_name(&tp.channel).to_string(),
                                            )
                                        })
                                }
                                _ => None,
                            })
                    };
                    let selected = move || {
                        head()
                            .is_some_and(|(id, _, _)| editor.selected.get().as_deref() == Some(&id))
                    };
                    let tabindex = move || {
                        if focus.active.get() == (TOUCHPOINT_ROW, column) { 0 } else { -1 }
                    };
                    view! {
                        <div
                            class="grid-head"
                            class:selected=selected
                            role="columnheader"
                            id=cell_id(TOUCHPOINT_ROW, column)
                            tabindex=tabindex
                            aria-colindex=column + 2
                            style=format!(
                                "left:calc(var(--grid-label) + {}px)",
                                grid::column_left(column),
                            )
                            draggable=move || head().is_some().to_string()
                            on:dragstart=move |ev| {
                                platform::files::start_drag(&ev);
                                dragging.set(Some(column));
                            }
                            on:dragend=move |_| dragging.set(None)
                            on:dragover=move |ev| {
                                if dragging.get_untracked().is_some() {
                                    ev.prevent_default();
                                }
                            }
                            on:drop=move |ev| {
                                ev.prevent_default();
                                if let Some(from) = dragging.get_untracked() {
                                    dragging.set(None);
                                    drop_on(editor, columns, from, column, focus);
                                }
                            }
                            on:click=move |_| {
                                focus.active.set((TOUCHPOINT_ROW, column));
                                editor.selected.set(head().map(|(id, _, _)| id));
                            }
                            on:keydown=move |ev| {
                                if ev.key() == "Enter" && !ev.shift_key() {
                                    editor.selected.set(head().map(|(id, _, _)| id));
                                }
                            }
                        >
                            {move || match head() {
                                Some((id, name, channel)) => {
                                    let mark = marks.with(|m| m.get(&id).copied()).map(mark_view);
                                    let switch = switches
                                        .with(|s| s.get(column).cloned().flatten());
                                    let forced = matches!(switch, Some(SwitchIn::Forced(_)));
                                    let (above, inline) = if forced {
                                        (Some(switch), None)
                                    } else {
                                        (None, Some(switch))
                                    };
                                    view! {
                                        {above.map(switch_mark)}
                                        {mark}
                                        <span class="head-name">{name}</span>
                                        <span class="head-channel">
                                            {inline.map(switch_mark)}
                                            <span class="channel-name">{channel}</span>
                                        </span>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <span class="head-empty">{tx(Key::NoTouchpoints)}</span>
                                    }
                                        .into_any()
                                }
                            }}
                        </div>
                    }
                }
            </For>
        </div>
    }
}

/// Drops the touchpoint of column `from` on column `to`: it takes that touchpoint's place, or goes
/// to the end of an empty stage; one undo step, the focus following it.
fn drop_on(editor: EditorState, columns: Memo<Columns>, from: usize, to: usize, focus: GridFocus) {
    let slots = columns.with_untracked(|c| (c.slots.get(from).copied(), c.slots.get(to).copied()));
    let (Some(Slot::Touchpoint(i)), Some(target)) = slots else {
        return;
    };
    let step = editor.map.with_untracked(|m| {
        let id = m.touchpoints.get(i)?.id.clone();
        let (stage, index) = match target {
            Slot::Touchpoint(j) => m.place_of(&id, &m.touchpoints.get(j)?.id)?,
            Slot::EmptyStage(s) => {
                let stage = m.stages.get(s)?.id.clone();
                let index = m.end_of_stage(&stage, &id);
                (stage, index)
            }
        };
        Some((id, stage, index))
    });
    let Some((id, stage, index)) = step else {
        return;
    };
    if let Some(column) = move_touchpoint(editor, columns, id, stage, index) {
        focus.active.set((TOUCHPOINT_ROW, column));
        platform::focus_soon(cell_id(TOUCHPOINT_ROW, column));
    }
}

/// The mark of how the customer came into a column: a forced hand-over as a strong badge with its
/// note, an ordinary change of channel as a quiet arrow.
fn switch_mark(switch: Option<SwitchIn>) -> impl IntoView {
    let t = use_t();
    match switch {
        Some(SwitchIn::Forced(note)) => {
            let said = forced_switch_text(app_state().lang.get(), &note);
            view! {
                <span class="switch-in forced" title=said.clone()>
                    "⇄ "
                    {t(Key::ForcedSwitch)}
                    <span class="sr-only">{format!(" ({said})")}</span>
                </span>
            }
            .into_any()
        }
        Some(SwitchIn::Changed) => view! {
            <span class="switch-in" title=t(Key::ChannelChange)>
                "⇄"
                <span class="sr-only">{t(Key::ChannelChange)}</span>
            </span>
        }
        .into_any(),
        None => ().into_any(),
    }
}

/// A head's mark of what changed since the version compared with.
fn mark_view(mark: crate::analysis::Mark) -> impl IntoView {
    use crate::analysis::Mark;
    let (class, key) = match mark {
        Mark::Added => ("head-mark added", Key::MarkAdded),
        Mark::Better => ("head-mark better", Key::MarkBetter),
        Mark::Worse => ("head-mark worse", Key::MarkWorse),
        Mark::Changed => ("head-mark changed", Key::MarkChanged),
    };
    let t = use_t();
    view! { <span class=class>{move || t(key)}</span> }
}
