//! The one translation layer: the core reports facts as data (errors, repairs, conversion notes,
//! sizes, moments); this module alone turns them into Turkish or English. Pure Rust, tested
//! natively.
mod changes;
mod cycle;
mod grid;
mod insights;
mod labels;
mod merge;
mod metrics;
mod notes;
mod numbers;
mod problems;
mod report;
mod texts;
pub mod time;

pub use crate::model::Lang;
pub use changes::change_text;
pub use cycle::{cycle_step_asks, cycle_step_name, last_research_text};
pub use grid::{band_summary, lane_lines, point_words};
pub use insights::{
    action_status_name, insight_kind_name, insight_text, quadrant_name, unscored_text,
};
pub use labels::{
    channel_kind_name, emotion_label, exit_chip, exit_label, forced_switch_text, lane_name,
    metric_chip, pain_chip,
};
pub use merge::{conflict_subject, conflict_text, value_text};
pub use metrics::{formula_text, metric_kind_name, not_computed_text};
pub use notes::note_text;
pub use numbers::{
    decimal, not_stored_text, percent, share_percent, signed_decimal, storage_text, typed_percent,
    whole,
};
pub use problems::{
    import_error_text, model_error_text, repair_detail_text, repair_kind_text, store_error_text,
};
pub use report::{plan_lines, plan_markdown, report_markdown, PlanLine, PLAN_HEADS, PLAN_TITLE};
pub use texts::{text, Key};

/// `s` in capitals as `lang` writes them: Turkish "i" is "İ" (dotted) in capitals, as "ı" is "I".
pub fn upper(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Tr => s.replace('i', "İ").to_uppercase(),
        _ => s.to_uppercase(),
    }
}

#[cfg(test)]
mod upper_tests {
    use super::*;

    #[test]
    fn turkish_capitals_keep_the_dot() {
        assert_eq!(upper(Lang::Tr, "Görünürlük çizgisi"), "GÖRÜNÜRLÜK ÇİZGİSİ");
        assert_eq!(upper(Lang::Tr, "ılık"), "ILIK");
        assert_eq!(upper(Lang::En, "line of visibility"), "LINE OF VISIBILITY");
    }
}
