//! What the app gives the user as files and pictures: downloads (text, PNG drawn from SVG), the
//! object URLs of the pictures it shows, and file names made from map titles.
use wasm_bindgen::JsCast;

/// An object URL for `text` as a file of type `mime` (one copy of the text into a Blob).
fn object_url(mime: &str, text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// An SVG picture for an `<img>` as an object URL: the text crosses into the browser once, where a
/// data URL percent-encoded it and copied it three times (≈ 0.5 MB for a 1,000-point curve).
/// Images never run scripts, so user text in the drawing stays inert. Free it with `revoke_url`
/// when the picture is replaced; `None` when the browser refuses (the caller shows no picture).
pub fn svg_object_url(svg: &str) -> Option<String> {
    object_url("image/svg+xml", svg)
}

/// Frees an object URL made by `svg_object_url`.
pub fn revoke_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// An object URL that follows the SVG picture `svg` draws (computed when first read): each
/// replaced URL is freed, and the last one when the current owner is cleaned up.
pub fn svg_picture(
    svg: impl Fn() -> String + Send + Sync + 'static,
) -> leptos::prelude::Memo<Option<String>> {
    picture_of(Box::new(svg))
}

/// `svg_picture`'s work, compiled once for every picture (not once per caller's closure).
fn picture_of(svg: Box<dyn Fn() -> String + Send + Sync>) -> leptos::prelude::Memo<Option<String>> {
    use leptos::prelude::*;
    use std::sync::{Arc, Mutex};
    let last = Arc::new(Mutex::new(None::<String>));
    let kept = last.clone();
    let url = Memo::new(move |_| {
        let url = svg_object_url(&svg());
        if let Some(before) = kept
            .lock()
            .ok()
            .and_then(|mut l| std::mem::replace(&mut *l, url.clone()))
        {
            revoke_url(&before);
        }
        url
    });
    on_cleanup(move || {
        if let Some(url) = last.lock().ok().and_then(|mut l| l.take()) {
            revoke_url(&url);
        }
    });
    url
}

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let Some(url) = object_url(mime, text) else {
        return false;
    };
    let done = download_url(filename, &url);
    // Revoking at once can cancel the download in some browsers; give it time to start.
    leptos::prelude::set_timeout(move || revoke_url(&url), std::time::Duration::from_secs(30));
    done
}

/// An SVG document as a data URL, for drawing it once onto a canvas (PNG export); pictures shown
/// in the page use `svg_picture`.
fn svg_data_url(svg: &str) -> String {
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    )
}

/// A file name for a map title: letters, digits and dashes (Turkish letters kept).
pub fn file_name(title: &str, ext: &str) -> String {
    let mut s: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    let s = s.trim_matches('-');
    format!("{}.{ext}", if s.is_empty() { "patika-map" } else { s })
}

/// Draws an SVG document onto a canvas and offers it as a PNG download (the same drawing as the
/// SVG export). Runs asynchronously; failures leave nothing behind.
pub fn download_svg_as_png(svg: &str, width: u32, height: u32, filename: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let Some(canvas) = doc
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    // Twice the size, so the PNG stays sharp on print and high-density screens.
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let filename = filename.to_string();
    let img2 = img.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &img2,
            0.0,
            0.0,
            (width * 2) as f64,
            (height * 2) as f64,
        );
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            download_url(&filename, &url);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&svg_data_url(svg));
}

fn download_url(filename: &str, url: &str) -> bool {
    (|| {
        let doc = web_sys::window()?.document()?;
        let a = doc
            .create_element("a")
            .ok()?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        a.set_href(url);
        a.set_download(filename);
        doc.body()?.append_child(&a).ok()?;
        a.click();
        a.remove();
        Some(())
    })()
    .is_some()
}
