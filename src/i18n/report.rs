//! The map's numbers as Markdown in a language (`patika report`): its metrics said as the grid's
//! metrics lane says them, the stages' roll-ups, the funnel, the insights and the action plan.
use super::{action_status_name, insight_kind_name, insight_text, quadrant_name};
use super::{decimal, metric_chip, signed_decimal, text, typed_percent, whole, Key, Lang};
use crate::analysis::plan::Ranked;
use crate::analysis::report::Report;
use crate::model::{Action, JourneyMap};

/// `report` of `map` as Markdown in `lang`.
pub fn report_markdown(lang: Lang, map: &JourneyMap, report: &Report) -> String {
    let cell = |s: String| s.replace('|', "\\|");
    let tp_name = |id: &str| {
        map.touchpoint(id)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    };
    let none = || "—".to_string();
    let mut out = format!(
        "# {}\n\n## {}\n\n",
        cell(map.title.clone()),
        text(lang, Key::Metrics)
    );
    if report.metrics.is_empty() {
        out.push_str(&format!("{}\n", text(lang, Key::NoMetrics)));
    } else {
        out.push_str(&format!(
            "| {} | {} |\n|---|---|\n",
            text(lang, Key::TouchpointName),
            text(lang, Key::Metrics)
        ));
        for row in &report.metrics {
            let chip = map
                .touchpoint(&row.touchpoint)
                .and_then(|t| t.metrics.iter().find(|m| m.id == row.id))
                .map(|m| metric_chip(lang, m))
                .unwrap_or_default();
            out.push_str(&format!(
                "| {} | {} |\n",
                cell(tp_name(&row.touchpoint)),
                cell(chip)
            ));
        }
    }
    out.push_str(&format!(
        "\n## {}\n\n| {} | NPS | CSAT | CES | {} | {} | {} |\n|---|---|---|---|---|---|---|\n",
        text(lang, Key::Stages),
        text(lang, Key::StageName),
        text(lang, Key::MetricVisits),
        text(lang, Key::MetricCalls),
        text(lang, Key::MetricWait)
    ));
    let with_n = |v: Option<f64>, n: Option<u64>, f: &dyn Fn(f64) -> String| match v {
        Some(v) => match n {
            Some(n) => format!("{} (n {})", f(v), whole(lang, n)),
            None => f(v),
        },
        None => none(),
    };
    for (s, row) in map.stages.iter().zip(&report.stages) {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            cell(s.name.clone()),
            with_n(row.nps, row.nps_n, &|v| signed_decimal(lang, v, 0)),
            with_n(row.csat, row.csat_n, &|v| decimal(lang, v, 1)),
            with_n(row.ces, row.ces_n, &|v| decimal(lang, v, 2)),
            row.visits
                .map(|v| whole(lang, v.round() as u64))
                .unwrap_or_else(none),
            row.calls
                .map(|v| whole(lang, v.round() as u64))
                .unwrap_or_else(none),
            with_n(row.wait_time, row.wait_time_n, &|v| decimal(lang, v, 1)),
        ));
    }
    if !report.funnel.is_empty() {
        let basis = match report.funnel_basis {
            crate::analysis::metrics::FunnelBasis::Marked => Key::FunnelByMarks,
            crate::analysis::metrics::FunnelBasis::Visits => Key::FunnelByVisits,
        };
        out.push_str(&format!(
            "\n## {}\n\n{}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
            text(lang, Key::Funnel),
            text(lang, basis),
            text(lang, Key::FunnelFrom),
            text(lang, Key::FunnelTo),
            text(lang, Key::Conversion),
            text(lang, Key::DropOff)
        ));
        for f in &report.funnel {
            let drop = match f.drop_off {
                Some(d) => typed_percent(lang, d),
                None => text(lang, Key::MoreArrived).to_string(),
            };
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                cell(tp_name(&f.from)),
                cell(tp_name(&f.to)),
                typed_percent(lang, f.conversion),
                drop
            ));
        }
    }
    insights_and_plan(lang, map, report, &mut out);
    out
}

/// The action plan of `map` as a Markdown page in `lang`: a table in the plan's order with each
/// action's owner, status, impact, effort, due date and the touchpoints it addresses.
pub fn plan_markdown(lang: Lang, map: &JourneyMap) -> String {
    let mut out = format!(
        "# {} — {}\n\n",
        md_cell(&map.title),
        text(lang, Key::ActionPlan)
    );
    let plan = crate::analysis::plan::plan(map);
    if plan.is_empty() {
        out.push_str(&format!("{}\n", text(lang, Key::NoActions)));
        return out;
    }
    out.push_str(&plan_table(lang, map, &plan));
    // What each action will do, under the table (a table cell cannot hold paragraphs).
    for a in plan
        .iter()
        .filter_map(|r| map.actions.iter().find(|a| a.id == r.id))
    {
        if !a.description.trim().is_empty() {
            out.push_str(&format!(
                "\n### {}\n\n{}\n",
                md_cell(&a.title),
                a.description.trim()
            ));
        }
    }
    out
}

/// Text as one Markdown table cell (a `|` escaped, a line break a space).
fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The plan table's columns: the plan list's, the presentation's and the Markdown's.
pub const PLAN_HEADS: [Key; 9] = [
    Key::RankLabel,
    Key::ActionTitle,
    Key::QuadrantLabel,
    Key::Owner,
    Key::ActionStatusLabel,
    Key::Impact,
    Key::Effort,
    Key::DueDate,
    Key::Touchpoints,
];

/// Where the action's title is among `PLAN_HEADS` (the column a view may draw as a link).
pub const PLAN_TITLE: usize = 1;
const _: () = assert!(matches!(PLAN_HEADS[PLAN_TITLE], Key::ActionTitle));

/// One action's row of the plan table, its cells in `PLAN_HEADS`' order.
pub struct PlanLine<'a> {
    /// The action.
    pub action: &'a Action,
    /// Whether it is done (listed after the ranked ones, unranked).
    pub done: bool,
    /// Rank (— when done), title, quadrant, owner, status, impact, effort, due date and the
    /// names of the touchpoints it addresses.
    pub cells: [String; 9],
}

/// The plan table of `ranked` in `lang`, one line per action still in `map`.
pub fn plan_lines<'a>(lang: Lang, map: &'a JourneyMap, ranked: &[Ranked]) -> Vec<PlanLine<'a>> {
    let mut out = Vec::new();
    for r in ranked {
        let Some(a) = map.actions.iter().find(|a| a.id == r.id) else {
            continue;
        };
        let names: Vec<&str> = a
            .touchpoints
            .iter()
            .filter_map(|id| map.touchpoint(id).map(|t| t.name.as_str()))
            .collect();
        let cells = [
            r.rank.map_or_else(|| "—".into(), |n| n.to_string()),
            a.title.clone(),
            quadrant_name(lang, r.quadrant).into(),
            a.owner.clone(),
            action_status_name(lang, a.status).into(),
            a.impact.to_string(),
            a.effort.to_string(),
            a.due.clone().unwrap_or_default(),
            names.join(" · "),
        ];
        out.push(PlanLine {
            action: a,
            done: r.rank.is_none(),
            cells,
        });
    }
    out
}

/// The plan's actions as a Markdown table in `plan`'s order (the report and the plan file
/// share it).
fn plan_table(lang: Lang, map: &JourneyMap, plan: &[Ranked]) -> String {
    let row = |cells: &mut dyn Iterator<Item = String>| {
        let cells: Vec<String> = cells.map(|c| md_cell(&c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = row(&mut PLAN_HEADS.iter().map(|k| text(lang, *k).to_string()));
    out.push_str(&format!("|{}\n", "---|".repeat(PLAN_HEADS.len())));
    for line in plan_lines(lang, map, plan) {
        out.push_str(&row(&mut line.cells.into_iter()));
    }
    out
}

/// The insights, one line each, and the plan as a table in its order.
fn insights_and_plan(lang: Lang, map: &JourneyMap, report: &Report, out: &mut String) {
    out.push_str(&format!("\n## {}\n\n", text(lang, Key::Insights)));
    if report.insights.is_empty() {
        out.push_str(&format!("{}\n", text(lang, Key::NoInsights)));
    }
    for i in &report.insights {
        out.push_str(&format!(
            "- **{}** · {}\n",
            insight_kind_name(lang, i.kind),
            insight_text(lang, map, i)
        ));
    }
    out.push_str(&format!("\n## {}\n\n", text(lang, Key::ActionPlan)));
    if report.actions.is_empty() {
        out.push_str(&format!("{}\n", text(lang, Key::NoActions)));
        return;
    }
    out.push_str(&plan_table(lang, map, &report.actions));
}
