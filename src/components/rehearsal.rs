//! A rehearsal of opening a map, once, in idle time after the editor's code has arrived. The
//! browser compiles each wasm function on its first call, and a first open calls about 2,000 of
//! them (≈ 100 ms of compiling on a 2-core machine, more than reading and drawing the map take):
//! a sample map is read through the load pipeline and its editor built in a hidden box, laid out
//! and thrown away, so the user's first open finds that code compiled and the browser's style and
//! font caches warm. The sample is read many times: the browser optimises a function only once it
//! has run enough, and a big map's first open otherwise reads it with unoptimised code while the
//! optimiser competes with it for the CPU (see bench/RESULTS.md). Nothing is stored, painted,
//! focused or announced, and it is skipped once a map has been opened (everything is warm by
//! then).
use super::editor::EditorPage;
use crate::model::samples::{sample, Sample};
use crate::platform;
use crate::state::{AppState, EditorState, Route};
use leptos::prelude::*;

/// Whether the app still shows the library with no map opened: only then is a rehearsal useful.
fn worth_it(app: AppState) -> bool {
    app.route.get_untracked() == Route::Library && app.editor.get_untracked().is_none()
}

/// How many times the sample map is read: about as many touchpoints decoded (13 each) as one
/// 1,000-touchpoint map, which is what gets the decoder optimised before the user's first open.
const READS: usize = 80;
/// Reads per task: ≈ 10–15 ms each (less once optimised), so a click never waits long for one.
const READS_PER_TASK: usize = 10;

/// Reads a sample map `READS` times, a few reads per task, then (in a task of its own) builds
/// and lays out its editor off the page.
pub fn rehearse(app: AppState) {
    if !worth_it(app) {
        return;
    }
    let map = sample(
        Sample::OnlineShopTr,
        "rehearsal",
        "2026-01-01T00:00:00.000Z",
    );
    read_then_build(app, crate::format::export(&map), READS);
}

/// Reads `text` `left` more times, then builds its editor; each step in a later task.
fn read_then_build(app: AppState, text: String, left: usize) {
    let _ = platform::Timer::after(0, move || {
        if !worth_it(app) {
            return;
        }
        let mut read = None;
        for _ in 0..left.min(READS_PER_TASK) {
            read = crate::format::import(text.as_bytes()).ok();
        }
        match (left.saturating_sub(READS_PER_TASK), read) {
            (0, Some(read)) => {
                let _ = platform::Timer::after(0, move || build(app, read.map));
            }
            (0, None) => {}
            (rest, _) => read_then_build(app, text, rest),
        }
    });
}

/// Builds the editor of `map` off the page, lays it out and throws it away.
fn build(app: AppState, map: crate::model::JourneyMap) {
    if worth_it(app) {
        platform::build_off_page(move || {
            provide_context(app);
            view! { <EditorPage editor=EditorState::new(map) /> }
        });
    }
}
