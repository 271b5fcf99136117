//! The one code of each enum variant that travels as text: select values in the interface, CSV
//! cells, command-line output. Each code is the variant's name in the JSON file (camelCase), so a
//! code reads the same wherever it appears: the plain enums get theirs from `named_variants!`
//! (model::named), the exit reason (which carries words) has its own here.
use super::map::{ChannelKind, Evidence, ExitReason, MapState};

impl MapState {
    /// Every state, in menu order.
    pub const ALL: [MapState; 3] = [MapState::Current, MapState::Future, MapState::Draft];
}

impl Evidence {
    /// Every level of evidence, in menu order.
    pub const ALL: [Evidence; 3] = [Evidence::Observed, Evidence::Assumed, Evidence::Proposed];
}

impl ChannelKind {
    /// Every kind, in menu order.
    pub const ALL: [ChannelKind; 4] = [
        ChannelKind::Digital,
        ChannelKind::Physical,
        ChannelKind::Human,
        ChannelKind::Media,
    ];
}

impl ExitReason {
    /// The codes of the reasons, in menu order; "other" stands for any reason in words.
    pub const CODES: [&'static str; 4] = ["cartAbandoned", "refund", "upgradeRefused", "other"];

    /// "cartAbandoned", "refund", "upgradeRefused" or "other".
    pub fn code(&self) -> &'static str {
        match self {
            ExitReason::CartAbandoned => "cartAbandoned",
            ExitReason::Refund => "refund",
            ExitReason::UpgradeRefused => "upgradeRefused",
            ExitReason::Other(_) => "other",
        }
    }

    /// The reason with this code; "other" (or an unknown code) takes `other_text` as its words.
    pub fn from_code(code: &str, other_text: &str) -> ExitReason {
        match code {
            "cartAbandoned" => ExitReason::CartAbandoned,
            "refund" => ExitReason::Refund,
            "upgradeRefused" => ExitReason::UpgradeRefused,
            _ => ExitReason::Other(other_text.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_and_equals_the_file_name_of_its_variant() {
        for s in MapState::ALL {
            assert_eq!(MapState::from_code(s.code()), Some(s));
            assert_eq!(serde_json::to_value(s).ok(), Some(s.code().into()));
        }
        for k in ChannelKind::ALL {
            assert_eq!(ChannelKind::from_code(k.code()), Some(k));
            assert_eq!(serde_json::to_value(k).ok(), Some(k.code().into()));
        }
        for e in Evidence::ALL {
            assert_eq!(Evidence::from_code(e.code()), Some(e));
            assert_eq!(serde_json::to_value(e).ok(), Some(e.code().into()));
        }
        for code in ExitReason::CODES {
            let reason = ExitReason::from_code(code, "");
            assert_eq!(reason.code(), code);
            let json = serde_json::to_value(&reason).ok();
            assert_eq!(json.as_ref().and_then(|v| v["type"].as_str()), Some(code));
        }
        assert_eq!(
            ExitReason::from_code("zu teuer", "zu teuer"),
            ExitReason::Other("zu teuer".into())
        );
        assert_eq!(MapState::from_code("nope"), None);
    }
}
