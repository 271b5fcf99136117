//! Labelled form fields that commit on change (one undo step per edit, not per keystroke).
use leptos::prelude::*;

/// A labelled single-line text field.
#[component]
pub fn TextField(
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value when the user commits it.
    on_commit: Callback<String>,
    /// Extra class for layout.
    #[prop(optional)]
    class: &'static str,
    /// Hide the label visually (it stays for screen readers).
    #[prop(optional)]
    hide_label: bool,
) -> impl IntoView {
    view! {
        <label class=format!("field {class}")>
            <span class:sr-only=hide_label>{label}</span>
            <input
                type="text"
                prop:value=value
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if v != value.get_untracked() {
                        on_commit.run(v)
                    }
                }
            />
        </label>
    }
}

/// A labelled multi-line text field.
#[component]
pub fn TextArea(
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value when the user commits it.
    on_commit: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <textarea
                rows="2"
                prop:value=value
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if v != value.get_untracked() {
                        on_commit.run(v)
                    }
                }
            ></textarea>
        </label>
    }
}

/// A labelled select. `options` are (value, text) pairs.
#[component]
pub fn SelectField(
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Options as (value, text).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    on_commit: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <select on:change=move |ev| on_commit.run(event_target_value(&ev))>
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, t)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{t}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}
