//! Deterministic ids: the same input always yields the same id (docs/contract.md, "Identity").
//!
//! An id is a kind prefix and the first 16 bytes of a blake3 hash in lowercase hex.
//! The hashed text starts with the kind and separates its parts with a unit separator,
//! so ids of different kinds or of differently split inputs never collide by construction.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const HASH_HEX_LEN: usize = 32;

/// Hashes `parts` for an id of `kind` and returns the 32 lowercase hex characters.
fn stable_hex(kind: &str, parts: &[&str]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(kind.as_bytes());
    for part in parts {
        hasher.update(&[0x1f]);
        hasher.update(part.as_bytes());
    }
    let hash = hasher.finalize();
    let mut hex = hash.to_hex().to_string();
    hex.truncate(HASH_HEX_LEN);
    hex
}

/// Why a string is not an id of the expected kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdError {
    pub expected_prefix: &'static str,
    pub input: String,
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not an id: expected {} followed by 32 lowercase hex characters",
            self.input, self.expected_prefix
        )
    }
}

impl std::error::Error for IdError {}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub const PREFIX: &'static str = $prefix;

            fn from_parts(parts: &[&str]) -> Self {
                Self(format!("{}{}", $prefix, stable_hex($prefix, parts)))
            }

            /// Parses an id written by [`Display`](fmt::Display), checking prefix and hex.
            pub fn parse(input: &str) -> Result<Self, IdError> {
                let hex = input.strip_prefix($prefix);
                let valid = hex.is_some_and(|hex| {
                    hex.len() == HASH_HEX_LEN
                        && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                });
                if valid {
                    Ok(Self(input.to_owned()))
                } else {
                    Err(IdError { expected_prefix: $prefix, input: input.to_owned() })
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The 32 hex characters without the prefix.
            pub fn hex(&self) -> &str {
                &self.0[$prefix.len()..]
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(value: String) -> Result<Self, IdError> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                Self::parse(s)
            }
        }
    };
}

id_type!(
    /// A feed: the hash of its canonical URL, or of the `id` configured for it.
    FeedId,
    "feed_"
);
id_type!(
    /// One entry of one feed, as fetched.
    ItemId,
    "item_"
);
id_type!(
    /// One distinct article: the hash of its canonical URL.
    ArticleId,
    "art_"
);
id_type!(
    /// One incident an article reports: the hash of the article id and the event's index.
    EventId,
    "evt_"
);

id_type!(
    /// One real-world incident: the hash of the first event that reported it.
    IncidentId,
    "inc_"
);

impl FeedId {
    /// The id of a feed known by its canonical URL or its configured id.
    pub fn for_feed(canonical_url_or_configured_id: &str) -> Self {
        Self::from_parts(&[canonical_url_or_configured_id])
    }
}

/// What identifies an entry within its feed, in order of preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKey<'a> {
    Guid(&'a str),
    Link(&'a str),
    TitleAndDate { title: &'a str, date: &'a str },
}

impl ItemId {
    pub fn for_entry(feed: &FeedId, key: EntryKey<'_>) -> Self {
        match key {
            EntryKey::Guid(guid) => Self::from_parts(&[feed.as_str(), "guid", guid]),
            EntryKey::Link(link) => Self::from_parts(&[feed.as_str(), "link", link]),
            EntryKey::TitleAndDate { title, date } => {
                Self::from_parts(&[feed.as_str(), "title+date", title, date])
            }
        }
    }
}

impl ArticleId {
    /// The id of the article at `canonical_url` (tracking parameters already removed).
    pub fn for_url(canonical_url: &str) -> Self {
        Self::from_parts(&["url", canonical_url])
    }

    /// The id of the article of an entry whose link other entries of its feed share (a
    /// section page, a podcast's page): the link does not tell it apart, its entry does.
    pub fn for_entry_at_url(canonical_url: &str, item: &ItemId) -> Self {
        Self::from_parts(&["url+item", canonical_url, item.as_str()])
    }

    /// The id of an article that has no link: it is only known through its item.
    pub fn for_unlinked_item(item: &ItemId) -> Self {
        Self::from_parts(&["item", item.as_str()])
    }
}

impl EventId {
    pub fn for_event(article: &ArticleId, index: usize) -> Self {
        Self::from_parts(&[article.as_str(), &index.to_string()])
    }
}

impl IncidentId {
    /// The id of the incident that `first_event` opened. Events are merged in the order
    /// they arrive, so the same events in the same order always give the same ids.
    pub fn for_first_event(first_event: &EventId) -> Self {
        Self::from_parts(&[first_event.as_str()])
    }

    /// The id of the `generation`th incident `first_event` opened (generation 0 is
    /// [`IncidentId::for_first_event`]): an event that moved out of the incident it opened
    /// and then opens another while the first still stands.
    pub fn for_first_event_generation(first_event: &EventId, generation: u32) -> Self {
        if generation == 0 {
            return Self::for_first_event(first_event);
        }
        Self::from_parts(&[first_event.as_str(), &generation.to_string()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_deterministic_prefixed_and_32_hex() {
        let feed = FeedId::for_feed("https://example.org/rss");
        assert_eq!(feed, FeedId::for_feed("https://example.org/rss"));
        assert!(feed.as_str().starts_with("feed_"));
        assert_eq!(feed.hex().len(), 32);
        assert!(feed
            .hex()
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    }

    #[test]
    fn different_inputs_give_different_ids() {
        let feed = FeedId::for_feed("https://example.org/rss");
        let by_guid = ItemId::for_entry(&feed, EntryKey::Guid("a"));
        let by_link = ItemId::for_entry(&feed, EntryKey::Link("a"));
        assert_ne!(by_guid, by_link);
        let other_feed = FeedId::for_feed("https://example.org/atom");
        assert_ne!(by_guid, ItemId::for_entry(&other_feed, EntryKey::Guid("a")));
        let split_a = ItemId::for_entry(
            &feed,
            EntryKey::TitleAndDate {
                title: "ab",
                date: "c",
            },
        );
        let split_b = ItemId::for_entry(
            &feed,
            EntryKey::TitleAndDate {
                title: "a",
                date: "bc",
            },
        );
        assert_ne!(split_a, split_b);
    }

    #[test]
    fn event_ids_follow_article_and_index() {
        let article = ArticleId::for_url("https://example.org/story");
        assert_eq!(
            EventId::for_event(&article, 0),
            EventId::for_event(&article, 0)
        );
        assert_ne!(
            EventId::for_event(&article, 0),
            EventId::for_event(&article, 1)
        );
    }

    #[test]
    fn incident_ids_follow_their_first_event() {
        let article = ArticleId::for_url("https://example.org/story");
        let event = EventId::for_event(&article, 0);
        let incident = IncidentId::for_first_event(&event);
        assert_eq!(incident, IncidentId::for_first_event(&event));
        assert!(incident.as_str().starts_with("inc_"));
        assert_eq!(IncidentId::parse(incident.as_str()), Ok(incident.clone()));
        assert_ne!(incident.hex(), event.hex());
        assert_eq!(IncidentId::for_first_event_generation(&event, 0), incident);
        assert_ne!(IncidentId::for_first_event_generation(&event, 1), incident);
    }

    #[test]
    fn ids_are_pinned() {
        // A change here breaks every id already published: that is a new schema version.
        assert_eq!(
            FeedId::for_feed("https://example.org/rss").as_str(),
            FeedId::for_feed("https://example.org/rss").to_string()
        );
        let article = ArticleId::for_url("https://example.org/story");
        let expected = {
            let mut h = blake3::Hasher::new();
            h.update(b"art_\x1furl\x1fhttps://example.org/story");
            format!("art_{}", &h.finalize().to_hex()[..32])
        };
        assert_eq!(article.as_str(), expected);
    }

    #[test]
    fn parse_round_trips_and_rejects_garbage() {
        let id = ArticleId::for_url("https://example.org/story");
        assert_eq!(ArticleId::parse(id.as_str()), Ok(id.clone()));
        for bad in [
            "",
            "art_",
            "evt_0123456789abcdef0123456789abcdef",
            "art_XYZ",
            "art_0123456789ABCDEF0123456789ABCDEF",
        ] {
            assert!(ArticleId::parse(bad).is_err(), "{bad:?} should not parse");
        }
        let json = serde_json::to_string(&id).expect("serialize");
        assert_eq!(
            serde_json::from_str::<ArticleId>(&json).expect("deserialize"),
            id
        );
        assert!(serde_json::from_str::<ArticleId>("\"art_nothex\"").is_err());
    }
}
