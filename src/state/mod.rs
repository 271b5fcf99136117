//! The reactive layer: app-wide state, the open map's editor state, and the use cases components
//! call (open, save, import, export, library actions), each with a typed outcome. `dispatch` is
//! the only write path to a map (every change is a `Command` through `model::apply`, with
//! undo/redo); components never touch storage.
mod app_state;
mod autosave;
mod built_ahead;
mod editor;
mod editors;
mod export;
mod import;
mod library;
mod merge_in;
mod metrics_file;
mod notice;
mod outcome;
mod plan_file;
mod reader;
mod route;
mod snapshots;
mod tabs;
mod templates;
mod update;

pub use app_state::{set_if_changed, AppState, SaveStatus, Viewed};
pub use editor::{EditorState, ACTION_TITLE_FIELD, MAP_TITLE_FIELD, TOUCHPOINT_NAME_FIELD};
pub use editors::KEEP_NEWEST;
pub use export::{storage_full, MapFile, Picture};
pub use merge_in::Incoming;
pub use notice::Notice;
pub use outcome::{Failure, Outcome};
pub use plan_file::PlanFile;
pub use reader::{ChunkMissing, ReaderState};
pub use route::Route;
pub use templates::Template;
pub use update::UpdateOutcome;
