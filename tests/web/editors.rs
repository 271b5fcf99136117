//! A closed map's editor is freed: going back and forth between the library and maps keeps a
//! bounded number of editors, and the app goes on working with the ones it keeps.
use super::{document, input_values, mount_on, next_frame};
use leptos::prelude::*;
use patika::i18n::Lang;
use patika::model::new_map;
use patika::platform::BrowserStore;
use patika::state::{AppState, EditorState, KEEP_NEWEST};

/// Goes to `hash` and waits until the app has followed it (the hash change is an event of its
/// own, then the page is rebuilt).
async fn go(hash: &str) {
    web_sys::window()
        .expect("window")
        .location()
        .set_hash(hash)
        .expect("hash");
    for _ in 0..3 {
        next_frame().await;
    }
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn closed_editors_are_freed_and_the_open_one_keeps_working() {
    let app = AppState::new(BrowserStore::Memory(Default::default()), Lang::En);
    for (id, title) in [("m1", "First map"), ("m2", "Second map")] {
        assert!(app.save_now(&new_map(id, title, Lang::En, "2026-11-24T10:00:00Z")));
    }
    let root = mount_on(app, "/map/m1").await;
    let mut opened: Vec<EditorState> = app.editor.get_untracked().into_iter().collect();
    for round in 0..6 {
        go("/").await;
        assert!(
            app.editor.get_untracked().is_none(),
            "the library closes the map"
        );
        let id = if round % 2 == 0 { "m2" } else { "m1" };
        go(&format!("/map/{id}")).await;
        let editor = app.editor.get_untracked().expect("the map is open");
        assert_eq!(editor.map.with_untracked(|m| m.id.clone()), id);
        opened.push(editor);
        assert!(
            app.editors_held() <= KEEP_NEWEST + 2,
            "held: {}",
            app.editors_held()
        );
    }
    // The open editor and the KEEP_NEWEST made before it are kept; every older one is disposed.
    let (old, newest) = opened.split_at(opened.len() - 1 - KEEP_NEWEST);
    assert!(old.iter().all(|e| e.map.is_disposed()));
    assert!(newest.iter().all(|e| !e.map.is_disposed()));
    // The open map is shown and still takes changes, undo and redo.
    let open = app.editor.get_untracked().expect("open");
    let title = || open.map.with_untracked(|m| m.title.clone());
    assert_eq!(title(), "First map");
    open.dispatch(patika::model::Command::SetTitle("Renamed".into()));
    assert_eq!(title(), "Renamed");
    open.undo();
    assert_eq!(title(), "First map");
    open.redo();
    next_frame().await;
    assert_eq!(title(), "Renamed");
    // The title field shows the change: the page reads the open editor, alive.
    assert!(input_values(&root, "input").iter().any(|v| v == "Renamed"));
    go("/").await;
    assert!(document()
        .query_selector("#map-search")
        .expect("query")
        .is_some());
    root.remove();
}
