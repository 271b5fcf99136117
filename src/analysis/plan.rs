//! The action plan's order: each action's impact × effort quadrant, and its rank among the
//! actions not done — quick wins, major projects, fill-ins, thankless tasks; inside a quadrant
//! by impact (high first), effort (low first), the linked pains' score (high first), then the
//! list's order. Done actions come after, unranked.
use super::insight_list::{Insight, InsightKind};
use super::insights::pain_scores;
use crate::model::order::sort_by;
use crate::model::{Action, ActionOrigin, ActionStatus, Id, JourneyMap, OriginKind};
use serde::Serialize;

/// Where an action falls on the impact × effort matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Quadrant {
    /// Impact ≥ 3, effort ≤ 2.
    QuickWin,
    /// Impact ≥ 3, effort ≥ 3.
    MajorProject,
    /// Impact ≤ 2, effort ≤ 2.
    FillIn,
    /// Impact ≤ 2, effort ≥ 3.
    Thankless,
}

impl Quadrant {
    /// The quadrants in priority order.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWin,
        Quadrant::MajorProject,
        Quadrant::FillIn,
        Quadrant::Thankless,
    ];

    /// The quadrant of an impact and an effort, each 1–5.
    pub fn of(impact: u8, effort: u8) -> Quadrant {
        match (impact >= 3, effort <= 2) {
            (true, true) => Quadrant::QuickWin,
            (true, false) => Quadrant::MajorProject,
            (false, true) => Quadrant::FillIn,
            (false, false) => Quadrant::Thankless,
        }
    }
}

/// One action in the plan's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ranked {
    /// The action's id.
    pub id: Id,
    /// Its quadrant.
    pub quadrant: Quadrant,
    /// 1 for the first thing to do; `None` for a done action.
    pub rank: Option<usize>,
    /// The summed score of the pain points it links (unscored ones count 0).
    #[serde(skip)]
    pub pain_score: f64,
}

/// The summed score of the pain points `action` links.
fn linked_pain_score(action: &Action, scores: &[super::insights::PainScore]) -> f64 {
    scores
        .iter()
        .filter(|p| action.pain_points.contains(&p.pain_point))
        .filter_map(|p| p.score)
        .fold(0.0, |a, b| a + b)
}

/// The map's actions in the plan's order: the ranked ones, then the done ones in list order.
pub fn plan(map: &JourneyMap) -> Vec<Ranked> {
    let scores = pain_scores(map);
    let mut open: Vec<(usize, &Action, f64)> = Vec::new();
    let mut done: Vec<&Action> = Vec::new();
    for (i, a) in map.actions.iter().enumerate() {
        if a.status == ActionStatus::Done {
            done.push(a);
        } else {
            open.push((i, a, linked_pain_score(a, &scores)));
        }
    }
    sort_by(&mut open, |(i, a, pa), (j, b, pb)| {
        Quadrant::of(a.impact, a.effort)
            .cmp(&Quadrant::of(b.impact, b.effort))
            .then(b.impact.cmp(&a.impact))
            .then(a.effort.cmp(&b.effort))
            .then(pb.total_cmp(pa))
            .then(i.cmp(j))
    });
    let ranked = open.into_iter().enumerate().map(|(r, (_, a, p))| Ranked {
        id: a.id.clone(),
        quadrant: Quadrant::of(a.impact, a.effort),
        rank: Some(r + 1),
        pain_score: p,
    });
    let finished = done.into_iter().map(|a| Ranked {
        id: a.id.clone(),
        quadrant: Quadrant::of(a.impact, a.effort),
        rank: None,
        pain_score: linked_pain_score(a, &scores),
    });
    ranked.chain(finished).collect()
}

/// A new action for `insight`, titled `title`: linked to its touchpoint and pain point, and
/// remembering what it came from.
pub fn action_for(insight: &Insight, id: Id, title: String) -> Action {
    let kind = match insight.kind {
        InsightKind::PainHotspot => OriginKind::PainPoint,
        InsightKind::Exit => OriginKind::Exit,
        _ => OriginKind::Insight,
    };
    Action {
        id,
        title,
        touchpoints: insight.touchpoint.iter().cloned().collect(),
        pain_points: insight.pain_point.iter().cloned().collect(),
        origin: Some(ActionOrigin {
            kind,
            touchpoint: insight.touchpoint.clone(),
            pain_point: insight.pain_point.clone(),
            insight: insight.kind.code().to_string(),
        }),
        ..Action::default()
    }
}

/// The title a new action for `insight` starts with, where the map words it: the pain point's
/// own text (the user's words; other insights are worded by `i18n`).
pub fn action_title(map: &JourneyMap, insight: &Insight) -> Option<String> {
    let tp = map.touchpoint(insight.touchpoint.as_deref()?)?;
    let pain = insight.pain_point.as_ref()?;
    let p = tp.pain_points.iter().find(|p| &p.id == pain)?;
    Some(p.text.trim().to_string()).filter(|t| !t.is_empty())
}

/// A new action for pain point `pain` of touchpoint `tp` (made from the pain's own editor): titled
/// with the pain's words, linked to both, remembering it came from a pain point.
pub fn action_for_pain(
    tp: &crate::model::Touchpoint,
    pain: &crate::model::PainPoint,
    id: Id,
) -> Action {
    Action {
        id,
        title: pain.text.trim().to_string(),
        touchpoints: vec![tp.id.clone()],
        pain_points: vec![pain.id.clone()],
        origin: Some(ActionOrigin {
            kind: OriginKind::PainPoint,
            touchpoint: Some(tp.id.clone()),
            pain_point: Some(pain.id.clone()),
            insight: String::new(),
        }),
        ..Action::default()
    }
}
