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
    /// localStorage can be read but refuses writes (a policy, a SecurityError on `setItem`): the
    /// stored maps are read from it and can be backed up; changes live in memory over it.
    ReadOnly {
        /// What this tab wrote.
        overlay: MemoryStore,
        /// Keys this tab removed.
        removed: std::collections::BTreeSet<String>,
    },
    /// localStorage is blocked: everything lives in memory until the tab closes.
    Memory(MemoryStore),
}

const PROBE_KEY: &str = "patika:probe";

impl BrowserStore {
    /// Probes localStorage (the getter itself may throw in private modes or under policies, and
    /// reading and writing may each throw) and falls back to what still works. The error is the
    /// probe write's refusal when storage is full: the app starts saying so, not "Saved".
    pub fn open() -> (BrowserStore, Option<StoreError>) {
        let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
            return (BrowserStore::Memory(MemoryStore::default()), None);
        };
        if s.get_item(PROBE_KEY).is_err() || s.length().is_err() {
            return (BrowserStore::Memory(MemoryStore::default()), None);
        }
        match s.set_item(PROBE_KEY, "1") {
            Ok(()) if s.remove_item(PROBE_KEY).is_ok() => (BrowserStore::Local, None),
            // Full is not blocked: what is stored can be read, and each failed save says so.
            Err(e) if store_error(e.clone()) == StoreError::QuotaExceeded => {
                (BrowserStore::Local, Some(StoreError::QuotaExceeded))
            }
            _ => (
                BrowserStore::ReadOnly {
                    overlay: MemoryStore::default(),
                    removed: Default::default(),
                },
                None,
            ),
        }
    }

    /// Whether changes survive a reload.
    pub fn is_persistent(&self) -> bool {
        matches!(self, BrowserStore::Local)
    }

    /// Whether stored maps are read from browser storage that refuses writes.
    pub fn is_read_only(&self) -> bool {
        matches!(self, BrowserStore::ReadOnly { .. })
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

/// The raw Storage object seen through the string-preserving methods.
fn js() -> Result<JsStorage, StoreError> {
    Ok(wasm_bindgen::JsCast::unchecked_into(raw()?))
}

/// A stored value as it is in JavaScript (None: no such key).
fn js_get(key: &str) -> Result<Option<js_sys::JsString>, StoreError> {
    let value = js()?.get_item_js(key).map_err(store_error)?;
    Ok(wasm_bindgen::JsCast::dyn_into::<js_sys::JsString>(value).ok())
}

/// A stored JavaScript string as Rust text; one with a lone surrogate is not text.
fn text_of(key: &str, value: js_sys::JsString) -> Result<String, StoreError> {
    let text = super::text::rust_text(&value);
    match super::text::is_text(&value, &text) {
        true => Ok(text),
        false => Err(StoreError::NotText { key: key.into() }),
    }
}

impl BrowserStore {
    /// Reads under a read-only store's overlay: this tab's writes first, then browser storage.
    fn local_get(key: &str) -> Result<Option<String>, StoreError> {
        js_get(key)?.map(|v| text_of(key, v)).transpose()
    }
}

impl KvStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            BrowserStore::Local => Self::local_get(key),
            BrowserStore::ReadOnly { overlay, removed } => match overlay.get(key)? {
                Some(v) => Ok(Some(v)),
                None if removed.contains(key) => Ok(None),
                None => Self::local_get(key),
            },
            BrowserStore::Memory(m) => m.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local => raw()?.set_item(key, value).map_err(store_error),
            BrowserStore::ReadOnly { overlay, removed } => {
                removed.remove(key);
                overlay.set(key, value)
            }
            BrowserStore::Memory(m) => m.set(key, value),
        }
    }
    fn units(&self, key: &str) -> Result<Option<usize>, StoreError> {
        match self {
            // A JS string's length is in UTF-16 code units.
            BrowserStore::Local => Ok(js_get(key)?.map(|v| v.length() as usize)),
            BrowserStore::ReadOnly { .. } => Ok(self.get(key)?.map(|v| v.encode_utf16().count())),
            BrowserStore::Memory(m) => m.units(key),
        }
    }
    fn set_and_check(&mut self, key: &str, value: &str) -> Result<bool, StoreError> {
        match self {
            BrowserStore::Local => {
                let s = js()?;
                let text = js_sys::JsString::from(value);
                s.set_item_js(key, &text).map_err(store_error)?;
                let back = s.get_item_js(key).map_err(store_error)?;
                Ok(back == JsValue::from(text))
            }
            _ => {
                self.set(key, value)?;
                Ok(self.get(key)?.as_deref() == Some(value))
            }
        }
    }
    fn copy(&mut self, from: &str, to: &str) -> Result<bool, StoreError> {
        match self {
            // Copied as a JavaScript string: exact, lone surrogates included.
            BrowserStore::Local => {
                let Some(value) = js_get(from)? else {
                    return Ok(false);
                };
                let s = js()?;
                s.set_item_js(to, &value).map_err(store_error)?;
                Ok(s.get_item_js(to).map_err(store_error)? == JsValue::from(value))
            }
            BrowserStore::ReadOnly { overlay, .. } => match Self::local_get(from) {
                Ok(Some(v)) => overlay.set_and_check(to, &v),
                Ok(None) => Ok(false),
                // Not text: it stays where it is (this tab cannot write it anywhere).
                Err(e) => Err(e),
            },
            BrowserStore::Memory(m) => m.copy(from, to),
        }
    }
    fn same(&self, a: &str, b: &str) -> Result<bool, StoreError> {
        match self {
            BrowserStore::Local => Ok(js_get(a)? == js_get(b)?),
            _ => Ok(self.get(a)? == self.get(b)?),
        }
    }
    fn get_escaped(&self, key: &str) -> Result<Option<String>, StoreError> {
        match (self, self.get(key)) {
            (BrowserStore::Local, Err(StoreError::NotText { .. })) => Ok(js_get(key)?.map(|v| {
                let units: Vec<u16> = v.iter().collect();
                crate::format::escape_lone_surrogates(&units)
            })),
            (_, other) => other,
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local => raw()?.remove_item(key).map_err(store_error),
            BrowserStore::ReadOnly { overlay, removed } => {
                removed.insert(key.to_string());
                overlay.remove(key)
            }
            BrowserStore::Memory(m) => m.remove(key),
        }
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match self {
            BrowserStore::Local => local_keys(),
            BrowserStore::ReadOnly { overlay, removed } => {
                let mut keys = local_keys()?;
                keys.retain(|k| !removed.contains(k));
                for k in overlay.keys()? {
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                }
                Ok(keys)
            }
            BrowserStore::Memory(m) => m.keys(),
        }
    }
}

/// Every key in localStorage.
fn local_keys() -> Result<Vec<String>, StoreError> {
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

/// The stored interface language (as gloo-storage wrote it: a JSON string). Read without gloo:
/// its `get` panics when `getItem` throws, which some storage policies do.
pub fn stored_language() -> Option<String> {
    stored_preference(crate::format::keys::UI_LANGUAGE)
}

/// A remembered choice of the user's (a JSON string under `key`), if any.
pub fn stored_preference(key: &str) -> Option<String> {
    if !storage_reachable() {
        return None;
    }
    let text = BrowserStore::local_get(key).ok()??;
    serde_json::from_str::<String>(&text).ok()
}

/// Whether `window.localStorage` can be reached at all (its getter throws in some private modes).
fn storage_reachable() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Remembers the interface language; failing to remember it is not worth a warning.
pub fn store_language(code: &str) {
    store_preference(crate::format::keys::UI_LANGUAGE, code);
}

/// Remembers a choice of the user's under `key`; failing to is not worth a warning.
pub fn store_preference(key: &str, value: &str) {
    if storage_reachable() {
        let _ = LocalStorage::set(key, value);
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
