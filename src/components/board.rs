//! The board: one column per stage with its touchpoint cards, in journey order.
use super::fields::TextField;
use super::use_t;
use crate::i18n::{emotion_label, Key};
use crate::model::{Command, Id, Stage, Touchpoint};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Width of a stage column in CSS pixels; the emotion curve uses the same band width.
pub const COLUMN_PX: u32 = 288;

/// Height of one card's slot (card and gap). Fixed, so a column of any length is windowed with
/// arithmetic: only the cards on screen are built.
pub const SLOT_PX: f64 = 116.0;

/// Touchpoint id → list position, computed once per change and shared by every card.
type Positions = Memo<Arc<HashMap<Id, usize>>>;

/// The stage columns and the "add stage" button.
#[component]
pub fn Board(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let positions: Positions = Memo::new(move |_| {
        editor.map.with(|m| {
            Arc::new(
                m.touchpoints
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (t.id.clone(), i))
                    .collect(),
            )
        })
    });
    let stage_ids = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    let add_stage = move |_| {
        let lang = crate::components::app_state().lang.get_untracked();
        let stage = Stage {
            id: platform::new_id(),
            name: crate::i18n::text(lang, Key::NewStage).into(),
            ..Stage::default()
        };
        let index = editor.map.with_untracked(|m| m.stages.len());
        let new_id = stage.id.clone();
        editor.dispatch(Command::AddStage { stage, index });
        editor.reveal.set(Some(new_id));
    };
    // The "add stage" button beside the list, not in it: a list holds only its items.
    view! {
        <div class="board-row">
            <div class="stages" role="list" aria-label=move || t(Key::Board)>
                <For each=move || stage_ids.get() key=|id| id.clone() let:id>
                    <StageColumn editor id positions />
                </For>
            </div>
            <div class="add-stage">
                <button on:click=add_stage>"+ "{move || t(Key::AddStage)}</button>
            </div>
        </div>
    }
}

#[component]
fn StageColumn(editor: EditorState, id: Id, positions: Positions) -> impl IntoView {
    let t = use_t();
    let id = StoredValue::new(id);
    let stage = Memo::new(move |_| editor.map.with(|m| m.stage(&id.get_value()).cloned()));
    let position = Memo::new(move |_| {
        editor.map.with(|m| {
            (
                m.stages.iter().position(|s| s.id == id.get_value()),
                m.stages.len(),
            )
        })
    });
    let tp_ids = Memo::new(move |_| {
        let filter = editor.filter.get();
        editor.map.with(|m| {
            m.touchpoints_of(&id.get_value())
                .filter(|t| {
                    filter
                        .as_ref()
                        .is_none_or(|(s, c)| t.stage == *s && t.channel == *c)
                })
                .map(|t| t.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // The cards on screen (by slot), from the editor's one frame measurement.
    let window = Memo::new(move |_| {
        let column = position.with(|p| p.0.unwrap_or(0));
        let count = tp_ids.with(Vec::len);
        editor
            .frame
            .with(|f| f.cards(column, COLUMN_PX as f64, SLOT_PX, count))
    });
    // Off-screen columns keep their place and their card list's height but build nothing else;
    // a column holding the keyboard focus stays built (typing is never cut off by a scroll).
    let focused = RwSignal::new(false);
    let revealed = Memo::new(move |_| {
        editor
            .reveal
            .with(|r| r.as_deref() == Some(id.get_value().as_str()))
    });
    let built = Memo::new(move |_| {
        focused.get()
            || revealed.get()
            || editor
                .frame
                .with(|f| f.shows_column(position.with(|p| p.0.unwrap_or(0)), COLUMN_PX as f64))
    });
    let section_id = format!("stage-{}", id.get_value());
    let shown = Memo::new(move |_| {
        let w = window.get();
        tp_ids.with(|ids| ids.get(w.clone()).map(|s| s.to_vec()).unwrap_or_default())
    });
    // A just-created stage or touchpoint is scrolled to (only when it is asked for, not on every
    // later change of the column).
    {
        let section_id = section_id.clone();
        Effect::new(move |_| {
            let Some(target) = editor.reveal.get() else {
                return;
            };
            if target == id.get_value() {
                platform::reveal_by_id(&section_id);
            } else if let Some(i) =
                tp_ids.with_untracked(|ids| ids.iter().position(|x| *x == target))
            {
                let f = editor.frame.get_untracked();
                if let Some(board) = f.board {
                    let top = board.top + f.cards_top + i as f64 * SLOT_PX;
                    if top < 0.0 || top + SLOT_PX > f.screen.height {
                        platform::scroll_page_by(top - f.screen.height / 2.0);
                    }
                }
            }
        });
    }
    let list_style = move || {
        let w = window.get();
        let count = tp_ids.with(Vec::len);
        format!(
            "--slot:{SLOT_PX}px;height:{}px;padding-top:{}px",
            count as f64 * SLOT_PX,
            w.start as f64 * SLOT_PX
        )
    };
    let name = Signal::derive(move || stage.get().map(|s| s.name).unwrap_or_default());
    // What the user is typing for a new touchpoint survives the column being unbuilt.
    let draft = Draft {
        name: RwSignal::new(String::new()),
        channel: RwSignal::new(String::new()),
    };

    view! {
        <section
            class="stage"
            id=section_id
            class:built=built
            role="listitem"
            aria-label=move || name.get()
            on:focusin=move |_| focused.set(true)
            on:focusout=move |_| focused.set(false)
        >
            <Show when=move || built.get()>{stage_head(editor, id, stage, name, position)}</Show>
            <ol class="cards" style=list_style>
                <For each=move || shown.get() key=|id| id.clone() let:tp>
                    {
                        let mine = tp.clone();
                        let at = move || {
                            tp_ids
                                .with(|ids| {
                                    ids.iter().position(|x| *x == mine).map_or(0, |i| i + 1)
                                })
                        };
                        // Screen readers still hear "card 7 of 50" although only the cards on
                        // screen exist.
                        view! {
                            <li aria-posinset=at aria-setsize=move || tp_ids.with(Vec::len)>
                                <TouchpointCard editor id=tp positions />
                            </li>
                        }
                    }
                </For>
            </ol>
            <Show when=move || built.get()>
                <Show when=move || {
                    tp_ids.with(Vec::is_empty) && editor.filter.with(Option::is_none)
                }>
                    <p class="hint">{move || t(Key::NoTouchpoints)}</p>
                </Show>
                {add_touchpoint_form(editor, id, draft)}
            </Show>
        </section>
    }
}

/// The touchpoint being typed into a column's "add" form.
#[derive(Clone, Copy)]
struct Draft {
    /// Its name.
    name: RwSignal<String>,
    /// Its channel's id ("" for the map's first channel).
    channel: RwSignal<String>,
}

/// A column's head: the stage's name, moving it left or right, removing it.
fn stage_head(
    editor: EditorState,
    id: StoredValue<Id>,
    stage: Memo<Option<Stage>>,
    name: Signal<String>,
    position: Memo<(Option<usize>, usize)>,
) -> impl IntoView {
    let t = use_t();
    let rename = Callback::new(move |v: String| {
        if let Some(mut s) = stage.get_untracked() {
            s.name = v;
            editor.dispatch(Command::UpdateStage(s));
        }
    });
    let move_by = move |d: isize| {
        if let (Some(i), _) = position.get_untracked() {
            let to = (i as isize + d).max(0) as usize;
            editor.dispatch(Command::MoveStage {
                id: id.get_value(),
                to,
            });
        }
    };
    view! {
        <header class="stage-head">
            <TextField
                label=Signal::derive(move || t(Key::StageName).to_string())
                value=name
                on_commit=rename
                hide_label=true
                class="stage-name"
            />
            <div class="stage-tools">
                <button
                    class="icon"
                    aria-label=move || format!("{}: {}", t(Key::MoveLeft), name.get())
                    disabled=move || position.get().0 == Some(0)
                    on:click=move |_| move_by(-1)
                >
                    "◀"
                </button>
                <button
                    class="icon"
                    aria-label=move || format!("{}: {}", t(Key::MoveRight), name.get())
                    disabled=move || {
                        let (i, n) = position.get();
                        i.map(|i| i + 1 >= n).unwrap_or(true)
                    }
                    on:click=move |_| move_by(1)
                >
                    "▶"
                </button>
                <button
                    class="icon danger"
                    aria-label=move || format!("{}: {}", t(Key::RemoveStage), name.get())
                    on:click=move |_| {
                        editor
                            .dispatch(Command::RemoveStage {
                                id: id.get_value(),
                            })
                    }
                >
                    "✕"
                </button>
            </div>
        </header>
    }
}

/// A column's form for a new touchpoint: its name and channel; the new touchpoint is selected
/// and scrolled to.
fn add_touchpoint_form(editor: EditorState, id: StoredValue<Id>, draft: Draft) -> impl IntoView {
    let t = use_t();
    let (new_name, new_channel) = (draft.name, draft.channel);
    let channel_options = Memo::new(move |_| {
        editor.map.with(|m| {
            m.channels
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = crate::components::app_state().lang.get_untracked();
        let name = match new_name.get_untracked().trim() {
            "" => crate::i18n::text(lang, Key::NewTouchpoint).to_string(),
            n => n.to_string(),
        };
        let channel = match new_channel.get_untracked() {
            c if !c.is_empty() => c,
            _ => channel_options
                .with_untracked(|o| o.first().map(|c| c.0.clone()).unwrap_or_default()),
        };
        let tp = Touchpoint {
            id: platform::new_id(),
            stage: id.get_value(),
            channel,
            name,
            ..Touchpoint::default()
        };
        let new_id = tp.id.clone();
        let index = editor
            .map
            .with_untracked(|m| m.end_of_stage(&id.get_value(), &new_id));
        editor.dispatch(Command::AddTouchpoint {
            touchpoint: tp,
            index,
        });
        editor.selected.set(Some(new_id.clone()));
        editor.reveal.set(Some(new_id));
        new_name.set(String::new());
        // The next step is describing it: its name in the details, ready to edit.
        platform::focus_soon(crate::state::TOUCHPOINT_NAME_FIELD.into());
    };
    let form_id = format!("add-{}", id.get_value());
    let name_id = super::fields::field_id();
    let channel_id = super::fields::field_id();
    view! {
        <form class="add-tp" id=form_id.clone() on:submit=add>
            <div class="field">
                <label for=name_id.clone()>{move || t(Key::TouchpointName)}</label>
                <input
                    id=name_id.clone()
                    type="text"
                    prop:value=new_name
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for=channel_id.clone()>{move || t(Key::Channel)}</label>
                <select
                    id=channel_id.clone()
                    on:change=move |ev| new_channel.set(event_target_value(&ev))
                >
                    {move || {
                        channel_options
                            .get()
                            .into_iter()
                            .map(|(v, n)| {
                                let sel = v == new_channel.get_untracked();
                                view! {
                                    <option value=v selected=sel>
                                        {n}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <button type="submit">"+ "{move || t(Key::AddTouchpoint)}</button>
        </form>
    }
}

/// What a card shows; one memo per card so a change elsewhere in the map leaves its DOM alone.
#[derive(Clone, PartialEq)]
struct CardData {
    name: String,
    channel: String,
    /// (persona, value, scale min, scale max)
    emotions: Vec<(String, i8, i8, i8)>,
    pains: usize,
    exit: Option<Option<f64>>,
}

#[component]
fn TouchpointCard(editor: EditorState, id: Id, positions: Positions) -> impl IntoView {
    let t = use_t();
    let lang = crate::components::app_state().lang;
    let id = StoredValue::new(id);
    let data = Memo::new(move |_| {
        let at = positions.with(|p| p.get(&id.get_value()).copied())?;
        editor.map.with(|m| {
            let tp = m.touchpoints.get(at)?;
            Some(CardData {
                name: tp.name.clone(),
                channel: m.channel_name(&tp.channel).to_string(),
                emotions: m
                    .personas
                    .iter()
                    .filter_map(|p| {
                        tp.emotions
                            .get(&p.id)
                            .map(|v| (p.name.clone(), *v, m.emotion_scale.min, m.emotion_scale.max))
                    })
                    .collect(),
                pains: tp.pain_points.len(),
                exit: tp.exit_point.as_ref().map(|e| e.rate),
            })
        })
    });
    let selected = move || editor.selected.get().as_deref() == Some(id.get_value().as_str());
    view! {
        <button
            class="card"
            class:selected=selected
            aria-pressed=move || selected().to_string()
            on:click=move |_| editor.selected.set(Some(id.get_value()))
        >
            // One closure for the whole content: 1,000 cards stay cheap to build.
            {move || {
                data.get()
                    .map(|d| {
                        let l = lang.get();
                        let full_name = d.name.clone();
                        view! {
                            <span class="card-name" title=full_name>
                                {d.name}
                            </span>
                            <span class="card-meta">
                                <span class="card-channel">{d.channel}</span>
                                <span class="card-emotions">
                                    {d
                                        .emotions
                                        .into_iter()
                                        .map(|(who, v, lo, hi)| {
                                            let cls = if v < 0 {
                                                "emo neg"
                                            } else if v == 0 {
                                                "emo neu"
                                            } else {
                                                "emo pos"
                                            };
                                            let shape = if v < 0 {
                                                "▼"
                                            } else if v == 0 {
                                                "■"
                                            } else {
                                                "●"
                                            };
                                            let title = format!(
                                                "{who}: {v:+} {}",
                                                emotion_label(l, v, lo, hi),
                                            );
                                            let spoken = title.clone();
                                            view! {
                                                <span class=cls title=title>
                                                    <span aria-hidden="true">{shape}" "</span>
                                                    {format!("{v:+}")}
                                                    <span class="sr-only">{spoken}</span>
                                                </span>
                                            }
                                        })
                                        .collect_view()}
                                </span>
                            </span>
                            <span class="card-badges">
                                {(d.pains > 0)
                                    .then(|| {
                                        view! {
                                            <span class="badge pain">
                                                {format!("⚠ {}: {}", t(Key::PainPoints), d.pains)}
                                            </span>
                                        }
                                    })}
                                {d
                                    .exit
                                    .map(|rate| {
                                        view! {
                                            <span class="badge exit">
                                                {format!("⇥ {}", crate::i18n::exit_label(l, rate))}
                                            </span>
                                        }
                                    })}
                            </span>
                        }
                    })
            }}
        </button>
    }
}
