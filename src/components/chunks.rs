//! Code split points: the parts of the app that are not on the library's start path, each in a
//! wasm chunk of its own (wasm-split, built by `scripts/build-wasm.mjs`) fetched shortly after
//! start or when first needed. Without the `split` feature (component tests, the
//! debug build) the same functions are plain `async fn`s over the same code.
use crate::components::editor::EditorPage;
use crate::components::merge::MergeReview;
use crate::components::present::PresentPage;
use crate::state::EditorState;
use leptos::prelude::*;

/// A chunk could not be fetched (offline before the service worker has it, a failed deploy).
#[derive(Debug, Clone)]
pub struct ChunkMissing;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// One split point: `split_point!(chunk, preload_name, fn name(args) { view })`, returning the
/// view erased, or `ChunkMissing`.
macro_rules! split_point {
    ($chunk:ident, $preload:ident, fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            preload(#[doc(hidden)] $preload),
            fallible
        )]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, ChunkMissing> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Result<AnyView, ChunkMissing> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        pub async fn $preload() -> Result<(), ChunkMissing> {
            Ok(())
        }
    };
}

split_point!(
    editor,
    preload_editor,
    fn editor_page(editor: EditorState) {
        view! {
            <MergeReview />
            <EditorPage editor />
        }
        .into_any()
    }
);

split_point!(
    present,
    preload_present,
    fn present_page() {
        view! { <PresentPage /> }.into_any()
    }
);

/// How long after start the chunks are fetched: after the library's first paint and its first
/// reads, before a user's first click on a map is likely.
const PRELOAD_AFTER_MS: u64 = 300;

/// Fetches every chunk once the library has started, one after another, so a later first click
/// finds its code ready (the service worker keeps them for the visits after).
pub fn preload_when_idle() {
    let _ = crate::platform::Timer::after(PRELOAD_AFTER_MS, || {
        leptos::task::spawn_local(async {
            let _ = preload_editor().await;
            let _ = preload_present().await;
        })
    });
}
