//! Timestamps shown in the library and the map details: parsed and written in pure Rust, with the
//! browser's zone offset passed in. Expected texts are what Chromium's own medium date and short
//! time give for the same moment and zone.
use patika::i18n::time::local_text;
use patika::i18n::Lang;
use patika::model::calendar::{civil_from_days, days_from_civil, parse_iso, Moment};
use proptest::prelude::*;

fn utc(text: &str) -> Moment {
    let m = parse_iso(text).unwrap_or_else(|| panic!("{text} should parse"));
    assert!(m.utc, "{text} names its zone");
    m
}

#[test]
fn the_forms_maps_carry_are_read() {
    let z = utc("2026-11-30T06:26:00.000Z");
    assert_eq!(utc("2026-11-30T06:26:00Z"), z);
    assert_eq!(utc("2026-11-30T06:26Z"), z);
    assert_eq!(utc("2026-11-30T09:26:00+03:00"), z);
    assert_eq!(utc("2026-11-30T09:26+0300"), z);
    assert_eq!(utc("2026-11-30T01:26:00.5-05:00"), z);
    assert_eq!(utc("2026-11-30T06:26:00.123456z"), z);
    // A date alone is UTC midnight; a date and time without a zone is local time (as in JS).
    assert_eq!(utc("2026-11-30").minutes, z.minutes - (6 * 60 + 26));
    let local = parse_iso("2026-11-30T06:26:00").expect("local form");
    assert!(!local.utc);
    assert_eq!(local.minutes, z.minutes);
    assert_eq!(utc("1970-01-01T00:00Z").minutes, 0);
    assert_eq!(utc("1969-12-31T23:59Z").minutes, -1);
}

#[test]
fn anything_else_is_left_to_the_caller() {
    for bad in [
        "",
        "hello",
        "2026-13-01",
        "2026-00-10",
        "2026-02-30",
        "2023-02-29",
        "2026-11-31",
        "2026/11/30",
        "2026-11-30T24:00Z",
        "2026-11-30T06:60Z",
        "2026-11-30T06:26:00.Z",
        "2026-11-30T06:26+3",
        "2026-11-30T06:26+24:00",
        "2026-11-30T06:26:00ZZ",
        "2026-11-30X06:26",
        "+2026-11-30",
        "2026-1-30",
        "2026-11-30T6:26Z",
        "２０２６-11-30",
    ] {
        assert_eq!(parse_iso(bad), None, "{bad:?}");
    }
    assert!(parse_iso("2024-02-29T12:00Z").is_some(), "a leap day");
    assert!(
        parse_iso("2000-02-29").is_some(),
        "divisible by 400 is a leap year"
    );
    assert!(parse_iso("1900-02-29").is_none(), "divisible by 100 is not");
}

#[test]
fn written_as_chromium_writes_a_medium_date_and_short_time() {
    // new Date('2026-01-05T18:07:00Z').toLocaleString(l, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
    let m = utc("2026-01-05T18:07:00Z");
    assert_eq!(local_text(m, 0, Lang::Tr), "5 Oca 2026 18:07");
    assert_eq!(local_text(m, 0, Lang::En), "Jan 5, 2026, 6:07 PM");
    let m = utc("2026-11-30T00:26:00Z");
    assert_eq!(local_text(m, 0, Lang::Tr), "30 Kas 2026 00:26");
    assert_eq!(local_text(m, 0, Lang::En), "Nov 30, 2026, 12:26 AM");
    assert_eq!(
        local_text(utc("2026-08-15T12:05Z"), 0, Lang::En),
        "Aug 15, 2026, 12:05 PM"
    );
    assert_eq!(
        local_text(utc("2026-02-01T09:00Z"), 0, Lang::Tr),
        "1 Şub 2026 09:00"
    );
    assert_eq!(
        local_text(utc("2026-08-01T09:00Z"), 0, Lang::Tr),
        "1 Ağu 2026 09:00"
    );
}

#[test]
fn the_zone_offset_moves_the_clock_and_the_date() {
    // Istanbul is UTC+3: getTimezoneOffset() is -180.
    let m = utc("2026-11-30T06:26:00Z");
    assert_eq!(local_text(m, -180, Lang::Tr), "30 Kas 2026 09:26");
    assert_eq!(
        local_text(utc("2025-12-31T22:30Z"), -180, Lang::Tr),
        "1 Oca 2026 01:30"
    );
    // New York in winter is UTC-5: +300.
    assert_eq!(
        local_text(utc("2026-01-01T03:00Z"), 300, Lang::En),
        "Dec 31, 2025, 10:00 PM"
    );
    // India, half-hour zone.
    assert_eq!(
        local_text(utc("2026-03-01T20:00Z"), -330, Lang::En),
        "Mar 2, 2026, 1:30 AM"
    );
    // Local forms are already local: the offset does not apply.
    let local = parse_iso("2026-11-30T06:26").expect("local form");
    assert_eq!(local_text(local, -180, Lang::Tr), "30 Kas 2026 06:26");
}

#[test]
fn day_numbers_round_trip_across_centuries() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    assert_eq!(civil_from_days(-1), (1969, 12, 31));
    let mut z = -800_000;
    let mut prev = civil_from_days(z - 1);
    while z < 800_000 {
        let (y, m, d) = civil_from_days(z);
        assert_eq!(days_from_civil(y, m, d), z);
        // Consecutive days: next day of the month, or the 1st of the next month.
        let next_day = (prev.0, prev.1, prev.2 + 1) == (y, m, d);
        let next_month =
            d == 1 && ((prev.0, prev.1 + 1) == (y, m) || (prev.0 + 1, prev.1, m) == (y, 12, 1));
        assert!(next_day || next_month, "{prev:?} then {:?}", (y, m, d));
        prev = (y, m, d);
        z += 1;
    }
}

proptest! {
    /// Whatever a map file holds in its timestamps, reading it never panics, and what is read
    /// is written without panicking at any offset a browser reports.
    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,40}", tail in "[0-9:+Z.zT -]{0,12}", offset in -900i64..900) {
        for t in [text.clone(), format!("2026-11-30{tail}"), format!("2026-11-30T06:26{tail}")] {
            if let Some(m) = parse_iso(&t) {
                let _ = local_text(m, offset, Lang::Tr);
                let _ = local_text(m, offset, Lang::En);
            }
        }
    }
}
