//! The only code that touches browser APIs (web-sys, js-sys, gloo). Nothing here unwraps.
pub mod browser;
pub mod storage;

pub use browser::*;
pub use storage::{store_language, stored_language, BrowserStore};
