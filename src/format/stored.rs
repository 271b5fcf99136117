//! The storage form of a map: what goes into localStorage, not into files. It is a valid map file
//! (so `public/rescue.js`, older tabs and the load pipeline read it as one) written compactly: no
//! indentation and no field at its default value (a field left out is read back as that default,
//! since every record is `#[serde(default)]`). Two stamps ride along: the build that wrote it (an
//! older build never writes over a newer one) and the revisions it replaced (a tab can tell that
//! its own write was replaced by a tab that had not seen it).
use super::entry::LibraryEntry;
use super::revision::Revision;
use super::{FORMAT_NAME, FORMAT_VERSION};
use crate::model::{Action, Channel, ExitPoint, JourneyMap, Metric, PainPoint, Persona, Stage};
use crate::model::{EmotionScale, Touchpoint};
use serde::Deserialize;
use serde_json::{Map, Value};

/// This build's number, stamped in every stored map. Raise it whenever what a map can hold
/// changes (a field, an enum variant): a build never writes over a map stamped with a higher
/// number, because it would drop what it does not know (`tests/schema.rs` fails when the schema
/// changes and this number does not).
pub const BUILD: u64 = 2;

/// A map prepared for storage: its compact JSON, ready to be wrapped with the stamps at the moment
/// of writing (preparing is the long part; it happens in one task, the write in the next).
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// The map's library entry (its id, title and counts).
    pub entry: LibraryEntry,
    /// The map object as compact JSON, defaults left out.
    pub body: String,
}

/// How many earlier revisions a stored map names: enough for a tab that missed a few of another
/// tab's saves to still see that they came after its own (a longer gap reads as a lost write, which
/// asks the user: the safe side).
pub const LINEAGE: usize = 16;

/// The stamps read back from a stored text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stamp {
    /// The build that wrote it (1: before builds were stamped, or a file).
    pub build: u64,
    /// The file format version it declares.
    pub format_version: u64,
    /// The revisions this write replaced, newest first, as the writing tab saw them (empty: a new
    /// map, or an unstamped one).
    pub parents: Vec<Revision>,
}

impl Stamp {
    /// Whether a build newer than this one wrote the text (a higher build or format version).
    pub fn is_newer(&self) -> bool {
        self.build > BUILD || self.format_version > FORMAT_VERSION
    }

    /// The lineage a write replacing the text with this stamp and revision `rev` carries.
    pub fn lineage_after(&self, rev: Revision) -> Vec<Revision> {
        std::iter::once(rev)
            .chain(self.parents.iter().copied())
            .take(LINEAGE)
            .collect()
    }
}

/// Prepares `map` for storage.
pub fn prepare(map: &JourneyMap) -> Prepared {
    // Plain structs, strings, integers and finite floats always serialise.
    let mut value = serde_json::to_value(map).unwrap_or(Value::Null);
    compact_map(&mut value);
    Prepared {
        entry: LibraryEntry::of(map),
        body: value.to_string(),
    }
}

/// The stored text: the file envelope, both stamps, then the prepared map (last, so the stamps are
/// read without the map).
pub fn stored_text(prepared: &Prepared, parents: &[Revision]) -> String {
    let parents: Vec<String> = parents
        .iter()
        .map(|r| format!("\"{:016x}\"", r.0))
        .collect();
    format!(
        "{{\"format\":\"{FORMAT_NAME}\",\"formatVersion\":{FORMAT_VERSION},\"app\":{{\"name\":\
         \"patika\",\"version\":\"{}\",\"build\":{BUILD}}},\"parents\":[{}],\"map\":{}}}",
        env!("CARGO_PKG_VERSION"),
        parents.join(","),
        prepared.body
    )
}

#[derive(Deserialize, Default)]
struct StampApp {
    #[serde(default)]
    build: Option<u64>,
}

#[derive(Deserialize, Default)]
struct StampFields {
    #[serde(default)]
    app: Option<StampApp>,
    #[serde(default, rename = "formatVersion")]
    format_version: Option<u64>,
    #[serde(default)]
    parents: Vec<String>,
}

/// The stamps of a stored text (unstamped or unreadable text: build 1, no parents). The map itself
/// is skipped, not decoded.
pub fn stamp_of(text: &str) -> Stamp {
    let head = head_of(text);
    let fields: StampFields = serde_json::from_str(head.as_ref()).unwrap_or_default();
    Stamp {
        build: fields.app.and_then(|a| a.build).unwrap_or(1),
        format_version: fields.format_version.unwrap_or(FORMAT_VERSION),
        parents: fields
            .parents
            .iter()
            .filter_map(|p| u64::from_str_radix(p, 16).ok())
            .map(Revision)
            .collect(),
    }
}

/// The envelope without its `map`: stamped text puts `map` last, so the head is cut there; any
/// other text is scanned whole (serde skips the map without building it).
fn head_of(text: &str) -> std::borrow::Cow<'_, str> {
    match text.find(",\"map\":") {
        Some(at) if text.starts_with("{\"format\":") => format!("{}}}", &text[..at]).into(),
        _ => text.into(),
    }
}

/// Leaves out of a serialised map every field at its record type's default.
fn compact_map(map: &mut Value) {
    let Value::Object(fields) = map else {
        return;
    };
    for (list, default) in [
        ("personas", defaults(Persona::default())),
        ("stages", defaults(Stage::default())),
        ("channels", defaults(Channel::default())),
        ("actions", defaults(Action::default())),
    ] {
        for record in records(fields, list) {
            strip(record, &default);
        }
    }
    let touchpoint = defaults(Touchpoint::default());
    let pain = defaults(PainPoint::default());
    let metric = defaults(Metric::default());
    let exit = defaults(ExitPoint::default());
    for record in records(fields, "touchpoints") {
        for p in records(record, "painPoints") {
            strip(p, &pain);
        }
        for m in records(record, "metrics") {
            strip(m, &metric);
        }
        if let Some(Value::Object(e)) = record.get_mut("exitPoint") {
            strip(e, &exit);
        }
        strip(record, &touchpoint);
    }
    if let Some(Value::Object(scale)) = fields.get_mut("emotionScale") {
        strip(scale, &defaults(EmotionScale::default()));
    }
    strip(fields, &defaults(JourneyMap::default()));
}

/// A record type's default, serialised.
fn defaults(record: impl serde::Serialize) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// The objects in the array `fields[list]`.
fn records<'a>(
    fields: &'a mut Map<String, Value>,
    list: &str,
) -> impl Iterator<Item = &'a mut Map<String, Value>> {
    let items = match fields.get_mut(list) {
        Some(Value::Array(items)) => items.as_mut_slice(),
        _ => &mut [],
    };
    items.iter_mut().filter_map(|v| match v {
        Value::Object(m) => Some(m),
        _ => None,
    })
}

/// Removes the members equal to the default's (read back, a missing member is that default).
fn strip(record: &mut Map<String, Value>, default: &Map<String, Value>) {
    record.retain(|k, v| default.get(k) != Some(v));
}
