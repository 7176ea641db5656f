//! The normalizer against a corpus of feed quirks (`tests/data/*.json`) and properties
//! that hold for any input: it never panics, and its output normalizes to itself.

use std::path::Path;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use serde_json::Value;
use sitrep_contract::{ArticleId, EntryKey, FeedId, FeedRef, ItemId, RawItem};
use sitrep_normalizer::{html_to_text, normalize};

const FEED_URL: &str = "https://wire.example.com/feeds/world.rss";

fn fetched_at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2020-03-13T00:00:00Z")
        .expect("a valid date")
        .with_timezone(&Utc)
}

/// A raw item from a fixture's `input`: the text fields, dates and links a feed gives.
fn raw_item(input: &Value) -> RawItem {
    let text = |key: &str| input.get(key).and_then(Value::as_str).map(str::to_owned);
    let date = |key: &str| {
        text(key).map(|value| {
            DateTime::parse_from_rfc3339(&value)
                .expect("fixture dates are RFC 3339")
                .with_timezone(&Utc)
        })
    };
    let summary = match input.get("summary_repeat") {
        Some(repeat) => {
            let piece = repeat["text"].as_str().expect("summary_repeat.text");
            let times = repeat["times"].as_u64().expect("summary_repeat.times");
            Some(piece.repeat(usize::try_from(times).expect("a small count")))
        }
        None => text("summary"),
    };
    let feed_url = text("feed_url").unwrap_or_else(|| FEED_URL.to_owned());
    let feed_id = FeedId::for_feed(&feed_url);
    let guid = text("guid").unwrap_or_else(|| "guid-1".to_owned());
    RawItem {
        schema: RawItem::SCHEMA.to_owned(),
        id: ItemId::for_entry(&feed_id, EntryKey::Guid(&guid)),
        feed: FeedRef {
            id: feed_id,
            url: feed_url,
            name: Some("Example Wire".to_owned()),
        },
        fetched_at: fetched_at(),
        guid: Some(guid),
        link: text("link"),
        title: text("title"),
        summary,
        content: text("content"),
        published: date("published"),
        updated: date("updated"),
        authors: Vec::new(),
        categories: Vec::new(),
        language: text("language"),
        truncated: Vec::new(),
        shared_link: false,
        repaired: Vec::new(),
    }
}

/// Normalizes `input` and checks every field `expected` names, plus a few derived checks:
/// `error` (the error kind), `body_starts_with`, `body_num_paragraphs`, `id_from_item`.
fn check(name: &str, input: &Value, expected: &Value) {
    let item = raw_item(input);
    let result = normalize(&item);
    let expected = expected.as_object().expect("expected is an object");
    if let Some(kind) = expected.get("error") {
        let error = result.expect_err(&format!("{name}: expected an error"));
        assert_eq!(Some(error.kind()), kind.as_str(), "{name}: {error}");
        assert!(
            error.to_string().contains(item.id.as_str()),
            "{name}: {error} names the item"
        );
        assert!(!error.to_string().contains('\n'), "{name}: one line");
        return;
    }
    let article = result.unwrap_or_else(|error| panic!("{name}: {error}"));
    let actual = serde_json::to_value(&article).expect("an article serializes");
    for (key, want) in expected {
        match key.as_str() {
            "body_starts_with" => {
                let prefix = want.as_str().expect("a string");
                assert!(
                    article.body.starts_with(prefix),
                    "{name}: body starts {:?}",
                    &article.body[..80.min(article.body.len())]
                );
            }
            "body_num_paragraphs" => {
                assert_eq!(
                    Some(article.body.split("\n\n").count() as u64),
                    want.as_u64(),
                    "{name}"
                );
            }
            "id_from_item" => {
                assert_eq!(article.id, ArticleId::for_unlinked_item(&item.id), "{name}");
            }
            field => assert_eq!(&actual[field], want, "{name}: field {field}"),
        }
    }
    // Invariants of every article.
    assert_eq!(article.item_id, item.id);
    assert_eq!(article.feed_id, item.feed.id);
    if let Some(url) = &article.url {
        assert_eq!(
            article.id,
            ArticleId::for_url(url),
            "{name}: id follows the URL"
        );
    }
    for text in [&article.title, &article.body] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{name}: no control characters"
        );
        assert!(
            !text.contains("\n\n\n") && !text.starts_with('\n'),
            "{name}: clean paragraph breaks"
        );
    }
}

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "the corpus is there");
    for path in names {
        let name = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("?")
            .to_owned();
        let fixture: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("readable"))
                .expect("valid JSON");
        check(&name, &fixture["input"], &fixture["expected"]);
    }
}

/// HTML-ish strings: fragments of tags, entities, CDATA, datelines and odd characters.
fn html_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<br>".to_owned()),
        Just("<div class=\"share\">".to_owned()),
        Just("</div>".to_owned()),
        Just("<script>".to_owned()),
        Just("</script>".to_owned()),
        Just("<![CDATA[".to_owned()),
        Just("]]>".to_owned()),
        Just("&amp;".to_owned()),
        Just("&lt;b&gt;".to_owned()),
        Just("&#8217;".to_owned()),
        Just("&#0;".to_owned()),
        Just("KYIV, March 3 (Reuters) - ".to_owned()),
        Just(" \u{2014} ".to_owned()),
        Just("\n\n".to_owned()),
        Just("\u{200f}\u{feff}\u{0}".to_owned()),
        "[a-zA-Z .,()-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

fn item_from_texts(
    title: Option<String>,
    summary: Option<String>,
    content: Option<String>,
    link: Option<String>,
) -> RawItem {
    let mut item = raw_item(&Value::Null);
    item.title = title;
    item.summary = summary;
    item.content = content;
    item.link = link;
    item
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn normalize_never_panics(
        title in prop::option::of(html_like()),
        summary in prop::option::of(html_like()),
        content in prop::option::of(html_like()),
        link in prop::option::of(any::<String>()),
    ) {
        let _ = normalize(&item_from_texts(title, summary, content, link));
    }

    #[test]
    fn text_extraction_is_idempotent(input in html_like()) {
        let once = html_to_text(&input);
        prop_assert_eq!(html_to_text(&once), once.clone());
    }

    #[test]
    fn normalizing_the_output_changes_nothing(
        title in prop::option::of(html_like()),
        summary in prop::option::of(html_like()),
        content in prop::option::of(html_like()),
    ) {
        let Ok(first) = normalize(&item_from_texts(title, summary, content, Some("https://example.org/a?utm_source=x".into()))) else {
            return Ok(());
        };
        let again = item_from_texts(Some(first.title.clone()), first.summary.clone(), Some(first.body.clone()), first.url.clone());
        let second = normalize(&again).expect("an article normalizes again");
        prop_assert_eq!(&second.title, &first.title);
        prop_assert_eq!(&second.url, &first.url);
        prop_assert_eq!(&second.id, &first.id);
        prop_assert_eq!(&second.summary, &first.summary);
        // A body may itself open with something dateline-shaped once its dateline is gone.
        if second.dateline.is_none() {
            prop_assert_eq!(&second.body, &first.body);
        }
    }
}

/// The seed article, parsed by the fetcher from its sample feed, normalizes to clean text.
#[test]
fn the_seed_article_normalizes_cleanly() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cnn-seed.rss.xml");
    let bytes = std::fs::read(path).expect("the seed feed");
    let feed_url = "https://edition.cnn.com/world/rss";
    let feed = FeedRef {
        id: FeedId::for_feed(feed_url),
        url: feed_url.to_owned(),
        name: None,
    };
    let items = sitrep_fetcher::parse_feed(&feed, &bytes, fetched_at(), 100).expect("parses");
    let seed = items
        .iter()
        .find(|item| item.guid.as_deref() == Some("cnn-2020-03-12-us-strikes-iraq"))
        .expect("the seed item");
    let article = normalize(seed).expect("normalizes");
    assert_eq!(
        article.title,
        "US strikes Iranian-backed militia sites in Iraq"
    );
    assert_eq!(
        article.url.as_deref(),
        Some("https://edition.cnn.com/2020/03/12/politics/us-strikes-iraq/index.html")
    );
    assert_eq!(
        article.published_at.to_rfc3339(),
        "2020-03-12T23:00:00+00:00"
    );
    assert!(!article.published_at_estimated);
    assert_eq!(article.source.as_deref(), Some("CNN"));
    assert_eq!(article.language.as_deref(), Some("en"));
    assert!(
        article
            .body
            .starts_with("The US carried out airstrikes on Thursday"),
        "{}",
        &article.body[..80]
    );
    assert!(article.body.contains("Kata\u{2019}ib Hezbollah"));
    assert!(article.body.split("\n\n").count() >= 8, "paragraphs kept");
    assert!(!article.body.contains(['<', '>']), "no markup left");
    assert!(
        article.summary.is_some(),
        "the description is kept besides the content"
    );
}

/// Articles of the entries of one fixture feed under `tests/data/identity/`.
fn identity_articles(name: &str) -> Vec<sitrep_contract::Article> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/identity")
        .join(name);
    let bytes = std::fs::read(&path).expect("the identity fixture");
    let feed_url = "https://desk.example.net/feed.xml";
    let feed = FeedRef {
        id: FeedId::for_feed(feed_url),
        url: feed_url.to_owned(),
        name: None,
    };
    sitrep_fetcher::parse_feed(&feed, &bytes, fetched_at(), 1000)
        .expect("parses")
        .iter()
        .map(|item| normalize(item).expect("normalizes"))
        .collect()
}

/// Entries with their own guids and titles that share one link (a live page) are three
/// articles with three sets of event ids, and none is taken for a revision of another.
#[test]
fn entries_sharing_a_link_stay_distinct_articles() {
    let mut articles = identity_articles("section_page.xml");
    assert_eq!(articles.len(), 3);
    let ids: std::collections::HashSet<_> = articles.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids.len(), 3, "one article id per entry");
    let event_ids: std::collections::HashSet<_> = articles
        .iter()
        .map(|article| sitrep_contract::EventId::for_event(&article.id, 0))
        .collect();
    assert_eq!(event_ids.len(), 3, "one first event id per entry");
    for article in &articles {
        assert_eq!(
            article.url.as_deref(),
            Some("https://desk.example.net/live/north"),
            "the shared link is still the article's url"
        );
        assert_ne!(
            article.id,
            ArticleId::for_url("https://desk.example.net/live/north")
        );
    }
    let mut memory = sitrep_normalizer::DedupMemory::new(100);
    for article in &mut articles {
        assert_eq!(
            memory.observe(article),
            sitrep_normalizer::DedupVerdict::New
        );
        assert_eq!(article.revision, 0);
    }
    // The same document read again gives the same ids.
    let again: Vec<_> = identity_articles("section_page.xml")
        .into_iter()
        .map(|article| article.id)
        .collect();
    assert_eq!(
        again,
        articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>()
    );
}

/// A podcast's 131 episodes link to 9 show pages: 131 articles.
#[test]
fn a_podcast_with_131_episodes_on_9_pages_keeps_131_articles() {
    let articles = identity_articles("podcast_131_on_9.xml");
    assert_eq!(articles.len(), 131);
    let urls: std::collections::HashSet<_> = articles.iter().map(|a| a.url.clone()).collect();
    assert_eq!(urls.len(), 9);
    let ids: std::collections::HashSet<_> = articles.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids.len(), 131);
}

/// An entry whose link is its own keeps the link's article id, so one story reached
/// through two feeds is still one article.
#[test]
fn an_entry_with_its_own_link_is_known_by_the_link() {
    let item = raw_item(&serde_json::json!({
        "title": "One story",
        "link": "https://desk.example.net/story/1",
        "summary": "Text."
    }));
    assert!(!item.shared_link);
    let article = normalize(&item).expect("normalizes");
    assert_eq!(
        article.id,
        ArticleId::for_url("https://desk.example.net/story/1")
    );
}
