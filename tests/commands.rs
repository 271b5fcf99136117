//! Every command kind, applied then inverted, restores the map exactly; random sequences undo to the start.
#![cfg(not(target_arch = "wasm32"))]
use patika::model::samples::{sample, Sample};
use patika::model::*;
use proptest::prelude::*;

fn start() -> JourneyMap {
    let mut m = sample(Sample::OnlineShopTr, "m1", "2026-11-24T10:00:00Z");
    m.personas.push(Persona {
        id: "persona-2".into(),
        name: "Mehmet".into(),
        ..Persona::default()
    });
    m.touchpoints[0].emotions.insert("persona-2".into(), 2);
    m
}

fn tp(id: &str, stage: &str, channel: &str) -> Touchpoint {
    Touchpoint {
        id: id.into(),
        stage: stage.into(),
        channel: channel.into(),
        name: id.into(),
        ..Touchpoint::default()
    }
}

fn round_trip(cmd: Command) {
    let original = start();
    let mut m = original.clone();
    let inverse = apply(&mut m, cmd.clone()).unwrap_or_else(|e| panic!("{cmd:?}: {e:?}"));
    assert_ne!(m, original, "{cmd:?} changed nothing");
    let after = m.clone();
    let redo = apply(&mut m, inverse).unwrap();
    assert_eq!(m, original, "inverse of {cmd:?} did not restore the map");
    apply(&mut m, redo).unwrap();
    assert_eq!(m, after, "redo of {cmd:?} did not give the same map");
}

#[test]
fn every_command_kind_inverts_exactly() {
    let m = start();
    let mut changed_tp = m.touchpoints[2].clone();
    changed_tp.name = "Değişti".into();
    changed_tp.pain_points.push(PainPoint {
        id: "new-pain".into(),
        text: "Yavaş".into(),
        ..PainPoint::default()
    });
    let cmds = vec![
        Command::SetTitle("Yeni".into()),
        Command::SetDescription("Açıklama".into()),
        Command::SetState(MapState::Future),
        Command::SetUpdated("2026-11-25T00:00:00Z".into()),
        Command::SetLanes(patika::model::Lanes(vec![
            patika::model::Lane::PainPoints,
            patika::model::Lane::Emotion,
        ])),
        Command::ReplaceContent(Box::new(patika::model::samples::sample(
            patika::model::samples::Sample::BroadbandEn,
            "other-id",
            "2026-01-01T00:00:00Z",
        ))),
        Command::AddStage {
            stage: Stage {
                id: "s-new".into(),
                name: "Sadakat".into(),
                ..Stage::default()
            },
            index: 2,
        },
        Command::RemoveStage {
            id: "decision".into(),
        },
        Command::RemoveStage {
            id: "problem".into(),
        },
        Command::UpdateStage(Stage {
            id: "discovery".into(),
            name: "Araştırma".into(),
            description: "d".into(),
        }),
        Command::MoveStage {
            id: "problem".into(),
            to: 3,
        },
        Command::AddTouchpoint {
            touchpoint: tp("tp-x", "problem", "email"),
            index: 1,
        },
        Command::RemoveTouchpoint {
            id: "tp-cart".into(),
        },
        Command::RemoveTouchpoint {
            id: "tp-search".into(),
        },
        Command::UpdateTouchpoint(changed_tp),
        Command::MoveTouchpoint {
            id: "tp-call".into(),
            stage: "problem".into(),
            index: 0,
        },
        Command::MoveTouchpoint {
            id: "tp-tv".into(),
            stage: "problem".into(),
            index: 5,
        },
        Command::SetEmotion {
            touchpoint: "tp-tv".into(),
            persona: "persona-1".into(),
            value: Some(-2),
        },
        Command::SetEmotion {
            touchpoint: "tp-tv".into(),
            persona: "persona-1".into(),
            value: None,
        },
        Command::SetEmotion {
            touchpoint: "tp-cart".into(),
            persona: "persona-2".into(),
            value: Some(1),
        },
        Command::AddPersona {
            persona: Persona {
                id: "p3".into(),
                ..Persona::default()
            },
            index: 0,
        },
        Command::RemovePersona {
            id: "persona-2".into(),
        },
        Command::RemovePersona {
            id: "persona-1".into(),
        },
        Command::UpdatePersona(Persona {
            id: "persona-1".into(),
            name: "Zeynep".into(),
            ..Persona::default()
        }),
        Command::AddChannel {
            channel: Channel {
                id: "kiosk".into(),
                name: "Kiosk".into(),
                kind: ChannelKind::Physical,
            },
            index: 3,
        },
        Command::RemoveChannel {
            id: "whatsapp".into(),
        },
        Command::UpdateChannel(Channel {
            id: "web".into(),
            name: "Web".into(),
            kind: ChannelKind::Digital,
        }),
        Command::AddAction {
            action: Action {
                id: "a2".into(),
                title: "Bekleme süresini kısalt".into(),
                ..Action::default()
            },
            index: 0,
        },
        Command::RemoveAction {
            id: "action-1".into(),
        },
        Command::UpdateAction(Action {
            id: "action-1".into(),
            title: "x".into(),
            ..Action::default()
        }),
        Command::Batch(vec![
            Command::SetTitle("A".into()),
            Command::RemoveStage {
                id: "problem".into(),
            },
            Command::SetTitle("B".into()),
        ]),
    ];
    for cmd in cmds {
        round_trip(cmd);
    }
}

#[test]
fn removing_a_touchpoint_unlinks_actions_and_undo_relinks() {
    let mut m = start();
    let before = m.clone();
    let inv = apply(
        &mut m,
        Command::RemoveStage {
            id: "decision".into(),
        },
    )
    .unwrap();
    assert!(m.actions[0].touchpoints.is_empty());
    assert!(m.actions[0].pain_points.is_empty());
    apply(&mut m, inv).unwrap();
    assert_eq!(m, before);
}

#[test]
fn invalid_commands_leave_the_map_unchanged() {
    let original = start();
    let bad = vec![
        Command::RemoveStage { id: "nope".into() },
        Command::AddStage {
            stage: Stage {
                id: "problem".into(),
                ..Stage::default()
            },
            index: 0,
        },
        Command::AddTouchpoint {
            touchpoint: tp("t", "missing", "web"),
            index: 0,
        },
        Command::AddTouchpoint {
            touchpoint: tp("t", "problem", "missing"),
            index: 0,
        },
        Command::SetEmotion {
            touchpoint: "tp-tv".into(),
            persona: "persona-1".into(),
            value: Some(9),
        },
        Command::SetEmotion {
            touchpoint: "tp-tv".into(),
            persona: "ghost".into(),
            value: Some(1),
        },
        Command::RemoveChannel { id: "web".into() },
        Command::MoveTouchpoint {
            id: "tp-tv".into(),
            stage: "ghost".into(),
            index: 0,
        },
        Command::Batch(vec![
            Command::SetTitle("changed".into()),
            Command::RemoveStage {
                id: "problem".into(),
            },
            Command::RemoveStage { id: "nope".into() },
        ]),
    ];
    for cmd in bad {
        let mut m = original.clone();
        assert!(apply(&mut m, cmd.clone()).is_err(), "{cmd:?} should fail");
        assert_eq!(m, original, "{cmd:?} changed the map although it failed");
    }
}

#[test]
fn history_undoes_and_redoes() {
    let mut m = start();
    let original = m.clone();
    let mut h = History::default();
    h.apply(&mut m, Command::SetTitle("1".into())).unwrap();
    h.apply(
        &mut m,
        Command::RemoveStage {
            id: "problem".into(),
        },
    )
    .unwrap();
    let after = m.clone();
    assert!(h.undo(&mut m).unwrap());
    assert!(h.undo(&mut m).unwrap());
    assert!(!h.undo(&mut m).unwrap());
    assert_eq!(m, original);
    assert!(h.redo(&mut m).unwrap());
    assert!(h.redo(&mut m).unwrap());
    assert_eq!(m, after);
    assert!(!h.can_redo());
}

/// Turns random numbers into a command that makes sense for the current map (or deliberately not).
fn command_for(m: &JourneyMap, op: u8, a: usize, b: usize, v: i8, n: usize) -> Command {
    let pick = |len: usize| if len == 0 { 0 } else { a % len };
    let stage = m
        .stages
        .get(pick(m.stages.len()))
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let other_stage = m
        .stages
        .get(b % m.stages.len().max(1))
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let tpid = m
        .touchpoints
        .get(pick(m.touchpoints.len()))
        .map(|t| t.id.clone())
        .unwrap_or_default();
    let channel = m
        .channels
        .get(b % m.channels.len().max(1))
        .map(|c| c.id.clone())
        .unwrap_or_default();
    let persona = m
        .personas
        .get(b % m.personas.len().max(1))
        .map(|p| p.id.clone())
        .unwrap_or_default();
    match op % 14 {
        0 => Command::AddStage {
            stage: Stage {
                id: format!("s{n}"),
                name: format!("S{n}"),
                ..Stage::default()
            },
            index: b,
        },
        1 => Command::RemoveStage { id: stage },
        2 => Command::MoveStage { id: stage, to: b },
        3 => Command::UpdateStage(Stage {
            id: stage,
            name: format!("renamed {n}"),
            ..Stage::default()
        }),
        4 => Command::AddTouchpoint {
            touchpoint: tp(&format!("t{n}"), &stage, &channel),
            index: b,
        },
        5 => Command::RemoveTouchpoint { id: tpid },
        6 => Command::MoveTouchpoint {
            id: tpid,
            stage: other_stage,
            index: b,
        },
        7 => Command::SetEmotion {
            touchpoint: tpid,
            persona,
            value: if v % 4 == 0 { None } else { Some(v % 3) },
        },
        8 => Command::AddPersona {
            persona: Persona {
                id: format!("p{n}"),
                ..Persona::default()
            },
            index: b,
        },
        9 => Command::RemovePersona { id: persona },
        10 => Command::RemoveChannel { id: channel },
        11 => Command::SetTitle(format!("title {n}")),
        12 => {
            let mut t = m
                .touchpoints
                .get(pick(m.touchpoints.len()))
                .cloned()
                .unwrap_or_default();
            t.name = format!("edited {n}");
            t.pain_points.push(PainPoint {
                id: format!("pp{n}"),
                ..PainPoint::default()
            });
            Command::UpdateTouchpoint(t)
        }
        _ => Command::Batch(vec![
            Command::SetTitle(format!("b{n}")),
            Command::RemoveTouchpoint { id: tpid },
        ]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn random_sequences_undo_back_to_the_start(ops in proptest::collection::vec((any::<u8>(), any::<u16>(), any::<u16>(), -3i8..3), 1..60)) {
        let original = start();
        let mut m = original.clone();
        let mut h = History::default();
        let mut applied = 0;
        for (n, (op, a, b, v)) in ops.into_iter().enumerate() {
            let cmd = command_for(&m, op, a as usize, b as usize, v, n);
            let before = m.clone();
            match h.apply(&mut m, cmd) {
                Ok(()) => applied += 1,
                Err(_) => prop_assert_eq!(&m, &before),
            }
        }
        let after = m.clone();
        for _ in 0..applied { prop_assert!(h.undo(&mut m).unwrap()); }
        prop_assert_eq!(&m, &original);
        for _ in 0..applied { prop_assert!(h.redo(&mut m).unwrap()); }
        prop_assert_eq!(&m, &after);
    }
}

#[test]
fn end_of_stage_puts_a_moved_touchpoint_last_in_its_new_stage() {
    let mut m = start();
    // tp-tv (problem) to the end of decision: after tp-call.
    let index = m.end_of_stage("decision", "tp-tv");
    apply(
        &mut m,
        Command::MoveTouchpoint {
            id: "tp-tv".into(),
            stage: "decision".into(),
            index,
        },
    )
    .unwrap();
    let decision: Vec<_> = m
        .touchpoints_of("decision")
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(decision, ["tp-cart", "tp-chat", "tp-call", "tp-tv"]);
    // Moving the last one of a stage to the same stage keeps it last.
    let index = m.end_of_stage("decision", "tp-tv");
    let before = m.clone();
    apply(
        &mut m,
        Command::MoveTouchpoint {
            id: "tp-tv".into(),
            stage: "decision".into(),
            index,
        },
    )
    .unwrap();
    assert_eq!(m, before);
    // A new touchpoint of an empty stage goes to the end of the list.
    m.stages.push(Stage {
        id: "empty".into(),
        ..Stage::default()
    });
    assert_eq!(m.end_of_stage("empty", "new"), m.touchpoints.len());
}

#[test]
fn replacing_the_content_keeps_the_map_id_and_undoes() {
    let mut m = start();
    let original = m.clone();
    let other = patika::model::samples::sample(
        patika::model::samples::Sample::BroadbandEn,
        "other-id",
        "2026-01-01T00:00:00Z",
    );
    let undo = apply(&mut m, Command::ReplaceContent(Box::new(other.clone()))).expect("replace");
    assert_eq!(m.id, original.id, "same map, new content");
    assert_eq!(
        (m.title.clone(), m.touchpoints.len()),
        (other.title.clone(), other.touchpoints.len())
    );
    apply(&mut m, undo).expect("undo");
    assert_eq!(m, original);
}

#[test]
fn a_copy_is_a_new_map_with_everything_else_kept() {
    let m = patika::model::samples::sample(
        patika::model::samples::Sample::OnlineShopTr,
        "a",
        "2026-11-01T10:00:00Z",
    );
    let c = copy_of(&m, "b", "(kopya)", "2026-11-24T10:00:00Z");
    assert_eq!(
        (
            c.id.as_str(),
            c.title.clone(),
            c.created.as_str(),
            c.updated.as_str()
        ),
        (
            "b",
            format!("{} (kopya)", m.title),
            "2026-11-24T10:00:00Z",
            "2026-11-24T10:00:00Z"
        )
    );
    assert_eq!(
        JourneyMap {
            id: m.id.clone(),
            title: m.title.clone(),
            created: m.created.clone(),
            updated: m.updated.clone(),
            ..c
        },
        m
    );
}

#[test]
fn a_touchpoint_steps_past_its_neighbour_in_its_stage_only() {
    use patika::model::{apply, new_map, Command, Lang, Touchpoint};
    let mut m = new_map("m", "M", Lang::En, "t");
    for (id, stage) in [
        ("a", "problem"),
        ("x", "discovery"),
        ("b", "problem"),
        ("c", "problem"),
    ] {
        let touchpoint = Touchpoint {
            id: id.into(),
            stage: stage.into(),
            channel: "web".into(),
            ..Touchpoint::default()
        };
        let index = m.touchpoints.len();
        apply(&mut m, Command::AddTouchpoint { touchpoint, index }).expect("add");
    }
    assert_eq!(
        m.step_within_stage("a", true),
        Some(("problem".into(), 2)),
        "past x, to b"
    );
    assert_eq!(m.step_within_stage("b", false), Some(("problem".into(), 0)));
    assert_eq!(m.step_within_stage("a", false), None, "first of its stage");
    assert_eq!(m.step_within_stage("c", true), None, "last of its stage");
    assert_eq!(m.step_within_stage("x", true), None, "alone in its stage");
    let (stage, index) = m.step_within_stage("a", true).expect("step");
    apply(
        &mut m,
        Command::MoveTouchpoint {
            id: "a".into(),
            stage,
            index,
        },
    )
    .expect("move");
    let order: Vec<&str> = m.touchpoints.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(order, ["x", "b", "a", "c"]);
}

#[test]
fn channels_belong_to_the_user_add_rename_reorder_and_remove_with_their_touchpoints_moved() {
    let m = start();
    round_trip(Command::MoveChannel {
        id: m.channels[0].id.clone(),
        to: 3,
    });
    round_trip(Command::AddChannel {
        channel: Channel {
            id: "google".into(),
            name: "Google arama".into(),
            kind: ChannelKind::Digital,
        },
        index: 0,
    });
    let mut renamed = m.channels[1].clone();
    renamed.name = "Kargo".into();
    renamed.kind = ChannelKind::Physical;
    round_trip(Command::UpdateChannel(renamed));
    // A used channel cannot simply go; moving its touchpoints first is one step.
    let used = m.touchpoints[0].channel.clone();
    let target = m.channels.iter().find(|c| c.id != used).unwrap().id.clone();
    let mut refused = m.clone();
    assert!(apply(&mut refused, Command::RemoveChannel { id: used.clone() }).is_err());
    assert_eq!(refused, m, "a refused removal changes nothing");
    let step = remove_channel_moving(&m, &used, &target);
    let mut after = m.clone();
    let undo = apply(&mut after, step.clone()).expect("removed");
    assert!(after.channels.iter().all(|c| c.id != used));
    let moved = m.touchpoints.iter().filter(|t| t.channel == used).count();
    assert!(moved > 0);
    assert_eq!(
        after
            .touchpoints
            .iter()
            .filter(|t| t.channel == target)
            .count(),
        m.touchpoints.iter().filter(|t| t.channel == target).count() + moved
    );
    apply(&mut after, undo).expect("undone");
    assert_eq!(
        after, m,
        "one undo brings the channel and its touchpoints back"
    );
    round_trip(step);
    // Moving to itself cannot remove it: all or nothing.
    let mut same = m.clone();
    assert!(apply(&mut same, remove_channel_moving(&m, &used, &used)).is_err());
    assert_eq!(same, m);
}

/// Moves touchpoint `id` to `(stage, list index)`.
fn move_to(m: &mut JourneyMap, id: &str, (stage, index): (String, usize)) {
    let id = id.to_string();
    apply(m, Command::MoveTouchpoint { id, stage, index }).unwrap();
}

#[test]
fn a_touchpoint_walks_the_whole_journey_across_stages_and_back() {
    let mut m = start();
    m.stages.push(Stage {
        id: "empty".into(),
        name: "Boş".into(),
        ..Stage::default()
    });
    let order = |m: &JourneyMap| -> Vec<String> {
        m.journey_order().iter().map(|t| t.id.clone()).collect()
    };
    let id = order(&m)[0].clone();
    let n = m.touchpoints.len();
    let mut steps = 0;
    let mut at = 0;
    while let Some((stage, index)) = m.step_in_journey(&id, true) {
        let before = m.touchpoint(&id).map(|t| t.stage.clone());
        move_to(&mut m, &id, (stage.clone(), index));
        let now = order(&m).iter().position(|x| *x == id).unwrap();
        // Each step moves one place along the journey, or into the next stage at the same place.
        assert!(
            now == at + 1 || (now == at && before.as_deref() != Some(stage.as_str())),
            "{at} → {now}"
        );
        at = now;
        steps += 1;
        assert!(steps < 3 * n, "walks forever");
    }
    assert_eq!(at, n - 1, "at the end of the journey");
    assert_eq!(
        m.touchpoint(&id).map(|t| t.stage.as_str()),
        Some("empty"),
        "into the empty last stage"
    );
    while let Some(place) = m.step_in_journey(&id, false) {
        move_to(&mut m, &id, place);
        steps += 1;
        assert!(steps < 6 * n);
    }
    assert_eq!(order(&m)[0], id, "back at the start");
    assert_eq!(
        m.touchpoint(&id).map(|t| t.stage.clone()),
        Some(m.stages[0].id.clone())
    );
}

#[test]
fn a_touchpoint_dropped_on_another_takes_its_place() {
    let m = start();
    let order = |m: &JourneyMap| -> Vec<String> {
        m.journey_order().iter().map(|t| t.id.clone()).collect()
    };
    let before = order(&m);
    for (from, to) in [(0, 3), (4, 1), (0, before.len() - 1), (2, 2)] {
        let mut m = m.clone();
        let (id, target) = (before[from].clone(), before[to].clone());
        let place = m.place_of(&id, &target).expect("both exist");
        move_to(&mut m, &id, place);
        let after = order(&m);
        assert_eq!(
            after.iter().position(|x| *x == id),
            Some(to),
            "{from} → {to}: {after:?}"
        );
        assert_eq!(
            m.touchpoint(&id).map(|t| t.stage.clone()),
            m.touchpoint(&target).map(|t| t.stage.clone())
        );
    }
    assert_eq!(m.place_of("nope", &before[0]), None);
}
