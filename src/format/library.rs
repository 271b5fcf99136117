//! The library of maps over any key-value store: one key per map plus an index. The map is written
//! (and read back) before the index; loading reconciles the two; unreadable data is moved to a
//! quarantine key and never overwritten.
use super::keys;
use super::{export, import, ImportError, Imported};
use crate::model::JourneyMap;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{Hash, Hasher};

/// Why the store refused an operation.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The store is full (localStorage quota).
    QuotaExceeded,
    /// The store cannot be used at all (blocked storage).
    Unavailable,
    /// A write seemed to succeed but reading it back gave something else.
    NotVerified { key: String },
    /// Anything else, with the store's message.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaExceeded => write!(f, "storage is full"),
            StoreError::Unavailable => write!(f, "storage is not available"),
            StoreError::NotVerified { key } => write!(f, "write to {key} could not be verified"),
            StoreError::Other(m) => write!(f, "storage error: {m}"),
        }
    }
}

/// Whether a storage exception (by its DOMException name or legacy code) means "quota exceeded",
/// under every browser's spelling.
pub fn is_quota_error(name: &str, code: i64) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR") || code == 22 || code == 1014
}

/// What browsers give one site in localStorage, in UTF-16 code units (≈ 5 MB); the meter measures
/// against it.
pub const STORAGE_BUDGET_UNITS: usize = 5_000_000;

/// Share of the budget from which the app warns and suggests exporting.
pub const STORAGE_WARN_SHARE: f64 = 0.8;

/// How much of the budget Patika's keys use (keys and values, UTF-16 code units, as browsers count).
pub fn storage_units(store: &impl KvStore) -> Result<usize, StoreError> {
    let mut total = 0;
    for key in store.keys()?.into_iter().filter(|k| k.starts_with("patika:")) {
        let value = store.get(&key)?.unwrap_or_default();
        total += key.encode_utf16().count() + value.encode_utf16().count();
    }
    Ok(total)
}

/// A string key-value store (localStorage in the browser, memory in tests).
pub trait KvStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key` (no error when absent).
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store for tests and for memory-only mode, with optional failure injection.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    /// The stored entries.
    pub data: BTreeMap<String, String>,
    /// Writes so far.
    pub writes: usize,
    /// When set, the write with this 1-based number fails with quota exceeded.
    pub fail_write: Option<usize>,
    /// When set, the write with this 1-based number stores only the first half of the value and
    /// reports success (a write cut short by a crash or a full disk).
    pub truncate_write: Option<usize>,
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.data.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writes += 1;
        if self.fail_write == Some(self.writes) {
            return Err(StoreError::QuotaExceeded);
        }
        if self.truncate_write == Some(self.writes) {
            let half: String = value.chars().take(value.chars().count() / 2).collect();
            self.data.insert(key.to_string(), half);
            return Ok(());
        }
        self.data.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.data.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.data.keys().cloned().collect())
    }
}

/// One map as listed in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LibraryEntry {
    /// Map id.
    pub id: String,
    /// Map title.
    pub title: String,
    /// Last change (ISO 8601).
    pub updated: String,
    /// Number of stages.
    pub stages: usize,
    /// Number of touchpoints.
    pub touchpoints: usize,
    /// When the map was last exported as a JSON file or backup (ISO 8601), if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_exported: Option<String>,
}

/// Days after which a map changed since its last export (or never exported) gets a reminder.
pub const EXPORT_REMINDER_DAYS: i64 = 14;

/// Days since 1970-01-01 of an ISO 8601 date-time's date part (proleptic Gregorian).
pub fn iso_day(iso: &str) -> Option<i64> {
    let (y, rest) = iso.get(..10)?.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

impl LibraryEntry {
    /// Whether to remind the user to keep a copy: changed since the last export (or never
    /// exported), and that copy (or the map's last change) is at least `EXPORT_REMINDER_DAYS` old.
    pub fn needs_export_reminder(&self, now: &str) -> bool {
        let since = self.last_exported.as_deref().unwrap_or(self.updated.as_str());
        let changed_after = self.last_exported.as_deref().is_none_or(|e| self.updated.as_str() > e);
        let age = iso_day(now).zip(iso_day(since)).map(|(n, s)| n - s);
        changed_after && age.is_some_and(|d| d >= EXPORT_REMINDER_DAYS)
    }
}

impl LibraryEntry {
    /// The entry describing `map`.
    pub fn of(map: &JourneyMap) -> Self {
        LibraryEntry {
            id: map.id.clone(),
            title: map.title.clone(),
            updated: map.updated.clone(),
            stages: map.stages.len(),
            touchpoints: map.touchpoints.len(),
            last_exported: None,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Index {
    format: String,
    format_version: u64,
    maps: Vec<LibraryEntry>,
}

const INDEX_FORMAT: &str = "patika.library-index";

/// Something the user should know about after loading.
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryProblem {
    /// Unreadable data was moved from `key` to `quarantine_key`; it can be downloaded.
    Quarantined { key: String, quarantine_key: String, error: ImportError },
    /// The index was unreadable and was rebuilt from the stored maps.
    IndexRebuilt,
    /// A map found in storage but missing from the index was added back.
    Recovered { id: String },
    /// The index listed a map whose data is gone; the entry was dropped.
    Missing { id: String },
}

/// The map library over a store.
pub struct Library<S: KvStore> {
    store: S,
    entries: Vec<LibraryEntry>,
    /// Hash of what this library last wrote under each key: such data is known-readable.
    written: HashMap<String, u64>,
}

fn hash(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

impl<S: KvStore> Library<S> {
    /// Opens the library: reads the index and reconciles it with the map keys actually stored.
    pub fn open(store: S) -> Result<(Self, Vec<LibraryProblem>), StoreError> {
        let mut lib = Library { store, entries: Vec::new(), written: HashMap::new() };
        let mut problems = Vec::new();
        let index_text = lib.store.get(keys::INDEX)?;
        let mut entries = match index_text.as_deref().map(serde_json::from_str::<Index>) {
            None => Vec::new(),
            Some(Ok(ix)) if ix.format == INDEX_FORMAT => ix.maps,
            Some(_) => {
                // The index holds only derived data; keep a copy anyway, then rebuild it.
                if let Some(text) = &index_text {
                    lib.store.set(&keys::quarantine_key(keys::INDEX), text)?;
                }
                problems.push(LibraryProblem::IndexRebuilt);
                Vec::new()
            }
        };
        let stored: Vec<String> = lib.store.keys()?.into_iter().filter(|k| keys::map_id(k).is_some()).collect();
        entries.retain(|e| {
            let present = stored.contains(&keys::map_key(&e.id));
            if !present {
                problems.push(LibraryProblem::Missing { id: e.id.clone() });
            }
            present
        });
        for key in &stored {
            let id = keys::map_id(key).unwrap_or_default();
            if entries.iter().any(|e| e.id == id) {
                continue;
            }
            // A map written whose index update never happened: read it and list it again.
            match lib.read_map(id, &mut problems)? {
                Some(imp) => {
                    entries.push(LibraryEntry::of(&imp.map));
                    problems.push(LibraryProblem::Recovered { id: id.to_string() });
                }
                None => continue,
            }
        }
        lib.entries = entries;
        if problems.iter().any(|p| !matches!(p, LibraryProblem::Quarantined { .. })) {
            lib.write_index()?;
        }
        Ok((lib, problems))
    }

    /// The maps, in library order.
    pub fn entries(&self) -> &[LibraryEntry] {
        &self.entries
    }

    /// The store underneath.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Mutable access to the store underneath (tests inject failures through it).
    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    /// Reads one map through the import pipeline. Unreadable data is quarantined and reported.
    pub fn load(&mut self, id: &str) -> Result<Result<Imported, LibraryProblem>, StoreError> {
        let mut problems = Vec::new();
        match self.read_map(id, &mut problems)? {
            Some(imp) => Ok(Ok(imp)),
            None => {
                self.entries.retain(|e| e.id != id);
                self.write_index()?;
                Ok(Err(problems.pop().unwrap_or(LibraryProblem::Missing { id: id.to_string() })))
            }
        }
    }

    fn read_map(&mut self, id: &str, problems: &mut Vec<LibraryProblem>) -> Result<Option<Imported>, StoreError> {
        let key = keys::map_key(id);
        let Some(text) = self.store.get(&key)? else {
            problems.push(LibraryProblem::Missing { id: id.to_string() });
            return Ok(None);
        };
        match import(text.as_bytes()) {
            Ok(mut imp) => {
                imp.map.id = id.to_string();
                self.written.insert(key, hash(&text));
                Ok(Some(imp))
            }
            Err(error) => {
                let quarantine_key = self.quarantine(&key, &text)?;
                problems.push(LibraryProblem::Quarantined { key, quarantine_key, error });
                Ok(None)
            }
        }
    }

    /// Moves unreadable data aside: copy, verify the copy, then remove the original.
    fn quarantine(&mut self, key: &str, text: &str) -> Result<String, StoreError> {
        let qkey = keys::quarantine_key(key);
        let before = self.store.get(&qkey)?;
        self.set_verified(&qkey, text, before.as_deref())?;
        self.store.remove(key)?;
        self.written.remove(key);
        Ok(qkey)
    }

    /// Writes and reads back. A write that did not land whole (cut short, garbled, refused half
    /// way) is undone: `before` (what the key held) is put back, so no half-written map remains.
    fn set_verified(&mut self, key: &str, value: &str, before: Option<&str>) -> Result<(), StoreError> {
        let result = self.store.set(key, value).and_then(|()| match self.store.get(key)? {
            Some(v) if v == value => Ok(()),
            _ => Err(StoreError::NotVerified { key: key.to_string() }),
        });
        if result.is_err() && self.store.get(key).ok().flatten().as_deref() != before {
            let _ = match before {
                Some(old) => self.store.set(key, old),
                None => self.store.remove(key),
            };
        }
        result
    }

    /// Saves a map: checks that nothing unreadable is overwritten, writes and verifies the map,
    /// then the index. When the map write fails, what was stored before is unchanged.
    pub fn save(&mut self, map: &JourneyMap) -> Result<Vec<LibraryProblem>, StoreError> {
        let key = keys::map_key(&map.id);
        let mut problems = Vec::new();
        let mut existing = self.store.get(&key)?;
        if let Some(text) = &existing {
            let known = self.written.get(&key) == Some(&hash(text));
            if !known {
                if let Err(error) = import(text.as_bytes()) {
                    let quarantine_key = self.quarantine(&key, text)?;
                    problems.push(LibraryProblem::Quarantined { key: key.clone(), quarantine_key, error });
                    existing = None;
                }
            }
        }
        let text = export(map);
        self.set_verified(&key, &text, existing.as_deref())?;
        self.written.insert(key, hash(&text));
        let entry = LibraryEntry::of(map);
        match self.entries.iter_mut().find(|e| e.id == map.id) {
            Some(e) => *e = LibraryEntry { last_exported: e.last_exported.take(), ..entry },
            None => self.entries.insert(0, entry),
        }
        self.write_index()?;
        Ok(problems)
    }

    /// Removes a map and its index entry.
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        self.entries.retain(|e| e.id != id);
        self.write_index()?;
        let key = keys::map_key(id);
        self.store.remove(&key)?;
        self.written.remove(&key);
        Ok(())
    }

    /// Every quarantined entry: (key, raw text), for download.
    pub fn quarantined(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut out = Vec::new();
        for k in self.store.keys()? {
            if k.starts_with(keys::QUARANTINE_PREFIX) {
                if let Some(v) = self.store.get(&k)? {
                    out.push((k, v));
                }
            }
        }
        Ok(out)
    }

    /// Records that these maps were just exported (a JSON file or a backup) at `when`.
    pub fn mark_exported(&mut self, ids: &[String], when: &str) -> Result<(), StoreError> {
        for e in self.entries.iter_mut().filter(|e| ids.contains(&e.id)) {
            e.last_exported = Some(when.to_string());
        }
        self.write_index()
    }

    fn write_index(&mut self) -> Result<(), StoreError> {
        let ix = Index { format: INDEX_FORMAT.into(), format_version: 1, maps: self.entries.clone() };
        let text = serde_json::to_string(&ix).map_err(|e| StoreError::Other(e.to_string()))?;
        let before = self.store.get(keys::INDEX)?;
        self.set_verified(keys::INDEX, &text, before.as_deref())
    }
}
