//! Other tabs of the same browser: when one saves or deletes the map this tab shows, this tab
//! follows it when it has no unsaved edits, and otherwise asks (keep mine as a copy / take theirs)
//! instead of writing over it.
use super::{AppState, EditorState, Notice, Route, SaveStatus};
use crate::format::{keys, LoadError, StoredState};
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

    // Not collapsed into a guard: a reload that fails (quarantined) must not fall through to the
    // conflict arm.
    #[allow(clippy::collapsible_match)]
    fn follow_other_tab(&self, ed: EditorState, id: &str) {
        match self.library.with_value(|l| l.stored_state(id)) {
            Ok(StoredState::ChangedElsewhere)
                if self.save_status.get_untracked() == SaveStatus::Saved =>
            {
                if self.reload_open_map(ed, id) {
                    self.notify_once(Notice::FollowedOtherTab);
                }
            }
            Ok(StoredState::ChangedElsewhere) => self.notify_once(Notice::Conflict),
            Ok(StoredState::Gone) => self.notify_once(Notice::DeletedElsewhere),
            _ => {}
        }
    }

    /// Re-reads the open map from storage (through the load pipeline) into the editor.
    fn reload_open_map(&self, ed: EditorState, id: &str) -> bool {
        match self.load(id).map_err(LoadError::into_problem) {
            Ok(imported) => {
                ed.reload(imported.map);
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
            let editor = self.owner.get_value().with(|| EditorState::new(copy));
            self.editor.set(Some(editor));
            self.save_status.set(SaveStatus::Saved);
            self.navigate(Route::Map(id));
        }
    }
}
