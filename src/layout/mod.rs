//! Layout maths for big maps, pure and tested natively: which stage columns, card slots and curve
//! points meet the screen (windowing), how a long read-only page is built a batch per frame, and
//! the journey grid's geometry.
mod batches;
pub mod grid;
mod viewport;

pub use batches::{batch_count, parts, Part};
pub use viewport::{assumed_list, visible_points, visible_slots, Frame, Rect, Screen};
