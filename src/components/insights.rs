//! The insights panel (built when opened): what to fix first, ranked — pain hotspots, exits,
//! gaps, missed targets, forced switches, lowest moments, stages not backed by data — each
//! selecting its touchpoint in the grid, each able to become an action; and each stage's pain
//! score, mean emotion and evidence coverage, with the expectation–experience pairs side by side.
use super::app_state;
use super::table::{self, scroll_table, Cell, Row};
use super::tx;
use crate::analysis::insight_list::{insights, Insight, InsightKind};
use crate::analysis::insights::{evidence_coverage, stage_pain_totals};
use crate::analysis::moments::{emotion_summary, gaps};
use crate::analysis::plan::{action_for, action_title};
use crate::i18n::{decimal, insight_kind_name, insight_text, signed_decimal, text, typed_percent};
use crate::i18n::{Key, Lang};
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
    // The rows are rebuilt when the insights or the language change (at most a few dozen, and
    // nothing in them keeps state): a keyed list would compile its diffing for this one list.
    let rows = move || {
        let n = if all.get() { usize::MAX } else { FIRST };
        let l = lang.get();
        found.with(|f| {
            f.iter()
                .take(n)
                .map(|i| insight_row(editor, l, i.clone()))
                .collect_view()
        })
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
                    <ol class="insight-list">{rows}</ol>
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
fn insight_row(editor: EditorState, lang: Lang, insight: Insight) -> impl IntoView {
    let kind = insight.kind;
    let said = editor.map.with(|m| insight_text(lang, m, &insight));
    let tp = insight.touchpoint.clone();
    let text_part = match tp {
        Some(id) => view! {
            <button
                class="link insight-text"
                on:click=move |_| editor.selected.set(Some(id.clone()))
            >
                {said.clone()}
            </button>
        }
        .into_any(),
        None => view! { <span class="insight-text">{said.clone()}</span> }.into_any(),
    };
    let make = move |_| {
        let id = platform::new_id();
        let title = editor.map.with_untracked(|m| {
            action_title(m, &insight).unwrap_or_else(|| {
                let s = insight_text(lang, m, &insight);
                let s = s.split_once(" — ").map_or(s.as_str(), |(_, what)| what);
                s.chars().take(120).collect::<String>()
            })
        });
        editor.add_action(action_for(&insight, id, title));
    };
    let label = format!("{}: {said}", text(lang, Key::ActionFromInsight));
    view! {
        <li class=format!("insight insight-{}", kind.code())>
            <span class="insight-kind">{insight_kind_name(lang, kind)}</span>
            {text_part}
            {(kind != InsightKind::Unbacked)
                .then(|| {
                    view! {
                        <button class="small" on:click=make aria-label=label>
                            {text(lang, Key::ActionFromInsight)}
                        </button>
                    }
                })}
        </li>
    }
}

/// Each stage's pain score, mean emotion and evidence coverage.
fn stage_table(editor: EditorState, lang: Lang) -> impl IntoView {
    let dash = || "—".to_string();
    let (rows, share) = editor.map.with(|m| {
        let pains = stage_pain_totals(m);
        let feel = emotion_summary(m);
        let coverage = evidence_coverage(m);
        let rows = m
            .stages
            .iter()
            .map(|s| {
                let pain = pains.iter().find(|p| p.0 == s.id).map_or(0.0, |p| p.1);
                let mean = feel
                    .stage_means
                    .iter()
                    .find(|x| x.0 == s.id)
                    .and_then(|x| x.1);
                let backed = coverage
                    .iter()
                    .find(|c| c.stage == s.id)
                    .and_then(|c| c.share());
                Row::new(vec![
                    Cell::Head(s.name.clone()),
                    Cell::Text(decimal(lang, pain, 0)),
                    Cell::Text(
                        mean.map(|v| signed_decimal(lang, v, 1))
                            .unwrap_or_else(dash),
                    ),
                    Cell::Text(backed.map(|v| typed_percent(lang, v)).unwrap_or_else(dash)),
                ])
            })
            .collect();
        (rows, feel.at_or_above_neutral)
    });
    let heads = [
        Key::StageName,
        Key::PainScore,
        Key::MeanEmotionColumn,
        Key::EvidenceCoverage,
    ];
    view! {
        {scroll_table(text(lang, Key::StageInsights), table::heads(lang, &heads), rows)}
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
    let rows: Vec<Row> = editor.map.with(|m| {
        gaps(m)
            .into_iter()
            .map(|g| {
                let name = m.touchpoint(&g.touchpoint).map(|t| t.name.clone());
                let rated = g.gap().map(|x| signed_decimal(lang, x, 1));
                Row::new(vec![
                    Cell::Head(name.unwrap_or_default()),
                    Cell::Text(g.expectation),
                    Cell::Text(g.experience),
                    Cell::Text(rated.unwrap_or_default()),
                ])
            })
            .collect()
    });
    let heads = [
        Key::TouchpointName,
        Key::Expectation,
        Key::Experience,
        Key::RatedGap,
    ];
    (!rows.is_empty())
        .then(|| scroll_table(text(lang, Key::Gaps), table::heads(lang, &heads), rows))
}
