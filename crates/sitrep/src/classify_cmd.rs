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
    let (name, feed_url, bytes) = read_input(path)?;
    let now = Utc::now();
    let feed = FeedRef {
        id: FeedId::for_feed(&feed_url),
        url: feed_url,
        name: None,
    };
    let items = if looks_like_json_lines(&bytes) {
        items_from_json_lines(&name, &feed, &bytes, now)?
    } else {
        sitrep_fetcher::parse_feed(&feed, &bytes, now, usize::MAX)
            .map_err(|e| anyhow::anyhow!("{name}: {e}"))?
    };
    let classifier = Classifier::load_default().context("loading the classifier's data")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut num_failed = 0usize;
    for item in &items {
        let article = match sitrep_normalizer::normalize(item) {
            Ok(article) => article,
            Err(error) => {
                eprintln!("sitrep: {name}: {error}");
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

/// JSON lines of articles start with `{` but, unlike a JSON Feed, are not one document
/// with a `version` naming jsonfeed.org.
fn looks_like_json_lines(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with('{') {
        return false;
    }
    match serde_json::from_str::<serde_json::Value>(trimmed) {
        Ok(value) => !value
            .get("version")
            .and_then(|v| v.as_str())
            .is_some_and(|v| v.contains("jsonfeed.org")),
        Err(_) => true,
    }
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
