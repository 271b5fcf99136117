//! A touchpoint's expectation and experience rated on one scale (a SERVQUAL-style gap: received
//! − expected), where a survey asked both; the gap is shown as it is typed. One undo step per
//! edit, through the inspector.
use super::fields::{NumberField, SelectField};
use super::inspector::label;
use super::pains::TouchpointEdit;
use super::tx;
use super::{app_state, use_t};
use crate::i18n::{signed_decimal, Key};
use crate::model::{ServiceGap, Touchpoint};
use leptos::prelude::*;
use std::sync::Arc;

/// The scales a rating is asked on.
const SCALES: [&str; 3] = ["1-7", "1-5", "1-10"];

/// The rated gap's fields.
#[component]
pub fn GapField(tp: Memo<Option<Touchpoint>>, edit: Callback<TouchpointEdit>) -> impl IntoView {
    let t = use_t();
    let lang = app_state().lang;
    let gap = Memo::new(move |_| tp.get().and_then(|x| x.gap));
    let set = move |f: Arc<dyn Fn(&mut ServiceGap) + Send + Sync>| {
        edit.run(TouchpointEdit(Arc::new(move |x: &mut Touchpoint| {
            if let Some(g) = x.gap.as_mut() {
                f(g)
            }
        })))
    };
    let bounds = move || {
        let scale = gap.get().map(|g| g.scale).unwrap_or_default();
        let hi = scale
            .split_once('-')
            .and_then(|(_, b)| b.parse::<f64>().ok())
            .unwrap_or(7.0);
        (1.0, hi)
    };
    let rating = move |key: Key, get: fn(&ServiceGap) -> f64, put: fn(&mut ServiceGap, f64)| {
        view! {
            <NumberField
                label=label(t, key)
                value=Signal::derive(move || gap.get().map(|g| get(&g)))
                places=1
                range=bounds()
                on_commit=Callback::new(move |v: Option<f64>| {
                    if let Some(v) = v {
                        set(Arc::new(move |g| put(g, v)))
                    }
                })
            />
        }
    };
    view! {
        <fieldset class="gap">
            <legend>{tx(Key::GapRating)}</legend>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || gap.with(Option::is_some)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit.run(
                            TouchpointEdit(
                                Arc::new(move |x: &mut Touchpoint| {
                                    x.gap = on.then(ServiceGap::default);
                                }),
                            ),
                        )
                    }
                />
                <span>{tx(Key::RateGap)}</span>
            </label>
            <Show when=move || gap.with(Option::is_some)>
                <div class="row">
                    {rating(Key::ExpectedRating, |g| g.expected, |g, v| g.expected = v)}
                    {rating(Key::ReceivedRating, |g| g.received, |g, v| g.received = v)}
                    <SelectField
                        label=label(t, Key::RatingScale)
                        options=Signal::derive(|| {
                            SCALES.map(|s| (s.to_string(), s.replace('-', "–"))).to_vec()
                        })
                        value=Signal::derive(move || gap.get().map(|g| g.scale).unwrap_or_default())
                        on_commit=Callback::new(move |v: String| {
                            set(
                                Arc::new(move |g| {
                                    let hi: f64 = v[2..].parse().unwrap_or(7.0);
                                    g.scale = v.clone();
                                    g.expected = g.expected.clamp(1.0, hi);
                                    g.received = g.received.clamp(1.0, hi);
                                }),
                            )
                        })
                    />
                </div>
                <p class="metric-computed" role="status">
                    {tx(Key::RatedGap)}
                    ": "
                    {move || gap.get().map(|g| signed_decimal(lang.get(), g.gap(), 1))}
                </p>
            </Show>
        </fieldset>
    }
}
