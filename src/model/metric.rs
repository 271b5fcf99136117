//! A number measured at a touchpoint (format v2): never without its scale or unit, its method and
//! its n, over a period; with the direction in which it is better, and an optional target.
use super::named::named_variants;
use super::Id;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A number measured at a touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Metric {
    /// Identifier, unique in the map.
    pub id: Id,
    /// What is measured.
    pub kind: MetricKind,
    /// Custom name when `kind` is custom.
    pub label: String,
    /// The value as reported (computed from `counts` where they exist).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Raw counts the value is computed from: answers ("0"…"10") or "promoters" / "passives" /
    /// "detractors".
    pub counts: BTreeMap<String, u64>,
    /// Scale of the answers of a survey metric, e.g. "0-10", "1-5", "1-7".
    pub scale: String,
    /// Unit of a measured value, e.g. "dakika", "visits/month", "%".
    pub unit: String,
    /// Formula or method used, e.g. "%promoters-%detractors", "mean", "top-2-box".
    pub method: String,
    /// Number of answers or observations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<u64>,
    /// The period it was measured over, when it is not one day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// When it was measured (ISO 8601 date).
    pub date: String,
    /// Where the number comes from (survey, CRM, call-centre records, web analytics…).
    pub source: String,
    /// Whether a higher or a lower value is better (wait times and the original CES: lower).
    pub direction: Direction,
    /// The target value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
}

/// A period a metric was measured over: from–to dates, or a named month or week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Period {
    /// First day (ISO 8601 date), or empty.
    pub from: String,
    /// Last day (ISO 8601 date), or empty.
    pub to: String,
    /// A name instead of dates ("2026-11", "Kasım 2026", "2026-W48"), or empty.
    pub name: String,
}

/// The direction in which a metric is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum Direction {
    /// Higher is better (NPS, CSAT, conversion…).
    #[default]
    Higher,
    /// Lower is better (wait time, churn, the original CES on 1–5).
    Lower,
}

named_variants!(Direction {
    Higher = "higher",
    Lower = "lower",
});

/// Kinds of metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum MetricKind {
    /// Net Promoter Score.
    Nps,
    /// Customer satisfaction.
    Csat,
    /// Customer effort score.
    Ces,
    /// Step conversion.
    Conversion,
    /// Visits or views.
    Visits,
    /// Call records.
    Calls,
    /// Waiting time.
    WaitTime,
    /// First-contact resolution: contacts resolved in the first contact, a percentage.
    FirstContactResolution,
    /// Churn: customers lost in the period over customers at its start, a percentage.
    Churn,
    /// Anything else (see `label`).
    #[default]
    Custom,
}

named_variants!(MetricKind {
    Nps = "nps",
    Csat = "csat",
    Ces = "ces",
    Conversion = "conversion",
    Visits = "visits",
    Calls = "calls",
    WaitTime = "waitTime",
    FirstContactResolution = "firstContactResolution",
    Churn = "churn",
    Custom = "custom",
});

impl MetricKind {
    /// Every kind, in the order the metric editor offers them.
    pub const ALL: [MetricKind; 10] = [
        MetricKind::Nps,
        MetricKind::Csat,
        MetricKind::Ces,
        MetricKind::Conversion,
        MetricKind::Visits,
        MetricKind::Calls,
        MetricKind::WaitTime,
        MetricKind::FirstContactResolution,
        MetricKind::Churn,
        MetricKind::Custom,
    ];

    /// The direction in which this kind is better, when it is the kind's own.
    pub fn usual_direction(self) -> Direction {
        match self {
            MetricKind::WaitTime | MetricKind::Churn => Direction::Lower,
            _ => Direction::Higher,
        }
    }
}
