//! Windows-1254, the code page Turkish Excel writes a "CSV (comma delimited)" file in: one byte per
//! character, ASCII below 0x80. A small table instead of a crate: one code page, not all of them
//! (encoding_rs would bring every legacy encoding's tables into the wasm).

/// Windows-1254 bytes 0x80–0x9F (WHATWG's table: undefined bytes are the C1 controls).
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', '\u{8e}',
    '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
    '\u{9e}', 'Ÿ',
];

/// The text of Windows-1254 bytes (every byte is a character: this never fails).
pub fn decode_windows_1254(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x00..=0x7f => b as char,
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            0xd0 => 'Ğ',
            0xdd => 'İ',
            0xde => 'Ş',
            0xf0 => 'ğ',
            0xfd => 'ı',
            0xfe => 'ş',
            // The rest of 0xA0–0xFF is Latin-1.
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_letters_and_punctuation() {
        // "Ağrı; Şikâyet İade 5€" as Turkish Excel writes it.
        let bytes = b"A\xf0r\xfd; \xdeik\xe2yet \xddade 5\x80 \x93ok\x94";
        assert_eq!(decode_windows_1254(bytes), "Ağrı; Şikâyet İade 5€ “ok”");
    }
}
