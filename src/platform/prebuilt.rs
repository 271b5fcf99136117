//! Views built ahead of being shown: an idle-time build of the page the user most likely opens
//! next, shown at once when they open it.
use wasm_bindgen::JsCast;

/// A view built off the page and kept until it is shown: its nodes wait in a box that is in no
/// document tree (nothing lays it out, paints, focuses or announces it, and no script that walks
/// the page sees it), and its reactive owner lives as long as it does. Dropping it takes the view
/// down (its effects end, its nodes leave the box).
pub struct Prebuilt {
    /// The box holding the view's nodes (`display: contents`: it adds no box of its own).
    holder: web_sys::HtmlElement,
    /// The mounted view: its owner and nodes.
    _view: Box<dyn std::any::Any>,
}

impl Prebuilt {
    /// Builds `view` into a box of its own, off the page.
    pub fn build<V: leptos::prelude::IntoView + 'static>(
        view: impl FnOnce() -> V + 'static,
    ) -> Option<Prebuilt> {
        let holder = web_sys::window()?
            .document()?
            .create_element("div")
            .ok()?
            .dyn_into::<web_sys::HtmlElement>()
            .ok()?;
        holder.set_class_name("prebuilt");
        let shown = leptos::mount::mount_to(holder.clone(), view);
        Some(Prebuilt {
            holder,
            _view: Box::new(shown),
        })
    }

    /// Puts the view into `host` (on the page): it is laid out and painted with the next frame.
    pub fn show_in(&self, host: &web_sys::Element) {
        let _ = host.append_child(&self.holder);
    }
}

/// Leaves a named mark on the page's performance timeline (`performance.mark`): what tests and
/// the benchmark can see of work done in idle time, e.g. "patika:editor-prepared".
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Whether `el` is on the page (in the document's tree): a view built ahead is not until shown.
pub fn is_on_page(el: &web_sys::Element) -> bool {
    el.is_connected()
}
