//! The map's personas: add, edit, remove (each one command).
use super::fields::TextField;
use super::tx;
use super::use_t;
use crate::i18n::{text, Key};
use crate::model::{Command, Id, Persona};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// The personas panel.
#[component]
pub fn Personas(editor: EditorState) -> impl IntoView {
    let ids = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.personas.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let lang = super::app_state().lang.get_untracked();
        let index = ids.with_untracked(Vec::len);
        let persona = Persona {
            id: platform::new_id(),
            name: text(lang, Key::NewPersona).into(),
            ..Persona::default()
        };
        editor.dispatch(Command::AddPersona { persona, index });
    };
    // Built when first opened (the panel starts closed; big maps open faster without it).
    let open = RwSignal::new(false);
    view! {
        <details class="personas">
            <summary on:click=move |_| {
                open.set(true)
            }>{tx(Key::Personas)}" ("{move || ids.with(Vec::len)}")"</summary>
            <Show when=move || open.get()>
                <div class="persona-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <PersonaCard editor id />
                    </For>
                </div>
                <button on:click=add>"+ "{tx(Key::AddPersona)}</button>
            </Show>
        </details>
    }
}

#[component]
fn PersonaCard(editor: EditorState, id: Id) -> impl IntoView {
    let t = use_t();
    let id = StoredValue::new(id);
    let persona = Memo::new(move |_| {
        editor
            .map
            .with(|m| m.personas.iter().find(|p| p.id == id.get_value()).cloned())
    });
    let field = move |k: Key,
                      get: fn(&Persona) -> String,
                      set: fn(&mut Persona, String),
                      multiline: bool| {
        let value = Signal::derive(move || persona.get().map(|p| get(&p)).unwrap_or_default());
        let label = Signal::derive(move || t(k).to_string());
        let commit = Callback::new(move |v: String| {
            if let Some(mut p) = persona.get_untracked() {
                set(&mut p, v);
                editor.dispatch(Command::UpdatePersona(p));
            }
        });
        view! { <TextField label value on_commit=commit multiline /> }
    };
    view! {
        <fieldset class="persona">
            <legend>{move || persona.get().map(|p| p.name).unwrap_or_default()}</legend>
            {field(Key::Name, |p| p.name.clone(), |p, v| p.name = v, false)}
            {field(Key::Description, |p| p.description.clone(), |p, v| p.description = v, true)}
            {field(Key::Goals, |p| p.goals.clone(), |p, v| p.goals = v, true)}
            {field(Key::Expectations, |p| p.expectations.clone(), |p, v| p.expectations = v, true)}
            {field(Key::Frustrations, |p| p.frustrations.clone(), |p, v| p.frustrations = v, true)}
            {field(Key::Quote, |p| p.quote.clone(), |p, v| p.quote = v, false)}
            <button
                class="danger small"
                on:click=move |_| {
                    editor
                        .dispatch(Command::RemovePersona {
                            id: id.get_value(),
                        })
                }
            >
                {tx(Key::RemovePersona)}
            </button>
        </fieldset>
    }
}
