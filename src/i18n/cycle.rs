//! The CX management cycle in words (seed 001's five steps, what each asks), and how long ago
//! the last research round was.
use super::Lang;
use crate::analysis::cycle::LastResearch;
use crate::model::CycleStep;

/// A step's name.
pub fn cycle_step_name(lang: Lang, step: CycleStep) -> &'static str {
    match (lang, step) {
        (Lang::Tr, CycleStep::Research) => "Araştırma",
        (Lang::Tr, CycleStep::Map) => "Harita",
        (Lang::Tr, CycleStep::Strategy) => "Strateji",
        (Lang::Tr, CycleStep::Apply) => "Uygulama ve analiz",
        (Lang::Tr, CycleStep::Renew) => "İyileştirme ve yenileme",
        (_, CycleStep::Research) => "Research",
        (_, CycleStep::Map) => "Map",
        (_, CycleStep::Strategy) => "Strategy",
        (_, CycleStep::Apply) => "Apply and analyse",
        (_, CycleStep::Renew) => "Improve and renew",
    }
}

/// What a step asks of the team, in the seeds' words.
pub fn cycle_step_asks(lang: Lang, step: CycleStep) -> &'static str {
    match (lang, step) {
        (Lang::Tr, CycleStep::Research) => {
            "Müşterilerin ihtiyaçlarını, beklentilerini ve memnuniyet düzeylerini araştırın: \
             anketler, görüşmeler, CRM ve çağrı merkezi kayıtları, web sitesi ziyaretleri."
        }
        (Lang::Tr, CycleStep::Map) => {
            "Müşterilerin işletmenizle olan etkileşimlerini haritalayın: her adımda neler \
             yaşadıklarını, ne hissettiklerini ve hangi noktalarda memnuniyetin artırılabileceğini."
        }
        (Lang::Tr, CycleStep::Strategy) => {
            "Müşteri memnuniyetini artırmak için alınacak aksiyonları ve hedefleri belirleyin: \
             içgörülerden önce neyi düzelteceğinizi seçin, her aksiyona bir sorumlu verin."
        }
        (Lang::Tr, CycleStep::Apply) => {
            "Stratejiyi uygulayın; müşterilerin deneyimlerini izleyin ve geri bildirimleri \
             toplayın: ölçümleri hedefleriyle karşılaştırın."
        }
        (Lang::Tr, CycleStep::Renew) => {
            "Geri bildirimleri analiz edin, deneyimi geliştirecek aksiyonları alın. Yolculuk \
             değiştiyse yeni bir harita yapmanın zamanı gelmiştir: bu turu kapatıp yenisine başlayın."
        }
        (_, CycleStep::Research) => {
            "Research your customers' needs, expectations and satisfaction: surveys, interviews, \
             CRM and call-centre records, web visits."
        }
        (_, CycleStep::Map) => {
            "Map how customers interact with you: what they live through at each step, how they \
             feel, and where their satisfaction can be raised."
        }
        (_, CycleStep::Strategy) => {
            "Set the actions and targets that will raise satisfaction: choose from the insights \
             what to fix first, and give each action an owner."
        }
        (_, CycleStep::Apply) => {
            "Carry out the strategy; follow customers' experience and collect feedback: compare \
             the metrics with their targets."
        }
        (_, CycleStep::Renew) => {
            "Analyse the feedback and take the actions that improve the experience. When the \
             journey has changed it is time for a new map: close this round and start the next."
        }
    }
}

/// How long ago the last research round was, in a sentence.
pub fn last_research_text(lang: Lang, last: Option<&LastResearch>, months: Option<u32>) -> String {
    let ago = |m: u32| match (lang, m) {
        (Lang::Tr, 0) => "bu ay".to_string(),
        (Lang::Tr, m) => format!("{m} ay önce"),
        (_, 0) => "this month".to_string(),
        (_, 1) => "1 month ago".to_string(),
        (_, m) => format!("{m} months ago"),
    };
    let when = months.map(ago).unwrap_or_default();
    match (lang, last) {
        (Lang::Tr, None) => "Henüz araştırma turu yok: ölçümlere tarih girin ya da turu \
                             yenileme adımında kapatın."
            .into(),
        (_, None) => {
            "No research round yet: date the metrics, or close a round at the renew step.".into()
        }
        (Lang::Tr, Some(LastResearch::Round { name, .. })) => {
            format!("Son araştırma turu: {when} ({name})")
        }
        (_, Some(LastResearch::Round { name, .. })) => {
            format!("Last research round: {when} ({name})")
        }
        (Lang::Tr, Some(LastResearch::Measured { .. })) => {
            format!("En yeni ölçüm: {when}")
        }
        (_, Some(LastResearch::Measured { .. })) => format!("Newest measurement: {when}"),
    }
}
