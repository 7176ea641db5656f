//! The bundled sample feeds under `config/samples/` against their labels in
//! `config/samples/expected.jsonl`: every incident item yields exactly its
//! `occurred` events (type, country, fatalities), every other item none.
//!
//! The feeds are read with a deliberately tiny parser (this crate cannot depend on
//! the fetcher or normalizer): items, their title, link, date and HTML content.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::Value;
use sitrep_classifier::Classifier;
use sitrep_contract::{Article, ArticleId, EntryKey, FeedId, ItemId, Status};

struct Item {
    link: String,
    title: String,
    published: DateTime<Utc>,
    html: String,
}

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/samples")
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let Some(end) = tail.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let entity = &tail[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => entity
                .strip_prefix("#x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text inside `<tag ...>` and `</tag>`, CDATA unwrapped, entities left alone.
fn element<'a>(block: &'a str, tag: &str) -> Option<&'a str> {
    let open = block.find(&format!("<{tag}"))?;
    let after_open = open + block[open..].find('>')? + 1;
    let close = after_open + block[after_open..].find(&format!("</{tag}>"))?;
    let inner = block[after_open..close].trim();
    Some(
        inner
            .strip_prefix("<![CDATA[")
            .and_then(|s| s.strip_suffix("]]>"))
            .unwrap_or(inner),
    )
}

fn was_cdata(block: &str, tag: &str) -> bool {
    element_raw(block, tag).is_some_and(|raw| raw.trim_start().starts_with("<![CDATA["))
}

fn element_raw<'a>(block: &'a str, tag: &str) -> Option<&'a str> {
    let open = block.find(&format!("<{tag}"))?;
    let after_open = open + block[open..].find('>')? + 1;
    let close = after_open + block[after_open..].find(&format!("</{tag}>"))?;
    Some(&block[after_open..close])
}

fn blocks<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    xml.split(&format!("<{tag}>"))
        .skip(1)
        .filter_map(|b| b.split(&format!("</{tag}>")).next())
        .collect()
}

fn parse_rss(xml: &str) -> Vec<Item> {
    blocks(xml, "item")
        .into_iter()
        .map(|block| {
            let html_tag = if block.contains("<content:encoded") {
                "content:encoded"
            } else {
                "description"
            };
            let html = element(block, html_tag).expect("content");
            let html = if was_cdata(block, html_tag) {
                html.to_owned()
            } else {
                decode_entities(html)
            };
            Item {
                link: decode_entities(element(block, "link").expect("link")),
                title: decode_entities(element(block, "title").expect("title")),
                published: DateTime::parse_from_rfc2822(
                    element(block, "pubDate").expect("pubDate"),
                )
                .expect("RFC 2822 date")
                .with_timezone(&Utc),
                html,
            }
        })
        .collect()
}

fn parse_atom(xml: &str) -> Vec<Item> {
    blocks(xml, "entry")
        .into_iter()
        .map(|block| {
            let href_at = block.find("href=\"").expect("link href") + 6;
            let href_end = href_at + block[href_at..].find('"').expect("closing quote");
            let html = element(block, "content").expect("content");
            let html = if was_cdata(block, "content") {
                html.to_owned()
            } else {
                decode_entities(html)
            };
            Item {
                link: decode_entities(&block[href_at..href_end]),
                title: decode_entities(element(block, "title").expect("title")),
                published: element(block, "published")
                    .expect("published")
                    .parse()
                    .expect("RFC 3339 date"),
                html,
            }
        })
        .collect()
}

fn parse_json_feed(json: &str) -> Vec<Item> {
    let feed: Value = serde_json::from_str(json).expect("JSON feed");
    feed["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| Item {
            link: item["url"].as_str().expect("url").to_owned(),
            title: item["title"].as_str().expect("title").to_owned(),
            published: item["date_published"]
                .as_str()
                .expect("date")
                .parse()
                .expect("RFC 3339 date"),
            html: item["content_html"]
                .as_str()
                .expect("content_html")
                .to_owned(),
        })
        .collect()
}

/// Paragraphs of plain text, separated by blank lines.
fn html_to_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = rest[open + 1..open + close].to_ascii_lowercase();
        if tag == "/p" || tag.starts_with("br") {
            text.push_str("\n\n");
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    let text = decode_entities(&text);
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Drops tracking parameters, as the normalizer's canonical URL does.
fn canonical(link: &str) -> String {
    link.split('?').next().unwrap_or(link).to_owned()
}

fn article(feed: &str, item: &Item) -> Article {
    let feed_id = FeedId::for_feed(feed);
    let link = canonical(&item.link);
    Article {
        schema: Article::SCHEMA.to_owned(),
        id: ArticleId::for_url(&link),
        item_id: ItemId::for_entry(&feed_id, EntryKey::Link(&link)),
        feed_id,
        url: Some(link),
        title: item.title.clone(),
        summary: None,
        body: html_to_text(&item.html),
        source: Some("Sample".to_owned()),
        dateline: None,
        published_at: item.published,
        published_at_estimated: false,
        updated_at: None,
        fetched_at: item.published,
        language: Some("en".to_owned()),
        language_confidence: None,
        revision: 0,
        duplicate_of: None,
    }
}

fn read_feed(name: &str) -> Vec<Item> {
    let text = std::fs::read_to_string(samples_dir().join(name)).expect("sample feed");
    if name.ends_with(".json") {
        parse_json_feed(&text)
    } else if text.contains("<feed") {
        parse_atom(&text)
    } else {
        parse_rss(&text)
    }
}

#[test]
fn sample_feeds_come_out_as_labelled() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let expected =
        std::fs::read_to_string(samples_dir().join("expected.jsonl")).expect("expected.jsonl");
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut incidents = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let label: Value = serde_json::from_str(line).expect("JSON line");
        let feed = label["feed"].as_str().expect("feed");
        let link = label["link"].as_str().expect("link");
        let items = read_feed(feed);
        let item = items
            .iter()
            .find(|i| canonical(&i.link) == link)
            .unwrap_or_else(|| panic!("{link} not in {feed}"));
        let article = article(feed, item);
        let events = classifier.classify(&article, item.published);
        let news: Vec<_> = events
            .iter()
            .filter(|e| e.status == Status::Occurred)
            .collect();
        let found_types: Vec<&str> = news.iter().map(|e| e.event_type.code()).collect();
        let found_countries: Vec<Option<&str>> = news
            .iter()
            .map(|e| e.location.country_code.as_deref())
            .collect();
        let found_fatalities: Vec<Option<u64>> =
            news.iter().map(|e| e.fatalities.map(u64::from)).collect();
        let want_types: Vec<&str> = label["event_types"]
            .as_array()
            .expect("types")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let want_countries: Vec<Option<&str>> = label["country_codes"]
            .as_array()
            .expect("countries")
            .iter()
            .map(Value::as_str)
            .collect();
        let want_fatalities: Vec<Option<u64>> = label["fatalities"]
            .as_array()
            .expect("fatalities")
            .iter()
            .map(Value::as_u64)
            .collect();
        if (
            found_types.clone(),
            found_countries.clone(),
            found_fatalities.clone(),
        ) != (
            want_types.clone(),
            want_countries.clone(),
            want_fatalities.clone(),
        ) {
            failures.push(format!(
                "{link}\n  want {want_types:?} {want_countries:?} {want_fatalities:?}\n  got  {found_types:?} {found_countries:?} {found_fatalities:?}\n  all: {:?}",
                events.iter().map(|e| (e.status, e.event_type.code(), e.evidence.iter().map(|v| v.cues.join("|")).collect::<Vec<_>>())).collect::<Vec<_>>()
            ));
        }
        checked += 1;
        incidents += usize::from(!want_types.is_empty());
    }
    assert!(
        checked >= 15 && incidents >= 8 && checked - incidents >= 6,
        "{checked} items, {incidents} incidents"
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} items differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_sample_item_is_labelled() {
    let expected =
        std::fs::read_to_string(samples_dir().join("expected.jsonl")).expect("expected.jsonl");
    let labelled: Vec<String> = expected
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<Value>(l).expect("JSON line")["link"]
                .as_str()
                .expect("link")
                .to_owned()
        })
        .collect();
    let mut entries = std::fs::read_dir(samples_dir())
        .expect("samples dir")
        .filter_map(Result::ok)
        .collect::<Vec<_>>();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.ends_with(".xml") || name.ends_with(".json")) {
            continue;
        }
        for item in read_feed(&name) {
            assert!(
                labelled.contains(&canonical(&item.link)),
                "{} in {name} has no label",
                item.link
            );
        }
    }
}
