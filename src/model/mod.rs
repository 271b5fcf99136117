//! The journey map, its records and the commands that change it. Pure Rust: no browser code.
mod command;
mod defaults;
mod history;
mod link;
mod map;
pub mod samples;

pub use command::{apply, Command, ModelError};
pub use defaults::{copy_of, default_channels, default_stages, new_map, ChannelTemplate};
pub use history::{History, HISTORY_LIMIT};
pub use link::{link_line, neutralize, parse_link_line, safe_url, Link, ALLOWED_SCHEMES};
pub use map::*;
