//! CJML 2.0 (Customer Journey Modelling Language, SINTEF) XML, both ways. Journey phases ↔ stages,
//! touchpoints ↔ touchpoints (communication points and actions), the end user ↔ the first persona,
//! service providers ↔ the company side of initiator/receiver, channel names ↔ channels, experience
//! ratings (1–5, actual journeys only) ↔ emotions. No XSD is published: reading is liberal (unknown
//! elements are reported, not fatal), writing is strict.
use super::{
    channel_for, left_out, score_to_value, through_pipeline, value_to_score, Converted, Format,
    Note,
};
use crate::format::{ImportError, MAX_BYTES};
use crate::model::{
    journey_stage_name, new_map, JourneyMap, Lang, MapState, Persona, Stage, Touchpoint,
    TouchpointKind,
};
use quick_xml::events::Event;
use quick_xml::Reader;

/// `<name>text</name>`, the text escaped.
fn labelled(name: &str, text: &str) -> String {
    format!("<{name}>{}</{name}>", esc(text))
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The map as a CJML 2.0 document, with a note for everything CJML cannot hold. Current-state maps
/// are written as actual journeys (with experience ratings), future and draft maps as planned ones.
pub fn to_cjml(map: &JourneyMap) -> (String, Vec<Note>) {
    let actual = map.state == MapState::Current;
    let (kind, prefix) = if actual {
        ("actualJourney", "actual")
    } else {
        ("plannedJourney", "planned")
    };
    let mut notes = Vec::new();
    let user = map.personas.first();
    let user_id = user.map_or("customer".to_string(), |p| p.id.clone());
    let mut x =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CJML version=\"2.0\">\n");
    x.push_str(&format!(
        "  <{kind}>\n    <journeyID>{}</journeyID>\n    <journeyTitle>{}</journeyTitle>\n",
        esc(&map.id),
        esc(&map.title)
    ));
    if !map.description.is_empty() {
        x.push_str(&format!(
            "    <journeyShortSummary>{}</journeyShortSummary>\n",
            esc(&map.description)
        ));
    }
    x.push_str("    <actors>\n");
    x.push_str(&format!(
        "      <endUser actorID=\"{}\"><actorName>{}</actorName></endUser>\n",
        esc(&user_id),
        esc(user.map_or("Customer", |p| p.name.as_str()))
    ));
    x.push_str(concat!(
        "      <serviceProvider actorID=\"company\"><companyName>Company</companyName>",
        "</serviceProvider>\n    </actors>\n"
    ));
    if map.personas.len() > 1 {
        let (name, others) = (user.map_or("", |p| p.name.as_str()), map.personas.len() - 1);
        notes.push(Note::OneEndUser {
            persona: name.to_string(),
            others,
        });
    }
    x.push_str("    <journeyPhases>\n");
    for s in &map.stages {
        x.push_str(&format!(
            "      <journeyPhase phaseID=\"{}\"><phaseName>{}</phaseName></journeyPhase>\n",
            esc(&s.id),
            esc(&s.name)
        ));
    }
    x.push_str("    </journeyPhases>\n    <touchpoints>\n");
    let mut ratings_dropped = 0;
    for t in map.journey_order() {
        let action = t.kind == Some(TouchpointKind::Action);
        let el = format!(
            "{prefix}{}",
            if action {
                "Action"
            } else {
                "CommunicationPoint"
            }
        );
        let channel = map.channel_name(&t.channel);
        x.push_str(&format!(
            "      <{el}>\n        <touchpointID>{}</touchpointID>\n",
            esc(&t.id)
        ));
        x.push_str(&format!(
            "        <belongsTo phaseIDref=\"{}\"/>\n",
            esc(&t.stage)
        ));
        let from = t.initiator.clone().unwrap_or_else(|| user_id.clone());
        if action {
            x.push_str(&format!(
                "        <actor><refersTo actorIDref=\"{}\"/><actionLabel>{}</actionLabel></actor>\n",
                esc(&from),
                esc(&t.name)
            ));
        } else {
            let to = t.receiver.clone().unwrap_or_else(|| "company".into());
            x.push_str(&format!(
                "        <initiator><refersTo actorIDref=\"{}\"/>{}</initiator>\n",
                esc(&from),
                labelled("initiatorLabel", &t.name)
            ));
            x.push_str(&format!(
                "        <receiver><refersTo actorIDref=\"{}\"/>{}</receiver>\n",
                esc(&to),
                labelled("receiverLabel", &t.customer_action)
            ));
        }
        x.push_str(&format!(
            "        <channel><channelName>{}</channelName></channel>\n",
            esc(channel)
        ));
        let rating = user
            .and_then(|p| t.emotions.get(&p.id))
            .map(|v| value_to_score(*v, map.emotion_scale.min, map.emotion_scale.max));
        match (actual, rating) {
            (true, r) if r.is_some() || !t.experience.is_empty() => {
                x.push_str("        <touchpointExperience>");
                if !t.experience.is_empty() {
                    x.push_str(&format!(
                        "<experienceDescription>{}</experienceDescription>",
                        esc(&t.experience)
                    ));
                }
                if let Some(r) = r {
                    x.push_str(&format!("<experienceRating>{r}</experienceRating>"));
                }
                x.push_str("</touchpointExperience>\n");
            }
            (false, Some(_)) => ratings_dropped += 1,
            _ => {}
        }
        if !t.description.is_empty() {
            x.push_str(&format!(
                "        <comment>{}</comment>\n",
                esc(&t.description)
            ));
        }
        x.push_str(&format!("      </{el}>\n"));
    }
    x.push_str(&format!("    </touchpoints>\n  </{kind}>\n</CJML>\n"));
    if ratings_dropped > 0 {
        notes.push(Note::RatingsNeedActualJourney {
            emotions: ratings_dropped,
        });
    }
    notes.extend(left_out(map, Format::Cjml));
    (x, notes)
}

/// A small element tree: enough to read CJML liberally.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }
    fn find(&self, name: &str) -> Option<&Node> {
        self.child(name)
            .or_else(|| self.children.iter().find_map(|c| c.find(name)))
    }
    fn all<'a>(&'a self, name: &str, out: &mut Vec<&'a Node>) {
        for c in &self.children {
            if c.name == name {
                out.push(c);
            }
            c.all(name, out);
        }
    }
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn text_of(&self, name: &str) -> Option<String> {
        self.find(name)
            .map(|n| n.text.trim().to_string())
            .filter(|t| !t.is_empty())
    }
}

fn xml_error(e: impl std::fmt::Display, pos: u64) -> ImportError {
    ImportError::InvalidField {
        path: format!("byte {pos}"),
        message: format!("not well-formed XML: {e}"),
    }
}

fn element(e: &quick_xml::events::BytesStart, pos: u64) -> Result<Node, ImportError> {
    let mut n = Node {
        name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
        ..Node::default()
    };
    for a in e.attributes().flatten() {
        let v = a
            .unescape_value()
            .map_err(|err| xml_error(err, pos))?
            .into_owned();
        n.attrs.push((
            String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned(),
            v,
        ));
    }
    Ok(n)
}

fn parse(text: &str) -> Result<Node, ImportError> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Node> = vec![Node::default()];
    loop {
        let pos = reader.buffer_position();
        let event = reader.read_event().map_err(|e| xml_error(e, pos))?;
        match event {
            Event::Start(e) => {
                let n = element(&e, pos)?;
                if stack.len() > 64 {
                    return Err(ImportError::XmlTooDeep { limit: 64 });
                }
                stack.push(n);
            }
            Event::Empty(e) => {
                let n = element(&e, pos)?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(n);
                }
            }
            Event::Text(t) => {
                let s = t.unescape().map_err(|err| xml_error(err, pos))?;
                if let Some(n) = stack.last_mut() {
                    n.text.push_str(&s);
                }
            }
            Event::CData(c) => {
                if let Some(n) = stack.last_mut() {
                    n.text.push_str(&String::from_utf8_lossy(&c));
                }
            }
            Event::End(_) => {
                let done = stack.pop().unwrap_or_default();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return Err(xml_error("unbalanced end tag", pos)),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(xml_error("unclosed elements at the end", text.len() as u64));
    }
    Ok(stack.pop().unwrap_or_default())
}

/// Elements this reader understands; anything else is reported once by name.
const KNOWN: &[&str] = &[
    "CJML",
    "plannedJourney",
    "actualJourney",
    "journeyID",
    "journeyTitle",
    "journeyShortSummary",
    "journeyLongSummary",
    "journeyStatus",
    "actors",
    "endUser",
    "serviceProvider",
    "actorName",
    "companyName",
    "journeyPhases",
    "journeyPhase",
    "phaseName",
    "touchpoints",
    "touchpointID",
    "belongsTo",
    "initiator",
    "receiver",
    "refersTo",
    "initiatorLabel",
    "receiverLabel",
    "actionLabel",
    "actor",
    "channel",
    "channelName",
    "touchpointExperience",
    "experienceDescription",
    "experienceRating",
    "comment",
    "actualCommunicationPoint",
    "plannedCommunicationPoint",
    "actualAction",
    "plannedAction",
];
const TIMING: &[&str] = &[
    "timeOriginated",
    "timeReceived",
    "timeStarted",
    "timeCompleted",
    "deltaTime",
];

fn unknown(n: &Node, out: &mut Vec<String>) {
    if !KNOWN.contains(&n.name.as_str()) && !out.contains(&n.name) {
        out.push(n.name.clone());
    }
    for c in &n.children {
        unknown(c, out);
    }
}

/// The journey's actors: each end user becomes a persona (the first one gets the ratings);
/// returns every actor's (id, name), providers included, for initiator and receiver names.
fn read_actors(
    journey: &Node,
    map: &mut JourneyMap,
    notes: &mut Vec<Note>,
) -> Vec<(String, String)> {
    let mut actor_names: Vec<(String, String)> = Vec::new();
    let mut users = Vec::new();
    journey.all("endUser", &mut users);
    let mut providers = Vec::new();
    journey.all("serviceProvider", &mut providers);
    if !users.is_empty() {
        map.personas.clear();
    }
    for u in &users {
        let id = u.attr("actorID").unwrap_or("customer").to_string();
        let name = u.text_of("actorName").unwrap_or_else(|| id.clone());
        actor_names.push((id.clone(), name.clone()));
        map.personas.push(Persona {
            id,
            name,
            ..Persona::default()
        });
    }
    if users.len() > 1 {
        let n = users.len();
        notes.push(Note::EndUsersBecamePersonas { count: n });
    }
    for p in &providers {
        let id = p.attr("actorID").unwrap_or("").to_string();
        let name = p
            .text_of("companyName")
            .or_else(|| p.text_of("actorName"))
            .unwrap_or_else(|| id.clone());
        actor_names.push((id, name));
    }
    actor_names
}

/// The journey's phases become the map's stages, in order.
fn read_phases(journey: &Node, map: &mut JourneyMap) {
    map.stages.clear();
    let mut phases = Vec::new();
    journey.all("journeyPhase", &mut phases);
    for p in phases {
        let id = p.attr("phaseID").unwrap_or("").to_string();
        let name = p
            .text_of("phaseName")
            .or_else(|| Some(p.text.trim().to_string()).filter(|t| !t.is_empty()))
            .unwrap_or_else(|| id.clone());
        map.stages.push(Stage {
            id: if id.is_empty() {
                format!("phase-{}", map.stages.len() + 1)
            } else {
                id
            },
            name,
            ..Stage::default()
        });
    }
}

/// A map from a CJML 2.0 document, through the load pipeline.
pub fn from_cjml(text: &str, lang: Lang, now: &str) -> Result<Converted, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: text.len(),
            limit: MAX_BYTES,
        });
    }
    let root = parse(text)?;
    let Some(cjml) = root.child("CJML") else {
        return Err(ImportError::WrongFormat {
            found: root.children.first().map(|c| c.name.clone()),
        });
    };
    let Some(journey) = cjml
        .child("actualJourney")
        .or_else(|| cjml.child("plannedJourney"))
    else {
        return Err(ImportError::InvalidField {
            path: "CJML".into(),
            message: "no actualJourney or plannedJourney".into(),
        });
    };
    let actual = journey.name == "actualJourney";
    let mut notes = Vec::new();
    let mut map = new_map("cjml", "CJML", lang, now);
    map.title = journey
        .text_of("journeyTitle")
        .or_else(|| journey.text_of("journeyID"))
        .unwrap_or_else(|| "CJML".into());
    map.description = journey
        .text_of("journeyShortSummary")
        .or_else(|| journey.text_of("journeyLongSummary"))
        .unwrap_or_default();
    map.state = if actual {
        MapState::Current
    } else {
        MapState::Future
    };
    let actor_names = read_actors(journey, &mut map, &mut notes);
    let name_of = |id: &str| {
        actor_names
            .iter()
            .find(|(i, _)| i == id)
            .map_or(id.to_string(), |(_, n)| n.clone())
    };
    let user_id = map
        .personas
        .first()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    read_phases(journey, &mut map);
    let Some(tps) = journey.child("touchpoints") else {
        return Err(ImportError::InvalidField {
            path: format!("CJML/{}", journey.name),
            message: "no touchpoints".into(),
        });
    };
    let (lo, hi) = (map.emotion_scale.min, map.emotion_scale.max);
    let mut skipped = 0;
    for (i, t) in tps.children.iter().enumerate() {
        let kind = if t.name.ends_with("CommunicationPoint") {
            TouchpointKind::Communication
        } else if t.name.ends_with("Action") {
            TouchpointKind::Action
        } else {
            skipped += 1;
            continue;
        };
        let id = t
            .text_of("touchpointID")
            .unwrap_or_else(|| format!("tp-{}", i + 1));
        let phase = t
            .child("belongsTo")
            .and_then(|b| b.attr("phaseIDref"))
            .map(str::to_string);
        let stage = match phase.filter(|p| map.stages.iter().any(|s| s.id == *p)) {
            Some(p) => p,
            None => {
                if !map.stages.iter().any(|s| s.id == "journey") {
                    map.stages.push(Stage {
                        id: "journey".into(),
                        name: journey_stage_name(lang).into(),
                        ..Stage::default()
                    });
                    notes.push(Note::NoPhase);
                }
                "journey".into()
            }
        };
        let who = |el: &str| {
            t.child(el)
                .and_then(|n| n.child("refersTo"))
                .and_then(|r| r.attr("actorIDref"))
                .map(name_of)
        };
        let name = ["initiatorLabel", "actionLabel", "receiverLabel"]
            .iter()
            .find_map(|l| t.text_of(l))
            .unwrap_or_else(|| id.clone());
        let channel_name = t.text_of("channelName").unwrap_or_default();
        let channel = channel_for(&mut map, channel_name, false, lang);
        let mut tp = Touchpoint {
            id,
            stage,
            channel,
            name,
            kind: Some(kind),
            initiator: who("initiator").or_else(|| who("actor")),
            receiver: who("receiver"),
            customer_action: t
                .text_of("receiverLabel")
                .filter(|_| kind == TouchpointKind::Communication)
                .unwrap_or_default(),
            description: t.text_of("comment").unwrap_or_default(),
            experience: t.text_of("experienceDescription").unwrap_or_default(),
            ..Touchpoint::default()
        };
        if let Some(r) = t.text_of("experienceRating") {
            match r.parse::<f64>() {
                Ok(v) if v.is_finite() => {
                    if !(1.0..=5.0).contains(&v) {
                        notes.push(Note::RatingClamped {
                            touchpoint: tp.name.clone(),
                            rating: r.clone(),
                        });
                    }
                    tp.emotions.insert(
                        user_id.clone(),
                        score_to_value(v.round().clamp(1.0, 5.0) as u8, lo, hi),
                    );
                }
                _ => notes.push(Note::RatingNotNumber {
                    touchpoint: tp.name.clone(),
                    rating: r.clone(),
                }),
            }
        }
        map.touchpoints.push(tp);
    }
    if skipped > 0 {
        notes.push(Note::NotTouchpoints { count: skipped });
    }
    let mut unknowns = Vec::new();
    unknown(cjml, &mut unknowns);
    let (timing, other): (Vec<String>, Vec<String>) = unknowns
        .into_iter()
        .partition(|n| TIMING.contains(&n.as_str()));
    if !timing.is_empty() {
        notes.push(Note::TimingNotKept);
    }
    for n in other {
        notes.push(Note::UnknownElement { name: n });
    }
    if map.stages.is_empty() {
        map.stages.push(Stage {
            id: "journey".into(),
            name: journey_stage_name(lang).into(),
            ..Stage::default()
        });
    }
    through_pipeline(&map, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::note_text;
    use crate::model::samples::{sample, Sample};

    /// The published CJML example (FORMATS.md), as is.
    const EXAMPLE: &str = r#"<CJML version="2.0">
  <actualJourney>
    <journeyID>AJ1</journeyID>
    <actors>
      <endUser actorID="Carl"><actorName>Carl</actorName></endUser>
      <serviceProvider actorID="Company A"><companyName>Bookis</companyName></serviceProvider>
    </actors>
    <touchpoints>
      <actualCommunicationPoint>
        <touchpointID>TP1</touchpointID>
        <initiator><refersTo actorIDref="Carl"/><initiatorLabel>Customer creates account</initiatorLabel></initiator>
        <receiver><refersTo actorIDref="Bookis"/><receiverLabel>Account registered</receiverLabel></receiver>
        <channel><channelName>Web</channelName></channel>
      </actualCommunicationPoint>
    </touchpoints>
  </actualJourney>
</CJML>"#;

    #[test]
    fn the_published_example_becomes_a_map() {
        let c = from_cjml(EXAMPLE, Lang::En, "t").expect("cjml");
        let m = &c.imported.map;
        assert_eq!(m.title, "AJ1");
        assert_eq!(
            m.personas
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["Carl"]
        );
        let t = &m.touchpoints[0];
        assert_eq!(
            (t.id.as_str(), t.name.as_str(), t.kind),
            (
                "TP1",
                "Customer creates account",
                Some(TouchpointKind::Communication)
            )
        );
        assert_eq!(
            (t.initiator.as_deref(), t.receiver.as_deref()),
            (Some("Carl"), Some("Bookis"))
        );
        assert_eq!(m.channel(&t.channel).map(|c| c.name.as_str()), Some("Web"));
        assert_eq!(m.state, MapState::Current);
        assert!(
            c.notes
                .iter()
                .any(|n| note_text(Lang::En, n).contains("stage of their own")),
            "{:?}",
            c.notes
        );
    }

    #[test]
    fn export_then_import_keeps_what_cjml_can_carry() {
        let m = sample(Sample::OnlineShopTr, "x", "t");
        let (xml, notes) = to_cjml(&m);
        assert!(xml.starts_with("<?xml") && xml.contains("<actualJourney>"));
        assert!(
            notes
                .iter()
                .any(|n| note_text(Lang::En, n).contains("pain points")),
            "{notes:?}"
        );
        let back = from_cjml(&xml, Lang::Tr, "t").expect("back").imported.map;
        assert_eq!(back.title, m.title);
        assert_eq!(
            back.stages.iter().map(|s| &s.name).collect::<Vec<_>>(),
            m.stages.iter().map(|s| &s.name).collect::<Vec<_>>()
        );
        let view = |m: &JourneyMap| {
            m.journey_order()
                .iter()
                .map(|t| {
                    (
                        t.name.clone(),
                        t.emotions.values().copied().collect::<Vec<_>>(),
                        m.channel(&t.channel).map(|c| c.name.clone()),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(view(&back), view(&m));
    }

    #[test]
    fn planned_journeys_carry_no_ratings_and_text_is_escaped() {
        let mut m = sample(Sample::BroadbandEn, "x", "t");
        m.state = MapState::Future;
        m.touchpoints[0].name = "<script>alert('x')</script> & co".into();
        let (xml, notes) = to_cjml(&m);
        assert!(xml.contains("<plannedJourney>") && !xml.contains("experienceRating"));
        assert!(!xml.contains("<script>") && xml.contains("&lt;script&gt;"));
        assert!(notes
            .iter()
            .any(|n| note_text(Lang::En, n).contains("actual journeys only")));
        let back = from_cjml(&xml, Lang::En, "t").expect("back").imported.map;
        assert_eq!(back.touchpoints[0].name, "<script>alert('x')</script> & co");
        assert_eq!(back.state, MapState::Future);
    }

    #[test]
    fn unknown_elements_are_reported_and_broken_xml_refused() {
        let extra = concat!(
            "<touchpointID>TP1</touchpointID><timeStarted>2020</timeStarted><mood>x</mood>",
            "<touchpointExperience><experienceRating>9</experienceRating></touchpointExperience>"
        );
        let text = EXAMPLE.replace("<touchpointID>TP1</touchpointID>", extra);
        let c = from_cjml(&text, Lang::En, "t").expect("lenient");
        assert!(
            c.notes
                .iter()
                .any(|n| note_text(Lang::En, n).contains("<mood>")
                    && note_text(Lang::Tr, n).contains("<mood>")),
            "{:?}",
            c.notes
        );
        assert!(c
            .notes
            .iter()
            .any(|n| note_text(Lang::En, n).contains("timing")));
        assert!(c
            .notes
            .iter()
            .any(|n| note_text(Lang::En, n).contains("clamped")));
        assert_eq!(
            c.imported.map.touchpoints[0]
                .emotions
                .values()
                .copied()
                .collect::<Vec<_>>(),
            [2]
        );
        assert!(matches!(
            from_cjml("<CJML><actualJourney>", Lang::En, "t"),
            Err(ImportError::InvalidField { .. })
        ));
        let html = from_cjml("<html></html>", Lang::En, "t");
        assert!(matches!(html, Err(ImportError::WrongFormat { found: Some(f) }) if f == "html"));
        assert!(from_cjml(
            "<CJML><actualJourney></actualJourney></CJML>",
            Lang::En,
            "t"
        )
        .is_err());
    }
}
