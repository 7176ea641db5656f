//! Reading the labelled corpus: feed documents (RSS, Atom, JSON Feed) go through the
//! real parser and normalizer; `NAME.labels.jsonl` beside `NAME.<ext>` holds one line per
//! item, keyed by link, with the item's `occurred` events.
//!
//! A file under a folder named `blind` (the blind split) is loaded figures-only: its
//! cases carry [`Disclosure::FiguresOnly`], which scoring honours by recording no misses
//! for them, and an error while reading it names the file and line but never an item's
//! link or text. That is the rule that keeps the blind split unread by whoever changes
//! the classifier's rules (see the corpus README), held in code rather than by habit.

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

/// What may be shown of a case beyond aggregate figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disclosure {
    /// Its misses (link, gold and predicted values) may be printed.
    Full,
    /// Under a `blind/` folder: it counts in figures, and nothing names it.
    FiguresOnly,
}

/// The folder name that marks the blind split.
const BLIND_FOLDER: &str = "blind";

/// [`Disclosure::FiguresOnly`] for a path with a `blind` folder anywhere in it.
pub fn disclosure_of(path: &Path) -> Disclosure {
    let blind = path
        .components()
        .any(|component| component.as_os_str() == BLIND_FOLDER);
    if blind {
        Disclosure::FiguresOnly
    } else {
        Disclosure::Full
    }
}

/// What a message about an item of the blind split says instead of its details.
pub(crate) const WITHHELD: &str = "(withheld: the file is under blind/)";

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
    /// The label's note for the humans (what the item tests, the kind of hard negative).
    /// Under `blind/` it is read only to count by kind ([`crate::breakdown`]), never shown.
    pub note: Option<String>,
    /// Whether its misses may be printed (not for the blind split).
    pub disclosure: Disclosure,
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
/// Items under a `blind/` folder (after resolving `.`, `..` and links) are figures-only.
pub fn load_corpus(path: &Path) -> Result<Vec<Case>, CorpusError> {
    let resolved = std::fs::canonicalize(path).map_err(|e| read_err(path, e))?;
    let disclosure = match (disclosure_of(path), disclosure_of(&resolved)) {
        (Disclosure::Full, Disclosure::Full) => Disclosure::Full,
        _ => Disclosure::FiguresOnly,
    };
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
        cases.extend(load_feed(&feed, disclosure)?);
    }
    Ok(cases)
}

fn load_feed(path: &Path, disclosure: Disclosure) -> Result<Vec<Case>, CorpusError> {
    // What an error may say about an item: nothing under blind/.
    let told = |detail: String| match disclosure {
        Disclosure::Full => detail,
        Disclosure::FiguresOnly => WITHHELD.to_owned(),
    };
    let bytes = std::fs::read(path).map_err(|e| read_err(path, e))?;
    let labels_file = labels_path(path);
    let labels_text =
        std::fs::read_to_string(&labels_file).map_err(|e| read_err(&labels_file, e))?;
    let mut labels: HashMap<String, (Vec<GoldEvent>, String, Option<String>)> = HashMap::new();
    for (index, line) in labels_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let label: LabelLine = serde_json::from_str(line).map_err(|e| CorpusError::Label {
            path: labels_file.display().to_string(),
            line: index + 1,
            message: told(e.to_string()),
        })?;
        for event in &label.events {
            if EventType::from_code(&event.event_type).is_none() {
                return Err(CorpusError::Label {
                    path: labels_file.display().to_string(),
                    line: index + 1,
                    message: told(format!("unknown event type {:?}", event.event_type)),
                });
            }
        }
        let register = label.register.unwrap_or_else(|| "wire".to_owned());
        labels.insert(label.link, (label.events, register, label.note));
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
        .map_err(|e| read_err(path, told(e.to_string())))?;
    let mut cases = Vec::new();
    for item in items {
        let link = item.link.clone().unwrap_or_default();
        let (gold, register, note) =
            labels
                .remove(&link)
                .ok_or_else(|| CorpusError::Unlabelled {
                    path: path.display().to_string(),
                    link: told(link.clone()),
                })?;
        let mut article =
            sitrep_normalizer::normalize(&item).map_err(|e| read_err(path, told(e.to_string())))?;
        // Deterministic runs: what was fetched "now" is dated by its publication.
        article.fetched_at = article.published_at;
        cases.push(Case {
            feed: name.clone(),
            link,
            article,
            gold,
            register,
            note,
            disclosure,
        });
    }
    if let Some(link) = labels.into_keys().next() {
        return Err(CorpusError::Orphan {
            path: labels_file.display().to_string(),
            link: told(link),
        });
    }
    Ok(cases)
}

/// A case of the development kind built in memory, for the unit tests of scoring.
#[cfg(test)]
pub(crate) fn case_for_test(title: &str, body: &str, gold: Vec<GoldEvent>) -> Case {
    use chrono::TimeZone as _;
    use sitrep_contract::{ArticleId, EntryKey, ItemId};

    let link = "https://corpus.sitrep.invalid/test";
    let feed_id = FeedId::for_feed("corpus:test");
    let published_at = Utc
        .with_ymd_and_hms(2024, 5, 3, 12, 0, 0)
        .single()
        .unwrap_or_default();
    Case {
        feed: "test".to_owned(),
        link: link.to_owned(),
        article: Article {
            schema: Article::SCHEMA.to_owned(),
            id: ArticleId::for_url(link),
            item_id: ItemId::for_entry(&feed_id, EntryKey::Link(link)),
            feed_id,
            url: Some(link.to_owned()),
            title: title.to_owned(),
            summary: None,
            body: body.to_owned(),
            source: None,
            dateline: None,
            published_at,
            published_at_estimated: false,
            updated_at: None,
            fetched_at: published_at,
            language: Some("en".to_owned()),
            language_confidence: None,
            revision: 0,
            duplicate_of: None,
        },
        gold,
        register: "wire".to_owned(),
        note: None,
        disclosure: Disclosure::Full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: &str, expected: Disclosure) {
        assert_eq!(disclosure_of(Path::new(path)), expected, "{path}");
    }

    #[test]
    fn a_blind_folder_anywhere_in_the_path_makes_it_figures_only() {
        check("tests/data/corpus/blind", Disclosure::FiguresOnly);
        check("tests/data/corpus/blind/", Disclosure::FiguresOnly);
        check(
            "tests/data/corpus/blind/wire-x.rss.xml",
            Disclosure::FiguresOnly,
        );
        check(
            "/work/main/tests/data/corpus/blind/sub/a.feed.json",
            Disclosure::FiguresOnly,
        );
        check("blind", Disclosure::FiguresOnly);
        check("tests/data/corpus/dev", Disclosure::Full);
        check("tests/data/corpus/held/wire-d.rss.xml", Disclosure::Full);
        // Only a whole folder name counts.
        check(
            "tests/data/corpus/dev/blind-spots.rss.xml",
            Disclosure::Full,
        );
        check("tests/data/blinded/x.rss.xml", Disclosure::Full);
    }
}
