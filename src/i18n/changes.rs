//! What changed between two versions of a map (`analysis::diff`), in words: for the comparison
//! with a snapshot or another map.
use super::{decimal, metric_kind_name, signed_decimal, Lang};
use crate::analysis::Change;

/// One change in a sentence.
pub fn change_text(lang: Lang, c: &Change) -> String {
    let tr = lang == Lang::Tr;
    let emotion = |v: &Option<i8>| match v {
        Some(0) => "0".into(),
        Some(v) => signed_decimal(lang, f64::from(*v), 0),
        None => "—".into(),
    };
    let number = |v: &Option<f64>| match v {
        Some(v) => {
            let s = decimal(lang, *v, 1);
            let zero = if tr { ",0" } else { ".0" };
            s.strip_suffix(zero).map(str::to_string).unwrap_or(s)
        }
        None => "—".into(),
    };
    match (c, tr) {
        (Change::Title { from, to }, true) => format!("Başlık: “{from}” → “{to}”"),
        (Change::Title { from, to }, false) => format!("Title: “{from}” → “{to}”"),
        (Change::StageAdded { name, .. }, true) => format!("Aşama eklendi: {name}"),
        (Change::StageAdded { name, .. }, false) => format!("Stage added: {name}"),
        (Change::StageRemoved { name }, true) => format!("Aşama kaldırıldı: {name}"),
        (Change::StageRemoved { name }, false) => format!("Stage removed: {name}"),
        (Change::StageRenamed { from, to }, true) => format!("Aşamanın adı: {from} → {to}"),
        (Change::StageRenamed { from, to }, false) => format!("Stage renamed: {from} → {to}"),
        (Change::StageMoved { name, from, to }, true) => format!("{name} aşaması: {from}. → {to}."),
        (Change::StageMoved { name, from, to }, false) => {
            format!("Stage {name} moved: {from} → {to}")
        }
        (Change::TouchpointAdded { name, stage }, true) => {
            format!("Yeni temas noktası: {name} ({stage})")
        }
        (Change::TouchpointAdded { name, stage }, false) => {
            format!("New touchpoint: {name} ({stage})")
        }
        (Change::TouchpointRemoved { name, stage }, true) => {
            format!("Temas noktası kaldırıldı: {name} ({stage})")
        }
        (Change::TouchpointRemoved { name, stage }, false) => {
            format!("Touchpoint removed: {name} ({stage})")
        }
        (Change::TouchpointRenamed { from, to }, true) => {
            format!("Temas noktasının adı: {from} → {to}")
        }
        (Change::TouchpointRenamed { from, to }, false) => {
            format!("Touchpoint renamed: {from} → {to}")
        }
        (Change::TouchpointMoved { name, from, to }, true) => {
            format!("{name} taşındı: {from} → {to}")
        }
        (Change::TouchpointMoved { name, from, to }, false) => {
            format!("{name} moved: {from} → {to}")
        }
        (
            Change::Emotion {
                touchpoint,
                persona,
                from,
                to,
            },
            _,
        ) => {
            let way = match (from, to) {
                (Some(a), Some(b)) if b > a => "↑",
                (Some(a), Some(b)) if b < a => "↓",
                _ => "~",
            };
            let word = if tr { "duygusu" } else { "emotion" };
            format!(
                "{way} {touchpoint}: {persona} {word} {} → {}",
                emotion(from),
                emotion(to)
            )
        }
        (
            Change::Metric {
                touchpoint,
                kind,
                label,
                from,
                to,
            },
            _,
        ) => {
            let name = if label.is_empty() {
                metric_kind_name(lang, *kind)
            } else {
                label
            };
            format!("{touchpoint}: {name} {} → {}", number(from), number(to))
        }
        (Change::PainGone { touchpoint, text }, true) => {
            format!("✓ Acı noktası gitti: {text} ({touchpoint})")
        }
        (Change::PainGone { touchpoint, text }, false) => {
            format!("✓ Pain point gone: {text} ({touchpoint})")
        }
        (Change::PainAdded { touchpoint, text }, true) => {
            format!("Yeni acı noktası: {text} ({touchpoint})")
        }
        (Change::PainAdded { touchpoint, text }, false) => {
            format!("New pain point: {text} ({touchpoint})")
        }
        (Change::ActionDone { title }, true) => format!("✓ Aksiyon tamamlandı: {title}"),
        (Change::ActionDone { title }, false) => format!("✓ Action completed: {title}"),
        (Change::Details { touchpoint }, true) => format!("{touchpoint}: ayrıntılar değişti"),
        (Change::Details { touchpoint }, false) => format!("{touchpoint}: details changed"),
    }
}
