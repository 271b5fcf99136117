//! Survey metrics from raw answers, stage roll-ups and the funnel (`analysis::metrics`), with
//! METRICS.md's worked examples and its edge cases.
#![cfg(not(target_arch = "wasm32"))]
use patika::analysis::metrics::*;
use patika::model::samples::{sample, Sample};
use patika::model::{JourneyMap, Metric, MetricKind, Stage, Touchpoint};
use std::collections::BTreeMap;

fn counts(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|(k, n)| (k.to_string(), *n)).collect()
}

fn metric(kind: MetricKind, c: &[(&str, u64)], scale: &str, method: &str) -> Metric {
    Metric {
        kind,
        counts: counts(c),
        scale: scale.into(),
        method: method.into(),
        ..Metric::default()
    }
}

#[test]
fn nps_is_promoters_minus_detractors_from_groups_or_answers() {
    // METRICS.md: 100 answers, 60 promoters, 25 passives, 15 detractors → 45.
    let grouped = metric(
        MetricKind::Nps,
        &[("promoters", 60), ("passives", 25), ("detractors", 15)],
        "0-10",
        "",
    );
    let c = compute(&grouped).expect("computed");
    assert_eq!((c.value, c.n), (45.0, 100));
    assert_eq!(
        c.formula,
        Formula::Nps {
            promoters: 60.0,
            detractors: 15.0
        }
    );
    // The same from 0–10 answers: 9 and 10 promote, 7 and 8 are passive, 0–6 detract.
    let answers = metric(
        MetricKind::Nps,
        &[
            ("10", 40),
            ("9", 20),
            ("8", 15),
            ("7", 10),
            ("6", 5),
            ("0", 10),
        ],
        "0-10",
        "",
    );
    assert_eq!(compute(&answers).map(|c| c.value), Ok(45.0));
    // Unrounded: 2 promoters, 1 detractor of 3 → 33.33….
    let third = metric(MetricKind::Nps, &[("10", 2), ("3", 1)], "0-10", "");
    assert!((compute(&third).expect("nps").value - 100.0 / 3.0).abs() < 1e-9);
}

#[test]
fn nps_edge_cases_no_answers_all_passives_one_answer_and_a_disagreeing_value() {
    let none = metric(
        MetricKind::Nps,
        &[("promoters", 0), ("detractors", 0)],
        "0-10",
        "",
    );
    assert_eq!(compute(&none), Err(NotComputed::NoAnswers));
    let passives = metric(MetricKind::Nps, &[("7", 12), ("8", 30)], "0-10", "");
    assert_eq!(compute(&passives).map(|c| c.value), Ok(0.0));
    let one = metric(MetricKind::Nps, &[("10", 1)], "0-10", "");
    assert_eq!(compute(&one).map(|c| (c.value, c.n)), Ok((100.0, 1)));
    // The counts win over a typed value, and the difference is reported.
    let mut typed = metric(
        MetricKind::Nps,
        &[("promoters", 60), ("passives", 25), ("detractors", 15)],
        "0-10",
        "",
    );
    typed.value = Some(12.0);
    let c = compute(&typed).expect("computed");
    assert_eq!((c.value, c.typed_differs), (45.0, Some(12.0)));
    typed.value = Some(45.0);
    assert_eq!(compute(&typed).map(|c| c.typed_differs), Ok(None));
    assert_eq!(
        compute(&metric(MetricKind::Nps, &[("11", 3)], "0-10", "")),
        Err(NotComputed::UnreadableCounts)
    );
    assert_eq!(
        compute(&metric(MetricKind::Nps, &[], "0-10", "")),
        Err(NotComputed::NoCounts)
    );
    assert_eq!(
        compute(&metric(MetricKind::Visits, &[("1", 3)], "", "")),
        Err(NotComputed::NotSurvey)
    );
}

#[test]
fn csat_is_the_top_two_box_share_or_the_mean_on_its_scale() {
    // 1–5: 4 and 5 are satisfied.
    let five = metric(
        MetricKind::Csat,
        &[("5", 30), ("4", 40), ("3", 20), ("1", 10)],
        "1-5",
        "",
    );
    let c = compute(&five).expect("csat");
    assert_eq!((c.value, c.n), (70.0, 100));
    assert_eq!(
        c.formula,
        Formula::TopBox {
            from: 4,
            share: 70.0
        }
    );
    // 1–10: 9 and 10.
    let ten = metric(
        MetricKind::Csat,
        &[("10", 1), ("9", 1), ("8", 2)],
        "1-10",
        "",
    );
    assert_eq!(compute(&ten).map(|c| c.value), Ok(50.0));
    // The mean, when that is the method.
    let mean = metric(MetricKind::Csat, &[("5", 1), ("3", 1)], "1-5", "mean");
    assert_eq!(
        compute(&mean).map(|c| (c.value, c.formula)),
        Ok((4.0, Formula::Mean))
    );
}

#[test]
fn ces_is_the_mean_or_the_share_agreeing_on_1_to_7() {
    let ces = metric(
        MetricKind::Ces,
        &[("7", 2), ("5", 1), ("1", 1)],
        "1-7",
        "ortalama",
    );
    assert_eq!(compute(&ces).map(|c| c.value), Ok(5.0));
    let agree = metric(
        MetricKind::Ces,
        &[("7", 2), ("5", 1), ("1", 1)],
        "1-7",
        "%5-7",
    );
    assert_eq!(compute(&agree).map(|c| c.value), Ok(75.0));
}

#[test]
fn a_pasted_column_of_answers_is_counted_and_the_unreadable_lines_are_told() {
    let (c, bad) = answers_from_column("10\n9\n 9 \n\n7,0\nyok\n12\n3", (0, 10));
    assert_eq!(c, counts(&[("10", 1), ("9", 2), ("7", 1), ("3", 1)]));
    assert_eq!(bad, 2, "\"yok\" and 12 are not answers on 0–10");
    let nps = metric(
        MetricKind::Nps,
        &c.iter().map(|(k, n)| (k.as_str(), *n)).collect::<Vec<_>>(),
        "0-10",
        "",
    );
    // 3 promoters (10, 9, 9), 1 passive (7), 1 detractor (3) of 5: 60 − 20.
    assert_eq!(compute(&nps).map(|c| c.value), Ok(40.0));
}

fn two_step_map(first: Vec<Metric>, second: Vec<Metric>) -> JourneyMap {
    let mut m = JourneyMap::default();
    m.stages.push(Stage {
        id: "s".into(),
        name: "S".into(),
        ..Stage::default()
    });
    for (id, metrics) in [("a", first), ("b", second)] {
        m.touchpoints.push(Touchpoint {
            id: id.into(),
            stage: "s".into(),
            metrics,
            ..Touchpoint::default()
        });
    }
    m
}

#[test]
fn a_stage_pools_like_with_like_and_says_when_it_cannot() {
    // NPS from counts pooled into one set of answers: (60+10) promoters, (15+30) detractors of 200.
    let a = metric(
        MetricKind::Nps,
        &[("promoters", 60), ("passives", 25), ("detractors", 15)],
        "0-10",
        "",
    );
    let b = metric(
        MetricKind::Nps,
        &[("promoters", 10), ("passives", 60), ("detractors", 30)],
        "0-10",
        "",
    );
    let m = two_step_map(vec![a.clone()], vec![b]);
    assert_eq!(
        stage_numbers(&m, "s").nps,
        Some(Pooled::Value {
            value: 12.5,
            n: Some(200)
        })
    );
    // Wait time n-weighted: 7.5 min over 1,200 calls and 2 min over 800 → 5.3.
    let wait = |v: f64, n: u64| Metric {
        kind: MetricKind::WaitTime,
        value: Some(v),
        n: Some(n),
        scale: "dakika".into(),
        ..Metric::default()
    };
    let m = two_step_map(vec![wait(7.5, 1200)], vec![wait(2.0, 800)]);
    assert_eq!(
        stage_numbers(&m, "s").wait_time,
        Some(Pooled::Value {
            value: 5.3,
            n: Some(2000)
        })
    );
    // Visits summed; a CSAT on 1–5 and one on 1–10 are not pooled; a value without n cannot be
    // weighted.
    let visits = |v: f64| Metric {
        kind: MetricKind::Visits,
        value: Some(v),
        ..Metric::default()
    };
    let csat5 = metric(MetricKind::Csat, &[("5", 1)], "1-5", "");
    let csat10 = metric(MetricKind::Csat, &[("10", 1)], "1-10", "");
    let ces = Metric {
        kind: MetricKind::Ces,
        value: Some(5.2),
        scale: "1-7".into(),
        ..Metric::default()
    };
    let m = two_step_map(vec![visits(100.0), csat5, ces], vec![visits(40.0), csat10]);
    let s = stage_numbers(&m, "s");
    assert_eq!(
        s.visits,
        Some(Pooled::Value {
            value: 140.0,
            n: None
        })
    );
    assert_eq!(s.csat, Some(Pooled::Mixed));
    assert_eq!(s.ces, Some(Pooled::MissingN));
    assert_eq!(s.nps, None, "nothing measured");
}

#[test]
fn the_funnel_runs_through_the_steps_with_visits_and_never_drops_below_zero() {
    let visits = |v: f64| Metric {
        kind: MetricKind::Visits,
        value: Some(v),
        ..Metric::default()
    };
    let mut m = two_step_map(vec![visits(1000.0)], vec![visits(250.0)]);
    m.touchpoints.push(Touchpoint {
        id: "c".into(),
        stage: "s".into(),
        metrics: vec![visits(300.0)],
        ..Touchpoint::default()
    });
    let f = funnel(&m);
    assert_eq!(f.len(), 2);
    assert_eq!((f[0].from.as_str(), f[0].to.as_str()), ("a", "b"));
    assert_eq!((f[0].conversion, f[0].drop_off), (0.25, Some(0.75)));
    // More customers at the next step: shown as such, no negative drop-off.
    assert_eq!((f[1].conversion, f[1].drop_off), (1.2, None));
    // The Turkish sample has no visits yet: no funnel.
    assert!(funnel(&sample(Sample::OnlineShopTr, "m", "t")).is_empty());
}

#[test]
fn marked_funnel_steps_replace_the_visits_and_count_by_their_own_metric() {
    let metric = |id: &str, kind: MetricKind, v: f64| Metric {
        id: id.into(),
        kind,
        value: Some(v),
        ..Metric::default()
    };
    let mut m = two_step_map(
        vec![metric("a-v", MetricKind::Visits, 1000.0)],
        vec![
            metric("b-v", MetricKind::Visits, 900.0),
            metric("b-orders", MetricKind::Custom, 200.0),
        ],
    );
    m.touchpoints.push(Touchpoint {
        id: "c".into(),
        stage: "s".into(),
        metrics: vec![metric("c-v", MetricKind::Visits, 50.0)],
        ..Touchpoint::default()
    });
    assert_eq!(funnel_steps(&m).0, FunnelBasis::Visits);
    assert_eq!(funnel(&m).len(), 2);
    // Marking two steps: only they count, each by its marked metric (orders, not visits).
    m.touchpoints[0].funnel_step = Some("a-v".into());
    m.touchpoints[1].funnel_step = Some("b-orders".into());
    let (basis, steps) = funnel_steps(&m);
    assert_eq!(basis, FunnelBasis::Marked);
    assert_eq!(steps, vec![("a".into(), 1000.0), ("b".into(), 200.0)]);
    let f = funnel(&m);
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].conversion, f[0].drop_off), (0.2, Some(0.8)));
}

#[test]
fn a_funnel_mark_on_a_missing_metric_is_removed_and_reported() {
    let mut m = two_step_map(vec![], vec![]);
    m.touchpoints[0].funnel_step = Some("gone".into());
    let report = patika::format::repair(&mut m);
    assert_eq!(m.touchpoints[0].funnel_step, None);
    let note = report
        .notes
        .iter()
        .find(|n| n.path == "$.map.touchpoints[0].funnelStep")
        .expect("the removed mark is reported");
    assert_eq!(
        note.detail,
        patika::format::RepairDetail::FunnelMarkRemoved {
            metric: "gone".into()
        }
    );
    assert!(patika::format::repair(&mut m).is_clean());
}
