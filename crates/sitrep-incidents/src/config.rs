//! The index's tunables, with the defaults the evaluation corpus was measured with.

use chrono::Duration;

/// How the index matches and how long it remembers.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexConfig {
    /// Incidents whose last day lies further than this behind the newest report seen
    /// leave memory (their records stay on the topic); events older than that open no
    /// incident.
    pub window_days: i64,
    /// A higher toll published at least this much later than a lower one replaces it
    /// (tolls rise as bodies are found); counts closer together than that are outlets
    /// disagreeing, and the lowest of them is kept.
    pub toll_supersede_after: Duration,
}

impl Default for IndexConfig {
    fn default() -> Self {
        Self {
            window_days: 14,
            toll_supersede_after: Duration::hours(2),
        }
    }
}
