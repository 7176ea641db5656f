//! Incidents, not reports: one record per real-world incident across all sources.
//!
//! [`IncidentIndex`] takes `IncidentEvent`s one at a time and returns the incident
//! records that changed (or were retired). An event joins the best compatible incident
//! of the time window, or opens a new one. Compatible means nothing contradicts:
//!
//! - types the same or confusable ([`compat::CONFUSABLE`], a reason per pair), or one
//!   a report of the incident gave; a clash and a strike only when the strike hit a
//!   side of the clash ([`compat::CONFUSABLE_WITH_PARTY`]),
//! - places that can be one at the coarser precision, provinces under any of their
//!   names; two places neither of which is in a country only with a party, a toll or a
//!   place named alike ([`place`]),
//! - days that overlap: each report's interval from its own wording, an incident's the
//!   intersection of its reports' ([`dates`]),
//! - actors that can be one party: aliases resolved by the classifier's lexicon, generic
//!   names against named groups, a clash's sides unordered ([`compat`]); a group and
//!   the movement it is part of, parties outlets attribute one act to, an acronym and
//!   its full name ([`parties`]).
//!
//! Among compatible incidents a score of the evidence chooses, only by a margin: a tie
//! joins neither and leaves a near-miss note (`index/score.rs`). Every report records
//! why it joined (`merge` in the record). An article's background mentions are never
//! reports (`index/background.rs`).
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
pub mod parties;
pub mod place;

pub use change::{Change, Verdict};
pub use config::IndexConfig;
pub use index::{pair_agreement, Apart, IncidentIndex};
