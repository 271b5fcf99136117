//! Other tools' formats, both ways: Mermaid `journey` text and CSV (CJML next). Every import builds
//! a map and sends it through the format's load pipeline (canonical export → `import`), so it is
//! checked and repaired like any map file; every conversion says what could not be carried over.
pub mod cjml;
pub mod csv;
mod csv_words;
pub mod handoff;
pub mod legacy;
pub mod mermaid;
pub mod metrics_csv;
mod note;
pub mod numbers;
pub mod plan_csv;
pub mod read;

pub use note::{Format, Note, TouchpointPart};

use crate::format::stored::{prepare, stored_text};
use crate::format::{check_counts, import, ImportError, Imported};
use crate::model::{search_fold, unspecified_channel, Channel, ChannelKind, Id, JourneyMap, Lang};

/// A map made from another tool's file, read through the load pipeline, and what was lost or
/// guessed on the way (as facts, in the order they happened).
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    /// The map with its repair report.
    pub imported: Imported,
    /// What the other format could not say, or what had to be guessed.
    pub notes: Vec<Note>,
}

/// The one way in: the built map as a file through `format::import`. The record limits come first
/// (100,000 CSV rows are "too many touchpoints", not the size of a file nobody wrote), and the
/// file is the compact storage form, so the size limit is about the map, not about indentation.
fn through_pipeline(map: &JourneyMap, notes: Vec<Note>) -> Result<Converted, ImportError> {
    check_counts(map)?;
    let text = stored_text(&prepare(map), &[]);
    Ok(Converted {
        imported: import(text.as_bytes())?,
        notes,
    })
}

/// Notes for what a format has no place for: pain points, exit points, metrics, sources (per
/// touchpoint count) and actions.
fn left_out(map: &JourneyMap, format: Format) -> Vec<Note> {
    let count = |f: &dyn Fn(&crate::model::Touchpoint) -> bool| {
        map.touchpoints.iter().filter(|t| f(t)).count()
    };
    let mut notes = Vec::new();
    for (part, touchpoints) in [
        (
            TouchpointPart::PainPoints,
            count(&|t| !t.pain_points.is_empty()),
        ),
        (
            TouchpointPart::ExitPoints,
            count(&|t| t.exit_point.is_some()),
        ),
        (TouchpointPart::Metrics, count(&|t| !t.metrics.is_empty())),
        (TouchpointPart::Sources, count(&|t| !t.sources.is_empty())),
        (
            TouchpointPart::ForcedSwitches,
            count(&|t| t.forced_switch.is_some()),
        ),
    ] {
        if touchpoints > 0 {
            notes.push(Note::PartLeftOut {
                part,
                touchpoints,
                format,
            });
        }
    }
    if !map.actions.is_empty() {
        notes.push(Note::ActionsLeftOut {
            count: map.actions.len(),
        });
    }
    notes
}

/// The channel an imported touchpoint names: one of the map's by name (Turkish i and case
/// folded; by id too when `or_id`), else a new channel; "unspecified" when the file names none.
fn channel_for(map: &mut JourneyMap, name: String, or_id: bool, lang: Lang) -> Id {
    if name.is_empty() {
        let c = unspecified_channel(lang);
        if !map.channels.iter().any(|x| x.id == c.id) {
            map.channels.push(c.clone());
        }
        return c.id;
    }
    let folded = search_fold(&name);
    let known = map
        .channels
        .iter()
        .find(|c| search_fold(&c.name) == folded || or_id && c.id == name);
    if let Some(c) = known {
        return c.id.clone();
    }
    let id = format!("c{}", map.channels.len() + 1);
    map.channels.push(Channel {
        id: id.clone(),
        name,
        kind: ChannelKind::Digital,
    });
    id
}

/// A 1–5 score (1 worst) on a map's scale.
fn score_to_value(score: u8, min: i8, max: i8) -> i8 {
    let span = (max as i16 - min as i16) as f64;
    (min as f64 + ((score.clamp(1, 5) - 1) as f64 * span / 4.0).round()) as i8
}

/// A value on a map's scale as a 1–5 score.
fn value_to_score(value: i8, min: i8, max: i8) -> u8 {
    let span = (max as i16 - min as i16).max(1) as f64;
    (1.0 + ((value as i16 - min as i16) as f64 * 4.0 / span).round()).clamp(1.0, 5.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_and_values_convert_both_ways_on_any_scale() {
        for (score, value) in [(1, -2), (2, -1), (3, 0), (4, 1), (5, 2)] {
            assert_eq!(score_to_value(score, -2, 2), value);
            assert_eq!(value_to_score(value, -2, 2), score);
        }
        assert_eq!(score_to_value(5, 1, 7), 7);
        assert_eq!(score_to_value(3, 1, 7), 4);
        assert_eq!(value_to_score(1, 1, 7), 1);
        assert_eq!(value_to_score(9, 1, 7), 5);
    }
}
