//! `Article` (`sitrep.article/v1`): one distinct, cleaned article.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ArticleId, FeedId, ItemId};

/// A leading dateline split off the body: `KYIV, March 3 (Reuters) -`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Dateline {
    /// The place as written (`KYIV`).
    pub place: String,
    /// The agency, when the dateline names one (`Reuters`).
    pub agency: Option<String>,
    /// The whole dateline as it stood.
    pub text: String,
}

/// Plain text only: every HTML tag and entity is gone, whitespace collapsed, NFC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Article {
    /// Always `sitrep.article/v1`.
    pub schema: String,
    /// The article's id, from its canonical URL (docs/contract.md, "Identity").
    pub id: ArticleId,
    /// The raw item this version of the article came from.
    pub item_id: ItemId,
    /// The feed it came from.
    pub feed_id: FeedId,
    /// Canonical URL: lowercase scheme and host, no fragment, no tracking parameters.
    pub url: Option<String>,
    /// The headline, as text.
    pub title: String,
    /// The entry's summary as text, when it has one besides the body.
    pub summary: Option<String>,
    /// The richest text the entry has (content over summary), paragraphs separated by a blank line.
    pub body: String,
    /// The outlet, e.g. `CNN`: the feed's name unless the entry says otherwise.
    pub source: Option<String>,
    /// The dateline the body opened with, when it had one (taken out of `body`).
    pub dateline: Option<Dateline>,
    /// When the entry says it was published.
    pub published_at: DateTime<Utc>,
    /// True when the entry had no usable date and `published_at` is the fetch time.
    #[serde(default)]
    pub published_at_estimated: bool,
    /// When the entry says it was last updated, if it does.
    pub updated_at: Option<DateTime<Utc>>,
    /// When the fetcher read it.
    pub fetched_at: DateTime<Utc>,
    /// ISO 639-1 code, when it could be told.
    pub language: Option<String>,
    /// How sure the language detector was of `language`, in [0, 1].
    pub language_confidence: Option<f64>,
    /// 0 for the first version; increases when the article's text changes materially.
    #[serde(default)]
    pub revision: u32,
    /// The article this one repeats (the same wire story from another outlet), if any.
    pub duplicate_of: Option<ArticleId>,
}

impl Article {
    pub const SCHEMA: &'static str = "sitrep.article/v1";
}
