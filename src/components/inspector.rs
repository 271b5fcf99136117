//! The inspector: every field of the selected touchpoint. Each edit is one `UpdateTouchpoint` (or
//! `SetEmotion` / `MoveTouchpoint`) command, so each is one undo step.
use super::fields::{SelectField, TextField};
use super::metrics::Metrics;
use super::pains::{ExitPointField, ForcedSwitchField, PainPoints, TouchpointEdit};
use super::tx;
use super::use_t;
use crate::i18n::{emotion_label, Key};
use crate::model::*;
use crate::state::EditorState;
use leptos::prelude::*;

type Sig = Signal<String>;

/// A field label that follows the interface language.
pub(super) fn label(t: impl Fn(Key) -> &'static str + Copy + Send + Sync + 'static, k: Key) -> Sig {
    Signal::derive(move || t(k).to_string())
}

/// The inspector of the selected touchpoint.
#[component]
pub fn Inspector(editor: EditorState) -> impl IntoView {
    let tp = Memo::new(move |_| {
        editor
            .selected
            .get()
            .and_then(|id| editor.map.with(|m| m.touchpoint(&id).cloned()))
    });
    view! {
        <aside class="inspector" aria-labelledby="inspector-heading">
            <div class="inspector-head">
                <h2 id="inspector-heading">{tx(Key::Details)}</h2>
                <Show when=move || tp.with(Option::is_some)>
                    <button
                        class="icon"
                        aria-label=tx(Key::Close)
                        on:click=move |_| editor.selected.set(None)
                    >
                        "✕"
                    </button>
                </Show>
            </div>
            <Show
                when=move || tp.with(Option::is_some)
                fallback=move || view! { <p class="hint">{tx(Key::SelectHint)}</p> }
            >
                <InspectorFields editor tp />
            </Show>
        </aside>
    }
}

#[component]
fn InspectorFields(editor: EditorState, tp: Memo<Option<Touchpoint>>) -> impl IntoView {
    let t = use_t();
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
        // The name field is where the focus goes after a touchpoint is added.
        let id = (k == Key::Name).then_some(crate::state::TOUCHPOINT_NAME_FIELD);
        view! { <TextField label=label(t, k) value on_commit=commit multiline id /> }
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
        let target = editor
            .map
            .with_untracked(|m| m.step_within_stage(&tid, down));
        if let Some((stage, index)) = target {
            editor.dispatch(Command::MoveTouchpoint {
                id: tid,
                stage,
                index,
            });
        }
    };
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
                <button on:click=move |_| move_within(false)>"↑ "{tx(Key::MoveUp)}</button>
                <button on:click=move |_| move_within(true)>"↓ "{tx(Key::MoveDown)}</button>
            </div> {emotion_fields(editor, tp)}
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
            <super::gap_field::GapField
                tp
                edit=Callback::new(move |f: TouchpointEdit| edit(Box::new(move |x| f.0(x))))
            />
            <PainPoints
                tp
                edit=Callback::new(move |f: TouchpointEdit| edit(Box::new(move |x| f.0(x))))
            />
            <ExitPointField
                tp
                edit=Callback::new(move |f: TouchpointEdit| edit(Box::new(move |x| f.0(x))))
            />
            <ForcedSwitchField
                tp
                edit=Callback::new(move |f: TouchpointEdit| edit(Box::new(move |x| f.0(x))))
            />
            <Metrics
                tp
                edit=Callback::new(move |f: TouchpointEdit| edit(Box::new(move |x| f.0(x))))
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
            )} <p class="hint">{tx(Key::SourcesHint)}</p>
            <super::fields::SourceLinks sources=Signal::derive(move || {
                tp.get().map(|x| x.sources).unwrap_or_default()
            }) />
            <SelectField
                label=label(t, Key::Evidence)
                options=Signal::derive(move || {
                    let word = |e| match e {
                        Evidence::Observed => t(Key::Observed),
                        Evidence::Assumed => t(Key::Assumed),
                        Evidence::Proposed => t(Key::Proposed),
                    };
                    Evidence::ALL.map(|e| (e.code().to_string(), word(e).to_string())).to_vec()
                })
                value=Signal::derive(move || {
                    tp.get().map(|x| x.evidence.code().to_string()).unwrap_or_default()
                })
                on_commit=Callback::new(move |v: String| edit(
                    Box::new(move |x| x.evidence = Evidence::from_code(&v).unwrap_or_default()),
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
                {tx(Key::DeleteTouchpoint)}
            </button>
        </div>
    }
}

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

/// One emotion per persona, on the map's scale ("+2 Very positive" … "-2 Very negative"), or
/// not set.
// A view function, not a component (see `components::editor::editor_head`).
fn emotion_fields(editor: EditorState, tp: Memo<Option<Touchpoint>>) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let id = move || tp.get_untracked().map(|x| x.id).unwrap_or_default();
    let personas = Memo::new(move |_| editor.map.with(|m| m.personas.clone()));
    let scale = Memo::new(move |_| editor.map.with(|m| m.emotion_scale.clone()));
    view! {
        <fieldset>
            <legend>{tx(Key::Emotion)}</legend>
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
    }
}
