//! The map's channels belong to the user: add, rename, set the kind of, reorder and remove them
//! (a used channel asks where its touchpoints go). Each change is one command, undone in one step.
use super::fields::{SelectField, TextField};
use super::tx;
use super::use_t;
use crate::i18n::{channel_kind_name, Key};
use crate::model::{remove_channel_moving, Channel, ChannelKind, Command, Id};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// The channels panel.
#[component]
pub fn Channels(editor: EditorState) -> impl IntoView {
    let ids = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.channels.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
    });
    let new_name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        let channel = Channel {
            id: platform::new_id(),
            name,
            kind: ChannelKind::Digital,
        };
        let index = ids.with_untracked(Vec::len);
        editor.dispatch(Command::AddChannel { channel, index });
        new_name.set(String::new());
    };
    // Built when first opened (the panel starts closed).
    let open = RwSignal::new(false);
    let input_id = super::fields::field_id();
    view! {
        <details class="channels">
            <summary on:click=move |_| {
                open.set(true)
            }>{tx(Key::Channels)}" ("{move || ids.with(Vec::len)}")"</summary>
            <Show when=move || open.get()>
                <ol class="channel-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <ChannelRow editor id />
                    </For>
                </ol>
                <form class="add-channel" on:submit=add>
                    <label for=input_id.clone()>{tx(Key::ChannelName)}</label>
                    <input
                        id=input_id.clone()
                        type="text"
                        prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                    <button type="submit">"+ "{tx(Key::AddChannel)}</button>
                </form>
            </Show>
        </details>
    }
}

/// One channel: its name and kind, up and down, and removal (asking where its touchpoints go).
#[component]
fn ChannelRow(editor: EditorState, id: Id) -> impl IntoView {
    let t = use_t();
    let lang = super::app_state().lang;
    let id = StoredValue::new(id);
    let channel = Memo::new(move |_| editor.map.with(|m| m.channel(&id.get_value()).cloned()));
    let place = Memo::new(move |_| {
        editor.map.with(|m| {
            let at = m.channels.iter().position(|c| c.id == id.get_value());
            (at.unwrap_or(0), m.channels.len())
        })
    });
    let used = Memo::new(move |_| {
        editor.map.with(|m| {
            m.touchpoints
                .iter()
                .filter(|t| t.channel == id.get_value())
                .count()
        })
    });
    let update = move |f: Box<dyn FnOnce(&mut Channel)>| {
        if let Some(mut c) = channel.get_untracked() {
            f(&mut c);
            editor.dispatch(Command::UpdateChannel(c));
        }
    };
    let name = Signal::derive(move || channel.get().map(|c| c.name).unwrap_or_default());
    let kind = Signal::derive(move || {
        channel
            .get()
            .map(|c| c.kind.code().to_string())
            .unwrap_or_default()
    });
    let kinds = Signal::derive(move || {
        ChannelKind::ALL
            .iter()
            .map(|k| {
                (
                    k.code().to_string(),
                    channel_kind_name(lang.get(), *k).to_string(),
                )
            })
            .collect::<Vec<_>>()
    });
    let others = Signal::derive(move || {
        editor.map.with(|m| {
            m.channels
                .iter()
                .filter(|c| c.id != id.get_value())
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // Removing a used channel first asks where its touchpoints go.
    let asking = RwSignal::new(false);
    let target = RwSignal::new(String::new());
    let move_by = move |step: isize| {
        let (at, len) = place.get_untracked();
        let to = at as isize + step;
        if to >= 0 && (to as usize) < len {
            editor.dispatch(Command::MoveChannel {
                id: id.get_value(),
                to: to as usize,
            });
        }
    };
    let ask_or_remove = move |_: leptos::ev::MouseEvent| {
        if used.get_untracked() == 0 {
            editor.dispatch(Command::RemoveChannel { id: id.get_value() });
        } else {
            target.set(
                others
                    .get_untracked()
                    .first()
                    .map(|o| o.0.clone())
                    .unwrap_or_default(),
            );
            asking.set(true);
        }
    };
    let confirm = move |_: leptos::ev::MouseEvent| {
        let to = target.get_untracked();
        let step = editor
            .map
            .with_untracked(|m| remove_channel_moving(m, &id.get_value(), &to));
        editor.dispatch(step);
        asking.set(false);
    };
    view! {
        <li class="channel-row">
            <TextField
                label=Signal::derive(move || t(Key::ChannelName).to_string())
                value=name
                on_commit=Callback::new(move |v: String| update(Box::new(move |c| c.name = v)))
            />
            <SelectField
                label=Signal::derive(move || t(Key::ChannelKindLabel).to_string())
                options=kinds
                value=kind
                on_commit=Callback::new(move |v: String| {
                    if let Some(k) = ChannelKind::from_code(&v) {
                        update(Box::new(move |c| c.kind = k));
                    }
                })
            />
            <span class="channel-used">{move || used.get()}" "{tx(Key::ChannelUsedBy)}</span>
            <button
                class="small"
                disabled=move || place.get().0 == 0
                on:click=move |_| move_by(-1)
                aria-label=move || format!("{}: {}", t(Key::MoveUp), name.get())
            >
                "↑"
            </button>
            <button
                class="small"
                disabled=move || {
                    let (at, len) = place.get();
                    at + 1 >= len
                }
                on:click=move |_| move_by(1)
                aria-label=move || format!("{}: {}", t(Key::MoveDown), name.get())
            >
                "↓"
            </button>
            <button
                class="danger small"
                disabled=move || { used.get() > 0 && others.with(Vec::is_empty) }
                on:click=ask_or_remove
            >
                {tx(Key::RemoveChannel)}
            </button>
            <Show when=move || asking.get()>
                <div class="remove-channel" role="group" aria-label=tx(Key::RemoveChannel)>
                    <SelectField
                        label=Signal::derive(move || t(Key::MoveItsTouchpoints).to_string())
                        options=others
                        value=Signal::derive(move || target.get())
                        on_commit=Callback::new(move |v| target.set(v))
                    />
                    <button class="danger" on:click=confirm>
                        {tx(Key::MoveAndRemove)}
                    </button>
                    <button on:click=move |_| asking.set(false)>{tx(Key::Cancel)}</button>
                </div>
            </Show>
        </li>
    }
}
