//! What the index reports back: the records to publish and what an event did.

use sitrep_contract::{Incident, IncidentId};

/// A record to publish: the incident's new state, or its retirement.
// Nearly every change is an upsert: boxing it would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Upsert(Incident),
    Tombstone(IncidentId),
}

impl Change {
    pub fn incident_id(&self) -> &IncidentId {
        match self {
            Change::Upsert(incident) => &incident.id,
            Change::Tombstone(id) => id,
        }
    }
}

/// What an event did to the index (a bounded set: a metric label).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The event opened a new incident.
    Opened,
    /// The event joined an existing incident.
    Joined,
    /// A known event came back changed and stayed in its incident.
    Corrected,
    /// A known event came back changed and moved to another incident.
    Moved,
    /// A known event came back as it was: nothing changed.
    Unchanged,
    /// The event's date lies before the window: it is not merged (its incident, if it
    /// had one, has left memory; publishing it alone could overwrite that record).
    OutsideWindow,
    /// The event is a background mention in an article whose lead event is newer news
    /// (an earlier day's attack recalled, or a mention that names no party and counts no
    /// dead beside a lead that does): never a report of an incident.
    Background,
    /// A reading of a known event with other content but no later than the one held
    /// (a redelivery of an older reading): the held one stands.
    Stale,
    /// An event was withdrawn.
    Retracted,
    /// A withdrawal of an event the index does not hold.
    UnknownRetraction,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Opened => "opened",
            Verdict::Joined => "joined",
            Verdict::Corrected => "corrected",
            Verdict::Moved => "moved",
            Verdict::Unchanged => "unchanged",
            Verdict::OutsideWindow => "outside_window",
            Verdict::Background => "background",
            Verdict::Stale => "stale",
            Verdict::Retracted => "retracted",
            Verdict::UnknownRetraction => "unknown_retraction",
        }
    }
}
