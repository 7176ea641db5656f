//! Default topic names; a deployment may put one prefix in front of all of them.

pub const ITEMS_RAW: &str = "items.raw";
pub const ARTICLES: &str = "articles";
pub const EVENTS: &str = "events";
pub const DEADLETTER: &str = "deadletter";
pub const FETCHER_STATE: &str = "fetcher.state";
/// Operator commands to the fetchers (`sitrep feeds reset|refresh`), read by every replica.
pub const FETCHER_CONTROL: &str = "fetcher.control";
/// Compacted, keyed by incident id: the current state of every incident.
pub const INCIDENTS: &str = "incidents";

/// The full names of sitrep's topics under one prefix (`sitrep.` by default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topics {
    pub items_raw: String,
    pub articles: String,
    pub events: String,
    pub deadletter: String,
    pub fetcher_state: String,
    pub fetcher_control: String,
    pub incidents: String,
}

impl Topics {
    pub fn with_prefix(prefix: &str) -> Self {
        Self {
            items_raw: format!("{prefix}{ITEMS_RAW}"),
            articles: format!("{prefix}{ARTICLES}"),
            events: format!("{prefix}{EVENTS}"),
            deadletter: format!("{prefix}{DEADLETTER}"),
            fetcher_state: format!("{prefix}{FETCHER_STATE}"),
            fetcher_control: format!("{prefix}{FETCHER_CONTROL}"),
            incidents: format!("{prefix}{INCIDENTS}"),
        }
    }

    pub fn all(&self) -> [&str; 7] {
        [
            &self.items_raw,
            &self.articles,
            &self.events,
            &self.deadletter,
            &self.fetcher_state,
            &self.fetcher_control,
            &self.incidents,
        ]
    }
}

impl Default for Topics {
    fn default() -> Self {
        Self::with_prefix("sitrep.")
    }
}
