//! The emotion curve: projection maths and the SVG drawn by the shared plotters function.
#![cfg(not(target_arch = "wasm32"))]
use patika::chart::*;
use patika::i18n::Lang;
use patika::model::samples::{sample, Sample};
use patika::model::*;

fn text() -> CurveText {
    CurveText {
        scale_labels: ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
        lang: Lang::Tr,
        marks: ["Acı", "Zorunlu", "Değişim"].map(String::from),
    }
}

#[test]
fn projection_round_trips() {
    let p = Projection {
        top: 40.0,
        bottom: 240.0,
        min: -2,
        max: 2,
    };
    for v in -2..=2 {
        let y = p.y_of(v as f64);
        assert!((p.value_at(y) - v as f64).abs() < 1e-9);
        assert_eq!(p.snap(y), v);
        assert_eq!(p.snap(y + 20.0), v, "snaps to the nearest step");
    }
    assert_eq!(p.y_of(2.0), 40.0);
    assert_eq!(p.y_of(-2.0), 240.0);
    assert_eq!(p.snap(-1000.0), 2);
    assert_eq!(p.snap(1000.0), -2);
    let flat = Projection {
        top: 40.0,
        bottom: 240.0,
        min: 0,
        max: 0,
    };
    assert_eq!(flat.y_of(0.0), 140.0);
    assert_eq!(flat.snap(10.0), 0);
}

#[test]
fn layout_puts_points_inside_their_stage_band() {
    let m = sample(Sample::OnlineShopTr, "m", "t");
    let l = layout_curve(&m, 1200, 300);
    assert_eq!(l.bands.len(), 4);
    assert_eq!(l.points.len(), m.touchpoints.len());
    for pt in &l.points {
        let stage = &m.touchpoint(&pt.touchpoint).unwrap().stage;
        let band = l.bands.iter().find(|b| &b.stage == stage).unwrap();
        assert!(band.x0 < pt.x && pt.x < band.x1);
    }
    assert_eq!(l.nearest_point(0.0).unwrap().index, 0);
    let single = JourneyMap {
        stages: vec![Stage {
            id: "s".into(),
            ..Stage::default()
        }],
        ..JourneyMap::default()
    };
    assert!(layout_curve(&single, 100, 100).points.is_empty());
}

#[test]
fn svg_has_stage_labels_points_and_exit_marks() {
    let m = sample(Sample::OnlineShopTr, "m", "t");
    let svg = emotion_curve_svg(&m, 1200, 320, &text(), None);
    for s in &m.stages {
        assert!(svg.contains(&s.name), "stage {}", s.name);
    }
    assert_eq!(svg.matches("Çıkış").count(), 2, "two exit points");
    assert!(
        svg.contains("Çıkış %35"),
        "Turkish writes the percent sign first"
    );
    let markers = svg.matches("<circle").count()
        + svg.matches("<polygon").count()
        + svg.matches("<rect").count();
    assert!(markers >= m.touchpoints.len());
}

#[test]
fn user_text_is_escaped() {
    let mut m = sample(Sample::BroadbandEn, "m", "t");
    m.stages[0].name = "<script>alert(1)</script>".into();
    m.personas[0].name = "\"><img src=x onerror=alert(1)>".into();
    let svg = emotion_curve_svg(&m, 800, 300, &text(), None);
    assert!(!svg.contains("<script>"));
    assert!(!svg.contains("<img"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn single_point_and_empty_maps_project_sanely() {
    let mut m = JourneyMap {
        stages: vec![Stage {
            id: "s".into(),
            name: "Tek".into(),
            ..Stage::default()
        }],
        ..JourneyMap::default()
    };
    m.channels.push(Channel {
        id: "web".into(),
        ..Channel::default()
    });
    m.personas.push(Persona {
        id: "p".into(),
        ..Persona::default()
    });
    m.touchpoints.push(Touchpoint {
        id: "t".into(),
        stage: "s".into(),
        channel: "web".into(),
        emotions: [("p".to_string(), -1)].into(),
        ..Touchpoint::default()
    });
    let l = layout_curve(&m, 288, 300);
    assert_eq!(l.points.len(), 1);
    assert_eq!(
        l.points[0].x, 144.0,
        "a lone point sits in the middle of its band"
    );
    let y = l.projection.y_of(-1.0);
    assert_eq!(l.projection.snap(y), -1);
    assert_eq!(l.nearest_point(1000.0).unwrap().touchpoint, "t");
    // No stages at all: nothing to draw, nothing panics.
    let empty = JourneyMap::default();
    assert!(layout_curve(&empty, 0, 0).points.is_empty());
    let _ = emotion_curve_svg(&empty, 10, 10, &text(), None);
    // A tiny height still keeps top above bottom.
    let tiny = layout_curve(&m, 100, 10);
    assert!(tiny.projection.top < tiny.projection.bottom);
}

#[test]
fn svg_marks_channel_switches_pains_and_the_comparison_line() {
    let m = sample(Sample::OnlineShopTr, "m", "t");
    let switches = patika::analysis::channel_switches(&m);
    assert_eq!(
        switches.len(),
        8,
        "ads→web→social→web→chat→call→packaging→invoice→call"
    );
    let svg = emotion_curve_svg(&m, 1200, 320, &text(), None);
    let hex = |c: plotters::style::RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    // The forced hand-over (chat → call centre) stands out: its arrows and a line through the
    // plot in the strong colour; every other change of channel is two quiet arrows.
    let forced = switches.iter().filter(|s| s.forced.is_some()).count();
    assert_eq!(forced, 1, "{switches:?}");
    let strong = svg.matches(&hex(SWITCH_COLOUR)).count();
    assert_eq!(
        strong,
        2 * forced + forced + 2,
        "arrows, line, and the legend's line and arrow"
    );
    let quiet = svg.matches(&hex(QUIET_SWITCH_COLOUR)).count();
    assert_eq!(
        quiet,
        2 * (8 - forced) + 1,
        "two arrows per ordinary change, one in the legend"
    );
    // The legend names every mark drawn.
    for word in ["Acı", "Zorunlu", "Değişim"] {
        assert!(svg.contains(word), "legend: {word}");
    }
    let calm = {
        let mut m = m.clone();
        m.touchpoints.iter_mut().for_each(|t| {
            t.forced_switch = None;
            t.pain_points.clear();
        });
        emotion_curve_svg(&m, 1200, 320, &text(), None)
    };
    assert!(
        !calm.contains("Zorunlu") && !calm.contains("Acı"),
        "no legend for marks not drawn"
    );
    let pains = m
        .touchpoints
        .iter()
        .filter(|t| !t.pain_points.is_empty())
        .count();
    assert_eq!(
        svg.matches(&format!("fill=\"{}\"", hex(PAIN_COLOUR)))
            .count(),
        pains + 1,
        "one mark per touchpoint with pain points, one in the legend"
    );
    assert_eq!(
        svg.matches("<circle").count(),
        2,
        "two positive emotions drawn as circles"
    );
    assert!(!svg.contains(&hex(OVERLAY_COLOUR)));
    let overlay = Overlay {
        values: vec![Some(2); m.touchpoints.len()],
        label: "Gelecek".into(),
    };
    let with = emotion_curve_svg(&m, 1200, 320, &text(), Some(&overlay));
    assert!(with.contains(&hex(OVERLAY_COLOUR)));
    assert!(with.contains("Gelecek"));
    assert_eq!(
        with.matches("<circle").count(),
        2 + m.touchpoints.len(),
        "one hollow marker per compared point"
    );
}

#[test]
fn matrix_svg_has_every_stage_and_channel_and_counts() {
    let m = sample(Sample::OnlineShopTr, "m", "t");
    let mx = patika::analysis::matrix(&m);
    let stages: Vec<String> = m.stages.iter().map(|s| s.name.clone()).collect();
    let channels: Vec<String> = m.channels.iter().map(|c| c.name.clone()).collect();
    let svg = matrix_svg(&mx, &stages, &channels, (-2, 2), Lang::En);
    for name in stages.iter().chain(&channels) {
        assert!(svg.contains(name.as_str()), "{name}");
    }
    assert_eq!(
        svg.matches("<rect").count(),
        2 * mx.stages.len() * mx.channels.len() + 1,
        "fill + border per cell, plus background"
    );
    assert!(
        svg.contains("1 -2.0 ⚠2"),
        "call centre at purchase decision: one touchpoint, mean −2, two pain points"
    );
    let turkish = matrix_svg(&mx, &stages, &channels, (-2, 2), Lang::Tr);
    assert!(
        turkish.contains("1 -2,0 ⚠2"),
        "Turkish writes a decimal comma"
    );
    assert_eq!(matrix_size(&mx), (170 + 96 * 12, 44 + 44 * 4));
    assert_eq!(
        heat_colour(Some(-2.0), -2, 2),
        plotters::style::RGBColor(248, 180, 180)
    );
}

#[test]
fn the_curve_picture_tells_its_story_alone_title_date_and_every_name() {
    let m = sample(Sample::OnlineShopTr, "m", "2026-12-02T10:00:00Z");
    let (svg, height) = emotion_curve_picture(&m, 1152, 300, &text(), None, "2 Ara 2026");
    assert_eq!(height, TITLE_HEIGHT + 300 + NAMES_HEIGHT);
    assert!(svg.contains(&m.title) && svg.contains("2 Ara 2026"));
    // As the SVG writes text: escaped (user text stays text).
    let escaped = |s: &str| s.replace('&', "&amp;").replace('\'', "&apos;");
    for t in &m.touchpoints {
        assert!(svg.contains(&escaped(&cut_name(&t.name))), "{}", t.name);
    }
    // Long names are cut visibly, never silently.
    let long = "Sepete ekler, ödeme adımına geçer ve kargo ücretini görür";
    let cut = cut_name(long);
    assert_eq!(cut.chars().count(), NAME_CHARS);
    assert!(cut.ends_with('…') && long.starts_with(cut.trim_end_matches('…')));
    assert_eq!(cut_name("Kısa"), "Kısa");
}

mod map_picture {
    use patika::chart::{
        map_picture, wrap, PictureOf, PICTURE_COLUMN, PICTURE_COLUMNS, PICTURE_LABEL,
    };
    use patika::i18n::Lang;
    use patika::layout::grid::Columns;
    use patika::model::samples::{sample, Sample};
    use patika::model::{JourneyMap, Touchpoint};

    fn shop() -> JourneyMap {
        sample(Sample::OnlineShopTr, "m", "2026-12-02T10:00:00Z")
    }

    #[test]
    fn text_wraps_at_spaces_and_a_cut_shows() {
        assert_eq!(
            wrap("Kargo ücreti sürprizi", 10, 3),
            vec!["Kargo", "ücreti", "sürprizi"]
        );
        assert_eq!(
            wrap("bir iki üç dört beş altı", 7, 2),
            vec!["bir iki", "üç dör…"]
        );
        assert_eq!(
            wrap("Çokçokçokuzunkelime", 6, 5),
            vec!["Çokçok", "çokuzu", "nkelim", "e"]
        );
        assert!(wrap("   ", 10, 2).is_empty());
    }

    #[test]
    fn the_whole_map_tells_its_story_with_the_chosen_lanes() {
        let m = shop();
        let (svg, width, height) =
            map_picture(&m, Lang::Tr, "2 Aralık 2026", &PictureOf::whole(&m));
        let n = Columns::of(&m).len() as u32;
        assert_eq!(width, PICTURE_LABEL + n * PICTURE_COLUMN);
        assert!(height > 400, "{height}");
        for needed in [
            m.title.as_str(),
            "2 Aralık 2026",
            "Acı noktaları",
            "Çıkış",
            "Sepeti terk etme",
            "GÖRÜNÜRLÜK ÇİZGİSİ",
            "Zorunlu kanal geçişi",
            "●●●●○",
        ] {
            assert!(svg.contains(needed), "the picture says {needed:?}");
        }
        // The SVG escapes what XML needs escaped: compare with words as written there.
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('\'', "&apos;")
                .replace('"', "&quot;")
        };
        for t in &m.touchpoints {
            let first_word = esc(t.name.split_whitespace().next().unwrap_or_default());
            assert!(svg.contains(&first_word), "{first_word}");
            for p in &t.pain_points {
                let w = esc(p.text.split_whitespace().next().unwrap_or_default());
                assert!(svg.contains(&w), "pain {w}");
            }
        }
        for s in &m.stages {
            assert!(svg.contains(&esc(&s.name)), "stage {}", s.name);
        }
        // Every emotion point on its column's centre.
        let centres: Vec<f64> = svg
            .match_indices("<circle")
            .filter_map(|(i, _)| {
                let rest = &svg[i..];
                let cx = rest.split("cx=\"").nth(1)?.split('"').next()?;
                cx.parse::<f64>().ok()
            })
            .collect();
        let points = m
            .touchpoints
            .iter()
            .filter(|t| !t.emotions.is_empty())
            .count();
        let on_columns = centres
            .iter()
            .filter(|x| {
                let inside = **x - PICTURE_LABEL as f64;
                inside >= 0.0
                    && (inside % PICTURE_COLUMN as f64 - PICTURE_COLUMN as f64 / 2.0).abs() < 0.5
            })
            .count();
        assert!(
            on_columns >= points,
            "{on_columns} of {points} points on column centres"
        );
        // A hidden lane is not drawn.
        let mut fewer = m.clone();
        fewer.lanes = fewer.lanes.with_shown(patika::model::Lane::Exit, false);
        let (svg, _, _) = map_picture(&fewer, Lang::Tr, "", &PictureOf::whole(&fewer));
        assert!(!svg.contains("Sepeti terk etme"));
    }

    #[test]
    fn a_very_large_map_is_capped_and_says_so_and_user_text_stays_text() {
        let mut m = shop();
        m.title = "<b>Harita & yol</b>".into();
        let stage = m.stages[0].id.clone();
        let channel = m.channels[0].id.clone();
        for i in 0..100 {
            m.touchpoints.push(Touchpoint {
                id: format!("x{i}"),
                name: format!("Adım {i}"),
                stage: stage.clone(),
                channel: channel.clone(),
                ..Touchpoint::default()
            });
        }
        let total = Columns::of(&m).len();
        let of = PictureOf::whole(&m);
        assert_eq!(of.columns, 0..PICTURE_COLUMNS);
        let (svg, width, _) = map_picture(&m, Lang::En, "", &of);
        assert_eq!(
            width,
            PICTURE_LABEL + PICTURE_COLUMNS as u32 * PICTURE_COLUMN
        );
        assert!(svg.contains(&format!("touchpoints shown {PICTURE_COLUMNS}/{total}")));
        assert!(svg.contains("&lt;b&gt;Harita &amp; yol&lt;/b&gt;") && !svg.contains("<b>"));
        // A page of a split map names its page, and a stage begun before it.
        let page = PictureOf {
            columns: 5..12,
            page: Some((2, 20)),
            width_columns: 0,
        };
        let (svg, width, _) = map_picture(&m, Lang::En, "", &page);
        assert_eq!(width, PICTURE_LABEL + 7 * PICTURE_COLUMN);
        // A printout's pages share one width (so one scale on paper), short ones too.
        let short = PictureOf {
            columns: 0..2,
            page: Some((1, 2)),
            width_columns: 7,
        };
        assert_eq!(
            map_picture(&m, Lang::En, "", &short).1,
            PICTURE_LABEL + 7 * PICTURE_COLUMN
        );
        assert!(
            svg.contains("page 2/20") && svg.contains("(continued)"),
            "{}",
            &svg[..600]
        );
    }
}

#[test]
fn the_funnel_says_each_steps_conversion_and_drop_off_and_the_exit_there() {
    let text = std::fs::read("tests/fixtures/report/metrics-tr.json").expect("fixture");
    let mut m = patika::format::import(&text).expect("map").map;
    m.touchpoints[0].exit_point = Some(ExitPoint {
        reason: ExitReason::CartAbandoned,
        rate: Some(0.4),
    });
    let svg = funnel_svg(&m, Lang::Tr).expect("a funnel of three steps");
    for said in [
        "Ürün sayfası · 182.400",
        "Dönüşüm %25",
        "Kayıp %75",
        "Sepeti terk etme · %40",
        "daha çok müşteri geldi",
    ] {
        assert!(svg.contains(said), "{said}");
    }
    assert!(funnel_svg(&sample(Sample::OnlineShopTr, "m", "t"), Lang::Tr).is_none());
    // The stage band says the stage's pooled survey numbers.
    let band = patika::i18n::band_summary(Lang::Tr, &m, 2);
    assert!(band.contains("NPS +45"), "{band}");
}
