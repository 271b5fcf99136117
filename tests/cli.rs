//! The `patika` command line, run as a process: exit codes and outputs.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::export;
use patika::model::samples::{sample, Sample};
use std::path::PathBuf;
use std::process::{Command, Output};

fn patika(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_patika"))
        .args(args)
        .output()
        .expect("run patika")
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("patika-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn validate_reports_and_sets_the_exit_code() {
    let d = dir("validate");
    let good = d.join("good.json");
    std::fs::write(&good, export(&sample(Sample::BroadbandEn, "m", "t"))).expect("write");
    let bad = d.join("bad.json");
    std::fs::write(
        &bad,
        "{\"format\": \"patika.journey-map\", \"formatVersion\": 9, \"map\": {}}",
    )
    .expect("write");
    let ok = patika(&["validate", good.to_str().expect("path")]);
    assert_eq!(ok.status.code(), Some(0));
    assert!(out(&ok).ends_with(": ok\n"), "{}", out(&ok));
    let both = patika(&[
        "validate",
        good.to_str().expect("path"),
        bad.to_str().expect("path"),
    ]);
    assert_eq!(both.status.code(), Some(1));
    assert!(out(&both).contains("newer Patika"), "{}", out(&both));
    assert_eq!(patika(&["validate"]).status.code(), Some(2), "usage");
    assert_eq!(patika(&["frobnicate"]).status.code(), Some(2), "usage");
}

#[test]
fn convert_json_csv_mermaid_and_back() {
    let d = dir("convert");
    let json = d.join("map.json");
    let map = sample(Sample::OnlineShopTr, "m", "t");
    std::fs::write(&json, export(&map)).expect("write");
    let p = |n: &str| d.join(n).to_str().expect("path").to_string();
    let r = patika(&["convert", &p("map.json"), &p("map.csv")]);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(std::fs::read_to_string(d.join("map.csv"))
        .expect("csv")
        .contains("Temas noktası"));
    let r = patika(&["convert", &p("map.json"), &p("map.mmd")]);
    assert_eq!(r.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("note: "),
        "what Mermaid cannot carry is said"
    );
    assert_eq!(
        patika(&["convert", &p("map.csv"), &p("back.json")])
            .status
            .code(),
        Some(0)
    );
    let back: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("back.json")).expect("json"))
            .expect("parse");
    let names = |v: &serde_json::Value| {
        v["map"]["touchpoints"]
            .as_array()
            .map(|a| a.iter().map(|t| t["name"].clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let original: serde_json::Value = serde_json::from_str(&export(&map)).expect("parse");
    assert_eq!(names(&back), names(&original));
    assert_eq!(
        patika(&["convert", &p("map.json"), &p("map.cjml.xml")])
            .status
            .code(),
        Some(0)
    );
    assert!(std::fs::read_to_string(d.join("map.cjml.xml"))
        .expect("xml")
        .contains("<CJML version=\"2.0\">"));
    assert_eq!(
        patika(&["convert", &p("map.cjml.xml"), &p("from-cjml.json")])
            .status
            .code(),
        Some(0)
    );
    let from_cjml: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("from-cjml.json")).expect("json"))
            .expect("parse");
    assert_eq!(names(&from_cjml), names(&original));
    assert_eq!(
        patika(&["convert", &p("map.json"), &p("map.xyz")])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        patika(&["convert", &p("missing.json"), &p("x.json")])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn diff_names_the_changes_and_exits_1_when_maps_differ() {
    let d = dir("diff");
    let a = sample(Sample::BroadbandEn, "m", "t");
    let mut b = a.clone();
    b.touchpoints[0].name = "Renamed step".into();
    b.stages.remove(b.stages.len() - 1);
    b.touchpoints
        .retain(|t| b.stages.iter().any(|s| s.id == t.stage));
    std::fs::write(d.join("a.json"), export(&a)).expect("write");
    std::fs::write(d.join("b.json"), export(&b)).expect("write");
    let p = |n: &str| d.join(n).to_str().expect("path").to_string();
    let same = patika(&["diff", &p("a.json"), &p("a.json")]);
    assert_eq!((same.status.code(), out(&same)), (Some(0), String::new()));
    let r = patika(&["diff", &p("a.json"), &p("b.json")]);
    assert_eq!(r.status.code(), Some(1));
    assert!(out(&r).contains("renamed \"Renamed step\""), "{}", out(&r));
    assert!(out(&r).contains("- stage"), "{}", out(&r));
    assert_eq!(
        patika(&["diff", &p("a.json"), &p("nope.json")])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn render_draws_the_curve_as_svg() {
    let d = dir("render");
    std::fs::write(
        d.join("m.json"),
        export(&sample(Sample::BroadbandEn, "m", "t")),
    )
    .expect("write");
    let svg = d.join("m.svg");
    let r = patika(&[
        "render",
        d.join("m.json").to_str().expect("path"),
        "--svg",
        svg.to_str().expect("path"),
    ]);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let text = std::fs::read_to_string(svg).expect("svg");
    assert!(text.starts_with("<svg") && text.contains("</svg>"));
    // A picture on its own: the map's title and every touchpoint's name.
    let m = sample(Sample::BroadbandEn, "m", "t");
    assert!(text.contains(&m.title));
    for t in &m.touchpoints {
        assert!(
            text.contains(&patika::chart::cut_name(&t.name)),
            "{}",
            t.name
        );
    }
    let png = d.join("m.png");
    let r = patika(&[
        "render",
        d.join("m.json").to_str().expect("path"),
        "--png",
        png.to_str().expect("path"),
    ]);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let bytes = std::fs::read(png).expect("png");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // Twice the drawing's size: 4 stages × 288 px wide, the curve 300 px high with its title and
    // names bands.
    let (w, h) = (
        u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]),
        u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]),
    );
    let tall = 300 + patika::chart::TITLE_HEIGHT + patika::chart::NAMES_HEIGHT;
    assert_eq!((w, h), (4 * 288 * 2, 2 * tall));
}

#[test]
fn render_draws_the_whole_map_with_its_lanes() {
    let d = dir("render-map");
    let m = sample(Sample::OnlineShopTr, "m", "t");
    std::fs::write(d.join("m.json"), export(&m)).expect("write");
    for (flag, out) in [("--svg", "m.svg"), ("--png", "m.png")] {
        let r = patika(&[
            "render",
            d.join("m.json").to_str().expect("path"),
            "--map",
            flag,
            d.join(out).to_str().expect("path"),
        ]);
        assert_eq!(
            r.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&r.stderr)
        );
    }
    let svg = std::fs::read_to_string(d.join("m.svg")).expect("svg");
    assert!(svg.contains("Acı noktaları") && svg.contains("Sepeti terk etme"));
    let png = std::fs::read(d.join("m.png")).expect("png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn report_gives_metrics_roll_ups_and_the_funnel_as_json_and_markdown() {
    let fixture = "tests/fixtures/report/metrics-tr.json";
    let r = patika(&["report", fixture, "--json"]);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let v: serde_json::Value = serde_json::from_str(&out(&r)).expect("JSON");
    let metric = |id: &str| {
        v["metrics"]
            .as_array()
            .and_then(|ms| ms.iter().find(|m| m["id"] == id))
            .cloned()
            .unwrap_or_default()
    };
    // Computed from the counts, unrounded; the target compared in the metric's direction.
    assert_eq!(metric("m-arama-nps")["value"], 45.0);
    assert_eq!(metric("m-arama-nps")["n"], 100);
    assert_eq!(metric("m-arama-nps")["touchpoint"], "arama");
    assert_eq!(metric("m-sepet-csat")["value"], 70.0);
    assert_eq!(metric("m-sepet-csat")["met"], false);
    assert_eq!(metric("m-arama-bekleme")["met"], false);
    assert_eq!(metric("m-arama-bekleme")["kind"], "waitTime");
    assert_eq!(metric("m-arama-bekleme")["period"]["name"], "Kasım 2026");
    for key in [
        "id",
        "touchpoint",
        "kind",
        "label",
        "value",
        "n",
        "unit",
        "scale",
        "method",
        "period",
        "target",
        "met",
    ] {
        assert!(metric("m-urun-ziyaret").get(key).is_some(), "{key}");
    }
    // Stages: visits summed, the wait n-weighted, null where nothing is measured.
    let stage = |i: usize| v["stages"][i].clone();
    assert_eq!(stage(1)["stage"], "satin");
    assert_eq!(stage(1)["visits"], 95600.0);
    assert_eq!(stage(1)["csat"], 70.0);
    assert_eq!(stage(1)["csatN"], 100);
    assert_eq!(stage(2)["waitTime"], 5.3);
    assert_eq!(stage(2)["waitTimeN"], 2000);
    assert_eq!(stage(2)["nps"], 45.0);
    assert_eq!(stage(2)["calls"], 4250.0);
    assert!(stage(0)["nps"].is_null() && stage(0)["ces"].is_null());
    // The funnel through the steps with visits: fractions, no negative drop-off.
    let f = v["funnel"].as_array().expect("funnel");
    assert_eq!(f.len(), 2);
    assert_eq!(
        (f[0]["from"].as_str(), f[0]["to"].as_str()),
        (Some("urun"), Some("sepet"))
    );
    assert_eq!(f[0]["conversion"], 0.25);
    assert_eq!(f[0]["dropOff"], 0.75);
    assert!(f[1]["conversion"].as_f64().expect("conversion") > 1.0 && f[1]["dropOff"].is_null());
    assert_eq!(
        v["funnelBasis"], "visits",
        "nothing is marked in the fixture"
    );

    // Markdown, in the map's language by default, in English on request.
    let tr = out(&patika(&["report", fixture]));
    assert!(tr.starts_with("# Telefon satın alma\n"), "{tr}");
    for said in [
        "## Ölçümler",
        "NPS +45 · n 100",
        "Bekleme 7,5 dakika · n 1.200 · hedef 2 ✗ tutmadı",
        "## Huni",
        "%75",
        "daha çok müşteri geldi",
        "5,3 (n 2.000)",
    ] {
        assert!(tr.contains(said), "{said}\n{tr}");
    }
    let en = out(&patika(&["report", fixture, "--lang", "en"]));
    assert!(
        en.contains("## Metrics") && en.contains("Wait 7.5 dakika · n 1,200 · target 2 ✗ missed"),
        "{en}"
    );
    assert_eq!(
        patika(&["report", fixture, "--lang", "de"]).status.code(),
        Some(2)
    );
}

#[test]
fn report_ranks_the_pain_points_insights_and_actions() {
    let d = dir("insights");
    let file = d.join("tr.json");
    std::fs::write(&file, export(&sample(Sample::OnlineShopTr, "m", "t"))).expect("write");
    let r = patika(&["report", file.to_str().expect("path"), "--json"]);
    assert_eq!(r.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&out(&r)).expect("JSON");
    // The wait on the phone: severity 4 × 60 per 100 = 240, first.
    let pains = v["painPoints"].as_array().expect("painPoints");
    assert_eq!(pains[0]["touchpoint"], "tp-call");
    assert_eq!(pains[0]["score"], 240.0);
    assert!(pains
        .windows(2)
        .all(|w| w[0]["score"].as_f64() >= w[1]["score"].as_f64()));
    let insights = v["insights"].as_array().expect("insights");
    let first = &insights[0];
    assert_eq!(
        (first["kind"].as_str(), first["touchpoint"].as_str()),
        (Some("painHotspot"), Some("tp-call"))
    );
    for key in ["kind", "touchpoint", "stage", "persona", "score"] {
        assert!(first.get(key).is_some(), "insight field {key}");
    }
    let kinds: Vec<&str> = insights.iter().filter_map(|i| i["kind"].as_str()).collect();
    let order = [
        "painHotspot",
        "exit",
        "gap",
        "metricMissed",
        "forcedSwitch",
        "lowestMoment",
        "unbacked",
    ];
    let rank = |k: &str| order.iter().position(|o| *o == k).expect("known kind");
    assert!(
        kinds.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{kinds:?}"
    );
    let lowest = insights
        .iter()
        .find(|i| i["kind"] == "lowestMoment")
        .expect("a lowest moment");
    assert!(lowest["persona"].is_string() && lowest["score"] == 2.0);
    assert_eq!(
        v["actions"],
        serde_json::json!([{"id": "action-1", "quadrant": "quickWin", "rank": 1}])
    );
    // Markdown says them.
    let md = out(&patika(&["report", file.to_str().expect("path")]));
    assert!(md.contains("## İçgörüler"), "{md}");
    assert!(
        md.contains("Uzun bekleme süresi: önem 4 × 100 müşteride 60 = 240"),
        "{md}"
    );
    assert!(
        md.contains("| 1 | Kargo ücretini ürün sayfasında göster | Hızlı kazanım |"),
        "{md}"
    );
}
