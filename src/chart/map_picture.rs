//! The whole map as a picture (SVG download, PNG from it, the presentation's printed pages): the
//! journey grid with the map's chosen lanes — stage bands, touchpoints with their channels and
//! forced hand-overs, each lane's text (pain points with severity and frequency, exits with
//! reason and rate…), the emotion curve on the columns' centres, the line of visibility — under
//! a title with the date, and a legend. plotters does not wrap: text is wrapped here by
//! characters and a cell that holds more than fits ends in a visible "…".
use crate::i18n::{lane_lines, lane_name, text, Key, Lang};
use crate::layout::grid::{switches_into, Columns, Slot, SwitchIn};
use crate::model::{JourneyMap, Lane};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// Most columns one picture draws: a bigger map's picture shows its first columns and says so
/// (about 11,000 px wide; a PNG is drawn at twice that).
pub const PICTURE_COLUMNS: usize = 60;
/// Columns on one printed A3 landscape page at full size.
pub const PAGE_COLUMNS: usize = 7;
/// Width of the lane names' column.
pub const PICTURE_LABEL: u32 = 150;
/// Width of one touchpoint column.
pub const PICTURE_COLUMN: u32 = 180;
const TITLE: u32 = 54;
const BAND: u32 = 30;
const HEAD: u32 = 54;
const LINE: u32 = 15;
const EMOTION: u32 = 120;
const LEGEND: u32 = 34;
/// Characters on one line of a cell, and lines in one cell.
const CHARS: usize = 26;
const CELL_LINES: usize = 6;

const INK: RGBColor = RGBColor(15, 23, 42);
const MUTED: RGBColor = RGBColor(71, 85, 105);
const RULE: RGBColor = RGBColor(203, 213, 225);
const BAND_FILL: RGBColor = RGBColor(224, 231, 255);
const LABEL_FILL: RGBColor = RGBColor(241, 245, 249);
const FORCED: RGBColor = RGBColor(109, 40, 217);

/// What a picture is of: which columns, and which page of how many (for the title).
#[derive(Debug, Clone, PartialEq)]
pub struct PictureOf {
    /// The columns drawn (of `Columns::of(map)`).
    pub columns: Range<usize>,
    /// (page, pages), counted from 1, when the map is split into pages.
    pub page: Option<(usize, usize)>,
    /// The picture is at least this many columns wide (the pages of a printout share one scale).
    pub width_columns: usize,
}

impl PictureOf {
    /// The whole map, capped at [`PICTURE_COLUMNS`] columns.
    pub fn whole(map: &JourneyMap) -> PictureOf {
        let n = Columns::of(map).len();
        PictureOf {
            columns: 0..n.min(PICTURE_COLUMNS),
            page: None,
            width_columns: 0,
        }
    }
}

/// `s` wrapped into lines of at most `chars` characters (at spaces where it can), at most `max`
/// lines; a cut ends in "…".
pub fn wrap(s: &str, chars: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let mut word = word.to_string();
        while word.chars().count() > chars {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.chars().take(chars).collect());
            word = word.chars().skip(chars).collect();
        }
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(chars.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    lines
}

/// One lane row of the picture: its lane, its height, each drawn column's lines.
struct Row {
    lane: Lane,
    height: u32,
    cells: Vec<Vec<String>>,
}

fn rows(map: &JourneyMap, lang: Lang, cols: &Columns, range: &Range<usize>) -> Vec<Row> {
    map.lanes
        .shown()
        .into_iter()
        .map(|lane| {
            let cells: Vec<Vec<String>> = range
                .clone()
                .map(|c| match cols.slots.get(c) {
                    Some(Slot::Touchpoint(i)) if lane != Lane::Emotion => {
                        let lines = lane_lines(lang, lane, &map.touchpoints[*i], map);
                        let all: Vec<String> = lines
                            .iter()
                            .flat_map(|l| wrap(l, CHARS, CELL_LINES))
                            .collect();
                        if all.len() > CELL_LINES {
                            let mut kept = all[..CELL_LINES].to_vec();
                            kept[CELL_LINES - 1] = format!("{} …", kept[CELL_LINES - 1]);
                            kept
                        } else {
                            all
                        }
                    }
                    _ => Vec::new(),
                })
                .collect();
            let most = cells.iter().map(Vec::len).max().unwrap_or(0) as u32;
            let height = match lane {
                Lane::Emotion => EMOTION,
                _ if most == 0 => 22,
                _ => most * LINE + 12,
            };
            Row {
                lane,
                height,
                cells,
            }
        })
        .collect()
}

/// The picture of `of` in `lang`, with `date` (the caller's words) beside the title: the SVG and
/// its width and height.
pub fn map_picture(map: &JourneyMap, lang: Lang, date: &str, of: &PictureOf) -> (String, u32, u32) {
    let cols = Columns::of(map);
    let range = of.columns.start.min(cols.len())..of.columns.end.min(cols.len());
    let rows = rows(map, lang, &cols, &range);
    let width = PICTURE_LABEL + range.len().max(of.width_columns).max(1) as u32 * PICTURE_COLUMN;
    let grid_top = TITLE + BAND + HEAD;
    let height = grid_top + rows.iter().map(|r| r.height).sum::<u32>() + LEGEND;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail; a failure would leave a partial but valid picture.
        let _ = root.fill(&WHITE);
        let x_of = |c: usize| (PICTURE_LABEL + (c - range.start) as u32 * PICTURE_COLUMN) as i32;
        let at = |size: f64, colour: RGBColor| {
            ("sans-serif", size)
                .into_font()
                .color(&colour)
                .pos(Pos::new(HPos::Left, VPos::Top))
        };
        let bold = |size: f64, colour: RGBColor| {
            ("sans-serif", size)
                .into_font()
                .style(FontStyle::Bold)
                .color(&colour)
                .pos(Pos::new(HPos::Left, VPos::Top))
        };
        // Title, date, and what part of the map this is.
        let _ = root.draw(&Text::new(map.title.clone(), (10, 10), bold(20.0, INK)));
        let mut under = date.to_string();
        if let Some((p, n)) = of.page {
            under.push_str(&format!(" · {} {p}/{n}", text(lang, Key::PicturePage)));
        }
        let total = cols.len();
        if of.page.is_none() && range.len() < total {
            under.push_str(&format!(
                " · {} {}/{total}",
                text(lang, Key::PictureCapped),
                range.len()
            ));
        }
        let _ = root.draw(&Text::new(under, (10, 34), at(12.0, MUTED)));
        // Stage bands (a stage begun on an earlier page says so).
        for band in &cols.bands {
            let (s, e) = (
                band.columns.start.max(range.start),
                band.columns.end.min(range.end),
            );
            if s >= e {
                continue;
            }
            let (x0, x1) = (x_of(s), x_of(e));
            let top = TITLE as i32;
            let _ = root.draw(&Rectangle::new(
                [(x0 + 1, top), (x1 - 1, top + BAND as i32 - 2)],
                BAND_FILL.filled(),
            ));
            let mut name = map.stages[band.stage].name.clone();
            if band.columns.start < range.start {
                name.push_str(&format!(" ({})", text(lang, Key::Continued)));
            }
            let fits = ((x1 - x0) as usize / 8).max(4);
            let name = wrap(&name, fits, 1).pop().unwrap_or_default();
            let _ = root.draw(&Text::new(name, (x0 + 8, top + 7), bold(13.0, INK)));
        }
        // Touchpoints: name, channel, a forced hand-over marked.
        let switches = switches_into(map, &cols);
        let head_top = (TITLE + BAND) as i32;
        for c in range.clone() {
            let x = x_of(c);
            let Some(Slot::Touchpoint(i)) = cols.slots.get(c).copied() else {
                continue;
            };
            let tp = &map.touchpoints[i];
            let mut y = head_top + 4;
            if let Some(Some(SwitchIn::Forced(_))) = switches.get(c) {
                let _ = root.draw(&Rectangle::new(
                    [(x + 6, y), (x + PICTURE_COLUMN as i32 - 6, y + 14)],
                    FORCED.filled(),
                ));
                let forced = format!("⇄ {}", text(lang, Key::ForcedSwitch));
                let _ = root.draw(&Text::new(forced, (x + 10, y + 1), bold(10.0, WHITE)));
                y += 16;
            }
            for line in wrap(&tp.name, CHARS - 4, 2) {
                let _ = root.draw(&Text::new(line, (x + 8, y), bold(12.0, INK)));
                y += 14;
            }
            let channel = map.channel(&tp.channel).map(|c| c.name.clone());
            let channel = wrap(&channel.unwrap_or_default(), CHARS, 1).pop();
            let _ = root.draw(&Text::new(
                channel.unwrap_or_default(),
                (x + 8, y),
                at(10.0, MUTED),
            ));
        }
        draw_rows(&root, map, lang, &cols, &range, &rows, &x_of);
        draw_legend(&root, map, lang, height);
    }
    (out, width, height)
}

fn draw_rows<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    map: &JourneyMap,
    lang: Lang,
    cols: &Columns,
    range: &Range<usize>,
    rows: &[Row],
    x_of: &dyn Fn(usize) -> i32,
) {
    let right = x_of(range.end.max(range.start + 1));
    let line_at = map.lanes.line_of_visibility();
    let font = |size: f64, colour: RGBColor| {
        ("sans-serif", size)
            .into_font()
            .color(&colour)
            .pos(Pos::new(HPos::Left, VPos::Top))
    };
    let mut top = (TITLE + BAND + HEAD) as i32;
    for (r, row) in rows.iter().enumerate() {
        let bottom = top + row.height as i32;
        let _ = root.draw(&Rectangle::new(
            [(0, top), (PICTURE_LABEL as i32 - 1, bottom)],
            LABEL_FILL.filled(),
        ));
        let _ = root.draw(&PathElement::new(vec![(0, top), (right, top)], RULE));
        if line_at == Some(r) {
            // The line of visibility: backstage below it.
            let dashes = (0..right).step_by(12).map(|x| {
                PathElement::new(
                    vec![(x, top), ((x + 7).min(right), top)],
                    MUTED.stroke_width(2),
                )
            });
            for d in dashes {
                let _ = root.draw(&d);
            }
            let label = crate::i18n::upper(lang, text(lang, Key::LineOfVisibility));
            let _ = root.draw(&Text::new(label, (8, top + 3), font(8.5, MUTED)));
        }
        let name = wrap(lane_name(lang, row.lane), 20, 2);
        let name_top = if line_at == Some(r) {
            top + 14
        } else {
            top + 5
        };
        for (k, line) in name.into_iter().enumerate() {
            let _ = root.draw(&Text::new(
                line,
                (8, name_top + k as i32 * 13),
                font(11.0, MUTED),
            ));
        }
        if row.lane == Lane::Emotion {
            draw_emotions(root, map, cols, range, x_of, top, row.height);
        } else {
            for (k, lines) in row.cells.iter().enumerate() {
                let x = x_of(range.start + k);
                for (j, line) in lines.iter().enumerate() {
                    let y = top + 6 + j as i32 * LINE as i32;
                    let _ = root.draw(&Text::new(line.clone(), (x + 8, y), font(11.0, INK)));
                }
            }
        }
        top = bottom;
    }
    for c in range.clone() {
        let x = x_of(c);
        let _ = root.draw(&PathElement::new(vec![(x, TITLE as i32), (x, top)], RULE));
    }
    let _ = root.draw(&PathElement::new(vec![(0, top), (right, top)], RULE));
}

/// The emotion lane: the neutral line, each persona's line through its points on the columns'
/// centres, a strong line where a forced hand-over happens.
fn draw_emotions<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    map: &JourneyMap,
    cols: &Columns,
    range: &Range<usize>,
    x_of: &dyn Fn(usize) -> i32,
    top: i32,
    height: u32,
) {
    let (min, max) = (map.emotion_scale.min as f64, map.emotion_scale.max as f64);
    let y = |v: f64| {
        top + crate::layout::grid::emotion_y(v, min, max, height as f64, 14.0).round() as i32
    };
    let right = x_of(range.end.max(range.start + 1));
    let neutral = y((min + max) / 2.0);
    let _ = root.draw(&PathElement::new(
        vec![(PICTURE_LABEL as i32, neutral), (right, neutral)],
        QUIET,
    ));
    let switches = switches_into(map, cols);
    for c in range.clone() {
        if let Some(Some(SwitchIn::Forced(_))) = switches.get(c) {
            let x = x_of(c);
            let _ = root.draw(&PathElement::new(
                vec![(x, top + 4), (x, top + height as i32 - 4)],
                FORCED.stroke_width(3),
            ));
        }
    }
    let centre = PICTURE_COLUMN as i32 / 2;
    for (p, persona) in map.personas.iter().enumerate() {
        let colour = super::PERSONA_COLOURS[p % super::PERSONA_COLOURS.len()];
        let points: Vec<(i32, i32)> = range
            .clone()
            .filter_map(|c| match cols.slots.get(c) {
                Some(Slot::Touchpoint(i)) => {
                    let v = *map.touchpoints[*i].emotions.get(&persona.id)?;
                    Some((x_of(c) + centre, y(v as f64)))
                }
                _ => None,
            })
            .collect();
        let _ = root.draw(&PathElement::new(points.clone(), colour.stroke_width(3)));
        for pt in points {
            let _ = root.draw(&Circle::new(pt, 5, colour.filled()));
        }
    }
}

const QUIET: RGBColor = RGBColor(148, 163, 184);

/// The legend: each persona's colour, the forced hand-over's line, the line of visibility.
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    map: &JourneyMap,
    lang: Lang,
    height: u32,
) {
    let y = height as i32 - LEGEND as i32 + 12;
    let font = ("sans-serif", 11.0)
        .into_font()
        .color(&MUTED)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let mut x = 10;
    for (p, persona) in map.personas.iter().enumerate() {
        let colour = super::PERSONA_COLOURS[p % super::PERSONA_COLOURS.len()];
        let _ = root.draw(&Circle::new((x + 5, y), 5, colour.filled()));
        let _ = root.draw(&Text::new(persona.name.clone(), (x + 14, y), font.clone()));
        x += 24 + persona.name.chars().count() as i32 * 7;
    }
    let marks = [
        (FORCED, text(lang, Key::ForcedSwitch)),
        (MUTED, text(lang, Key::LineOfVisibility)),
    ];
    for (colour, word) in marks {
        let _ = root.draw(&PathElement::new(
            vec![(x, y), (x + 18, y)],
            colour.stroke_width(3),
        ));
        let _ = root.draw(&Text::new(word.to_string(), (x + 24, y), font.clone()));
        x += 40 + word.chars().count() as i32 * 7;
    }
    let pains = format!("●●●○○ = {}", text(lang, Key::Severity));
    let _ = root.draw(&Text::new(pains, (x, y), font));
}
