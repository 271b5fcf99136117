//! What must hold for any bytes given to the load pipeline, whoever wrote them. The fuzz target
//! (`fuzz/fuzz_targets/import.rs`) runs this on generated inputs; the native tests run it on the
//! same seed corpus (the repository's fixtures), so the target's checks are themselves tested.
use super::{export, import, import_backup, repair};
use crate::model::safe_url;

/// Panics when `bytes` breaks an import invariant. Reading never panics, and a file that reads:
/// is already repaired (a second repair changes nothing), holds only allowed link addresses,
/// and survives export → import unchanged (the canonical text is a fixed point).
pub fn check_import(bytes: &[u8]) {
    if let Ok(imported) = import(bytes) {
        let map = imported.map;
        let mut again = map.clone();
        assert!(repair(&mut again).is_clean(), "repair settles in one pass");
        for tp in &map.touchpoints {
            for link in &tp.sources {
                assert!(
                    link.url.is_empty()
                        || safe_url(&link.url).as_deref() == Some(link.url.as_str()),
                    "refused address kept as a link: {:?}",
                    link.url
                );
            }
        }
        let text = export(&map);
        let back = import(text.as_bytes())
            .unwrap_or_else(|e| panic!("an exported map does not read back: {e:?}"));
        assert!(
            back.report.is_clean(),
            "an exported map needs repair: {:?}",
            back.report
        );
        assert_eq!(
            export(&back.map),
            text,
            "export → import → export is not byte-identical"
        );
    }
    if let Ok(maps) = import_backup(bytes) {
        for m in maps.iter().flatten() {
            assert!(
                repair(&mut m.map.clone()).is_clean(),
                "a restored map is repaired"
            );
        }
    }
}
