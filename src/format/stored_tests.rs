//! Preparing a map in slices gives the same text as preparing it whole, which gives the same text
//! as compacting the whole map's tree at once (how maps were stored before slices).
use super::*;
use crate::model::samples::{sample, Sample};

/// The map's storage form computed on its whole JSON tree.
fn whole_tree(map: &JourneyMap) -> String {
    let mut value = as_value(map);
    compact_map(&mut value);
    let Value::Object(mut fields) = value else {
        unreachable!("a map serialises as an object")
    };
    fields.remove("id");
    let rest = Value::Object(fields).to_string();
    let rest = rest.strip_prefix('{').unwrap_or("}");
    let comma = if rest == "}" { "" } else { "," };
    format!("{{\"id\":{}{comma}{rest}", Value::from(map.id.as_str()))
}

fn maps() -> Vec<JourneyMap> {
    let mut maps: Vec<JourneyMap> = Sample::ALL
        .into_iter()
        .map(|s| sample(s, "m", "2026-01-01T00:00:00Z"))
        .collect();
    for entry in std::fs::read_dir("public/templates").expect("templates") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n != "index.json") {
            let bytes = std::fs::read(&path).expect("template");
            maps.push(crate::format::import(&bytes).expect("reads").map);
        }
    }
    let mut empty = maps[0].clone();
    empty.touchpoints.clear();
    maps.push(empty);
    let mut plain = maps[0].clone();
    for t in &mut plain.touchpoints {
        *t = Touchpoint {
            id: t.id.clone(),
            ..Default::default()
        };
    }
    maps.push(plain);
    maps
}

#[test]
fn a_map_prepared_in_slices_is_the_map_prepared_whole() {
    for map in maps() {
        let whole = prepare(&map);
        assert_eq!(whole.body, whole_tree(&map), "{}", map.title);
        assert_eq!(whole.entry, LibraryEntry::of(&map));
        for slice in [1, 3, 200] {
            let mut preparing = Preparing::new(map.clone());
            let mut steps = 0;
            while !preparing.prepare_touchpoints(slice) {
                steps += 1;
            }
            assert_eq!(steps, map.touchpoints.len().saturating_sub(1) / slice);
            assert_eq!(
                preparing.finish(),
                whole,
                "{} in slices of {slice}",
                map.title
            );
        }
    }
}
