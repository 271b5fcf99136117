//! Snapshots in storage (`format::snapshots`): never under a map key, read through the load
//! pipeline, refused whole by a full store, counted by the meter, carried by the backup and the
//! rescue file, and removed and brought back with their map.
use patika::format::backup::{backup_snapshots, export_backup_with};
use patika::format::snapshots::*;
use patika::format::{import_backup, storage_units, KvStore, Library, MemoryStore, StoreError};
use patika::model::samples::{sample, Sample};
use patika::model::CycleStep;

fn entry(map: &str, id: &str, taken: &str) -> SnapshotEntry {
    SnapshotEntry {
        id: id.into(),
        map_id: map.into(),
        name: format!("Tur {id}"),
        taken: taken.into(),
        cycle: CycleStep::Renew,
        auto: false,
    }
}

#[test]
fn a_snapshot_is_kept_beside_its_map_and_read_back_through_the_pipeline() {
    let mut store = MemoryStore::default();
    let mut m = sample(Sample::OnlineShopTr, "m1", "2026-11-01T10:00:00Z");
    take_snapshot(&mut store, &entry("m1", "b", "2026-11-02T10:00:00Z"), &m).expect("taken");
    m.title = "Sonra".into();
    take_snapshot(&mut store, &entry("m1", "a", "2026-11-01T10:00:00Z"), &m).expect("taken");
    take_snapshot(&mut store, &entry("m2", "c", "2026-11-03T10:00:00Z"), &m).expect("taken");
    for key in store.keys().expect("keys") {
        assert!(
            !key.starts_with("patika:map:"),
            "{key} would be read as a library entry"
        );
        assert!(key.starts_with("patika:snapshot:"));
    }
    let list = snapshots_of(&store, "m1").expect("list");
    let ids: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"], "oldest first, only this map's");
    let text = store
        .get(&snapshot_key("m1", "b"))
        .expect("read")
        .expect("stored");
    let back = snapshot_map(&text).expect("through the pipeline");
    assert_eq!(
        back.map.title,
        sample(Sample::OnlineShopTr, "m1", "t").title
    );
    assert!(back.report.is_clean());
    // A broken snapshot is left out of the list, never removed.
    store
        .set(&snapshot_key("m1", "z"), "{not json")
        .expect("set");
    assert_eq!(snapshots_of(&store, "m1").expect("list").len(), 2);
    assert!(store.get(&snapshot_key("m1", "z")).expect("read").is_some());
    // A library opening the store lists the map keys only.
    let (library, _) = Library::open(store.clone()).expect("open");
    assert!(library.entries().is_empty());
}

#[test]
fn a_full_store_refuses_a_snapshot_whole_and_the_meter_counts_them() {
    let m = sample(Sample::BroadbandEn, "m", "2026-11-01T10:00:00Z");
    let mut store = MemoryStore {
        quota: Some(2_000),
        ..MemoryStore::default()
    };
    let before = storage_units(&store).expect("units");
    assert_eq!(
        take_snapshot(&mut store, &entry("m", "s", "t"), &m),
        Err(StoreError::QuotaExceeded)
    );
    assert!(
        store.keys().expect("keys").is_empty(),
        "nothing half-written"
    );
    let mut roomy = MemoryStore::default();
    take_snapshot(&mut roomy, &entry("m", "s", "t"), &m).expect("taken");
    assert!(storage_units(&roomy).expect("units") > before + 1_000);
}

#[test]
fn removing_a_maps_snapshots_returns_them_to_bring_back() {
    let m = sample(Sample::BroadbandEn, "m", "t");
    let mut store = MemoryStore::default();
    take_snapshot(&mut store, &entry("m", "a", "1"), &m).expect("taken");
    take_snapshot(&mut store, &entry("m", "b", "2"), &m).expect("taken");
    let one = remove_snapshot(&mut store, "m", "a").expect("removed");
    assert!(one.is_some());
    let removed = remove_snapshots_of(&mut store, "m").expect("removed");
    assert_eq!(removed.len(), 1);
    assert!(snapshots_of(&store, "m").expect("list").is_empty());
    restore_snapshots(&mut store, &removed).expect("back");
    store
        .set(&snapshot_key("m", "a"), &one.expect("text"))
        .expect("undo");
    assert_eq!(snapshots_of(&store, "m").expect("list").len(), 2);
}

#[test]
fn the_backup_carries_snapshots_and_older_readers_ignore_them() {
    let m = sample(Sample::OnlineShopTr, "m", "2026-11-01T10:00:00Z");
    let e = entry("m", "s", "2026-11-02T10:00:00Z");
    let snap = snapshot_text(&e, &m).expect("text");
    let backup = export_backup_with(
        std::slice::from_ref(&m),
        &[snap.clone(), "junk".into()],
        "t",
    );
    // The maps read as before (the field is optional).
    let maps = import_backup(backup.as_bytes()).expect("backup");
    assert_eq!(maps.len(), 1);
    assert_eq!(maps[0].as_ref().expect("map").map, m);
    // The snapshots come back, the junk does not.
    let snaps = backup_snapshots(backup.as_bytes());
    assert_eq!(snaps.len(), 1);
    assert_eq!(snapshot_entry(&snaps[0]), Some(e.clone()));
    // A rescue file's snapshot keys too.
    let rescue = serde_json::json!({
        "format": "patika.rescue",
        "keys": { snapshot_key("m", "s"): snap, "patika:other": "x" }
    })
    .to_string();
    assert_eq!(backup_snapshots(rescue.as_bytes()).len(), 1);
}

#[test]
fn a_comparison_names_metric_changes_pains_gone_and_actions_done_in_words() {
    use patika::analysis::{diff, Change};
    use patika::i18n::{change_text, Lang};
    use patika::model::{ActionStatus, Metric, MetricKind};
    let before = sample(Sample::OnlineShopTr, "m", "t");
    let mut after = before.clone();
    let call = after
        .touchpoints
        .iter_mut()
        .find(|t| t.id == "tp-call")
        .expect("the call");
    let wait = call
        .metrics
        .iter_mut()
        .find(|m| m.kind == MetricKind::WaitTime)
        .expect("wait");
    wait.value = Some(4.0);
    call.metrics.push(Metric {
        id: "nps-new".into(),
        kind: MetricKind::Nps,
        value: Some(25.0),
        ..Metric::default()
    });
    let gone = call.pain_points.remove(0);
    after.actions[0].status = ActionStatus::Done;
    let changes = diff(&before, &after);
    assert!(changes.contains(&Change::PainGone {
        touchpoint: "Çağrı merkezini arar".into(),
        text: gone.text.clone()
    }));
    let said: Vec<String> = changes.iter().map(|c| change_text(Lang::Tr, c)).collect();
    assert!(
        said.contains(&"Çağrı merkezini arar: Bekleme 7,5 → 4".to_string()),
        "{said:?}"
    );
    assert!(
        said.contains(&"Çağrı merkezini arar: NPS — → 25".to_string()),
        "{said:?}"
    );
    assert!(said.contains(&format!(
        "✓ Acı noktası gitti: {} (Çağrı merkezini arar)",
        gone.text
    )));
    assert!(
        said.iter().any(|s| s.starts_with("✓ Aksiyon tamamlandı: ")),
        "{said:?}"
    );
    assert!(
        !said.iter().any(|s| s.contains("ayrıntılar")),
        "no vague change: {said:?}"
    );
    let en: Vec<String> = changes.iter().map(|c| change_text(Lang::En, c)).collect();
    assert!(
        en.contains(&"Çağrı merkezini arar: Wait 7.5 → 4".to_string()),
        "{en:?}"
    );
}

#[test]
fn the_stored_form_is_the_entry_beside_its_format_and_map_file() {
    let m = sample(Sample::OnlineShopTr, "m1", "2026-11-01T10:00:00Z");
    let text = snapshot_text(&entry("m1", "s1", "2026-11-02T10:00:00Z"), &m).expect("text");
    // As the first build with snapshots wrote it: older builds read what this one stores.
    let head = concat!(
        r#"{"format":"patika.snapshot","id":"s1","mapId":"m1","name":"Tur s1","#,
        r#""taken":"2026-11-02T10:00:00Z","cycle":"renew","auto":false,"map":{"#
    );
    assert!(text.starts_with(head), "{}", &text[..200]);
    // And what older builds stored, in any key order and without `auto`, is read.
    let older = concat!(
        r#"{"map":{"format":"patika.journey-map"},"cycle":"research","taken":"t","#,
        r#""name":"Eski","mapId":"m9","id":"o1","format":"patika.snapshot"}"#
    );
    let read = snapshot_entry(older).expect("an entry");
    assert_eq!(
        read,
        SnapshotEntry {
            id: "o1".into(),
            map_id: "m9".into(),
            name: "Eski".into(),
            taken: "t".into(),
            cycle: CycleStep::Research,
            auto: false,
        }
    );
    assert_eq!(
        snapshot_entry(&older.replace("patika.snapshot", "patika.other")),
        None
    );
}
