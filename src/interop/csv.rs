//! Touchpoints as CSV for spreadsheets: one row per touchpoint, headers in the map's language
//! (English or Turkish), UTF-8 with a byte-order mark so spreadsheet programs keep Turkish letters.
//! Turkish maps use ';' (the list separator of Turkish spreadsheets), English ones ','; import
//! detects either, or a tab. A cell that would start a formula is written with a leading
//! apostrophe, and read back without it.
use super::csv_words::{evidence_of, evidence_word, exit_of, exit_word};
use super::{channel_for, through_pipeline, Converted, Note};
use crate::format::{ImportError, MAX_BYTES};
use crate::model::{
    link_line, new_map, parse_link_line, search_fold, unnamed_stage_name, ExitPoint, ForcedSwitch,
    Frequency, Id, JourneyMap, Lang, PainPoint, Stage, Touchpoint,
};

/// Columns: (English header, Turkish header).
const COLUMNS: [(&str, &str); 17] = [
    ("Stage", "Aşama"),
    ("Channel", "Kanal"),
    ("Touchpoint", "Temas noktası"),
    ("Description", "Açıklama"),
    ("Customer action", "Müşteri eylemi"),
    ("Thoughts", "Düşünceler"),
    ("Expectation", "Beklenti"),
    ("Experience", "Deneyim"),
    ("Pain points", "Acı noktaları"),
    ("Exit", "Çıkış"),
    ("Exit rate", "Çıkış oranı"),
    ("Metrics", "Ölçümler"),
    ("Owner", "Sorumlu"),
    ("Systems", "Sistemler"),
    ("Opportunities", "Fırsatlar"),
    ("Sources", "Kaynaklar"),
    ("Forced hand-over", "Zorunlu kanal geçişi"),
];

/// A forced hand-over with no note, as its column says it.
const FORCED_WITHOUT_NOTE: (&str, &str) = ("yes", "evet");
/// Headers earlier Turkish files used, read as the column they named.
const OLD_HEADERS: [(&str, &str); 2] = [
    ("Sorun noktaları", "Pain points"),
    ("Ağrı noktaları", "Pain points"),
];
const EMOTION: (&str, &str) = ("Emotion: ", "Duygu: ");
const EVIDENCE: (&str, &str) = ("Evidence", "Kanıt");

fn is_number(s: &str) -> bool {
    s.trim().parse::<f64>().is_ok_and(f64::is_finite)
}

/// Where a spreadsheet may end a cell or a line, whichever separator it reads the file with.
const BREAKS: [char; 5] = [',', ';', '\t', '\n', '\r'];

/// What makes a cell a formula in spreadsheet programs.
const FORMULA: [char; 4] = ['=', '+', '-', '@'];

/// Whether a cell starting at `rest` (after any apostrophes) would be a formula: a formula
/// character (a number such as "-2" is not), or, at the very start of the text, a tab or CR.
fn starts_formula(rest: &[char], first: bool) -> bool {
    let quotes = rest.iter().take_while(|c| **c == '\'').count();
    let Some(&c) = rest.get(quotes) else {
        return false;
    };
    let segment: String = rest[quotes..]
        .iter()
        .take_while(|c| !BREAKS.contains(c))
        .collect();
    (FORMULA.contains(&c) && !is_number(&segment)) || (first && (c == '\t' || c == '\r'))
}

/// Every place a spreadsheet could start a cell (the start, and after any separator or line
/// break, whatever this file's own separator is) that would start a formula gets one more
/// apostrophe: `k` apostrophes before it become `k + 1`, and reading takes exactly one away.
pub(super) fn guard(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 2);
    let mut at_start = true;
    for (i, &c) in chars.iter().enumerate() {
        if at_start && starts_formula(&chars[i..], i == 0) {
            out.push('\'');
        }
        out.push(c);
        at_start = BREAKS.contains(&c);
    }
    out
}

/// A cell's text as read: the apostrophes `guard` added are taken away, and only those.
pub(super) fn unguard(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for (i, &c) in chars.iter().enumerate() {
        let added = at_start && c == '\'' && starts_formula(&chars[i + 1..], i == 0);
        if !added {
            out.push(c);
        }
        at_start = !added && BREAKS.contains(&c);
    }
    out
}

/// A cell as written: formula starts guarded (`guard`); quoted when it holds any separator a
/// spreadsheet might read the file with (`,` `;` tab), a quote or a line break.
fn cell(s: &str) -> String {
    let s = guard(s);
    if s.contains([',', ';', '\t', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// A share (0.125) as a percent the map's language's spreadsheets read as a number: "%12,5" in
/// Turkish, "12.5%" in English (one decimal, none when whole).
fn percent_text(share: f64, tr: bool) -> String {
    let tenths = (share * 1000.0).round() as i64;
    let number = match tenths % 10 {
        0 => format!("{}", tenths / 10),
        _ => format!("{}.{}", tenths / 10, (tenths % 10).abs()),
    };
    match tr {
        true => format!("%{}", number.replace('.', ",")),
        false => format!("{number}%"),
    }
}

/// A pain point as written in its cell's line: "text (4/5)", with its frequency when known:
/// "text (4/5; %12,5)" per hundred customers, "text (4/5; 340/ay)" as a count per period.
fn pain_text(p: &PainPoint, tr: bool) -> String {
    let frequency = match &p.frequency {
        None => String::new(),
        Some(Frequency::PerHundred { value }) => format!("; {}", percent_text(value / 100.0, tr)),
        Some(Frequency::Count { count, period }) => format!("; {count}/{period}"),
    };
    format!("{} ({}/5{frequency})", p.text, p.severity)
}

/// A pain point's line read back (`pain_text`); a line without "(n/5…)" is its text alone.
fn read_pain(line: &str) -> (String, Option<u8>, Option<Frequency>) {
    let parsed = line.rsplit_once(" (").and_then(|(text, inner)| {
        let inner = inner.strip_suffix(')')?;
        let (severity, frequency) = match inner.split_once("; ") {
            Some((s, f)) => (s, Some(f)),
            None => (inner, None),
        };
        let severity = severity.strip_suffix("/5")?.trim().parse::<u8>().ok()?;
        let frequency = match frequency {
            None => None,
            Some(f) => Some(match f.split_once('/') {
                Some((count, period)) if count.trim().parse::<u64>().is_ok() => Frequency::Count {
                    count: count.trim().parse().ok()?,
                    period: period.trim().to_string(),
                },
                _ => Frequency::PerHundred {
                    value: (parse_percent(f)? * 10_000.0).round() / 100.0,
                },
            }),
        };
        Some((text.to_string(), Some(severity), frequency))
    });
    parsed.unwrap_or_else(|| (line.to_string(), None, None))
}

/// The map's touchpoints as CSV text (journey order), headers in the map's language.
pub fn to_csv(map: &JourneyMap) -> String {
    let tr = map.lang() == Lang::Tr;
    let sep = if tr { ';' } else { ',' };
    let pick = |(en, tr_): (&'static str, &'static str)| -> &'static str {
        if tr {
            tr_
        } else {
            en
        }
    };
    let mut header: Vec<String> = COLUMNS.iter().map(|c| pick(*c).to_string()).collect();
    header.insert(8, pick(EVIDENCE).to_string());
    for p in &map.personas {
        header.push(format!("{}{}", pick(EMOTION), p.name));
    }
    let mut out = String::from("\u{feff}");
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .map(|c| cell(c))
            .collect::<Vec<_>>()
            .join(&sep.to_string())
            + "\r\n"
    };
    out.push_str(&line(header));
    for t in map.journey_order() {
        let name_of = |id: &str, list: &[(&str, &str)]| {
            list.iter()
                .find(|(i, _)| *i == id)
                .map(|(_, n)| n.to_string())
                .unwrap_or_default()
        };
        let stages: Vec<(&str, &str)> = map
            .stages
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str()))
            .collect();
        let channels: Vec<(&str, &str)> = map
            .channels
            .iter()
            .map(|c| (c.id.as_str(), c.name.as_str()))
            .collect();
        let pains = t
            .pain_points
            .iter()
            .map(|p| pain_text(p, tr))
            .collect::<Vec<_>>()
            .join("\n");
        let metrics = t
            .metrics
            .iter()
            .map(|m| super::metrics_csv::summary(m, tr))
            .collect::<Vec<_>>()
            .join("\n");
        let mut row = vec![
            name_of(&t.stage, &stages),
            name_of(&t.channel, &channels),
            t.name.clone(),
            t.description.clone(),
            t.customer_action.clone(),
            t.thoughts.clone(),
            t.expectation.clone(),
            t.experience.clone(),
            evidence_word(t.evidence, tr).to_string(),
            pains,
            t.exit_point
                .as_ref()
                .map(|e| exit_word(&e.reason, tr))
                .unwrap_or_default(),
            t.exit_point
                .as_ref()
                .and_then(|e| e.rate)
                .map(|r| percent_text(r, tr))
                .unwrap_or_default(),
            metrics,
            t.owner.clone(),
            t.systems.join("\n"),
            t.opportunities.join("\n"),
            t.sources
                .iter()
                .map(link_line)
                .collect::<Vec<_>>()
                .join("\n"),
            match &t.forced_switch {
                Some(f) if f.note.trim().is_empty() => pick(FORCED_WITHOUT_NOTE).to_string(),
                Some(f) => f.note.clone(),
                None => String::new(),
            },
        ];
        row.extend(map.personas.iter().map(|p| {
            t.emotions
                .get(&p.id)
                .map(|v| v.to_string())
                .unwrap_or_default()
        }));
        out.push_str(&line(row));
    }
    out
}

/// Splits CSV text into rows of cells (quotes, doubled quotes, line breaks inside quotes).
pub(super) fn parse(text: &str, sep: char) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cur, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cur.push(c),
            (false, '"') if cur.is_empty() => quoted = true,
            (false, c) if c == sep => row.push(std::mem::take(&mut cur)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cur));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cur.push(c),
        }
    }
    if !cur.is_empty() || !row.is_empty() {
        row.push(cur);
        rows.push(row);
    }
    rows
}

enum Column {
    Field(usize),
    Evidence,
    Emotion(String),
    Unknown,
}

fn column_of(header: &str) -> Column {
    let h = search_fold(header.trim());
    for (en, tr) in [EMOTION] {
        for prefix in [en, tr] {
            let p = search_fold(prefix.trim_end());
            if let Some(rest) = h.strip_prefix(&p) {
                return Column::Emotion(
                    header.trim()[header.trim().len() - rest.len()..]
                        .trim()
                        .to_string(),
                );
            }
        }
    }
    if h == search_fold(EVIDENCE.0) || h == search_fold(EVIDENCE.1) {
        return Column::Evidence;
    }
    let h = OLD_HEADERS
        .iter()
        .find(|(old, _)| h == search_fold(old))
        .map_or(h.clone(), |(_, now)| search_fold(now));
    COLUMNS
        .iter()
        .position(|(en, tr)| h == search_fold(en) || h == search_fold(tr))
        .map_or(Column::Unknown, Column::Field)
}

fn lines(s: &str) -> Vec<String> {
    s.split(['\n', ';'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A new map from a CSV file's bytes: UTF-8 (a byte-order mark dropped) or, when they are not
/// UTF-8, Windows-1254 (what Turkish Excel saves as "CSV"), said in the notes.
pub fn from_csv_bytes(
    bytes: &[u8],
    title: &str,
    lang: Lang,
    now: &str,
) -> Result<Converted, ImportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => from_csv(text, title, lang, now),
        Err(_) => {
            let text = super::legacy::decode_windows_1254(bytes);
            let mut converted = from_csv(&text, title, lang, now)?;
            converted.notes.insert(0, Note::ReadAsWindows1254);
            Ok(converted)
        }
    }
}

/// A new map from CSV text (one row per touchpoint), through the load pipeline. Headers match in
/// English or Turkish; unknown columns are reported and skipped.
pub fn from_csv(text: &str, title: &str, lang: Lang, now: &str) -> Result<Converted, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: text.len(),
            limit: MAX_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let sep = [';', '\t', ',']
        .into_iter()
        .max_by_key(|c| first.matches(*c).count())
        .unwrap_or(',');
    let rows = parse(text, sep);
    let Some((header, body)) = rows.split_first() else {
        return Err(ImportError::WrongFormat { found: None });
    };
    let columns: Vec<Column> = header.iter().map(|h| column_of(h)).collect();
    if !columns.iter().any(|c| matches!(c, Column::Field(2))) {
        return Err(ImportError::InvalidField {
            path: "row 1".into(),
            message: "no \"Touchpoint\" / \"Temas noktası\" column".into(),
        });
    }
    let mut notes: Vec<Note> = header
        .iter()
        .zip(&columns)
        .filter(|(_, c)| matches!(c, Column::Unknown))
        .map(|(h, _)| Note::UnknownColumn { header: h.clone() })
        .collect();
    if columns.iter().any(|c| matches!(c, Column::Field(11))) {
        notes.push(Note::MetricsNotRead);
    }
    let mut map = new_map("csv", title, lang, now);
    map.stages.clear();
    let default_persona = map.personas[0].clone();
    map.personas.clear();
    for c in &columns {
        if let Column::Emotion(name) = c {
            map.personas.push(crate::model::Persona {
                id: format!("p{}", map.personas.len() + 1),
                name: name.clone(),
                ..Default::default()
            });
        }
    }
    if map.personas.is_empty() {
        map.personas.push(default_persona);
    }
    for (r, row) in body.iter().enumerate() {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let id = format!("t{}", map.touchpoints.len() + 1);
        let Row {
            mut touchpoint,
            stage,
            channel,
        } = read_row(id, row, &columns, &map, r + 2, &mut notes);
        touchpoint.stage = stage_for(&mut map, stage, lang);
        touchpoint.channel = channel_for(&mut map, channel, true, lang);
        map.touchpoints.push(touchpoint);
    }
    through_pipeline(&map, notes)
}

/// One row read: its touchpoint, and the names of its stage and channel (matched to the map's
/// by the caller).
struct Row {
    /// The touchpoint, without its stage and channel.
    touchpoint: Touchpoint,
    /// The Stage cell.
    stage: String,
    /// The Channel cell.
    channel: String,
}

/// Reads row `line` (1 is the header) as a touchpoint with id `id`; what cannot be read is noted.
fn read_row(
    id: String,
    row: &[String],
    columns: &[Column],
    map: &JourneyMap,
    line: usize,
    notes: &mut Vec<Note>,
) -> Row {
    let scale = &map.emotion_scale;
    let mut t = Touchpoint {
        id,
        ..Touchpoint::default()
    };
    let (mut stage_name, mut channel_name, mut exit, mut rate) =
        (String::new(), String::new(), String::new(), String::new());
    let mut persona = 0;
    for (c, raw) in columns.iter().zip(row) {
        // Text is kept as written, spaces included; names, codes and numbers are read trimmed.
        let text = unguard(raw);
        let v = unguard(raw.trim());
        match c {
            Column::Field(0) => stage_name = v,
            Column::Field(1) => channel_name = v,
            Column::Field(2) => t.name = text,
            Column::Field(3) => t.description = text,
            Column::Field(4) => t.customer_action = text,
            Column::Field(5) => t.thoughts = text,
            Column::Field(6) => t.expectation = text,
            Column::Field(7) => t.experience = text,
            Column::Field(8) => {
                for (i, l) in v
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .enumerate()
                {
                    let (text, severity, frequency) = read_pain(l);
                    t.pain_points.push(PainPoint {
                        id: format!("{}-pain-{}", t.id, i + 1),
                        text,
                        severity: severity.unwrap_or(3),
                        frequency,
                        ..PainPoint::default()
                    });
                }
            }
            Column::Field(9) => exit = v,
            Column::Field(10) => rate = v,
            Column::Field(12) => t.owner = text,
            Column::Field(13) => t.systems = lines(&v),
            Column::Field(14) => t.opportunities = lines(&v),
            // Read as written; the load pipeline then turns refused addresses into text.
            Column::Field(15) => {
                t.sources = lines(&v)
                    .iter()
                    .filter_map(|l| parse_link_line(l))
                    .collect()
            }
            Column::Field(16) if !v.trim().is_empty() => {
                let yes = [FORCED_WITHOUT_NOTE.0, FORCED_WITHOUT_NOTE.1];
                let note = if yes.contains(&search_fold(v.trim()).as_str()) {
                    ""
                } else {
                    v.trim()
                };
                t.forced_switch = Some(ForcedSwitch { note: note.into() });
            }
            Column::Evidence => t.evidence = evidence_of(&v),
            Column::Emotion(_) => {
                let id = map.personas[persona].id.clone();
                persona += 1;
                if v.is_empty() {
                    continue;
                }
                match v.replace('+', "").parse::<i64>() {
                    Ok(x) => {
                        let x = x.clamp(scale.min as i64, scale.max as i64) as i8;
                        t.emotions.insert(id, x);
                    }
                    Err(_) => notes.push(Note::EmotionNotWhole {
                        row: line,
                        value: v.clone(),
                    }),
                }
            }
            Column::Field(_) | Column::Unknown => {}
        }
    }
    if !exit.is_empty() || !rate.is_empty() {
        let reason = exit_of(&exit);
        let parsed = parse_percent(&rate);
        if parsed.is_none() && !rate.trim().is_empty() {
            notes.push(Note::ExitRateNotPercent {
                row: line,
                value: rate.clone(),
            });
        }
        t.exit_point = Some(ExitPoint {
            reason,
            rate: parsed,
        });
    }
    Row {
        touchpoint: t,
        stage: stage_name,
        channel: channel_name,
    }
}

/// The stage a row names: one of the map's by name (Turkish i and case folded), else a new one.
fn stage_for(map: &mut JourneyMap, name: String, lang: Lang) -> Id {
    let folded = search_fold(&name);
    if let Some(s) = map.stages.iter().find(|s| search_fold(&s.name) == folded) {
        return s.id.clone();
    }
    let id = format!("s{}", map.stages.len() + 1);
    let name = if name.is_empty() {
        unnamed_stage_name(lang).to_string()
    } else {
        name
    };
    map.stages.push(Stage {
        id: id.clone(),
        name,
        ..Stage::default()
    });
    id
}

/// A percentage as people write it, in Turkish or English: "35%", "%35", "% 12,5", "12.5 %" or
/// a bare "35"; as a share (0.35). `None` for anything else.
fn parse_percent(text: &str) -> Option<f64> {
    let t = text.trim();
    let t = t
        .strip_prefix('%')
        .or_else(|| t.strip_suffix('%'))
        .unwrap_or(t)
        .trim();
    let p = t
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|p| p.is_finite())?;
    Some(p / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::note_text;
    use crate::model::samples::{sample, Sample};

    #[test]
    fn turkish_letters_formulas_and_quotes_survive_a_round_trip() {
        let mut m = sample(Sample::OnlineShopTr, "x", "t");
        m.touchpoints[0].name = "=HYPERLINK(\"http://evil\") ağrı; \"ışık\"".into();
        m.touchpoints[1].description = "@SUM(1)\nikinci satır".into();
        let text = to_csv(&m);
        assert!(text.starts_with('\u{feff}'));
        assert!(
            text.contains("Temas noktası;"),
            "Turkish headers, ';' separator"
        );
        assert!(
            text.contains("\"'=HYPERLINK(\"\"http://evil\"\") ağrı; \"\"ışık\"\"\""),
            "{}",
            &text[..400.min(text.len())]
        );
        assert!(
            !text
                .lines()
                .any(|l| l.split(';').any(|c| c.starts_with(['=', '@', '+']))),
            "no cell starts a formula"
        );
        let back = from_csv(&text, &m.title, Lang::Tr, "t")
            .expect("csv")
            .imported
            .map;
        assert_eq!(back.touchpoints.len(), m.touchpoints.len());
        assert_eq!(back.touchpoints[0].name, m.touchpoints[0].name);
        assert_eq!(
            back.touchpoints[1].description,
            m.touchpoints[1].description
        );
        for (a, b) in back.journey_order().iter().zip(m.journey_order()) {
            assert_eq!(
                (&a.name, a.emotions.values().collect::<Vec<_>>()),
                (&b.name, b.emotions.values().collect::<Vec<_>>())
            );
            assert_eq!(
                a.pain_points
                    .iter()
                    .map(|p| (&p.text, p.severity))
                    .collect::<Vec<_>>(),
                b.pain_points
                    .iter()
                    .map(|p| (&p.text, p.severity))
                    .collect::<Vec<_>>()
            );
            assert_eq!(a.exit_point, b.exit_point);
        }
        assert_eq!(
            back.stages.iter().map(|s| &s.name).collect::<Vec<_>>(),
            m.stages
                .iter()
                .filter(|s| m.touchpoints_of(&s.id).next().is_some())
                .map(|s| &s.name)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn exit_rates_read_as_turkish_and_english_write_them() {
        for (written, share) in [
            ("35%", 0.35),
            ("%35", 0.35),
            ("% 12,5", 0.125),
            ("12.5 %", 0.125),
            ("40", 0.4),
            (" %0 ", 0.0),
        ] {
            assert_eq!(parse_percent(written), Some(share), "{written:?}");
        }
        for unreadable in ["", "%", "yüksek", "35%%", "NaN", "inf"] {
            assert_eq!(parse_percent(unreadable), None, "{unreadable:?}");
        }
        let text = concat!(
            "Temas noktası;Aşama;Çıkış;Çıkış oranı\r\n",
            "Sepet;Karar;cartAbandoned;%35\r\nİade;Sonra;refund;yüksek\r\n"
        );
        let c = from_csv(text, "x", Lang::Tr, "t").expect("csv");
        let rates: Vec<_> = c
            .imported
            .map
            .touchpoints
            .iter()
            .map(|t| t.exit_point.as_ref().map(|e| e.rate))
            .collect();
        assert_eq!(rates, [Some(Some(0.35)), Some(None)]);
        assert_eq!(
            c.notes
                .iter()
                .map(|n| note_text(Lang::Tr, n))
                .collect::<Vec<_>>(),
            ["3. satır: \"yüksek\" çıkış oranı yüzde değil, alınmadı"]
        );
    }

    #[test]
    fn no_separator_a_spreadsheet_may_choose_splits_a_cell_into_a_formula() {
        // An English map is written with ',', a Turkish one with ';'; a spreadsheet may still read
        // either with ',', ';' or tab. A cell split there must not start a formula.
        for (lang, name) in [
            (Lang::En, "Visit;=1+1;"),
            (Lang::Tr, "Ziyaret,=1+1,"),
            (Lang::En, "Tab\t=1+1"),
            (Lang::Tr, "Sekme\t@SUM(1)"),
        ] {
            let mut m = new_map("m", "M", lang, "t");
            m.touchpoints.push(Touchpoint {
                id: "t1".into(),
                stage: m.stages[0].id.clone(),
                channel: m.channels[0].id.clone(),
                name: name.into(),
                ..Touchpoint::default()
            });
            let text = to_csv(&m);
            for sep in [',', ';', '\t'] {
                for row in parse(text.trim_start_matches('\u{feff}'), sep) {
                    for c in row {
                        assert!(
                            !c.starts_with(['=', '+', '-', '@']) || is_number(&c),
                            "{lang:?} {name:?} read with {sep:?} gives the cell {c:?}"
                        );
                    }
                }
            }
            let back = from_csv(&text, "M", lang, "t").expect("csv").imported.map;
            assert_eq!(back.touchpoints[0].name, name, "read back whole");
        }
    }

    #[test]
    fn guarded_text_reads_back_exactly() {
        let texts = [
            "=1+1",
            "'=1+1",
            "''=1+1",
            "a,'=b",
            "a;=b",
            "-2",
            "'-2",
            "+90 555",
            "@x\n=y",
            "\t=x",
            "x\t@y",
            "it's fine",
            "'",
            "a,",
            "plain",
        ];
        for t in texts {
            assert_eq!(unguard(&guard(t)), t, "{t:?} → {:?}", guard(t));
            let g = guard(t);
            for piece in g.split(BREAKS) {
                assert!(
                    !piece.starts_with(FORMULA) || is_number(piece),
                    "{t:?} → {g:?}"
                );
            }
        }
        assert_eq!(guard("-2"), "-2", "numbers stay numbers");
        assert_eq!(guard("Visit;=1+1;"), "Visit;'=1+1;");
    }

    #[test]
    fn negative_emotions_are_numbers_not_formulas() {
        let m = sample(Sample::BroadbandEn, "x", "t");
        let text = to_csv(&m);
        assert!(text.contains(",-2") && !text.contains("'-2"));
    }

    #[test]
    fn english_headers_any_order_unknown_columns_reported() {
        let text = concat!(
            "touchpoint,Emotion: Ayşe,colour,stage,CHANNEL\r\n",
            "Reads FAQ,-1,red,Discovery,Web site\r\nCalls,+2,,Discovery,Phone\r\n\r\n"
        );
        let c = from_csv(text, "Imported", Lang::En, "t").expect("csv");
        let m = &c.imported.map;
        assert_eq!(m.touchpoints.len(), 2);
        assert_eq!(m.personas[0].name, "Ayşe");
        assert_eq!(
            m.touchpoints[0]
                .emotions
                .values()
                .copied()
                .collect::<Vec<_>>(),
            [-1]
        );
        assert_eq!(
            m.touchpoints[1]
                .emotions
                .values()
                .copied()
                .collect::<Vec<_>>(),
            [2]
        );
        assert_eq!(
            m.channel(&m.touchpoints[0].channel)
                .map(|c| c.name.as_str()),
            Some("Web site"),
            "matched to the default channel by name"
        );
        assert_eq!(
            m.channel(&m.touchpoints[1].channel)
                .map(|c| c.name.as_str()),
            Some("Phone"),
            "a new channel"
        );
        assert_eq!(
            c.notes
                .iter()
                .map(|n| note_text(Lang::En, n))
                .collect::<Vec<_>>(),
            ["unknown column \"colour\" was skipped"]
        );
    }

    #[test]
    fn a_csv_without_a_touchpoint_column_is_refused() {
        assert!(matches!(
            from_csv("a,b\n1,2\n", "x", Lang::En, "t"),
            Err(ImportError::InvalidField { .. })
        ));
        assert!(matches!(
            from_csv("", "x", Lang::En, "t"),
            Err(ImportError::WrongFormat { .. })
        ));
    }
}

/// A cell of a file with one known separator `sep`: formula starts guarded (`guard`); quoted
/// only when it holds `sep`, a quote or a line break (so "12,5" stays bare in a `;` file).
pub(crate) fn cell_for(s: &str, sep: char) -> String {
    let s = guard(s);
    if s.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
