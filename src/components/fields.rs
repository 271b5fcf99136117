//! Labelled form fields that commit on change (one undo step per edit, not per keystroke).
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A page-unique element id, so labels point at their control with `for` (a wrapping label
/// would add the control's own text to its accessible name).
pub fn field_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("f{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A labelled text field, single- or multi-line.
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
    /// A textarea instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// A fixed id for the control (one a use case focuses); a fresh one otherwise.
    #[prop(default = None)]
    id: Option<&'static str>,
) -> impl IntoView {
    let id = id.map_or_else(field_id, str::to_string);
    let commit = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if v != value.get_untracked() {
            on_commit.run(v)
        }
    };
    let control = if multiline {
        view! { <textarea id=id.clone() rows="2" prop:value=value on:change=commit></textarea> }
            .into_any()
    } else {
        view! { <input id=id.clone() type="text" prop:value=value on:change=commit /> }.into_any()
    };
    view! {
        <div class=format!("field {class}")>
            <label for=id class:sr-only=hide_label>
                {label}
            </label>
            {control}
        </div>
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
    let id = field_id();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_commit.run(event_target_value(&ev))>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, t)| {
                            let mine = v.clone();
                            // The selectedness property (not the attribute) follows the value, so
                            // undo/redo shows correctly even after the user changed the select.
                            view! {
                                <option value=v prop:selected=move || value.get() == mine>
                                    {t}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// Sources of evidence as a list: an allowed address is a link that opens in a new tab (with no
/// access back to this page); anything else is shown as plain text.
#[component]
pub fn SourceLinks(
    /// The sources to show.
    #[prop(into)]
    sources: Signal<Vec<crate::model::Link>>,
) -> impl IntoView {
    let t = super::use_t();
    move || {
        let items = sources.get();
        (!items.is_empty()).then(|| {
            view! {
                <ul class="sources">
                    {items
                        .into_iter()
                        .map(|l| {
                            let shown = if l.title.trim().is_empty() {
                                l.url.clone()
                            } else {
                                l.title.clone()
                            };
                            match crate::platform::safe_href(&l.url) {
                                Some(href) => {
                                    view! {
                                        <li>
                                            <a
                                                href=href
                                                target="_blank"
                                                rel="noopener noreferrer nofollow"
                                            >
                                                {shown}
                                            </a>
                                        </li>
                                    }
                                        .into_any()
                                }
                                None if l.url.is_empty() => view! { <li>{shown}</li> }.into_any(),
                                None => {
                                    view! {
                                        <li>
                                            <span
                                                class="not-a-link"
                                                title=move || t(crate::i18n::Key::NotALink)
                                            >
                                                {crate::model::link_line(&l)}
                                            </span>
                                        </li>
                                    }
                                        .into_any()
                                }
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}
