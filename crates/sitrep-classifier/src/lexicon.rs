//! A phrase lexicon: many patterns compiled once into one Aho-Corasick automaton and
//! matched case-insensitively on word boundaries, longest match first.
//!
//! Every data file of the classifier (cues, markers, weapons, actors, places) becomes
//! one `Lexicon`, so matching a sentence against thousands of phrases is one pass.
//! Patterns made only of capitals and at most four letters long ("US", "IS", "DRC")
//! are matched case-sensitively, so that "us" or "is" never match them. A pattern
//! with a straight apostrophe also matches the curly one ("Kata’ib").

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind};

use crate::text::Words;

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
    /// The patterns as written, for a `PhraseScanner` that matches several
    /// lexicons at once.
    texts: Vec<String>,
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
            texts: self.texts,
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
    let before_ok = char_before(text, start).is_none_or(|c| !is_word_char(c))
        || char_from(text, start).is_some_and(|c| !is_word_char(c));
    let after_ok = char_from(text, end).is_none_or(|c| !is_word_char(c))
        || char_before(text, end).is_some_and(|c| !is_word_char(c));
    before_ok && after_ok
}

/// The character that ends at byte `at` of `text`; ASCII without decoding.
fn char_before(text: &str, at: usize) -> Option<char> {
    match at.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text[..at].chars().next_back(),
    }
}

/// The character that starts at byte `at` of `text`; ASCII without decoding.
fn char_from(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text[at..].chars().next(),
    }
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
    pub fn pattern_texts(&self) -> &[String] {
        &self.texts
    }

    /// True when the match of pattern `pattern` at `start..end` counts: whole words,
    /// no half of a hyphenated compound where that matters, acronyms as written.
    fn accepts(&self, text: &str, start: usize, end: usize, pattern: usize) -> bool {
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return false;
        }
        if !on_word_boundaries(text, start, end) {
            return false;
        }
        if self.whole_hyphenated && inside_hyphenated(text, start, end) {
            return false;
        }
        match &self.patterns[pattern].exact {
            Some(exact) => &text[start..end] == exact,
            None => true,
        }
    }

    /// The same hits as `find(text)`, from the raw matches of this lexicon's
    /// patterns that a `PhraseScanner` found in `text`.
    pub fn hits_from<'a, 'f>(
        &'a self,
        text: &str,
        found: impl IntoIterator<Item = &'f RawMatch>,
    ) -> Vec<Hit<'a, T>> {
        // The raw matches come by start, so the rule of `find` (first start, then
        // longest, then the pattern added first) is kept in one pass: the best
        // accepted match of each start is taken if nothing taken covers it.
        let mut hits = Vec::new();
        let mut covered_until = 0;
        let mut best: Option<&RawMatch> = None;
        let mut take = |best: Option<&RawMatch>, hits: &mut Vec<Hit<'a, T>>| {
            if let Some(m) = best.filter(|m| m.start >= covered_until) {
                covered_until = m.end;
                hits.push(Hit {
                    start: m.start,
                    end: m.end,
                    value: &self.values[self.patterns[m.pattern].value],
                });
            }
        };
        for m in found {
            if best.is_some_and(|b| b.start != m.start) {
                take(best.take(), &mut hits);
            }
            if !self.accepts(text, m.start, m.end, m.pattern) {
                continue;
            }
            best = match best {
                Some(b)
                    if (b.end, std::cmp::Reverse(b.pattern))
                        >= (m.end, std::cmp::Reverse(m.pattern)) =>
                {
                    Some(b)
                }
                _ => Some(m),
            };
        }
        take(best, &mut hits);
        hits
    }

    /// All matches in `text`, left to right, never overlapping: where matches overlap,
    /// the one that starts first wins, then the longest.
    pub fn find<'a>(&'a self, text: &str) -> Vec<Hit<'a, T>> {
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for found in self.automaton.find_overlapping_iter(text) {
            let (start, end) = (found.start(), found.end());
            let pattern = found.pattern().as_usize();
            if self.accepts(text, start, end, pattern) {
                candidates.push((start, end, self.patterns[pattern].value));
            }
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

/// A lexicon of one data file whose patterns a `PhraseScanner` matches together
/// with the others': it gives its patterns to the scanner and picks its hits from
/// the scanner's matches.
pub trait ScannedLexicon {
    type Value;

    fn lexicon(&self) -> &Lexicon<Self::Value>;

    /// Whether a hit of the lexicon counts in `text` (all do, unless the lexicon
    /// says otherwise).
    fn keeps(_text: &str, _hit: &Hit<'_, Self::Value>) -> bool {
        true
    }

    /// The patterns, for the `PhraseScanner` that matches all lexicons at once.
    fn pattern_texts(&self) -> &[String] {
        self.lexicon().pattern_texts()
    }

    /// The hits in `text`, from what a `PhraseScanner` found in it.
    fn hits_from<'a, 'f>(
        &'a self,
        text: &str,
        found: impl IntoIterator<Item = &'f RawMatch>,
    ) -> Vec<Hit<'a, Self::Value>> {
        let mut hits = self.lexicon().hits_from(text, found);
        hits.retain(|hit| Self::keeps(text, hit));
        hits
    }
}

/// A pattern of one lexicon found in a text, before the word and case checks.
#[derive(Debug, Clone, Copy)]
pub struct RawMatch {
    pub start: usize,
    pub end: usize,
    /// The lexicon's place among those given to `PhraseScanner::new`.
    pub lexicon: usize,
    /// The pattern's index in its own lexicon.
    pub pattern: usize,
}

/// What a `PhraseScanner` found in a sentence, by start.
pub struct Phrases {
    found: Vec<RawMatch>,
}

impl Phrases {
    /// The raw matches of one lexicon, by start.
    pub fn of(&self, lexicon: usize) -> impl Iterator<Item = &RawMatch> + '_ {
        self.found.iter().filter(move |m| m.lexicon == lexicon)
    }
}

/// The patterns of several lexicons in one automaton, so a sentence is read once
/// for all of them rather than once per lexicon.
///
/// The automaton is anchored and only walked from where a match can start: where a
/// run of letters and digits starts, since a match starting inside one would cut a
/// word. From one such place the walk ends after a few bytes, once no pattern
/// continues with the next byte, so most of the text is never fed to it. It is a
/// contiguous NFA rather than a DFA: the walks are short and jump between states
/// all over the automaton, and the DFA's full transition tables (a row of every
/// byte class for every state) missed the cache more than the NFA's compact states
/// cost in extra instructions.
pub struct PhraseScanner {
    automaton: NFA,
    /// For each pattern of the automaton: its lexicon and its index there.
    owners: Vec<(usize, usize)>,
    /// Some pattern starts with punctuation, so matches may also start at
    /// punctuation, not only where letters and digits start.
    starts_anywhere: bool,
}

impl PhraseScanner {
    /// One scanner for the lexicons whose patterns are given, in that order.
    pub fn new(lexicons: &[&[String]]) -> Result<Self, String> {
        let mut owners = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        for (lexicon, patterns) in lexicons.iter().enumerate() {
            for (pattern, text) in patterns.iter().enumerate() {
                owners.push((lexicon, pattern));
                texts.push(text);
            }
        }
        let starts_anywhere = texts
            .iter()
            .any(|text| !text.chars().next().is_some_and(is_word_char));
        let automaton = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .map_err(|error| error.to_string())?;
        Ok(Self {
            automaton,
            owners,
            starts_anywhere,
        })
    }

    /// Every match of every pattern in the sentence that could count, by start;
    /// `Lexicon::hits_from` makes hits of those of one lexicon.
    pub fn scan(&self, words: &Words<'_>) -> Phrases {
        let mut found = Vec::with_capacity(words.run_starts.len());
        if self.starts_anywhere {
            let text = words.text;
            let mut previous_is_word = false;
            for (start, c) in text.char_indices() {
                let is_word = is_word_char(c);
                if !previous_is_word || !is_word {
                    self.walk(text, start, &mut found);
                }
                previous_is_word = is_word;
            }
        } else {
            for &start in &words.run_starts {
                self.walk(words.text, start, &mut found);
            }
        }
        Phrases { found }
    }

    /// Every pattern that matches `text` at byte `start`.
    fn walk(&self, text: &str, start: usize, found: &mut Vec<RawMatch>) {
        let automaton = &self.automaton;
        let Ok(mut state) = automaton.start_state(Anchored::Yes) else {
            return;
        };
        for (offset, &byte) in text.as_bytes()[start..].iter().enumerate() {
            state = automaton.next_state(Anchored::Yes, state, byte);
            if !automaton.is_special(state) {
                continue;
            }
            if automaton.is_dead(state) {
                return;
            }
            if !automaton.is_match(state) {
                continue;
            }
            let end = start + offset + 1;
            for index in 0..automaton.match_len(state) {
                let id = automaton.match_pattern(state, index);
                // A match state may also hold shorter patterns that end here but
                // start later; those are found from their own start.
                if automaton.pattern_len(id) != end - start {
                    continue;
                }
                let (lexicon, pattern) = self.owners[id.as_usize()];
                found.push(RawMatch {
                    start,
                    end,
                    lexicon,
                    pattern,
                });
            }
        }
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

    /// Spans and values found by each lexicon alone and by one scan of all of them.
    fn check_scan(lexicons: &[&Lexicon<&'static str>], text: &str) {
        let texts: Vec<&[String]> = lexicons.iter().map(|l| l.pattern_texts()).collect();
        let scanner = PhraseScanner::new(&texts).expect("scanner");
        let words = Words::new(text);
        let scanned = scanner.scan(&words);
        for (index, lexicon) in lexicons.iter().enumerate() {
            let alone: Vec<_> = lexicon
                .find(text)
                .iter()
                .map(|h| (h.start, h.end, *h.value))
                .collect();
            let together: Vec<_> = lexicon
                .hits_from(text, scanned.of(index))
                .iter()
                .map(|h| (h.start, h.end, *h.value))
                .collect();
            assert_eq!(together, alone, "in {text:?}");
        }
    }

    #[test]
    fn one_scan_finds_what_each_lexicon_finds() {
        let first = lexicon();
        let mut builder = LexiconBuilder::new().whole_hyphenated();
        builder.add("rocket", &["rocket", "rockets"]).expect("add");
        builder.add("attack", &["attack"]).expect("add");
        builder
            .add("us forces", &["US forces", "u.s."])
            .expect("add");
        let second = builder.build().expect("build");
        // A pattern that starts with punctuation makes the scan look beyond word starts.
        let mut builder = LexiconBuilder::new();
        builder.add("backed", &["-backed", "backed"]).expect("add");
        let third = builder.build().expect("build");
        for text in [
            "A rocket attack hit the base",
            "rocket-propelled grenades and rockets; a counterattack",
            "The US and the U.S. military, US forces and us forces",
            "Kata’ib Hezbollah and Kata'ib Hezbollah and Hezbollah",
            "Iran-backed militias, backed by Iran’s attack",
            "",
        ] {
            check_scan(&[&first, &second], text);
            check_scan(&[&first, &second, &third], text);
        }
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
