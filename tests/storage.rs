//! Storage under pressure: full at start, unreadable and non-text values, the compact storage form,
//! maps stored by a newer build. Each test reproduces a way a map used to be lost or misreported.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::stored::{prepare, stamp_of, stored_text, BUILD};
use patika::format::{export, import, keys, KvStore, Library, LibraryProblem, LoadError};
use patika::format::{MemoryStore, StoreError};
use patika::model::samples::{sample, Sample};
use patika::model::*;

fn map(id: &str, title: &str) -> JourneyMap {
    let mut m = sample(Sample::OnlineShopTr, id, "2026-11-24T10:00:00Z");
    m.title = title.into();
    m
}

/// Two stored maps, the index missing the second (as after an index write that failed).
fn two_maps_one_listed() -> MemoryStore {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&map("a", "Birinci")).unwrap();
    let index = lib.store().data[keys::INDEX].clone();
    lib.save(&map("b", "İkinci")).unwrap();
    let mut store = lib.store().clone();
    store.data.insert(keys::INDEX.into(), index);
    store
}

#[test]
fn storage_full_at_start_still_lists_every_stored_map() {
    let mut store = two_maps_one_listed();
    store.quota = Some(4_000_000);
    store.fill_to_quota();
    let before = store.data.clone();
    let (lib, problems) = Library::open(store).expect("opening never fails on a full store");
    let mut titles: Vec<_> = lib.entries().iter().map(|e| e.title.clone()).collect();
    titles.sort();
    assert_eq!(titles, ["Birinci", "İkinci"]);
    assert!(problems.contains(&LibraryProblem::Recovered { id: "b".into() }));
    assert!(
        problems.contains(&LibraryProblem::NotWritten(StoreError::QuotaExceeded)),
        "the refused write is reported: {problems:?}"
    );
    assert_eq!(lib.store().data, before, "nothing stored changed");
}

#[test]
fn a_new_map_on_a_full_store_is_not_reported_saved() {
    let mut store = two_maps_one_listed();
    store.quota = Some(4_000_000);
    store.fill_to_quota();
    let (mut lib, _) = Library::open(store).unwrap();
    assert_eq!(lib.save(&map("c", "Yeni")), Err(StoreError::QuotaExceeded));
    let mut renamed = lib.load("a").unwrap().map;
    renamed.title = "Birinci, yeniden adlandırıldı ve daha uzun".into();
    assert_eq!(lib.save(&renamed), Err(StoreError::QuotaExceeded));
    // Room again: both saves go through, and nothing was lost meanwhile.
    lib.store_mut().data.remove("filler");
    lib.save(&renamed).unwrap();
    lib.save(&map("c", "Yeni")).unwrap();
    let (lib, problems) = Library::open(lib.store().clone()).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(lib.entries().len(), 3);
}

#[test]
fn a_large_unreadable_index_on_a_full_store_is_left_untouched_and_maps_are_listed() {
    let mut store = two_maps_one_listed();
    let junk = format!(
        "{{\"format\":\"patika.library-index\",{}",
        "x".repeat(3_000_000)
    );
    store.data.insert(keys::INDEX.into(), junk.clone());
    store.quota = Some(4_000_000);
    store.fill_to_quota();
    let (lib, problems) = Library::open(store).unwrap();
    assert_eq!(lib.entries().len(), 2);
    assert!(problems.contains(&LibraryProblem::IndexRebuilt));
    assert!(problems.contains(&LibraryProblem::NotWritten(StoreError::QuotaExceeded)));
    assert_eq!(
        lib.store().data[keys::INDEX],
        junk,
        "unreadable data is never overwritten"
    );
}

#[test]
fn blocked_writes_still_list_and_load_every_map() {
    let mut store = two_maps_one_listed();
    store.refuse_writes = Some(StoreError::Other("SecurityError".into()));
    let (mut lib, problems) = Library::open(store).unwrap();
    assert_eq!(lib.entries().len(), 2);
    assert!(matches!(
        problems.last(),
        Some(LibraryProblem::NotWritten(_))
    ));
    assert_eq!(lib.load("b").unwrap().map.title, "İkinci");
}

/// A stored value that is not text: a JSON map whose title ends in a lone high surrogate.
fn lone_surrogate_value() -> Vec<u16> {
    let text = export(&map("x", "Yarım karakter"));
    let mut units: Vec<u16> = Vec::new();
    let at = text.find("Yarım karakter").unwrap() + "Yarım karakter".len();
    units.extend(text[..at].encode_utf16());
    units.push(0xD83D);
    units.extend(text[at..].encode_utf16());
    units
}

#[test]
fn a_lone_surrogate_is_kept_exactly_and_downloaded_as_an_escape() {
    let mut store = MemoryStore::default();
    let units = lone_surrogate_value();
    store.raw.insert(keys::map_key("x"), units.clone());
    let (lib, problems) = Library::open(store).unwrap();
    let qkey = keys::quarantine_key(&keys::map_key("x"));
    assert!(matches!(&problems[0],
        LibraryProblem::Quarantined { quarantine_key, error: patika::format::ImportError::LoneSurrogate, .. }
            if *quarantine_key == qkey));
    assert_eq!(
        lib.store().raw.get(&qkey),
        Some(&units),
        "code unit for code unit"
    );
    let (_, text) = &lib.quarantined().unwrap()[0];
    assert!(
        text.contains("Yarım karakter\\ud83d"),
        "{}",
        &text[..200.min(text.len())]
    );
    // Only the half character is written differently: as the escape JSON.parse reads back as it.
    let original = String::from_utf16_lossy(&units).replace('\u{fffd}', "\\ud83d");
    assert_eq!(*text, original);
}

#[test]
fn unreadable_data_on_a_full_store_stays_where_it_is() {
    let mut store = MemoryStore::default();
    store
        .data
        .insert(keys::map_key("x"), "{\"map\": broken".into());
    store.quota = Some(1_000);
    store.fill_to_quota();
    let (lib, problems) = Library::open(store).unwrap();
    let key = keys::map_key("x");
    assert!(matches!(&problems[0],
        LibraryProblem::Quarantined { quarantine_key, .. } if *quarantine_key == key));
    assert_eq!(
        lib.store().data[&key],
        "{\"map\": broken",
        "never removed uncopied"
    );
}

#[test]
fn quarantine_notices_name_the_map() {
    let mut store = MemoryStore::default();
    let text =
        export(&map("x", "Kargo haritası")).replace("\"severity\": 4", "\"severity\": \"high\"");
    store.data.insert(keys::map_key("x"), text);
    let (_, problems) = Library::open(store).unwrap();
    assert!(
        matches!(&problems[0], LibraryProblem::Quarantined { title: Some(t), .. } if t == "Kargo haritası"),
        "{problems:?}"
    );
}

/// The benchmark's map shape (bench/generate.mjs): `stages` × `per_stage` touchpoints.
fn bench_map(stages: usize, per_stage: usize, padding: usize) -> JourneyMap {
    let mut m = new_map("bench", "Benchmark", Lang::En, "2026-01-01T00:00:00.000Z");
    m.stages = (0..stages)
        .map(|i| Stage {
            id: format!("s{i}"),
            name: format!("Stage {}", i + 1),
            description: String::new(),
        })
        .collect();
    for s in 0..stages {
        for k in 0..per_stage {
            let n = s * per_stage + k;
            let mut tp = Touchpoint {
                id: format!("t{n}"),
                stage: format!("s{s}"),
                channel: m.channels[n % m.channels.len()].id.clone(),
                name: format!("Touchpoint {}", n + 1),
                description: "x".repeat(padding),
                ..Default::default()
            };
            tp.emotions
                .insert(m.personas[0].id.clone(), (n % 5) as i8 - 2);
            if n.is_multiple_of(5) {
                tp.pain_points.push(PainPoint {
                    id: format!("t{n}-p"),
                    text: "Slow".into(),
                    evidence: Evidence::Observed,
                    ..Default::default()
                });
            }
            m.touchpoints.push(tp);
        }
    }
    m
}

#[test]
fn maps_are_stored_compactly_and_read_back_exactly() {
    let big = bench_map(20, 50, 0);
    let padded = bench_map(20, 50, 4_000);
    for (m, limit) in [
        (big, 0.5),
        (padded, 1.0),
        (map("a", "Örnek"), 0.5),
        (
            sample(Sample::BroadbandEn, "b", "2026-01-01T00:00:00Z"),
            0.5,
        ),
    ] {
        let file = export(&m);
        let stored = stored_text(&prepare(&m), &[]);
        let ratio = stored.len() as f64 / file.len() as f64;
        println!(
            "{}: file {} B, stored {} B ({ratio:.2}×)",
            m.title,
            file.len(),
            stored.len()
        );
        assert!(ratio <= limit, "{}: {ratio:.2}× the file", m.title);
        let back = import(stored.as_bytes()).unwrap();
        assert!(back.report.is_clean());
        assert_eq!(back.map, m);
        assert_eq!(
            export(&back.map),
            file,
            "the exported file stays byte-identical"
        );
    }
}

#[test]
fn fields_at_a_non_empty_default_survive_the_compact_form() {
    let mut m = map("a", "");
    // Values equal to a record's default are left out and read back as that default; values
    // that only look empty (an empty title, severity 0 clamped on load) are kept when not default.
    m.touchpoints[0].pain_points.push(PainPoint {
        id: "p".into(),
        severity: 3,
        ..Default::default()
    });
    m.emotion_scale.labels = vec!["", "", "", "", ""]
        .into_iter()
        .map(String::from)
        .collect();
    let stored = stored_text(&prepare(&m), &[]);
    assert_eq!(import(stored.as_bytes()).unwrap().map, m);
}

/// A stored map as a newer build would write it: a higher build number, a field this build does
/// not know, an enum variant it does not know.
fn newer_text(id: &str) -> String {
    stored_text(&prepare(&map(id, "Yeni sürüm")), &[])
        .replace(
            &format!("\"build\":{BUILD}"),
            &format!("\"build\":{}", BUILD + 5),
        )
        .replace("\"state\":", "\"snapshots\":[],\"state\":")
        .replace("\"kind\":\"human\"", "\"kind\":\"robot\"")
}

#[test]
fn a_map_stored_by_a_newer_build_is_listed_never_quarantined_or_overwritten() {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&map("a", "Eski")).unwrap();
    let newer = newer_text("n");
    assert_eq!(stamp_of(&newer).build, BUILD + 5);
    lib.store_mut()
        .data
        .insert(keys::map_key("n"), newer.clone());
    lib.store_mut()
        .data
        .insert(keys::map_key("a"), newer_text("a"));
    let (mut lib, problems) = Library::open(lib.store().clone()).unwrap();
    assert_eq!(problems, vec![LibraryProblem::Recovered { id: "n".into() }]);
    let listed = lib.entries().iter().find(|e| e.id == "n").unwrap();
    assert_eq!(listed.title, "Yeni sürüm");
    assert!(listed.is_newer());
    assert!(matches!(
        lib.load("n"),
        Err(LoadError::Newer { map: None, .. })
    ));
    // Saving over it (from a tab that had opened the older version) is refused.
    assert_eq!(
        lib.save(&map("a", "older tab")),
        Err(StoreError::Newer { id: "a".into() })
    );
    assert_eq!(lib.delete("n"), Err(StoreError::Newer { id: "n".into() }));
    assert_eq!(lib.store().data[&keys::map_key("n")], newer);
    assert!(lib.quarantined().unwrap().is_empty());
}

#[test]
fn a_newer_map_this_build_can_read_is_shown_read_only() {
    let mut store = MemoryStore::default();
    let text = stored_text(&prepare(&map("n", "Okunur")), &[])
        .replace(&format!("\"build\":{BUILD}"), "\"build\":99");
    store.data.insert(keys::map_key("n"), text);
    let (mut lib, _) = Library::open(store).unwrap();
    match lib.load("n") {
        Err(LoadError::Newer {
            map: Some(m),
            entry,
        }) => {
            assert_eq!(m.title, "Okunur");
            assert_eq!(entry.build, 99);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_newer_format_version_counts_as_newer() {
    let text = export(&map("n", "v3")).replace("\"formatVersion\": 2", "\"formatVersion\": 3");
    assert!(stamp_of(&text).is_newer());
    let mut store = MemoryStore::default();
    store.data.insert(keys::map_key("n"), text.clone());
    let (mut lib, _) = Library::open(store).unwrap();
    assert!(matches!(lib.load("n"), Err(LoadError::Newer { .. })));
    assert_eq!(lib.store().get(&keys::map_key("n")).unwrap(), Some(text));
}

#[test]
fn out_of_range_numbers_are_clamped_with_a_note_never_refused() {
    let text = export(&map("a", "Sayılar"));
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let m = &mut value["map"];
    m["touchpoints"][0]["emotions"]["persona-1"] = serde_json::json!(300);
    m["touchpoints"][1]["emotions"]["persona-1"] = serde_json::json!(-129);
    m["touchpoints"][2]["emotions"]["persona-1"] = serde_json::json!(1.5);
    m["touchpoints"][1]["painPoints"][0]["severity"] = serde_json::json!(300);
    m["touchpoints"][3]["painPoints"][0]["severity"] = serde_json::json!(-1);
    m["actions"][0]["impact"] = serde_json::json!(2.6);
    let text = value.to_string();
    let imported = import(text.as_bytes()).expect("read, with repairs");
    let tps = &imported.map.touchpoints;
    assert_eq!(tps[0].emotions["persona-1"], 2);
    assert_eq!(tps[1].emotions["persona-1"], -2);
    assert_eq!(
        tps[2].emotions["persona-1"], 2,
        "1.5 rounds half away from zero"
    );
    assert_eq!(tps[1].pain_points[0].severity, 5);
    assert_eq!(tps[3].pain_points[0].severity, 1);
    assert_eq!(imported.map.actions[0].impact, 3);
    let said: Vec<(String, f64, f64)> = imported
        .report
        .notes
        .iter()
        .filter_map(|n| match n.detail {
            patika::format::RepairDetail::Clamped { from, to } => Some((n.path.clone(), from, to)),
            _ => None,
        })
        .collect();
    let path = |p: &str| said.iter().find(|(x, ..)| x == p).map(|(_, f, t)| (*f, *t));
    assert_eq!(
        path("$.map.touchpoints[0].emotions.persona-1"),
        Some((300.0, 2.0)),
        "{said:?}"
    );
    assert_eq!(
        path("$.map.touchpoints[1].emotions.persona-1"),
        Some((-129.0, -2.0))
    );
    assert_eq!(
        path("$.map.touchpoints[2].emotions.persona-1"),
        Some((1.5, 2.0))
    );
    assert_eq!(
        path("$.map.touchpoints[1].painPoints[0].severity"),
        Some((300.0, 5.0))
    );
    assert_eq!(
        path("$.map.touchpoints[3].painPoints[0].severity"),
        Some((-1.0, 1.0))
    );
    assert_eq!(path("$.map.actions[0].impact"), Some((2.6, 3.0)));
    // Stored like this, the map opens (repaired) instead of being moved aside.
    let mut store = MemoryStore::default();
    store.data.insert(keys::map_key("a"), text);
    let (mut lib, problems) = Library::open(store).unwrap();
    assert!(!problems
        .iter()
        .any(|p| matches!(p, LibraryProblem::Quarantined { .. })));
    assert!(!lib.load("a").unwrap().report.is_clean());
}

#[test]
fn a_scale_far_out_of_range_is_read_and_repaired() {
    let text = export(&map("a", "Ölçek")).replace("\"min\": -2", "\"min\": -1000");
    let imported = import(text.as_bytes()).expect("read");
    assert!(imported.map.emotion_scale.min >= -128);
    assert!(!imported.report.is_clean());
}
