//! What a conversion could not carry or had to guess (`interop::Note`), in the interface language.
use super::Lang;
use crate::interop::{Note, TouchpointPart};

fn part(lang: Lang, p: TouchpointPart) -> &'static str {
    use TouchpointPart::*;
    match (lang, p) {
        (Lang::En, PainPoints) => "pain points",
        (Lang::Tr, PainPoints) => "acı noktaları",
        (Lang::En, ExitPoints) => "exit points",
        (Lang::Tr, ExitPoints) => "çıkış noktaları",
        (Lang::En, Metrics) => "metrics",
        (Lang::Tr, Metrics) => "ölçümleri",
        (Lang::En, Sources) => "sources of evidence",
        (Lang::Tr, Sources) => "kanıt kaynakları",
        (Lang::En, ForcedSwitches) => "forced hand-overs",
        (Lang::Tr, ForcedSwitches) => "zorunlu kanal geçişleri",
    }
}

/// The note as a sentence in `lang`.
pub fn note_text(lang: Lang, note: &Note) -> String {
    match lang {
        Lang::En => english(note),
        Lang::Tr => turkish(note),
    }
}

fn english(note: &Note) -> String {
    use Note::*;
    match note {
        PartLeftOut { part: p, touchpoints: n, format } => format!(
            "{} of {n} touchpoint(s) have no place in {} and were left out",
            part(Lang::En, *p),
            format.name()
        ),
        ActionsLeftOut { count } => format!("{count} action(s) were left out"),
        DescriptionsLeftOut { touchpoints, format } => format!(
            "descriptions and notes of {touchpoints} touchpoint(s) have no place in {} and were left out",
            format.name()
        ),
        UnknownColumn { header } => format!("unknown column {header:?} was skipped"),
        LineBreaksJoined { touchpoints } => format!(
            "line breaks in {touchpoints} touchpoint name(s) became spaces (a Mermaid task is one line)"
        ),
        ReadAsWindows1254 => concat!(
            "the file is not UTF-8; it was read as Windows-1254 (Turkish), as Excel saves ",
            "\"CSV\": check the letters ğ, ı, ş, İ"
        )
        .into(),
        MetricsNotRead => "metrics are written for reading; they are not read back from CSV".into(),
        EmotionNotWhole { row, value } => {
            format!("row {row}: emotion {value:?} is not a whole number and was skipped")
        }
        ExitRateNotPercent { row, value } => {
            format!("row {row}: exit rate {value:?} is not a percentage and was left out")
        }
        ScoresAveraged { touchpoints } => format!(
            "{touchpoints} touchpoint(s) where personas feel differently got one score (the mean)"
        ),
        MiddleScore { touchpoints } => {
            format!("{touchpoints} touchpoint(s) without an emotion got the middle score 3")
        }
        ChannelsLeftOut => "channels are not part of Mermaid journeys and were left out".into(),
        OnOneChannel { channel } => format!(
            "Mermaid journeys have no channels: every touchpoint was put on the channel {channel:?}"
        ),
        AccessibleTitleNotKept { line } => {
            format!("line {line}: the accessible title was not kept (the map's title is used)")
        }
        TasksBeforeSection { line } => {
            format!("line {line}: tasks before the first section were put in a stage of their own")
        }
        ScoreClamped { line, score } => {
            format!("line {line}: score {score} is outside 1–5 and was clamped")
        }
        ScoreNotNumber { line, score } => {
            format!("line {line}: score {score:?} is not a number; no emotion was set")
        }
        LineSkipped { line, text } => {
            format!("line {line} was not understood and was skipped: {text:?}")
        }
        OneEndUser { persona, others } => {
            format!("CJML has one end user: only persona {persona:?} was written; ")
                + &format!("{others} other persona(s) and their emotions were left out")
        }
        RatingsNeedActualJourney { emotions } => {
            format!("{emotions} emotion(s) were left out: experience ratings belong to actual ")
                + "journeys only (this map is not a current-state map)"
        }
        EndUsersBecamePersonas { count: n } => {
            format!("{n} end users became {n} personas; ratings go to the first")
        }
        NoPhase => "touchpoints without a journey phase were put in a stage of their own".into(),
        RatingClamped { touchpoint, rating } => {
            format!("touchpoint {touchpoint:?}: rating {rating} is outside 1–5 and was clamped")
        }
        RatingNotNumber { touchpoint, rating } => {
            format!("touchpoint {touchpoint:?}: rating {rating:?} is not a number and was skipped")
        }
        NotTouchpoints { count } => format!(
            "{count} element(s) in <touchpoints> were not touchpoints and were skipped"
        ),
        TimingNotKept => {
            "timing (timeOriginated, timeCompleted…) has no place in a Patika map and was not kept"
                .into()
        }
        UnknownElement { name } => format!("unknown element <{name}> was skipped"),
    }
}

fn turkish(note: &Note) -> String {
    use Note::*;
    match note {
        PartLeftOut { part: p, touchpoints: n, format } => format!(
            "{n} temas noktasının {} {} biçiminde yer almaz, dışarıda kaldı",
            part(Lang::Tr, *p),
            format.name()
        ),
        ActionsLeftOut { count } => format!("{count} aksiyon dışarıda kaldı"),
        LineBreaksJoined { touchpoints } => format!(
            "{touchpoints} temas noktası adındaki satır sonları boşluk oldu (Mermaid görevi tek satırdır)"
        ),
        ReadAsWindows1254 => concat!(
            "dosya UTF-8 değil; Excel'in \"CSV\" olarak kaydettiği gibi Windows-1254 (Türkçe) ",
            "olarak okundu: ğ, ı, ş, İ harflerini kontrol edin"
        )
        .into(),
        DescriptionsLeftOut { touchpoints, format } => format!(
            "{touchpoints} temas noktasının açıklamaları ve notları {} biçiminde yer almaz, dışarıda kaldı",
            format.name()
        ),
        UnknownColumn { header } => format!("bilinmeyen {header:?} sütunu atlandı"),
        MetricsNotRead => "ölçümler okunmak için yazılır; CSV'den geri alınmaz".into(),
        EmotionNotWhole { row, value } => {
            format!("{row}. satır: {value:?} duygusu tam sayı değil, atlandı")
        }
        ExitRateNotPercent { row, value } => {
            format!("{row}. satır: {value:?} çıkış oranı yüzde değil, alınmadı")
        }
        ScoresAveraged { touchpoints } => format!(
            "personaların farklı hissettiği {touchpoints} temas noktasına tek puan (ortalama) verildi"
        ),
        MiddleScore { touchpoints } => {
            format!("duygusu olmayan {touchpoints} temas noktasına orta puan 3 verildi")
        }
        ChannelsLeftOut => "kanallar Mermaid yolculuklarında yer almaz, dışarıda kaldı".into(),
        OnOneChannel { channel } => format!(
            "Mermaid yolculuklarında kanal yoktur: tüm temas noktaları {channel:?} kanalına kondu"
        ),
        AccessibleTitleNotKept { line } => {
            format!("{line}. satır: erişilebilir başlık alınmadı (haritanın başlığı kullanılır)")
        }
        TasksBeforeSection { line } => {
            format!("{line}. satır: ilk bölümden önceki adımlar ayrı bir aşamaya kondu")
        }
        ScoreClamped { line, score } => {
            format!("{line}. satır: {score} puanı 1–5 dışında, sınıra çekildi")
        }
        ScoreNotNumber { line, score } => {
            format!("{line}. satır: {score:?} puanı sayı değil; duygu girilmedi")
        }
        LineSkipped { line, text } => format!("{line}. satır anlaşılamadı, atlandı: {text:?}"),
        OneEndUser { persona, others } => {
            format!("CJML'de tek son kullanıcı vardır: yalnızca {persona:?} personası yazıldı; ")
                + &format!("diğer {others} persona ve duyguları dışarıda kaldı")
        }
        RatingsNeedActualJourney { emotions } => {
            format!("{emotions} duygu dışarıda kaldı: deneyim puanları yalnızca gerçekleşen ")
                + "yolculuklarda olur (bu harita mevcut durum haritası değil)"
        }
        EndUsersBecamePersonas { count: n } => {
            format!("{n} son kullanıcı {n} persona oldu; puanlar ilkine yazıldı")
        }
        NoPhase => "yolculuk evresi olmayan temas noktaları ayrı bir aşamaya kondu".into(),
        RatingClamped { touchpoint, rating } => {
            format!("{touchpoint:?} temas noktası: {rating} puanı 1–5 dışında, sınıra çekildi")
        }
        RatingNotNumber { touchpoint, rating } => {
            format!("{touchpoint:?} temas noktası: {rating:?} puanı sayı değil, atlandı")
        }
        NotTouchpoints { count } => {
            format!("<touchpoints> içindeki {count} öğe temas noktası değildi, atlandı")
        }
        TimingNotKept => {
            "zaman bilgileri (timeOriginated, timeCompleted…) Patika haritasında yer almaz, alınmadı"
                .into()
        }
        UnknownElement { name } => format!("bilinmeyen <{name}> öğesi atlandı"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::{Format, Note::*};

    #[test]
    fn every_note_has_its_own_sentence_in_both_languages() {
        let all = [
            PartLeftOut {
                part: TouchpointPart::Metrics,
                touchpoints: 2,
                format: Format::Cjml,
            },
            ActionsLeftOut { count: 3 },
            DescriptionsLeftOut {
                touchpoints: 4,
                format: Format::Mermaid,
            },
            UnknownColumn {
                header: "colour".into(),
            },
            MetricsNotRead,
            EmotionNotWhole {
                row: 2,
                value: "x".into(),
            },
            ExitRateNotPercent {
                row: 3,
                value: "y".into(),
            },
            ScoresAveraged { touchpoints: 1 },
            MiddleScore { touchpoints: 1 },
            ChannelsLeftOut,
            OnOneChannel {
                channel: "Unspecified".into(),
            },
            AccessibleTitleNotKept { line: 1 },
            TasksBeforeSection { line: 2 },
            ScoreClamped { line: 3, score: 9 },
            ScoreNotNumber {
                line: 4,
                score: "x".into(),
            },
            LineSkipped {
                line: 5,
                text: "?".into(),
            },
            OneEndUser {
                persona: "Ayşe".into(),
                others: 1,
            },
            RatingsNeedActualJourney { emotions: 2 },
            EndUsersBecamePersonas { count: 2 },
            NoPhase,
            RatingClamped {
                touchpoint: "t".into(),
                rating: "9".into(),
            },
            RatingNotNumber {
                touchpoint: "t".into(),
                rating: "x".into(),
            },
            NotTouchpoints { count: 1 },
            TimingNotKept,
            UnknownElement {
                name: "mood".into(),
            },
        ];
        for lang in Lang::ALL {
            let said: std::collections::HashSet<_> =
                all.iter().map(|n| note_text(lang, n)).collect();
            assert_eq!(said.len(), all.len(), "{lang:?}: one sentence per note");
        }
        assert_eq!(
            note_text(Lang::En, &all[0]),
            "metrics of 2 touchpoint(s) have no place in CJML and were left out"
        );
        assert_eq!(
            note_text(Lang::Tr, &all[0]),
            "2 temas noktasının ölçümleri CJML biçiminde yer almaz, dışarıda kaldı"
        );
    }
}
