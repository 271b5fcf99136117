//! Why a file or stored entry could not be read: what is wrong and where, as data (`i18n` says it).

/// A load failure. Nothing was imported when this is returned. It crosses from the import worker
/// to the page as JSON (`interop::handoff`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ImportError {
    /// The file is bigger than the limit.
    TooLarge { size: usize, limit: usize },
    /// The bytes are not UTF-8 text.
    NotUtf8 { offset: usize },
    /// Stored text holding a lone UTF-16 surrogate (half of a character): not text at all.
    LoneSurrogate,
    /// The text is not JSON.
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON nests deeper than the limit.
    TooDeep { limit: usize },
    /// A share link is damaged: not base64url, or it does not decompress.
    DamagedLink,
    /// A share link unpacks to more than the limit (bytes); unpacking stopped there.
    LinkTooLarge { limit: usize },
    /// The XML (a CJML file) nests deeper than the limit.
    XmlTooDeep { limit: usize },
    /// The JSON is not a Patika map file (`format` is missing or different).
    WrongFormat { found: Option<String> },
    /// The file was written by a newer Patika; it is left untouched.
    NewerVersion { found: u64, supported: u64 },
    /// Moving the file up from an older version failed.
    Migration { from: u64, message: String },
    /// A field has the wrong type or value; `path` is a JSON path such as `$.map.stages[2].name`.
    InvalidField { path: String, message: String },
    /// No import worker could start on this page (its files did not load): files cannot be read.
    ReaderUnavailable,
    /// The import worker stopped while reading the file (a bug, reported rather than retried on
    /// the page, where it could stop the app).
    ReaderFailed,
    /// More records of one kind than the limit.
    TooMany {
        /// "personas", "stages", "channels", "touchpoints" or "actions".
        what: String,
        count: usize,
        limit: usize,
    },
}

impl ImportError {
    /// A short stable name for the error kind (used by the UI and the CLI).
    pub fn kind(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "too-large",
            ImportError::NotUtf8 { .. } => "not-utf8",
            ImportError::LoneSurrogate => "lone-surrogate",
            ImportError::NotJson { .. } => "not-json",
            ImportError::TooDeep { .. } => "too-deep",
            ImportError::XmlTooDeep { .. } => "xml-too-deep",
            ImportError::DamagedLink => "damaged-link",
            ImportError::LinkTooLarge { .. } => "link-too-large",
            ImportError::WrongFormat { .. } => "wrong-format",
            ImportError::NewerVersion { .. } => "newer-version",
            ImportError::Migration { .. } => "migration",
            ImportError::InvalidField { .. } => "invalid-field",
            ImportError::TooMany { .. } => "too-many",
            ImportError::ReaderFailed => "reader-failed",
            ImportError::ReaderUnavailable => "reader-unavailable",
        }
    }
}
