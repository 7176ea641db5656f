//! Ready-made records for tests, so that a test states only what matters to it (a
//! title and body, a country, a date) and takes the rest from here, instead of each test
//! file writing the whole record again. Hidden from the docs: not part of the contract,
//! and free to change with the tests that use it.

use chrono::{DateTime, Utc};

use crate::{
    Article, ArticleId, EntryKey, EventId, FeedId, FeedRef, IncidentEvent, ItemId, RawItem,
};

/// The feed every fixture article comes from.
pub const FEED_URL: &str = "https://example.org/feed";

/// An English article at `url` with `title` and `body`, published (and fetched) at
/// `published_at` (RFC 3339), from [`FEED_URL`], first revision, no source, summary or
/// dateline. Change what a test needs with struct update syntax.
///
/// # Panics
/// When `published_at` is not an RFC 3339 time.
pub fn article(url: &str, published_at: &str, title: &str, body: &str) -> Article {
    let feed_id = FeedId::for_feed(FEED_URL);
    let published_at: DateTime<Utc> = published_at.parse().expect("an RFC 3339 time");
    Article {
        schema: Article::SCHEMA.to_owned(),
        id: ArticleId::for_url(url),
        item_id: ItemId::for_entry(&feed_id, EntryKey::Link(url)),
        feed_id,
        url: Some(url.to_owned()),
        title: title.to_owned(),
        summary: None,
        body: body.to_owned(),
        source: None,
        dateline: None,
        published_at,
        published_at_estimated: false,
        updated_at: None,
        fetched_at: published_at,
        language: Some("en".to_owned()),
        language_confidence: None,
        revision: 0,
        duplicate_of: None,
    }
}

/// When every fixture raw item was published and fetched.
pub const RAW_ITEM_AT: &str = "2026-03-03T08:00:00Z";

/// Entry `guid` of the feed at `feed_url` (named "Wire"), as the fetcher emits it: in
/// English, linking to `link`, `summary` its only text, titled "Story {guid}", published
/// and fetched at [`RAW_ITEM_AT`]. Change what a test needs with struct update syntax.
pub fn raw_item(feed_url: &str, guid: &str, link: &str, summary: &str) -> RawItem {
    let feed_id = FeedId::for_feed(feed_url);
    let at: DateTime<Utc> = RAW_ITEM_AT.parse().expect("an RFC 3339 time");
    RawItem {
        schema: RawItem::SCHEMA.to_owned(),
        id: ItemId::for_entry(&feed_id, EntryKey::Guid(guid)),
        feed: FeedRef {
            id: feed_id,
            url: feed_url.to_owned(),
            name: Some("Wire".to_owned()),
        },
        fetched_at: at,
        guid: Some(guid.to_owned()),
        link: Some(link.to_owned()),
        title: Some(format!("Story {guid}")),
        summary: Some(summary.to_owned()),
        content: None,
        published: Some(at),
        updated: None,
        authors: Vec::new(),
        categories: Vec::new(),
        language: Some("en".to_owned()),
        truncated: Vec::new(),
        shared_link: false,
        repaired: Vec::new(),
    }
}

/// The event of docs/contract.md's example, shortened: a United States air strike in
/// Iraq (country precision) on 2020-03-12, read from a CNN article published that day
/// at 18:00 and classified a minute later, confidence 0.9, no toll, weapons or evidence.
pub const EVENT_JSON: &str = r#"{
  "schema": "sitrep.event/v1", "id": "evt_0123456789abcdef0123456789abcdef",
  "article": { "id": "art_0123456789abcdef0123456789abcdef", "url": "https://example.org/a",
    "title": "t", "source": "CNN", "feed_id": "feed_0123456789abcdef0123456789abcdef",
    "published_at": "2020-03-12T18:00:00Z", "language": "en" },
  "event_type": "air_drone_strike",
  "acled": { "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike" },
  "cameo": "195", "status": "occurred",
  "occurred_on": { "date": "2020-03-12", "precision": "day", "text": "on Thursday" },
  "location": { "name": "Iraq", "country_code": "IQ", "admin1": null, "lat": 33.0, "lon": 44.0, "precision": "country" },
  "actors": [ { "name": "United States", "role": "initiator", "kind": "state_force", "country_code": "US" } ],
  "fatalities": null, "injuries": null, "weapons": [], "confidence": 0.9,
  "evidence": [], "classified_at": "2020-03-12T18:01:00Z", "classifier_version": "0.1.0"
}"#;

/// [`EVENT_JSON`] read.
pub fn event() -> IncidentEvent {
    serde_json::from_str(EVENT_JSON).expect("the fixture event is a valid event")
}

/// [`event`] as reported by another article at `url` (its id, and the event's, follow
/// the URL), `source` the outlet.
pub fn event_reported_at(url: &str, source: &str) -> IncidentEvent {
    let mut event = event();
    event.article.id = ArticleId::for_url(url);
    event.article.url = Some(url.to_owned());
    event.article.source = Some(source.to_owned());
    event.id = EventId::for_event(&event.article.id, 0);
    event
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixtures_are_valid_records() {
        let event = event();
        assert_eq!(event.schema, IncidentEvent::SCHEMA);
        let moved = event_reported_at("https://outlet.example/story", "Outlet");
        assert_ne!(moved.id, event.id);
        let article = article("https://example.org/a", "2024-05-02T10:00:00Z", "t", "b");
        assert_eq!(article.fetched_at, article.published_at);
        let item = raw_item(
            "https://wire.example/rss",
            "g-1",
            "https://wire.example/1",
            "s",
        );
        assert_eq!(item.schema, RawItem::SCHEMA);
        assert_eq!(item.published, Some(item.fetched_at));
    }
}
