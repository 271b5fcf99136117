//! Patika: customer journey maps in the browser.
//!
//! The pure core (`model`, `format`, `analysis`, `layout`, `merge`, `chart`, `interop`, `i18n`) builds and
//! is tested natively; the browser layers (`platform`, `state`, `components`, `app`) only build
//! for wasm32.
pub mod analysis;
pub mod chart;
pub mod format;
pub mod i18n;
pub mod interop;
pub mod layout;
pub mod merge;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod state;
