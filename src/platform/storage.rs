//! `KvStore` over the browser's localStorage (through gloo-storage), probed before use so that
//! blocked storage becomes memory-only mode instead of a panic.
use crate::format::{KvStore, MemoryStore, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

/// Where maps are kept in this tab.
#[derive(Debug, Clone)]
pub enum BrowserStore {
    /// localStorage works.
    Local,
    /// localStorage is blocked: everything lives in memory until the tab closes.
    Memory(MemoryStore),
}

const PROBE_KEY: &str = "patika:probe";

impl BrowserStore {
    /// Probes localStorage (the getter itself may throw in private modes or under policies) and
    /// falls back to memory.
    pub fn open() -> BrowserStore {
        let Some(window) = web_sys::window() else {
            return BrowserStore::Memory(MemoryStore::default());
        };
        match window.local_storage() {
            Ok(Some(s)) => match s.set_item(PROBE_KEY, "1") {
                Ok(()) if s.remove_item(PROBE_KEY).is_ok() => BrowserStore::Local,
                // Full is not blocked: what is stored can be read, and each failed save says so.
                Err(e) if store_error(e.clone()) == StoreError::QuotaExceeded => {
                    BrowserStore::Local
                }
                _ => BrowserStore::Memory(MemoryStore::default()),
            },
            _ => BrowserStore::Memory(MemoryStore::default()),
        }
    }

    /// Whether changes survive a reload.
    pub fn is_persistent(&self) -> bool {
        matches!(self, BrowserStore::Local)
    }
}

/// The raw Storage object; only called after `open` found storage usable.
fn raw() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StoreError::Unavailable)
}

/// Maps a thrown storage exception to a `StoreError`, recognising every browser's quota spelling.
pub fn store_error(err: JsValue) -> StoreError {
    let get = |k: &str| js_sys::Reflect::get(&err, &JsValue::from_str(k)).ok();
    let name = get("name").and_then(|v| v.as_string()).unwrap_or_default();
    let code = get("code").and_then(|v| v.as_f64()).unwrap_or(0.0) as i64;
    let message = get("message")
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if crate::format::library::is_quota_error(&name, code) {
        StoreError::QuotaExceeded
    } else {
        StoreError::Other(format!("{name}: {message}"))
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    // Storage methods taking and returning JS strings as they are, so a write can be checked
    // on the JavaScript side (no second copy of a multi-megabyte map into wasm).
    /// The page's Storage object, seen through these two methods only.
    type JsStorage;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_js(this: &JsStorage, key: &str, value: &js_sys::JsString) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_js(this: &JsStorage, key: &str) -> Result<JsValue, JsValue>;
}

impl KvStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            BrowserStore::Local => raw()?.get_item(key).map_err(store_error),
            BrowserStore::Memory(m) => m.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local => raw()?.set_item(key, value).map_err(store_error),
            BrowserStore::Memory(m) => m.set(key, value),
        }
    }
    fn units(&self, key: &str) -> Result<Option<usize>, StoreError> {
        match self {
            BrowserStore::Local => {
                let s: JsStorage = wasm_bindgen::JsCast::unchecked_into(raw()?);
                let value = s.get_item_js(key).map_err(store_error)?;
                // A JS string's length is in UTF-16 code units; null means no such key.
                Ok(wasm_bindgen::JsCast::dyn_ref::<js_sys::JsString>(&value)
                    .map(|v| v.length() as usize))
            }
            BrowserStore::Memory(m) => m.units(key),
        }
    }
    fn set_and_check(&mut self, key: &str, value: &str) -> Result<bool, StoreError> {
        match self {
            BrowserStore::Local => {
                let s: JsStorage = wasm_bindgen::JsCast::unchecked_into(raw()?);
                let text = js_sys::JsString::from(value);
                s.set_item_js(key, &text).map_err(store_error)?;
                let back = s.get_item_js(key).map_err(store_error)?;
                Ok(back == JsValue::from(text))
            }
            BrowserStore::Memory(m) => m.set_and_check(key, value),
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local => raw()?.remove_item(key).map_err(store_error),
            BrowserStore::Memory(m) => m.remove(key),
        }
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match self {
            BrowserStore::Local => {
                let s = raw()?;
                let n = s.length().map_err(store_error)?;
                let mut out = Vec::with_capacity(n as usize);
                for i in 0..n {
                    if let Some(k) = s.key(i).map_err(store_error)? {
                        out.push(k);
                    }
                }
                Ok(out)
            }
            BrowserStore::Memory(m) => m.keys(),
        }
    }
}

/// The stored interface language, read through gloo-storage (it returns errors, never panics).
pub fn stored_language() -> Option<String> {
    // gloo panics when the localStorage getter itself throws (blocked storage): ask first.
    storage_reachable()
        .then(|| LocalStorage::get::<String>(crate::format::keys::UI_LANGUAGE).ok())
        .flatten()
}

/// Whether `window.localStorage` can be reached at all (its getter throws in some private modes).
fn storage_reachable() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Remembers the interface language; failing to remember it is not worth a warning.
pub fn store_language(code: &str) {
    if storage_reachable() {
        let _ = LocalStorage::set(crate::format::keys::UI_LANGUAGE, code);
    }
}

/// Asks the browser to keep this site's storage under storage pressure; `done(Some(granted))`, or
/// `None` where the browser has no such request.
pub fn request_persistence(done: impl FnOnce(Option<bool>) + 'static) {
    let Some(promise) = web_sys::window().and_then(|w| w.navigator().storage().persist().ok())
    else {
        return done(None);
    };
    leptos::task::spawn_local(async move {
        done(
            wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool()),
        );
    });
}
