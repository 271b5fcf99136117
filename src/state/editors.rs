//! The editors this tab has made, each under an owner of its own, so that a closed map's copy
//! and undo history are freed. Every open makes a new editor (library → map → library → map…),
//! and each one kept its map until the tab closed: about 0.65 MB per open of a 1,000-touchpoint
//! map (measured), so an afternoon of going back and forth grew without end.
use super::{AppState, EditorState};
use crate::model::JourneyMap;
use leptos::prelude::*;

/// How many of the newest editors are kept whatever they show. An editor's owner is dropped only
/// after two more have been made: by then nothing that could still hold it (a view being taken
/// down, a click's handler still running, a page built ahead) is left, and at most four maps'
/// copies (these two, the open one and the one built ahead) are held at any time.
pub const KEEP_NEWEST: usize = 2;

/// An editor and the owner its signals belong to: dropping the owner disposes them.
pub struct MadeEditor {
    /// The editor's handles.
    editor: EditorState,
    /// Owns every signal of `editor` (a child of the app's owner).
    owner: Owner,
}

impl AppState {
    /// A new editor of `map`, its signals under an owner of its own (a child of the app's, so
    /// that no view or effect that happened to open it takes it down). Editors no longer open,
    /// built ahead or among the newest `KEEP_NEWEST` are freed first.
    pub(super) fn new_editor(&self, map: JourneyMap) -> EditorState {
        let owner = self.owner.with_value(Owner::child);
        let editor = owner.with(|| EditorState::new(map));
        self.free_closed_editors();
        self.editors
            .update_value(|v| v.push(MadeEditor { editor, owner }));
        editor
    }

    /// How many editors this tab still holds: at most `KEEP_NEWEST` + 2 (the open one and the
    /// one built ahead) once more than that have been made.
    pub fn editors_held(&self) -> usize {
        self.editors.with_value(Vec::len)
    }

    /// Frees the editors that are neither open, built ahead nor among the newest.
    fn free_closed_editors(&self) {
        let open = self.editor.get_untracked();
        let ahead = self.built_ahead_editor();
        let freed = self
            .editors
            .try_update_value(|v| {
                let newest = v.len().saturating_sub(KEEP_NEWEST);
                let mut i = 0;
                let (kept, freed): (Vec<_>, Vec<_>) =
                    std::mem::take(v).into_iter().partition(|m| {
                        i += 1;
                        i > newest || Some(m.editor) == open || Some(m.editor) == ahead
                    });
                *v = kept;
                freed
            })
            .unwrap_or_default();
        // Outside the list's borrow: disposing runs the owner's clean-ups.
        for m in freed {
            m.owner.cleanup();
        }
    }
}
