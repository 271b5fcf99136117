//! The open map's snapshots: take one (named; at the renew step it closes a research round and
//! the next round starts), list, open read-only, restore as a copy, delete (undoable), compare
//! the map with one. Storage goes through `format::snapshots`; a full store refuses a snapshot
//! whole and says so.
use super::{AppState, Failure, Notice, Outcome, Route, Viewed};
use crate::format::snapshots::{
    remove_snapshot, restore_snapshots, snapshot_key, snapshot_map_with, snapshots_of,
    take_snapshot, SnapshotEntry,
};
use crate::format::KvStore;
use crate::i18n::{text, Key};
use crate::model::{copy_of, Command, CycleStep, JourneyMap};
use crate::platform;
use leptos::prelude::*;

impl AppState {
    /// Reads the list of the open map's snapshots (oldest first).
    pub fn refresh_snapshots(&self) {
        let Some(id) = self
            .editor
            .get_untracked()
            .map(|e| e.map.with_untracked(|m| m.id.clone()))
        else {
            self.snapshots.set(Vec::new());
            return;
        };
        let list = self
            .library
            .with_value(|l| snapshots_of(l.store(), &id).unwrap_or_default());
        self.snapshots.set(list);
    }

    /// Keeps the open map as it is now as the snapshot of its exported version (once per
    /// version: its id is the content hash the file records). Storage that refuses it costs only
    /// the three-way merge of that file later (it merges two-way). `hash`: the map's content
    /// hash as the exported file records it (worked out once, for the file).
    pub(super) fn keep_exported_version(&self, hash: &str) {
        let Some(editor) = self.editor.get_untracked() else {
            return;
        };
        let map = editor.map.get_untracked();
        let id = crate::format::exchange::exported_snapshot_id(hash);
        let key = snapshot_key(&map.id, &id);
        let kept = self
            .library
            .with_value(|l| l.store().get(&key).ok().flatten().is_some());
        if kept {
            return;
        }
        let now = platform::now_iso();
        let lang = self.lang.get_untracked();
        let entry = SnapshotEntry {
            id,
            map_id: map.id.clone(),
            name: format!(
                "{} {}",
                text(lang, Key::ExportedVersion),
                platform::local_time(&now, lang)
            ),
            taken: now,
            cycle: map.cycle,
            auto: true,
        };
        let _ = self
            .library
            .try_update_value(|l| take_snapshot(l.store_mut(), &entry, &map));
        self.refresh_snapshots();
    }

    /// Takes a snapshot of the open map as it is now, named `name` (a dated name when empty).
    pub fn take_open_snapshot(&self, name: &str, auto: bool) -> Outcome<SnapshotEntry> {
        let editor = self.open_editor()?;
        self.flush();
        let map = editor.map.get_untracked();
        let now = platform::now_iso();
        let name = match name.trim() {
            "" => format!(
                "{} {}",
                text(self.lang.get_untracked(), Key::SnapshotWord),
                platform::local_time(&now, self.lang.get_untracked())
            ),
            n => n.to_string(),
        };
        let entry = SnapshotEntry {
            id: platform::new_id(),
            map_id: map.id.clone(),
            name,
            taken: now,
            cycle: map.cycle,
            auto,
        };
        let taken = self
            .library
            .try_update_value(|l| take_snapshot(l.store_mut(), &entry, &map));
        match taken {
            Some(Ok(())) => {}
            Some(Err(e)) => {
                self.notify(Notice::SnapshotNotSaved(e.clone()));
                return Err(Failure::NotSaved(e));
            }
            None => return Err(Failure::NotFound),
        }
        self.refresh_snapshots();
        self.measure_storage();
        Ok(entry)
    }

    /// Closes this research round: a snapshot at the renew step, then the map moves on to the
    /// next round's research (one undo step).
    pub fn start_next_round(&self, name: &str) -> Outcome<SnapshotEntry> {
        let editor = self.open_editor()?;
        let taken = self.take_open_snapshot(name, false)?;
        editor.dispatch(Command::SetCycle(CycleStep::Research));
        Ok(taken)
    }

    /// Deletes snapshot `id` of the open map; a banner offers to bring it back.
    pub fn delete_snapshot(&self, id: &str) -> Outcome {
        let editor = self.open_editor()?;
        let map = editor.map.with_untracked(|m| m.id.clone());
        let name = self
            .snapshots
            .with_untracked(|s| s.iter().find(|e| e.id == id).map(|e| e.name.clone()))
            .ok_or(Failure::NotFound)?;
        let removed = self
            .library
            .try_update_value(|l| remove_snapshot(l.store_mut(), &map, id));
        let text = match removed {
            Some(Ok(Some(text))) => text,
            Some(Err(e)) => return Err(Failure::NotSaved(e)),
            _ => return Err(Failure::NotFound),
        };
        self.removed_snapshots
            .set_value(vec![(snapshot_key(&map, id), text)]);
        self.refresh_snapshots();
        self.measure_storage();
        self.notices
            .update(|n| n.retain(|x| !matches!(x, Notice::SnapshotDeleted { .. })));
        self.notify(Notice::SnapshotDeleted { name });
        Ok(())
    }

    /// Brings back the snapshots removed last (a deleted snapshot, or a deleted map's).
    pub fn restore_removed_snapshots(&self) -> Outcome {
        let removed = self.removed_snapshots.get_value();
        let put = self
            .library
            .try_update_value(|l| restore_snapshots(l.store_mut(), &removed));
        match put {
            Some(Ok(())) => {}
            Some(Err(e)) => return Err(Failure::NotSaved(e)),
            None => return Err(Failure::NotFound),
        }
        self.removed_snapshots.set_value(Vec::new());
        self.refresh_snapshots();
        self.measure_storage();
        Ok(())
    }

    /// The map of snapshot `id` of map `map`, through the load pipeline.
    fn snapshot_of(&self, map: &str, id: &str) -> Result<(SnapshotEntry, JourneyMap), Failure> {
        let text = self
            .library
            .with_value(|l| l.store().get(&snapshot_key(map, id)))
            .map_err(Failure::NotSaved)?
            .ok_or(Failure::NotFound)?;
        let entry = crate::format::snapshots::snapshot_entry(&text).ok_or(Failure::NotFound)?;
        let imported = snapshot_map_with(&text, |b| self.read(b)).map_err(|_| Failure::NotFound)?;
        Ok((entry, imported.map))
    }

    /// Shows snapshot `id` of map `map` read-only (`#/snapshot/<map>/<id>`).
    #[inline(never)] // off the start path
    pub fn view_snapshot(&self, map: &str, id: &str) {
        self.flush();
        let shown = self.snapshot_of(map, id).map(|(entry, m)| Viewed {
            map: m,
            shared: false,
            read_only: true,
            report: Default::default(),
            snapshot: Some(entry),
        });
        self.viewing.set(Some(
            shown.map_err(|_| crate::format::ImportError::WrongFormat { found: None }),
        ));
    }

    /// Opens snapshot `id` of the open map read-only.
    pub fn open_snapshot(&self, id: &str) -> Outcome {
        let editor = self.open_editor()?;
        let map = editor.map.with_untracked(|m| m.id.clone());
        self.navigate(Route::Snapshot(map, id.to_string()));
        Ok(())
    }

    /// Stores snapshot `id` of the open map as a new map beside it, and opens it.
    pub fn snapshot_as_copy(&self, id: &str) -> Outcome<String> {
        let editor = self.open_editor()?;
        let map = editor.map.with_untracked(|m| m.id.clone());
        let (entry, snap) = self.snapshot_of(&map, id)?;
        let suffix = format!("({})", entry.name);
        let copy = copy_of(&snap, &platform::new_id(), &suffix, &platform::now_iso());
        self.create_map(copy)
    }

    /// Compares the open map with its snapshot `id` (the curve overlay and the changes).
    pub fn compare_with_snapshot(&self, id: &str) -> Outcome {
        let editor = self.open_editor()?;
        let map = editor.map.with_untracked(|m| m.id.clone());
        let (_, snap) = self.snapshot_of(&map, id)?;
        editor.compare.set(Some(snap));
        Ok(())
    }
}
