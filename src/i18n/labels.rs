//! Labels made of words and numbers: an emotion value's name on its scale, an exit point's badge.
use super::{share_percent, text, typed_percent, Key, Lang};
use crate::model::{
    ChannelKind, ExitPoint, ExitReason, Frequency, Lane, Metric, MetricKind, PainPoint,
};

/// An exit point's words: "Exit 35%" / "Çıkış %35", or just "Exit" when its rate is unknown.
pub fn exit_label(lang: Lang, rate: Option<f64>) -> String {
    let word = text(lang, Key::ExitBadge);
    match rate {
        Some(r) => format!("{word} {}", share_percent(lang, r)),
        None => word.to_string(),
    }
}

/// A journey-grid lane's name.
pub fn lane_name(lang: Lang, lane: Lane) -> &'static str {
    let key = match lane {
        Lane::CustomerAction => Key::LaneAction,
        Lane::Thoughts => Key::LaneThoughts,
        Lane::Emotion => Key::LaneEmotion,
        Lane::Expectation => Key::LaneExpectation,
        Lane::PainPoints => Key::LanePains,
        Lane::Exit => Key::LaneExit,
        Lane::Metrics => Key::LaneMetrics,
        Lane::Owner => Key::LaneOwner,
        Lane::Systems => Key::LaneSystems,
        Lane::Opportunities => Key::LaneOpportunities,
    };
    text(lang, key)
}

/// A pain point as the grid shows it: "Kargo ücreti · ●●●●○ · %45" (frequency when known).
pub fn pain_chip(lang: Lang, pain: &PainPoint) -> String {
    let dots: String = (1..=5)
        .map(|i| if i <= pain.severity { '●' } else { '○' })
        .collect();
    let frequency = match &pain.frequency {
        Some(Frequency::PerHundred { value }) => {
            format!(" · {}", typed_percent(lang, value / 100.0))
        }
        Some(Frequency::Count { count, period }) => format!(" · {count}/{period}"),
        None => String::new(),
    };
    format!("{} · {dots}{frequency}", pain.text)
}

/// An exit point as the grid shows it: its reason and rate ("Sepeti terk etme · %35").
pub fn exit_chip(lang: Lang, exit: &ExitPoint) -> String {
    let reason = match &exit.reason {
        ExitReason::CartAbandoned => text(lang, Key::ExitCart).to_string(),
        ExitReason::Refund => text(lang, Key::ExitRefund).to_string(),
        ExitReason::UpgradeRefused => text(lang, Key::ExitUpgrade).to_string(),
        ExitReason::Other(words) if words.trim().is_empty() => text(lang, Key::ExitBadge).into(),
        ExitReason::Other(words) => words.clone(),
    };
    match exit.rate {
        Some(rate) => format!("{reason} · {}", typed_percent(lang, rate)),
        None => reason,
    }
}

/// A metric as the grid shows it: its name and value, with n when known ("NPS 12 · n 1.840").
pub fn metric_chip(lang: Lang, metric: &Metric) -> String {
    let name = match metric.kind {
        MetricKind::Nps => text(lang, Key::MetricNps),
        MetricKind::Csat => text(lang, Key::MetricCsat),
        MetricKind::Ces => text(lang, Key::MetricCes),
        MetricKind::Conversion => text(lang, Key::MetricConversion),
        MetricKind::Visits => text(lang, Key::MetricVisits),
        MetricKind::Calls => text(lang, Key::MetricCalls),
        MetricKind::WaitTime => text(lang, Key::MetricWait),
        MetricKind::Custom => metric.label.as_str(),
    };
    let value = metric
        .value
        .map(|v| super::decimal(lang, v, 1))
        .unwrap_or_default();
    let value = value
        .strip_suffix(if lang == Lang::Tr { ",0" } else { ".0" })
        .unwrap_or(&value)
        .to_string();
    match metric.n {
        Some(n) => format!("{name} {value} · n {}", super::whole(lang, n)),
        None => format!("{name} {value}"),
    }
    .trim()
    .to_string()
}

/// A forced hand-over in words, with its note when it has one ("Zorunlu kanal geçişi: …").
pub fn forced_switch_text(lang: Lang, note: &str) -> String {
    match note.trim() {
        "" => text(lang, Key::ForcedSwitch).to_string(),
        note => format!("{}: {note}", text(lang, Key::ForcedSwitch)),
    }
}

/// A channel kind's name.
pub fn channel_kind_name(lang: Lang, kind: ChannelKind) -> &'static str {
    let key = match kind {
        ChannelKind::Digital => Key::KindDigital,
        ChannelKind::Physical => Key::KindPhysical,
        ChannelKind::Human => Key::KindHuman,
        ChannelKind::Media => Key::KindMedia,
    };
    text(lang, key)
}

/// Label of an emotion value on a scale from `min` to `max` (five named steps, spread over the scale).
pub fn emotion_label(lang: Lang, value: i8, min: i8, max: i8) -> &'static str {
    let span = (max as f64 - min as f64).max(1.0);
    let t = (value as f64 - min as f64) / span;
    let key = match (t * 4.0).round() as i32 {
        i32::MIN..=0 => Key::VeryNegative,
        1 => Key::Negative,
        2 => Key::Neutral,
        3 => Key::Positive,
        _ => Key::VeryPositive,
    };
    text(lang, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_chips_say_the_problem_the_reason_and_the_numbers() {
        let pain = PainPoint {
            text: "Kargo ücreti".into(),
            severity: 4,
            frequency: Some(Frequency::PerHundred { value: 45.0 }),
            ..PainPoint::default()
        };
        assert_eq!(pain_chip(Lang::Tr, &pain), "Kargo ücreti · ●●●●○ · %45");
        assert_eq!(pain_chip(Lang::En, &pain), "Kargo ücreti · ●●●●○ · 45%");
        let exit = ExitPoint {
            reason: ExitReason::CartAbandoned,
            rate: Some(0.35),
        };
        assert_eq!(exit_chip(Lang::Tr, &exit), "Sepeti terk etme · %35");
        let nps = Metric {
            kind: MetricKind::Nps,
            value: Some(12.0),
            n: Some(1840),
            ..Metric::default()
        };
        assert_eq!(metric_chip(Lang::Tr, &nps), "NPS 12 · n 1.840");
        assert_eq!(metric_chip(Lang::En, &nps), "NPS 12 · n 1,840");
        assert_eq!(super::super::whole(Lang::Tr, 1_234_567), "1.234.567");
        assert_eq!(super::super::whole(Lang::En, 999), "999");
        for lane in Lane::ALL {
            assert_ne!(lane_name(Lang::Tr, lane), lane_name(Lang::En, lane));
        }
        assert_eq!(forced_switch_text(Lang::En, " "), "Forced hand-over");
        assert_eq!(
            forced_switch_text(Lang::Tr, "Bot"),
            "Zorunlu kanal geçişi: Bot"
        );
    }

    #[test]
    fn emotion_labels_span_the_scale() {
        assert_eq!(emotion_label(Lang::Tr, -2, -2, 2), "Çok olumsuz");
        assert_eq!(emotion_label(Lang::En, 0, -2, 2), "Neutral");
        assert_eq!(emotion_label(Lang::En, 5, 1, 5), "Very positive");
    }
}
