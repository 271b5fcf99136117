//! How many customers pass a touchpoint, and over which period: a pain point's count per month
//! only becomes "per 100 customers" when divided by the visits or calls of that same month.
use crate::model::{calendar::iso_day, search_fold, Metric, MetricKind, Touchpoint};

/// A period's length, as people name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodUnit {
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
}

/// The period unit a text names ("month", "ay", "aylık", "/ay", "per week", "haftada"…); words
/// are matched folded (`search_fold`: "yıl" is "yil").
pub fn unit_named(text: &str) -> Option<PeriodUnit> {
    let folded = search_fold(text);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| match w {
            "day" | "days" | "daily" | "gün" | "günlük" | "günde" => Some(PeriodUnit::Day),
            "week" | "weeks" | "weekly" | "hafta" | "haftalik" | "haftada" => {
                Some(PeriodUnit::Week)
            }
            "month" | "months" | "monthly" | "mo" | "ay" | "aylik" | "ayda" => {
                Some(PeriodUnit::Month)
            }
            "quarter" | "quarterly" | "çeyrek" | "çeyreklik" => Some(PeriodUnit::Quarter),
            "year" | "years" | "yearly" | "annual" | "yil" | "yillik" | "yilda" => {
                Some(PeriodUnit::Year)
            }
            _ => None,
        })
}

/// The period unit a metric was measured over: its period's name, else the length of its
/// from–to dates, else its unit ("ziyaret/ay").
pub fn unit_of(metric: &Metric) -> Option<PeriodUnit> {
    let period = metric.period.as_ref();
    period
        .and_then(|p| unit_named(&p.name))
        .or_else(|| {
            let p = period?;
            let days = iso_day(&p.to)? - iso_day(&p.from)? + 1;
            match days {
                1 => Some(PeriodUnit::Day),
                7 => Some(PeriodUnit::Week),
                28..=31 => Some(PeriodUnit::Month),
                89..=92 => Some(PeriodUnit::Quarter),
                365 | 366 => Some(PeriodUnit::Year),
                _ => None,
            }
        })
        .or_else(|| unit_named(&metric.unit))
}

/// Whether `metric` was measured over the period a pain point's count names: the same words
/// ("Kasım 2026" and "kasım 2026") or the same unit ("month" and a 30-day period).
pub fn same_period(metric: &Metric, period: &str) -> bool {
    let named = metric.period.as_ref().map(|p| search_fold(p.name.trim()));
    if named.is_some_and(|n| !n.is_empty() && n == search_fold(period.trim())) {
        return true;
    }
    matches!((unit_named(period), unit_of(metric)), (Some(a), Some(b)) if a == b)
}

/// The customers passing `tp`: its first visits metric with a value above zero that `fits`,
/// else its first such calls metric.
pub fn volume(tp: &Touchpoint, fits: impl Fn(&Metric) -> bool) -> Option<f64> {
    [MetricKind::Visits, MetricKind::Calls]
        .into_iter()
        .find_map(|kind| {
            tp.metrics
                .iter()
                .filter(|m| m.kind == kind && fits(m))
                .find_map(|m| m.value.filter(|v| *v > 0.0))
        })
}
