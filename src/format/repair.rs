//! Validation and repair after decoding: duplicate ids, dangling references, out-of-range numbers
//! and over-long text are fixed in a predictable way, and every fix is reported to the user.
//! Repair keeps information: a touchpoint pointing at a missing stage gets that stage back.
use super::MAX_TEXT_CHARS;
use crate::model::*;
use std::collections::HashSet;

/// What kind of fix was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RepairKind {
    /// Two records shared an id; the later one got a new id.
    DuplicateId,
    /// A reference pointed at nothing; it was restored or removed.
    DanglingReference,
    /// A number was out of its range; it was clamped or dropped.
    OutOfRange,
    /// Text was longer than the limit; it was cut.
    Truncated,
    /// A required value was empty; a placeholder was set.
    Missing,
    /// A link's address was not http, https or mailto; it was kept as plain text, not as a link.
    UnsafeLink,
}

impl RepairKind {
    /// Every kind of fix.
    pub const ALL: [RepairKind; 6] = [
        RepairKind::DuplicateId,
        RepairKind::DanglingReference,
        RepairKind::OutOfRange,
        RepairKind::Truncated,
        RepairKind::Missing,
        RepairKind::UnsafeLink,
    ];
}

/// One fix, with the JSON path of what was fixed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RepairNote {
    /// Where, e.g. `$.map.touchpoints[3].stage`.
    pub path: String,
    /// What kind of fix.
    pub kind: RepairKind,
    /// What exactly was done, with its values (`i18n` says it).
    pub detail: RepairDetail,
}

/// What one fix did, with the values it changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum RepairDetail {
    /// The map had no id; it is now "map".
    MapIdSet,
    /// A record had no id; it got `id`.
    IdSet {
        /// The id given.
        id: String,
    },
    /// A record's id was already taken; it was renamed.
    IdRenamed {
        /// The duplicate id.
        from: String,
        /// Its new id.
        to: String,
    },
    /// Text was cut to `limit` characters.
    TextCut {
        /// The limit.
        limit: usize,
    },
    /// A number was clamped into its range.
    Clamped {
        /// The number read.
        from: f64,
        /// The number kept.
        to: f64,
    },
    /// A frequency per 100 customers was clamped to 0–100.
    PerHundredClamped {
        /// The number read.
        from: f64,
        /// The number kept.
        to: f64,
    },
    /// The emotion scale was unusable; it is −2..2 now.
    ScaleReset,
    /// An expectation–experience rating scale was unusable; it is 1–7 now.
    RatingScaleReset,
    /// The scale's labels did not match its steps; they were dropped.
    LabelsDropped,
    /// A touchpoint named a missing stage; a stage was added.
    StageAdded {
        /// The id it named.
        missing: String,
        /// The stage it is in now.
        id: String,
    },
    /// A touchpoint named a missing channel; a channel was added.
    ChannelAdded {
        /// The id it named.
        missing: String,
        /// The channel it is on now.
        id: String,
    },
    /// An emotion of a persona the map does not have was removed.
    EmotionRemoved {
        /// The persona id.
        persona: String,
    },
    /// An address that is not http, https or mailto is kept as text, not as a link.
    KeptAsText,
    /// An action's links to records the map does not have were removed.
    LinksRemoved {
        /// How many.
        count: usize,
    },
    /// A funnel mark named a metric the touchpoint does not have; the mark was removed.
    FunnelMarkRemoved {
        /// The metric id it named.
        metric: String,
    },
}

/// Every fix made while loading one map.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RepairReport {
    /// The fixes, in the order they were made.
    pub notes: Vec<RepairNote>,
}

impl RepairReport {
    /// Whether nothing had to be fixed.
    pub fn is_clean(&self) -> bool {
        self.notes.is_empty()
    }
    pub(super) fn note(&mut self, path: String, kind: RepairKind, detail: RepairDetail) {
        self.notes.push(RepairNote { path, kind, detail });
    }
}

/// An id for a record that has none, made from its content (the fingerprint `Revision` takes of
/// its JSON), never from its place: two people repairing copies of one file, one with a record
/// inserted before it, give it the same id, so their versions still merge by record.
pub(super) fn content_id(prefix: &str, item: &impl serde::Serialize) -> Id {
    let text = serde_json::to_string(item).unwrap_or_default();
    format!("{prefix}-{:016x}", super::Revision::of(&text).0)
}

fn unique_ids<T: serde::Serialize>(
    items: &mut [T],
    what: &str,
    id: fn(&mut T) -> &mut Id,
    seen: &mut HashSet<Id>,
    r: &mut RepairReport,
) {
    for (i, item) in items.iter_mut().enumerate() {
        // Paths are only written for notes: building one per record would cost more than the check.
        let path = || format!("$.map.{what}[{i}].id");
        if id(item).is_empty() {
            let made = content_id(what, item);
            r.note(
                path(),
                RepairKind::Missing,
                RepairDetail::IdSet { id: made.clone() },
            );
            *id(item) = made;
        }
        let current = id(item);
        if !seen.insert(current.clone()) {
            let new = free_id(current, seen);
            r.note(
                path(),
                RepairKind::DuplicateId,
                RepairDetail::IdRenamed {
                    from: current.clone(),
                    to: new.clone(),
                },
            );
            *current = new.clone();
            seen.insert(new);
        }
    }
}

/// A record's id made present (`default()` when empty) and unique among `seen` (a duplicate gets
/// `free_id`), each fix reported at `path()`.
pub(super) fn own_id(
    id: &mut Id,
    default: impl FnOnce() -> Id,
    path: impl Fn() -> String,
    seen: &mut HashSet<Id>,
    r: &mut RepairReport,
) {
    if id.is_empty() {
        *id = default();
        r.note(
            path(),
            RepairKind::Missing,
            RepairDetail::IdSet { id: id.clone() },
        );
    }
    if !seen.insert(id.clone()) {
        let new = free_id(id, seen);
        r.note(
            path(),
            RepairKind::DuplicateId,
            RepairDetail::IdRenamed {
                from: id.clone(),
                to: new.clone(),
            },
        );
        *id = new.clone();
        seen.insert(new);
    }
}

/// The first of "id~2", "id~3"… that `seen` does not hold: the new id of a duplicate.
fn free_id(id: &str, seen: &HashSet<Id>) -> Id {
    (2..)
        .map(|n| format!("{id}~{n}"))
        .find(|candidate| !seen.contains(candidate))
        .unwrap_or_default()
}

fn cap(s: &mut String, path: impl FnOnce() -> String, r: &mut RepairReport) {
    if s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS {
        let cut: String = s.chars().take(MAX_TEXT_CHARS).collect();
        r.note(
            path(),
            RepairKind::Truncated,
            RepairDetail::TextCut {
                limit: MAX_TEXT_CHARS,
            },
        );
        *s = cut;
    }
}

fn clamp_u8(v: &mut u8, lo: u8, hi: u8, path: impl FnOnce() -> String, r: &mut RepairReport) {
    if *v < lo || *v > hi {
        let new = (*v).clamp(lo, hi);
        r.note(
            path(),
            RepairKind::OutOfRange,
            RepairDetail::Clamped {
                from: f64::from(*v),
                to: f64::from(new),
            },
        );
        *v = new;
    }
}

/// Validates `map` and repairs it in place. Running it again on its own output changes nothing.
pub fn repair(map: &mut JourneyMap) -> RepairReport {
    let mut r = RepairReport::default();
    repair_map_fields(map, &mut r);
    repair_records(map, &mut r);
    let personas: HashSet<Id> = map.personas.iter().map(|p| p.id.clone()).collect();
    let scale = map.emotion_scale.clone();
    let mut pain_ids = HashSet::new();
    let mut metric_ids = HashSet::new();
    for i in 0..map.touchpoints.len() {
        restore_references(map, i, &mut r);
        let tp = &mut map.touchpoints[i];
        repair_emotions(tp, i, &personas, &scale, &mut r);
        repair_texts_and_sources(tp, i, &mut r);
        repair_pain_points(tp, i, &mut pain_ids, &mut r);
        repair_exit(tp, i, &mut r);
        super::repair_metrics::repair_metrics(tp, i, &mut metric_ids, &mut r);
    }
    repair_actions(map, &pain_ids, &mut r);
    r
}

/// The map's own fields: its id, title and description, its emotion scale.
fn repair_map_fields(map: &mut JourneyMap, r: &mut RepairReport) {
    if map.id.is_empty() {
        map.id = "map".into();
        r.note(
            "$.map.id".into(),
            RepairKind::Missing,
            RepairDetail::MapIdSet,
        );
    }
    cap(&mut map.title, || "$.map.title".into(), r);
    cap(&mut map.description, || "$.map.description".into(), r);
    if !map.emotion_scale.is_valid() {
        r.note(
            "$.map.emotionScale".into(),
            RepairKind::OutOfRange,
            RepairDetail::ScaleReset,
        );
        map.emotion_scale = EmotionScale::default();
    }
    let steps = (map.emotion_scale.max as i16 - map.emotion_scale.min as i16 + 1) as usize;
    if !map.emotion_scale.labels.is_empty() && map.emotion_scale.labels.len() != steps {
        r.note(
            "$.map.emotionScale.labels".into(),
            RepairKind::OutOfRange,
            RepairDetail::LabelsDropped,
        );
        map.emotion_scale.labels.clear();
    }
}

/// Unique ids per kind of record, and the stages' and personas' texts.
fn repair_records(map: &mut JourneyMap, r: &mut RepairReport) {
    // Ids are unique per kind: references always name their kind.
    unique_ids(
        &mut map.personas,
        "personas",
        |p| &mut p.id,
        &mut HashSet::new(),
        r,
    );
    unique_ids(
        &mut map.stages,
        "stages",
        |s| &mut s.id,
        &mut HashSet::new(),
        r,
    );
    unique_ids(
        &mut map.channels,
        "channels",
        |c| &mut c.id,
        &mut HashSet::new(),
        r,
    );
    unique_ids(
        &mut map.touchpoints,
        "touchpoints",
        |t| &mut t.id,
        &mut HashSet::new(),
        r,
    );
    unique_ids(
        &mut map.actions,
        "actions",
        |a| &mut a.id,
        &mut HashSet::new(),
        r,
    );
    for (i, s) in map.stages.iter_mut().enumerate() {
        cap(&mut s.name, || format!("$.map.stages[{i}].name"), r);
        cap(
            &mut s.description,
            || format!("$.map.stages[{i}].description"),
            r,
        );
    }
    for (i, p) in map.personas.iter_mut().enumerate() {
        for (field, text) in [
            ("name", &mut p.name),
            ("description", &mut p.description),
            ("goals", &mut p.goals),
        ] {
            cap(text, || format!("$.map.personas[{i}].{field}"), r);
        }
    }
}

/// A touchpoint's stage and channel: a missing one is added back (information is kept), an
/// empty one becomes "unassigned".
fn restore_references(map: &mut JourneyMap, i: usize, r: &mut RepairReport) {
    let (stage, channel) = (
        map.touchpoints[i].stage.clone(),
        map.touchpoints[i].channel.clone(),
    );
    if map.stage(&stage).is_none() {
        let name = if stage.is_empty() {
            "?".to_string()
        } else {
            stage.clone()
        };
        let id = if stage.is_empty() {
            "stage-unassigned".to_string()
        } else {
            stage.clone()
        };
        if map.stage(&id).is_none() {
            map.stages.push(Stage {
                id: id.clone(),
                name,
                description: String::new(),
            });
        }
        map.touchpoints[i].stage = id.clone();
        r.note(
            format!("$.map.touchpoints[{i}].stage"),
            RepairKind::DanglingReference,
            RepairDetail::StageAdded {
                missing: stage.clone(),
                id: id.clone(),
            },
        );
    }
    if map.channel(&channel).is_none() {
        let id = if channel.is_empty() {
            "channel-unassigned".to_string()
        } else {
            channel.clone()
        };
        if map.channel(&id).is_none() {
            let name = if channel.is_empty() {
                "?".to_string()
            } else {
                channel.clone()
            };
            map.channels.push(Channel {
                id: id.clone(),
                name,
                kind: ChannelKind::Digital,
            });
        }
        map.touchpoints[i].channel = id.clone();
        r.note(
            format!("$.map.touchpoints[{i}].channel"),
            RepairKind::DanglingReference,
            RepairDetail::ChannelAdded {
                missing: channel.clone(),
                id: id.clone(),
            },
        );
    }
}

/// Emotions of personas the map does not have are dropped; the others are kept on the scale.
fn repair_emotions(
    tp: &mut Touchpoint,
    i: usize,
    personas: &HashSet<Id>,
    scale: &EmotionScale,
    r: &mut RepairReport,
) {
    let before: Vec<Id> = tp.emotions.keys().cloned().collect();
    for p in before {
        let path = || format!("$.map.touchpoints[{i}].emotions.{p}");
        if !personas.contains(&p) {
            tp.emotions.remove(&p);
            r.note(
                path(),
                RepairKind::DanglingReference,
                RepairDetail::EmotionRemoved { persona: p.clone() },
            );
        } else if let Some(v) = tp.emotions.get_mut(&p) {
            let c = scale.clamp(*v);
            if c != *v {
                r.note(
                    path(),
                    RepairKind::OutOfRange,
                    RepairDetail::Clamped {
                        from: f64::from(*v),
                        to: f64::from(c),
                    },
                );
                *v = c;
            }
        }
    }
}

/// Over-long texts are cut; sources that are not http, https or mailto stay text.
fn repair_texts_and_sources(tp: &mut Touchpoint, i: usize, r: &mut RepairReport) {
    for (field, text) in [
        ("name", &mut tp.name),
        ("description", &mut tp.description),
        ("experience", &mut tp.experience),
    ] {
        cap(text, || format!("$.map.touchpoints[{i}].{field}"), r);
    }
    for (j, link) in tp.sources.iter_mut().enumerate() {
        if neutralize(link) {
            r.note(
                format!("$.map.touchpoints[{i}].sources[{j}].url"),
                RepairKind::UnsafeLink,
                RepairDetail::KeptAsText,
            );
        }
        cap(
            &mut link.title,
            || format!("$.map.touchpoints[{i}].sources[{j}].title"),
            r,
        );
        cap(
            &mut link.url,
            || format!("$.map.touchpoints[{i}].sources[{j}].url"),
            r,
        );
    }
}

/// Pain points: ids present and unique across the map, severity 1–5, frequency 0–100 per 100.
fn repair_pain_points(
    tp: &mut Touchpoint,
    i: usize,
    pain_ids: &mut HashSet<Id>,
    r: &mut RepairReport,
) {
    for (j, pp) in tp.pain_points.iter_mut().enumerate() {
        let path = |f: &str| format!("$.map.touchpoints[{i}].painPoints[{j}].{f}");
        // Made only when missing: serialising every record on every load would cost.
        let default = if pp.id.is_empty() {
            content_id(&format!("{}-pain", tp.id), pp)
        } else {
            Id::new()
        };
        own_id(&mut pp.id, || default, || path("id"), pain_ids, r);
        clamp_u8(&mut pp.severity, 1, 5, || path("severity"), r);
        cap(&mut pp.text, || path("text"), r);
        if let Some(Frequency::PerHundred { value }) = &mut pp.frequency {
            if !(0.0..=100.0).contains(value) {
                let c = value.clamp(0.0, 100.0);
                r.note(
                    path("frequency"),
                    RepairKind::OutOfRange,
                    RepairDetail::PerHundredClamped {
                        from: *value,
                        to: c,
                    },
                );
                *value = c;
            }
        }
    }
}

/// An exit rate is a share, 0–1.
fn repair_exit(tp: &mut Touchpoint, i: usize, r: &mut RepairReport) {
    if let Some(exit) = &mut tp.exit_point {
        if let Some(rate) = &mut exit.rate {
            if !(0.0..=1.0).contains(rate) {
                let c = rate.clamp(0.0, 1.0);
                r.note(
                    format!("$.map.touchpoints[{i}].exitPoint.rate"),
                    RepairKind::OutOfRange,
                    RepairDetail::Clamped { from: *rate, to: c },
                );
                *rate = c;
            }
        }
    }
}

/// Actions: links to touchpoints and pain points the map does not have are removed; impact and
/// effort are 1–5.
fn repair_actions(map: &mut JourneyMap, pain_ids: &HashSet<Id>, r: &mut RepairReport) {
    let tp_ids: HashSet<Id> = map.touchpoints.iter().map(|t| t.id.clone()).collect();
    for (i, a) in map.actions.iter_mut().enumerate() {
        let before = a.touchpoints.len() + a.pain_points.len();
        a.touchpoints.retain(|t| tp_ids.contains(t));
        a.pain_points.retain(|p| pain_ids.contains(p));
        let mut dropped = before - a.touchpoints.len() - a.pain_points.len();
        if let Some(o) = a.origin.as_mut() {
            if o.touchpoint.as_ref().is_some_and(|t| !tp_ids.contains(t)) {
                o.touchpoint = None;
                dropped += 1;
            }
            if o.pain_point.as_ref().is_some_and(|p| !pain_ids.contains(p)) {
                o.pain_point = None;
                dropped += 1;
            }
        }
        if dropped > 0 {
            r.note(
                format!("$.map.actions[{i}]"),
                RepairKind::DanglingReference,
                RepairDetail::LinksRemoved { count: dropped },
            );
        }
        clamp_u8(
            &mut a.impact,
            1,
            5,
            || format!("$.map.actions[{i}].impact"),
            r,
        );
        clamp_u8(
            &mut a.effort,
            1,
            5,
            || format!("$.map.actions[{i}].effort"),
            r,
        );
        cap(&mut a.title, || format!("$.map.actions[{i}].title"), r);
    }
}
