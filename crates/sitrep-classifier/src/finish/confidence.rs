//! `confidence`: how sure the classifier is of the event, from what decided it (a
//! strong cue, a type named by a cue, a place told by the event's sentences, a date
//! in the text, named parties, more than one sentence of evidence).

use sitrep_contract::{Actor, ActorRole, Evidence};

use super::facts::PartFacts;
use crate::events::{Draft, Part};

/// What the confidence is computed from.
pub struct Basis<'e> {
    pub typed_by_cue: bool,
    pub place_from_text: bool,
    pub actors: &'e [Actor],
    pub evidence: &'e [Evidence],
}

pub fn decide(draft: &Draft<'_>, facts: &[(Part, PartFacts<'_>)], basis: &Basis<'_>) -> f64 {
    let mut confidence: f64 = 0.35;
    if facts.iter().any(|(_, f)| f.strong) {
        confidence += 0.2;
    }
    if basis.typed_by_cue {
        confidence += 0.1;
    }
    confidence += if basis.place_from_text { 0.1 } else { 0.03 };
    if draft.when.as_ref().is_some_and(|w| w.text.is_some()) {
        confidence += 0.05;
    }
    if basis.actors.iter().any(|a| a.role == ActorRole::Initiator) {
        confidence += 0.07;
    }
    if basis.actors.iter().any(|a| a.role != ActorRole::Initiator) {
        confidence += 0.03;
    }
    if basis.evidence.len() > 1 {
        confidence += 0.05;
    }
    (confidence.min(0.97) * 100.0).round() / 100.0
}
