//! Numbers as people type them, read by the conventions of a language: Turkish writes "12,5",
//! "1.840" and "%35", English "12.5", "1,840" and "35%". A form that is valid only in the other
//! language ("12.5" typed in Turkish) is refused with that reason, never guessed: "1.840" is 1840
//! in Turkish and 1.84 in English. Used by the interface's number fields and by CSV files (whose
//! language decides). Pure: the words for a refusal are `i18n`'s.
use crate::model::Lang;

/// A number read from text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypedNumber {
    /// Its value (35 for "%35": the percent sign is kept apart, in `percent`).
    pub value: f64,
    /// Whether it was written with a percent sign.
    pub percent: bool,
}

/// Why a text is not a number in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    /// Nothing was typed.
    Empty,
    /// Not a number in any language.
    NotANumber,
    /// A number only as the other language writes it (a decimal point typed in Turkish, a
    /// decimal comma in English): refused, with the language's own form as the hint.
    OtherLanguage,
}

/// The decimal and grouping separators of `lang`.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Tr => (',', '.'),
        _ => ('.', ','),
    }
}

/// The unsigned digits part `s` with decimal separator `dec` and group separator `group`: a
/// whole part of digits, grouped by threes when grouped at all, then at most one decimal part.
fn read_digits(s: &str, dec: char, group: char) -> Option<f64> {
    let (whole, fraction) = match s.split_once(dec) {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    let groups: Vec<&str> = whole.split(group).collect();
    let grouped_well = groups.len() == 1
        || (matches!(groups[0].len(), 1..=3) && groups[1..].iter().all(|g| g.len() == 3));
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    if !grouped_well || !groups.iter().all(|g| digits(g)) || groups[0].is_empty() {
        return None;
    }
    if let Some(f) = fraction {
        if f.is_empty() || !digits(f) {
            return None;
        }
    }
    let plain = format!("{}.{}", groups.concat(), fraction.unwrap_or("0"));
    plain.parse().ok()
}

/// `text` read as `lang` writes numbers: an optional sign (`-`, `−`, `+`), digits with the
/// language's decimal and grouping separators (spaces between digit groups are allowed too), and
/// an optional percent sign before or after.
pub fn read_number(lang: Lang, text: &str) -> Result<TypedNumber, NumberProblem> {
    let mut s: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    if s.is_empty() {
        return Err(NumberProblem::Empty);
    }
    let percent = s.starts_with('%') || s.ends_with('%');
    if percent {
        s = s.trim_matches('%').to_string();
    }
    let is_sign = |c: char| matches!(c, '-' | '−' | '+');
    let negative = s.starts_with('-') || s.starts_with('−');
    let unsigned = s.trim_start_matches(is_sign);
    if s.chars().take_while(|c| is_sign(*c)).count() > 1 || unsigned.contains('%') {
        return Err(NumberProblem::NotANumber);
    }
    let (dec, group) = separators(lang);
    match read_digits(unsigned, dec, group) {
        Some(v) => Ok(TypedNumber {
            value: if negative { -v } else { v },
            percent,
        }),
        // Valid as the other language writes numbers: say so rather than guess.
        None if read_digits(unsigned, group, dec).is_some() => Err(NumberProblem::OtherLanguage),
        None => Err(NumberProblem::NotANumber),
    }
}

/// `value` written as `lang` writes numbers, with up to `places` decimals (trailing zeros
/// dropped) and no grouping: what a number field shows back, and reads again unchanged.
pub fn write_number(lang: Lang, value: f64, places: usize) -> String {
    let mut s = format!("{value:.places$}");
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if s == "-0" {
        s = "0".into();
    }
    match lang {
        Lang::Tr => s.replace('.', ","),
        _ => s,
    }
}
