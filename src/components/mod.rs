//! Leptos views: thin; they read state, dispatch Commands and show reports.
pub mod action_form;
mod channels;
pub mod chunks;
pub mod curve_table;
pub mod curve_tools;
mod cycle;
pub mod editor;
pub mod fields;
mod gap_field;
pub mod grid;
mod grid_cells;
mod grid_heads;
mod grid_points;
mod guided;
pub mod insights;
pub mod inspector;
pub mod lane_choice;
pub mod library;
pub mod matrix;
pub mod merge;
mod metrics;
pub mod notices;
pub mod numbers;
pub mod pains;
pub mod personas;
pub mod plan;
pub mod present;
mod rehearsal;
pub mod snapshots;
pub mod stages;
mod table;
pub mod templates;
mod welcome;

use crate::i18n::{text, Key};
use crate::state::AppState;
use leptos::prelude::*;

/// What the file pickers offer: Patika maps and backups, CSV/TSV tables, Mermaid journeys, CJML.
pub const MAP_FILE_TYPES: &str = concat!(
    ".json,.csv,.tsv,.mmd,.mermaid,.txt,.xml,.cjml,",
    "application/json,text/csv,application/xml,text/xml"
);

/// The app state from context.
pub fn app_state() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| panic!("AppState is provided by App"))
}

/// A reactive translator: `t(Key::X)` inside a reactive closure follows the language.
pub fn use_t() -> impl Fn(Key) -> &'static str + Copy + Send + Sync + 'static {
    let lang = app_state().lang;
    move |k| text(lang.get(), k)
}

/// One interface text that follows the language, for a view: every such text is the same type,
/// so the code that builds and updates a reactive text is in the app once, not once per text
/// (fewer functions in the download and fewer to compile on first use).
pub fn tx(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = app_state().lang;
    move || text(lang.get(), key)
}

/// A count that follows `target()` by `step` per animation frame: the first step at once, then one
/// step per frame; down to the target at once. Long read-only lists (the curve's table, the
/// presentation) show `count` items, so building them never blocks the page for long.
pub fn grow_each_frame(
    target: impl Fn() -> usize + Send + Sync + 'static,
    step: usize,
) -> RwSignal<usize> {
    let count = RwSignal::new(0usize);
    Effect::new(move |_| {
        let (goal, now) = (target(), count.get());
        if now > goal {
            count.set(goal);
        } else if now == 0 && goal > 0 {
            count.set(goal.min(step));
        } else if now < goal {
            // Only if nothing moved the count meanwhile (a shrink, or printing): then this step
            // is stale, and a repeated request for the same step is harmless.
            request_animation_frame(move || {
                if count.get_untracked() == now {
                    count.set((now + step).min(goal));
                }
            });
        }
    });
    count
}
