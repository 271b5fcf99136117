//! Share links: the browser's own deflate (CompressionStream) and the clipboard.
use super::browser::call_method as call;
use crate::format::share::{payload_bytes, to_base64url};
use crate::format::ImportError;

// web-sys keeps these behind its unstable flag; they are in every current browser.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compressor, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Compressor) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Compressor) -> web_sys::WritableStream;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Decompressor, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Decompressor) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Decompressor) -> web_sys::WritableStream;
}

async fn compress(bytes: &[u8]) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let s = Compressor::new("deflate-raw").ok()?;
    let pair = web_sys::ReadableWritablePair::new(&s.readable(), &s.writable());
    let stream = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream)).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?)
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Awaits a JavaScript promise (an error or a non-promise is `Err`).
async fn settle(promise: Option<wasm_bindgen::JsValue>) -> Result<wasm_bindgen::JsValue, ()> {
    use wasm_bindgen::JsCast;
    let promise = promise
        .ok_or(())?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| ())?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| ())
}

/// Resolves in a task of its own (a zero timeout), so a long loop of promise steps (microtasks,
/// all in one task otherwise) lets the page breathe.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Output unpacked between two yields to the page (`next_task`).
const PER_TASK: usize = 2 << 20;

/// Compressed bytes fed to the decompressor at a time: each piece unpacks to at most about a
/// megabyte even at deflate's best ratio, so a bomb is stopped within a piece of the limit.
const PIECE: usize = 1024;

/// Decompresses a share link's bytes piece by piece, counting what comes out and stopping at
/// `limit`: a small link holding a gigabyte is refused after `limit` bytes, never unpacked whole.
async fn inflate_limited(bytes: &[u8], limit: usize) -> Result<Vec<u8>, ImportError> {
    let damaged = |_| ImportError::DamagedLink;
    let s = Decompressor::new("deflate-raw").map_err(damaged)?;
    let writer: wasm_bindgen::JsValue =
        call(&s.writable(), "getWriter", &[]).ok_or(ImportError::DamagedLink)?;
    let reader: wasm_bindgen::JsValue =
        call(&s.readable(), "getReader", &[]).ok_or(ImportError::DamagedLink)?;
    let stop = std::rc::Rc::new(std::cell::Cell::new(false));
    // The writing side runs on its own, piece by piece, so reading keeps pace with it.
    let (pieces, stopped) = (bytes.to_vec(), stop.clone());
    let feeding = writer.clone();
    leptos::task::spawn_local(async move {
        for piece in pieces.chunks(PIECE) {
            let piece = js_sys::Uint8Array::from(piece);
            if stopped.get() || settle(call(&feeding, "write", &[&piece])).await.is_err() {
                return;
            }
        }
        let _ = settle(call(&feeding, "close", &[])).await;
    });
    let mut out = Vec::new();
    loop {
        let Ok(step) = settle(call(&reader, "read", &[])).await else {
            stop.set(true);
            return Err(ImportError::DamagedLink);
        };
        if js_sys::Reflect::get(&step, &"done".into()).is_ok_and(|d| d.is_truthy()) {
            return Ok(out);
        }
        let chunk = js_sys::Reflect::get(&step, &"value".into()).map_err(damaged)?;
        let chunk = js_sys::Uint8Array::new(&chunk);
        if out.len() + chunk.length() as usize > limit {
            stop.set(true);
            let _ = call(&reader, "cancel", &[]);
            return Err(ImportError::LinkTooLarge { limit });
        }
        let before = out.len();
        out.extend_from_slice(&chunk.to_vec());
        if before / PER_TASK != out.len() / PER_TASK {
            next_task().await;
        }
    }
}

/// The share-link payload for a map file's text (compressed, base64url).
pub fn make_payload(text: String, done: impl FnOnce(Option<String>) + 'static) {
    leptos::task::spawn_local(async move {
        done(compress(text.as_bytes()).await.map(|z| to_base64url(&z)));
    });
}

/// The map file's bytes from a share-link payload; errors name a damaged link.
pub fn read_payload(
    payload: String,
    limit: usize,
    done: impl FnOnce(Result<Vec<u8>, ImportError>) + 'static,
) {
    leptos::task::spawn_local(async move {
        let result = match payload_bytes(&payload) {
            Err(e) => Err(e),
            Ok(z) => inflate_limited(&z, limit).await,
        };
        done(result);
    });
}

/// The page's address without its fragment (the base of a share link).
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// Copies text to the clipboard; `done(false)` where the browser does not allow it.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        return done(false);
    };
    let promise = w.navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
