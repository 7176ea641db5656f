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
use sitrep_contract::{EntryKey, FeedRef, ItemId, RawItem};

use crate::charset::to_utf8;
use crate::error::one_line;
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
}

/// [`parse_feed`] with the charset the HTTP server named, if any.
pub(crate) fn parse_feed_with_charset(
    feed: &FeedRef,
    bytes: &[u8],
    http_charset: Option<&str>,
    fetched_at: DateTime<Utc>,
    max_entries: usize,
) -> Result<ParsedFeed, FetchError> {
    let utf8 = to_utf8(bytes, http_charset).map_err(|error| FetchError::Charset {
        url: feed.url.clone(),
        message: error.message,
        body: bytes.to_vec(),
    })?;
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(&feed.url))
        .id_generator(|_links, _title, _base| String::new())
        .timestamp_parser(parse_timestamp)
        .build();
    let document = parser
        .parse(utf8.as_ref())
        .map_err(|error| FetchError::Parse {
            url: feed.url.clone(),
            message: one_line(&error.to_string()),
            body: bytes.to_vec(),
        })?;
    let num_entries = document.entries.len();
    let items = raw_items(feed, &document, fetched_at, max_entries);
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
    })
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
