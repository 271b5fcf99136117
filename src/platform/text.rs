//! JavaScript strings into Rust text, fast: a stored map is megabytes of text, and wasm-bindgen's
//! own conversion copies ASCII one unit at a time in JavaScript (≈ 12 ms for a 0.3 MB map while
//! that loop is not yet optimised) before the browser's encoder takes the rest.
use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    /// The page's TextEncoder, seen through `encodeInto` only (which takes a JavaScript string
    /// as it is, where web-sys's binding asks for Rust text).
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, catch, js_class = TextEncoder)]
    fn new() -> Result<Utf8Encoder, JsValue>;
    #[wasm_bindgen(method, catch, js_class = TextEncoder, js_name = encodeInto)]
    fn encode_into(
        this: &Utf8Encoder,
        text: &JsString,
        into: &Uint8Array,
    ) -> Result<Encoded, JsValue>;

    /// A JavaScript string seen through `isWellFormed` (no lone surrogate), which older browsers
    /// lack (then the call throws, and is caught).
    #[wasm_bindgen(js_name = String)]
    type MaybeWellFormed;
    #[wasm_bindgen(method, catch, js_class = String, js_name = isWellFormed)]
    fn is_well_formed(this: &MaybeWellFormed) -> Result<bool, JsValue>;

    /// What `encodeInto` did: UTF-16 units read, bytes written.
    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

/// Whether `text` is text, holding no lone surrogate; `converted` is its conversion, where a lone
/// surrogate became U+FFFD.
pub fn is_text(text: &JsString, converted: &str) -> bool {
    // Asked of the browser (a native scan); an older one without `isWellFormed` scans the
    // conversion, and only one holding U+FFFD needs the check unit by unit (one call into
    // JavaScript per unit: 10 ms for a 0.3 MB map).
    wasm_bindgen::JsCast::unchecked_ref::<MaybeWellFormed>(text)
        .is_well_formed()
        .unwrap_or_else(|_| !converted.contains('\u{fffd}') || text.is_valid_utf16())
}

/// `text` as Rust text, a lone surrogate becoming U+FFFD (as every conversion does). The encoder
/// writes straight into wasm memory: 4.7 MB in ≈ 5 ms, against ≈ 15 ms for `encode` and a copy.
pub fn rust_text(text: &JsString) -> String {
    encoded(text).unwrap_or_else(|| String::from(text))
}

fn encoded(text: &JsString) -> Option<String> {
    let encoder = Utf8Encoder::new().ok()?;
    let mut rest = text.clone();
    // ASCII needs one byte per unit and Turkish text about 1.1 (ç, ğ, ı, ö, ş, ü take two): a
    // quarter more is room for both. The text is read and dropped, so the slack costs nothing
    // for long; a first pass that runs out of room stops there, and the rest then gets the most
    // it can need (three bytes per unit).
    let units = text.length() as usize;
    let mut bytes: Vec<u8> = Vec::with_capacity(units + units / 4);
    loop {
        let room = bytes.capacity() - bytes.len();
        // SAFETY: the view covers the vector's spare capacity only and lives until `encodeInto`
        // returns; nothing allocates in wasm memory (which could move it) while it lives. The
        // encoder writes whole UTF-8 sequences only, so `written` bytes are initialised and valid.
        let done = unsafe {
            let view = Uint8Array::view_mut_raw(bytes.as_mut_ptr().add(bytes.len()), room);
            let done = encoder.encode_into(&rest, &view).ok()?;
            bytes.set_len(bytes.len() + done.written() as usize);
            done
        };
        let (read, units) = (done.read(), rest.length());
        if read >= units {
            break;
        }
        rest = rest.slice(read, units);
        bytes.reserve(3 * rest.length() as usize);
    }
    // UTF-8 by the encoder's contract; checked all the same (a fast scan in wasm).
    String::from_utf8(bytes).ok()
}
