//! Three-way merge (issue 19): records by id, fields one by one, conflicts exactly where both
//! sides changed one thing differently or one deleted what the other edited; the laws
//! merge(b, x, x) = x, merge(b, b, y) = y, merge(b, y, b) = y; never a panic.
#![cfg(not(target_arch = "wasm32"))]
use patika::merge::{merge, merge_choosing, ConflictKind, Seg, Side};
use patika::model::samples::{sample, Sample};
use patika::model::*;
use proptest::prelude::*;

fn base() -> JourneyMap {
    sample(Sample::OnlineShopTr, "m1", "2026-11-24T10:00:00Z")
}

fn run(m: &mut JourneyMap, cmd: Command) {
    apply(m, cmd).expect("command applies");
}

fn emotion(m: &JourneyMap, tp: usize) -> Option<i8> {
    let p = &m.personas[0].id;
    m.touchpoints[tp].emotions.get(p).copied()
}

fn set_emotion(m: &mut JourneyMap, tp: usize, value: i8) {
    let (touchpoint, persona) = (m.touchpoints[tp].id.clone(), m.personas[0].id.clone());
    run(
        m,
        Command::SetEmotion {
            touchpoint,
            persona,
            value: Some(value),
        },
    );
}

fn rename_stage(m: &mut JourneyMap, i: usize, name: &str) {
    let mut s = m.stages[i].clone();
    s.name = name.into();
    run(m, Command::UpdateStage(s));
}

fn new_touchpoint(m: &JourneyMap, id: &str, stage: usize) -> Touchpoint {
    Touchpoint {
        id: id.into(),
        stage: m.stages[stage].id.clone(),
        channel: m.channels[0].id.clone(),
        name: format!("Yeni {id}"),
        ..Touchpoint::default()
    }
}

#[test]
fn changes_on_different_things_merge_cleanly() {
    let b = base();
    let mut mine = b.clone();
    set_emotion(&mut mine, 0, -2);
    run(&mut mine, Command::SetTitle("Benim başlığım".into()));
    let mut theirs = b.clone();
    rename_stage(&mut theirs, 1, "Keşif (yeni)");
    let tp = new_touchpoint(&theirs, "added-by-them", 2);
    run(
        &mut theirs,
        Command::AddTouchpoint {
            touchpoint: tp,
            index: 3,
        },
    );
    theirs.updated = "2026-12-01T09:00:00Z".into();
    let m = merge(Some(&b), &mine, &theirs);
    assert_eq!(m.conflicts, vec![]);
    assert_eq!(emotion(&m.map, 0), Some(-2));
    assert_eq!(m.map.title, "Benim başlığım");
    assert_eq!(m.map.stages[1].name, "Keşif (yeni)");
    let at = m
        .map
        .touchpoints
        .iter()
        .position(|t| t.id == "added-by-them");
    assert_eq!(at, Some(3), "their new touchpoint where they put it");
    assert_eq!(
        m.map.updated, "2026-12-01T09:00:00Z",
        "the later time, never a conflict"
    );
    assert!(m.report.is_clean(), "{:?}", m.report);
}

#[test]
fn the_same_field_changed_differently_is_one_conflict_with_both_values() {
    let b = base();
    let (mut mine, mut theirs) = (b.clone(), b.clone());
    set_emotion(&mut mine, 2, -1);
    set_emotion(&mut theirs, 2, -2);
    set_emotion(&mut theirs, 4, 1);
    let m = merge(Some(&b), &mine, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    let c = &m.conflicts[0];
    assert_eq!(c.kind, ConflictKind::BothChanged);
    let tp = &b.touchpoints[2].id;
    let persona = &b.personas[0].id;
    assert_eq!(
        c.path,
        vec![
            Seg::Field("touchpoints".into()),
            Seg::Record(tp.clone()),
            Seg::Field("emotions".into()),
            Seg::Field(persona.clone()),
        ]
    );
    assert_eq!(
        (c.ours.clone(), c.theirs.clone()),
        (Some((-1).into()), Some((-2).into()))
    );
    assert_eq!(emotion(&m.map, 2), Some(-1), "ours by default");
    assert_eq!(emotion(&m.map, 4), Some(1), "their other change is taken");
    let theirs_chosen = merge_choosing(Some(&b), &mine, &theirs, |_, _| Side::Theirs);
    assert_eq!(emotion(&theirs_chosen.map, 2), Some(-2));
    // The same change on both sides is taken once, with no conflict.
    let mut both = b.clone();
    set_emotion(&mut both, 2, -1);
    assert_eq!(merge(Some(&b), &mine, &both).conflicts, vec![]);
}

#[test]
fn deleted_on_one_side_and_edited_on_the_other_is_a_conflict() {
    let b = base();
    let (mut mine, mut theirs) = (b.clone(), b.clone());
    let id = b.touchpoints[1].id.clone();
    run(&mut mine, Command::RemoveTouchpoint { id: id.clone() });
    set_emotion(&mut theirs, 1, 2);
    let m = merge(Some(&b), &mine, &theirs);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(
        m.conflicts[0].kind,
        ConflictKind::DeletedEdited {
            deleted_by: Side::Ours
        }
    );
    assert!(
        m.map.touchpoints.iter().all(|t| t.id != id),
        "ours: deleted"
    );
    let kept = merge_choosing(Some(&b), &mine, &theirs, |_, _| Side::Theirs);
    assert!(
        kept.map.touchpoints.iter().any(|t| t.id == id),
        "theirs: kept, edited"
    );
    // Deleted on one side, untouched on the other: deleted, no conflict.
    let m = merge(Some(&b), &mine, &b);
    assert_eq!(m.conflicts, vec![]);
    assert!(m.map.touchpoints.iter().all(|t| t.id != id));
}

#[test]
fn a_touchpoint_whose_stage_the_other_side_removed_is_repaired_and_reported() {
    let b = base();
    let (mut mine, mut theirs) = (b.clone(), b.clone());
    let last = b.stages.len() - 1;
    let tp = new_touchpoint(&mine, "mine-late", last);
    run(
        &mut mine,
        Command::AddTouchpoint {
            touchpoint: tp,
            index: 0,
        },
    );
    // They remove the last stage and its touchpoints.
    let stage = theirs.stages[last].id.clone();
    theirs.touchpoints.retain(|t| t.stage != stage);
    theirs.stages.pop();
    let m = merge(Some(&b), &mine, &theirs);
    let kept = m
        .map
        .touchpoints
        .iter()
        .find(|t| t.id == "mine-late")
        .expect("kept");
    assert!(
        m.map.stages.iter().any(|s| s.id == kept.stage),
        "never dangling"
    );
    assert!(!m.report.is_clean(), "the repair is reported");
}

#[test]
fn order_changes_merge_by_record() {
    let b = base();
    let (mut mine, mut theirs) = (b.clone(), b.clone());
    let moved = b.touchpoints[0].id.clone();
    let stage = b.touchpoints[0].stage.clone();
    run(
        &mut theirs,
        Command::MoveTouchpoint {
            id: moved.clone(),
            stage,
            index: 1,
        },
    );
    set_emotion(&mut mine, 3, 2);
    let m = merge(Some(&b), &mine, &theirs);
    assert_eq!(m.conflicts, vec![]);
    let ids = |m: &JourneyMap| {
        m.touchpoints
            .iter()
            .map(|t| t.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&m.map), ids(&theirs), "their order");
    assert_eq!(emotion(&m.map, 3), Some(2), "my edit kept");
}

#[test]
fn without_a_base_every_difference_is_a_choice() {
    let b = base();
    let (mut mine, mut theirs) = (b.clone(), b.clone());
    set_emotion(&mut mine, 0, -2);
    rename_stage(&mut theirs, 0, "Sorun (yeni)");
    let m = merge(None, &mine, &theirs);
    assert_eq!(m.conflicts.len(), 2, "{:?}", m.conflicts);
    assert!(m.conflicts.iter().all(|c| c.kind == ConflictKind::Differs));
    assert_eq!(merge(None, &mine, &mine).conflicts, vec![]);
}

/// A random edit of the sample map (a person's kind of change).
#[derive(Debug, Clone)]
enum Edit {
    Emotion(usize, i8),
    RenameStage(usize, u8),
    Title(u8),
    Add(usize, u8),
    Remove(usize),
    Move(usize, usize),
    PainText(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..20usize, -2..=2i8).prop_map(|(t, v)| Edit::Emotion(t, v)),
        (0..6usize, 0..3u8).prop_map(|(s, n)| Edit::RenameStage(s, n)),
        (0..3u8).prop_map(Edit::Title),
        (0..6usize, 0..4u8).prop_map(|(s, n)| Edit::Add(s, n)),
        (0..20usize).prop_map(Edit::Remove),
        (0..20usize, 0..20usize).prop_map(|(a, b)| Edit::Move(a, b)),
        (0..20usize, 0..3u8).prop_map(|(t, n)| Edit::PainText(t, n)),
    ]
}

fn edited(b: &JourneyMap, edits: &[Edit]) -> JourneyMap {
    let mut m = b.clone();
    for e in edits {
        let tps = m.touchpoints.len();
        match *e {
            Edit::Emotion(t, v) if t < tps => set_emotion(&mut m, t, v),
            Edit::RenameStage(s, n) if s < m.stages.len() => {
                rename_stage(&mut m, s, &format!("Aşama {n}"))
            }
            Edit::Title(n) => run(&mut m, Command::SetTitle(format!("Başlık {n}"))),
            Edit::Add(s, n) if s < m.stages.len() => {
                let id = format!("new-{n}");
                if m.touchpoints.iter().all(|t| t.id != id) {
                    let tp = new_touchpoint(&m, &id, s);
                    run(
                        &mut m,
                        Command::AddTouchpoint {
                            touchpoint: tp,
                            index: 0,
                        },
                    );
                }
            }
            Edit::Remove(t) if t < tps => {
                let id = m.touchpoints[t].id.clone();
                run(&mut m, Command::RemoveTouchpoint { id });
            }
            Edit::Move(a, to) if a < tps && to < tps => {
                let (id, stage) = (m.touchpoints[a].id.clone(), m.touchpoints[to].stage.clone());
                let _ = apply(
                    &mut m,
                    Command::MoveTouchpoint {
                        id,
                        stage,
                        index: 0,
                    },
                );
            }
            Edit::PainText(t, n) if t < tps && !m.touchpoints[t].pain_points.is_empty() => {
                let mut tp = m.touchpoints[t].clone();
                tp.pain_points[0].text = format!("Sorun {n}");
                run(&mut m, Command::UpdateTouchpoint(tp));
            }
            _ => {}
        }
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn merge_laws_hold(xs in prop::collection::vec(edit(), 0..6), ys in prop::collection::vec(edit(), 0..6)) {
        let b = base();
        let (x, y) = (edited(&b, &xs), edited(&b, &ys));
        let same = merge(Some(&b), &x, &x);
        prop_assert_eq!(&same.map, &x);
        prop_assert!(same.conflicts.is_empty());
        prop_assert_eq!(&merge(Some(&b), &b, &y).map, &y);
        prop_assert_eq!(&merge(Some(&b), &y, &b).map, &y);
        // Any pair merges, without a panic, into a map the pipeline reads back unchanged.
        for m in [merge(Some(&b), &x, &y), merge(None, &x, &y), merge(Some(&y), &x, &b)] {
            let text = patika::format::export(&m.map);
            let back = patika::format::import(text.as_bytes()).expect("readable");
            prop_assert!(back.report.is_clean(), "{:?}", back.report);
        }
    }

    #[test]
    fn conflicts_are_exactly_the_emotions_both_changed_differently(
        xs in prop::collection::vec((0..20usize, -2..=2i8), 0..8),
        ys in prop::collection::vec((0..20usize, -2..=2i8), 0..8),
    ) {
        let b = base();
        let n = b.touchpoints.len();
        let (mut x, mut y) = (b.clone(), b.clone());
        for &(t, v) in &xs { if t < n { set_emotion(&mut x, t, v) } }
        for &(t, v) in &ys { if t < n { set_emotion(&mut y, t, v) } }
        let expected: Vec<usize> = (0..n)
            .filter(|&t| {
                let (eb, ex, ey) = (emotion(&b, t), emotion(&x, t), emotion(&y, t));
                ex != eb && ey != eb && ex != ey
            })
            .collect();
        let m = merge(Some(&b), &x, &y);
        let got: Vec<usize> = m.conflicts.iter().map(|c| match &c.path[1] {
            Seg::Record(id) => b.touchpoints.iter().position(|t| &t.id == id).unwrap_or(usize::MAX),
            _ => usize::MAX,
        }).collect();
        prop_assert_eq!(got, expected);
        for t in 0..n {
            let want = if emotion(&x, t) != emotion(&b, t) { emotion(&x, t) } else { emotion(&y, t) };
            prop_assert_eq!(emotion(&m.map, t), want);
        }
    }
}

#[test]
fn a_conflict_reads_in_the_maps_words_in_both_languages() {
    use patika::i18n::{conflict_text, Lang};
    let b = base();
    let (mut mine, mut theirs) = (b.clone(), b.clone());
    set_emotion(&mut mine, 2, -1);
    set_emotion(&mut theirs, 2, -2);
    rename_stage(&mut mine, 0, "Benim");
    rename_stage(&mut theirs, 0, "Onların");
    let m = merge(Some(&b), &mine, &theirs);
    let maps = [&b, &mine, &theirs];
    let said = |lang| {
        m.conflicts
            .iter()
            .map(|c| conflict_text(lang, &maps, c))
            .collect::<Vec<_>>()
    };
    let (tp, stage) = (&b.touchpoints[2].name, &b.stages[0].name);
    assert_eq!(
        said(Lang::En),
        vec![
            format!("Name of Stage “{stage}”: mine “Benim”, theirs “Onların”"),
            format!("Emotion of Touchpoint “{tp}”: mine −1, theirs −2"),
        ]
    );
    assert_eq!(
        said(Lang::Tr),
        vec![
            format!("Aşama “{stage}” › Adı: bende “Benim”, onlarda “Onların”"),
            format!("Temas noktası “{tp}” › Duygu: bende −1, onlarda −2"),
        ]
    );
}

#[test]
fn ids_repair_invents_come_from_content_not_position() {
    // One hand-written file with a stage lacking its id, and a copy with a stage put before it.
    let file = |stages: &str| {
        format!(
            r#"{{"format":"patika.journey-map","formatVersion":1,"map":{{"id":"m","title":"T",
            "stages":[{stages}],"touchpoints":[]}}}}"#
        )
    };
    let one = patika::format::import(file(r#"{"name":"Keşif"}"#).as_bytes()).expect("reads");
    let two =
        patika::format::import(file(r#"{"id":"s0","name":"Önce"},{"name":"Keşif"}"#).as_bytes())
            .expect("reads");
    let id = |m: &JourneyMap, name: &str| {
        m.stages
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.id.clone())
    };
    assert_eq!(id(&one.map, "Keşif"), id(&two.map, "Keşif"));
    assert!(id(&one.map, "Keşif").is_some_and(|i| i.starts_with("stages-")));
    // And an export of a repaired map reads back with the same ids (none regenerated).
    let again = patika::format::import(patika::format::export(&one.map).as_bytes()).expect("reads");
    assert_eq!(again.map, one.map);
}
