//! The words a CSV file uses for evidence and exit reasons: a Turkish map's file speaks Turkish
//! (a spreadsheet is read by people), an English one the codes, which are English words. Reading
//! takes either language and the words of earlier files. The Turkish words are the interface's
//! own (`i18n::texts`; `tests/interop.rs` checks they agree), kept here because the core does not
//! depend on the translation layer.
use crate::model::{search_fold, Evidence, ExitReason};

/// Each level of evidence and its Turkish word.
const EVIDENCE: [(Evidence, &str); 3] = [
    (Evidence::Observed, "Gözlemlendi"),
    (Evidence::Assumed, "Varsayım"),
    (Evidence::Proposed, "Öneri"),
];

/// Other Turkish words read as a level of evidence.
const EVIDENCE_ALSO: [(&str, Evidence); 4] = [
    ("gözlem", Evidence::Observed),
    ("gözlendi", Evidence::Observed),
    ("önerildi", Evidence::Proposed),
    ("varsayıldı", Evidence::Assumed),
];

/// Each fixed exit reason and its Turkish words.
const EXIT: [(ExitReason, &str); 3] = [
    (ExitReason::CartAbandoned, "Sepeti terk etme"),
    (ExitReason::Refund, "İade talebi"),
    (ExitReason::UpgradeRefused, "Yükseltmeyi reddetme"),
];

/// Words earlier versions used for the fixed exit reasons.
const EXIT_ALSO: [(&str, ExitReason); 2] = [
    ("Alışveriş sepetini terk", ExitReason::CartAbandoned),
    ("Para iadesi isteği", ExitReason::Refund),
];

/// The word for `evidence` in a Turkish (`tr`) or English file.
pub fn evidence_word(evidence: Evidence, tr: bool) -> &'static str {
    match EVIDENCE.iter().find(|(e, _)| *e == evidence) {
        Some((_, word)) if tr => word,
        _ => evidence.code(),
    }
}

/// The level of evidence a cell names (anything else: assumed, the default).
pub fn evidence_of(cell: &str) -> Evidence {
    let cell = search_fold(cell.trim());
    let word = EVIDENCE
        .iter()
        .map(|(e, w)| (*w, *e))
        .chain(EVIDENCE_ALSO)
        .find(|(w, _)| search_fold(w) == cell)
        .map(|(_, e)| e);
    word.or_else(|| {
        Evidence::ALL
            .into_iter()
            .find(|e| search_fold(e.code()) == cell)
    })
    .unwrap_or_default()
}

/// An exit reason as a Turkish (`tr`) or English file writes it; a reason in words is kept as it is.
pub fn exit_word(reason: &ExitReason, tr: bool) -> String {
    if let ExitReason::Other(words) = reason {
        return words.clone();
    }
    match EXIT.iter().find(|(r, _)| r == reason) {
        Some((_, word)) if tr => word.to_string(),
        _ => reason.code().to_string(),
    }
}

/// The exit reason a cell names: a code, or the words of either language; other words are the
/// reason in words.
pub fn exit_of(cell: &str) -> ExitReason {
    let folded = search_fold(cell.trim());
    let fixed = EXIT
        .iter()
        .map(|(r, w)| (*w, r.clone()))
        .chain(EXIT_ALSO)
        .find(|(w, _)| search_fold(w) == folded)
        .map(|(_, r)| r);
    fixed.unwrap_or_else(|| ExitReason::from_code(cell.trim(), cell))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_reads_back_in_both_languages() {
        for e in Evidence::ALL {
            for tr in [true, false] {
                assert_eq!(evidence_of(evidence_word(e, tr)), e);
            }
        }
        assert_eq!(evidence_of("GÖZLEM"), Evidence::Observed);
        assert_eq!(evidence_of("?"), Evidence::Assumed);
        for code in ExitReason::CODES {
            let r = ExitReason::from_code(code, "Fiyat yüksek");
            for tr in [true, false] {
                assert_eq!(exit_of(&exit_word(&r, tr)), r);
            }
        }
        assert_eq!(
            exit_of("Alışveriş sepetini terk"),
            ExitReason::CartAbandoned
        );
        assert_eq!(exit_of("İADE TALEBİ"), ExitReason::Refund);
    }
}
