//! Numbers as each language writes them. Turkish puts the percent sign first and uses a decimal
//! comma ("%40", "1,5"); English "40%", "1.5". Rounded to whole units first, then written with
//! integer formatting only (half away from zero, and never "-0").
use super::Lang;

/// `value` rounded to `places` decimals, as a whole number of those units.
fn units(value: f64, places: u32) -> i64 {
    let scaled = (value * 10f64.powi(places as i32)).round();
    if scaled.is_finite() {
        scaled as i64
    } else {
        0
    }
}

fn write(lang: Lang, sign: &str, units: i64, places: u32) -> String {
    let abs = units.unsigned_abs();
    if places == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10u64.pow(places);
    let comma = if lang == Lang::Tr { ',' } else { '.' };
    format!(
        "{sign}{}{comma}{:0width$}",
        abs / scale,
        abs % scale,
        width = places as usize
    )
}

/// `value` with `places` decimals: "1,5" / "1.5"; "-0,3" / "-0.3".
pub fn decimal(lang: Lang, value: f64, places: u32) -> String {
    let n = units(value, places);
    write(lang, if n < 0 { "-" } else { "" }, n, places)
}

/// Like `decimal`, with a plus sign on zero and above ("+0,0", "+1,5"), as emotion values are shown.
pub fn signed_decimal(lang: Lang, value: f64, places: u32) -> String {
    let n = units(value, places);
    write(lang, if n < 0 { "-" } else { "+" }, n, places)
}

/// A whole number with its thousands grouped: "1.840" / "1,840".
pub fn whole(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let mark = if lang == Lang::Tr { '.' } else { ',' };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(d);
    }
    out
}

/// A whole percent: "%40" / "40%".
pub fn percent(lang: Lang, whole: i64) -> String {
    match lang {
        Lang::Tr => format!("%{whole}"),
        Lang::En => format!("{whole}%"),
    }
}

/// A share (0.0 to 1.0, such as an exit rate) as a whole percent: 0.35 → "%35" / "35%".
pub fn share_percent(lang: Lang, share: f64) -> String {
    percent(lang, units(share * 100.0, 0))
}

/// A share the user typed (a frequency, an exit rate) as a percent with the decimal they gave, up
/// to one: 0.125 → "%12,5" / "12.5%", 0.35 → "%35" / "35%".
pub fn typed_percent(lang: Lang, share: f64) -> String {
    let tenths = units(share * 100.0, 1);
    if tenths % 10 == 0 {
        return percent(lang, tenths / 10);
    }
    let number = decimal(lang, share * 100.0, 1);
    match lang {
        Lang::Tr => format!("%{number}"),
        Lang::En => format!("{number}%"),
    }
}

/// A storage amount (UTF-16 units, counted as bytes the way browsers' "5 MB" is) as people read
/// it: "12 KB" below 0.1 MB, else "1.2 MB" ("1,2 MB" in Turkish).
pub fn storage_text(units: usize, lang: Lang) -> String {
    if units < 100_000 {
        return format!("{} KB", units.div_ceil(1000));
    }
    format!("{} MB", decimal(lang, units as f64 / 1_000_000.0, 1))
}

/// Why an imported file could not be stored, with the room it needs and the room left.
pub fn not_stored_text(lang: Lang, needed: usize, free: usize) -> String {
    let (needed, free) = (storage_text(needed, lang), storage_text(free, lang));
    match lang {
        Lang::Tr => format!(
            "saklanamadı: tarayıcı depolamasında yaklaşık {needed} yer gerekiyor, boş olan yaklaşık \
             {free}. Kullanmadığınız haritaları dışa aktarıp silerek yer açın ve yeniden deneyin."
        ),
        Lang::En => format!(
            "could not be stored: it needs about {needed} of browser storage and about {free} is \
             free. Make room by exporting and deleting maps you do not use, then try again."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, Tr};

    #[test]
    fn a_file_too_big_to_store_says_what_it_needs() {
        let en = not_stored_text(En, 1_234_000, 300_000);
        assert!(
            en.contains("about 1.2 MB") && en.contains("about 0.3 MB is free"),
            "{en}"
        );
        let tr = not_stored_text(Tr, 1_234_000, 20_000);
        assert!(
            tr.contains("yaklaşık 1,2 MB") && tr.contains("yaklaşık 20 KB"),
            "{tr}"
        );
    }

    #[test]
    fn a_typed_percent_keeps_its_decimal() {
        assert_eq!(typed_percent(Lang::Tr, 0.125), "%12,5");
        assert_eq!(typed_percent(Lang::En, 0.125), "12.5%");
        assert_eq!(typed_percent(Lang::Tr, 0.35), "%35");
        assert_eq!(typed_percent(Lang::En, 0.3504), "35%");
    }

    #[test]
    fn turkish_writes_a_decimal_comma_and_the_percent_sign_first() {
        assert_eq!(decimal(Tr, 1.5, 1), "1,5");
        assert_eq!(decimal(En, 1.5, 1), "1.5");
        assert_eq!(decimal(Tr, 20.0, 1), "20,0");
        assert_eq!(share_percent(Tr, 0.35), "%35");
        assert_eq!(share_percent(En, 0.35), "35%");
        assert_eq!(percent(Tr, 0), "%0");
    }

    #[test]
    fn rounding_is_half_away_from_zero_and_never_minus_zero() {
        assert_eq!(decimal(En, 0.25, 1), "0.3");
        assert_eq!(decimal(En, -0.25, 1), "-0.3");
        assert_eq!(decimal(En, -0.04, 1), "0.0");
        assert_eq!(signed_decimal(En, -0.04, 1), "+0.0");
        assert_eq!(signed_decimal(Tr, -1.25, 1), "-1,3");
        assert_eq!(signed_decimal(Tr, 2.0, 1), "+2,0");
        assert_eq!(decimal(En, 0.05, 2), "0.05");
        assert_eq!(decimal(En, 7.0, 0), "7");
        assert_eq!(share_percent(En, 0.125), "13%");
        assert_eq!(share_percent(En, 1.0), "100%");
    }

    #[test]
    fn what_cannot_be_a_number_shows_as_zero() {
        assert_eq!(decimal(En, f64::NAN, 1), "0.0");
        assert_eq!(share_percent(Tr, f64::INFINITY), "%0");
    }

    #[test]
    fn english_text_reads_back_as_the_rounded_value() {
        for i in -2000..2000 {
            let v = i as f64 * 0.0137;
            let text = decimal(En, v, 2);
            let back: f64 = text.parse().unwrap();
            assert!((back - v).abs() <= 0.005 + 1e-9, "{v} → {text}");
            assert_eq!(decimal(Tr, v, 2), text.replace('.', ","));
        }
    }
}
