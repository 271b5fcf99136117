//! The template gallery on the library page: the sector templates (fetched when the gallery is
//! opened), each with its stages, touchpoint count and a preview of its emotion curve, and a
//! button that makes a new map from it.
use super::app_state;
use super::tx;
use crate::chart::{emotion_curve_svg, CurveText};
use crate::i18n::{text, Key, Lang};
use crate::model::order::sort_by_key;
use crate::platform;
use crate::state::Template;
use leptos::prelude::*;

/// The gallery: its list (with the curves' drawing code) comes from a chunk when first opened.
#[component]
pub fn TemplateGallery() -> impl IntoView {
    let app = app_state();
    let open = app.templates_open;
    view! {
        <details class="templates" id="templates" prop:open=move || open.get()>
            <summary
                id="templates-summary"
                on:click=move |ev| {
                    ev.prevent_default();
                    open.update(|o| *o = !*o);
                }
            >
                {tx(Key::Templates)}
            </summary>
            <p class="hint">{tx(Key::TemplatesHint)}</p>
            <Show when=move || {
                open.get()
            }>{super::chunks::chunk_view(super::chunks::template_list)}</Show>
        </details>
    }
}

/// The templates, fetched when the gallery opens and again when the language changes.
#[component]
pub fn TemplateList() -> impl IntoView {
    let app = app_state();
    let lang = app.lang;
    let items = RwSignal::new(Vec::<(usize, Template)>::new());
    let failed = RwSignal::new(false);
    // Built only while the gallery is open: fetched now, again when the interface language
    // changes (the outside world).
    Effect::new(move |_| {
        let l = lang.get();
        items.set(Vec::new());
        failed.set(false);
        app.load_templates(
            l,
            move |i, template| {
                items.update(|v| {
                    v.push((i, template));
                    sort_by_key(v, |x| x.0);
                })
            },
            move || failed.set(true),
        );
    });
    view! {
        <Show when=move || failed.get()>
            <p class="hint warn" role="status">
                {tx(Key::TemplatesUnavailable)}
            </p>
        </Show>
        <ul class="template-list" aria-busy=move || items.with(Vec::is_empty).to_string()>
            <For each=move || items.get() key=|(_, x)| x.map.id.clone() let:item>
                {card(item.1, lang)}
            </For>
        </ul>
    }
}

/// One template's card.
fn card(template: Template, lang: RwSignal<Lang>) -> impl IntoView {
    let app = app_state();
    let map = StoredValue::new(template.map);
    let l = lang.get_untracked();
    let title = map.with_value(|m| m.title.clone());
    let counts = map.with_value(|m| {
        format!(
            "{} {} · {} {}",
            m.stages.len(),
            text(l, Key::StagesWord),
            m.touchpoints.len(),
            text(l, Key::TouchpointsWord)
        )
    });
    let picture = platform::svg_picture(move || {
        map.with_value(|m| emotion_curve_svg(m, 720, 240, &CurveText::for_map(l, m), None))
    });
    let alt = format!("{}: {title}", text(l, Key::EmotionCurve));
    let label = format!("{}: {title}", text(l, Key::UseTemplate));
    let start = move |_| {
        let _ = map.with_value(|m| app.create_from_template(m));
    };
    view! {
        <li class="template-card">
            <h3>{title.clone()}</h3>
            <p class="template-summary">{template.summary.clone()}</p>
            <img src=move || picture.get().unwrap_or_default() alt=alt width="720" height="240" />
            <p class="hint">{counts}</p>
            <button class="primary" aria-label=label on:click=start>
                {text(l, Key::UseTemplate)}
            </button>
        </li>
    }
}
