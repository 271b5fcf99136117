//! Where the editor is on screen, measured once per frame after a scroll or resize.
use crate::layout::{Frame, Rect, Screen};
use leptos::prelude::*;

fn rect_of(el: &web_sys::Element) -> Rect {
    let r = el.get_bounding_client_rect();
    Rect {
        left: r.left(),
        top: r.top(),
        right: r.right(),
        bottom: r.bottom(),
    }
}

fn screen(margin: f64) -> Screen {
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    match web_sys::window() {
        Some(w) => Screen {
            width: size(w.inner_width()),
            height: size(w.inner_height()),
            margin,
        },
        None => Screen {
            width: 0.0,
            height: 0.0,
            margin,
        },
    }
}

/// Measures the board (`.stages`), its first card list and the curve (`.curve-stack`).
pub fn measure_frame(margin: f64) -> Frame {
    let doc = web_sys::window().and_then(|w| w.document());
    let find = |sel: &str| {
        doc.as_ref()
            .and_then(|d| d.query_selector(sel).ok().flatten())
    };
    let board = find(".editor .stages").map(|e| rect_of(&e));
    let cards_top = match (board, find(".editor .stages .stage.built .cards")) {
        (Some(b), Some(list)) => rect_of(&list).top - b.top,
        _ => 0.0,
    };
    Frame {
        screen: screen(margin),
        board,
        cards_top,
        curve: find(".editor .curve-stack").map(|e| rect_of(&e)),
    }
}

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
            pending.try_set_value(false);
            f();
        });
    }
}

impl Default for FrameThrottle {
    fn default() -> Self {
        Self::new()
    }
}

/// Calls `f` (at most once per frame) when the page scrolls or the window is resized, until the
/// current reactive owner is cleaned up. Scrolling inside elements is reported by their own
/// `on:scroll` handlers.
pub fn on_page_scroll_or_resize(f: impl Fn() + Clone + 'static) {
    let g = f.clone();
    let scroll = window_event_listener(leptos::ev::scroll, move |_| g());
    let resize = window_event_listener(leptos::ev::resize, move |_| f());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
}

/// Calls `f` whenever `el` changes size (content above the board grew or shrank, so the board
/// moved without a scroll), until the current reactive owner is cleaned up.
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

/// Scrolls the element with this id into view by the shortest way (no-op when it is visible).
pub fn reveal_by_id(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
    opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// An element's horizontal scroll position and inner width (CSS pixels): where a box that
/// scrolls on its own, such as the journey grid, is looking.
pub fn scroll_box(el: &web_sys::Element) -> (f64, f64) {
    (el.scroll_left() as f64, el.client_width() as f64)
}

/// Scrolls an element horizontally to `left` CSS pixels.
pub fn scroll_box_to(el: &web_sys::Element, left: f64) {
    el.set_scroll_left(left.round() as i32);
}

/// Scrolls the page vertically by `dy` CSS pixels.
pub fn scroll_page_by(dy: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_by_with_x_and_y(0.0, dy);
    }
}

thread_local! {
    /// The element `focus_soon` was last asked for: an older request stops trying.
    static FOCUS_WANTED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Focuses the element with this id now, or in one of the next few frames as soon as it exists (a
/// windowed element is built by the reactive update that follows the request). A newer request
/// replaces this one.
pub fn focus_soon(id: String) {
    fn attempt(id: String, left: u8) {
        if FOCUS_WANTED.with(|w| *w.borrow() != id) {
            return;
        }
        // Done once it has the focus (it may exist a frame before it can take it), checked once
        // more a frame later: a rebuild in between can drop the focus to the page. Never taken
        // back from another element (the user may have moved on).
        if super::focus_by_id(&id) {
            if left > 0 {
                request_animation_frame(move || {
                    if super::focus_is_lost() {
                        attempt(id, left - 1);
                    }
                });
            }
            return;
        }
        if left > 0 {
            request_animation_frame(move || attempt(id, left - 1));
        }
    }
    FOCUS_WANTED.with(|w| *w.borrow_mut() = id.clone());
    attempt(id, 6);
}
