//! Dates and moments in the ISO 8601 forms maps carry, in pure Rust: parsing, and the proleptic
//! Gregorian day arithmetic every other module uses (the library's export reminder, the
//! timestamps shown in the interface).

/// A moment parsed from the ISO 8601 forms maps carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// Minutes since 1970-01-01 00:00 in the moment's own reckoning (UTC when `utc`).
    pub minutes: i64,
    /// Whether the text named its zone (`Z` or `±HH:MM`); a date and time without one is local
    /// time, and a date alone is UTC midnight (as JavaScript reads them).
    pub utc: bool,
}

/// Reads `2026-11-30`, `2026-11-30T06:26`, `…:26:05`, `…:26:05.123`, each with an optional `Z`,
/// `±HH:MM` or `±HHMM`. None for anything else.
pub fn parse_iso(text: &str) -> Option<Moment> {
    let t = text.trim();
    let num = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let date = t.get(..10)?;
    let (y, m, d) = (
        num(date.get(..4)?)?,
        num(date.get(5..7)?)?,
        num(date.get(8..10)?)?,
    );
    if date.as_bytes()[4] != b'-'
        || date.as_bytes()[7] != b'-'
        || !(1..=12).contains(&m)
        || d < 1
        || d > days_in_month(y, m)
    {
        return None;
    }
    let days = days_from_civil(y, m, d);
    let rest = &t[10..];
    if rest.is_empty() {
        return Some(Moment {
            minutes: days * 1440,
            utc: true,
        });
    }
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' '))?;
    let (h, min) = (num(rest.get(..2)?)?, num(rest.get(3..5)?)?);
    if rest.as_bytes()[2] != b':' || h > 23 || min > 59 {
        return None;
    }
    let mut rest = &rest[5..];
    if let Some(s) = rest.strip_prefix(':') {
        let sec = num(s.get(..2)?)?;
        if sec > 60 {
            return None;
        }
        rest = &s[2..];
        if let Some(f) = rest.strip_prefix('.') {
            let digits = f.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = &f[digits..];
        }
    }
    let local = days * 1440 + h * 60 + min;
    let offset = match rest {
        "" => {
            return Some(Moment {
                minutes: local,
                utc: false,
            })
        }
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let z = &rest[1..];
            let (oh, om) = match z.len() {
                5 if z.as_bytes()[2] == b':' => (num(z.get(..2)?)?, num(z.get(3..)?)?),
                4 => (num(z.get(..2)?)?, num(z.get(2..)?)?),
                _ => return None,
            };
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 60 + om)
        }
    };
    Some(Moment {
        minutes: local - offset,
        utc: true,
    })
}

pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (the era arithmetic of H. Hinnant's
/// public-domain date algorithms).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number from `days_from_civil`.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Days since 1970-01-01 of an ISO 8601 date or date-time's date part; `None` when it does not
/// start with a real date.
pub fn iso_day(iso: &str) -> Option<i64> {
    let (y, rest) = iso.get(..10)?.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    // Lenient on the day ("02-30" counts on into March): only the reminder's age reads it.
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}
