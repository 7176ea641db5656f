//! A phrase lexicon: many patterns compiled once into one Aho-Corasick automaton and
//! matched case-insensitively on word boundaries, longest match first.
//!
//! Every data file of the classifier (cues, markers, weapons, actors, places) becomes
//! one `Lexicon`, so matching a sentence against thousands of phrases is one pass.
//! Patterns made only of capitals and at most four letters long ("US", "IS", "DRC")
//! are matched case-sensitively, so that "us" or "is" never match them. A pattern
//! with a straight apostrophe also matches the curly one ("Kata’ib").

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// One match of a lexicon in a text: byte offsets and the value of its entry.
#[derive(Debug)]
pub struct Hit<'a, T> {
    pub start: usize,
    pub end: usize,
    pub value: &'a T,
}

impl<T> Clone for Hit<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Hit<'_, T> {}

struct PatternInfo {
    value: usize,
    /// Set for case-sensitive patterns: the exact text the match must have.
    exact: Option<String>,
}

pub struct Lexicon<T> {
    automaton: AhoCorasick,
    patterns: Vec<PatternInfo>,
    values: Vec<T>,
    whole_hyphenated: bool,
}

/// Why a lexicon cannot be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexiconError {
    EmptyPattern {
        entry: usize,
    },
    Duplicate {
        pattern: String,
        first_entry: usize,
        entry: usize,
    },
    Automaton(String),
}

pub struct LexiconBuilder<T> {
    texts: Vec<String>,
    infos: Vec<PatternInfo>,
    values: Vec<T>,
    whole_hyphenated: bool,
    seen: std::collections::HashMap<String, usize>,
}

impl<T> Default for LexiconBuilder<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// True for short all-capital patterns such as "US", "RSF" or "M23".
fn is_acronym(pattern: &str) -> bool {
    let letters = pattern.chars().filter(|c| c.is_alphabetic()).count();
    letters > 0
        && letters <= 4
        && pattern.chars().all(|c| !c.is_lowercase())
        && pattern.chars().any(|c| c.is_uppercase())
}

impl<T> LexiconBuilder<T> {
    pub fn new() -> Self {
        Self {
            texts: Vec::new(),
            infos: Vec::new(),
            values: Vec::new(),
            whole_hyphenated: false,
            seen: std::collections::HashMap::new(),
        }
    }

    /// Hyphenated compounds are whole words: "fired" does not match in "test-fired",
    /// nor "rocket" in "rocket-propelled".
    pub fn whole_hyphenated(mut self) -> Self {
        self.whole_hyphenated = true;
        self
    }

    /// Adds one entry with its patterns; returns the entry's index.
    pub fn add<S: AsRef<str>>(&mut self, value: T, patterns: &[S]) -> Result<usize, LexiconError> {
        let entry = self.values.len();
        self.values.push(value);
        for pattern in patterns {
            let pattern = pattern.as_ref().trim();
            if pattern.is_empty() {
                return Err(LexiconError::EmptyPattern { entry });
            }
            self.add_pattern(entry, pattern)?;
            if pattern.contains('\'') {
                self.add_pattern(entry, &pattern.replace('\'', "\u{2019}"))?;
            }
        }
        Ok(entry)
    }

    fn add_pattern(&mut self, entry: usize, pattern: &str) -> Result<(), LexiconError> {
        let acronym = is_acronym(pattern);
        let key = if acronym {
            pattern.to_owned()
        } else {
            pattern.to_lowercase()
        };
        if let Some(&first_entry) = self.seen.get(&key) {
            return Err(LexiconError::Duplicate {
                pattern: pattern.to_owned(),
                first_entry,
                entry,
            });
        }
        self.seen.insert(key, entry);
        self.texts.push(pattern.to_owned());
        self.infos.push(PatternInfo {
            value: entry,
            exact: acronym.then(|| pattern.to_owned()),
        });
        Ok(())
    }

    pub fn build(self) -> Result<Lexicon<T>, LexiconError> {
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&self.texts)
            .map_err(|error| LexiconError::Automaton(error.to_string()))?;
        Ok(Lexicon {
            automaton,
            patterns: self.infos,
            values: self.values,
            whole_hyphenated: self.whole_hyphenated,
        })
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when `start..end` of `text` does not cut through a word.
pub fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
        || text[start..]
            .chars()
            .next()
            .is_some_and(|c| !is_word_char(c));
    let after_ok = text[end..].chars().next().is_none_or(|c| !is_word_char(c))
        || text[..end]
            .chars()
            .next_back()
            .is_some_and(|c| !is_word_char(c));
    before_ok && after_ok
}

/// True when `start..end` continues a hyphenated compound on either side.
fn inside_hyphenated(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    let joined_before = before.next() == Some('-') && before.next().is_some_and(is_word_char);
    let mut after = text[end..].chars();
    let joined_after = after.next() == Some('-') && after.next().is_some_and(is_word_char);
    joined_before || joined_after
}

impl<T> Lexicon<T> {
    /// All matches in `text`, left to right, never overlapping: where matches overlap,
    /// the one that starts first wins, then the longest.
    pub fn find<'a>(&'a self, text: &str) -> Vec<Hit<'a, T>> {
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for found in self.automaton.find_overlapping_iter(text) {
            let (start, end) = (found.start(), found.end());
            let info = &self.patterns[found.pattern().as_usize()];
            if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            if !on_word_boundaries(text, start, end) {
                continue;
            }
            if self.whole_hyphenated && inside_hyphenated(text, start, end) {
                continue;
            }
            if let Some(exact) = &info.exact {
                if &text[start..end] != exact {
                    continue;
                }
            }
            candidates.push((start, end, info.value));
        }
        candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut hits = Vec::with_capacity(candidates.len());
        let mut covered_until = 0;
        for (start, end, value) in candidates {
            if start < covered_until {
                continue;
            }
            covered_until = end;
            hits.push(Hit {
                start,
                end,
                value: &self.values[value],
            });
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon<&'static str> {
        let mut builder = LexiconBuilder::new();
        builder.add("attack", &["attack", "attacks"]).expect("add");
        builder
            .add("rocket attack", &["rocket attack"])
            .expect("add");
        builder.add("us", &["US", "U.S."]).expect("add");
        builder.add("kh", &["Kata'ib Hezbollah"]).expect("add");
        builder.add("hezbollah", &["Hezbollah"]).expect("add");
        builder.build().expect("build")
    }

    fn check(text: &str, expected: &[&str]) {
        let lexicon = lexicon();
        let found: Vec<&str> = lexicon.find(text).iter().map(|hit| *hit.value).collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn matches_longest_on_word_boundaries() {
        check("A rocket attack hit the base", &["rocket attack"]);
        check("Attacks continued", &["attack"]);
        check("counterattack and attacker", &[]);
        check("The US and the U.S. military", &["us", "us"]);
        check("they told us about it", &[]);
        check(
            "Kata’ib Hezbollah and Kata'ib Hezbollah and Hezbollah",
            &["kh", "kh", "hezbollah"],
        );
        check("Iraq's attack", &["attack"]);
    }

    #[test]
    fn rejects_duplicates_and_empty_patterns() {
        let mut builder: LexiconBuilder<u8> = LexiconBuilder::new();
        builder.add(1, &["strike"]).expect("add");
        assert!(matches!(
            builder.add(2, &["Strike"]),
            Err(LexiconError::Duplicate { .. })
        ));
        let mut builder: LexiconBuilder<u8> = LexiconBuilder::new();
        assert!(matches!(
            builder.add(1, &[" "]),
            Err(LexiconError::EmptyPattern { .. })
        ));
    }
}
