//! The normalizer's pure core: one raw feed entry in, one clean article out.
//!
//! [`normalize`] does no I/O and keeps no state; the service loop around it reads
//! `sitrep.items.raw`, calls it, and writes `sitrep.articles` or a dead letter. Each step
//! lives in its own module: HTML to text, datelines, canonical URLs, dates, language.

mod canonical_url;
mod dateline;
mod dates;
mod dedup;
mod error;
mod function_words;
mod html_text;
mod language;
mod near_duplicate;

use sitrep_contract::{Article, ArticleId, RawItem};

pub use canonical_url::canonical_url;
pub use dateline::split_dateline;
pub use dates::publication_date;
pub use dedup::{DedupMemory, DedupVerdict, TextPrint};
pub use error::NormalizeError;
pub use html_text::{html_to_line, html_to_text};
pub use language::{detect_language, Language};
pub use near_duplicate::{NearDuplicateIndex, Signature, DUPLICATE_SIMILARITY, MIN_SHINGLES};

/// The HTML reader's element lists (skipped, block, spaced), for the test that holds the
/// reader against html5ever: one copy, the one the reader uses. Not an API.
#[doc(hidden)]
pub mod element_lists {
    pub use crate::html_text::{BLOCK_ELEMENTS, SKIPPED_ELEMENTS, SPACED_ELEMENTS};
}

/// A text field larger than this is refused rather than read: no article is that long.
pub const MAX_FIELD_BYTES: usize = 4 * 1024 * 1024;

/// Longest title made up from the body when an entry has none (in characters).
const MAX_DERIVED_TITLE_CHARS: usize = 120;

/// The id [`normalize`] gives the article of `item` (cheap: its link only), so a raw item
/// can be placed where its article's earlier versions and exact duplicates were.
pub fn article_id(item: &RawItem) -> ArticleId {
    article_id_and_url(item).0
}

/// The article id of `item` and its canonical URL: by the canonical URL, by the entry at
/// that URL when the feed shares the link between entries, or by the entry when it has no
/// link.
fn article_id_and_url(item: &RawItem) -> (ArticleId, Option<String>) {
    let url = item
        .link
        .as_deref()
        .and_then(|link| canonical_url(link, Some(&item.feed.url)))
        .map(String::from);
    let id = match &url {
        Some(url) if item.shared_link => ArticleId::for_entry_at_url(url, &item.id),
        Some(url) => ArticleId::for_url(url),
        None => ArticleId::for_unlinked_item(&item.id),
    };
    (id, url)
}

/// Pure: no I/O. Turns one raw feed entry into a clean article.
pub fn normalize(item: &RawItem) -> Result<Article, NormalizeError> {
    for (field, value) in [
        ("title", &item.title),
        ("summary", &item.summary),
        ("content", &item.content),
    ] {
        let num_bytes = value.as_ref().map_or(0, String::len);
        if num_bytes > MAX_FIELD_BYTES {
            return Err(NormalizeError::TooLarge {
                item_id: item.id.clone(),
                field,
                num_bytes,
                max_bytes: MAX_FIELD_BYTES,
            });
        }
    }

    let title = item.title.as_deref().map(html_to_line).unwrap_or_default();
    let summary = item
        .summary
        .as_deref()
        .map(html_to_text)
        .unwrap_or_default();
    let content = item
        .content
        .as_deref()
        .map(html_to_text)
        .unwrap_or_default();
    let full_body = if content.is_empty() {
        summary.clone()
    } else {
        content
    };
    if title.is_empty() && full_body.is_empty() {
        return Err(NormalizeError::NoText {
            item_id: item.id.clone(),
        });
    }
    let (dateline, body) = match split_dateline(&full_body) {
        Some((dateline, rest)) => (Some(dateline), rest.to_owned()),
        None => (None, full_body.clone()),
    };
    // A summary that only repeats the body (with or without its dateline) says nothing.
    let summary =
        (!summary.is_empty() && summary != full_body && summary != body).then_some(summary);
    let title = if title.is_empty() {
        derive_title(&body)
    } else {
        title
    };

    let (id, url) = article_id_and_url(item);
    let (published_at, published_at_estimated) =
        publication_date(item.published, item.updated, item.fetched_at);
    let language = detect_language(&format!("{title}\n\n{body}"), item.language.as_deref());

    Ok(Article {
        schema: Article::SCHEMA.to_owned(),
        id,
        item_id: item.id.clone(),
        feed_id: item.feed.id.clone(),
        url,
        title,
        summary,
        body,
        source: item.feed.name.clone(),
        dateline,
        published_at,
        published_at_estimated,
        updated_at: item.updated,
        fetched_at: item.fetched_at,
        language_confidence: language.as_ref().and_then(|language| language.confidence),
        language: language.map(|language| language.code),
        revision: 0,
        duplicate_of: None,
    })
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cpl", "Pvt", "Gov",
    "Sen", "Rep", "Rev", "St", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
];

/// A title for an entry that has none: the body's first sentence, cut at a word.
fn derive_title(body: &str) -> String {
    let first_paragraph = body.split("\n\n").next().unwrap_or_default();
    let sentence_end = first_paragraph
        .char_indices()
        .find(|&(index, c)| ends_sentence(first_paragraph, index, c))
        .map_or(first_paragraph.len(), |(index, c)| index + c.len_utf8());
    let sentence = &first_paragraph[..sentence_end];
    if sentence.chars().count() <= MAX_DERIVED_TITLE_CHARS {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(MAX_DERIVED_TITLE_CHARS).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", at_word.trim_end())
}

/// Whether the punctuation `c` at `index` ends a sentence (`U.S.` and `Gen.` do not).
fn ends_sentence(text: &str, index: usize, c: char) -> bool {
    if !matches!(c, '.' | '!' | '?' | '。') {
        return false;
    }
    let followed_by_space = text[index + c.len_utf8()..]
        .chars()
        .next()
        .is_none_or(char::is_whitespace);
    if !followed_by_space || c != '.' {
        return followed_by_space;
    }
    let word = text[..index]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    !word.contains('.') && !ABBREVIATIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_titles_from_the_first_sentence() {
        assert_eq!(derive_title("First one. Second."), "First one.");
        assert_eq!(derive_title("No stop\n\nNext"), "No stop");
        assert_eq!(derive_title("U.S. forces struck."), "U.S. forces struck.");
        let long = "word ".repeat(60);
        let title = derive_title(&long);
        assert!(
            title.ends_with('…') && title.chars().count() <= MAX_DERIVED_TITLE_CHARS + 1,
            "{title}"
        );
        assert_eq!(derive_title(""), "");
    }
}
