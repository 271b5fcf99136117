//! The journey map, its records and the commands that change it. Pure Rust: no browser code.
pub mod calendar;
mod codes;
mod command;
mod cycle;
mod defaults;
pub mod guided;
mod history;
mod lanes;
mod lang;
mod link;
mod map;
mod metric;
mod named;
pub mod order;
pub mod samples;

pub use command::{apply, remove_channel_moving, Command, ModelError, RecordKind};
pub use cycle::{ActionOrigin, CycleStep, OriginKind, ServiceGap};
pub use defaults::{
    copy_of, default_channels, default_stages, journey_stage_name, new_map, unnamed_stage_name,
    unspecified_channel, ChannelTemplate,
};
pub use history::{History, HISTORY_LIMIT};
pub use lanes::{Lane, Lanes};
pub use lang::{alphabet_key, search_fold, Lang};
pub use link::{link_line, neutralize, parse_link_line, safe_url, Link, ALLOWED_SCHEMES};
pub use map::*;
pub use metric::{Direction, Metric, MetricKind, Period};
