//! Insights and the action plan (`analysis::insights`, `moments`, `insight_list`, `plan`): every
//! ranking rule, with ties, missing frequency, missing volume and the empty map.
use patika::analysis::insight_list::{insights, InsightKind};
use patika::analysis::insights::*;
use patika::analysis::moments::*;
use patika::analysis::plan::{plan, Quadrant};
use patika::analysis::volume::{same_period, unit_named, PeriodUnit};
use patika::model::*;

fn pain(id: &str, severity: u8, frequency: Option<Frequency>) -> PainPoint {
    PainPoint {
        id: id.into(),
        text: id.into(),
        severity,
        frequency,
        evidence: Evidence::Assumed,
    }
}

fn per100(v: f64) -> Option<Frequency> {
    Some(Frequency::PerHundred { value: v })
}

fn tp(id: &str, stage: &str, pains: Vec<PainPoint>) -> Touchpoint {
    Touchpoint {
        id: id.into(),
        stage: stage.into(),
        name: id.into(),
        pain_points: pains,
        ..Touchpoint::default()
    }
}

fn visits(v: f64, period: &str) -> Metric {
    Metric {
        id: format!("v{v}"),
        kind: MetricKind::Visits,
        value: Some(v),
        period: Some(Period {
            name: period.into(),
            ..Period::default()
        }),
        ..Metric::default()
    }
}

fn map(touchpoints: Vec<Touchpoint>) -> JourneyMap {
    let mut m = JourneyMap::default();
    for s in ["s1", "s2"] {
        m.stages.push(Stage {
            id: s.into(),
            name: s.into(),
            ..Stage::default()
        });
    }
    m.personas.push(Persona {
        id: "p".into(),
        name: "P".into(),
        ..Persona::default()
    });
    m.touchpoints = touchpoints;
    m
}

#[test]
fn pains_rank_by_severity_times_customers_per_hundred_with_ties_and_unscored_after() {
    let mut count_tp = tp(
        "c",
        "s2",
        vec![
            // 340 complaints a month over 17,000 monthly visits: 2 per 100, × 4 = 8.
            pain(
                "counted",
                4,
                Some(Frequency::Count {
                    count: 340,
                    period: "ay".into(),
                }),
            ),
            // A weekly count against monthly visits: not the same period, cannot be scored.
            pain(
                "weekly",
                5,
                Some(Frequency::Count {
                    count: 10,
                    period: "week".into(),
                }),
            ),
        ],
    );
    count_tp.metrics = vec![visits(17_000.0, "Aylık")];
    let m = map(vec![
        tp(
            "a",
            "s1",
            vec![pain("a1", 2, per100(10.0)), pain("none", 3, None)],
        ),
        tp(
            "b",
            "s1",
            vec![pain("b1", 5, per100(4.0)), pain("b2", 1, per100(20.0))],
        ),
        count_tp,
    ]);
    let scores = pain_scores(&m);
    let got: Vec<(String, Option<f64>)> = scores
        .iter()
        .map(|p| (p.pain_point.clone(), p.score))
        .collect();
    assert_eq!(
        got,
        vec![
            // 20 = 2 × 10 = 5 × 4 = 1 × 20: higher severity first.
            ("b1".into(), Some(20.0)),
            ("a1".into(), Some(20.0)),
            ("b2".into(), Some(20.0)),
            ("counted".into(), Some(8.0)),
            // Unscored after the scored, by severity.
            ("weekly".into(), None),
            ("none".into(), None),
        ]
    );
    let why: Vec<Option<Unscored>> = scores.iter().map(|p| p.unscored).collect();
    assert_eq!(
        why[4..],
        [Some(Unscored::NoVolume), Some(Unscored::NoFrequency)]
    );
    assert_eq!(scores[3].per_hundred, Some(2.0));
    // Stages by their summed score: s1 = 60, s2 = 8.
    assert_eq!(
        stage_pain_totals(&m),
        vec![("s1".to_string(), 60.0), ("s2".to_string(), 8.0)]
    );
}

#[test]
fn periods_match_by_name_or_by_length() {
    assert_eq!(unit_named("/ay"), Some(PeriodUnit::Month));
    assert_eq!(unit_named("YILLIK"), Some(PeriodUnit::Year));
    assert_eq!(unit_named("per day"), Some(PeriodUnit::Day));
    assert_eq!(unit_named("Kasım 2026"), None);
    let mut november = visits(1.0, "Kasım 2026");
    assert!(same_period(&november, "kasım 2026"));
    assert!(!same_period(&november, "month"), "a name is not a length");
    november.period = Some(Period {
        from: "2026-11-01".into(),
        to: "2026-11-30".into(),
        name: String::new(),
    });
    assert!(same_period(&november, "month") && same_period(&november, "ayda"));
    assert!(!same_period(&november, "week"));
}

#[test]
fn exits_rank_by_rate_and_by_customers_lost() {
    let exit = |rate: Option<f64>| {
        Some(ExitPoint {
            rate,
            ..ExitPoint::default()
        })
    };
    let mut a = tp("a", "s1", vec![]);
    a.exit_point = exit(Some(0.1));
    a.metrics = vec![visits(10_000.0, "")];
    let mut b = tp("b", "s1", vec![]);
    b.exit_point = exit(Some(0.34));
    let mut c = tp("c", "s2", vec![]);
    c.exit_point = exit(None);
    let mut d = tp("d", "s2", vec![]);
    d.exit_point = exit(Some(0.34));
    d.metrics = vec![visits(500.0, "")];
    let m = map(vec![a, b, c, d]);
    let order: Vec<String> = exits(&m).into_iter().map(|e| e.touchpoint).collect();
    assert_eq!(
        order,
        ["b", "d", "a", "c"],
        "ties keep journey order; no rate last"
    );
    let lost: Vec<(String, Option<f64>)> = exits_by_lost(&m)
        .into_iter()
        .map(|e| (e.touchpoint, e.lost))
        .collect();
    assert_eq!(
        lost,
        [("a".into(), Some(1000.0)), ("d".into(), Some(170.0))]
    );
}

#[test]
fn lowest_moments_the_emotion_summary_and_gaps() {
    let mut a = tp("a", "s1", vec![]);
    a.emotions.insert("p".into(), -1);
    let mut b = tp("b", "s1", vec![]);
    b.emotions.insert("p".into(), -1);
    let mut c = tp("c", "s2", vec![]);
    c.emotions.insert("p".into(), 2);
    c.gap = Some(ServiceGap {
        expected: 6.0,
        received: 3.5,
        scale: "1-7".into(),
    });
    c.expectation = "Hızlı kargo".into();
    c.experience = "Üç gün sürdü".into();
    let mut d = tp("d", "s2", vec![]);
    d.expectation = "Kolay iade".into();
    d.experience = "Formu bulamadı".into();
    let m = map(vec![a, b, c, d]);
    let low = lowest_per_persona(&m);
    assert_eq!(low.len(), 1);
    assert_eq!(
        (low[0].touchpoint.as_str(), low[0].emotion),
        ("a", -1),
        "ties: first"
    );
    let per_stage: Vec<(String, i8)> = lowest_per_stage(&m)
        .into_iter()
        .map(|m| (m.stage, m.emotion))
        .collect();
    assert_eq!(per_stage, [("s1".into(), -1), ("s2".into(), 2)]);
    let s = emotion_summary(&m);
    assert_eq!(s.neutral, 0.0);
    assert_eq!(
        s.stage_means,
        [("s1".into(), Some(-1.0)), ("s2".into(), Some(2.0))]
    );
    assert_eq!(s.at_or_above_neutral, Some(1.0 / 3.0));
    let g = gaps(&m);
    assert_eq!(g.len(), 2);
    assert_eq!((g[0].touchpoint.as_str(), g[0].gap()), ("c", Some(-2.5)));
    assert_eq!((g[1].touchpoint.as_str(), g[1].gap()), ("d", None));
    // On a 1–5 scale, neutral is 3.
    let mut five = m.clone();
    five.emotion_scale = EmotionScale {
        min: 1,
        max: 5,
        labels: vec![],
    };
    assert_eq!(emotion_summary(&five).neutral, 3.0);
}

#[test]
fn the_insight_list_orders_by_kind_then_score() {
    let mut a = tp(
        "a",
        "s1",
        vec![pain("a1", 2, per100(5.0)), pain("a2", 4, per100(5.0))],
    );
    a.evidence = Evidence::Observed;
    a.emotions.insert("p".into(), -2);
    let mut b = tp("b", "s2", vec![pain("b1", 1, None)]);
    b.forced_switch = Some(ForcedSwitch::default());
    b.exit_point = Some(ExitPoint {
        rate: Some(0.2),
        ..ExitPoint::default()
    });
    b.metrics = vec![Metric {
        id: "wait".into(),
        kind: MetricKind::WaitTime,
        value: Some(7.5),
        target: Some(2.0),
        direction: Direction::Lower,
        ..Metric::default()
    }];
    b.gap = Some(ServiceGap {
        expected: 5.0,
        received: 4.0,
        scale: "1-7".into(),
    });
    let m = map(vec![a, b]);
    let got: Vec<(InsightKind, Option<&str>, Option<f64>)> = insights(&m)
        .iter()
        .map(|i| {
            (
                i.kind,
                i.touchpoint.as_deref().or(i.stage.as_deref()),
                i.score,
            )
        })
        .map(|(k, t, s)| {
            (
                k,
                t.map(|t| {
                    if t == "a" {
                        "a"
                    } else if t == "b" {
                        "b"
                    } else {
                        "s"
                    }
                }),
                s,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (InsightKind::PainHotspot, Some("a"), Some(20.0)),
            (InsightKind::PainHotspot, Some("a"), Some(10.0)),
            (InsightKind::PainHotspot, Some("b"), None),
            (InsightKind::Exit, Some("b"), Some(20.0)),
            (InsightKind::Gap, Some("b"), Some(1.0)),
            (InsightKind::MetricMissed, Some("b"), Some(275.0)),
            (InsightKind::ForcedSwitch, Some("b"), Some(0.0)),
            (InsightKind::LowestMoment, Some("a"), Some(2.0)),
            // s1: 1 observed touchpoint of 1 + 2 assumed pains = 1/3 backed; s2: none.
            (InsightKind::Unbacked, Some("s"), Some(100.0)),
            (
                InsightKind::Unbacked,
                Some("s"),
                Some(100.0 - 1.0 / 3.0 * 100.0)
            ),
        ]
    );
}

#[test]
fn an_empty_map_has_no_insights_and_no_plan() {
    let m = JourneyMap::default();
    assert!(insights(&m).is_empty());
    assert!(pain_scores(&m).is_empty() && exits(&m).is_empty() && gaps(&m).is_empty());
    assert!(plan(&m).is_empty());
    assert_eq!(emotion_summary(&m).at_or_above_neutral, None);
}

#[test]
fn quadrants_follow_the_issues_lines() {
    assert_eq!(Quadrant::of(3, 2), Quadrant::QuickWin);
    assert_eq!(Quadrant::of(5, 1), Quadrant::QuickWin);
    assert_eq!(Quadrant::of(3, 3), Quadrant::MajorProject);
    assert_eq!(Quadrant::of(2, 2), Quadrant::FillIn);
    assert_eq!(Quadrant::of(1, 5), Quadrant::Thankless);
}

#[test]
fn the_plan_ranks_quadrant_impact_effort_linked_pains_then_list_order_and_done_last() {
    let action = |id: &str, impact: u8, effort: u8, pains: &[&str], status: ActionStatus| Action {
        id: id.into(),
        title: id.into(),
        impact,
        effort,
        status,
        pain_points: pains.iter().map(|p| p.to_string()).collect(),
        ..Action::default()
    };
    use ActionStatus::*;
    let mut m = map(vec![tp(
        "a",
        "s1",
        vec![pain("big", 5, per100(10.0)), pain("small", 1, per100(1.0))],
    )]);
    m.actions = vec![
        action("thankless", 1, 5, &[], Idea),
        action("done", 5, 1, &[], Done),
        action("major", 4, 4, &[], Planned),
        action("quick-small", 4, 2, &["small"], Idea),
        action("quick-big", 4, 2, &["big"], InProgress),
        action("quick-top", 5, 2, &[], Idea),
        action("quick-easy", 4, 1, &[], Idea),
        action("fill", 2, 1, &[], Idea),
        action("quick-small-2", 4, 2, &["small"], Idea),
    ];
    let got: Vec<(String, Quadrant, Option<usize>)> = plan(&m)
        .into_iter()
        .map(|r| (r.id, r.quadrant, r.rank))
        .collect();
    let ids: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        ids,
        [
            "quick-top",
            "quick-easy",
            "quick-big",
            "quick-small",
            "quick-small-2",
            "major",
            "fill",
            "thankless",
            "done"
        ]
    );
    let ranks: Vec<Option<usize>> = got.iter().map(|g| g.2).collect();
    assert_eq!(
        ranks,
        [
            Some(1),
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            Some(6),
            Some(7),
            Some(8),
            None
        ]
    );
    assert_eq!(
        got[8].1,
        Quadrant::QuickWin,
        "a done action keeps its quadrant"
    );
}

#[test]
fn an_action_from_an_insight_links_its_touchpoint_and_pain_and_remembers_its_origin() {
    use patika::analysis::plan::{action_for, action_title};
    let m = map(vec![tp(
        "a",
        "s1",
        vec![pain("Uzun bekleme", 4, per100(60.0))],
    )]);
    let worst = insights(&m).into_iter().next().expect("an insight");
    let title = action_title(&m, &worst).expect("the pain's words");
    assert_eq!(title, "Uzun bekleme");
    let a = action_for(&worst, "x".into(), title);
    assert_eq!(
        (a.touchpoints, a.pain_points),
        (vec!["a".into()], vec!["Uzun bekleme".into()])
    );
    let o = a.origin.expect("origin");
    assert_eq!(
        (o.kind, o.insight.as_str()),
        (OriginKind::PainPoint, "painHotspot")
    );
    assert_eq!(o.pain_point.as_deref(), Some("Uzun bekleme"));
}

#[test]
fn actions_sharing_a_cell_spread_around_it_on_the_matrix() {
    use patika::chart::{cell_centre, plan_points};
    let mut m = map(vec![]);
    for id in ["a", "b", "c"] {
        m.actions.push(Action {
            id: id.into(),
            impact: 5,
            effort: 1,
            ..Action::default()
        });
    }
    m.actions.push(Action {
        id: "d".into(),
        impact: 1,
        effort: 5,
        ..Action::default()
    });
    let points = plan_points(&m, &plan(&m));
    assert_eq!(points.len(), 4);
    let (cx, cy) = cell_centre(1, 5);
    let mean_x = points[..3].iter().map(|p| p.x).sum::<f64>() / 3.0;
    assert!(points[..3]
        .iter()
        .all(|p| (p.x - cx).abs() < 25.0 && (p.y - cy).abs() < 25.0));
    assert!((mean_x - cx).abs() < 10.0, "spread around the centre");
    let distinct: std::collections::HashSet<(i64, i64)> =
        points.iter().map(|p| (p.x as i64, p.y as i64)).collect();
    assert_eq!(distinct.len(), 4, "no two points on one place");
    // Quick wins top left, thankless bottom right.
    assert!(points[3].x > cx && points[3].y > cy);
}

#[test]
fn the_plan_csv_is_in_the_maps_language_in_priority_order() {
    use patika::interop::plan_csv::plan_to_csv;
    let mut m = map(vec![tp("a", "s1", vec![pain("p1", 4, per100(10.0))])]);
    m.touchpoints[0].name = "Çağrı; merkez".into();
    m.language = "tr".into();
    m.actions = vec![
        Action {
            id: "late".into(),
            title: "Sonra".into(),
            impact: 2,
            effort: 4,
            ..Action::default()
        },
        Action {
            id: "first".into(),
            title: "=Önce".into(),
            owner: "Çağrı merkezi".into(),
            impact: 5,
            effort: 1,
            touchpoints: vec!["a".into()],
            pain_points: vec!["p1".into()],
            status: ActionStatus::Planned,
            ..Action::default()
        },
    ];
    let csv = plan_to_csv(&m);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{feff}Sıra;Aksiyon;Açıklama;Sorumlu departman;Etki (1-5)"));
    assert_eq!(
        lines[1],
        "1;'=Önce;;Çağrı merkezi;5;1;Hızlı kazanım;Planlandı;;\"Çağrı; merkez\";p1;;first\r"
            .trim_end_matches('\r')
    );
    assert!(lines[2].starts_with("2;Sonra;;;2;4;Nankör iş;Fikir;"));
    m.language = "en".into();
    assert!(plan_to_csv(&m).contains("1,'=Önce,,Çağrı merkezi,5,1,Quick win,Planned,"));
}

#[test]
fn the_last_research_round_is_the_last_renew_snapshot_else_the_newest_measurement() {
    use patika::analysis::cycle::*;
    let mut m = map(vec![tp("a", "s1", vec![])]);
    assert_eq!(last_research(&m, &[]), None);
    m.touchpoints[0].metrics = vec![
        Metric {
            date: "2026-03-01".into(),
            ..Metric::default()
        },
        Metric {
            period: Some(Period {
                from: "2026-04-01".into(),
                to: "2026-04-30".into(),
                name: String::new(),
            }),
            ..Metric::default()
        },
    ];
    let measured = last_research(&m, &[]).expect("measured");
    assert_eq!(
        measured,
        LastResearch::Measured {
            date: "2026-04-30".into()
        }
    );
    assert!(
        !renew_due(&m, Some(&measured), "2026-10-01T00:00:00Z"),
        "five months"
    );
    assert!(
        renew_due(&m, Some(&measured), "2026-11-01T00:00:00Z"),
        "six months"
    );
    m.renew_after_months = Some(12);
    assert!(!renew_due(&m, Some(&measured), "2026-11-01T00:00:00Z"));
    let rounds = [
        ("Bahar".to_string(), "2026-05-10T09:00:00Z".to_string()),
        ("Yaz".to_string(), "2026-08-10T09:00:00Z".to_string()),
    ];
    let last = last_research(&m, &rounds).expect("a round");
    assert_eq!(last.date(), "2026-08-10T09:00:00Z");
    assert_eq!(months_between(last.date(), "2026-12-02T00:00:00Z"), Some(3));
    assert_eq!(
        renew_due(&m, None, "2030-01-01"),
        false,
        "nothing known: no nagging"
    );
}

#[test]
fn the_cycle_step_is_a_command_with_its_inverse() {
    let mut m = map(vec![]);
    assert_eq!(m.cycle, CycleStep::Map, "a map is made at the map step");
    let undo = apply(&mut m, Command::SetCycle(CycleStep::Renew)).expect("apply");
    assert_eq!(m.cycle, CycleStep::Renew);
    apply(&mut m, undo).expect("undo");
    assert_eq!(m.cycle, CycleStep::Map);
    let undo = apply(&mut m, Command::SetRenewAfter(Some(3))).expect("apply");
    apply(&mut m, undo).expect("undo");
    assert_eq!(m.renew_after_months, None);
}

#[test]
fn an_action_from_a_pain_points_editor_is_titled_with_its_words_and_linked() {
    use patika::analysis::plan::action_for_pain;
    let t = tp("a", "s1", vec![pain("p1", 4, per100(60.0))]);
    let a = action_for_pain(&t, &t.pain_points[0], "x".into());
    assert_eq!(
        (
            a.title.as_str(),
            a.touchpoints.clone(),
            a.pain_points.clone()
        ),
        ("p1", vec!["a".to_string()], vec!["p1".to_string()])
    );
    let o = a.origin.expect("origin");
    assert_eq!(
        (o.kind, o.pain_point.as_deref()),
        (OriginKind::PainPoint, Some("p1"))
    );
}

#[test]
fn the_plan_markdown_is_a_table_in_priority_order_with_descriptions_under_it() {
    use patika::i18n::{plan_markdown, Lang};
    let mut m = map(vec![tp("a", "s1", vec![pain("p1", 4, per100(10.0))])]);
    m.title = "Kart | başvuru".into();
    m.touchpoints[0].name = "Çağrı merkezi".into();
    m.actions = vec![
        Action {
            id: "done".into(),
            title: "Eski".into(),
            status: ActionStatus::Done,
            ..Action::default()
        },
        Action {
            id: "first".into(),
            title: "Geri | arama".into(),
            description: "Bekleyen müşteriyi\ngeri ara.".into(),
            owner: "Çağrı merkezi".into(),
            impact: 5,
            effort: 1,
            touchpoints: vec!["a".into()],
            status: ActionStatus::Planned,
            due: Some("2027-01-31".into()),
            ..Action::default()
        },
    ];
    assert_eq!(
        plan_markdown(Lang::Tr, &m),
        "# Kart \\| başvuru — Aksiyon planı\n\n\
         | Sıra | Aksiyon | Etki × efor | Sorumlu departman | Durum | Etki (1–5) | Efor (1–5) \
         | Bitiş tarihi | Temas noktaları |\n\
         |---|---|---|---|---|---|---|---|---|\n\
         | 1 | Geri \\| arama | Hızlı kazanım | Çağrı merkezi | Planlandı | 5 | 1 | 2027-01-31 | Çağrı merkezi |\n\
         | — | Eski | Büyük proje |  | Tamamlandı | 3 | 3 |  |  |\n\
         \n### Geri \\| arama\n\nBekleyen müşteriyi\ngeri ara.\n"
    );
    m.actions.clear();
    assert_eq!(
        plan_markdown(Lang::En, &m),
        "# Kart \\| başvuru — Action plan\n\nNo actions yet.\n"
    );
}
