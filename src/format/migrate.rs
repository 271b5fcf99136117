//! The migration chain: one function per version step, applied in order on the raw JSON value,
//! each tested with literal before/after fixtures (`tests/fixtures/migrations`).
//!
//! - 1 → 2: metrics gain an id, a unit (a version-1 `scale` that is not an answer scale, such as
//!   "dakika", was its unit), a period and a direction (wait times and the original CES on 1–5
//!   are better lower).
use super::{ImportError, FORMAT_VERSION};
use serde_json::Value;

/// A step that turns a file of version `from` into version `from + 1`.
type Step = fn(&mut Value) -> Result<(), String>;

/// Steps by starting version.
const STEPS: &[(u64, Step)] = &[(1, v1_to_v2)];

/// Whether `scale` is an answer scale ("0-10", "1–5"), not a unit.
fn answer_scale(scale: &str) -> bool {
    crate::analysis::metrics::scale_of(scale).is_some()
}

/// Version 1 → 2: each metric gets an id ("<touchpoint>-metric-<n>"), its unit out of `scale`
/// where `scale` held one, and its direction.
fn v1_to_v2(value: &mut Value) -> Result<(), String> {
    let Some(touchpoints) = value
        .pointer_mut("/map/touchpoints")
        .and_then(Value::as_array_mut)
    else {
        return Ok(());
    };
    for tp in touchpoints {
        let tp_id = tp
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let Some(metrics) = tp.get_mut("metrics").and_then(Value::as_array_mut) else {
            continue;
        };
        for (j, m) in metrics.iter_mut().enumerate() {
            let Some(m) = m.as_object_mut() else {
                continue;
            };
            if !m.contains_key("id") {
                m.insert(
                    "id".into(),
                    Value::from(format!("{tp_id}-metric-{}", j + 1)),
                );
            }
            let scale = m
                .get("scale")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            if !scale.trim().is_empty() && !answer_scale(&scale) {
                m.insert("unit".into(), Value::from(scale.trim()));
                m.insert("scale".into(), Value::from(""));
            }
            let kind = m.get("kind").and_then(Value::as_str).unwrap_or("");
            let lower = kind == "waitTime"
                || (kind == "ces"
                    && crate::analysis::metrics::scale_of(&scale).is_some_and(|s| s.1 == 5));
            m.insert(
                "direction".into(),
                Value::from(if lower { "lower" } else { "higher" }),
            );
        }
    }
    Ok(())
}

/// Brings `value` from `version` up to `FORMAT_VERSION`, step by step.
pub fn migrate(value: &mut Value, version: u64) -> Result<(), ImportError> {
    migrate_with(value, version, FORMAT_VERSION, STEPS)
}

fn migrate_with(
    value: &mut Value,
    mut version: u64,
    target: u64,
    steps: &[(u64, Step)],
) -> Result<(), ImportError> {
    while version < target {
        let step = steps
            .iter()
            .find(|(from, _)| *from == version)
            .ok_or_else(|| ImportError::Migration {
                from: version,
                message: "no migration step".into(),
            })?;
        (step.1)(value).map_err(|message| ImportError::Migration {
            from: version,
            message,
        })?;
        version += 1;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("formatVersion".into(), Value::from(version));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_title(v: &mut Value) -> Result<(), String> {
        let map = v
            .get_mut("map")
            .and_then(Value::as_object_mut)
            .ok_or("no map")?;
        let name = map.remove("name").ok_or("no name")?;
        map.insert("title".into(), name);
        Ok(())
    }

    #[test]
    fn version_1_metrics_gain_ids_units_and_directions() {
        let before = include_str!("../../tests/fixtures/migrations/v1-metrics.before.json");
        let after = include_str!("../../tests/fixtures/migrations/v1-metrics.after.json");
        let mut v: Value = serde_json::from_str(before).unwrap();
        migrate(&mut v, 1).unwrap();
        assert_eq!(v, serde_json::from_str::<Value>(after).unwrap());
        // Running the step on its own output changes nothing more.
        let mut again = v.clone();
        v1_to_v2(&mut again).unwrap();
        assert_eq!(again, v);
    }

    #[test]
    fn chain_runs_each_step_and_stamps_the_version() {
        let mut before = json!({"format": "patika.journey-map", "formatVersion": 1, "map": {"name": "Yolculuk"}});
        let after = json!({"format": "patika.journey-map", "formatVersion": 2, "map": {"title": "Yolculuk"}});
        migrate_with(&mut before, 1, 2, &[(1, rename_title)]).unwrap();
        assert_eq!(before, after);
    }

    #[test]
    fn a_failing_step_names_its_version() {
        let mut v = json!({"format": "patika.journey-map", "formatVersion": 1, "map": {}});
        let err = migrate_with(&mut v, 1, 2, &[(1, rename_title)]).unwrap_err();
        assert_eq!(
            err,
            ImportError::Migration {
                from: 1,
                message: "no name".into()
            }
        );
    }

    #[test]
    fn current_version_needs_no_step() {
        let mut v = json!({"formatVersion": FORMAT_VERSION});
        let before = v.clone();
        migrate(&mut v, FORMAT_VERSION).unwrap();
        assert_eq!(v, before);
    }
}
