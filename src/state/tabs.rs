//! Other tabs of the same browser: when one saves or deletes the map this tab shows, this tab
//! follows it when it has no unsaved edits, and otherwise asks (keep mine as a copy / take theirs)
//! instead of writing over it.
use super::{AppState, EditorState, Notice, Route, SaveStatus};
use crate::format::{follow, keys, Follow, LoadError, StoreError};
use crate::i18n::{text, Key};
use crate::platform;
use leptos::prelude::*;

impl AppState {
    /// Another tab changed `key` in storage (`None`: storage was cleared).
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn on_foreign_change(&self, key: Option<String>) {
        let touches = |k: &str| key.as_deref().is_none_or(|x| x == k);
        if touches(keys::INDEX) {
            let _ = self.library.try_update_value(|l| l.reload_index());
            self.refresh_entries();
            if self.route.get_untracked() == Route::Library {
                self.measure_storage();
            }
        }
        // A map is shown only once the pipeline is here: it follows the change.
        self.follow_shown_map(key);
    }

    /// Follows another tab's change to the map shown (in the editor or presented).
    pub(super) fn follow_foreign_map(&self, key: Option<String>) {
        let touches = |k: &str| key.as_deref().is_none_or(|x| x == k);
        if let Some(ed) = self.editor.get_untracked() {
            let id = ed.map.with_untracked(|m| m.id.clone());
            if touches(&keys::map_key(&id)) {
                self.follow_other_tab(ed, &id);
            }
        }
        if let Route::Present(id) = self.route.get_untracked() {
            if touches(&keys::map_key(&id)) {
                self.present(&id);
            }
        }
    }

    /// Follows another tab's write to the open map by the one rule (`format::follow`): reload
    /// only when nothing of this tab's would be lost, otherwise keep it and ask.
    fn follow_other_tab(&self, ed: EditorState, id: &str) {
        let Ok(state) = self.library.with_value(|l| l.stored_state(id)) else {
            return;
        };
        match follow(state, self.has_pending_changes(ed)) {
            Follow::Stay => {}
            Follow::Reload => {
                if self.reload_open_map(ed, id) {
                    self.notify_once(Notice::FollowedOtherTab);
                }
            }
            Follow::AskConflict => {
                // Nothing is written until the user chooses; the status says why.
                self.save_status
                    .set(SaveStatus::Failed(StoreError::Conflict { id: id.into() }));
                self.notify_once(Notice::Conflict);
            }
            Follow::DeletedElsewhere => self.notify_once(Notice::DeletedElsewhere),
            Follow::NewerElsewhere => {
                // This build must not write it again: this tab's version is kept unstored (to
                // export), and the map is shown read-only.
                let title = ed.map.with_untracked(|m| m.title.clone());
                self.save_status
                    .set(SaveStatus::Failed(StoreError::Newer { id: id.into() }));
                self.keep_unsaved();
                self.notify_once(Notice::NewerMap { title });
                self.navigate(Route::Present(id.to_string()));
            }
        }
    }

    /// Re-reads the open map from storage (through the load pipeline) into the editor.
    fn reload_open_map(&self, ed: EditorState, id: &str) -> bool {
        match self.load(id).map_err(LoadError::into_problem) {
            Ok(imported) => {
                ed.reload(imported.map);
                self.stored_revision.set_value(ed.revision.get_untracked());
                self.save_status.set(SaveStatus::Saved);
                true
            }
            Err(Some(problem)) => {
                // Unreadable (e.g. a newer format written by a newer app in another tab): kept aside
                // under its own key and offered for download. This tab writes nothing by itself; if
                // the user goes on editing here, this tab's version is stored as the map again.
                self.notify(Notice::Library(problem));
                false
            }
            Err(None) => false,
        }
    }

    /// Conflict answer: drop this tab's unsaved edits and show what the other tab saved.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn take_theirs(&self) {
        let Some(ed) = self.editor.get_untracked() else {
            return;
        };
        let id = ed.map.with_untracked(|m| m.id.clone());
        if self.reload_open_map(ed, &id) {
            self.notices
                .update(|v| v.retain(|n| *n != Notice::Conflict));
        }
    }

    /// Conflict answer: store this tab's version as a new map (beside theirs) and go on editing it.
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    pub fn keep_mine_as_copy(&self) {
        let Some(ed) = self.editor.get_untracked() else {
            return;
        };
        let suffix = text(self.lang.get_untracked(), Key::CopySuffix);
        let copy = ed.map.with_untracked(|m| {
            crate::model::copy_of(m, &platform::new_id(), suffix, &platform::now_iso())
        });
        if self.save_now(&copy) {
            self.notices
                .update(|v| v.retain(|n| *n != Notice::Conflict));
            let id = copy.id.clone();
            let editor = self.new_editor(copy);
            self.editor.set(Some(editor));
            self.stored_revision.set_value(0);
            self.save_status.set(SaveStatus::Saved);
            self.navigate(Route::Map(id));
        }
    }
}
