//! Files come from strangers: no input makes a reader panic, and repair settles in one pass.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::{export, import, import_backup, repair};
use patika::interop::{cjml, csv, mermaid};
use patika::model::Lang;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Arbitrary JSON values, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()),
                    Just("name".to_string()),
                    Just("stage".to_string()),
                    Just("touchpoints".to_string()),
                    Just("emotions".to_string()),
                    ".{0,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A map-shaped file whose fields are arbitrary: the typed decoder, repair and every check run.
fn map_shaped() -> impl Strategy<Value = Value> {
    (any_json(), any_json(), any_json(), any_json()).prop_map(|(stages, touchpoints, personas, extra)| {
        json!({ "format": "patika.journey-map", "formatVersion": 1,
                "map": { "id": "m", "stages": stages, "touchpoints": touchpoints, "personas": personas, "title": extra } })
    })
}

/// A well-typed map with messy content: duplicate and empty ids, dangling references, emotions
/// off the scale, long texts. Repair has work to do.
fn messy_map() -> impl Strategy<Value = Value> {
    let id = prop_oneof![Just(String::new()), "[abc]{1,2}"];
    let stage = (id.clone(), ".{0,8}").prop_map(|(id, name)| json!({ "id": id, "name": name }));
    let tp = (id.clone(), id.clone(), id.clone(), id.clone(), -9i64..9, 0u64..9).prop_map(|(id, stage, channel, persona, v, sev)| {
        json!({ "id": id, "stage": stage, "channel": channel, "name": "t",
                "emotions": { persona: v }, "painPoints": [{ "id": "p", "text": "x", "severity": sev }, { "id": "p", "text": "y" }],
                "exitPoint": { "reason": { "type": "refund" }, "rate": (v as f64) / 4.0 } })
    });
    (
        proptest::collection::vec(stage, 0..5),
        proptest::collection::vec(tp, 0..8),
        proptest::collection::vec(id.clone(), 0..3),
        proptest::collection::vec(id, 0..3),
    )
        .prop_map(|(stages, touchpoints, personas, channels)| {
            json!({ "format": "patika.journey-map", "formatVersion": 1, "map": {
                "id": "m", "stages": stages, "touchpoints": touchpoints,
                "personas": personas.into_iter().map(|p| json!({ "id": p, "name": "P" })).collect::<Vec<_>>(),
                "channels": channels.into_iter().map(|c| json!({ "id": c, "name": "C", "kind": "digital" })).collect::<Vec<_>>() } })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn messy_maps_are_repaired_once_and_for_all(v in messy_map()) {
        let imported = import(v.to_string().as_bytes());
        prop_assert!(imported.is_ok(), "a well-typed map always loads: {:?}", imported.err());
        let imported = imported.expect("checked");
        let mut again = imported.map.clone();
        let report = repair(&mut again);
        prop_assert!(report.is_clean(), "second repair changed {:?}", report.notes);
        prop_assert_eq!(import(export(&again).as_bytes()).map(|i| i.map).ok(), Some(again));
    }

    #[test]
    fn import_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = import(&bytes);
        let _ = import_backup(&bytes);
    }

    #[test]
    fn import_never_panics_on_json_values(v in any_json()) {
        let _ = import(v.to_string().as_bytes());
    }

    #[test]
    fn repair_settles_in_one_pass(v in map_shaped()) {
        if let Ok(imported) = import(v.to_string().as_bytes()) {
            let mut again = imported.map.clone();
            let report = repair(&mut again);
            prop_assert!(report.is_clean(), "second repair changed {:?}", report.notes);
            prop_assert_eq!(&again, &imported.map);
            // And what was repaired reads back exactly.
            prop_assert_eq!(import(export(&again).as_bytes()).map(|i| i.map).ok(), Some(again));
        }
    }

    #[test]
    fn other_formats_never_panic(text in "(?s).{0,300}") {
        let _ = csv::from_csv(&text, "t", Lang::Tr, "");
        let _ = mermaid::from_mermaid(&text, Lang::En, "");
        let _ = cjml::from_cjml(&text, Lang::En, "");
        let _ = mermaid::from_mermaid(&format!("journey\n{text}"), Lang::En, "");
        let _ = cjml::from_cjml(&format!("<CJML><actualJourney><touchpoints>{text}</touchpoints></actualJourney></CJML>"), Lang::En, "");
    }
}

/// The fuzz target's checks on its seed corpus: every fixture of the repository, every sample.
#[test]
fn the_seed_corpus_keeps_the_import_invariants() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut n = 0;
    for dir in ["import", "interop"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
            patika::format::invariants::check_import(&std::fs::read(entry.path()).unwrap());
            n += 1;
        }
    }
    for s in patika::model::samples::Sample::ALL {
        patika::format::invariants::check_import(
            export(&patika::model::samples::sample(
                s,
                "m",
                "2026-11-24T10:00:00Z",
            ))
            .as_bytes(),
        );
    }
    assert!(n >= 10, "the corpus is there ({n} files)");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// The same checks on arbitrary bytes and map-shaped JSON, on stable Rust.
    #[test]
    fn arbitrary_input_keeps_the_import_invariants(bytes in proptest::collection::vec(any::<u8>(), 0..400), v in map_shaped()) {
        patika::format::invariants::check_import(&bytes);
        patika::format::invariants::check_import(v.to_string().as_bytes());
    }
}
