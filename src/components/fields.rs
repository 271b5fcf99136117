//! Labelled form fields that commit on change (one undo step per edit, not per keystroke).
use crate::i18n::Key;
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

/// A labelled number field that reads and shows numbers as the interface language writes them
/// (`interop::numbers`): Turkish "12,5", "1.840", "%35"; English "12.5", "1,840", "35%". A form
/// valid only in the other language, or a number outside `min`–`max`, is refused with a hint
/// (the field keeps what was typed, marked invalid) and nothing changes; an empty field commits
/// `None`.
#[component]
pub fn NumberField(
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Current value.
    #[prop(into)]
    value: Signal<Option<f64>>,
    /// Called with the new value when the user commits a readable one.
    on_commit: Callback<Option<f64>>,
    /// Most decimals shown.
    #[prop(default = 2)]
    places: usize,
    /// Smallest and largest value accepted.
    #[prop(default = (f64::MIN, f64::MAX))]
    range: (f64, f64),
) -> impl IntoView {
    use crate::interop::numbers::{read_number, write_number, NumberProblem};
    let lang = super::app_state().lang;
    let t = super::use_t();
    let id = field_id();
    let hint_id = format!("{id}-hint");
    let refused = RwSignal::new(None::<Key>);
    let shown = move || {
        value
            .get()
            .map(|v| write_number(lang.get(), v, places))
            .unwrap_or_default()
    };
    let commit = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let read = match read_number(lang.get_untracked(), &typed) {
            Ok(n) if n.value < range.0 || n.value > range.1 => Err(Key::NumberOutOfRange),
            Ok(n) => Ok(Some(n.value)),
            Err(NumberProblem::Empty) => Ok(None),
            Err(NumberProblem::OtherLanguage) => Err(Key::NumberOtherLanguage),
            Err(NumberProblem::NotANumber) => Err(Key::NotANumber),
        };
        match read {
            Ok(v) => {
                refused.set(None);
                if v != value.get_untracked() {
                    on_commit.run(v);
                }
            }
            Err(why) => refused.set(Some(why)),
        }
    };
    view! {
        <div class="field number-field">
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                type="text"
                inputmode="decimal"
                prop:value=shown
                aria-invalid=move || refused.get().is_some().then_some("true")
                aria-describedby=move || refused.get().is_some().then(|| hint_id.clone())
                on:change=commit
            />
            {move || {
                refused
                    .get()
                    .map(|why| {
                        view! {
                            <p class="hint warn" id=format!("{id}-hint") role="alert">
                                {move || t(why)}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
