//! Which kinds of item a system fails on, as counts only: false alarms on negatives
//! grouped by the kind of hard negative, and spurious events (predicted events that pair
//! with no gold event) split by whether the item is a negative or a positive, per register
//! and per predicted type.
//!
//! The kind of a negative comes from its label's note through [`negative_kind`], a table
//! of keywords written from the list of hard negatives in the corpus SPEC. Nothing here
//! keeps a note, a link or a text: a [`Breakdown`] holds counts, so it may be printed for
//! the blind split too.

use std::collections::BTreeMap;

use crate::corpus::{Case, Disclosure};
use crate::metrics::{match_events, Predicted};

/// The kinds of hard negative the SPEC lists, in its order, and "other".
pub const NEGATIVE_KINDS: [&str; 19] = [
    "homonym",
    "genre (review, film, game, book)",
    "history, anniversary, archaeology",
    "exercise, drill, test",
    "arms deal, budget",
    "threat, warning, plan",
    "talks, truce, ceasefire",
    "prisoner exchange, release",
    "controlled demolition, old bomb",
    "peacekeepers, deployment",
    "cyber",
    "crime, police",
    "accident, fire, collapse",
    "protest, riot",
    "court, verdict",
    "aggregate toll",
    "denial",
    "weapons seized, cache",
    "other",
];

/// Keywords of each kind (index into [`NEGATIVE_KINDS`]). A keyword matches where a word
/// of the lowercased note starts, as a prefix of that word ("defus" matches "defused");
/// one ending in `$` must end where a word ends ("test$" matches "test", not "tests").
const KEYWORDS: [(usize, &[&str]); 18] = [
    (
        0,
        &[
            "homonym",
            "shell company",
            "oil company",
            "computer shell",
            "shell script",
            "striker",
            "workers' strike",
            "labour strike",
            "labor strike",
            "general strike",
            "hunger strike",
            "strike by",
            "box office",
            "bombed at",
            "attack plan",
            "football",
            "match$",
            "sport",
            "idiom",
            "metaphor",
            "figurative",
            "cricket",
            "chess",
        ],
    ),
    (
        1,
        &[
            "review",
            "film",
            "movie",
            "cinema",
            "game$",
            "games$",
            "video game",
            "book",
            "novel",
            "documentary",
            "fiction",
            "opinion",
            "column",
            "editorial",
            "play$",
            "theatre",
            "series$",
        ],
    ),
    (
        2,
        &[
            "archaeolog",
            "archeolog",
            "anniversar",
            "history",
            "historical",
            "historian",
            "commemorat",
            "memorial",
            "mourning",
            "remembrance",
            "museum",
            "battle of",
            "old battle",
            "recalled",
            "centenary",
            "exhumation",
            "mass grave",
        ],
    ),
    (
        3,
        &[
            "exercise",
            "drill",
            "missile test",
            "weapons test",
            "nuclear test",
            "test$",
            "test launch",
            "test-fir",
            "test fir",
            "manoeuvre",
            "maneuver",
            "war game",
            "parade",
            "training",
            "live-fire",
            "live fire",
        ],
    ),
    (
        4,
        &[
            "arms deal",
            "arms sale",
            "arms maker",
            "arms$",
            "weapons deal",
            "budget",
            "procurement",
            "defence spending",
            "defense spending",
            "military aid",
            "aid package",
            "purchase",
            "contract",
            "delivery",
            "deliveries",
            "shares",
        ],
    ),
    (
        5,
        &[
            "threat",
            "warning",
            "warns",
            "warned",
            "plan",
            "vow",
            "ultimatum",
            "fear",
            "alert",
            "possible attack",
            "intention",
            "intends",
        ],
    ),
    (
        6,
        &[
            "talks",
            "truce",
            "ceasefire",
            "cease-fire",
            "peace",
            "negotiat",
            "diplomac",
            "diplomat",
            "accord",
            "agreement",
            "summit",
            "mediat",
            "sanction",
        ],
    ),
    (
        7,
        &[
            "prisoner",
            "exchange",
            "swap",
            "release",
            "freed",
            "handover",
            "hand-over",
        ],
    ),
    (
        8,
        &[
            "controlled",
            "demolition",
            "defus",
            "unexploded",
            "old ordnance",
            "old bomb",
            "wartime bomb",
            "world war",
            "disposal",
            "planned detonation",
            "decommission",
            "demining",
            "mine clearance",
        ],
    ),
    (
        9,
        &[
            "peacekeep",
            "deploy",
            "mission",
            "reinforcement",
            "troops sent",
            "withdrawal",
            "pullout",
            "patrol",
            "air policing",
        ],
    ),
    (10, &["cyber", "hack", "ransomware", "ddos", "malware"]),
    (
        11,
        &[
            "crime", "criminal", "police", "robber", "gang", "theft", "thief", "murder", "burglar",
            "smuggl", "drug", "lone", "domestic", "feud",
        ],
    ),
    (
        12,
        &[
            "accident",
            "fire$",
            "blaze",
            "crash",
            "collapse",
            "unknown cause",
            "gas explosion",
            "industrial",
            "volcano",
            "earthquake",
            "flood",
            "storm",
            "landslide",
            "derail",
            "natural",
        ],
    ),
    (
        13,
        &[
            "protest",
            "riot",
            "march$",
            "demonstrat",
            "rally",
            "sit-in",
            "unrest",
        ],
    ),
    (
        14,
        &[
            "court", "verdict", "trial", "sentenc", "tribunal", "convict", "judge", "ruling",
            "indict", "acquit",
        ],
    ),
    (
        15,
        &[
            "aggregate",
            "tally",
            "cumulative",
            "toll since",
            "total",
            "statistic",
            "monthly",
            "weekly",
            "annual",
            "yearly",
            "since 19",
            "since 20",
        ],
    ),
    (
        16,
        &[
            "denial",
            "deny",
            "denies",
            "denied",
            "untrue",
            "false claim",
            "fake",
            "hoax",
            "rumour",
            "rumor",
            "disinformation",
            "debunk",
        ],
    ),
    (
        17,
        &["seiz", "seized", "cache", "arms found", "haul", "confiscat"],
    ),
];

/// Whether `keyword` occurs at byte `at` of `note` as the table means it.
fn matches_at(note: &str, at: usize, keyword: &str) -> bool {
    let (word, whole) = match keyword.strip_suffix('$') {
        Some(word) => (word, true),
        None => (keyword, false),
    };
    if !note[at..].starts_with(word) {
        return false;
    }
    let starts_word = note[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let ends_word = note[at + word.len()..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    starts_word && (!whole || ends_word)
}

/// The kind of hard negative a note describes (one of [`NEGATIVE_KINDS`]): the kind of the
/// keyword that comes first in the note (the writer names the main point first), the
/// longer keyword on a tie ("planned detonation" before "plan"); "other" when none does.
pub fn negative_kind(note: &str) -> &'static str {
    let note = note.to_lowercase();
    // (position, longest first, kind): the least is the kind.
    let mut best: Option<(usize, usize, usize)> = None;
    for (kind, keywords) in KEYWORDS {
        for keyword in keywords {
            let word_len = keyword.trim_end_matches('$').len();
            for (at, _) in note.char_indices() {
                if matches_at(&note, at, keyword) {
                    let rank = (at, usize::MAX - word_len, kind);
                    if best.is_none_or(|b| rank < b) {
                        best = Some(rank);
                    }
                    break;
                }
            }
        }
    }
    NEGATIVE_KINDS[best.map_or(NEGATIVE_KINDS.len() - 1, |(_, _, kind)| kind)]
}

/// Counts of one kind of negative.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCount {
    pub negatives: usize,
    /// Negatives with at least one predicted event.
    pub false_alarms: usize,
    /// Events predicted on them.
    pub events: usize,
}

/// Spurious events, split by whether the item is a negative or a positive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpuriousCount {
    pub on_negatives: usize,
    pub on_positives: usize,
}

/// Counts only (see the module doc).
#[derive(Debug, Clone, Default)]
pub struct Breakdown {
    pub by_kind: BTreeMap<&'static str, KindCount>,
    pub by_register: BTreeMap<String, SpuriousCount>,
    pub by_type: BTreeMap<String, SpuriousCount>,
    /// For the cases that may be shown only (never under `blind/`): one line per spurious
    /// event, with the item's link and the kind of negative or "positive".
    pub shown: Vec<String>,
}

impl Breakdown {
    /// Counts one item with the events the system returned for it.
    pub fn add(&mut self, case: &Case, predicted: &[Predicted]) {
        let negative = case.gold.is_empty();
        let kind = negative_kind(case.note.as_deref().unwrap_or(""));
        if negative {
            let count = self.by_kind.entry(kind).or_default();
            count.negatives += 1;
            count.false_alarms += usize::from(!predicted.is_empty());
            count.events += predicted.len();
        }
        let pairs = match_events(&case.gold, predicted);
        for (p, event) in predicted.iter().enumerate() {
            if pairs.iter().any(|&(_, pp)| pp == p) {
                continue;
            }
            if case.disclosure == Disclosure::Full {
                let on = if negative { kind } else { "positive" };
                self.shown.push(format!(
                    "  {:<28} {:<36} {}",
                    event.event_type, on, case.link
                ));
            }
            for count in [
                self.by_register.entry(case.register.clone()).or_default(),
                self.by_type.entry(event.event_type.clone()).or_default(),
            ] {
                if negative {
                    count.on_negatives += 1;
                } else {
                    count.on_positives += 1;
                }
            }
        }
    }

    /// The two tables as text: counts, kinds, registers and types, nothing else.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("False alarms on negatives, by kind of negative (from the note)\n");
        out.push_str(&format!(
            "  {:<36} {:>9} {:>12} {:>7}\n",
            "kind", "negatives", "false alarms", "events"
        ));
        let mut total = KindCount::default();
        for kind in NEGATIVE_KINDS {
            if let Some(count) = self.by_kind.get(kind) {
                out.push_str(&format!(
                    "  {:<36} {:>9} {:>12} {:>7}\n",
                    kind, count.negatives, count.false_alarms, count.events
                ));
                total.negatives += count.negatives;
                total.false_alarms += count.false_alarms;
                total.events += count.events;
            }
        }
        out.push_str(&format!(
            "  {:<36} {:>9} {:>12} {:>7}\n",
            "all", total.negatives, total.false_alarms, total.events
        ));
        out.push_str("Spurious events (paired with no gold event), on negatives / positives\n");
        let table = |out: &mut String, title: &str, rows: &BTreeMap<String, SpuriousCount>| {
            out.push_str(&format!(
                "  {:<36} {:>9} {:>9}\n",
                title, "negatives", "positives"
            ));
            let mut total = SpuriousCount::default();
            for (name, count) in rows {
                out.push_str(&format!(
                    "  {:<36} {:>9} {:>9}\n",
                    name, count.on_negatives, count.on_positives
                ));
                total.on_negatives += count.on_negatives;
                total.on_positives += count.on_positives;
            }
            out.push_str(&format!(
                "  {:<36} {:>9} {:>9}\n",
                "all", total.on_negatives, total.on_positives
            ));
        };
        table(&mut out, "register", &self.by_register);
        table(&mut out, "predicted type", &self.by_type);
        if !self.shown.is_empty() {
            out.push_str("Spurious events of the items that may be shown\n");
            for line in &self.shown {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(note: &str) -> &'static str {
        negative_kind(note)
    }

    #[test]
    fn made_up_notes_fall_in_the_spec_kinds() {
        assert_eq!(
            kind("a striker scores twice in the derby"),
            NEGATIVE_KINDS[0]
        );
        assert_eq!(kind("Shell company results: negative"), NEGATIVE_KINDS[0]);
        assert_eq!(kind("a film review about a tank battle"), NEGATIVE_KINDS[1]);
        assert_eq!(kind("80th anniversary of a siege"), NEGATIVE_KINDS[2]);
        assert_eq!(kind("naval drill with live rounds"), NEGATIVE_KINDS[3]);
        assert_eq!(kind("a missile test over the sea"), NEGATIVE_KINDS[3]);
        assert_eq!(kind("budget for new drones"), NEGATIVE_KINDS[4]);
        assert_eq!(kind("a militia's threat to strike"), NEGATIVE_KINDS[5]);
        assert_eq!(kind("truce holds; no fighting"), NEGATIVE_KINDS[6]);
        assert_eq!(kind("prisoner swap at the border"), NEGATIVE_KINDS[7]);
        assert_eq!(kind("a planned detonation of a tunnel"), NEGATIVE_KINDS[8]);
        assert_eq!(kind("old bomb defused by sappers"), NEGATIVE_KINDS[8]);
        assert_eq!(
            kind("peacekeepers deployed after attacks"),
            NEGATIVE_KINDS[9]
        );
        assert_eq!(kind("cyber attack on a port"), NEGATIVE_KINDS[10]);
        assert_eq!(kind("police shoot a robber"), NEGATIVE_KINDS[11]);
        assert_eq!(kind("depot fire by accident"), NEGATIVE_KINDS[12]);
        assert_eq!(kind("students protest fees"), NEGATIVE_KINDS[13]);
        assert_eq!(kind("court verdict on a general"), NEGATIVE_KINDS[14]);
        assert_eq!(kind("a weekly tally of the dead"), NEGATIVE_KINDS[15]);
        assert_eq!(kind("statement: the claim is denied"), NEGATIVE_KINDS[16]);
        assert_eq!(kind("rifles seized at a checkpoint"), NEGATIVE_KINDS[17]);
        assert_eq!(kind("an election"), "other");
        assert_eq!(kind(""), "other");
    }

    #[test]
    fn the_first_kind_named_wins_and_words_are_whole_where_asked() {
        // Two kinds: the one the note names first.
        assert_eq!(kind("court; crime"), NEGATIVE_KINDS[14]);
        assert_eq!(kind("crime; court"), NEGATIVE_KINDS[11]);
        // A keyword starts a word: "history" is not found inside "prehistory".
        assert_eq!(kind("prehistory lecture"), "other");
        // "test$" is a whole word: a note saying what the item tests is not a test.
        assert_eq!(kind("tests nothing in particular"), "other");
        // An air strike is not a workers' strike.
        assert_eq!(kind("air strike"), "other");
    }
}
