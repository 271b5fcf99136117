//! Browser component tests (wasm-bindgen-test in headless Chromium): the real editor mounted on an
//! in-memory library.
#![cfg(target_arch = "wasm32")]
use leptos::prelude::*;
use patika::app::AppWith;
use patika::i18n::Lang;
use patika::model::new_map;
use patika::platform::BrowserStore;
use patika::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/editors.rs"]
mod editors;

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

fn buttons_with_text(root: &web_sys::Element, text: &str) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all("button").expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|b| b.text_content().unwrap_or_default().contains(text))
        .collect()
}

fn input_values(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .collect()
}

/// A reactive owner for signals and effects made outside a component. Effects need the task
/// executor, which mounting sets up: mount nothing, off the page.
fn reactive_owner() {
    let spare: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    std::mem::forget(leptos::mount::mount_to(spare, || ()));
    Owner::new().set();
}

async fn mount_editor() -> web_sys::HtmlElement {
    let app = AppState::new(BrowserStore::Memory(Default::default()), Lang::En);
    let map = new_map("m1", "Component test", Lang::En, "2026-11-24T10:00:00Z");
    assert!(app.save_now(&map));
    mount_on(app, "/map/m1").await
}

/// Mounts the app over `app` with the URL fragment `hash`, in a container of its own.
async fn mount_on(app: AppState, hash: &str) -> web_sys::HtmlElement {
    web_sys::window()
        .expect("window")
        .location()
        .set_hash(hash)
        .expect("hash");
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone(), move || view! { <AppWith app /> });
    std::mem::forget(handle);
    // The grid measures its box right after mounting, then builds the columns in it: a few turns
    // of the task queue.
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    container
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn editor_adds_a_stage_and_a_touchpoint() {
    let root = mount_editor().await;
    // The journey grid: a band per stage.
    assert_eq!(
        texts(&root, ".grid-band .band-name"),
        [
            "Problem",
            "Discovery",
            "Purchase decision",
            "After purchase"
        ]
    );

    // A stage from the stages panel (built when opened), named as typed.
    let panel: web_sys::HtmlElement = root
        .query_selector(".stages-panel summary")
        .expect("q")
        .expect("stages panel")
        .unchecked_into();
    panel.click();
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = root
        .query_selector(".add-stage input")
        .expect("q")
        .expect("stage name")
        .unchecked_into();
    input.set_value("Loyalty");
    input
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    buttons_with_text(&root, "Add stage")[0].click();
    leptos::task::tick().await;
    assert_eq!(
        input_values(&root, ".stage-row input")
            .last()
            .map(String::as_str),
        Some("Loyalty")
    );

    // A touchpoint from the first band's "+": selected, its details open.
    let add: web_sys::HtmlElement = root
        .query_selector(".grid-band .band-add")
        .expect("q")
        .expect("add button")
        .unchecked_into();
    add.click();
    leptos::task::tick().await;
    assert_eq!(texts(&root, ".grid-head .head-name"), ["New touchpoint"]);
    assert!(root
        .query_selector(".grid-head.selected")
        .expect("q")
        .is_some());
    assert!(
        input_values(&root, ".details-sheet .inspector input[type=text]")
            .contains(&"New touchpoint".to_string())
    );

    // Undo removes it again.
    buttons_with_text(&root, "Undo")[0].click();
    leptos::task::tick().await;
    assert!(texts(&root, ".grid-head .head-name").is_empty());
}

#[wasm_bindgen_test]
async fn showing_the_library_again_notifies_only_what_changed() {
    reactive_owner();
    let app = AppState::new(BrowserStore::Memory(Default::default()), Lang::En);
    assert!(app.save_now(&new_map("m1", "One", Lang::En, "2026-11-24T10:00:00Z")));
    app.refresh_entries();
    app.measure_storage();
    let runs = StoredValue::new((0u32, 0u32));
    let entries = app.entries;
    let used = app.storage_used;
    Effect::new(move |_| {
        entries.track();
        runs.update_value(|r| r.0 += 1);
    });
    Effect::new(move |_| {
        used.track();
        runs.update_value(|r| r.1 += 1);
    });
    leptos::task::tick().await;
    assert_eq!(runs.get_value(), (1, 1));
    // Same maps, same storage: nothing that reads them runs again (it would rebuild the list).
    app.refresh_entries();
    app.measure_storage();
    leptos::task::tick().await;
    assert_eq!(runs.get_value(), (1, 1));
    // A new map changes both.
    assert!(app.save_now(&new_map("m2", "Two", Lang::En, "2026-11-24T11:00:00Z")));
    app.refresh_entries();
    app.measure_storage();
    leptos::task::tick().await;
    assert_eq!(runs.get_value(), (2, 2));
}

/// Resolves in the next animation frame, after the callbacks asked for before it.
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn a_long_list_grows_a_step_per_frame_and_shrinks_at_once() {
    reactive_owner();
    let goal = RwSignal::new(250usize);
    let count = patika::components::grow_each_frame(move || goal.get(), 100);
    leptos::task::tick().await;
    assert_eq!(count.get_untracked(), 100, "the first step at once");
    next_frame().await;
    assert_eq!(count.get_untracked(), 200);
    next_frame().await;
    assert_eq!(count.get_untracked(), 250, "never past the goal");
    next_frame().await;
    assert_eq!(count.get_untracked(), 250);
    goal.set(40);
    leptos::task::tick().await;
    assert_eq!(count.get_untracked(), 40, "down at once");
    goal.set(0);
    leptos::task::tick().await;
    assert_eq!(count.get_untracked(), 0);
    // Growing again starts with a first step; a step asked for before a drop does not undo it.
    goal.set(120);
    leptos::task::tick().await;
    assert_eq!(count.get_untracked(), 100);
    goal.set(0);
    leptos::task::tick().await;
    next_frame().await;
    assert_eq!(count.get_untracked(), 0, "a stale step is dropped");
    // Someone else filling it (printing) is kept.
    goal.set(500);
    leptos::task::tick().await;
    count.set(500);
    next_frame().await;
    assert_eq!(count.get_untracked(), 500);
}

#[wasm_bindgen_test]
async fn focus_asked_for_survives_a_rebuild_but_not_the_users_next_move() {
    let doc = document();
    let body = doc.body().expect("body");
    let button = |id: &str| -> web_sys::HtmlElement {
        let b: web_sys::HtmlElement = doc
            .create_element("button")
            .expect("button")
            .unchecked_into();
        b.set_id(id);
        body.append_child(&b).expect("append");
        b
    };
    let active_id = || doc.active_element().map(|e| e.id()).unwrap_or_default();
    let first = button("focus-target");
    patika::platform::focus_soon("focus-target".into());
    assert_eq!(active_id(), "focus-target");
    // Rebuilt before the next frame (a windowed list dropped and re-made it): focus comes back.
    first.remove();
    assert!(patika::platform::focus_is_lost());
    let _second = button("focus-target");
    next_frame().await;
    next_frame().await;
    assert_eq!(
        active_id(),
        "focus-target",
        "focused again after the rebuild"
    );
    // Asked for again, then the user moves on at once: their choice stands.
    let other = button("other");
    patika::platform::focus_soon("focus-target".into());
    other.focus().expect("focus");
    next_frame().await;
    next_frame().await;
    assert_eq!(active_id(), "other");
    // Not built yet when asked for: focused in a later frame, once it exists.
    patika::platform::focus_soon("later".into());
    next_frame().await;
    let _later = button("later");
    next_frame().await;
    next_frame().await;
    assert_eq!(active_id(), "later");
}

#[wasm_bindgen_test]
fn every_route_reads_back_from_its_link() {
    use patika::state::Route;
    let routes = [
        Route::Library,
        Route::Map("m1".into()),
        Route::Present("m1".into()),
    ];
    for r in routes {
        assert_eq!(Route::parse(r.href().trim_start_matches('#')), r);
    }
    assert_eq!(Route::Map("m1".into()).href(), "#/map/m1");
    assert_eq!(Route::Library.href(), Route::LIBRARY_HREF);
    assert_eq!(Route::parse("/map/"), Route::Library);
}

#[wasm_bindgen_test]
async fn a_refused_change_is_said_in_the_interface_language() {
    let app = AppState::new(BrowserStore::Memory(Default::default()), Lang::Tr);
    assert!(app.save_now(&new_map("tr1", "Ret", Lang::Tr, "2026-11-24T10:00:00Z")));
    let container = mount_on(app, "/map/tr1").await;
    let editor = app.editor.get_untracked().expect("the map is open");
    // A change the model refuses (no such stage): the map is unchanged and the user is told why,
    // in Turkish.
    editor.dispatch(patika::model::Command::RemoveStage { id: "yok".into() });
    leptos::task::tick().await;
    let shown = container
        .query_selector(".editor .error")
        .expect("q")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(shown.contains("Değişiklik uygulanamadı"), "{shown}");
    assert!(
        shown.contains("\"yok\" kimlikli bir aşama bulunamadı"),
        "{shown}"
    );
    container.remove();
}

#[wasm_bindgen_test]
fn stored_text_reads_back_exactly_and_a_lone_surrogate_is_not_text() {
    use patika::format::{KvStore, StoreError};
    let mut store = BrowserStore::Local;
    // A long ASCII run (the browser's encoder reads it in one call), Turkish letters, an emoji
    // and a real U+FFFD (which alone must not be taken for a broken text).
    let text = format!(
        "{}Çağrı merkezi İŞĞ ıöü 😀 \u{fffd} son",
        "a".repeat(100_000)
    );
    store.set("patika-test:text", &text).unwrap();
    assert_eq!(
        store.get("patika-test:text").unwrap().as_deref(),
        Some(text.as_str())
    );
    // Text needing more room than the first pass gives (four bytes for two units, three for one).
    let wide = format!("{}{}", "😀".repeat(1_000), "地図".repeat(1_000));
    store.set("patika-test:wide", &wide).unwrap();
    assert_eq!(
        store.get("patika-test:wide").unwrap().as_deref(),
        Some(wide.as_str())
    );
    // A lone surrogate can only be stored from JavaScript.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let lone = js_sys::JsString::from_char_code1(0xd800).concat(&"x".into());
    let set: js_sys::Function = js_sys::Reflect::get(&storage, &"setItem".into())
        .unwrap()
        .unchecked_into();
    set.call2(&storage, &"patika-test:lone".into(), &lone)
        .unwrap();
    assert!(matches!(
        store.get("patika-test:lone"),
        Err(StoreError::NotText { .. })
    ));
    // The same where the browser has no `isWellFormed` (older ones): the slower check says so too.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"String".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let own = js_sys::Reflect::get(&proto, &"isWellFormed".into()).unwrap();
    js_sys::Reflect::delete_property(
        proto.unchecked_ref::<js_sys::Object>(),
        &"isWellFormed".into(),
    )
    .unwrap();
    let without = store.get("patika-test:lone");
    let fine = store.get("patika-test:text");
    js_sys::Reflect::set(&proto, &"isWellFormed".into(), &own).unwrap();
    assert!(matches!(without, Err(StoreError::NotText { .. })));
    assert_eq!(fine.unwrap().as_deref(), Some(text.as_str()));
    storage.remove_item("patika-test:text").unwrap();
    storage.remove_item("patika-test:wide").unwrap();
    storage.remove_item("patika-test:lone").unwrap();
}

#[wasm_bindgen_test]
async fn a_view_built_ahead_waits_off_the_page_and_goes_when_dropped() {
    let count = RwSignal::new(0u32);
    let cleaned = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen = cleaned.clone();
    let page = patika::platform::Prebuilt::build(move || {
        on_cleanup(move || seen.store(true, std::sync::atomic::Ordering::Relaxed));
        view! { <p class="built-ahead">{move || count.get()}</p> }
    })
    .expect("built");
    // Built, reactive, and on no page.
    let on_page = || document().query_selector(".built-ahead").expect("query");
    assert!(on_page().is_none());
    count.set(1);
    next_frame().await;
    let host = document().create_element("div").expect("host");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    page.show_in(&host);
    let shown = on_page().expect("shown once put on the page");
    assert!(patika::platform::is_on_page(&shown));
    assert_eq!(shown.text_content().as_deref(), Some("1"));
    count.set(2);
    next_frame().await;
    assert_eq!(shown.text_content().as_deref(), Some("2"));
    // Dropped: its nodes leave and its owner is cleaned up.
    drop(page);
    next_frame().await;
    assert!(on_page().is_none());
    assert!(cleaned.load(std::sync::atomic::Ordering::Relaxed));
    host.remove();
}

#[wasm_bindgen_test]
fn a_new_action_is_one_undo_step_and_opens_in_the_plan() {
    reactive_owner();
    let editor =
        patika::state::EditorState::new(new_map("p1", "Plan", Lang::Tr, "2026-11-24T10:00:00Z"));
    let action = |id: &str| patika::model::Action {
        id: id.into(),
        title: "Kargo ücretini göster".into(),
        ..Default::default()
    };
    editor.add_action(action("a1"));
    editor.add_action(action("a2"));
    let ids = || -> Vec<String> {
        editor
            .map
            .with_untracked(|m| m.actions.iter().map(|a| a.id.clone()).collect())
    };
    // Each at the end of the plan, the newest open in its form (the plan panel opens with it;
    // the end-to-end flows check the form and its focused title).
    assert_eq!(ids(), ["a1", "a2"]);
    assert_eq!(editor.action.get_untracked().as_deref(), Some("a2"));
    editor.undo();
    assert_eq!(ids(), ["a1"], "one undo step each");
    editor.redo();
    assert_eq!(ids(), ["a1", "a2"]);
}
