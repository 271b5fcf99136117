//! A newer build of Patika (found by the service worker): offered, and taken only when nothing
//! the user typed would be lost.
use super::{AppState, SaveStatus};
use crate::platform;
use leptos::prelude::*;

/// What "reload to the new version" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateOutcome {
    /// Everything is stored; the page moves to the new build.
    Reloading,
    /// Some changes could not be stored (storage full, another tab's conflict): the page stays,
    /// so they are not lost; export them first.
    KeptForUnsaved,
}

impl AppState {
    /// Registers the service worker; `update_ready` turns on when a newer build waits.
    pub fn watch_for_updates(&self) {
        let app = *self;
        platform::offline::watch_for_updates(move || app.update_ready.set(true));
    }

    /// Stores what is typed and not yet stored, then moves to the newer build.
    pub fn take_update(&self) -> UpdateOutcome {
        // A field being typed in commits as if it lost focus, and the map is stored now, not
        // after autosave's pause.
        platform::commit_active_field();
        self.flush();
        let stored = matches!(self.save_status.get_untracked(), SaveStatus::Saved)
            && self.unsaved.with_untracked(Vec::is_empty);
        if !stored {
            return UpdateOutcome::KeptForUnsaved;
        }
        platform::offline::take_update();
        UpdateOutcome::Reloading
    }
}
