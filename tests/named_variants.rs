//! The plain enums' names in files (`model::named`): each variant reads and writes as the name the
//! published JSON Schema gives it (schemars applies `rename_all = "camelCase"` itself), and a
//! wrong name fails as serde's derived enums did, so the load pipeline's reports read the same.
use patika::model::*;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::fmt::Debug;

/// Every string the schema of `T` allows (its `enum` lists and `const`s, at any depth).
fn schema_names<T: JsonSchema>() -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, v) in o {
                    match (k.as_str(), v) {
                        ("enum", Value::Array(xs)) => {
                            out.extend(xs.iter().filter_map(|x| x.as_str().map(String::from)))
                        }
                        ("const", Value::String(s)) => out.push(s.clone()),
                        _ => walk(v, out),
                    }
                }
            }
            Value::Array(xs) => xs.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        &serde_json::to_value(schemars::schema_for!(T)).expect("schema"),
        &mut out,
    );
    out
}

fn check<T>(count: usize, code: fn(T) -> &'static str, from_code: fn(&str) -> Option<T>)
where
    T: JsonSchema + Serialize + DeserializeOwned + PartialEq + Debug + Copy,
{
    let names = schema_names::<T>();
    assert_eq!(names.len(), count, "{names:?}");
    for name in &names {
        let v = from_code(name).unwrap_or_else(|| panic!("{name} has no variant"));
        assert_eq!(code(v), name);
        let read: T = serde_json::from_str(&format!("\"{name}\"")).expect("read");
        assert_eq!(read, v);
        assert_eq!(
            serde_json::to_string(&v).expect("write"),
            format!("\"{name}\"")
        );
    }
    assert_eq!(from_code("nope"), None);
}

#[test]
fn every_plain_enum_reads_and_writes_the_names_its_schema_publishes() {
    check(5, CycleStep::code, CycleStep::from_code);
    check(3, OriginKind::code, OriginKind::from_code);
    check(10, Lane::code, Lane::from_code);
    check(3, MapState::code, MapState::from_code);
    check(4, ChannelKind::code, ChannelKind::from_code);
    check(3, Evidence::code, Evidence::from_code);
    check(2, TouchpointKind::code, TouchpointKind::from_code);
    check(4, ActionStatus::code, ActionStatus::from_code);
    check(2, Direction::code, Direction::from_code);
    check(10, MetricKind::code, MetricKind::from_code);
}

#[test]
fn a_wrong_name_fails_as_a_derived_enum_did() {
    let err = serde_json::from_str::<ChannelKind>(r#""robot""#).expect_err("unknown");
    assert_eq!(
        err.to_string(),
        "unknown variant `robot`, expected one of `digital`, `physical`, `human`, `media` \
         at line 1 column 7"
    );
    // Escaped text is read as the name it spells.
    let read: Evidence = serde_json::from_str(r#""\u006fbserved""#).expect("escaped");
    assert_eq!(read, Evidence::Observed);
    // Inside a record, the error still points at the field.
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Holder {
        step: CycleStep,
    }
    let err = serde_json::from_str::<Holder>(r#"{"step":"later"}"#).expect_err("unknown");
    assert!(err
        .to_string()
        .starts_with("unknown variant `later`, expected one of `research`"));
    assert!(serde_json::from_str::<Holder>(r#"{"step":3}"#).is_err());
}
