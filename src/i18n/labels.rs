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
        MetricKind::Custom => metric.label.as_str(),
        kind => super::metric_kind_name(lang, kind),
    };
    use crate::analysis::metrics::{compute, target_met, value_of, Formula};
    let shown = |v: f64, places: u32| {
        // A count is written with its thousands grouped ("4.250", "4,250").
        if v.fract() == 0.0 && (0.0..1e15).contains(&v) {
            return super::whole(lang, v as u64);
        }
        let s = super::decimal(lang, v, places);
        s.strip_suffix(if lang == Lang::Tr { ",0" } else { ".0" })
            .map(str::to_string)
            .unwrap_or(s)
    };
    // Computed from its counts where it has them; NPS as the whole number it is reported as; a
    // share of answers as a percent.
    let computed = compute(metric).ok();
    let (value, n) = value_of(metric).unzip();
    let n = n.flatten();
    let value = match (&computed, value) {
        (Some(c), _) if metric.kind == MetricKind::Nps => super::signed_decimal(lang, c.value, 0),
        (Some(c), _) if matches!(c.formula, Formula::TopBox { .. }) => {
            super::typed_percent(lang, c.value / 100.0)
        }
        (_, Some(v)) => shown(v, 1),
        _ => String::new(),
    };
    let unit = metric.unit.trim();
    let mut out = format!("{name} {value} {unit}").trim().replace("  ", " ");
    if let Some(n) = n {
        out.push_str(&format!(" · n {}", super::whole(lang, n)));
    }
    if let (Some(target), Some(met)) = (metric.target, target_met(metric)) {
        let word = text(
            lang,
            if met {
                Key::TargetMet
            } else {
                Key::TargetMissed
            },
        );
        out.push_str(&format!(
            " · {} {} {word}",
            text(lang, Key::Target),
            shown(target, 1)
        ));
    }
    out
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
        // From counts: computed, as the whole number NPS is reported as, with its n.
        let counted = Metric {
            counts: [("promoters", 60), ("passives", 25), ("detractors", 15)]
                .map(|(k, n)| (k.to_string(), n))
                .into(),
            value: Some(12.0),
            ..nps.clone()
        };
        assert_eq!(metric_chip(Lang::Tr, &counted), "NPS +45 · n 100");
        // A unit, and the target in the metric's direction (a wait is better lower).
        let wait = Metric {
            kind: MetricKind::WaitTime,
            value: Some(7.5),
            unit: "dakika".into(),
            direction: crate::model::Direction::Lower,
            n: Some(1200),
            target: Some(2.0),
            ..Metric::default()
        };
        assert_eq!(
            metric_chip(Lang::Tr, &wait),
            "Bekleme 7,5 dakika · n 1.200 · hedef 2 ✗ tutmadı"
        );
        let fast = Metric {
            value: Some(1.5),
            ..wait
        };
        assert!(metric_chip(Lang::En, &fast).ends_with("target 2 ✓ met"));
        let csat = Metric {
            kind: MetricKind::Csat,
            scale: "1-5".into(),
            counts: [("5", 3), ("4", 4), ("2", 3)]
                .map(|(k, n)| (k.to_string(), n))
                .into(),
            ..Metric::default()
        };
        assert_eq!(metric_chip(Lang::Tr, &csat), "CSAT %70 · n 10");
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
