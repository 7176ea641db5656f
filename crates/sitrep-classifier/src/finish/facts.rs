//! What one part of an event (a mention in one sentence) brings to it: the
//! casualties, weapons and actors the sentence ties to that mention, its place and
//! its cues. The field modules beside this one decide each field from the facts of
//! all the event's parts.

use sitrep_contract::EventType;

use crate::analysis::{best_place, Analysed};
use crate::casualties::Harm;
use crate::cues::Strength;
use crate::events::Part;
use crate::mentions::Framing;
use crate::places::PlaceMention;
use crate::roles::{self, RoledActor};
use crate::Classifier;

/// The attacking side, whose dead a report tells apart from the other dead of the
/// attack ("killing five soldiers ... about 20 attackers were killed").
const ATTACKERS: &[&str] = &["attackers", "assailants", "gunmen", "raiders"];

/// What one part contributes to its event.
pub struct PartFacts<'c> {
    pub killed: Option<u32>,
    /// Deaths among the attackers, told as deaths ("about 20 attackers were killed").
    pub attackers_killed: Option<u32>,
    /// Attackers that a side says it killed ("the army said it killed 20 assailants"),
    /// or dead armed men of either side ("two gunmen were killed"): the toll only when
    /// nothing else is told.
    pub attackers_claimed: Option<u32>,
    pub injured: Option<u32>,
    pub weapons: Vec<&'c str>,
    pub implied: Vec<EventType>,
    pub actors: Vec<RoledActor<'c>>,
    /// The most precise place the part's sentence gives it.
    pub place: Option<PlaceMention>,
    /// The cues' texts, as the sentence writes them.
    pub cues: Vec<&'c str>,
    pub strong: bool,
}

/// The active mention of a sentence that owns word `word`: the last one starting
/// at or before it, else the first one after it.
fn owner(analysed: &Analysed<'_, '_>, word: usize) -> Option<usize> {
    let active: Vec<usize> = (0..analysed.mentions.len())
        .filter(|&i| analysed.mentions[i].framing != Framing::Dropped)
        .collect();
    active
        .iter()
        .rev()
        .find(|&&i| analysed.mentions[i].first_word() <= word)
        .or_else(|| active.first())
        .copied()
}

/// The nearest active mention to a span (for weapons, which come before or after).
fn nearest(analysed: &Analysed<'_, '_>, first: usize, last: usize) -> Option<usize> {
    (0..analysed.mentions.len())
        .filter(|&i| analysed.mentions[i].framing != Framing::Dropped)
        .min_by_key(|&i| {
            let m = &analysed.mentions[i];
            if last < m.first_word() {
                m.first_word() - last
            } else {
                first.saturating_sub(m.last_word())
            }
        })
}

fn part_facts<'c>(analysed: &'c Analysed<'_, '_>, part: &Part) -> Option<PartFacts<'c>> {
    let mention = analysed.mentions.get(part.mention)?;
    let mut killed: Option<u32> = None;
    let mut attackers_killed: Option<u32> = None;
    let mut attackers_claimed: Option<u32> = None;
    let mut injured: Option<u32> = None;
    for casualty in &analysed.casualties {
        if owner(analysed, casualty.first_word) != Some(part.mention) {
            continue;
        }
        let span = casualty.first_word..=casualty.last_word;
        let words = &analysed.words;
        // Only the attackers counted ("five soldiers and two attackers were killed"
        // counts both sides: the whole toll).
        // Nor are they when named as a part of the dead ("nine people, including
        // three attackers, were killed").
        let attackers = span
            .clone()
            .take_while(|&i| !matches!(words.lower(i), "including" | "among"))
            .any(|i| ATTACKERS.contains(&words.lower(i)))
            && !span.clone().any(|i| words.lower(i) == "and");
        // Told as a killing done ("killed 20 assailants"), the verb first, or of
        // armed men who may be either side ("three gunmen were killed"): only when
        // nothing else is told.
        let claimed = attackers
            && (!crate::numbers::may_start_count(words.lower(casualty.first_word))
                || !span
                    .clone()
                    .any(|i| matches!(words.lower(i), "attackers" | "assailants")));
        let slot = match casualty.harm {
            Harm::Killed if claimed => &mut attackers_claimed,
            Harm::Killed if attackers => &mut attackers_killed,
            Harm::Killed => &mut killed,
            Harm::Injured => &mut injured,
        };
        if let Some(count) = casualty.count {
            *slot = Some(slot.unwrap_or(0).saturating_add(count));
        }
    }
    let mut weapons = Vec::new();
    let mut implied = Vec::new();
    for weapon in &analysed.weapons {
        if nearest(analysed, weapon.first_word, weapon.last_word) == Some(part.mention) {
            if !weapons.contains(&weapon.name) {
                weapons.push(weapon.name);
            }
            implied.extend(weapon.implies);
        }
    }
    let previous_end = (0..part.mention)
        .rev()
        .find(|&i| analysed.mentions[i].framing != Framing::Dropped)
        .map_or(0, |i| analysed.mentions[i].last_word() + 1);
    let next_start = analysed
        .mentions
        .get(part.mention + 1)
        .map_or(analysed.words.len(), |m| m.first_word());
    let actors = roles::assign(
        &analysed.words,
        mention,
        &analysed.actors,
        previous_end,
        next_start,
    );
    let cues = mention
        .cues
        .iter()
        .map(|c| &analysed.sentence.text[c.start..c.end])
        .collect();
    let strong = mention
        .cues
        .iter()
        .any(|c| c.cue.strength == Strength::Strong);
    Some(PartFacts {
        killed,
        attackers_killed,
        attackers_claimed,
        injured,
        weapons,
        implied,
        actors,
        place: None,
        cues,
        strong,
    })
}

/// The facts of every part of an event; `parts` in text order.
pub fn of_parts<'c>(
    classifier: &Classifier,
    analysed: &'c [Analysed<'_, '_>],
    parts: &[Part],
) -> Vec<(Part, PartFacts<'c>)> {
    let mut facts = Vec::new();
    for part in parts {
        let Some(sentence) = analysed.get(part.sentence) else {
            continue;
        };
        let Some(mut f) = part_facts(sentence, part) else {
            continue;
        };
        let near = sentence
            .mentions
            .get(part.mention)
            .map_or(0, |m| m.first_word());
        // A place told after the next act of the sentence is that act's ("fired at
        // army posts ..., and Israel responded with shelling of villages in south
        // Lebanon").
        let next_start = sentence
            .mentions
            .iter()
            .skip(part.mention + 1)
            .find(|m| m.framing != Framing::Dropped)
            .map_or(sentence.words.len(), |m| m.first_word());
        let own: Vec<PlaceMention> = sentence
            .places
            .iter()
            .filter(|p| p.word < next_start)
            .copied()
            .collect();
        f.place = best_place(classifier, &sentence.words, &own, near);
        facts.push((*part, f));
    }
    facts
}
