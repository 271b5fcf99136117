//! The JSON Schema of format v2, generated from the Rust types (native builds only: the app does
//! not carry schemars). Shipped at `public/schema/` beside the v1 schema (kept for v1 files); a
//! test fails when code and schema drift.
use crate::model::JourneyMap;
use schemars::JsonSchema;

/// Who wrote the file.
#[allow(dead_code)]
#[derive(JsonSchema)]
struct App {
    /// "patika".
    name: String,
    /// The app version that wrote the file.
    version: String,
}

/// A Patika journey map file (format version 2).
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(title = "Patika journey map, format v2")]
struct MapFile {
    /// Always "patika.journey-map".
    #[schemars(regex(pattern = r"^patika\.journey-map$"))]
    format: String,
    /// The format version: 2.
    #[serde(rename = "formatVersion")]
    #[schemars(range(min = 2, max = 2))]
    format_version: u64,
    /// The app that wrote the file.
    app: Option<App>,
    /// The map.
    map: JourneyMap,
}

/// Where the schema is published, relative to the site root.
pub const SCHEMA_PATH: &str = "public/schema/patika-map-v2.schema.json";

/// The schema as pretty JSON with a trailing newline.
pub fn json_schema() -> String {
    let mut s = serde_json::to_string_pretty(&schemars::schema_for!(MapFile)).unwrap_or_default();
    s.push('\n');
    s
}
