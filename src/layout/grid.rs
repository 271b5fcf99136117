//! The journey grid's geometry, pure: one column per touchpoint in journey order under its
//! stage's band (a stage without touchpoints keeps one empty column, so it can be seen and filled),
//! every column the same width, so a column's place, its centre (where each persona's emotion point
//! sits) and the columns on screen are arithmetic; lanes have fixed heights, an empty lane a thin
//! one.
use crate::model::{JourneyMap, Lane};
use std::ops::Range;

/// Width of one touchpoint column (CSS pixels).
pub const COLUMN_WIDTH: f64 = 220.0;
/// Width of the sticky column of lane names.
pub const LABEL_WIDTH: f64 = 148.0;
/// Height of a lane that holds something in some column.
pub const LANE_HEIGHT: f64 = 76.0;
/// Height of the emotion lane (the curve).
pub const EMOTION_HEIGHT: f64 = 160.0;
/// Height of a lane empty in every column: a thin row with its "add" affordance.
pub const EMPTY_LANE_HEIGHT: f64 = 30.0;

/// What one column of the grid holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The touchpoint at this index of `map.touchpoints`.
    Touchpoint(usize),
    /// The stage at this index of `map.stages`, which has no touchpoint yet.
    EmptyStage(usize),
}

/// A stage's band across the top: which columns are under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// The stage's index in `map.stages`.
    pub stage: usize,
    /// Its columns.
    pub columns: Range<usize>,
}

/// The grid's columns and stage bands for a map.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Columns {
    /// Every column, in journey order.
    pub slots: Vec<Slot>,
    /// Every stage's band, in stage order.
    pub bands: Vec<Band>,
}

impl Columns {
    /// The columns of `map`: stages in order, each stage's touchpoints in list order.
    pub fn of(map: &JourneyMap) -> Columns {
        Columns::of_matching(map, None)
    }

    /// The columns of `map` whose touchpoints are in the (stage id, channel id) cell `filter` (all
    /// of them without one); a stage left with nothing shown keeps its one empty column.
    pub fn of_matching(map: &JourneyMap, filter: Option<(&str, &str)>) -> Columns {
        let mut columns = Columns::default();
        for (s, stage) in map.stages.iter().enumerate() {
            let first = columns.slots.len();
            columns.slots.extend(
                map.touchpoints
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.stage == stage.id)
                    .filter(|(_, t)| filter.is_none_or(|(s, c)| t.stage == s && t.channel == c))
                    .map(|(i, _)| Slot::Touchpoint(i)),
            );
            if columns.slots.len() == first {
                columns.slots.push(Slot::EmptyStage(s));
            }
            columns.bands.push(Band {
                stage: s,
                columns: first..columns.slots.len(),
            });
        }
        columns
    }

    /// How many columns there are.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether there is no column (a map without stages).
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The column showing touchpoint `index` (of `map.touchpoints`).
    pub fn column_of(&self, index: usize) -> Option<usize> {
        self.slots
            .iter()
            .position(|s| *s == Slot::Touchpoint(index))
    }
}

/// How the customer came into a column's touchpoint from the one before it in the journey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SwitchIn {
    /// On another channel: an ordinary change, drawn quietly.
    Changed,
    /// Sent on (a forced hand-over), with its note: drawn prominently.
    Forced(String),
}

/// For each column, the switch into its touchpoint from the previous touchpoint column (`None`:
/// the same channel, the first touchpoint, or an empty stage).
pub fn switches_into(map: &JourneyMap, columns: &Columns) -> Vec<Option<SwitchIn>> {
    let mut before: Option<&str> = None;
    columns
        .slots
        .iter()
        .map(|slot| {
            let Slot::Touchpoint(i) = slot else {
                return None;
            };
            let t = map.touchpoints.get(*i)?;
            let previous = before.replace(t.channel.as_str());
            match (&t.forced_switch, previous) {
                (Some(f), Some(_)) => Some(SwitchIn::Forced(f.note.clone())),
                (None, Some(p)) if p != t.channel => Some(SwitchIn::Changed),
                _ => None,
            }
        })
        .collect()
}

/// Left edge of column `column`, from the left edge of the first column.
pub fn column_left(column: usize) -> f64 {
    column as f64 * COLUMN_WIDTH
}

/// Centre of column `column`: where its touchpoint's emotion points sit.
pub fn column_centre(column: usize) -> f64 {
    column_left(column) + COLUMN_WIDTH / 2.0
}

/// The grid box's inner width before the page is laid out, from the window's width: the page's
/// side padding and the box's borders (style/main.css: `main` pads 1rem, 0.5rem at 600 px and
/// below) taken off. A first guess, so the first build makes the columns that will be on screen
/// and the measure after mounting (which replaces it) does not build the grid a second time.
pub fn grid_box_guess(window_width: f64) -> f64 {
    let inset = if window_width <= 600.0 { 18.0 } else { 34.0 };
    (window_width - inset).max(0.0)
}

/// Which of `count` columns meet a view of the columns scrolled by `scroll` pixels and `width`
/// wide (both measured from the first column's left edge), with `overscan` more columns each
/// side so a scroll shows content before the next frame builds it.
pub fn visible_columns(scroll: f64, width: f64, count: usize, overscan: usize) -> Range<usize> {
    if count == 0 || width <= 0.0 {
        return 0..0;
    }
    let first = (scroll.max(0.0) / COLUMN_WIDTH).floor() as usize;
    let end = ((scroll.max(0.0) + width) / COLUMN_WIDTH).ceil() as usize;
    first.saturating_sub(overscan).min(count)..(end + overscan).min(count)
}

/// Height of `lane`, given whether any column has something in it.
pub fn lane_height(lane: Lane, filled: bool) -> f64 {
    match (lane, filled) {
        (Lane::Emotion, _) => EMOTION_HEIGHT,
        (_, true) => LANE_HEIGHT,
        (_, false) => EMPTY_LANE_HEIGHT,
    }
}

/// The y of emotion `value` in a lane `height` tall for a scale from `min` to `max` (the top
/// is the most positive), with `pad` pixels kept free above and below.
pub fn emotion_y(value: f64, min: f64, max: f64, height: f64, pad: f64) -> f64 {
    if max <= min {
        return height / 2.0;
    }
    let share = ((value - min) / (max - min)).clamp(0.0, 1.0);
    pad + (1.0 - share) * (height - 2.0 * pad)
}

/// The emotion a pointer at `y` in the lane chooses: the inverse of [`emotion_y`], rounded to the
/// scale's nearest step and kept on the scale.
pub fn emotion_at(y: f64, min: i8, max: i8, height: f64, pad: f64) -> i8 {
    if max <= min || height <= 2.0 * pad {
        return min;
    }
    let share = 1.0 - (y - pad) / (height - 2.0 * pad);
    let value = min as f64 + share * (max - min) as f64;
    (value.round() as i64).clamp(min as i64, max as i64) as i8
}

/// The column ranges of a picture split into pages of at most `per_page` columns: whole stages
/// while they fit (a page never starts in the middle of a stage that would fit on one), a stage
/// longer than a page split across pages (its name is repeated on each).
pub fn picture_pages(columns: &Columns, per_page: usize) -> Vec<Range<usize>> {
    let per_page = per_page.max(1);
    let mut pages: Vec<Range<usize>> = Vec::new();
    let mut page = 0..0;
    for band in &columns.bands {
        let len = band.columns.len();
        if page.len() + len <= per_page {
            page.end = band.columns.end;
            continue;
        }
        if !page.is_empty() {
            pages.push(page.clone());
        }
        let mut start = band.columns.start;
        while band.columns.end - start > per_page {
            pages.push(start..start + per_page);
            start += per_page;
        }
        page = start..band.columns.end;
    }
    if !page.is_empty() {
        pages.push(page);
    }
    pages
}
