//! The inspector: every field of the selected touchpoint. Each edit is one `UpdateTouchpoint` (or
//! `SetEmotion` / `MoveTouchpoint`) command, so each is one undo step.
use super::fields::{SelectField, TextField};
use super::use_t;
use crate::i18n::{emotion_label, Key};
use crate::model::*;
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

type Sig = Signal<String>;

fn label(t: impl Fn(Key) -> &'static str + Copy + Send + Sync + 'static, k: Key) -> Sig {
    Signal::derive(move || t(k).to_string())
}

/// The inspector of the selected touchpoint.
#[component]
pub fn Inspector(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let tp = Memo::new(move |_| {
        editor
            .selected
            .get()
            .and_then(|id| editor.map.with(|m| m.touchpoint(&id).cloned()))
    });
    view! {
        <aside class="inspector" aria-labelledby="inspector-heading">
            <div class="inspector-head">
                <h2 id="inspector-heading">{move || t(Key::Details)}</h2>
                <Show when=move || tp.with(Option::is_some)>
                    <button
                        class="icon"
                        aria-label=move || t(Key::Close)
                        on:click=move |_| editor.selected.set(None)
                    >
                        "✕"
                    </button>
                </Show>
            </div>
            <Show
                when=move || tp.with(Option::is_some)
                fallback=move || view! { <p class="hint">{move || t(Key::SelectHint)}</p> }
            >
                <InspectorFields editor tp />
            </Show>
        </aside>
    }
}

#[component]
fn InspectorFields(editor: EditorState, tp: Memo<Option<Touchpoint>>) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let edit = move |f: Box<dyn FnOnce(&mut Touchpoint)>| {
        if let Some(mut x) = tp.get_untracked() {
            f(&mut x);
            editor.dispatch(Command::UpdateTouchpoint(x));
        }
    };
    let text_field = move |k: Key,
                           get: fn(&Touchpoint) -> String,
                           set: fn(&mut Touchpoint, String),
                           multiline: bool| {
        let value = Signal::derive(move || tp.get().map(|x| get(&x)).unwrap_or_default());
        let commit = Callback::new(move |v: String| edit(Box::new(move |x| set(x, v))));
        view! { <TextField label=label(t, k) value on_commit=commit multiline /> }
    };
    let id = move || tp.get_untracked().map(|x| x.id).unwrap_or_default();
    let stage_options = Signal::derive(move || {
        editor.map.with(|m| {
            m.stages
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let channel_options = Signal::derive(move || {
        editor.map.with(|m| {
            m.channels
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let move_to_stage = Callback::new(move |stage: String| {
        let tid = id();
        let index = editor.map.with_untracked(|m| m.end_of_stage(&stage, &tid));
        editor.dispatch(Command::MoveTouchpoint {
            id: tid,
            stage,
            index,
        });
    });
    let move_within = move |down: bool| {
        let tid = id();
        let target = editor.map.with_untracked(|m| {
            let i = m.touchpoints.iter().position(|x| x.id == tid)?;
            let stage = &m.touchpoints[i].stage;
            if down {
                m.touchpoints
                    .iter()
                    .enumerate()
                    .skip(i + 1)
                    .find(|(_, x)| &x.stage == stage)
                    .map(|(k, _)| (stage.clone(), k))
            } else {
                m.touchpoints
                    .iter()
                    .enumerate()
                    .take(i)
                    .rev()
                    .find(|(_, x)| &x.stage == stage)
                    .map(|(k, _)| (stage.clone(), k))
            }
        });
        if let Some((stage, index)) = target {
            editor.dispatch(Command::MoveTouchpoint {
                id: tid,
                stage,
                index,
            });
        }
    };
    let personas = Memo::new(move |_| editor.map.with(|m| m.personas.clone()));
    let scale = Memo::new(move |_| editor.map.with(|m| m.emotion_scale.clone()));
    view! {
        <div class="inspector-body">
            {text_field(Key::Name, |x| x.name.clone(), |x, v| x.name = v, false)} <div class="row">
                <SelectField
                    label=label(t, Key::Stage)
                    options=stage_options
                    value=Signal::derive(move || tp.get().map(|x| x.stage).unwrap_or_default())
                    on_commit=move_to_stage
                />
                <SelectField
                    label=label(t, Key::Channel)
                    options=channel_options
                    value=Signal::derive(move || tp.get().map(|x| x.channel).unwrap_or_default())
                    on_commit=Callback::new(move |c: String| edit(Box::new(move |x| x.channel = c)))
                />
            </div> <div class="row buttons">
                <button on:click=move |_| move_within(false)>"↑ "{move || t(Key::MoveUp)}</button>
                <button on:click=move |_| move_within(
                    true,
                )>"↓ "{move || t(Key::MoveDown)}</button>
            </div> <fieldset>
                <legend>{move || t(Key::Emotion)}</legend>
                <For each=move || personas.get() key=|p| (p.id.clone(), p.name.clone()) let:p>
                    {
                        let pid = StoredValue::new(p.id.clone());
                        let options = Signal::derive(move || {
                            let s = scale.get();
                            let l = lang.get();
                            std::iter::once((String::new(), t(Key::NotSet).to_string()))
                                .chain(
                                    (s.min..=s.max)
                                        .rev()
                                        .map(|v| (
                                            v.to_string(),
                                            format!("{v:+} {}", emotion_label(l, v, s.min, s.max)),
                                        )),
                                )
                                .collect::<Vec<_>>()
                        });
                        let value = Signal::derive(move || {
                            tp.get()
                                .and_then(|x| {
                                    x.emotions.get(&pid.get_value()).map(|v| v.to_string())
                                })
                                .unwrap_or_default()
                        });
                        let commit = Callback::new(move |v: String| {
                            editor
                                .dispatch(Command::SetEmotion {
                                    touchpoint: id(),
                                    persona: pid.get_value(),
                                    value: v.parse().ok(),
                                });
                        });
                        view! {
                            <SelectField
                                label=Signal::derive(move || p.name.clone())
                                options
                                value
                                on_commit=commit
                            />
                        }
                    }
                </For>
            </fieldset>
            {text_field(
                Key::Description,
                |x| x.description.clone(),
                |x, v| x.description = v,
                true,
            )}
            {text_field(
                Key::CustomerAction,
                |x| x.customer_action.clone(),
                |x, v| x.customer_action = v,
                true,
            )} {text_field(Key::Thoughts, |x| x.thoughts.clone(), |x, v| x.thoughts = v, true)}
            {text_field(
                Key::Expectation,
                |x| x.expectation.clone(),
                |x, v| x.expectation = v,
                true,
            )}
            {text_field(Key::Experience, |x| x.experience.clone(), |x, v| x.experience = v, true)}
            <PainPoints tp edit=Callback::new(move |f: PainEdit| edit(Box::new(move |x| f.0(x)))) />
            <ExitPointField
                tp
                edit=Callback::new(move |f: PainEdit| edit(Box::new(move |x| f.0(x))))
            /> {text_field(Key::Owner, |x| x.owner.clone(), |x, v| x.owner = v, false)}
            {text_field(
                Key::Systems,
                |x| x.systems.join(", "),
                |x, v| x.systems = split_list(&v, ','),
                false,
            )}
            {text_field(
                Key::Opportunities,
                |x| x.opportunities.join("\n"),
                |x, v| x.opportunities = split_list(&v, '\n'),
                true,
            )}
            {text_field(
                Key::Sources,
                |x| x.sources.iter().map(link_line).collect::<Vec<_>>().join("\n"),
                |x, v| x.sources = sources_from_lines(&v),
                true,
            )} <p class="hint">{move || t(Key::SourcesHint)}</p>
            <super::fields::SourceLinks sources=Signal::derive(move || {
                tp.get().map(|x| x.sources).unwrap_or_default()
            }) />
            <SelectField
                label=label(t, Key::Evidence)
                options=Signal::derive(move || {
                    vec![
                        ("observed".into(), t(Key::Observed).into()),
                        ("assumed".into(), t(Key::Assumed).into()),
                        ("proposed".into(), t(Key::Proposed).into()),
                    ]
                })
                value=Signal::derive(move || {
                    tp.get().map(|x| evidence_code(x.evidence).to_string()).unwrap_or_default()
                })
                on_commit=Callback::new(move |v: String| edit(
                    Box::new(move |x| x.evidence = evidence_from(&v)),
                ))
            />
            <button
                class="danger"
                on:click=move |_| {
                    editor
                        .dispatch(Command::RemoveTouchpoint {
                            id: id(),
                        })
                }
            >
                {move || t(Key::DeleteTouchpoint)}
            </button>
        </div>
    }
}

/// A boxed edit of a touchpoint, passed through callbacks.
#[derive(Clone)]
pub struct PainEdit(pub std::sync::Arc<dyn Fn(&mut Touchpoint) + Send + Sync>);

/// Sources typed one per line; typed addresses get the same allowlist as imported ones.
fn sources_from_lines(v: &str) -> Vec<Link> {
    v.lines()
        .filter_map(parse_link_line)
        .map(|mut l| {
            neutralize(&mut l);
            l
        })
        .collect()
}

fn split_list(v: &str, sep: char) -> Vec<String> {
    v.split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn evidence_code(e: Evidence) -> &'static str {
    match e {
        Evidence::Observed => "observed",
        Evidence::Assumed => "assumed",
        Evidence::Proposed => "proposed",
    }
}

fn evidence_from(v: &str) -> Evidence {
    match v {
        "observed" => Evidence::Observed,
        "proposed" => Evidence::Proposed,
        _ => Evidence::Assumed,
    }
}

fn per_hundred(p: &PainPoint) -> String {
    match &p.frequency {
        Some(Frequency::PerHundred { value }) => format!("{value}"),
        _ => String::new(),
    }
}

#[component]
fn PainPoints(tp: Memo<Option<Touchpoint>>, edit: Callback<PainEdit>) -> impl IntoView {
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
        edit.run(PainEdit(std::sync::Arc::new(move |x: &mut Touchpoint| {
            if let Some(p) = x.pain_points.iter_mut().find(|p| p.id == pid) {
                f(p)
            }
        })));
    };
    let add = move |_| {
        let new_id = platform::new_id();
        edit.run(PainEdit(std::sync::Arc::new(move |x: &mut Touchpoint| {
            x.pain_points.push(PainPoint {
                id: new_id.clone(),
                ..PainPoint::default()
            })
        })));
    };
    view! {
        <fieldset class="pains">
            <legend>{move || t(Key::PainPoints)}</legend>
            <For each=move || ids.get() key=|id| id.clone() let:pid>
                {
                    let pid = StoredValue::new(pid);
                    let pain = Memo::new(move |_| {
                        tp.get()
                            .and_then(|x| {
                                x.pain_points.into_iter().find(|p| p.id == pid.get_value())
                            })
                    });
                    let freq_id = super::fields::field_id();
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
                                <div class="field">
                                    <label for=freq_id
                                        .clone()>{move || t(Key::FrequencyPer100)}</label>
                                    <input
                                        id=freq_id.clone()
                                        type="number"
                                        min="0"
                                        max="100"
                                        step="any"
                                        prop:value=move || {
                                            pain.get().map(|p| per_hundred(&p)).unwrap_or_default()
                                        }
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            let f = v
                                                .trim()
                                                .replace(',', ".")
                                                .parse::<f64>()
                                                .ok()
                                                .filter(|x| x.is_finite())
                                                .map(|x| x.clamp(0.0, 100.0));
                                            with_pain(
                                                pid.get_value(),
                                                std::sync::Arc::new(move |p| {
                                                    p.frequency = f
                                                        .map(|value| Frequency::PerHundred { value });
                                                }),
                                            )
                                        }
                                    />
                                </div>
                            </div>
                            <button
                                class="danger small"
                                on:click=move |_| {
                                    let id = pid.get_value();
                                    edit.run(
                                        PainEdit(
                                            std::sync::Arc::new(move |x: &mut Touchpoint| {
                                                x.pain_points.retain(|p| p.id != id)
                                            }),
                                        ),
                                    )
                                }
                            >
                                {move || t(Key::Remove)}
                            </button>
                        </div>
                    }
                }
            </For>
            <button on:click=add>"+ "{move || t(Key::AddPainPoint)}</button>
        </fieldset>
    }
}

fn reason_code(r: &ExitReason) -> &'static str {
    match r {
        ExitReason::CartAbandoned => "cart",
        ExitReason::Refund => "refund",
        ExitReason::UpgradeRefused => "upgrade",
        ExitReason::Other(_) => "other",
    }
}

#[component]
fn ExitPointField(tp: Memo<Option<Touchpoint>>, edit: Callback<PainEdit>) -> impl IntoView {
    let t = use_t();
    let exit = Memo::new(move |_| tp.get().and_then(|x| x.exit_point));
    let rate_id = super::fields::field_id();
    let set = move |f: std::sync::Arc<dyn Fn(&mut ExitPoint) + Send + Sync>| {
        edit.run(PainEdit(std::sync::Arc::new(move |x: &mut Touchpoint| {
            if let Some(e) = x.exit_point.as_mut() {
                f(e)
            }
        })))
    };
    view! {
        <fieldset class="exit">
            <legend>{move || t(Key::ExitPoint)}</legend>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || exit.with(Option::is_some)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit.run(
                            PainEdit(
                                std::sync::Arc::new(move |x: &mut Touchpoint| {
                                    x.exit_point = on.then(ExitPoint::default);
                                }),
                            ),
                        )
                    }
                />
                <span>{move || t(Key::IsExitPoint)}</span>
            </label>
            <Show when=move || exit.with(Option::is_some)>
                <div class="row">
                    <SelectField
                        label=label(t, Key::ExitReason)
                        options=Signal::derive(move || {
                            vec![
                                ("cart".into(), t(Key::ExitCart).into()),
                                ("refund".into(), t(Key::ExitRefund).into()),
                                ("upgrade".into(), t(Key::ExitUpgrade).into()),
                                ("other".into(), t(Key::ExitOther).into()),
                            ]
                        })
                        value=Signal::derive(move || {
                            exit.get()
                                .map(|e| reason_code(&e.reason).to_string())
                                .unwrap_or_default()
                        })
                        on_commit=Callback::new(move |v: String| set(
                            std::sync::Arc::new(move |e| {
                                e.reason = match v.as_str() {
                                    "refund" => ExitReason::Refund,
                                    "upgrade" => ExitReason::UpgradeRefused,
                                    "other" => ExitReason::Other(String::new()),
                                    _ => ExitReason::CartAbandoned,
                                };
                            }),
                        ))
                    />
                    <div class="field">
                        <label for=rate_id.clone()>{move || t(Key::ExitRate)}</label>
                        <input
                            id=rate_id.clone()
                            type="number"
                            min="0"
                            max="100"
                            step="any"
                            prop:value=move || {
                                exit.get()
                                    .and_then(|e| e.rate)
                                    .map(|r| format!("{}", (r * 1000.0).round() / 10.0))
                                    .unwrap_or_default()
                            }
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let r = v
                                    .trim()
                                    .replace(',', ".")
                                    .parse::<f64>()
                                    .ok()
                                    .filter(|x| x.is_finite())
                                    .map(|x| x.clamp(0.0, 100.0) / 100.0);
                                set(std::sync::Arc::new(move |e| e.rate = r))
                            }
                        />
                    </div>
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
