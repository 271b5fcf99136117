//! The funnel drawn with plotters: one bar per step (the customers reaching it, the widest step
//! the full width), the step's name and count, and between two steps the conversion and the
//! drop-off (or "more customers arrived", never a negative drop-off), with the exit point of the
//! step customers leave from.
use crate::analysis::metrics::{funnel, funnel_steps};
use crate::i18n::{exit_chip, text, typed_percent, whole, Key, Lang};
use crate::model::JourneyMap;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const ROW: u32 = 58;
const WIDTH: u32 = 720;

/// The funnel of `map` as SVG in `lang`, or `None` when it has fewer than two steps.
pub fn funnel_svg(map: &JourneyMap, lang: Lang) -> Option<String> {
    let steps = funnel(map);
    if steps.is_empty() {
        return None;
    }
    // Each step's customers as the funnel counts them (its marked metric, or its visits).
    let counted = funnel_steps(map).1;
    let visits = |id: &str| {
        counted
            .iter()
            .find(|(t, _)| t == id)
            .map_or(0.0, |(_, n)| *n)
    };
    let mut ids: Vec<&str> = steps.iter().map(|s| s.from.as_str()).collect();
    ids.extend(steps.last().map(|s| s.to.as_str()));
    let widest = ids.iter().map(|id| visits(id)).fold(0.0, f64::max).max(1.0);
    let height = ids.len() as u32 * ROW + 10;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let font = |size: f64, colour: RGBColor| {
            ("sans-serif", size)
                .into_font()
                .color(&colour)
                .pos(Pos::new(HPos::Left, VPos::Top))
        };
        for (i, id) in ids.iter().enumerate() {
            let top = (i as u32 * ROW) as i32 + 6;
            let v = visits(id);
            let w = ((v / widest) * (WIDTH as f64 - 20.0)).max(2.0) as i32;
            let left = (WIDTH as i32 - w) / 2;
            let _ = root.draw(&Rectangle::new(
                [(left, top), (left + w, top + 22)],
                RGBColor(37, 99, 235).mix(0.85).filled(),
            ));
            let name = map
                .touchpoint(id)
                .map(|t| t.name.clone())
                .unwrap_or_default();
            let label = format!("{name} · {}", whole(lang, v.round() as u64));
            let _ = root.draw(&Text::new(
                label,
                (12, top + 26),
                font(12.0, RGBColor(15, 23, 42)),
            ));
            if let Some(step) = steps.get(i) {
                let drop = match step.drop_off {
                    Some(d) => format!("{} {}", text(lang, Key::DropOff), typed_percent(lang, d)),
                    None => text(lang, Key::MoreArrived).to_string(),
                };
                let mut said = format!(
                    "↓ {} {} · {drop}",
                    text(lang, Key::Conversion),
                    typed_percent(lang, step.conversion)
                );
                if let Some(e) = map.touchpoint(id).and_then(|t| t.exit_point.as_ref()) {
                    said.push_str(&format!(" · ⇥ {}", exit_chip(lang, e)));
                }
                let _ = root.draw(&Text::new(
                    said,
                    (12, top + 40),
                    font(11.0, RGBColor(71, 85, 105)),
                ));
            }
        }
    }
    Some(out)
}
