//! `evidence`: the sentences that decided the event, each once, with the cues that
//! fired in it and the words of the event's date when the sentence holds them.

use sitrep_contract::Evidence;

use super::facts::PartFacts;
use crate::analysis::Analysed;
use crate::events::{Draft, Part};

pub fn decide(
    analysed: &[Analysed<'_, '_>],
    draft: &Draft<'_>,
    facts: &[(Part, PartFacts<'_>)],
) -> Vec<Evidence> {
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut evidence_sentences: Vec<usize> = Vec::new();
    for (part, f) in facts {
        let Some(sentence) = analysed.get(part.sentence) else {
            continue;
        };
        // The part's cues, and the text of the event's date when the sentence
        // holds it and no cue is that text.
        let when = draft
            .when
            .as_ref()
            .and_then(|w| w.text.as_deref())
            .filter(|text| {
                !part.anaphor && sentence.sentence.text.contains(text) && !f.cues.contains(text)
            });
        let cues = f.cues.iter().copied().chain(when);
        match evidence_sentences.iter().position(|&s| s == part.sentence) {
            Some(at) => {
                for cue in cues {
                    if !evidence[at].cues.iter().any(|c| c == cue) {
                        evidence[at].cues.push(cue.to_owned());
                    }
                }
            }
            None => {
                evidence_sentences.push(part.sentence);
                evidence.push(Evidence {
                    text: sentence.sentence.text.to_owned(),
                    cues: cues.map(str::to_owned).collect(),
                });
            }
        }
    }
    evidence
}
