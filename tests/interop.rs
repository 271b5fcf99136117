//! Other tools' files from disk (tests/fixtures/interop), both directions, malformed ones included.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::ImportError;
use patika::i18n::note_text;
use patika::interop::{cjml, csv, mermaid};
use patika::model::JourneyMap;
use patika::model::Lang;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/interop/{name}")).expect("fixture")
}

fn names(m: &JourneyMap) -> Vec<String> {
    m.journey_order().iter().map(|t| t.name.clone()).collect()
}

#[test]
fn mermaid_fixtures() {
    let c = mermaid::from_mermaid(&fixture("journey-tr.mmd"), Lang::Tr, "t").expect("journey");
    let m = c.imported.map;
    assert_eq!(
        (m.title.as_str(), m.description.as_str()),
        ("Kargo takibi", "Siparişten teslimata")
    );
    assert_eq!(
        names(&m),
        [
            "Siparişi verir",
            "Kargo SMS'i gelmez",
            "Çağrı merkezini arar"
        ]
    );
    assert_eq!(
        m.personas
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Ayşe", "Mehmet"]
    );
    let (text, _) = mermaid::to_mermaid(&m);
    assert_eq!(
        names(
            &mermaid::from_mermaid(&text, Lang::Tr, "t")
                .expect("again")
                .imported
                .map
        ),
        names(&m)
    );
    assert!(matches!(
        mermaid::from_mermaid(&fixture("not-a-journey.mmd"), Lang::Tr, "t"),
        Err(ImportError::WrongFormat { .. })
    ));
}

#[test]
fn csv_fixtures() {
    let c = csv::from_csv(&fixture("touchpoints-tr.csv"), "Kargo", Lang::Tr, "t").expect("tr csv");
    let m = &c.imported.map;
    assert_eq!(names(m), ["Siparişi verir", "Kargo \"SMS\" gelmez"]);
    assert_eq!(
        m.touchpoints[1]
            .pain_points
            .iter()
            .map(|p| (p.text.as_str(), p.severity))
            .collect::<Vec<_>>(),
        [("Gecikme", 4), ("Bilgi yok", 3)]
    );
    assert_eq!(
        m.touchpoints[1]
            .emotions
            .values()
            .copied()
            .collect::<Vec<_>>(),
        [-2]
    );
    assert_eq!(
        c.notes
            .iter()
            .map(|n| (note_text(Lang::En, n), note_text(Lang::Tr, n)))
            .collect::<Vec<_>>(),
        [(
            "unknown column \"Not\" was skipped".to_string(),
            "bilinmeyen \"Not\" sütunu atlandı".to_string()
        )]
    );
    let en = csv::from_csv(&fixture("touchpoints-en.csv"), "Support", Lang::En, "t")
        .expect("en csv")
        .imported
        .map;
    assert_eq!(
        names(&en),
        ["=Calls support"],
        "the formula guard is removed on import"
    );
    let back = csv::from_csv(&csv::to_csv(m), "Kargo", Lang::Tr, "t")
        .expect("round trip")
        .imported
        .map;
    assert_eq!(names(&back), names(m));
    assert!(matches!(
        csv::from_csv(&fixture("no-touchpoint-column.csv"), "x", Lang::En, "t"),
        Err(ImportError::InvalidField { .. })
    ));
}

#[test]
fn cjml_fixtures() {
    let m = cjml::from_cjml(&fixture("cjml-example.xml"), Lang::En, "t")
        .expect("cjml")
        .imported
        .map;
    assert_eq!(names(&m), ["Customer creates account"]);
    let (xml, _) = cjml::to_cjml(&m);
    assert_eq!(
        names(
            &cjml::from_cjml(&xml, Lang::En, "t")
                .expect("again")
                .imported
                .map
        ),
        names(&m)
    );
    assert!(matches!(
        cjml::from_cjml(&fixture("cjml-unclosed.xml"), Lang::En, "t"),
        Err(ImportError::InvalidField { .. })
    ));
}

#[test]
fn csv_carries_sources_and_refused_addresses_arrive_as_text() {
    use patika::model::{samples, Link};
    let mut m = samples::sample(samples::Sample::OnlineShopTr, "m", "2026-11-24T10:00:00Z");
    m.touchpoints[0].sources = vec![
        Link {
            title: "Çağrı kayıtları, Ekim".into(),
            url: "https://example.com/calls".into(),
        },
        Link {
            title: String::new(),
            url: "mailto:cx@example.com".into(),
        },
        Link {
            title: "Mülakat notları".into(),
            url: String::new(),
        },
    ];
    let back = csv::from_csv(&csv::to_csv(&m), "x", Lang::Tr, "t")
        .expect("round trip")
        .imported
        .map;
    assert_eq!(back.touchpoints[0].sources, m.touchpoints[0].sources);
    let text = "Aşama;Kanal;Temas noktası;Kaynaklar\nKeşif;Web;Arar;\"Rapor javascript:alert(1)\nhttps://example.com/ok\"\n";
    let c = csv::from_csv(text, "x", Lang::Tr, "t").expect("csv");
    let got: Vec<_> = c.imported.map.touchpoints[0]
        .sources
        .iter()
        .map(|l| (l.title.clone(), l.url.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Rapor (javascript:alert(1))".to_string(), String::new()),
            (String::new(), "https://example.com/ok".to_string())
        ]
    );
    assert!(c
        .imported
        .report
        .notes
        .iter()
        .any(|n| n.kind == patika::format::RepairKind::UnsafeLink));
}

#[test]
fn a_hundred_thousand_rows_are_too_many_touchpoints_not_a_size_nobody_wrote() {
    let mut text = String::from("Aşama,Temas noktası\n");
    for i in 0..100_000 {
        text.push_str(&format!("Keşif,Adım {i}\n"));
    }
    assert!(text.len() < 2_000_000);
    match csv::from_csv(&text, "x", Lang::Tr, "t") {
        Err(ImportError::TooMany { what, count, limit }) => {
            assert_eq!(
                (what.as_str(), count, limit),
                ("touchpoints", 100_000, 20_000)
            );
        }
        other => panic!("{:?}", other.map(|c| c.imported.map.touchpoints.len())),
    }
}

#[test]
fn a_windows_1254_turkish_csv_is_read_and_said() {
    // Turkish Excel's "CSV (virgülle ayrılmış)": Windows-1254, semicolons.
    let bytes = b"A\xfeama;Temas noktas\xfd\nKe\xfeif;\xddade iste\xf0i\n".to_vec();
    assert!(std::str::from_utf8(&bytes).is_err());
    let c = csv::from_csv_bytes(&bytes, "x", Lang::Tr, "t").expect("read as Windows-1254");
    assert_eq!(c.imported.map.touchpoints[0].name, "İade isteği");
    assert_eq!(c.imported.map.stages[0].name, "Keşif");
    assert!(note_text(Lang::Tr, &c.notes[0]).contains("Windows-1254"));
}

#[test]
fn deep_xml_is_said_as_xml() {
    let text = format!("{}{}", "<a>".repeat(100), "</a>".repeat(100));
    assert!(matches!(
        cjml::from_cjml(&text, Lang::En, "t"),
        Err(ImportError::XmlTooDeep { limit: 64 })
    ));
}

#[test]
fn csv_carries_spaces_apostrophes_frequencies_and_turkish_numbers() {
    use patika::model::samples::{sample, Sample};
    use patika::model::{ExitPoint, ExitReason, Frequency};
    let mut m = sample(Sample::OnlineShopTr, "x", "t");
    m.touchpoints[0].name = "  iki boşlukla başlar ve biter  ".into();
    m.touchpoints[1].name = "'=not a formula".into();
    m.touchpoints[2].name = "''=two apostrophes".into();
    m.touchpoints[0].pain_points = vec![patika::model::PainPoint {
        id: "p1".into(),
        text: "Kargo sürprizi (yine)".into(),
        severity: 4,
        frequency: Some(Frequency::PerHundred { value: 12.5 }),
        ..Default::default()
    }];
    m.touchpoints[1].pain_points = vec![patika::model::PainPoint {
        id: "p2".into(),
        text: "Şikâyet".into(),
        severity: 2,
        frequency: Some(Frequency::Count {
            count: 340,
            period: "ay".into(),
        }),
        ..Default::default()
    }];
    m.touchpoints[2].exit_point = Some(ExitPoint {
        reason: ExitReason::CartAbandoned,
        rate: Some(0.125),
    });
    let text = csv::to_csv(&m);
    assert!(
        text.contains("%12,5"),
        "a Turkish CSV writes numbers the Turkish way"
    );
    assert!(!text.contains("12.5%"));
    let back = csv::from_csv(&text, "x", Lang::Tr, "t")
        .expect("back")
        .imported
        .map;
    let tps = &back.touchpoints;
    assert_eq!(tps[0].name, m.touchpoints[0].name, "spaces kept");
    assert_eq!(tps[1].name, "'=not a formula");
    assert_eq!(tps[2].name, "''=two apostrophes");
    assert_eq!(tps[0].pain_points[0].text, "Kargo sürprizi (yine)");
    assert_eq!(tps[0].pain_points[0].severity, 4);
    assert_eq!(
        tps[0].pain_points[0].frequency,
        Some(Frequency::PerHundred { value: 12.5 })
    );
    assert_eq!(
        tps[1].pain_points[0].frequency,
        Some(Frequency::Count {
            count: 340,
            period: "ay".into()
        })
    );
    assert_eq!(tps[2].exit_point.as_ref().unwrap().rate, Some(0.125));
    // Either way of writing a percent reads back.
    let en = text.replace("%12,5", "12.5%");
    let back = csv::from_csv(&en, "x", Lang::Tr, "t")
        .expect("en")
        .imported
        .map;
    assert_eq!(
        back.touchpoints[2].exit_point.as_ref().unwrap().rate,
        Some(0.125)
    );
}

#[test]
fn a_turkish_csv_speaks_turkish_and_reads_earlier_words_back() {
    use patika::i18n::{text, Key};
    use patika::model::{Evidence, ExitPoint, ExitReason};
    let mut m = patika::model::samples::sample(
        patika::model::samples::Sample::OnlineShopTr,
        "m",
        "2026-12-02T10:00:00Z",
    );
    let reasons = [
        (ExitReason::CartAbandoned, Key::ExitCart),
        (ExitReason::Refund, Key::ExitRefund),
        (ExitReason::UpgradeRefused, Key::ExitUpgrade),
    ];
    let levels = [
        (Evidence::Observed, Key::Observed),
        (Evidence::Assumed, Key::Assumed),
        (Evidence::Proposed, Key::Proposed),
    ];
    for (i, t) in m.touchpoints.iter_mut().take(3).enumerate() {
        t.exit_point = Some(ExitPoint {
            reason: reasons[i].0.clone(),
            ..Default::default()
        });
        t.evidence = levels[i].0;
    }
    let text_tr = csv::to_csv(&m);
    // The interface's own words: one vocabulary for the screen and the file.
    for key in [
        Key::ExitCart,
        Key::ExitRefund,
        Key::ExitUpgrade,
        Key::Observed,
        Key::Assumed,
        Key::Proposed,
    ] {
        assert!(
            text_tr.contains(text(Lang::Tr, key)),
            "{key:?} in {text_tr}"
        );
    }
    assert!(text_tr.contains("Acı noktaları") && !text_tr.contains("cartAbandoned"));
    let back = csv::from_csv(&text_tr, "x", Lang::Tr, "t").expect("reads back");
    let order = |map: &JourneyMap| -> Vec<(Option<ExitReason>, Evidence)> {
        map.journey_order()
            .iter()
            .map(|t| (t.exit_point.as_ref().map(|e| e.reason.clone()), t.evidence))
            .collect()
    };
    assert_eq!(order(&back.imported.map), order(&m));
    // Earlier files: "Sorun noktaları" / "Ağrı noktaları" headers, the old exit words, codes.
    for header in ["Sorun noktaları", "Ağrı noktaları"] {
        let old = format!(
            "Aşama;Kanal;Temas noktası;{header};Çıkış;Kanıt\nKeşif;Web;Arar;Kargo pahalı;Alışveriş sepetini terk;observed\n"
        );
        let c = csv::from_csv(&old, "x", Lang::Tr, "t").expect("old file");
        let t = &c.imported.map.touchpoints[0];
        assert_eq!(t.pain_points[0].text, "Kargo pahalı", "{header}");
        assert_eq!(
            t.exit_point.as_ref().map(|e| e.reason.clone()),
            Some(ExitReason::CartAbandoned)
        );
        assert_eq!(t.evidence, Evidence::Observed);
        assert!(c
            .notes
            .iter()
            .all(|n| !matches!(n, patika::interop::Note::UnknownColumn { .. })));
    }
}

#[test]
fn a_forced_hand_over_travels_in_csv_and_is_said_left_out_elsewhere() {
    use patika::model::samples::{sample, Sample};
    let m = sample(Sample::BroadbandEn, "m", "2026-12-02T10:00:00Z");
    let forced = |map: &JourneyMap| -> Vec<(String, String)> {
        map.journey_order()
            .iter()
            .filter_map(|t| {
                t.forced_switch
                    .as_ref()
                    .map(|f| (t.name.clone(), f.note.clone()))
            })
            .collect()
    };
    assert_eq!(forced(&m).len(), 1);
    let back = csv::from_csv(&csv::to_csv(&m), "x", Lang::En, "t").expect("csv");
    assert_eq!(forced(&back.imported.map), forced(&m));
    // A forced hand-over without a note is "yes" / "evet".
    let mut quiet = m.clone();
    quiet.touchpoints.iter_mut().for_each(|t| {
        if let Some(f) = t.forced_switch.as_mut() {
            f.note.clear();
        }
    });
    let text = csv::to_csv(&quiet);
    assert!(
        text.lines()
            .any(|l| l.ends_with(",yes,-2") || l.contains(",yes,")),
        "{text}"
    );
    let back = csv::from_csv(&text, "x", Lang::En, "t").expect("csv");
    assert_eq!(forced(&back.imported.map), forced(&quiet));
    // Mermaid has no place for it: said, not dropped silently.
    let (_, notes) = mermaid::to_mermaid(&m);
    assert!(
        notes
            .iter()
            .any(|n| note_text(Lang::Tr, n).contains("zorunlu kanal geçişleri")),
        "{notes:?}"
    );
}

mod numbers {
    use patika::interop::numbers::{read_number, write_number, NumberProblem, TypedNumber};
    use patika::model::Lang;

    fn value(lang: Lang, s: &str) -> f64 {
        read_number(lang, s).map(|n| n.value).unwrap_or(f64::NAN)
    }

    #[test]
    fn turkish_and_english_numbers_read_as_each_writes_them() {
        assert_eq!(value(Lang::Tr, "12,5"), 12.5);
        assert_eq!(value(Lang::Tr, "1.840"), 1840.0);
        assert_eq!(value(Lang::Tr, "1.840,25"), 1840.25);
        assert_eq!(value(Lang::Tr, "1 840"), 1840.0);
        assert_eq!(value(Lang::Tr, "−3"), -3.0);
        assert_eq!(value(Lang::En, "12.5"), 12.5);
        assert_eq!(value(Lang::En, "1,840"), 1840.0);
        assert_eq!(value(Lang::En, "1,840.25"), 1840.25);
        assert_eq!(value(Lang::En, "+12"), 12.0);
        // The same text, two numbers: never guessed across languages.
        assert_eq!(value(Lang::En, "1.840"), 1.84);
        assert_eq!(value(Lang::Tr, "1,840"), 1.84);
        assert_eq!(
            read_number(Lang::Tr, "%35"),
            Ok(TypedNumber {
                value: 35.0,
                percent: true
            })
        );
        assert_eq!(
            read_number(Lang::En, "35%").map(|n| (n.value, n.percent)),
            Ok((35.0, true))
        );
        assert_eq!(read_number(Lang::Tr, "%12,5").map(|n| n.value), Ok(12.5));
    }

    #[test]
    fn a_form_of_the_other_language_is_refused_with_its_reason() {
        for (lang, typed) in [
            (Lang::Tr, "12.5"),
            (Lang::Tr, "1,840.5"),
            (Lang::Tr, "0.25"),
            (Lang::En, "12,5"),
            (Lang::En, "1.840,5"),
        ] {
            assert_eq!(
                read_number(lang, typed),
                Err(NumberProblem::OtherLanguage),
                "{typed}"
            );
        }
        for typed in ["abc", "1.2.3,4,5", "--5", "12,", ",5", "5%%5", "1e3"] {
            assert_eq!(
                read_number(Lang::Tr, typed),
                Err(NumberProblem::NotANumber),
                "{typed}"
            );
        }
        assert_eq!(read_number(Lang::En, "  "), Err(NumberProblem::Empty));
    }

    #[test]
    fn a_number_written_back_reads_the_same() {
        for v in [0.0, 12.5, -3.25, 1840.0, 7.125] {
            for lang in [Lang::Tr, Lang::En] {
                let s = write_number(lang, v, 3);
                assert_eq!(value(lang, &s), v, "{s}");
            }
        }
        assert_eq!(write_number(Lang::Tr, 12.5, 2), "12,5");
        assert_eq!(write_number(Lang::En, 12.0, 2), "12");
        assert_eq!(write_number(Lang::Tr, -0.0001, 2), "0");
    }
}

mod metrics_csv {
    use patika::interop::metrics_csv::{metrics_from_csv, metrics_to_csv, NotMetricsCsv};
    use patika::model::samples::{sample, Sample};
    use patika::model::{Direction, JourneyMap, Metric, MetricKind, Period};

    fn with_metrics(s: Sample) -> JourneyMap {
        let mut m = sample(s, "m", "2026-12-02T10:00:00Z");
        let tp = &mut m.touchpoints[1];
        tp.metrics = vec![
            Metric {
                id: "nps-1".into(),
                kind: MetricKind::Nps,
                counts: [("promoters", 60), ("passives", 25), ("detractors", 15)]
                    .map(|(k, n)| (k.to_string(), n))
                    .into(),
                scale: "0-10".into(),
                source: "Anket; Kasım".into(),
                period: Some(Period {
                    name: "Kasım 2026".into(),
                    ..Period::default()
                }),
                ..Metric::default()
            },
            Metric {
                id: "wait-1".into(),
                kind: MetricKind::WaitTime,
                value: Some(12.5),
                unit: "dakika".into(),
                n: Some(1840),
                direction: Direction::Lower,
                target: Some(2.0),
                ..Metric::default()
            },
            Metric {
                id: "visits-1".into(),
                kind: MetricKind::Visits,
                value: Some(182_400.0),
                ..Metric::default()
            },
        ];
        // The visits count this funnel step's arrivals: the mark travels in its own column.
        tp.funnel_step = Some("visits-1".into());
        m
    }

    #[test]
    fn metrics_go_out_and_come_back_in_either_language() {
        for s in [Sample::OnlineShopTr, Sample::BroadbandEn] {
            let m = with_metrics(s);
            let csv = metrics_to_csv(&m);
            if s == Sample::OnlineShopTr {
                assert!(
                    csv.starts_with("\u{feff}Temas noktası kimliği;Temas noktası;"),
                    "{csv}"
                );
                assert!(
                    csv.contains(";Bekleme süresi;")
                        && csv.contains(";12,5;")
                        && csv.contains(";düşük;")
                );
                // A cell with the separator is quoted.
                assert!(csv.contains("\"Anket; Kasım\""));
                assert!(csv.contains(";Huni adımı\r\n") && csv.contains(";evet\r\n"));
            } else {
                assert!(
                    csv.starts_with("\u{feff}Touchpoint id,Touchpoint,"),
                    "{csv}"
                );
                assert!(
                    csv.contains(",waitTime,") && csv.contains(",12.5,") && csv.contains(",lower,")
                );
            }
            // Into the same map with its metrics gone: they come back whole.
            let mut bare = m.clone();
            bare.touchpoints.iter_mut().for_each(|t| {
                t.metrics.clear();
                t.funnel_step = None;
            });
            let total: usize = m.touchpoints.iter().map(|t| t.metrics.len()).sum();
            let (back, read) = metrics_from_csv(&bare, &csv).expect("a metrics CSV");
            assert_eq!(back.touchpoints, m.touchpoints);
            assert_eq!((read.added, read.updated), (total, 0));
            // Again into the map that has them: updated by id, nothing doubled.
            let (again, read) = metrics_from_csv(&back, &csv).expect("again");
            assert_eq!(again.touchpoints, m.touchpoints);
            assert_eq!((read.added, read.updated), (0, total));
        }
    }

    #[test]
    fn the_touchpoint_csv_says_each_metric_readably_in_the_files_language() {
        let csv = patika::interop::csv::to_csv(&with_metrics(Sample::OnlineShopTr));
        assert!(
            csv.contains(
                "NPS 45 · n 100\nBekleme süresi 12,5 dakika · n 1840 · hedef 2\nZiyaret 182400"
            ),
            "{csv}"
        );
        let csv = patika::interop::csv::to_csv(&with_metrics(Sample::BroadbandEn));
        assert!(
            csv.contains("NPS 45 · n 100\nWait time 12.5 dakika · n 1840 · target 2"),
            "{csv}"
        );
    }

    #[test]
    fn rows_for_unknown_touchpoints_and_numbers_of_the_other_language_are_told() {
        let m = with_metrics(Sample::OnlineShopTr);
        let csv = "Temas noktası;Tür;Değer\nYok böyle bir adım;NPS;12\nGoogle'da arar, yorumları okur;Bekleme süresi;12.5\n";
        let (back, read) = metrics_from_csv(&m, csv).expect("read");
        assert_eq!(read.unmatched, vec![2]);
        assert_eq!(
            read.unreadable,
            vec![(3, "Value".to_string())],
            "12.5 is not Turkish"
        );
        let added = back.touchpoints[1].metrics.last().expect("added");
        assert_eq!((added.kind, added.value), (MetricKind::WaitTime, None));
        assert!(!added.id.is_empty());
        assert_eq!(
            metrics_from_csv(&m, "Name,Stage\nx,y\n"),
            Err(NotMetricsCsv::Headers)
        );
    }
}
