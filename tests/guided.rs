//! The guided start's one change (`model::guided`): ticked and typed touchpoints on their
//! question's stage and a matching channel (created when the map lacks it), with the answers to
//! "assess each step", undone in one step.
use patika::model::guided::*;
use patika::model::{apply, new_map, Channel, ChannelKind, JourneyMap, Lang, Stage};

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("g{n}")
    }
}

fn item(key: &str) -> &'static ChecklistItem {
    CHECKLIST
        .iter()
        .find(|i| i.key == key)
        .expect("a checklist item")
}

#[test]
fn ticked_and_typed_touchpoints_land_on_their_stages_and_new_channels_as_one_step() {
    let before = new_map("m", "Harita", Lang::Tr, "t");
    let mut search = GuidedTouchpoint::from_item(item("search"), Lang::Tr);
    search.feels = Some(-1);
    search.should_feel = "Doğru ürünü hemen bulmak".into();
    search.improve = "Arama sonuçlarında öne çıkmak".into();
    let chosen = vec![
        search,
        GuidedTouchpoint::from_item(item("delivery"), Lang::Tr),
        GuidedTouchpoint {
            question: 3,
            name: "Kargo şubesine gider".into(),
            channel: "Kargo şubesi".into(),
            ..GuidedTouchpoint::default()
        },
    ];
    let cmd = guided_start(&before, &chosen, Lang::Tr, ids()).expect("a change");
    let mut map = before.clone();
    let undo = apply(&mut map, cmd).expect("applies");
    let added: Vec<(&str, &str, &str)> = map
        .touchpoints
        .iter()
        .map(|t| {
            (
                t.name.as_str(),
                t.stage.as_str(),
                map.channel_name(&t.channel),
            )
        })
        .collect();
    assert_eq!(
        added,
        [
            ("İnternette arar", "problem", "Google arama"),
            ("Kargoyu teslim alır", "after-purchase", "Kargo"),
            ("Kargo şubesine gider", "after-purchase", "Kargo şubesi"),
        ]
    );
    let first = &map.touchpoints[0];
    assert_eq!(first.emotions.get("persona-1"), Some(&-1));
    assert_eq!(first.expectation, "Doğru ürünü hemen bulmak");
    assert_eq!(first.opportunities, ["Arama sonuçlarında öne çıkmak"]);
    assert_eq!(
        map.channels.len(),
        before.channels.len() + 3,
        "three channels made"
    );
    assert_eq!(map.stages, before.stages, "the four stages were there");
    apply(&mut map, undo).expect("undo");
    assert_eq!(map, before, "one undo step takes it all back");
}

#[test]
fn a_map_with_its_own_stages_and_channels_gets_only_what_it_lacks() {
    let mut before: JourneyMap = new_map("m", "Map", Lang::En, "t");
    before.stages = vec![Stage {
        id: "s-discovery".into(),
        name: "discovery".into(),
        description: String::new(),
    }];
    before.channels.push(Channel {
        id: "my-search".into(),
        name: "Search Engine".into(),
        kind: ChannelKind::Digital,
    });
    let chosen = vec![
        GuidedTouchpoint::from_item(item("reviews"), Lang::En),
        GuidedTouchpoint::from_item(item("search"), Lang::En),
        GuidedTouchpoint {
            question: 0,
            name: "  ".into(),
            ..GuidedTouchpoint::default()
        },
    ];
    let mut map = before.clone();
    apply(
        &mut map,
        guided_start(&before, &chosen, Lang::En, ids()).expect("a change"),
    )
    .expect("applies");
    assert_eq!(map.touchpoints.len(), 2, "an empty name adds nothing");
    assert_eq!(map.touchpoints[0].stage, "s-discovery", "matched by name");
    assert_eq!(
        map.touchpoints[1].channel, "my-search",
        "the user's own search channel"
    );
    assert_eq!(
        map.stage_name(&map.touchpoints[1].stage),
        "Problem",
        "a stage made"
    );
    assert!(guided_start(&before, &[], Lang::En, ids()).is_none());
}

#[test]
fn the_checklist_covers_every_question_and_its_channels_exist() {
    let keys: std::collections::HashSet<&str> = CHECKLIST.iter().map(|i| i.key).collect();
    assert_eq!(keys.len(), CHECKLIST.len(), "unique keys");
    for q in 0..4 {
        assert!(
            CHECKLIST.iter().filter(|i| i.question == q).count() >= 4,
            "question {q}"
        );
    }
    // Every item lands on a named channel in either language.
    for lang in [Lang::Tr, Lang::En] {
        let base = new_map("m", "x", lang, "t");
        let all: Vec<GuidedTouchpoint> = CHECKLIST
            .iter()
            .map(|i| GuidedTouchpoint::from_item(i, lang))
            .collect();
        let mut map = base.clone();
        apply(
            &mut map,
            guided_start(&base, &all, lang, ids()).expect("a change"),
        )
        .expect("ok");
        assert_eq!(map.touchpoints.len(), CHECKLIST.len());
        assert!(map
            .touchpoints
            .iter()
            .all(|t| !map.channel_name(&t.channel).is_empty()));
    }
}
