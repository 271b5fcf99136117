//! The journey map and its records (format v2; a touchpoint's metrics are in `metric.rs`).
//! Field order here is the key order of every export.
use super::named::named_variants;
use super::{ActionOrigin, CycleStep, Lanes, Link, Metric, ServiceGap};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Identifier of any record. Chosen by the caller (the browser makes random ones); never by the core.
pub type Id = String;

/// One customer journey: who the customer is, the stages they go through and every touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct JourneyMap {
    /// Stable identifier of the map; also its storage key suffix.
    pub id: Id,
    /// Title shown in the library and the editor.
    pub title: String,
    /// Free text: scope, goal, sources of the map.
    pub description: String,
    /// Language of the map's content as a BCP 47 tag ("tr", "en").
    pub language: String,
    /// Whether the map shows today's journey, a planned one, or is a draft.
    pub state: MapState,
    /// The emotion scale all emotion values on this map use.
    pub emotion_scale: EmotionScale,
    /// The customers whose journey this is; emotions are recorded per persona.
    pub personas: Vec<Persona>,
    /// Stages in journey order (problem, discovery, purchase decision, after purchase…).
    pub stages: Vec<Stage>,
    /// The channels this map uses; touchpoints refer to them by id.
    pub channels: Vec<Channel>,
    /// Touchpoints; their order in this list is the journey order inside each stage.
    pub touchpoints: Vec<Touchpoint>,
    /// Improvement actions decided for this journey.
    pub actions: Vec<Action>,
    /// When the map was created (ISO 8601, given by the caller).
    pub created: String,
    /// When the map last changed (ISO 8601, given by the caller).
    pub updated: String,
    /// The map this one was derived from (a future-state copy or snapshot), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub based_on: Option<Id>,
    /// The lanes the journey grid shows, in order (left out of files when it is every lane).
    #[serde(skip_serializing_if = "Lanes::is_default")]
    pub lanes: Lanes,
    /// Where the map is in the CX management cycle (research → map → strategy → apply and
    /// analyse → improve and renew).
    pub cycle: CycleStep,
    /// After how many months without a new research round the map suggests renewing it
    /// (`None`: six).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renew_after_months: Option<u16>,
    /// Content hashes of the versions this map was handed on as (exported), newest first: a file
    /// that comes back names here the version both sides share, the base of a three-way merge
    /// (`format::exchange`). Bookkeeping, not content: merges union it, hashes leave it out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merge_base: Vec<String>,
}

/// What the map describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum MapState {
    /// The journey as customers live it today (as-is).
    #[default]
    Current,
    /// The journey as it should become (to-be).
    Future,
    /// Work in progress, not yet agreed.
    Draft,
}

named_variants!(MapState {
    Current = "current",
    Future = "future",
    Draft = "draft",
});

/// The declared range of emotion values, e.g. −2 (very negative) … +2 (very positive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct EmotionScale {
    /// Lowest (most negative) value.
    pub min: i8,
    /// Highest (most positive) value.
    pub max: i8,
    /// Optional labels from `min` to `max`; empty means the app's translated defaults.
    pub labels: Vec<String>,
}

impl Default for EmotionScale {
    fn default() -> Self {
        EmotionScale {
            min: -2,
            max: 2,
            labels: Vec::new(),
        }
    }
}

impl EmotionScale {
    /// Clamps a value into the scale.
    pub fn clamp(&self, v: i8) -> i8 {
        v.clamp(self.min, self.max)
    }
    /// Whether the scale is usable (min below max, at most 11 steps).
    pub fn is_valid(&self) -> bool {
        self.min < self.max && (self.max as i16 - self.min as i16) <= 10
    }
}

/// A customer archetype.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Persona {
    /// Identifier, referenced by touchpoint emotions.
    pub id: Id,
    /// Name, e.g. "Ayşe, first-time buyer".
    pub name: String,
    /// Who they are.
    pub description: String,
    /// What they want to achieve.
    pub goals: String,
    /// What they expect from the company.
    pub expectations: String,
    /// What annoys them.
    pub frustrations: String,
    /// A typical sentence in their own words.
    pub quote: String,
}

/// A stage (phase) of the journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Stage {
    /// Identifier, referenced by touchpoints.
    pub id: Id,
    /// Name, e.g. "Discovery".
    pub name: String,
    /// What happens in this stage.
    pub description: String,
}

/// A channel through which the customer meets the company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Channel {
    /// Identifier, referenced by touchpoints.
    pub id: Id,
    /// Name, e.g. "Call centre".
    pub name: String,
    /// What sort of channel it is.
    pub kind: ChannelKind,
}

/// Channel family; used for grouping and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum ChannelKind {
    /// Web site, app, e-mail, chat…
    #[default]
    Digital,
    /// Store, packaging, invoice on paper…
    Physical,
    /// A person: call centre agent, sales staff…
    Human,
    /// TV, ads, word of mouth…
    Media,
}

named_variants!(ChannelKind {
    Digital = "digital",
    Physical = "physical",
    Human = "human",
    Media = "media",
});

/// How sure we are that something really happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum Evidence {
    /// Seen in research or data.
    Observed,
    /// Believed by the team, not yet checked.
    #[default]
    Assumed,
    /// Planned; does not exist yet.
    Proposed,
}

named_variants!(Evidence {
    Observed = "observed",
    Assumed = "assumed",
    Proposed = "proposed",
});

/// One moment where the customer meets the company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Touchpoint {
    /// Identifier.
    pub id: Id,
    /// The stage it belongs to.
    pub stage: Id,
    /// The channel it happens on.
    pub channel: Id,
    /// Short name, e.g. "Searches on Google".
    pub name: String,
    /// Longer description.
    pub description: String,
    /// What the customer does.
    pub customer_action: String,
    /// What the customer thinks.
    pub thoughts: String,
    /// What the customer expects here.
    pub expectation: String,
    /// What the customer actually experiences.
    pub experience: String,
    /// The expectation and the experience rated on one scale, where they were measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<ServiceGap>,
    /// Emotion per persona id, on the map's emotion scale.
    pub emotions: BTreeMap<Id, i8>,
    /// Problems customers meet here.
    pub pain_points: Vec<PainPoint>,
    /// Set when customers leave the journey here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_point: Option<ExitPoint>,
    /// Set when the customer was sent to this touchpoint from the one before (a forced hand-over:
    /// chat → phone): the channel switch that hurts, drawn prominently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forced_switch: Option<ForcedSwitch>,
    /// Numbers measured at this touchpoint.
    pub metrics: Vec<Metric>,
    /// Set when the user marks this touchpoint as a step of the funnel: the id of its metric that
    /// counts the customers reaching it (visits, or a count of conversions). Once any touchpoint
    /// is marked, only marked ones are steps; until then every touchpoint with visits is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funnel_step: Option<Id>,
    /// Department that owns this touchpoint.
    pub owner: String,
    /// Systems behind it (CRM, helpdesk, webchat, survey…).
    pub systems: Vec<String>,
    /// Ideas for improvement.
    pub opportunities: Vec<String>,
    /// Whether this touchpoint is observed, assumed or proposed.
    pub evidence: Evidence,
    /// Where the evidence comes from: reports, dashboards, recordings (http, https, mailto only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Link>,
    /// CJML: communication between actors or an action by one actor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<TouchpointKind>,
    /// CJML: who starts the communication.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiator: Option<String>,
    /// CJML: who receives the communication.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receiver: Option<String>,
}

/// A forced hand-over into a touchpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct ForcedSwitch {
    /// Why or how the customer was sent on ("the bot cannot book an engineer").
    pub note: String,
}

/// CJML touchpoint kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum TouchpointKind {
    /// Communication between two actors.
    Communication,
    /// An action by one actor.
    Action,
}

named_variants!(TouchpointKind {
    Communication = "communication",
    Action = "action",
});

/// A problem customers meet at a touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct PainPoint {
    /// Identifier, referenced by actions.
    pub id: Id,
    /// What goes wrong.
    pub text: String,
    /// How bad it is, 1 (minor) to 5 (critical).
    pub severity: u8,
    /// How often it happens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// Whether it is observed, assumed or proposed.
    pub evidence: Evidence,
}

/// How often a pain point happens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Frequency {
    /// Customers affected per 100 (0–100).
    PerHundred {
        /// Customers affected out of 100.
        value: f64,
    },
    /// A count over a period, e.g. 340 complaints per month.
    Count {
        /// How many times.
        count: u64,
        /// Over which period ("month", "week", free text).
        period: String,
    },
}

/// Where customers leave the journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct ExitPoint {
    /// Why they leave.
    pub reason: ExitReason,
    /// Share of customers who leave here, 0–1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<f64>,
}

/// Why customers leave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "type", content = "text")]
pub enum ExitReason {
    /// The shopping cart is abandoned.
    #[default]
    CartAbandoned,
    /// A refund is asked for.
    Refund,
    /// An upgrade is refused.
    UpgradeRefused,
    /// Any other reason, in words.
    Other(String),
}

/// An improvement action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct Action {
    /// Identifier.
    pub id: Id,
    /// Short title.
    pub title: String,
    /// What will be done.
    pub description: String,
    /// Who is responsible.
    pub owner: String,
    /// Touchpoints it improves.
    pub touchpoints: Vec<Id>,
    /// Pain points it removes.
    pub pain_points: Vec<Id>,
    /// Expected impact, 1–5.
    pub impact: u8,
    /// Expected effort, 1–5.
    pub effort: u8,
    /// Progress.
    pub status: ActionStatus,
    /// Due date (ISO 8601), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// What the action was created from (a pain point, an exit, an insight), if from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<ActionOrigin>,
}

/// Progress of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum ActionStatus {
    /// Just an idea.
    #[default]
    Idea,
    /// Agreed and scheduled.
    Planned,
    /// Being done.
    InProgress,
    /// Finished.
    Done,
}

named_variants!(ActionStatus {
    Idea = "idea",
    Planned = "planned",
    InProgress = "inProgress",
    Done = "done",
});

impl Default for PainPoint {
    fn default() -> Self {
        PainPoint {
            id: Id::new(),
            text: String::new(),
            severity: 3,
            frequency: None,
            evidence: Evidence::Assumed,
        }
    }
}

impl Default for Action {
    fn default() -> Self {
        Action {
            id: Id::new(),
            title: String::new(),
            description: String::new(),
            owner: String::new(),
            touchpoints: Vec::new(),
            pain_points: Vec::new(),
            impact: 3,
            effort: 3,
            status: ActionStatus::Idea,
            due: None,
            origin: None,
        }
    }
}

impl JourneyMap {
    /// The language its content is written in (English unless its tag is Turkish).
    pub fn lang(&self) -> super::Lang {
        super::Lang::from_tag(&self.language)
    }
    /// The stage with this id.
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }
    /// The channel with this id.
    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }
    /// The name of the stage with this id ("" when there is none).
    pub fn stage_name(&self, id: &str) -> &str {
        self.stage(id).map_or("", |s| s.name.as_str())
    }
    /// The name of the channel with this id ("" when there is none).
    pub fn channel_name(&self, id: &str) -> &str {
        self.channel(id).map_or("", |c| c.name.as_str())
    }
    /// The touchpoint with this id.
    pub fn touchpoint(&self, id: &str) -> Option<&Touchpoint> {
        self.touchpoints.iter().find(|t| t.id == id)
    }
    /// Touchpoints of one stage, in journey order.
    pub fn touchpoints_of<'a>(
        &'a self,
        stage: &'a str,
    ) -> impl Iterator<Item = &'a Touchpoint> + 'a {
        self.touchpoints.iter().filter(move |t| t.stage == stage)
    }
    /// The list index that puts touchpoint `id` last in `stage` (as `MoveTouchpoint` counts it,
    /// i.e. in the list without the moved touchpoint); for a new touchpoint pass an unused id.
    pub fn end_of_stage(&self, stage: &str, id: &str) -> usize {
        let mut end = None;
        let mut k = 0;
        for t in self.touchpoints.iter().filter(|t| t.id != id) {
            k += 1;
            if t.stage == stage {
                end = Some(k);
            }
        }
        end.unwrap_or(k)
    }
    /// Where touchpoint `id` goes to swap places with its neighbour in its stage (the next one
    /// when `down`, else the previous one): the stage and the list index `MoveTouchpoint` takes.
    /// `None` at either end of the stage.
    pub fn step_within_stage(&self, id: &str, down: bool) -> Option<(Id, usize)> {
        let i = self.touchpoints.iter().position(|x| x.id == id)?;
        let stage = &self.touchpoints[i].stage;
        let same_stage = |(_, x): &(usize, &Touchpoint)| &x.stage == stage;
        let list = self.touchpoints.iter().enumerate();
        let k = match down {
            true => list.skip(i + 1).find(same_stage)?.0,
            false => list.take(i).rev().find(same_stage)?.0,
        };
        Some((stage.clone(), k))
    }
    /// Where touchpoint `id` goes to move one step along the journey (forward or back): past its
    /// neighbour in its stage, or at the stage's edge into the next stage's start (the previous
    /// stage's end). `None` at either end of the journey.
    pub fn step_in_journey(&self, id: &str, forward: bool) -> Option<(Id, usize)> {
        if let Some(step) = self.step_within_stage(id, forward) {
            return Some(step);
        }
        let i = self.touchpoints.iter().position(|x| x.id == id)?;
        let s = self
            .stages
            .iter()
            .position(|st| st.id == self.touchpoints[i].stage)?;
        let next = if forward {
            s.checked_add(1)?
        } else {
            s.checked_sub(1)?
        };
        let stage = &self.stages.get(next)?.id;
        let first = self.touchpoints.iter().position(|x| &x.stage == stage);
        let index = match (forward, first) {
            // Before the next stage's first touchpoint (counted without this one).
            (true, Some(j)) => j - usize::from(i < j),
            _ => self.end_of_stage(stage, id),
        };
        Some((stage.clone(), index))
    }
    /// Where touchpoint `id` goes to take the place of touchpoint `target` (dropped on it): into
    /// the target's stage, just after it when moving forward in the list, just before it when
    /// moving back. `None` when either is missing.
    pub fn place_of(&self, id: &str, target: &str) -> Option<(Id, usize)> {
        let i = self.touchpoints.iter().position(|x| x.id == id)?;
        let j = self.touchpoints.iter().position(|x| x.id == target)?;
        Some((self.touchpoints[j].stage.clone(), j))
            .filter(|_| i != j)
            .or_else(|| Some((self.touchpoints[i].stage.clone(), i)))
    }
    /// All touchpoints in journey order: stage by stage, then list order.
    pub fn journey_order(&self) -> Vec<&Touchpoint> {
        self.stages
            .iter()
            .flat_map(|s| self.touchpoints_of(&s.id))
            .collect()
    }
}
