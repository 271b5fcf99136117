//! The journey grid: stage bands across the top, one column per touchpoint in journey order, the
//! map's lanes as rows (the emotion curve's points on the columns' centres), the line of visibility
//! above the backstage lanes. It scrolls inside its own box and builds only the columns on screen
//! (`layout::grid`); arrow keys move between cells as in a spreadsheet (the ARIA grid pattern).
use super::grid_cells::{EmotionLine, LaneCell};
use super::{app_state, use_t};
use crate::i18n::{band_summary, lane_name, text, Key};
use crate::layout::grid::{self, Columns, Slot, SwitchIn, COLUMN_WIDTH, LABEL_WIDTH};
use crate::model::{Command, Lane, Touchpoint};
use crate::platform;
use crate::state::{set_if_changed, EditorState};
use leptos::prelude::*;

/// Columns built beyond each side of the view, so a scroll shows content before the next frame.
const OVERSCAN: usize = 2;

/// Row numbers: the stage bands, the touchpoints, then the lanes.
const TOUCHPOINT_ROW: usize = 1;

/// The cell with the keyboard focus, and the one being edited.
#[derive(Clone, Copy)]
pub struct GridFocus {
    /// (row, column) of the cell that takes the focus when the grid is tabbed into.
    pub active: RwSignal<(usize, usize)>,
    /// The cell whose text is being edited in place, if any.
    pub editing: RwSignal<Option<(usize, usize)>>,
}

/// The id of a cell's element (focused by arrow keys).
pub fn cell_id(row: usize, column: usize) -> String {
    format!("grid-{row}-{column}")
}

/// The journey grid of the open map.
#[component]
pub fn JourneyGrid(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let columns = Memo::new(move |_| editor.map.with(Columns::of));
    let lanes = Memo::new(move |_| editor.map.with(|m| m.lanes.shown()));
    let line_at = Memo::new(move |_| editor.map.with(|m| m.lanes.line_of_visibility()));
    let scroll = RwSignal::new(0.0);
    let width = RwSignal::new(1200.0);
    let window = Memo::new(move |_| {
        let view = (width.get() - LABEL_WIDTH).max(0.0);
        grid::visible_columns(scroll.get(), view, columns.with(Columns::len), OVERSCAN)
    });
    let focus = GridFocus {
        active: RwSignal::new((TOUCHPOINT_ROW, 0)),
        editing: RwSignal::new(None),
    };
    let boxed = NodeRef::<leptos::html::Div>::new();
    let throttle = platform::FrameThrottle::new();
    let measure = move || {
        if let Some(el) = boxed.get_untracked() {
            let (left, w) = platform::scroll_box(&el);
            set_if_changed(scroll, left);
            set_if_changed(width, w);
        }
    };
    boxed.on_load(move |el| {
        platform::on_resize_of(&el, move || throttle.request(measure));
        measure();
    });
    let rows = move || lanes.with(Vec::len) + TOUCHPOINT_ROW + 1;
    let move_to = move |row: usize, column: usize| {
        let count = columns.with(Columns::len);
        if count == 0 {
            return;
        }
        let (row, column) = (row.clamp(TOUCHPOINT_ROW, rows() - 1), column.min(count - 1));
        focus.active.set((row, column));
        if let Some(el) = boxed.get_untracked() {
            let (left, w) = platform::scroll_box(&el);
            let view = (w - LABEL_WIDTH).max(COLUMN_WIDTH);
            let x = grid::column_left(column);
            if x < left {
                platform::scroll_box_to(&el, x);
            } else if x + COLUMN_WIDTH > left + view {
                platform::scroll_box_to(&el, x + COLUMN_WIDTH - view);
            }
        }
        measure();
        platform::focus_soon(cell_id(row, column));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if focus.editing.get_untracked().is_some() {
            return;
        }
        let (row, column) = focus.active.get_untracked();
        // Alt + ← / → on a touchpoint moves it along the journey (across stages), one undo step.
        let key = ev.key();
        if ev.alt_key() && row == TOUCHPOINT_ROW && (key == "ArrowLeft" || key == "ArrowRight") {
            ev.prevent_default();
            if let Some(to) = move_along(editor, columns, column, key == "ArrowRight") {
                move_to(TOUCHPOINT_ROW, to);
            }
            return;
        }
        let last = columns.with_untracked(Columns::len).saturating_sub(1);
        let target = match ev.key().as_str() {
            "ArrowRight" => (row, column + 1),
            "ArrowLeft" => (row, column.saturating_sub(1)),
            "ArrowDown" => (row + 1, column),
            "ArrowUp" => (row.saturating_sub(1), column),
            "Home" => (row, 0),
            "End" => (row, last),
            _ => return,
        };
        ev.prevent_default();
        move_to(target.0, target.1);
    };
    let inner_width = move || {
        format!(
            "width:calc(var(--grid-label) + {}px)",
            columns.with(Columns::len) as f64 * COLUMN_WIDTH
        )
    };
    view! {
        <div
            class="grid-scroll"
            node_ref=boxed
            role="grid"
            aria-label=move || t(Key::JourneyGrid)
            aria-rowcount=rows
            aria-colcount=move || columns.with(Columns::len) + 1
            on:scroll=move |_| throttle.request(measure)
            on:keydown=on_key
        >
            <div class="grid-inner" style=inner_width>
                {stage_bands(editor, columns, window)}
                {touchpoint_heads(editor, columns, window, focus)}
                <For
                    each=move || lanes.get().into_iter().enumerate()
                    key=|(i, l)| (*i, *l)
                    let:item
                >
                    {
                        let (i, lane) = item;
                        let row = TOUCHPOINT_ROW + 1 + i;
                        let below = move || line_at.get() == Some(i);
                        view! {
                            <LaneRow
                                editor
                                lane
                                row
                                columns
                                window
                                focus
                                below=Signal::derive(below)
                            />
                        }
                    }
                </For>
            </div>
        </div>
    }
}

/// Moves the touchpoint in `column` one step along the journey; its new column.
fn move_along(
    editor: EditorState,
    columns: Memo<Columns>,
    column: usize,
    forward: bool,
) -> Option<usize> {
    let Some(Slot::Touchpoint(i)) = columns.with_untracked(|c| c.slots.get(column).copied()) else {
        return None;
    };
    let id = editor
        .map
        .with_untracked(|m| m.touchpoints.get(i).map(|t| t.id.clone()))?;
    let (stage, index) = editor
        .map
        .with_untracked(|m| m.step_in_journey(&id, forward))?;
    editor.dispatch(Command::MoveTouchpoint {
        id: id.clone(),
        stage,
        index,
    });
    editor.map.with_untracked(|m| {
        let at = m.touchpoints.iter().position(|t| t.id == id)?;
        Columns::of(m).column_of(at)
    })
}

/// Adds a touchpoint at the end of stage `stage` (on the channel of the stage's last touchpoint,
/// else the map's first), selects it and puts the focus on its name in the details.
fn add_to_stage(editor: EditorState, stage: usize) {
    let lang = app_state().lang.get_untracked();
    let made = editor.map.with_untracked(|m| {
        let stage = m.stages.get(stage)?.id.clone();
        let channel = m
            .touchpoints_of(&stage)
            .last()
            .map(|t| t.channel.clone())
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
    let Some((touchpoint, index)) = made else {
        return;
    };
    let id = touchpoint.id.clone();
    editor.dispatch(Command::AddTouchpoint { touchpoint, index });
    editor.selected.set(Some(id));
    platform::focus_soon(crate::state::TOUCHPOINT_NAME_FIELD.into());
}

/// The row of stage bands: each stage's name over its columns, with a one-line summary.
fn stage_bands(
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
                {move || t(Key::Stage)}
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
                            <span class="band-summary">{summary}</span>
                            <button
                                class="band-add small"
                                aria-label=move || {
                                    format!(
                                        "{}: {}",
                                        t(Key::AddTouchpoint),
                                        name().unwrap_or_default(),
                                    )
                                }
                                title=move || t(Key::AddTouchpoint)
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
fn touchpoint_heads(
    editor: EditorState,
    columns: Memo<Columns>,
    window: Memo<std::ops::Range<usize>>,
    focus: GridFocus,
) -> impl IntoView {
    let t = use_t();
    let shown = move || window.get().collect::<Vec<_>>();
    let switches =
        Memo::new(move |_| columns.with(|c| editor.map.with(|m| grid::switches_into(m, c))));
    view! {
        <div class="grid-row grid-heads" role="row" aria-rowindex=TOUCHPOINT_ROW + 1>
            <div class="lane-name" role="rowheader">
                {move || t(Key::LaneTouchpoint)}
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
                            on:click=move |_| {
                                focus.active.set((TOUCHPOINT_ROW, column));
                                editor.selected.set(head().map(|(id, _, _)| id));
                            }
                            on:keydown=move |ev| {
                                if ev.key() == "Enter" {
                                    editor.selected.set(head().map(|(id, _, _)| id));
                                }
                            }
                        >
                            {move || match head() {
                                Some((_, name, channel)) => {
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
                                        <span class="head-name">{name}</span>
                                        <span class="head-channel">
                                            {inline.map(switch_mark)}{channel}
                                        </span>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <span class="head-empty">
                                            {move || t(Key::NoTouchpoints)}
                                        </span>
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

/// The mark of how the customer came into a column: a forced hand-over as a strong badge with its
/// note, an ordinary change of channel as a quiet arrow.
fn switch_mark(switch: Option<SwitchIn>) -> impl IntoView {
    let t = use_t();
    match switch {
        Some(SwitchIn::Forced(note)) => {
            let said = if note.is_empty() {
                t(Key::ForcedSwitch).to_string()
            } else {
                format!("{}: {note}", t(Key::ForcedSwitch))
            };
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

/// One lane: its name (sticky on the left) and its cell in every column on screen.
#[component]
fn LaneRow(
    editor: EditorState,
    lane: Lane,
    row: usize,
    columns: Memo<Columns>,
    window: Memo<std::ops::Range<usize>>,
    focus: GridFocus,
    below: Signal<bool>,
) -> impl IntoView {
    let lang = app_state().lang;
    let filled = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.touchpoints.iter().any(|t| lane.has_content(t, m)))
    });
    let style = move || format!("height:{}px", grid::lane_height(lane, filled.get()));
    let shown = move || window.get().collect::<Vec<_>>();
    view! {
        <div
            class="grid-row grid-lane"
            class:below-line=below
            class:empty-lane=move || !filled.get()
            role="row"
            aria-rowindex=row + 1
            style=style
        >
            <div class="lane-name" role="rowheader">
                {move || {
                    below
                        .get()
                        .then(|| {
                            view! {
                                <span class="visibility-line">
                                    {text(lang.get(), Key::LineOfVisibility)}
                                </span>
                            }
                        })
                }}
                {move || lane_name(lang.get(), lane)}
            </div>
            {(lane == Lane::Emotion).then(|| view! { <EmotionLine editor columns window /> })}
            <For each=shown key=|c| *c let:column>
                <LaneCell editor lane row column columns focus />
            </For>
        </div>
    }
}
