//! The library's use cases: create (blank, sample), rename, duplicate, delete and bring back,
//! back up all maps, download what was moved aside. Each reads maps through the load pipeline,
//! changes them through `model::apply`, and tells the user what happened.
use super::{AppState, Failure, Notice, Outcome, Route};
use crate::format::{KvStore, LoadError};
use crate::i18n::{text, Key};
use crate::model::samples::{sample, Sample};
use crate::model::{apply, copy_of, new_map, Command, JourneyMap};
use crate::platform;
use leptos::prelude::*;

impl AppState {
    /// Reads the library's most recently changed map ahead of its open, the map a user most
    /// likely opens next (idle time; `format::read_ahead`): nothing is shown, stored or changed,
    /// and its open then does not decode it again. The map's id, if it was read.
    pub fn read_ahead_latest(&self) -> Option<String> {
        let latest = self.entries.with_untracked(|v| {
            v.iter()
                .max_by(|a, b| a.updated.cmp(&b.updated))
                .map(|e| e.id.clone())
        });
        let id = latest?;
        self.library
            .try_update_value(|l| l.read_ahead(&id))
            .unwrap_or(false)
            .then_some(id)
    }

    /// Stores a new map and opens it; the header says why when storage refuses.
    pub fn create_map(&self, map: JourneyMap) -> Outcome<String> {
        self.store(&map)?;
        self.navigate(Route::Map(map.id.clone()));
        Ok(map.id)
    }

    /// A new blank map in the interface language, opened.
    pub fn create_blank_map(&self) -> Outcome<String> {
        let lang = self.lang.get_untracked();
        let title = text(lang, Key::UntitledMap);
        let made = self.create_map(new_map(
            &platform::new_id(),
            title,
            lang,
            &platform::now_iso(),
        ));
        // The user's next step is naming it.
        platform::focus_soon(super::MAP_TITLE_FIELD.into());
        made
    }

    /// Whether the first screen's welcome panel is shown (until the user dismisses it).
    pub fn welcome_shown(&self) -> bool {
        platform::stored_preference(crate::format::keys::WELCOME_DISMISSED).is_none()
    }

    /// Hides the welcome panel from now on.
    pub fn dismiss_welcome(&self) {
        platform::store_preference(crate::format::keys::WELCOME_DISMISSED, "1");
    }

    /// A new blank map opened on the guided start.
    pub fn create_guided_map(&self) -> Outcome<String> {
        let lang = self.lang.get_untracked();
        let title = text(lang, Key::UntitledMap);
        self.guided_next.set_value(true);
        self.create_map(new_map(
            &platform::new_id(),
            title,
            lang,
            &platform::now_iso(),
        ))
    }

    /// A new map from a sample, opened.
    pub fn create_sample_map(&self, which: Sample) -> Outcome<String> {
        self.create_map(sample(which, &platform::new_id(), &platform::now_iso()))
    }

    /// Renames a stored map (one change, stamped now).
    pub fn rename_map(&self, id: &str, title: String) -> Outcome {
        let mut map = self.load_for_action(id)?.map;
        let stamped = Command::Batch(vec![
            Command::SetTitle(title),
            Command::SetUpdated(platform::now_iso()),
        ]);
        if apply(&mut map, stamped).is_err() {
            return Err(Failure::NotFound);
        }
        self.store(&map)
    }

    /// Stores a copy of a map beside it ("… (copy)"); returns the copy's id.
    pub fn duplicate_map(&self, id: &str) -> Outcome<String> {
        let map = self.load_for_action(id)?.map;
        let suffix = text(self.lang.get_untracked(), Key::CopySuffix);
        let copy = copy_of(&map, &platform::new_id(), suffix, &platform::now_iso());
        self.store(&copy)?;
        Ok(copy.id)
    }

    /// Deletes a map; a banner offers to bring it back (only the latest deletion).
    pub fn delete_map(&self, id: &str) -> Outcome {
        let map = self.load_for_action(id)?.map;
        let deleted = self.library.try_update_value(|l| l.delete(&map.id));
        match deleted {
            Some(Ok(())) => {}
            Some(Err(e)) => return Err(Failure::NotSaved(e)),
            None => return Err(Failure::NotFound),
        }
        // Its snapshots go with it, kept for "undo".
        let removed = self
            .library
            .try_update_value(|l| {
                crate::format::snapshots::remove_snapshots_of(l.store_mut(), &map.id)
            })
            .and_then(Result::ok)
            .unwrap_or_default();
        self.removed_snapshots.set_value(removed);
        self.refresh_entries();
        self.measure_storage();
        self.notices
            .update(|n| n.retain(|x| !matches!(x, Notice::Deleted(_))));
        self.notify(Notice::Deleted(map));
        Ok(())
    }

    /// Brings a deleted map back, as it was, with its snapshots.
    pub fn restore_deleted(&self, map: &JourneyMap) -> Outcome {
        self.store(map)?;
        let mine = format!("{}{}:", crate::format::snapshots::SNAPSHOT_PREFIX, map.id);
        if self
            .removed_snapshots
            .with_value(|r| r.iter().all(|(k, _)| k.starts_with(&mine)))
        {
            self.restore_removed_snapshots()?;
        }
        Ok(())
    }

    /// Downloads every readable map as one backup file; returns how many it holds. A map that
    /// cannot be read is not silently left out: it is moved aside as on opening (with its own
    /// banner), and a banner lists what the backup does not hold.
    pub fn back_up_all(&self) -> Outcome<usize> {
        self.flush();
        let entries: Vec<(String, String)> = self
            .entries
            .with_untracked(|es| es.iter().map(|e| (e.id.clone(), e.title.clone())).collect());
        let mut maps = Vec::new();
        let mut left_out = Vec::new();
        for (id, title) in entries {
            match self.load(&id) {
                Ok(imported) => maps.push(imported.map),
                // Deleted meanwhile (in another tab): nothing to back up, nothing lost.
                Err(LoadError::Missing { .. }) => {}
                Err(LoadError::Unreadable(problem)) => {
                    self.notify(Notice::Library(problem));
                    left_out.push(title);
                }
                Err(LoadError::Store(_) | LoadError::Newer { .. } | LoadError::NoReader) => {
                    left_out.push(title)
                }
            }
        }
        let now = platform::now_iso();
        let file = format!("patika-backup-{}.json", now.get(..10).unwrap_or(""));
        let mut outcome = Ok(maps.len());
        if !maps.is_empty() {
            // Every map's snapshots ride along (an optional field older readers ignore).
            let snapshots: Vec<String> = self.library.with_value(|l| {
                let store = l.store();
                let keys = store.keys().unwrap_or_default();
                keys.iter()
                    .filter(|k| k.starts_with(crate::format::snapshots::SNAPSHOT_PREFIX))
                    .filter_map(|k| store.get(k).ok().flatten())
                    .collect()
            });
            let text = crate::format::backup::export_backup_with(&maps, &snapshots, &now);
            let ids: Vec<String> = maps.iter().map(|m| m.id.clone()).collect();
            let _ = self
                .library
                .try_update_value(|l| l.mark_exported(&ids, &now));
            if !platform::download(&file, "application/json", &text) {
                outcome = Err(Failure::NotDownloaded);
            }
        }
        if !left_out.is_empty() {
            let saved = maps.len();
            self.notify(Notice::BackupIncomplete {
                file,
                saved,
                left_out,
            });
        }
        self.refresh_entries();
        outcome
    }

    /// Downloads data that could not be read and was moved aside under `quarantine_key`.
    pub fn download_quarantined(&self, quarantine_key: &str) -> Outcome {
        let stored = self
            .library
            .try_with_value(|l| l.store().get_escaped(quarantine_key));
        let Some(Ok(Some(text))) = stored else {
            return Err(Failure::NotFound);
        };
        match platform::download("patika-quarantined.json", "application/json", &text) {
            true => Ok(()),
            false => Err(Failure::NotDownloaded),
        }
    }
}
