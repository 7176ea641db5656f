//! Feed documents to raw items: feed-rs reads RSS 0.9x/1.0/2.0, Atom and JSON Feed; this
//! module decides the entry ids and copies the entries' fields as the feed sent them.
//!
//! Entry ids are ours, never feed-rs's: it makes one up when an entry has none (a hash, or
//! a random UUID, so the same document would give new ids each time). The parser here is
//! built with an id generator that makes none, so a missing id stays visible. Then: guid,
//! else link, else title and date. A guid that several entries of one document share is no
//! id; those entries fall back to their link (or title and date).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Feed, Link};
use feed_rs::parser::ParseFeedError;
use sitrep_contract::{EntryKey, FeedRef, ItemId, RawItem};

use crate::charset::to_utf8;
use crate::error::one_line;
use crate::json_feed::json_feed_document;
use crate::repair::markup::repair_markup;
use crate::repair::{line_and_column, RepairKind, Repairs};
use crate::timestamp::parse_timestamp;
use crate::websub::{hub_link, HubLink};
use crate::FetchError;

/// Pure parse of a feed document (RSS 0.9x/1.0/2.0, Atom, JSON Feed). Charset from the
/// BOM or the XML declaration; at most `max_entries` entries, in document order, each id
/// once.
pub fn parse_feed(
    feed: &FeedRef,
    bytes: &[u8],
    fetched_at: DateTime<Utc>,
    max_entries: usize,
) -> Result<Vec<RawItem>, FetchError> {
    parse_feed_with_charset(feed, bytes, None, fetched_at, max_entries).map(|parsed| parsed.items)
}

/// What one document held.
pub(crate) struct ParsedFeed {
    pub items: Vec<RawItem>,
    /// Entries in the document, including those past `max_entries`.
    pub num_entries: usize,
    /// The WebSub hub the document names, if any.
    pub hub: Option<HubLink>,
    /// What the document needed mending before it could be read.
    pub repairs: Repairs,
}

/// [`parse_feed`] with the charset the HTTP server named, if any.
pub(crate) fn parse_feed_with_charset(
    feed: &FeedRef,
    bytes: &[u8],
    http_charset: Option<&str>,
    fetched_at: DateTime<Utc>,
    max_entries: usize,
) -> Result<ParsedFeed, FetchError> {
    let mut repairs = Repairs::default();
    let utf8 = to_utf8(bytes, http_charset, &mut repairs);
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(&feed.url))
        .id_generator(|_links, _title, _base| String::new())
        .timestamp_parser(parse_timestamp)
        .build();
    let document =
        read_document(&parser, &utf8, &mut repairs).map_err(|message| FetchError::Parse {
            url: feed.url.clone(),
            message: one_line(&message),
            body: bytes.to_vec(),
        })?;
    let num_entries = document.entries.len();
    let mut items = raw_items(feed, &document, fetched_at, max_entries);
    if !repairs.is_empty() {
        let kinds = repairs.kind_names();
        for item in &mut items {
            item.repaired.clone_from(&kinds);
        }
    }
    let hub = url::Url::parse(&feed.url).ok().and_then(|feed_url| {
        hub_link(
            document
                .links
                .iter()
                .map(|link| (link.rel.as_deref(), link.href.as_str())),
            &feed_url,
        )
    });
    Ok(ParsedFeed {
        items,
        num_entries,
        hub,
        repairs,
    })
}

/// The document read by feed-rs once the repair pass mended its markup; when feed-rs
/// still refuses it, its entries one by one, leaving out those it refuses. The error is
/// one line that says where, when it can.
fn read_document(
    parser: &feed_rs::parser::Parser,
    utf8: &[u8],
    repairs: &mut Repairs,
) -> Result<Feed, String> {
    let text = String::from_utf8_lossy(utf8);
    if text.trim_start().starts_with('{') {
        let Some(json) = json_feed_document(utf8) else {
            return parser.parse(utf8).map_err(|error| error.to_string());
        };
        if json.mended {
            repairs.note(RepairKind::JsonFeedFields);
        }
        return parser
            .parse(json.bytes.as_ref())
            .map_err(|error| error.to_string());
    }
    let markup = repair_markup(&text, repairs).map_err(|error| {
        format!(
            "line {}, column {}: {}",
            error.line, error.column, error.message
        )
    })?;
    let error = match parser.parse(markup.text.as_bytes()) {
        Ok(document) => return Ok(document),
        Err(error) => error,
    };
    let (Some(first), Some(last)) = (markup.entries.first(), markup.entries.last()) else {
        return Err(match root_name(&markup.text) {
            Some(root) if matches!(error, ParseFeedError::ParseError(_)) => {
                format!("{error} (the root element is <{root}>)")
            }
            _ => error.to_string(),
        });
    };
    let (head, tail) = (&markup.text[..first.start], &markup.text[last.end..]);
    // Each entry is read inside the channel around it: a long channel and many entries
    // would make that quadratic, so past a bound the document's error stands.
    let copied = (head.len() + tail.len()).saturating_mul(markup.entries.len());
    if copied > MAX_ENTRY_BY_ENTRY_BYTES.max(markup.text.len().saturating_mul(4)) {
        return Err(error.to_string());
    }
    let mut read: Option<Feed> = None;
    let mut first_refused: Option<(usize, String)> = None;
    let mut num_skipped = 0;
    for range in &markup.entries {
        let alone = format!("{head}{}{tail}", &markup.text[range.clone()]);
        match parser.parse(alone.as_bytes()) {
            Ok(one) => match read.as_mut() {
                Some(document) => document.entries.extend(one.entries),
                None => read = Some(one),
            },
            Err(entry_error) => {
                num_skipped += 1;
                if first_refused.is_none() {
                    let (line, _) = line_and_column(&markup.text, range.start);
                    first_refused = Some((line, entry_error.to_string()));
                }
            }
        }
    }
    match read {
        Some(document) => {
            repairs.note_many(RepairKind::SkippedEntries, num_skipped);
            Ok(document)
        }
        None => {
            let (line, entry_error) = first_refused.unwrap_or_default();
            Err(format!(
                "{error}; no entry reads on its own either (the first, at line {line}: {entry_error})"
            ))
        }
    }
}

/// The most channel text an entry-by-entry read copies around the entries.
const MAX_ENTRY_BY_ENTRY_BYTES: usize = 64 * 1024 * 1024;

/// The name of the document's first element.
fn root_name(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        let at = rest.find('<')?;
        rest = &rest[at + 1..];
        if rest.starts_with(['?', '!']) {
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        return Some(&rest[..end]).filter(|name| !name.is_empty());
    }
}

fn raw_items(
    feed: &FeedRef,
    document: &Feed,
    fetched_at: DateTime<Utc>,
    max_entries: usize,
) -> Vec<RawItem> {
    let entries: Vec<&Entry> = document.entries.iter().take(max_entries).collect();
    let guid_counts = count(entries.iter().filter_map(|entry| non_empty(&entry.id)));
    let link_counts = count(entries.iter().filter_map(|entry| entry_link(entry)));
    let feed_ref = FeedRef {
        name: feed.name.clone().or_else(|| {
            document
                .title
                .as_ref()
                .map(|title| title.content.trim().to_owned())
        }),
        ..feed.clone()
    };
    let feed_language = document.language.clone();

    let mut seen = HashSet::new();
    let mut items = Vec::with_capacity(entries.len());
    for entry in entries {
        let id = entry_id(feed, entry, &guid_counts, &link_counts);
        if !seen.insert(id.clone()) {
            continue;
        }
        items.push(RawItem {
            schema: RawItem::SCHEMA.to_owned(),
            id,
            feed: feed_ref.clone(),
            fetched_at,
            guid: non_empty(&entry.id).map(str::to_owned),
            link: entry_link(entry).map(str::to_owned),
            title: entry
                .title
                .as_ref()
                .and_then(|text| non_empty(&text.content))
                .map(str::to_owned),
            summary: entry
                .summary
                .as_ref()
                .and_then(|text| non_empty(&text.content))
                .map(str::to_owned),
            content: entry
                .content
                .as_ref()
                .and_then(|content| content.body.as_deref())
                .and_then(non_empty)
                .map(str::to_owned),
            published: entry.published,
            updated: entry.updated,
            authors: entry
                .authors
                .iter()
                .filter_map(|person| non_empty(&person.name).map(str::to_owned))
                .collect(),
            categories: entry
                .categories
                .iter()
                .filter_map(|category| {
                    category
                        .label
                        .as_deref()
                        .and_then(non_empty)
                        .or_else(|| non_empty(&category.term))
                })
                .map(str::to_owned)
                .collect(),
            language: entry.language.clone().or_else(|| feed_language.clone()),
            truncated: Vec::new(),
            shared_link: entry_link(entry).is_some_and(|link| !is_unique(&link_counts, link)),
            repaired: Vec::new(),
        });
    }
    items
}

/// Our id for `entry`: guid, else link, else title and date.
fn entry_id(
    feed: &FeedRef,
    entry: &Entry,
    guid_counts: &HashMap<&str, usize>,
    link_counts: &HashMap<&str, usize>,
) -> ItemId {
    if let Some(guid) = non_empty(&entry.id).filter(|guid| is_unique(guid_counts, guid)) {
        return ItemId::for_entry(&feed.id, EntryKey::Guid(guid));
    }
    if let Some(link) = entry_link(entry).filter(|link| is_unique(link_counts, link)) {
        return ItemId::for_entry(&feed.id, EntryKey::Link(link));
    }
    let title = entry
        .title
        .as_ref()
        .map(|text| text.content.trim())
        .filter(|title| !title.is_empty())
        .or_else(|| entry.summary.as_ref().map(|text| text.content.trim()))
        .or_else(|| {
            entry
                .content
                .as_ref()
                .and_then(|content| content.body.as_deref())
                .map(str::trim)
        })
        .unwrap_or_default();
    let date = entry
        .published
        .or(entry.updated)
        .map(|date| date.to_rfc3339())
        .unwrap_or_default();
    ItemId::for_entry(&feed.id, EntryKey::TitleAndDate { title, date: &date })
}

/// The entry's link to the article: the first `alternate` (or unqualified) link, else the first.
fn entry_link(entry: &Entry) -> Option<&str> {
    let is_alternate = |link: &&Link| link.rel.as_deref().is_none_or(|rel| rel == "alternate");
    entry
        .links
        .iter()
        .find(is_alternate)
        .or_else(|| entry.links.first())
        .and_then(|link| non_empty(&link.href))
}

fn non_empty(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

/// Whether `key` occurs at most once in the document `counts` were taken from.
fn is_unique(counts: &HashMap<&str, usize>, key: &str) -> bool {
    counts.get(key).copied().unwrap_or(0) <= 1
}

fn count<'a>(keys: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut counts = HashMap::new();
    for key in keys {
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}
