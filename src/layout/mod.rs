//! Layout maths for big maps, pure and tested natively: the journey grid's geometry and windowing,
//! and how a long read-only page is built a batch per frame.
mod batches;
pub mod grid;

pub use batches::{batch_count, parts, Part};
