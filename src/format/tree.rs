//! A record as a JSON tree and back, through the one text serialiser and parser the app already
//! has. `serde_json::to_value` and `from_value` would each compile another (de)serialiser of every
//! model type into the wasm (measured: the storage form's tree +27 KB brotli; the merge's two
//! together 26 KB), to save a few milliseconds on a save or a merge.
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// `record` as a JSON tree (`Value::Null` if it does not serialise: a map key that is not text).
pub fn as_value<T: Serialize + ?Sized>(record: &T) -> Value {
    // Plain structs, strings, integers and finite floats always serialise, and parse back. Pretty,
    // as the canonical export writes: the compact writer would be one more serialiser.
    serde_json::to_string_pretty(record)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// The record a JSON tree holds, decoded as a file's text is.
pub fn from_value<T: DeserializeOwned>(tree: &Value) -> Result<T, serde_json::Error> {
    serde_json::from_str(&tree.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::samples::{sample, Sample};
    use crate::model::JourneyMap;

    #[test]
    fn a_map_goes_to_a_tree_and_back_unchanged_as_through_serde_json_s_own() {
        for which in Sample::ALL {
            let map = sample(which, "m1", "2026-12-07T10:00:00Z");
            let tree = as_value(&map);
            assert_eq!(tree, serde_json::to_value(&map).unwrap());
            let back: JourneyMap = from_value(&tree).unwrap();
            assert_eq!(back, map);
        }
        assert_eq!(
            as_value(&std::collections::HashMap::from([((1, 2), 3)])),
            Value::Null
        );
    }
}
