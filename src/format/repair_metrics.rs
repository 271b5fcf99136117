//! Metrics repaired on every load: ids present and unique across the map (the metric editor and
//! the metrics CSV refer to them), a funnel mark naming one of the touchpoint's own metrics, and
//! an expectation–experience rating inside its declared scale.
use super::repair::{own_id, RepairDetail, RepairKind, RepairReport};
use crate::model::{Id, Touchpoint};
use std::collections::HashSet;

/// Repairs touchpoint `i`'s metrics (`tp`), `ids` holding the metric ids seen so far in the map.
pub(super) fn repair_metrics(
    tp: &mut Touchpoint,
    i: usize,
    ids: &mut HashSet<Id>,
    r: &mut RepairReport,
) {
    for (j, m) in tp.metrics.iter_mut().enumerate() {
        let path = || format!("$.map.touchpoints[{i}].metrics[{j}].id");
        let default = if m.id.is_empty() {
            super::repair::content_id(&format!("{}-metric", tp.id), m)
        } else {
            Id::new()
        };
        own_id(&mut m.id, || default, path, ids, r);
    }
    if let Some(gap) = tp.gap.as_mut() {
        repair_gap(gap, i, r);
    }
    if let Some(metric) = &tp.funnel_step {
        if !tp.metrics.iter().any(|m| &m.id == metric) {
            r.note(
                format!("$.map.touchpoints[{i}].funnelStep"),
                RepairKind::DanglingReference,
                RepairDetail::FunnelMarkRemoved {
                    metric: metric.clone(),
                },
            );
            tp.funnel_step = None;
        }
    }
}

/// The ratings' scale "lo-hi" (1–10 at most; else SERVQUAL's 1–7), and both ratings in it.
fn repair_gap(gap: &mut crate::model::ServiceGap, i: usize, r: &mut RepairReport) {
    let bounds = gap
        .scale
        .split_once('-')
        .and_then(|(a, b)| Some((a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?)))
        .filter(|(lo, hi)| lo < hi && *lo >= 0.0 && *hi <= 10.0);
    let (lo, hi) = match bounds {
        Some(b) => b,
        None => {
            r.note(
                format!("$.map.touchpoints[{i}].gap.scale"),
                RepairKind::OutOfRange,
                RepairDetail::RatingScaleReset,
            );
            gap.scale = "1-7".into();
            (1.0, 7.0)
        }
    };
    for (field, v) in [
        ("expected", &mut gap.expected),
        ("received", &mut gap.received),
    ] {
        let kept = if v.is_finite() { v.clamp(lo, hi) } else { lo };
        if kept != *v {
            r.note(
                format!("$.map.touchpoints[{i}].gap.{field}"),
                RepairKind::OutOfRange,
                RepairDetail::Clamped { from: *v, to: kept },
            );
            *v = kept;
        }
    }
}
