//! The emotion curve's pieces: its points and what they say, the caption with the comparison
//! and downloads, the tooltip, the drag ghost and the selection band. Plain view functions (not
//! components): opening the editor compiles no more erased views than before they were split.
use super::curve::CURVE_HEIGHT;
use super::{app_state, use_t};
use crate::analysis::{compare, overlay_values};
use crate::chart::{emotion_curve_picture, CurveLayout, Overlay};
use crate::i18n::{emotion_label, exit_chip, pain_chip, text, Key, Lang};
use crate::model::{Id, JourneyMap};
use crate::platform;
use crate::state::{EditorState, Picture};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// One interactive point: a touchpoint × persona.
#[derive(Clone, PartialEq)]
pub(super) struct Handle {
    pub(super) index: usize,
    pub(super) persona_index: usize,
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) value: Option<i8>,
    pub(super) label: String,
}

pub(super) type HandleKey = (Id, Id);

#[derive(Clone, PartialEq, Default)]
pub(super) struct Handles {
    pub(super) keys: Vec<HandleKey>,
    pub(super) by_key: HashMap<HandleKey, Handle>,
}

/// A drag in progress: only this changes while the pointer moves.
#[derive(Clone, PartialEq)]
pub(super) struct Drag {
    pub(super) key: HandleKey,
    pub(super) start: Option<i8>,
    pub(super) value: i8,
    pub(super) x: f64,
    pub(super) prev: Option<(f64, f64)>,
    pub(super) next: Option<(f64, f64)>,
}

/// The point (touchpoint, persona) an event happened on, from the target's data attributes.
pub(super) fn point_of(ev: &leptos::ev::Event) -> Option<HandleKey> {
    Some((
        platform::target_data(ev, "data-tp")?,
        platform::target_data(ev, "data-persona")?,
    ))
}

pub(super) fn handle_id(index: usize, persona_index: usize) -> String {
    format!("pt-{index}-{persona_index}")
}

/// One handle per touchpoint × persona, in journey order, with what a screen reader says of it
/// ("Calls support, Discovery, Call centre. Ayşe: -2 Very negative").
pub(super) fn point_handles(m: &JourneyMap, layout: &CurveLayout, l: Lang) -> Handles {
    let mut hs = Handles::default();
    let p = layout.projection;
    // Lookups by id through maps: a linear search per point is quadratic on big maps.
    let tps: HashMap<&str, &crate::model::Touchpoint> =
        m.touchpoints.iter().map(|t| (t.id.as_str(), t)).collect();
    let stages: HashMap<&str, &str> = m
        .stages
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let channels: HashMap<&str, &str> = m
        .channels
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    for pt in &layout.points {
        let Some(tp) = tps.get(pt.touchpoint.as_str()) else {
            continue;
        };
        let stage = stages.get(tp.stage.as_str()).copied().unwrap_or("");
        let channel = channels.get(tp.channel.as_str()).copied().unwrap_or("");
        for (pi, persona) in m.personas.iter().enumerate() {
            let value = tp.emotions.get(&persona.id).copied();
            let said = match value {
                Some(v) => format!("{v:+} {}", emotion_label(l, v, p.min, p.max)),
                None => text(l, Key::NotSet).to_string(),
            };
            // Named with its touchpoint, and saying what hurts there, not only the value.
            let mut label = format!("{}, {stage}, {channel}. {}: {said}", tp.name, persona.name);
            if !tp.pain_points.is_empty() {
                let pains: Vec<String> = tp.pain_points.iter().map(|x| pain_chip(l, x)).collect();
                label.push_str(&format!(
                    ". {}: {}",
                    text(l, Key::PainPoints),
                    pains.join("; ")
                ));
            }
            if let Some(exit) = &tp.exit_point {
                label.push_str(&format!(
                    ". {}: {}",
                    text(l, Key::ExitBadge),
                    exit_chip(l, exit)
                ));
            }
            let y = p.y_of(value.unwrap_or(0).clamp(p.min, p.max) as f64);
            let key = (tp.id.clone(), persona.id.clone());
            hs.keys.push(key.clone());
            hs.by_key.insert(
                key,
                Handle {
                    index: pt.index,
                    persona_index: pi,
                    x: pt.x,
                    y,
                    value,
                    label,
                },
            );
        }
    }
    hs
}

/// The curve's title, the map it is compared with, and its SVG/PNG downloads.
// A view function, not a component (see `components::editor::editor_head`).
pub(super) fn curve_caption(editor: EditorState, width: Memo<u32>) -> impl IntoView {
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
            let text = super::curve::curve_text(lang, m);
            let w = width.get_untracked();
            emotion_curve_picture(m, w, CURVE_HEIGHT, &text, overlay.as_ref(), &date)
        });
        let picture = match png {
            true => Picture::Png(width.get_untracked(), height),
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
    let compare_id = super::fields::field_id();
    view! {
        <figcaption>
            <span class="curve-title">{move || t(Key::EmotionCurve)}</span>
            <span class="field inline">
                <label for=compare_id.clone()>{move || t(Key::CompareWith)}</label>
                <select id=compare_id on:change=move |ev| choose_compare(event_target_value(&ev))>
                    <option value="" prop:selected=move || editor.compare.with(Option::is_none)>
                        {move || t(Key::NoComparison)}
                    </option>
                    {options}
                </select>
            </span>
            <button on:click=move |_| download(false)>{move || t(Key::ExportSvg)}</button>
            <button on:click=move |_| download(true)>{move || t(Key::ExportPng)}</button>
        </figcaption>
    }
}

/// The tooltip of the point under the pointer or the keyboard: its label and pain points.
pub(super) fn curve_tip(
    tip: Memo<Option<(Handle, Vec<String>)>>,
    width: Memo<u32>,
) -> impl IntoView {
    move || {
        tip.get().map(|(h, pains)| {
            let left = (h.x + 16.0).min(width.get() as f64 - 240.0).max(0.0);
            let style = format!("left:{left}px;top:{}px", (h.y - 10.0).max(0.0));
            let pains = (!pains.is_empty()).then(|| {
                let items = pains
                    .into_iter()
                    .map(|p| view! { <li>"⚠ "{p}</li> })
                    .collect_view();
                view! { <ul>{items}</ul> }
            });
            view! {
                <div class="curve-tip" role="tooltip" style=style>
                    <strong>{h.label.clone()}</strong>
                    {pains}
                </div>
            }
        })
    }
}

/// One focusable point: a touchpoint × persona, a slider for screen readers. The element stays
/// while its values change (it may hold the keyboard focus); events are delegated to the layer.
/// Only points on screen exist.
pub(super) fn point_handle(
    key: HandleKey,
    handles: Memo<Arc<Handles>>,
    layout: Memo<CurveLayout>,
) -> impl IntoView {
    let (tp, persona) = key.clone();
    let h = Memo::new(move |_| handles.with(|hs| hs.by_key.get(&key).cloned()));
    let (lo, hi) = layout.with_untracked(|l| (l.projection.min, l.projection.max));
    let get = move |f: fn(&Handle) -> String| h.with(|h| h.as_ref().map(f));
    view! {
        <circle
            class=move || {
                if h.with(|h| h.as_ref().is_some_and(|h| h.value.is_none())) {
                    "handle unset"
                } else {
                    "handle"
                }
            }
            id=move || get(|h| handle_id(h.index, h.persona_index))
            data-tp=tp.clone()
            data-persona=persona.clone()
            cx=move || get(|h| h.x.to_string())
            cy=move || get(|h| h.y.to_string())
            r="11"
            tabindex="0"
            role="slider"
            aria-label=move || get(|h| h.label.clone())
            aria-valuemin=lo
            aria-valuemax=hi
            aria-valuenow=move || {
                h.with(|h| { h.as_ref().and_then(|h| h.value).map(|v| v.to_string()) })
            }
        ></circle>
    }
}

/// The point being dragged, drawn where it would go, with its lines to its neighbours.
pub(super) fn drag_ghost(drag: RwSignal<Option<Drag>>, layout: Memo<CurveLayout>) -> impl IntoView {
    move || {
        drag.get().map(|d| {
            let y = layout.with(|l| l.projection.y_of(d.value as f64));
            let seg = |p: Option<(f64, f64)>| {
                p.map(|(px, py)| {
                    view! { <line class="ghost-line" x1=px y1=py x2=d.x y2=y /> }
                })
            };
            view! {
                <g class="ghost">
                    {seg(d.prev)}{seg(d.next)} <circle class="ghost-point" cx=d.x cy=y r="8" />
                </g>
            }
        })
    }
}

/// The band behind the selected touchpoint's points.
pub(super) fn selection_band(
    selected_x: Memo<Option<f64>>,
    plot: Memo<(f64, f64)>,
) -> impl IntoView {
    move || {
        selected_x.get().map(|x| {
            let (top, bottom) = plot.get();
            view! {
                <rect
                    class="selected-band"
                    x=x - 14.0
                    y=top - 20.0
                    width="28"
                    height=bottom - top + 40.0
                    rx="6"
                />
            }
        })
    }
}

/// The other map's emotions along this map's journey (the dashed line), and the names of its
/// touchpoints that match none of this map's.
pub(super) fn comparison_of(m: &JourneyMap, other: &JourneyMap) -> (Overlay, Vec<String>) {
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
