//! One action's form in the plan: title, description, owner department, impact and effort 1–5,
//! status, due date, the touchpoints and pain points it addresses, and where it came from. Each
//! edit is one `UpdateAction` (one undo step); removing it is one `RemoveAction`.
use super::fields::{SelectField, TextField};
use super::tx;
use super::use_t;
use crate::i18n::{action_status_name, text, Key};
use crate::model::{Action, ActionStatus, Command, Id};
use crate::state::EditorState;
use leptos::prelude::*;

/// The statuses, in their order.
pub const STATUSES: [ActionStatus; 4] = [
    ActionStatus::Idea,
    ActionStatus::Planned,
    ActionStatus::InProgress,
    ActionStatus::Done,
];

/// The action's text fields: words, one line or several, read and write (trimmed on write).
type TextPart = (Key, bool, fn(&Action) -> String, fn(&mut Action, String));
const TEXTS: [TextPart; 3] = [
    (
        Key::ActionTitle,
        false,
        |a| a.title.clone(),
        |a, v| a.title = v,
    ),
    (
        Key::Description,
        true,
        |a| a.description.clone(),
        |a, v| a.description = v,
    ),
    (Key::Owner, false, |a| a.owner.clone(), |a, v| a.owner = v),
];

/// Impact, effort and status as a select's value: read and write.
type SelectPart = (fn(&Action) -> String, fn(&mut Action, &str));
const SELECTS: [SelectPart; 3] = [
    (
        |a| a.impact.to_string(),
        |a, v| a.impact = v.parse().unwrap_or(3),
    ),
    (
        |a| a.effort.to_string(),
        |a, v| a.effort = v.parse().unwrap_or(3),
    ),
    (
        |a| a.status.code().to_string(),
        |a, v| a.status = ActionStatus::from_code(v).unwrap_or_default(),
    ),
];

/// The form of action `id`.
#[component]
pub fn ActionForm(editor: EditorState, id: Id) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let id = StoredValue::new(id);
    let action = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.actions.iter().find(|a| a.id == id.get_value()).cloned())
    });
    let change = move |f: Box<dyn FnOnce(&mut Action)>| {
        if let Some(mut a) = action.get_untracked() {
            f(&mut a);
            if Some(&a) != action.get_untracked().as_ref() {
                editor.dispatch(Command::UpdateAction(a));
            }
        }
    };
    let text_of = move |f: fn(&Action) -> String| {
        Signal::derive(move || action.get().map(|a| f(&a)).unwrap_or_default())
    };
    let label = move |k: Key| Signal::derive(move || t(k).to_string());
    let scale = Signal::derive(|| (1..=5).map(|n| (n.to_string(), n.to_string())).collect());
    let statuses = Signal::derive(move || {
        STATUSES
            .map(|s| {
                (
                    s.code().to_string(),
                    action_status_name(lang.get(), s).to_string(),
                )
            })
            .to_vec()
    });
    let texts = move || {
        TEXTS
            .iter()
            .enumerate()
            .map(|(i, &(key, multiline, get, set))| {
                view! {
                    <TextField
                        label=label(key)
                        value=text_of(get)
                        multiline
                        on_commit=Callback::new(move |v: String| {
                            change(Box::new(move |a| set(a, v.trim().to_string())))
                        })
                        id=(i == 0).then_some(crate::state::ACTION_TITLE_FIELD)
                    />
                }
            })
            .collect_view()
    };
    let selects = move || {
        [
            (Key::Impact, scale, SELECTS[0]),
            (Key::Effort, scale, SELECTS[1]),
            (Key::ActionStatusLabel, statuses, SELECTS[2]),
        ]
        .into_iter()
        .map(|(key, options, (get, set))| {
            view! {
                <SelectField
                    label=label(key)
                    options
                    value=text_of(get)
                    on_commit=Callback::new(move |v: String| change(Box::new(move |a| set(a, &v))))
                />
            }
        })
        .collect_view()
    };
    let due_id = super::fields::field_id();
    let remove = move |_| {
        editor.dispatch(Command::RemoveAction { id: id.get_value() });
        editor.action.set(None);
    };
    view! {
        <Show when=move || action.with(Option::is_some)>
            <form
                class="action-form"
                aria-label=tx(Key::ActionTitle)
                on:submit=|ev| ev.prevent_default()
            >
                {texts()}
                {selects()}
                <div class="field">
                    <label for=due_id.clone()>{tx(Key::DueDate)}</label>
                    <input
                        id=due_id.clone()
                        type="date"
                        prop:value=text_of(|a| a.due.clone().unwrap_or_default())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(Box::new(move |a| a.due = (!v.is_empty()).then_some(v)))
                        }
                    />
                </div>
                {links(editor, action, change)}
                {move || origin_line(editor, action)}
                <div class="action-buttons">
                    <button type="button" class="danger small" on:click=remove>
                        {tx(Key::RemoveAction)}
                    </button>
                    <button type="button" class="small" on:click=move |_| editor.action.set(None)>
                        {tx(Key::Close)}
                    </button>
                </div>
            </form>
        </Show>
    }
}

/// The touchpoints and pain points the action addresses: each removable, more to add.
fn links(
    editor: EditorState,
    action: Memo<Option<Action>>,
    change: impl Fn(Box<dyn FnOnce(&mut Action)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = use_t();
    let linked = move || {
        let Some(a) = action.get() else {
            return Vec::new();
        };
        editor.map.with(|m| {
            let mut out: Vec<(bool, Id, String)> = a
                .touchpoints
                .iter()
                .filter_map(|id| Some((true, id.clone(), m.touchpoint(id)?.name.clone())))
                .collect();
            out.extend(m.touchpoints.iter().flat_map(|tp| {
                tp.pain_points
                    .iter()
                    .filter(|p| a.pain_points.contains(&p.id))
                    .map(|p| (false, p.id.clone(), pain_label(tp, p)))
            }));
            out
        })
    };
    // What can still be linked: each touchpoint, then its pain points ("t:" / "p:" and the id).
    let addable = Signal::derive(move || {
        let a = action.get().unwrap_or_default();
        let mut v = vec![(String::new(), "—".to_string())];
        editor.map.with(|m| {
            for tp in m.journey_order() {
                if !a.touchpoints.contains(&tp.id) {
                    v.push((format!("t:{}", tp.id), tp.name.clone()));
                }
                for p in tp
                    .pain_points
                    .iter()
                    .filter(|p| !a.pain_points.contains(&p.id))
                {
                    v.push((format!("p:{}", p.id), pain_label(tp, p)));
                }
            }
        });
        v
    });
    // A pain point is linked with its touchpoint (as an action made from it is), in one edit.
    let link = move |v: String| {
        let pain_at = |id: &str| {
            editor.map.with_untracked(|m| {
                let tp = m
                    .touchpoints
                    .iter()
                    .find(|t| t.pain_points.iter().any(|p| p.id == id));
                tp.map(|t| t.id.clone())
            })
        };
        let (tp, pain) = match v.split_once(':') {
            Some(("t", id)) => (Some(id.to_string()), None),
            Some(("p", id)) => (pain_at(id), Some(id.to_string())),
            _ => return,
        };
        change(Box::new(move |a| {
            if let Some(tp) = tp.filter(|t| !a.touchpoints.contains(t)) {
                a.touchpoints.push(tp);
            }
            a.pain_points.extend(pain);
        }))
    };
    view! {
        <fieldset class="action-links">
            <legend>{tx(Key::Addresses)}</legend>
            <ul>
                {move || {
                    linked()
                        .into_iter()
                        .map(|(is_tp, id, name)| {
                            let unlink = move |_| {
                                let id = id.clone();
                                change(
                                    Box::new(move |a| {
                                        if is_tp {
                                            a.touchpoints.retain(|x| x != &id);
                                        } else {
                                            a.pain_points.retain(|x| x != &id);
                                        }
                                    }),
                                )
                            };
                            let label = format!(
                                "{}: {name}",
                                text(super::app_state().lang.get(), Key::Unlink),
                            );
                            view! {
                                <li>
                                    {name.clone()} " "
                                    <button
                                        type="button"
                                        class="small"
                                        aria-label=label
                                        on:click=unlink
                                    >
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <SelectField
                label=Signal::derive(move || t(Key::LinkTouchpoint).to_string())
                options=addable
                value=Signal::derive(String::new)
                on_commit=Callback::new(link)
            />
        </fieldset>
    }
}

/// A pain point as the form lists it, linked or to link: "touchpoint · pain".
fn pain_label(tp: &crate::model::Touchpoint, p: &crate::model::PainPoint) -> String {
    format!("{} · {}", tp.name, p.text)
}

/// Where the action came from, in words.
fn origin_line(editor: EditorState, action: Memo<Option<Action>>) -> Option<impl IntoView> {
    let o = action.get()?.origin?;
    let lang = super::app_state().lang.get();
    let key = match o.kind {
        crate::model::OriginKind::PainPoint => Key::FromPainPoint,
        crate::model::OriginKind::Exit => Key::FromExit,
        crate::model::OriginKind::Insight => Key::FromInsight,
    };
    let tp = o.touchpoint.and_then(|id| {
        editor
            .map
            .with(|m| m.touchpoint(&id).map(|t| t.name.clone()))
    });
    let said = match tp {
        Some(name) => format!("{} · {name}", text(lang, key)),
        None => text(lang, key).to_string(),
    };
    Some(view! { <p class="hint">{said}</p> })
}
