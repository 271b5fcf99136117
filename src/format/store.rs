//! The key-value store under the library: the trait, its errors (with every browser's spelling of
//! "quota exceeded"), the storage meter, and an in-memory store that can inject failures.
use crate::model::order::sort_by;
use std::collections::BTreeMap;

/// Why the store refused an operation.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The store is full (localStorage quota).
    QuotaExceeded,
    /// The store cannot be used at all (blocked storage).
    Unavailable,
    /// A write seemed to succeed but reading it back gave something else.
    NotVerified { key: String },
    /// Another tab saved this map since this tab last read it: writing would lose its changes.
    Conflict { id: String },
    /// A newer build of Patika stored this map: an older one never writes over it (it would drop
    /// what it does not know).
    Newer { id: String },
    /// The stored value is not text (it holds a lone UTF-16 surrogate); it can only be copied.
    NotText { key: String },
    /// Anything else, with the store's message.
    Other(String),
}

/// Whether a storage exception (by its DOMException name or legacy code) means "quota exceeded",
/// under every browser's spelling.
pub fn is_quota_error(name: &str, code: i64) -> bool {
    matches!(
        name,
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR"
    ) || code == 22
        || code == 1014
}

/// What browsers give one site in localStorage, in UTF-16 code units (≈ 5 MB); the meter measures
/// against it.
pub const STORAGE_BUDGET_UNITS: usize = 5_000_000;

/// Share of the budget from which the app warns and suggests exporting.
pub const STORAGE_WARN_SHARE: f64 = 0.8;

/// Share of the budget used, in whole percent (rounded).
pub fn storage_percent(units: usize) -> usize {
    (units * 100 + STORAGE_BUDGET_UNITS / 2) / STORAGE_BUDGET_UNITS
}

/// How much of the budget Patika's keys use (keys and values, UTF-16 code units, as browsers count).
pub fn storage_units(store: &impl KvStore) -> Result<usize, StoreError> {
    let mut total = 0;
    for key in store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with("patika:"))
    {
        total += key.encode_utf16().count() + store.units(&key)?.unwrap_or(0);
    }
    Ok(total)
}

/// How much of the budget every key of this site uses (Patika's and any other's): what is left for
/// a map is the budget minus this.
pub fn site_units(store: &impl KvStore) -> Result<usize, StoreError> {
    let mut total = 0;
    for key in store.keys()? {
        total += key.encode_utf16().count() + store.units(&key)?.unwrap_or(0);
    }
    Ok(total)
}

/// A string key-value store (localStorage in the browser, memory in tests).
pub trait KvStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// The length of the value under `key` in UTF-16 code units (what browsers count against the
    /// quota), if any. The browser store asks JavaScript, so the storage meter does not copy every
    /// stored map into wasm each time the library is shown.
    fn units(&self, key: &str) -> Result<Option<usize>, StoreError> {
        Ok(self.get(key)?.map(|v| v.encode_utf16().count()))
    }
    /// Stores `value` under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Stores `value` under `key` and reads it back: `Ok(true)` when exactly `value` is stored now.
    /// (The browser store compares on its own side, without copying a big map back into wasm.)
    fn set_and_check(&mut self, key: &str, value: &str) -> Result<bool, StoreError> {
        self.set(key, value)?;
        Ok(self.get(key)?.as_deref() == Some(value))
    }
    /// Removes `key` (no error when absent).
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Whether `key` holds anything (text or not).
    fn has(&self, key: &str) -> Result<bool, StoreError> {
        Ok(self.units(key)?.is_some())
    }
    /// Copies what `from` holds to `to` exactly (code unit by code unit, text or not) and reads
    /// it back: `Ok(true)` when `to` now holds the same.
    fn copy(&mut self, from: &str, to: &str) -> Result<bool, StoreError> {
        match self.get(from)? {
            Some(v) => self.set_and_check(to, &v),
            None => Ok(false),
        }
    }
    /// Whether two keys hold exactly the same (text or not).
    fn same(&self, a: &str, b: &str) -> Result<bool, StoreError> {
        Ok(self.get(a)? == self.get(b)?)
    }
    /// The value under `key` as text even when it is not: a lone surrogate becomes the six
    /// characters of its JSON escape (`\udXXX`), so a JSON text reads back as exactly what was
    /// stored.
    fn get_escaped(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.get(key)
    }
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store for tests and for memory-only mode, with optional failure injection.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    /// The stored entries.
    pub data: BTreeMap<String, String>,
    /// Writes so far.
    pub writes: usize,
    /// When set, the write with this 1-based number fails with quota exceeded.
    pub fail_write: Option<usize>,
    /// When set, the write with this 1-based number stores only the first half of the value and
    /// reports success (a write cut short by a crash or a full disk).
    pub truncate_write: Option<usize>,
    /// When set, the write with this 1-based number fails with an error other than quota (a
    /// security error, a storage backend failing) and stores nothing.
    pub error_write: Option<usize>,
    /// When set, the store's size in UTF-16 code units (keys and values, as browsers count): a
    /// write that would go past it fails with quota exceeded, as in a browser.
    pub quota: Option<usize>,
    /// When set, every write fails with this error (storage that reads but refuses writes).
    pub refuse_writes: Option<StoreError>,
    /// Values that are not text (UTF-16 code units with lone surrogates), as a browser can hold.
    pub raw: BTreeMap<String, Vec<u16>>,
}

impl MemoryStore {
    /// Code units used by every entry but `except` (keys and values).
    fn used_except(&self, except: &str) -> usize {
        let units = |s: &str| s.encode_utf16().count();
        let text = self.data.iter().filter(|(k, _)| *k != except);
        let raw = self.raw.iter().filter(|(k, _)| *k != except);
        text.map(|(k, v)| units(k) + units(v)).sum::<usize>()
            + raw.map(|(k, v)| units(k) + v.len()).sum::<usize>()
    }

    /// Whether a write of `units` code units under `key` may happen: refused writes, then the
    /// quota (what `key` holds now is replaced, so it does not count).
    fn admit(&self, key: &str, units: usize) -> Result<(), StoreError> {
        if let Some(e) = self.refuse_writes.clone() {
            return Err(e);
        }
        let need = key.encode_utf16().count() + units;
        match self.quota.is_some_and(|q| self.used_except(key) + need > q) {
            true => Err(StoreError::QuotaExceeded),
            false => Ok(()),
        }
    }

    /// Fills the store to its quota with a key of its own (as other sites' data or junk would).
    pub fn fill_to_quota(&mut self) {
        if let Some(quota) = self.quota {
            let key = "filler";
            let room = quota.saturating_sub(self.used_except(key) + key.len());
            self.data.insert(key.into(), "x".repeat(room));
        }
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.raw.contains_key(key) {
            return Err(StoreError::NotText { key: key.into() });
        }
        Ok(self.data.get(key).cloned())
    }
    fn units(&self, key: &str) -> Result<Option<usize>, StoreError> {
        match self.raw.get(key) {
            Some(units) => Ok(Some(units.len())),
            None => Ok(self.data.get(key).map(|v| v.encode_utf16().count())),
        }
    }
    fn copy(&mut self, from: &str, to: &str) -> Result<bool, StoreError> {
        match self.raw.get(from).cloned() {
            Some(units) => {
                self.writes += 1;
                self.admit(to, units.len())?;
                self.data.remove(to);
                self.raw.insert(to.into(), units);
                Ok(true)
            }
            None => match self.get(from)? {
                Some(v) => self.set_and_check(to, &v),
                None => Ok(false),
            },
        }
    }
    fn same(&self, a: &str, b: &str) -> Result<bool, StoreError> {
        match (self.raw.get(a), self.raw.get(b)) {
            (None, None) => Ok(self.data.get(a) == self.data.get(b)),
            (x, y) => Ok(x == y),
        }
    }
    fn get_escaped(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self.raw.get(key) {
            Some(units) => Ok(Some(escape_lone_surrogates(units))),
            None => self.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writes += 1;
        self.admit(key, value.encode_utf16().count())?;
        self.raw.remove(key);
        if self.fail_write == Some(self.writes) {
            return Err(StoreError::QuotaExceeded);
        }
        if self.error_write == Some(self.writes) {
            return Err(StoreError::Other("injected failure".into()));
        }
        if self.truncate_write == Some(self.writes) {
            let half: String = value.chars().take(value.chars().count() / 2).collect();
            self.data.insert(key.to_string(), half);
            return Ok(());
        }
        self.data.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.data.remove(key);
        self.raw.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let mut keys: Vec<String> = self.data.keys().chain(self.raw.keys()).cloned().collect();
        sort_by(&mut keys, String::cmp);
        Ok(keys)
    }
}

/// UTF-16 code units as text, each lone surrogate written as its JSON escape (`\udXXX`): inside a
/// JSON string that reads back as exactly the code unit that was stored.
pub fn escape_lone_surrogates(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied())
        .map(|c| match c {
            Ok(c) => c.to_string(),
            Err(e) => format!("\\u{:04x}", e.unpaired_surrogate()),
        })
        .collect()
}
