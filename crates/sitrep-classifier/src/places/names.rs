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

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::PlaceRef;
use crate::lexicon::on_word_boundaries;
use crate::text::Words;

/// Index of a distinct name (its lowercase form) in the matcher.
pub type NameId = u32;

struct Pattern {
    name: NameId,
    text: Box<str>,
    /// Short all-capital names match only as written.
    exact: bool,
}

pub struct NameMatcher {
    automaton: NFA,
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
        self.add_pattern(pattern, Some(place));
    }

    /// Adds `pattern` as a name to find in text without a place of its own (a word
    /// that stands for a place only where the text says so: "Red Sea" in the list
    /// "Port Sudan (Port Sudan, Red Sea)").
    pub fn add_name(&mut self, pattern: &str) {
        self.add_pattern(pattern, None);
    }

    fn add_pattern(&mut self, pattern: &str, place: Option<PlaceRef>) {
        let pattern = pattern.trim();
        if pattern.is_empty() {
            return;
        }
        self.add_one(pattern, place);
        if pattern.contains('\'') {
            self.add_one(&pattern.replace('\'', "\u{2019}"), place);
        }
        // Text is matched with its letters folded to ASCII ("Apatzingán" is read as
        // "Apatzingan"): a name written with accents is matched in its folded form.
        if !pattern.is_ascii() {
            let folded = fold_str(pattern);
            if folded != pattern {
                self.add_one(&folded, place);
            }
        }
    }

    fn add_one(&mut self, pattern: &str, place: Option<PlaceRef>) {
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
        let Some(place) = place else { return };
        let candidates = &mut self.candidates[name as usize];
        if !candidates.contains(&place) {
            candidates.push(place);
        }
    }

    pub fn num_names(&self) -> usize {
        self.candidates.len()
    }

    /// The id of a name given in lowercase.
    pub fn name_id(&self, lowercase: &str) -> Option<NameId> {
        self.by_key.get(lowercase).copied()
    }

    pub fn build(self) -> Result<NameMatcher, String> {
        let automaton = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(self.patterns.iter().map(|p| p.text.as_bytes()))
            .map_err(|error| error.to_string())?;
        Ok(NameMatcher {
            automaton,
            patterns: self.patterns,
            candidates: self.candidates,
        })
    }
}

/// A letter with an accent or a stroke as the gazetteer folds it to ASCII ("é" to
/// "e", "ł" to "l", "ß" to "ss"); None for any other character.
fn fold_char(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'ç' | 'ć' | 'č' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' => "g",
        'Ğ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
        'ł' => "l",
        'Ł' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        _ => return None,
    })
}

/// `text` with its letters folded as `fold_char` folds them.
fn fold_str(text: &str) -> String {
    text.chars()
        .map(|ch| fold_char(ch).map_or_else(|| ch.to_string(), str::to_owned))
        .collect()
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

    /// Names in `text`, left to right, never overlapping: at each word that starts
    /// with a capital, the longest name that fits the case rules and ends on a word
    /// boundary. Only those words are searched, each with an anchored search, so the
    /// cost is in the capitalised words, not in the size of the gazetteer.
    pub fn find(&self, text: &str) -> Vec<NameHit> {
        let mut hits: Vec<NameHit> = Vec::new();
        let mut covered_until = 0;
        let bytes = text.as_bytes();
        for (start, &byte) in bytes.iter().enumerate() {
            // Names start with an ASCII capital (the generator folds them to ASCII).
            if start < covered_until || !byte.is_ascii_uppercase() {
                continue;
            }
            let word_start = match start.checked_sub(1).map(|i| bytes[i]) {
                None => true,
                Some(previous) if previous.is_ascii() => !previous.is_ascii_alphanumeric(),
                Some(_) => text[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric()),
            };
            if !word_start {
                continue;
            }
            if let Some(hit) = self.walk(text, start) {
                covered_until = hit.end;
                hits.push(hit);
            }
        }
        hits
    }

    /// The same as `find(words.text)`, from the word starts `Words` already found
    /// (a name starts with an ASCII capital where a run of letters starts).
    ///
    /// Also tells whether a walk of the automaton was still going at the end of the
    /// text: a name might then run on past it, were the text longer.
    pub fn find_in(&self, words: &Words<'_>) -> (Vec<NameHit>, bool) {
        let mut hits: Vec<NameHit> = Vec::new();
        let mut covered_until = 0;
        let mut open_at_end = false;
        let bytes = words.text.as_bytes();
        for &start in &words.run_starts {
            if start < covered_until || !bytes[start].is_ascii_uppercase() {
                continue;
            }
            let (hit, open) = self.walk_to_end(words.text, start);
            open_at_end |= open;
            if let Some(hit) = hit {
                covered_until = hit.end;
                hits.push(hit);
            }
        }
        (hits, open_at_end)
    }

    /// The longest name that fits `text` at `start`.
    fn walk(&self, text: &str, start: usize) -> Option<NameHit> {
        self.walk_to_end(text, start).0
    }

    /// `walk`, and whether the automaton was still walking at the end of `text`.
    fn walk_to_end(&self, text: &str, start: usize) -> (Option<NameHit>, bool) {
        let mut best: Option<NameHit> = None;
        let Ok(mut state) = self.automaton.start_state(Anchored::Yes) else {
            return (None, false);
        };
        // Letters with accents are fed to the automaton folded to ASCII (the
        // gazetteer's names are folded so): "Tillabéri" walks as "Tillaberi".
        // `folded_len` counts the bytes fed, which a pattern's length is measured in.
        let rest = &text[start..];
        let mut folded_len = 0;
        for (offset, ch) in rest.char_indices() {
            let mut ascii = [0u8; 1];
            let fed: &[u8] = if ch.is_ascii() {
                ascii[0] = ch as u8;
                &ascii
            } else {
                match fold_char(ch) {
                    Some(folded) => folded.as_bytes(),
                    None => &rest.as_bytes()[offset..offset + ch.len_utf8()],
                }
            };
            for &byte in fed {
                state = self.automaton.next_state(Anchored::Yes, state, byte);
                if self.automaton.is_dead(state) {
                    return (best, false);
                }
            }
            folded_len += fed.len();
            if !self.automaton.is_match(state) {
                continue;
            }
            let end = start + offset + ch.len_utf8();
            for index in 0..self.automaton.match_len(state) {
                let id = self.automaton.match_pattern(state, index);
                // Matches of suffixes that start after `start` are no names here.
                if self.automaton.pattern_len(id) != folded_len {
                    continue;
                }
                let pattern = &self.patterns[id.as_usize()];
                if self.fits(pattern, text, start, end) {
                    best = Some(NameHit {
                        name: pattern.name,
                        start,
                        end,
                    });
                }
            }
        }
        (best, true)
    }

    fn fits(&self, pattern: &Pattern, text: &str, start: usize, end: usize) -> bool {
        if !text.is_char_boundary(end) {
            return false;
        }
        let written = &text[start..end];
        let folded;
        let written = if written.is_ascii() {
            written
        } else {
            folded = fold_str(written);
            folded.as_str()
        };
        let case_ok = if pattern.exact {
            written == &*pattern.text
        } else {
            case_fits(&pattern.text, written)
        };
        case_ok && on_word_boundaries(text, start, end)
    }

    /// The name that covers all of `text`, if any ("Kyiv", "New Delhi").
    pub fn whole(&self, text: &str) -> Option<NameId> {
        self.find(text)
            .first()
            .filter(|hit| hit.start == 0 && hit.end == text.len())
            .map(|hit| hit.name)
    }
}
