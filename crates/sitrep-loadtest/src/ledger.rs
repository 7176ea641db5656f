//! The ledger: is every item the feed host served accounted for, by id, on the topics?
//!
//! An item (known by its guid) must reach `items.raw` as a `RawItem`, whose id must then
//! be an article's `item_id` on `articles` or the `input_id` of a dead letter. Every
//! article must then be accounted for by its events on `events` or as a recorded
//! non-incident: the classifier publishes nothing for those, so the ledger classifies the
//! article itself with the same pure core (`Classifier::classify`) and expects exactly the
//! `occurred` events that gives, by id (ids are deterministic), or a dead letter naming the
//! article. Duplicates (the same key more than once on a topic) are allowed at least once
//! and are counted. Injected malformed messages must each be on the dead-letter topic
//! with their bytes.

use std::collections::{HashMap, HashSet};
use std::fmt;

use sitrep_classifier::Classifier;
use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, DeadLetter, RawItem, Status};

use sitrep_testkit::{read_topic, Record};

/// What each topic held when the ledger was drawn up.
#[derive(Debug, Default, Clone)]
pub struct Ledger {
    pub num_items: usize,
    pub num_raw_messages: usize,
    pub num_raw_duplicates: usize,
    pub num_article_messages: usize,
    pub num_article_duplicates: usize,
    pub num_incident_articles: usize,
    pub num_non_incident_articles: usize,
    pub num_events_expected: usize,
    pub num_event_messages: usize,
    pub num_event_duplicates: usize,
    pub num_unexpected_events: usize,
    pub num_dead_letters: usize,
    /// Items that were dead-lettered instead of becoming articles (by stage and kind).
    pub dead_lettered_items: HashMap<String, usize>,
    /// Guids served but not on `items.raw`.
    pub missing_raw: Vec<String>,
    /// Item ids on `items.raw` with neither an article nor a dead letter.
    pub missing_articles: Vec<String>,
    /// Event ids the articles call for that are not on `events`.
    pub missing_events: Vec<String>,
    /// Injected payloads not found on the dead-letter topic.
    pub missing_dead_letters: Vec<String>,
    /// Whether incident items gave events and non-incident items none, as the templates say.
    pub num_template_mismatches: usize,
}

impl Ledger {
    /// Nothing lost: every item, article, event and injected message is accounted for.
    pub fn is_complete(&self) -> bool {
        self.missing_raw.is_empty()
            && self.missing_articles.is_empty()
            && self.missing_events.is_empty()
            && self.missing_dead_letters.is_empty()
    }

    pub fn num_lost(&self) -> usize {
        self.missing_raw.len() + self.missing_articles.len() + self.missing_events.len()
    }
}

impl fmt::Display for Ledger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let head = |list: &[String]| list.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
        writeln!(
            f,
            "items served {}; items.raw {} messages ({} duplicates); articles {} messages ({} duplicates), {} with incidents, {} without",
            self.num_items,
            self.num_raw_messages,
            self.num_raw_duplicates,
            self.num_article_messages,
            self.num_article_duplicates,
            self.num_incident_articles,
            self.num_non_incident_articles
        )?;
        writeln!(
            f,
            "events expected {}; events {} messages ({} duplicates, {} unexpected); dead letters {} (items: {:?}); template mismatches {}",
            self.num_events_expected,
            self.num_event_messages,
            self.num_event_duplicates,
            self.num_unexpected_events,
            self.num_dead_letters,
            self.dead_lettered_items,
            self.num_template_mismatches
        )?;
        write!(
            f,
            "missing: raw {} [{}], articles {} [{}], events {} [{}], injected dead letters {} [{}]",
            self.missing_raw.len(),
            head(&self.missing_raw),
            self.missing_articles.len(),
            head(&self.missing_articles),
            self.missing_events.len(),
            head(&self.missing_events),
            self.missing_dead_letters.len(),
            head(&self.missing_dead_letters)
        )
    }
}

/// One served item the ledger expects.
#[derive(Debug, Clone)]
pub struct Expected {
    pub guid: String,
    pub incident: bool,
}

/// Draws up ledgers, remembering the classification of articles it has already seen.
pub struct Auditor {
    bootstrap: String,
    topics: Topics,
    classifier: Classifier,
    /// Article id -> ids of the `occurred` events its text gives.
    expected_events: HashMap<String, Vec<String>>,
}

impl Auditor {
    pub fn new(bootstrap: &str, topics: Topics) -> Auditor {
        Auditor {
            bootstrap: bootstrap.to_owned(),
            topics,
            classifier: Classifier::load_default().expect("bundled classifier data"),
            expected_events: HashMap::new(),
        }
    }

    /// Reads the topics and checks `items` and the `injected` payloads against them.
    pub async fn ledger(&mut self, items: &[Expected], injected: &[Vec<u8>]) -> Ledger {
        let raw = read_topic(&self.bootstrap, &self.topics.items_raw).await;
        let articles = read_topic(&self.bootstrap, &self.topics.articles).await;
        let events = read_topic(&self.bootstrap, &self.topics.events).await;
        let dead = read_topic(&self.bootstrap, &self.topics.deadletter).await;
        self.check(items, injected, &raw, &articles, &events, &dead)
    }

    /// Checks `items` and the `injected` payloads against the records of the four topics,
    /// read by the caller (the container tests read them inside the stack's network).
    pub fn check(
        &mut self,
        items: &[Expected],
        injected: &[Vec<u8>],
        raw: &[Record],
        articles: &[Record],
        events: &[Record],
        dead: &[Record],
    ) -> Ledger {
        let mut ledger = Ledger {
            num_items: items.len(),
            num_raw_messages: raw.len(),
            num_article_messages: articles.len(),
            num_event_messages: events.len(),
            num_dead_letters: dead.len(),
            ..Ledger::default()
        };

        let letters: Vec<DeadLetter> = dead
            .iter()
            .filter_map(|r| serde_json::from_slice(&r.payload).ok())
            .collect();
        let mut lettered_ids: HashMap<&str, &DeadLetter> = HashMap::new();
        for letter in &letters {
            if let Some(id) = letter.input_id.as_deref() {
                lettered_ids.insert(id, letter);
            }
        }

        // Feed -> items.raw, by guid.
        let mut item_ids_by_guid: HashMap<String, String> = HashMap::new();
        let mut seen_items: HashSet<String> = HashSet::new();
        for record in raw {
            let Ok(item) = serde_json::from_slice::<RawItem>(&record.payload) else {
                continue;
            };
            if !seen_items.insert(item.id.to_string()) {
                ledger.num_raw_duplicates += 1;
            }
            if let Some(guid) = item.guid {
                item_ids_by_guid.insert(guid, item.id.to_string());
            }
        }

        // items.raw -> articles, by item id.
        let mut articles_by_item: HashMap<String, Article> = HashMap::new();
        let mut seen_articles: HashSet<String> = HashSet::new();
        for record in articles {
            let Ok(article) = serde_json::from_slice::<Article>(&record.payload) else {
                continue;
            };
            if !seen_articles.insert(article.id.to_string()) {
                ledger.num_article_duplicates += 1;
            }
            articles_by_item
                .entry(article.item_id.to_string())
                .or_insert(article);
        }

        let mut seen_events: HashSet<String> = HashSet::new();
        for record in events {
            let Some(key) = &record.key else { continue };
            if !seen_events.insert(key.clone()) {
                ledger.num_event_duplicates += 1;
            }
        }

        let mut expected_event_ids: HashSet<String> = HashSet::new();
        for expected in items {
            let Some(item_id) = item_ids_by_guid.get(&expected.guid) else {
                ledger.missing_raw.push(expected.guid.clone());
                continue;
            };
            let Some(article) = articles_by_item.get(item_id) else {
                match lettered_ids.get(item_id.as_str()) {
                    Some(letter) => {
                        *ledger
                            .dead_lettered_items
                            .entry(format!("{}/{}", letter.stage.as_str(), letter.error_kind))
                            .or_default() += 1;
                    }
                    None => ledger.missing_articles.push(item_id.clone()),
                }
                continue;
            };
            if lettered_ids.contains_key(article.id.as_str()) {
                *ledger
                    .dead_lettered_items
                    .entry("classifier".into())
                    .or_default() += 1;
                continue;
            }
            let wanted = self.events_of(article);
            if wanted.is_empty() {
                ledger.num_non_incident_articles += 1;
            } else {
                ledger.num_incident_articles += 1;
            }
            if wanted.is_empty() == expected.incident {
                ledger.num_template_mismatches += 1;
            }
            for id in wanted {
                ledger.num_events_expected += 1;
                if !seen_events.contains(&id) {
                    ledger.missing_events.push(id.clone());
                }
                expected_event_ids.insert(id);
            }
        }
        ledger.num_unexpected_events = seen_events.difference(&expected_event_ids).count();

        let lettered_payloads: HashSet<Vec<u8>> = letters
            .iter()
            .filter_map(|letter| letter.payload().ok())
            .collect();
        for payload in injected {
            if !lettered_payloads.contains(payload) {
                ledger
                    .missing_dead_letters
                    .push(String::from_utf8_lossy(payload).into_owned());
            }
        }
        ledger
    }

    fn events_of(&mut self, article: &Article) -> Vec<String> {
        let classifier = &self.classifier;
        self.expected_events
            .entry(article.id.to_string())
            .or_insert_with(|| {
                classifier
                    .classify(article, chrono::Utc::now())
                    .into_iter()
                    .filter(|event| event.status == Status::Occurred)
                    .map(|event| event.id.to_string())
                    .collect()
            })
            .clone()
    }
}
