//! The guided start's content and its one change. Seed 004: "Kendinizi müşterinin yerine koyun"
//! — where do you go, and how do you get there, when you have a problem to solve, when you
//! discover what solves it, when you decide to buy, and when you meet the company after buying?
//! Each question has its stage and a checklist of the touchpoints the seeds name; what is ticked
//! (and what the user types) becomes touchpoints on matching channels, with the answers to seed
//! 001's "assess each step" — how the customer feels, how they should feel, where it can improve —
//! all as one undoable change. Map content, in the map's language.
use super::defaults::ChannelTemplate;
use super::{search_fold, Channel, ChannelKind, Command, Id, JourneyMap, Lang, Stage, Touchpoint};

/// One of the four questions.
pub struct Question {
    /// The id of its stage in a new map (`defaults::default_stages`).
    pub stage: &'static str,
    /// The stage's name, Turkish and English.
    pub name: (&'static str, &'static str),
    /// "When …": the moment the question asks about, Turkish and English.
    pub when: (&'static str, &'static str),
}

/// The four questions, in journey order.
pub const QUESTIONS: [Question; 4] = [
    Question {
        stage: "problem",
        name: ("Sorun", "Problem"),
        when: (
            "Çözülmesi gereken bir sorununuz olduğunda",
            "When you have a problem to solve",
        ),
    },
    Question {
        stage: "discovery",
        name: ("Keşif", "Discovery"),
        when: (
            "Sorunu çözecek ürün veya şirketi keşfettiğinizde",
            "When you discover the product or company that solves it",
        ),
    },
    Question {
        stage: "decision",
        name: ("Satın alma kararı", "Purchase decision"),
        when: ("Satın alma kararı verdiğinizde", "When you decide to buy"),
    },
    Question {
        stage: "after-purchase",
        name: ("Satın alma sonrası", "After purchase"),
        when: (
            "Şirketle satın alma kararından sonra karşılaştığınızda",
            "When you meet the company after buying",
        ),
    },
];

/// One item of the touchpoint checklist.
pub struct ChecklistItem {
    /// Its key, unique in the checklist.
    pub key: &'static str,
    /// Which question (0–3) it answers.
    pub question: usize,
    /// The channel it happens on (a channel template's id).
    pub channel: &'static str,
    /// Its name, Turkish and English.
    pub name: (&'static str, &'static str),
}

const fn item(
    key: &'static str,
    question: usize,
    channel: &'static str,
    tr: &'static str,
    en: &'static str,
) -> ChecklistItem {
    ChecklistItem {
        key,
        question,
        channel,
        name: (tr, en),
    }
}

/// The touchpoints the seeds name, by question.
pub const CHECKLIST: &[ChecklistItem] = &[
    item("search", 0, "search", "İnternette arar", "Searches online"),
    item("tv", 0, "ads", "TV reklamını görür", "Sees a TV spot"),
    item(
        "social-post",
        0,
        "social",
        "Sosyal medya gönderisi görür",
        "Sees a social post",
    ),
    item("friend", 0, "wom", "Tanıdığına sorar", "Asks a friend"),
    item(
        "reviews",
        1,
        "reviews",
        "Değerlendirme ve yorumları okur",
        "Reads reviews and ratings",
    ),
    item(
        "website",
        1,
        "web",
        "Web sitesini ziyaret eder",
        "Visits the web site",
    ),
    item(
        "campaign",
        1,
        "social",
        "Kampanyayı görür",
        "Sees a campaign",
    ),
    item(
        "app",
        1,
        "app",
        "Mobil uygulamayı indirir",
        "Downloads the mobile app",
    ),
    item(
        "store-visit",
        1,
        "store",
        "Mağazaya gelir: tabela ve otopark",
        "Comes to the store: signs and parking",
    ),
    item(
        "ask-chat",
        1,
        "chat",
        "Canlı destekten ya da sohbet robotundan bilgi alır",
        "Asks live chat or the chatbot",
    ),
    item(
        "order-web",
        2,
        "web",
        "Web sitesinden satın alır",
        "Buys on the web site",
    ),
    item(
        "order-store",
        2,
        "store",
        "Mağazadan satın alır",
        "Buys in the store",
    ),
    item(
        "call-sales",
        2,
        "call-centre",
        "Çağrı merkezini arar",
        "Calls the call centre",
    ),
    item(
        "whatsapp",
        2,
        "whatsapp",
        "WhatsApp'tan yazar",
        "Writes on WhatsApp",
    ),
    item(
        "confirmation",
        2,
        "email",
        "Onay e-postasını alır",
        "Receives the confirmation e-mail",
    ),
    item(
        "delivery",
        3,
        "delivery",
        "Kargoyu teslim alır",
        "Receives the delivery",
    ),
    item(
        "packaging",
        3,
        "packaging",
        "Ürün paketini açar",
        "Opens the packaging",
    ),
    item(
        "invoice",
        3,
        "invoice",
        "Faturayı inceler",
        "Reads the invoice",
    ),
    item(
        "support-call",
        3,
        "call-centre",
        "Destek için arar",
        "Calls for support",
    ),
    item(
        "support-chat",
        3,
        "chat",
        "Canlı destekte soru sorar",
        "Asks in live chat",
    ),
    item("returns", 3, "web", "İade ister", "Asks for a return"),
    item(
        "survey",
        3,
        "email",
        "Memnuniyet anketini yanıtlar",
        "Answers a satisfaction survey",
    ),
];

/// Channels the checklist uses that a new map's defaults do not have.
const EXTRA_CHANNELS: &[ChannelTemplate] = &[
    ChannelTemplate {
        id: "search",
        kind: ChannelKind::Digital,
        tr: "Google arama",
        en: "Search engine",
    },
    ChannelTemplate {
        id: "reviews",
        kind: ChannelKind::Digital,
        tr: "Yorum siteleri",
        en: "Review sites",
    },
    ChannelTemplate {
        id: "delivery",
        kind: ChannelKind::Physical,
        tr: "Kargo",
        en: "Delivery",
    },
];

/// A touchpoint the guided start will add: a checklist item or the user's own, and the answers
/// to "assess each step".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GuidedTouchpoint {
    /// Which question (0–3).
    pub question: usize,
    /// Its name (a checklist item's, or typed).
    pub name: String,
    /// Its channel: a channel template's id, or a typed channel name.
    pub channel: String,
    /// How the customer feels here, on the map's scale (not asked: `None`).
    pub feels: Option<i8>,
    /// How they should feel: what they expect here.
    pub should_feel: String,
    /// Where it can improve.
    pub improve: String,
}

impl GuidedTouchpoint {
    /// The checklist item `item` in `lang`.
    pub fn from_item(item: &ChecklistItem, lang: Lang) -> GuidedTouchpoint {
        GuidedTouchpoint {
            question: item.question,
            name: pick(lang, item.name).to_string(),
            channel: item.channel.to_string(),
            ..GuidedTouchpoint::default()
        }
    }
}

/// The Turkish or the English of a pair of words (the questions', the checklist's).
pub fn pick(lang: Lang, words: (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Tr => words.0,
        Lang::En => words.1,
    }
}

/// The one change that puts `chosen` on `map`: each on its question's stage (the map's stage with
/// that id or name, else a new one) and channel (the map's with that template id or name, else a
/// new one), in the order given, the persona's emotion set where answered. `new_id` makes ids.
/// `None` when nothing was chosen.
pub fn guided_start(
    map: &JourneyMap,
    chosen: &[GuidedTouchpoint],
    lang: Lang,
    mut new_id: impl FnMut() -> Id,
) -> Option<Command> {
    let named = chosen.iter().filter(|c| !c.name.trim().is_empty());
    let mut stages: Vec<Stage> = map.stages.clone();
    let mut channels: Vec<Channel> = map.channels.clone();
    let mut steps = Vec::new();
    let persona = map.personas.first().map(|p| p.id.clone());
    let mut index = map.touchpoints.len();
    for c in named {
        let q = &QUESTIONS[c.question.min(3)];
        let stage_name = pick(lang, q.name);
        let stage = match stages
            .iter()
            .find(|s| s.id == q.stage || search_fold(&s.name) == search_fold(stage_name))
        {
            Some(s) => s.id.clone(),
            None => {
                let s = Stage {
                    id: new_id(),
                    name: stage_name.to_string(),
                    description: String::new(),
                };
                steps.push(Command::AddStage {
                    stage: s.clone(),
                    index: stages.len(),
                });
                stages.push(s.clone());
                s.id
            }
        };
        let channel = channel_for(&mut channels, &mut steps, &c.channel, lang, &mut new_id);
        let mut t = Touchpoint {
            id: new_id(),
            stage,
            channel,
            name: c.name.trim().to_string(),
            expectation: c.should_feel.trim().to_string(),
            ..Touchpoint::default()
        };
        if let (Some(p), Some(v)) = (&persona, c.feels) {
            let v = v.clamp(map.emotion_scale.min, map.emotion_scale.max);
            t.emotions.insert(p.clone(), v);
        }
        if !c.improve.trim().is_empty() {
            t.opportunities.push(c.improve.trim().to_string());
        }
        steps.push(Command::AddTouchpoint {
            touchpoint: t,
            index,
        });
        index += 1;
    }
    (!steps.is_empty()).then_some(Command::Batch(steps))
}

/// The id of the channel `wanted` names (a template id or a typed name), adding it when the map
/// lacks it.
fn channel_for(
    channels: &mut Vec<Channel>,
    steps: &mut Vec<Command>,
    wanted: &str,
    lang: Lang,
    new_id: &mut impl FnMut() -> Id,
) -> Id {
    let template = super::defaults::channel_template(wanted)
        .or_else(|| EXTRA_CHANNELS.iter().find(|t| t.id == wanted));
    let name = template.map_or(wanted.trim(), |t| pick(lang, (t.tr, t.en)));
    let name = if name.is_empty() {
        pick(lang, ("Belirtilmemiş", "Unspecified"))
    } else {
        name
    };
    if let Some(c) = channels.iter().find(|c| {
        template.is_some_and(|t| t.id == c.id) || search_fold(&c.name) == search_fold(name)
    }) {
        return c.id.clone();
    }
    let id = match template {
        Some(t) if channels.iter().all(|c| c.id != t.id) => t.id.to_string(),
        _ => new_id(),
    };
    let channel = Channel {
        id: id.clone(),
        name: name.to_string(),
        kind: template.map_or(ChannelKind::Digital, |t| t.kind),
    };
    steps.push(Command::AddChannel {
        channel: channel.clone(),
        index: channels.len(),
    });
    channels.push(channel);
    id
}
