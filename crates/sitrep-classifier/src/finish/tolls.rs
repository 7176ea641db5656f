//! `fatalities` and `injuries`: the tolls the event's parts state. Reading counts in
//! a sentence is `casualties.rs` at the crate root; this module only chooses among
//! the parts' counts: the largest stated toll (a toll told twice, or rising, is not
//! added up), and the attackers' dead only when no other toll is given. A sentence
//! that tells no act of its own but states a toll ("Three fatalities.", "No one was
//! hurt.") closes the event told before it: its count stands when the event's own
//! sentences give none, and a larger one replaces theirs (a toll that rose).

use super::facts::PartFacts;
use crate::analysis::Analysed;
use crate::casualties::Harm;
use crate::events::{Draft, Part};
use crate::mentions::Framing;

/// (fatalities, injuries) of an event, given the toll of the sentences that close it.
pub fn decide(facts: &[(Part, PartFacts<'_>)], closing: Option<u32>) -> (Option<u32>, Option<u32>) {
    let own = facts
        .iter()
        .filter_map(|(_, f)| f.killed)
        .max()
        .or_else(|| facts.iter().filter_map(|(_, f)| f.attackers_killed).max());
    let fatalities = match (own, closing) {
        (Some(own), Some(closing)) => Some(own.max(closing)),
        (own, closing) => own.or(closing),
    };
    let injuries = facts.iter().filter_map(|(_, f)| f.injured).max();
    (fatalities, injuries)
}

/// For each draft, the toll stated by the sentences after its last part that tell no
/// act ("On 3 May, gunmen attacked Kpalime. Two fatalities."): the last such count
/// before the next event's sentences.
pub fn closing_counts(analysed: &[Analysed<'_, '_>], drafts: &[Draft<'_>]) -> Vec<Option<u32>> {
    let mut closing = vec![None; drafts.len()];
    for (index, sentence) in analysed.iter().enumerate() {
        if sentence.sentence.is_title
            || sentence
                .mentions
                .iter()
                .any(|m| m.framing != Framing::Dropped)
        {
            continue;
        }
        let Some(count) = sentence
            .casualties
            .iter()
            .filter(|c| c.harm == Harm::Killed)
            .filter_map(|c| c.count)
            .max()
        else {
            continue;
        };
        // The event told last before this sentence.
        let owner = drafts
            .iter()
            .enumerate()
            .filter_map(|(d, draft)| {
                let last = draft.parts.iter().map(|p| p.sentence).max()?;
                (last < index).then_some((last, d))
            })
            .max()
            .map(|(_, d)| d);
        if let Some(d) = owner {
            closing[d] = Some(count);
        }
    }
    closing
}
