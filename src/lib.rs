//! Patika: customer journey maps in the browser.
pub mod analysis;
pub mod chart;
pub mod format;
pub mod i18n;
pub mod model;
