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
pub struct Prepared {
    /// Its state, made under the app's owner as an open's is.
    editor: EditorState,
    /// Its page (the editor chunk's view), built off the page.
    page: Prebuilt,
}

impl AppState {
    /// A new editor of the map read ahead, if there is one, for a page built ahead of its open
    /// (`keep_prepared`).
    pub fn editor_of_read_ahead(&self, id: &str) -> Option<EditorState> {
        let map = self.library.with_value(|l| l.read_ahead_map(id))?;
        Some(self.owner.get_value().with(|| EditorState::new(map)))
    }

    /// Keeps `editor` and its page, built ahead of the open, for its open.
    pub fn keep_prepared(&self, editor: EditorState, page: Prebuilt) {
        self.prepared.set_value(Some(Prepared { editor, page }));
    }

    /// The editor built ahead, when it shows exactly `map` (the open's own read of the stored
    /// map): its page then waits for the page view (`take_prepared_page`). Anything else built
    /// ahead is dropped.
    pub(super) fn take_prepared(&self, map: &JourneyMap) -> Option<EditorState> {
        let p = self.prepared.try_update_value(Option::take).flatten()?;
        if !p.editor.map.with_untracked(|m| m == map) {
            return None;
        }
        let editor = p.editor;
        self.prepared.set_value(Some(p));
        Some(editor)
    }

    /// The page built ahead for `editor`, taken once by the view that shows it.
    pub fn take_prepared_page(&self, editor: EditorState) -> Option<Prebuilt> {
        let p = self.prepared.try_update_value(Option::take).flatten()?;
        (p.editor == editor).then_some(p.page)
    }

    /// Drops whatever was built ahead (the user went elsewhere).
    pub(super) fn drop_prepared(&self) {
        self.prepared.set_value(None);
    }
}
