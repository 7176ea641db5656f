//! Words of a sentence: byte spans and lowercase forms, so extractors can count
//! distances in words and look at the words around a match without allocating.

/// A word: a run of letters and digits, with inner apostrophes ("Iran’s"), inner
/// periods ("U.S") and digit separators ("1,200") kept inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// A sentence's text with its words and a lowercase copy at the same byte offsets.
#[derive(Debug)]
pub struct Words<'a> {
    pub text: &'a str,
    lower: String,
    pub words: Vec<Word>,
    /// The byte offsets where a run of letters and digits starts, inner ones too
    /// ("S" of "U.S", "s" of "Iran’s"): the only places a lexicon phrase made of
    /// words can start.
    pub run_starts: Vec<usize>,
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '.' | ',')
}

/// The character that starts at byte `index` of `text` (None at the end); ASCII
/// without decoding.
fn char_at(text: &str, index: usize) -> Option<char> {
    match text.as_bytes().get(index) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text.get(index..)?.chars().next(),
        None => None,
    }
}

/// For each byte, whether it is an ASCII letter or digit (one load instead of three
/// range checks in the loops over a sentence's bytes).
static ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// The character that ends just before byte `index` of `text`; ASCII without decoding.
fn char_before(text: &str, index: usize) -> Option<char> {
    match index.checked_sub(1).map(|i| text.as_bytes()[i]) {
        Some(byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text[..index].chars().next_back(),
        None => None,
    }
}

/// True when the non-word character `c`, between the word character `previous` and
/// `next`, joins them into one word ("Iran’s", "U.S", "1,200").
fn joins(previous: char, c: char, next: Option<char>) -> bool {
    is_inner_joiner(c)
        && next.is_some_and(char::is_alphanumeric)
        && match c {
            ',' => previous.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
            '.' => {
                (previous.is_uppercase() || previous.is_ascii_digit())
                    && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
            }
            _ => true,
        }
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut words = Vec::with_capacity(text.len() / 4 + 1);
        let mut run_starts = Vec::with_capacity(text.len() / 4 + 1);
        let bytes = text.as_bytes();
        if text.is_ascii() {
            Self::ascii_words(bytes, &mut words, &mut run_starts);
            return Self {
                text,
                lower: text.to_ascii_lowercase(),
                words,
                run_starts,
            };
        }
        let mut index = 0;
        // Word by word: skip what is not a letter or digit, then take runs of them
        // as long as an inner joiner links one to the next. ASCII bytes are looked
        // at without decoding.
        while let Some(c) = char_at(text, index) {
            if !c.is_alphanumeric() {
                index += c.len_utf8();
                continue;
            }
            let start = index;
            loop {
                run_starts.push(index);
                loop {
                    match bytes.get(index) {
                        Some(byte) if byte.is_ascii_alphanumeric() => index += 1,
                        Some(byte) if byte.is_ascii() => break,
                        Some(_) => match char_at(text, index) {
                            Some(c) if c.is_alphanumeric() => index += c.len_utf8(),
                            _ => break,
                        },
                        None => break,
                    }
                }
                let Some(c) = char_at(text, index) else {
                    break;
                };
                let next_index = index + c.len_utf8();
                let previous = char_before(text, index).unwrap_or(' ');
                if joins(previous, c, char_at(text, next_index)) {
                    index = next_index;
                    continue;
                }
                break;
            }
            words.push(Word { start, end: index });
        }
        Self {
            text,
            lower: text.to_ascii_lowercase(),
            words,
            run_starts,
        }
    }

    /// `new` for ASCII text, byte by byte.
    fn ascii_words(bytes: &[u8], words: &mut Vec<Word>, run_starts: &mut Vec<usize>) {
        let len = bytes.len();
        let mut index = 0;
        while index < len {
            if !ALPHANUMERIC[usize::from(bytes[index])] {
                index += 1;
                continue;
            }
            let start = index;
            loop {
                run_starts.push(index);
                index += 1;
                while index < len && ALPHANUMERIC[usize::from(bytes[index])] {
                    index += 1;
                }
                if index + 1 < len {
                    let (previous, c, next) = (bytes[index - 1], bytes[index], bytes[index + 1]);
                    let joined = next.is_ascii_alphanumeric()
                        && match c {
                            b',' => previous.is_ascii_digit() && next.is_ascii_digit(),
                            b'.' => {
                                (previous.is_ascii_uppercase() || previous.is_ascii_digit())
                                    && (next.is_ascii_uppercase() || next.is_ascii_digit())
                            }
                            b'\'' => true,
                            _ => false,
                        };
                    if joined {
                        index += 1;
                        continue;
                    }
                }
                break;
            }
            words.push(Word { start, end: index });
        }
    }

    /// The words as the first version of `new` found them, one character at a
    /// time (the reference for `new`).
    #[cfg(test)]
    fn new_by_char(text: &'a str) -> Self {
        let mut words = Vec::new();
        let mut run_starts = Vec::new();
        let mut current: Option<usize> = None;
        // The character before `c`: inside a word, its last letter or digit.
        let mut previous: Option<char> = None;
        let mut previous_is_word = false;
        let mut index = 0;
        while let Some(c) = char_at(text, index) {
            let next_index = index + c.len_utf8();
            let is_word = c.is_alphanumeric();
            if is_word {
                if !previous_is_word {
                    run_starts.push(index);
                }
                if current.is_none() {
                    current = Some(index);
                }
            } else if let Some(start) = current {
                let next = char_at(text, next_index);
                let joins = is_inner_joiner(c)
                    && next.is_some_and(char::is_alphanumeric)
                    && match c {
                        ',' => {
                            previous.is_some_and(|p| p.is_ascii_digit())
                                && next.is_some_and(|n| n.is_ascii_digit())
                        }
                        '.' => {
                            previous.is_some_and(|p| p.is_uppercase() || p.is_ascii_digit())
                                && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
                        }
                        _ => true,
                    };
                if !joins {
                    words.push(Word { start, end: index });
                    current = None;
                }
            }
            previous = Some(c);
            previous_is_word = is_word;
            index = next_index;
        }
        if let Some(start) = current {
            words.push(Word {
                start,
                end: text.len(),
            });
        }
        Self {
            text,
            lower: text.to_ascii_lowercase(),
            words,
            run_starts,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The lowercase form of word `index` ("" past the end).
    pub fn lower(&self, index: usize) -> &str {
        self.words
            .get(index)
            .map_or("", |word| &self.lower[word.start..word.end])
    }

    /// The word as written.
    pub fn original(&self, index: usize) -> &'a str {
        self.words
            .get(index)
            .map_or("", |word| &self.text[word.start..word.end])
    }

    /// True when word `index` starts with a capital (`original(index)` does); an
    /// ASCII first letter is looked at without decoding.
    pub fn capitalised(&self, index: usize) -> bool {
        self.words.get(index).is_some_and(|word| {
            let first = self.text.as_bytes()[word.start];
            if first.is_ascii() {
                first.is_ascii_uppercase()
            } else {
                self.text[word.start..word.end].starts_with(char::is_uppercase)
            }
        })
    }

    /// The index of the word holding byte `offset`, or the next word.
    pub fn index_of_byte(&self, offset: usize) -> usize {
        self.words.partition_point(|word| word.end <= offset)
    }

    /// The word indices `first..last` covered by the byte span `start..end`.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let first = self.index_of_byte(start);
        let last = self.words.partition_point(|word| word.start < end);
        (first, last.max(first))
    }

    /// The text between the end of word `a` and the start of word `b` (punctuation).
    pub fn gap(&self, a: usize, b: usize) -> &'a str {
        match (self.words.get(a), self.words.get(b)) {
            (Some(x), Some(y)) if x.end <= y.start => &self.text[x.end..y.start],
            _ => "",
        }
    }

    /// True when a comma, semicolon, colon, dash or bracket separates words `a` < `b`.
    pub fn punctuation_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| {
            // By byte: the dashes are E2 80 94 and E2 80 93 in UTF-8, and no other
            // character holds those three bytes in a row.
            let gap = self.gap(i, i + 1).as_bytes();
            gap.iter().enumerate().any(|(at, &byte)| match byte {
                b',' | b';' | b':' | b'(' | b')' => true,
                0xE2 => matches!(gap.get(at + 1..at + 3), Some([0x80, 0x94 | 0x93])),
                _ => false,
            })
        })
    }
}

/// A fixed set of words, for the questions extractors ask at every word of a
/// sentence ("is this a person noun?"). A word is turned away by its first byte and
/// length before any string is compared, which settles most words of a sentence;
/// the rest are compared with the few words of the set that share that first byte.
pub struct WordSet {
    /// For each first byte, a bit per length (lengths past 63 share bit 63).
    lengths: [u64; 256],
    by_first_byte: Vec<Vec<&'static str>>,
    has_empty: bool,
}

impl WordSet {
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut set = Self {
            lengths: [0; 256],
            by_first_byte: vec![Vec::new(); 256],
            has_empty: false,
        };
        for word in words {
            match word.as_bytes().first() {
                Some(&first) => {
                    set.lengths[usize::from(first)] |= 1 << word.len().min(63);
                    set.by_first_byte[usize::from(first)].push(word);
                }
                None => set.has_empty = true,
            }
        }
        set
    }

    pub fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return self.has_empty;
        };
        self.lengths[usize::from(first)] & (1 << word.len().min(63)) != 0
            && self.by_first_byte[usize::from(first)].contains(&word)
    }
}

/// Strips a possessive ending ("Iran’s" -> "Iran").
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// True for "Iran's", "Wednesday’s".
pub fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let words = Words::new(text);
        let found: Vec<&str> = (0..words.len()).map(|i| words.original(i)).collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn splits_words() {
        check(
            "The U.S. struck Iran’s allies.",
            &["The", "U.S", "struck", "Iran’s", "allies"],
        );
        check(
            "killing 1,200 people, at least 12",
            &["killing", "1,200", "people", "at", "least", "12"],
        );
        check(
            "Iranian-backed (SMG) groups",
            &["Iranian", "backed", "SMG", "groups"],
        );
        check("Kata’ib Hezbollah", &["Kata’ib", "Hezbollah"]);
        check("", &[]);
    }

    #[test]
    fn words_by_word_match_words_by_character() {
        for text in [
            "The U.S. struck Iran’s allies.",
            "killing 1,200 people, at least 12, 3.5 percent, a,b 1,x x,1",
            "Iranian-backed (SMG) groups; Kata’ib Hezbollah's U.N.-run É.U. ÉTATS.Unis",
            "naïve café, 東京 and Ελλάδα’s 2.Β, ‘quoted’ 1’000 a.b A.b a.B A.",
            "trailing joiner. ' , . ’",
            ".,'’ leading",
            "x",
            "",
        ] {
            let fast = Words::new(text);
            let slow = Words::new_by_char(text);
            assert_eq!(fast.words, slow.words, "in {text:?}");
            assert_eq!(fast.run_starts, slow.run_starts, "in {text:?}");
        }
    }

    #[test]
    fn word_sets_hold_exactly_their_words() {
        let set = WordSet::new([
            "soldier",
            "soldiers",
            "s",
            "approximately-long-word-of-64-bytes-or-more-to-share-the-last-bit",
        ]);
        for word in [
            "soldier",
            "soldiers",
            "s",
            "approximately-long-word-of-64-bytes-or-more-to-share-the-last-bit",
        ] {
            assert!(set.contains(word), "{word}");
        }
        for word in [
            "",
            "soldie",
            "Soldier",
            "soldierx",
            "t",
            "approximately-long-word-of-64-bytes-or-more-to-share-the-last-bi_",
        ] {
            assert!(!set.contains(word), "{word}");
        }
    }

    #[test]
    fn finds_words_by_offset_and_punctuation() {
        let words = Words::new("Militants, armed with rifles, attacked");
        assert_eq!(words.lower(0), "militants");
        assert!(words.punctuation_between(0, 1));
        assert!(!words.punctuation_between(1, 3));
        assert_eq!(words.span(11, 21), (1, 3));
        for (text, expected) in [
            ("one \u{2014} two", true),
            ("one \u{2013} two", true),
            ("one \u{2012} two", false),
            ("one \u{20AC} two", false),
            ("one (two", true),
            ("one 'two", false),
        ] {
            assert_eq!(
                Words::new(text).punctuation_between(0, 1),
                expected,
                "{text:?}"
            );
        }
        assert_eq!(strip_possessive("Iran’s"), "Iran");
        assert!(is_possessive("Wednesday's"));
    }
}
