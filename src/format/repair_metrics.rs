//! Metrics repaired on every load: ids present and unique across the map (the metric editor and
//! the metrics CSV refer to them).
use super::repair::{free_id, RepairDetail, RepairKind, RepairReport};
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
        let path = |f: &str| format!("$.map.touchpoints[{i}].metrics[{j}].{f}");
        if m.id.is_empty() {
            m.id = format!("{}-metric-{}", tp.id, j + 1);
            r.note(
                path("id"),
                RepairKind::Missing,
                RepairDetail::IdSet { id: m.id.clone() },
            );
        }
        if !ids.insert(m.id.clone()) {
            let new = free_id(&m.id, ids);
            r.note(
                path("id"),
                RepairKind::DuplicateId,
                RepairDetail::IdRenamed {
                    from: m.id.clone(),
                    to: new.clone(),
                },
            );
            m.id = new.clone();
            ids.insert(new);
        }
    }
}
