//! `sitrep classify`: the whole pure path (parse, normalize, classify) on a file or
//! stdin, with no broker and no network.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use sitrep_classifier::Classifier;
use sitrep_contract::{Article, EntryKey, FeedId, FeedRef, IncidentEvent, ItemId, RawItem, Status};

/// Largest input read, to fail clearly instead of exhausting memory.
const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// One line of the JSON-lines input.
#[derive(Debug, Deserialize)]
struct ArticleLine {
    title: Option<String>,
    summary: Option<String>,
    content: Option<String>,
    url: Option<String>,
    published: Option<String>,
}

pub fn run(path: Option<PathBuf>, all: bool) -> anyhow::Result<()> {
    let (name, file_url, bytes) = read_input(path)?;
    let now = Utc::now();
    let items = match read_as(&bytes) {
        Input::JsonLines => {
            let feed = feed_ref(file_url);
            items_from_json_lines(&name, &feed, &bytes, now)?
        }
        Input::Document(document) => {
            // Relative links of a local file are the site's: resolved against the
            // document's own link (xml:base still wins where the document has one).
            let base = own_link(&document).unwrap_or(file_url);
            sitrep_fetcher::parse_feed(&feed_ref(base), &document, now, usize::MAX)
                .map_err(|e| anyhow::anyhow!("{name}: {e}"))?
        }
    };
    let classifier = Classifier::load_default().context("loading the classifier's data")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut num_failed = 0usize;
    for item in &items {
        let article = match sitrep_normalizer::normalize(item) {
            Ok(article) => article,
            Err(sitrep_normalizer::NormalizeError::NoText { .. }) => {
                // Common in podcast and link-only feeds: nothing to classify, not a failure.
                eprintln!(
                    "sitrep: {name}: entry {} skipped: no title and no text",
                    entry_name(item)
                );
                continue;
            }
            Err(error) => {
                eprintln!("sitrep: {name}: entry {}: {error}", entry_name(item));
                num_failed += 1;
                continue;
            }
        };
        let events = classifier.classify(&article, now);
        write_events(&mut out, &article, &events, all)?;
    }
    out.flush()?;
    anyhow::ensure!(
        num_failed == 0,
        "{name}: {num_failed} of {} items could not be normalized",
        items.len()
    );
    Ok(())
}

/// The input's name for messages, a URL for it (the base of relative links), and its bytes.
fn read_input(path: Option<PathBuf>) -> anyhow::Result<(String, String, Vec<u8>)> {
    let mut bytes = Vec::new();
    match path {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            let file = std::fs::File::open(&path).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            file.take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            anyhow::ensure!(
                bytes.len() as u64 <= MAX_INPUT_BYTES,
                "{name}: larger than {MAX_INPUT_BYTES} bytes"
            );
            let url = std::path::absolute(&path)
                .ok()
                .and_then(|absolute| url::Url::from_file_path(absolute).ok())
                .map_or_else(|| "file:///dev/stdin".to_owned(), String::from);
            Ok((name, url, bytes))
        }
        _ => {
            std::io::stdin()
                .take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .context("stdin")?;
            anyhow::ensure!(
                bytes.len() as u64 <= MAX_INPUT_BYTES,
                "stdin: larger than {MAX_INPUT_BYTES} bytes"
            );
            Ok(("stdin".to_owned(), "file:///dev/stdin".to_owned(), bytes))
        }
    }
}

fn feed_ref(url: String) -> FeedRef {
    FeedRef {
        id: FeedId::for_feed(&url),
        url,
        name: None,
    }
}

/// How an entry is named in a message: its guid, else its link, else its title.
fn entry_name(item: &RawItem) -> String {
    let name = [&item.guid, &item.link, &item.title]
        .into_iter()
        .flatten()
        .map(|text| text.trim())
        .find(|text| !text.is_empty())
        .unwrap_or("without guid, link or title");
    format!("{name:?}")
}

/// What the input is read as.
enum Input<'a> {
    /// JSON lines of articles.
    JsonLines,
    /// A feed document (XML, or a JSON Feed made readable).
    Document(std::borrow::Cow<'a, [u8]>),
}

/// A JSON Feed is told by its shape (`sitrep_fetcher::json_feed_document`, as the fetcher
/// does): one JSON object with an `items` array, whatever its `version` says (many omit
/// it). Other input that starts with `{` is JSON lines of articles; anything else is an
/// XML document.
fn read_as(bytes: &[u8]) -> Input<'_> {
    let text = String::from_utf8_lossy(bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with('{') {
        return Input::Document(bytes.into());
    }
    match sitrep_fetcher::json_feed_document(bytes) {
        Some(json) => Input::Document(json.bytes),
        None => Input::JsonLines,
    }
}

/// The document's own web address: its `<link>` (RSS), `rel="alternate"` link (Atom) or
/// `home_page_url` (JSON Feed), else its `rel="self"` link; an absolute http(s) URL.
fn own_link(document: &[u8]) -> Option<String> {
    let feed = feed_rs::parser::Builder::new()
        .build()
        .parse(document)
        .ok()?;
    let absolute = |href: &str| {
        url::Url::parse(href.trim())
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https"))
            .map(String::from)
    };
    let by_rel = |wanted: &dyn Fn(Option<&str>) -> bool| {
        feed.links
            .iter()
            .filter(|link| wanted(link.rel.as_deref()))
            .find_map(|link| absolute(&link.href))
    };
    by_rel(&|rel| matches!(rel, None | Some("alternate")))
        .or_else(|| by_rel(&|rel| rel == Some("self")))
}

fn items_from_json_lines(
    name: &str,
    feed: &FeedRef,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<RawItem>> {
    let text = std::str::from_utf8(bytes).map_err(|e| anyhow::anyhow!("{name}: not UTF-8: {e}"))?;
    let mut items = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let article: ArticleLine = serde_json::from_str(line)
            .map_err(|e| anyhow::anyhow!("{name}:{line_no}: not an article: {e}"))?;
        let published = match article.published.as_deref() {
            Some(text) => Some(
                parse_date(text)
                    .ok_or_else(|| anyhow::anyhow!("{name}:{line_no}: unreadable date {text:?}"))?,
            ),
            None => None,
        };
        let title = article.title.clone().unwrap_or_default();
        let date = article.published.clone().unwrap_or_default();
        let key = match article.url.as_deref() {
            Some(url) => EntryKey::Link(url),
            None => EntryKey::TitleAndDate {
                title: &title,
                date: &date,
            },
        };
        items.push(RawItem {
            schema: RawItem::SCHEMA.to_owned(),
            id: ItemId::for_entry(&feed.id, key),
            feed: feed.clone(),
            fetched_at: now,
            guid: None,
            link: article.url,
            title: article.title,
            summary: article.summary,
            content: article.content,
            published,
            updated: None,
            authors: Vec::new(),
            categories: Vec::new(),
            language: None,
            truncated: Vec::new(),
            shared_link: false,
            repaired: Vec::new(),
        });
    }
    Ok(items)
}

fn parse_date(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_rfc2822(text))
        .map(|date| date.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .and_then(|date| date.and_hms_opt(12, 0, 0))
                .map(|naive| naive.and_utc())
        })
}

fn write_events(
    out: &mut impl Write,
    article: &Article,
    events: &[IncidentEvent],
    all: bool,
) -> anyhow::Result<()> {
    let mut printed = false;
    for event in events
        .iter()
        .filter(|event| all || event.status == Status::Occurred)
    {
        serde_json::to_writer(&mut *out, event)?;
        out.write_all(b"\n")?;
        printed = true;
    }
    if all && !printed {
        let verdict = serde_json::json!({
            "verdict": "no_incident",
            "article": { "id": article.id, "url": article.url, "title": article.title },
        });
        serde_json::to_writer(&mut *out, &verdict)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
