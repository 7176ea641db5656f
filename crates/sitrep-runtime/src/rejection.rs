//! Why a stage could not process an input: a [`Rejection`], whose [`RejectionKind`] is
//! one of a closed set and whose label names the dead letter's `error_kind` and the
//! `sitrep_dead_lettered_total` series. A leaf: the stage loop and the metric catalogue
//! both read it.

/// Why a stage could not process an input: it goes to the dead-letter topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// What was wrong; its label is the dead letter's `error_kind` and the metric label.
    pub kind: RejectionKind,
    /// One line naming the input and the problem.
    pub error: String,
    /// The input's own id, when it could be read.
    pub input_id: Option<String>,
}

/// What was wrong with an input a stage rejected: the closed set of the consuming stages
/// (the fetcher's are [`sitrep_fetcher::FetchError`]'s kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RejectionKind {
    /// The payload is not the JSON of the message the stage reads.
    InvalidJson,
    /// The normalizer found no text in the item ([`sitrep_normalizer::NormalizeError::NoText`]).
    NoText,
    /// The item's text is over the normalizer's limit ([`sitrep_normalizer::NormalizeError::TooLarge`]).
    TooLarge,
    /// The stage's output could not be written as JSON.
    Serialize,
    /// The incident stage's input is an event whose status is not `occurred`, and so
    /// belongs to no incident.
    NotOccurred,
    /// A retraction (a null value) whose key is not an event id.
    InvalidRetraction,
    /// One of the input's outputs is over the broker's message limit.
    OutputTooLarge,
}

impl RejectionKind {
    /// The label in dead letters (`error_kind`) and metrics (`kind`); docs/contract.md and
    /// the dashboards name these, so they do not change.
    pub fn label(self) -> &'static str {
        match self {
            RejectionKind::InvalidJson => "invalid_json",
            RejectionKind::NoText => "no_text",
            RejectionKind::TooLarge => "too_large",
            RejectionKind::Serialize => "serialize",
            RejectionKind::NotOccurred => "not_occurred",
            RejectionKind::InvalidRetraction => "invalid_retraction",
            RejectionKind::OutputTooLarge => "output_too_large",
        }
    }
}

impl std::fmt::Display for RejectionKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.label())
    }
}
