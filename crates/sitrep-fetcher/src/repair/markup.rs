//! The markup repair: one pass of quick-xml's lenient reader over the decoded document,
//! copying every span as it was unless it needs mending (see the module above for what
//! is mended). Linear: a first pass escapes each `<` that cannot open markup, each event
//! is then read once, markup the end of the document cuts off is read as text, an end tag
//! that closes nothing is known from a count of open names, and any other markup error
//! restarts the reader one byte further, at most [`MAX_RESTARTS`] times.
//!
//! It also records where each entry (`<item>`, `<entry>`) sits in its output, so a
//! document the parser still refuses can be read entry by entry.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{line_and_column, RepairKind, Repairs};

/// `<` that open no markup, escaped before the document counts as unreadable.
const MAX_RESTARTS: usize = 10_000;

const RSS_10_NS: &str = "http://purl.org/rss/1.0/";
const ATOM_10_NS: &str = "http://www.w3.org/2005/Atom";
const ATOM_03_NS: &str = "http://purl.org/atom/ns#";
/// RSS 0.90's namespace, and UserLand's for RSS 2.0: both read as RSS 1.0's, the one
/// feed-rs knows for RSS elements.
const OLD_RSS_NAMESPACES: [&str; 3] = [
    "http://my.netscape.com/rdf/simple/0.9/",
    "http://channel.netscape.com/rdf/simple/0.9/",
    "http://backend.userland.com/rss2",
];

/// The repaired document and where its entries are.
#[derive(Debug)]
pub(crate) struct Markup {
    pub text: String,
    /// Byte ranges in `text` of the outermost `<item>` and `<entry>` elements.
    pub entries: Vec<Range<usize>>,
}

/// Markup beyond repair, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkupError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One open element: its name as written and as it is written out (Atom 0.3's renamed).
struct Open {
    name: String,
    written_as: Option<&'static str>,
    /// A channel reopened for items after its end tag: closing it is no repair.
    reopened: bool,
}

struct Repairer<'a> {
    input: &'a str,
    out: String,
    repairs: &'a mut Repairs,
    stack: Vec<Open>,
    root_seen: bool,
    root_closed: bool,
    is_atom: bool,
    is_atom_03: bool,
    entries: Vec<Range<usize>>,
    /// The output offset and stack depth of the entry being read.
    open_entry: Option<(usize, usize)>,
    /// How many elements of each name are open, so an end tag that closes nothing is
    /// known without a walk down the stack.
    open_counts: HashMap<String, usize>,
    /// An RSS `</channel>` held back until the root closes, so items an old template
    /// writes after it still land in the channel.
    held_channel_end: Option<String>,
    /// Where, in the input, the first tag that opens a feed (`<rss`, `<rdf:RDF`, `<feed`)
    /// is: elements before it are not the document's root (an HTML notice a script
    /// printed first).
    feed_root_at: Option<usize>,
    /// The input offset just past the event being handled.
    position: usize,
}

/// Mends the markup of `input` (a whole document, already UTF-8), noting each repair.
pub(crate) fn repair_markup(input: &str, repairs: &mut Repairs) -> Result<Markup, MarkupError> {
    let escaped = escape_stray_angles(input, repairs);
    let input: &str = &escaped;
    let mut repairer = Repairer {
        input,
        out: String::with_capacity(input.len() + input.len() / 64),
        repairs,
        stack: Vec::new(),
        root_seen: false,
        root_closed: false,
        is_atom: false,
        is_atom_03: false,
        entries: Vec::new(),
        open_entry: None,
        open_counts: HashMap::new(),
        held_channel_end: None,
        feed_root_at: first_feed_tag(input),
        position: 0,
    };
    repairer.run()?;
    Ok(Markup {
        text: repairer.out,
        entries: repairer.entries,
    })
}

fn lenient_reader(text: &str) -> Reader<&[u8]> {
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.allow_dangling_amp = true;
    config.allow_unmatched_ends = true;
    config.check_end_names = false;
    config.check_comments = false;
    config.expand_empty_elements = false;
    config.trim_text(false);
    reader
}

impl Repairer<'_> {
    fn run(&mut self) -> Result<(), MarkupError> {
        let input = self.input;
        let mut base = 0;
        let mut restarts = 0;
        let mut reader = lenient_reader(input);
        loop {
            let start = base + position(reader.buffer_position());
            let (at, message) = match reader.read_event() {
                Ok(Event::Eof) => break,
                Ok(event) if opens_no_markup(&event) => (start, "a tag without a name".to_owned()),
                Ok(event) => {
                    let end = base + position(reader.buffer_position());
                    let raw = input.get(start..end).unwrap_or_default();
                    self.position = end;
                    self.event(event, raw);
                    continue;
                }
                Err(error) => (base + position(reader.error_position()), error.to_string()),
            };
            let stray_lt = at >= start && input.as_bytes().get(at) == Some(&b'<');
            if stray_lt && base + position(reader.buffer_position()) >= input.len() {
                // Markup the end of the document cuts off: no `>` follows, so nothing
                // after it is markup. The rest is text.
                let text = input.get(start..at).unwrap_or_default();
                self.text(text);
                let rest = input[at..].replace('<', "&lt;");
                self.text(&rest);
                self.repairs.note(RepairKind::StrayMarkup);
                break;
            }
            // A `<` that opens no markup: written as text, and the reader starts again
            // just after it.
            if !stray_lt || restarts >= MAX_RESTARTS {
                let (line, column) = line_and_column(input, at);
                return Err(MarkupError {
                    line,
                    column,
                    message,
                });
            }
            restarts += 1;
            let text = input.get(start..at).unwrap_or_default();
            self.text(text);
            self.text_literal("&lt;");
            self.repairs.note(RepairKind::StrayMarkup);
            base = at + 1;
            reader = lenient_reader(&input[base..]);
        }
        if let Some((start, depth)) = self.open_entry.take() {
            // The document ends inside an entry: its text is cut short, so it is left out
            // (it comes whole with the next complete document) rather than read as an
            // entry that would later look edited.
            self.out.truncate(start);
            while self.stack.len() > depth.saturating_sub(1) {
                self.pop();
            }
            self.repairs.note(RepairKind::SkippedEntries);
        }
        while let Some(open) = self.pop() {
            self.write_held_channel_end();
            self.repairs.note(RepairKind::UnclosedElement);
            self.close(&open);
        }
        Ok(())
    }

    fn event(&mut self, event: Event<'_>, raw: &str) {
        match event {
            Event::Start(tag) => self.start(&tag, raw, false),
            Event::Empty(tag) => self.start(&tag, raw, true),
            Event::End(tag) => {
                let name = String::from_utf8_lossy(tag.name().as_ref()).into_owned();
                self.end(&name, raw);
            }
            Event::Text(_) | Event::GeneralRef(_) => self.text(raw),
            Event::CData(_) => self.content(raw),
            Event::Decl(_) => {
                // A declaration after dropped text: the document starts with it again.
                if self.out.len() < 4096 && self.out.trim().is_empty() {
                    self.out.clear();
                }
                self.out.push_str(raw);
            }
            Event::PI(_) | Event::DocType(_) | Event::Comment(_) => self.out.push_str(raw),
            Event::Eof => {}
        }
    }

    /// Character data (text and references) as written, mended.
    fn text(&mut self, raw: &str) {
        if raw.trim().is_empty() {
            self.out.push_str(raw);
            return;
        }
        if self.stack.is_empty() {
            self.repairs.note(RepairKind::OutsideRoot);
            return;
        }
        let mended = repair_references(raw, self.repairs);
        self.out.push_str(&mended);
    }

    /// Text this pass writes itself (inside the root, or dropped outside it).
    fn text_literal(&mut self, text: &str) {
        if !self.stack.is_empty() {
            self.out.push_str(text);
        }
    }

    /// Content that is not character data (CDATA): kept inside the root only.
    fn content(&mut self, raw: &str) {
        if self.stack.is_empty() {
            self.repairs.note(RepairKind::OutsideRoot);
        } else {
            self.out.push_str(raw);
        }
    }

    fn start(&mut self, tag: &BytesStart<'_>, raw: &str, is_empty: bool) {
        if self.root_closed || (self.stack.is_empty() && self.root_seen) {
            self.repairs.note(RepairKind::OutsideRoot);
            return;
        }
        let name = String::from_utf8_lossy(tag.name().as_ref()).into_owned();
        let is_root = !self.root_seen;
        if is_root && self.feed_root_at.is_some_and(|at| self.position <= at) {
            // Markup before the feed's own root (`<b>Notice</b>` from a script).
            self.repairs.note(RepairKind::OutsideRoot);
            return;
        }
        if self.stack.len() == 1 {
            if let Some(channel) = self.held_channel_end.take() {
                // An element after `</channel>`: back into the channel it goes.
                self.repairs.note(RepairKind::OutsideChannel);
                self.push(Open {
                    name: channel,
                    written_as: None,
                    reopened: true,
                });
            }
        }
        if is_root {
            self.root_seen = true;
            let local = local_name(&name);
            self.is_atom = local == "feed" || local == "entry";
        }
        let written = self.rewrite_start(tag, raw, &name, is_root, is_empty);
        let written_as = self.renamed(&name);
        let entry_start = self.out.len();
        self.out.push_str(&written);
        let local = local_name(&name);
        let is_entry = !is_root && (local == "item" || local == "entry");
        if is_empty {
            if is_entry && self.open_entry.is_none() {
                self.entries.push(entry_start..self.out.len());
            }
            if is_root {
                self.root_closed = true;
            }
            return;
        }
        self.push(Open {
            name,
            written_as,
            reopened: false,
        });
        if is_entry && self.open_entry.is_none() {
            self.open_entry = Some((entry_start, self.stack.len()));
        }
    }

    fn end(&mut self, name: &str, raw: &str) {
        let is_open = self.open_counts.get(name).is_some_and(|count| *count > 0);
        let found = if is_open {
            self.stack.iter().rposition(|open| open.name == name)
        } else {
            None
        };
        let Some(index) = found else {
            let outside = !self.root_seen || self.root_closed;
            self.repairs.note(if outside {
                RepairKind::OutsideRoot
            } else {
                RepairKind::StrayEndTag
            });
            return;
        };
        let is_rss = self
            .stack
            .first()
            .is_some_and(|root| local_name(&root.name) == "rss");
        if is_rss && index == 1 && self.stack.len() == 2 && local_name(name) == "channel" {
            self.pop();
            self.held_channel_end = Some(name.to_owned());
            return;
        }
        if index == 0 {
            self.write_held_channel_end();
        }
        while self.stack.len() > index + 1 {
            if let Some(open) = self.pop() {
                if !open.reopened {
                    self.repairs.note(RepairKind::UnclosedElement);
                }
                self.close(&open);
            }
        }
        if let Some(open) = self.pop() {
            match open.written_as {
                Some(renamed) => {
                    self.out.push_str("</");
                    self.out.push_str(renamed);
                    self.out.push('>');
                }
                None => self.out.push_str(raw),
            }
            self.after_close();
        }
    }

    fn push(&mut self, open: Open) {
        *self.open_counts.entry(open.name.clone()).or_insert(0) += 1;
        self.stack.push(open);
    }

    fn pop(&mut self) -> Option<Open> {
        let open = self.stack.pop()?;
        if let Some(count) = self.open_counts.get_mut(&open.name) {
            *count = count.saturating_sub(1);
        }
        Some(open)
    }

    fn write_held_channel_end(&mut self) {
        if let Some(channel) = self.held_channel_end.take() {
            self.out.push_str("</");
            self.out.push_str(&channel);
            self.out.push('>');
        }
    }

    /// Writes the end tag of `open`, which the document left open.
    fn close(&mut self, open: &Open) {
        self.out.push_str("</");
        self.out.push_str(open.written_as.unwrap_or(&open.name));
        self.out.push('>');
        self.after_close();
    }

    fn after_close(&mut self) {
        if let Some((start, depth)) = self.open_entry {
            if self.stack.len() < depth {
                self.entries.push(start..self.out.len());
                self.open_entry = None;
            }
        }
        if self.stack.is_empty() {
            self.root_closed = true;
        }
    }

    /// Atom 0.3's element names that Atom 1.0 renamed.
    fn renamed(&self, name: &str) -> Option<&'static str> {
        if !self.is_atom_03 {
            return None;
        }
        match name {
            "issued" => Some("published"),
            "modified" => Some("updated"),
            "tagline" => Some("subtitle"),
            "copyright" => Some("rights"),
            _ => None,
        }
    }

    /// The start tag as written, or rebuilt when an attribute or its name needs mending.
    fn rewrite_start<'r>(
        &mut self,
        tag: &BytesStart<'_>,
        raw: &'r str,
        name: &str,
        is_root: bool,
        is_empty: bool,
    ) -> Cow<'r, str> {
        let local = local_name(name);
        let is_text_construct = self.is_atom
            && matches!(
                local,
                "title" | "subtitle" | "tagline" | "summary" | "rights" | "copyright" | "content"
            );
        let is_rss_root = is_root && local == "rss";
        let needs_look = raw.contains('&')
            || raw.contains("xmlns")
            || is_rss_root
            || is_text_construct
            || self.renamed(name).is_some();
        if !needs_look {
            return Cow::Borrowed(raw);
        }
        // Content with a `src` names a media type of its own: left as it is.
        let has_src = is_text_construct
            && tag
                .attributes()
                .with_checks(false)
                .flatten()
                .any(|attribute| attribute.key.as_ref() == b"src");
        let mut attributes: Vec<(String, String)> = Vec::new();
        let mut changed = false;
        let mut has_version = false;
        for attribute in tag.attributes().with_checks(false) {
            let Ok(attribute) = attribute else {
                // An attribute quick-xml cannot split: the tag stays as written.
                return Cow::Borrowed(raw);
            };
            let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
            let raw_value = String::from_utf8_lossy(&attribute.value).into_owned();
            let mut value = repair_references(&raw_value, self.repairs).into_owned();
            changed |= value != raw_value;
            if key == "xmlns" || key.starts_with("xmlns:") {
                if let Some(mapped) = self.map_namespace(&value) {
                    self.repairs.note(RepairKind::Namespace);
                    value = mapped.to_owned();
                    changed = true;
                }
            }
            if is_rss_root && key == "version" {
                has_version = true;
                if !matches!(value.trim(), "0.91" | "0.92" | "2.0") {
                    self.repairs.note(RepairKind::RssVersion);
                    value = "2.0".to_owned();
                    changed = true;
                }
            }
            if is_text_construct && !has_src && key == "type" {
                if let Some(mapped) = text_type(local, &value) {
                    self.repairs.note(RepairKind::TextType);
                    value = mapped.to_owned();
                    changed = true;
                }
            }
            if is_text_construct && key == "mode" {
                // Atom 0.3's content modes: `escaped` is Atom 1.0's `html` (set by the
                // type), `xml` its `xhtml`; the attribute itself means nothing to feed-rs.
                changed = true;
                continue;
            }
            attributes.push((key, value));
        }
        if is_rss_root && !has_version {
            self.repairs.note(RepairKind::RssVersion);
            attributes.push(("version".to_owned(), "2.0".to_owned()));
            changed = true;
        }
        let renamed = self.renamed(name);
        if !changed && renamed.is_none() {
            return Cow::Borrowed(raw);
        }
        let mut rebuilt = String::with_capacity(raw.len() + 16);
        rebuilt.push('<');
        rebuilt.push_str(renamed.unwrap_or(name));
        for (key, value) in attributes {
            rebuilt.push(' ');
            rebuilt.push_str(&key);
            if value.contains('"') {
                rebuilt.push_str("='");
                rebuilt.push_str(&value.replace('\'', "&apos;"));
                rebuilt.push('\'');
            } else {
                rebuilt.push_str("=\"");
                rebuilt.push_str(&value);
                rebuilt.push('"');
            }
        }
        rebuilt.push_str(if is_empty { "/>" } else { ">" });
        Cow::Owned(rebuilt)
    }

    /// The namespace feed-rs reads in place of an old format's.
    fn map_namespace(&mut self, uri: &str) -> Option<&'static str> {
        let uri = uri.trim();
        if OLD_RSS_NAMESPACES.contains(&uri) {
            return Some(RSS_10_NS);
        }
        if uri == ATOM_03_NS {
            self.is_atom_03 = true;
            return Some(ATOM_10_NS);
        }
        None
    }
}

/// The type feed-rs takes for an Atom text construct (or content) of type `value`, when
/// it would refuse `value`.
fn text_type(element: &str, value: &str) -> Option<&'static str> {
    let value = value.trim().to_ascii_lowercase();
    if matches!(value.as_str(), "text" | "html" | "xhtml" | "text/html") {
        return None;
    }
    if element == "content" && (value.ends_with("/xml") || value.ends_with("+xml")) {
        return (value == "application/xhtml+xml").then_some("xhtml");
    }
    if value.contains("xhtml") {
        Some("xhtml")
    } else if value.contains("html") {
        Some("html")
    } else {
        Some("text")
    }
}

/// `input` with every `<` that cannot open markup (`1 < 2`, `<<`, `<=`) escaped, outside
/// CDATA sections and comments, in one pass: the reader then never has to start again
/// for them (which, for a run of them, would read the rest of the document each time).
fn escape_stray_angles<'t>(input: &'t str, repairs: &mut Repairs) -> Cow<'t, str> {
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = input[at..].find('<') {
        let lt = at + found;
        let rest = &input[lt..];
        let skip_to = |end: &str, open_len: usize| {
            rest[open_len..]
                .find(end)
                .map_or(input.len(), |i| lt + open_len + i + end.len())
        };
        if rest.starts_with("<![CDATA[") {
            at = skip_to("]]>", 9);
            continue;
        }
        if rest.starts_with("<!--") {
            at = skip_to("-->", 4);
            continue;
        }
        let opens = rest[1..].chars().next().is_some_and(|next| {
            next.is_ascii_alphabetic()
                || matches!(next, '_' | ':' | '/' | '!' | '?')
                || !next.is_ascii()
        });
        if !opens {
            let text = out.get_or_insert_with(|| String::with_capacity(input.len() + 64));
            text.push_str(&input[copied..lt]);
            text.push_str("&lt;");
            copied = lt + 1;
            repairs.note(RepairKind::StrayMarkup);
        }
        at = lt + 1;
    }
    match out {
        Some(mut text) => {
            text.push_str(&input[copied..]);
            Cow::Owned(text)
        }
        None => Cow::Borrowed(input),
    }
}

/// A tag whose name is no XML name (`< 2`, `<=`): the `<` was text.
fn opens_no_markup(event: &Event<'_>) -> bool {
    let name = match event {
        Event::Start(tag) | Event::Empty(tag) => tag.name().as_ref().first().copied(),
        Event::End(tag) => tag.name().as_ref().first().copied(),
        _ => return false,
    };
    !name.is_some_and(|first| first.is_ascii_alphabetic() || first == b'_' || first >= 0x80)
}

/// Where the first tag that opens a feed document is (`<rss`, `<rdf:RDF`, `<RDF`, `<feed`).
fn first_feed_tag(input: &str) -> Option<usize> {
    ["<rss", "<rdf:RDF", "<RDF", "<feed"]
        .iter()
        .filter_map(|tag| {
            input.match_indices(tag).find_map(|(at, _)| {
                let next = input.as_bytes().get(at + tag.len()).copied();
                next.is_none_or(|b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
                    .then_some(at)
            })
        })
        .min()
}

/// The part of a qualified name after its prefix.
fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

fn position(offset: u64) -> usize {
    usize::try_from(offset).unwrap_or(usize::MAX)
}

/// Character data or an attribute value with its references mended: a bare `&` escaped,
/// an HTML entity written as character references, a reference to a character XML
/// forbids dropped.
pub(crate) fn repair_references<'t>(raw: &'t str, repairs: &mut Repairs) -> Cow<'t, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len() + 16);
    let mut rest = raw;
    let mut changed = false;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let Some(name) = reference_name(after) else {
            out.push_str("&amp;");
            repairs.note(RepairKind::BareAmpersand);
            changed = true;
            rest = after;
            continue;
        };
        rest = &after[name.len() + 1..];
        if let Some(number) = name.strip_prefix('#') {
            if char_ref_value(number).is_some_and(is_xml_char) {
                out.push('&');
                out.push_str(name);
                out.push(';');
            } else {
                repairs.note(RepairKind::BadCharRef);
                changed = true;
            }
        } else if matches!(name, "lt" | "gt" | "amp" | "apos" | "quot") {
            out.push('&');
            out.push_str(name);
            out.push(';');
        } else if let Some(text) = quick_xml::escape::resolve_html5_entity(name) {
            for c in text.chars() {
                out.push_str(&format!("&#x{:X};", u32::from(c)));
            }
            repairs.note(RepairKind::UndefinedEntity);
            changed = true;
        } else {
            out.push_str("&amp;");
            out.push_str(name);
            out.push(';');
            repairs.note(RepairKind::BareAmpersand);
            changed = true;
        }
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(raw)
    }
}

/// The name of the reference `text` starts with (what follows an `&`, up to its `;`).
fn reference_name(text: &str) -> Option<&str> {
    let end = text.bytes().take(40).position(|b| b == b';')?;
    let name = &text[..end];
    let valid = if let Some(number) = name.strip_prefix('#') {
        match number.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()),
            None => !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
        }
    } else {
        name.chars().next().is_some_and(char::is_alphabetic)
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'))
    };
    valid.then_some(name)
}

/// The code point of a character reference's number (`x41`, `65`).
fn char_ref_value(number: &str) -> Option<u32> {
    match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => number.parse().ok(),
    }
}

/// Whether XML 1.0 allows the character `code` (its `Char` production).
fn is_xml_char(code: u32) -> bool {
    matches!(code, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x1_0000..=0x10_FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str, kinds: &[(RepairKind, usize)]) {
        let mut repairs = Repairs::default();
        let markup = repair_markup(input, &mut repairs).expect("repairable");
        assert_eq!(markup.text, expected, "{input}");
        let found: Vec<_> = repairs.counts().collect();
        assert_eq!(found, kinds, "{input}");
    }

    #[test]
    fn leaves_a_sound_document_as_it_was() {
        let document = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>A &amp; B &#233;</title>\
            <item><description><![CDATA[<p>x & y</p>]]></description></item></channel></rss>\n";
        check(document, document, &[]);
    }

    #[test]
    fn mends_references() {
        use RepairKind::*;
        check(
            "<rss version=\"2.0\"><t>AT&T &nbsp;&#0;&#xD800;&copy &bogus; &#65;</t></rss>",
            "<rss version=\"2.0\"><t>AT&amp;T &#xA0;&amp;copy &amp;bogus; &#65;</t></rss>",
            &[(BareAmpersand, 3), (UndefinedEntity, 1), (BadCharRef, 2)],
        );
        check(
            "<feed><link href=\"https://x.example/?a=1&b=2\"/></feed>",
            "<feed><link href=\"https://x.example/?a=1&amp;b=2\"/></feed>",
            &[(BareAmpersand, 1)],
        );
    }

    #[test]
    fn gives_rss_a_version_feed_rs_reads() {
        use RepairKind::*;
        check(
            "<rss><channel/></rss>",
            "<rss version=\"2.0\"><channel/></rss>",
            &[(RssVersion, 1)],
        );
        check(
            "<rss version='0.93'><channel/></rss>",
            "<rss version=\"2.0\"><channel/></rss>",
            &[(RssVersion, 1)],
        );
    }

    #[test]
    fn maps_old_namespaces_and_atom_03_names() {
        use RepairKind::*;
        check(
            "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"><channel/></rss>",
            "<rss version=\"2.0\" xmlns=\"http://purl.org/rss/1.0/\"><channel/></rss>",
            &[(Namespace, 1)],
        );
        check(
            "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><issued>2004-01-01T00:00:00Z</issued>\
             <content type=\"text/html\" mode=\"escaped\">&lt;b&gt;x</content><title type='text/plain'>t</title></entry></feed>",
            "<feed version=\"0.3\" xmlns=\"http://www.w3.org/2005/Atom\"><entry><published>2004-01-01T00:00:00Z</published>\
             <content type=\"text/html\">&lt;b&gt;x</content><title type=\"text\">t</title></entry></feed>",
            &[(Namespace, 1), (TextType, 1)],
        );
    }

    #[test]
    fn closes_what_is_open_and_drops_what_closes_nothing() {
        use RepairKind::*;
        check(
            "<rss version=\"2.0\"><channel><item><title>a</b></title><description>x<br>y</description></item>",
            "<rss version=\"2.0\"><channel><item><title>a</title><description>x<br>y</br></description></item></channel></rss>",
            &[(UnclosedElement, 3), (StrayEndTag, 1)],
        );
        // An entry the end of the document cuts off is left out.
        check(
            "<rss version=\"2.0\"><channel><item><title>a</title></item><item><title>b</ti",
            "<rss version=\"2.0\"><channel><item><title>a</title></item></channel></rss>",
            &[(UnclosedElement, 2), (StrayMarkup, 1), (SkippedEntries, 1)],
        );
    }

    #[test]
    fn escapes_a_lone_angle_bracket_and_drops_what_lies_outside_the_root() {
        use RepairKind::*;
        check(
            "Warning: x\n<rss version=\"2.0\"><channel><title>1 < 2</title></channel></rss><!-- c -->junk",
            "<rss version=\"2.0\"><channel><title>1 &lt; 2</title></channel></rss><!-- c -->",
            &[(StrayMarkup, 1), (OutsideRoot, 2)],
        );
    }

    #[test]
    fn puts_items_after_the_channel_back_in_it() {
        use RepairKind::*;
        check(
            "<rss version=\"2.0\"><channel><item/></channel>\n<item/></rss>",
            "<rss version=\"2.0\"><channel><item/>\n<item/></channel></rss>",
            &[(OutsideChannel, 1)],
        );
        let sound = "<rss version=\"2.0\"><channel><item/></channel></rss>";
        check(sound, sound, &[]);
    }

    #[test]
    fn drops_markup_before_the_feed_root() {
        use RepairKind::*;
        check(
            "<b>Notice</b>: x<br />\n<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>",
            "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>",
            &[(OutsideRoot, 5)],
        );
    }

    /// Documents made to cost the reader a pass per `<` or a walk per end tag still
    /// take one pass (each is 1 MB; a quadratic pass would not finish in the test run).
    #[test]
    fn hostile_markup_is_read_in_one_pass() {
        let n = 1 << 20;
        let shapes = [
            format!("<rss version=\"2.0\"><channel>{}", "<".repeat(n)),
            format!("<rss version=\"2.0\"><channel>{}>", "< ".repeat(n / 2)),
            format!("<rss version=\"2.0\"><channel><t>{}", "<a".repeat(n / 2)),
            format!(
                "<rss version=\"2.0\"><channel>{}{}",
                "<d>".repeat(n / 8),
                "</x>".repeat(n / 8)
            ),
        ];
        for shape in shapes {
            let mut repairs = Repairs::default();
            let markup = repair_markup(&shape, &mut repairs).expect("repairable");
            assert!(
                markup.text.ends_with("</channel></rss>"),
                "{}",
                &markup.text[markup.text.len() - 40..]
            );
        }
    }

    #[test]
    fn finds_the_entries() {
        let mut repairs = Repairs::default();
        let markup = repair_markup(
            "<rss version=\"2.0\"><channel><item><a/></item><item/><item><item>x</item></item></channel></rss>",
            &mut repairs,
        )
        .expect("repairable");
        let found: Vec<_> = markup
            .entries
            .iter()
            .map(|range| &markup.text[range.clone()])
            .collect();
        assert_eq!(
            found,
            [
                "<item><a/></item>",
                "<item/>",
                "<item><item>x</item></item>"
            ]
        );
    }
}
