//! The migration chain: one function per version step, applied in order on the raw JSON value.
//! Version 1 is the first published format, so the chain is empty today; the next format version
//! adds `(1, v1_to_v2)` here together with literal before/after fixtures in tests/fixtures/migrations.
use super::{ImportError, FORMAT_VERSION};
use serde_json::Value;

/// A step that turns a file of version `from` into version `from + 1`.
type Step = fn(&mut Value) -> Result<(), String>;

/// Steps by starting version.
const STEPS: &[(u64, Step)] = &[];

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
