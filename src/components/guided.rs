//! The guided start ("Kendinizi müşterinin yerine koyun"): seed 004's four questions one step
//! each — tick the touchpoints the seeds name, type your own with their channel — then seed 001's
//! "assess each step": how the customer feels, how they should feel, where it can improve. Finish
//! puts it all on the map as one undo step (`model::guided::guided_start`).
use super::tx;
use crate::i18n::{emotion_label, signed_decimal, text, Key, Lang};
use crate::model::guided::{guided_start, pick, GuidedTouchpoint, CHECKLIST, QUESTIONS};
use crate::model::order::sort_by_key;
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// The id of the step's heading: focused when the step changes.
const HEADING: &str = "guided-heading";

/// A chosen touchpoint: its order key (question, then checklist place, own ones after) and what
/// the guided start will add.
type Chosen = Vec<((usize, usize), GuidedTouchpoint)>;

/// The guided start, shown while `editor.guided` is set.
#[component]
pub fn GuidedStart(editor: EditorState) -> impl IntoView {
    let lang = super::app_state().lang;
    let step = RwSignal::new(0usize);
    let chosen: RwSignal<Chosen> = RwSignal::new(Vec::new());
    let go = move |to: usize| {
        step.set(to);
        platform::focus_soon(HEADING.into());
    };
    let finish = move |_| {
        let mut all = chosen.get_untracked();
        sort_by_key(&mut all, |c| c.0);
        let list: Vec<GuidedTouchpoint> = all.into_iter().map(|c| c.1).collect();
        let l = lang.get_untracked();
        let cmd = editor
            .map
            .with_untracked(|m| guided_start(m, &list, l, platform::new_id));
        if let Some(cmd) = cmd {
            editor.dispatch(cmd);
        }
        editor.guided.set(false);
    };
    let heading = move || {
        let l = lang.get();
        let s = step.get();
        match QUESTIONS.get(s) {
            Some(q) => format!(
                "{} {}/5 · {}: {}",
                text(l, Key::GuidedStep),
                s + 1,
                pick(l, q.name),
                pick(l, q.when)
            ),
            None => format!(
                "{} 5/5 · {}",
                text(l, Key::GuidedStep),
                text(l, Key::AssessSteps)
            ),
        }
    };
    view! {
        <section class="guided" aria-labelledby=HEADING>
            <p class="guided-lead">{tx(Key::GuidedLead)}</p>
            <h2 id=HEADING tabindex="-1">
                {heading}
            </h2>
            {move || {
                let s = step.get();
                if s < 4 {
                    question_step(lang, s, chosen).into_any()
                } else {
                    assess_step(editor, lang, chosen).into_any()
                }
            }}
            <div class="guided-nav">
                <button on:click=move |_| editor.guided.set(false)>{tx(Key::Cancel)}</button>
                <button
                    disabled=move || step.get() == 0
                    on:click=move |_| go(step.get_untracked() - 1)
                >
                    "← "
                    {tx(Key::GuidedBack)}
                </button>
                <Show
                    when=move || step.get() < 4
                    fallback=move || {
                        view! {
                            <button class="primary" on:click=finish>
                                {tx(Key::GuidedFinish)}
                                " ("
                                {move || chosen.with(Vec::len)}
                                ")"
                            </button>
                        }
                    }
                >
                    <button class="primary" on:click=move |_| go(step.get_untracked() + 1)>
                        {tx(Key::GuidedNext)}
                        " →"
                    </button>
                </Show>
            </div>
        </section>
    }
}

/// One question: its checklist, and the user's own touchpoints with their channel.
fn question_step(lang: RwSignal<Lang>, q: usize, chosen: RwSignal<Chosen>) -> impl IntoView {
    let l = lang.get_untracked();
    let items = CHECKLIST
        .iter()
        .enumerate()
        .filter(|(_, i)| i.question == q)
        .map(|(n, i)| {
            let key = (q, n);
            let checked = move || chosen.with(|c| c.iter().any(|x| x.0 == key));
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                chosen.update(|c| {
                    c.retain(|x| x.0 != key);
                    if on {
                        c.push((key, GuidedTouchpoint::from_item(i, l)));
                    }
                });
            };
            view! {
                <li>
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change=toggle />
                        {pick(l, i.name)}
                    </label>
                </li>
            }
        })
        .collect_view();
    let name = RwSignal::new(String::new());
    let channel = RwSignal::new(String::new());
    let (name_id, channel_id) = (super::fields::field_id(), super::fields::field_id());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked().trim().to_string();
        if typed.is_empty() {
            return;
        }
        chosen.update(|c| {
            let n = 1000 + c.len();
            c.push((
                (q, n),
                GuidedTouchpoint {
                    question: q,
                    name: typed,
                    channel: channel.get_untracked().trim().to_string(),
                    ..GuidedTouchpoint::default()
                },
            ));
        });
        name.set(String::new());
        channel.set(String::new());
    };
    let own = move || {
        chosen
            .get()
            .into_iter()
            .filter(|c| c.0 .0 == q && c.0 .1 >= 1000)
            .map(|(key, g)| {
                let label = format!("{}: {}", text(lang.get(), Key::Remove), g.name);
                view! {
                    <li>
                        {g.name.clone()}
                        {(!g.channel.is_empty()).then(|| format!(" · {}", g.channel))} " "
                        <button
                            class="small"
                            aria-label=label
                            on:click=move |_| chosen.update(|c| c.retain(|x| x.0 != key))
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="guided-checklist">
            <legend>{tx(Key::WhereDoYouGo)}</legend>
            <ul>{items}</ul>
        </fieldset>
        <form class="guided-own" on:submit=add>
            <div class="field">
                <label for=name_id.clone()>{tx(Key::OwnTouchpoint)}</label>
                <input
                    id=name_id.clone()
                    type="text"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for=channel_id.clone()>{tx(Key::Channel)}</label>
                <input
                    id=channel_id.clone()
                    type="text"
                    prop:value=move || channel.get()
                    on:input=move |ev| channel.set(event_target_value(&ev))
                />
            </div>
            <button type="submit">{tx(Key::AddOwn)}</button>
        </form>
        <ul class="guided-own-list">{own}</ul>
    }
}

/// "Assess each step": for every chosen touchpoint, how the customer feels, should feel, and
/// where it can improve.
fn assess_step(
    editor: EditorState,
    lang: RwSignal<Lang>,
    chosen: RwSignal<Chosen>,
) -> impl IntoView {
    let l = lang.get_untracked();
    let scale = editor.map.with_untracked(|m| m.emotion_scale.clone());
    let mut all = chosen.get_untracked();
    sort_by_key(&mut all, |c| c.0);
    if all.is_empty() {
        return view! { <p class="hint">{text(l, Key::NothingChosen)}</p> }.into_any();
    }
    let rows = all
        .into_iter()
        .map(|(key, g)| {
            let set = move |f: Box<dyn FnOnce(&mut GuidedTouchpoint)>| {
                chosen.update(|c| {
                    if let Some(x) = c.iter_mut().find(|x| x.0 == key) {
                        f(&mut x.1);
                    }
                })
            };
            let (feel_id, should_id, improve_id) = (
                super::fields::field_id(),
                super::fields::field_id(),
                super::fields::field_id(),
            );
            let options = std::iter::once((String::new(), text(l, Key::NotSet).to_string()))
                .chain((scale.min..=scale.max).rev().map(|v| {
                    let said = format!(
                        "{} {}",
                        signed_decimal(l, f64::from(v), 0),
                        emotion_label(l, v, scale.min, scale.max)
                    );
                    (v.to_string(), said)
                }))
                .map(|(v, s)| view! { <option value=v>{s}</option> })
                .collect_view();
            view! {
                <fieldset class="guided-assess">
                    <legend>{g.name.clone()}</legend>
                    <div class="field">
                        <label for=feel_id.clone()>{text(l, Key::FeelsHere)}</label>
                        <select
                            id=feel_id
                            on:change=move |ev| {
                                let v = event_target_value(&ev).parse().ok();
                                set(Box::new(move |x| x.feels = v))
                            }
                        >
                            {options}
                        </select>
                    </div>
                    <div class="field">
                        <label for=should_id.clone()>{text(l, Key::ShouldFeel)}</label>
                        <input
                            id=should_id
                            type="text"
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                set(Box::new(move |x| x.should_feel = v))
                            }
                        />
                    </div>
                    <div class="field">
                        <label for=improve_id.clone()>{text(l, Key::WhereImprove)}</label>
                        <input
                            id=improve_id
                            type="text"
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                set(Box::new(move |x| x.improve = v))
                            }
                        />
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    view! { <div class="guided-assess-list">{rows}</div> }.into_any()
}
