//! `fatalities` and `injuries`: the tolls the event's parts state. Reading counts in
//! a sentence is `casualties.rs` at the crate root; this module only chooses among
//! the parts' counts: the largest stated toll (a toll told twice, or rising, is not
//! added up), and the attackers' dead only when no other toll is given.

use super::facts::PartFacts;
use crate::events::Part;

/// (fatalities, injuries) of an event.
pub fn decide(facts: &[(Part, PartFacts<'_>)]) -> (Option<u32>, Option<u32>) {
    let fatalities = facts
        .iter()
        .filter_map(|(_, f)| f.killed)
        .max()
        .or_else(|| facts.iter().filter_map(|(_, f)| f.attackers_killed).max());
    let injuries = facts.iter().filter_map(|(_, f)| f.injured).max();
    (fatalities, injuries)
}
