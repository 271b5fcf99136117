//! When the map's journey was last researched, and whether it is time to renew it: the last
//! snapshot taken at the renew step closes a research round; without one, the newest date a
//! metric was measured on stands for it.
use crate::model::calendar::iso_day;
use crate::model::JourneyMap;

/// How long a map goes without a research round before it suggests renewing (months).
pub const RENEW_AFTER_MONTHS: u16 = 6;

/// What the last research round is known from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LastResearch {
    /// A snapshot taken at the renew step: its name and when.
    Round {
        /// The snapshot's name.
        name: String,
        /// When it was taken (ISO 8601).
        taken: String,
    },
    /// No such snapshot: the newest date a metric was measured on (its date, or its period's end).
    Measured {
        /// That date (ISO 8601).
        date: String,
    },
}

impl LastResearch {
    /// Its date.
    pub fn date(&self) -> &str {
        match self {
            LastResearch::Round { taken, .. } => taken,
            LastResearch::Measured { date } => date,
        }
    }
}

/// The last research round of `map`, given its snapshots taken at the renew step as (name,
/// taken) pairs.
pub fn last_research(
    map: &JourneyMap,
    renew_snapshots: &[(String, String)],
) -> Option<LastResearch> {
    if let Some((name, taken)) = renew_snapshots
        .iter()
        .filter(|(_, t)| iso_day(t).is_some())
        .max_by_key(|(_, t)| iso_day(t))
    {
        return Some(LastResearch::Round {
            name: name.clone(),
            taken: taken.clone(),
        });
    }
    map.touchpoints
        .iter()
        .flat_map(|t| &t.metrics)
        .flat_map(|m| {
            let end = m.period.as_ref().map(|p| p.to.clone());
            [Some(m.date.clone()), end].into_iter().flatten()
        })
        .filter(|d| iso_day(d).is_some())
        .max_by_key(|d| iso_day(d))
        .map(|date| LastResearch::Measured { date })
}

/// Whole months from `from` to `now` (both ISO 8601; `None` if either is not a date).
pub fn months_between(from: &str, now: &str) -> Option<u32> {
    let days = iso_day(now)? - iso_day(from)?;
    Some((days.max(0) as f64 / 30.44).floor() as u32)
}

/// Whether the map should be renewed at `now`: its last research round is older than its
/// renew period (six months unless it says otherwise).
pub fn renew_due(map: &JourneyMap, last: Option<&LastResearch>, now: &str) -> bool {
    let period = u32::from(map.renew_after_months.unwrap_or(RENEW_AFTER_MONTHS));
    last.and_then(|l| months_between(l.date(), now))
        .is_some_and(|m| m >= period)
}
