//! Maps a position in JSON text back to the JSON path of the value there (`$.map.stages[2].name`),
//! so decode errors name their place without instrumenting the decoder (which would double the
//! decoding code in the wasm). Only runs when decoding has already failed.

enum Frame {
    /// Inside an object; the key whose value is being read, if any.
    Object(Option<String>),
    /// Inside an array, at this element.
    Array(usize),
}

/// Byte offset of a 1-based line and a byte column (as serde_json counts them).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The path of the innermost value open at byte `offset` of `text`, under `root`.
pub fn path_at(text: &str, offset: usize, root: &str) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < bytes.len() && i < offset {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => {
                stack.push(Frame::Array(0));
                expecting_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(text.get(start..i.min(text.len())).unwrap_or("").to_string());
                    }
                    expecting_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = root.to_string();
    for f in &stack {
        match f {
            Frame::Object(Some(k)) => {
                path.push('.');
                path.push_str(k);
            }
            Frame::Object(None) => {}
            Frame::Array(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_positions() {
        let t = r#"{"stages": [{"id": "a"}, {"id": "b", "name": 5}], "x\"y": {"z": true}}"#;
        let at = |needle: &str| path_at(t, t.find(needle).unwrap() + needle.len(), "$");
        assert_eq!(at("5"), "$.stages[1].name");
        assert_eq!(at(r#""a""#), "$.stages[0].id");
        assert_eq!(at("true"), r#"$.x\"y.z"#);
        assert_eq!(path_at(t, 0, "$.map"), "$.map");
        assert_eq!(offset_of("ab\ncd", 2, 1), 4);
    }
}
