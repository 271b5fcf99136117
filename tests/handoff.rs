//! The import worker's job (`interop::handoff`): what it reads equals what the page would read
//! itself, what crosses back decodes to the same thing, and a prepared map changes id or is
//! recognised in storage without being decoded.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::backup::export_backup;
use patika::format::stored::{holds, prepare, stored_text};
use patika::format::{export, import, ImportError};
use patika::interop::handoff::{work, Handoff, Reply};
use patika::interop::read::read_file;
use patika::model::samples::{sample, Sample};
use patika::model::Lang;

const NOW: &str = "2026-12-02T10:00:00Z";

/// What crossed, decoded again on the page's side.
fn crossed(h: &Handoff) -> Handoff {
    Handoff::decode(&h.encode_reply(), h.bodies.clone()).expect("a reply of this build")
}

#[test]
fn a_map_file_is_read_and_prepared_as_the_page_would() {
    let map = sample(Sample::OnlineShopTr, "m1", NOW);
    let file = export(&map);
    let h = work("harita.json", file.as_bytes(), file.len(), Lang::Tr, NOW);
    assert_eq!(crossed(&h), h);
    let (reply, prepared) = h.into_parts();
    assert!(matches!(reply, Reply::Map { ref report, .. } if report.is_clean()));
    assert_eq!(prepared, vec![prepare(&map)]);
    // The storage form reads back as the map.
    let back = import(stored_text(&prepared[0], &[]).as_bytes()).expect("stored form");
    assert_eq!(back.map, map);
}

#[test]
fn repairs_notes_and_errors_cross_intact() {
    // A CSV with a repair-free table but notes, in Turkish.
    let csv = std::fs::read("tests/fixtures/interop/touchpoints-tr.csv").expect("fixture");
    let h = work("kargo-sureci.csv", &csv, csv.len(), Lang::Tr, NOW);
    let direct = read_file("kargo-sureci.csv", &csv, csv.len(), Lang::Tr, NOW).expect("csv");
    assert_eq!(crossed(&h), h);
    match &h.reply {
        Reply::Map { notes, entry, .. } => {
            assert_eq!(notes, &direct.notes);
            assert_eq!(entry.title, "kargo sureci");
        }
        other => panic!("a map: {other:?}"),
    }
    // A file that needed repair carries its report.
    let dup = std::fs::read("tests/fixtures/import/duplicate-id.json").expect("fixture");
    let h = work("dup.json", &dup, dup.len(), Lang::En, NOW);
    let expected = import(&dup).expect("repaired").report;
    assert!(!expected.is_clean());
    assert!(matches!(crossed(&h).reply, Reply::Map { report, .. } if report == expected));
    // Every kind of failure crosses as itself, with nothing prepared.
    for (name, bytes) in [
        (
            "newer.json",
            std::fs::read("tests/fixtures/import/newer-version.json").unwrap(),
        ),
        ("x.txt", b"{nope".to_vec()),
        ("bad.csv", b"a;b\n1;2\n".to_vec()),
        ("huge.json", Vec::new()),
    ] {
        let size = if name == "huge.json" {
            20 << 20
        } else {
            bytes.len()
        };
        let h = work(name, &bytes, size, Lang::En, NOW);
        let Reply::Failed { error } = &crossed(&h).reply else {
            panic!("{name}: {:?}", h.reply);
        };
        assert_eq!(
            Err(error.clone()),
            read_file(name, &bytes, size, Lang::En, NOW).map(|_| ())
        );
        assert!(h.bodies.is_empty());
    }
    let too_many = ImportError::TooMany {
        what: "stages".into(),
        count: 101,
        limit: 100,
    };
    let h = Handoff {
        reply: Reply::Failed { error: too_many },
        bodies: vec![],
    };
    assert_eq!(crossed(&h), h);
    assert_eq!(Handoff::decode("{\"Unknown\":1}", vec![]), None);
}

#[test]
fn a_backup_gives_every_readable_map_and_why_the_others_failed() {
    let a = sample(Sample::OnlineShopTr, "a", NOW);
    let b = sample(Sample::BroadbandEn, "b", NOW);
    let text = export_backup(&[a.clone(), b.clone()], NOW).replacen(
        "\"maps\": [",
        "\"maps\": [{\"format\": \"patika.journey-map\", \"formatVersion\": 99, \"map\": {}},",
        1,
    );
    let h = work("yedek.json", text.as_bytes(), text.len(), Lang::Tr, NOW);
    assert_eq!(crossed(&h), h);
    let (reply, prepared) = h.into_parts();
    let Reply::Backup { maps, .. } = reply else {
        panic!("a backup");
    };
    assert!(matches!(
        maps[0],
        Err(ImportError::NewerVersion { found: 99, .. })
    ));
    assert_eq!(prepared, vec![prepare(&a), prepare(&b)]);
}

#[test]
fn a_prepared_map_takes_a_new_id_without_being_decoded() {
    for s in [Sample::OnlineShopTr, Sample::BroadbandEn] {
        let mut map = sample(s, "eski", NOW);
        let renamed = prepare(&map).with_id("yeni-\"id\"");
        map.id = "yeni-\"id\"".into();
        assert_eq!(renamed, prepare(&map));
    }
    let mut empty = patika::model::JourneyMap {
        id: "e".into(),
        ..Default::default()
    };
    let renamed = prepare(&empty).with_id("f");
    empty.id = "f".into();
    assert_eq!(renamed, prepare(&empty));
    assert!(renamed.body.starts_with("{\"id\":\"f\""));
}

#[test]
fn a_stored_map_is_recognised_by_its_text_whatever_its_stamps() {
    let map = sample(Sample::OnlineShopTr, "m", NOW);
    let p = prepare(&map);
    let rev = patika::format::Revision(0x1234);
    assert!(holds(&stored_text(&p, &[]), &p));
    assert!(holds(&stored_text(&p, &[rev]), &p));
    let mut other = map.clone();
    other.title.push('!');
    assert!(!holds(&stored_text(&prepare(&other), &[]), &p));
    assert!(
        !holds(&export(&map), &p),
        "a pretty file is not the storage form"
    );
}
