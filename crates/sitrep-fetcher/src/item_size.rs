//! Fitting a raw item into one broker message.
//!
//! A feed may carry an entry of any size up to the body limit (10 MB by default), while a
//! broker takes messages of about 1 MB. An item whose JSON is too long is cut, its longest
//! fields first, and the cut fields are named in `RawItem::truncated`: the article text
//! downstream is shorter, but the entry arrives, and the feed's other entries after it.
//! Only an item whose identifying fields alone (link, guid) are too long does not fit; the
//! caller dead-letters a reference to it and moves on.

use sitrep_contract::RawItem;

/// Room kept for the `truncated` list the cut adds to the JSON.
const FLAG_ROOM: usize = 96;

/// An item's JSON, as it will be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FittedItem {
    /// The JSON bytes to send, within the limit.
    pub json: Vec<u8>,
    /// The length of the item's JSON before anything was cut.
    pub num_bytes_whole: usize,
}

/// An item that does not fit even with its text fields cut.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("its JSON of {num_bytes} bytes cannot be cut to {max_bytes} bytes ({largest_field} alone is {largest_field_bytes} bytes)")]
pub struct ItemTooLarge {
    /// The item's JSON length once everything that may be cut was cut.
    pub num_bytes: usize,
    /// The limit it had to fit.
    pub max_bytes: usize,
    /// The longest field left.
    pub largest_field: &'static str,
    /// That field's length in bytes.
    pub largest_field_bytes: usize,
}

/// The item's JSON, at most `max_bytes` long. An item that fits is left as it is. One
/// that does not is cut, the largest of its content, summary, categories and authors
/// first (text at a character boundary, lists from the end), its title only when those
/// are not enough, until it fits; each field cut is named in `item.truncated`.
pub fn fit_item(item: &mut RawItem, max_bytes: usize) -> Result<FittedItem, ItemTooLarge> {
    let mut json = to_json(item);
    let num_bytes_whole = json.len();
    // Each round cuts at least what is over, or a whole field: a few rounds at most.
    for _ in 0..16 {
        if json.len() <= max_bytes {
            return Ok(FittedItem {
                json,
                num_bytes_whole,
            });
        }
        let over = (json.len() + FLAG_ROOM).saturating_sub(max_bytes);
        let Some(field) = field_to_cut(item) else {
            break;
        };
        field.cut(item, over);
        if !item.truncated.iter().any(|cut| cut == field.name()) {
            item.truncated.push(field.name().to_owned());
        }
        json = to_json(item);
    }
    if json.len() <= max_bytes {
        return Ok(FittedItem {
            json,
            num_bytes_whole,
        });
    }
    let (largest_field, largest_field_bytes) = largest_field(item);
    Err(ItemTooLarge {
        num_bytes: json.len(),
        max_bytes,
        largest_field,
        largest_field_bytes,
    })
}

/// Fields shorter than this are cut only when no longer one is left: cutting them gains
/// little and loses a whole field.
const MIN_CUT_BYTES: usize = 4096;

/// The field to cut next: the largest long one of content, summary, categories and
/// authors, then a long title, then whatever is left, largest first.
fn field_to_cut(item: &RawItem) -> Option<Field> {
    let body = [
        Field::Content,
        Field::Summary,
        Field::Categories,
        Field::Authors,
    ];
    let largest = |fields: &[Field]| {
        fields
            .iter()
            .copied()
            .filter(|field| field.num_bytes(item) > 0)
            .max_by_key(|field| field.num_bytes(item))
    };
    largest(&body)
        .filter(|field| field.num_bytes(item) >= MIN_CUT_BYTES)
        .or_else(|| Some(Field::Title).filter(|title| title.num_bytes(item) >= MIN_CUT_BYTES))
        .or_else(|| largest(&[body.as_slice(), &[Field::Title]].concat()))
}

fn to_json(item: &RawItem) -> Vec<u8> {
    // A RawItem is strings, numbers and dates: serializing it cannot fail.
    serde_json::to_vec(item).unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Content,
    Summary,
    Categories,
    Authors,
    Title,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Content => "content",
            Field::Summary => "summary",
            Field::Categories => "categories",
            Field::Authors => "authors",
            Field::Title => "title",
        }
    }

    /// About what the field takes in the JSON (its text, without escapes).
    fn num_bytes(self, item: &RawItem) -> usize {
        let text = |text: &Option<String>| text.as_ref().map_or(0, String::len);
        let list = |list: &[String]| list.iter().map(|entry| entry.len() + 3).sum();
        match self {
            Field::Content => text(&item.content),
            Field::Summary => text(&item.summary),
            Field::Title => text(&item.title),
            Field::Categories => list(&item.categories),
            Field::Authors => list(&item.authors),
        }
    }

    /// Cuts at least `over` bytes of JSON off the field, or all of it: text from its end
    /// at a character boundary (each byte of text is at least one byte of JSON), list
    /// entries from the end of the list.
    fn cut(self, item: &mut RawItem, over: usize) {
        let slot = match self {
            Field::Content => &mut item.content,
            Field::Summary => &mut item.summary,
            Field::Title => &mut item.title,
            Field::Categories | Field::Authors => {
                let list = if self == Field::Categories {
                    &mut item.categories
                } else {
                    &mut item.authors
                };
                let mut removed = 0;
                while removed < over {
                    let Some(entry) = list.pop() else {
                        break;
                    };
                    // The quotes and the comma, and at least the text itself.
                    removed += entry.len() + 3;
                }
                return;
            }
        };
        let Some(text) = slot.as_mut() else {
            return;
        };
        let mut keep = text.len().saturating_sub(over);
        while !text.is_char_boundary(keep) {
            keep -= 1;
        }
        text.truncate(keep);
        if text.trim().is_empty() {
            *slot = None;
        }
    }
}

/// The longest field of `item` and its length.
fn largest_field(item: &RawItem) -> (&'static str, usize) {
    let length = |text: &Option<String>| text.as_ref().map_or(0, String::len);
    [
        ("link", length(&item.link)),
        ("guid", length(&item.guid)),
        ("title", length(&item.title)),
        ("language", length(&item.language)),
        ("feed name", length(&item.feed.name)),
        ("feed url", item.feed.url.len()),
    ]
    .into_iter()
    .max_by_key(|(_, length)| *length)
    .unwrap_or(("link", 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};
    use sitrep_contract::{EntryKey, FeedId, FeedRef, ItemId};

    fn item() -> RawItem {
        let feed_id = FeedId::for_feed("https://wire.example/rss");
        RawItem {
            schema: RawItem::SCHEMA.to_owned(),
            id: ItemId::for_entry(&feed_id, EntryKey::Guid("g-1")),
            feed: FeedRef {
                id: feed_id,
                url: "https://wire.example/rss".to_owned(),
                name: Some("Wire".to_owned()),
            },
            fetched_at: DateTime::<Utc>::from_timestamp(1_600_000_000, 0).expect("a date"),
            guid: Some("g-1".to_owned()),
            link: Some("https://wire.example/story".to_owned()),
            title: Some("Title".to_owned()),
            summary: Some("Summary.".to_owned()),
            content: None,
            published: None,
            updated: None,
            authors: vec!["A. Writer".to_owned()],
            categories: vec!["World".to_owned()],
            language: Some("en".to_owned()),
            truncated: Vec::new(),
            shared_link: false,
            repaired: Vec::new(),
        }
    }

    const LIMIT: usize = 100_000;

    fn check(mut item: RawItem, expected_cut: &[&str]) -> RawItem {
        let json = fit_item(&mut item, LIMIT).expect("fits").json;
        assert!(json.len() <= LIMIT, "{} > {LIMIT}", json.len());
        let read: RawItem = serde_json::from_slice(&json).expect("valid JSON");
        assert_eq!(read, item, "the JSON is the item as cut");
        assert_eq!(item.truncated, expected_cut);
        item
    }

    #[test]
    fn an_item_that_fits_is_left_whole_and_unflagged() {
        let whole = item();
        let json = fit_item(&mut whole.clone(), LIMIT).expect("fits").json;
        assert_eq!(json, serde_json::to_vec(&whole).expect("json"));
        assert!(!String::from_utf8(json)
            .expect("utf-8")
            .contains("truncated"));
    }

    #[test]
    fn the_longest_text_is_cut_first_and_named() {
        let mut big = item();
        big.content = Some("<p>".to_owned() + &"word ".repeat(1_000_000) + "</p>");
        let cut = check(big, &["content"]);
        let content = cut.content.expect("content kept in part");
        assert!(content.starts_with("<p>word word"), "cut from the end");
        assert_eq!(cut.summary.as_deref(), Some("Summary."), "untouched");

        let mut both = item();
        both.summary = Some("s".repeat(80_000));
        both.content = Some("c".repeat(90_000));
        let cut = check(both, &["content"]);
        assert!(cut.content.is_some_and(|content| content.len() < 20_000));
        assert_eq!(cut.summary.map(|summary| summary.len()), Some(80_000));

        let mut both = item();
        both.summary = Some("s".repeat(200_000));
        both.content = Some("c".repeat(150_000));
        let cut = check(both, &["summary", "content"]);
        assert_eq!(cut.summary, None, "cut away entirely");
        assert!(cut.content.is_some_and(|content| content.len() > 90_000));
    }

    #[test]
    fn text_is_cut_at_a_character_boundary_and_escapes_are_counted() {
        let mut item = item();
        // Each quote and control character is two or six bytes of JSON.
        item.content = Some("é\"\u{1}🙂".repeat(60_000));
        check(item, &["content"]);
    }

    #[test]
    fn long_lists_and_titles_are_cut_last() {
        let mut item = item();
        item.categories = (0..50_000).map(|n| format!("tag {n}")).collect();
        item.content = Some("text".to_owned());
        let cut = check(item, &["categories"]);
        assert_eq!(
            cut.content.as_deref(),
            Some("text"),
            "the short text is kept"
        );
        assert!(!cut.categories.is_empty(), "the first ones are kept");

        let mut titled = super::tests::item();
        titled.title = Some("T".repeat(200_000));
        titled.summary = None;
        let cut = check(titled, &["title"]);
        assert!(cut.title.is_some_and(|title| title.len() > 90_000));
    }

    #[test]
    fn an_item_whose_link_alone_is_too_long_does_not_fit() {
        let mut item = item();
        item.link = Some(format!("https://wire.example/{}", "a".repeat(200_000)));
        item.content = Some("x".repeat(50_000));
        let error = fit_item(&mut item, LIMIT).expect_err("too long");
        assert_eq!(error.largest_field, "link");
        assert_eq!(error.max_bytes, LIMIT);
        assert!(error.to_string().contains("link alone"), "{error}");
    }
}
