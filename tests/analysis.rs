//! Derived views: comparison of two maps and the touchpoint matrix.
#![cfg(not(target_arch = "wasm32"))]
use patika::analysis::{compare, matrix, overlay_values};
use patika::model::samples::{sample, Sample};
use patika::model::*;

#[test]
fn a_future_copy_matches_by_id_and_lists_new_touchpoints() {
    let base = sample(Sample::OnlineShopTr, "m", "t");
    let mut future = base.clone();
    future.id = "f".into();
    future.touchpoints.retain(|t| t.id != "tp-chat");
    future.touchpoints.push(Touchpoint {
        id: "tp-new".into(),
        stage: "decision".into(),
        channel: "whatsapp".into(),
        name: "WhatsApp".into(),
        ..Touchpoint::default()
    });
    future.touchpoints[0].emotions.insert("persona-1".into(), 2);
    let cmp = compare(&base, &future);
    assert_eq!(cmp.matched.len(), base.touchpoints.len());
    let chat = base
        .journey_order()
        .iter()
        .position(|t| t.id == "tp-chat")
        .unwrap();
    assert_eq!(cmp.matched[chat], None);
    assert_eq!(cmp.unmatched, vec!["tp-new".to_string()]);
    let values = overlay_values(&future, "persona-1", &cmp);
    assert_eq!(values[0], Some(2));
    assert_eq!(values[chat], None);
}

#[test]
fn another_map_matches_by_stage_and_name_ignoring_case() {
    let base = sample(Sample::OnlineShopTr, "m", "t");
    let mut other = base.clone();
    for (i, t) in other.touchpoints.iter_mut().enumerate() {
        t.id = format!("other-{i}");
        t.name = t.name.to_uppercase();
    }
    other.personas[0].id = "someone".into();
    for t in other.touchpoints.iter_mut() {
        let v = t.emotions.remove("persona-1");
        if let Some(v) = v {
            t.emotions.insert("someone".into(), v);
        }
    }
    let cmp = compare(&base, &other);
    assert!(cmp.matched.iter().all(Option::is_some), "{cmp:?}");
    assert!(cmp.unmatched.is_empty());
    let values = overlay_values(&other, "persona-1", &cmp);
    let own: Vec<_> = base
        .journey_order()
        .iter()
        .map(|t| t.emotions.get("persona-1").copied())
        .collect();
    assert_eq!(values, own, "falls back to the other map's first persona");
}

#[test]
fn matrix_counts_cells_and_shows_unused_channels() {
    let m = sample(Sample::OnlineShopTr, "m", "t");
    let mx = matrix(&m);
    assert_eq!(mx.stages.len(), 4);
    assert_eq!(mx.channels.len(), m.channels.len());
    let total: usize = mx.cells.iter().flatten().map(|c| c.touchpoints.len()).sum();
    assert_eq!(total, m.touchpoints.len());
    let r = mx.stages.iter().position(|s| s == "decision").unwrap();
    let c = mx.channels.iter().position(|s| s == "call-centre").unwrap();
    assert_eq!(mx.cells[r][c].touchpoints, vec!["tp-call".to_string()]);
    assert_eq!(mx.cells[r][c].pain_points, 2);
    assert_eq!(mx.cells[r][c].mean_emotion, Some(-2.0));
    let unused: Vec<&str> = mx
        .unused_channels()
        .into_iter()
        .map(String::as_str)
        .collect();
    assert_eq!(unused, ["app", "store", "email", "whatsapp", "wom"]);
}
