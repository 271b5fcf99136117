//! One open map: its signal, its history and the session-only selection.
use crate::model::{Command, History, Id, JourneyMap, ModelError};
use crate::platform;
use leptos::prelude::*;

/// The id of the open map's title field: focused after a new map is made.
pub const MAP_TITLE_FIELD: &str = "map-title-field";
/// The id of the selected touchpoint's name field: focused after a touchpoint is added.
pub const TOUCHPOINT_NAME_FIELD: &str = "touchpoint-name-field";
/// The id of the open action's title field: focused after an action is made.
pub const ACTION_TITLE_FIELD: &str = "action-title-field";

/// Editor state of the open map. Copy: every field is a handle.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The map as it is now.
    pub map: RwSignal<JourneyMap>,
    /// Undo/redo stacks (not reactive; `can_undo`/`can_redo` mirror them).
    history: StoredValue<History>,
    /// Whether undo is possible.
    pub can_undo: RwSignal<bool>,
    /// Whether redo is possible.
    pub can_redo: RwSignal<bool>,
    /// The selected touchpoint (session state, never saved).
    pub selected: RwSignal<Option<Id>>,
    /// The last change the model refused, shown to the user (in the interface language).
    pub error: RwSignal<Option<ModelError>>,
    /// Bumped by every change, undo and redo: autosave watches this, not the whole map.
    pub revision: RwSignal<u64>,
    /// The grid's filter from the touchpoint matrix: (stage id, channel id).
    pub filter: RwSignal<Option<(Id, Id)>>,
    /// A second map drawn on the emotion curve for comparison (read through the load pipeline).
    pub compare: RwSignal<Option<JourneyMap>>,
    /// The action open in the plan's form (session state, never saved).
    pub action: RwSignal<Option<Id>>,
    /// Whether the guided start is shown.
    pub guided: RwSignal<bool>,
}

/// The same editor: the same map handle (every editor makes its own).
impl PartialEq for EditorState {
    fn eq(&self, other: &Self) -> bool {
        self.map == other.map
    }
}

impl EditorState {
    /// Opens `map` for editing with an empty history.
    pub fn new(map: JourneyMap) -> Self {
        EditorState {
            map: RwSignal::new(map),
            history: StoredValue::new(History::default()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            selected: RwSignal::new(None),
            error: RwSignal::new(None),
            revision: RwSignal::new(0),
            filter: RwSignal::new(None),
            compare: RwSignal::new(None),
            action: RwSignal::new(None),
            guided: RwSignal::new(false),
        }
    }

    /// Applies one change as one undo step, stamping the map's `updated` time.
    pub fn dispatch(&self, cmd: Command) {
        let stamped = Command::Batch(vec![cmd, Command::SetUpdated(platform::now_iso())]);
        let mut result = Ok(());
        self.map.maybe_update(|m| {
            result = self
                .history
                .try_update_value(|h| h.apply(m, stamped))
                .unwrap_or(Ok(()));
            result.is_ok()
        });
        self.finish(result.map(|_| true));
    }

    /// Adds `action` at the end of the plan as one undo step, opens it in the plan's form and
    /// puts the cursor in its title (the plan's "new action", and one made from a pain point or
    /// an insight).
    pub fn add_action(&self, action: crate::model::Action) {
        let id = action.id.clone();
        let index = self.map.with_untracked(|m| m.actions.len());
        self.dispatch(Command::AddAction { action, index });
        self.action.set(Some(id));
        platform::focus_soon(ACTION_TITLE_FIELD.into());
    }

    /// Shows `map` as stored by another tab: a fresh start, not an undo step (undoing into the
    /// other tab's edits would write over them). The selection survives if its touchpoint does.
    pub fn reload(&self, map: JourneyMap) {
        self.map.set(map);
        self.history.set_value(History::default());
        self.finish(Ok(false));
    }

    /// Undoes the latest change.
    pub fn undo(&self) {
        self.step(true);
    }

    /// Redoes the latest undone change.
    pub fn redo(&self) {
        self.step(false);
    }

    fn step(&self, undo: bool) {
        let mut result = Ok(false);
        self.map.maybe_update(|m| {
            result = self
                .history
                .try_update_value(|h| if undo { h.undo(m) } else { h.redo(m) })
                .unwrap_or(Ok(false));
            matches!(result, Ok(true))
        });
        self.finish(result);
    }

    fn finish(&self, result: Result<bool, ModelError>) {
        match result {
            Ok(changed) => {
                self.error.set(None);
                if changed {
                    self.revision.update(|r| *r += 1);
                }
            }
            Err(e) => self.error.set(Some(e)),
        }
        let (u, r) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        self.can_undo.set(u);
        self.can_redo.set(r);
        // A selection whose touchpoint went away (undo of an add, a delete) is cleared.
        if let Some(id) = self.selected.get_untracked() {
            if self.map.with_untracked(|m| m.touchpoint(&id).is_none()) {
                self.selected.set(None);
            }
        }
    }
}
