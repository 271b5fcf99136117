//! The emotion curve: stage bands, the scale, one line per persona, markers whose shape and colour
//! both encode the emotion, exit-point marks and a legend. One drawing function for every backend.
use super::projection::{layout_curve, CurveLayout};
use crate::model::{JourneyMap, Touchpoint};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::HashMap;

/// Line colours of personas, in persona order (repeats after four).
pub const PERSONA_COLOURS: [RGBColor; 4] = [
    RGBColor(37, 99, 235),
    RGBColor(147, 51, 234),
    RGBColor(234, 88, 12),
    RGBColor(13, 148, 136),
];

/// Translated text the chart draws (the chart module knows no language).
#[derive(Debug, Clone, Default)]
pub struct CurveText {
    /// Label of each scale step from min to max.
    pub scale_labels: Vec<String>,
    /// The language of the exit points' words and numbers ("Exit 35%", "Çıkış %35").
    pub lang: crate::i18n::Lang,
    /// The legend's words for the marks: pain points, a forced hand-over, a change of channel.
    pub marks: [String; 3],
}

impl CurveText {
    /// The labels for `map` in `lang`: the map's own scale labels, else the translated defaults.
    pub fn for_map(lang: crate::i18n::Lang, map: &JourneyMap) -> CurveText {
        let (lo, hi) = (map.emotion_scale.min, map.emotion_scale.max);
        let scale_labels = if map.emotion_scale.labels.is_empty() {
            (lo..=hi)
                .map(|v| crate::i18n::emotion_label(lang, v, lo, hi).to_string())
                .collect()
        } else {
            map.emotion_scale.labels.clone()
        };
        use crate::i18n::{text, Key};
        let marks = [Key::LanePains, Key::ForcedSwitch, Key::ChannelChange]
            .map(|k| text(lang, k).to_string());
        CurveText {
            scale_labels,
            lang,
            marks,
        }
    }
}

/// A second map's emotions drawn as a dashed line along this map's journey (comparison).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overlay {
    /// One value per touchpoint of the base map in journey order (None: no match or no emotion).
    pub values: Vec<Option<i8>>,
    /// Legend text, e.g. the other map's title.
    pub label: String,
}

/// Colour of the comparison line.
pub const OVERLAY_COLOUR: RGBColor = RGBColor(71, 85, 105);
/// Colour of pain-point marks.
pub const PAIN_COLOUR: RGBColor = RGBColor(180, 83, 9);
/// Colour of an ordinary change of channel: quiet, it is how journeys go.
pub const QUIET_SWITCH_COLOUR: RGBColor = RGBColor(148, 163, 184);
/// Colour of a forced hand-over's marks.
pub const SWITCH_COLOUR: RGBColor = RGBColor(124, 58, 237);

fn emotion_colour(v: i8, min: i8, max: i8) -> RGBColor {
    let t = if max > min {
        (v - min) as f64 / (max - min) as f64
    } else {
        0.5
    };
    if t < 0.5 {
        let u = t / 0.5;
        RGBColor(
            (220.0 - 100.0 * u) as u8,
            (38.0 + 82.0 * u) as u8,
            (38.0 + 82.0 * u) as u8,
        )
    } else {
        let u = (t - 0.5) / 0.5;
        RGBColor(
            (120.0 - 98.0 * u) as u8,
            (120.0 + 43.0 * u) as u8,
            (120.0 - 46.0 * u) as u8,
        )
    }
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn px(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Draws the emotion curve of `map` onto `root` (whose size decides the layout), with an optional
/// comparison line.
pub fn draw_emotion_curve<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    map: &JourneyMap,
    text: &CurveText,
    overlay: Option<&Overlay>,
) -> DrawResult<DB> {
    let (w, h) = root.dim_in_pixel();
    let layout = layout_curve(map, w, h);
    let p = layout.projection;
    // One lookup table per drawing: every point needs its touchpoint (a search per point was
    // quadratic on big maps, and the curve is redrawn after every edit).
    let by_id: HashMap<&str, &Touchpoint> =
        map.touchpoints.iter().map(|t| (t.id.as_str(), t)).collect();
    let tp = |id: &str| by_id.get(id).copied();
    root.fill(&WHITE)?;
    let grey = RGBColor(100, 116, 139);
    // plotters' SVG backend writes sizes divided by 1.24; scale so the numbers below are CSS pixels.
    let font = |size: f64, colour: RGBColor, anchor: Pos| {
        ("sans-serif", size * 1.24)
            .into_font()
            .color(&colour)
            .pos(anchor)
    };
    for (i, band) in layout.bands.iter().enumerate() {
        if i % 2 == 1 {
            root.draw(&Rectangle::new(
                [px(band.x0, 0.0), px(band.x1, h as f64)],
                RGBColor(241, 245, 249).filled(),
            ))?;
        }
        root.draw(&Text::new(
            band.name.clone(),
            px((band.x0 + band.x1) / 2.0, 8.0),
            font(
                13.0,
                RGBColor(30, 41, 59),
                Pos::new(HPos::Center, VPos::Top),
            ),
        ))?;
    }
    for v in p.min..=p.max {
        let y = p.y_of(v as f64);
        let style = if v == 0 {
            grey.stroke_width(1)
        } else {
            RGBColor(226, 232, 240).stroke_width(1)
        };
        root.draw(&PathElement::new(vec![px(0.0, y), px(w as f64, y)], style))?;
        if let Some(label) = text.scale_labels.get((v - p.min) as usize) {
            root.draw(&Text::new(
                format!("{v:+} {label}"),
                px(4.0, y - 2.0),
                font(10.0, grey, Pos::new(HPos::Left, VPos::Bottom)),
            ))?;
        }
    }
    draw_exits(root, &tp, &layout, text)?;
    draw_pains_and_switches(root, map, &tp, &layout)?;
    let mut legend_x = 8.0;
    if let Some(ov) = overlay {
        let pts: Vec<(i32, i32)> = layout
            .points
            .iter()
            .zip(&ov.values)
            .filter_map(|(pt, v)| v.map(|v| px(pt.x, p.y_of(v as f64))))
            .collect();
        root.draw(&DashedPathElement::new(
            pts.clone(),
            8,
            5,
            OVERLAY_COLOUR.stroke_width(2),
        ))?;
        for c in pts {
            root.draw(&Circle::new(c, 4, OVERLAY_COLOUR.stroke_width(2)))?;
        }
        let ly = h as f64 - FOOTER_TEXT;
        root.draw(&DashedPathElement::new(
            vec![px(legend_x, ly), px(legend_x + 24.0, ly)],
            6,
            3,
            OVERLAY_COLOUR.stroke_width(2),
        ))?;
        root.draw(&Text::new(
            ov.label.clone(),
            px(legend_x + 30.0, ly),
            font(
                12.0,
                RGBColor(30, 41, 59),
                Pos::new(HPos::Left, VPos::Center),
            ),
        ))?;
        legend_x += legend_width(&ov.label);
    }
    for (pi, persona) in map.personas.iter().enumerate() {
        let colour = PERSONA_COLOURS[pi % PERSONA_COLOURS.len()];
        let pts: Vec<(f64, f64, i8)> = layout
            .points
            .iter()
            .filter_map(|pt| {
                tp(&pt.touchpoint)?
                    .emotions
                    .get(&persona.id)
                    .map(|v| (pt.x, p.y_of(*v as f64), *v))
            })
            .collect();
        root.draw(&PathElement::new(
            pts.iter().map(|(x, y, _)| px(*x, *y)).collect::<Vec<_>>(),
            colour.stroke_width(3),
        ))?;
        for (x, y, v) in pts {
            let fill = emotion_colour(v, p.min, p.max).filled();
            let c = px(x, y);
            // Shape carries the sign so colour is never the only cue.
            if v < 0 {
                root.draw(&Polygon::new(
                    vec![(c.0 - 7, c.1 - 5), (c.0 + 7, c.1 - 5), (c.0, c.1 + 7)],
                    fill,
                ))?;
            } else if v == 0 {
                root.draw(&Rectangle::new(
                    [(c.0 - 5, c.1 - 5), (c.0 + 5, c.1 + 5)],
                    fill,
                ))?;
            } else {
                root.draw(&Circle::new(c, 6, fill))?;
            }
        }
        let lx = legend_x;
        legend_x += legend_width(&persona.name);
        let ly = h as f64 - FOOTER_TEXT;
        root.draw(&PathElement::new(
            vec![px(lx, ly), px(lx + 24.0, ly)],
            colour.stroke_width(3),
        ))?;
        root.draw(&Text::new(
            persona.name.clone(),
            px(lx + 30.0, ly),
            font(
                12.0,
                RGBColor(30, 41, 59),
                Pos::new(HPos::Left, VPos::Center),
            ),
        ))?;
    }
    draw_mark_legend(root, map, text, legend_x, h as f64 - FOOTER_TEXT)
}

/// The legend of the marks the curve draws (only those it draws): pain points, forced hand-overs,
/// changes of channel.
fn draw_mark_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    map: &JourneyMap,
    text: &CurveText,
    mut x: f64,
    y: f64,
) -> DrawResult<DB> {
    let switches = crate::analysis::channel_switches(map);
    let drawn = [
        map.touchpoints.iter().any(|t| !t.pain_points.is_empty()),
        switches.iter().any(|s| s.forced.is_some()),
        switches.iter().any(|s| s.forced.is_none()),
    ];
    for (i, label) in text.marks.iter().enumerate() {
        if !drawn[i] {
            continue;
        }
        let c = px(x + 12.0, y);
        match i {
            0 => root.draw(&Polygon::new(
                vec![(c.0, c.1 - 7), (c.0 - 7, c.1 + 5), (c.0 + 7, c.1 + 5)],
                PAIN_COLOUR.filled(),
            ))?,
            1 => {
                root.draw(&PathElement::new(
                    vec![px(x + 12.0, y - 8.0), px(x + 12.0, y + 8.0)],
                    SWITCH_COLOUR.stroke_width(2),
                ))?;
                root.draw(&Polygon::new(
                    arrow(x + 12.0, y, 1.0),
                    SWITCH_COLOUR.filled(),
                ))?;
            }
            _ => root.draw(&Polygon::new(
                arrow(x + 12.0, y, 1.0),
                QUIET_SWITCH_COLOUR.filled(),
            ))?,
        }
        root.draw(&Text::new(
            label.clone(),
            px(x + 30.0, y),
            ("sans-serif", 12.0 * 1.24)
                .into_font()
                .color(&RGBColor(30, 41, 59))
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        x += legend_width(label);
    }
    Ok(())
}

const FOOTER_TEXT: f64 = 14.0;

/// Room a legend entry takes: the line sample, a gap and the text (≈7 px per character at 12 px).
fn legend_width(label: &str) -> f64 {
    30.0 + label.chars().count() as f64 * 7.0 + 24.0
}

fn draw_exits<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    tp: &impl Fn(&str) -> Option<&'a Touchpoint>,
    layout: &CurveLayout,
    text: &CurveText,
) -> DrawResult<DB> {
    let red = RGBColor(185, 28, 28);
    for pt in &layout.points {
        let Some(exit) = tp(&pt.touchpoint).and_then(|t| t.exit_point.as_ref()) else {
            continue;
        };
        let (top, bottom) = (layout.projection.top, layout.projection.bottom);
        root.draw(&PathElement::new(
            vec![px(pt.x, top), px(pt.x, bottom)],
            red.mix(0.5).stroke_width(1),
        ))?;
        let label = crate::i18n::exit_label(text.lang, exit.rate);
        let style = ("sans-serif", 11.0 * 1.24)
            .into_font()
            .color(&red)
            .pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(label, px(pt.x, bottom + 4.0), style))?;
    }
    Ok(())
}

/// Pain points as a "!" count above the point's column; channel switches as a mark between the two
/// touchpoints at the top of the plot.
fn draw_pains_and_switches<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    map: &JourneyMap,
    tp: &impl Fn(&str) -> Option<&'a Touchpoint>,
    layout: &CurveLayout,
) -> DrawResult<DB> {
    let top = layout.projection.top - 14.0;
    for pt in &layout.points {
        let n = tp(&pt.touchpoint).map(|t| t.pain_points.len()).unwrap_or(0);
        if n > 0 {
            let c = px(pt.x, top);
            root.draw(&Polygon::new(
                vec![(c.0, c.1 - 7), (c.0 - 7, c.1 + 5), (c.0 + 7, c.1 + 5)],
                PAIN_COLOUR.filled(),
            ))?;
            let style = ("sans-serif", 9.0 * 1.24)
                .into_font()
                .color(&WHITE)
                .pos(Pos::new(HPos::Center, VPos::Center));
            root.draw(&Text::new(format!("{n}"), (c.0, c.1 + 1), style))?;
        }
    }
    for sw in crate::analysis::channel_switches(map) {
        let (Some(a), Some(b)) = (
            layout.points.get(sw.from_index),
            layout.points.get(sw.from_index + 1),
        ) else {
            continue;
        };
        let x = (a.x + b.x) / 2.0;
        let y = layout.projection.bottom + 26.0;
        let colour = match sw.forced {
            // A forced hand-over: a line through the whole plot between the two steps.
            Some(_) => {
                root.draw(&PathElement::new(
                    vec![px(x, layout.projection.top - 4.0), px(x, y - 6.0)],
                    SWITCH_COLOUR.stroke_width(2),
                ))?;
                SWITCH_COLOUR
            }
            None => QUIET_SWITCH_COLOUR,
        };
        // ⇄ as two filled arrows, each one shape (shaft and head): a long journey has a switch at
        // nearly every step, and every element costs when the picture is drawn on screen.
        root.draw(&Polygon::new(arrow(x, y - 3.0, 1.0), colour.filled()))?;
        root.draw(&Polygon::new(arrow(x, y + 3.0, -1.0), colour.filled()))?;
    }
    Ok(())
}

/// An arrow centred on (`x`, `y`) pointing right (`dir` 1) or left (-1): a 12 × 2 px shaft and a
/// head 4 px long and 6 px wide, as one outline.
fn arrow(x: f64, y: f64, dir: f64) -> Vec<(i32, i32)> {
    let (tail, base, tip) = (x - 6.0 * dir, x + 6.0 * dir, x + 10.0 * dir);
    vec![
        px(tail, y - 1.0),
        px(base, y - 1.0),
        px(base, y - 3.0),
        px(tip, y),
        px(base, y + 3.0),
        px(base, y + 1.0),
        px(tail, y + 1.0),
    ]
}

/// The emotion curve as an SVG document (for the screen, export and tests). Text is escaped by
/// the SVG backend, so user text stays text.
pub fn emotion_curve_svg(
    map: &JourneyMap,
    width: u32,
    height: u32,
    text: &CurveText,
    overlay: Option<&Overlay>,
) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail; a failure would leave a partial but valid picture.
        let _ = draw_emotion_curve(&root, map, text, overlay);
        let _ = root.present();
    }
    out
}
