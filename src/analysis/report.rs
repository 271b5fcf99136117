//! The map's numbers as one report (the CLI's `patika report`, as JSON or Markdown): every
//! metric with its value computed from its counts, the stages' roll-ups and the funnel. Values
//! are unrounded; conversion and drop-off are fractions 0–1; null where not measurable.
use super::metrics::Pooled;
use super::metrics::{funnel, funnel_steps, stage_numbers, target_met, value_of, FunnelBasis};
use crate::model::{JourneyMap, MetricKind, Period};
use serde::Serialize;

/// One metric of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricRow {
    /// The metric's id, as in the file.
    pub id: String,
    /// Its touchpoint's id.
    pub touchpoint: String,
    /// Its kind, as the file names it ("nps", "waitTime"…).
    pub kind: MetricKind,
    /// Its name when custom.
    pub label: String,
    /// Its value: computed from its counts where it has them, else as typed.
    pub value: Option<f64>,
    /// Answers or observations behind it.
    pub n: Option<u64>,
    /// Its unit.
    pub unit: String,
    /// Its answers' scale.
    pub scale: String,
    /// Its method.
    pub method: String,
    /// The period it was measured over.
    pub period: Option<Period>,
    /// Its target.
    pub target: Option<f64>,
    /// Whether the target is met, in the metric's direction.
    pub met: Option<bool>,
}

/// One stage's roll-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StageRow {
    /// The stage's id.
    pub stage: String,
    /// NPS, −100…100.
    pub nps: Option<f64>,
    /// Its n.
    pub nps_n: Option<u64>,
    /// CSAT.
    pub csat: Option<f64>,
    /// Its n.
    pub csat_n: Option<u64>,
    /// CES.
    pub ces: Option<f64>,
    /// Its n.
    pub ces_n: Option<u64>,
    /// Visits, summed.
    pub visits: Option<f64>,
    /// Calls, summed.
    pub calls: Option<f64>,
    /// Wait time, n-weighted.
    pub wait_time: Option<f64>,
    /// Its n.
    pub wait_time_n: Option<u64>,
}

/// One step of the funnel.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FunnelRow {
    /// The step touchpoint's id.
    pub from: String,
    /// The next step touchpoint's id.
    pub to: String,
    /// Customers at `to` / customers at `from`, a fraction.
    pub conversion: f64,
    /// 1 − conversion, a fraction 0–1; null when more customers reached `to`.
    pub drop_off: Option<f64>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Every metric, in journey order.
    pub metrics: Vec<MetricRow>,
    /// Every stage's roll-up, in stage order.
    pub stages: Vec<StageRow>,
    /// The funnel's steps.
    pub funnel: Vec<FunnelRow>,
    /// Which touchpoints the funnel runs through: "marked" or "visits".
    pub funnel_basis: FunnelBasis,
    /// Every pain point's score, highest first; the unscored after, score null.
    pub pain_points: Vec<PainRow>,
    /// Every insight, ranked (`insight_list::insights`).
    pub insights: Vec<super::insight_list::Insight>,
    /// The action plan's order (`plan::plan`).
    pub actions: Vec<super::plan::Ranked>,
}

/// One pain point's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PainRow {
    /// The pain point's id.
    pub id: String,
    /// Its touchpoint's id.
    pub touchpoint: String,
    /// Severity × customers affected per 100; null when it cannot be measured.
    pub score: Option<f64>,
    /// Why not: "noFrequency" or "noVolume".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unscored: Option<super::insights::Unscored>,
}

fn split(p: &Option<Pooled>) -> (Option<f64>, Option<u64>) {
    match p {
        Some(Pooled::Value { value, n }) => (Some(*value), *n),
        _ => (None, None),
    }
}

/// The report of `map`.
pub fn report(map: &JourneyMap) -> Report {
    let metrics = map
        .journey_order()
        .into_iter()
        .flat_map(|t| t.metrics.iter().map(move |m| (t, m)))
        .map(|(t, m)| {
            let (value, n) = value_of(m).unzip();
            MetricRow {
                id: m.id.clone(),
                touchpoint: t.id.clone(),
                kind: m.kind,
                label: m.label.clone(),
                value,
                n: n.flatten(),
                unit: m.unit.clone(),
                scale: m.scale.clone(),
                method: m.method.clone(),
                period: m.period.clone(),
                target: m.target,
                met: target_met(m),
            }
        })
        .collect();
    let stages = map
        .stages
        .iter()
        .map(|s| {
            let numbers = stage_numbers(map, &s.id);
            let (nps, nps_n) = split(&numbers.nps);
            let (csat, csat_n) = split(&numbers.csat);
            let (ces, ces_n) = split(&numbers.ces);
            let (wait_time, wait_time_n) = split(&numbers.wait_time);
            StageRow {
                stage: s.id.clone(),
                nps,
                nps_n,
                csat,
                csat_n,
                ces,
                ces_n,
                visits: split(&numbers.visits).0,
                calls: split(&numbers.calls).0,
                wait_time,
                wait_time_n,
            }
        })
        .collect();
    let funnel = funnel(map)
        .into_iter()
        .map(|f| FunnelRow {
            from: f.from,
            to: f.to,
            conversion: f.conversion,
            drop_off: f.drop_off,
        })
        .collect();
    Report {
        metrics,
        stages,
        funnel,
        funnel_basis: funnel_steps(map).0,
        pain_points: super::insights::pain_scores(map)
            .into_iter()
            .map(|p| PainRow {
                id: p.pain_point,
                touchpoint: p.touchpoint,
                score: p.score,
                unscored: p.unscored,
            })
            .collect(),
        insights: super::insight_list::insights(map),
        actions: super::plan::plan(map),
    }
}
