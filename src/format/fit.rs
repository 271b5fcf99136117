//! Numbers the typed decoder cannot hold (an emotion of 300 or 1.5, a severity of −1): rounded and
//! fitted into their field's type before decoding, so the file is read and the number repaired
//! with a note, as a 9 is clamped to 5, instead of refusing the whole file.
use super::repair::{RepairDetail, RepairKind, RepairNote, RepairReport};
use super::stored::objects;
use serde_json::{Map, Number, Value};

/// A small whole-number field's range (`i8` or `u8` in the model).
#[derive(Clone, Copy)]
struct Range(f64, f64);

const I8: Range = Range(i8::MIN as f64, i8::MAX as f64);
const U8: Range = Range(0.0, u8::MAX as f64);

/// Fits every small whole-number field of the map object `map`; returns a note per number changed.
pub fn fit_numbers(map: &mut Value) -> Vec<RepairNote> {
    let mut notes = Vec::new();
    let Value::Object(fields) = map else {
        return notes;
    };
    if let Some(Value::Object(scale)) = fields.get_mut("emotionScale") {
        for k in ["min", "max"] {
            fit(scale, k, I8, format!("$.map.emotionScale.{k}"), &mut notes);
        }
    }
    for (i, tp) in objects(fields, "touchpoints") {
        if let Some(Value::Object(emotions)) = tp.get_mut("emotions") {
            let personas: Vec<String> = emotions.keys().cloned().collect();
            for p in personas {
                let path = format!("$.map.touchpoints[{i}].emotions.{p}");
                fit(emotions, &p, I8, path, &mut notes);
            }
        }
        for (j, pain) in objects(tp, "painPoints") {
            let path = format!("$.map.touchpoints[{i}].painPoints[{j}].severity");
            fit(pain, "severity", U8, path, &mut notes);
        }
    }
    for (i, action) in objects(fields, "actions") {
        for k in ["impact", "effort"] {
            fit(action, k, U8, format!("$.map.actions[{i}].{k}"), &mut notes);
        }
    }
    notes
}

/// Rounds `fields[key]` (half away from zero) and saturates it into `range`, when it is a number
/// the field's type cannot hold. Anything that is not a number is left for the decoder to refuse.
fn fit(
    fields: &mut Map<String, Value>,
    key: &str,
    range: Range,
    path: String,
    notes: &mut Vec<RepairNote>,
) {
    let Some(Value::Number(n)) = fields.get(key) else {
        return;
    };
    let Some(from) = n.as_f64() else {
        return;
    };
    let to = from.round().clamp(range.0, range.1);
    let exact = n.as_i64().is_some_and(|v| v as f64 == to);
    if exact {
        return;
    }
    fields.insert(key.to_string(), Value::Number(Number::from(to as i64)));
    notes.push(RepairNote {
        path,
        kind: RepairKind::OutOfRange,
        detail: RepairDetail::Clamped { from, to },
    });
}

/// Puts the fitting notes before the repair's, as one note per number: a number fitted and then
/// clamped again into its field's own range (300 → 127 → 2) is reported once, 300 → 2.
pub fn merge(fitted: Vec<RepairNote>, report: &mut RepairReport) {
    let mut notes = Vec::with_capacity(fitted.len() + report.notes.len());
    for mut note in fitted {
        let again = report
            .notes
            .iter()
            .position(|n| n.path == note.path && matches!(n.detail, RepairDetail::Clamped { .. }));
        if let Some(at) = again {
            if let (RepairDetail::Clamped { to, .. }, RepairDetail::Clamped { to: last, .. }) =
                (&mut note.detail, &report.notes[at].detail)
            {
                *to = *last;
            }
            report.notes.remove(at);
        }
        notes.push(note);
    }
    notes.append(&mut report.notes);
    report.notes = notes;
}
