//! The journey grid: stage bands across the top, one column per touchpoint in journey order, the
//! map's lanes as rows (the emotion curve's points on the columns' centres), the line of visibility
//! above the backstage lanes. It scrolls inside its own box and builds only the columns on screen
//! (`layout::grid`); arrow keys move between cells as in a spreadsheet (the ARIA grid pattern).
use super::app_state;
use super::grid_cells::{EmotionLine, LaneCell};
use super::grid_heads::{add_after, stage_bands, touchpoint_heads};
use super::tx;
use crate::i18n::{lane_name, text, Key};
use crate::layout::grid::{self, Columns, Slot, SwitchIn, COLUMN_WIDTH, LABEL_WIDTH};
use crate::model::{Command, Id, Lane};
use crate::platform;
use crate::state::{set_if_changed, EditorState};
use leptos::prelude::*;

/// Columns built beyond each side of the view, so a scroll shows content before the next frame.
const OVERSCAN: usize = 2;

/// Row numbers: the stage bands, the touchpoints, then the lanes.
pub(super) const TOUCHPOINT_ROW: usize = 1;

/// The cell with the keyboard focus, and the one being edited.
#[derive(Clone, Copy)]
pub struct GridFocus {
    /// (row, column) of the cell that takes the focus when the grid is tabbed into.
    pub active: RwSignal<(usize, usize)>,
    /// The cell whose text is being edited in place, if any.
    pub editing: RwSignal<Option<(usize, usize)>>,
}

impl GridFocus {
    /// Ends the edit of cell (`row`, `column`) and puts the focus back on the cell; `false` when
    /// that cell was not being edited (its edit already ended: Enter, then the blur it causes).
    pub fn end_edit(&self, row: usize, column: usize) -> bool {
        if self.editing.get_untracked() != Some((row, column)) {
            return false;
        }
        self.editing.set(None);
        platform::focus_soon(cell_id(row, column));
        true
    }
}

/// The id of a cell's element (focused by arrow keys).
pub fn cell_id(row: usize, column: usize) -> String {
    format!("grid-{row}-{column}")
}

/// The (row, column) of a cell's element id (`None` for any other id, such as an editor's).
fn cell_at(id: &str) -> Option<(usize, usize)> {
    let (row, column) = id.strip_prefix("grid-")?.split_once('-')?;
    Some((row.parse().ok()?, column.parse().ok()?))
}

/// The journey grid of the open map.
#[component]
pub fn JourneyGrid(editor: EditorState) -> impl IntoView {
    let columns = Memo::new(move |_| {
        editor.filter.with(|f| {
            let f = f.as_ref().map(|(s, c)| (s.as_str(), c.as_str()));
            editor.map.with(|m| Columns::of_matching(m, f))
        })
    });
    let lanes = Memo::new(move |_| editor.map.with(|m| m.lanes.shown()));
    let line_at = Memo::new(move |_| editor.map.with(|m| m.lanes.line_of_visibility()));
    // How the customer comes into each column: the headers' marks and the emotion lane's lines.
    let switches =
        Memo::new(move |_| columns.with(|c| editor.map.with(|m| grid::switches_into(m, c))));
    // What changed since the version compared with (a snapshot, another map): a mark per head.
    let marks = Memo::new(move |_| {
        editor
            .compare
            .with(|c| {
                c.as_ref()
                    .map(|old| editor.map.with(|m| crate::analysis::marks(old, m)))
            })
            .unwrap_or_default()
    });
    let scroll = RwSignal::new(0.0);
    let width = RwSignal::new(grid::grid_box_guess(platform::window_width()));
    // A printout has every column, not only those on screen.
    let printing = RwSignal::new(false);
    // Only a grid on the page is printed (one built ahead, off it, stays windowed).
    let boxed = NodeRef::<leptos::html::Div>::new();
    platform::on_print(move |p| {
        printing.set(
            p && boxed
                .get_untracked()
                .is_some_and(|el| platform::is_on_page(&el)),
        )
    });
    let window = Memo::new(move |_| {
        if printing.get() {
            return 0..columns.with(Columns::len);
        }
        let view = (width.get() - LABEL_WIDTH).max(0.0);
        grid::visible_columns(scroll.get(), view, columns.with(Columns::len), OVERSCAN)
    });
    let focus = GridFocus {
        active: RwSignal::new((TOUCHPOINT_ROW, 0)),
        editing: RwSignal::new(None),
    };
    let throttle = platform::FrameThrottle::new();
    let measure = move || {
        if let Some(el) = boxed.get_untracked() {
            let (left, w) = platform::scroll_box(&el);
            // A box with no width is not laid out (built ahead, off the page): the guess stands.
            if w > 0.0 {
                set_if_changed(scroll, left);
                set_if_changed(width, w);
            }
        }
    };
    // Measured once laid out: the observer's first call comes after the first layout (reading
    // the box's size while the editor is still being built forced a layout of the whole page in
    // the open's task, ≈ 8 ms, and another after it); until then the guess above stands.
    boxed.on_load(move |el| platform::on_resize_of(&el, move || throttle.request(measure)));
    // A touchpoint selected from elsewhere (an insight, the plan) scrolls into view: the grid's
    // box is the outside world here.
    Effect::new(move |_| {
        let Some(id) = editor.selected.get() else {
            return;
        };
        let index = editor
            .map
            .with_untracked(|m| m.touchpoints.iter().position(|t| t.id == id));
        let Some(column) = index.and_then(|i| columns.with_untracked(|c| c.column_of(i))) else {
            return;
        };
        if let Some(el) = boxed.get_untracked() {
            let (left, w) = platform::scroll_box(&el);
            let x = grid::column_left(column);
            if x < left || x + COLUMN_WIDTH > left + (w - LABEL_WIDTH).max(COLUMN_WIDTH) {
                platform::scroll_box_to(&el, (x - COLUMN_WIDTH).max(0.0));
                measure();
            }
        }
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
        let key = ev.key();
        // Insert (or Shift+Enter) on a touchpoint adds one right after it.
        if row == TOUCHPOINT_ROW && (key == "Insert" || (key == "Enter" && ev.shift_key())) {
            ev.prevent_default();
            return add_after(editor, columns, column);
        }
        // Alt + ← / → on a touchpoint moves it along the journey (across stages): one undo step.
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
            // On paper the whole grid is scaled to the page's width (A3 landscape ≈ 1,500 CSS
            // px); the presentation prints it as pages of whole stages instead, at full size.
            style=move || {
                printing
                    .get()
                    .then(|| {
                        let wide = LABEL_WIDTH + columns.with(Columns::len) as f64 * COLUMN_WIDTH;
                        format!("--print-zoom:{:.3}", (1500.0 / wide).min(1.0))
                    })
            }
            role="grid"
            aria-label=tx(Key::JourneyGrid)
            aria-rowcount=rows
            aria-colcount=move || columns.with(Columns::len) + 1
            on:scroll=move |_| throttle.request(measure)
            on:keydown=on_key
            on:focusin=move |ev| {
                if let Some(cell) = platform::target_data(&ev, "id").and_then(|id| cell_at(&id)) {
                    set_if_changed(focus.active, cell);
                }
            }
        >
            <div class="grid-inner" style=inner_width>
                {stage_bands(editor, columns, window)}
                {touchpoint_heads(editor, columns, switches, window, focus, marks)}
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
                                switches
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
    move_touchpoint(editor, columns, id, stage, index)
}

/// Moves touchpoint `id` to list position `index` in `stage` (one undo step); its new column.
pub(super) fn move_touchpoint(
    editor: EditorState,
    columns: Memo<Columns>,
    id: Id,
    stage: Id,
    index: usize,
) -> Option<usize> {
    editor.dispatch(Command::MoveTouchpoint {
        id: id.clone(),
        stage,
        index,
    });
    let at = editor
        .map
        .with_untracked(|m| m.touchpoints.iter().position(|t| t.id == id))?;
    columns.with_untracked(|c| c.column_of(at))
}

/// One lane: its name (sticky on the left) and its cell in every column on screen.
#[component]
fn LaneRow(
    editor: EditorState,
    lane: Lane,
    row: usize,
    columns: Memo<Columns>,
    switches: Memo<Vec<Option<SwitchIn>>>,
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
            data-lane=format!("{lane:?}")
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
            {(lane == Lane::Emotion)
                .then(|| view! { <EmotionLine editor columns switches window /> })}
            <For each=shown key=|c| *c let:column>
                <LaneCell editor lane row column columns focus />
            </For>
        </div>
    }
}
