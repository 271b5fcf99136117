//! A library opened before its load pipeline is there (the app's split build: the pipeline comes
//! with a code chunk after start) reads no map and changes nothing it would need to read; given
//! the pipeline, it does what `Library::open` does.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::{import, keys, prepare};
use patika::format::{Library, LibraryProblem, LoadError, MemoryStore, StoreError};
use patika::model::samples::{sample, Sample};

fn stored_map(store: &mut MemoryStore, id: &str, title: &str) {
    let mut m = sample(Sample::OnlineShopTr, id, "2026-11-24T10:00:00Z");
    m.title = title.into();
    let (mut lib, _) = Library::open(std::mem::take(store)).unwrap();
    lib.save(&m).unwrap();
    *store = lib.store().clone();
}

const BROKEN: &str =
    "{\"format\":\"patika.journey-map\",\"formatVersion\":1,\"map\":{\"id\":\"x\", BROKEN";

#[test]
fn without_a_reader_the_index_is_listed_and_nothing_is_read_or_moved() {
    let mut store = MemoryStore::default();
    stored_map(&mut store, "a", "Listelenen");
    // Stored but not indexed: one readable, one broken.
    store.data.insert(keys::map_key("x"), BROKEN.into());
    let mut other = MemoryStore::default();
    stored_map(&mut other, "b", "Dizinde yok");
    store
        .data
        .insert(keys::map_key("b"), other.data[&keys::map_key("b")].clone());
    let before = store.data.clone();

    let (mut lib, problems) = Library::open_with(store, None).unwrap();
    assert_eq!(
        problems,
        vec![],
        "nothing is reported before the maps can be read"
    );
    let titles: Vec<_> = lib.entries().iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Listelenen"]);
    assert_eq!(lib.load("a"), Err(LoadError::NoReader));
    assert_eq!(
        lib.store().data,
        before,
        "nothing written, moved or quarantined"
    );

    let mut problems = lib.give_reader(import).unwrap();
    problems.sort_by_key(|p| format!("{p:?}"));
    assert!(
        matches!(&problems[0], LibraryProblem::Quarantined { key, .. } if *key == keys::map_key("x")),
        "{problems:?}"
    );
    assert_eq!(problems[1], LibraryProblem::Recovered { id: "b".into() });
    let titles: Vec<_> = lib.entries().iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Listelenen", "Dizinde yok"]);
    assert_eq!(lib.load("b").unwrap().map.title, "Dizinde yok");
    // The index now lists both: a library opened later needs no recovery.
    let (lib, problems) = Library::open_with(lib.store().clone(), None).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(lib.entries().len(), 2);
}

#[test]
fn without_a_reader_a_save_over_an_unseen_version_writes_nothing() {
    let mut store = MemoryStore::default();
    stored_map(&mut store, "a", "Başka sekme");
    let before = store.data.clone();
    let (mut lib, _) = Library::open_with(store, None).unwrap();
    let mine = sample(Sample::OnlineShopTr, "a", "2026-11-25T10:00:00Z");
    assert_eq!(
        lib.save_prepared(&prepare(&mine)),
        Err(StoreError::Conflict { id: "a".into() })
    );
    assert_eq!(lib.store().data, before);
    // A new map needs no reading: it is stored.
    let new = sample(Sample::OnlineShopTr, "n", "2026-11-25T10:00:00Z");
    assert_eq!(lib.save_prepared(&prepare(&new)), Ok(vec![]));
    assert!(lib.reader().is_none());
}
