//! `Incident` (`sitrep.incident/v1`): one real-world incident, merged from every event
//! that reports it (docs/contract.md, "Incidents").
//!
//! A record is the whole current state of one incident; the compacted topic keeps the
//! latest per incident id and a null value (tombstone) retires it. Each report keeps
//! what its event said (type, date, place, actors, counts), so a consumer, or the
//! incident stage rebuilding its state from the topic, can redo the merge when a
//! report is corrected or withdrawn without reading the events topic again.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{AcledType, Actor, ArticleId, EventId, EventType, IncidentId, Location, OccurredOn};

/// One event that reports the incident, as it was when it joined or was last corrected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IncidentReport {
    pub event_id: EventId,
    pub article_id: ArticleId,
    pub url: Option<String>,
    /// The outlet (the article's `source`), or null when the feed names none.
    pub source: Option<String>,
    pub published_at: DateTime<Utc>,
    /// What this report said: the merge is redone from these.
    pub event_type: EventType,
    pub occurred_on: OccurredOn,
    pub location: Location,
    pub actors: Vec<Actor>,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    pub weapons: Vec<String>,
    /// The event's `classified_at`: when sitrep read this version of the report.
    pub classified_at: DateTime<Utc>,
    /// Why this report is in this incident: the place, date, type and actor evidence
    /// the incident stage weighed (an accepted v1 extension: absent from records
    /// written before it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge: Option<MergeEvidence>,
}

/// What the incident stage decided for one report, and on what evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeEvidence {
    pub decision: MergeDecision,
    /// The agreement score of the incident it joined (higher is closer); absent when it
    /// opened the incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// How its place, date, type and actors agreed with the incident it joined (each
    /// a short sentence); absent when it opened the incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actors: Option<String>,
    /// Another incident that came close: the runner-up, or the candidate that tied
    /// with the best one (then the report was merged into neither and opened its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near_miss: Option<NearMiss>,
}

/// Opened a new incident or joined an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeDecision {
    Opened,
    Joined,
}

/// A candidate incident that lost to the chosen one by less than the margin, or tied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NearMiss {
    pub incident_id: IncidentId,
    pub score: f64,
    /// Why it was not chosen ("tied with inc_…: no merge").
    pub note: String,
}

/// One real-world incident with every report of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Incident {
    /// Always `sitrep.incident/v1`.
    pub schema: String,
    pub id: IncidentId,
    pub event_type: EventType,
    pub acled: AcledType,
    pub cameo: String,
    pub occurred_on: OccurredOn,
    pub location: Location,
    pub actors: Vec<Actor>,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    pub weapons: Vec<String>,
    /// `[min, max]` of the fatality counts the reports state, or null when none does.
    pub fatalities_range: Option<[u32; 2]>,
    /// Ordered by `published_at`, then event id.
    pub reports: Vec<IncidentReport>,
    pub num_reports: u32,
    /// Distinct outlets among the reports (a report without a source counts as its own).
    pub num_sources: u32,
    /// The earliest `published_at` of the reports.
    pub first_reported_at: DateTime<Utc>,
    /// When the last change was made: the `classified_at` of the event that caused it.
    pub updated_at: DateTime<Utc>,
    /// 1 for the first version; increases by one with every change.
    pub revision: u64,
}

impl Incident {
    pub const SCHEMA: &'static str = "sitrep.incident/v1";
}
