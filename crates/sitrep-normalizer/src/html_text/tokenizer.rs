//! HTML split into text, start tags and end tags in one forward pass, as the HTML
//! standard's tokenizer splits it: comments, doctypes and processing instructions
//! dropped, the raw text of `script`, `style` and their kin taken whole up to their own
//! end tag, a `<` that starts no tag kept as text, a tag cut off by the end of the input
//! dropped.
//!
//! Every byte is looked at a bounded number of times: no step searches back, and a tag's
//! attributes are read once, keeping only the first of each of the few the text walk asks
//! about (so a tag of a million attributes costs what its bytes cost).

use std::borrow::Cow;

use super::entities::decode;

/// A piece of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// Text, character references decoded (except in raw text, where there are none).
    Text(Cow<'a, str>),
    Start(StartTag<'a>),
    /// An end tag, its name as written.
    End(&'a str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StartTag<'a> {
    /// As written (any case).
    pub name: &'a str,
    pub self_closing: bool,
    pub attributes: Attributes<'a>,
}

/// The attributes the text walk reads, each the first of its name (as the standard keeps
/// the first of duplicates); values as written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Attributes<'a> {
    pub hidden: bool,
    pub aria_hidden: Option<&'a str>,
    pub style: Option<&'a str>,
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub href: Option<&'a str>,
}

/// How the content of an element that holds no tags is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Raw {
    /// Up to the element's end tag, as written.
    Text,
    /// Up to the element's end tag, character references decoded.
    Escapable,
    /// To the end of the input (`plaintext`).
    Rest,
}

/// Elements whose content holds no tags, by name.
const RAW_CONTENT: [(&str, Raw); 10] = [
    ("script", Raw::Text),
    ("style", Raw::Text),
    ("xmp", Raw::Text),
    ("iframe", Raw::Text),
    ("noembed", Raw::Text),
    ("noframes", Raw::Text),
    ("noscript", Raw::Text),
    ("textarea", Raw::Escapable),
    ("title", Raw::Escapable),
    ("plaintext", Raw::Rest),
];

/// The kind of raw content an element of this name (any case) has, if any.
fn raw_content(name: &str) -> Option<Raw> {
    RAW_CONTENT
        .iter()
        .find(|(raw_name, _)| raw_name.eq_ignore_ascii_case(name))
        .map(|(_, raw)| *raw)
}

pub(super) struct Tokenizer<'a> {
    input: &'a str,
    position: usize,
    /// After the start tag of an element with raw content: that content comes next.
    raw: Option<(Raw, &'a str)>,
}

impl<'a> Tokenizer<'a> {
    pub(super) fn new(input: &'a str) -> Self {
        Self {
            input,
            position: 0,
            raw: None,
        }
    }

    fn rest(&self) -> &'a str {
        &self.input[self.position..]
    }

    /// The raw content of the element whose start tag was just read.
    fn raw_content(&mut self, raw: Raw, name: &str) -> Token<'a> {
        let rest = self.rest();
        let end = match raw {
            Raw::Rest => rest.len(),
            Raw::Text | Raw::Escapable => end_tag_at(rest, name).unwrap_or(rest.len()),
        };
        self.position += end;
        let text = &rest[..end];
        Token::Text(match raw {
            Raw::Escapable => decode(text),
            Raw::Text | Raw::Rest => Cow::Borrowed(text),
        })
    }

    /// What starts at a `<`.
    fn markup(&mut self) -> Option<Token<'a>> {
        let rest = self.rest();
        let bytes = rest.as_bytes();
        match bytes.get(1) {
            Some(b'!') if rest.starts_with("<!--") => {
                self.position += comment_length(rest);
                None
            }
            Some(b'!' | b'?') => {
                self.position += bogus_comment_length(rest, 2);
                None
            }
            Some(b'/') => match bytes.get(2) {
                Some(byte) if byte.is_ascii_alphabetic() => {
                    let name = tag_name(&rest[2..]);
                    let after_name = 2 + name.len();
                    match read_attributes(&rest[after_name..]) {
                        Some((used, _, _)) => {
                            self.position += after_name + used;
                            Some(Token::End(name))
                        }
                        None => {
                            self.position = self.input.len();
                            None
                        }
                    }
                }
                Some(b'>') => {
                    self.position += 3;
                    None
                }
                Some(_) => {
                    self.position += bogus_comment_length(rest, 2);
                    None
                }
                None => {
                    self.position += 2;
                    Some(Token::Text(Cow::Borrowed("</")))
                }
            },
            Some(byte) if byte.is_ascii_alphabetic() => {
                let name = tag_name(&rest[1..]);
                let after_name = 1 + name.len();
                let Some((used, self_closing, attributes)) = read_attributes(&rest[after_name..])
                else {
                    // A tag the input ends in the middle of is no tag.
                    self.position = self.input.len();
                    return None;
                };
                self.position += after_name + used;
                if let Some(raw) = raw_content(name) {
                    self.raw = Some((raw, name));
                }
                Some(Token::Start(StartTag {
                    name,
                    self_closing,
                    attributes,
                }))
            }
            // A `<` that starts no markup is text, with the text after it.
            _ => Some(self.text(1)),
        }
    }

    /// Text from here to the next `<` at or after `from` bytes on.
    fn text(&mut self, from: usize) -> Token<'a> {
        let rest = self.rest();
        let end = rest[from..].find('<').map_or(rest.len(), |at| from + at);
        self.position += end;
        Token::Text(decode(&rest[..end]))
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if let Some((raw, name)) = self.raw.take() {
                return Some(self.raw_content(raw, name));
            }
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            if rest.starts_with('<') {
                if let Some(token) = self.markup() {
                    return Some(token);
                }
                continue;
            }
            return Some(self.text(0));
        }
    }
}

/// A tag name: up to whitespace, `/` or `>`.
fn tag_name(text: &str) -> &str {
    let end = text
        .bytes()
        .position(|byte| byte.is_ascii_whitespace() || byte == b'/' || byte == b'>')
        .unwrap_or(text.len());
    &text[..end]
}

/// Where the end tag of `name` starts in `text` (`</name` then whitespace, `/` or `>`).
fn end_tag_at(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find("</") {
        let at = from + found;
        let name_end = at + 2 + name.len();
        let matches = bytes
            .get(at + 2..name_end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()))
            && bytes
                .get(name_end)
                .is_some_and(|byte| byte.is_ascii_whitespace() || matches!(byte, b'/' | b'>'));
        if matches {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// The length of the comment `text` starts with (`<!--` … `-->`, or all of `text`).
fn comment_length(text: &str) -> usize {
    // `<!-->` and `<!--->` are empty comments.
    for empty in ["<!-->", "<!--->"] {
        if text.starts_with(empty) {
            return empty.len();
        }
    }
    text[4..].find("-->").map_or(text.len(), |at| 4 + at + 3)
}

/// The length of a bogus comment (`<!DOCTYPE …>`, `<?xml …?>`, `</ …>`): up to the
/// first `>` after `from`.
fn bogus_comment_length(text: &str, from: usize) -> usize {
    text[from..]
        .find('>')
        .map_or(text.len(), |at| from + at + 1)
}

/// Reads the attributes after a tag name through the closing `>`: the bytes used, whether
/// the tag closed itself (`/>`), and the attributes the walk reads. None when the input
/// ends first.
fn read_attributes(text: &str) -> Option<(usize, bool, Attributes<'_>)> {
    let bytes = text.as_bytes();
    let mut attributes = Attributes::default();
    let mut seen = [false; 6];
    let mut at = 0;
    loop {
        // Between attributes: whitespace and stray slashes.
        while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            if bytes[at] == b'/' && bytes.get(at + 1) == Some(&b'>') {
                return Some((at + 2, true, attributes));
            }
            at += 1;
        }
        match bytes.get(at) {
            None => return None,
            Some(b'>') => return Some((at + 1, false, attributes)),
            Some(_) => {}
        }
        // The name: its first character may be `=`.
        let name_start = at;
        at += 1;
        while at < bytes.len()
            && !(bytes[at].is_ascii_whitespace() || matches!(bytes[at], b'/' | b'>' | b'='))
        {
            at += 1;
        }
        let name = &text[name_start..at];
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let mut value = None;
        if bytes.get(at) == Some(&b'=') {
            at += 1;
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            match bytes.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let close = text[at + 1..].find(quote as char)?;
                    value = Some(&text[at + 1..at + 1 + close]);
                    at += close + 2;
                }
                Some(b'>') | None => value = Some(""),
                Some(_) => {
                    let start = at;
                    while at < bytes.len()
                        && !(bytes[at].is_ascii_whitespace() || bytes[at] == b'>')
                    {
                        at += 1;
                    }
                    value = Some(&text[start..at]);
                }
            }
        }
        keep_attribute(&mut attributes, &mut seen, name, value.unwrap_or(""));
    }
}

/// Records `name=value` when it is one the walk reads and the first of its name.
fn keep_attribute<'a>(
    attributes: &mut Attributes<'a>,
    seen: &mut [bool; 6],
    name: &str,
    value: &'a str,
) {
    const NAMES: [&str; 6] = ["hidden", "aria-hidden", "style", "class", "id", "href"];
    if name.len() > "aria-hidden".len() {
        return;
    }
    let Some(index) = NAMES
        .iter()
        .position(|known| known.eq_ignore_ascii_case(name))
    else {
        return;
    };
    if std::mem::replace(&mut seen[index], true) {
        return;
    }
    match index {
        0 => attributes.hidden = true,
        1 => attributes.aria_hidden = Some(value),
        2 => attributes.style = Some(value),
        3 => attributes.class = Some(value),
        4 => attributes.id = Some(value),
        _ => attributes.href = Some(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(input: &str) -> Vec<String> {
        Tokenizer::new(input)
            .map(|token| match token {
                Token::Text(text) => format!("{text:?}"),
                Token::Start(tag) => format!(
                    "<{}{}{}>",
                    tag.name,
                    tag.attributes
                        .class
                        .map(|class| format!(" class={class}"))
                        .unwrap_or_default(),
                    if tag.self_closing { "/" } else { "" }
                ),
                Token::End(name) => format!("</{name}>"),
            })
            .collect()
    }

    #[test]
    fn splits_text_and_tags() {
        assert_eq!(
            tokens("a<P class=\"x y\">b &amp; c</p >d<br/>"),
            [
                "\"a\"",
                "<P class=x y>",
                "\"b & c\"",
                "</p>",
                "\"d\"",
                "<br/>"
            ]
        );
        assert_eq!(
            tokens("<div class='a' class=b id=c>x"),
            ["<div class=a>", "\"x\""]
        );
        assert_eq!(tokens("<a href=x>y</a>"), ["<a>", "\"y\"", "</a>"]);
    }

    #[test]
    fn drops_comments_doctypes_and_cut_off_tags() {
        assert_eq!(
            tokens("<!DOCTYPE html>a<!-- <p>x</p> -->b<!-->c<?xml v?>d</ x>e</>f"),
            ["\"a\"", "\"b\"", "\"c\"", "\"d\"", "\"e\"", "\"f\""]
        );
        assert_eq!(tokens("a<!-- never closed"), ["\"a\""]);
        assert_eq!(tokens("a<div class=\"never closed"), ["\"a\""]);
        assert_eq!(tokens("a <b c"), ["\"a \""]);
    }

    #[test]
    fn a_lone_less_than_is_text() {
        assert_eq!(tokens("1 < 2"), ["\"1 \"", "\"< 2\""]);
        assert_eq!(tokens("a</"), ["\"a\"", "\"</\""]);
        assert_eq!(tokens("<3 &amp; <<b>"), ["\"<3 & \"", "\"<\"", "<b>"]);
    }

    #[test]
    fn raw_text_runs_to_its_own_end_tag() {
        assert_eq!(
            tokens("<script>if (a < b && c) { x = '</p>'; }</SCRIPT>after"),
            [
                "<script>",
                "\"if (a < b && c) { x = '</p>'; }\"",
                "</SCRIPT>",
                "\"after\""
            ]
        );
        assert_eq!(
            tokens("<title>A &amp; B</title>"),
            ["<title>", "\"A & B\"", "</title>"]
        );
        assert_eq!(
            tokens("<style>never closed <p>"),
            ["<style>", "\"never closed <p>\""]
        );
        assert_eq!(
            tokens("<plaintext>a</plaintext><b>"),
            ["<plaintext>", "\"a</plaintext><b>\""]
        );
    }

    #[test]
    fn an_attribute_flood_is_read_once() {
        let tag = format!("<div {} class=share>x", "a=1 ".repeat(100_000));
        assert_eq!(tokens(&tag), ["<div class=share>", "\"x\""]);
    }
}
