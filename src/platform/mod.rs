//! The only code that touches browser APIs (web-sys, js-sys, gloo). Nothing here unwraps.
pub mod browser;
pub mod downloads;
pub mod files;
pub mod import_worker;
pub mod offline;
pub mod prebuilt;
pub mod share;
pub mod storage;
pub mod text;
pub mod viewport;

pub use browser::*;
pub use downloads::*;
pub use prebuilt::{is_on_page, mark, Prebuilt};
pub use storage::{
    request_persistence, store_language, store_preference, stored_language, stored_preference,
    BrowserStore,
};
pub use viewport::{
    build_off_page, focus_soon, on_print, on_resize_of, scroll_box, scroll_box_to,
    scroll_page_to_top, window_width, FrameThrottle,
};
