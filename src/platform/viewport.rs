//! Frames, focus and scrolling: work done once per animation frame, focus that waits for its element.
use leptos::prelude::*;

/// Calls `f` once in the next animation frame, however often it is asked before then.
#[derive(Clone, Copy)]
pub struct FrameThrottle {
    pending: StoredValue<bool>,
}

impl FrameThrottle {
    /// A throttle with nothing pending.
    pub fn new() -> Self {
        FrameThrottle {
            pending: StoredValue::new(false),
        }
    }

    /// Schedules `f` for the next frame unless a call is already scheduled.
    pub fn request(&self, f: impl FnOnce() + 'static) {
        if self.pending.get_value() {
            return;
        }
        self.pending.set_value(true);
        let pending = self.pending;
        request_animation_frame(move || {
            // The component that asked may be gone by the next frame (another map opened):
            // then its work is not done (it would read disposed signals).
            if pending.try_set_value(false).is_none() {
                f();
            }
        });
    }
}

impl Default for FrameThrottle {
    fn default() -> Self {
        Self::new()
    }
}

/// Calls `f` whenever `el` changes size, until the current reactive owner is cleaned up.
pub fn on_resize_of(el: &web_sys::Element, f: impl Fn() + 'static) {
    use wasm_bindgen::JsCast;
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(el);
    let kept = StoredValue::new_local(Some((observer, callback)));
    on_cleanup(move || {
        if let Some(Some((observer, _))) = kept.try_update_value(Option::take) {
            observer.disconnect();
        }
    });
}

/// Scrolls the page back to its top (a new page starts there).
pub fn scroll_page_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Calls `f(true)` before the page is printed and `f(false)` after, until the current reactive
/// owner is cleaned up.
pub fn on_print(f: impl Fn(bool) + Clone + 'static) {
    let g = f.clone();
    let before = window_event_listener_untyped("beforeprint", move |_| g(true));
    let after = window_event_listener_untyped("afterprint", move |_| f(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// An element's horizontal scroll position and inner width (CSS pixels): where a box that
/// scrolls on its own, such as the journey grid, is looking.
pub fn scroll_box(el: &web_sys::Element) -> (f64, f64) {
    (el.scroll_left() as f64, el.client_width() as f64)
}

/// The window's width in CSS pixels (0 when there is no window); reading it needs no layout.
pub fn window_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}

/// Scrolls an element horizontally to `left` CSS pixels.
pub fn scroll_box_to(el: &web_sys::Element, left: f64) {
    el.set_scroll_left(left.round() as i32);
}

thread_local! {
    /// The element `focus_soon` was last asked for: an older request stops trying.
    static FOCUS_WANTED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Focuses the element with this id now, or in one of the next few frames as soon as it exists (a
/// windowed element is built by the reactive update that follows the request). A newer request
/// replaces this one.
pub fn focus_soon(id: String) {
    // `waits`: frames to wait for the element (a page from a code chunk may take a second to come
    // on a first visit); `checks`: frames to check it kept the focus once it had it.
    fn attempt(id: String, waits: u16, checks: u8) {
        if FOCUS_WANTED.with(|w| *w.borrow() != id) {
            return;
        }
        // Done once it has the focus (it may exist a frame before it can take it), checked once
        // more a frame later: a rebuild in between can drop the focus to the page. Never taken
        // back from another element (the user may have moved on).
        if super::focus_by_id(&id) {
            if checks > 0 {
                request_animation_frame(move || {
                    if super::focus_is_lost() {
                        attempt(id, 0, checks - 1);
                    }
                });
            }
            return;
        }
        // The first frames wait whatever has the focus (the page being left may still hold it);
        // after that only while nothing has it (the user may have moved on).
        if waits > 0 && (waits > FOCUS_WAIT_FRAMES - 6 || super::focus_is_lost()) {
            request_animation_frame(move || attempt(id, waits - 1, checks));
        }
    }
    FOCUS_WANTED.with(|w| *w.borrow_mut() = id.clone());
    attempt(id, FOCUS_WAIT_FRAMES, 6);
}

/// About ten seconds at 60 frames a second.
const FOCUS_WAIT_FRAMES: u16 = 600;

/// Builds `view` in a hidden box on the page, lays it out, and takes it down again, all in one
/// task: its code runs (so the browser compiles it) and its styles, fonts and layout are worked
/// out once, yet it is never painted, focused, announced or seen by any other script (nothing
/// else runs between its start and its end).
pub fn build_off_page<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parent = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(body), Some(parent)) = (document.body(), parent) else {
        return;
    };
    parent.set_class_name("off-page");
    let _ = parent.set_attribute("aria-hidden", "true");
    if body.append_child(&parent).is_err() {
        return;
    }
    let shown = leptos::mount::mount_to(parent.clone(), view);
    // Reading a size makes the browser work out style and layout now.
    let _ = parent.offset_width();
    drop(shown);
    parent.remove();
}
