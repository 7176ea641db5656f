//! `RawItem` (`sitrep.raw_item/v1`): one feed entry as the fetcher found it.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{FeedId, ItemId};

/// The feed an item came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FeedRef {
    /// The feed's id.
    pub id: FeedId,
    /// The feed's URL, its credentials masked.
    pub url: String,
    /// The feed's configured name, or its own title.
    pub name: Option<String>,
}

/// One entry of a feed document, with its text fields exactly as the feed sent them
/// (HTML included). Cleaning is the normalizer's job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RawItem {
    /// Always `sitrep.raw_item/v1`.
    pub schema: String,
    /// The entry's id, from its feed and its guid, link or title and date.
    pub id: ItemId,
    /// The feed it came from.
    pub feed: FeedRef,
    /// When the fetcher read it.
    pub fetched_at: DateTime<Utc>,
    /// The entry's own id (RSS `guid`, Atom `id`, JSON Feed `id`), when it has one.
    pub guid: Option<String>,
    /// The entry's link, as written.
    pub link: Option<String>,
    /// The entry's title; may hold HTML.
    pub title: Option<String>,
    /// RSS `description`, Atom `summary`, JSON Feed `summary`; may hold HTML.
    pub summary: Option<String>,
    /// RSS `content:encoded`, Atom `content`, JSON Feed `content_html`/`content_text`.
    pub content: Option<String>,
    /// The entry's publication date, when it has one that can be read.
    pub published: Option<DateTime<Utc>>,
    /// The entry's update date, when it has one that can be read.
    pub updated: Option<DateTime<Utc>>,
    /// The authors' names.
    #[serde(default)]
    pub authors: Vec<String>,
    /// The entry's categories or tags.
    #[serde(default)]
    pub categories: Vec<String>,
    /// The language the feed declares for itself or the entry, if any.
    pub language: Option<String>,
    /// The fields cut short so the item fits the broker's message size limit, by name
    /// (`content`, `summary`, `categories`, `authors`, `title`); empty for an item sent
    /// whole, and then left out of the JSON.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<String>,
    /// Other entries of the same document carry the same link (a section page, a podcast's
    /// page): the link does not tell this entry's article apart, so the article id is made
    /// from the link and the entry's id (docs/contract.md, "Identity"). Left out of the
    /// JSON when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub shared_link: bool,
    /// What the fetcher had to repair in the document before it could read it, by kind
    /// (`charset_label`, `stray_bytes`, `undeclared_charset`, `bare_ampersand`,
    /// `undefined_entity`, `bad_char_ref`, `rss_version`, `namespace`, `text_type`,
    /// `unclosed_element`, `stray_end_tag`, `stray_markup`, `outside_root`,
    /// `outside_channel`, `skipped_entries`, `json_feed_fields`); empty for a document
    /// read as sent, and then left out of the JSON.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repaired: Vec<String>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl RawItem {
    pub const SCHEMA: &'static str = "sitrep.raw_item/v1";
}
