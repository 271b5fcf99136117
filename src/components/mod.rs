//! Leptos views: thin; they read state, dispatch Commands and show reports.
pub mod board;
pub mod curve;
pub mod curve_table;
pub mod editor;
pub mod fields;
pub mod inspector;
pub mod library;
pub mod matrix;
pub mod notices;
pub mod personas;
pub mod present;

use crate::i18n::{text, Key};
use crate::state::AppState;
use leptos::prelude::*;

/// The app state from context.
pub fn app_state() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| panic!("AppState is provided by App"))
}

/// A reactive translator: `t(Key::X)` inside a reactive closure follows the language.
pub fn use_t() -> impl Fn(Key) -> &'static str + Copy + Send + Sync + 'static {
    let lang = app_state().lang;
    move |k| text(lang.get(), k)
}
