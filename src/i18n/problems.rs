//! What went wrong, said in the interface language: repairs, save errors, import errors, and
//! changes the model refused.
use super::{text, Key, Lang};
use crate::format::RepairDetail;
use crate::model::{ModelError, RecordKind};

/// What kind of repair was made, in the interface language.
pub fn repair_kind_text(lang: Lang, kind: crate::format::RepairKind) -> &'static str {
    use crate::format::RepairKind::*;
    match (lang, kind) {
        (Lang::Tr, DuplicateId) => "aynı kimliği taşıyan ikinci kayda yeni kimlik verildi",
        (Lang::En, DuplicateId) => "a second record with the same id got a new id",
        (Lang::Tr, DanglingReference) => {
            "olmayan bir kayda başvuru vardı; kayıt geri eklendi ya da başvuru kaldırıldı"
        }
        (Lang::En, DanglingReference) => {
            "a reference pointed at nothing; the record was restored or the reference removed"
        }
        (Lang::Tr, OutOfRange) => "aralık dışındaki bir sayı sınıra çekildi ya da çıkarıldı",
        (Lang::En, OutOfRange) => "a number out of its range was clamped or dropped",
        (Lang::Tr, Truncated) => "çok uzun metin 20.000 karakterde kesildi",
        (Lang::En, Truncated) => "over-long text was cut at 20,000 characters",
        (Lang::Tr, Missing) => "boş bırakılmış zorunlu bir değer dolduruldu",
        (Lang::En, Missing) => "an empty required value was filled in",
        (Lang::Tr, UnsafeLink) => {
            "http, https ya da mailto olmayan adres bağlantı yapılmadı, metin olarak saklandı"
        }
        (Lang::En, UnsafeLink) => {
            "an address other than http, https or mailto was kept as text, not as a link"
        }
    }
}

/// What one repair did, with its values, in the interface language.
pub fn repair_detail_text(lang: Lang, detail: &RepairDetail) -> String {
    use RepairDetail::*;
    // Numbers as the language writes them ("7.5" / "7,5"), without a fixed number of places.
    let n = |x: &f64| match lang {
        Lang::Tr => x.to_string().replace('.', ","),
        Lang::En => x.to_string(),
    };
    match (lang, detail) {
        (Lang::En, MapIdSet) => "empty map id set to \"map\"".into(),
        (Lang::Tr, MapIdSet) => "boş harita kimliği \"map\" yapıldı".into(),
        (Lang::En, IdSet { id }) => format!("empty id set to {id:?}"),
        (Lang::Tr, IdSet { id }) => format!("boş kimlik {id:?} yapıldı"),
        (Lang::En, IdRenamed { from, to }) => format!("duplicate id {from:?} renamed to {to:?}"),
        (Lang::Tr, IdRenamed { from, to }) => {
            format!("yinelenen {from:?} kimliği {to:?} olarak değiştirildi")
        }
        (Lang::En, TextCut { limit }) => format!("text cut to {limit} characters"),
        (Lang::Tr, TextCut { limit }) => format!("metin {limit} karakterde kesildi"),
        (Lang::En, Clamped { from, to }) => format!("{} clamped to {}", n(from), n(to)),
        (Lang::Tr, Clamped { from, to }) => {
            format!("{} sınıra çekilerek {} yapıldı", n(from), n(to))
        }
        (Lang::En, PerHundredClamped { from, to }) => {
            format!("{} per 100 clamped to {}", n(from), n(to))
        }
        (Lang::Tr, PerHundredClamped { from, to }) => {
            format!("100 müşteride {} sıklığı {} yapıldı", n(from), n(to))
        }
        (Lang::En, ScaleReset) => "invalid scale reset to -2..2".into(),
        (Lang::Tr, ScaleReset) => "geçersiz ölçek -2..2 yapıldı".into(),
        (Lang::En, RatingScaleReset) => "invalid rating scale reset to 1–7".into(),
        (Lang::Tr, RatingScaleReset) => "geçersiz puan ölçeği 1–7 yapıldı".into(),
        (Lang::En, LabelsDropped) => "label count did not match the scale; labels dropped".into(),
        (Lang::Tr, LabelsDropped) => "etiket sayısı ölçeğe uymuyordu; etiketler kaldırıldı".into(),
        (Lang::En, StageAdded { missing, id }) => {
            format!("missing stage {missing:?} added as {id:?}")
        }
        (Lang::Tr, StageAdded { missing, id }) => {
            format!("olmayan {missing:?} aşaması {id:?} olarak eklendi")
        }
        (Lang::En, ChannelAdded { missing, id }) => {
            format!("missing channel {missing:?} added as {id:?}")
        }
        (Lang::Tr, ChannelAdded { missing, id }) => {
            format!("olmayan {missing:?} kanalı {id:?} olarak eklendi")
        }
        (Lang::En, EmotionRemoved { persona }) => {
            format!("emotion of missing persona {persona:?} removed")
        }
        (Lang::Tr, EmotionRemoved { persona }) => {
            format!("olmayan {persona:?} personasının duygusu kaldırıldı")
        }
        (Lang::En, KeptAsText) => {
            "not an http, https or mailto address: kept as text, not as a link".into()
        }
        (Lang::Tr, KeptAsText) => {
            "http, https ya da mailto adresi değil: bağlantı yapılmadı, metin olarak saklandı"
                .into()
        }
        (Lang::En, LinksRemoved { count }) => format!("{count} link(s) to missing records removed"),
        (Lang::Tr, LinksRemoved { count }) => {
            format!("olmayan kayıtlara {count} bağlantı kaldırıldı")
        }
        (Lang::En, FunnelMarkRemoved { metric }) => {
            format!("funnel step named missing metric {metric:?}: no longer a step")
        }
        (Lang::Tr, FunnelMarkRemoved { metric }) => {
            format!("huni adımı olmayan {metric:?} ölçümünü gösteriyordu: artık adım değil")
        }
    }
}

fn record_word(lang: Lang, kind: RecordKind) -> &'static str {
    use RecordKind::*;
    match (lang, kind) {
        (Lang::En, Persona) => "persona",
        (Lang::Tr, Persona) => "persona",
        (Lang::En, Stage) => "stage",
        (Lang::Tr, Stage) => "aşama",
        (Lang::En, Channel) => "channel",
        (Lang::Tr, Channel) => "kanal",
        (Lang::En, Touchpoint) => "touchpoint",
        (Lang::Tr, Touchpoint) => "temas noktası",
        (Lang::En, Action) => "action",
        (Lang::Tr, Action) => "aksiyon",
    }
}

/// Why the model refused a change, in the interface language.
pub fn model_error_text(lang: Lang, e: &ModelError) -> String {
    use ModelError::*;
    match (lang, e) {
        (Lang::En, NotFound { kind, id }) => {
            format!("no {} with id {id:?}", record_word(lang, *kind))
        }
        (Lang::Tr, NotFound { kind, id }) => {
            format!(
                "{id:?} kimlikli bir {} bulunamadı",
                record_word(lang, *kind)
            )
        }
        (Lang::En, DuplicateId { kind, id }) => {
            format!(
                "a {} with id {id:?} already exists",
                record_word(lang, *kind)
            )
        }
        (Lang::Tr, DuplicateId { kind, id }) => {
            format!("{id:?} kimlikli bir {} zaten var", record_word(lang, *kind))
        }
        (Lang::En, DanglingReference { kind, id }) => {
            format!("refers to a missing {} {id:?}", record_word(lang, *kind))
        }
        (Lang::Tr, DanglingReference { kind, id }) => {
            format!(
                "olmayan bir {} kaydına başvuruyor ({id:?})",
                record_word(lang, *kind)
            )
        }
        (Lang::En, ChannelInUse { id }) => format!("channel {id:?} is still used by touchpoints"),
        (Lang::Tr, ChannelInUse { id }) => {
            format!("{id:?} kanalı hâlâ temas noktalarında kullanılıyor")
        }
        (Lang::En, EmotionOutOfRange { value }) => format!("emotion {value} is out of range"),
        (Lang::Tr, EmotionOutOfRange { value }) => format!("{value} duygu değeri ölçeğin dışında"),
    }
}

/// Why a save failed, in the interface language.
pub fn store_error_text(lang: Lang, e: &crate::format::StoreError) -> String {
    use crate::format::StoreError::*;
    match e {
        QuotaExceeded => text(lang, Key::ErrQuota).to_string(),
        Unavailable => text(lang, Key::ErrUnavailable).to_string(),
        NotVerified { .. } => text(lang, Key::ErrNotVerified).to_string(),
        Conflict { .. } => text(lang, Key::ErrConflict).to_string(),
        Newer { .. } => text(lang, Key::ErrNewer).to_string(),
        NotText { .. } => text(lang, Key::ErrNotText).to_string(),
        Other(m) => format!("{} ({m})", text(lang, Key::ErrOther)),
    }
}

/// Why a file could not be read, in the interface language.
pub fn import_error_text(lang: Lang, e: &crate::format::ImportError) -> String {
    use crate::format::ImportError::*;
    let mb = |b: &usize| super::decimal(lang, *b as f64 / 1_048_576.0, 1);
    match (lang, e) {
        (Lang::Tr, TooLarge { size, limit }) => {
            format!("Dosya çok büyük ({} MB; sınır {} MB).", mb(size), mb(limit))
        }
        (Lang::En, TooLarge { size, limit }) => format!(
            "The file is too large ({} MB; the limit is {} MB).",
            mb(size),
            mb(limit)
        ),
        (Lang::Tr, NotUtf8 { .. }) => concat!(
            "Dosya UTF-8 metin değil. UTF-8 olarak yeniden kaydedin (Excel'de \"CSV UTF-8\", ",
            "LibreOffice'te karakter kümesi \"Unicode (UTF-8)\")."
        )
        .into(),
        (Lang::En, NotUtf8 { .. }) => concat!(
            "The file is not UTF-8 text. Save it again as UTF-8 (in Excel \"CSV UTF-8\", in ",
            "LibreOffice the character set \"Unicode (UTF-8)\")."
        )
        .into(),
        (Lang::Tr, LoneSurrogate) => {
            "Kayıtlı metinde yarım bir karakter var (eşsiz UTF-16 vekil kodu).".into()
        }
        (Lang::En, LoneSurrogate) => {
            "The stored text holds half a character (a lone UTF-16 surrogate).".into()
        }
        (Lang::Tr, NotJson { line, column, .. }) => {
            format!("Dosya JSON değil ({line}. satır, {column}. sütun).")
        }
        (Lang::En, NotJson { line, column, .. }) => {
            format!("The file is not JSON (line {line}, column {column}).")
        }
        (Lang::Tr, TooDeep { limit }) => format!("JSON çok derin iç içe ({limit} düzeyden fazla)."),
        (Lang::En, TooDeep { limit }) => {
            format!("The JSON nests too deeply (more than {limit} levels).")
        }
        (Lang::Tr, DamagedLink) => "Bu bağlantı bozuk: harita okunamadı.".into(),
        (Lang::En, DamagedLink) => "This link is damaged: the map could not be read.".into(),
        (Lang::Tr, LinkTooLarge { limit }) => {
            format!(
                "Bu bağlantı açıldığında {} MB sınırını aşıyor; açılmadı.",
                mb(limit)
            )
        }
        (Lang::En, LinkTooLarge { limit }) => {
            format!(
                "This link unpacks to more than the {} MB limit; it was not opened.",
                mb(limit)
            )
        }
        (Lang::Tr, ReaderUnavailable) => {
            "Bu sayfa dosya okuyamıyor: Patika'nın bir parçası yüklenemedi. Sayfayı yenileyin; hiçbir \
             şey içe aktarılmadı."
                .into()
        }
        (Lang::En, ReaderUnavailable) => {
            "This page cannot read files: part of Patika did not load. Reload the page; nothing was \
             imported."
                .into()
        }
        (Lang::Tr, ReaderFailed) => {
            "Bu dosyanın okunması yarıda kaldı; hiçbir şey içe aktarılmadı.".into()
        }
        (Lang::En, ReaderFailed) => {
            "Reading this file stopped before it ended; nothing was imported.".into()
        }
        (Lang::Tr, XmlTooDeep { limit }) => {
            format!("XML çok derin iç içe ({limit} düzeyden fazla).")
        }
        (Lang::En, XmlTooDeep { limit }) => {
            format!("The XML nests too deeply (more than {limit} levels).")
        }
        (Lang::Tr, WrongFormat { .. }) => "Bu bir Patika haritası değil.".into(),
        (Lang::En, WrongFormat { .. }) => "This is not a Patika map.".into(),
        (Lang::Tr, NewerVersion { found, supported }) => {
            format!("Bu dosya Patika'nın daha yeni bir sürümüyle yazılmış (biçim sürümü {found}; ")
                + &format!(
                    "bu sürüm {supported}. sürüme kadar okur). Açmak için Patika'yı güncelleyin."
                )
        }
        (Lang::En, NewerVersion { found, supported }) => {
            format!("This file was written by a newer Patika (format version {found}; ")
                + &format!("this one reads up to {supported}). Update Patika to open it.")
        }
        (Lang::Tr, Migration { from, message }) => {
            format!("Dosya {from}. sürümden yükseltilemedi: {message}")
        }
        (Lang::En, Migration { from, message }) => {
            format!("The file could not be upgraded from version {from}: {message}")
        }
        // The parsers speak English: Turkish says what it recognises, never their English text.
        (Lang::Tr, InvalidField { path, message }) => match parser_detail_tr(message) {
            Some(detail) => format!("Dosyada geçersiz değer: {path} ({detail})."),
            None => format!("Dosyada geçersiz değer: {path}."),
        },
        (Lang::En, InvalidField { path, message }) => {
            format!("Invalid value at {path} ({message}).")
        }
        (Lang::Tr, TooMany { what, count, limit }) => {
            let what = match what.as_str() {
                "personas" => "persona",
                "stages" => "aşama",
                "channels" => "kanal",
                "touchpoints" => "temas noktası",
                "actions" => "aksiyon",
                _ => "kayıt",
            };
            format!("Çok fazla kayıt: {count} {what} (sınır {limit}).")
        }
        (Lang::En, TooMany { what, count, limit }) => {
            format!("Too many records: {count} {what} (the limit is {limit}).")
        }
    }
}

/// serde_json's and quick-xml's English details, said in Turkish where the shape is known.
fn parser_detail_tr(message: &str) -> Option<String> {
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_string);
    let kind = |s: &str| match s.trim() {
        "u8" | "i8" | "u64" | "usize" | "i64" | "a whole number" => "tam sayı".to_string(),
        "f64" | "a number" => "sayı".to_string(),
        "a string" => "metin".to_string(),
        "a sequence" => "liste".to_string(),
        "a map" => "nesne".to_string(),
        "a boolean" => "doğru/yanlış".to_string(),
        other if other.starts_with("struct ") => "nesne".to_string(),
        other if other.starts_with("one of ") => format!("şunlardan biri: {}", &other[7..]),
        _ => "başka bir değer".to_string(),
    };
    if let Some(rest) = message.strip_prefix("missing field ") {
        return quoted(rest).map(|f| format!("`{f}` alanı eksik"));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(format!(
            "bilinmeyen değer {found}; beklenen {}",
            kind(expected)
        ));
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (_, expected) = rest.split_once(", expected ")?;
            return Some(format!("beklenen: {}", kind(expected)));
        }
    }
    match message {
        "missing" => Some("eksik".into()),
        "expected a whole number" => Some("tam sayı bekleniyordu".into()),
        "versions start at 1" => Some("sürümler 1'den başlar".into()),
        m if m.starts_with("not well-formed XML") => Some("XML düzgün yazılmamış".into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_messages_carry_no_english_parser_text() {
        let said = |message: &str| {
            import_error_text(
                Lang::Tr,
                &crate::format::ImportError::InvalidField {
                    path: "$.map.stages[0].name".into(),
                    message: message.into(),
                },
            )
        };
        for (english, turkish) in [
            (
                "invalid type: string \"high\", expected u8",
                "beklenen: tam sayı",
            ),
            ("missing field `id`", "`id` alanı eksik"),
            (
                "unknown variant `robot`, expected one of `digital`, `human`",
                "bilinmeyen değer",
            ),
            (
                "not well-formed XML: unexpected end",
                "XML düzgün yazılmamış",
            ),
            (
                "something quite unexpected happened",
                "geçersiz değer: $.map.stages[0].name.",
            ),
        ] {
            let text = said(english);
            assert!(text.contains(turkish), "{text}");
            for word in [
                "invalid",
                "expected",
                "missing",
                "unexpected",
                "string",
                "field",
            ] {
                assert!(!text.contains(word), "English in Turkish: {text}");
            }
        }
    }

    #[test]
    fn every_repair_kind_is_said_in_both_languages() {
        use crate::format::RepairKind::{self, *};
        let kinds = RepairKind::ALL;
        for lang in Lang::ALL {
            let said: std::collections::HashSet<_> =
                kinds.iter().map(|k| repair_kind_text(lang, *k)).collect();
            assert_eq!(said.len(), kinds.len(), "{lang:?}: one sentence per kind");
        }
        let limit = crate::format::MAX_TEXT_CHARS;
        assert!(repair_kind_text(Lang::En, Truncated).contains(&format!(
            "{},{:03}",
            limit / 1000,
            limit % 1000
        )));
        assert!(repair_kind_text(Lang::Tr, Truncated).contains(&format!(
            "{}.{:03}",
            limit / 1000,
            limit % 1000
        )));
    }

    #[test]
    fn every_import_error_kind_has_its_own_sentence_in_both_languages() {
        use crate::format::ImportError::*;
        let all = [
            TooLarge {
                size: 20 << 20,
                limit: 16 << 20,
            },
            NotUtf8 { offset: 3 },
            NotJson {
                line: 2,
                column: 5,
                message: "x".into(),
            },
            TooDeep { limit: 64 },
            WrongFormat { found: None },
            LoneSurrogate,
            XmlTooDeep { limit: 64 },
            DamagedLink,
            LinkTooLarge { limit: 16 << 20 },
            NewerVersion {
                found: 9,
                supported: 1,
            },
            Migration {
                from: 0,
                message: "m".into(),
            },
            InvalidField {
                path: "$.map.stages[2].name".into(),
                message: "expected a string".into(),
            },
            TooMany {
                what: "touchpoints".into(),
                count: 30_000,
                limit: 20_000,
            },
            ReaderFailed,
            ReaderUnavailable,
        ];
        for lang in Lang::ALL {
            let texts: Vec<String> = all.iter().map(|e| import_error_text(lang, e)).collect();
            let mut unique = texts.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), all.len(), "{lang:?}: {texts:?}");
        }
        assert!(import_error_text(Lang::Tr, &all[11]).contains("$.map.stages[2].name"));
        assert!(import_error_text(Lang::En, &all[9]).contains("newer Patika"));
        // Sizes in each language's own way of writing decimals.
        assert!(import_error_text(Lang::Tr, &all[0]).contains("20,0 MB"));
        assert!(import_error_text(Lang::En, &all[0]).contains("20.0 MB"));
    }

    #[test]
    fn refused_changes_are_said_in_the_interface_language() {
        use crate::model::ModelError::*;
        use crate::model::RecordKind;
        let all = [
            NotFound {
                kind: RecordKind::Stage,
                id: "s9".into(),
            },
            DuplicateId {
                kind: RecordKind::Touchpoint,
                id: "t1".into(),
            },
            DanglingReference {
                kind: RecordKind::Persona,
                id: "p2".into(),
            },
            ChannelInUse { id: "web".into() },
            EmotionOutOfRange { value: 7 },
        ];
        for lang in Lang::ALL {
            let said: std::collections::HashSet<_> =
                all.iter().map(|e| model_error_text(lang, e)).collect();
            assert_eq!(said.len(), all.len(), "{lang:?}: one sentence per error");
        }
        // English as the interface always said it; Turkish in Turkish, with the record's word.
        assert_eq!(
            model_error_text(Lang::En, &all[0]),
            "no stage with id \"s9\""
        );
        assert_eq!(
            model_error_text(Lang::Tr, &all[0]),
            "\"s9\" kimlikli bir aşama bulunamadı"
        );
        assert!(model_error_text(Lang::Tr, &all[1]).contains("temas noktası"));
    }

    #[test]
    fn repair_details_keep_their_values_in_both_languages() {
        use crate::format::RepairDetail::*;
        let clamped = Clamped { from: 7.5, to: 1.0 };
        assert_eq!(repair_detail_text(Lang::En, &clamped), "7.5 clamped to 1");
        assert_eq!(
            repair_detail_text(Lang::Tr, &clamped),
            "7,5 sınıra çekilerek 1 yapıldı"
        );
        let renamed = IdRenamed {
            from: "a".into(),
            to: "a~2".into(),
        };
        assert_eq!(
            repair_detail_text(Lang::En, &renamed),
            "duplicate id \"a\" renamed to \"a~2\""
        );
        assert!(repair_detail_text(Lang::Tr, &renamed).contains("\"a~2\""));
        let all = [
            MapIdSet,
            IdSet { id: "x".into() },
            renamed,
            TextCut { limit: 20_000 },
            clamped,
            PerHundredClamped {
                from: 150.0,
                to: 100.0,
            },
            ScaleReset,
            RatingScaleReset,
            LabelsDropped,
            StageAdded {
                missing: "s".into(),
                id: "s".into(),
            },
            ChannelAdded {
                missing: "c".into(),
                id: "c".into(),
            },
            EmotionRemoved {
                persona: "p".into(),
            },
            KeptAsText,
            LinksRemoved { count: 2 },
            FunnelMarkRemoved { metric: "m".into() },
        ];
        for lang in Lang::ALL {
            let said: std::collections::HashSet<_> =
                all.iter().map(|d| repair_detail_text(lang, d)).collect();
            assert_eq!(said.len(), all.len(), "{lang:?}: one sentence per detail");
        }
    }
}
