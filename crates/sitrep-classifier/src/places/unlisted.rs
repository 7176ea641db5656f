//! Places the gazetteer does not list: villages and small towns that a sentence
//! names in a locative phrase ("in the village of Mukondi", "near Koutougou in the
//! Tillaberi region", "the town of Mach"). The gazetteer tells the country and the
//! province around them; the name itself is the most precise place the text gives.

use super::PlaceMention;
use crate::actors::ActorMention;
use crate::text::{is_possessive, Words};

/// A capitalised name in a locative phrase that no gazetteer entry or actor covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlistedPlace {
    pub name: String,
    /// The first word of the name.
    pub word: usize,
    /// The country a demonym before it tells: "the Congolese town of Bunagana".
    pub country: Option<String>,
    /// Followed by the places that hold it, in parentheses: "Karma (Ouahigouya,
    /// Yatenga)". Those places say where it lies, not where the act was.
    pub listed: bool,
}

/// Nouns that, before "of", announce a settlement: "the village of X".
const SETTLEMENT_NOUNS: &[&str] = &[
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "hamlet",
    "settlement",
    "locality",
    "area",
    "district",
    "commune",
    "municipality",
    "camp",
    "outskirts",
];
/// Prepositions that lead to a place written right after them: "near Koutougou".
const LEADS: &[&str] = &["in", "near", "at", "outside", "around"];
/// Capitalised words that start no place name, besides the names of weekdays and months.
const NOT_PLACES: &[&str] = &[
    "the",
    "a",
    "an",
    "president",
    "prime",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "general",
    "gen",
    "islamic",
    "christmas",
    "ramadan",
    "eid",
    "least",
    "first",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "which",
    "who",
];

/// True when the lowercase `word` starts no place name: a word of `NOT_PLACES`, a
/// weekday or a month.
fn starts_no_place(word: &str) -> bool {
    NOT_PLACES.contains(&word)
        || crate::dates::is_weekday_name(word)
        || crate::dates::is_month_name(word)
}

/// Words that end a name in capitals, where every word has a capital: prepositions,
/// articles, conjunctions and the commonest verbs ("NEAR TROJES IN EL PARAISO").
const CAPS_BREAKS: &[&str] = &[
    "in", "near", "at", "outside", "around", "of", "on", "to", "from", "into", "by", "with", "for",
    "and", "or", "the", "a", "an", "as", "is", "was", "were", "are", "has", "had", "have", "said",
    "says", "where", "when", "which", "who", "after", "before", "last", "this", "that", "since",
    "during",
];
/// Words a name may hold besides capitalised ones: "Mocimboa da Praia", "Tal al-Abyad".
const JOINERS: &[&str] = &[
    "da", "de", "del", "al", "el", "ad", "as", "ar", "ash", "bin", "ibn",
];

fn capitalised(words: &Words<'_>, index: usize) -> bool {
    words.capitalised(index)
}

/// True when a place the gazetteer knows follows the name ending at word `last`,
/// after a comma or "in" ("TROJES, EL PARAISO", "AKURESSA IN THE MATARA DISTRICT").
fn anchored(words: &Words<'_>, last: usize, covered: &dyn Fn(usize) -> bool) -> bool {
    let next = last + 1;
    if next >= words.len() {
        return false;
    }
    if words.gap(last, next).trim() == "," {
        return covered(next);
    }
    matches!(words.lower(next), "in" | "near")
        && !words.punctuation_between(last, next)
        && (covered(next + 1) || (words.lower(next + 1) == "the" && covered(next + 2)))
}

/// The unlisted place names of a sentence, in order.
pub fn find(
    words: &Words<'_>,
    places: &[PlaceMention],
    actors: &[ActorMention<'_>],
) -> Vec<UnlistedPlace> {
    let covered = |i: usize| {
        places
            .iter()
            .any(|p| words.index_of_byte(p.start) <= i && i < words.index_of_byte(p.end))
            || actors.iter().any(|a| a.first_word <= i && i <= a.last_word)
    };
    let mut found = Vec::new();
    let mut i = 1;
    while i < words.len() {
        // Most words are not capitalised: they are turned away before the words
        // before them are looked at.
        if !capitalised(words, i) {
            i += 1;
            continue;
        }
        let before = words.lower(i - 1);
        let settlement = before == "of"
            && i >= 2
            && SETTLEMENT_NOUNS.contains(&words.lower(i - 2))
            && !words.punctuation_between(i - 2, i);
        let led = LEADS.contains(&before) && !words.punctuation_between(i - 1, i);
        let could_start = i >= 1
            && capitalised(words, i)
            && !starts_no_place(words.lower(i))
            && !covered(i)
            && words
                .lower(i)
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}');
        if !could_start {
            i += 1;
            continue;
        }
        let caps = super::locative::all_capitals(words);
        let mut last = i;
        while last + 1 < words.len()
            && !(caps && CAPS_BREAKS.contains(&words.lower(last + 1)))
            && last - i < 3
            && !words.punctuation_between(last, last + 1)
            && !is_possessive(words.original(last))
            && (capitalised(words, last + 1) || JOINERS.contains(&words.lower(last + 1)))
            && !covered(last + 1)
            && !starts_no_place(words.lower(last + 1))
        {
            last += 1;
        }
        // "residents of Karma (Ouahigouya, Yatenga)": a name that places the
        // gazetteer knows, in parentheses, say where it lies.
        let listed = !capitalised(words, i - 1)
            && words.gap(last, last + 1).trim() == "("
            && covered(last + 1);
        // In capitals any word after "in" looks like a name ("IN PURSUIT", "IN FRONT
        // OF"): there a name led so is a place only when a place the gazetteer knows
        // says where it lies ("NEAR TROJES IN EL PARAISO DEPARTMENT").
        let led = led && (!super::locative::all_capitals(words) || anchored(words, last, &covered));
        if !(settlement || led || listed) {
            i += 1;
            continue;
        }
        // A possessive ("in Kenya's Lamu county") or a name that runs on into a
        // known name is no settlement of its own.
        if is_possessive(words.original(last))
            || (last + 1 < words.len()
                && covered(last + 1)
                && !words.punctuation_between(last, last + 1))
            || JOINERS.contains(&words.lower(last))
        {
            i = last + 1;
            continue;
        }
        let start = words.words[i].start;
        let end = words.words[last].end;
        let country = if settlement && i >= 3 {
            actors
                .iter()
                .find(|a| a.from_demonym && a.last_word + 3 == i)
                .and_then(|a| a.country.map(str::to_owned))
        } else {
            None
        };
        found.push(UnlistedPlace {
            name: words.text[start..end].to_owned(),
            word: i,
            country,
            listed,
        });
        i = last + 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let words = Words::new(text);
        let names: Vec<String> = find(&words, &[], &[]).into_iter().map(|p| p.name).collect();
        assert_eq!(names, expected, "in {text:?}");
    }

    #[test]
    fn names_in_locative_phrases() {
        check(
            "killed 30 people in the village of Mukondi on Friday",
            &["Mukondi"],
        );
        check(
            "ambushed near Koutougou in the Tillaberi region",
            &["Koutougou"],
        );
        check(
            "a camp near Mocimboa da Praia, officials said",
            &["Mocimboa da Praia"],
        );
        check("in El-Baraf, Middle Shabelle, on Saturday", &["El-Baraf"]);
        check("in Kenya's Lamu county", &[]);
        check("said on Thursday in a statement", &[]);
        check("the army said at the time", &[]);
        // In capitals, only after a settlement noun.
        check("ARMY TROOPS WERE SENT IN PURSUIT", &[]);
        check("HE WAS SHOT IN FRONT OF THE TOWN HALL", &[]);
        check(
            "GUERRILLAS ENTERED THE VILLAGE OF LAS TANGAS",
            &["LAS TANGAS"],
        );
        check("SHELLS FELL NEAR TROJES IN EL PARAISO DEPARTMENT", &[]);
    }
}
