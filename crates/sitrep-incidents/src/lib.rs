//! Incidents, not reports: one record per real-world incident across all sources.
//!
//! [`IncidentIndex`] takes `IncidentEvent`s one at a time and returns the incident
//! records that changed (or were retired). An event joins the best compatible incident
//! of the time window, or opens a new one:
//!
//! - compatible types ([`compat::types_compatible`]: outlets call the same strike an air
//!   strike or shelling),
//! - the same or a nearby place, consistent with both precisions ([`place`]),
//! - dates within the uncertainty of both ([`dates`]),
//! - no contradicting initiators ([`compat::actors_compatible`]).
//!
//! The merged fields are recomputed from the reports on every change ([`merge`]), so a
//! record is a function of its reports and can be rebuilt from the compacted topic.
//! Pure: no I/O, no clock (time is the events' own), no Kafka.

mod candidates;
mod change;
pub mod compat;
mod config;
pub mod dates;
mod index;
pub mod merge;
pub mod place;

pub use change::{Change, Verdict};
pub use config::IndexConfig;
pub use index::IncidentIndex;
