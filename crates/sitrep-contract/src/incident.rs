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
    /// The event's id.
    pub event_id: EventId,
    /// The id of the article that reports it.
    pub article_id: ArticleId,
    /// The article's URL, when it has one.
    pub url: Option<String>,
    /// The outlet (the article's `source`), or null when the feed names none.
    pub source: Option<String>,
    /// When the article was published.
    pub published_at: DateTime<Utc>,
    /// What this report said: the merge is redone from these.
    pub event_type: EventType,
    /// When the report says it happened.
    pub occurred_on: OccurredOn,
    /// Where the report says it happened.
    pub location: Location,
    /// The parties the report names.
    pub actors: Vec<Actor>,
    /// The report's death toll, if it states one.
    pub fatalities: Option<u32>,
    /// The report's count of wounded, if it states one.
    pub injuries: Option<u32>,
    /// The weapons the report names.
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
    /// Whether the report opened the incident or joined it.
    pub decision: MergeDecision,
    /// The agreement score of the incident it joined (higher is closer); absent when it
    /// opened the incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// How its place, date, type and actors agreed with the incident it joined (each
    /// a short sentence); absent when it opened the incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// How its date agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// How its type agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// How its actors agreed.
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
    /// The incident that came close.
    pub incident_id: IncidentId,
    /// Its agreement score.
    pub score: f64,
    /// Why it was not chosen ("tied with inc_…: no merge").
    pub note: String,
}

/// One real-world incident with every report of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Incident {
    /// Always `sitrep.incident/v1`.
    pub schema: String,
    /// The incident's id, from its first event (and a generation, when it was split).
    pub id: IncidentId,
    /// Its type: the one most reports give (a tie goes to the earliest report's).
    pub event_type: EventType,
    /// The type in ACLED's words.
    pub acled: AcledType,
    /// The CAMEO code.
    pub cameo: String,
    /// When it happened: the most precise date its reports give, the day most of them give.
    pub occurred_on: OccurredOn,
    /// Where it happened: the most precise place its reports give, the name most of them give.
    pub location: Location,
    /// Every party its reports name, once each.
    pub actors: Vec<Actor>,
    /// The death toll its reports support (each outlet's latest count; a higher count
    /// published later replaces a lower one; else the lowest), or null when none states one.
    pub fatalities: Option<u32>,
    /// The wounded, merged as `fatalities` is.
    pub injuries: Option<u32>,
    /// Every weapon its reports name, once each.
    pub weapons: Vec<String>,
    /// `[min, max]` of the fatality counts the reports state, or null when none does.
    pub fatalities_range: Option<[u32; 2]>,
    /// Ordered by `published_at`, then event id.
    pub reports: Vec<IncidentReport>,
    /// How many reports it has.
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
