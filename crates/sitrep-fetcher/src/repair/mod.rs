//! The repair pass: what a real feed gets wrong that python's feedparser forgives, mended
//! before feed-rs (a strict XML reader) sees the document, so one defect never loses a
//! whole feed.
//!
//! Bytes first ([`crate::charset`]): the charset by evidence, stray bytes read as
//! windows-1252. Then the markup ([`markup`]): bare ampersands, entities XML does not
//! define, character references to what XML forbids, `<rss>` without a version feed-rs
//! knows, the namespaces of RSS 0.90, UserLand's RSS 2.0 and Atom 0.3 mapped to the ones
//! feed-rs reads (with Atom 0.3's element names), text types feed-rs refuses, end tags
//! missing or stray, a `<` that opens no markup. An entry the end of a cut-short document
//! cuts off is left out: its text is incomplete, and read now it would look edited when
//! the whole document comes (feedparser reads it; this is the one entry it reads that we
//! do not). Last, when feed-rs still refuses the
//! document, each entry is read on its own and the ones it refuses are left out
//! ([`RepairKind::SkippedEntries`]).
//!
//! Every repair is counted by kind: the fetcher flags the items it read from a repaired
//! document, and the service logs and counts the repairs.

pub(crate) mod markup;

use std::collections::BTreeMap;
use std::fmt;

/// A kind of defect the repair pass mends: a bounded set, so it labels a metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RepairKind {
    /// A charset label (HTTP or XML declaration) the bytes contradict: valid multi-byte
    /// UTF-8 labelled as a single-byte charset is read as UTF-8.
    CharsetLabel,
    /// Bytes not valid in UTF-8 within otherwise UTF-8 text, read as windows-1252.
    StrayBytes,
    /// A document in a single-byte charset that says nothing of it, read as windows-1252.
    UndeclaredCharset,
    /// An `&` that starts no reference, escaped.
    BareAmpersand,
    /// An HTML entity XML does not define (`&nbsp;`), written as character references.
    UndefinedEntity,
    /// A character reference to a character XML forbids (`&#0;`, `&#xD800;`), dropped.
    BadCharRef,
    /// `<rss>` without a version, or one feed-rs does not know (`0.93`, `0.94`), read as 2.0.
    RssVersion,
    /// An old format's namespace (RSS 0.90, UserLand's RSS 2.0, Atom 0.3) mapped to the
    /// one feed-rs reads, with Atom 0.3's element names.
    Namespace,
    /// An Atom text or content `type` feed-rs refuses (`text/plain`), mapped.
    TextType,
    /// An element the document never closed, closed.
    UnclosedElement,
    /// An end tag that closes nothing open, dropped.
    StrayEndTag,
    /// A `<` that opens no markup, escaped.
    StrayMarkup,
    /// Text or markup outside the root element, dropped.
    OutsideRoot,
    /// RSS elements after `</channel>` (an old template's items), read in the channel.
    OutsideChannel,
    /// Entries the parser refused even after repair, left out (the others are read).
    SkippedEntries,
    /// A JSON Feed without the jsonfeed.org `version` or a `title`, given them.
    JsonFeedFields,
}

impl RepairKind {
    /// Every kind, in the order they are reported.
    pub const ALL: [RepairKind; 16] = [
        RepairKind::CharsetLabel,
        RepairKind::StrayBytes,
        RepairKind::UndeclaredCharset,
        RepairKind::BareAmpersand,
        RepairKind::UndefinedEntity,
        RepairKind::BadCharRef,
        RepairKind::RssVersion,
        RepairKind::Namespace,
        RepairKind::TextType,
        RepairKind::UnclosedElement,
        RepairKind::StrayEndTag,
        RepairKind::StrayMarkup,
        RepairKind::OutsideRoot,
        RepairKind::OutsideChannel,
        RepairKind::SkippedEntries,
        RepairKind::JsonFeedFields,
    ];

    /// The metric label and the name in `RawItem::repaired`.
    pub fn as_str(self) -> &'static str {
        match self {
            RepairKind::CharsetLabel => "charset_label",
            RepairKind::StrayBytes => "stray_bytes",
            RepairKind::UndeclaredCharset => "undeclared_charset",
            RepairKind::BareAmpersand => "bare_ampersand",
            RepairKind::UndefinedEntity => "undefined_entity",
            RepairKind::BadCharRef => "bad_char_ref",
            RepairKind::RssVersion => "rss_version",
            RepairKind::Namespace => "namespace",
            RepairKind::TextType => "text_type",
            RepairKind::UnclosedElement => "unclosed_element",
            RepairKind::StrayEndTag => "stray_end_tag",
            RepairKind::StrayMarkup => "stray_markup",
            RepairKind::OutsideRoot => "outside_root",
            RepairKind::OutsideChannel => "outside_channel",
            RepairKind::SkippedEntries => "skipped_entries",
            RepairKind::JsonFeedFields => "json_feed_fields",
        }
    }
}

impl fmt::Display for RepairKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The repairs one document needed, counted by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Repairs {
    counts: BTreeMap<RepairKind, usize>,
}

impl Repairs {
    pub(crate) fn note(&mut self, kind: RepairKind) {
        self.note_many(kind, 1);
    }

    pub(crate) fn note_many(&mut self, kind: RepairKind, count: usize) {
        if count > 0 {
            *self.counts.entry(kind).or_insert(0) += count;
        }
    }

    /// Nothing was repaired.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Each kind repaired and how many times, in a fixed order.
    pub fn counts(&self) -> impl Iterator<Item = (RepairKind, usize)> + '_ {
        self.counts.iter().map(|(kind, count)| (*kind, *count))
    }

    /// The kinds repaired, by name, in a fixed order.
    pub fn kind_names(&self) -> Vec<String> {
        self.counts
            .keys()
            .map(|kind| kind.as_str().to_owned())
            .collect()
    }

    /// How many times `kind` was repaired.
    pub fn count(&self, kind: RepairKind) -> usize {
        self.counts.get(&kind).copied().unwrap_or(0)
    }
}

/// `bare_ampersand x2, rss_version x1`: what a log line names.
impl fmt::Display for Repairs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, (kind, count)) in self.counts().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{kind} x{count}")?;
        }
        Ok(())
    }
}

/// Line and column (both from 1, the column in characters) of byte `offset` in `text`.
pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[line_start..].chars().count() + 1)
}
