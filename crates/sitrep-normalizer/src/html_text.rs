//! HTML (or plain text) to readable plain text.
//!
//! A real HTML parser (html5ever, through `scraper`) builds the tree; a walk over it keeps
//! the text a reader would see, one paragraph per block element, and drops what a reader
//! would not: scripts, styles, images (tracking pixels included), embedded media, forms,
//! navigation and share widgets. Feeds often escape their HTML twice; when the text of one
//! pass still looks like markup or entities, it is parsed again (a bounded number of times).
//!
//! Output: paragraphs separated by `"\n\n"`, whitespace collapsed inside each paragraph,
//! control and invisible characters removed, NFC. A blank line in a text node also separates
//! paragraphs, so the plain text this module writes reads back unchanged.

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use regex::Regex;
use scraper::{Html, Node};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// How many times text that still looks like HTML after a pass is parsed again.
const MAX_EXTRA_PASSES: usize = 3;

/// Elements whose whole subtree a reader never sees as article text.
const SKIPPED_ELEMENTS: &[&str] = &[
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

/// Elements that start and end a paragraph.
const BLOCK_ELEMENTS: &[&str] = &[
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
const SPACED_ELEMENTS: &[&str] = &["td", "th"];

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

/// Text that still holds tags of HTML's common vocabulary or entity references.
static LOOKS_LIKE_MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)</?(?:p|br|div|span|a|b|i|u|em|strong|img|ul|ol|li|h[1-6]|blockquote|figure|",
        r"figcaption|script|style|iframe|table|tr|td|th|section|article|font|center|small|",
        r"sup|sub|hr|pre|code|header|footer|aside|nav|noscript|picture|video|source)\b[^<>]*>",
        r"|&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});"
    ))
    .expect("the markup pattern is valid")
});

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
    for _ in 0..MAX_EXTRA_PASSES {
        if !text.contains(['<', '&']) || !LOOKS_LIKE_MARKUP.is_match(&text) {
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
    // CDATA sections are XML; in HTML they would become bogus comments and lose their text.
    let document = if input.contains("<![CDATA[") || input.contains("]]>") {
        Html::parse_fragment(&input.replace("<![CDATA[", "").replace("]]>", ""))
    } else {
        Html::parse_fragment(input)
    };
    let mut collector = ParagraphCollector::default();
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(text) => collector.push_text(text),
                    Node::Element(element) => {
                        let name = element.name();
                        if is_hidden(element) {
                            skipping = Some(node.id());
                        } else if BLOCK_ELEMENTS.contains(&name) {
                            collector.break_paragraph();
                        } else if SPACED_ELEMENTS.contains(&name) {
                            collector.push_space();
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    let name = element.name();
                    if BLOCK_ELEMENTS.contains(&name) {
                        collector.break_paragraph();
                    } else if SPACED_ELEMENTS.contains(&name) {
                        collector.push_space();
                    }
                }
            }
        }
    }
    collector.finish()
}

/// Whether an element's subtree is left out: invisible, non-text or widget chrome.
fn is_hidden(element: &scraper::node::Element) -> bool {
    let name = element.name();
    if SKIPPED_ELEMENTS.contains(&name) {
        return true;
    }
    if element.attr("hidden").is_some() || element.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = element.attr("style") {
        let compact: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if compact.contains("display:none") || compact.contains("visibility:hidden") {
            return true;
        }
    }
    let marked = |value: &str| {
        let value = value.to_ascii_lowercase();
        WIDGET_MARKERS.iter().any(|marker| value.contains(marker))
    };
    if element.attr("class").is_some_and(marked) || element.attr("id").is_some_and(marked) {
        return true;
    }
    name == "a"
        && element
            .attr("href")
            .is_some_and(|href| href.contains("feedburner.com/~ff/") || href.contains("/~a/"))
}

/// Builds paragraphs from text pieces, collapsing whitespace as it goes.
#[derive(Default)]
struct ParagraphCollector {
    paragraphs: Vec<String>,
    current: String,
    pending_space: bool,
}

impl ParagraphCollector {
    fn push_text(&mut self, text: &str) {
        let mut newlines_in_run = 0usize;
        let mut in_whitespace = false;
        for c in text.chars() {
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
            if in_whitespace {
                in_whitespace = false;
                if newlines_in_run >= 2 {
                    self.break_paragraph();
                } else {
                    self.pending_space = true;
                }
            }
            if self.pending_space && !self.current.is_empty() {
                self.current.push(' ');
            }
            self.pending_space = false;
            self.current.push(c);
        }
        if in_whitespace {
            if newlines_in_run >= 2 {
                self.break_paragraph();
            } else {
                self.pending_space = true;
            }
        }
    }

    fn push_space(&mut self) {
        self.pending_space = true;
    }

    fn break_paragraph(&mut self) {
        self.pending_space = false;
        if self.current.is_empty() {
            return;
        }
        let paragraph: String = match is_nfc_quick(self.current.chars()) {
            IsNormalized::Yes => self.current.clone(),
            IsNormalized::No | IsNormalized::Maybe => self.current.nfc().collect(),
        };
        self.current.clear();
        if paragraph.len() > MAX_BOILERPLATE_BYTES || !BOILERPLATE_PARAGRAPH.is_match(&paragraph) {
            self.paragraphs.push(paragraph);
        }
    }

    fn finish(mut self) -> String {
        self.break_paragraph();
        self.paragraphs.join("\n\n")
    }
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
    fn deep_nesting_does_not_overflow_the_stack() {
        let input = format!(
            "{}deep{}",
            "<span>".repeat(50_000),
            "</span>".repeat(50_000)
        );
        assert_eq!(html_to_text(&input), "deep");
    }
}
