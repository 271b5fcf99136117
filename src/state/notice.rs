//! Banners: what the app tells the user, as data; `components::notices` shows them.
use crate::format::{ImportError, LibraryProblem, RepairReport};
use crate::interop::Note;
use crate::model::JourneyMap;

/// Something to tell the user, shown as a dismissible banner.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A load problem in the library.
    Library(LibraryProblem),
    /// What was repaired when the open map was loaded.
    Repaired(RepairReport),
    /// A map was deleted; it can be brought back.
    Deleted(JourneyMap),
    /// A snapshot was deleted; it can be brought back.
    SnapshotDeleted {
        /// Its name.
        name: String,
    },
    /// Storage refused a snapshot; nothing was stored.
    SnapshotNotSaved(crate::format::StoreError),
    /// The map in the URL does not exist.
    MapNotFound,
    /// A file was imported as a new map; what was repaired on the way.
    Imported {
        file: String,
        title: String,
        report: RepairReport,
        notes: Vec<Note>,
    },
    /// The open map's content was replaced by a file (undo brings it back).
    Replaced {
        file: String,
        title: String,
        report: RepairReport,
        notes: Vec<Note>,
    },
    /// A file was merged into a stored map (one undo step): how many changes came in, how many
    /// conflicts were settled, whether the version both came from was known, what was repaired.
    Merged {
        file: String,
        title: String,
        came_in: usize,
        conflicts: usize,
        three_way: bool,
        /// What repair fixed in the merged map (a reference the other side broke).
        report: RepairReport,
    },
    /// A metrics CSV was put onto the open map (one undo step): metrics added and updated, rows
    /// whose touchpoint the map lacks, rows with a number not of the file's language.
    MetricsRead {
        file: String,
        read: crate::interop::metrics_csv::MetricsRead,
    },
    /// A file given as metrics is not a metrics CSV (nothing changed).
    NotMetricsFile { file: String },
    /// What an export to another tool's format could not carry.
    LeftOut { file: String, notes: Vec<Note> },
    /// A file was read but storage had no room for it: how much it needs, how much is free
    /// (UTF-16 units, as browsers count).
    ImportNotStored {
        file: String,
        needed: usize,
        free: usize,
    },
    /// A file could not be read; nothing in the library changed.
    ImportFailed { file: String, error: ImportError },
    /// A backup was restored: maps added, maps already there (unchanged), maps that could not be read.
    Restored {
        file: String,
        added: usize,
        present: usize,
        failed: Vec<ImportError>,
    },
    /// "Back up all maps" could not read some maps: the backup file (if any map was readable)
    /// holds `saved` maps; the titles of those it does not hold.
    BackupIncomplete {
        file: String,
        saved: usize,
        left_out: Vec<String>,
    },
    /// Another tab saved the open map while this tab had unsaved edits: keep mine as a copy or
    /// take theirs. Nothing is written until the user chooses.
    Conflict,
    /// Another tab saved the open map; this tab had no unsaved edits and now shows that version.
    FollowedOtherTab,
    /// Another tab deleted the open map; editing here stores it again.
    DeletedElsewhere,
    /// A newer version of Patika stored this map: shown read-only here, never written over.
    NewerMap { title: String },
}
