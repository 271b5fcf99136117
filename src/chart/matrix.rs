//! The touchpoint matrix drawn with plotters (for SVG/PNG export and native tests); the screen
//! shows the same data as an interactive table.
use crate::analysis::Matrix;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Size of the matrix picture for `m`: (width, height).
pub fn matrix_size(m: &Matrix) -> (u32, u32) {
    (
        LABEL_W + CELL_W * m.channels.len().max(1) as u32,
        HEAD_H + CELL_H * m.stages.len().max(1) as u32,
    )
}

const LABEL_W: u32 = 170;
const HEAD_H: u32 = 44;
const CELL_W: u32 = 96;
const CELL_H: u32 = 44;

/// Fill colour of a cell from its mean emotion (red … green), as on screen.
pub fn heat_colour(mean: Option<f64>, lo: i8, hi: i8) -> RGBColor {
    let Some(m) = mean else { return WHITE };
    let t = if hi > lo {
        ((m - lo as f64) / (hi - lo) as f64).clamp(0.0, 1.0)
    } else {
        0.5
    };
    let mix = |a: f64, b: f64| (a + (b - a) * t) as u8;
    RGBColor(mix(248.0, 187.0), mix(180.0, 247.0), mix(180.0, 208.0))
}

/// Draws the matrix with its row (stage) and column (channel) names.
pub fn draw_matrix<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    m: &Matrix,
    stage_names: &[String],
    channel_names: &[String],
    scale: (i8, i8),
    lang: crate::i18n::Lang,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let ink = RGBColor(30, 41, 59);
    let grey = RGBColor(148, 163, 184);
    let font = |size: f64, colour: RGBColor, h: HPos| {
        ("sans-serif", size * 1.24)
            .into_font()
            .color(&colour)
            .pos(Pos::new(h, VPos::Center))
    };
    for (c, name) in channel_names.iter().enumerate() {
        let x = (LABEL_W + CELL_W * c as u32 + CELL_W / 2) as i32;
        let unused = m.is_unused_channel(c);
        root.draw(&Text::new(
            name.clone(),
            (x, (HEAD_H / 2) as i32),
            font(11.0, if unused { grey } else { ink }, HPos::Center),
        ))?;
    }
    for (r, row) in m.cells.iter().enumerate() {
        let y0 = (HEAD_H + CELL_H * r as u32) as i32;
        let name = stage_names.get(r).cloned().unwrap_or_default();
        root.draw(&Text::new(
            name,
            (8, y0 + (CELL_H / 2) as i32),
            font(12.0, ink, HPos::Left),
        ))?;
        for (c, cell) in row.iter().enumerate() {
            let x0 = (LABEL_W + CELL_W * c as u32) as i32;
            let rect = [(x0, y0), (x0 + CELL_W as i32, y0 + CELL_H as i32)];
            root.draw(&Rectangle::new(
                rect,
                heat_colour(cell.mean_emotion, scale.0, scale.1).filled(),
            ))?;
            root.draw(&Rectangle::new(
                rect,
                RGBColor(203, 213, 225).stroke_width(1),
            ))?;
            let n = cell.touchpoints.len();
            if n > 0 {
                let mean = cell
                    .mean_emotion
                    .map(|v| format!(" {}", crate::i18n::signed_decimal(lang, v, 1)))
                    .unwrap_or_default();
                let pains = if cell.pain_points > 0 {
                    format!(" ⚠{}", cell.pain_points)
                } else {
                    String::new()
                };
                let at = (x0 + (CELL_W / 2) as i32, y0 + (CELL_H / 2) as i32);
                root.draw(&Text::new(
                    format!("{n}{mean}{pains}"),
                    at,
                    font(12.0, ink, HPos::Center),
                ))?;
            }
        }
    }
    Ok(())
}

/// The matrix as an SVG document.
pub fn matrix_svg(
    m: &Matrix,
    stage_names: &[String],
    channel_names: &[String],
    scale: (i8, i8),
    lang: crate::i18n::Lang,
) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, matrix_size(m)).into_drawing_area();
        // Drawing into a string cannot fail; a failure would leave a partial but valid picture.
        let _ = draw_matrix(&root, m, stage_names, channel_names, scale, lang);
        let _ = root.present();
    }
    out
}
