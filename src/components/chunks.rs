//! Code split points: the parts of the app that are not on the library's start path, each in a
//! wasm chunk of its own (wasm-split, built by `scripts/build-wasm.mjs`) fetched shortly after
//! start or when first needed. Without the `split` feature (component tests, the
//! debug build) the same functions are plain `async fn`s over the same code.
use super::tx;
use crate::components::editor::EditorPage;
use crate::components::merge::MergeReview;
use crate::components::notices::NoticeList;
use crate::components::present::PresentPage;
use crate::components::templates::TemplateList;
use crate::i18n::Key;
pub use crate::state::ChunkMissing;
use crate::state::{AppState, EditorState};
use leptos::prelude::*;

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

/// A page from a code chunk: shown as soon as its code is there (at once once fetched), or a
/// message with "try again" when it could not be fetched (a failed fetch is not remembered).
pub fn chunk_view<Page>(page: impl Fn() -> Page + Send + Sync + 'static) -> impl IntoView
where
    Page: std::future::Future<Output = Result<AnyView, ChunkMissing>> + 'static,
{
    let tries = RwSignal::new(0u32);
    move || {
        tries.track();
        let page = send_wrapper::SendWrapper::new(page());
        Suspend::new(async move {
            match page.await {
                Ok(view) => view,
                Err(ChunkMissing) => chunk_missing(move || tries.update(|n| *n += 1)).into_any(),
            }
        })
    }
}

/// "This page's code could not be downloaded", with "try again".
pub fn chunk_missing(retry: impl Fn() + Send + 'static) -> impl IntoView {
    view! {
        <div class="banner warn" role="alert">
            <p class="banner-text">{tx(Key::ChunkMissing)}</p>
            <button on:click=move |_| retry()>{tx(Key::TryAgain)}</button>
        </div>
    }
}

split_point!(
    notices,
    preload_notices,
    fn notice_list() {
        view! { <NoticeList /> }.into_any()
    }
);

split_point!(
    templates,
    preload_templates,
    fn template_list() {
        view! { <TemplateList /> }.into_any()
    }
);

/// Rehearses a first open in the editor's chunk (see `rehearsal`).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(editor, wasm_split_path = ::leptos::wasm_split, fallible)]
fn rehearse(app: AppState) -> Result<(), ChunkMissing> {
    super::rehearsal::rehearse(app);
    Ok(())
}

#[cfg(not(feature = "split"))]
async fn rehearse(app: AppState) -> Result<(), ChunkMissing> {
    super::rehearsal::rehearse(app);
    Ok(())
}

/// How long after start the chunks are fetched: after the library's first paint and its first
/// reads, before a user's first click on a map is likely.
const PRELOAD_AFTER_MS: u64 = 300;

/// Fetches every chunk once the library has started, one after another, so a later first click
/// finds its code ready (the service worker keeps them for the visits after). The editor's
/// chunk brings the load pipeline, which the library is given as it arrives.
pub fn preload_when_idle(app: AppState) {
    let _ = crate::platform::Timer::after(PRELOAD_AFTER_MS, move || {
        leptos::task::spawn_local(async move {
            let _ = preload_notices().await;
            if preload_editor().await.is_ok() {
                app.fetch_reader();
                let _ = rehearse(app).await;
            }
            let _ = preload_present().await;
            let _ = preload_templates().await;
        })
    });
}
