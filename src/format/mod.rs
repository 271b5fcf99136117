//! The file format: the v1 envelope, canonical export, and the one load pipeline every map goes
//! through (size → UTF-8 → depth-limited parse → format/version gate → migrations → typed decode →
//! validation and repair).
pub mod backup;
mod entry;
mod error;
pub mod exchange;
mod fit;
#[cfg(not(target_arch = "wasm32"))]
pub mod invariants;
mod jsonpath;
pub mod keys;
pub mod library;
mod migrate;
pub mod read_ahead;
mod repair;
mod repair_metrics;
mod revision;
mod scan;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod share;
pub mod snapshots;
mod store;
pub mod stored;
pub mod tree;

pub use backup::{export_backup, import_backup, is_backup};
pub use error::ImportError;
pub use library::{
    follow, site_units, storage_percent, storage_units, Follow, KvStore, Library, LibraryEntry,
    LibraryProblem, LoadError, MemoryStore, Revision, StoreError, StoredState,
    STORAGE_BUDGET_UNITS, STORAGE_WARN_SHARE,
};
pub use repair::{repair, RepairDetail, RepairKind, RepairNote, RepairReport};
pub use store::escape_lone_surrogates;
pub use stored::{prepare, Prepared};

use crate::model::JourneyMap;
use serde::Serialize;
use serde_json::Value;

/// The `format` field of every Patika map file.
pub const FORMAT_NAME: &str = "patika.journey-map";
/// The format version this build writes; it reads this one and every older one.
pub const FORMAT_VERSION: u64 = 2;
/// Largest file accepted (bytes). Above the browser's storage budget, below what freezes a tab.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;
/// Deepest JSON nesting accepted; a v1 map needs about 8.
pub const MAX_DEPTH: usize = 64;
/// Most touchpoints (and actions) in a map.
pub const MAX_RECORDS: usize = 20_000;
/// Most stages and most channels in a map: a journey has a handful; each is a column or row the
/// editor draws at once (1,000 empty stages took one 539 ms task to show, 100 took 137 ms).
pub const MAX_STAGES: usize = 100;
/// Most personas in a map: each is a line on the curve and a column of emotions.
pub const MAX_PERSONAS: usize = 20;
/// Longest text field kept (characters); longer text is cut and reported.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// A successfully read map and what was repaired on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The map, valid and ready to use.
    pub map: JourneyMap,
    /// What validation changed; empty when the file was clean.
    pub report: RepairReport,
    /// The format version the file was written in (older ones were migrated).
    pub from_version: u64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AppInfo<'a> {
    name: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<'a> {
    format: &'a str,
    format_version: u64,
    app: AppInfo<'a>,
    map: &'a JourneyMap,
}

/// The canonical export: pretty JSON, stable key order, trailing newline. Equal maps give
/// byte-identical text, so Git diffs of two versions are readable.
pub fn export(map: &JourneyMap) -> String {
    let env = Envelope {
        format: FORMAT_NAME,
        format_version: FORMAT_VERSION,
        app: AppInfo {
            name: "patika",
            version: env!("CARGO_PKG_VERSION"),
        },
        map,
    };
    // Serialising plain structs, strings, integers and finite floats cannot fail.
    let mut s = serde_json::to_string_pretty(&env).unwrap_or_default();
    s.push('\n');
    s
}

/// The envelope's fields, with the map left as unparsed text so the current format decodes the map
/// once, straight from the text (no intermediate JSON tree).
#[derive(serde::Deserialize)]
struct Header<'a> {
    #[serde(default)]
    format: Option<Value>,
    #[serde(rename = "formatVersion", default)]
    format_version: Option<Value>,
    #[serde(borrow, default)]
    map: Option<&'a serde_json::value::RawValue>,
}

/// A whole file of the current version, decoded in one pass. The envelope's fields come before
/// the map in every file Patika writes, and a wrong name or version stops the decoder right there
/// (an older file does not decode its whole map only to be turned away).
#[derive(serde::Deserialize)]
struct CurrentFile {
    #[serde(rename = "format", deserialize_with = "current_name")]
    _format: (),
    #[serde(rename = "formatVersion", deserialize_with = "current_version")]
    _format_version: (),
    map: JourneyMap,
}

fn current_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    let name = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
    match name == FORMAT_NAME {
        true => Ok(()),
        false => Err(serde::de::Error::custom("not the current format")),
    }
}

fn current_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    match <u64 as serde::Deserialize>::deserialize(d)? == FORMAT_VERSION {
        true => Ok(()),
        false => Err(serde::de::Error::custom("not the current version")),
    }
}

/// The first steps of every load: the size limit, then UTF-8 text (a byte-order mark dropped).
fn text_of(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Reads a map file (or stored entry) through the whole load pipeline. Never returns a half-read map.
pub fn import(bytes: &[u8]) -> Result<Imported, ImportError> {
    let text = text_of(bytes)?;
    scan::check_depth(text, MAX_DEPTH)?;
    // Fast path, one pass over the text: a current-version Patika file that decodes as a whole.
    // Anything else (older, newer, foreign, broken) takes the careful path below, which gates the
    // version before decoding and names the place of an error.
    if let Ok(file) = serde_json::from_str::<CurrentFile>(text) {
        let mut map = file.map;
        check_counts(&map)?;
        let report = repair(&mut map);
        return Ok(Imported {
            map,
            report,
            from_version: FORMAT_VERSION,
        });
    }
    let header: Header = match serde_json::from_str(text) {
        Ok(h) => h,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(ImportError::NotJson {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            })
        }
        // Valid JSON of another shape (an array, a number…): not a Patika file.
        Err(_) => return Err(ImportError::WrongFormat { found: None }),
    };
    let version = gate(header.format.as_ref(), header.format_version.as_ref())?;
    let map_text = match header.map {
        Some(raw) => raw.get(),
        None => {
            return Err(ImportError::InvalidField {
                path: "$.map".into(),
                message: "missing".into(),
            })
        }
    };
    let migrated;
    let map_text = if version == FORMAT_VERSION {
        map_text
    } else {
        // Older files go through the migration chain on a JSON tree, then back to text, so there
        // is one typed decoder (it is the biggest code in the app).
        let mut value: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(e) => {
                // Valid JSON the tree cannot hold (a number past a double): the typed decoder
                // names where it is.
                decode(map_text)?;
                return Err(ImportError::NotJson {
                    line: e.line(),
                    column: e.column(),
                    message: e.to_string(),
                });
            }
        };
        migrate::migrate(&mut value, version)?;
        migrated = value.get("map").map(Value::to_string).unwrap_or_default();
        &migrated
    };
    let (mut map, fitted) = match decode(map_text) {
        Ok(map) => (map, Vec::new()),
        // Numbers out of their type's range are fitted and reported rather than refusing the file.
        Err(error) => {
            let Ok(mut value) = serde_json::from_str::<Value>(map_text) else {
                return Err(error);
            };
            let fitted = fit::fit_numbers(&mut value);
            if fitted.is_empty() {
                return Err(error);
            }
            (decode(&value.to_string())?, fitted)
        }
    };
    check_counts(&map)?;
    let mut report = repair(&mut map);
    fit::merge(fitted, &mut report);
    Ok(Imported {
        map,
        report,
        from_version: version,
    })
}

/// Typed decode of the map; errors name the JSON path of the offending value.
fn decode(text: &str) -> Result<JourneyMap, ImportError> {
    serde_json::from_str(text).map_err(|e| {
        let path = jsonpath::path_at(
            text,
            jsonpath::offset_of(text, e.line(), e.column()),
            "$.map",
        );
        let message = e.to_string();
        // serde_json appends the position; the path says it better.
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        ImportError::InvalidField { path, message }
    })
}

/// The format and version gate: a file that is not Patika's, or newer than this build, is refused.
fn gate(format: Option<&Value>, format_version: Option<&Value>) -> Result<u64, ImportError> {
    match format.and_then(Value::as_str) {
        Some(FORMAT_NAME) => {}
        other => {
            return Err(ImportError::WrongFormat {
                found: other.map(str::to_string),
            })
        }
    }
    let version =
        format_version
            .and_then(Value::as_u64)
            .ok_or_else(|| ImportError::InvalidField {
                path: "$.formatVersion".into(),
                message: "expected a whole number".into(),
            })?;
    if version > FORMAT_VERSION {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    if version == 0 {
        return Err(ImportError::InvalidField {
            path: "$.formatVersion".into(),
            message: "versions start at 1".into(),
        });
    }
    Ok(version)
}

/// The record limits (`MAX_RECORDS` of each kind), checked before anything is written or decoded
/// further.
pub fn check_counts(map: &JourneyMap) -> Result<(), ImportError> {
    let counts = [
        ("personas", map.personas.len(), MAX_PERSONAS),
        ("stages", map.stages.len(), MAX_STAGES),
        ("channels", map.channels.len(), MAX_STAGES),
        ("touchpoints", map.touchpoints.len(), MAX_RECORDS),
        ("actions", map.actions.len(), MAX_RECORDS),
    ];
    for (what, count, limit) in counts {
        if count > limit {
            return Err(ImportError::TooMany {
                what: what.to_string(),
                count,
                limit,
            });
        }
    }
    Ok(())
}
