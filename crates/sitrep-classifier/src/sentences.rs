//! Sentence splitting for wire copy: paragraphs are separated by blank lines, and a
//! sentence ends at ".", "!" or "?" (with any closing quote or bracket) followed by
//! a space and a capital, a digit or an opening quote, unless the word before the
//! period is a known abbreviation ("U.S.", "Gen.", "Dr.") or a single initial.

use std::collections::HashSet;

/// One sentence of an article: its text and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub text: &'a str,
    /// Index of the paragraph (0 for the title when it is included).
    pub paragraph: usize,
    pub is_title: bool,
}

pub struct SentenceSplitter {
    abbreviations: HashSet<String>,
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '[')
}

impl SentenceSplitter {
    pub fn new<S: AsRef<str>>(abbreviations: &[S]) -> Self {
        Self {
            abbreviations: abbreviations
                .iter()
                .map(|a| a.as_ref().to_owned())
                .collect(),
        }
    }

    /// The sentences of the title (when not empty) and of every paragraph of the body.
    pub fn split_article<'a>(&self, title: &'a str, body: &'a str) -> Vec<Sentence<'a>> {
        let mut sentences = Vec::new();
        let title = title.trim();
        if !title.is_empty() {
            sentences.push(Sentence {
                text: title,
                paragraph: 0,
                is_title: true,
            });
        }
        for (index, paragraph) in paragraphs(body).enumerate() {
            for text in self.split(paragraph) {
                sentences.push(Sentence {
                    text,
                    paragraph: index + 1,
                    is_title: false,
                });
            }
        }
        sentences
    }

    /// The sentences of one paragraph, trimmed.
    pub fn split<'a>(&self, paragraph: &'a str) -> Vec<&'a str> {
        let mut sentences = Vec::new();
        let mut start = 0;
        // Byte offsets throughout. Only a period, "!" or "?" can end a sentence, and
        // those are single bytes that never occur inside another character.
        let char_at = |at: usize| paragraph[at..].chars().next();
        let mut index = 0;
        while let Some(offset) = find_end(&paragraph.as_bytes()[index..]) {
            index += offset;
            let c = char::from(paragraph.as_bytes()[index]);
            let mut j = index + 1;
            while let Some(d) = char_at(j) {
                if !(is_closing(d) || matches!(d, '.' | '!' | '?')) {
                    break;
                }
                j += d.len_utf8();
            }
            let followed_by_space = char_at(j).is_some_and(char::is_whitespace);
            let mut k = j;
            while let Some(d) = char_at(k).filter(|d| d.is_whitespace()) {
                k += d.len_utf8();
            }
            let next_starts = char_at(k).is_some_and(starts_sentence);
            if followed_by_space
                && next_starts
                && !(c == '.' && self.is_abbreviation(&paragraph[..index]))
            {
                push_trimmed(&mut sentences, &paragraph[start..j]);
                start = k;
                index = k;
                continue;
            }
            index += 1;
        }
        push_trimmed(&mut sentences, &paragraph[start..]);
        sentences
    }

    fn is_abbreviation(&self, before: &str) -> bool {
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}'))
            .map_or(0, |(at, c)| at + c.len_utf8());
        let word = &before[word_start..];
        if word.is_empty() {
            return false;
        }
        let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        single_initial || self.abbreviations.contains(word)
    }
}

/// The offset of the first ".", "!" or "?" in `bytes`.
fn find_end(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|b| matches!(b, b'.' | b'!' | b'?'))
}

fn push_trimmed<'a>(sentences: &mut Vec<&'a str>, text: &'a str) {
    let text = text.trim();
    if !text.is_empty() {
        sentences.push(text);
    }
}

/// Paragraphs of a body: blocks separated by one or more blank lines.
pub fn paragraphs(body: &str) -> impl Iterator<Item = &str> {
    let mut rest = body;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let (block, remaining) = split_at_blank_line(rest);
        rest = remaining;
        let block = block.trim();
        if !block.is_empty() {
            return Some(block);
        }
    })
}

fn split_at_blank_line(text: &str) -> (&str, &str) {
    let mut search_from = 0;
    while let Some(offset) = text[search_from..].find('\n') {
        let newline = search_from + offset;
        let after = &text[newline + 1..];
        let line_end = after.find('\n');
        let next_line = line_end.map_or(after, |end| &after[..end]);
        if next_line.trim().is_empty() && line_end.is_some() || after.trim().is_empty() {
            let skip = line_end.map_or(text.len(), |end| newline + 1 + end + 1);
            return (&text[..newline], &text[skip.min(text.len())..]);
        }
        search_from = newline + 1;
    }
    (text, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splitter() -> SentenceSplitter {
        SentenceSplitter::new(&["U.S", "Gen", "Dr", "Mr", "No", "Jan"])
    }

    fn check(paragraph: &str, expected: &[&str]) {
        assert_eq!(splitter().split(paragraph), expected, "in {paragraph:?}");
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        check("One. Two! Three?", &["One.", "Two!", "Three?"]);
        check(
            "Attacks on U.S. and coalition forces. The U.S. Army said so.",
            &[
                "Attacks on U.S. and coalition forces.",
                "The U.S. Army said so.",
            ],
        );
        check(
            "It killed Gen. Qassem Soleimani. Then it ended.",
            &["It killed Gen. Qassem Soleimani.", "Then it ended."],
        );
        check(
            "Dr. Smith and J. Doe arrived. 12 died.",
            &["Dr. Smith and J. Doe arrived.", "12 died."],
        );
        check(
            "“These strikes were defensive,” it read. A briefing followed.",
            &[
                "“These strikes were defensive,” it read.",
                "A briefing followed.",
            ],
        );
        check(
            "He said: “It is over.” Nobody agreed.",
            &["He said: “It is over.”", "Nobody agreed."],
        );
        check(
            "The rate was 3.5 percent. fine.",
            &["The rate was 3.5 percent. fine."],
        );
        check("", &[]);
    }

    #[test]
    fn splits_paragraphs_on_blank_lines() {
        let body = "First para.\nstill first.\n\nSecond.\n\n\n  \nThird.";
        let found: Vec<&str> = paragraphs(body).collect();
        assert_eq!(found, ["First para.\nstill first.", "Second.", "Third."]);
        let sentences = splitter().split_article("Title here", body);
        assert_eq!(sentences.len(), 4);
        assert!(sentences[0].is_title);
        assert_eq!(sentences[3].paragraph, 3);
    }
}
