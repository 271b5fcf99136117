//! The template gallery's use cases: the sector templates (`public/templates/`, fetched when the
//! gallery opens, so they cost the first visit nothing) read through the load pipeline, and a new
//! map made from one.
use super::{AppState, Outcome};
use crate::i18n::Lang;
use crate::model::JourneyMap;
use crate::platform;
use serde::Deserialize;

/// One template of the gallery.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// Its id ("ecommerce").
    pub id: String,
    /// What it is about, in the interface language.
    pub summary: String,
    /// The map, read through the load pipeline.
    pub map: JourneyMap,
}

#[derive(Deserialize)]
struct Index {
    templates: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    summary: std::collections::BTreeMap<String, String>,
}

impl AppState {
    /// Fetches the templates in `lang` and gives each to `each` as it arrives, in the gallery's
    /// order; `failed` is called when the list cannot be fetched (offline on a first visit).
    pub fn load_templates(
        &self,
        lang: Lang,
        each: impl Fn(usize, Template) + Clone + 'static,
        failed: impl FnOnce() + 'static,
    ) {
        self.with_reader(move |app| app.fetch_templates(lang, each, failed));
    }

    fn fetch_templates(
        &self,
        lang: Lang,
        each: impl Fn(usize, Template) + Clone + 'static,
        failed: impl FnOnce() + 'static,
    ) {
        let app = *self;
        platform::files::fetch_text("public/templates/index.json", move |text| {
            let Some(index) = text.and_then(|t| serde_json::from_str::<Index>(&t).ok()) else {
                return failed();
            };
            let code = if lang == Lang::Tr { "tr" } else { "en" };
            for (i, e) in index.templates.into_iter().enumerate() {
                let each = each.clone();
                let summary = e.summary.get(code).cloned().unwrap_or_default();
                let url = format!("public/templates/{}.{code}.json", e.id);
                let id = e.id;
                platform::files::fetch_text(&url, move |text| {
                    // Through the same pipeline as any file: a broken template is left out.
                    if let Some(imported) = text.and_then(|t| app.read(t.as_bytes()).ok()) {
                        each(
                            i,
                            Template {
                                id,
                                summary,
                                map: imported.map,
                            },
                        );
                    }
                });
            }
        });
    }

    /// A new map from `template` (its own id and dates), stored and opened.
    pub fn create_from_template(&self, template: &JourneyMap) -> Outcome<String> {
        let now = platform::now_iso();
        let mut map = template.clone();
        map.id = platform::new_id();
        map.created = now.clone();
        map.updated = now;
        self.create_map(map)
    }
}
