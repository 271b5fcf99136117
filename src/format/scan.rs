//! A linear pre-scan that refuses deeply nested JSON before any parser recurses into it.
use super::ImportError;

/// Fails when `[`/`{` nesting outside strings goes deeper than `limit`.
pub fn check_depth(text: &str, limit: usize) -> Result<(), ImportError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Err(ImportError::TooDeep { limit });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn brackets_inside_strings_do_not_count() {
        assert!(check_depth(r#"{"a":"[[[[[[\"[[["}"#, 2).is_ok());
        assert!(check_depth("[[[", 2).is_err());
        assert!(check_depth("[[]]", 2).is_ok());
    }
}
