//! Share links: the browser's own deflate (CompressionStream) and the clipboard.
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

async fn transform(bytes: &[u8], compress: bool) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let pair = if compress {
        let s = Compressor::new("deflate-raw").ok()?;
        web_sys::ReadableWritablePair::new(&s.readable(), &s.writable())
    } else {
        let s = Decompressor::new("deflate-raw").ok()?;
        web_sys::ReadableWritablePair::new(&s.readable(), &s.writable())
    };
    let stream = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream)).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?)
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The share-link payload for a map file's text (compressed, base64url).
pub fn make_payload(text: String, done: impl FnOnce(Option<String>) + 'static) {
    leptos::task::spawn_local(async move {
        done(
            transform(text.as_bytes(), true)
                .await
                .map(|z| to_base64url(&z)),
        );
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
            Ok(z) => match transform(&z, false).await {
                Some(bytes) if bytes.len() > limit => Err(ImportError::TooLarge {
                    size: bytes.len(),
                    limit,
                }),
                Some(bytes) => Ok(bytes),
                None => Err(ImportError::InvalidField {
                    path: "link".into(),
                    message: "the link is damaged (it does not decompress)".into(),
                }),
            },
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
