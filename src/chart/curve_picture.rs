//! The emotion curve as a picture on its own (SVG/PNG download, the CLI's render): the curve with
//! the map's title and date above it and every touchpoint's name under its point, so the picture
//! tells its story without the page around it. Names are cut visibly ("…"): plotters does not
//! wrap.
use super::curve::{draw_emotion_curve, CurveText, Overlay};
use super::projection::layout_curve;
use crate::model::JourneyMap;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

/// Height of the title band above the curve.
pub const TITLE_HEIGHT: u32 = 44;
/// Height of the band of touchpoint names under the curve.
pub const NAMES_HEIGHT: u32 = 176;
/// Longest touchpoint name drawn whole (characters); longer ones end in "…".
pub const NAME_CHARS: usize = 24;

/// A name cut to `NAME_CHARS` characters, with "…" when it was longer.
pub fn cut_name(name: &str) -> String {
    let name = name.trim();
    if name.chars().count() <= NAME_CHARS {
        return name.to_string();
    }
    let kept: String = name.chars().take(NAME_CHARS - 1).collect();
    format!("{}…", kept.trim_end())
}

/// The curve `curve_height` tall framed by its title band and names band, `width` wide; returns
/// the SVG and its full height. `date` is written beside the title (the caller's words).
pub fn emotion_curve_picture(
    map: &JourneyMap,
    width: u32,
    curve_height: u32,
    text: &CurveText,
    overlay: Option<&Overlay>,
    date: &str,
) -> (String, u32) {
    let height = TITLE_HEIGHT + curve_height + NAMES_HEIGHT;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail; a failure would leave a partial but valid picture.
        let _ = root.fill(&WHITE);
        let (head, rest) = root.split_vertically(TITLE_HEIGHT);
        let (curve, names) = rest.split_vertically(curve_height);
        let ink = RGBColor(15, 23, 42);
        let font = |size: f64, colour: RGBColor, pos: Pos| {
            ("sans-serif", size * 1.24)
                .into_font()
                .color(&colour)
                .pos(pos)
        };
        let _ = head.draw(&Text::new(
            map.title.clone(),
            (10, 12),
            ("sans-serif", 18.0 * 1.24)
                .into_font()
                .style(FontStyle::Bold)
                .color(&ink)
                .pos(Pos::new(HPos::Left, VPos::Top)),
        ));
        let _ = head.draw(&Text::new(
            date.to_string(),
            (width as i32 - 10, 16),
            font(
                12.0,
                RGBColor(71, 85, 105),
                Pos::new(HPos::Right, VPos::Top),
            ),
        ));
        let _ = draw_emotion_curve(&curve, map, text, overlay);
        let layout = layout_curve(map, width, curve_height);
        let order = map.journey_order();
        for (pt, t) in layout.points.iter().zip(order) {
            let style = ("sans-serif", 11.0 * 1.24)
                .into_font()
                .transform(FontTransform::Rotate270)
                .color(&ink)
                .pos(Pos::new(HPos::Right, VPos::Center));
            let _ = names.draw(&Text::new(
                cut_name(&t.name),
                (pt.x.round() as i32, 6),
                style,
            ));
        }
        let _ = root.present();
    }
    (out, height)
}
