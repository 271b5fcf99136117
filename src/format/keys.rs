//! Storage keys as data: one key per map, an index key, quarantine keys.

/// Prefix of every key Patika writes.
pub const PREFIX: &str = "patika:";
/// The library index (list of maps with titles), written after the maps.
pub const INDEX: &str = "patika:index";
/// The interface language the user chose.
pub const UI_LANGUAGE: &str = "patika:ui-language";
/// Set once the user has dismissed the first screen's "what is a journey map" panel.
pub const WELCOME_DISMISSED: &str = "patika:welcome-dismissed";
/// Prefix of map keys.
pub const MAP_PREFIX: &str = "patika:map:";
/// Prefix of quarantined (unreadable) entries, followed by the original key.
pub const QUARANTINE_PREFIX: &str = "patika:quarantine:";

/// The key a map is stored under.
pub fn map_key(id: &str) -> String {
    format!("{MAP_PREFIX}{id}")
}

/// The map id of a map key.
pub fn map_id(key: &str) -> Option<&str> {
    key.strip_prefix(MAP_PREFIX)
}

/// Where unreadable data from `key` is kept.
pub fn quarantine_key(key: &str) -> String {
    format!("{QUARANTINE_PREFIX}{key}")
}
