//! The reactive layer: app-wide state, the open map's editor state, and `dispatch`, the only write
//! path to a map (every change is a `Command` through `model::apply`, with undo/redo).
mod app_state;
mod editor;
mod import;
mod tabs;

pub use app_state::{set_if_changed, AppState, Notice, Route, SaveStatus, Viewed};
pub use editor::{EditorState, FRAME_MARGIN};
