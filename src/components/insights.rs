//! The insights panel (built when opened): what to fix first, ranked — pain hotspots, exits,
//! gaps, missed targets, forced switches, lowest moments, stages not backed by data — each
//! selecting its touchpoint in the grid, each able to become an action; and each stage's pain
//! score, mean emotion and evidence coverage, with the expectation–experience pairs side by side.
use super::tx;
use super::{app_state, use_t};
use crate::analysis::insight_list::{insights, Insight, InsightKind};
use crate::analysis::insights::{evidence_coverage, stage_pain_totals};
use crate::analysis::moments::{emotion_summary, gaps};
use crate::analysis::plan::{action_for, action_title};
use crate::i18n::{decimal, insight_kind_name, insight_text, signed_decimal, text, typed_percent};
use crate::i18n::{Key, Lang};
use crate::model::Command;
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

/// How many insights show before "show all".
const FIRST: usize = 12;

/// The insights panel.
#[component]
pub fn Insights(editor: EditorState) -> impl IntoView {
    let lang = app_state().lang;
    let open = RwSignal::new(false);
    let all = RwSignal::new(false);
    let found = Memo::new(move |_| {
        if open.get() {
            editor.map.with(insights)
        } else {
            Vec::new()
        }
    });
    let shown = move || {
        let n = if all.get() { usize::MAX } else { FIRST };
        found.with(|f| f.iter().take(n).cloned().enumerate().collect::<Vec<_>>())
    };
    let more = move || found.with(Vec::len) > FIRST && !all.get();
    view! {
        <details class="insights">
            <summary on:click=move |_| open.set(true)>{tx(Key::Insights)}</summary>
            <Show when=move || open.get()>
                <Show
                    when=move || found.with(|f| !f.is_empty())
                    fallback=move || view! { <p class="hint">{tx(Key::NoInsights)}</p> }
                >
                    <ol class="insight-list">
                        <For each=shown key=|(_, x)| format!("{x:?}") let:item>
                            {insight_row(editor, lang, item.1)}
                        </For>
                    </ol>
                    <Show when=more>
                        <button class="small" on:click=move |_| all.set(true)>
                            {tx(Key::ShowAll)}
                            " ("
                            {move || found.with(Vec::len)}
                            ")"
                        </button>
                    </Show>
                </Show>
                {move || stage_table(editor, lang.get())}
                {move || gap_table(editor, lang.get())}
            </Show>
        </details>
    }
}

/// One insight: its kind, its sentence (a button selecting its touchpoint) and "+ action".
fn insight_row(editor: EditorState, lang: RwSignal<Lang>, insight: Insight) -> impl IntoView {
    let t = use_t();
    let kind = insight.kind;
    let said = {
        let insight = insight.clone();
        move || editor.map.with(|m| insight_text(lang.get(), m, &insight))
    };
    let tp = insight.touchpoint.clone();
    let show = move |_| {
        if let Some(id) = tp.clone() {
            editor.selected.set(Some(id));
        }
    };
    let make = {
        let insight = insight.clone();
        move |_| {
            let id = platform::new_id();
            let title = editor.map.with_untracked(|m| {
                action_title(m, &insight).unwrap_or_else(|| {
                    let s = insight_text(lang.get_untracked(), m, &insight);
                    let s = s.split_once(" — ").map_or(s.as_str(), |(_, what)| what);
                    s.chars().take(120).collect::<String>()
                })
            });
            let action = action_for(&insight, id.clone(), title);
            let index = editor.map.with_untracked(|m| m.actions.len());
            editor.dispatch(Command::AddAction { action, index });
            editor.action.set(Some(id));
            platform::focus_soon(crate::state::ACTION_TITLE_FIELD.into());
        }
    };
    let has_tp = insight.touchpoint.is_some();
    view! {
        <li class=format!("insight insight-{}", kind.code())>
            <span class="insight-kind">{move || insight_kind_name(lang.get(), kind)}</span>
            {if has_tp {
                view! {
                    <button class="link insight-text" on:click=show>
                        {said.clone()}
                    </button>
                }
                    .into_any()
            } else {
                view! { <span class="insight-text">{said.clone()}</span> }.into_any()
            }}
            {(kind != InsightKind::Unbacked)
                .then(|| {
                    view! {
                        <button
                            class="small"
                            on:click=make
                            aria-label=move || format!("{}: {}", t(Key::ActionFromInsight), said())
                        >
                            {tx(Key::ActionFromInsight)}
                        </button>
                    }
                })}
        </li>
    }
}

/// Each stage's pain score, mean emotion and evidence coverage.
fn stage_table(editor: EditorState, lang: Lang) -> impl IntoView {
    let rows = editor.map.with(|m| {
        let pains = stage_pain_totals(m);
        let feel = emotion_summary(m);
        let coverage = evidence_coverage(m);
        m.stages
            .iter()
            .map(|s| {
                let pain = pains
                    .iter()
                    .find(|p| p.0 == s.id)
                    .map(|p| p.1)
                    .unwrap_or(0.0);
                let mean = feel
                    .stage_means
                    .iter()
                    .find(|x| x.0 == s.id)
                    .and_then(|x| x.1);
                let backed = coverage
                    .iter()
                    .find(|c| c.stage == s.id)
                    .and_then(|c| c.share());
                let dash = || "—".to_string();
                view! {
                    <tr>
                        <th scope="row">{s.name.clone()}</th>
                        <td>{decimal(lang, pain, 0)}</td>
                        <td>{mean.map(|v| signed_decimal(lang, v, 1)).unwrap_or_else(dash)}</td>
                        <td>{backed.map(|v| typed_percent(lang, v)).unwrap_or_else(dash)}</td>
                    </tr>
                }
            })
            .collect_view()
    });
    let share = editor.map.with(|m| emotion_summary(m).at_or_above_neutral);
    view! {
        <div class="numbers-scroll" tabindex="0" aria-label=text(lang, Key::StageInsights)>
            <table>
                <caption>{text(lang, Key::StageInsights)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(lang, Key::StageName)}</th>
                        <th scope="col">{text(lang, Key::PainScore)}</th>
                        <th scope="col">{text(lang, Key::MeanEmotionColumn)}</th>
                        <th scope="col">{text(lang, Key::EvidenceCoverage)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {share
            .map(|s| {
                view! {
                    <p class="hint">
                        {text(lang, Key::AtOrAboveNeutral)} ": " {typed_percent(lang, s)}
                    </p>
                }
            })}
    }
}

/// What customers expected beside what they experienced, the rated gap where there is one.
fn gap_table(editor: EditorState, lang: Lang) -> impl IntoView {
    let rows = editor.map.with(|m| {
        gaps(m)
            .into_iter()
            .map(|g| {
                let name = m
                    .touchpoint(&g.touchpoint)
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                let rated = g
                    .gap()
                    .map(|x| signed_decimal(lang, x, 1))
                    .unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td>{g.expectation}</td>
                        <td>{g.experience}</td>
                        <td>{rated}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    });
    (!rows.is_empty()).then(|| {
        view! {
            <div class="numbers-scroll" tabindex="0" aria-label=text(lang, Key::Gaps)>
                <table>
                    <caption>{text(lang, Key::Gaps)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text(lang, Key::TouchpointName)}</th>
                            <th scope="col">{text(lang, Key::Expectation)}</th>
                            <th scope="col">{text(lang, Key::Experience)}</th>
                            <th scope="col">{text(lang, Key::RatedGap)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}
