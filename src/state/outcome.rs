//! What a use case tells its caller when it could not do what was asked. The user has already
//! been told (a banner or the save status); callers and tests read it to know what happened.
use crate::format::StoreError;

/// Why a use case did nothing, or less than asked.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// No map is open, or no stored map has this id.
    NotFound,
    /// The stored map could not be read; it was moved aside (a banner says where).
    Unreadable,
    /// Storage refused: nothing was written.
    NotSaved(StoreError),
    /// The browser did not start the download.
    NotDownloaded,
}

/// A use case's result: `T` when it was done.
pub type Outcome<T = ()> = Result<T, Failure>;
