//! Handing a map on as a file that can come back and merge: the exported file records, in
//! `mergeBase`, the content hash of the version it is (and of the versions that one came from),
//! and the app keeps that version as a snapshot; a file that returns names a version the app has
//! kept, which is then the base of a three-way merge. No export time is written: two exports of
//! one version are byte-identical, and Git diffs stay clean.
use super::export;
use crate::model::JourneyMap;

/// How many versions back a file remembers.
pub const MAX_BASES: usize = 16;

/// The content hash of `map`: the 64-bit fingerprint storage uses (`Revision`), in hex, of its
/// exported file without `mergeBase`. Not a security check (that is the SHA-256 the map's info
/// shows): a name for a version.
pub fn content_hash(map: &JourneyMap) -> String {
    let mut bare = map.clone();
    bare.merge_base.clear();
    format!("{:016x}", super::Revision::of(&export(&bare)).0)
}

/// `lists` joined, newest first, each hash once, at most `MAX_BASES`.
pub fn join_bases<'a>(lists: impl IntoIterator<Item = &'a [String]>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for h in lists.into_iter().flatten() {
        if !out.contains(h) && out.len() < MAX_BASES {
            out.push(h.clone());
        }
    }
    out
}

/// The file `map` is handed on as, and its content hash (the id of the snapshot that keeps it).
pub fn export_for_exchange(map: &JourneyMap) -> (String, String) {
    let hash = content_hash(map);
    let mut copy = map.clone();
    copy.merge_base = join_bases([std::slice::from_ref(&hash), &map.merge_base[..]]);
    (export(&copy), hash)
}

/// The id of the snapshot that keeps the version with content hash `hash`.
pub fn exported_snapshot_id(hash: &str) -> String {
    format!("exported-{hash}")
}
