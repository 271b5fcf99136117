//! A map read ahead, in idle time, because the user is likely to open it next (the library's most
//! recently changed map): its next open takes the read instead of decoding the same text again.
//! Only a read of the very text still stored is taken (another tab's or this tab's later save
//! makes it stale), only once (opening other maps meanwhile keeps it), and only a read that
//! succeeded (a failed read is left to the open, which reports it and moves the data aside).
use super::Imported;

/// The largest stored text read ahead (bytes): reading it is one idle task of ≈ 25 ms here; a
/// bigger map's read would hold up a click for longer than it saves.
pub const READ_AHEAD_MAX_BYTES: usize = 512 * 1024;

/// One map read ahead.
#[derive(Debug, Clone)]
pub struct ReadAhead {
    /// The map's storage key.
    pub key: String,
    /// The stored text it was read from.
    pub text: String,
    /// What the load pipeline made of it.
    pub imported: Imported,
}

impl ReadAhead {
    /// The read, when it was made from `text` (the text stored under its key now).
    pub fn of(self, text: &str) -> Option<Imported> {
        (self.text == text).then_some(self.imported)
    }
}
