//! A JSON Feed told by its shape rather than its `version`: one JSON object with an
//! `items` array. feed-rs reads JSON Feed 1.0 and 1.1 but refuses a document without the
//! jsonfeed.org `version` or without a `title`, which many real feeds omit; here they are
//! supplied, so the fetcher and `sitrep classify` read the same documents the same way.

use std::borrow::Cow;

/// A document found to be a JSON Feed, as feed-rs reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFeedDocument<'a> {
    /// The document from its `{` on, with a version and a title supplied when it lacked
    /// them.
    pub bytes: Cow<'a, [u8]>,
    /// Whether anything was supplied.
    pub mended: bool,
}

/// The version supplied to a JSON Feed without one feed-rs knows.
const SUPPLIED_VERSION: &str = "https://jsonfeed.org/version/1.1";

/// `bytes` as a JSON Feed feed-rs reads, when they are one JSON object with an `items`
/// array (after an optional byte order mark and white space); None otherwise (not JSON,
/// JSON lines, an object without `items`). Bytes that are not UTF-8 are read as U+FFFD.
pub fn json_feed_document(bytes: &[u8]) -> Option<JsonFeedDocument<'_>> {
    let text = String::from_utf8_lossy(bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with('{') {
        return None;
    }
    let serde_json::Value::Object(mut feed) = serde_json::from_str(trimmed).ok()? else {
        return None;
    };
    if !feed.get("items").is_some_and(serde_json::Value::is_array) {
        return None;
    }
    let known_version = feed
        .get("version")
        .and_then(serde_json::Value::as_str)
        .is_some_and(|version| version.starts_with("https://jsonfeed.org/version/1"));
    let has_title = feed.get("title").is_some_and(serde_json::Value::is_string);
    if known_version && has_title {
        // From the object on: a byte order mark is no JSON.
        let start = text.len() - trimmed.len();
        let bytes = match text {
            Cow::Borrowed(_) => Cow::Borrowed(&bytes[start..]),
            Cow::Owned(text) => Cow::Owned(text.as_bytes()[start..].to_vec()),
        };
        return Some(JsonFeedDocument {
            bytes,
            mended: false,
        });
    }
    if !known_version {
        feed.insert("version".to_owned(), SUPPLIED_VERSION.into());
    }
    if !has_title {
        feed.insert("title".to_owned(), "".into());
    }
    let json = serde_json::to_vec(&feed).ok()?;
    Some(JsonFeedDocument {
        bytes: Cow::Owned(json),
        mended: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Some(mended)` when `input` is a JSON Feed; its version and title afterwards.
    fn check(input: &str, expected: Option<(bool, &str, &str)>) {
        let found = json_feed_document(input.as_bytes());
        let Some(expected) = expected else {
            assert_eq!(found, None, "{input}");
            return;
        };
        let found = found.unwrap_or_else(|| panic!("not read as a JSON Feed: {input}"));
        let value: serde_json::Value =
            serde_json::from_slice(&found.bytes).expect("the document stays JSON");
        assert_eq!(
            (
                found.mended,
                value["version"].as_str().unwrap_or_default(),
                value["title"].as_str().unwrap_or_default()
            ),
            expected,
            "{input}"
        );
    }

    #[test]
    fn told_by_shape() {
        let v10 = "https://jsonfeed.org/version/1";
        let v11 = "https://jsonfeed.org/version/1.1";
        check(
            r#"{"version":"https://jsonfeed.org/version/1","title":"T","items":[]}"#,
            Some((false, v10, "T")),
        );
        check(
            "\u{feff} {\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[{}]}",
            Some((false, v11, "T")),
        );
        check(r#"{"title":"T","items":[]}"#, Some((true, v11, "T")));
        check(
            r#"{"version":"https://jsonfeed.org/version/1.1","items":[]}"#,
            Some((true, v11, "")),
        );
        check(r#"{"version":"2","items":[]}"#, Some((true, v11, "")));
        // Not a JSON Feed: JSON lines, an object without items, XML, broken JSON.
        check("{\"title\":\"a\"}\n{\"title\":\"b\"}\n", None);
        check(r#"{"title":"a","items":"none"}"#, None);
        check("<rss version=\"2.0\"></rss>", None);
        check("{\"items\":[", None);
    }
}
