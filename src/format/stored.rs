//! The storage form of a map: what goes into localStorage, not into files. It is a valid map file
//! (so `public/rescue.js`, older tabs and the load pipeline read it as one) written compactly: no
//! indentation and no field at its default value (a field left out is read back as that default,
//! since every record is `#[serde(default)]`). Two stamps ride along: the build that wrote it (an
//! older build never writes over a newer one) and the revisions it replaced (a tab can tell that
//! its own write was replaced by a tab that had not seen it).
use super::entry::LibraryEntry;
use super::revision::Revision;
use super::tree::as_value;
use super::{FORMAT_NAME, FORMAT_VERSION};
use crate::model::{Action, Channel, ExitPoint, JourneyMap, Metric, PainPoint, Persona, Stage};
use crate::model::{EmotionScale, Touchpoint};
use serde_json::{Map, Value};

/// This build's number, stamped in every stored map. Raise it whenever what a map can hold
/// changes (a field, an enum variant): a build never writes over a map stamped with a higher
/// number, because it would drop what it does not know (`tests/schema.rs` fails when the schema
/// changes and this number does not).
pub const BUILD: u64 = 7;

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

/// Prepares `map` for storage. The map's id is written first, so a prepared map can take another
/// id without being decoded again (`Prepared::with_id`).
pub fn prepare(map: &JourneyMap) -> Prepared {
    let mut preparing = Preparing::new(map.clone());
    preparing.prepare_touchpoints(usize::MAX);
    preparing.finish()
}

/// A map being prepared for storage a slice of its touchpoints at a time: a big map's whole
/// preparation is one task longer than a frame (≈ 45 ms for a 1.2 MB map), its slices are not.
/// `prepare` is this, all at once, so both give the same text.
#[derive(Debug, Clone)]
pub struct Preparing {
    /// The map without its touchpoints.
    rest: JourneyMap,
    /// The map's touchpoints.
    touchpoints: Vec<Touchpoint>,
    /// How many of them are prepared.
    done: usize,
    /// The prepared ones' compact JSON, comma-separated.
    text: String,
    /// The whole map's library entry.
    entry: LibraryEntry,
}

impl Preparing {
    /// Starts preparing `map`.
    pub fn new(mut map: JourneyMap) -> Preparing {
        let entry = LibraryEntry::of(&map);
        let touchpoints = std::mem::take(&mut map.touchpoints);
        Preparing {
            rest: map,
            touchpoints,
            done: 0,
            text: String::new(),
            entry,
        }
    }

    /// Prepares up to `count` more touchpoints; whether all of them are prepared now.
    pub fn prepare_touchpoints(&mut self, count: usize) -> bool {
        let end = self.done.saturating_add(count).min(self.touchpoints.len());
        if let Value::Array(items) = as_value(&self.touchpoints[self.done..end]) {
            let defaults = TouchpointDefaults::new();
            for mut item in items {
                if let Value::Object(record) = &mut item {
                    defaults.strip(record);
                }
                if !self.text.is_empty() {
                    self.text.push(',');
                }
                self.text.push_str(&item.to_string());
            }
        }
        self.done = end;
        self.done == self.touchpoints.len()
    }

    /// The prepared map (touchpoints not yet prepared are prepared now). Its members are in the
    /// order of the JSON tree's (sorted) keys, the touchpoints at theirs, after the id.
    pub fn finish(mut self) -> Prepared {
        self.prepare_touchpoints(usize::MAX);
        let mut value = as_value(&self.rest);
        compact_map(&mut value);
        let Value::Object(mut fields) = value else {
            return prepare_tree(self.entry, Map::new(), &self.text);
        };
        fields.remove("id");
        if !self.touchpoints.is_empty() {
            // Its place among the keys; the prepared text goes there.
            fields.insert("touchpoints".into(), Value::Null);
        }
        prepare_tree(self.entry, fields, &self.text)
    }
}

/// The prepared map of `entry`'s map: its id, then `fields` with the prepared `touchpoints` text
/// in place of the member of that name.
fn prepare_tree(entry: LibraryEntry, fields: Map<String, Value>, touchpoints: &str) -> Prepared {
    let mut body = format!("{{\"id\":{}", Value::from(entry.id.as_str()));
    for (key, value) in &fields {
        body.push(',');
        body.push_str(&Value::from(key.as_str()).to_string());
        body.push(':');
        match key.as_str() {
            "touchpoints" => {
                body.push('[');
                body.push_str(touchpoints);
                body.push(']');
            }
            _ => body.push_str(&value.to_string()),
        }
    }
    body.push('}');
    Prepared { entry, body }
}

impl Prepared {
    /// The same map under the id `id` (an import gets a new id; a restored map whose id is taken
    /// by another map too): only the leading id changes, nothing is decoded.
    pub fn with_id(&self, id: &str) -> Prepared {
        let old = format!("{{\"id\":{}", Value::from(self.entry.id.as_str()));
        let rest = match self.body.strip_prefix(&old) {
            Some(rest) => rest.to_string(),
            // Not written by `prepare` (cannot happen): the members follow the new id.
            None => match self.body.strip_prefix('{').unwrap_or("}") {
                "}" => "}".to_string(),
                members => format!(",{members}"),
            },
        };
        let mut entry = self.entry.clone();
        entry.id = id.to_string();
        Prepared {
            entry,
            body: format!("{{\"id\":{}{rest}", Value::from(id)),
        }
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

/// Whether the stored text `stored` holds exactly the prepared map `prepared` (whatever its stamps):
/// a restored backup's map that is already stored is told without decoding either.
pub fn holds(stored: &str, prepared: &Prepared) -> bool {
    stored
        .strip_suffix('}')
        .and_then(|head| head.strip_suffix(prepared.body.as_str()))
        .is_some_and(|head| head.ends_with("\"map\":"))
}

/// The stamps of a stored text (unstamped or unreadable text: build 1, no parents). Read by a
/// small scanner of the envelope before `map` (Patika writes the stamps there), so neither the map
/// nor a decoder of their own is needed.
pub fn stamp_of(text: &str) -> Stamp {
    let head = head_of(text);
    Stamp {
        build: number_after(head, "\"build\"").unwrap_or(1),
        format_version: number_after(head, "\"formatVersion\"").unwrap_or(FORMAT_VERSION),
        parents: parents_in(head),
    }
}

/// The envelope before its `map` member (the whole text when there is none).
fn head_of(text: &str) -> &str {
    text.find("\"map\"").map_or(text, |at| &text[..at])
}

/// The whole number after `key` and its colon, if any.
fn number_after(head: &str, key: &str) -> Option<u64> {
    let rest = head[head.find(key)? + key.len()..].trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    rest[..digits].parse().ok()
}

/// The revisions listed in `"parents": [...]`.
fn parents_in(head: &str) -> Vec<Revision> {
    let Some(at) = head.find("\"parents\"") else {
        return Vec::new();
    };
    let rest = &head[at..];
    let list = rest
        .find('[')
        .zip(rest.find(']'))
        .filter(|(open, close)| open < close)
        .map_or("", |(open, close)| &rest[open + 1..close]);
    list.split(',')
        .filter_map(|p| u64::from_str_radix(p.trim().trim_matches('"'), 16).ok())
        .map(Revision)
        .collect()
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
        for (_, record) in objects(fields, list) {
            strip(record, &default);
        }
    }
    let touchpoint = TouchpointDefaults::new();
    for (_, record) in objects(fields, "touchpoints") {
        touchpoint.strip(record);
    }
    if let Some(Value::Object(scale)) = fields.get_mut("emotionScale") {
        strip(scale, &defaults(EmotionScale::default()));
    }
    strip(fields, &defaults(JourneyMap::default()));
}

/// The defaults of a touchpoint and of the records inside one, serialised.
struct TouchpointDefaults {
    touchpoint: Map<String, Value>,
    pain: Map<String, Value>,
    metric: Map<String, Value>,
    exit: Map<String, Value>,
}

impl TouchpointDefaults {
    fn new() -> TouchpointDefaults {
        TouchpointDefaults {
            touchpoint: defaults(Touchpoint::default()),
            pain: defaults(PainPoint::default()),
            metric: defaults(Metric::default()),
            exit: defaults(ExitPoint::default()),
        }
    }

    /// Leaves out of a serialised touchpoint every member at its default, in it and its records.
    fn strip(&self, record: &mut Map<String, Value>) {
        for (_, p) in objects(record, "painPoints") {
            strip(p, &self.pain);
        }
        for (_, m) in objects(record, "metrics") {
            strip(m, &self.metric);
        }
        if let Some(Value::Object(e)) = record.get_mut("exitPoint") {
            strip(e, &self.exit);
        }
        strip(record, &self.touchpoint);
    }
}

/// A record type's default, serialised.
fn defaults(record: impl serde::Serialize) -> Map<String, Value> {
    match as_value(&record) {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// The objects of the array `fields[list]`, numbered (fitting numbers and leaving out defaults
/// walk the same records).
pub(super) fn objects<'a>(
    fields: &'a mut Map<String, Value>,
    list: &str,
) -> impl Iterator<Item = (usize, &'a mut Map<String, Value>)> {
    let items = match fields.get_mut(list) {
        Some(Value::Array(items)) => items.as_mut_slice(),
        _ => &mut [],
    };
    items.iter_mut().enumerate().filter_map(|(i, v)| match v {
        Value::Object(m) => Some((i, m)),
        _ => None,
    })
}

/// Removes the members equal to the default's (read back, a missing member is that default).
fn strip(record: &mut Map<String, Value>, default: &Map<String, Value>) {
    record.retain(|k, v| default.get(k) != Some(v));
}

#[cfg(test)]
#[path = "stored_tests.rs"]
mod tests;
