//! Saving the open map: every change is saved 300 ms after the last one (in short tasks),
//! flushed when the page is hidden or closed and when it is shown again, never while hidden; a
//! stale write never replaces a newer one; the save status says what happened, and leaving asks
//! first while changes cannot be stored.
use super::{AppState, Failure, Notice, Outcome, SaveStatus};
use crate::format::stored::Preparing;
use crate::format::{Prepared, StoreError};
use crate::model::JourneyMap;
use crate::platform;
use leptos::prelude::*;

/// Autosave delay after the last change.
const AUTOSAVE_MS: u64 = 300;

impl AppState {
    /// Starts autosaving: one debounced effect on the open map's revision, and the page's
    /// lifecycle (hidden, shown, closing).
    // On the start path: inlined, so the start compiles no more functions than before.
    #[inline(always)]
    pub fn start_autosave(&self) {
        let app = *self;
        let pending = StoredValue::new(None::<platform::Timer>);
        Effect::new(move |_| {
            let Some(ed) = app.editor.get() else {
                return;
            };
            if ed.revision.get() == 0 {
                return;
            }
            app.save_status.set(SaveStatus::Saving);
            if let Some(old) = pending.try_update_value(Option::take).flatten() {
                old.cancel();
            }
            // A hidden tab does not autosave (the user is working in another one); what it holds
            // was flushed when it was hidden, and anything later is saved when it is shown again.
            let timer = platform::Timer::after(AUTOSAVE_MS, move || {
                if !platform::page_hidden() {
                    app.autosave()
                }
            });
            pending.set_value(timer);
        });
        // A field being typed in is committed first (its change is an edit like any other).
        platform::on_page_hidden(move || {
            platform::commit_active_field();
            app.flush()
        });
        platform::on_page_visible(move || app.flush());
        // Leaving with changes that cannot be stored asks first (a pending save is tried then).
        platform::warn_before_leaving(move || {
            platform::commit_active_field();
            app.flush();
            app.has_unstored_changes()
        });
    }

    /// Whether something the user changed is not stored: the open map's last save failed, or maps
    /// left unstored are kept in memory.
    pub fn has_unstored_changes(&self) -> bool {
        matches!(self.save_status.get_untracked(), SaveStatus::Failed(_))
            && (self.editor.with_untracked(Option::is_some)
                || self.unsaved.with_untracked(|v| !v.is_empty()))
    }

    /// Saves a map now and refreshes the library list and the save status.
    pub fn save_now(&self, map: &JourneyMap) -> bool {
        match self.prepare(map) {
            Some(prepared) => self.save_prepared(&prepared),
            None => {
                self.save_status
                    .set(SaveStatus::Failed(StoreError::Unavailable));
                false
            }
        }
    }

    /// `save_now` as a use case's outcome.
    pub(super) fn store(&self, map: &JourneyMap) -> Outcome {
        match self.save_now(map) {
            true => Ok(()),
            false => Err(Failure::NotSaved(self.save_error())),
        }
    }

    /// Why the last save failed.
    fn save_error(&self) -> StoreError {
        match self.save_status.get_untracked() {
            SaveStatus::Failed(e) => e,
            _ => StoreError::Unavailable,
        }
    }

    /// Saves a map already prepared for storage and refreshes the library list and the save
    /// status; a map stored at last leaves the unsaved list.
    pub fn save_prepared(&self, map: &Prepared) -> bool {
        let result = self
            .library
            .try_update_value(|l| l.save_prepared(map))
            .unwrap_or(Err(StoreError::Unavailable));
        match result {
            Ok(problems) => {
                for p in problems {
                    self.notify(Notice::Library(p));
                }
                self.save_status.set(SaveStatus::Saved);
                if self
                    .unsaved
                    .with_untracked(|v| v.iter().any(|m| m.id == map.entry.id))
                {
                    self.unsaved.update(|v| v.retain(|m| m.id != map.entry.id));
                }
                self.refresh_entries();
                true
            }
            Err(e) => {
                match &e {
                    StoreError::Conflict { .. } => self.notify_once(Notice::Conflict),
                    StoreError::Newer { .. } => self.notify_once(Notice::NewerMap {
                        title: map.entry.title.clone(),
                    }),
                    _ => {}
                }
                self.save_status.set(SaveStatus::Failed(e));
                false
            }
        }
    }

    /// Whether the open map `ed` has changes not stored yet: a save pending or failed, or a change
    /// committed since the last stored revision (in this very task, before autosave has run).
    pub(super) fn has_pending_changes(&self, ed: super::EditorState) -> bool {
        self.save_status.get_untracked() != SaveStatus::Saved
            || ed.revision.get_untracked() != self.stored_revision.get_value()
    }

    /// Saves the open map if it has changes not stored yet (page hidden, leaving the editor). It
    /// cannot wait for the cross-tab lock (the page may be closing): see README, Storage.
    pub fn flush(&self) {
        let Some(ed) = self.editor.get_untracked() else {
            return;
        };
        let revision = ed.revision.get_untracked();
        if self.has_pending_changes(ed) {
            let Some(prepared) = ed.map.with_untracked(|m| self.prepare(m)) else {
                return;
            };
            if self.save_prepared(&prepared) {
                self.stored_revision.set_value(revision);
            }
        }
    }

    /// The debounced autosave, in short tasks on a big map: the map is prepared for storage a
    /// slice of touchpoints per task, then written in a task of its own under the cross-tab save
    /// lock (so two tabs never check and write at the same moment). The save is dropped when the
    /// map changed in between (that change has its own save coming) or a flush already stored it
    /// (this older text must not replace what the flush wrote).
    #[inline(never)] // off the start path: compiled on first use (see bench/RESULTS.md)
    fn autosave(&self) {
        if self.save_status.get_untracked() == SaveStatus::Saved {
            return;
        }
        let Some(ed) = self.editor.get_untracked() else {
            return;
        };
        let revision = ed.revision.get_untracked();
        let begun = ed
            .map
            .with_untracked(|m| Some((self.begin_prepare(m)?, m.id.clone())));
        let Some((mut preparing, id)) = begun else {
            return;
        };
        let done = self.prepare_slice(&mut preparing, SLICE);
        self.prepare_then_write(Pending { revision, id }, preparing, done);
    }

    /// Whether the save of `pending` is still wanted: the same map open, unchanged, not stored.
    fn still_wanted(&self, pending: &Pending) -> bool {
        self.save_status.get_untracked() != SaveStatus::Saved
            && self.editor.get_untracked().is_some_and(|e| {
                e.revision.get_untracked() == pending.revision
                    && e.map.with_untracked(|m| m.id == pending.id)
            })
    }

    /// Goes on preparing in a later task (`done`: all touchpoints are prepared), then writes.
    fn prepare_then_write(&self, pending: Pending, mut preparing: Preparing, done: bool) {
        let app = *self;
        let _ = platform::Timer::after(0, move || {
            if !app.still_wanted(&pending) {
                return;
            }
            if !done {
                let done = app.prepare_slice(&mut preparing, SLICE);
                return app.prepare_then_write(pending, preparing, done);
            }
            let Some(prepared) = app.finish_prepare(preparing) else {
                return;
            };
            platform::with_save_lock(move || {
                if app.still_wanted(&pending) && app.save_prepared(&prepared) {
                    app.stored_revision.set_value(pending.revision);
                }
            });
        });
    }
}

/// Touchpoints prepared per task while autosaving: 200 of ≈ 1 KB each take ≈ 10 ms here.
const SLICE: usize = 200;

/// The save under way: the open map's id and revision it prepares.
struct Pending {
    /// The revision being prepared.
    revision: u64,
    /// The map's id.
    id: String,
}
