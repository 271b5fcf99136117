//! The map's numbers (built when opened): each stage's roll-up — NPS and CSAT pooled from the
//! answers, CES, visits and calls summed, the wait n-weighted, a dash where nothing like-with-like
//! can be pooled — and the funnel through the steps with visits, drawn with plotters and said in
//! words beside it (conversion, drop-off and the exit customers take there).
use super::table::{table, Cell, Row};
use super::tx;
use super::{app_state, use_t};
use crate::analysis::metrics::{funnel, funnel_steps, stage_numbers, FunnelBasis, Pooled};
use crate::i18n::{decimal, exit_chip, signed_decimal, text, typed_percent, whole, Key, Lang};
use crate::platform;
use crate::state::EditorState;
use leptos::prelude::*;

fn said(lang: Lang, p: &Option<Pooled>, f: fn(Lang, f64) -> String) -> String {
    match p {
        Some(Pooled::Value { value, n: Some(n) }) => {
            format!("{} (n {})", f(lang, *value), whole(lang, *n))
        }
        Some(Pooled::Value { value, n: None }) => f(lang, *value),
        Some(Pooled::Mixed) => text(lang, Key::NotPooledMixed).to_string(),
        Some(Pooled::MissingN) => text(lang, Key::NotPooledNoN).to_string(),
        None => "—".to_string(),
    }
}

/// The numbers panel.
#[component]
pub fn Numbers(editor: EditorState) -> impl IntoView {
    let t = use_t();
    let lang = app_state().lang;
    let open = RwSignal::new(false);
    let rows = move || {
        let l = lang.get();
        let rows = editor.map.with(|m| {
            m.stages
                .iter()
                .map(|s| {
                    let n = stage_numbers(m, &s.id);
                    let cells = [
                        said(l, &n.nps, |l, v| signed_decimal(l, v, 0)),
                        said(l, &n.csat, |l, v| decimal(l, v, 1)),
                        said(l, &n.ces, |l, v| decimal(l, v, 2)),
                        said(l, &n.visits, |l, v| whole(l, v.round() as u64)),
                        said(l, &n.calls, |l, v| whole(l, v.round() as u64)),
                        said(l, &n.wait_time, |l, v| decimal(l, v, 1)),
                    ];
                    let mut row = vec![Cell::Head(s.name.clone())];
                    row.extend(cells.into_iter().map(Cell::Text));
                    Row::new(row)
                })
                .collect()
        });
        let heads = [
            text(l, Key::StageName),
            "NPS",
            "CSAT",
            "CES",
            text(l, Key::MetricVisits),
            text(l, Key::MetricCalls),
            text(l, Key::MetricWait),
        ];
        let heads = heads.map(str::to_string).to_vec();
        table(Some(text(l, Key::StageNumbers).into()), heads, rows)
    };
    let picture = platform::svg_picture(move || {
        if !open.get() {
            return String::new();
        }
        let l = lang.get();
        editor
            .map
            .with(|m| crate::chart::funnel_svg(m, l).unwrap_or_default())
    });
    let steps = move || {
        let l = lang.get();
        editor.map.with(|m| {
            let name = |id: &str| m.touchpoint(id).map(|t| t.name.clone()).unwrap_or_default();
            funnel(m)
                .into_iter()
                .map(|s| {
                    let drop = match s.drop_off {
                        Some(d) => format!("{} {}", text(l, Key::DropOff), typed_percent(l, d)),
                        None => text(l, Key::MoreArrived).to_string(),
                    };
                    let exit = m
                        .touchpoint(&s.from)
                        .and_then(|t| t.exit_point.as_ref())
                        .map(|e| format!(" · ⇥ {}", exit_chip(l, e)))
                        .unwrap_or_default();
                    let line = format!(
                        "{} → {}: {} {} · {drop}{exit}",
                        name(&s.from),
                        name(&s.to),
                        text(l, Key::Conversion),
                        typed_percent(l, s.conversion)
                    );
                    view! { <li>{line}</li> }
                })
                .collect_view()
        })
    };
    let has_funnel = move || editor.map.with(|m| !funnel(m).is_empty());
    let basis = move || {
        let key = match editor.map.with(|m| funnel_steps(m).0) {
            FunnelBasis::Marked => Key::FunnelByMarks,
            FunnelBasis::Visits => Key::FunnelByVisits,
        };
        t(key)
    };
    view! {
        <details class="numbers">
            <summary on:click=move |_| open.set(true)>{tx(Key::Numbers)}</summary>
            <Show when=move || open.get()>
                <div class="numbers-scroll" tabindex="0" aria-label=tx(Key::StageNumbers)>
                    {rows}
                </div>
                <Show
                    when=has_funnel
                    fallback=move || view! { <p class="hint">{tx(Key::NoFunnel)}</p> }
                >
                    <figure class="funnel">
                        <figcaption>{tx(Key::Funnel)}</figcaption>
                        <p class="hint">{basis}</p>
                        <img src=move || picture.get().unwrap_or_default() alt="" />
                        <ol class="funnel-steps">{steps}</ol>
                    </figure>
                </Show>
            </Show>
        </details>
    }
}
