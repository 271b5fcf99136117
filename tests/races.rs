//! Two tabs saving at the same moment, against a model of how browsers really share localStorage:
//! each tab reads its own cached view, another tab's write reaches it later (as a `storage`
//! event), and the browser keeps the writes in the order they arrived. The rule under test: no
//! edit is ever lost silently — every edit ends up stored, or its tab holds it and asks.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::{follow, Follow, KvStore, Library, StoreError};
use patika::model::samples::{sample, Sample};
use patika::model::JourneyMap;
use proptest::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

/// What the browser holds, and the writes each tab has not received yet.
#[derive(Default)]
struct Browser {
    /// The stored values, in the order the writes arrived.
    truth: BTreeMap<String, String>,
    /// Per tab: writes by the other tab still on their way (key, value, arrival number).
    pending: [VecDeque<(String, Option<String>, usize)>; 2],
    /// Writes so far (arrival numbers).
    arrivals: usize,
}

/// One tab's view of localStorage.
#[derive(Clone)]
struct TabStore {
    me: usize,
    browser: Rc<RefCell<Browser>>,
    cache: Rc<RefCell<BTreeMap<String, String>>>,
    /// Arrival number of this tab's own latest write per key: an older write from elsewhere that
    /// arrives later does not replace it (the browser ordered it before this one).
    own: Rc<RefCell<BTreeMap<String, usize>>>,
}

impl TabStore {
    fn write(&self, key: &str, value: Option<&str>) {
        let mut b = self.browser.borrow_mut();
        b.arrivals += 1;
        let n = b.arrivals;
        match value {
            Some(v) => b.truth.insert(key.into(), v.into()),
            None => b.truth.remove(key),
        };
        b.pending[1 - self.me].push_back((key.into(), value.map(str::to_string), n));
        self.own.borrow_mut().insert(key.into(), n);
        let mut cache = self.cache.borrow_mut();
        match value {
            Some(v) => cache.insert(key.into(), v.into()),
            None => cache.remove(key),
        };
    }

    /// Delivers the next write from the other tab; returns its key.
    fn deliver(&self) -> Option<String> {
        let (key, value, n) = self.browser.borrow_mut().pending[self.me].pop_front()?;
        if self.own.borrow().get(&key).is_some_and(|own| *own > n) {
            return Some(key);
        }
        let mut cache = self.cache.borrow_mut();
        match value {
            Some(v) => cache.insert(key.clone(), v),
            None => cache.remove(&key),
        };
        Some(key)
    }
}

impl KvStore for TabStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.cache.borrow().get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.write(key, Some(value));
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.write(key, None);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.cache.borrow().keys().cloned().collect())
    }
}

/// A tab with the map open in its editor, following the app's rules (`state/tabs.rs`).
struct Tab {
    lib: Library<TabStore>,
    map: JourneyMap,
    unsaved: bool,
    /// Asking "keep mine as a copy, or theirs?": this tab writes nothing until the user answers.
    asking: bool,
}

impl Tab {
    fn edit(&mut self, mark: &str) {
        if !self.asking {
            self.map.description.push_str(mark);
            self.unsaved = true;
        }
    }
    fn save(&mut self) {
        if !self.unsaved || self.asking {
            return;
        }
        match self.lib.save(&self.map) {
            Ok(_) => self.unsaved = false,
            Err(StoreError::Conflict { .. }) => self.asking = true,
            Err(e) => panic!("store failed: {e:?}"),
        }
    }
    fn on_storage_event(&mut self) {
        let Some(key) = self.lib.store().deliver() else {
            return;
        };
        if key != patika::format::keys::map_key(&self.map.id) {
            return;
        }
        let state = self.lib.stored_state(&self.map.id).unwrap();
        match follow(state, self.unsaved) {
            Follow::Reload => {
                self.map = self.lib.load(&self.map.id).unwrap().map;
                self.unsaved = false;
            }
            Follow::AskConflict => self.asking = true,
            Follow::Stay | Follow::DeletedElsewhere | Follow::NewerElsewhere => {}
        }
    }
}

#[derive(Debug, Clone)]
enum Step {
    Edit(usize),
    Save(usize),
    Deliver(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..2usize).prop_map(Step::Edit),
        (0..2usize).prop_map(Step::Save),
        (0..2usize).prop_map(Step::Deliver),
    ]
}

fn start() -> [Tab; 2] {
    let browser = Rc::new(RefCell::new(Browser::default()));
    let mut base = sample(Sample::BroadbandEn, "m", "2026-01-01T00:00:00Z");
    base.description.clear();
    let stores: Vec<TabStore> = (0..2)
        .map(|me| TabStore {
            me,
            browser: browser.clone(),
            cache: Rc::default(),
            own: Rc::default(),
        })
        .collect();
    Library::open(stores[0].clone())
        .unwrap()
        .0
        .save(&base)
        .unwrap();
    // The first tab's write reaches the second before either opens the map.
    stores[1].deliver();
    stores[1].deliver();
    stores.map_tabs()
}

trait MapTabs {
    fn map_tabs(self) -> [Tab; 2];
}

impl MapTabs for Vec<TabStore> {
    fn map_tabs(self) -> [Tab; 2] {
        let mut tabs = self.into_iter().map(|s| {
            let mut lib = Library::open(s).unwrap().0;
            let map = lib.load("m").unwrap().map;
            Tab {
                lib,
                map,
                unsaved: false,
                asking: false,
            }
        });
        [tabs.next().unwrap(), tabs.next().unwrap()]
    }
}

fn stored_description(tabs: &[Tab; 2]) -> String {
    let text = tabs[0].lib.store().browser.borrow().truth["patika:map:m"].clone();
    patika::format::import(text.as_bytes())
        .unwrap()
        .map
        .description
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn no_edit_is_lost_silently(steps in proptest::collection::vec(step(), 1..40)) {
        let mut tabs = start();
        let mut marks: Vec<(usize, String)> = Vec::new();
        for s in steps {
            match s {
                Step::Edit(t) => {
                    let mark = format!("[{t}:{}]", marks.len());
                    if !tabs[t].asking {
                        marks.push((t, mark.clone()));
                    }
                    tabs[t].edit(&mark);
                }
                Step::Save(t) => tabs[t].save(),
                Step::Deliver(t) => tabs[t].on_storage_event(),
            }
        }
        // Every tab saves what it holds, and every write reaches the other tab.
        for tab in tabs.iter_mut() {
            tab.save();
        }
        for _ in 0..200 {
            tabs[0].on_storage_event();
            tabs[1].on_storage_event();
        }
        let stored = stored_description(&tabs);
        for (t, mark) in &marks {
            let kept = stored.contains(mark.as_str())
                || (tabs[*t].asking && tabs[*t].map.description.contains(mark.as_str()));
            prop_assert!(kept, "edit {} of tab {} lost: stored {:?}, tab asking {}", mark, t, stored, tabs[*t].asking);
        }
    }
}

#[test]
fn the_same_instant_race_ends_in_the_conflict_choice() {
    // Both tabs commit an edit and save before either hears of the other (6 of 38 trials lost
    // one of them before: the losing tab showed "Saved" and then reloaded the other's version).
    let mut tabs = start();
    tabs[0].edit("[title]");
    tabs[1].edit("[description]");
    tabs[0].save();
    tabs[1].save();
    assert!(
        !tabs[0].unsaved && !tabs[1].unsaved,
        "each tab's own view was fresh"
    );
    tabs[0].on_storage_event();
    tabs[1].on_storage_event();
    assert_eq!(stored_description(&tabs), "[description]");
    assert!(
        tabs[0].asking,
        "the tab whose write was lost asks, holding its edit"
    );
    assert!(tabs[0].map.description.contains("[title]"));
    assert!(!tabs[1].asking);
}
