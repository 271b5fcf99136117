//! Derived views of a map (never stored): emotion curve points, channel switches, stage summaries.
mod compare;
pub mod cycle;
mod diff;
pub mod insight_list;
pub mod insights;
mod matrix;
pub mod metrics;
pub mod moments;
pub mod plan;
pub mod report;
pub mod volume;

pub use compare::{compare, overlay_values, Comparison};
pub use diff::{diff, marks, Change, Mark};
pub use matrix::{matrix, Cell, Matrix};

use crate::model::{Id, JourneyMap};

/// One point of the emotion curve: a touchpoint in journey order and one persona's emotion there.
#[derive(Debug, Clone, PartialEq)]
pub struct CurvePoint {
    /// Position in journey order (0-based).
    pub index: usize,
    /// The touchpoint.
    pub touchpoint: Id,
    /// The emotion, if recorded.
    pub emotion: Option<i8>,
}

/// The emotion curve of one persona, in journey order.
pub fn emotion_curve(map: &JourneyMap, persona: &str) -> Vec<CurvePoint> {
    map.journey_order()
        .into_iter()
        .enumerate()
        .map(|(index, t)| CurvePoint {
            index,
            touchpoint: t.id.clone(),
            emotion: t.emotions.get(persona).copied(),
        })
        .collect()
}

/// A change of channel between two consecutive touchpoints: a critical friction moment (seed 002).
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelSwitch {
    /// Index (journey order) of the touchpoint before the switch.
    pub from_index: usize,
    /// Channel before.
    pub from_channel: Id,
    /// Channel after.
    pub to_channel: Id,
    /// Whether the customer was sent on (a forced hand-over), with its note: the switch that
    /// hurts, unlike an ordinary change of channel.
    pub forced: Option<String>,
}

/// Every channel switch in journey order: each change of channel, and each forced hand-over
/// (even within one channel, such as one agent passing the customer to another).
pub fn channel_switches(map: &JourneyMap) -> Vec<ChannelSwitch> {
    let order = map.journey_order();
    order
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0].channel != w[1].channel || w[1].forced_switch.is_some())
        .map(|(i, w)| ChannelSwitch {
            from_index: i,
            from_channel: w[0].channel.clone(),
            to_channel: w[1].channel.clone(),
            forced: w[1].forced_switch.as_ref().map(|f| f.note.clone()),
        })
        .collect()
}

/// Summary numbers for one stage.
#[derive(Debug, Clone, PartialEq)]
pub struct StageSummary {
    /// Touchpoints in the stage.
    pub touchpoints: usize,
    /// Pain points in the stage.
    pub pain_points: usize,
    /// Exit points in the stage.
    pub exits: usize,
    /// Mean emotion over all personas and touchpoints, if any recorded.
    pub mean_emotion: Option<f64>,
}

/// Summary of one stage.
pub fn stage_summary(map: &JourneyMap, stage: &str) -> StageSummary {
    let tps: Vec<_> = map.touchpoints_of(stage).collect();
    let values: Vec<f64> = tps
        .iter()
        .flat_map(|t| t.emotions.values().map(|v| *v as f64))
        .collect();
    StageSummary {
        touchpoints: tps.len(),
        pain_points: tps.iter().map(|t| t.pain_points.len()).sum(),
        exits: tps.iter().filter(|t| t.exit_point.is_some()).count(),
        mean_emotion: if values.is_empty() {
            None
        } else {
            Some(values.iter().sum::<f64>() / values.len() as f64)
        },
    }
}
