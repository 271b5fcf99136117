//! Lists of records (objects with an `id`): merged by id, each record field by field, and their
//! order from the side that reordered them.
use super::{Base, ConflictKind, Context, Seg, Side};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

fn id(v: &Value) -> &str {
    v.get("id").and_then(Value::as_str).unwrap_or_default()
}

/// Whether a list is one of records (every item an object with a string id; an empty list is
/// one too, so that "all deleted" merges by record).
pub(super) fn keyed(list: &[Value]) -> bool {
    list.iter()
        .all(|v| v.get("id").is_some_and(Value::is_string))
}

/// Whether `side` put the records it shares with `base` in another order.
fn reordered(base: &[&str], side: &[&str]) -> bool {
    let (b, s): (HashSet<&str>, HashSet<&str>) = (
        base.iter().copied().collect(),
        side.iter().copied().collect(),
    );
    let from_base = base.iter().filter(|i| s.contains(*i));
    let from_side = side.iter().filter(|i| b.contains(*i));
    !from_base.eq(from_side)
}

impl Context<'_> {
    /// The merged list at `path`; `known`: whether a base exists (`base`: its list, if it had one).
    pub(super) fn records(
        &mut self,
        path: &mut Vec<Seg>,
        known: bool,
        base: Option<&Vec<Value>>,
        ours: &[Value],
        theirs: &[Value],
    ) -> Vec<Value> {
        let index = |list: &[Value]| -> HashMap<String, usize> {
            list.iter()
                .enumerate()
                .map(|(i, v)| (id(v).to_string(), i))
                .collect()
        };
        let empty = Vec::new();
        let base_list = base.unwrap_or(&empty);
        let (bi, oi, ti) = (index(base_list), index(ours), index(theirs));
        let ids =
            |list: &[Value]| -> Vec<String> { list.iter().map(|v| id(v).to_string()).collect() };
        let (base_ids, our_ids, their_ids) = (ids(base_list), ids(ours), ids(theirs));
        let mut merged: HashMap<String, Value> = HashMap::new();
        let mut seen = HashSet::new();
        for k in our_ids.iter().chain(&their_ids).chain(&base_ids) {
            if !seen.insert(k.clone()) {
                continue;
            }
            let b = bi.get(k).map(|&i| &base_list[i]);
            let o = oi.get(k).map(|&i| &ours[i]);
            let t = ti.get(k).map(|&i| &theirs[i]);
            path.push(Seg::Record(k.clone()));
            let rb = if known { Base::Known(b) } else { Base::Unknown };
            let value = match (o, t) {
                (Some(_), Some(_)) => self.value(path, rb, o, t),
                (None, None) => None,
                (one, other) => self.one_side(path, rb, one, other),
            };
            path.pop();
            if let Some(v) = value {
                merged.insert(k.clone(), v);
            }
        }
        let (b, o, t) = (strs(&base_ids), strs(&our_ids), strs(&their_ids));
        let theirs_first = known && reordered(&b, &t) && !reordered(&b, &o);
        let (first, second) = if theirs_first { (t, o) } else { (o, t) };
        let mut order: Vec<&str> = first
            .into_iter()
            .filter(|k| merged.contains_key(*k))
            .collect();
        let mut placed: HashSet<&str> = order.iter().copied().collect();
        // Records only the second side has go right after the record before them there.
        for (i, k) in second.iter().enumerate() {
            if placed.contains(k) || !merged.contains_key(*k) {
                continue;
            }
            let before = second[..i].iter().rev().find(|p| placed.contains(*p));
            let at = before
                .and_then(|p| order.iter().position(|x| x == p))
                .map_or(0, |p| p + 1);
            order.insert(at, k);
            placed.insert(k);
        }
        order.into_iter().filter_map(|k| merged.remove(k)).collect()
    }

    /// A record only one side has: added there (taken), deleted on the other (taken, unless the
    /// side that kept it edited it: a conflict), or, without a base, a difference to choose.
    fn one_side(
        &mut self,
        path: &mut Vec<Seg>,
        base: Base,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        let kept = ours.or(theirs);
        match base {
            Base::Unknown => self.conflict(path, ConflictKind::Differs, base, ours, theirs),
            Base::Known(None) => kept.cloned(),
            Base::Known(Some(b)) if Some(b) == kept => None,
            Base::Known(Some(_)) => {
                let deleted_by = if ours.is_none() {
                    Side::Ours
                } else {
                    Side::Theirs
                };
                let kind = ConflictKind::DeletedEdited { deleted_by };
                self.conflict(path, kind, base, ours, theirs)
            }
        }
    }
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}
