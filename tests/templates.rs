//! The sector templates (`public/templates/`): each one a Patika map file in Turkish and in
//! English that reads clean through the load pipeline, 12–25 touchpoints, typical pain points and
//! exits — every one marked assumed, never as observed data — and the two languages the same map.
#![cfg(not(target_arch = "wasm32"))]
use patika::format::import;
use patika::model::{Evidence, JourneyMap};

fn index() -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string("public/templates/index.json").expect("index");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    v["templates"].as_array().expect("templates").clone()
}

fn template(id: &str, lang: &str) -> JourneyMap {
    let bytes = std::fs::read(format!("public/templates/{id}.{lang}.json")).expect("file");
    let imported = import(&bytes).expect("a template reads");
    assert!(
        imported.report.is_clean(),
        "{id}.{lang}: {:?}",
        imported.report
    );
    assert_eq!(imported.from_version, 2);
    imported.map
}

#[test]
fn five_sectors_in_both_languages_with_assumed_findings() {
    let templates = index();
    let ids: Vec<&str> = templates.iter().filter_map(|t| t["id"].as_str()).collect();
    for sector in ["ecommerce", "bank-card", "telecom", "saas", "clinic"] {
        assert!(ids.contains(&sector), "{sector} template");
    }
    for t in &templates {
        let id = t["id"].as_str().expect("id");
        let (tr, en) = (template(id, "tr"), template(id, "en"));
        assert_eq!((tr.language.as_str(), en.language.as_str()), ("tr", "en"));
        assert_eq!(t["title"]["tr"].as_str(), Some(tr.title.as_str()));
        assert_eq!(t["title"]["en"].as_str(), Some(en.title.as_str()));
        assert_eq!(t["touchpoints"].as_u64(), Some(tr.touchpoints.len() as u64));
        assert!(
            (12..=25).contains(&tr.touchpoints.len()),
            "{id}: 12–25 touchpoints"
        );
        let pains: usize = tr.touchpoints.iter().map(|x| x.pain_points.len()).sum();
        assert!(pains >= 6, "{id}: typical pain points");
        assert!(
            tr.touchpoints.iter().any(|x| x.exit_point.is_some()),
            "{id}: an exit"
        );
        for m in [&tr, &en] {
            for x in &m.touchpoints {
                assert_eq!(
                    x.evidence,
                    Evidence::Assumed,
                    "{id}: {} is not observed data",
                    x.name
                );
                assert!(x
                    .pain_points
                    .iter()
                    .all(|p| p.evidence == Evidence::Assumed));
                assert!(m.channel(&x.channel).is_some() && m.stage(&x.stage).is_some());
                assert!(!x.emotions.is_empty(), "{id}: a curve to preview");
            }
        }
        // The same map in two languages: the same records, numbers and marks.
        let shape = |m: &JourneyMap| {
            m.touchpoints
                .iter()
                .map(|x| {
                    let severities: Vec<u8> = x.pain_points.iter().map(|p| p.severity).collect();
                    let exit = x.exit_point.as_ref().and_then(|e| e.rate);
                    let emotions: Vec<i8> = x.emotions.values().copied().collect();
                    let forced = x.forced_switch.is_some();
                    (
                        x.id.clone(),
                        x.stage.clone(),
                        x.channel.clone(),
                        emotions,
                        severities,
                        exit,
                        forced,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(&tr), shape(&en), "{id}: Turkish and English differ");
    }
}
