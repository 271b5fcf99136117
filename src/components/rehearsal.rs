//! A rehearsal of opening a map, once, in idle time after the editor's code has arrived. The
//! browser compiles each wasm function on its first call, and a first open calls about 2,000 of
//! them (≈ 100 ms of compiling on a 2-core machine, more than reading and drawing the map take):
//! a sample map is read through the load pipeline and its editor built in a hidden box (part by
//! part, then whole), laid out and thrown away, so the user's first open finds that code
//! compiled and the browser's style and font caches warm. The sample is read many times: the
//! browser optimises a function only once it has run enough, and a big map's first open
//! otherwise reads it with unoptimised code while the optimiser competes with it for the CPU
//! (see bench/RESULTS.md). Then the map the user most likely opens is read ahead (its open
//! takes that read) and, last, its editor is built and kept off the page (its open shows it, if
//! the map is still the same: `state::built_ahead`). Nothing is stored, painted, focused or
//! announced, and it is skipped once a map has been opened (everything is warm by then).
use super::curve_tools::CurveTools;
use super::cycle::Cycle;
use super::editor::EditorPage;
use super::grid::JourneyGrid;
use super::lane_choice::LaneChoice;
use super::matrix::FilterBar;
use super::merge::MergeReview;
use crate::model::samples::{sample, Sample};
use crate::model::{Lane, Lanes};
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

/// Reads `text` `left` more times, then reads the library's latest map ahead of its open, then
/// builds the editor; each step in a later task.
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
                // With the decoder warm, the map the user most likely opens is read ahead.
                let _ = platform::Timer::after(0, move || {
                    let ahead = worth_it(app).then(|| app.read_ahead_latest()).flatten();
                    let _ = platform::Timer::after(0, move || build(app, read.map, 0, ahead));
                });
            }
            (0, None) => {}
            (rest, _) => read_then_build(app, text, rest),
        }
    });
}

/// A part of the editor: which of the map's lanes it shows, and what it builds.
type Part = (fn(&Lane) -> bool, fn(EditorState) -> AnyView);

/// The editor's parts, each built on its own before the whole editor is: each part compiles its
/// own code in a task of its own. Built at once, the whole editor's first build was one task of
/// ≈ 130–230 ms, and a click during it waited that long; the grid alone took ≈ 80–110 ms.
const PARTS: [Part; 5] = [
    // The grid's frame: stage bands and touchpoint heads.
    (|_| false, grid),
    // The emotion lane (the curve).
    (|l| *l == Lane::Emotion, grid),
    // The text lanes.
    (|l| *l != Lane::Emotion, grid),
    (|_| true, panels),
    (
        |_| true,
        |editor| view! { <EditorPage editor /> }.into_any(),
    ),
];

fn grid(editor: EditorState) -> AnyView {
    view! { <JourneyGrid editor /> }.into_any()
}

fn panels(editor: EditorState) -> AnyView {
    view! {
        <Cycle editor />
        {super::editor::panels(editor)}
        <FilterBar editor />
        <LaneChoice editor />
        <CurveTools editor />
    }
    .into_any()
}

/// Builds part `part` of the editor of `map` off the page, lays it out and throws it away; the
/// next part in a later task, and after the last the editor of the map read ahead (`ahead`).
fn build(app: AppState, map: crate::model::JourneyMap, part: usize, ahead: Option<String>) {
    let Some(&(keep, view)) = PARTS.get(part) else {
        return ahead.into_iter().for_each(|id| build_ahead(app, &id));
    };
    if !worth_it(app) {
        return;
    }
    let mut shown = map.clone();
    shown.lanes = Lanes(map.lanes.shown().into_iter().filter(keep).collect());
    platform::build_off_page(move || {
        provide_context(app);
        view(EditorState::new(shown))
    });
    let _ = platform::Timer::after(0, move || build(app, map, part + 1, ahead));
}

/// The performance mark left once an editor is built ahead of its open.
const BUILT_AHEAD_MARK: &str = "patika:editor-prepared";

/// Builds the editor of map `id`, read ahead, for its open to show (`state::built_ahead`): kept
/// off the page, never laid out until shown.
fn build_ahead(app: AppState, id: &str) {
    let Some(editor) = app.editor_of_read_ahead(id).filter(|_| worth_it(app)) else {
        return;
    };
    let page = platform::Prebuilt::build(move || {
        provide_context(app);
        view! {
            <MergeReview />
            <EditorPage editor />
        }
    });
    if let Some(page) = page {
        app.keep_built_ahead(editor, page);
        platform::mark(BUILT_AHEAD_MARK);
    }
}
