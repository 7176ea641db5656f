//! `fatalities` and `injuries`: the tolls the event's parts state. Reading counts in
//! a sentence is `casualties.rs` at the crate root; this module only chooses among
//! the parts' counts: the largest stated toll (a toll told twice, or rising, is not
//! added up), to which the attackers' dead told apart are added (ACLED counts every
//! death of the event); attackers a side says it killed count only when no other toll
//! is given. A sentence
//! that tells no act of its own but states a toll ("Three fatalities.", "No one was
//! hurt.") closes the event told before it: its count stands when the event's own
//! sentences give none, and a larger one replaces theirs (a toll that rose). Such a
//! stated zero closes every event told before it that no toll closes yet. In
//! updates told newest first (a liveblog: paragraphs opening with clock times that
//! run backwards), a toll update can stand above the older update that tells its
//! act: with no act told before it, it closes the first act told after it. Of several
//! updates of one act the latest counts (the last told, or the first when updates run
//! newest first), and an update that names the town of one act told elsewhere in the
//! text closes that act ("Sumy toll now eight").

use super::facts::PartFacts;
use crate::analysis::Analysed;
use crate::casualties::Harm;
use crate::events::{Draft, Part};
use crate::mentions::Framing;

/// (fatalities, injuries) of an event, given the toll of the sentences that close it
/// and the headline's toll when the headline tells this event.
pub fn decide(
    facts: &[(Part, PartFacts<'_>)],
    closing: Option<u32>,
    headline: Option<u32>,
) -> (Option<u32>, Option<u32>) {
    // The dead of the attacked side and the attackers' dead are told apart; ACLED
    // counts every death of the event, so the two add up (each told once: the
    // largest statement of each side).
    let killed = facts.iter().filter_map(|(_, f)| f.killed).max();
    let attackers = facts.iter().filter_map(|(_, f)| f.attackers_killed).max();
    // A total stated elsewhere that is one side's dead and the attackers' already
    // ("30 dead" over "23 soldiers" and "7 attackers") is not added to again.
    let summed = |killed: u32, attackers: u32| {
        let told = facts
            .iter()
            .filter_map(|(_, f)| f.killed)
            .any(|k| k.saturating_add(attackers) == killed);
        if told {
            killed
        } else {
            killed.saturating_add(attackers)
        }
    };
    let own = match (killed, attackers) {
        (Some(killed), Some(attackers)) => Some(summed(killed, attackers)),
        (killed, attackers) => killed.or(attackers),
    }
    .or_else(|| facts.iter().filter_map(|(_, f)| f.attackers_claimed).max());
    let fatalities = match (own, closing) {
        (Some(own), Some(closing)) => Some(own.max(closing)),
        (own, closing) => own.or(closing),
    };
    // The headline's toll stands only when the body states none: a headline may add
    // up the dead of several acts the body tells one by one.
    let fatalities = fatalities.or(headline);
    let injuries = facts.iter().filter_map(|(_, f)| f.injured).max();
    (fatalities, injuries)
}

/// For each draft, the toll stated by the sentences after its last part that tell no
/// act ("On 3 May, gunmen attacked Kpalime. Two fatalities."): the last such count
/// before the next event's sentences. In newest-first updates, a toll told before
/// any act belongs to the first act told after it ("11:25 - Five dead. / 10:10 -
/// Glide bombs hit Kharkiv.").
pub fn closing_counts(analysed: &[Analysed<'_, '_>], drafts: &[Draft<'_>]) -> Vec<Option<u32>> {
    let mut closing = vec![None; drafts.len()];
    let newest_first = newest_first(analysed);
    for (index, sentence) in analysed.iter().enumerate() {
        // A toll of the past ("the war has killed 10,000 in the past year") closes
        // no event of the news.
        if sentence.sentence.is_title
            || sentence.has_history_marker
            || sentence
                .mentions
                .iter()
                .any(|m| m.framing != Framing::Dropped)
        {
            continue;
        }
        let Some(count) = dead_stated(sentence) else {
            continue;
        };
        // The event told last before this sentence (an event told again after it, "the
        // attack" in a later paragraph, still counts as told before it).
        let owner = named_owner(analysed, drafts, index).or_else(|| {
            drafts
                .iter()
                .enumerate()
                .filter_map(|(d, draft)| {
                    let last = draft
                        .parts
                        .iter()
                        .map(|p| p.sentence)
                        .filter(|&s| s < index)
                        .max()?;
                    Some((last, d))
                })
                .max()
                .map(|(_, d)| d)
                .or_else(|| {
                    // Newest first: the act is told in an older update, below.
                    newest_first.then(|| first_after(drafts, index)).flatten()
                })
        });
        // The latest update counts: the last one told, or in updates told newest
        // first the first one.
        if let Some(d) = owner {
            if !(newest_first && closing[d].is_some()) {
                closing[d] = Some(count);
            }
        }
        // A zero stated apart from any act ("No fatalities reported.", "No one was
        // hurt.") says nobody died in what was told before it: every earlier event
        // still without a closing toll gets it (its own toll, if any, still stands).
        if count == 0 {
            for (d, draft) in drafts.iter().enumerate() {
                let told_before = draft.parts.iter().any(|p| p.sentence < index);
                if told_before && closing[d].is_none() {
                    closing[d] = Some(0);
                }
            }
        }
    }
    closing
}

/// The event whose sentences name the town a toll update names ("Sumy toll now
/// eight", "Afgooye checkpoint attack: toll rises to seven"), when the update names a
/// place below the country and exactly one event is told at that place.
fn named_owner(analysed: &[Analysed<'_, '_>], drafts: &[Draft<'_>], index: usize) -> Option<usize> {
    let named = analysed[index].place_key.filter(|key| key.below_country)?;
    let mut told_there = drafts.iter().enumerate().filter(|(_, draft)| {
        draft.parts.iter().any(|p| {
            p.sentence != index
                && analysed
                    .get(p.sentence)
                    .and_then(|a| a.place_key)
                    .is_some_and(|key| key.name == named.name)
        })
    });
    let (owner, _) = told_there.next()?;
    told_there.next().is_none().then_some(owner)
}

/// The largest number of dead a sentence states, if it states one.
fn dead_stated(sentence: &Analysed<'_, '_>) -> Option<u32> {
    sentence
        .casualties
        .iter()
        .filter(|c| c.harm == Harm::Killed)
        .filter_map(|c| c.count)
        .max()
}

/// For each draft, the toll the headline states when the headline tells that draft's
/// act ("Bandits torch Zamfara village, 9 dead"): only the event the headline is
/// about (the first with a part in it, else the first event told) gets it.
pub fn headline_counts(analysed: &[Analysed<'_, '_>], drafts: &[Draft<'_>]) -> Vec<Option<u32>> {
    let mut headline = vec![None; drafts.len()];
    let Some((title, sentence)) = analysed
        .iter()
        .enumerate()
        .find(|(_, a)| a.sentence.is_title)
    else {
        return headline;
    };
    if sentence.has_history_marker {
        return headline;
    }
    let Some(count) = dead_stated(sentence) else {
        return headline;
    };
    let in_title = drafts
        .iter()
        .position(|d| d.parts.iter().any(|p| p.sentence == title));
    let first_told = drafts
        .iter()
        .enumerate()
        .filter_map(|(d, draft)| Some((draft.parts.iter().map(|p| p.sentence).min()?, d)))
        .min()
        .map(|(_, d)| d);
    if let Some(d) = in_title.or(first_told) {
        headline[d] = Some(count);
    }
    headline
}

/// The draft told first after sentence `index` (a part in the title does not count:
/// the headline stands above every update).
fn first_after(drafts: &[Draft<'_>], index: usize) -> Option<usize> {
    drafts
        .iter()
        .enumerate()
        .filter_map(|(d, draft)| {
            let first = draft
                .parts
                .iter()
                .map(|p| p.sentence)
                .filter(|&s| s > index)
                .min()?;
            Some((first, d))
        })
        .min()
        .map(|(_, d)| d)
}

/// Whether the body is updates told newest first: at least two paragraphs open with
/// a clock time, and the first of those times is later than the last.
fn newest_first(analysed: &[Analysed<'_, '_>]) -> bool {
    let mut stamps = Vec::new();
    let mut paragraph = None;
    for sentence in analysed.iter().map(|a| &a.sentence) {
        if sentence.is_title || paragraph == Some(sentence.paragraph) {
            continue;
        }
        paragraph = Some(sentence.paragraph);
        if let Some(minutes) = clock_time(sentence.text) {
            stamps.push(minutes);
        }
    }
    matches!((stamps.first(), stamps.last()), (Some(first), Some(last)) if stamps.len() >= 2 && first > last)
}

/// Minutes after midnight of a clock time opening a text ("14:05 GMT", "9.30 -").
fn clock_time(text: &str) -> Option<u32> {
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    let hours_len = digits(text);
    if !(1..=2).contains(&hours_len) {
        return None;
    }
    let rest = text[hours_len..].strip_prefix([':', '.'])?;
    if digits(rest) != 2 {
        return None;
    }
    let hours: u32 = text[..hours_len].parse().ok()?;
    let minutes: u32 = rest[..2].parse().ok()?;
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

#[cfg(test)]
mod tests {
    use super::clock_time;

    #[test]
    fn reads_clock_times_opening_an_update() {
        assert_eq!(clock_time("14:05 GMT - Toll rises."), Some(14 * 60 + 5));
        assert_eq!(clock_time("9.30 - Smoke over the port."), Some(9 * 60 + 30));
        assert_eq!(clock_time("2024 was the deadliest year."), None);
        assert_eq!(clock_time("3.5 million displaced."), None);
        assert_eq!(clock_time("25:10 GMT"), None);
        assert_eq!(clock_time("Update: five dead."), None);
    }
}
