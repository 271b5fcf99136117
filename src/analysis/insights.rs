//! Findings computed from a map, for "what do we fix first": pain hotspots (severity × customers
//! affected per 100), exits (by rate and by customers lost), expectation–experience gaps,
//! metrics that miss their target, forced channel switches, each persona's lowest moment and
//! each stage's evidence coverage — and all of them as one ranked list of insights (the report's
//! order: by kind, then by score, highest first). Facts only; `i18n` says them.
use super::metrics::{target_met, value_of};
use super::volume::{same_period, volume};
use crate::model::order::sort_by;
use crate::model::{Evidence, Frequency, Id, JourneyMap, MetricKind, Touchpoint};
use serde::Serialize;

/// Why a pain point has no score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Unscored {
    /// No frequency was recorded.
    NoFrequency,
    /// A count per period, but the touchpoint has no volume measured over that period to
    /// divide it by.
    NoVolume,
}

/// One pain point's score.
#[derive(Debug, Clone, PartialEq)]
pub struct PainScore {
    /// The pain point.
    pub pain_point: Id,
    /// Its touchpoint.
    pub touchpoint: Id,
    /// The touchpoint's stage.
    pub stage: Id,
    /// Severity 1–5.
    pub severity: u8,
    /// Customers affected per 100, where known.
    pub per_hundred: Option<f64>,
    /// Severity × customers affected per 100; `None` with the reason in `unscored`.
    pub score: Option<f64>,
    /// Why there is no score.
    pub unscored: Option<Unscored>,
}

/// Customers affected per 100 at `tp`: as recorded, or a count per period divided by the
/// touchpoint's volume (visits or calls) measured over the same period.
pub fn per_hundred(tp: &Touchpoint, frequency: Option<&Frequency>) -> Result<f64, Unscored> {
    match frequency {
        None => Err(Unscored::NoFrequency),
        Some(Frequency::PerHundred { value }) => Ok(*value),
        Some(Frequency::Count { count, period }) => {
            let v = volume(tp, |m| same_period(m, period)).ok_or(Unscored::NoVolume)?;
            Ok(*count as f64 / v * 100.0)
        }
    }
}

/// Every pain point scored, highest score first (ties: higher severity, then journey order);
/// the ones that cannot be scored after them, by severity, then journey order.
pub fn pain_scores(map: &JourneyMap) -> Vec<PainScore> {
    let mut out: Vec<PainScore> = map
        .journey_order()
        .into_iter()
        .flat_map(|t| {
            t.pain_points.iter().map(move |p| {
                let per = per_hundred(t, p.frequency.as_ref());
                PainScore {
                    pain_point: p.id.clone(),
                    touchpoint: t.id.clone(),
                    stage: t.stage.clone(),
                    severity: p.severity,
                    per_hundred: per.ok(),
                    score: per.ok().map(|x| f64::from(p.severity) * x),
                    unscored: per.err(),
                }
            })
        })
        .collect();
    // A stable sort keeps journey order among equals.
    sort_by(&mut out, |a, b| {
        b.score
            .is_some()
            .cmp(&a.score.is_some())
            .then(b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)))
            .then(b.severity.cmp(&a.severity))
    });
    out
}

/// Each stage's pain score (the sum of its scored pain points), highest first; ties keep the
/// stages' order.
pub fn stage_pain_totals(map: &JourneyMap) -> Vec<(Id, f64)> {
    let scores = pain_scores(map);
    let mut out: Vec<(Id, f64)> = map
        .stages
        .iter()
        .map(|s| {
            let sum = scores
                .iter()
                .filter(|p| p.stage == s.id)
                .filter_map(|p| p.score)
                .fold(0.0, |a, b| a + b);
            (s.id.clone(), sum)
        })
        .collect();
    sort_by(&mut out, |a, b| b.1.total_cmp(&a.1));
    out
}

/// One exit point.
#[derive(Debug, Clone, PartialEq)]
pub struct ExitFinding {
    /// The touchpoint customers leave at.
    pub touchpoint: Id,
    /// Its stage.
    pub stage: Id,
    /// Share leaving, 0–1, where recorded.
    pub rate: Option<f64>,
    /// Customers at the touchpoint (its visits or calls), where measured.
    pub volume: Option<f64>,
    /// Customers lost: rate × volume, where both are known.
    pub lost: Option<f64>,
}

/// Every exit, highest rate first (those without a rate last; ties keep journey order).
pub fn exits(map: &JourneyMap) -> Vec<ExitFinding> {
    let mut out: Vec<ExitFinding> = map
        .journey_order()
        .into_iter()
        .filter_map(|t| {
            let e = t.exit_point.as_ref()?;
            let volume = volume(t, |_| true);
            Some(ExitFinding {
                touchpoint: t.id.clone(),
                stage: t.stage.clone(),
                rate: e.rate,
                volume,
                lost: e.rate.zip(volume).map(|(r, v)| r * v),
            })
        })
        .collect();
    sort_by(&mut out, |a, b| {
        b.rate
            .is_some()
            .cmp(&a.rate.is_some())
            .then(b.rate.unwrap_or(0.0).total_cmp(&a.rate.unwrap_or(0.0)))
    });
    out
}

/// The exits whose customers lost are known, most lost first.
pub fn exits_by_lost(map: &JourneyMap) -> Vec<ExitFinding> {
    let mut out: Vec<ExitFinding> = exits(map)
        .into_iter()
        .filter(|e| e.lost.is_some())
        .collect();
    sort_by(&mut out, |a, b| {
        b.lost.unwrap_or(0.0).total_cmp(&a.lost.unwrap_or(0.0))
    });
    out
}

/// A metric that misses its target.
#[derive(Debug, Clone, PartialEq)]
pub struct MissedTarget {
    /// Its touchpoint.
    pub touchpoint: Id,
    /// The metric.
    pub metric: Id,
    /// Its kind.
    pub kind: MetricKind,
    /// Its value (computed from its answers where it has them).
    pub value: f64,
    /// Its target.
    pub target: f64,
    /// How far it misses, in % of the target (of 1 when the target is 0).
    pub miss_percent: f64,
}

/// Every metric that misses its target, in journey order.
pub fn missed_targets(map: &JourneyMap) -> Vec<MissedTarget> {
    map.journey_order()
        .into_iter()
        .flat_map(|t| {
            t.metrics.iter().filter_map(move |m| {
                if target_met(m)? {
                    return None;
                }
                let (value, _) = value_of(m)?;
                let target = m.target?;
                let base = if target == 0.0 { 1.0 } else { target.abs() };
                Some(MissedTarget {
                    touchpoint: t.id.clone(),
                    metric: m.id.clone(),
                    kind: m.kind,
                    value,
                    target,
                    miss_percent: (value - target).abs() / base * 100.0,
                })
            })
        })
        .collect()
}

/// A stage's evidence coverage: how much of it is observed (data-backed) rather than assumed
/// or proposed.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// The stage.
    pub stage: Id,
    /// Its touchpoints.
    pub touchpoints: usize,
    /// Of them, observed.
    pub touchpoints_observed: usize,
    /// Its pain points.
    pub pain_points: usize,
    /// Of them, observed.
    pub pain_points_observed: usize,
}

impl Coverage {
    /// Observed touchpoints and pain points over all of them, 0–1 (`None` for an empty stage).
    pub fn share(&self) -> Option<f64> {
        let all = self.touchpoints + self.pain_points;
        (all > 0)
            .then(|| (self.touchpoints_observed + self.pain_points_observed) as f64 / all as f64)
    }
}

/// Every stage's evidence coverage, in stage order.
pub fn evidence_coverage(map: &JourneyMap) -> Vec<Coverage> {
    map.stages
        .iter()
        .map(|s| stage_coverage(map, &s.id))
        .collect()
}

/// The evidence coverage of stage `stage`.
pub fn stage_coverage(map: &JourneyMap, stage: &str) -> Coverage {
    let mut c = Coverage {
        stage: stage.to_string(),
        touchpoints: 0,
        touchpoints_observed: 0,
        pain_points: 0,
        pain_points_observed: 0,
    };
    for t in map.touchpoints_of(stage) {
        c.touchpoints += 1;
        c.touchpoints_observed += usize::from(t.evidence == Evidence::Observed);
        c.pain_points += t.pain_points.len();
        c.pain_points_observed += t
            .pain_points
            .iter()
            .filter(|p| p.evidence == Evidence::Observed)
            .count();
    }
    c
}
