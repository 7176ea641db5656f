//! `parse_feed` over the fixture documents: every feed flavour, our own entry ids.

use sitrep_contract::{EntryKey, FeedId, FeedRef, ItemId, RawItem};
use sitrep_fetcher::{parse_feed, RepairKind};

use crate::harness::{fixture, now};

fn feed_ref(url: &str) -> FeedRef {
    FeedRef {
        id: FeedId::for_feed(url),
        url: url.to_owned(),
        name: None,
    }
}

fn parse(name: &str, url: &str) -> Vec<RawItem> {
    parse_feed(&feed_ref(url), &fixture(name), now(), 1000)
        .unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// What a test expects of one item; `None` fields are not checked.
#[derive(Default)]
struct Expected {
    key: Option<EntryKey<'static>>,
    title: Option<&'static str>,
    link: Option<&'static str>,
    has_summary: bool,
    has_content: bool,
    published: Option<&'static str>,
    language: Option<&'static str>,
}

fn check(name: &str, url: &str, expected_feed_name: &str, expected: &[Expected]) {
    let items = parse(name, url);
    assert_eq!(items.len(), expected.len(), "{name}: number of items");
    let feed_id = FeedId::for_feed(url);
    for (index, (item, want)) in items.iter().zip(expected).enumerate() {
        let at = format!("{name} item {index}");
        assert_eq!(item.schema, RawItem::SCHEMA);
        assert_eq!(item.feed.id, feed_id, "{at}");
        assert_eq!(item.feed.name.as_deref(), Some(expected_feed_name), "{at}");
        assert_eq!(item.fetched_at, now(), "{at}");
        if let Some(key) = want.key {
            assert_eq!(item.id, ItemId::for_entry(&feed_id, key), "{at}: id");
        }
        if want.title.is_some() {
            assert_eq!(item.title.as_deref(), want.title, "{at}: title");
        }
        if want.link.is_some() {
            assert_eq!(item.link.as_deref(), want.link, "{at}: link");
        }
        assert_eq!(
            item.summary.is_some(),
            want.has_summary,
            "{at}: summary {:?}",
            item.summary
        );
        assert_eq!(
            item.content.is_some(),
            want.has_content,
            "{at}: content {:?}",
            item.content
        );
        if let Some(published) = want.published {
            assert_eq!(
                item.published.map(|date| date.to_rfc3339()).as_deref(),
                Some(published),
                "{at}: published"
            );
        }
        if want.language.is_some() {
            assert_eq!(item.language.as_deref(), want.language, "{at}: language");
        }
    }
    // The same document parsed again gives the same ids.
    let again: Vec<_> = parse(name, url).into_iter().map(|item| item.id).collect();
    assert_eq!(
        again,
        items.iter().map(|item| item.id.clone()).collect::<Vec<_>>(),
        "{name}: stable ids"
    );
}

#[test]
fn rss2() {
    check(
        "rss2.xml",
        "https://wire.example.com/feeds/world.rss",
        "Example Wire: World",
        &[
            Expected {
                key: Some(EntryKey::Guid("wire-2020-03-12-001")),
                title: Some("US strikes militia sites in Iraq"),
                link: Some("https://wire.example.com/world/us-strikes-iraq?utm_source=rss"),
                has_summary: true,
                has_content: true,
                published: Some("2020-03-12T23:00:00+00:00"),
                language: Some("en-us"),
            },
            Expected {
                key: Some(EntryKey::Link(
                    "https://wire.example.com/world/rocket-attack-taji",
                )),
                has_summary: true,
                published: Some("2020-03-11T20:00:00+00:00"),
                ..Expected::default()
            },
            Expected {
                key: Some(EntryKey::TitleAndDate {
                    title: "Untitled bulletin without link or guid",
                    date: "2020-03-11T18:00:00+00:00",
                }),
                has_summary: true,
                ..Expected::default()
            },
        ],
    );
    let items = parse("rss2.xml", "https://wire.example.com/feeds/world.rss");
    assert_eq!(items[0].authors, ["Jane Reporter"]);
    assert_eq!(items[0].categories, ["Middle East"]);
    assert!(items[0]
        .content
        .as_deref()
        .is_some_and(|content| content.contains("<p>WASHINGTON (Wire)")));
    assert_eq!(
        items[0].summary.as_deref(),
        Some("<p>The US carried out airstrikes on Thursday.</p>")
    );
}

#[test]
fn atom() {
    check(
        "atom.xml",
        "https://defence.example.org/atom.xml",
        "Example Defence Atom",
        &[
            Expected {
                key: Some(EntryKey::Guid("tag:defence.example.org,2020:1")),
                title: Some("Drone strike &amp; aftermath"),
                link: Some("https://defence.example.org/2020/03/drone-strike"),
                has_summary: true,
                has_content: true,
                published: Some("2020-03-12T20:00:00+00:00"),
                language: None,
            },
            Expected {
                key: Some(EntryKey::Link("https://defence.example.org/2020/03/no-id")),
                has_summary: true,
                ..Expected::default()
            },
        ],
    );
}

#[test]
fn json_feed() {
    check(
        "feed.json",
        "https://json.example.net/feed.json",
        "Example JSON Wire",
        &[
            Expected {
                key: Some(EntryKey::Guid("json-1")),
                title: Some("Frappes aériennes en Irak"),
                link: Some("https://json.example.net/a"),
                has_summary: true,
                has_content: true,
                published: Some("2020-03-12T22:00:00+00:00"),
                language: Some("fr"),
            },
            Expected {
                key: Some(EntryKey::Guid("json-2")),
                has_content: true,
                ..Expected::default()
            },
        ],
    );
}

#[test]
fn rss1_and_rss091() {
    check(
        "rss1.rdf",
        "https://rdf.example.org/feed.rdf",
        "Example RDF Wire",
        &[Expected {
            key: Some(EntryKey::Link("https://rdf.example.org/1")),
            title: Some("Clash near the border"),
            has_summary: true,
            published: Some("2020-03-12T10:00:00+00:00"),
            ..Expected::default()
        }],
    );
    check(
        "rss091.xml",
        "https://old.example.org/rss091.xml",
        "Example 0.91",
        &[Expected {
            key: Some(EntryKey::Link("https://old.example.org/shelling")),
            title: Some("Shelling reported"),
            has_summary: true,
            ..Expected::default()
        }],
    );
}

#[test]
fn a_guid_shared_by_every_entry_is_no_id() {
    let url = "https://lazy.example.org/rss";
    let items = parse("same_guid.xml", url);
    let feed_id = FeedId::for_feed(url);
    let ids: Vec<_> = items.iter().map(|item| item.id.clone()).collect();
    let expected: Vec<_> = [
        "https://lazy.example.org/1",
        "https://lazy.example.org/2",
        "https://lazy.example.org/3",
    ]
    .into_iter()
    .map(|link| ItemId::for_entry(&feed_id, EntryKey::Link(link)))
    .collect();
    assert_eq!(ids, expected);
}

#[test]
fn configured_name_wins_and_max_entries_holds() {
    let url = "https://wire.example.com/feeds/world.rss";
    let feed = FeedRef {
        name: Some("Configured".to_owned()),
        ..feed_ref(url)
    };
    let items = parse_feed(&feed, &fixture("rss2.xml"), now(), 2).expect("parses");
    assert_eq!(items.len(), 2);
    assert!(items
        .iter()
        .all(|item| item.feed.name.as_deref() == Some("Configured")));
}

#[test]
fn documents_that_are_not_feeds_are_parse_errors_with_their_bytes() {
    for body in [
        b"<html><body>Not a feed</body></html>".to_vec(),
        b"".to_vec(),
        b"{\"version\": 3".to_vec(),
    ] {
        let error = parse_feed(&feed_ref("https://x.example/rss"), &body, now(), 10)
            .expect_err("not a feed");
        assert_eq!(error.kind(), "parse_error", "{error}");
        assert_eq!(error.body(), Some(&body[..]));
        assert!(
            error
                .to_string()
                .starts_with("feed https://x.example/rss: "),
            "{error}"
        );
        assert!(!error.to_string().contains('\n'));
    }
}

#[test]
fn bytes_invalid_in_utf8_are_read_as_windows_1252_and_flagged() {
    let body = b"<rss version=\"2.0\"><channel><title>caf\xe9</title>\
        <item><title>caf\xe9</title><link>https://x.example/1</link></item></channel></rss>"
        .to_vec();
    let items = parse_feed(&feed_ref("https://x.example/rss"), &body, now(), 10).expect("read");
    assert_eq!(items[0].title.as_deref(), Some("caf\u{e9}"));
    assert_eq!(items[0].repaired, ["undeclared_charset"]);
}

#[test]
fn a_document_that_was_malformed_reads_repaired() {
    let items = parse_feed(
        &feed_ref("https://x.example/rss"),
        &fixture("malformed.xml"),
        now(),
        10,
    )
    .expect("read");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].title.as_deref(), Some("Unclosed"));
    assert_eq!(items[0].repaired, ["unclosed_element"]);
}

/// An Atom entry whose content feed-rs refuses (a `src` with no media type it knows).
fn refused_entry(id: usize) -> String {
    format!(
        "<entry><id>e{id}</id><title>t{id}</title><updated>2021-03-01T00:00:00Z</updated>\
         <content src=\"https://x.example/{id}\" type=\"not a type\"/></entry>"
    )
}

#[test]
fn an_entry_the_parser_refuses_costs_only_itself() {
    let good =
        "<entry><id>g</id><title>good</title><updated>2021-03-01T00:00:00Z</updated></entry>";
    let document = format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>f</title>\n{}\n{good}\n</feed>",
        refused_entry(1)
    );
    let items = parse_feed(
        &feed_ref("https://x.example/atom"),
        document.as_bytes(),
        now(),
        10,
    )
    .expect("the good entry reads");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].title.as_deref(), Some("good"));
    assert_eq!(items[0].repaired, ["skipped_entries"]);
}

#[test]
fn a_parse_error_names_where() {
    let document = format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>f</title>\n\n{}\n{}\n</feed>",
        refused_entry(1),
        refused_entry(2)
    );
    let error = parse_feed(
        &feed_ref("https://x.example/atom"),
        document.as_bytes(),
        now(),
        10,
    )
    .expect_err("no entry reads");
    assert_eq!(error.kind(), "parse_error");
    assert!(error.to_string().contains("at line 3"), "{error}");
    let error = parse_feed(
        &feed_ref("https://x.example/page"),
        b"<!DOCTYPE html>\n<html><body>moved</body></html>",
        now(),
        10,
    )
    .expect_err("not a feed");
    assert!(
        error.to_string().contains("the root element is <html>"),
        "{error}"
    );
}

#[test]
fn entries_that_share_a_link_are_told_apart_and_marked() {
    let url = "https://desk.example.net/feed.xml";
    let document = br#"<rss version="2.0"><channel><title>Desk</title>
      <item><title>One</title><link>https://desk.example.net/live</link><guid>a-1</guid></item>
      <item><title>Two</title><link>https://desk.example.net/live</link><guid>a-2</guid></item>
      <item><title>Three</title><link>https://desk.example.net/live</link><guid>a-3</guid></item>
      <item><title>Own</title><link>https://desk.example.net/own</link><guid>a-4</guid></item>
    </channel></rss>"#;
    let items = parse_feed(&feed_ref(url), document, now(), 100).expect("parses");
    let feed_id = FeedId::for_feed(url);
    let found: Vec<_> = items
        .iter()
        .map(|item| (item.id.clone(), item.shared_link))
        .collect();
    let expected: Vec<_> = [("a-1", true), ("a-2", true), ("a-3", true), ("a-4", false)]
        .into_iter()
        .map(|(guid, shared)| (ItemId::for_entry(&feed_id, EntryKey::Guid(guid)), shared))
        .collect();
    assert_eq!(found, expected);
}

/// The contract names every kind a raw item's `repaired` can carry: the published schema
/// (generated from `RawItem`'s field docs) lists each label `RepairKind` reports.
#[test]
fn every_repair_kind_is_named_in_the_raw_item_schema() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas/raw_item.v1.json");
    let schema: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("the committed schema")).expect("JSON");
    let description = schema["properties"]["repaired"]["description"]
        .as_str()
        .expect("repaired has a description");
    let missing: Vec<&str> = RepairKind::ALL
        .iter()
        .map(|kind| kind.as_str())
        .filter(|label| !description.contains(&format!("`{label}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "RawItem::repaired's doc does not name {missing:?}"
    );
}
