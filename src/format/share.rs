//! Share links: a whole map in the URL fragment (never sent to a server). The canonical map file is
//! compressed by the browser (deflate-raw) and written in base64url; opening a link decodes it and
//! sends the file through the same load pipeline as any file.
use super::ImportError;

/// Links longer than this are hard to paste in chat and mail: the app warns and suggests a file.
pub const LONG_LINK_CHARS: usize = 8_000;
/// Longest fragment payload read (characters); ≈ 12 MB of compressed data.
pub const MAX_LINK_CHARS: usize = 16 * 1024 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bytes as base64url without padding (RFC 4648 §5).
pub fn to_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Base64url text (padding optional) back to bytes; `None` when a character is not base64url.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits & 0xff) as u8);
        }
    }
    Some(out)
}

/// The payload of a share link, checked before anything is decompressed.
pub fn payload_bytes(payload: &str) -> Result<Vec<u8>, ImportError> {
    if payload.len() > MAX_LINK_CHARS {
        return Err(ImportError::TooLarge {
            size: payload.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    from_base64url(payload).ok_or(ImportError::DamagedLink)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_4648_vectors_without_padding() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(to_base64url(raw.as_bytes()), enc);
            assert_eq!(from_base64url(enc).as_deref(), Some(raw.as_bytes()));
        }
    }

    #[test]
    fn url_safe_alphabet_and_round_trip_of_all_bytes() {
        let all: Vec<u8> = (0..=255).collect();
        let text = to_base64url(&all);
        assert!(text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        assert_eq!(from_base64url(&text), Some(all));
        assert_eq!(from_base64url("Zm9v=="), Some(b"foo".to_vec()));
    }

    #[test]
    fn damaged_or_huge_links_are_refused_before_decoding() {
        assert!(matches!(
            payload_bytes("abc$def"),
            Err(ImportError::DamagedLink)
        ));
        assert!(matches!(
            payload_bytes(&"A".repeat(MAX_LINK_CHARS + 1)),
            Err(ImportError::TooLarge { .. })
        ));
    }
}
