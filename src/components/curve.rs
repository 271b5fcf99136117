//! The emotion curve under the stage columns. plotters draws the picture (the same drawing as the
//! SVG/PNG export); an SVG layer on top makes every point focusable, hoverable, clickable and
//! draggable. A drag changes only a preview; release dispatches one command (one undo step).
use super::board::COLUMN_PX;
use super::curve_parts::{
    comparison_of, curve_caption, curve_tip, drag_ghost, handle_id, point_handle, point_handles,
    point_of, selection_band, Drag, Handle, HandleKey,
};
use super::curve_table::CurveTable;
use super::{app_state, use_t};
use crate::chart::{emotion_curve_svg, layout_curve, CurveText};
use crate::i18n::{Key, Lang};
use crate::model::{Command, JourneyMap};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;
use std::sync::Arc;

/// Height of the curve in CSS pixels.
pub const CURVE_HEIGHT: u32 = 300;

/// Translated labels for the drawing.
pub fn curve_text(l: Lang, m: &JourneyMap) -> CurveText {
    CurveText::for_map(l, m)
}

/// The interactive emotion curve with its comparison selector, exports and table view.
#[component]
pub fn EmotionCurve(editor: EditorState) -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let lang = app.lang;
    let width = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.stages.len().max(1) as u32 * COLUMN_PX)
    });
    let layout = Memo::new(move |_| {
        editor
            .map
            .with(|m| layout_curve(m, width.get(), CURVE_HEIGHT))
    });
    let comparison = Memo::new(move |_| {
        let other = editor.compare.get()?;
        editor.map.with(|m| Some(comparison_of(m, &other)))
    });
    let svg = Memo::new(move |_| {
        let l = lang.get();
        let ov = comparison.get();
        editor.map.with(|m| {
            emotion_curve_svg(
                m,
                width.get(),
                CURVE_HEIGHT,
                &curve_text(l, m),
                ov.as_ref().map(|o| &o.0),
            )
        })
    });
    let handles = Memo::new(move |_| {
        let l = lang.get();
        layout.with(|layout| editor.map.with(|m| Arc::new(point_handles(m, layout, l))))
    });
    // Only the points on screen exist (plus the one the keyboard is on): big maps stay quick to
    // open and to scroll.
    let xs =
        Memo::new(move |_| layout.with(|l| l.points.iter().map(|p| p.x).collect::<Vec<f64>>()));
    let on_screen = Memo::new(move |_| xs.with(|xs| editor.frame.with(|f| f.points(xs))));
    let active = RwSignal::new(None::<usize>);
    let shown_keys = Memo::new(move |_| {
        let range = on_screen.get();
        let active = active.get();
        if range.is_empty() && active.is_none() {
            // Curve off screen: its point labels are not even computed.
            return Vec::new();
        }
        handles.with(|hs| {
            let per_point = editor.map.with(|m| m.personas.len()).max(1);
            // Always in journey order: the keyed list then only adds and removes points and never
            // moves one (moving a focused element in the DOM would take its focus away).
            let mut points: Vec<usize> = range.clone().collect();
            if let Some(a) = active.filter(|a| !range.contains(a)) {
                points.insert(points.partition_point(|p| *p < a), a);
            }
            points
                .iter()
                .flat_map(|p| hs.keys.iter().skip(p * per_point).take(per_point))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // The picture as an object URL (made only once pictured).
    let picture_url = platform::svg_picture(move || svg.get());
    // The picture is drawn once the curve first comes into view, then kept.
    let pictured = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || editor.frame.with(|f| f.shows_curve())
    });
    let drag = RwSignal::new(None::<Drag>);
    let hover = RwSignal::new(None::<HandleKey>);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    let neighbour = move |h: &Handle, step: isize| -> Option<(f64, f64)> {
        handles.with_untracked(|hs| {
            let mut i = h.index as isize + step;
            while i >= 0 {
                let found = hs
                    .by_key
                    .values()
                    .find(|o| o.index == i as usize && o.persona_index == h.persona_index);
                match found {
                    Some(o) if o.value.is_some() => return Some((o.x, o.y)),
                    Some(_) => i += step,
                    None => return None,
                }
            }
            None
        })
    };
    let start_drag = move |key: HandleKey, pointer_id: i32| {
        let Some(h) = handles.with_untracked(|hs| hs.by_key.get(&key).cloned()) else {
            return;
        };
        let value = h.value.unwrap_or(0);
        drag.set(Some(Drag {
            key,
            start: h.value,
            value,
            x: h.x,
            prev: neighbour(&h, -1),
            next: neighbour(&h, 1),
        }));
        if let Some(el) = svg_ref.get_untracked() {
            platform::capture_pointer(&el, pointer_id);
        }
        platform::focus_by_id(&handle_id(h.index, h.persona_index));
    };
    let move_drag = move |client_x: i32, client_y: i32| {
        if drag.with_untracked(Option::is_none) {
            return;
        }
        let Some(el) = svg_ref.get_untracked() else {
            return;
        };
        let (_, y) = platform::pointer_offset(&el, client_x, client_y);
        let v = layout.with_untracked(|l| l.projection.snap(y));
        drag.maybe_update(|d| match d {
            Some(d) if d.value != v => {
                d.value = v;
                true
            }
            _ => false,
        });
    };
    let end_drag = move || {
        let Some(d) = drag.get_untracked() else {
            return;
        };
        drag.set(None);
        if d.start != Some(d.value) && (d.start.is_some() || d.value != 0) {
            editor.dispatch(Command::SetEmotion {
                touchpoint: d.key.0.clone(),
                persona: d.key.1,
                value: Some(d.value),
            });
        }
        editor.selected.set(Some(d.key.0));
    };
    let key_step = move |key: HandleKey, ev: leptos::ev::KeyboardEvent| {
        let Some(h) = handles.with_untracked(|hs| hs.by_key.get(&key).cloned()) else {
            return;
        };
        let (lo, hi) = layout.with_untracked(|l| (l.projection.min, l.projection.max));
        match ev.key().as_str() {
            "ArrowUp" | "ArrowDown" => {
                ev.prevent_default();
                let d = if ev.key() == "ArrowUp" { 1 } else { -1 };
                let new = h
                    .value
                    .map(|v| (v + d).clamp(lo, hi))
                    .unwrap_or(0i8.clamp(lo, hi));
                if Some(new) != h.value {
                    editor.dispatch(Command::SetEmotion {
                        touchpoint: key.0,
                        persona: key.1,
                        value: Some(new),
                    });
                }
            }
            "ArrowLeft" | "ArrowRight" | "Home" | "End" => {
                ev.prevent_default();
                let last = layout.with_untracked(|l| l.points.len().saturating_sub(1));
                let to = match ev.key().as_str() {
                    "ArrowLeft" => h.index.saturating_sub(1),
                    "ArrowRight" => (h.index + 1).min(last),
                    "Home" => 0,
                    _ => last,
                };
                // The target may be off screen and not built yet: keep it built, focus it once
                // it exists (focusing scrolls it into view).
                active.set(Some(to));
                platform::focus_soon(handle_id(to, h.persona_index));
            }
            "Enter" | " " => {
                ev.prevent_default();
                editor.selected.set(Some(key.0));
            }
            "Escape" if drag.get_untracked().is_some() => {
                ev.stop_propagation();
                drag.set(None);
            }
            _ => {}
        }
    };
    let tip = Memo::new(move |_| {
        let key = hover.get()?;
        let h = handles.with(|hs| hs.by_key.get(&key).cloned())?;
        let pains = editor.map.with(|m| {
            m.touchpoint(&key.0).map(|t| {
                t.pain_points
                    .iter()
                    .map(|p| p.text.clone())
                    .collect::<Vec<_>>()
            })
        })?;
        Some((h, pains))
    });
    let selected_x = Memo::new(move |_| {
        let sel = editor.selected.get()?;
        layout.with(|l| l.points.iter().find(|p| p.touchpoint == sel).map(|p| p.x))
    });
    let plot = Memo::new(move |_| layout.with(|l| (l.projection.top, l.projection.bottom)));
    view! {
        <figure class="curve">
            {curve_caption(editor, width)} <p class="hint" id="curve-help">
                {move || t(Key::CurveHelp)}
            </p>
            <div
                class="curve-stack"
                style=move || format!("width:{}px;height:{}px", width.get(), CURVE_HEIGHT)
            >
                {move || {
                    pictured
                        .get()
                        .then(|| {
                            view! {
                                <img
                                    src=move || picture_url.get().unwrap_or_default()
                                    alt=""
                                    width=move || width.get()
                                    height=CURVE_HEIGHT
                                />
                            }
                        })
                }}
                <svg
                    node_ref=svg_ref
                    class="curve-layer"
                    width=move || width.get()
                    height=CURVE_HEIGHT
                    role="group"
                    aria-label=move || t(Key::EmotionCurve)
                    aria-describedby="curve-help"
                    on:pointerdown=move |ev| {
                        if let Some(k) = point_of(&ev) {
                            ev.prevent_default();
                            start_drag(k, ev.pointer_id())
                        }
                    }
                    on:pointerover=move |ev| hover.set(point_of(&ev))
                    on:pointerout=move |_| hover.set(None)
                    on:focusin=move |ev| {
                        let key = point_of(&ev);
                        if let Some(i) = key
                            .as_ref()
                            .and_then(|k| {
                                handles.with_untracked(|hs| hs.by_key.get(k).map(|h| h.index))
                            })
                        {
                            active.set(Some(i));
                        }
                        hover.set(key)
                    }
                    on:focusout=move |_| hover.set(None)
                    on:keydown=move |ev| {
                        if let Some(k) = point_of(&ev) {
                            key_step(k, ev)
                        }
                    }
                    on:pointermove=move |ev| move_drag(ev.client_x(), ev.client_y())
                    on:pointerup=move |_| end_drag()
                    on:pointercancel=move |_| drag.set(None)
                >
                    {selection_band(selected_x, plot)}
                    <For each=move || shown_keys.get() key=|k| k.clone() let:key>
                        {point_handle(key, handles, layout)}
                    </For>
                    {drag_ghost(drag, layout)}
                </svg>
                {curve_tip(tip, width)}
            </div>
            {move || {
                comparison
                    .get()
                    .filter(|c| !c.1.is_empty())
                    .map(|(_, names)| {
                        view! {
                            <p class="hint">{move || t(Key::Unmatched)}" "{names.join(", ")}</p>
                        }
                    })
            }} <CurveTable editor />
        </figure>
    }
}
