//! The journey grid's cells: what each lane shows for a touchpoint, text edited in place (Enter or
//! a double click; Enter or Tab commits, Esc leaves it), and the emotion lane's lines, drawn for
//! the columns on screen only.
use super::grid::{cell_id, GridFocus};
use super::grid_points::{emotion_points, point_id, CURVE_PAD};
use super::{app_state, use_t};
use crate::chart::PERSONA_COLOURS;
use crate::i18n::{lane_lines, Key};
use crate::layout::grid::{self, Columns, Slot, SwitchIn, COLUMN_WIDTH, EMOTION_HEIGHT};
use crate::model::{Command, Lane, Touchpoint};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// Whether a lane's text is edited in place (the others open the touchpoint's details).
fn edits_in_place(lane: Lane) -> bool {
    matches!(
        lane,
        Lane::CustomerAction
            | Lane::Thoughts
            | Lane::Emotion
            | Lane::Owner
            | Lane::Systems
            | Lane::Opportunities
    )
}

/// A lane's text as the in-place editor shows it, and the touchpoint with that text put back.
fn field_text(lane: Lane, t: &Touchpoint) -> String {
    match lane {
        Lane::CustomerAction => t.customer_action.clone(),
        Lane::Thoughts => t.thoughts.clone(),
        Lane::Owner => t.owner.clone(),
        Lane::Systems | Lane::Opportunities => cell_list(lane, t).join("\n"),
        _ => String::new(),
    }
}

fn cell_list(lane: Lane, t: &Touchpoint) -> Vec<String> {
    match lane {
        Lane::Systems => t.systems.clone(),
        _ => t.opportunities.clone(),
    }
}

fn with_text(lane: Lane, mut t: Touchpoint, value: &str) -> Touchpoint {
    let items = || {
        value
            .split(['\n', ','])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    match lane {
        Lane::CustomerAction => t.customer_action = value.trim().to_string(),
        Lane::Thoughts => t.thoughts = value.trim().to_string(),
        Lane::Owner => t.owner = value.trim().to_string(),
        Lane::Systems => t.systems = items(),
        Lane::Opportunities => {
            t.opportunities = value
                .lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        }
        _ => {}
    }
    t
}

/// One cell: a lane's content for the touchpoint in `column`.
#[component]
pub fn LaneCell(
    editor: EditorState,
    lane: Lane,
    row: usize,
    column: usize,
    columns: Memo<Columns>,
    focus: GridFocus,
) -> impl IntoView {
    let lang = app_state().lang;
    let index = move || match columns.with(|c| c.slots.get(column).copied()) {
        Some(Slot::Touchpoint(i)) => Some(i),
        _ => None,
    };
    let touchpoint =
        move || index().and_then(|i| editor.map.with(|m| m.touchpoints.get(i).cloned()));
    let lines = move || {
        let lang = lang.get();
        editor
            .map
            .with(|m| match index().and_then(|i| m.touchpoints.get(i)) {
                Some(t) => lane_lines(lang, lane, t, m),
                None => Vec::new(),
            })
    };
    let editing = move || focus.editing.get() == Some((row, column));
    // The touchpoint's id alone (a cell's selection follows every change: no copy of the record).
    let id = move || {
        index().and_then(|i| {
            editor
                .map
                .with(|m| m.touchpoints.get(i).map(|t| t.id.clone()))
        })
    };
    let select = move || editor.selected.set(id());
    let start = move || {
        if index().is_none() {
            return;
        }
        if edits_in_place(lane) {
            focus.editing.set(Some((row, column)));
            if lane == Lane::Emotion {
                platform::focus_soon(point_id(row, column, 0));
            }
        } else {
            select();
        }
    };
    let tabindex = move || {
        if focus.active.get() == (row, column) {
            0
        } else {
            -1
        }
    };
    view! {
        <div
            class="grid-cell"
            class:selected=move || {
                id().is_some_and(|id| editor.selected.get().as_deref() == Some(&id))
            }
            role="gridcell"
            id=cell_id(row, column)
            tabindex=tabindex
            aria-colindex=column + 2
            style=format!("left:calc(var(--grid-label) + {}px)", grid::column_left(column))
            on:click=move |_| {
                focus.active.set((row, column));
                select();
            }
            on:dblclick=move |_| start()
            on:keydown=move |ev| {
                if !editing() && (ev.key() == "Enter" || ev.key() == "F2") {
                    ev.prevent_default();
                    start();
                }
            }
        >
            {move || {
                if lane == Lane::Emotion {
                    emotion_points(editor, row, column, touchpoint, focus).into_any()
                } else if editing() {
                    cell_editor(editor, lane, row, column, touchpoint, focus).into_any()
                } else {
                    // The curve is drawn for the eye; its points are sliders for the keyboard
                    // and screen readers.
                    view! {
                        <ul class="cell-lines">
                            {lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// The in-place editor of a cell's text: Enter (or Tab, or leaving it) commits, Shift+Enter starts
/// a new line, Esc leaves it unchanged.
fn cell_editor(
    editor: EditorState,
    lane: Lane,
    row: usize,
    column: usize,
    touchpoint: impl Fn() -> Option<Touchpoint> + Copy + Send + Sync + 'static,
    focus: GridFocus,
) -> impl IntoView {
    let t = use_t();
    let input = NodeRef::<leptos::html::Textarea>::new();
    let initial = touchpoint()
        .map(|tp| field_text(lane, &tp))
        .unwrap_or_default();
    input.on_load(move |_| platform::focus_soon(format!("{}-edit", cell_id(row, column))));
    let done = move |commit: bool| {
        if !focus.end_edit(row, column) {
            return;
        }
        if let (true, Some(tp), Some(el)) = (commit, touchpoint(), input.get_untracked()) {
            let changed = with_text(lane, tp.clone(), &el.value());
            if changed != tp {
                editor.dispatch(Command::UpdateTouchpoint(changed));
            }
        }
    };
    view! {
        <textarea
            class="cell-edit"
            id=format!("{}-edit", cell_id(row, column))
            node_ref=input
            aria-label=move || t(
                match lane {
                    Lane::CustomerAction => Key::CustomerAction,
                    Lane::Thoughts => Key::Thoughts,
                    Lane::Owner => Key::Owner,
                    Lane::Systems => Key::Systems,
                    _ => Key::Opportunities,
                },
            )
            prop:value=initial
            on:keydown=move |ev| {
                ev.stop_propagation();
                match ev.key().as_str() {
                    "Enter" if !ev.shift_key() => {
                        ev.prevent_default();
                        done(true);
                    }
                    "Tab" => done(true),
                    "Escape" => {
                        ev.prevent_default();
                        done(false);
                    }
                    _ => {}
                }
            }
            on:blur=move |_| done(true)
        ></textarea>
    }
}

/// The emotion lane's lines: one per persona through its points on the columns' centres, over the
/// columns on screen (and one more each side, so lines run in from off screen), with the neutral
/// line and light tints above and below it.
#[component]
pub fn EmotionLine(
    editor: EditorState,
    columns: Memo<Columns>,
    switches: Memo<Vec<Option<SwitchIn>>>,
    window: Memo<std::ops::Range<usize>>,
) -> impl IntoView {
    let span = move || {
        let w = window.get();
        let count = columns.with(Columns::len);
        w.start.saturating_sub(1)..(w.end + 1).min(count)
    };
    let height = EMOTION_HEIGHT;
    // The map compared with (a future-state copy and its original, say): its first persona's
    // emotions by touchpoint id, drawn dashed on the same columns.
    let overlay = Memo::new(move |_| {
        let other = editor.compare.get()?;
        editor.map.with(|m| {
            let (ov, _) = super::curve_tools::comparison_of(m, &other);
            let by_id: std::collections::HashMap<String, i8> = m
                .journey_order()
                .iter()
                .zip(ov.values)
                .filter_map(|(t, v)| Some((t.id.clone(), v?)))
                .collect();
            Some(by_id)
        })
    });
    let compared = move || {
        let span = span();
        let origin = grid::column_left(span.start);
        let points: Vec<String> = overlay.with(|o| {
            let Some(o) = o else {
                return Vec::new();
            };
            editor.map.with(|m| {
                let (min, max) = (m.emotion_scale.min as f64, m.emotion_scale.max as f64);
                columns.with(|cols| {
                    span.clone()
                        .filter_map(|col| match cols.slots.get(col) {
                            Some(Slot::Touchpoint(i)) => {
                                let v = *o.get(&m.touchpoints.get(*i)?.id)?;
                                let y = grid::emotion_y(v as f64, min, max, height, CURVE_PAD);
                                let x = grid::column_centre(col) - origin;
                                Some(format!("{x:.1},{y:.1}"))
                            }
                            _ => None,
                        })
                        .collect()
                })
            })
        });
        (!points.is_empty()).then(|| view! { <polyline class="overlay" points=points.join(" ") /> })
    };
    let drawing = move || {
        let span = span();
        let origin = grid::column_left(span.start);
        editor.map.with(|m| {
            let (min, max) = (m.emotion_scale.min as f64, m.emotion_scale.max as f64);
            let y = |v: f64| grid::emotion_y(v, min, max, height, CURVE_PAD);
            let lines: Vec<(String, String, Vec<(f64, f64)>)> = m
                .personas
                .iter()
                .enumerate()
                .map(|(p, persona)| {
                    let c = PERSONA_COLOURS[p % PERSONA_COLOURS.len()];
                    let colour = format!("rgb({},{},{})", c.0, c.1, c.2);
                    let points = columns.with(|cols| {
                        span.clone()
                            .filter_map(|col| match cols.slots.get(col) {
                                Some(Slot::Touchpoint(i)) => {
                                    let v = *m.touchpoints.get(*i)?.emotions.get(&persona.id)?;
                                    Some((grid::column_centre(col) - origin, y(v as f64)))
                                }
                                _ => None,
                            })
                            .collect()
                    });
                    (persona.id.clone(), colour, points)
                })
                .collect();
            (y((min + max) / 2.0), lines)
        })
    };
    let style = move || {
        let span = span();
        format!(
            "left:calc(var(--grid-label) + {}px);width:{}px;height:{height}px",
            grid::column_left(span.start),
            span.len() as f64 * COLUMN_WIDTH
        )
    };
    view! {
        <svg class="grid-curve" aria-hidden="true" style=style>
            {move || {
                let (neutral, lines) = drawing();
                let w = span().len() as f64 * COLUMN_WIDTH;
                let span_now = span();
                let origin = grid::column_left(span_now.start);
                let forced = switches
                    .get()
                    .into_iter()
                    .enumerate()
                    .filter(|(col, s)| {
                        span_now.contains(col) && matches!(s, Some(SwitchIn::Forced(_)))
                    })
                    .map(|(col, _)| {
                        let x = grid::column_left(col) - origin;
                        // A forced hand-over: a strong line between the two steps, as on the curve.
                        view! { <line class="forced-switch" x1=x x2=x y1="4" y2=height - 4.0 /> }
                    })
                    .collect_view();
                let marks = lines
                    .into_iter()
                    .enumerate()
                    .map(|(p, (id, colour, points))| {
                        let path: Vec<String> = points
                            .iter()
                            .map(|(x, y)| format!("{x:.1},{y:.1}"))
                            .collect();
                        let dots = points
                            .into_iter()
                            .map(|(x, y)| marker(p, x, y, &colour))
                            .collect_view();
                        view! {
                            <g class="persona-line" data-persona=id>
                                <polyline
                                    points=path.join(" ")
                                    fill="none"
                                    stroke=colour.clone()
                                    stroke-width="2.5"
                                />
                                {dots}
                            </g>
                        }
                    })
                    .collect_view();
                view! {
                    <rect class="tint-positive" x="0" y="0" width=w height=neutral />
                    <rect class="tint-negative" x="0" y=neutral width=w height=height - neutral />
                    <line class="neutral" x1="0" x2=w y1=neutral y2=neutral />
                    {forced}
                    {compared()}
                    {marks}
                }
            }}
        </svg>
    }
}

/// A persona's point: a circle, square, diamond or triangle (shape as well as colour tells the
/// personas apart).
fn marker(persona: usize, x: f64, y: f64, colour: &str) -> impl IntoView {
    let r = 6.0;
    let points = match persona % 4 {
        1 => format!(
            "{},{} {},{} {},{} {},{}",
            x - r,
            y - r,
            x + r,
            y - r,
            x + r,
            y + r,
            x - r,
            y + r
        ),
        2 => format!(
            "{x},{} {},{y} {x},{} {},{y}",
            y - r - 1.0,
            x + r + 1.0,
            y + r + 1.0,
            x - r - 1.0
        ),
        3 => format!(
            "{x},{} {},{} {},{}",
            y - r - 1.0,
            x + r + 1.0,
            y + r,
            x - r - 1.0,
            y + r
        ),
        _ => String::new(),
    };
    if points.is_empty() {
        view! { <circle class="point" cx=x cy=y r=r fill=colour.to_string() /> }.into_any()
    } else {
        view! { <polygon class="point" points=points fill=colour.to_string() /> }.into_any()
    }
}
