//! A map's metrics as their own CSV file (`metrikler.csv` / `metrics.csv`): one row per metric
//! with its touchpoint, kind, value, counts, scale, unit, method, n, period, date, source,
//! direction, target and whether it counts a funnel step. A Turkish map's file speaks Turkish
//! (headers, kinds, directions), is separated by semicolons and writes "12,5"; an English one
//! commas and "12.5". Reading takes either language — the headers tell which, and the numbers
//! are read that language's way (`numbers::read_number`, never guessed) — and puts the metrics
//! onto the open map's touchpoints (by id, else by name): a metric with a known id is updated,
//! others are added.
use super::numbers::{read_number, write_number};
use crate::model::{search_fold, Direction, JourneyMap, Lang, Metric, MetricKind, Period};
use std::collections::BTreeMap;

/// The columns, English and Turkish.
const COLUMNS: [(&str, &str); 19] = [
    ("Touchpoint id", "Temas noktası kimliği"),
    ("Touchpoint", "Temas noktası"),
    ("Metric id", "Ölçüm kimliği"),
    ("Kind", "Tür"),
    ("Name", "Ad"),
    ("Value", "Değer"),
    ("Counts", "Sayımlar"),
    ("Scale", "Ölçek"),
    ("Unit", "Birim"),
    ("Method", "Yöntem"),
    ("n", "n"),
    ("Period from", "Dönem başı"),
    ("Period to", "Dönem sonu"),
    ("Period name", "Dönem adı"),
    ("Date", "Tarih"),
    ("Source", "Kaynak"),
    ("Direction", "Yön"),
    ("Target", "Hedef"),
    ("Funnel step", "Huni adımı"),
];

/// The word a file writes in the funnel step column of the metric that counts a step.
fn yes(tr: bool) -> &'static str {
    if tr {
        "evet"
    } else {
        "yes"
    }
}

/// Each kind's code (an English file writes it), its word in a Turkish file, and its English
/// word for people (the touchpoint CSV's summary; also read back).
const KINDS: [(MetricKind, &str, &str, &str); 10] = [
    (MetricKind::Nps, "nps", "NPS", "NPS"),
    (MetricKind::Csat, "csat", "CSAT", "CSAT"),
    (MetricKind::Ces, "ces", "CES", "CES"),
    (
        MetricKind::Conversion,
        "conversion",
        "Dönüşüm",
        "Conversion",
    ),
    (MetricKind::Visits, "visits", "Ziyaret", "Visits"),
    (MetricKind::Calls, "calls", "Çağrı", "Calls"),
    (
        MetricKind::WaitTime,
        "waitTime",
        "Bekleme süresi",
        "Wait time",
    ),
    (
        MetricKind::FirstContactResolution,
        "firstContactResolution",
        "İlk temasta çözüm",
        "First-contact resolution",
    ),
    (MetricKind::Churn, "churn", "Müşteri kaybı", "Churn"),
    (MetricKind::Custom, "custom", "Diğer", "Custom"),
];

/// One metric said for people in the touchpoint CSV's summary column, in the file's language:
/// "NPS 45 · n 100", "Bekleme süresi 12,5 dakika · n 1840 · hedef 2" (the value computed from
/// its answers where it has them; the metrics CSV is the one to read back).
pub fn summary(m: &Metric, tr: bool) -> String {
    let lang = if tr { Lang::Tr } else { Lang::En };
    let kind = KINDS
        .iter()
        .find(|k| k.0 == m.kind)
        .map_or("", |k| if tr { k.2 } else { k.3 });
    let name = if m.kind == MetricKind::Custom && !m.label.is_empty() {
        m.label.as_str()
    } else {
        kind
    };
    let mut out = name.to_string();
    let standing = crate::analysis::metrics::value_of(m);
    if let Some((value, _)) = standing {
        out.push(' ');
        out.push_str(&write_number(lang, value, 2));
    }
    if !m.unit.is_empty() {
        out.push(' ');
        out.push_str(&m.unit);
    }
    if let Some(n) = standing.and_then(|s| s.1).or(m.n) {
        out.push_str(&format!(" · n {}", write_number(lang, n as f64, 0)));
    }
    if let Some(target) = m.target {
        let word = if tr { "hedef" } else { "target" };
        out.push_str(&format!(" · {word} {}", write_number(lang, target, 2)));
    }
    out
}

/// The metrics of `map` as CSV in the map's language.
pub fn metrics_to_csv(map: &JourneyMap) -> String {
    let tr = map.lang() == Lang::Tr;
    let (lang, sep) = if tr { (Lang::Tr, ';') } else { (Lang::En, ',') };
    let head: Vec<&str> = COLUMNS
        .iter()
        .map(|(en, t)| if tr { *t } else { *en })
        .collect();
    let mut out = format!("\u{feff}{}\r\n", head.join(&sep.to_string()));
    let number = |v: Option<f64>| v.map(|v| write_number(lang, v, 6)).unwrap_or_default();
    for t in map.journey_order() {
        for m in &t.metrics {
            let kind = KINDS
                .iter()
                .find(|k| k.0 == m.kind)
                .map_or("", |k| if tr { k.2 } else { k.1 });
            let counts: Vec<String> = m.counts.iter().map(|(k, n)| format!("{k}={n}")).collect();
            let period = m.period.clone().unwrap_or_default();
            let direction = match (m.direction, tr) {
                (Direction::Lower, true) => "düşük",
                (Direction::Lower, false) => "lower",
                (Direction::Higher, true) => "yüksek",
                (Direction::Higher, false) => "higher",
            };
            let cells = [
                t.id.clone(),
                t.name.clone(),
                m.id.clone(),
                kind.to_string(),
                m.label.clone(),
                number(m.value),
                counts.join(" "),
                m.scale.clone(),
                m.unit.clone(),
                m.method.clone(),
                m.n.map(|n| n.to_string()).unwrap_or_default(),
                period.from,
                period.to,
                period.name,
                m.date.clone(),
                m.source.clone(),
                direction.to_string(),
                number(m.target),
                if t.funnel_step.as_ref() == Some(&m.id) {
                    yes(tr).to_string()
                } else {
                    String::new()
                },
            ];
            let row: Vec<String> = cells.iter().map(|c| super::csv::cell_for(c, sep)).collect();
            out.push_str(&row.join(&sep.to_string()));
            out.push_str("\r\n");
        }
    }
    out
}

/// What reading a metrics CSV did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricsRead {
    /// Metrics added to touchpoints.
    pub added: usize,
    /// Metrics updated by id.
    pub updated: usize,
    /// Rows (1-based, the header is row 1) whose touchpoint the map does not have.
    pub unmatched: Vec<usize>,
    /// Rows with a number that is not one in the file's language, and the column.
    pub unreadable: Vec<(usize, String)>,
}

/// Why a file is not a metrics CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotMetricsCsv {
    /// No "Kind"/"Tür" column, or no touchpoint column.
    Headers,
}

/// `map` with the metrics of the CSV `text` put onto its touchpoints, and what was done.
pub fn metrics_from_csv(
    map: &JourneyMap,
    text: &str,
) -> Result<(JourneyMap, MetricsRead), NotMetricsCsv> {
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let sep = [';', ',', '\t']
        .into_iter()
        .max_by_key(|s| first.matches(*s).count())
        .unwrap_or(',');
    let table = super::csv::parse(text, sep);
    let Some(head) = table.first() else {
        return Err(NotMetricsCsv::Headers);
    };
    // Which column is which, and the file's language from its headers.
    let mut index: BTreeMap<usize, usize> = BTreeMap::new();
    let mut turkish = 0;
    for (i, h) in head.iter().enumerate() {
        let h = search_fold(h.trim());
        if let Some(c) = COLUMNS.iter().position(|(en, t)| {
            let (en, t) = (search_fold(en), search_fold(t));
            if h == t && en != t {
                turkish += 1;
            }
            h == en || h == t
        }) {
            index.insert(c, i);
        }
    }
    if !index.contains_key(&3) || !(index.contains_key(&0) || index.contains_key(&1)) {
        return Err(NotMetricsCsv::Headers);
    }
    let lang = if turkish > 0 { Lang::Tr } else { Lang::En };
    let mut out = map.clone();
    let mut read = MetricsRead::default();
    for (r, row) in table.iter().enumerate().skip(1) {
        let get = |c: usize| {
            index
                .get(&c)
                .and_then(|i| row.get(*i))
                .map(|s| super::csv::unguard(s.trim()))
                .unwrap_or_default()
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let (tp_id, tp_name) = (get(0), get(1));
        let Some(tp) = out.touchpoints.iter_mut().find(|t| {
            (!tp_id.is_empty() && t.id == tp_id) || (tp_id.is_empty() && t.name == tp_name)
        }) else {
            read.unmatched.push(r + 1);
            continue;
        };
        let mut number = |c: usize| -> Option<f64> {
            let s = get(c);
            match read_number(lang, &s) {
                Ok(n) => Some(n.value),
                Err(super::numbers::NumberProblem::Empty) => None,
                Err(_) => {
                    read.unreadable.push((r + 1, COLUMNS[c].0.to_string()));
                    None
                }
            }
        };
        let kind_word = search_fold(&get(3));
        let kind = KINDS
            .iter()
            .find(|k| [k.1, k.2, k.3].iter().any(|w| search_fold(w) == kind_word))
            .map_or(MetricKind::Custom, |k| k.0);
        let counts: BTreeMap<String, u64> = get(6)
            .split_whitespace()
            .filter_map(|pair| {
                let (k, n) = pair.split_once('=')?;
                Some((k.to_string(), n.parse().ok()?))
            })
            .collect();
        let period = Period {
            from: get(11),
            to: get(12),
            name: get(13),
        };
        let direction = match search_fold(&get(16)).as_str() {
            "lower" | "düşük" => Direction::Lower,
            "higher" | "yüksek" => Direction::Higher,
            _ => kind.usual_direction(),
        };
        let mut id = get(2);
        if id.is_empty() {
            id = (tp.metrics.len() + 1..)
                .map(|n| format!("{}-metric-{n}", tp.id))
                .find(|c| tp.metrics.iter().all(|m| &m.id != c))
                .unwrap_or_default();
        }
        let metric = Metric {
            id,
            kind,
            label: get(4),
            value: number(5),
            counts,
            scale: get(7),
            unit: get(8),
            method: get(9),
            n: number(10).map(|n| n.max(0.0).round() as u64),
            period: (period != Period::default()).then_some(period),
            date: get(14),
            source: get(15),
            direction,
            target: number(17),
        };
        // Without the column the marks stay as they are; with it, each row says.
        let step = index.contains_key(&18).then(|| {
            let w = search_fold(&get(18));
            w == yes(true) || w == yes(false) || w == "x" || w == "1"
        });
        match step {
            Some(true) => tp.funnel_step = Some(metric.id.clone()),
            Some(false) if tp.funnel_step.as_ref() == Some(&metric.id) => tp.funnel_step = None,
            _ => {}
        }
        match tp
            .metrics
            .iter_mut()
            .find(|m| !metric.id.is_empty() && m.id == metric.id)
        {
            Some(existing) => {
                *existing = metric;
                read.updated += 1;
            }
            None => {
                tp.metrics.push(metric);
                read.added += 1;
            }
        }
    }
    Ok((out, read))
}
