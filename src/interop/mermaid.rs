//! Mermaid `journey` diagrams: sections ↔ stages, tasks ↔ touchpoints, scores 1–5 ↔ the map's
//! emotion scale, actors ↔ personas. Channels, pain points, exits, metrics and actions have no
//! place in Mermaid: export says what it left out, import puts touchpoints on one channel.
use super::{left_out, score_to_value, through_pipeline, value_to_score, Converted, Format, Note};
use crate::format::{ImportError, MAX_BYTES};
use crate::model::{
    journey_stage_name, new_map, unspecified_channel, JourneyMap, Lang, Persona, Stage, Touchpoint,
};

/// ':' separates a task's fields in Mermaid; names keep it as a look-alike and get it back on import.
const COLON_STAND_IN: char = '∶';

/// Text as Mermaid reads it back: `#` and `;` as Mermaid's own escapes (`#35;`, `#59;`: a bare `#`
/// makes Mermaid 11 refuse a task and cut a title or section short), `:` as its look-alike, line
/// breaks as spaces (listed in the notes).
fn clean(s: &str) -> String {
    escape(s, false)
}

/// An actor's name: also its commas escaped (`#44;`), since commas separate a task's actors.
fn clean_actor(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, actor: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            '#' => out.push_str("#35;"),
            ';' => out.push_str("#59;"),
            ',' if actor => out.push_str("#44;"),
            ':' => out.push(COLON_STAND_IN),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Mermaid's numeric escapes (`#35;`, `#59;`, `#44;`, any `#<digits>;`) back to their characters.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        let code = after[..digits].parse::<u32>().ok().and_then(char::from_u32);
        match (code, after[digits..].starts_with(';')) {
            (Some(c), true) if digits > 0 => {
                out.push(c);
                rest = &after[digits + 1..];
            }
            _ => {
                out.push('#');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The map as Mermaid `journey` text, with a note for everything left out.
pub fn to_mermaid(map: &JourneyMap) -> (String, Vec<Note>) {
    let (lo, hi) = (map.emotion_scale.min, map.emotion_scale.max);
    let mut out = String::from("journey\n");
    let mut notes = Vec::new();
    if !map.title.trim().is_empty() {
        out.push_str(&format!("    title {}\n", clean(&map.title)));
    }
    if !map.description.trim().is_empty() {
        out.push_str(&format!("    accDescr: {}\n", clean(&map.description)));
    }
    let (mut averaged, mut unrated) = (0, 0);
    for stage in &map.stages {
        out.push_str(&format!("    section {}\n", clean(&stage.name)));
        for tp in map.touchpoints_of(&stage.id) {
            let rated: Vec<(&str, i8)> = map
                .personas
                .iter()
                .filter_map(|p| tp.emotions.get(&p.id).map(|v| (p.name.as_str(), *v)))
                .collect();
            let score = match rated.as_slice() {
                [] => {
                    unrated += 1;
                    3
                }
                [(_, v), rest @ ..] => {
                    if rest.iter().any(|(_, w)| w != v) {
                        averaged += 1;
                    }
                    let mean =
                        rated.iter().map(|(_, v)| *v as f64).sum::<f64>() / rated.len() as f64;
                    value_to_score(mean.round() as i8, lo, hi)
                }
            };
            let actors: Vec<String> = rated.iter().map(|(n, _)| clean_actor(n)).collect();
            out.push_str(&format!("      {}: {score}", clean(&tp.name)));
            if !actors.is_empty() {
                out.push_str(&format!(": {}", actors.join(", ")));
            }
            out.push('\n');
        }
    }
    let count = |f: &dyn Fn(&crate::model::Touchpoint) -> bool| {
        map.touchpoints.iter().filter(|t| f(t)).count()
    };
    if averaged > 0 {
        notes.push(Note::ScoresAveraged {
            touchpoints: averaged,
        });
    }
    if unrated > 0 {
        notes.push(Note::MiddleScore {
            touchpoints: unrated,
        });
    }
    if !map.touchpoints.is_empty() {
        notes.push(Note::ChannelsLeftOut);
    }
    let broken = map
        .touchpoints
        .iter()
        .filter(|t| t.name.contains(['\n', '\r']))
        .count();
    if broken > 0 {
        notes.push(Note::LineBreaksJoined {
            touchpoints: broken,
        });
    }
    let described = count(&|t| {
        !(t.description.is_empty()
            && t.thoughts.is_empty()
            && t.expectation.is_empty()
            && t.experience.is_empty())
    });
    if described > 0 {
        notes.push(Note::DescriptionsLeftOut {
            touchpoints: described,
            format: Format::Mermaid,
        });
    }
    notes.extend(left_out(map, Format::Mermaid));
    (out, notes)
}

fn restore(s: &str) -> String {
    unescape(&s.trim().replace(COLON_STAND_IN, ":"))
}

/// A map from Mermaid `journey` text (ids and times given by the caller), through the load pipeline.
pub fn from_mermaid(text: &str, lang: Lang, now: &str) -> Result<Converted, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: text.len(),
            limit: MAX_BYTES,
        });
    }
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with("%%"));
    match lines.next() {
        Some((_, "journey")) => {}
        Some((_, other)) => {
            return Err(ImportError::WrongFormat {
                found: Some(other.split_whitespace().next().unwrap_or("").to_string()),
            })
        }
        None => return Err(ImportError::WrongFormat { found: None }),
    }
    let mut map = new_map("mermaid", "Mermaid", lang, now);
    map.title = String::new();
    map.stages.clear();
    let channel = unspecified_channel(lang);
    let channel_name = channel.name.clone();
    let (lo, hi) = (map.emotion_scale.min, map.emotion_scale.max);
    let default_persona = map.personas[0].clone();
    let mut personas: Vec<Persona> = Vec::new();
    let mut notes = Vec::new();
    let mut in_block = false;
    for (n, line) in lines {
        if in_block {
            if line == "}" {
                in_block = false;
            } else {
                map.description = [map.description.as_str(), line]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            continue;
        }
        if let Some(t) = line.strip_prefix("title ") {
            map.title = restore(t);
        } else if let Some(d) = line.strip_prefix("accDescr:") {
            map.description = restore(d);
        } else if line.starts_with("accDescr") && line.ends_with('{') {
            in_block = true;
        } else if line.starts_with("accTitle:") {
            notes.push(Note::AccessibleTitleNotKept { line: n });
        } else if let Some(name) = line.strip_prefix("section ") {
            map.stages.push(Stage {
                id: format!("s{}", map.stages.len() + 1),
                name: restore(name),
                ..Stage::default()
            });
        } else if let Some((name, rest)) = line.split_once(':') {
            if map.stages.is_empty() {
                map.stages.push(Stage {
                    id: "s1".into(),
                    name: journey_stage_name(lang).into(),
                    ..Stage::default()
                });
                notes.push(Note::TasksBeforeSection { line: n });
            }
            let (score, actors) = rest.split_once(':').unwrap_or((rest, ""));
            let score = match score.trim().parse::<i64>() {
                Ok(s) if (1..=5).contains(&s) => Some(s as u8),
                Ok(s) => {
                    notes.push(Note::ScoreClamped { line: n, score: s });
                    Some(s.clamp(1, 5) as u8)
                }
                Err(_) => {
                    let score = score.trim();
                    notes.push(Note::ScoreNotNumber {
                        line: n,
                        score: score.to_string(),
                    });
                    None
                }
            };
            let mut ids = Vec::new();
            for actor in actors.split(',').map(restore).filter(|a| !a.is_empty()) {
                let id = match personas.iter().find(|p| p.name == actor) {
                    Some(p) => p.id.clone(),
                    None => {
                        let id = format!("p{}", personas.len() + 1);
                        personas.push(Persona {
                            id: id.clone(),
                            name: actor,
                            ..Persona::default()
                        });
                        id
                    }
                };
                ids.push(id);
            }
            if ids.is_empty() {
                ids.push(default_persona.id.clone());
            }
            let stage = map.stages.last().map(|s| s.id.clone()).unwrap_or_default();
            let mut tp = Touchpoint {
                id: format!("t{}", map.touchpoints.len() + 1),
                stage,
                channel: channel.id.clone(),
                name: restore(name),
                ..Touchpoint::default()
            };
            if let Some(s) = score {
                for id in ids {
                    tp.emotions.insert(id, score_to_value(s, lo, hi));
                }
            }
            map.touchpoints.push(tp);
        } else {
            notes.push(Note::LineSkipped {
                line: n,
                text: line.to_string(),
            });
        }
    }
    let default_used = map
        .touchpoints
        .iter()
        .any(|t| t.emotions.contains_key(&default_persona.id))
        || personas.is_empty();
    map.personas = if default_used {
        std::iter::once(default_persona).chain(personas).collect()
    } else {
        personas
    };
    map.channels.push(channel);
    if !map.touchpoints.is_empty() {
        notes.push(Note::OnOneChannel {
            channel: channel_name,
        });
    }
    if map.title.is_empty() {
        map.title = "Mermaid".into();
    }
    through_pipeline(&map, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::note_text;

    const DAY: &str = concat!(
        "journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n",
        "      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n",
        "      Go downstairs: 5: Me\n      Sit down: 5: Me\n"
    );

    #[test]
    fn the_mermaid_documentation_example_becomes_a_map() {
        let c = from_mermaid(DAY, Lang::En, "2026-11-24T00:00:00Z").expect("mermaid");
        let m = &c.imported.map;
        assert_eq!(m.title, "My working day");
        assert_eq!(
            m.stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["Go to work", "Go home"]
        );
        assert_eq!(m.touchpoints.len(), 5);
        assert_eq!(
            m.personas
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["Me", "Cat"]
        );
        let work = &m.touchpoints[2];
        assert_eq!(
            (
                work.name.as_str(),
                work.emotions.values().copied().collect::<Vec<_>>()
            ),
            ("Do work", vec![-2, -2])
        );
        assert_eq!(
            m.touchpoints[0]
                .emotions
                .values()
                .copied()
                .collect::<Vec<_>>(),
            [2]
        );
        assert!(c.imported.report.is_clean(), "{:?}", c.imported.report);
        assert!(c
            .notes
            .iter()
            .any(|n| note_text(Lang::En, n).contains("no channels")));
    }

    #[test]
    fn export_then_import_keeps_what_mermaid_can_carry() {
        let c = from_mermaid(DAY, Lang::En, "t").expect("mermaid");
        let (text, _) = to_mermaid(&c.imported.map);
        assert_eq!(text.lines().filter(|l| l.contains(": ")).count(), 5);
        let again = from_mermaid(&text, Lang::En, "t")
            .expect("again")
            .imported
            .map;
        let names = |m: &JourneyMap| {
            m.touchpoints
                .iter()
                .map(|t| {
                    (
                        t.name.clone(),
                        t.emotions.values().copied().collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&again), names(&c.imported.map));
        assert_eq!(again.stages, c.imported.map.stages);
        assert_eq!(
            again.personas.iter().map(|p| &p.name).collect::<Vec<_>>(),
            ["Me", "Cat"]
        );
    }

    #[test]
    fn colons_newlines_and_what_is_left_out() {
        let mut m =
            crate::model::samples::sample(crate::model::samples::Sample::BroadbandEn, "x", "t");
        m.touchpoints[0].name = "Step 1: call\nagain".into();
        let (text, notes) = to_mermaid(&m);
        assert!(text.contains("Step 1∶ call again:"), "{text}");
        assert!(
            notes
                .iter()
                .any(|n| note_text(Lang::En, n).contains("pain points")
                    && note_text(Lang::Tr, n).contains("acı noktaları")),
            "{notes:?}"
        );
        assert!(notes
            .iter()
            .any(|n| note_text(Lang::En, n).contains("channels")));
        let back = from_mermaid(&text, Lang::En, "t")
            .expect("back")
            .imported
            .map;
        assert_eq!(back.touchpoints[0].name, "Step 1: call again");
    }

    #[test]
    fn hashes_semicolons_and_commas_are_written_as_mermaid_escapes_and_read_back() {
        let mut m =
            crate::model::samples::sample(crate::model::samples::Sample::BroadbandEn, "x", "t");
        m.title = "Kargo # 1; hızlı".into();
        m.stages[0].name = "Keşif #2".into();
        m.touchpoints[0].name = "kargo # ücretsiz; bugün".into();
        m.personas[0].name = "Ayşe, ilk kez; #1".into();
        m.touchpoints[1].name = "literal #35; stays".into();
        let (text, _) = to_mermaid(&m);
        assert!(text.contains("title Kargo #35; 1#59; hızlı"), "{text}");
        assert!(text.contains("kargo #35; ücretsiz#59; bugün:"), "{text}");
        assert!(text.contains("Ayşe#44; ilk kez#59; #35;1"), "{text}");
        assert!(
            !text.lines().any(|l| l.contains("# ")),
            "no bare # left: {text}"
        );
        let back = from_mermaid(&text, Lang::En, "t")
            .expect("back")
            .imported
            .map;
        assert_eq!(back.title, m.title);
        assert_eq!(back.stages[0].name, m.stages[0].name);
        assert_eq!(back.touchpoints[0].name, m.touchpoints[0].name);
        assert_eq!(back.touchpoints[1].name, m.touchpoints[1].name);
        assert_eq!(back.personas[0].name, m.personas[0].name);
        // Mermaid files written by hand with its escapes read as Mermaid shows them.
        let hand = "journey\n  section A #35;1\n    Pay#59; ship: 3: Me";
        let map = from_mermaid(hand, Lang::En, "t")
            .expect("hand")
            .imported
            .map;
        assert_eq!(map.stages[0].name, "A #1");
        assert_eq!(map.touchpoints[0].name, "Pay; ship");
    }

    #[test]
    fn malformed_text_is_refused_or_reported() {
        let graph = from_mermaid("graph TD\n A-->B", Lang::En, "t");
        assert!(matches!(graph, Err(ImportError::WrongFormat { found: Some(f) }) if f == "graph"));
        assert!(matches!(
            from_mermaid("", Lang::En, "t"),
            Err(ImportError::WrongFormat { found: None })
        ));
        let c = from_mermaid(
            "journey\n  Early: 9\n  section S\n  Bad: x: Me\n  what is this\n",
            Lang::Tr,
            "t",
        )
        .expect("lenient");
        let m = &c.imported.map;
        assert_eq!(m.stages[0].name, "Yolculuk");
        assert_eq!(
            m.touchpoints[0]
                .emotions
                .values()
                .copied()
                .collect::<Vec<_>>(),
            [2]
        );
        assert!(m.touchpoints[1].emotions.is_empty());
        assert_eq!(
            c.notes
                .iter()
                .filter(|n| note_text(Lang::En, n).starts_with("line"))
                .count(),
            4,
            "{:?}",
            c.notes
        );
        assert_eq!(
            m.channels.last().map(|c| c.name.as_str()),
            Some("Belirtilmemiş")
        );
    }
}
