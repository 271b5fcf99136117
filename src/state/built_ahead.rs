//! The editor of the map the user most likely opens next (the map read ahead), built in idle
//! time off the page (`components::rehearsal`) so that its open only has to show it. An open
//! takes it only when the map it shows is the very map the open has just read through the load
//! pipeline; otherwise (the map changed in another tab or here, another map is opened) it is
//! dropped and the editor is built as always.
use super::{AppState, EditorState};
use crate::model::JourneyMap;
use crate::platform::Prebuilt;
use leptos::prelude::*;

/// An editor built ahead of its open.
pub struct BuiltAhead {
    /// Its state, made as an open's is (`AppState::new_editor`).
    editor: EditorState,
    /// Its page (the editor chunk's view), built off the page.
    page: Prebuilt,
}

impl AppState {
    /// A new editor of the map read ahead, if there is one, for a page built ahead of its open
    /// (`keep_built_ahead`).
    pub fn editor_of_read_ahead(&self, id: &str) -> Option<EditorState> {
        let map = self.library.with_value(|l| l.read_ahead_map(id))?;
        Some(self.new_editor(map))
    }

    /// Keeps `editor` and its page, built ahead of the open, for its open.
    pub fn keep_built_ahead(&self, editor: EditorState, page: Prebuilt) {
        self.built_ahead
            .set_value(Some(BuiltAhead { editor, page }));
    }

    /// The editor built ahead, when it shows exactly `map` (the open's own read of the stored
    /// map): its page then waits for the page view (`take_built_ahead_page`). Anything else built
    /// ahead is dropped.
    pub(super) fn take_built_ahead(&self, map: &JourneyMap) -> Option<EditorState> {
        let same = self.built_ahead.with_value(|b| {
            b.as_ref()
                .filter(|b| b.editor.map.with_untracked(|m| m == map))
                .map(|b| b.editor)
        });
        if same.is_none() {
            self.drop_built_ahead();
        }
        same
    }

    /// The page built ahead for `editor`, taken once by the view that shows it.
    pub fn take_built_ahead_page(&self, editor: EditorState) -> Option<Prebuilt> {
        let b = self.built_ahead.try_update_value(Option::take).flatten()?;
        (b.editor == editor).then_some(b.page)
    }

    /// The editor built ahead, if one waits for its open.
    pub(super) fn built_ahead_editor(&self) -> Option<EditorState> {
        self.built_ahead
            .with_value(|b| b.as_ref().map(|b| b.editor))
    }

    /// Drops whatever was built ahead (the user went elsewhere).
    pub(super) fn drop_built_ahead(&self) {
        self.built_ahead.set_value(None);
    }
}
