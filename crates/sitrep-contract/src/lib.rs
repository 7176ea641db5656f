//! The contract between sitrep's stages and its downstream consumers.
//!
//! Everything docs/contract.md fixes lives here: the message types written to each topic,
//! the deterministic ids, the header names and the schema names. The crate is plain
//! data: no I/O, no async, no Kafka.

mod article;
mod deadletter;
mod event;
#[doc(hidden)]
pub mod fixtures;
pub mod headers;
mod ids;
mod incident;
pub mod partitioning;
mod raw_item;
pub mod redact;
pub mod schema;
pub mod topics;

pub use article::{Article, Dateline};
pub use deadletter::{DeadLetter, InputHeader, InputRef, Stage};
pub use event::{
    AcledType, Actor, ActorKind, ActorRole, ArticleRef, DatePrecision, EventType, Evidence,
    IncidentEvent, Location, LocationPrecision, OccurredOn, Status,
};
pub use ids::{ArticleId, EntryKey, EventId, FeedId, IdError, IncidentId, ItemId};
pub use incident::{Incident, IncidentReport, MergeDecision, MergeEvidence, NearMiss};
pub use raw_item::{FeedRef, RawItem};
