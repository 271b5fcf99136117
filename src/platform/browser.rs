//! Small browser services: time, ids, languages, the URL fragment, downloads, page lifecycle.
use wasm_bindgen::{JsCast, JsValue};

/// Now, as an ISO 8601 timestamp.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A new random id (time-ordered prefix, random suffix).
pub fn new_id() -> String {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 4_294_967_295.0) as u64;
    let r2 = (js_sys::Math::random() * 65_535.0) as u64;
    format!("{t:x}-{r:08x}{r2:04x}")
}

/// The browser's preferred languages, best first.
pub fn browser_languages() -> Vec<String> {
    let Some(w) = web_sys::window() else {
        return Vec::new();
    };
    let nav = w.navigator();
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang>` so screen readers pronounce the interface correctly.
pub fn set_document_language(code: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code);
    }
}

/// The URL fragment without '#'.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Navigates to a fragment route (works under any subpath, no server rewrites).
pub fn set_hash(route: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(route);
    }
}

/// Whether the page is hidden (tab in background or closing).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
        .unwrap_or(false)
}

/// The address of a link as the browser's own URL parser reads it, only when both that parser and
/// the app's allowlist say http, https or mailto; `None` means "show it as text".
pub fn safe_href(raw: &str) -> Option<String> {
    let clean = crate::model::safe_url(raw)?;
    let url = web_sys::Url::new(&clean).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:" | "mailto:").then(|| url.href())
}

/// Calls `f` whenever the URL fragment changes.
pub fn on_hash_change(f: impl Fn() + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |_| f());
    std::mem::forget(handle);
}

/// Calls `f` when the page is hidden or being closed (to flush saves).
pub fn on_page_hidden(f: impl Fn() + Clone + 'static) {
    let g = f.clone();
    let a = leptos::prelude::window_event_listener(leptos::ev::pagehide, move |_| g());
    // visibilitychange bubbles from the document to the window.
    let b = leptos::prelude::window_event_listener_untyped("visibilitychange", move |_| {
        if page_hidden() {
            f()
        }
    });
    std::mem::forget((a, b));
}

/// Asks the browser to confirm leaving the page while `unsaved()` holds (changes that could not
/// be stored: storage full, a conflict with another tab). Browsers show their own wording.
pub fn warn_before_leaving(unsaved: impl Fn() -> bool + 'static) {
    let h = leptos::prelude::window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved() {
            ev.prevent_default();
            // Older browsers need a return value as well.
            ev.set_return_value("unsaved");
        }
    });
    std::mem::forget(h);
}

/// Calls `f` when the page becomes visible again.
pub fn on_page_visible(f: impl Fn() + 'static) {
    let h = leptos::prelude::window_event_listener_untyped("visibilitychange", move |_| {
        if !page_hidden() {
            f()
        }
    });
    std::mem::forget(h);
}

/// Calls `f(key)` when another tab of this site changes localStorage (`None`: it was cleared).
/// Browsers fire this only in the other tabs, never in the one that wrote.
pub fn on_storage_change(f: impl Fn(Option<String>) + 'static) {
    let h = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| f(ev.key()));
    std::mem::forget(h);
}

/// Calls `f(redo)` on Ctrl/Cmd+Z (undo) and Ctrl/Cmd+Shift+Z or Ctrl+Y (redo), except inside text
/// fields, where the browser's own text undo is what the user means.
pub fn on_undo_keys(f: impl Fn(bool) + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || in_text_field(&ev) {
            return;
        }
        let key = ev.key().to_lowercase();
        let redo = match key.as_str() {
            "z" => ev.shift_key(),
            "y" => true,
            _ => return,
        };
        ev.prevent_default();
        f(redo);
    });
    std::mem::forget(handle);
}

fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match el.tag_name().to_lowercase().as_str() {
        "textarea" => true,
        "input" => {
            let ty = el.get_attribute("type").unwrap_or_default();
            matches!(
                ty.as_str(),
                "" | "text" | "search" | "number" | "email" | "url"
            )
        }
        _ => false,
    }
}

/// A cancellable one-shot timer.
#[derive(Clone, Copy)]
pub struct Timer(leptos::prelude::TimeoutHandle);

impl Timer {
    /// Runs `f` after `ms` milliseconds.
    pub fn after(ms: u64, f: impl FnOnce() + 'static) -> Option<Timer> {
        leptos::prelude::set_timeout_with_handle(f, std::time::Duration::from_millis(ms))
            .ok()
            .map(Timer)
    }
    /// Cancels the timer if it has not fired.
    pub fn cancel(self) {
        self.0.clear();
    }
}

/// An ISO timestamp in the user's local time, formatted for `lang` (falls back to the raw text).
/// Formatted in Rust: only the zone offset of that moment (daylight saving moves it) comes from
/// the browser. Forms the core does not read still get the browser's formatter.
pub fn local_time(iso: &str, lang: crate::i18n::Lang) -> String {
    use crate::i18n::time;
    if let Some(m) = crate::model::calendar::parse_iso(iso) {
        let offset = if m.utc {
            js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
                m.minutes as f64 * 60_000.0,
            ))
            .get_timezone_offset() as i64
        } else {
            0
        };
        return time::local_text(m, offset, lang);
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    let opts = js_sys::Object::new();
    for (k, v) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&opts, &k.into(), &v.into());
    }
    String::from(d.to_locale_string(lang.code(), &opts))
}

/// A pointer position relative to an element's top-left corner, in CSS pixels.
pub fn pointer_offset(el: &web_sys::Element, client_x: i32, client_y: i32) -> (f64, f64) {
    let r = el.get_bounding_client_rect();
    (client_x as f64 - r.left(), client_y as f64 - r.top())
}

/// A pointer's height relative to the top of `el`'s parent (the cell a point is drawn in).
pub fn pointer_y_in_parent(el: &web_sys::Element, client_y: i32) -> Option<f64> {
    let parent = el.parent_element()?;
    Some(client_y as f64 - parent.get_bounding_client_rect().top())
}

/// Keeps pointer events going to `el` while a drag lasts, even outside it.
pub fn capture_pointer(el: &web_sys::Element, pointer_id: i32) {
    let _ = el.set_pointer_capture(pointer_id);
}

/// Whether no element has the keyboard focus (it is on the page itself, as after the focused
/// element was removed).
pub fn focus_is_lost() -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    match doc.active_element() {
        None => true,
        Some(active) => doc.body().is_some_and(|body| active == *body.as_ref()),
    }
}

/// Moves keyboard focus to the element with this id; true when it has the focus now (false when
/// there is no such element, or it could not take the focus yet).
pub fn focus_by_id(id: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(el) = doc.get_element_by_id(id) else {
        return false;
    };
    // SVG elements are not HtmlElements but are focusable through the SVGElement interface.
    let _ = js_sys::Reflect::get(&el, &"focus".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.call0(&el));
    doc.active_element().is_some_and(|active| active == el)
}

/// The value of `attr` on the event's target element, if it has one (for delegated events).
pub fn target_data(ev: &web_sys::Event, attr: &str) -> Option<String> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .get_attribute(attr)
}

/// Removes the static bar `index.html` shows while the app downloads (the app draws its own).
pub fn remove_boot_shell() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        el.remove();
    }
}

/// Opens the browser's print dialog.
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Selects the whole text of the input an event happened on (so a link is ready to copy).
pub fn select_all(ev: &web_sys::Event) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Commits what is being typed in the focused field (a title typed without Enter): its `change`
/// event fires as if the field lost focus, so the edit becomes a command before the page hides
/// or closes. Focus stays where it is; a field whose value did not change commits nothing.
pub fn commit_active_field() {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return;
    };
    let is_field = matches!(el.tag_name().to_lowercase().as_str(), "input" | "textarea");
    if let (true, Ok(ev)) = (is_field, web_sys::Event::new("change")) {
        let _ = el.dispatch_event(&ev);
    }
}

/// Asks the user to confirm (the browser's own dialog); `true` when there is no window to ask.
pub fn confirm(question: &str) -> bool {
    web_sys::window().is_none_or(|w| w.confirm_with_message(question).unwrap_or(true))
}

/// Runs `f` in a later task, holding the cross-tab save lock (`navigator.locks`, Web Locks API):
/// two tabs of this site never check and write a map at the same moment. Where the API is
/// missing (old browsers, pages not served over HTTPS or localhost), `f` just runs in the next
/// task; the revision check and the lineage of each stored map still catch a lost write.
pub fn with_save_lock(f: impl FnOnce() + 'static) {
    let locks = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(JsValue::is_object);
    let Some(locks) = locks else {
        Timer::after(0, f);
        return;
    };
    // The task runs once: under the lock, or (when the request is refused) without it.
    type Task = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;
    let task: Task = std::rc::Rc::new(std::cell::RefCell::new(Some(Box::new(f))));
    let run = |task: &Task| task.borrow_mut().take().map(|f| f());
    let held = task.clone();
    let callback = wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| {
        run(&held);
        JsValue::UNDEFINED
    });
    let refused = task.clone();
    let on_refused = wasm_bindgen::closure::Closure::once_into_js(move |_e: JsValue| {
        run(&refused);
    });
    match call_method(&locks, "request", &[&"patika-save".into(), &callback]) {
        Some(promise) => {
            let _ = call_method(&promise, "catch", &[&on_refused]);
        }
        None => {
            Timer::after(0, move || {
                run(&task);
            });
        }
    }
}

/// Calls the method `name` of a JavaScript object with `args` (APIs web-sys keeps behind its
/// unstable flag); `None` when there is no such method or it throws.
pub fn call_method(target: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f = js_sys::Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args: js_sys::Array = args.iter().copied().collect();
    f.apply(target, &args).ok()
}

/// Reloads the page (to pick up a newer version of the app).
pub fn reload_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The element `el` is in.
pub fn parent_of(el: &web_sys::Element) -> Option<web_sys::Element> {
    el.parent_element()
}

/// Whether `target` (an event's target) is `el` or inside it.
pub fn contains(el: &web_sys::Element, target: &web_sys::EventTarget) -> bool {
    target
        .dyn_ref::<web_sys::Node>()
        .is_some_and(|node| el.contains(Some(node)))
}

/// Calls `f` when the pointer goes down anywhere outside `el` (a menu closes then), until the
/// current reactive owner is cleaned up.
pub fn on_pointer_outside(el: &web_sys::Element, f: impl Fn() + 'static) {
    let el = el.clone();
    let handle = leptos::prelude::window_event_listener(leptos::ev::pointerdown, move |ev| {
        let inside = ev.target().is_some_and(|t| contains(&el, &t));
        if !inside {
            f();
        }
    });
    leptos::prelude::on_cleanup(move || handle.remove());
}
