//! Counts written in words or digits at a position in a sentence: "12", "1,200",
//! "twelve", "twenty-five", "a dozen", "two dozen", "at least 12", "more than 20";
//! vague amounts ("dozens", "scores of", "several") are recognised as such.

use std::sync::LazyLock;

use crate::text::{WordSet, Words};

/// A count read from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Exact(u32),
    /// "dozens", "hundreds", "several": an amount the text does not state.
    Vague,
}

/// A count and the index of the first word after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadCount {
    pub count: Count,
    pub next: usize,
}

const QUALIFIERS: &[&[&str]] = &[
    &["at", "least"],
    &["more", "than"],
    &["as", "many", "as"],
    &["up", "to"],
    &["no", "fewer", "than"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["some"],
    &["over"],
    &["roughly"],
    &["approximately"],
    &["an", "estimated"],
    &["at", "most"],
];

const VAGUE: &[&str] = &[
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "several",
    "many",
    "numerous",
    "multiple",
    "countless",
    "tens",
];

/// Number words below twenty and their values.
const UNITS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens written as words and their values.
const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Words other than the lists above that may start a count ("a dozen", "an
/// estimated 12").
const ARTICLES: &[&str] = &["a", "an"];

/// Every word a count can start with, digits aside: the first words of the
/// qualifiers and every word above. `read_count` runs at every word of a sentence;
/// a word outside this set ("in", "killed", "people") is turned away at once.
static COUNT_STARTS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(count_start_words()));

/// The words of `COUNT_STARTS`.
pub fn count_start_words() -> impl Iterator<Item = &'static str> {
    QUALIFIERS
        .iter()
        .map(|qualifier| qualifier[0])
        .chain(VAGUE.iter().copied())
        .chain(ARTICLES.iter().copied())
        .chain(UNITS.iter().map(|&(name, _)| name))
        .chain(TENS.iter().map(|&(name, _)| name))
}

fn unit_value(word: &str) -> Option<u32> {
    UNITS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, value)| value)
}

fn tens_value(word: &str) -> Option<u32> {
    TENS.iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, value)| value)
}

/// The value of a word of digits with optional thousands separators ("1,200");
/// None for anything else or for a value past `u32`.
fn digits_value(word: &str) -> Option<u32> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut value: u32 = 0;
    for byte in word.bytes() {
        if byte == b',' {
            continue;
        }
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u32::from(byte - b'0'))?;
    }
    Some(value)
}

/// Reads a count starting at word `index`; `person_follows` tells whether "a"/"an"
/// may count as one (only before a person: "a soldier was killed").
#[inline]
pub fn read_count(
    words: &Words<'_>,
    index: usize,
    person_follows: impl Fn(usize) -> bool,
) -> Option<ReadCount> {
    let first = words.lower(index);
    if !may_start_count(first) {
        return None;
    }
    read_count_from(words, index, first, person_follows)
}

/// True when a count can start with `word` (lowercase): digits, or a word of
/// `COUNT_STARTS`. `read_count` reads nothing from any other word.
#[inline]
pub fn may_start_count(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || COUNT_STARTS.contains(word)
}

fn read_count_from(
    words: &Words<'_>,
    index: usize,
    first: &str,
    person_follows: impl Fn(usize) -> bool,
) -> Option<ReadCount> {
    let mut i = index;
    for qualifier in QUALIFIERS {
        if qualifier[0] == first
            && qualifier[1..]
                .iter()
                .enumerate()
                .all(|(k, w)| words.lower(i + 1 + k) == *w)
        {
            i += qualifier.len();
            break;
        }
    }
    let word = words.lower(i);
    if word.is_empty() {
        return None;
    }
    if VAGUE.contains(&word) {
        let mut next = i + 1;
        if words.lower(next) == "of" {
            next += 1;
        }
        return Some(ReadCount {
            count: Count::Vague,
            next,
        });
    }
    if (word == "a" || word == "an") && words.lower(i + 1) == "dozen" {
        return Some(ReadCount {
            count: Count::Exact(12),
            next: i + 2,
        });
    }
    if (word == "a" || word == "an" || word == "one") && person_follows(i + 1) {
        return Some(ReadCount {
            count: Count::Exact(1),
            next: i + 1,
        });
    }
    let mut value = if let Some(v) = digits_value(word) {
        v
    } else if let Some(v) = unit_value(word) {
        v
    } else if let Some(tens) = tens_value(word) {
        let hyphenated = words.gap(i, i + 1) == "-" || words.gap(i, i + 1) == " ";
        match unit_value(words.lower(i + 1)) {
            Some(unit) if hyphenated && unit < 10 => {
                i += 1;
                tens + unit
            }
            _ => tens,
        }
    } else {
        return None;
    };
    let mut next = i + 1;
    loop {
        match words.lower(next) {
            "dozen" => value = value.saturating_mul(12),
            "hundred" => value = value.saturating_mul(100),
            "thousand" => value = value.saturating_mul(1000),
            _ => break,
        }
        next += 1;
    }
    Some(ReadCount {
        count: Count::Exact(value),
        next,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<Count>) {
        let words = Words::new(text);
        let found = read_count(&words, 0, |i| words.lower(i) == "soldier").map(|r| r.count);
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn reads_counts() {
        check("12 people", Some(Count::Exact(12)));
        check("1,200 people", Some(Count::Exact(1200)));
        check("at least 12 soldiers", Some(Count::Exact(12)));
        check("more than twenty people", Some(Count::Exact(20)));
        check("twenty-five people", Some(Count::Exact(25)));
        check("two dozen villagers", Some(Count::Exact(24)));
        check("a dozen villagers", Some(Count::Exact(12)));
        check("a soldier", Some(Count::Exact(1)));
        check("a base", None);
        check("dozens of people", Some(Count::Vague));
        check("the people", None);
    }
}
