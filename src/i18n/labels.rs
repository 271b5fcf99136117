//! Labels made of words and numbers: an emotion value's name on its scale, an exit point's badge.
use super::{share_percent, text, Key, Lang};

/// An exit point's words: "Exit 35%" / "Çıkış %35", or just "Exit" when its rate is unknown.
pub fn exit_label(lang: Lang, rate: Option<f64>) -> String {
    let word = text(lang, Key::ExitBadge);
    match rate {
        Some(r) => format!("{word} {}", share_percent(lang, r)),
        None => word.to_string(),
    }
}

/// Label of an emotion value on a scale from `min` to `max` (five named steps, spread over the scale).
pub fn emotion_label(lang: Lang, value: i8, min: i8, max: i8) -> &'static str {
    let span = (max as f64 - min as f64).max(1.0);
    let t = (value as f64 - min as f64) / span;
    let key = match (t * 4.0).round() as i32 {
        i32::MIN..=0 => Key::VeryNegative,
        1 => Key::Negative,
        2 => Key::Neutral,
        3 => Key::Positive,
        _ => Key::VeryPositive,
    };
    text(lang, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emotion_labels_span_the_scale() {
        assert_eq!(emotion_label(Lang::Tr, -2, -2, 2), "Çok olumsuz");
        assert_eq!(emotion_label(Lang::En, 0, -2, 2), "Neutral");
        assert_eq!(emotion_label(Lang::En, 5, 1, 5), "Very positive");
    }
}
