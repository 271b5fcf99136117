//! Survey metrics computed from raw answers (`../shared/reference/METRICS.md`): NPS from 0–10
//! answers or promoter / passive / detractor counts, CSAT as the top-two-box share or the mean,
//! CES as the mean or the share agreeing. A value is computed from its counts where they exist
//! (the counts win over a typed value, and a disagreement is reported); what was computed comes
//! back as data — the formula's numbers — for `i18n` to say.
use crate::model::{Metric, MetricKind};
use std::collections::BTreeMap;

/// How a value was computed, with its numbers: what the interface shows as the formula.
#[derive(Debug, Clone, PartialEq)]
pub enum Formula {
    /// NPS = % promoters − % detractors.
    Nps {
        /// Share of promoters, 0–100.
        promoters: f64,
        /// Share of detractors, 0–100.
        detractors: f64,
    },
    /// The share (0–100) of answers from `from` up on the scale (top-two-box CSAT, CES agreeing).
    TopBox {
        /// Lowest answer counted.
        from: u8,
        /// Share of answers counted, 0–100.
        share: f64,
    },
    /// The mean answer.
    Mean,
}

/// A metric's value as computed from its counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    /// The value (NPS −100…100 unrounded; a share 0–100; a mean on the scale).
    pub value: f64,
    /// Answers counted.
    pub n: u64,
    /// How it was computed.
    pub formula: Formula,
    /// The typed value, when it differs from the computed one (the counts win).
    pub typed_differs: Option<f64>,
}

/// Why a metric's value could not be computed from counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotComputed {
    /// It has no counts (a typed value stands as typed).
    NoCounts,
    /// Counts exist but no answer was counted (n = 0).
    NoAnswers,
    /// Its counts' keys are not answers on a scale this kind reads.
    UnreadableCounts,
    /// Not a survey metric: its value is what was measured.
    NotSurvey,
}

/// The answers' scale from text such as "0-10", "1–5", "1 - 7".
pub fn scale_of(scale: &str) -> Option<(u8, u8)> {
    let (lo, hi) = scale.split_once(['-', '–'])?;
    let (lo, hi) = (lo.trim().parse().ok()?, hi.trim().parse().ok()?);
    (lo < hi).then_some((lo, hi))
}

/// Counts per answer on `scale` (keys "0"…"10"): `None` if a key is not an answer on it.
fn answers(counts: &BTreeMap<String, u64>, scale: (u8, u8)) -> Option<BTreeMap<u8, u64>> {
    counts
        .iter()
        .map(|(k, n)| {
            let a: u8 = k.trim().parse().ok()?;
            (scale.0..=scale.1).contains(&a).then_some((a, *n))
        })
        .collect()
}

/// The lowest answer that counts as satisfied (CSAT) or agreeing (CES) on a scale: 4 on 1–5,
/// 6 on 1–7 for CSAT, 9 on 1–10; CES 2.0 on 1–7 counts 5–7.
fn top_box(kind: MetricKind, scale: (u8, u8)) -> u8 {
    match (kind, scale.1) {
        (MetricKind::Ces, 7) => 5,
        (_, 5) => 4,
        (_, 7) => 6,
        (_, 10) => 9,
        (_, hi) => hi.saturating_sub(1),
    }
}

/// Whether `method` asks for the mean rather than a share.
fn wants_mean(method: &str) -> bool {
    let m = method.to_lowercase();
    m.contains("mean") || m.contains("ortalama") || m.contains("avg")
}

/// The value of `metric` computed from its counts.
pub fn compute(metric: &Metric) -> Result<Computed, NotComputed> {
    if !matches!(
        metric.kind,
        MetricKind::Nps | MetricKind::Csat | MetricKind::Ces
    ) {
        return Err(NotComputed::NotSurvey);
    }
    if metric.counts.is_empty() {
        return Err(NotComputed::NoCounts);
    }
    let (value, n, formula) = match metric.kind {
        MetricKind::Nps => nps(&metric.counts)?,
        _ => {
            let default = if metric.kind == MetricKind::Ces {
                (1, 7)
            } else {
                (1, 5)
            };
            let scale = scale_of(&metric.scale).unwrap_or(default);
            let by_answer = answers(&metric.counts, scale).ok_or(NotComputed::UnreadableCounts)?;
            let n: u64 = by_answer.values().sum();
            if n == 0 {
                return Err(NotComputed::NoAnswers);
            }
            if wants_mean(&metric.method) {
                let sum: u64 = by_answer.iter().map(|(a, c)| *a as u64 * c).sum();
                (sum as f64 / n as f64, n, Formula::Mean)
            } else {
                let from = top_box(metric.kind, scale);
                let top: u64 = by_answer.range(from..).map(|(_, c)| c).sum();
                let share = top as f64 * 100.0 / n as f64;
                (share, n, Formula::TopBox { from, share })
            }
        }
    };
    let typed_differs = metric.value.filter(|v| (v - value).abs() > 0.05);
    Ok(Computed {
        value,
        n,
        formula,
        typed_differs,
    })
}

/// NPS from answers "0"…"10" or from "promoters" / "passives" / "detractors" counts.
fn nps(counts: &BTreeMap<String, u64>) -> Result<(f64, u64, Formula), NotComputed> {
    let get = |k: &str| counts.get(k).copied().unwrap_or(0);
    let grouped = ["promoters", "passives", "detractors"]
        .iter()
        .any(|k| counts.contains_key(*k));
    let (pro, pas, det) = if grouped {
        if counts
            .keys()
            .any(|k| !["promoters", "passives", "detractors"].contains(&k.as_str()))
        {
            return Err(NotComputed::UnreadableCounts);
        }
        (get("promoters"), get("passives"), get("detractors"))
    } else {
        let by_answer = answers(counts, (0, 10)).ok_or(NotComputed::UnreadableCounts)?;
        let sum =
            |r: std::ops::RangeInclusive<u8>| -> u64 { by_answer.range(r).map(|(_, c)| c).sum() };
        (sum(9..=10), sum(7..=8), sum(0..=6))
    };
    let n = pro + pas + det;
    if n == 0 {
        return Err(NotComputed::NoAnswers);
    }
    let promoters = pro as f64 * 100.0 / n as f64;
    let detractors = det as f64 * 100.0 / n as f64;
    Ok((
        promoters - detractors,
        n,
        Formula::Nps {
            promoters,
            detractors,
        },
    ))
}

/// Answers pasted as a column (one number per line, as copied from a spreadsheet): counts per
/// answer on `scale`, and how many non-empty lines were not an answer on it (never dropped
/// silently: the caller shows the count).
pub fn answers_from_column(text: &str, scale: (u8, u8)) -> (BTreeMap<String, u64>, usize) {
    let mut counts = BTreeMap::new();
    let mut unreadable = 0;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // A whole number; "7,0" or "7.0" from a spreadsheet is 7.
        let whole = line
            .strip_suffix(",0")
            .or_else(|| line.strip_suffix(".0"))
            .unwrap_or(line);
        match whole.parse::<u8>() {
            Ok(a) if (scale.0..=scale.1).contains(&a) => {
                *counts.entry(a.to_string()).or_insert(0) += 1;
            }
            _ => unreadable += 1,
        }
    }
    (counts, unreadable)
}

/// A stage's number pooled from its touchpoints' metrics of one kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Pooled {
    /// The pooled value and the answers behind it (`None` for sums of counts such as visits).
    Value {
        /// The value.
        value: f64,
        /// Answers or observations pooled.
        n: Option<u64>,
    },
    /// Metrics of this kind on different scales, methods or units: not pooled.
    Mixed,
    /// A value without its n: cannot be weighted.
    MissingN,
}

/// A stage's numbers: each `None` where no touchpoint of the stage measures it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StageNumbers {
    /// NPS: pooled from counts where every metric has them, else n-weighted.
    pub nps: Option<Pooled>,
    /// CSAT, the same way.
    pub csat: Option<Pooled>,
    /// CES: the n-weighted mean.
    pub ces: Option<Pooled>,
    /// Visits, summed.
    pub visits: Option<Pooled>,
    /// Calls, summed.
    pub calls: Option<Pooled>,
    /// Wait time, n-weighted.
    pub wait_time: Option<Pooled>,
}

/// The value a metric stands for: computed from its counts, else as typed (with its n).
fn standing(m: &Metric) -> Option<(f64, Option<u64>)> {
    match compute(m) {
        Ok(c) => Some((c.value, Some(c.n))),
        Err(_) => m.value.map(|v| (v, m.n)),
    }
}

fn pool(metrics: &[&Metric], kind: MetricKind) -> Option<Pooled> {
    let of: Vec<&Metric> = metrics.iter().copied().filter(|m| m.kind == kind).collect();
    let first = of.first()?;
    if of
        .iter()
        .any(|m| m.scale.trim() != first.scale.trim() || m.method.trim() != first.method.trim())
    {
        return Some(Pooled::Mixed);
    }
    if matches!(kind, MetricKind::Visits | MetricKind::Calls) {
        let sum: f64 = of.iter().filter_map(|m| m.value).sum();
        return Some(Pooled::Value {
            value: sum,
            n: None,
        });
    }
    // Survey counts pool into one set of answers when every metric has them.
    if matches!(kind, MetricKind::Nps | MetricKind::Csat) && of.iter().all(|m| !m.counts.is_empty())
    {
        let mut counts = BTreeMap::new();
        for m in &of {
            for (k, c) in &m.counts {
                *counts.entry(k.clone()).or_insert(0) += c;
            }
        }
        let pooled = Metric {
            counts,
            ..(*first).clone()
        };
        if let Ok(c) = compute(&pooled) {
            return Some(Pooled::Value {
                value: c.value,
                n: Some(c.n),
            });
        }
    }
    let mut weighted = 0.0;
    let mut total = 0u64;
    for m in &of {
        match standing(m) {
            Some((v, Some(n))) if n > 0 => {
                weighted += v * n as f64;
                total += n;
            }
            Some((_, Some(_))) => {}
            Some((_, None)) => return Some(Pooled::MissingN),
            None => {}
        }
    }
    (total > 0).then(|| Pooled::Value {
        value: weighted / total as f64,
        n: Some(total),
    })
}

/// The numbers of stage `stage` (its id) of `map`, pooled from its touchpoints' metrics.
pub fn stage_numbers(map: &crate::model::JourneyMap, stage: &str) -> StageNumbers {
    let metrics: Vec<&Metric> = map
        .touchpoints_of(stage)
        .flat_map(|t| t.metrics.iter())
        .collect();
    StageNumbers {
        nps: pool(&metrics, MetricKind::Nps),
        csat: pool(&metrics, MetricKind::Csat),
        ces: pool(&metrics, MetricKind::Ces),
        visits: pool(&metrics, MetricKind::Visits),
        calls: pool(&metrics, MetricKind::Calls),
        wait_time: pool(&metrics, MetricKind::WaitTime),
    }
}

/// One step of the funnel: from one step touchpoint to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct FunnelStep {
    /// The touchpoint the customers were at.
    pub from: crate::model::Id,
    /// The next step's touchpoint.
    pub to: crate::model::Id,
    /// Customers reaching `to` / customers at `from`, a fraction (above 1 when more arrived).
    pub conversion: f64,
    /// 1 − conversion, a fraction 0–1; `None` when more customers reached `to` than were at
    /// `from` (shown as such, never as a negative drop-off).
    pub drop_off: Option<f64>,
}

/// Which touchpoints the funnel runs through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FunnelBasis {
    /// The touchpoints the user marked as steps, each counted by its marked metric.
    Marked,
    /// No touchpoint is marked: every touchpoint with a visits metric, counted by its visits.
    Visits,
}

/// The funnel's basis and its steps in journey order: each touchpoint with the customers counted
/// reaching it (steps without a count above zero are left out).
pub fn funnel_steps(map: &crate::model::JourneyMap) -> (FunnelBasis, Vec<(crate::model::Id, f64)>) {
    let marked = map.touchpoints.iter().any(|t| t.funnel_step.is_some());
    let basis = if marked {
        FunnelBasis::Marked
    } else {
        FunnelBasis::Visits
    };
    let steps = map
        .journey_order()
        .into_iter()
        .filter_map(|t| {
            let metric = match &t.funnel_step {
                Some(id) => t.metrics.iter().find(|m| &m.id == id),
                None if !marked => t.metrics.iter().find(|m| m.kind == MetricKind::Visits),
                None => None,
            }?;
            let count = metric.value.filter(|v| *v > 0.0)?;
            Some((t.id.clone(), count))
        })
        .collect();
    (basis, steps)
}

/// The funnel from each step to the next (`funnel_steps`): conversion and drop-off.
pub fn funnel(map: &crate::model::JourneyMap) -> Vec<FunnelStep> {
    let (_, steps) = funnel_steps(map);
    steps
        .windows(2)
        .map(|w| {
            let conversion = w[1].1 / w[0].1;
            FunnelStep {
                from: w[0].0.clone(),
                to: w[1].0.clone(),
                conversion,
                drop_off: (conversion <= 1.0).then(|| 1.0 - conversion),
            }
        })
        .collect()
}

/// Whether a lower value of `metric` is better: its stored direction (wait times, churn and the
/// original CES on 1–5 are stored as lower-is-better; format version 1 files get it on migration).
pub fn lower_is_better(metric: &Metric) -> bool {
    metric.direction == crate::model::Direction::Lower
}

/// Whether `metric` meets its target, in its direction (`None` without a target or a value).
pub fn target_met(metric: &Metric) -> Option<bool> {
    let target = metric.target?;
    let (value, _) = standing(metric)?;
    Some(if lower_is_better(metric) {
        value <= target
    } else {
        value >= target
    })
}

/// The value `metric` stands for (computed from its counts, else as typed) and its n.
pub fn value_of(metric: &Metric) -> Option<(f64, Option<u64>)> {
    standing(metric)
}
