//! A file that is a version of a map already in the library (the same map id: a colleague's
//! edited copy coming back): merge it into my map, review first, or keep it as a copy. Merging is
//! three-way against the version the file names in `mergeBase` that this browser kept when it
//! exported it, two-way (every difference a choice) when none is kept; applied as one undoable
//! step.
use super::{AppState, Notice, Route};
use crate::format::exchange::exported_snapshot_id;
use crate::format::snapshots::{snapshot_key, snapshot_map_with};
use crate::format::{KvStore, Prepared, RepairReport};
use crate::interop::Note;
use crate::merge::{merge_choosing, Merged, Side};
use crate::model::{Command, JourneyMap};
use leptos::prelude::*;

/// A file waiting for the user's choice, or under review.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    /// The file's name.
    pub file: String,
    /// The map in the library it is a version of (its id).
    pub mine: String,
    /// My map's title, as the library lists it.
    pub title: String,
    /// The file's map.
    pub theirs: JourneyMap,
    /// The version both come from, when this browser kept it (None: a two-way merge).
    pub base: Option<JourneyMap>,
    /// The file as read for storage (what "keep as a copy" stores).
    prepared: Prepared,
    /// What reading the file repaired, and what conversion noted.
    report: RepairReport,
    notes: Vec<Note>,
}

impl AppState {
    /// Offers the choice when `prepared` (a single file) is a version of a stored map; `false`
    /// when it is not (the caller imports it as a new map).
    pub(super) fn offer_merge(
        &self,
        file: &str,
        prepared: &Prepared,
        report: &RepairReport,
        notes: &[Note],
    ) -> bool {
        let id = prepared.entry.id.clone();
        let Some(title) = self
            .entries
            .with_untracked(|v| v.iter().find(|e| e.id == id).map(|e| e.title.clone()))
        else {
            return false;
        };
        let text = crate::format::stored::stored_text(prepared, &[]);
        let Ok(theirs) = self.read(text.as_bytes()).map(|i| i.map) else {
            return false;
        };
        let base = self.kept_version(&id, &theirs.merge_base);
        self.incoming.set(Some(Incoming {
            file: file.to_string(),
            mine: id,
            title,
            theirs,
            base,
            prepared: prepared.clone(),
            report: report.clone(),
            notes: notes.to_vec(),
        }));
        crate::platform::focus_soon("incoming-merge".into());
        true
    }

    /// The newest of `versions` (content hashes) that this browser kept as map `map`'s exported
    /// snapshot.
    fn kept_version(&self, map: &str, versions: &[String]) -> Option<JourneyMap> {
        versions.iter().find_map(|h| {
            let key = snapshot_key(map, &exported_snapshot_id(h));
            let text = self
                .library
                .with_value(|l| l.store().get(&key).ok().flatten())?;
            snapshot_map_with(&text, |b| self.read(b))
                .ok()
                .map(|i| i.map)
        })
    }

    /// "Keep as a copy": the waiting file becomes a new map, as any import.
    pub fn keep_incoming_as_copy(&self) {
        if let Some(i) = self.incoming.get_untracked() {
            self.incoming.set(None);
            self.store_new_import(i.file, i.prepared, i.report, i.notes, true);
        }
    }

    /// "Merge into my map" (`review`: "compare first"): opens my map; a merge with no conflict is
    /// applied at once unless a review was asked for, else the review lists what comes in and
    /// each conflict to choose.
    pub fn merge_incoming(&self, review: bool) {
        let Some(i) = self.incoming.get_untracked() else {
            return;
        };
        self.incoming.set(None);
        // The route first, then the map, in this task: the page is built once, as the editor
        // of my map (the URL follows; its change then finds both already set).
        super::set_if_changed(self.route, Route::Map(i.mine.clone()));
        self.open_map(&i.mine);
        self.navigate(Route::Map(i.mine.clone()));
        let clean = self
            .merge_preview(&i, &[])
            .is_some_and(|m| m.conflicts.is_empty());
        if clean && !review {
            return self.apply_merge(i, &[]);
        }
        // Compared first: the grid marks where my map differs from theirs and draws their curve
        // dashed on my columns, while the review is open.
        if let Some(editor) = self.editor.get_untracked() {
            editor.compare.set(Some(i.theirs.clone()));
        }
        self.merging.set(Some(i));
    }

    /// The merge of `incoming` into the open map, conflicts settled by `choices` (ours for any
    /// not given); None when my map is not open.
    pub fn merge_preview(&self, incoming: &Incoming, choices: &[Side]) -> Option<Merged> {
        let editor = self.editor.get_untracked()?;
        let mine = editor.map.get_untracked();
        (mine.id == incoming.mine).then(|| {
            merge_choosing(incoming.base.as_ref(), &mine, &incoming.theirs, |n, _| {
                choices.get(n).copied().unwrap_or(Side::Ours)
            })
        })
    }

    /// Applies the reviewed merge with `choices` (one undo step) and says what came in.
    pub fn apply_reviewed_merge(&self, choices: &[Side]) {
        if let Some(i) = self.merging.get_untracked() {
            self.end_review();
            self.apply_merge(i, choices);
        }
    }

    /// Closes the review; nothing changes.
    pub fn cancel_merge(&self) {
        self.end_review();
    }

    /// The review closes, and the comparison with their file with it.
    fn end_review(&self) {
        self.merging.set(None);
        if let Some(editor) = self.editor.get_untracked() {
            editor.compare.set(None);
        }
    }

    fn apply_merge(&self, i: Incoming, choices: &[Side]) {
        let (Some(editor), Some(merged)) =
            (self.editor.get_untracked(), self.merge_preview(&i, choices))
        else {
            return;
        };
        let came_in = editor
            .map
            .with_untracked(|mine| crate::analysis::diff(mine, &merged.map).len());
        let report = merged.report;
        editor.dispatch(Command::ReplaceContent(Box::new(merged.map)));
        self.notify(Notice::Merged {
            file: i.file,
            title: i.title,
            came_in,
            conflicts: merged.conflicts.len(),
            three_way: i.base.is_some(),
            report,
        });
    }
}
