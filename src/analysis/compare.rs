//! Comparing two maps (as-is vs to-be, before vs after): which touchpoints correspond.
use crate::model::search_fold;
use crate::model::{Id, JourneyMap, Touchpoint};

/// How the touchpoints of `other` line up with the journey order of `base`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    /// For each touchpoint of `base` in journey order, the matching touchpoint of `other`, if any.
    pub matched: Vec<Option<Id>>,
    /// Touchpoints of `other` that match nothing in `base`, in `other`'s journey order.
    pub unmatched: Vec<Id>,
}

fn stage_name<'a>(m: &'a JourneyMap, t: &Touchpoint) -> &'a str {
    m.stage_name(&t.stage)
}

/// Matches by touchpoint id first, then by stage name + touchpoint name (case- and
/// Turkish-i-insensitive). Each touchpoint of `other` is used once.
pub fn compare(base: &JourneyMap, other: &JourneyMap) -> Comparison {
    let base_order = base.journey_order();
    let other_order = other.journey_order();
    let mut used = vec![false; other_order.len()];
    let mut matched: Vec<Option<Id>> = vec![None; base_order.len()];
    for (i, t) in base_order.iter().enumerate() {
        if let Some(j) = other_order.iter().position(|o| o.id == t.id) {
            matched[i] = Some(other_order[j].id.clone());
            used[j] = true;
        }
    }
    for (i, t) in base_order.iter().enumerate() {
        if matched[i].is_some() {
            continue;
        }
        let key = (
            search_fold(stage_name(base, t).trim()),
            search_fold(t.name.trim()),
        );
        let found = other_order.iter().enumerate().position(|(j, o)| {
            !used[j]
                && (
                    search_fold(stage_name(other, o).trim()),
                    search_fold(o.name.trim()),
                ) == key
        });
        if let Some(j) = found {
            matched[i] = Some(other_order[j].id.clone());
            used[j] = true;
        }
    }
    let unmatched = other_order
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(o, _)| o.id.clone())
        .collect();
    Comparison { matched, unmatched }
}

/// The emotion values of `other` along the base map's journey order (as matched in `cmp`), for
/// the persona with `persona`'s id in `other` (else `other`'s first persona).
pub fn overlay_values(other: &JourneyMap, persona: &str, cmp: &Comparison) -> Vec<Option<i8>> {
    let pid = if other.personas.iter().any(|p| p.id == persona) {
        persona.to_string()
    } else {
        other
            .personas
            .first()
            .map(|p| p.id.clone())
            .unwrap_or_default()
    };
    cmp.matched
        .iter()
        .map(|m| {
            m.as_ref()
                .and_then(|id| other.touchpoint(id))
                .and_then(|t| t.emotions.get(&pid).copied())
        })
        .collect()
}
