//! Snapshots: a map as it was at a moment (a research round's end, before a big change), kept
//! beside the map in storage under `patika:snapshot:<map>:<snapshot>` — never under
//! `patika:map:`, which every build reads as a library entry. Each holds a whole map file, read
//! back through the same load pipeline as any file; the storage meter counts them (every
//! `patika:` key), the backup carries them, and a deleted map's snapshots go with it.
use super::{export, import, ImportError, Imported, KvStore, StoreError};
use crate::model::order::sort_by;
use crate::model::{CycleStep, JourneyMap};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Prefix of snapshot keys.
pub const SNAPSHOT_PREFIX: &str = "patika:snapshot:";
/// The `format` of a stored snapshot.
pub const SNAPSHOT_FORMAT: &str = "patika.snapshot";

/// The key of snapshot `id` of map `map`.
pub fn snapshot_key(map: &str, id: &str) -> String {
    format!("{SNAPSHOT_PREFIX}{map}:{id}")
}

/// What the list of a map's snapshots shows of one (its map is read only when opened).
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotEntry {
    /// The snapshot's id.
    pub id: String,
    /// The map it was taken of.
    pub map_id: String,
    /// Its name ("Kasım 2026 araştırması").
    pub name: String,
    /// When it was taken (ISO 8601, given by the caller).
    pub taken: String,
    /// The map's step in the CX cycle when it was taken (a snapshot at `renew` closes a round).
    pub cycle: CycleStep,
    /// Taken by the app (before a merge, at a new round) rather than by the user.
    pub auto: bool,
}

// The stored form spells the entry's fields out beside `format` and `map` rather than
// flattening a `SnapshotEntry` into it: serde's `flatten` buffers every field through a generic
// tree first, which compiled to several kilobytes of WebAssembly for one small record.

/// A snapshot as stored.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Stored<'a> {
    /// Always `SNAPSHOT_FORMAT`.
    format: &'a str,
    /// `SnapshotEntry::id`.
    id: &'a str,
    /// `SnapshotEntry::map_id`.
    map_id: &'a str,
    /// `SnapshotEntry::name`.
    name: &'a str,
    /// `SnapshotEntry::taken`.
    taken: &'a str,
    /// `SnapshotEntry::cycle`.
    cycle: CycleStep,
    /// `SnapshotEntry::auto`.
    auto: bool,
    /// The whole map file, as `export` writes it.
    map: &'a RawValue,
}

/// A stored snapshot as read.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Read<'a> {
    /// `SNAPSHOT_FORMAT` in a snapshot.
    format: Option<String>,
    /// `SnapshotEntry::id`.
    id: String,
    /// `SnapshotEntry::map_id`.
    map_id: String,
    /// `SnapshotEntry::name`.
    name: String,
    /// `SnapshotEntry::taken`.
    taken: String,
    /// `SnapshotEntry::cycle`.
    cycle: CycleStep,
    /// `SnapshotEntry::auto` (absent: taken by the user).
    #[serde(default)]
    auto: bool,
    /// The map file, unparsed until opened.
    #[serde(borrow)]
    map: &'a RawValue,
}

impl Read<'_> {
    /// The entry it describes.
    fn entry(self) -> SnapshotEntry {
        SnapshotEntry {
            id: self.id,
            map_id: self.map_id,
            name: self.name,
            taken: self.taken,
            cycle: self.cycle,
            auto: self.auto,
        }
    }
}

/// The stored text of a snapshot of `map` described by `entry` (`None` only if the map file
/// were not JSON, which `export` never writes).
pub fn snapshot_text(entry: &SnapshotEntry, map: &JourneyMap) -> Option<String> {
    let raw = RawValue::from_string(export(map)).ok()?;
    let stored = Stored {
        format: SNAPSHOT_FORMAT,
        id: &entry.id,
        map_id: &entry.map_id,
        name: &entry.name,
        taken: &entry.taken,
        cycle: entry.cycle,
        auto: entry.auto,
        map: &raw,
    };
    serde_json::to_string(&stored).ok()
}

/// The entry of a stored snapshot text, if it is one.
pub fn snapshot_entry(text: &str) -> Option<SnapshotEntry> {
    let read: Read = serde_json::from_str(text).ok()?;
    (read.format.as_deref() == Some(SNAPSHOT_FORMAT)).then(|| read.entry())
}

/// The map of a stored snapshot text, through the load pipeline.
pub fn snapshot_map(text: &str) -> Result<Imported, ImportError> {
    snapshot_map_with(text, import)
}

/// `snapshot_map` through a given pipeline (the app's comes with a code chunk).
pub fn snapshot_map_with(
    text: &str,
    pipeline: impl FnOnce(&[u8]) -> Result<Imported, ImportError>,
) -> Result<Imported, ImportError> {
    let read: Read =
        serde_json::from_str(text).map_err(|_| ImportError::WrongFormat { found: None })?;
    if read.format.as_deref() != Some(SNAPSHOT_FORMAT) {
        return Err(ImportError::WrongFormat { found: read.format });
    }
    pipeline(read.map.get().as_bytes())
}

/// Every snapshot of map `map` in `store`, oldest first (unreadable ones are left out of the
/// list, never removed).
pub fn snapshots_of(store: &impl KvStore, map: &str) -> Result<Vec<SnapshotEntry>, StoreError> {
    let prefix = format!("{SNAPSHOT_PREFIX}{map}:");
    let mut out = Vec::new();
    for key in store.keys()?.into_iter().filter(|k| k.starts_with(&prefix)) {
        if let Some(e) = store.get(&key)?.as_deref().and_then(snapshot_entry) {
            if e.map_id == map {
                out.push(e);
            }
        }
    }
    sort_by(&mut out, |a, b| a.taken.cmp(&b.taken).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// Stores a snapshot of `map`; the stored text is read back (a full store refuses, nothing
/// half-written stays).
pub fn take_snapshot(
    store: &mut impl KvStore,
    entry: &SnapshotEntry,
    map: &JourneyMap,
) -> Result<(), StoreError> {
    let key = snapshot_key(&entry.map_id, &entry.id);
    let text = snapshot_text(entry, map).ok_or(StoreError::Unavailable)?;
    match store.set_and_check(&key, &text) {
        Ok(true) => Ok(()),
        Ok(false) => {
            let _ = store.remove(&key);
            Err(StoreError::Unavailable)
        }
        Err(e) => {
            let _ = store.remove(&key);
            Err(e)
        }
    }
}

/// Removes snapshot `id` of map `map`, returning its stored text (to bring it back on undo).
pub fn remove_snapshot(
    store: &mut impl KvStore,
    map: &str,
    id: &str,
) -> Result<Option<String>, StoreError> {
    let key = snapshot_key(map, id);
    let text = store.get(&key)?;
    store.remove(&key)?;
    Ok(text)
}

/// Removes every snapshot of map `map`, returning each key with its text (to bring them back
/// when the map's deletion is undone).
pub fn remove_snapshots_of(
    store: &mut impl KvStore,
    map: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    let mut removed = Vec::new();
    for e in snapshots_of(store, map)? {
        let key = snapshot_key(map, &e.id);
        if let Some(text) = store.get(&key)? {
            store.remove(&key)?;
            removed.push((key, text));
        }
    }
    Ok(removed)
}

/// Puts removed snapshots back as they were.
pub fn restore_snapshots(
    store: &mut impl KvStore,
    removed: &[(String, String)],
) -> Result<(), StoreError> {
    for (key, text) in removed {
        store.set(key, text)?;
    }
    Ok(())
}
