//! Insights and the action plan in words: each insight's kind and one sentence with its where,
//! its numbers and its score explained; the quadrants and the actions' statuses.
use super::{decimal, exit_chip, forced_switch_text, metric_chip, typed_percent, whole, Lang};
use crate::analysis::insight_list::{Insight, InsightKind};
use crate::analysis::insights::{per_hundred, Unscored};
use crate::analysis::plan::Quadrant;
use crate::model::{ActionStatus, JourneyMap};

/// An insight kind's name.
pub fn insight_kind_name(lang: Lang, kind: InsightKind) -> &'static str {
    use InsightKind::*;
    match (lang, kind) {
        (Lang::Tr, PainHotspot) => "Acı noktası",
        (Lang::Tr, Exit) => "Çıkış noktası",
        (Lang::Tr, Gap) => "Beklentinin altında",
        (Lang::Tr, MetricMissed) => "Hedefi tutmayan ölçüm",
        (Lang::Tr, ForcedSwitch) => "Zorunlu kanal değişimi",
        (Lang::Tr, LowestMoment) => "En düşük an",
        (Lang::Tr, Unbacked) => "Verisi eksik aşama",
        (_, PainHotspot) => "Pain hotspot",
        (_, Exit) => "Exit point",
        (_, Gap) => "Below expectation",
        (_, MetricMissed) => "Metric misses its target",
        (_, ForcedSwitch) => "Forced channel switch",
        (_, LowestMoment) => "Lowest moment",
        (_, Unbacked) => "Stage not backed by data",
    }
}

/// Why a pain point has no score.
pub fn unscored_text(lang: Lang, why: Unscored) -> &'static str {
    match (lang, why) {
        (Lang::Tr, Unscored::NoFrequency) => "puanlanamadı: sıklığı girilmemiş",
        (Lang::Tr, Unscored::NoVolume) => {
            "puanlanamadı: aynı dönemde bu temas noktasına gelen müşteri sayısı yok"
        }
        (_, Unscored::NoFrequency) => "not scored: no frequency recorded",
        (_, Unscored::NoVolume) => {
            "not scored: no count of customers at this touchpoint over the same period"
        }
    }
}

/// One insight in a sentence: where, what, and its score explained.
pub fn insight_text(lang: Lang, map: &JourneyMap, insight: &Insight) -> String {
    let tp = insight
        .touchpoint
        .as_deref()
        .and_then(|id| map.touchpoint(id));
    let tp_name = tp.map(|t| t.name.as_str()).unwrap_or("");
    let tr = lang == Lang::Tr;
    let said = match insight.kind {
        InsightKind::PainHotspot => {
            let pain = tp.and_then(|t| {
                t.pain_points
                    .iter()
                    .find(|p| Some(&p.id) == insight.pain_point.as_ref())
            });
            let Some((t, p)) = tp.zip(pain) else {
                return String::new();
            };
            let severity = if tr { "önem" } else { "severity" };
            match (per_hundred(t, p.frequency.as_ref()), insight.score) {
                (Ok(per), Some(score)) => {
                    let per = short(lang, per, 1);
                    let customers = if tr {
                        format!("100 müşteride {per}")
                    } else {
                        format!("{per} per 100 customers")
                    };
                    format!(
                        "{}: {severity} {} × {customers} = {}",
                        p.text,
                        p.severity,
                        short(lang, score, 1)
                    )
                }
                (Err(why), _) => {
                    format!(
                        "{}: {severity} {} · {}",
                        p.text,
                        p.severity,
                        unscored_text(lang, why)
                    )
                }
                (Ok(_), None) => p.text.clone(),
            }
        }
        InsightKind::Exit => {
            let Some(e) = tp.and_then(|t| t.exit_point.as_ref()) else {
                return String::new();
            };
            let mut s = exit_chip(lang, e);
            if let (Some(rate), Some(v)) = (e.rate, tp.and_then(volume_of)) {
                let lost = whole(lang, (rate * v).round() as u64);
                s.push_str(&if tr {
                    format!(" · {lost} müşteri kaybı")
                } else {
                    format!(" · {lost} customers lost")
                });
            }
            s
        }
        InsightKind::Gap => {
            let Some(g) = tp.and_then(|t| t.gap.as_ref()) else {
                return String::new();
            };
            let (e, r) = (short(lang, g.expected, 1), short(lang, g.received, 1));
            let scale = g.scale.replace('-', "–");
            let gap = short(lang, g.gap(), 1);
            if tr {
                format!("beklenen {e}, yaşanan {r} ({scale}): fark {gap}")
            } else {
                format!("expected {e}, received {r} ({scale}): gap {gap}")
            }
        }
        InsightKind::MetricMissed => {
            let Some(m) = tp.and_then(|t| {
                t.metrics
                    .iter()
                    .find(|m| Some(&m.id) == insight.metric.as_ref())
            }) else {
                return String::new();
            };
            let off = typed_percent(lang, insight.score.unwrap_or(0.0) / 100.0);
            if tr {
                format!("{} · hedeften {off} uzak", metric_chip(lang, m))
            } else {
                format!("{} · {off} off target", metric_chip(lang, m))
            }
        }
        InsightKind::ForcedSwitch => {
            let note = tp
                .and_then(|t| t.forced_switch.as_ref())
                .map(|f| f.note.as_str())
                .unwrap_or("");
            forced_switch_text(lang, note)
        }
        InsightKind::LowestMoment => {
            let persona = map
                .personas
                .iter()
                .find(|p| Some(&p.id) == insight.persona.as_ref())
                .map(|p| p.name.as_str())
                .unwrap_or("");
            let value = -insight.score.unwrap_or(0.0);
            let scale = &map.emotion_scale;
            let label = super::emotion_label(lang, value as i8, scale.min, scale.max);
            format!(
                "{persona}: {label} ({})",
                super::signed_decimal(lang, value, 0)
            )
        }
        InsightKind::Unbacked => {
            let stage = insight
                .stage
                .as_deref()
                .and_then(|s| map.stage(s))
                .map(|s| s.name.as_str())
                .unwrap_or("");
            let backed = typed_percent(lang, 1.0 - insight.score.unwrap_or(0.0) / 100.0);
            return if tr {
                format!("{stage}: temas ve acı noktalarının {backed} kadarı gözleme dayanıyor")
            } else {
                format!("{stage}: {backed} of its touchpoints and pain points are observed")
            };
        }
    };
    format!("{tp_name} — {said}")
}

/// `v` with `places` decimals, without a trailing zero decimal ("60" not "60,0").
fn short(lang: Lang, v: f64, places: u32) -> String {
    let s = decimal(lang, v, places);
    let zero = if lang == Lang::Tr { ",0" } else { ".0" };
    s.strip_suffix(zero).map(str::to_string).unwrap_or(s)
}

fn volume_of(t: &crate::model::Touchpoint) -> Option<f64> {
    crate::analysis::volume::volume(t, |_| true)
}

/// A quadrant's name.
pub fn quadrant_name(lang: Lang, q: Quadrant) -> &'static str {
    match (lang, q) {
        (Lang::Tr, Quadrant::QuickWin) => "Hızlı kazanım",
        (Lang::Tr, Quadrant::MajorProject) => "Büyük proje",
        (Lang::Tr, Quadrant::FillIn) => "Ara iş",
        (Lang::Tr, Quadrant::Thankless) => "Nankör iş",
        (_, Quadrant::QuickWin) => "Quick win",
        (_, Quadrant::MajorProject) => "Major project",
        (_, Quadrant::FillIn) => "Fill-in",
        (_, Quadrant::Thankless) => "Thankless task",
    }
}

/// An action status's name.
pub fn action_status_name(lang: Lang, s: ActionStatus) -> &'static str {
    match (lang, s) {
        (Lang::Tr, ActionStatus::Idea) => "Fikir",
        (Lang::Tr, ActionStatus::Planned) => "Planlandı",
        (Lang::Tr, ActionStatus::InProgress) => "Sürüyor",
        (Lang::Tr, ActionStatus::Done) => "Tamamlandı",
        (_, ActionStatus::Idea) => "Idea",
        (_, ActionStatus::Planned) => "Planned",
        (_, ActionStatus::InProgress) => "In progress",
        (_, ActionStatus::Done) => "Done",
    }
}
