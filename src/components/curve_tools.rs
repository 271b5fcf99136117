//! The emotion curve's tools under the grid: the map it is compared with (drawn in the grid's
//! emotion lane), the curve's SVG/PNG downloads (the picture with the map's title, date and every
//! touchpoint's name), and the curve as a table.
use super::curve_table::CurveTable;
use super::tx;
use super::{app_state, use_t};
use crate::analysis::{compare, overlay_values};
use crate::chart::{emotion_curve_picture, CurveText, Overlay};
use crate::i18n::Key;
use crate::model::JourneyMap;
use crate::platform;
use crate::state::{EditorState, Picture};
use leptos::prelude::*;

/// Height of the downloaded curve's plot, in pixels.
const PICTURE_HEIGHT: u32 = 300;

/// Width of the downloaded curve: room for every touchpoint's name under its point, within
/// what an image viewer opens comfortably.
pub fn picture_width(m: &JourneyMap) -> u32 {
    (m.touchpoints.len() as u32 * 110).clamp(720, 8000)
}

/// The curve's tools: comparison, downloads, the touchpoints the comparison could not match,
/// and the table view.
#[component]
pub fn CurveTools(editor: EditorState) -> impl IntoView {
    let unmatched = Memo::new(move |_| {
        let other = editor.compare.get()?;
        let names = editor.map.with(|m| comparison_of(m, &other).1);
        (!names.is_empty()).then_some(names)
    });
    view! {
        <figure class="curve">
            {curve_caption(editor)}
            {move || {
                unmatched
                    .get()
                    .map(|names| {
                        view! { <p class="hint">{tx(Key::Unmatched)}" "{names.join(", ")}</p> }
                    })
            }} {changes_list(editor)} <CurveTable editor />
        </figure>
    }
}

/// What changed since the version compared with, in words (the first 40; the count of all).
fn changes_list(editor: EditorState) -> impl IntoView {
    let lang = app_state().lang;
    let t = use_t();
    let changes = Memo::new(move |_| {
        let other = editor.compare.get()?;
        Some(editor.map.with(|m| crate::analysis::diff(&other, m)))
    });
    move || {
        let all = changes.get()?;
        let l = lang.get();
        let count = all.len();
        let items = all
            .iter()
            .take(40)
            .map(|c| view! { <li>{crate::i18n::change_text(l, c)}</li> })
            .collect_view();
        Some(view! {
            <section class="changes" aria-label=t(Key::Changes)>
                <h3>{t(Key::ChangesSince)}" ("{count}")"</h3>
                {if count == 0 {
                    view! { <p class="hint">{t(Key::NoChanges)}</p> }.into_any()
                } else {
                    view! { <ul>{items}</ul> }.into_any()
                }}
            </section>
        })
    }
}

/// The curve's title, the map it is compared with, and its SVG/PNG downloads.
fn curve_caption(editor: EditorState) -> impl IntoView {
    let app = app_state();
    let t = use_t();
    // The picture on its own: the curve with the map's title and date, and every touchpoint's
    // name under its point (the page's cards are not in it).
    let download = move |png: bool| {
        let lang = app.lang.get_untracked();
        let other = editor.compare.get_untracked();
        let (svg, height) = editor.map.with_untracked(|m| {
            let overlay = other.as_ref().map(|o| comparison_of(m, o).0);
            let date = platform::local_time(&m.updated, lang);
            let text = CurveText::for_map(lang, m);
            let w = picture_width(m);
            emotion_curve_picture(m, w, PICTURE_HEIGHT, &text, overlay.as_ref(), &date)
        });
        let w = editor.map.with_untracked(picture_width);
        let picture = match png {
            true => Picture::Png(w, height),
            false => Picture::Svg,
        };
        let _ = app.download_picture(t(Key::EmotionCurve), &svg, picture);
    };
    let compare_options = Memo::new(move |_| {
        let me = editor.map.with(|m| m.id.clone());
        app.entries.with(|es| {
            es.iter()
                .filter(|e| e.id != me)
                .map(|e| (e.id.clone(), e.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let choose_compare = move |id: String| {
        let _ = app.compare_open_map_with(Some(id.as_str()).filter(|id| !id.is_empty()));
    };
    // A future-state copy is compared with the map it came from, from the start.
    if let Some(base) = editor.map.with_untracked(|m| m.based_on.clone()) {
        let known = app
            .entries
            .with_untracked(|es| es.iter().any(|e| e.id == base));
        if editor.compare.with_untracked(Option::is_none) && known {
            choose_compare(base);
        }
    }
    let compared = move |id: &str| {
        editor
            .compare
            .with(|c| c.as_ref().is_some_and(|c| c.id == id))
    };
    let options = move || {
        compare_options
            .get()
            .into_iter()
            .map(|(id, title)| {
                let mine = id.clone();
                view! {
                    <option value=id prop:selected=move || compared(&mine)>
                        {title}
                    </option>
                }
            })
            .collect_view()
    };
    // A version of this very map: a snapshot, or the file under merge review.
    let same_map = move || {
        let me = editor.map.with(|m| m.id.clone());
        editor
            .compare
            .with(|c| c.as_ref().is_some_and(|o| o.id == me))
    };
    let reviewing = move || app.merging.with(Option::is_some);
    let snapshot_compared = move || same_map() && !reviewing();
    let file_compared = move || same_map() && reviewing();
    let compare_id = super::fields::field_id();
    view! {
        <figcaption>
            <span class="curve-title">{tx(Key::EmotionCurve)}</span>
            <span class="field inline">
                <label for=compare_id.clone()>{tx(Key::CompareWith)}</label>
                <select id=compare_id on:change=move |ev| choose_compare(event_target_value(&ev))>
                    <option value="" prop:selected=move || editor.compare.with(Option::is_none)>
                        {tx(Key::NoComparison)}
                    </option>
                    // A version of this map (a snapshot, the file under review) shows as itself.
                    {version_option("snapshot", Key::SnapshotWord, snapshot_compared)}
                    {version_option("incoming", Key::IncomingFileWord, file_compared)}
                    {options}
                </select>
            </span>
            <button on:click=move |_| download(false)>{tx(Key::ExportSvg)}</button>
            <button on:click=move |_| download(true)>{tx(Key::ExportPng)}</button>
        </figcaption>
    }
}

/// The other map's emotions along this map's journey (the dashed line), and the names of its
/// touchpoints that match none of this map's.
pub fn comparison_of(m: &JourneyMap, other: &JourneyMap) -> (Overlay, Vec<String>) {
    let cmp = compare(m, other);
    let persona = m.personas.first().map(|p| p.id.clone()).unwrap_or_default();
    let values = overlay_values(other, &persona, &cmp);
    let unmatched: Vec<String> = cmp
        .unmatched
        .iter()
        .filter_map(|id| other.touchpoint(id).map(|t| t.name.clone()))
        .collect();
    (
        Overlay {
            values,
            label: other.title.clone(),
        },
        unmatched,
    )
}

/// An entry of "compare with" shown only while that version of the map is compared (it cannot be
/// chosen there: it is compared from its own panel).
fn version_option(
    value: &'static str,
    key: Key,
    shown: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = use_t();
    view! {
        <option value=value disabled=true hidden=move || !shown() prop:selected=shown>
            {move || t(key)}
        </option>
    }
}
