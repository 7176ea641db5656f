//! What the text walk knows of each element, by name: the lists of the HTML standard
//! that decide the text (special elements, scope boundaries, void elements, the elements
//! whose start ends an open paragraph …) and the reader's own (block, spaced, skipped), as
//! flags looked up once per tag.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{BLOCK_ELEMENTS, SKIPPED_ELEMENTS, SPACED_ELEMENTS};

// What an element is, as flags.
/// Starts and ends a paragraph.
pub(super) const BLOCK: u16 = 1;
/// Separates its text from its neighbours' by a space.
pub(super) const SPACED: u16 = 1 << 1;
/// Never read: it and everything inside it is left out.
pub(super) const SKIPPED: u16 = 1 << 2;
/// The standard's "special" category: an end tag of another name does not close past it.
pub(super) const SPECIAL: u16 = 1 << 3;
/// Bounds the standard's "has an element in scope".
pub(super) const SCOPE: u16 = 1 << 4;
/// Has no content and no end tag.
pub(super) const VOID: u16 = 1 << 5;
/// Its start tag ends an open `p`.
pub(super) const CLOSES_P: u16 = 1 << 6;
/// `html`, `body`, `head`: in a fragment their tags create nothing.
pub(super) const IGNORED: u16 = 1 << 7;
/// `ol`, `ul`: also bound the scope of a list item.
pub(super) const LIST: u16 = 1 << 8;
/// `button`: also bounds the scope a `p` is looked for in.
pub(super) const BUTTON: u16 = 1 << 9;
/// `html`, `table`, `template`: bound the table scope.
pub(super) const TABLE_SCOPE: u16 = 1 << 10;
/// A part of a table: its end tag is looked for in table scope.
pub(super) const TABLE_PART: u16 = 1 << 11;
/// `svg`, `math`: self-closing tags inside are void.
pub(super) const FOREIGN: u16 = 1 << 12;
/// `table`, `tbody`, `thead`, `tfoot`, `tr`: text straight inside goes before the table.
pub(super) const TABLE_CONTEXT: u16 = 1 << 13;
/// Its start tag ends foreign content (`svg`, `math`) that is open.
pub(super) const BREAKS_OUT: u16 = 1 << 14;
/// A start tag of a table's inner part: nothing outside a table.
pub(super) const TABLE_INNER: u16 = 1 << 15;

/// Formatting elements: the standard reopens one that another element's end closed.
pub(super) const FORMATTING_ELEMENTS: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Special elements whose start tag still reopens the formatting elements closed before
/// (as every other start tag and every piece of text does).
pub(super) const REOPENS_FORMATTING: &[&str] = &[
    "applet", "area", "br", "embed", "img", "input", "keygen", "marquee", "object", "select",
    "wbr", "xmp",
];

/// Elements whose open count is kept, so implied ends cost nothing when none is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Watch {
    Paragraph,
    ListItem,
    Definition,
    Heading,
    Cell,
    Row,
    Table,
}

pub(super) const NUM_WATCHED: usize = 7;

#[derive(Debug, Clone, Copy)]
pub(super) struct Element {
    pub(super) flags: u16,
    pub(super) watch: Option<Watch>,
    /// A formatting element (`b`, `a`, `em` …).
    pub(super) formatting: bool,
    /// Its start tag (or text) reopens closed formatting elements.
    pub(super) reopens: bool,
}

pub(super) const SPECIAL_ELEMENTS: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

pub(super) const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

pub(super) const SCOPE_ELEMENTS: &[&str] = &[
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
];

pub(super) const CLOSES_P_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "search",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "plaintext",
    "xmp",
    "hr",
    "table",
    "li",
    "dd",
    "dt",
];

pub(super) const TABLE_PARTS: &[&str] = &[
    "table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th",
];

pub(super) const BREAKOUT_ELEMENTS: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// Every element the walk treats apart from an ordinary inline one, by lowercase name.
static ELEMENTS: LazyLock<HashMap<&'static str, Element>> = LazyLock::new(|| {
    let mut elements: HashMap<&'static str, Element> = HashMap::new();
    let mut mark = |names: &[&'static str], flag: u16| {
        for name in names {
            elements.entry(name).or_insert(UNKNOWN).flags |= flag;
        }
    };
    mark(BLOCK_ELEMENTS, BLOCK);
    mark(SPACED_ELEMENTS, SPACED);
    mark(SKIPPED_ELEMENTS, SKIPPED);
    mark(SPECIAL_ELEMENTS, SPECIAL);
    mark(SCOPE_ELEMENTS, SCOPE);
    mark(VOID_ELEMENTS, VOID);
    mark(CLOSES_P_ELEMENTS, CLOSES_P);
    mark(TABLE_PARTS, TABLE_PART);
    mark(&["html", "body", "head"], IGNORED);
    mark(&["ol", "ul"], LIST);
    mark(&["button"], BUTTON);
    mark(&["html", "table", "template"], TABLE_SCOPE);
    mark(&["table", "tbody", "thead", "tfoot", "tr"], TABLE_CONTEXT);
    mark(
        &[
            "caption", "col", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
        ],
        TABLE_INNER,
    );
    mark(BREAKOUT_ELEMENTS, BREAKS_OUT);
    mark(&["svg", "math"], FOREIGN | SKIPPED);
    // `image` is read as `img`.
    mark(&["image"], SKIPPED);
    mark(FORMATTING_ELEMENTS, 0);
    mark(REOPENS_FORMATTING, 0);
    for element in elements.values_mut() {
        element.reopens = element.flags & SPECIAL == 0;
    }
    for name in FORMATTING_ELEMENTS {
        if let Some(element) = elements.get_mut(name) {
            element.formatting = true;
        }
    }
    for name in REOPENS_FORMATTING {
        if let Some(element) = elements.get_mut(name) {
            element.reopens = true;
        }
    }
    for (names, watch) in [
        (&["p"][..], Watch::Paragraph),
        (&["li"][..], Watch::ListItem),
        (&["dd", "dt"][..], Watch::Definition),
        (&["h1", "h2", "h3", "h4", "h5", "h6"][..], Watch::Heading),
        (&["td", "th"][..], Watch::Cell),
        (&["tr"][..], Watch::Row),
        (&["table"][..], Watch::Table),
    ] {
        for name in names {
            if let Some(element) = elements.get_mut(name) {
                element.watch = Some(watch);
            }
        }
    }
    elements
});

/// An ordinary inline element.
pub(super) const UNKNOWN: Element = Element {
    flags: 0,
    watch: None,
    formatting: false,
    reopens: true,
};

/// Names longer than this are no element the walk knows.
pub(super) const MAX_KNOWN_NAME: usize = 16;

/// An element's identity (a hash of its lowercase name) and what the walk knows of it.
pub(super) fn element(name: &str) -> (u64, Element) {
    let mut lowercase = [0u8; MAX_KNOWN_NAME];
    // FNV-1a over the lowercase name.
    let mut id: u64 = 0xcbf2_9ce4_8422_2325;
    for (index, byte) in name.bytes().enumerate() {
        let byte = byte.to_ascii_lowercase();
        if let Some(slot) = lowercase.get_mut(index) {
            *slot = byte;
        }
        id = (id ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    if name.len() > MAX_KNOWN_NAME {
        return (id, UNKNOWN);
    }
    let known = std::str::from_utf8(&lowercase[..name.len()])
        .ok()
        .and_then(|lowercase| ELEMENTS.get(lowercase).copied());
    (id, known.unwrap_or(UNKNOWN))
}
