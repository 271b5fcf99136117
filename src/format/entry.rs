//! The library index: one entry per stored map (title, counts, when it changed and was last
//! exported), stored under one key so the library lists maps without reading them.
use crate::model::calendar::iso_day;
use crate::model::JourneyMap;
use serde::{Deserialize, Serialize};

/// One map as listed in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LibraryEntry {
    /// Map id.
    pub id: String,
    /// Map title.
    pub title: String,
    /// Last change (ISO 8601).
    pub updated: String,
    /// Number of stages.
    pub stages: usize,
    /// Number of touchpoints.
    pub touchpoints: usize,
    /// When the map was last exported as a JSON file or backup (ISO 8601), if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_exported: Option<String>,
    /// The build that last stored the map (`stored::BUILD`; 1 before builds were stamped): a map
    /// stored by a newer build is listed and shown, never written over by an older one.
    #[serde(default = "first_build")]
    pub build: u64,
}

fn first_build() -> u64 {
    1
}

/// Days after which a map changed since its last export (or never exported) gets a reminder.
pub const EXPORT_REMINDER_DAYS: i64 = 14;

impl LibraryEntry {
    /// Whether to remind the user to keep a copy: changed since the last export (or never
    /// exported), and that copy (or the map's last change) is at least `EXPORT_REMINDER_DAYS` old.
    pub fn needs_export_reminder(&self, now: &str) -> bool {
        let since = self
            .last_exported
            .as_deref()
            .unwrap_or(self.updated.as_str());
        let changed_after = self
            .last_exported
            .as_deref()
            .is_none_or(|e| self.updated.as_str() > e);
        let age = iso_day(now).zip(iso_day(since)).map(|(n, s)| n - s);
        changed_after && age.is_some_and(|d| d >= EXPORT_REMINDER_DAYS)
    }
}

impl LibraryEntry {
    /// The entry describing `map`.
    pub fn of(map: &JourneyMap) -> Self {
        LibraryEntry {
            id: map.id.clone(),
            title: map.title.clone(),
            updated: map.updated.clone(),
            stages: map.stages.len(),
            touchpoints: map.touchpoints.len(),
            last_exported: None,
            build: super::stored::BUILD,
        }
    }

    /// Whether a newer build than this one stored the map (this build shows it read-only).
    pub fn is_newer(&self) -> bool {
        self.build > super::stored::BUILD
    }

    /// The entry of a stored text this build may not be able to decode (a newer build's, an
    /// unreadable one): title and counts read leniently, whatever else the map holds.
    pub fn peek(id: &str, text: &str) -> LibraryEntry {
        // Through the JSON tree every load can already build (no decoder of its own in the wasm).
        let file: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        let map = &file["map"];
        let text_of = |k: &str| map[k].as_str().unwrap_or_default().to_string();
        let count = |k: &str| map[k].as_array().map_or(0, Vec::len);
        LibraryEntry {
            id: id.to_string(),
            title: text_of("title"),
            updated: text_of("updated"),
            stages: count("stages"),
            touchpoints: count("touchpoints"),
            last_exported: None,
            build: super::stored::stamp_of(text).build,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Index {
    pub(super) format: String,
    pub(super) format_version: u64,
    pub(super) maps: Vec<LibraryEntry>,
}

pub(super) const INDEX_FORMAT: &str = "patika.library-index";

/// An index text's entries; `None` when there is none or it is not a readable index.
pub(super) fn parse_index(text: Option<&str>) -> Option<Vec<LibraryEntry>> {
    match serde_json::from_str::<Index>(text?) {
        Ok(ix) if ix.format == INDEX_FORMAT => Some(ix.maps),
        _ => None,
    }
}
