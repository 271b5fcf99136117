//! Undo and redo stacks over `apply`: the only way the editor changes a map.
use super::command::{apply, Command, ModelError};
use super::map::JourneyMap;

/// Undo/redo history of one open map.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Inverses of the applied commands, most recent last.
    undo: Vec<Command>,
    /// Commands undone and not yet redone, most recent last.
    redo: Vec<Command>,
}

/// How many steps are kept; older ones are dropped so memory stays bounded.
pub const HISTORY_LIMIT: usize = 500;

impl History {
    /// Applies a new change; clears the redo stack.
    pub fn apply(&mut self, map: &mut JourneyMap, cmd: Command) -> Result<(), ModelError> {
        let inverse = apply(map, cmd)?;
        self.undo.push(inverse);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    /// Undoes the latest change; false when there is nothing to undo.
    pub fn undo(&mut self, map: &mut JourneyMap) -> Result<bool, ModelError> {
        Self::step(map, &mut self.undo, &mut self.redo)
    }

    /// Redoes the latest undone change; false when there is nothing to redo.
    pub fn redo(&mut self, map: &mut JourneyMap) -> Result<bool, ModelError> {
        Self::step(map, &mut self.redo, &mut self.undo)
    }

    fn step(
        map: &mut JourneyMap,
        from: &mut Vec<Command>,
        to: &mut Vec<Command>,
    ) -> Result<bool, ModelError> {
        let Some(cmd) = from.pop() else {
            return Ok(false);
        };
        match apply(map, cmd.clone()) {
            Ok(inverse) => {
                to.push(inverse);
                Ok(true)
            }
            Err(e) => {
                from.push(cmd);
                Err(e)
            }
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
