//! A touchpoint's problems: its pain points, its exit point and a forced hand-over into it. Each edit goes through the
//! inspector as one `UpdateTouchpoint`, so each is one undo step.
use super::fields::{NumberField, SelectField, TextField};
use super::inspector::label;
use super::tx;
use super::use_t;
use crate::i18n::Key;
use crate::model::{ExitPoint, ExitReason, ForcedSwitch, Frequency, PainPoint, Touchpoint};
use crate::platform;
use leptos::prelude::*;

/// One change to the selected touchpoint (to a pain point, to its exit point), passed up to the
/// inspector through callbacks.
#[derive(Clone)]
pub struct TouchpointEdit(pub std::sync::Arc<dyn Fn(&mut Touchpoint) + Send + Sync>);

fn per_hundred(p: &PainPoint) -> Option<f64> {
    match &p.frequency {
        Some(Frequency::PerHundred { value }) => Some(*value),
        _ => None,
    }
}

/// The touchpoint's pain points: text, severity, frequency per 100 customers; add and remove.
#[component]
pub fn PainPoints(tp: Memo<Option<Touchpoint>>, edit: Callback<TouchpointEdit>) -> impl IntoView {
    let t = use_t();
    let ids = Memo::new(move |_| {
        tp.get()
            .map(|x| {
                x.pain_points
                    .iter()
                    .map(|p| p.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let with_pain = move |pid: String, f: std::sync::Arc<dyn Fn(&mut PainPoint) + Send + Sync>| {
        edit.run(TouchpointEdit(std::sync::Arc::new(
            move |x: &mut Touchpoint| {
                if let Some(p) = x.pain_points.iter_mut().find(|p| p.id == pid) {
                    f(p)
                }
            },
        )));
    };
    let add = move |_| {
        let new_id = platform::new_id();
        edit.run(TouchpointEdit(std::sync::Arc::new(
            move |x: &mut Touchpoint| {
                x.pain_points.push(PainPoint {
                    id: new_id.clone(),
                    ..PainPoint::default()
                })
            },
        )));
    };
    view! {
        <fieldset class="pains">
            <legend>{tx(Key::PainPoints)}</legend>
            <For each=move || ids.get() key=|id| id.clone() let:pid>
                {
                    let pid = StoredValue::new(pid);
                    let pain = Memo::new(move |_| {
                        tp.get()
                            .and_then(|x| {
                                x.pain_points.into_iter().find(|p| p.id == pid.get_value())
                            })
                    });
                    view! {
                        <div class="pain">
                            <TextField
                                label=label(t, Key::PainText)
                                value=Signal::derive(move || {
                                    pain.get().map(|p| p.text).unwrap_or_default()
                                })
                                on_commit=Callback::new(move |v: String| with_pain(
                                    pid.get_value(),
                                    std::sync::Arc::new(move |p| p.text = v.clone()),
                                ))
                            />
                            <div class="row">
                                <SelectField
                                    label=label(t, Key::Severity)
                                    options=Signal::derive(|| {
                                        (1..=5)
                                            .map(|i| (i.to_string(), i.to_string()))
                                            .collect::<Vec<_>>()
                                    })
                                    value=Signal::derive(move || {
                                        pain.get()
                                            .map(|p| p.severity.to_string())
                                            .unwrap_or_default()
                                    })
                                    on_commit=Callback::new(move |v: String| {
                                        let s: u8 = v.parse().unwrap_or(3);
                                        with_pain(
                                            pid.get_value(),
                                            std::sync::Arc::new(move |p| p.severity = s),
                                        )
                                    })
                                />
                                <NumberField
                                    label=label(t, Key::FrequencyPer100)
                                    value=Signal::derive(move || {
                                        pain.get().and_then(|p| per_hundred(&p))
                                    })
                                    range=(0.0, 100.0)
                                    on_commit=Callback::new(move |f: Option<f64>| {
                                        with_pain(
                                            pid.get_value(),
                                            std::sync::Arc::new(move |p| {
                                                p.frequency = f
                                                    .map(|value| Frequency::PerHundred { value });
                                            }),
                                        )
                                    })
                                />
                            </div>
                            <button
                                class="small"
                                aria-label=move || {
                                    let words = pain.get().map(|p| p.text).unwrap_or_default();
                                    format!("{}: {words}", t(Key::ActionFromPain))
                                }
                                on:click=move |_| action_from_pain(tp, pid.get_value())
                            >
                                {tx(Key::ActionFromInsight)}
                            </button>
                            <button
                                class="danger small"
                                on:click=move |_| {
                                    let id = pid.get_value();
                                    edit.run(
                                        TouchpointEdit(
                                            std::sync::Arc::new(move |x: &mut Touchpoint| {
                                                x.pain_points.retain(|p| p.id != id)
                                            }),
                                        ),
                                    )
                                }
                            >
                                {tx(Key::Remove)}
                            </button>
                        </div>
                    }
                }
            </For>
            <button on:click=add>"+ "{tx(Key::AddPainPoint)}</button>
        </fieldset>
    }
}

/// Whether customers leave the journey here, why, and how many.
#[component]
pub fn ExitPointField(
    tp: Memo<Option<Touchpoint>>,
    edit: Callback<TouchpointEdit>,
) -> impl IntoView {
    let t = use_t();
    let exit = Memo::new(move |_| tp.get().and_then(|x| x.exit_point));
    let set = move |f: std::sync::Arc<dyn Fn(&mut ExitPoint) + Send + Sync>| {
        edit.run(TouchpointEdit(std::sync::Arc::new(
            move |x: &mut Touchpoint| {
                if let Some(e) = x.exit_point.as_mut() {
                    f(e)
                }
            },
        )))
    };
    view! {
        <fieldset class="exit">
            <legend>{tx(Key::ExitPoint)}</legend>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || exit.with(Option::is_some)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit.run(
                            TouchpointEdit(
                                std::sync::Arc::new(move |x: &mut Touchpoint| {
                                    x.exit_point = on.then(ExitPoint::default);
                                }),
                            ),
                        )
                    }
                />
                <span>{tx(Key::IsExitPoint)}</span>
            </label>
            <Show when=move || exit.with(Option::is_some)>
                <div class="row">
                    <SelectField
                        label=label(t, Key::ExitReason)
                        options=Signal::derive(move || {
                            let words = [
                                Key::ExitCart,
                                Key::ExitRefund,
                                Key::ExitUpgrade,
                                Key::ExitOther,
                            ];
                            ExitReason::CODES
                                .iter()
                                .zip(words)
                                .map(|(code, word)| (code.to_string(), t(word).to_string()))
                                .collect::<Vec<_>>()
                        })
                        value=Signal::derive(move || {
                            exit.get().map(|e| e.reason.code().to_string()).unwrap_or_default()
                        })
                        on_commit=Callback::new(move |v: String| set(
                            std::sync::Arc::new(move |e| e.reason = ExitReason::from_code(&v, "")),
                        ))
                    />
                    <NumberField
                        label=label(t, Key::ExitRate)
                        value=Signal::derive(move || {
                            exit.get().and_then(|e| e.rate).map(|r| (r * 1000.0).round() / 10.0)
                        })
                        places=1
                        range=(0.0, 100.0)
                        on_commit=Callback::new(move |r: Option<f64>| {
                            let r = r.map(|x| x / 100.0);
                            set(std::sync::Arc::new(move |e| e.rate = r))
                        })
                    />
                </div>
                <Show when=move || {
                    matches!(exit.get().map(|e| e.reason), Some(ExitReason::Other(_)))
                }>
                    <TextField
                        label=label(t, Key::ExitOtherText)
                        value=Signal::derive(move || match exit.get().map(|e| e.reason) {
                            Some(ExitReason::Other(s)) => s,
                            _ => String::new(),
                        })
                        on_commit=Callback::new(move |v: String| set(
                            std::sync::Arc::new(move |e| e.reason = ExitReason::Other(v.clone())),
                        ))
                    />
                </Show>
            </Show>
        </fieldset>
    }
}

/// Whether the customer was sent to this touchpoint from the one before (a forced hand-over), and
/// why: the channel switch that hurts, drawn prominently on the curve and in the grid.
#[component]
pub fn ForcedSwitchField(
    tp: Memo<Option<Touchpoint>>,
    edit: Callback<TouchpointEdit>,
) -> impl IntoView {
    let t = use_t();
    let forced = Memo::new(move |_| tp.get().and_then(|x| x.forced_switch));
    let set = move |value: Option<ForcedSwitch>| {
        edit.run(TouchpointEdit(std::sync::Arc::new(
            move |x: &mut Touchpoint| {
                x.forced_switch = value.clone();
            },
        )))
    };
    view! {
        <fieldset class="forced-switch">
            <legend>{tx(Key::ForcedSwitch)}</legend>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || forced.with(Option::is_some)
                    on:change=move |ev| set(event_target_checked(&ev).then(ForcedSwitch::default))
                />
                <span>{tx(Key::IsForcedSwitch)}</span>
            </label>
            <Show when=move || forced.with(Option::is_some)>
                <TextField
                    label=label(t, Key::ForcedSwitchNote)
                    value=Signal::derive(move || forced.get().map(|f| f.note).unwrap_or_default())
                    on_commit=Callback::new(move |note: String| set(Some(ForcedSwitch { note })))
                />
            </Show>
        </fieldset>
    }
}

/// Makes an action from pain point `pain` of the touchpoint shown, and opens it in the plan.
fn action_from_pain(tp: Memo<Option<Touchpoint>>, pain: String) {
    let Some(editor) = super::app_state().editor.get_untracked() else {
        return;
    };
    let Some(t) = tp.get_untracked() else {
        return;
    };
    let Some(p) = t.pain_points.iter().find(|p| p.id == pain) else {
        return;
    };
    let id = crate::platform::new_id();
    editor.add_action(crate::analysis::plan::action_for_pain(&t, p, id));
}
