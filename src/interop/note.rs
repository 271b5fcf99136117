//! What a conversion could not carry or had to guess, as facts with their numbers and names;
//! `i18n::note_text` says each one in the interface language.

/// A format other than Patika's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Mermaid `journey` text.
    Mermaid,
    /// CJML 2.0 XML.
    Cjml,
}

impl Format {
    /// The format's name, as its users write it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Mermaid => "Mermaid",
            Format::Cjml => "CJML",
        }
    }
}

/// A part of a touchpoint that another format may have no place for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TouchpointPart {
    /// Its pain points.
    PainPoints,
    /// Its exit point.
    ExitPoints,
    /// Its metrics.
    Metrics,
    /// Its sources of evidence.
    Sources,
    /// A forced hand-over into it.
    ForcedSwitches,
}

/// One fact about a conversion, in the order it happened.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Note {
    /// `touchpoints` touchpoints have a `part` that `format` cannot hold.
    PartLeftOut {
        /// What was left out.
        part: TouchpointPart,
        /// How many touchpoints had it.
        touchpoints: usize,
        /// The format written.
        format: Format,
    },
    /// The map's actions were left out.
    ActionsLeftOut {
        /// How many.
        count: usize,
    },
    /// Descriptions, thoughts, expectations and experiences have no place in `format`.
    DescriptionsLeftOut {
        /// How many touchpoints had any.
        touchpoints: usize,
        /// The format written.
        format: Format,
    },
    /// CSV: a column no header matched was skipped.
    UnknownColumn {
        /// Its header.
        header: String,
    },
    /// CSV: the metrics column is written for reading and not read back.
    MetricsNotRead,
    /// CSV: the file was not UTF-8 and was read as Windows-1254 (Turkish Excel's "CSV").
    ReadAsWindows1254,
    /// CSV: an emotion cell that is not a whole number was skipped.
    EmotionNotWhole {
        /// The row (1 is the header).
        row: usize,
        /// The cell.
        value: String,
    },
    /// CSV: an exit rate that is not a percentage was left out.
    ExitRateNotPercent {
        /// The row (1 is the header).
        row: usize,
        /// The cell.
        value: String,
    },
    /// Mermaid: touchpoints where personas feel differently got one score, the mean.
    ScoresAveraged {
        /// How many touchpoints.
        touchpoints: usize,
    },
    /// Mermaid: touchpoints without an emotion got the middle score 3.
    MiddleScore {
        /// How many touchpoints.
        touchpoints: usize,
    },
    /// Mermaid: channels are not part of Mermaid journeys.
    ChannelsLeftOut,
    /// Mermaid: line breaks in touchpoint names became spaces (a task is one line).
    LineBreaksJoined {
        /// How many touchpoints.
        touchpoints: usize,
    },
    /// Mermaid: every touchpoint read was put on one channel.
    OnOneChannel {
        /// That channel's name.
        channel: String,
    },
    /// Mermaid: the accessible title was not kept.
    AccessibleTitleNotKept {
        /// Its line.
        line: usize,
    },
    /// Mermaid: tasks before the first section were put in a stage of their own.
    TasksBeforeSection {
        /// The line of the first such task.
        line: usize,
    },
    /// Mermaid: a score outside 1–5 was clamped.
    ScoreClamped {
        /// Its line.
        line: usize,
        /// The score read.
        score: i64,
    },
    /// Mermaid: a score that is not a number set no emotion.
    ScoreNotNumber {
        /// Its line.
        line: usize,
        /// The text read.
        score: String,
    },
    /// Mermaid: a line that was not understood was skipped.
    LineSkipped {
        /// Its number.
        line: usize,
        /// Its text.
        text: String,
    },
    /// CJML: only the first persona was written as the end user.
    OneEndUser {
        /// The persona written.
        persona: String,
        /// How many other personas were left out.
        others: usize,
    },
    /// CJML: emotions were left out because ratings belong to actual journeys only.
    RatingsNeedActualJourney {
        /// How many emotions.
        emotions: usize,
    },
    /// CJML: several end users became personas; ratings go to the first.
    EndUsersBecamePersonas {
        /// How many end users.
        count: usize,
    },
    /// CJML: touchpoints without a journey phase were put in a stage of their own.
    NoPhase,
    /// CJML: a rating outside 1–5 was clamped.
    RatingClamped {
        /// The touchpoint's name.
        touchpoint: String,
        /// The rating read.
        rating: String,
    },
    /// CJML: a rating that is not a number was skipped.
    RatingNotNumber {
        /// The touchpoint's name.
        touchpoint: String,
        /// The text read.
        rating: String,
    },
    /// CJML: elements in `<touchpoints>` that are not touchpoints were skipped.
    NotTouchpoints {
        /// How many.
        count: usize,
    },
    /// CJML: timing has no place in a Patika map.
    TimingNotKept,
    /// CJML: an element this reader does not know was skipped.
    UnknownElement {
        /// Its name.
        name: String,
    },
}
