//! The emotion curve under the stage columns: the shared plotters drawing, shown as an image.
use super::board::COLUMN_PX;
use super::use_t;
use crate::chart::{emotion_curve_svg, CurveText};
use crate::i18n::{emotion_label, Key};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// Height of the curve in CSS pixels.
pub const CURVE_HEIGHT: u32 = 300;

/// The emotion curve (static drawing).
#[component]
pub fn EmotionCurve(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let width = Memo::new(move |_| editor.map.with(|m| m.stages.len().max(1) as u32 * COLUMN_PX));
    let src = Memo::new(move |_| {
        let l = lang.get();
        editor.map.with(|m| {
            let (lo, hi) = (m.emotion_scale.min, m.emotion_scale.max);
            let labels = if m.emotion_scale.labels.is_empty() {
                (lo..=hi).map(|v| emotion_label(l, v, lo, hi).to_string()).collect()
            } else {
                m.emotion_scale.labels.clone()
            };
            let text = CurveText { scale_labels: labels, exit: crate::i18n::text(l, Key::ExitBadge).into() };
            platform::svg_data_url(&emotion_curve_svg(m, width.get(), CURVE_HEIGHT, &text))
        })
    });
    let has_points = Memo::new(move |_| editor.map.with(|m| m.touchpoints.iter().any(|t| !t.emotions.is_empty())));
    view! {
        <figure class="curve">
            <figcaption>{move || t(Key::EmotionCurve)}</figcaption>
            <img src=move || src.get() alt=move || t(Key::EmotionCurve) width=move || width.get() height=CURVE_HEIGHT />
            <Show when=move || !has_points.get()>
                <p class="hint">{move || t(Key::CurveEmpty)}</p>
            </Show>
        </figure>
    }
}
