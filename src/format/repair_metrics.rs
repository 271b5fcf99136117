//! Metrics repaired on every load: ids present and unique across the map (the metric editor and
//! the metrics CSV refer to them), and a funnel mark naming one of the touchpoint's own metrics.
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
        let default = || format!("{}-metric-{}", tp.id, j + 1);
        own_id(&mut m.id, default, path, ids, r);
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
