//! Two tabs over one store: revisions, conflicts, the merged index, interleaved writers.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::keys;
use patika::format::{
    export, KvStore, Library, LoadError, MemoryStore, Revision, StoreError, StoredState,
};
use patika::model::samples::{sample, Sample};
use patika::model::*;
use proptest::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One localStorage seen by several tabs.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryStore>>);

impl KvStore for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
}

fn map(id: &str, title: &str) -> JourneyMap {
    let mut m = sample(Sample::OnlineShopTr, id, "2026-11-24T10:00:00Z");
    m.title = title.into();
    m
}

fn tab(store: &Shared) -> Library<Shared> {
    Library::open(store.clone()).unwrap().0
}

fn stored_title(store: &Shared, id: &str) -> Option<String> {
    let mut lib = tab(store);
    match lib.load(id) {
        Ok(i) => Some(i.map.title),
        Err(LoadError::Store(e)) => panic!("the store failed: {e:?}"),
        Err(_) => None,
    }
}

#[test]
fn every_change_changes_the_revision() {
    let base = export(&map("a", "x"));
    assert_eq!(Revision::of(&base), Revision::of(&base.clone()));
    // One character changed anywhere, one added or removed, words swapped: all differ.
    let mut seen = std::collections::HashSet::new();
    assert!(seen.insert(Revision::of(&base)));
    for i in (0..base.len())
        .step_by(97)
        .filter(|&i| base.is_char_boundary(i) && base.is_char_boundary(i + 1))
    {
        let mut changed = base.clone();
        let c = if &base[i..i + 1] == "x" { "y" } else { "x" };
        changed.replace_range(i..i + 1, c);
        assert!(seen.insert(Revision::of(&changed)), "change at {i}");
    }
    assert!(seen.insert(Revision::of(&format!("{base} "))));
    assert!(seen.insert(Revision::of(&base[..base.len() - 1])));
    assert_ne!(
        Revision::of("abcdefgh12345678"),
        Revision::of("12345678abcdefgh")
    );
    assert_ne!(Revision::of(""), Revision::of("\0"));
}

#[test]
fn a_tab_never_writes_over_a_revision_it_has_not_seen() {
    let store = Shared::default();
    tab(&store).save(&map("a", "v1")).unwrap();
    let (mut one, mut two) = (tab(&store), tab(&store));
    one.load("a").unwrap();
    two.load("a").unwrap();
    one.save(&map("a", "from tab one")).unwrap();
    assert_eq!(
        two.stored_state("a").unwrap(),
        StoredState::ChangedElsewhere
    );
    assert_eq!(one.stored_state("a").unwrap(), StoredState::Seen);
    let before = store.0.borrow().data.clone();
    assert_eq!(
        two.save(&map("a", "from tab two")),
        Err(StoreError::Conflict { id: "a".into() })
    );
    assert_eq!(
        store.0.borrow().data,
        before,
        "a refused save writes nothing"
    );
    // "Take theirs": reading the stored revision makes it seen; saving works again.
    assert_eq!(two.load("a").unwrap().map.title, "from tab one");
    two.save(&map("a", "tab two, after reading")).unwrap();
    assert_eq!(
        stored_title(&store, "a").as_deref(),
        Some("tab two, after reading")
    );
    // And now tab one is the one that has not seen the latest.
    assert_eq!(
        one.save(&map("a", "stale")),
        Err(StoreError::Conflict { id: "a".into() })
    );
}

#[test]
fn keep_mine_as_a_copy_leaves_theirs_in_place() {
    let store = Shared::default();
    tab(&store).save(&map("a", "v1")).unwrap();
    let (mut one, mut two) = (tab(&store), tab(&store));
    one.load("a").unwrap();
    two.load("a").unwrap();
    one.save(&map("a", "theirs")).unwrap();
    assert!(matches!(
        two.save(&map("a", "mine")),
        Err(StoreError::Conflict { .. })
    ));
    two.save(&map("a-copy", "mine (copy)")).unwrap();
    assert_eq!(stored_title(&store, "a").as_deref(), Some("theirs"));
    assert_eq!(
        stored_title(&store, "a-copy").as_deref(),
        Some("mine (copy)")
    );
    let titles: Vec<_> = tab(&store)
        .entries()
        .iter()
        .map(|e| e.title.clone())
        .collect();
    assert_eq!(titles, ["mine (copy)", "theirs"]);
}

#[test]
fn a_map_deleted_elsewhere_is_gone_and_saving_keeps_the_edits() {
    let store = Shared::default();
    tab(&store).save(&map("a", "v1")).unwrap();
    let (mut one, mut two) = (tab(&store), tab(&store));
    two.load("a").unwrap();
    one.delete("a").unwrap();
    assert_eq!(two.stored_state("a").unwrap(), StoredState::Gone);
    assert_eq!(one.stored_state("a").unwrap(), StoredState::Unknown);
    // Edits made in the tab that still shows it are not thrown away.
    two.save(&map("a", "still editing")).unwrap();
    assert_eq!(stored_title(&store, "a").as_deref(), Some("still editing"));
    let (_, problems) = Library::open(store.clone()).unwrap();
    assert!(problems.is_empty(), "index and maps agree: {problems:?}");
}

#[test]
fn maps_created_in_two_tabs_are_both_listed() {
    let store = Shared::default();
    let (mut one, mut two) = (tab(&store), tab(&store));
    one.save(&map("a", "from one")).unwrap();
    two.save(&map("b", "from two")).unwrap();
    one.mark_exported(&["a".into()], "2026-11-24T11:00:00Z")
        .unwrap();
    two.save(&map("c", "also two")).unwrap();
    let reopened = tab(&store);
    let ids: Vec<_> = reopened.entries().iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, ["c", "b", "a"]);
    assert_eq!(
        reopened.entries()[2].last_exported.as_deref(),
        Some("2026-11-24T11:00:00Z")
    );
    // A tab's own list catches up when it re-reads the index.
    assert_eq!(one.entries().len(), 2);
    one.reload_index().unwrap();
    assert_eq!(one.entries().len(), 3);
    one.delete("b").unwrap();
    two.reload_index().unwrap();
    let ids: Vec<_> = two.entries().iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, ["c", "a"]);
}

#[test]
fn storage_cleared_elsewhere_empties_the_list_on_reload() {
    let store = Shared::default();
    let mut one = tab(&store);
    one.save(&map("a", "v1")).unwrap();
    one.save(&map("b", "v1")).unwrap();
    store
        .0
        .borrow_mut()
        .data
        .retain(|k, _| k == &keys::map_key("b"));
    one.reload_index().unwrap();
    let ids: Vec<_> = one.entries().iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, ["b"], "only what is still stored is listed");
}

#[test]
fn a_corrupted_index_is_kept_aside_before_a_tab_writes_a_new_one() {
    let store = Shared::default();
    let mut one = tab(&store);
    one.save(&map("a", "v1")).unwrap();
    store
        .0
        .borrow_mut()
        .data
        .insert(keys::INDEX.into(), "{ not an index".into());
    one.save(&map("b", "v1")).unwrap();
    let data = store.0.borrow().data.clone();
    assert_eq!(
        data.get(&keys::quarantine_key(keys::INDEX))
            .map(String::as_str),
        Some("{ not an index")
    );
    let (lib, problems) = Library::open(store.clone()).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(lib.entries().len(), 2);
}

/// One step of one tab.
#[derive(Debug, Clone)]
enum Step {
    /// Open (or re-open, "take theirs") a map.
    Load(usize),
    /// Save a map with this title (create or edit).
    Save(usize, u8),
    /// Delete a map from the library page.
    Delete(usize),
    /// The library page re-reads the index.
    Reload,
}

fn step() -> impl Strategy<Value = (usize, Step)> {
    let id = 0..3usize;
    let s = prop_oneof![
        id.clone().prop_map(Step::Load),
        (id.clone(), any::<u8>()).prop_map(|(i, t)| Step::Save(i, t)),
        id.prop_map(Step::Delete),
        Just(Step::Reload),
    ];
    (0..2usize, s)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Interleaved writers from two tabs: a save succeeds exactly when the tab has seen what is
    /// stored (so no update is ever written over unseen), what is stored is always the last
    /// successful save, and the index always lists exactly the stored maps.
    #[test]
    fn interleaved_tabs_never_lose_an_update(steps in proptest::collection::vec(step(), 1..40)) {
        let store = Shared::default();
        let mut tabs = [tab(&store), tab(&store)];
        // The model: what is stored per map (the map and which save wrote it), and which save
        // each tab last saw of it.
        let mut stored: HashMap<usize, (JourneyMap, usize)> = HashMap::new();
        let mut seen: [HashMap<usize, usize>; 2] = Default::default();
        let mut saves = 0;
        for (t, s) in steps {
            let id = |i: usize| format!("m{i}");
            match s {
                Step::Load(i) => {
                    let got = tabs[t].load(&id(i));
                    prop_assert!(!matches!(got, Err(LoadError::Store(_))));
                    prop_assert_eq!(got.is_ok(), stored.contains_key(&i));
                    if let Some((_, save)) = stored.get(&i) {
                        seen[t].insert(i, *save);
                    }
                }
                Step::Save(i, title) => {
                    let m = map(&id(i), &format!("t{t}-{title}"));
                    let allowed = match stored.get(&i) {
                        None => true,
                        Some((_, save)) => seen[t].get(&i) == Some(save),
                    };
                    let result = tabs[t].save(&m);
                    prop_assert_eq!(result.is_ok(), allowed, "tab {} saving {:?}: {:?}", t, i, result);
                    if allowed {
                        saves += 1;
                        stored.insert(i, (m, saves));
                        seen[t].insert(i, saves);
                    } else {
                        prop_assert_eq!(result, Err(StoreError::Conflict { id: id(i) }));
                    }
                }
                Step::Delete(i) => {
                    tabs[t].delete(&id(i)).unwrap();
                    stored.remove(&i);
                    seen[t].remove(&i);
                }
                Step::Reload => tabs[t].reload_index().unwrap(),
            }
            let data = store.0.borrow().data.clone();
            for i in 0..3 {
                let in_store = data
                    .get(&keys::map_key(&id(i)))
                    .map(|text| patika::format::import(text.as_bytes()).unwrap().map);
                prop_assert_eq!(in_store.as_ref(), stored.get(&i).map(|(m, _)| m));
            }
            let (lib, problems) = Library::open(store.clone()).unwrap();
            prop_assert!(problems.is_empty(), "index out of step: {:?}", problems);
            prop_assert_eq!(lib.entries().len(), stored.len());
        }
    }
}
