//! Files the user gives the app: from the file picker or dropped anywhere on the page.
use wasm_bindgen::JsCast;

/// A file the user chose or dropped, not yet read.
pub type BrowserFile = web_sys::File;

/// A file's name and bytes.
pub struct GivenFile {
    /// The name as the user's system shows it.
    pub name: String,
    /// The whole content; empty when the file is larger than the limit it was read with.
    pub bytes: Vec<u8>,
    /// The file's size in bytes, as the user's system reports it.
    pub size: usize,
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// The files chosen in an `<input type=file>` (from its change event); the input is cleared so
/// choosing the same file again is noticed.
pub fn chosen_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = files_of(input.files());
    input.set_value("");
    files
}

/// The files dropped by a drop event (none for dropped text or links).
pub fn dropped_files(ev: &web_sys::DragEvent) -> Vec<web_sys::File> {
    files_of(ev.data_transfer().and_then(|d| d.files()))
}

/// Starts dragging something of the page's own (a grid column): some browsers (Firefox) start a
/// drag only when it carries data.
pub fn start_drag(ev: &web_sys::DragEvent) {
    if let Some(d) = ev.data_transfer() {
        let _ = d.set_data("text/plain", "");
        d.set_effect_allowed("move");
    }
}

/// Whether a drag carries files (so the page shows it accepts the drop).
pub fn drag_has_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer()
        .map(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

/// Reads each file, then calls `done` with the ones that could be read, in order. Files larger
/// than `limit` bytes are given with their size and no bytes, so the load pipeline refuses them
/// by their real size without holding them.
pub fn read_files(
    files: Vec<web_sys::File>,
    limit: usize,
    done: impl FnOnce(Vec<GivenFile>) + 'static,
) {
    leptos::task::spawn_local(async move {
        let mut out = Vec::new();
        for f in files {
            let size = f.size() as usize;
            if size > limit {
                // Not read at all: the load pipeline refuses it by its size, the real one.
                out.push(GivenFile {
                    name: f.name(),
                    bytes: Vec::new(),
                    size,
                });
                continue;
            }
            let blob: &web_sys::Blob = f.as_ref();
            let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await else {
                continue;
            };
            out.push(GivenFile {
                name: f.name(),
                bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
                size,
            });
        }
        done(out);
    });
}

/// Lets the user drop files anywhere on the page: `dragging(true/false)` while files are dragged
/// over it, `dropped(files)` on drop. Dropped files never make the browser navigate away.
pub fn on_file_drop(
    dragging: impl Fn(bool) + Clone + 'static,
    dropped: impl Fn(Vec<web_sys::File>) + 'static,
) {
    use leptos::prelude::window_event_listener;
    let over = dragging.clone();
    let a = window_event_listener(leptos::ev::dragover, move |ev| {
        if drag_has_files(&ev) {
            ev.prevent_default();
            if let Some(d) = ev.data_transfer() {
                d.set_drop_effect("copy");
            }
            over(true);
        }
    });
    let leave = dragging.clone();
    let b = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window (not just moving between elements) has no related target.
        if ev.related_target().is_none() {
            leave(false);
        }
    });
    let c = window_event_listener(leptos::ev::drop, move |ev| {
        if drag_has_files(&ev) {
            ev.prevent_default();
            dragging(false);
            dropped(dropped_files(&ev));
        }
    });
    std::mem::forget((a, b, c));
}

/// SHA-256 of `text` (UTF-8) as lowercase hex, computed by the browser's Web Crypto; `done(None)`
/// where it is unavailable (pages not served over https or from localhost).
pub fn sha256_hex(text: &str, done: impl FnOnce(Option<String>) + 'static) {
    let data = js_sys::Uint8Array::from(text.as_bytes());
    let digest = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| {
            c.subtle()
                .digest_with_str_and_buffer_source("SHA-256", &data)
                .ok()
        });
    let Some(digest) = digest else {
        return done(None);
    };
    leptos::task::spawn_local(async move {
        let hex = wasm_bindgen_futures::JsFuture::from(digest)
            .await
            .ok()
            .map(|buf| {
                js_sys::Uint8Array::new(&buf)
                    .to_vec()
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            });
        done(hex);
    });
}

/// Fetches `url` (relative to the page, so it works under any subpath) as text, then calls
/// `done` with it; `None` when it could not be fetched (offline, not found).
pub fn fetch_text(url: &str, done: impl FnOnce(Option<String>) + 'static) {
    use wasm_bindgen::JsCast;
    let url = url.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let text = async {
            let window = web_sys::window()?;
            let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url))
                .await
                .ok()?
                .dyn_into::<web_sys::Response>()
                .ok()?;
            if !response.ok() {
                return None;
            }
            wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
                .await
                .ok()?
                .as_string()
        }
        .await;
        done(text);
    });
}
