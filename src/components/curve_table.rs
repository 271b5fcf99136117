//! The emotion curve as a table: the same data for screen readers and for people who prefer numbers.
use super::tx;
use super::{app_state, use_t};
use crate::i18n::{emotion_label, exit_chip, pain_chip, Key};
use crate::state::EditorState;
use leptos::prelude::*;

/// Rows added per animation frame while the table fills: with the table's fixed layout (see the
/// style sheet) a 1,000-row table fills in ≈ 0.3 s without a long task (built at once it blocked
/// the page for 80–100 ms), and the first rows show at once.
const ROWS_PER_FRAME: usize = 60;

/// One row of the table.
#[derive(Clone, PartialEq)]
struct Row {
    /// Place in the journey, from 1.
    n: usize,
    /// Stage name.
    stage: String,
    /// Touchpoint name.
    name: String,
    /// Channel name.
    channel: String,
    /// Emotion per persona, as "+1 Positive" (empty where not rated).
    emotions: Vec<String>,
    /// Each pain point with its severity and frequency, one per line.
    pains: Vec<String>,
    /// The exit point's reason and rate, or empty.
    exit: String,
}

/// Table view of the curve (touchpoint, stage, channel, emotion per persona, pain points with
/// their severity and frequency, the exit's reason and rate).
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
                .map(|(i, tp)| Row {
                    n: i + 1,
                    stage: m.stage_name(&tp.stage).to_string(),
                    name: tp.name.clone(),
                    channel: m.channel_name(&tp.channel).to_string(),
                    emotions: m
                        .personas
                        .iter()
                        .map(|p| {
                            tp.emotions
                                .get(&p.id)
                                .map(|v| format!("{v:+} {}", emotion_label(l, *v, lo, hi)))
                                .unwrap_or_default()
                        })
                        .collect(),
                    pains: tp.pain_points.iter().map(|p| pain_chip(l, p)).collect(),
                    exit: tp
                        .exit_point
                        .as_ref()
                        .map(|e| exit_chip(l, e))
                        .unwrap_or_default(),
                })
                .collect::<Vec<_>>()
        })
    });
    // How many rows are in the page: one batch at once, one more per frame until all are in.
    let shown = super::grow_each_frame(
        move || if open.get() { rows.with(Vec::len) } else { 0 },
        ROWS_PER_FRAME,
    );
    let filling = move || shown.get() < rows.with(Vec::len);
    let personas = Memo::new(move |_| {
        editor.map.with(|m| {
            m.personas
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <details class="curve-table">
            // Built only while open: a closed table of 1,000 rows would still cost its DOM.
            <summary on:click=move |_| { open.update(|o| *o = !*o) }>{tx(Key::TableView)}</summary>
            <Show when=move || open.get()>
                // Busy while it fills, so screen readers wait for the whole table.
                <table aria-busy=move || filling().to_string()>
                    <thead>
                        <tr>
                            <th scope="col">{tx(Key::Number)}</th>
                            <th scope="col">{tx(Key::Stage)}</th>
                            <th scope="col">{tx(Key::Name)}</th>
                            <th scope="col">{tx(Key::Channel)}</th>
                            {move || {
                                personas
                                    .get()
                                    .into_iter()
                                    .map(|p| {
                                        view! { <th scope="col">{t(Key::Emotion)}": "{p}</th> }
                                    })
                                    .collect_view()
                            }}
                            <th scope="col">{tx(Key::PainPoints)}</th>
                            <th scope="col">{tx(Key::ExitPoint)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        // Not keyed: a new batch or an edit patches the rows in place (only changed text
                        // is written), and closing drops them without a reactive scope per row.
                        {move || {
                            rows.with(|r| {
                                r[..shown.get().min(r.len())]
                                    .iter()
                                    .cloned()
                                    .map(|row| {
                                        view! {
                                            <tr>
                                                <td>{row.n}</td>
                                                <td>{row.stage}</td>
                                                <th scope="row">{row.name}</th>
                                                <td>{row.channel}</td>
                                                {row
                                                    .emotions
                                                    .into_iter()
                                                    .map(|e| view! { <td>{e}</td> })
                                                    .collect_view()}
                                                <td>
                                                    {row
                                                        .pains
                                                        .into_iter()
                                                        .map(|p| view! { <span class="table-line">{p}</span> })
                                                        .collect_view()}
                                                </td>
                                                <td>{row.exit}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            })
                        }}
                    </tbody>
                </table>
            </Show>
        </details>
    }
}
