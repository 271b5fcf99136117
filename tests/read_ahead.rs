//! A map read ahead (in idle time) is what its next open gets, once, and only while the text it
//! was read from is still the text stored.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::keys;
use patika::format::read_ahead::READ_AHEAD_MAX_BYTES;
use patika::format::{import, ImportError, Imported, KvStore, Library, LibraryProblem};
use patika::format::{LoadError, MemoryStore};
use patika::model::samples::{sample, Sample};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Texts decoded by `counting` (each test uses its own counter through its own reader).
static READS: [AtomicUsize; 5] = [const { AtomicUsize::new(0) }; 5];

fn reader<const N: usize>(bytes: &[u8]) -> Result<Imported, ImportError> {
    READS[N].fetch_add(1, Ordering::SeqCst);
    import(bytes)
}

fn reads(n: usize) -> usize {
    READS[n].load(Ordering::SeqCst)
}

/// A library holding the Turkish sample as map "a", read through reader `N`.
fn library<const N: usize>() -> Library<MemoryStore> {
    let (mut lib, _) = Library::open(MemoryStore::default()).unwrap();
    lib.save(&sample(Sample::OnlineShopTr, "a", "2026-11-24T10:00:00Z"))
        .unwrap();
    let (lib, _) = Library::open_with(lib.store().clone(), Some(reader::<N>)).unwrap();
    lib
}

#[test]
fn the_next_open_takes_the_read_once() {
    let mut lib = library::<0>();
    let plain = library::<0>().load("a").unwrap();
    let before = reads(0);
    assert!(lib.read_ahead("a"));
    assert_eq!(reads(0), before + 1);
    let opened = lib.load("a").unwrap();
    assert_eq!(reads(0), before + 1, "the open decoded nothing");
    assert_eq!((opened.map, opened.report), (plain.map, plain.report));
    // Taken: the next open reads the stored text again.
    lib.load("a").unwrap();
    assert_eq!(reads(0), before + 2);
}

#[test]
fn a_text_changed_since_is_read_again() {
    let mut lib = library::<1>();
    assert!(lib.read_ahead("a"));
    // Another tab (or this one) saved a newer version meanwhile.
    let mut newer = lib.load("a").unwrap().map;
    assert!(lib.read_ahead("a"));
    newer.title = "Yeni başlık".into();
    lib.save(&newer).unwrap();
    let before = reads(1);
    assert_eq!(lib.load("a").unwrap().map.title, "Yeni başlık");
    assert_eq!(reads(1), before + 1);
}

#[test]
fn big_unreadable_and_other_maps_are_not_read_ahead() {
    let mut lib = library::<2>();
    // Another map's open does not take it.
    lib.save(&sample(Sample::BroadbandEn, "b", "2026-11-24T10:00:00Z"))
        .unwrap();
    assert!(lib.read_ahead("a"));
    let before = reads(2);
    assert_eq!(lib.load("b").unwrap().map.id, "b");
    assert!(matches!(lib.load("c"), Err(LoadError::Missing { .. })));
    assert_eq!(lib.load("a").unwrap().map.id, "a");
    assert_eq!(reads(2), before + 1, "only b was decoded");
    // Over the size limit: left to the open.
    let mut big = sample(Sample::OnlineShopTr, "big", "2026-11-24T10:00:00Z");
    big.description = "x".repeat(READ_AHEAD_MAX_BYTES);
    lib.save(&big).unwrap();
    assert!(!lib.read_ahead("big"));
    // Unreadable: left to the open, which moves it aside and says so.
    let key = keys::map_key("a");
    lib.store_mut()
        .set(&key, "{\"format\":\"patika.journey-map\"")
        .unwrap();
    assert!(!lib.read_ahead("a"));
    assert!(matches!(
        lib.load("a"),
        Err(LoadError::Unreadable(LibraryProblem::Quarantined { .. }))
    ));
    assert!(!lib.read_ahead("nothing-here"));
}

#[test]
fn without_a_reader_nothing_is_read_ahead() {
    let lib = library::<3>();
    let (mut lib, _) = Library::open_with(lib.store().clone(), None).unwrap();
    assert!(!lib.read_ahead("a"));
    assert_eq!(reads(3), 0);
}

#[test]
fn the_map_read_ahead_is_the_map_its_open_loads() {
    let mut lib = library::<4>();
    assert_eq!(lib.read_ahead_map("a"), None, "nothing read yet");
    assert!(lib.read_ahead("a"));
    // What an editor is built ahead from (state::built_ahead): only map a's, as its open loads it,
    // and peeking decodes nothing and leaves the read for the open.
    let before = reads(4);
    let ahead = lib.read_ahead_map("a").expect("read ahead");
    assert_eq!(lib.read_ahead_map("b"), None);
    assert_eq!(ahead.id, "a");
    assert_eq!(lib.load("a").unwrap().map, ahead);
    assert_eq!(reads(4), before, "the open took the read");
    assert_eq!(lib.read_ahead_map("a"), None, "taken by the open");
}
