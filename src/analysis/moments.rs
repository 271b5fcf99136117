//! How the journey feels: each persona's and each stage's lowest moment, the emotion summary
//! (mean per stage, the share of steps at or above the scale's neutral midpoint), and the gaps
//! between what customers expected and what they received.
use crate::model::order::sort_by;
use crate::model::{Id, JourneyMap};

/// The lowest emotion of a persona (or of a stage, over its personas).
#[derive(Debug, Clone, PartialEq)]
pub struct Moment {
    /// Where.
    pub touchpoint: Id,
    /// The touchpoint's stage.
    pub stage: Id,
    /// Whose emotion.
    pub persona: Id,
    /// The emotion, on the map's scale.
    pub emotion: i8,
}

/// Every recorded emotion as a moment, in journey order and persona order.
fn moments(map: &JourneyMap) -> Vec<Moment> {
    map.journey_order()
        .into_iter()
        .flat_map(|t| {
            map.personas.iter().filter_map(move |p| {
                Some(Moment {
                    touchpoint: t.id.clone(),
                    stage: t.stage.clone(),
                    persona: p.id.clone(),
                    emotion: *t.emotions.get(&p.id)?,
                })
            })
        })
        .collect()
}

/// The first of the lowest among `all` (journey order breaks ties).
fn lowest<'a>(all: impl Iterator<Item = &'a Moment>) -> Option<Moment> {
    all.fold(None, |low: Option<&Moment>, m| match low {
        Some(l) if l.emotion <= m.emotion => Some(l),
        _ => Some(m),
    })
    .cloned()
}

/// Each persona's lowest moment, in persona order (personas with no emotion left out).
pub fn lowest_per_persona(map: &JourneyMap) -> Vec<Moment> {
    let all = moments(map);
    map.personas
        .iter()
        .filter_map(|p| lowest(all.iter().filter(|m| m.persona == p.id)))
        .collect()
}

/// Each stage's lowest moment over all personas, in stage order (stages with no emotion left
/// out).
pub fn lowest_per_stage(map: &JourneyMap) -> Vec<Moment> {
    let all = moments(map);
    map.stages
        .iter()
        .filter_map(|s| lowest(all.iter().filter(|m| m.stage == s.id)))
        .collect()
}

/// The journey's emotion at a glance.
#[derive(Debug, Clone, PartialEq)]
pub struct EmotionSummary {
    /// Each stage's mean emotion over its touchpoints and personas (`None`: nothing recorded).
    pub stage_means: Vec<(Id, Option<f64>)>,
    /// The share of recorded emotions at or above the scale's midpoint, 0–1.
    pub at_or_above_neutral: Option<f64>,
    /// The scale's midpoint ("neutral" on any scale: 0 on −2…2, 3 on 1…5).
    pub neutral: f64,
}

/// The emotion summary of `map`.
pub fn emotion_summary(map: &JourneyMap) -> EmotionSummary {
    let all = moments(map);
    let neutral = (f64::from(map.emotion_scale.min) + f64::from(map.emotion_scale.max)) / 2.0;
    let mean = |of: &mut dyn Iterator<Item = &Moment>| {
        let (sum, n) = of.fold((0.0, 0usize), |(s, n), m| (s + f64::from(m.emotion), n + 1));
        (n > 0).then(|| sum / n as f64)
    };
    let stage_means = map
        .stages
        .iter()
        .map(|s| {
            (
                s.id.clone(),
                mean(&mut all.iter().filter(|m| m.stage == s.id)),
            )
        })
        .collect();
    let at_or_above = all
        .iter()
        .filter(|m| f64::from(m.emotion) >= neutral)
        .count();
    EmotionSummary {
        stage_means,
        at_or_above_neutral: (!all.is_empty()).then(|| at_or_above as f64 / all.len() as f64),
        neutral,
    }
}

/// A touchpoint's expectation against its experience.
#[derive(Debug, Clone, PartialEq)]
pub struct GapFinding {
    /// The touchpoint.
    pub touchpoint: Id,
    /// Its stage.
    pub stage: Id,
    /// The rated gap (received − expected) with both ratings and their scale, where rated.
    pub rated: Option<crate::model::ServiceGap>,
    /// What the customer expects, as written.
    pub expectation: String,
    /// What the customer experiences, as written.
    pub experience: String,
}

impl GapFinding {
    /// Received − expected, where rated.
    pub fn gap(&self) -> Option<f64> {
        self.rated.as_ref().map(|g| g.gap())
    }
}

/// Every touchpoint with a rated gap or both texts: the rated ones first, from the widest
/// shortfall to the widest excess, then the text-only pairs in journey order.
pub fn gaps(map: &JourneyMap) -> Vec<GapFinding> {
    let mut out: Vec<GapFinding> = map
        .journey_order()
        .into_iter()
        .filter(|t| {
            t.gap.is_some() || !(t.expectation.trim().is_empty() || t.experience.trim().is_empty())
        })
        .map(|t| GapFinding {
            touchpoint: t.id.clone(),
            stage: t.stage.clone(),
            rated: t.gap.clone(),
            expectation: t.expectation.clone(),
            experience: t.experience.clone(),
        })
        .collect();
    sort_by(&mut out, |a, b| match (a.gap(), b.gap()) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    out
}
