//! The action plan's impact × effort matrix: the four quadrants (quick wins top left, major
//! projects top right, fill-ins bottom left, thankless tasks bottom right) drawn with plotters,
//! and each action's place on it — pure geometry, so the screen puts a focusable button on each
//! place and the export draws a numbered dot there.
use crate::analysis::plan::{Quadrant, Ranked};
use crate::i18n::{quadrant_name, text, Key, Lang};
use crate::model::JourneyMap;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The picture's size (CSS pixels; it scales with its box).
pub const PLAN_WIDTH: f64 = 480.0;
/// The picture's height.
pub const PLAN_HEIGHT: f64 = 360.0;
const LEFT: f64 = 44.0;
const BOTTOM: f64 = 36.0;
const TOP: f64 = 24.0;
const RIGHT: f64 = 8.0;
/// Distance between actions that share one impact and effort.
const SPREAD: f64 = 20.0;

/// Where an action sits on the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanPoint {
    /// The action's id.
    pub id: String,
    /// Its centre, from the picture's left (pixels of `PLAN_WIDTH`).
    pub x: f64,
    /// Its centre, from the picture's top.
    pub y: f64,
    /// Its rank (`None`: done).
    pub rank: Option<usize>,
}

/// The point of an effort and an impact on the picture (each 0.5–5.5: 1–5 are cell centres,
/// 2.5 the line between the quadrants).
fn at(effort: f64, impact: f64) -> (f64, f64) {
    let w = PLAN_WIDTH - LEFT - RIGHT;
    let h = PLAN_HEIGHT - TOP - BOTTOM;
    (
        LEFT + (effort - 0.5) / 5.0 * w,
        TOP + (5.5 - impact) / 5.0 * h,
    )
}

/// The centre of the cell of an effort and an impact (each 1–5).
pub fn cell_centre(effort: u8, impact: u8) -> (f64, f64) {
    at(f64::from(effort.clamp(1, 5)), f64::from(impact.clamp(1, 5)))
}

/// Each action's place: the centre of its cell, several in one cell spread on a small grid
/// around it (in the plan's order).
pub fn plan_points(map: &JourneyMap, plan: &[Ranked]) -> Vec<PlanPoint> {
    let cell = |r: &Ranked| {
        map.actions
            .iter()
            .find(|a| a.id == r.id)
            .map(|a| (a.effort, a.impact))
    };
    plan.iter()
        .filter_map(|r| {
            let here = cell(r)?;
            let mates: Vec<&Ranked> = plan.iter().filter(|o| cell(o) == Some(here)).collect();
            let n = mates.len();
            let k = mates.iter().position(|o| o.id == r.id).unwrap_or(0);
            let per_row = (n as f64).sqrt().ceil() as usize;
            let rows = n.div_ceil(per_row);
            let (col, row) = (k % per_row, k / per_row);
            let (cx, cy) = cell_centre(here.0, here.1);
            Some(PlanPoint {
                id: r.id.clone(),
                x: cx + (col as f64 - (per_row as f64 - 1.0) / 2.0) * SPREAD,
                y: cy + (row as f64 - (rows as f64 - 1.0) / 2.0) * SPREAD,
                rank: r.rank,
            })
        })
        .collect()
}

/// The quadrants and axes as SVG in `lang`; with `points`, each action as a numbered dot (for
/// the exported picture; the screen puts buttons there instead).
pub fn plan_matrix_svg(lang: Lang, points: Option<&[PlanPoint]>) -> String {
    let mut out = String::new();
    {
        let size = (PLAN_WIDTH as u32, PLAN_HEIGHT as u32);
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        let _ = root.fill(&WHITE);
        let (x0, y0) = at(0.5, 5.5);
        let (x1, y1) = at(5.5, 0.5);
        let (xm, ym) = at(2.5, 2.5);
        let fills = [
            (
                Quadrant::QuickWin,
                (x0, y0, xm, ym),
                RGBColor(220, 252, 231),
            ),
            (
                Quadrant::MajorProject,
                (xm, y0, x1, ym),
                RGBColor(219, 234, 254),
            ),
            (Quadrant::FillIn, (x0, ym, xm, y1), RGBColor(254, 249, 195)),
            (
                Quadrant::Thankless,
                (xm, ym, x1, y1),
                RGBColor(254, 226, 226),
            ),
        ];
        let font = |size: f64, h: HPos| {
            ("sans-serif", size)
                .into_font()
                .color(&RGBColor(30, 41, 59))
                .pos(Pos::new(h, VPos::Top))
        };
        let px = |v: f64| v.round() as i32;
        for (q, (a, b, c, d), colour) in fills {
            let _ = root.draw(&Rectangle::new(
                [(px(a), px(b)), (px(c), px(d))],
                colour.filled(),
            ));
            let _ = root.draw(&Text::new(
                quadrant_name(lang, q).to_string(),
                (px(a) + 6, px(b) + 4),
                font(12.0, HPos::Left),
            ));
        }
        let axis = RGBColor(100, 116, 139);
        let _ = root.draw(&PathElement::new(
            vec![(px(x0), px(y1)), (px(x1), px(y1))],
            axis.stroke_width(1),
        ));
        let _ = root.draw(&PathElement::new(
            vec![(px(x0), px(y0)), (px(x0), px(y1))],
            axis.stroke_width(1),
        ));
        for v in 1..=5u8 {
            let (x, _) = cell_centre(v, 1);
            let (_, y) = cell_centre(1, v);
            let n = v.to_string();
            let _ = root.draw(&Text::new(
                n.clone(),
                (px(x), px(y1) + 4),
                font(11.0, HPos::Center),
            ));
            let _ = root.draw(&Text::new(
                n,
                (px(x0) - 12, px(y) - 6),
                font(11.0, HPos::Center),
            ));
        }
        let _ = root.draw(&Text::new(
            format!("{} →", text(lang, Key::Effort)),
            (px((x0 + x1) / 2.0), px(y1) + 19),
            font(12.0, HPos::Center),
        ));
        let _ = root.draw(&Text::new(
            format!("↑ {}", text(lang, Key::Impact)),
            (4, 4),
            font(12.0, HPos::Left),
        ));
        for p in points.unwrap_or_default() {
            let (x, y) = (px(p.x), px(p.y));
            let colour = if p.rank.is_some() {
                RGBColor(37, 99, 235)
            } else {
                RGBColor(148, 163, 184)
            };
            let _ = root.draw(&Circle::new((x, y), 9, colour.filled()));
            let label = p.rank.map(|r| r.to_string()).unwrap_or_else(|| "✓".into());
            let _ = root.draw(&Text::new(
                label,
                (x, y - 6),
                ("sans-serif", 11.0)
                    .into_font()
                    .color(&WHITE)
                    .pos(Pos::new(HPos::Center, VPos::Top)),
            ));
        }
    }
    out
}
