//! The base is known (issue 19, item 2): an exported file records the content hash of the version
//! it is, and of those it came from, in `mergeBase`; no export time, so two exports of one version
//! are byte-identical; a colleague's re-export still names the version both share.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::exchange::{content_hash, export_for_exchange, join_bases, MAX_BASES};
use patika::format::import;
use patika::model::samples::{sample, Sample};

#[test]
fn an_export_names_its_version_and_is_the_same_bytes_twice() {
    let map = sample(Sample::OnlineShopTr, "m1", "2026-11-24T10:00:00Z");
    let (text, hash) = export_for_exchange(&map);
    assert_eq!(
        export_for_exchange(&map),
        (text.clone(), hash.clone()),
        "byte-identical"
    );
    let read = import(text.as_bytes()).expect("reads").map;
    assert_eq!(read.merge_base, vec![hash.clone()]);
    assert_eq!(content_hash(&read), hash, "the hash leaves mergeBase out");
    assert!(!text.contains("exported\""), "no export time");
    // Exported again by whoever imported it: the same version, the same file.
    assert_eq!(export_for_exchange(&read).0, text);
}

#[test]
fn a_colleagues_edited_re_export_still_names_the_shared_version() {
    let mine = sample(Sample::OnlineShopTr, "m1", "2026-11-24T10:00:00Z");
    let (text, h1) = export_for_exchange(&mine);
    let mut theirs = import(text.as_bytes()).expect("reads").map;
    theirs.title = "Düzenlendi".into();
    let (back, h2) = export_for_exchange(&theirs);
    assert_ne!(h1, h2);
    let returned = import(back.as_bytes()).expect("reads").map;
    assert_eq!(returned.merge_base, vec![h2, h1]);
}

#[test]
fn merging_joins_both_sides_versions_and_a_file_remembers_a_bounded_number() {
    let base = sample(Sample::OnlineShopTr, "m1", "2026-11-24T10:00:00Z");
    let (mut a, mut b) = (base.clone(), base.clone());
    a.merge_base = vec!["aa".into(), "00".into()];
    b.merge_base = vec!["bb".into(), "00".into()];
    b.title = "B".into();
    let m = patika::merge::merge(Some(&base), &a, &b);
    assert_eq!(m.conflicts, vec![], "bookkeeping is never a conflict");
    assert_eq!(m.map.merge_base, vec!["aa", "00", "bb"]);
    let many: Vec<String> = (0..40).map(|i| format!("{i:02}")).collect();
    assert_eq!(join_bases([&many[..]]).len(), MAX_BASES);
}
