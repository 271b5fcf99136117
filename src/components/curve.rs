//! The emotion curve under the stage columns. plotters draws the picture (the same drawing as the
//! SVG/PNG export); an SVG layer on top makes every point focusable, hoverable, clickable and
//! draggable. A drag changes only a preview; release dispatches one command (one undo step).
use super::board::COLUMN_PX;
use super::curve_table::CurveTable;
use super::{app_state, use_t};
use crate::analysis::{compare, overlay_values};
use crate::chart::{emotion_curve_svg, layout_curve, CurveLayout, CurveText, Overlay};
use crate::i18n::{emotion_label, text, Key, Lang};
use crate::model::{Command, Id, JourneyMap};
use crate::platform;
use crate::state::{EditorState, Picture};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Height of the curve in CSS pixels.
pub const CURVE_HEIGHT: u32 = 300;

/// Translated labels for the drawing.
pub fn curve_text(l: Lang, m: &JourneyMap) -> CurveText {
    CurveText::for_map(l, m)
}

/// One interactive point: a touchpoint × persona.
#[derive(Clone, PartialEq)]
struct Handle {
    index: usize,
    persona_index: usize,
    x: f64,
    y: f64,
    value: Option<i8>,
    label: String,
}

type HandleKey = (Id, Id);

#[derive(Clone, PartialEq, Default)]
struct Handles {
    keys: Vec<HandleKey>,
    by_key: HashMap<HandleKey, Handle>,
}

/// A drag in progress: only this changes while the pointer moves.
#[derive(Clone, PartialEq)]
struct Drag {
    key: HandleKey,
    start: Option<i8>,
    value: i8,
    x: f64,
    prev: Option<(f64, f64)>,
    next: Option<(f64, f64)>,
}

/// The point (touchpoint, persona) an event happened on, from the target's data attributes.
fn point_of(ev: &leptos::ev::Event) -> Option<HandleKey> {
    Some((
        platform::target_data(ev, "data-tp")?,
        platform::target_data(ev, "data-persona")?,
    ))
}

fn handle_id(index: usize, persona_index: usize) -> String {
    format!("pt-{index}-{persona_index}")
}

/// One handle per touchpoint × persona, in journey order, with what a screen reader says of it
/// ("Calls support, Discovery, Call centre. Ayşe: -2 Very negative").
fn point_handles(m: &JourneyMap, layout: &CurveLayout, l: Lang) -> Handles {
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
            let label = format!("{}, {stage}, {channel}. {}: {said}", tp.name, persona.name);
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
fn curve_caption(editor: EditorState, svg: Memo<String>, width: Memo<u32>) -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let download = move |picture: Picture| {
        let _ = app.download_picture(t(Key::EmotionCurve), &svg.get_untracked(), picture);
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
            <button on:click=move |_| {
                download(Picture::Svg)
            }>{move || t(Key::ExportSvg)}</button>
            <button on:click=move |_| {
                download(Picture::Png(width.get_untracked(), CURVE_HEIGHT))
            }>{move || t(Key::ExportPng)}</button>
        </figcaption>
    }
}

/// The tooltip of the point under the pointer or the keyboard: its label and pain points.
fn curve_tip(tip: Memo<Option<(Handle, Vec<String>)>>, width: Memo<u32>) -> impl IntoView {
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
        editor.map.with(|m| {
            let cmp = compare(m, &other);
            let persona = m.personas.first().map(|p| p.id.clone()).unwrap_or_default();
            let values = overlay_values(&other, &persona, &cmp);
            let unmatched: Vec<String> = cmp
                .unmatched
                .iter()
                .filter_map(|id| other.touchpoint(id).map(|t| t.name.clone()))
                .collect();
            Some((
                Overlay {
                    values,
                    label: other.title.clone(),
                },
                unmatched,
            ))
        })
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
            {curve_caption(editor, svg, width)} <p class="hint" id="curve-help">
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
                    {move || {
                        selected_x
                            .get()
                            .map(|x| {
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
                    }}
                    <For each=move || shown_keys.get() key=|k| k.clone() let:key>
                        {
                            let (tp, persona) = key.clone();
                            let h = Memo::new(move |_| {
                                handles.with(|hs| hs.by_key.get(&key).cloned())
                            });
                            let (lo, hi) = layout
                                .with_untracked(|l| (l.projection.min, l.projection.max));
                            let get = move |f: fn(&Handle) -> String| h.with(|h| h.as_ref().map(f));
                            // The element stays while its values change (it may hold the keyboard
                            // focus); events are delegated to the layer. Only points on screen exist.
                            view! {
                                <circle
                                    class=move || {
                                        if h.with(|h| h.as_ref().is_some_and(|h| h.value.is_none()))
                                        {
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
                                        h.with(|h| {
                                            h.as_ref().and_then(|h| h.value).map(|v| v.to_string())
                                        })
                                    }
                                ></circle>
                            }
                        }
                    </For>
                    {move || {
                        drag.get()
                            .map(|d| {
                                let y = layout.with(|l| l.projection.y_of(d.value as f64));
                                let seg = |p: Option<(f64, f64)>| {
                                    p.map(|(px, py)| {
                                        view! {
                                            <line class="ghost-line" x1=px y1=py x2=d.x y2=y />
                                        }
                                    })
                                };
                                view! {
                                    <g class="ghost">
                                        {seg(d.prev)}{seg(d.next)}
                                        <circle class="ghost-point" cx=d.x cy=y r="8" />
                                    </g>
                                }
                            })
                    }}
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
