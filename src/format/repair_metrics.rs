//! Metrics repaired on every load: ids present and unique across the map (the metric editor and
//! the metrics CSV refer to them).
use super::repair::{own_id, RepairReport};
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
}
