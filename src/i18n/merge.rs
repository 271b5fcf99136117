//! A merge conflict in the map's words: "Emotion of 'Çağrı merkezini arar': mine −1, theirs −2".
use super::Lang;
use crate::merge::{Conflict, ConflictKind, Seg, Side};
use crate::model::JourneyMap;
use serde_json::Value;

/// The record kind of a top-level list, in `lang` (None: not a list of records).
fn record_kind(lang: Lang, list: &str) -> Option<&'static str> {
    let tr = lang == Lang::Tr;
    Some(match list {
        "stages" => {
            if tr {
                "Aşama"
            } else {
                "Stage"
            }
        }
        "channels" => {
            if tr {
                "Kanal"
            } else {
                "Channel"
            }
        }
        "personas" => {
            if tr {
                "Persona"
            } else {
                "Persona"
            }
        }
        "touchpoints" => {
            if tr {
                "Temas noktası"
            } else {
                "Touchpoint"
            }
        }
        "actions" => {
            if tr {
                "Aksiyon"
            } else {
                "Action"
            }
        }
        "painPoints" => {
            if tr {
                "Acı noktası"
            } else {
                "Pain point"
            }
        }
        "metrics" => {
            if tr {
                "Ölçüm"
            } else {
                "Metric"
            }
        }
        _ => return None,
    })
}

/// A field's name in `lang` (the file's name when it has no word of its own here).
fn field_name(lang: Lang, field: &str) -> String {
    let tr = lang == Lang::Tr;
    let word = match field {
        "name" => {
            if tr {
                "Adı"
            } else {
                "Name"
            }
        }
        "title" => {
            if tr {
                "Başlık"
            } else {
                "Title"
            }
        }
        "description" => {
            if tr {
                "Açıklama"
            } else {
                "Description"
            }
        }
        "emotions" => {
            if tr {
                "Duygu"
            } else {
                "Emotion"
            }
        }
        "stage" => {
            if tr {
                "Aşama"
            } else {
                "Stage"
            }
        }
        "channel" => {
            if tr {
                "Kanal"
            } else {
                "Channel"
            }
        }
        "text" => {
            if tr {
                "Metin"
            } else {
                "Text"
            }
        }
        "severity" => {
            if tr {
                "Şiddet"
            } else {
                "Severity"
            }
        }
        "frequency" => {
            if tr {
                "Sıklık"
            } else {
                "Frequency"
            }
        }
        "thoughts" => {
            if tr {
                "Düşünceler"
            } else {
                "Thoughts"
            }
        }
        "customerAction" => {
            if tr {
                "Müşteri eylemi"
            } else {
                "Customer action"
            }
        }
        "expectation" => {
            if tr {
                "Beklenti"
            } else {
                "Expectation"
            }
        }
        "experience" => {
            if tr {
                "Deneyim"
            } else {
                "Experience"
            }
        }
        "owner" => {
            if tr {
                "Sorumlu"
            } else {
                "Owner"
            }
        }
        "status" => {
            if tr {
                "Durum"
            } else {
                "Status"
            }
        }
        "impact" => {
            if tr {
                "Etki"
            } else {
                "Impact"
            }
        }
        "effort" => {
            if tr {
                "Efor"
            } else {
                "Effort"
            }
        }
        "value" => {
            if tr {
                "Değer"
            } else {
                "Value"
            }
        }
        other => return other.to_string(),
    };
    word.to_string()
}

/// The name of record `id` in `list` (of the map, or of the touchpoint `within`): from the first
/// of `maps` that has it (callers put the base first: the name both sides knew).
fn record_name(maps: &[&JourneyMap], list: &str, id: &str, within: Option<&str>) -> String {
    let name = maps.iter().find_map(|m| match (list, within) {
        ("stages", _) => m.stages.iter().find(|s| s.id == id).map(|s| s.name.clone()),
        ("channels", _) => m
            .channels
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.clone()),
        ("personas", _) => m
            .personas
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone()),
        ("touchpoints", _) => m
            .touchpoints
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.name.clone()),
        ("actions", _) => m
            .actions
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.title.clone()),
        ("painPoints", Some(tp)) => m
            .touchpoints
            .iter()
            .find(|t| t.id == tp)?
            .pain_points
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.text.clone()),
        _ => None,
    });
    name.filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| id.to_string())
}

/// A value as a person reads it: numbers with a real minus sign, text in quotes.
pub fn value_text(lang: Lang, v: &Option<Value>) -> String {
    let tr = lang == Lang::Tr;
    match v {
        None => (if tr { "silindi" } else { "deleted" }).into(),
        Some(Value::Null) => (if tr { "boş" } else { "empty" }).into(),
        Some(Value::Number(n)) => n.to_string().replace('-', "−"),
        Some(Value::String(s)) if s.is_empty() => (if tr { "boş" } else { "empty" }).into(),
        Some(Value::String(s)) => format!("“{s}”"),
        Some(Value::Bool(b)) => match (tr, b) {
            (true, true) => "evet",
            (true, false) => "hayır",
            (false, true) => "yes",
            (false, false) => "no",
        }
        .into(),
        Some(_) => (if tr { "değişti" } else { "changed" }).into(),
    }
}

/// What the conflict is about, in the map's words ("Emotion of 'Calls support'").
pub fn conflict_subject(lang: Lang, maps: &[&JourneyMap], c: &Conflict) -> String {
    let mut record: Option<String> = None;
    let mut within: Option<String> = None;
    let mut field: Option<String> = None;
    let mut raw: Option<String> = None;
    let mut list = String::new();
    let mut persona: Option<String> = None;
    for (i, seg) in c.path.iter().enumerate() {
        match seg {
            Seg::Field(f) if matches!(c.path.get(i + 1), Some(Seg::Record(_))) => list = f.clone(),
            Seg::Record(id) => {
                if list == "touchpoints" {
                    within = Some(id.clone());
                }
                let kind = record_kind(lang, &list).unwrap_or_default();
                let name = record_name(maps, &list, id, within.as_deref());
                record = Some(format!("{kind} “{name}”"));
                (field, raw) = (None, None);
            }
            // An emotion is kept per persona: the key under `emotions` is the persona's id.
            Seg::Field(f) if raw.as_deref() == Some("emotions") => {
                persona = Some(record_name(maps, "personas", f, None));
            }
            Seg::Field(f) => {
                raw = Some(f.clone());
                field = Some(field_name(lang, f));
            }
        }
    }
    let many_personas = maps.first().is_some_and(|m| m.personas.len() > 1);
    let field = match (field, persona) {
        (Some(f), Some(p)) if many_personas => Some(format!("{f} ({p})")),
        (f, _) => f,
    };
    match (field, record, lang) {
        (Some(f), Some(r), Lang::Tr) => format!("{r} › {f}"),
        (Some(f), Some(r), _) => format!("{f} of {r}"),
        (None, Some(r), _) => r,
        (Some(f), None, _) => f,
        (None, None, _) => String::from("?"),
    }
}

/// The whole line: subject, then both values ("…: mine −1, theirs −2").
pub fn conflict_text(lang: Lang, maps: &[&JourneyMap], c: &Conflict) -> String {
    let subject = conflict_subject(lang, maps, c);
    let (mine, theirs) = (value_text(lang, &c.ours), value_text(lang, &c.theirs));
    let why = match (c.kind, lang) {
        (
            ConflictKind::DeletedEdited {
                deleted_by: Side::Ours,
            },
            Lang::Tr,
        ) => " (ben sildim, onlar değiştirdi)",
        (
            ConflictKind::DeletedEdited {
                deleted_by: Side::Ours,
            },
            _,
        ) => " (I deleted it, they edited it)",
        (
            ConflictKind::DeletedEdited {
                deleted_by: Side::Theirs,
            },
            Lang::Tr,
        ) => " (onlar sildi, ben değiştirdim)",
        (
            ConflictKind::DeletedEdited {
                deleted_by: Side::Theirs,
            },
            _,
        ) => " (they deleted it, I edited it)",
        _ => "",
    };
    match lang {
        Lang::Tr => format!("{subject}: bende {mine}, onlarda {theirs}{why}"),
        _ => format!("{subject}: mine {mine}, theirs {theirs}{why}"),
    }
}
