//! The key-value store under the library: the trait, its errors (with every browser's spelling of
//! "quota exceeded"), the storage meter, and an in-memory store that can inject failures.
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
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.data.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writes += 1;
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
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.data.keys().cloned().collect())
    }
}
