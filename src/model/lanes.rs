//! The journey grid's lanes: the rows under the touchpoints, each one side of a step (what the
//! customer does, thinks, feels…). A map chooses which lanes it shows and in what order; below
//! the line of visibility are the backstage lanes (who owns a step, which systems support it: the
//! service-blueprint view).
use super::named::named_variants;
use super::{JourneyMap, Touchpoint};
use serde::{Deserialize, Serialize};

/// One row of the journey grid (the touchpoints themselves are its column headers, always shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum Lane {
    /// What the customer does at the step.
    CustomerAction,
    /// What the customer thinks.
    Thoughts,
    /// How the customer feels: the emotion curve, a point per persona on each column's centre.
    Emotion,
    /// What the customer expected and what they experienced, side by side.
    Expectation,
    /// The step's pain points with severity and frequency.
    PainPoints,
    /// Whether customers leave here, why and how many.
    Exit,
    /// The step's measured numbers.
    Metrics,
    /// Backstage: the department that owns the step.
    Owner,
    /// Backstage: the systems that support it.
    Systems,
    /// Ideas for improving the step.
    Opportunities,
}

named_variants!(Lane {
    CustomerAction = "customerAction",
    Thoughts = "thoughts",
    Emotion = "emotion",
    Expectation = "expectation",
    PainPoints = "painPoints",
    Exit = "exit",
    Metrics = "metrics",
    Owner = "owner",
    Systems = "systems",
    Opportunities = "opportunities",
});

impl Lane {
    /// Every lane, in the default order (front stage, the line of visibility, backstage, ideas).
    pub const ALL: [Lane; 10] = [
        Lane::CustomerAction,
        Lane::Thoughts,
        Lane::Emotion,
        Lane::Expectation,
        Lane::PainPoints,
        Lane::Exit,
        Lane::Metrics,
        Lane::Owner,
        Lane::Systems,
        Lane::Opportunities,
    ];

    /// Whether this lane has something to show for touchpoint `t`.
    pub fn has_content(self, t: &Touchpoint, map: &JourneyMap) -> bool {
        match self {
            Lane::CustomerAction => !t.customer_action.trim().is_empty(),
            Lane::Thoughts => !t.thoughts.trim().is_empty(),
            Lane::Emotion => map.personas.iter().any(|p| t.emotions.contains_key(&p.id)),
            Lane::Expectation => {
                !(t.expectation.trim().is_empty() && t.experience.trim().is_empty())
                    || t.gap.is_some()
            }
            Lane::PainPoints => !t.pain_points.is_empty(),
            Lane::Exit => t.exit_point.is_some(),
            Lane::Metrics => !t.metrics.is_empty(),
            Lane::Owner => !t.owner.trim().is_empty(),
            Lane::Systems => !t.systems.is_empty(),
            Lane::Opportunities => {
                !t.opportunities.is_empty()
                    || map.actions.iter().any(|a| a.touchpoints.contains(&t.id))
            }
        }
    }

    /// Whether the lane is below the line of visibility (what the customer does not see).
    pub fn is_backstage(self) -> bool {
        matches!(self, Lane::Owner | Lane::Systems)
    }
}

/// The lanes a map shows, in order; a map that never chose shows them all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Lanes(pub Vec<Lane>);

impl Default for Lanes {
    fn default() -> Self {
        Lanes(Lane::ALL.to_vec())
    }
}

impl Lanes {
    /// Whether this is the default choice (left out of files, so older files and maps that never
    /// chose read the same).
    pub fn is_default(&self) -> bool {
        *self == Lanes::default()
    }

    /// The lanes in order, each once (a repeated lane is shown where it first appears).
    pub fn shown(&self) -> Vec<Lane> {
        let mut seen = Vec::new();
        for lane in &self.0 {
            if !seen.contains(lane) {
                seen.push(*lane);
            }
        }
        seen
    }

    /// The same choice with `lane` shown (last, when it was hidden) or hidden.
    pub fn with_shown(&self, lane: Lane, on: bool) -> Lanes {
        let mut lanes: Vec<Lane> = self.shown().into_iter().filter(|l| *l != lane).collect();
        if on {
            let keep = self.shown().iter().position(|l| *l == lane);
            lanes.insert(keep.unwrap_or(lanes.len()).min(lanes.len()), lane);
        }
        Lanes(lanes)
    }

    /// The same choice with `lane` moved one place up (`-1`) or down (`1`) among those shown.
    pub fn with_moved(&self, lane: Lane, step: isize) -> Lanes {
        let mut lanes = self.shown();
        if let Some(at) = lanes.iter().position(|l| *l == lane) {
            let to = at as isize + step;
            if to >= 0 && (to as usize) < lanes.len() {
                lanes.swap(at, to as usize);
            }
        }
        Lanes(lanes)
    }

    /// The index, among the lanes shown, before which the line of visibility is drawn: the first
    /// backstage lane after a front-stage one (none when no lane is backstage, or all are).
    pub fn line_of_visibility(&self) -> Option<usize> {
        let shown = self.shown();
        let first = shown.iter().position(|l| l.is_backstage())?;
        (first > 0).then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_of_visibility_sits_above_the_first_backstage_lane() {
        assert_eq!(Lanes::default().line_of_visibility(), Some(7));
        assert_eq!(
            Lanes(vec![Lane::Owner, Lane::Emotion]).line_of_visibility(),
            None
        );
        assert_eq!(Lanes(vec![Lane::Emotion]).line_of_visibility(), None);
        let repeated = Lanes(vec![Lane::Emotion, Lane::Emotion, Lane::Systems]);
        assert_eq!(repeated.shown(), vec![Lane::Emotion, Lane::Systems]);
        assert_eq!(repeated.line_of_visibility(), Some(1));
    }

    #[test]
    fn lanes_are_shown_hidden_and_moved() {
        let all = Lanes::default();
        let hidden = all.with_shown(Lane::Thoughts, false);
        assert!(!hidden.shown().contains(&Lane::Thoughts));
        assert_eq!(hidden.shown().len(), Lane::ALL.len() - 1);
        let back = hidden.with_shown(Lane::Thoughts, true);
        assert_eq!(
            back.shown().last(),
            Some(&Lane::Thoughts),
            "a lane shown again goes last"
        );
        assert_eq!(
            all.with_shown(Lane::Emotion, true),
            all,
            "showing a shown lane keeps its place"
        );
        let up = all.with_moved(Lane::Emotion, -1);
        assert_eq!(
            &up.shown()[..3],
            &[Lane::CustomerAction, Lane::Emotion, Lane::Thoughts]
        );
        assert_eq!(
            all.with_moved(Lane::CustomerAction, -1),
            all,
            "the first stays first"
        );
        assert_eq!(
            all.with_moved(Lane::Opportunities, 1),
            all,
            "the last stays last"
        );
    }

    #[test]
    fn the_default_choice_is_every_lane_and_is_left_out_of_files() {
        assert!(Lanes::default().is_default());
        assert_eq!(Lanes::default().shown(), Lane::ALL.to_vec());
        assert_eq!(
            serde_json::to_string(&Lanes(vec![Lane::PainPoints, Lane::Exit])).ok(),
            Some("[\"painPoints\",\"exit\"]".into())
        );
    }
}
