//! Three-way semantic merge of two edited versions of a map with the version both came from
//! (a colleague's file coming back, or `git merge`). Records — stages, channels, personas,
//! touchpoints, pain points, metrics, actions, anything kept in a list with ids — merge by id;
//! their fields merge one by one. A change on one side is taken; the same change on both sides is
//! taken once; different changes to one field, and a record deleted on one side and edited on the
//! other, are conflicts, listed with both values and settled by a chooser (ours by default). Without
//! a base every difference is a conflict. The result goes through the load pipeline's repair, so
//! a reference the other side broke (a touchpoint whose stage it removed) is repaired and reported,
//! never left dangling. Bookkeeping is not content: `updated` takes the later time, `mergeBase`
//! both sides' versions.
use crate::format::exchange::join_bases;
use crate::format::tree::{as_value, from_value};
use crate::format::{repair, RepairReport};
use crate::model::JourneyMap;
use serde_json::{Map, Value};

mod records;

/// One step of the path to a conflicting value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// A field of an object, by its name in the file (`touchpoints`, `name`, `emotions`).
    Field(String),
    /// The record with this id in the list above it.
    Record(String),
}

/// A side of the merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The version merged into (my map; Git's `%A`).
    Ours,
    /// The version coming in (the colleague's file; Git's `%B`).
    Theirs,
}

/// Why a value could not be merged by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// Both sides changed it, differently.
    BothChanged,
    /// One side deleted the record, the other edited it.
    DeletedEdited {
        /// Which side deleted it.
        deleted_by: Side,
    },
    /// No base is known and the two sides differ (a two-way merge).
    Differs,
}

/// A value the two sides disagree on.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// Where it is in the map, from the map's top (`touchpoints` › record `t3` › `emotions` ›
    /// `p1`).
    pub path: Vec<Seg>,
    /// Why it conflicts.
    pub kind: ConflictKind,
    /// The base's value (None: absent there, or no base).
    pub base: Option<Value>,
    /// Our value (None: absent, i.e. deleted or never added).
    pub ours: Option<Value>,
    /// Their value (None: absent).
    pub theirs: Option<Value>,
}

/// The outcome of a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged map, each conflict settled as the chooser said, repaired.
    pub map: JourneyMap,
    /// Every conflict, in map order (the chooser saw them in this order).
    pub conflicts: Vec<Conflict>,
    /// What repair changed in the merged map (references the merge broke).
    pub report: RepairReport,
}

/// Merges `theirs` into `ours` against `base`, every conflict settled as ours.
pub fn merge(base: Option<&JourneyMap>, ours: &JourneyMap, theirs: &JourneyMap) -> Merged {
    merge_choosing(base, ours, theirs, |_, _| Side::Ours)
}

/// Merges as `merge` does; `choose(index, conflict)` settles each conflict (index: its place in
/// `Merged::conflicts`).
pub fn merge_choosing(
    base: Option<&JourneyMap>,
    ours: &JourneyMap,
    theirs: &JourneyMap,
    mut choose: impl FnMut(usize, &Conflict) -> Side,
) -> Merged {
    let (b, mut o, mut t) = (base.map(as_value), as_value(ours), as_value(theirs));
    // Bookkeeping, never a conflict: both sides get the later of the two times, and every
    // version either was handed on as.
    let later = ours.updated.clone().max(theirs.updated.clone());
    let bases = join_bases([&ours.merge_base[..], &theirs.merge_base[..]]);
    let bases = as_value(&bases);
    for side in [&mut o, &mut t] {
        if let Some(obj) = side.as_object_mut() {
            obj.insert("updated".into(), Value::String(later.clone()));
            obj.insert("mergeBase".into(), bases.clone());
        }
    }
    let mut cx = Context {
        conflicts: Vec::new(),
        choose: &mut choose,
    };
    let merged = cx.value(&mut Vec::new(), Base::from(b.as_ref()), Some(&o), Some(&t));
    let value = merged.unwrap_or(o);
    let mut map = from_value(&value).unwrap_or_else(|_| ours.clone());
    let report = repair(&mut map);
    Merged {
        map,
        conflicts: cx.conflicts,
        report,
    }
}

/// What is known of the base at a place in the tree.
#[derive(Clone, Copy)]
enum Base<'a> {
    /// No base at all (a two-way merge).
    Unknown,
    /// The base is known; it holds this value here (None: absent there).
    Known(Option<&'a Value>),
}

impl<'a> From<Option<&'a Value>> for Base<'a> {
    fn from(v: Option<&'a Value>) -> Self {
        match v {
            Some(v) => Base::Known(Some(v)),
            None => Base::Unknown,
        }
    }
}

impl<'a> Base<'a> {
    fn value(self) -> Option<&'a Value> {
        match self {
            Base::Known(v) => v,
            Base::Unknown => None,
        }
    }
    /// The base below field or record `f`, given how to find it.
    fn below(self, f: impl FnOnce(&'a Value) -> Option<&'a Value>) -> Base<'a> {
        match self {
            Base::Known(Some(v)) => Base::Known(f(v)),
            Base::Known(None) => Base::Known(None),
            Base::Unknown => Base::Unknown,
        }
    }
}

struct Context<'c> {
    conflicts: Vec<Conflict>,
    choose: &'c mut dyn FnMut(usize, &Conflict) -> Side,
}

impl Context<'_> {
    /// The merged value at `path` (None: absent).
    fn value(
        &mut self,
        path: &mut Vec<Seg>,
        base: Base,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if ours == theirs {
            return ours.cloned();
        }
        if let Base::Known(b) = base {
            if b == ours {
                return theirs.cloned();
            }
            if b == theirs {
                return ours.cloned();
            }
        }
        match (ours, theirs) {
            (Some(Value::Object(o)), Some(Value::Object(t))) => {
                Some(Value::Object(self.object(path, base, o, t)))
            }
            (Some(Value::Array(o)), Some(Value::Array(t)))
                if records::keyed(o) && records::keyed(t) =>
            {
                let b = base.value().and_then(Value::as_array);
                let known = matches!(base, Base::Known(_));
                Some(Value::Array(self.records(path, known, b, o, t)))
            }
            _ => self.conflict(path, ConflictKind::BothChanged, base, ours, theirs),
        }
    }

    fn object(
        &mut self,
        path: &mut Vec<Seg>,
        base: Base,
        ours: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut keys: Vec<&String> = ours.keys().collect();
        keys.extend(theirs.keys().filter(|k| !ours.contains_key(*k)));
        let mut out = Map::new();
        for k in keys {
            path.push(Seg::Field(k.clone()));
            let b = base.below(|v| v.get(k));
            if let Some(v) = self.value(path, b, ours.get(k), theirs.get(k)) {
                out.insert(k.clone(), v);
            }
            path.pop();
        }
        out
    }

    /// Records a conflict and returns the chosen side's value.
    fn conflict(
        &mut self,
        path: &[Seg],
        kind: ConflictKind,
        base: Base,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        let kind = match (base, kind) {
            (Base::Unknown, ConflictKind::BothChanged) => ConflictKind::Differs,
            (_, k) => k,
        };
        let c = Conflict {
            path: path.to_vec(),
            kind,
            base: base.value().cloned(),
            ours: ours.cloned(),
            theirs: theirs.cloned(),
        };
        let side = (self.choose)(self.conflicts.len(), &c);
        self.conflicts.push(c);
        match side {
            Side::Ours => ours.cloned(),
            Side::Theirs => theirs.cloned(),
        }
    }
}
