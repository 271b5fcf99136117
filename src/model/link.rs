//! Links to evidence (research reports, dashboards, call recordings). Only http, https and mailto
//! addresses are links; anything else (javascript:, data:, file:, relative paths…) stays plain
//! text. The scheme is read the way browsers' URL parser reads it (WHATWG URL Standard: outer
//! C0 controls and spaces trimmed, tabs and line breaks removed anywhere, case-insensitive), so
//! "  JaVa\tScript:" is caught as the javascript scheme it would become in a browser.
use serde::{Deserialize, Serialize};

/// A source of evidence: a title and an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Link {
    /// What the source is, e.g. "Call centre report, October".
    pub title: String,
    /// Its address: http, https or mailto only (anything else is removed on import).
    pub url: String,
}

/// Schemes a link may have.
pub const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// The address as a browser would read it, if it is an allowed link: `None` for other schemes,
/// relative addresses, and http(s) without a host.
pub fn safe_url(raw: &str) -> Option<String> {
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, rest) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let scheme = scheme.to_ascii_lowercase();
    if !valid || !ALLOWED_SCHEMES.contains(&scheme.as_str()) {
        return None;
    }
    if scheme == "mailto" {
        return (!rest.is_empty()).then_some(cleaned);
    }
    // Special schemes: browsers read '\' as '/'; the host runs to the next '/', '?' or '#'.
    let after = rest.trim_start_matches(['/', '\\']);
    let host = after.split(['/', '\\', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    let has_host = !host.is_empty() && !host.starts_with(':') && !host.chars().any(|c| c <= ' ');
    (rest.len() - after.len() >= 2 && has_host).then_some(cleaned)
}

/// Makes `link` safe: an allowed address is stored as browsers read it; any other address is
/// moved into the title as plain text and the link gets no address. Returns whether an address
/// was refused.
pub fn neutralize(link: &mut Link) -> bool {
    if link.url.is_empty() {
        return false;
    }
    match safe_url(&link.url) {
        Some(clean) => {
            link.url = clean;
            false
        }
        None => {
            let address = std::mem::take(&mut link.url);
            link.title = if link.title.trim().is_empty() {
                address
            } else {
                format!("{} ({address})", link.title)
            };
            true
        }
    }
}

/// A link as one line of text: "title url" (or just the url).
pub fn link_line(link: &Link) -> String {
    match (link.title.trim(), link.url.trim()) {
        (t, "") => t.to_string(),
        ("", u) => u.to_string(),
        (t, u) => format!("{t} {u}"),
    }
}

/// One line of text as a link: a last word with a scheme is the address, the rest is the title.
/// A line with no address is a title only (a source without a link, e.g. "interviews, May").
pub fn parse_link_line(line: &str) -> Option<Link> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    let (head, last) = line.rsplit_once(char::is_whitespace).unwrap_or(("", line));
    let looks_like_address = last.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    Some(if looks_like_address {
        Link {
            title: head.trim().to_string(),
            url: last.to_string(),
        }
    } else {
        Link {
            title: line.to_string(),
            url: String::new(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_schemes_pass_and_are_cleaned_as_browsers_do() {
        assert_eq!(
            safe_url("https://example.com/report?q=1#x").as_deref(),
            Some("https://example.com/report?q=1#x")
        );
        assert_eq!(
            safe_url("  HTTP://Example.com ").as_deref(),
            Some("HTTP://Example.com")
        );
        assert_eq!(
            safe_url("https://exa\tmple.com").as_deref(),
            Some("https://example.com")
        );
        assert_eq!(
            safe_url("mailto:cx@example.com").as_deref(),
            Some("mailto:cx@example.com")
        );
        assert_eq!(
            safe_url("https://user@host.example/x").as_deref(),
            Some("https://user@host.example/x")
        );
        assert_eq!(
            safe_url("http:\\\\host\\path").as_deref(),
            Some("http:\\\\host\\path")
        );
    }

    #[test]
    fn everything_else_is_refused() {
        for bad in [
            "javascript:alert(1)",
            "  JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "blob:https://example.com/x",
            "/relative/path",
            "//example.com/protocol-relative",
            "example.com",
            "https:example.com",
            "https://",
            "https://:80",
            "mailto:",
            "",
            "ht tp://example.com",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn lines_round_trip() {
        let l = Link {
            title: "Çağrı merkezi raporu".into(),
            url: "https://example.com/r".into(),
        };
        assert_eq!(parse_link_line(&link_line(&l)), Some(l));
        let bare = Link {
            title: String::new(),
            url: "mailto:a@b.c".into(),
        };
        assert_eq!(parse_link_line(&link_line(&bare)), Some(bare));
        assert_eq!(
            parse_link_line("Görüşmeler, Mayıs 2026"),
            Some(Link {
                title: "Görüşmeler, Mayıs 2026".into(),
                url: String::new()
            })
        );
        assert_eq!(parse_link_line("  "), None);
        // An address with a refused scheme is still read as an address (repair then removes it).
        assert_eq!(
            parse_link_line("x javascript:alert(1)").map(|l| l.url),
            Some("javascript:alert(1)".into())
        );
    }
}
