//! HTML (or plain text) to readable plain text.
//!
//! The document is read the way the HTML standard reads it (`tokenizer.rs`: tags, raw
//! text, character references from `entities.rs`), and a walk over its open elements
//! (`tree.rs`) keeps the text a reader would see, one paragraph per block element, and
//! drops what a reader would not: scripts, styles, images (tracking pixels included),
//! embedded media, forms, navigation and share widgets. No tree is built, and every step
//! is bounded: the time is linear in the input whatever its shape (deep nesting, unclosed
//! tags, attribute floods), where a tree builder's scope checks grow with the nesting and
//! made 100,000 unclosed `div`s take 38 s. Feeds often escape their HTML twice; while the
//! text of a pass still holds `<` or `&` and parsing it again changes it, it is parsed
//! again (a bounded number of times), so the output is a fixed point: it normalizes to
//! itself.
//!
//! Output: paragraphs separated by `"\n\n"`, whitespace collapsed inside each paragraph,
//! control and invisible characters removed, NFC. A blank line in a text node also separates
//! paragraphs, so the plain text this module writes reads back unchanged.

mod elements;
mod entities;
mod tokenizer;
mod tree;

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// How many times text that still holds `<` or `&` after a pass is parsed again, until
/// a pass changes nothing (feeds escape twice, rarely more).
const MAX_EXTRA_PASSES: usize = 8;

/// Elements whose whole subtree a reader never sees as article text.
pub const SKIPPED_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "img",
    "picture",
    "video",
    "audio",
    "source",
    "track",
    "svg",
    "math",
    "canvas",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "aside",
    "head",
    "title",
    "meta",
    "link",
    "figcaption",
    "map",
    "area",
    "param",
    "base",
    "frame",
    "frameset",
];

/// Elements that start and end a paragraph (`html` and `body` tags create nothing in a
/// fragment).
pub const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
];

/// Elements that separate their text from the neighbours' by a space.
pub const SPACED_ELEMENTS: &[&str] = &["td", "th"];

/// Pieces of a `class` or `id` that mark share buttons, social widgets and similar chrome.
const WIDGET_MARKERS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "feedflare",
    "addtoany",
    "a2a_",
    "sharedaddy",
    "relatedposts",
    "related-posts",
    "newsletter",
    "advert",
    "sponsor",
];

/// Paragraphs longer than this are story text, never a trailer.
const MAX_BOILERPLATE_BYTES: usize = 600;

/// WordPress and Feedburner trailers that are not part of the story.
static BOILERPLATE_PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:the post .{1,300} appeared first on .{1,200}|",
        r"(?:read|continue reading|read the full story|read more)(?: here| on .{1,80})?\W{0,5})$"
    ))
    .expect("the boilerplate pattern is valid")
});

/// Turns HTML, escaped HTML or plain text into paragraphs of plain text.
pub fn html_to_text(input: &str) -> String {
    let mut text = one_pass(input);
    // Until a pass changes nothing: then the output reads back as itself (a text that
    // still holds `<x` or an entity would lose it when normalized again).
    for _ in 0..MAX_EXTRA_PASSES {
        if !text.contains(['<', '&']) {
            break;
        }
        let next = one_pass(&text);
        if next == text {
            break;
        }
        text = next;
    }
    text
}

/// Like [`html_to_text`], on one line: for titles.
pub fn html_to_line(input: &str) -> String {
    html_to_text(input).replace("\n\n", " ")
}

fn one_pass(input: &str) -> String {
    // Text with no tag, entity or CDATA end is what the parser would give back as one
    // text node: skip the parse (most titles, plain-text summaries, the second look at
    // text that was HTML). Only the parser's newline normalization is done here.
    if !input.contains(['<', '&']) && !input.contains("]]>") {
        let mut collector = ParagraphCollector::default();
        if input.contains('\r') {
            collector.push_text(&input.replace("\r\n", "\n").replace('\r', "\n"));
        } else {
            collector.push_text(input);
        }
        return collector.finish();
    }
    // CDATA sections are XML; in HTML they would become bogus comments and lose their text.
    let without_cdata;
    let mut html = input;
    if html.contains("<![CDATA[") || html.contains("]]>") {
        without_cdata = html.replace("<![CDATA[", "").replace("]]>", "");
        html = &without_cdata;
    }
    // Line breaks as the standard reads them: CR LF and a lone CR are LF.
    let without_cr;
    if html.contains('\r') {
        without_cr = html.replace("\r\n", "\n").replace('\r', "\n");
        html = &without_cr;
    }
    let mut collector = ParagraphCollector::default();
    tree::walk(html, &mut collector);
    collector.finish()
}

/// Whether a `class` or `id` names share buttons or other chrome.
pub(super) fn is_widget_marker(value: &str) -> bool {
    let value = value.to_ascii_lowercase();
    WIDGET_MARKERS.iter().any(|marker| value.contains(marker))
}

/// Builds paragraphs from text pieces, collapsing whitespace as it goes.
#[derive(Default)]
pub(super) struct ParagraphCollector {
    /// The paragraphs so far, separated by blank lines.
    text: String,
    current: String,
    pending_space: bool,
}

impl ParagraphCollector {
    pub(super) fn push_text(&mut self, text: &str) {
        let mut newlines_in_run = 0usize;
        let mut in_whitespace = false;
        let mut rest = text;
        while let Some(&first) = rest.as_bytes().first() {
            // Fast path: a run of visible ASCII (no space, no control) is copied whole.
            if first.is_ascii_graphic() {
                let run = visible_ascii_run(rest.as_bytes());
                self.end_whitespace(&mut in_whitespace, newlines_in_run);
                self.push_visible(&rest[..run]);
                rest = &rest[run..];
                continue;
            }
            let Some(c) = rest.chars().next() else {
                break;
            };
            rest = &rest[c.len_utf8()..];
            if c.is_whitespace() {
                if !in_whitespace {
                    in_whitespace = true;
                    newlines_in_run = 0;
                }
                if matches!(c, '\n' | '\u{2028}' | '\u{2029}') {
                    newlines_in_run += 1;
                }
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            self.end_whitespace(&mut in_whitespace, newlines_in_run);
            self.push_visible(c.encode_utf8(&mut [0u8; 4]));
        }
        if in_whitespace {
            if newlines_in_run >= 2 {
                self.break_paragraph();
            } else {
                self.pending_space = true;
            }
        }
    }

    /// A visible character after a run of whitespace: the run becomes a space, or a
    /// paragraph break when it held a blank line.
    fn end_whitespace(&mut self, in_whitespace: &mut bool, newlines_in_run: usize) {
        if !*in_whitespace {
            return;
        }
        *in_whitespace = false;
        if newlines_in_run >= 2 {
            self.break_paragraph();
        } else {
            self.pending_space = true;
        }
    }

    /// Appends visible text, after the space a preceding run of whitespace left pending.
    fn push_visible(&mut self, visible: &str) {
        if self.pending_space && !self.current.is_empty() {
            self.current.push(' ');
        }
        self.pending_space = false;
        self.current.push_str(visible);
    }

    pub(super) fn push_space(&mut self) {
        self.pending_space = true;
    }

    pub(super) fn break_paragraph(&mut self) {
        self.pending_space = false;
        if self.current.is_empty() {
            return;
        }
        let is_nfc =
            self.current.is_ascii() || is_nfc_quick(self.current.chars()) == IsNormalized::Yes;
        if !is_nfc {
            self.current = self.current.nfc().collect();
        }
        let paragraph = &self.current;
        if !may_be_boilerplate(paragraph) || !BOILERPLATE_PARAGRAPH.is_match(paragraph) {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            self.text.push_str(paragraph);
        }
        // Kept for the next paragraph: one buffer however many paragraphs there are.
        self.current.clear();
    }

    fn finish(mut self) -> String {
        self.break_paragraph();
        self.text
    }
}

/// The length of the run of visible ASCII that `bytes` starts with, single spaces
/// between visible characters included (they need no collapsing).
fn visible_ascii_run(bytes: &[u8]) -> usize {
    let mut end = 0;
    while end < bytes.len() {
        let byte = bytes[end];
        let single_space =
            byte == b' ' && bytes.get(end + 1).is_some_and(u8::is_ascii_graphic) && end > 0;
        if !(byte.is_ascii_graphic() || single_space) {
            break;
        }
        end += 1;
    }
    end
}

/// Whether a paragraph could match [`BOILERPLATE_PARAGRAPH`] (a cheap test before it).
fn may_be_boilerplate(paragraph: &str) -> bool {
    paragraph.len() <= MAX_BOILERPLATE_BYTES
        && paragraph
            .bytes()
            .next()
            .is_some_and(|first| matches!(first.to_ascii_lowercase(), b't' | b'r' | b'c'))
}

/// Control characters and invisible format characters that carry nothing for a reader.
/// Bidirectional marks and joiners stay: RTL text and emoji sequences need them.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{00ad}' | '\u{2060}' | '\u{fffe}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(html_to_text(input), expected, "input: {input:?}");
    }

    #[test]
    fn html_becomes_paragraphs() {
        check(
            "<p>One  two\nthree.</p><p>Four.</p>",
            "One two three.\n\nFour.",
        );
        check("Line<br>next<br/><br/>after", "Line\n\nnext\n\nafter");
        check("<ul><li>a</li><li>b</li></ul>", "a\n\nb");
        check(
            "<h2>Head</h2>Body <b>bold</b> and <a href=\"x\">link</a>.",
            "Head\n\nBody bold and link.",
        );
        check("<table><tr><td>a</td><td>b</td></tr></table>", "a b");
    }

    #[test]
    fn drops_what_a_reader_does_not_see() {
        check(
            "<p>Story<script>alert(1)</script></p><style>p{}</style>",
            "Story",
        );
        check(
            "<p>Text<img src=\"https://t.example/pixel.gif\" width=\"1\" height=\"1\"></p>",
            "Text",
        );
        check(
            "<p>Text</p><div class=\"share-buttons\"><a>Share on X</a></div>",
            "Text",
        );
        check("<p>Text</p><div class=\"feedflare\"><a href=\"http://feeds.feedburner.com/~ff/x\">x</a></div>", "Text");
        check("<p style=\"display: none\">hidden</p><p>shown</p>", "shown");
        check(
            "<p>Story.</p><p>The post Story appeared first on Example News.</p>",
            "Story.",
        );
    }

    #[test]
    fn decodes_entities_and_double_escapes() {
        check(
            "Fish &amp; chips &#8217; &#x2014; &eacute;",
            "Fish & chips \u{2019} \u{2014} \u{e9}",
        );
        check(
            "&lt;p&gt;Escaped &amp;amp; twice&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;",
            "Escaped & twice\n\nSecond",
        );
        check("Kata&amp;#8217;ib Hezbollah", "Kata\u{2019}ib Hezbollah");
        check(
            "<![CDATA[<p>Inside <![CDATA[nested]]> CDATA</p>]]>",
            "Inside nested CDATA",
        );
    }

    #[test]
    fn cleans_characters() {
        check("a\u{0}b\u{7}c\u{200b}d\u{feff}", "abcd");
        check("e\u{301}", "\u{e9}");
        check(
            "\u{201c}Quoted\u{201d} \u{a0} text",
            "\u{201c}Quoted\u{201d} text",
        );
        check(
            "Plain text.\n\nSecond paragraph.",
            "Plain text.\n\nSecond paragraph.",
        );
        check("", "");
        check("   \n\n  ", "");
    }

    #[test]
    fn broken_html_still_reads() {
        check(
            "<p>Unclosed <b>bold <i>both</p><p>Next",
            "Unclosed bold both\n\nNext",
        );
        check("<div><p>a</div></p>b", "a\n\nb");
    }

    #[test]
    fn hostile_shapes_read_as_their_text() {
        // Deep, unclosed and misnested: what html5ever took minutes over.
        check(
            &format!(
                "{}deep{}",
                "<div>".repeat(100_000),
                "</div>".repeat(100_000)
            ),
            "deep",
        );
        check(&format!("{}text", "<div>".repeat(100_000)), "text");
        check(&format!("{}x", "<p><span>".repeat(50_000)), "x");
        check(
            &format!("{}x{}y", "<span>".repeat(127), "</div>".repeat(100_000)),
            "xy",
        );
        // Hidden beyond the depth the walk tracks by name: skipped all the same.
        check(
            &format!(
                "{}<span class=share>hidden</span>shown{}",
                "<div>".repeat(200),
                "</div>".repeat(200)
            ),
            "shown",
        );
        // The hiding attribute after a flood of others.
        check(
            &format!("<div {}class=share>x</div>y", "a=1 ".repeat(100_000)),
            "y",
        );
        // Escaped many times over: unescaped a bounded number of times.
        check(&format!("&{}lt;p&gt;x", "amp;".repeat(5)), "x");
        let chain = format!("&{}lt;p&gt;x", "amp;".repeat(20));
        assert!(html_to_text(&chain).starts_with("&amp;amp;"));
        check(&"<".repeat(10_000), &"<".repeat(10_000));
        check(&"&".repeat(10_000), &"&".repeat(10_000));
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let input = format!(
            "{}deep{}",
            "<span>".repeat(50_000),
            "</span>".repeat(50_000)
        );
        assert_eq!(html_to_text(&input), "deep");
    }
}
