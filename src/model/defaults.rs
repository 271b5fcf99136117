//! Starting content for maps, in the map's language: from the seeds, the four questions of the
//! journey and the channels customers use; and the names an import gives what its file left
//! unnamed. This is map content, not interface text: it is stored in the map.
use super::map::*;
use super::Lang;

/// A default channel: fixed id, kind, and its name in Turkish and English.
pub struct ChannelTemplate {
    /// Id used in new maps (unique within a map).
    pub id: &'static str,
    /// Channel family.
    pub kind: ChannelKind,
    /// Turkish name.
    pub tr: &'static str,
    /// English name.
    pub en: &'static str,
}

const CHANNELS: &[ChannelTemplate] = &[
    ChannelTemplate {
        id: "web",
        kind: ChannelKind::Digital,
        tr: "Web sitesi",
        en: "Web site",
    },
    ChannelTemplate {
        id: "app",
        kind: ChannelKind::Digital,
        tr: "Mobil uygulama",
        en: "Mobile app",
    },
    ChannelTemplate {
        id: "call-centre",
        kind: ChannelKind::Human,
        tr: "Çağrı merkezi",
        en: "Call centre",
    },
    ChannelTemplate {
        id: "store",
        kind: ChannelKind::Physical,
        tr: "Mağaza",
        en: "Store",
    },
    ChannelTemplate {
        id: "email",
        kind: ChannelKind::Digital,
        tr: "E-posta",
        en: "E-mail",
    },
    ChannelTemplate {
        id: "social",
        kind: ChannelKind::Digital,
        tr: "Sosyal medya",
        en: "Social media",
    },
    ChannelTemplate {
        id: "whatsapp",
        kind: ChannelKind::Digital,
        tr: "WhatsApp",
        en: "WhatsApp",
    },
    ChannelTemplate {
        id: "chat",
        kind: ChannelKind::Digital,
        tr: "Canlı destek / sohbet robotu",
        en: "Live chat / chatbot",
    },
    ChannelTemplate {
        id: "ads",
        kind: ChannelKind::Media,
        tr: "TV / reklam",
        en: "TV / ads",
    },
    ChannelTemplate {
        id: "wom",
        kind: ChannelKind::Media,
        tr: "Ağızdan ağıza",
        en: "Word of mouth",
    },
    ChannelTemplate {
        id: "invoice",
        kind: ChannelKind::Physical,
        tr: "Fatura",
        en: "Invoice / billing",
    },
    ChannelTemplate {
        id: "packaging",
        kind: ChannelKind::Physical,
        tr: "Ürün paketi",
        en: "Packaging",
    },
];

/// The default channel template with id `id`.
pub(super) fn channel_template(id: &str) -> Option<&'static ChannelTemplate> {
    CHANNELS.iter().find(|c| c.id == id)
}

/// The channels the seeds name, in the map's language.
pub fn default_channels(lang: Lang) -> Vec<Channel> {
    CHANNELS
        .iter()
        .map(|c| Channel {
            id: c.id.to_string(),
            name: pick(lang, c.tr, c.en).to_string(),
            kind: c.kind,
        })
        .collect()
}

/// The four stages of seed 004's questions: a problem, discovering the solution, deciding to buy,
/// meeting the company after buying.
pub fn default_stages(lang: Lang) -> Vec<Stage> {
    let names: [(&str, &str, &str); 4] = [
        ("problem", "Sorun", "Problem"),
        ("discovery", "Keşif", "Discovery"),
        ("decision", "Satın alma kararı", "Purchase decision"),
        ("after-purchase", "Satın alma sonrası", "After purchase"),
    ];
    names
        .iter()
        .map(|(id, tr, en)| Stage {
            id: id.to_string(),
            name: pick(lang, tr, en).to_string(),
            description: String::new(),
        })
        .collect()
}

/// A new map with the default stages, channels and one persona. `now` is an ISO 8601 timestamp.
pub fn new_map(id: &str, title: &str, lang: Lang, now: &str) -> JourneyMap {
    JourneyMap {
        id: id.to_string(),
        title: title.to_string(),
        language: lang.code().to_string(),
        personas: vec![Persona {
            id: "persona-1".into(),
            name: pick(lang, "Müşteri", "Customer").into(),
            ..Persona::default()
        }],
        stages: default_stages(lang),
        channels: default_channels(lang),
        created: now.to_string(),
        updated: now.to_string(),
        ..JourneyMap::default()
    }
}
/// The Turkish or the English of a piece of content.
fn pick(lang: Lang, tr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Tr => tr,
        Lang::En => en,
    }
}

/// The stage an import makes for what its file put in no stage ("Yolculuk", "Journey").
pub fn journey_stage_name(lang: Lang) -> &'static str {
    pick(lang, "Yolculuk", "Journey")
}

/// The name an import gives a stage its file left unnamed ("Aşama", "Stage").
pub fn unnamed_stage_name(lang: Lang) -> &'static str {
    pick(lang, "Aşama", "Stage")
}

/// The channel given to touchpoints when the file names none.
pub fn unspecified_channel(lang: Lang) -> Channel {
    let name = pick(lang, "Belirtilmemiş", "Unspecified");
    Channel {
        id: "unspecified".into(),
        name: name.into(),
        kind: ChannelKind::Digital,
    }
}

/// A copy of `map` as a new map: its own id, the title with `title_suffix` ("(kopya)", "— future
/// state"), created and updated now. Everything else, ids inside included, is kept.
pub fn copy_of(map: &JourneyMap, id: &str, title_suffix: &str, now: &str) -> JourneyMap {
    JourneyMap {
        id: id.to_string(),
        title: format!("{} {title_suffix}", map.title),
        created: now.to_string(),
        updated: now.to_string(),
        ..map.clone()
    }
}
