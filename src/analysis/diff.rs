//! A semantic diff of two versions of a map: what a reviewer wants to read, not a text diff.
//! Records are matched by id.
use crate::model::{JourneyMap, Touchpoint};
use std::fmt;

/// One difference between two versions of a map.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The title changed.
    Title { from: String, to: String },
    /// A stage was added at a position (1-based).
    StageAdded { name: String, position: usize },
    /// A stage was removed.
    StageRemoved { name: String },
    /// A stage was renamed.
    StageRenamed { from: String, to: String },
    /// A stage moved to another position (1-based).
    StageMoved {
        name: String,
        from: usize,
        to: usize,
    },
    /// A touchpoint was added to a stage.
    TouchpointAdded { name: String, stage: String },
    /// A touchpoint was removed.
    TouchpointRemoved { name: String, stage: String },
    /// A touchpoint was renamed.
    TouchpointRenamed { from: String, to: String },
    /// A touchpoint moved to another stage, or to another place in its stage (1-based).
    TouchpointMoved {
        name: String,
        from: String,
        to: String,
    },
    /// A persona's emotion at a touchpoint changed (None: not set).
    Emotion {
        touchpoint: String,
        persona: String,
        from: Option<i8>,
        to: Option<i8>,
    },
    /// A metric's value changed, was added (`from` None with `added`) or removed.
    Metric {
        touchpoint: String,
        kind: crate::model::MetricKind,
        label: String,
        from: Option<f64>,
        to: Option<f64>,
    },
    /// A pain point is gone from a touchpoint (solved, or taken off the map).
    PainGone { touchpoint: String, text: String },
    /// A pain point was added at a touchpoint.
    PainAdded { touchpoint: String, text: String },
    /// An action was completed since (its status became done).
    ActionDone { title: String },
    /// Another field of a touchpoint changed.
    Details { touchpoint: String },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = |x: &Option<i8>| x.map_or("unset".to_string(), |v| format!("{v:+}"));
        match self {
            Change::Title { from, to } => write!(f, "title: {from:?} → {to:?}"),
            Change::StageAdded { name, position } => {
                write!(f, "+ stage {name:?} (position {position})")
            }
            Change::StageRemoved { name } => write!(f, "- stage {name:?}"),
            Change::StageRenamed { from, to } => write!(f, "~ stage {from:?} renamed {to:?}"),
            Change::StageMoved { name, from, to } => {
                write!(f, "~ stage {name:?} moved {from} → {to}")
            }
            Change::TouchpointAdded { name, stage } => {
                write!(f, "+ touchpoint {name:?} in {stage:?}")
            }
            Change::TouchpointRemoved { name, stage } => {
                write!(f, "- touchpoint {name:?} from {stage:?}")
            }
            Change::TouchpointRenamed { from, to } => {
                write!(f, "~ touchpoint {from:?} renamed {to:?}")
            }
            Change::TouchpointMoved { name, from, to } => {
                write!(f, "~ touchpoint {name:?} moved {from} → {to}")
            }
            Change::Emotion {
                touchpoint,
                persona,
                from,
                to,
            } => write!(
                f,
                "~ emotion of {persona:?} at {touchpoint:?}: {} → {}",
                v(from),
                v(to)
            ),
            Change::Metric {
                touchpoint,
                kind,
                label,
                from,
                to,
            } => {
                let n = |x: &Option<f64>| x.map_or("none".to_string(), |v| v.to_string());
                let name = if label.is_empty() {
                    format!("{kind:?}")
                } else {
                    label.clone()
                };
                write!(f, "~ {name} at {touchpoint:?}: {} → {}", n(from), n(to))
            }
            Change::PainGone { touchpoint, text } => {
                write!(f, "- pain point {text:?} at {touchpoint:?}")
            }
            Change::PainAdded { touchpoint, text } => {
                write!(f, "+ pain point {text:?} at {touchpoint:?}")
            }
            Change::ActionDone { title } => write!(f, "✓ action {title:?} done"),
            Change::Details { touchpoint } => write!(f, "~ details of touchpoint {touchpoint:?}"),
        }
    }
}

fn place(m: &JourneyMap, t: &Touchpoint) -> String {
    let stage = m.stage(&t.stage).map_or("?", |s| s.name.as_str());
    let pos = m
        .touchpoints_of(&t.stage)
        .position(|x| x.id == t.id)
        .map_or(0, |p| p + 1);
    format!("{stage} #{pos}")
}

/// Each metric whose value changed from `old` to `t` (matched by id; computed from its answers
/// where it has them), added or removed.
fn metric_changes(old: &Touchpoint, t: &Touchpoint, out: &mut Vec<Change>) {
    use crate::analysis::metrics::value_of;
    let value = |m: &crate::model::Metric| value_of(m).map(|(v, _)| v);
    let change = |m: &crate::model::Metric, from, to| Change::Metric {
        touchpoint: t.name.clone(),
        kind: m.kind,
        label: m.label.clone(),
        from,
        to,
    };
    for m in &t.metrics {
        let before = old.metrics.iter().find(|o| o.id == m.id);
        let (from, to) = (before.and_then(value), value(m));
        if before.is_none() || from != to {
            out.push(change(m, from, to));
        }
    }
    for m in old
        .metrics
        .iter()
        .filter(|o| t.metrics.iter().all(|m| m.id != o.id))
    {
        out.push(change(m, value(m), None));
    }
}

/// The pain points gone from `old` to `t` and the ones added (matched by id).
fn pain_changes(old: &Touchpoint, t: &Touchpoint, out: &mut Vec<Change>) {
    for p in old
        .pain_points
        .iter()
        .filter(|p| t.pain_points.iter().all(|q| q.id != p.id))
    {
        out.push(Change::PainGone {
            touchpoint: t.name.clone(),
            text: p.text.clone(),
        });
    }
    for p in t
        .pain_points
        .iter()
        .filter(|p| old.pain_points.iter().all(|q| q.id != p.id))
    {
        out.push(Change::PainAdded {
            touchpoint: t.name.clone(),
            text: p.text.clone(),
        });
    }
}

/// Every difference from `a` to `b`, stages first, then touchpoints in `b`'s journey order.
pub fn diff(a: &JourneyMap, b: &JourneyMap) -> Vec<Change> {
    let mut out = Vec::new();
    if a.title != b.title {
        out.push(Change::Title {
            from: a.title.clone(),
            to: b.title.clone(),
        });
    }
    for (i, s) in b.stages.iter().enumerate() {
        match a.stages.iter().position(|x| x.id == s.id) {
            None => out.push(Change::StageAdded {
                name: s.name.clone(),
                position: i + 1,
            }),
            Some(j) => {
                if a.stages[j].name != s.name {
                    out.push(Change::StageRenamed {
                        from: a.stages[j].name.clone(),
                        to: s.name.clone(),
                    });
                }
                // Only stages whose order relative to the others changed, not those shifted by an insert.
                let before: Vec<&str> = a
                    .stages
                    .iter()
                    .filter(|x| b.stage(&x.id).is_some())
                    .map(|x| x.id.as_str())
                    .collect();
                let after: Vec<&str> = b
                    .stages
                    .iter()
                    .filter(|x| a.stage(&x.id).is_some())
                    .map(|x| x.id.as_str())
                    .collect();
                let (p, q) = (
                    before.iter().position(|x| *x == s.id),
                    after.iter().position(|x| *x == s.id),
                );
                if p != q {
                    out.push(Change::StageMoved {
                        name: s.name.clone(),
                        from: j + 1,
                        to: i + 1,
                    });
                }
            }
        }
    }
    for s in a.stages.iter().filter(|s| b.stage(&s.id).is_none()) {
        out.push(Change::StageRemoved {
            name: s.name.clone(),
        });
    }
    for t in b.journey_order() {
        let stage = b.stage_name(&t.stage).to_string();
        let Some(old) = a.touchpoint(&t.id) else {
            out.push(Change::TouchpointAdded {
                name: t.name.clone(),
                stage,
            });
            continue;
        };
        if old.name != t.name {
            out.push(Change::TouchpointRenamed {
                from: old.name.clone(),
                to: t.name.clone(),
            });
        }
        // Moved: another stage, or another place among the touchpoints both versions share (an
        // insert or removal above it moves nothing).
        let shared_rank = |m: &JourneyMap, stage: &str| {
            m.touchpoints_of(stage)
                .filter(|x| a.touchpoint(&x.id).is_some() && b.touchpoint(&x.id).is_some())
                .position(|x| x.id == t.id)
        };
        if old.stage != t.stage || shared_rank(a, &old.stage) != shared_rank(b, &t.stage) {
            out.push(Change::TouchpointMoved {
                name: t.name.clone(),
                from: place(a, old),
                to: place(b, t),
            });
        }
        let personas = b.personas.iter().chain(
            a.personas
                .iter()
                .filter(|p| b.personas.iter().all(|q| q.id != p.id)),
        );
        for p in personas {
            let (x, y) = (
                old.emotions.get(&p.id).copied(),
                t.emotions.get(&p.id).copied(),
            );
            if x != y {
                out.push(Change::Emotion {
                    touchpoint: t.name.clone(),
                    persona: p.name.clone(),
                    from: x,
                    to: y,
                });
            }
        }
        metric_changes(old, t, &mut out);
        pain_changes(old, t, &mut out);
        let same_rest = Touchpoint {
            name: t.name.clone(),
            stage: t.stage.clone(),
            emotions: t.emotions.clone(),
            metrics: t.metrics.clone(),
            pain_points: t.pain_points.clone(),
            ..old.clone()
        } == *t;
        if !same_rest {
            out.push(Change::Details {
                touchpoint: t.name.clone(),
            });
        }
    }
    for t in a
        .journey_order()
        .into_iter()
        .filter(|t| b.touchpoint(&t.id).is_none())
    {
        out.push(Change::TouchpointRemoved {
            name: t.name.clone(),
            stage: a.stage_name(&t.stage).to_string(),
        });
    }
    use crate::model::ActionStatus::Done;
    for x in b.actions.iter().filter(|x| x.status == Done) {
        if a.actions.iter().any(|o| o.id == x.id && o.status != Done) {
            out.push(Change::ActionDone {
                title: x.title.clone(),
            });
        }
    }
    out
}

/// How a touchpoint differs from the version compared with: its mark on the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Not in the earlier version.
    Added,
    /// Its emotions went up (summed over the personas).
    Better,
    /// Its emotions went down.
    Worse,
    /// Something else changed (name, place, metrics, pain points, details).
    Changed,
}

/// The mark of each touchpoint of `new` that differs from `old` (by id).
pub fn marks(old: &JourneyMap, new: &JourneyMap) -> std::collections::BTreeMap<String, Mark> {
    let mut out = std::collections::BTreeMap::new();
    for t in &new.touchpoints {
        let Some(o) = old.touchpoint(&t.id) else {
            out.insert(t.id.clone(), Mark::Added);
            continue;
        };
        let sum = |x: &Touchpoint| x.emotions.values().map(|v| i32::from(*v)).sum::<i32>();
        let mark = match sum(t).cmp(&sum(o)) {
            std::cmp::Ordering::Greater => Some(Mark::Better),
            std::cmp::Ordering::Less => Some(Mark::Worse),
            std::cmp::Ordering::Equal => (o != t).then_some(Mark::Changed),
        };
        if let Some(m) = mark {
            out.insert(t.id.clone(), m);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::samples::{sample, Sample};
    use crate::model::{apply, Command, Stage};

    fn base() -> JourneyMap {
        sample(Sample::BroadbandEn, "m", "t")
    }

    #[test]
    fn equal_maps_have_no_differences() {
        assert!(diff(&base(), &base()).is_empty());
    }

    #[test]
    fn every_kind_of_change_is_named() {
        let a = base();
        let mut b = a.clone();
        let t0 = b.touchpoints[0].id.clone();
        let p0 = b.personas[0].id.clone();
        let s_last = b.stages.last().map(|s| s.id.clone()).unwrap_or_default();
        let mut renamed = b.stages[0].clone();
        renamed.name = "Awareness!".into();
        for c in [
            Command::SetTitle("New title".into()),
            Command::UpdateStage(renamed),
            Command::AddStage {
                stage: Stage {
                    id: "new".into(),
                    name: "Loyalty".into(),
                    description: String::new(),
                },
                index: 99,
            },
            Command::SetEmotion {
                touchpoint: t0.clone(),
                persona: p0,
                value: Some(2),
            },
            Command::MoveTouchpoint {
                id: t0.clone(),
                stage: s_last,
                index: 0,
            },
            Command::RemoveTouchpoint {
                id: b.touchpoints[1].id.clone(),
            },
        ] {
            apply(&mut b, c).expect("apply");
        }
        let text: Vec<String> = diff(&a, &b).iter().map(ToString::to_string).collect();
        let has = |s: &str| text.iter().any(|l| l.contains(s));
        assert!(has("title: "), "{text:#?}");
        assert!(has("renamed \"Awareness!\""), "{text:#?}");
        assert!(has("+ stage \"Loyalty\""), "{text:#?}");
        assert!(has("~ emotion of"), "{text:#?}");
        assert!(has("moved"), "{text:#?}");
        assert!(has("- touchpoint"), "{text:#?}");
        assert!(
            !text
                .iter()
                .any(|l| l.starts_with("~ stage") && l.contains("moved")),
            "an added stage moves no other stage: {text:#?}"
        );
    }
}
