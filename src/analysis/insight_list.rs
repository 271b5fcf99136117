//! Every finding as one ranked list, the insights panel's and the report's: by kind —
//! pain hotspots, exits, gaps, missed targets, forced switches, lowest moments, unbacked
//! stages — then by score, highest first (ties keep journey order; no score comes last).
use super::insights::{evidence_coverage, exits, missed_targets, pain_scores};
use super::moments::{gaps, lowest_per_persona};
use crate::model::order::sort_by;
use crate::model::{Id, JourneyMap};
use serde::Serialize;

/// What an insight is about, in the report's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum InsightKind {
    /// A pain point; score: severity × customers affected per 100.
    PainHotspot,
    /// An exit point; score: customers lost where volume is known, else the rate × 100.
    Exit,
    /// An experience below its expectation; score: |received − expected|.
    Gap,
    /// A metric that misses its target; score: by how much, in % of the target.
    MetricMissed,
    /// A forced hand-over; score: its touchpoint's pain score (0 without pains).
    ForcedSwitch,
    /// A persona's lowest emotion; score: minus the emotion.
    LowestMoment,
    /// A stage not fully backed by observation; score: 100 − its evidence coverage %.
    Unbacked,
}

impl InsightKind {
    /// The kind's code, as the report and an action's origin name it.
    pub fn code(self) -> &'static str {
        match self {
            InsightKind::PainHotspot => "painHotspot",
            InsightKind::Exit => "exit",
            InsightKind::Gap => "gap",
            InsightKind::MetricMissed => "metricMissed",
            InsightKind::ForcedSwitch => "forcedSwitch",
            InsightKind::LowestMoment => "lowestMoment",
            InsightKind::Unbacked => "unbacked",
        }
    }
}

/// One insight: a kind, where it is, and its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Insight {
    /// What it is about.
    pub kind: InsightKind,
    /// The touchpoint, where one applies.
    pub touchpoint: Option<Id>,
    /// The stage.
    pub stage: Option<Id>,
    /// The persona, for a lowest moment.
    pub persona: Option<Id>,
    /// The pain point, for a pain hotspot.
    #[serde(skip)]
    pub pain_point: Option<Id>,
    /// The metric, for a missed target.
    #[serde(skip)]
    pub metric: Option<Id>,
    /// Its score (the kind says what it measures); `None` where it cannot be measured.
    pub score: Option<f64>,
}

fn at(kind: InsightKind, tp: &Id, stage: &Id, score: Option<f64>) -> Insight {
    Insight {
        kind,
        touchpoint: Some(tp.clone()),
        stage: Some(stage.clone()),
        persona: None,
        pain_point: None,
        metric: None,
        score,
    }
}

/// Every insight of `map`, ranked.
// Plain loops rather than `extend` over mapped iterators: each of those compiled its own
// adapter and extend code into the app's WebAssembly.
pub fn insights(map: &JourneyMap) -> Vec<Insight> {
    let pains = pain_scores(map);
    let mut out: Vec<Insight> = Vec::new();
    for p in &pains {
        out.push(Insight {
            pain_point: Some(p.pain_point.clone()),
            ..at(InsightKind::PainHotspot, &p.touchpoint, &p.stage, p.score)
        });
    }
    for e in exits(map) {
        let score = e.lost.or(e.rate.map(|r| r * 100.0));
        out.push(at(InsightKind::Exit, &e.touchpoint, &e.stage, score));
    }
    for g in gaps(map) {
        if let Some(x) = g.gap().filter(|x| *x < 0.0) {
            out.push(at(InsightKind::Gap, &g.touchpoint, &g.stage, Some(x.abs())));
        }
    }
    for m in missed_targets(map) {
        let stage = map.touchpoint(&m.touchpoint).map(|t| t.stage.clone());
        out.push(Insight {
            metric: Some(m.metric.clone()),
            ..at(
                InsightKind::MetricMissed,
                &m.touchpoint,
                &stage.unwrap_or_default(),
                Some(m.miss_percent),
            )
        });
    }
    for t in map.journey_order() {
        if t.forced_switch.is_some() {
            let mut score = 0.0;
            for p in &pains {
                if p.touchpoint == t.id {
                    score += p.score.unwrap_or(0.0);
                }
            }
            out.push(at(InsightKind::ForcedSwitch, &t.id, &t.stage, Some(score)));
        }
    }
    for m in lowest_per_persona(map) {
        let low = Some(-f64::from(m.emotion));
        out.push(Insight {
            persona: Some(m.persona.clone()),
            ..at(InsightKind::LowestMoment, &m.touchpoint, &m.stage, low)
        });
    }
    for c in evidence_coverage(map) {
        if let Some(share) = c.share().filter(|s| *s < 1.0) {
            out.push(Insight {
                touchpoint: None,
                ..at(
                    InsightKind::Unbacked,
                    &Id::new(),
                    &c.stage,
                    Some(100.0 - share * 100.0),
                )
            });
        }
    }
    sort_by(&mut out, |a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.score.is_some().cmp(&a.score.is_some()))
            .then(b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)))
    });
    out
}
