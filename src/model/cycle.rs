//! The improvement side of a map (format v2, build 6): where the map is in the CX management
//! cycle, the rated gap between what a customer expected and what they received, and where an
//! action came from.
use super::named::named_variants;
use super::Id;
use serde::{Deserialize, Serialize};

/// The five steps of the customer-experience management cycle (seed 001): research the
/// customer, map the journey, set the strategy, apply and analyse, improve and renew — after
/// which a new round of research starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum CycleStep {
    /// Araştırma: who the customers are, what they need; interviews, surveys, data.
    Research,
    /// Harita: the journey mapped from the customer's side (a new map is here).
    #[default]
    Map,
    /// Strateji: which moments matter most, what to change, which KPIs show it.
    Strategy,
    /// Uygulama ve analiz: the actions are carried out and their effect measured.
    Apply,
    /// İyileştirme ve yenileme: learn from the numbers, renew the map for the next round.
    Renew,
}

named_variants!(CycleStep {
    Research = "research",
    Map = "map",
    Strategy = "strategy",
    Apply = "apply",
    Renew = "renew",
});

impl CycleStep {
    /// The steps in their order.
    pub const ALL: [CycleStep; 5] = [
        CycleStep::Research,
        CycleStep::Map,
        CycleStep::Strategy,
        CycleStep::Apply,
        CycleStep::Renew,
    ];
}

/// What a customer expected and what they received at a touchpoint, rated on one declared scale
/// (SERVQUAL's gap: received − expected; below zero the experience falls short).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct ServiceGap {
    /// The rating of what the customer expected.
    pub expected: f64,
    /// The rating of what the customer received.
    pub received: f64,
    /// The rating scale, "1-7" (SERVQUAL's) or "1-5", "1-10".
    pub scale: String,
}

impl Default for ServiceGap {
    fn default() -> Self {
        ServiceGap {
            expected: 4.0,
            received: 4.0,
            scale: "1-7".into(),
        }
    }
}

impl ServiceGap {
    /// Received − expected: below zero the experience falls short of the expectation.
    pub fn gap(&self) -> f64 {
        self.received - self.expected
    }
}

/// What an action was created from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    serde(rename_all = "camelCase")
)]
pub enum OriginKind {
    /// A pain point (the action's first linked pain point).
    #[default]
    PainPoint,
    /// An exit point (of the action's first linked touchpoint).
    Exit,
    /// A computed insight.
    Insight,
}

named_variants!(OriginKind {
    PainPoint = "painPoint",
    Exit = "exit",
    Insight = "insight",
});

/// Where an action came from, so the plan can say why it exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", default)]
pub struct ActionOrigin {
    /// What kind of finding it came from.
    pub kind: OriginKind,
    /// The touchpoint the finding is about, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub touchpoint: Option<Id>,
    /// The pain point, when it came from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_point: Option<Id>,
    /// The insight's kind as the report names it ("painHotspot", "exit", "gap"…), when it came
    /// from an insight.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub insight: String,
}
