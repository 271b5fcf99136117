//! Three-way merge against an independent oracle (issue 19): with edits to the title, stage and
//! channel names, emotions, pain point texts and an action's impact, and touchpoints removed, the conflicts are exactly the
//! fields both sides changed differently plus the touchpoints one side deleted and the other
//! edited; every other change is taken from the side that made it.
#![cfg(not(target_arch = "wasm32"))]
use patika::merge::{merge, ConflictKind, Seg};
use patika::model::samples::{sample, Sample};
use patika::model::*;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn base() -> JourneyMap {
    sample(Sample::OnlineShopTr, "m1", "2026-11-24T10:00:00Z")
}

/// One edit, naming records by their place in the base (skipped when the record is gone).
#[derive(Debug, Clone)]
enum Edit {
    Title(u8),
    Stage(usize, u8),
    Emotion(usize, i8),
    Pain(usize, u8),
    Remove(usize),
    Channel(usize, u8),
    Impact(u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..3u8).prop_map(Edit::Title),
        (0..6usize, 0..3u8).prop_map(|(s, n)| Edit::Stage(s, n)),
        (0..20usize, -2..=2i8).prop_map(|(t, v)| Edit::Emotion(t, v)),
        (0..20usize, 0..3u8).prop_map(|(t, n)| Edit::Pain(t, n)),
        (0..20usize).prop_map(Edit::Remove),
        (0..12usize, 0..3u8).prop_map(|(c, n)| Edit::Channel(c, n)),
        (1..=5u8).prop_map(Edit::Impact),
    ]
}

fn edited(b: &JourneyMap, edits: &[Edit]) -> JourneyMap {
    let mut m = b.clone();
    let tp_id = |t: usize| b.touchpoints.get(t).map(|x| x.id.clone());
    for e in edits {
        let cmd = match e {
            Edit::Title(n) => Some(Command::SetTitle(format!("Başlık {n}"))),
            Edit::Stage(s, n) => b.stages.get(*s).map(|s| {
                let mut s = s.clone();
                s.name = format!("Aşama {n}");
                Command::UpdateStage(s)
            }),
            Edit::Emotion(t, v) => tp_id(*t).map(|touchpoint| Command::SetEmotion {
                touchpoint,
                persona: b.personas[0].id.clone(),
                value: Some(*v),
            }),
            Edit::Pain(t, n) => tp_id(*t)
                .and_then(|id| m.touchpoints.iter().find(|x| x.id == id).cloned())
                .filter(|tp| !tp.pain_points.is_empty())
                .map(|mut tp| {
                    tp.pain_points[0].text = format!("Sorun {n}");
                    Command::UpdateTouchpoint(tp)
                }),
            Edit::Remove(t) => tp_id(*t).map(|id| Command::RemoveTouchpoint { id }),
            Edit::Channel(c, n) => b.channels.get(*c).map(|c| {
                let mut c = c.clone();
                c.name = format!("Kanal {n}");
                Command::UpdateChannel(c)
            }),
            Edit::Impact(n) => m.actions.first().cloned().map(|mut a| {
                a.impact = *n;
                Command::UpdateAction(a)
            }),
        };
        // A record already removed on this side: the edit does not apply, nothing changes.
        if let Some(cmd) = cmd {
            let _ = apply(&mut m, cmd);
        }
    }
    m
}

fn touchpoint<'a>(m: &'a JourneyMap, id: &str) -> Option<&'a Touchpoint> {
    m.touchpoints.iter().find(|t| t.id == id)
}

/// Whether a value changed on both sides, differently.
fn both_differently<T: PartialEq>(b: T, x: T, y: T) -> bool {
    x != b && y != b && x != y
}

/// Adds `kind:id` for each record (by id in the base) whose `value` both sides changed differently.
fn changed_differently<V: PartialEq>(
    out: &mut BTreeSet<String>,
    kind: &str,
    ids: Vec<String>,
    [b, x, y]: [&JourneyMap; 3],
    value: impl Fn(&JourneyMap, &str) -> Option<V>,
) {
    for id in ids {
        if both_differently(value(b, &id), value(x, &id), value(y, &id)) {
            out.insert(format!("{kind}:{id}"));
        }
    }
}

/// The conflicts the oracle expects, as `kind:record`.
fn expected(b: &JourneyMap, x: &JourneyMap, y: &JourneyMap) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if both_differently(&b.title, &x.title, &y.title) {
        out.insert("title".to_string());
    }
    let maps = [b, x, y];
    let stages = b.stages.iter().map(|s| s.id.clone()).collect();
    changed_differently(&mut out, "stage", stages, maps, |m, id| {
        m.stages.iter().find(|s| s.id == id).map(|s| s.name.clone())
    });
    let channels = b.channels.iter().map(|c| c.id.clone()).collect();
    changed_differently(&mut out, "channel", channels, maps, |m, id| {
        m.channels
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.clone())
    });
    let actions = b.actions.iter().map(|a| a.id.clone()).collect();
    changed_differently(&mut out, "action", actions, maps, |m, id| {
        m.actions.iter().find(|a| a.id == id).map(|a| a.impact)
    });
    let persona = &b.personas[0].id;
    for t in &b.touchpoints {
        match (touchpoint(x, &t.id), touchpoint(y, &t.id)) {
            (None, None) => {}
            (None, Some(other)) | (Some(other), None) => {
                if other != t {
                    out.insert(format!("deleted:{}", t.id));
                }
            }
            (Some(tx), Some(ty)) => {
                let e = |tp: &Touchpoint| tp.emotions.get(persona).copied();
                if both_differently(e(t), e(tx), e(ty)) {
                    out.insert(format!("emotion:{}", t.id));
                }
                let p = |tp: &Touchpoint| tp.pain_points.first().map(|p| p.text.clone());
                if both_differently(p(t), p(tx), p(ty)) {
                    out.insert(format!("pain:{}", t.id));
                }
            }
        }
    }
    out
}

/// A conflict as the oracle names it.
fn named(path: &[Seg], kind: &ConflictKind) -> String {
    let field = |i: usize| match path.get(i) {
        Some(Seg::Field(f)) => f.as_str(),
        _ => "",
    };
    let record = |i: usize| match path.get(i) {
        Some(Seg::Record(r)) => r.as_str(),
        _ => "",
    };
    match (field(0), kind) {
        ("title", _) => "title".into(),
        ("stages", _) => format!("stage:{}", record(1)),
        ("channels", _) => format!("channel:{}", record(1)),
        ("actions", _) => format!("action:{}", record(1)),
        ("touchpoints", ConflictKind::DeletedEdited { .. }) => format!("deleted:{}", record(1)),
        ("touchpoints", _) if field(2) == "emotions" => format!("emotion:{}", record(1)),
        ("touchpoints", _) if field(2) == "painPoints" => format!("pain:{}", record(1)),
        _ => format!("other:{path:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn conflicts_are_exactly_what_both_sides_changed_differently_or_deleted_and_edited(
        xs in prop::collection::vec(edit(), 0..8),
        ys in prop::collection::vec(edit(), 0..8),
    ) {
        let b = base();
        let (x, y) = (edited(&b, &xs), edited(&b, &ys));
        let m = merge(Some(&b), &x, &y);
        let got: BTreeSet<String> = m.conflicts.iter().map(|c| named(&c.path, &c.kind)).collect();
        prop_assert_eq!(got.len(), m.conflicts.len(), "one conflict per field: {:?}", m.conflicts);
        prop_assert_eq!(&got, &expected(&b, &x, &y));
        // What is not in conflict comes from the side that changed it (ours where both did).
        let pick = |bv: String, xv: String, yv: String| if xv != bv { xv } else { yv };
        prop_assert_eq!(&m.map.title, &pick(b.title.clone(), x.title.clone(), y.title.clone()));
        let persona = &b.personas[0].id;
        for t in &b.touchpoints {
            let (tx, ty) = (touchpoint(&x, &t.id), touchpoint(&y, &t.id));
            let Some(tm) = touchpoint(&m.map, &t.id) else {
                // Gone: deleted on a side (ours by default when the other side edited it).
                prop_assert!(tx.is_none() || (ty.is_none() && tx == Some(t)));
                continue;
            };
            if let (Some(tx), Some(ty)) = (tx, ty) {
                let e = |tp: &Touchpoint| format!("{:?}", tp.emotions.get(persona));
                prop_assert_eq!(e(tm), pick(e(t), e(tx), e(ty)));
            }
        }
    }
}

#[test]
fn the_oracle_sees_every_kind_of_conflict() {
    let b = base();
    let x = edited(
        &b,
        &[
            Edit::Title(1),
            Edit::Stage(0, 1),
            Edit::Emotion(2, -2),
            Edit::Pain(pained(&b), 1),
            Edit::Remove(3),
            Edit::Channel(0, 1),
            Edit::Impact(3),
        ],
    );
    let y = edited(
        &b,
        &[
            Edit::Title(2),
            Edit::Stage(0, 2),
            Edit::Emotion(2, 2),
            Edit::Pain(pained(&b), 2),
            Edit::Emotion(3, 2),
            Edit::Channel(0, 2),
            Edit::Impact(4),
        ],
    );
    let m = merge(Some(&b), &x, &y);
    let got: BTreeSet<String> = m
        .conflicts
        .iter()
        .map(|c| named(&c.path, &c.kind))
        .collect();
    let want = expected(&b, &x, &y);
    assert_eq!(got, want);
    let kinds: BTreeSet<&str> = want
        .iter()
        .map(|k| k.split(':').next().unwrap_or(""))
        .collect();
    assert_eq!(
        kinds,
        BTreeSet::from(["action", "channel", "deleted", "emotion", "pain", "stage", "title"])
    );
}

/// The first touchpoint of the base with a pain point (not the removed one).
fn pained(b: &JourneyMap) -> usize {
    (0..b.touchpoints.len())
        .find(|&i| i != 3 && !b.touchpoints[i].pain_points.is_empty())
        .expect("the sample has pain points")
}
