//! The emotion curve as a table: the same data for screen readers and for people who prefer numbers.
use super::{app_state, use_t};
use crate::i18n::{emotion_label, Key};
use crate::state::EditorState;
use leptos::prelude::*;

/// Table view of the curve (touchpoint, stage, channel, emotion per persona, pain points, exit).
#[component]
pub fn CurveTable(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = app_state().lang;
    let open = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let l = lang.get();
        editor.map.with(|m| {
            let (lo, hi) = (m.emotion_scale.min, m.emotion_scale.max);
            m.journey_order()
                .into_iter()
                .enumerate()
                .map(|(i, tp)| {
                    let emotions: Vec<String> = m
                        .personas
                        .iter()
                        .map(|p| tp.emotions.get(&p.id).map(|v| format!("{v:+} {}", emotion_label(l, *v, lo, hi))).unwrap_or_default())
                        .collect();
                    let exit = tp.exit_point.as_ref().map(|e| e.rate.map(|r| format!("{:.0}%", r * 100.0)).unwrap_or_else(|| "✓".into())).unwrap_or_default();
                    (
                        i + 1,
                        m.stage(&tp.stage).map(|s| s.name.clone()).unwrap_or_default(),
                        tp.name.clone(),
                        m.channel(&tp.channel).map(|c| c.name.clone()).unwrap_or_default(),
                        emotions,
                        tp.pain_points.len(),
                        exit,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let personas = Memo::new(move |_| editor.map.with(|m| m.personas.iter().map(|p| p.name.clone()).collect::<Vec<_>>()));
    view! {
        <details class="curve-table">
            // Built only while open: a closed table of 1,000 rows would still cost its DOM.
            <summary on:click=move |_| open.update(|o| *o = !*o)>{move || t(Key::TableView)}</summary>
            <Show when=move || open.get()>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{move || t(Key::Number)}</th>
                        <th scope="col">{move || t(Key::Stage)}</th>
                        <th scope="col">{move || t(Key::Name)}</th>
                        <th scope="col">{move || t(Key::Channel)}</th>
                        {move || personas.get().into_iter().map(|p| view! { <th scope="col">{t(Key::Emotion)}": "{p}</th> }).collect_view()}
                        <th scope="col">{move || t(Key::PainPoints)}</th>
                        <th scope="col">{move || t(Key::ExitPoint)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(n, stage, name, channel, emotions, pains, exit)| view! {
                        <tr>
                            <td>{n}</td><td>{stage}</td><th scope="row">{name}</th><td>{channel}</td>
                            {emotions.into_iter().map(|e| view! { <td>{e}</td> }).collect_view()}
                            <td>{pains}</td><td>{exit}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </Show>
        </details>
    }
}
