//! The import worker's job and what crosses back to the page. Reading a big file (decode, repair,
//! preparing the storage form) takes longer than a page may freeze, so it happens in a Web Worker;
//! the page only stores what comes back.
//!
//! What crosses: the reply as one small JSON record, and each prepared map's body (the storage
//! form, already compact JSON) as a string of its own beside it, never escaped into the record.
use super::read::read_file;
use super::Note;
use crate::format::{import_backup, is_backup, prepare, ImportError, Prepared};
use crate::format::{LibraryEntry, RepairReport};
use crate::model::Lang;
use serde::{Deserialize, Serialize};

/// What the worker says about one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// A map file (Patika, CSV, CJML or Mermaid) read and prepared for storage; its body is the
    /// first body beside the reply.
    Map {
        /// The map's library entry (its id is the file's; the page gives it a new one).
        entry: LibraryEntry,
        /// What validation repaired.
        report: RepairReport,
        /// What the conversion could not carry or had to guess.
        notes: Vec<Note>,
    },
    /// A backup or rescue file: each map in file order, read and prepared (bodies beside the
    /// reply, in the same order, one per readable map) or why it could not be read.
    Backup {
        /// Per map: its entry, or why it could not be read.
        maps: Vec<Result<LibraryEntry, ImportError>>,
        /// The readable snapshots it carries, as stored texts (`format::snapshots`).
        #[serde(default)]
        snapshots: Vec<String>,
    },
    /// The file could not be read; nothing is imported.
    Failed {
        /// Why.
        error: ImportError,
    },
}

/// A reply and the bodies that travel beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Handoff {
    /// What was read.
    pub reply: Reply,
    /// The prepared maps' bodies, in the reply's order.
    pub bodies: Vec<String>,
}

/// Reads the file `name` (`bytes`; `size` its real size) the way an import does: a backup gives
/// every map in it, any other file one map. `now` stamps a converted map's dates.
pub fn work(name: &str, bytes: &[u8], size: usize, lang: Lang, now: &str) -> Handoff {
    if is_backup(bytes) {
        return match import_backup(bytes) {
            Ok(results) => {
                let (mut maps, mut bodies) = (Vec::new(), Vec::new());
                for result in results {
                    maps.push(result.map(|imported| {
                        let prepared = prepare(&imported.map);
                        bodies.push(prepared.body);
                        prepared.entry
                    }));
                }
                Handoff {
                    reply: Reply::Backup {
                        maps,
                        snapshots: crate::format::backup::backup_snapshots(bytes),
                    },
                    bodies,
                }
            }
            Err(error) => failed(error),
        };
    }
    match read_file(name, bytes, size, lang, now) {
        Ok(converted) => {
            let prepared = prepare(&converted.imported.map);
            Handoff {
                reply: Reply::Map {
                    entry: prepared.entry,
                    report: converted.imported.report,
                    notes: converted.notes,
                },
                bodies: vec![prepared.body],
            }
        }
        Err(error) => failed(error),
    }
}

fn failed(error: ImportError) -> Handoff {
    Handoff {
        reply: Reply::Failed { error },
        bodies: Vec::new(),
    }
}

impl Handoff {
    /// The reply as the record that crosses to the page.
    pub fn encode_reply(&self) -> String {
        // Plain enums, strings and integers always serialise.
        serde_json::to_string(&self.reply).unwrap_or_default()
    }

    /// A handoff from what crossed; `None` when the record is not a reply of this build's.
    pub fn decode(reply: &str, bodies: Vec<String>) -> Option<Handoff> {
        let reply = serde_json::from_str(reply).ok()?;
        Some(Handoff { reply, bodies })
    }

    /// The reply and the prepared maps, in file order: a map file's one map, or a backup's
    /// readable ones.
    pub fn into_parts(self) -> (Reply, Vec<Prepared>) {
        let entries: Vec<LibraryEntry> = match &self.reply {
            Reply::Map { entry, .. } => vec![entry.clone()],
            Reply::Backup { maps, .. } => maps.iter().filter_map(|m| m.clone().ok()).collect(),
            Reply::Failed { .. } => Vec::new(),
        };
        let prepared = entries
            .into_iter()
            .zip(self.bodies)
            .map(|(entry, body)| Prepared { entry, body })
            .collect();
        (self.reply, prepared)
    }
}
