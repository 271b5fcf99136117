//! A metric's words: its kind's name, and how its value was computed from the answers, with the
//! numbers ("NPS = %60 promoter − %15 detractor = 45 · n = 100").
use super::{decimal, signed_decimal, text, typed_percent, whole, Key, Lang};
use crate::analysis::metrics::{Computed, Formula, NotComputed};
use crate::model::MetricKind;

/// The name of a kind of metric.
pub fn metric_kind_name(lang: Lang, kind: MetricKind) -> &'static str {
    text(
        lang,
        match kind {
            MetricKind::Nps => Key::MetricNps,
            MetricKind::Csat => Key::MetricCsat,
            MetricKind::Ces => Key::MetricCes,
            MetricKind::Conversion => Key::MetricConversion,
            MetricKind::Visits => Key::MetricVisits,
            MetricKind::Calls => Key::MetricCalls,
            MetricKind::WaitTime => Key::MetricWait,
            MetricKind::FirstContactResolution => Key::MetricFcr,
            MetricKind::Churn => Key::MetricChurn,
            MetricKind::Custom => Key::MetricCustom,
        },
    )
}

/// How `computed` was computed for a metric of `kind`, with its numbers and n.
pub fn formula_text(lang: Lang, kind: MetricKind, computed: &Computed) -> String {
    let name = metric_kind_name(lang, kind);
    let n = whole(lang, computed.n);
    let body = match &computed.formula {
        Formula::Nps {
            promoters,
            detractors,
        } => format!(
            "{name} = {} {} − {} {} = {}",
            typed_percent(lang, promoters / 100.0),
            text(lang, Key::Promoter),
            typed_percent(lang, detractors / 100.0),
            text(lang, Key::Detractor),
            signed_decimal(lang, computed.value, 0),
        ),
        Formula::TopBox { from, share } => format!(
            "{name} = {} {} {}",
            text(lang, Key::AnsweredFrom),
            from,
            typed_percent(lang, share / 100.0)
        ),
        Formula::Mean => format!(
            "{name} = {} {}",
            text(lang, Key::MeanAnswer),
            decimal(lang, computed.value, 2)
        ),
    };
    let mut said = format!("{body} · n = {n}");
    if let Some(typed) = computed.typed_differs {
        said.push_str(&format!(
            ". {} {}",
            text(lang, Key::TypedValueDiffers),
            crate::interop::numbers::write_number(lang, typed, 2)
        ));
    }
    said
}

/// Why a survey metric's value could not be computed from its answers.
pub fn not_computed_text(lang: Lang, why: NotComputed) -> &'static str {
    text(
        lang,
        match why {
            NotComputed::NoCounts | NotComputed::NotSurvey => Key::NoAnswersEntered,
            NotComputed::NoAnswers => Key::NoAnswersCounted,
            NotComputed::UnreadableCounts => Key::AnswersNotOnScale,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::metrics::compute;
    use crate::model::Metric;

    #[test]
    fn the_formula_is_said_with_its_numbers_in_each_language() {
        let nps = Metric {
            kind: MetricKind::Nps,
            counts: [("promoters", 60), ("passives", 25), ("detractors", 15)]
                .map(|(k, n)| (k.to_string(), n))
                .into(),
            ..Metric::default()
        };
        let c = compute(&nps).expect("nps");
        assert_eq!(
            formula_text(Lang::Tr, MetricKind::Nps, &c),
            "NPS = %60 promoter − %15 detractor = +45 · n = 100"
        );
        assert_eq!(
            formula_text(Lang::En, MetricKind::Nps, &c),
            "NPS = 60% promoters − 15% detractors = +45 · n = 100"
        );
        let typed = Metric {
            value: Some(12.0),
            ..nps
        };
        let c = compute(&typed).expect("nps");
        assert!(formula_text(Lang::En, MetricKind::Nps, &c).ends_with("typed value differs: 12"));
    }
}
