//! Place names in text: every name and other name of the gazetteer compiled once
//! into one Aho-Corasick automaton, so a sentence is scanned once whatever the size
//! of the gazetteer. A name may stand for several places ("Tripoli", "Georgia"): a
//! match gives the name, and the resolver picks the place.
//!
//! Case rules: a name counts only when written with a capital ("Chad", not "chad"),
//! every capital of the name must be a capital in the text ("Sant Julia de Loria"),
//! and short all-capital names ("US", "DRC") match only as written. The automaton is
//! a contiguous NFA, not a DFA: with tens of thousands of names a DFA would take
//! hundreds of megabytes.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::PlaceRef;
use crate::lexicon::on_word_boundaries;

/// Index of a distinct name (its lowercase form) in the matcher.
pub type NameId = u32;

struct Pattern {
    name: NameId,
    text: Box<str>,
    /// Short all-capital names match only as written.
    exact: bool,
}

pub struct NameMatcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    candidates: Vec<Vec<PlaceRef>>,
}

/// A name found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    pub name: NameId,
    pub start: usize,
    pub end: usize,
}

#[derive(Default)]
pub struct NameMatcherBuilder {
    patterns: Vec<Pattern>,
    candidates: Vec<Vec<PlaceRef>>,
    by_key: HashMap<String, NameId>,
}

/// True for short all-capital names such as "US", "DRC" or "UAE".
fn is_acronym(pattern: &str) -> bool {
    let letters = pattern.chars().filter(|c| c.is_alphabetic()).count();
    letters > 0
        && letters <= 4
        && pattern.chars().all(|c| !c.is_lowercase())
        && pattern.chars().any(|c| c.is_uppercase())
}

impl NameMatcherBuilder {
    /// Adds `pattern` as a name of `place`; a name already added for another place
    /// becomes ambiguous.
    pub fn add(&mut self, pattern: &str, place: PlaceRef) {
        let pattern = pattern.trim();
        if pattern.is_empty() {
            return;
        }
        self.add_one(pattern, place);
        if pattern.contains('\'') {
            self.add_one(&pattern.replace('\'', "\u{2019}"), place);
        }
    }

    fn add_one(&mut self, pattern: &str, place: PlaceRef) {
        let exact = is_acronym(pattern);
        let key = if exact {
            pattern.to_owned()
        } else {
            pattern.to_lowercase()
        };
        let name = match self.by_key.get(&key) {
            Some(&name) => name,
            None => {
                let name = self.candidates.len() as NameId;
                self.by_key.insert(key, name);
                self.candidates.push(Vec::new());
                self.patterns.push(Pattern {
                    name,
                    text: pattern.into(),
                    exact,
                });
                name
            }
        };
        let candidates = &mut self.candidates[name as usize];
        if !candidates.contains(&place) {
            candidates.push(place);
        }
    }

    pub fn build(self) -> Result<NameMatcher, String> {
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(self.patterns.iter().map(|p| p.text.as_bytes()))
            .map_err(|error| error.to_string())?;
        Ok(NameMatcher {
            automaton,
            patterns: self.patterns,
            candidates: self.candidates,
        })
    }
}

/// True when every capital letter of `pattern` is a capital in `found` too, and
/// `found` starts with a capital.
fn case_fits(pattern: &str, found: &str) -> bool {
    found.starts_with(char::is_uppercase)
        && pattern
            .bytes()
            .zip(found.bytes())
            .all(|(p, f)| !p.is_ascii_uppercase() || f.is_ascii_uppercase())
}

impl NameMatcher {
    /// The places a name may stand for, most often one.
    pub fn candidates(&self, name: NameId) -> &[PlaceRef] {
        &self.candidates[name as usize]
    }

    #[cfg_attr(not(test), allow(dead_code))]
    pub fn num_names(&self) -> usize {
        self.candidates.len()
    }

    /// Names in `text`, left to right, never overlapping: where matches overlap, the
    /// one that starts first wins, then the longest.
    pub fn find(&self, text: &str) -> Vec<NameHit> {
        let mut hits: Vec<NameHit> = Vec::new();
        for found in self.automaton.find_overlapping_iter(text) {
            let (start, end) = (found.start(), found.end());
            if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            let pattern = &self.patterns[found.pattern().as_usize()];
            let written = &text[start..end];
            let fits = if pattern.exact {
                written == &*pattern.text
            } else {
                case_fits(&pattern.text, written)
            };
            if !fits || !on_word_boundaries(text, start, end) {
                continue;
            }
            hits.push(NameHit {
                name: pattern.name,
                start,
                end,
            });
        }
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut covered_until = 0;
        hits.retain(|hit| {
            let keep = hit.start >= covered_until;
            if keep {
                covered_until = hit.end;
            }
            keep
        });
        hits
    }

    /// The name that covers all of `text`, if any ("Kyiv", "New Delhi").
    pub fn whole(&self, text: &str) -> Option<NameId> {
        self.find(text)
            .first()
            .filter(|hit| hit.start == 0 && hit.end == text.len())
            .map(|hit| hit.name)
    }
}
