//! The map library over the in-memory store: write order, reconcile, failed writes, quarantine.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::keys;
use patika::format::{KvStore, Library, LibraryProblem, LoadError, MemoryStore, StoreError};
use patika::model::samples::{sample, Sample};
use patika::model::*;

fn map(id: &str, title: &str) -> JourneyMap {
    let mut m = sample(Sample::OnlineShopTr, id, "2026-11-24T10:00:00Z");
    m.title = title.into();
    m
}

#[test]
fn saved_maps_come_back_after_reopening() {
    let (mut lib, problems) = Library::open(MemoryStore::default()).unwrap();
    assert!(problems.is_empty());
    lib.save(&map("a", "Birinci")).unwrap();
    lib.save(&map("b", "İkinci")).unwrap();
    let store = lib.store().clone();
    let (mut lib, problems) = Library::open(store).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let titles: Vec<_> = lib.entries().iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["İkinci", "Birinci"]);
    assert_eq!(lib.load("a").unwrap().map, map("a", "Birinci"));
}

#[test]
fn the_map_is_written_before_the_index() {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    // First write (the map) succeeds, the second (the index) fails.
    lib.store_mut().fail_write = Some(lib.store().writes + 2);
    assert_eq!(lib.save(&map("a", "Yarım")), Err(StoreError::QuotaExceeded));
    let store = lib.store().clone();
    assert!(store.data.contains_key(&keys::map_key("a")));
    let (lib, problems) = Library::open(store).unwrap();
    assert_eq!(problems, vec![LibraryProblem::Recovered { id: "a".into() }]);
    assert_eq!(lib.entries()[0].title, "Yarım");
}

#[test]
fn a_failed_second_write_leaves_the_first_version_intact() {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&map("a", "v1")).unwrap();
    let stored = lib.store().data.clone();
    lib.store_mut().fail_write = Some(lib.store().writes + 1);
    assert_eq!(lib.save(&map("a", "v2")), Err(StoreError::QuotaExceeded));
    assert_eq!(lib.store().data, stored, "nothing stored changed");
    let (mut lib, _) = Library::open(lib.store().clone()).unwrap();
    assert_eq!(lib.load("a").unwrap().map.title, "v1");
}

#[test]
fn an_unreadable_entry_survives_autosave_untouched() {
    let mut store = MemoryStore::default();
    let garbage =
        "{\"format\":\"patika.journey-map\",\"formatVersion\":1,\"map\":{\"id\":\"x\", BROKEN";
    store.data.insert(keys::map_key("x"), garbage.into());
    let (mut lib, problems) = Library::open(store).unwrap();
    // Opening the library quarantines it (it was not in the index, so it was read).
    let qkey = keys::quarantine_key(&keys::map_key("x"));
    assert!(
        matches!(&problems[0], LibraryProblem::Quarantined { quarantine_key, .. } if *quarantine_key == qkey)
    );
    for i in 0..5 {
        lib.save(&map("a", &format!("autosave {i}"))).unwrap();
    }
    assert_eq!(
        lib.store().data.get(&qkey).map(String::as_str),
        Some(garbage)
    );
    assert_eq!(
        lib.quarantined().unwrap(),
        vec![(qkey, garbage.to_string())]
    );
}

#[test]
fn data_that_became_unreadable_is_never_overwritten() {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&map("a", "mine")).unwrap();
    // Damaged under the same key (by hand, by a broken extension): moved aside, then saved.
    let broken = "{\"format\":\"patika.journey-map\", BROKEN".to_string();
    lib.store_mut()
        .data
        .insert(keys::map_key("a"), broken.clone());
    let problems = lib.save(&map("a", "mine, later")).unwrap();
    assert!(matches!(&problems[0], LibraryProblem::Quarantined { .. }));
    assert_eq!(
        lib.store()
            .data
            .get(&keys::quarantine_key(&keys::map_key("a"))),
        Some(&broken)
    );
    // Opening it quarantines rather than failing silently.
    lib.store_mut()
        .data
        .insert(keys::map_key("b"), "not json".into());
    let (mut lib, _) = Library::open(lib.store().clone()).unwrap();
    assert!(
        matches!(
            lib.load("b"),
            Err(LoadError::Missing { .. } | LoadError::Unreadable(_))
        ) || lib.entries().iter().all(|e| e.id != "b")
    );
    assert_eq!(
        lib.store()
            .data
            .get(&keys::quarantine_key(&keys::map_key("b")))
            .map(String::as_str),
        Some("not json")
    );
}

#[test]
fn index_and_maps_are_reconciled() {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&map("a", "A")).unwrap();
    lib.save(&map("b", "B")).unwrap();
    let mut store = lib.store().clone();
    store.data.remove(&keys::map_key("b"));
    let (lib, problems) = Library::open(store.clone()).unwrap();
    assert_eq!(problems, vec![LibraryProblem::Missing { id: "b".into() }]);
    assert_eq!(lib.entries().len(), 1);
    // A broken index is kept aside and rebuilt from the maps.
    store.data.insert(keys::INDEX.into(), "{oops".into());
    let (lib, problems) = Library::open(store).unwrap();
    assert!(problems.contains(&LibraryProblem::IndexRebuilt));
    assert_eq!(lib.entries().len(), 1);
    assert_eq!(
        lib.store()
            .data
            .get(&keys::quarantine_key(keys::INDEX))
            .map(String::as_str),
        Some("{oops")
    );
}

#[test]
fn delete_removes_map_and_entry() {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&map("a", "A")).unwrap();
    lib.delete("a").unwrap();
    assert!(lib.entries().is_empty());
    assert!(!lib.store().data.contains_key(&keys::map_key("a")));
    let (lib, problems) = Library::open(lib.store().clone()).unwrap();
    assert!(problems.is_empty() && lib.entries().is_empty());
}

#[test]
fn the_storage_meter_counts_patika_keys_in_utf16_units() {
    let mut store = MemoryStore::default();
    // A character outside the Basic Multilingual Plane is two UTF-16 units, as browsers count.
    store.set("patika:map:a", "ğüş😀").expect("set");
    store
        .set("other-app", "x".repeat(100).as_str())
        .expect("set");
    assert_eq!(store.units("patika:map:a").expect("units"), Some(5));
    assert_eq!(store.units("patika:map:none").expect("units"), None);
    assert_eq!(
        patika::format::storage_units(&store).expect("units"),
        "patika:map:a".len() + 5
    );
}

/// How the store fails.
#[derive(Debug, Clone, Copy)]
enum Failure {
    /// Quota exceeded.
    Quota,
    /// Half the value stored, success reported.
    Truncate,
    /// Another error.
    Error,
}

/// Saves `edited` over `original` with the store failing in one way on write number `n`.
fn save_with_failure(
    n: usize,
    how: Failure,
) -> (
    MemoryStore,
    Result<Vec<LibraryProblem>, StoreError>,
    JourneyMap,
    JourneyMap,
) {
    let original = map("m1", "Before");
    let (mut lib, _) = Library::open(MemoryStore::default()).expect("open");
    lib.save(&original).expect("first save");
    let mut edited = original.clone();
    edited.title = "After".into();
    edited.touchpoints[0].name = "Changed".into();
    let writes = lib.store().writes;
    let store = lib.store_mut();
    match how {
        Failure::Quota => store.fail_write = Some(writes + n),
        Failure::Truncate => store.truncate_write = Some(writes + n),
        Failure::Error => store.error_write = Some(writes + n),
    }
    let result = lib.save(&edited);
    (lib.store().clone(), result, original, edited)
}

#[test]
fn a_write_cut_short_or_refused_at_any_point_leaves_a_whole_map() {
    for how in [Failure::Quota, Failure::Truncate, Failure::Error] {
        for n in 1..=3 {
            let (mut store, result, original, edited) = save_with_failure(n, how);
            // Whatever failed, every stored map file is whole: the old version or the new one.
            let stored = store
                .get(&keys::map_key("m1"))
                .expect("get")
                .expect("the map is still stored");
            let loaded = patika::format::import(stored.as_bytes())
                .expect("whole, readable map")
                .map;
            assert!(
                loaded == original || loaded == edited,
                "write {n} ({how:?}): a mixed map"
            );
            if result.is_err() && n == 1 {
                assert_eq!(
                    loaded, original,
                    "a failed map write keeps the previous version"
                );
            }
            // And the library opens with the map listed and loadable.
            (store.fail_write, store.truncate_write, store.error_write) = (None, None, None);
            let (mut lib, _) = Library::open(store).expect("reopen");
            assert!(lib.entries().iter().any(|e| e.id == "m1"));
            assert!(lib.load("m1").is_ok());
        }
    }
}

#[test]
fn the_last_export_is_remembered_and_survives_later_saves() {
    let (mut lib, _) = Library::open(MemoryStore::default()).expect("open");
    let mut m = map("m1", "Kargo");
    lib.save(&m).expect("save");
    lib.mark_exported(&["m1".to_string()], "2026-11-01T10:00:00Z")
        .expect("mark");
    m.title = "Kargo 2".into();
    m.updated = "2026-11-20T10:00:00Z".into();
    lib.save(&m).expect("save again");
    let store = lib.store().clone();
    let (lib, _) = Library::open(store).expect("reopen");
    let e = lib.entries().iter().find(|e| e.id == "m1").expect("entry");
    assert_eq!(
        (e.title.as_str(), e.last_exported.as_deref()),
        ("Kargo 2", Some("2026-11-01T10:00:00Z"))
    );
}

#[test]
fn a_gentle_reminder_when_changes_have_no_recent_copy() {
    use patika::format::library::LibraryEntry;
    use patika::model::calendar::iso_day;
    assert_eq!(iso_day("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(
        iso_day("2026-11-24T10:00:00.000Z")
            .zip(iso_day("2026-11-10"))
            .map(|(a, b)| a - b),
        Some(14)
    );
    assert_eq!(
        iso_day("2024-03-01")
            .zip(iso_day("2024-02-28"))
            .map(|(a, b)| a - b),
        Some(2),
        "leap year"
    );
    assert_eq!(iso_day("nonsense"), None);
    let entry = |updated: &str, exported: Option<&str>| LibraryEntry {
        id: "m".into(),
        title: "t".into(),
        updated: updated.into(),
        stages: 1,
        touchpoints: 1,
        last_exported: exported.map(str::to_string),
        build: 1,
    };
    let now = "2026-11-24T10:00:00Z";
    assert!(
        entry("2026-11-01T00:00:00Z", None).needs_export_reminder(now),
        "never exported, three weeks old"
    );
    assert!(
        !entry("2026-11-20T00:00:00Z", None).needs_export_reminder(now),
        "new map: not yet"
    );
    assert!(
        !entry("2026-11-01T00:00:00Z", Some("2026-11-02T00:00:00Z")).needs_export_reminder(now),
        "no change since the export"
    );
    assert!(
        entry("2026-11-20T00:00:00Z", Some("2026-11-02T00:00:00Z")).needs_export_reminder(now),
        "changed, copy three weeks old"
    );
    assert!(
        !entry("2026-11-23T00:00:00Z", Some("2026-11-20T00:00:00Z")).needs_export_reminder(now),
        "recent copy"
    );
}

#[test]
fn storage_amounts_read_as_people_write_them() {
    use patika::format::storage_percent;
    use patika::i18n::storage_text;
    use patika::i18n::Lang;
    assert_eq!(storage_text(0, Lang::En), "0 KB");
    assert_eq!(storage_text(12_345, Lang::En), "13 KB");
    assert_eq!(storage_text(99_999, Lang::Tr), "100 KB");
    assert_eq!(storage_text(100_000, Lang::En), "0.1 MB");
    assert_eq!(storage_text(1_249_999, Lang::Tr), "1,2 MB");
    assert_eq!(storage_text(1_250_000, Lang::En), "1.3 MB");
    assert_eq!(storage_text(5_000_000, Lang::Tr), "5,0 MB");
    assert_eq!(
        (
            storage_percent(0),
            storage_percent(24_999),
            storage_percent(25_000),
            storage_percent(4_000_000)
        ),
        (0, 0, 1, 80)
    );
}

/// Issue 14, item 5: damage a map, open it, restore it, damage it again, open it: the first
/// damaged text must still be there, beside the second.
#[test]
fn a_second_quarantine_of_the_same_key_never_overwrites_the_first() {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&map("x", "X")).unwrap();
    let key = keys::map_key("x");
    let damage = |lib: &mut Library<MemoryStore>, text: &str| {
        lib.store_mut().set(&key, text).unwrap();
    };
    damage(&mut lib, "{ first damage");
    let first = match lib.load("x") {
        Err(LoadError::Unreadable(LibraryProblem::Quarantined { quarantine_key, .. })) => {
            quarantine_key
        }
        other => panic!("quarantined, not {other:?}"),
    };
    lib.save(&map("x", "X restored")).unwrap();
    damage(&mut lib, "{ second damage");
    let second = match lib.load("x") {
        Err(LoadError::Unreadable(LibraryProblem::Quarantined { quarantine_key, .. })) => {
            quarantine_key
        }
        other => panic!("quarantined, not {other:?}"),
    };
    assert_ne!(first, second);
    let kept: Vec<String> = lib
        .quarantined()
        .unwrap()
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert!(kept.contains(&"{ first damage".to_string()), "{kept:?}");
    assert!(kept.contains(&"{ second damage".to_string()), "{kept:?}");
    // The same damage met again is not kept twice.
    lib.save(&map("x", "X again")).unwrap();
    damage(&mut lib, "{ second damage");
    assert!(lib.load("x").is_err());
    assert_eq!(lib.quarantined().unwrap().len(), 2);
}
