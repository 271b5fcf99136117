//! A rehearsal of opening a map, once, in idle time after the editor's code has arrived. The
//! browser compiles each wasm function on its first call, and a first open calls about 2,000 of
//! them (≈ 100 ms of compiling on a 2-core machine, more than reading and drawing the map take):
//! a sample map is read through the load pipeline and its editor built in a hidden box, laid out
//! and thrown away in one task, so the user's first open finds that code compiled and the
//! browser's style and font caches warm. Nothing is stored, painted, focused or announced, and it
//! is skipped once a map has been opened (everything is warm by then).
use super::editor::EditorPage;
use crate::model::samples::{sample, Sample};
use crate::platform;
use crate::state::{AppState, EditorState, Route};
use leptos::prelude::*;

/// Whether the app still shows the library with no map opened: only then is a rehearsal useful.
fn worth_it(app: AppState) -> bool {
    app.route.get_untracked() == Route::Library && app.editor.get_untracked().is_none()
}

/// Reads a sample map, then (in a later task: two short tasks rather than one long one) builds
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
    let Ok(read) = crate::format::import(crate::format::export(&map).as_bytes()) else {
        return;
    };
    let _ = platform::Timer::after(0, move || {
        if worth_it(app) {
            platform::build_off_page(move || {
                provide_context(app);
                view! { <EditorPage editor=EditorState::new(read.map) /> }
            });
        }
    });
}
