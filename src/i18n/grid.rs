//! The journey grid's words: what a lane says for a touchpoint (pain points with severity and
//! frequency, exits with reason and rate, metrics with n), and a stage band's summary.
use super::{emotion_label, exit_chip, metric_chip, pain_chip, share_percent, signed_decimal};
use super::{text, Key, Lang};
use crate::analysis::metrics::Pooled;
use crate::model::{JourneyMap, Lane, Touchpoint};

/// What a cell says, one line per item (pain points, exits and metrics with their numbers).
pub fn lane_lines(lang: Lang, lane: Lane, t: &Touchpoint, map: &JourneyMap) -> Vec<String> {
    let one = |s: &str| match s.trim() {
        "" => Vec::new(),
        s => vec![s.to_string()],
    };
    match lane {
        Lane::CustomerAction => one(&t.customer_action),
        Lane::Thoughts => one(&t.thoughts),
        Lane::Expectation => [
            (Key::Expectation, &t.expectation),
            (Key::Experience, &t.experience),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| format!("{}: {}", text(lang, k), v.trim()))
        .chain(t.gap.iter().map(|g| {
            format!(
                "{} {} → {} ({}): {}",
                text(lang, Key::GapRating),
                super::decimal(lang, g.expected, 1),
                super::decimal(lang, g.received, 1),
                g.scale.replace('-', "–"),
                signed_decimal(lang, g.gap(), 1)
            )
        }))
        .collect(),
        Lane::PainPoints => t.pain_points.iter().map(|p| pain_chip(lang, p)).collect(),
        Lane::Exit => t.exit_point.iter().map(|e| exit_chip(lang, e)).collect(),
        Lane::Metrics => t.metrics.iter().map(|m| metric_chip(lang, m)).collect(),
        Lane::Owner => one(&t.owner),
        Lane::Systems => t.systems.clone(),
        Lane::Opportunities => {
            // The plan's actions for this touchpoint, then the free-text ideas.
            let mut lines: Vec<String> = map
                .actions
                .iter()
                .filter(|a| a.touchpoints.contains(&t.id))
                .map(|a| {
                    format!(
                        "▶ {} · {}",
                        a.title,
                        super::action_status_name(lang, a.status)
                    )
                })
                .collect();
            lines.extend(t.opportunities.iter().cloned());
            lines
        }
        Lane::Emotion => map
            .personas
            .iter()
            .filter_map(|p| {
                let v = *t.emotions.get(&p.id)?;
                let (min, max) = (map.emotion_scale.min, map.emotion_scale.max);
                let value = signed_decimal(lang, v as f64, 0);
                Some(format!(
                    "{}: {value} {}",
                    p.name,
                    emotion_label(lang, v, min, max)
                ))
            })
            .collect(),
    }
}

/// A stage band's one-line summary in `lang`: mean emotion, pain points, the highest exit rate.
pub fn band_summary(lang: Lang, map: &JourneyMap, stage: usize) -> String {
    let Some(stage) = map.stages.get(stage) else {
        return String::new();
    };
    let tps: Vec<&Touchpoint> = map.touchpoints_of(&stage.id).collect();
    let values: Vec<f64> = tps
        .iter()
        .flat_map(|t| t.emotions.values().map(|v| *v as f64))
        .collect();
    let mut parts = Vec::new();
    if !values.is_empty() {
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        parts.push(format!("ø {}", signed_decimal(lang, mean, 1)));
    }
    let pains: usize = tps.iter().map(|t| t.pain_points.len()).sum();
    if pains > 0 {
        parts.push(format!("⚠ {pains}"));
    }
    let exit = tps
        .iter()
        .filter_map(|t| t.exit_point.as_ref().and_then(|e| e.rate))
        .fold(None, |a: Option<f64>, r| Some(a.map_or(r, |a| a.max(r))));
    if let Some(rate) = exit {
        parts.push(format!("⇥ {}", share_percent(lang, rate)));
    }
    // The stage's survey numbers, pooled like with like.
    let numbers = crate::analysis::metrics::stage_numbers(map, &stage.id);
    if let Some(Pooled::Value { value, .. }) = numbers.nps {
        parts.push(format!("NPS {}", signed_decimal(lang, value, 0)));
    }
    if let Some(Pooled::Value { value, .. }) = numbers.csat {
        parts.push(format!("CSAT {}", super::decimal(lang, value, 0)));
    }
    // How much of the stage (touchpoints and pain points) is observed rather than assumed: the
    // map's honesty about its numbers, as the insights count it.
    let coverage = crate::analysis::insights::stage_coverage(map, &stage.id);
    if let Some(share) = coverage.share() {
        let share = share_percent(lang, share);
        parts.push(format!("{share} {}", text(lang, Key::ObservedShare)));
    }
    parts.join(" · ")
}

/// What a screen reader says of persona `persona`'s point on touchpoint `t`: its name (the
/// touchpoint, its stage and channel, the persona) and its value text (the emotion, then what
/// hurts there: pain points and the exit, not only the value).
pub fn point_words(
    lang: Lang,
    map: &JourneyMap,
    t: &Touchpoint,
    persona: usize,
) -> (String, String) {
    let stage = map.stage(&t.stage).map(|s| s.name.as_str()).unwrap_or("");
    let channel = map
        .channel(&t.channel)
        .map(|c| c.name.as_str())
        .unwrap_or("");
    let who = map.personas.get(persona);
    let name = format!(
        "{}, {stage}, {channel}: {}",
        t.name,
        who.map(|p| p.name.as_str()).unwrap_or("")
    );
    let (min, max) = (map.emotion_scale.min, map.emotion_scale.max);
    let mut said = match who.and_then(|p| t.emotions.get(&p.id)) {
        Some(v) => format!(
            "{} {}",
            signed_decimal(lang, *v as f64, 0),
            emotion_label(lang, *v, min, max)
        ),
        None => text(lang, Key::NotSet).to_string(),
    };
    if !t.pain_points.is_empty() {
        let pains: Vec<String> = t.pain_points.iter().map(|p| pain_chip(lang, p)).collect();
        said.push_str(&format!(
            ". {}: {}",
            text(lang, Key::PainPoints),
            pains.join("; ")
        ));
    }
    if let Some(exit) = &t.exit_point {
        said.push_str(&format!(
            ". {}: {}",
            text(lang, Key::ExitBadge),
            exit_chip(lang, exit)
        ));
    }
    (name, said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::samples::{sample, Sample};
    use crate::model::Evidence;

    #[test]
    fn a_lane_says_its_facts_with_their_numbers() {
        let m = sample(Sample::OnlineShopTr, "m", "2026-12-02T10:00:00Z");
        for t in &m.touchpoints {
            for lane in Lane::ALL {
                let lines = lane_lines(Lang::Tr, lane, t, &m);
                assert_eq!(
                    lines.is_empty(),
                    !lane.has_content(t, &m),
                    "{lane:?} of {}",
                    t.name
                );
            }
            for p in &t.pain_points {
                let said = lane_lines(Lang::En, Lane::PainPoints, t, &m).join("\n");
                assert!(said.contains(&p.text) && said.contains('●'));
            }
        }
        let summaries: Vec<String> = (0..m.stages.len())
            .map(|s| band_summary(Lang::Tr, &m, s))
            .collect();
        assert!(summaries.iter().any(|s| s.contains("ø ")), "{summaries:?}");
        assert!(summaries.iter().any(|s| s.contains("⚠")), "{summaries:?}");
        // The sample's steps are observed: every stage says so.
        assert!(
            summaries.iter().all(|s| s.ends_with("%100 gözlem")),
            "{summaries:?}"
        );
        let mut assumed = m.clone();
        assumed
            .touchpoints
            .iter_mut()
            .for_each(|t| t.evidence = Evidence::Assumed);
        assert!(band_summary(Lang::En, &assumed, 0).ends_with("0% observed"));
        assert_eq!(band_summary(Lang::Tr, &m, 99), "");
    }

    #[test]
    fn a_point_is_named_with_its_touchpoint_and_says_what_hurts_there() {
        let m = sample(Sample::OnlineShopTr, "m", "2026-12-02T10:00:00Z");
        let t = m
            .touchpoints
            .iter()
            .find(|t| !t.pain_points.is_empty() && t.exit_point.is_some())
            .expect("the sample has a step with a pain point and an exit");
        let (name, said) = point_words(Lang::Tr, &m, t, 0);
        assert!(
            name.starts_with(&t.name) && name.ends_with(&m.personas[0].name),
            "{name}"
        );
        assert!(
            said.contains("Acı noktaları") && said.contains(&t.pain_points[0].text),
            "{said}"
        );
        assert!(said.contains("Çıkış"), "{said}");
        let mut unset = t.clone();
        unset.emotions.clear();
        assert!(point_words(Lang::En, &m, &unset, 0)
            .1
            .starts_with("Not set"));
    }
}
