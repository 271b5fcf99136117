//! A touchpoint's metrics in its details: add, edit, remove (each edit one `UpdateTouchpoint`
//! through the inspector, so one undo step). A survey metric takes its raw answers — promoter /
//! passive / detractor counts for NPS, counts per answer, or a column of answers pasted from a
//! spreadsheet (the unreadable lines are counted and shown) — and shows its value computed from
//! them with the formula's numbers; numbers are typed as the interface language writes them.
use super::fields::{NumberField, SelectField, TextField};
use super::inspector::label;
use super::pains::TouchpointEdit;
use super::tx;
use super::{app_state, use_t};
use crate::analysis::metrics::{answers_from_column, compute, scale_of, target_met};
use crate::i18n::{formula_text, metric_kind_name, not_computed_text, Key};
use crate::model::{Direction, Metric, MetricKind, Period, Touchpoint};
use crate::platform;
use leptos::prelude::*;
use std::sync::Arc;

type MetricChange = Arc<dyn Fn(&mut Metric) + Send + Sync>;

/// Whether a kind is a survey's, computed from answers.
fn survey(kind: MetricKind) -> bool {
    matches!(kind, MetricKind::Nps | MetricKind::Csat | MetricKind::Ces)
}

/// Whether a kind counts customers, so it can count a funnel step's arrivals.
fn counts_customers(kind: MetricKind) -> bool {
    matches!(
        kind,
        MetricKind::Visits | MetricKind::Calls | MetricKind::Custom
    )
}

/// The answer scales a survey kind is asked on (the first is its usual one).
fn scales(kind: MetricKind) -> &'static [&'static str] {
    match kind {
        MetricKind::Nps => &["0-10"],
        MetricKind::Csat => &["1-5", "1-7", "1-10"],
        MetricKind::Ces => &["1-7", "1-5"],
        _ => &[],
    }
}

/// The touchpoint's metrics.
#[component]
pub fn Metrics(tp: Memo<Option<Touchpoint>>, edit: Callback<TouchpointEdit>) -> impl IntoView {
    let ids = Memo::new(move |_| {
        tp.get()
            .map(|x| x.metrics.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let add = move |_| {
        let id = platform::new_id();
        edit.run(TouchpointEdit(Arc::new(move |x: &mut Touchpoint| {
            x.metrics.push(Metric {
                id: id.clone(),
                kind: MetricKind::Nps,
                scale: "0-10".into(),
                ..Metric::default()
            })
        })));
    };
    view! {
        <fieldset class="metrics">
            <legend>{tx(Key::Metrics)}</legend>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <MetricRow tp edit id />
            </For>
            <button on:click=add>"+ "{tx(Key::AddMetric)}</button>
        </fieldset>
    }
}

/// One metric's fields.
#[component]
fn MetricRow(
    tp: Memo<Option<Touchpoint>>,
    edit: Callback<TouchpointEdit>,
    id: String,
) -> impl IntoView {
    let t = use_t();
    let lang = app_state().lang;
    let id = StoredValue::new(id);
    let metric = Memo::new(move |_| {
        tp.get()
            .and_then(|x| x.metrics.into_iter().find(|m| m.id == id.get_value()))
    });
    let change = move |f: MetricChange| {
        edit.run(TouchpointEdit(Arc::new(move |x: &mut Touchpoint| {
            if let Some(m) = x.metrics.iter_mut().find(|m| m.id == id.get_value()) {
                f(m)
            }
        })));
    };
    let kind = move || metric.get().map(|m| m.kind).unwrap_or_default();
    let text_of = move |f: fn(&Metric) -> String| {
        Signal::derive(move || metric.get().map(|m| f(&m)).unwrap_or_default())
    };
    let number_of = move |f: fn(&Metric) -> Option<f64>| {
        Signal::derive(move || metric.get().and_then(|m| f(&m)))
    };
    let kinds = Signal::derive(move || {
        MetricKind::ALL
            .iter()
            .map(|k| {
                (
                    format!("{k:?}"),
                    metric_kind_name(lang.get(), *k).to_string(),
                )
            })
            .collect::<Vec<_>>()
    });
    let set_kind = Callback::new(move |code: String| {
        let Some(k) = MetricKind::ALL
            .into_iter()
            .find(|k| format!("{k:?}") == code)
        else {
            return;
        };
        edit.run(TouchpointEdit(Arc::new(move |x: &mut Touchpoint| {
            let me = id.get_value();
            if let Some(m) = x.metrics.iter_mut().find(|m| m.id == me) {
                m.kind = k;
                m.direction = k.usual_direction();
                if let Some(first) = scales(k).first() {
                    if !scales(k).contains(&m.scale.as_str()) {
                        m.scale = first.to_string();
                    }
                }
            }
            // A satisfaction score cannot count arrivals: the mark goes with the kind.
            if !counts_customers(k) && x.funnel_step.as_ref() == Some(&me) {
                x.funnel_step = None;
            }
        })))
    });
    let marked = Signal::derive(move || {
        tp.get()
            .is_some_and(|x| x.funnel_step.as_ref() == Some(&id.get_value()))
    });
    let mark = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        edit.run(TouchpointEdit(Arc::new(move |x: &mut Touchpoint| {
            let me = id.get_value();
            if on {
                x.funnel_step = Some(me);
            } else if x.funnel_step.as_ref() == Some(&me) {
                x.funnel_step = None;
            }
        })))
    };
    let scale_options = Signal::derive(move || {
        scales(kind())
            .iter()
            .map(|s| (s.to_string(), s.replace('-', "–")))
            .collect::<Vec<_>>()
    });
    let directions = Signal::derive(move || {
        vec![
            ("higher".to_string(), t(Key::HigherIsBetter).to_string()),
            ("lower".to_string(), t(Key::LowerIsBetter).to_string()),
        ]
    });
    let text_change = move |f: fn(&mut Metric, String)| {
        Callback::new(move |v: String| change(Arc::new(move |m| f(m, v.trim().to_string()))))
    };
    let number_change = move |f: fn(&mut Metric, Option<f64>)| {
        Callback::new(move |v: Option<f64>| change(Arc::new(move |m| f(m, v))))
    };
    let remove = move |_| {
        edit.run(TouchpointEdit(Arc::new(move |x: &mut Touchpoint| {
            x.metrics.retain(|m| m.id != id.get_value());
            if x.funnel_step.as_ref() == Some(&id.get_value()) {
                x.funnel_step = None;
            }
        })))
    };
    let name = move || {
        metric
            .get()
            .map(|m| metric_kind_name(lang.get(), m.kind))
            .unwrap_or("")
    };
    view! {
        <div
            class="metric"
            role="group"
            aria-label=move || format!("{} {}", t(Key::Metrics), name())
        >
            <SelectField
                label=label(t, Key::MetricKindLabel)
                options=kinds
                value=Signal::derive(move || format!("{:?}", kind()))
                on_commit=set_kind
            />
            <Show when=move || kind() == MetricKind::Custom>
                <TextField
                    label=label(t, Key::MetricName)
                    value=text_of(|m| m.label.clone())
                    on_commit=text_change(|m, v| m.label = v)
                />
            </Show>
            <Show
                when=move || survey(kind())
                fallback=move || {
                    view! {
                        <NumberField
                            label=label(t, Key::MetricValue)
                            value=number_of(|m| m.value)
                            places=3
                            on_commit=number_change(|m, v| m.value = v)
                        />
                        <TextField
                            label=label(t, Key::MetricUnit)
                            value=text_of(|m| m.unit.clone())
                            on_commit=text_change(|m, v| m.unit = v)
                        />
                        <NumberField
                            label=label(t, Key::MetricN)
                            value=number_of(|m| m.n.map(|n| n as f64))
                            places=0
                            range=(0.0, 1e12)
                            on_commit=number_change(|m, v| m.n = v.map(|v| v.round() as u64))
                        />
                        <Show when=move || counts_customers(kind())>
                            <label class="check">
                                <input type="checkbox" prop:checked=marked on:change=mark />
                                {tx(Key::FunnelStepMark)}
                            </label>
                        </Show>
                    }
                }
            >
                <SelectField
                    label=label(t, Key::MetricScale)
                    options=scale_options
                    value=text_of(|m| m.scale.clone())
                    on_commit=text_change(|m, v| m.scale = v)
                />
                {answers_fields(metric, change)}
            </Show>
            {move || computed_line(metric, lang.get())}
            <TextField
                label=label(t, Key::MetricMethod)
                value=text_of(|m| m.method.clone())
                on_commit=text_change(|m, v| m.method = v)
            />
            {period_fields(metric, change)}
            <TextField
                label=label(t, Key::MetricSource)
                value=text_of(|m| m.source.clone())
                on_commit=text_change(|m, v| m.source = v)
            />
            <SelectField
                label=label(t, Key::MetricDirection)
                options=directions
                value=Signal::derive(move || {
                    match metric.get().map(|m| m.direction) {
                        Some(Direction::Lower) => "lower".to_string(),
                        _ => "higher".to_string(),
                    }
                })
                on_commit=Callback::new(move |v: String| {
                    let d = if v == "lower" { Direction::Lower } else { Direction::Higher };
                    change(Arc::new(move |m| m.direction = d))
                })
            />
            <NumberField
                label=label(t, Key::MetricTarget)
                value=number_of(|m| m.target)
                places=3
                on_commit=number_change(|m, v| m.target = v)
            />
            <button class="danger small" on:click=remove>
                {tx(Key::RemoveMetric)}
            </button>
        </div>
    }
}

/// A survey metric's answers: NPS's three groups, or the count of each answer, and a column of
/// answers to paste (it replaces the counts; the lines that are not answers are counted).
fn answers_fields(
    metric: Memo<Option<Metric>>,
    change: impl Fn(MetricChange) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = use_t();
    let unreadable = RwSignal::new(None::<usize>);
    let count_field = move |key: &'static str, word: Signal<String>| {
        view! {
            <NumberField
                label=word
                value=Signal::derive(move || {
                    metric.get().and_then(|m| m.counts.get(key).map(|n| *n as f64))
                })
                places=0
                range=(0.0, 1e9)
                on_commit=Callback::new(move |v: Option<f64>| {
                    change(
                        Arc::new(move |m| {
                            let grouped = ["promoters", "passives", "detractors"].contains(&key);
                            m.counts.retain(|k, _| k.parse::<u8>().is_err() == grouped);
                            match v {
                                Some(v) => {
                                    m.counts.insert(key.to_string(), v.round() as u64);
                                }
                                None => {
                                    m.counts.remove(key);
                                }
                            }
                        }),
                    )
                })
            />
        }
    };
    let per_answer = move || {
        let m = metric.get()?;
        if m.kind == MetricKind::Nps {
            return Some(
                view! {
                    {count_field("promoters", label(t, Key::Promoters))}
                    {count_field("passives", label(t, Key::Passives))}
                    {count_field("detractors", label(t, Key::Detractors))}
                }
                .into_any(),
            );
        }
        let (lo, hi) = scale_of(&m.scale)?;
        const ANSWERS: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
        Some(
            (lo..=hi)
                .rev()
                .map(|a| {
                    let key = ANSWERS[a as usize];
                    let word = Signal::derive(move || format!("{key} {}", t(Key::AnswerCount)));
                    count_field(key, word)
                })
                .collect_view()
                .into_any(),
        )
    };
    let paste_id = super::fields::field_id();
    let paste = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let Some(scale) = metric
            .get_untracked()
            .and_then(|m| scale_of(&m.scale).or((m.kind == MetricKind::Nps).then_some((0, 10))))
        else {
            return;
        };
        let (counts, bad) = answers_from_column(&text, scale);
        unreadable.set(Some(bad));
        if !counts.is_empty() {
            change(Arc::new(move |m| m.counts = counts.clone()));
        }
    };
    view! {
        <div class="metric-answers">
            {per_answer} <div class="field">
                <label for=paste_id.clone()>{tx(Key::PasteAnswers)}</label>
                <textarea id=paste_id rows="3" on:change=paste></textarea>
            </div>
            {move || {
                unreadable
                    .get()
                    .filter(|n| *n > 0)
                    .map(|n| {
                        view! {
                            <p class="hint warn" role="status">
                                {n}
                                " "
                                {tx(Key::LinesUnreadable)}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// The value computed from the answers with its formula, or why there is none; and whether the
/// target is met.
fn computed_line(metric: Memo<Option<Metric>>, lang: crate::i18n::Lang) -> impl IntoView {
    let m = metric.get()?;
    let said = if survey(m.kind) {
        Some(match compute(&m) {
            Ok(c) => formula_text(lang, m.kind, &c),
            Err(why) => not_computed_text(lang, why).to_string(),
        })
    } else {
        None
    };
    let target = target_met(&m).map(|met| {
        let key = if met {
            Key::TargetMet
        } else {
            Key::TargetMissed
        };
        format!(
            "{} · {}",
            crate::i18n::text(lang, Key::MetricTarget),
            crate::i18n::text(lang, key)
        )
    });
    Some(view! {
        <p class="metric-computed" role="status">
            {said}
            {target.map(|t| view! { <span class="metric-target">" "{t}</span> })}
        </p>
    })
}

/// The period: from–to dates, or a name.
fn period_fields(
    metric: Memo<Option<Metric>>,
    change: impl Fn(MetricChange) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = use_t();
    let part = move |f: fn(&Period) -> String| {
        Signal::derive(move || {
            metric
                .get()
                .and_then(|m| m.period)
                .map(|p| f(&p))
                .unwrap_or_default()
        })
    };
    let set = move |f: fn(&mut Period, String)| {
        Callback::new(move |v: String| {
            change(Arc::new(move |m| {
                let mut p = m.period.clone().unwrap_or_default();
                f(&mut p, v.trim().to_string());
                m.period = (p != Period::default()).then_some(p);
            }))
        })
    };
    let from_id = super::fields::field_id();
    let to_id = super::fields::field_id();
    let date = move |id: String, key: Key, f: fn(&Period) -> String, g: fn(&mut Period, String)| {
        let value = part(f);
        let commit = set(g);
        view! {
            <div class="field">
                <label for=id.clone()>{move || t(key)}</label>
                <input
                    id=id
                    type="date"
                    prop:value=value
                    on:change=move |ev| commit.run(event_target_value(&ev))
                />
            </div>
        }
    };
    view! {
        <div class="metric-period">
            {date(from_id, Key::PeriodFrom, |p| p.from.clone(), |p, v| p.from = v)}
            {date(to_id, Key::PeriodTo, |p| p.to.clone(), |p, v| p.to = v)}
            <TextField
                label=label(t, Key::PeriodName)
                value=part(|p| p.name.clone())
                on_commit=set(|p, v| p.name = v)
            />
        </div>
    }
}
