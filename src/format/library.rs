//! The library of maps over any key-value store: one key per map plus an index. The map is written
//! (and read back) before the index; loading reconciles the two; unreadable data is moved to a
//! quarantine key and never overwritten. Several tabs share one store: each stored map has a
//! revision, a tab never writes over a revision it has not seen, and the index is re-read and
//! merged on every change so that one tab's write never drops another tab's maps. Opening never
//! fails because storage refuses writes: what is stored is listed from its keys.
use super::entry::{parse_index, Index, INDEX_FORMAT};
pub use super::entry::{LibraryEntry, EXPORT_REMINDER_DAYS};
use super::keys;
use super::read_ahead::{ReadAhead, READ_AHEAD_MAX_BYTES};
pub use super::revision::{follow, Follow, Revision, StoredState};
pub use super::store::{
    is_quota_error, site_units, storage_percent, storage_units, KvStore, MemoryStore, StoreError,
    STORAGE_BUDGET_UNITS, STORAGE_WARN_SHARE,
};
use super::stored::{prepare, stamp_of, stored_text, Prepared, Stamp};
use super::{import, ImportError, Imported};
use crate::model::JourneyMap;
use std::collections::HashMap;

/// Something the user should know about after loading.
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryProblem {
    /// Unreadable data was moved from `key` to `quarantine_key`; it can be downloaded. When
    /// storage had no room for the copy, `quarantine_key` is `key`: the data was left where it
    /// is, untouched.
    Quarantined {
        /// Where the data was.
        key: String,
        /// Where it is kept now.
        quarantine_key: String,
        /// The map's title, as far as it could be read.
        title: Option<String>,
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
    /// Storage refused a write while the library was opened (full, or read-only): the maps are
    /// listed from what is stored, and nothing was lost.
    NotWritten(StoreError),
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
    /// A newer build of Patika stored this map: it is left as it is, and shown read-only when
    /// this build can read it (`map`).
    Newer {
        /// Its entry, read leniently.
        entry: Box<LibraryEntry>,
        /// The map, when this build can read it.
        map: Option<Box<JourneyMap>>,
    },
    /// The store itself failed.
    Store(StoreError),
    /// The library has no load pipeline yet (its code is still being fetched): nothing was read
    /// or changed.
    NoReader,
}

impl LoadError {
    /// What the user should be told, when the map is missing or unreadable.
    pub fn into_problem(self) -> Option<LibraryProblem> {
        match self {
            LoadError::Missing { id } => Some(LibraryProblem::Missing { id }),
            LoadError::Unreadable(problem) => Some(problem),
            LoadError::Newer { .. } | LoadError::Store(_) | LoadError::NoReader => None,
        }
    }
}

/// The load pipeline as a value (`format::import` natively). The app fetches the pipeline's code
/// after start (a wasm chunk): its library opens without one and is given it once it is there.
pub type Reader = fn(&[u8]) -> Result<Imported, ImportError>;

/// What reading one stored map gave.
enum Read {
    /// The map, through the load pipeline.
    Map(Box<Imported>),
    /// A newer build's map, left as it is.
    Newer(LibraryEntry, Option<Box<JourneyMap>>),
    /// Nothing usable (missing or unreadable: the problem says which).
    Nothing,
    /// Not read: the library has no reader yet. Nothing was changed.
    NoReader,
}

/// What a tab last read or wrote under a map key: that text is known to be readable, and it is the
/// only revision this tab may write over.
#[derive(Debug, Clone)]
struct Seen {
    revision: Revision,
    stamp: Stamp,
}

/// The map library over a store.
pub struct Library<S: KvStore> {
    store: S,
    entries: Vec<LibraryEntry>,
    seen: HashMap<String, Seen>,
    /// The stored index lacks maps this tab listed from their keys (the write was refused when
    /// the library opened): the next index write adds them back.
    index_behind: bool,
    /// The load pipeline, once given (`None`: nothing that needs reading a map is done).
    reader: Option<Reader>,
    /// Maps stored but not in the index, listed once a reader can read them.
    unlisted: Vec<String>,
    /// The map read ahead for its next open, if any (`read_ahead`).
    ahead: Option<ReadAhead>,
}

impl<S: KvStore> Library<S> {
    /// Opens the library: reads the index and reconciles it with the map keys actually stored.
    /// Fails only when the store cannot be read at all.
    pub fn open(store: S) -> Result<(Self, Vec<LibraryProblem>), StoreError> {
        Self::open_with(store, Some(import))
    }

    /// `open` with a given load pipeline, or none yet: then maps missing from the index are
    /// listed (and their problems reported) by `give_reader`, and nothing is read before.
    pub fn open_with(
        store: S,
        reader: Option<Reader>,
    ) -> Result<(Self, Vec<LibraryProblem>), StoreError> {
        let mut lib = Library {
            store,
            entries: Vec::new(),
            seen: HashMap::new(),
            index_behind: false,
            reader,
            unlisted: Vec::new(),
            ahead: None,
        };
        let mut problems = Vec::new();
        let mut refused = None;
        let index_text = match lib.store.get(keys::INDEX) {
            Err(StoreError::NotText { .. }) => Some(String::new()),
            other => other?,
        };
        let mut entries = match (index_text.as_deref(), parse_index(index_text.as_deref())) {
            (None, _) => Vec::new(),
            (Some(_), Some(maps)) => maps,
            (Some(_), None) => {
                // The index holds only derived data; keep a copy anyway, then rebuild it.
                if let Err(e) = lib.keep_aside(keys::INDEX) {
                    refused = Some(e);
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
        lib.entries = entries;
        lib.unlisted = stored
            .iter()
            .filter_map(|k| keys::map_id(k))
            .filter(|id| !lib.entries.iter().any(|e| e.id == *id))
            .map(str::to_string)
            .collect();
        let problems = lib.recover(problems, refused)?;
        Ok((lib, problems))
    }

    /// Gives the library its load pipeline; what `open_with` could not list yet is listed now.
    pub fn give_reader(&mut self, reader: Reader) -> Result<Vec<LibraryProblem>, StoreError> {
        self.reader = Some(reader);
        self.recover(Vec::new(), None)
    }

    /// The load pipeline, once given.
    pub fn reader(&self) -> Option<Reader> {
        self.reader
    }

    /// Lists the maps written whose index update never happened (read through the pipeline),
    /// then stores the index when anything changed.
    fn recover(
        &mut self,
        mut problems: Vec<LibraryProblem>,
        mut refused: Option<StoreError>,
    ) -> Result<Vec<LibraryProblem>, StoreError> {
        if self.reader.is_some() {
            for id in std::mem::take(&mut self.unlisted) {
                let entry = match self.read_map(&id, &mut problems)? {
                    Read::Map(imp) => LibraryEntry::of(&imp.map),
                    Read::Newer(entry, _) => entry,
                    Read::Nothing | Read::NoReader => continue,
                };
                self.entries.push(entry);
                problems.push(LibraryProblem::Recovered { id });
            }
        }
        let changed = problems
            .iter()
            .any(|p| !matches!(p, LibraryProblem::Quarantined { .. }));
        if changed && refused.is_none() {
            let entries = self.entries.clone();
            if let Err(e) = self.update_index(|e| *e = entries) {
                refused = Some(e);
            }
        }
        self.index_behind |= refused.is_some();
        problems.extend(refused.map(LibraryProblem::NotWritten));
        Ok(problems)
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

    /// Reads one map through the import pipeline. Unreadable data is quarantined and reported; a
    /// newer build's map is left as it is.
    pub fn load(&mut self, id: &str) -> Result<Imported, LoadError> {
        let mut problems = Vec::new();
        match self.read_map(id, &mut problems).map_err(LoadError::Store)? {
            Read::Map(imp) => Ok(*imp),
            Read::Newer(entry, map) => {
                // Listed as what it is from now on (the index may predate the newer build's save).
                if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
                    e.build = entry.build;
                }
                Err(LoadError::Newer {
                    entry: Box::new(entry),
                    map,
                })
            }
            Read::NoReader => Err(LoadError::NoReader),
            Read::Nothing => {
                // Best effort: the list is corrected in this tab whatever the index write does.
                self.entries.retain(|e| e.id != id);
                let _ = self.update_index(|e| e.retain(|e| e.id != id));
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
    ) -> Result<Read, StoreError> {
        let key = keys::map_key(id);
        let text = match self.store.get(&key) {
            Ok(Some(text)) => text,
            Ok(None) => {
                problems.push(LibraryProblem::Missing { id: id.to_string() });
                return Ok(Read::Nothing);
            }
            // Not even text (a lone UTF-16 surrogate): copied aside code unit by code unit.
            Err(StoreError::NotText { .. }) => {
                let title = self.listed_title(id);
                problems.push(self.quarantine(&key, title, ImportError::LoneSurrogate)?);
                return Ok(Read::Nothing);
            }
            Err(e) => return Err(e),
        };
        let Some(read) = self.reader else {
            return Ok(Read::NoReader);
        };
        let stamp = stamp_of(&text);
        if stamp.is_newer() {
            let map = read(text.as_bytes()).ok().map(|i| Box::new(i.map));
            return Ok(Read::Newer(LibraryEntry::peek(id, &text), map));
        }
        let ahead = self
            .ahead
            .take_if(|a| a.key == key)
            .and_then(|a| a.of(&text));
        match ahead.map_or_else(|| read(text.as_bytes()), Ok) {
            Ok(mut imp) => {
                imp.map.id = id.to_string();
                let revision = Revision::of(&text);
                self.seen.insert(key, Seen { revision, stamp });
                Ok(Read::Map(Box::new(imp)))
            }
            Err(error) => {
                let title = Some(LibraryEntry::peek(id, &text).title)
                    .filter(|t| !t.is_empty())
                    .or_else(|| self.listed_title(id));
                problems.push(self.quarantine(&key, title, error)?);
                Ok(Read::Nothing)
            }
        }
    }

    /// The map read ahead, if it is map `id`'s: as its next `load` gives it while the stored text
    /// stays the same (an editor can be built for it ahead of the open, `state::built_ahead`).
    pub fn read_ahead_map(&self, id: &str) -> Option<JourneyMap> {
        let ahead = self.ahead.as_ref().filter(|a| a.key == keys::map_key(id))?;
        let mut map = ahead.imported.map.clone();
        map.id = id.to_string();
        Some(map)
    }

    /// Reads map `id` ahead for its next `load` (see `read_ahead`): whether it was read. Texts
    /// over `READ_AHEAD_MAX_BYTES`, from a newer build, or that do not read are left alone.
    pub fn read_ahead(&mut self, id: &str) -> bool {
        let key = keys::map_key(id);
        let (Some(read), Ok(Some(text))) = (self.reader, self.store.get(&key)) else {
            return false;
        };
        if text.len() > READ_AHEAD_MAX_BYTES || stamp_of(&text).is_newer() {
            return false;
        }
        let Ok(imported) = read(text.as_bytes()) else {
            return false;
        };
        self.ahead = Some(ReadAhead {
            key,
            text,
            imported,
        });
        true
    }

    /// The title the library lists for map `id`, if it is listed.
    fn listed_title(&self, id: &str) -> Option<String> {
        self.entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.clone())
    }

    /// Moves unreadable data aside: copy, verify the copy, then remove the original. When storage
    /// has no room for the copy, the data stays where it is (never removed uncopied).
    fn quarantine(
        &mut self,
        key: &str,
        title: Option<String>,
        error: ImportError,
    ) -> Result<LibraryProblem, StoreError> {
        let quarantine_key = match self.keep_aside(key) {
            Ok(qkey) => {
                self.store.remove(key)?;
                self.seen.remove(key);
                qkey
            }
            Err(StoreError::QuotaExceeded | StoreError::NotVerified { .. }) => key.to_string(),
            Err(e) => return Err(e),
        };
        Ok(LibraryProblem::Quarantined {
            key: key.to_string(),
            quarantine_key,
            title,
            error,
        })
    }

    /// Keeps a verified copy of what `key` holds under a quarantine key of its own: an earlier
    /// copy of other data is never overwritten (the second goes to `…~2`, and so on); the same
    /// data already kept is not kept twice. The copy is made by the store, code unit by code unit.
    fn keep_aside(&mut self, key: &str) -> Result<String, StoreError> {
        let first = keys::quarantine_key(key);
        let mut n = 1;
        loop {
            let qkey = if n == 1 {
                first.clone()
            } else {
                format!("{first}~{n}")
            };
            if !self.store.has(&qkey)? {
                if !self.store.copy(key, &qkey)? {
                    let _ = self.store.remove(&qkey);
                    return Err(StoreError::NotVerified { key: qkey });
                }
                return Ok(qkey);
            }
            if self.store.same(key, &qkey)? {
                return Ok(qkey);
            }
            n += 1;
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

    /// Saves a map: checks that nothing unreadable or newer is overwritten and that the stored
    /// revision is the one this tab last saw (otherwise `StoreError::Conflict`, nothing written),
    /// writes and verifies the map, then merges its entry into the index. When the map write
    /// fails, what was stored before is unchanged.
    pub fn save(&mut self, map: &JourneyMap) -> Result<Vec<LibraryProblem>, StoreError> {
        self.save_prepared(&prepare(map))
    }

    /// `save` of a map already prepared for storage (so the app can serialise in one task and
    /// write in the next).
    pub fn save_prepared(&mut self, map: &Prepared) -> Result<Vec<LibraryProblem>, StoreError> {
        let entry = map.entry.clone();
        let key = keys::map_key(&entry.id);
        let mut problems = Vec::new();
        let mut existing = self.store.get(&key)?;
        let seen = self.seen.get(&key).cloned();
        if let Some(stored) = &existing {
            if seen.as_ref().map(|s| s.revision) != Some(Revision::of(stored)) {
                if stamp_of(stored).is_newer() {
                    return Err(StoreError::Newer { id: entry.id });
                }
                // Without a reader it cannot tell an unreadable map from another tab's: nothing
                // is written, as for a conflict.
                let Some(read) = self.reader else {
                    return Err(StoreError::Conflict { id: entry.id });
                };
                if let Err(error) = read(stored.as_bytes()) {
                    let title = Some(LibraryEntry::peek(&entry.id, stored).title);
                    let problem = self.quarantine(&key, title, error)?;
                    if matches!(&problem, LibraryProblem::Quarantined { quarantine_key, .. }
                        if *quarantine_key == key)
                    {
                        return Err(StoreError::QuotaExceeded);
                    }
                    problems.push(problem);
                    existing = None;
                } else {
                    return Err(StoreError::Conflict { id: entry.id });
                }
            }
        }
        let parents = match (&existing, seen) {
            (Some(_), Some(seen)) => seen.stamp.lineage_after(seen.revision),
            _ => Vec::new(),
        };
        let text = stored_text(map, &parents);
        self.set_verified(&key, &text, existing.as_deref())?;
        let stamp = Stamp {
            build: super::stored::BUILD,
            format_version: super::FORMAT_VERSION,
            parents,
        };
        let revision = Revision::of(&text);
        self.seen.insert(key, Seen { revision, stamp });
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

    /// Removes a map and its index entry (never a newer build's map).
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        let key = keys::map_key(id);
        if let Some(text) = self.store.get(&key)? {
            if stamp_of(&text).is_newer() {
                return Err(StoreError::Newer { id: id.to_string() });
            }
        }
        self.update_index(|e| e.retain(|e| e.id != id))?;
        self.store.remove(&key)?;
        self.seen.remove(&key);
        Ok(())
    }

    /// How the stored map `id` compares with what this tab last saw (after another tab's write).
    pub fn stored_state(&self, id: &str) -> Result<StoredState, StoreError> {
        let key = keys::map_key(id);
        let Some(seen) = self.seen.get(&key) else {
            return Ok(StoredState::Unknown);
        };
        let Some(text) = self.store.get(&key)? else {
            return Ok(StoredState::Gone);
        };
        if Revision::of(&text) == seen.revision {
            return Ok(StoredState::Seen);
        }
        let stamp = stamp_of(&text);
        Ok(if stamp.is_newer() {
            StoredState::Newer
        } else if stamp.parents.is_empty() || stamp.parents.contains(&seen.revision) {
            // Written after this tab's latest (or by an unstamped build: cannot tell).
            StoredState::ChangedElsewhere
        } else {
            StoredState::Overwritten
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

    /// Every quarantined entry: (key, text), for download; lone surrogates are written as JSON
    /// escapes (`\udXXX`), which read back as exactly those code units.
    pub fn quarantined(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut out = Vec::new();
        for k in self.store.keys()? {
            if k.starts_with(keys::QUARANTINE_PREFIX) {
                if let Some(v) = self.store.get_escaped(&k)? {
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
        match self.store.get(keys::INDEX) {
            Err(StoreError::NotText { .. }) => Ok(None),
            other => Ok(parse_index(other?.as_deref())),
        }
    }

    /// Read, change, write: the change is applied to the index as stored now (another tab may have
    /// added or removed maps since this tab read it), so no tab's entry is lost. An unreadable
    /// index is kept aside first and this tab's list is used instead.
    fn update_index(
        &mut self,
        change: impl FnOnce(&mut Vec<LibraryEntry>),
    ) -> Result<(), StoreError> {
        let before = match self.store.get(keys::INDEX) {
            Err(StoreError::NotText { .. }) => Some(String::new()),
            other => other?,
        };
        let mut entries = match parse_index(before.as_deref()) {
            Some(entries) => entries,
            None => {
                if before.is_some() {
                    self.keep_aside(keys::INDEX)?;
                }
                self.entries.clone()
            }
        };
        if self.index_behind {
            let stored = self.store.keys()?;
            for e in &self.entries {
                if !entries.iter().any(|x| x.id == e.id) && stored.contains(&keys::map_key(&e.id)) {
                    entries.push(e.clone());
                }
            }
        }
        change(&mut entries);
        let ix = Index {
            format: INDEX_FORMAT.into(),
            format_version: 1,
            maps: entries,
        };
        let text = serde_json::to_string(&ix).map_err(|e| StoreError::Other(e.to_string()))?;
        self.set_verified(keys::INDEX, &text, before.as_deref())?;
        self.entries = ix.maps;
        self.index_behind = false;
        Ok(())
    }
}
