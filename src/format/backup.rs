//! "Export all maps" as one backup file, and reading it back. Each map inside is a whole v1 map
//! file and is read through the same load pipeline as a file on its own: a broken map in a backup
//! is reported, the others are still restored.
use super::{export, import, scan, ImportError, Imported, MAX_DEPTH};
use crate::model::JourneyMap;
use serde::Deserialize;
use serde_json::value::RawValue;

/// The `format` of a backup file.
pub const BACKUP_FORMAT: &str = "patika.backup";
/// The backup file's version.
pub const BACKUP_VERSION: u64 = 1;

/// One backup file holding every map, each as its canonical map file. `exported` is the caller's
/// timestamp (the core never reads a clock).
pub fn export_backup(maps: &[JourneyMap], exported: &str) -> String {
    export_backup_with(maps, &[], exported)
}

/// A backup file with `maps` and, in an optional `snapshots` field older readers ignore, the
/// stored snapshot texts `snapshots` (`format::snapshots`), each a JSON object.
pub fn export_backup_with(maps: &[JourneyMap], snapshots: &[String], exported: &str) -> String {
    let mut out = String::new();
    out.push_str("{\n  \"format\": \"patika.backup\",\n  \"formatVersion\": 1,\n");
    out.push_str(&format!(
        "  \"exported\": {},\n  \"maps\": [",
        serde_json::Value::from(exported)
    ));
    for (i, m) in maps.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(export(m).trim_end());
    }
    out.push_str(if maps.is_empty() { "]" } else { "\n  ]" });
    let snapshots: Vec<&String> = snapshots
        .iter()
        .filter(|s| super::snapshots::snapshot_entry(s).is_some())
        .collect();
    if !snapshots.is_empty() {
        out.push_str(",\n  \"snapshots\": [");
        for (i, s) in snapshots.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            out.push_str(s);
        }
        out.push_str("\n  ]");
    }
    out.push_str("\n}\n");
    out
}

#[derive(Deserialize)]
struct WithSnapshots<'a> {
    #[serde(borrow, default)]
    snapshots: Vec<&'a RawValue>,
    #[serde(default)]
    keys: std::collections::BTreeMap<String, Option<String>>,
}

/// The snapshots a backup (its `snapshots` field) or rescue file (its snapshot keys) holds, as
/// stored texts: only those whose entry reads and whose map passes the load pipeline.
pub fn backup_snapshots(bytes: &[u8]) -> Vec<String> {
    let Ok(text) = super::text_of(bytes) else {
        return Vec::new();
    };
    let Ok(read) = serde_json::from_str::<WithSnapshots>(text) else {
        return Vec::new();
    };
    let rescued = read
        .keys
        .iter()
        .filter(|(k, _)| k.starts_with(super::snapshots::SNAPSHOT_PREFIX))
        .filter_map(|(_, v)| v.clone());
    read.snapshots
        .iter()
        .map(|raw| raw.get().to_string())
        .chain(rescued)
        .filter(|s| {
            super::snapshots::snapshot_entry(s).is_some()
                && super::snapshots::snapshot_map(s).is_ok()
        })
        .collect()
}

/// The `format` of the file `public/rescue.js` downloads when the app cannot start: every Patika
/// key with its stored text.
pub const RESCUE_FORMAT: &str = "patika.rescue";

#[derive(Deserialize)]
struct Backup<'a> {
    format: Option<String>,
    #[serde(rename = "formatVersion")]
    format_version: Option<u64>,
    #[serde(borrow, default)]
    maps: Vec<&'a RawValue>,
    /// A rescue file's keys and stored texts (`null` where a key could not be read).
    #[serde(default)]
    keys: std::collections::BTreeMap<String, Option<String>>,
}

/// Whether `bytes` look like a backup file (rather than a single map).
pub fn is_backup(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let head: String = text.chars().take(200).collect();
    head.contains("\"patika.backup\"") || head.contains("\"patika.rescue\"")
}

/// Reads a backup: the whole file must be a readable backup of a known version; then each map
/// goes through the map pipeline on its own (one result per map, in file order).
pub fn import_backup(bytes: &[u8]) -> Result<Vec<Result<Imported, ImportError>>, ImportError> {
    let text = super::text_of(bytes)?;
    scan::check_depth(text, MAX_DEPTH + 2)?;
    let backup: Backup = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }
        } else {
            ImportError::WrongFormat { found: None }
        }
    })?;
    if backup.format.as_deref() == Some(RESCUE_FORMAT) {
        return Ok(rescued_maps(&backup.keys));
    }
    if backup.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(ImportError::WrongFormat {
            found: backup.format,
        });
    }
    match backup.format_version {
        Some(BACKUP_VERSION) => {}
        Some(v) if v > BACKUP_VERSION => {
            return Err(ImportError::NewerVersion {
                found: v,
                supported: BACKUP_VERSION,
            })
        }
        _ => {
            return Err(ImportError::InvalidField {
                path: "$.formatVersion".into(),
                message: "expected 1".into(),
            })
        }
    }
    Ok(backup
        .maps
        .iter()
        .map(|raw| import(raw.get().as_bytes()))
        .collect())
}

/// The maps of a rescue file: every map key, and every quarantined copy of one (the user may want
/// it back once this build can read it), each through the map pipeline on its own.
fn rescued_maps(
    keys: &std::collections::BTreeMap<String, Option<String>>,
) -> Vec<Result<Imported, ImportError>> {
    let quarantined_map = format!(
        "{}{}",
        super::keys::QUARANTINE_PREFIX,
        super::keys::MAP_PREFIX
    );
    keys.iter()
        .filter(|(k, _)| k.starts_with(super::keys::MAP_PREFIX) || k.starts_with(&quarantined_map))
        .map(|(_, text)| match text {
            Some(text) => import(text.as_bytes()),
            None => Err(ImportError::WrongFormat { found: None }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::new_map;
    use crate::model::Lang;

    #[test]
    fn a_backup_round_trips_every_map() {
        let a = new_map("a", "Birinci", Lang::Tr, "2026-01-01T00:00:00Z");
        let b = new_map("b", "Second \"quoted\"", Lang::En, "2026-01-02T00:00:00Z");
        let text = export_backup(&[a.clone(), b.clone()], "2026-11-24T10:00:00Z");
        assert!(is_backup(text.as_bytes()));
        let back = import_backup(text.as_bytes()).expect("backup");
        let maps: Vec<JourneyMap> = back.into_iter().map(|r| r.expect("map").map).collect();
        assert_eq!(maps, vec![a, b]);
        assert_eq!(
            import_backup(export_backup(&[], "t").as_bytes()).expect("empty"),
            vec![]
        );
    }

    #[test]
    fn one_broken_map_does_not_stop_the_others() {
        let a = new_map("a", "A", Lang::En, "2026-01-01T00:00:00Z");
        let text = export_backup(std::slice::from_ref(&a), "t").replace(
            "\"maps\": [",
            "\"maps\": [{\"format\": \"patika.journey-map\", \"formatVersion\": 99, \"map\": {}},",
        );
        let back = import_backup(text.as_bytes()).expect("backup");
        assert!(matches!(
            back[0],
            Err(ImportError::NewerVersion { found: 99, .. })
        ));
        assert_eq!(back[1].as_ref().expect("second").map, a);
    }

    #[test]
    fn a_rescue_download_restores_every_map_in_it() {
        let a = new_map("a", "Kurtarılan", Lang::Tr, "2026-01-01T00:00:00Z");
        let b = new_map("b", "Second", Lang::En, "2026-01-02T00:00:00Z");
        let stored = super::super::stored::stored_text(&super::super::prepare(&a), &[]);
        // As `public/rescue.js` writes it: JSON.stringify of every Patika key, two spaces.
        let keys = serde_json::json!({
            "patika:index": "{\"format\":\"patika.library-index\",\"maps\":[]}",
            "patika:ui-language": "\"tr\"",
            "patika:map:a": stored,
            "patika:quarantine:patika:map:b": export(&b),
            "patika:quarantine:patika:map:c": "{broken",
        });
        let file = serde_json::to_string_pretty(&serde_json::json!({
            "format": "patika.rescue", "exported": "2026-12-01T10:00:00Z", "keys": keys,
        }))
        .unwrap();
        assert!(is_backup(file.as_bytes()));
        let back = import_backup(file.as_bytes()).expect("a rescue file is a backup");
        assert_eq!(
            back.len(),
            3,
            "maps and quarantined maps, not the index or the language"
        );
        assert_eq!(back[0].as_ref().expect("a").map, a);
        assert_eq!(back[1].as_ref().expect("b").map, b);
        assert!(back[2].is_err());
    }

    #[test]
    fn a_map_file_or_a_newer_backup_is_not_restored() {
        let a = new_map("a", "A", Lang::En, "2026-01-01T00:00:00Z");
        assert!(!is_backup(export(&a).as_bytes()));
        assert!(matches!(
            import_backup(export(&a).as_bytes()),
            Err(ImportError::WrongFormat { .. })
        ));
        let newer = "{\"format\": \"patika.backup\", \"formatVersion\": 2, \"maps\": []}";
        assert!(matches!(
            import_backup(newer.as_bytes()),
            Err(ImportError::NewerVersion { found: 2, .. })
        ));
        assert!(matches!(
            import_backup(b"{nope"),
            Err(ImportError::NotJson { .. })
        ));
    }
}
