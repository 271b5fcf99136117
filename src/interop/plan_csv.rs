//! The action plan as its own CSV (`aksiyon-plani.csv` / `action-plan.csv`), in the plan's
//! order (`analysis::plan`): rank, action, owner, impact, effort, quadrant, status, due date, the
//! touchpoints and pain points it addresses, and what it came from. A Turkish map's file is in
//! Turkish with semicolons, an English one with commas; cells are guarded as in the touchpoint
//! CSV. For reading by people and spreadsheets: the JSON file carries the plan back.
use crate::analysis::plan::{plan, Quadrant};
use crate::model::{ActionStatus, JourneyMap, Lang, OriginKind};

/// The columns, English and Turkish.
const COLUMNS: [(&str, &str); 13] = [
    ("Rank", "Sıra"),
    ("Action", "Aksiyon"),
    ("Description", "Açıklama"),
    ("Owner department", "Sorumlu departman"),
    ("Impact (1-5)", "Etki (1-5)"),
    ("Effort (1-5)", "Efor (1-5)"),
    ("Quadrant", "Öncelik grubu"),
    ("Status", "Durum"),
    ("Due", "Bitiş tarihi"),
    ("Touchpoints", "Temas noktaları"),
    ("Pain points", "Acı noktaları"),
    ("Created from", "Kaynağı"),
    ("Action id", "Aksiyon kimliği"),
];

fn quadrant_word(q: Quadrant, tr: bool) -> &'static str {
    match (q, tr) {
        (Quadrant::QuickWin, true) => "Hızlı kazanım",
        (Quadrant::MajorProject, true) => "Büyük proje",
        (Quadrant::FillIn, true) => "Ara iş",
        (Quadrant::Thankless, true) => "Nankör iş",
        (Quadrant::QuickWin, false) => "Quick win",
        (Quadrant::MajorProject, false) => "Major project",
        (Quadrant::FillIn, false) => "Fill-in",
        (Quadrant::Thankless, false) => "Thankless task",
    }
}

fn status_word(s: ActionStatus, tr: bool) -> &'static str {
    match (s, tr) {
        (ActionStatus::Idea, true) => "Fikir",
        (ActionStatus::Planned, true) => "Planlandı",
        (ActionStatus::InProgress, true) => "Sürüyor",
        (ActionStatus::Done, true) => "Tamamlandı",
        (ActionStatus::Idea, false) => "Idea",
        (ActionStatus::Planned, false) => "Planned",
        (ActionStatus::InProgress, false) => "In progress",
        (ActionStatus::Done, false) => "Done",
    }
}

fn origin_word(k: OriginKind, tr: bool) -> &'static str {
    match (k, tr) {
        (OriginKind::PainPoint, true) => "acı noktası",
        (OriginKind::Exit, true) => "çıkış noktası",
        (OriginKind::Insight, true) => "içgörü",
        (OriginKind::PainPoint, false) => "pain point",
        (OriginKind::Exit, false) => "exit point",
        (OriginKind::Insight, false) => "insight",
    }
}

/// The plan of `map` as CSV in the map's language.
pub fn plan_to_csv(map: &JourneyMap) -> String {
    let tr = map.lang() == Lang::Tr;
    let sep = if tr { ';' } else { ',' };
    let head: Vec<&str> = COLUMNS
        .iter()
        .map(|(en, t)| if tr { *t } else { *en })
        .collect();
    let mut out = format!("\u{feff}{}\r\n", head.join(&sep.to_string()));
    for r in plan(map) {
        let Some(a) = map.actions.iter().find(|a| a.id == r.id) else {
            continue;
        };
        let touchpoints: Vec<String> = a
            .touchpoints
            .iter()
            .filter_map(|id| map.touchpoint(id).map(|t| t.name.clone()))
            .collect();
        let pains: Vec<String> = map
            .touchpoints
            .iter()
            .flat_map(|t| &t.pain_points)
            .filter(|p| a.pain_points.contains(&p.id))
            .map(|p| p.text.clone())
            .collect();
        let cells = [
            r.rank.map(|n| n.to_string()).unwrap_or_default(),
            a.title.clone(),
            a.description.clone(),
            a.owner.clone(),
            a.impact.to_string(),
            a.effort.to_string(),
            quadrant_word(r.quadrant, tr).to_string(),
            status_word(a.status, tr).to_string(),
            a.due.clone().unwrap_or_default(),
            touchpoints.join(" · "),
            pains.join(" · "),
            a.origin
                .as_ref()
                .map(|o| origin_word(o.kind, tr).to_string())
                .unwrap_or_default(),
            a.id.clone(),
        ];
        let row: Vec<String> = cells.iter().map(|c| super::csv::cell_for(c, sep)).collect();
        out.push_str(&row.join(&sep.to_string()));
        out.push_str("\r\n");
    }
    out
}
