//! The load pipeline: canonical export round trips, and one fixture per import error kind.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::{export, import, ImportError, RepairKind, MAX_BYTES};
use patika::model::samples::{sample, Sample};
use patika::model::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn export_import_export_is_byte_identical() {
    for s in Sample::ALL {
        let map = sample(s, "m1", "2026-11-24T10:00:00Z");
        let first = export(&map);
        let imported = import(first.as_bytes()).unwrap();
        assert!(imported.report.is_clean(), "{:?}", imported.report);
        assert_eq!(imported.map, map);
        assert_eq!(export(&imported.map), first);
    }
}

#[test]
fn export_is_canonical_and_readable() {
    let map = sample(Sample::OnlineShopTr, "m1", "2026-11-24T10:00:00Z");
    let text = export(&map);
    assert!(text.starts_with(
        "{\n  \"format\": \"patika.journey-map\",\n  \"formatVersion\": 2,\n  \"app\""
    ));
    assert!(
        text.contains("Çağrı merkezi"),
        "Turkish text is kept as UTF-8, not escaped"
    );
    assert!(text.ends_with("}\n"));
    assert_eq!(export(&map.clone()), text);
}

#[test]
fn a_bom_and_missing_optional_fields_are_fine() {
    let text = "\u{feff}{\"format\":\"patika.journey-map\",\"formatVersion\":1,\"map\":{\"id\":\"x\",\"title\":\"Kısa\"}}";
    let imp = import(text.as_bytes()).unwrap();
    assert_eq!(imp.map.title, "Kısa");
    assert_eq!(imp.map.emotion_scale, EmotionScale::default());
}

#[test]
fn not_json() {
    match import(&fixture("not-json.txt")) {
        Err(ImportError::NotJson { line: 1, .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn not_utf8() {
    assert_eq!(
        import(b"{\"a\": \"\xff\"}"),
        Err(ImportError::NotUtf8 { offset: 7 })
    );
}

#[test]
fn wrong_format() {
    assert_eq!(
        import(&fixture("wrong-format.json")),
        Err(ImportError::WrongFormat {
            found: Some("some.other-tool".into())
        })
    );
    assert_eq!(
        import(b"[1,2]"),
        Err(ImportError::WrongFormat { found: None })
    );
}

#[test]
fn newer_version_is_refused() {
    assert_eq!(
        import(&fixture("newer-version.json")),
        Err(ImportError::NewerVersion {
            found: 99,
            supported: 2
        })
    );
}

#[test]
fn too_large() {
    let big = vec![b' '; MAX_BYTES + 1];
    assert_eq!(
        import(&big),
        Err(ImportError::TooLarge {
            size: MAX_BYTES + 1,
            limit: MAX_BYTES
        })
    );
}

#[test]
fn too_deep() {
    assert_eq!(
        import(&fixture("too-deep.json")),
        Err(ImportError::TooDeep { limit: 64 })
    );
}

#[test]
fn invalid_field_names_its_path() {
    match import(&fixture("invalid-field.json")) {
        Err(ImportError::InvalidField { path, message }) => {
            assert_eq!(path, "$.map.touchpoints[1].painPoints[0].severity");
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    match import(br#"{"format":"patika.journey-map","formatVersion":"1","map":{}}"#) {
        Err(ImportError::InvalidField { path, .. }) => assert_eq!(path, "$.formatVersion"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn dangling_references_are_repaired_and_reported() {
    let imp = import(&fixture("dangling-reference.json")).unwrap();
    let m = &imp.map;
    assert!(m.stage("s-gone").is_some(), "missing stage restored");
    assert!(m.channel("fax").is_some(), "missing channel restored");
    assert_eq!(m.touchpoints[0].emotions.get("ghost"), None);
    assert_eq!(
        m.touchpoints[1].emotions.get("ayse"),
        Some(&2),
        "clamped to the scale"
    );
    assert_eq!(m.actions[0].touchpoints, vec!["t1".to_string()]);
    let paths: Vec<_> = imp
        .report
        .notes
        .iter()
        .map(|n| (n.path.as_str(), n.kind))
        .collect();
    assert!(
        paths.contains(&("$.map.touchpoints[0].stage", RepairKind::DanglingReference)),
        "{paths:?}"
    );
    assert!(paths.contains(&(
        "$.map.touchpoints[1].channel",
        RepairKind::DanglingReference
    )));
    assert!(paths.contains(&(
        "$.map.touchpoints[0].emotions.ghost",
        RepairKind::DanglingReference
    )));
    assert!(paths.contains(&("$.map.touchpoints[1].emotions.ayse", RepairKind::OutOfRange)));
    assert!(paths.contains(&("$.map.actions[0]", RepairKind::DanglingReference)));
}

#[test]
fn duplicate_ids_are_repaired_and_reported() {
    let imp = import(&fixture("duplicate-id.json")).unwrap();
    assert_eq!(imp.map.stages[1].id, "s1~2");
    assert_eq!(imp.map.touchpoints[1].id, "t1~2");
    let kinds: Vec<_> = imp
        .report
        .notes
        .iter()
        .map(|n| (n.path.as_str(), n.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("$.map.stages[1].id", RepairKind::DuplicateId),
            ("$.map.touchpoints[1].id", RepairKind::DuplicateId)
        ]
    );
}

#[test]
fn repair_is_idempotent_on_fixtures() {
    for name in ["dangling-reference.json", "duplicate-id.json"] {
        let mut m = import(&fixture(name)).unwrap().map;
        let again = patika::format::repair(&mut m);
        assert!(again.is_clean(), "{name}: {again:?}");
        let text = export(&m);
        assert!(import(text.as_bytes()).unwrap().report.is_clean());
    }
}

#[test]
fn too_many_records_and_a_map_of_the_wrong_type() {
    // Stages have their own, lower limit (each is a column drawn at once); touchpoints 20,000.
    let stages: Vec<String> = (0..=patika::format::MAX_STAGES)
        .map(|i| format!("{{\"id\":\"s{i}\"}}"))
        .collect();
    let text = format!("{{\"format\":\"patika.journey-map\",\"formatVersion\":1,\"map\":{{\"id\":\"m\",\"stages\":[{}]}}}}", stages.join(","));
    assert_eq!(
        import(text.as_bytes()),
        Err(ImportError::TooMany {
            what: "stages".into(),
            count: patika::format::MAX_STAGES + 1,
            limit: patika::format::MAX_STAGES
        })
    );
    let touchpoints: Vec<String> = (0..20_001)
        .map(|i| format!("{{\"id\":\"t{i}\"}}"))
        .collect();
    let text = format!("{{\"format\":\"patika.journey-map\",\"formatVersion\":1,\"map\":{{\"id\":\"m\",\"touchpoints\":[{}]}}}}", touchpoints.join(","));
    assert_eq!(
        import(text.as_bytes()),
        Err(ImportError::TooMany {
            what: "touchpoints".into(),
            count: 20_001,
            limit: 20_000
        })
    );
    match import(br#"{"format":"patika.journey-map","formatVersion":1,"map":5}"#) {
        Err(ImportError::InvalidField { path, .. }) => assert_eq!(path, "$.map"),
        other => panic!("{other:?}"),
    }
    match import(br#"{"format":"patika.journey-map","formatVersion":1}"#) {
        Err(ImportError::InvalidField { path, message }) => {
            assert_eq!((path.as_str(), message.as_str()), ("$.map", "missing"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn links_other_than_http_https_mailto_become_text_on_import() {
    let imp = import(&fixture("unsafe-links.json")).unwrap();
    let links: Vec<(&str, &str)> = imp.map.touchpoints[0]
        .sources
        .iter()
        .map(|l| (l.title.as_str(), l.url.as_str()))
        .collect();
    assert_eq!(
        links,
        vec![
            ("Çağrı kayıtları", "https://example.com/calls?m=10"),
            ("Ekip", "mailto:cx@example.com"),
            ("Tıkla (javascript:alert(1))", ""),
            (" JaVa\tScRiPt:alert(2)", ""),
            ("Veri (data:text/html,<script>alert(3)</script>)", ""),
            ("Göreli (/etc/passwd)", ""),
            ("Boşluklu", "https://example.com/a"),
            ("Yalnızca başlık", ""),
        ]
    );
    let notes: Vec<_> = imp
        .report
        .notes
        .iter()
        .map(|n| (n.path.as_str(), n.kind))
        .collect();
    assert_eq!(
        notes,
        (2..=5)
            .map(|j| (
                format!("$.map.touchpoints[0].sources[{j}].url"),
                RepairKind::UnsafeLink
            ))
            .collect::<Vec<_>>()
            .iter()
            .map(|(p, k)| (p.as_str(), *k))
            .collect::<Vec<_>>()
    );
    // Every address that is still a link passes the allowlist; a second pass changes nothing.
    let mut m = imp.map.clone();
    assert!(patika::format::repair(&mut m).is_clean());
    assert!(m.touchpoints[0]
        .sources
        .iter()
        .all(|l| l.url.is_empty() || safe_url(&l.url).is_some()));
    assert_eq!(import(export(&m).as_bytes()).unwrap().map, m);
}

#[test]
fn numbers_outside_what_a_float_holds_are_refused_and_others_clamped() {
    let file = |value: &str| {
        format!(
            r#"{{ "format": "patika.journey-map", "formatVersion": 1, "map": {{ "id": "m", "stages": [{{ "id": "s" }}],
          "channels": [{{ "id": "c", "name": "Web", "kind": "digital" }}],
          "touchpoints": [{{ "id": "t", "stage": "s", "channel": "c", "exitPoint": {{ "reason": {{ "type": "other", "text": "x" }}, "rate": {value} }} }}] }} }}"#
        )
    };
    // 1e400 is not a finite double: refused, naming where it is.
    assert_eq!(
        import(file("1e400").as_bytes()),
        Err(ImportError::InvalidField {
            path: "$.map.touchpoints[0].exitPoint.rate".into(),
            message: "number out of range".into()
        })
    );
    // A finite number out of its range is clamped and reported.
    let imp = import(file("7.5").as_bytes()).unwrap();
    assert_eq!(
        imp.map.touchpoints[0].exit_point.as_ref().unwrap().rate,
        Some(1.0)
    );
    assert!(imp.report.notes.iter().any(
        |n| n.path == "$.map.touchpoints[0].exitPoint.rate" && n.kind == RepairKind::OutOfRange
    ));
}

#[test]
fn a_version_1_file_opens_migrated_and_saves_as_version_2() {
    let before =
        std::fs::read("tests/fixtures/migrations/v1-metrics.before.json").expect("fixture");
    let imp = import(&before).expect("a version-1 file reads");
    assert_eq!(imp.from_version, 1);
    let metrics = &imp.map.touchpoints[0].metrics;
    assert_eq!(metrics[0].id, "tp-call-metric-1");
    assert_eq!(
        (metrics[0].unit.as_str(), metrics[0].scale.as_str()),
        ("dakika", "")
    );
    assert_eq!(metrics[0].direction, Direction::Lower);
    assert_eq!(metrics[1].direction, Direction::Higher);
    assert_eq!(
        metrics[2].direction,
        Direction::Lower,
        "the original CES, 1–5, is better lower"
    );
    assert!(imp.report.is_clean(), "{:?}", imp.report);
    let again = export(&imp.map);
    assert!(again.contains("\"formatVersion\": 2"));
    assert_eq!(import(again.as_bytes()).expect("v2").map, imp.map);
}
