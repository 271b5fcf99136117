//! Timestamps as people read them ("30 Kas 2026 06:26", "Nov 30, 2026, 6:26 AM"), in pure Rust.
//! The browser's `toLocaleString` builds a locale formatter on every call, and the first one loads
//! the locale's data: ≈ 15 ms on the start path of a library with one map. Only the time-zone
//! offset comes from the browser.

use super::Lang;
use crate::model::calendar::{civil_from_days, Moment};

/// `m` in local time as `lang` writes it. `offset_minutes` is the browser's
/// `Date.getTimezoneOffset()` at that moment: UTC minus local time (−180 in Istanbul).
pub fn local_text(m: Moment, offset_minutes: i64, lang: Lang) -> String {
    let local = if m.utc {
        m.minutes - offset_minutes
    } else {
        m.minutes
    };
    let days = local.div_euclid(1440);
    let in_day = local.rem_euclid(1440);
    let (y, mo, d) = civil_from_days(days);
    let (h, min) = (in_day / 60, in_day % 60);
    let month = MONTHS[lang as usize][(mo - 1) as usize];
    match lang {
        Lang::Tr => format!("{d} {month} {y} {h:02}:{min:02}"),
        Lang::En => {
            let (h12, half) = (
                if h % 12 == 0 { 12 } else { h % 12 },
                if h < 12 { "AM" } else { "PM" },
            );
            format!("{month} {d}, {y}, {h12}:{min:02} {half}")
        }
    }
}

/// Short month names, as the browsers' own medium dates write them.
const MONTHS: [[&str; 12]; 2] = [
    [
        "Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara",
    ],
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
];
