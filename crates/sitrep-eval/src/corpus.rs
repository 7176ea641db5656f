//! Reading the labelled corpus: feed documents (RSS, Atom, JSON Feed) go through the
//! real parser and normalizer; `NAME.labels.jsonl` beside `NAME.<ext>` holds one line per
//! item, keyed by link, with the item's `occurred` events.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use serde::Deserialize;
use sitrep_contract::{Article, EventType, FeedId, FeedRef};

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    #[error("{path}:{line}: {message}")]
    Label {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: item {link} has no label")]
    Unlabelled { path: String, link: String },
    #[error("{path}: label for {link} matches no item")]
    Orphan { path: String, link: String },
}

/// One labelled event.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEvent {
    pub event_type: String,
    pub country_code: Option<String>,
    pub place: Option<String>,
    pub fatalities: Option<u32>,
    pub date: Option<NaiveDate>,
    pub initiator: Option<String>,
    pub target: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelLine {
    link: String,
    events: Vec<GoldEvent>,
    /// Free-text note for the humans (kind of hard negative, what the item tests).
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
    /// The kind of text the item is (wire, teaser, notes, ...; see the corpus README).
    #[serde(default)]
    register: Option<String>,
}

/// One article with its gold events.
#[derive(Debug, Clone)]
pub struct Case {
    pub feed: String,
    pub link: String,
    pub article: Article,
    pub gold: Vec<GoldEvent>,
    /// The kind of text (wire, teaser, notes, ...): "wire" when the label does not say.
    pub register: String,
}

fn read_err(path: &Path, message: impl ToString) -> CorpusError {
    CorpusError::Read {
        path: path.display().to_string(),
        message: message.to_string(),
    }
}

fn is_feed(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (name.ends_with(".xml") || name.ends_with(".json")) && !name.starts_with('.')
}

/// `dir/NAME.rss.xml` -> `dir/NAME.labels.jsonl`.
fn labels_path(feed: &Path) -> PathBuf {
    let name = feed
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.split('.').next().unwrap_or(&name);
    feed.with_file_name(format!("{stem}.labels.jsonl"))
}

/// Every labelled item under `path`: a feed file, or a directory of feed files.
pub fn load_corpus(path: &Path) -> Result<Vec<Case>, CorpusError> {
    let mut feeds = Vec::new();
    if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|e| read_err(path, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| read_err(path, e))?;
            if is_feed(&entry.path()) {
                feeds.push(entry.path());
            }
        }
        feeds.sort();
    } else {
        feeds.push(path.to_path_buf());
    }
    let mut cases = Vec::new();
    for feed in feeds {
        cases.extend(load_feed(&feed)?);
    }
    Ok(cases)
}

fn load_feed(path: &Path) -> Result<Vec<Case>, CorpusError> {
    let bytes = std::fs::read(path).map_err(|e| read_err(path, e))?;
    let labels_file = labels_path(path);
    let labels_text =
        std::fs::read_to_string(&labels_file).map_err(|e| read_err(&labels_file, e))?;
    let mut labels: HashMap<String, (Vec<GoldEvent>, String)> = HashMap::new();
    for (index, line) in labels_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let label: LabelLine = serde_json::from_str(line).map_err(|e| CorpusError::Label {
            path: labels_file.display().to_string(),
            line: index + 1,
            message: e.to_string(),
        })?;
        for event in &label.events {
            if EventType::from_code(&event.event_type).is_none() {
                return Err(CorpusError::Label {
                    path: labels_file.display().to_string(),
                    line: index + 1,
                    message: format!("unknown event type {:?}", event.event_type),
                });
            }
        }
        let register = label.register.unwrap_or_else(|| "wire".to_owned());
        labels.insert(label.link, (label.events, register));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let feed = FeedRef {
        id: FeedId::for_feed(&format!("corpus:{name}")),
        url: format!("https://corpus.sitrep.invalid/{name}"),
        name: Some(name.clone()),
    };
    let fetched_at = Utc::now();
    let items = sitrep_fetcher::parse_feed(&feed, &bytes, fetched_at, usize::MAX)
        .map_err(|e| read_err(path, e))?;
    let mut cases = Vec::new();
    for item in items {
        let link = item.link.clone().unwrap_or_default();
        let (gold, register) = labels
            .remove(&link)
            .ok_or_else(|| CorpusError::Unlabelled {
                path: path.display().to_string(),
                link: link.clone(),
            })?;
        let mut article = sitrep_normalizer::normalize(&item).map_err(|e| read_err(path, e))?;
        // Deterministic runs: what was fetched "now" is dated by its publication.
        article.fetched_at = article.published_at;
        cases.push(Case {
            feed: name.clone(),
            link,
            article,
            gold,
            register,
        });
    }
    if let Some(link) = labels.into_keys().next() {
        return Err(CorpusError::Orphan {
            path: labels_file.display().to_string(),
            link,
        });
    }
    Ok(cases)
}
