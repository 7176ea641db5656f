//! The normalizer stage: `RawItem` JSON in, `Article` JSON out.
//!
//! Around the pure `sitrep_normalizer::normalize` it keeps a bounded memory of the
//! articles it emitted, so the same article reached again (another feed, a re-fetched
//! entry) is not emitted twice, and a changed text is emitted as the next revision.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, ArticleId, RawItem, Stage};
use sitrep_transport::InMessage;

use crate::envelope;
use crate::stage::{Processed, Processor, Rejection};
use crate::telemetry::ArticleSkipped;

/// How many articles the duplicate memory holds before it forgets the oldest.
pub const DEFAULT_MEMORY: usize = 100_000;

pub struct NormalizeProcessor {
    topics: Topics,
    memory: Mutex<ArticleMemory>,
}

impl NormalizeProcessor {
    pub fn new(topics: Topics, memory_size: usize) -> Self {
        Self {
            topics,
            memory: Mutex::new(ArticleMemory::new(memory_size)),
        }
    }
}

/// A bounded map from article id to a fingerprint of its text and its last revision.
struct ArticleMemory {
    capacity: usize,
    entries: HashMap<ArticleId, (blake3::Hash, u32)>,
    order: VecDeque<ArticleId>,
}

enum Seen {
    New,
    Same,
    Changed { revision: u32 },
}

impl ArticleMemory {
    fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            entries: HashMap::new(),
            order: VecDeque::new(),
        }
    }

    fn observe(&mut self, article: &Article) -> Seen {
        let fingerprint = blake3::hash(format!("{}\x1f{}", article.title, article.body).as_bytes());
        match self.entries.get_mut(&article.id) {
            Some((known, _)) if *known == fingerprint => Seen::Same,
            Some((known, revision)) => {
                *known = fingerprint;
                *revision += 1;
                Seen::Changed {
                    revision: *revision,
                }
            }
            None => {
                if self.order.len() >= self.capacity {
                    if let Some(oldest) = self.order.pop_front() {
                        self.entries.remove(&oldest);
                    }
                }
                self.order.push_back(article.id.clone());
                self.entries.insert(article.id.clone(), (fingerprint, 0));
                Seen::New
            }
        }
    }
}

impl Processor for NormalizeProcessor {
    fn stage(&self) -> Stage {
        Stage::Normalizer
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        let item: RawItem =
            serde_json::from_slice(input.payload_bytes()).map_err(|error| Rejection {
                kind: "invalid_json",
                error: format!(
                    "{}[{}]@{}: not a RawItem: {error}",
                    input.position.topic, input.position.partition, input.position.offset
                ),
                input_id: None,
            })?;
        let mut article = sitrep_normalizer::normalize(&item).map_err(|error| Rejection {
            kind: error.kind(),
            error: error.to_string(),
            input_id: Some(item.id.to_string()),
        })?;
        let trace = envelope::continue_trace(input, Stage::Normalizer, Some(item.id.as_str()));
        let seen = self
            .memory
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .observe(&article);
        match seen {
            Seen::Same => {
                ArticleSkipped {
                    article_id: article.id.as_str(),
                    reason: "duplicate",
                }
                .emit();
                return Ok(Processed {
                    outputs: Vec::new(),
                    input_id: Some(item.id.to_string()),
                    trace_id: Some(trace.trace_id),
                });
            }
            Seen::Changed { revision } => article.revision = revision,
            Seen::New => {}
        }
        let message = envelope::json_message(
            &self.topics.articles,
            article.id.as_str(),
            Article::SCHEMA,
            &article,
            &trace,
        )
        .map_err(|error| Rejection {
            kind: "serialize",
            error: format!("article {}: {error}", article.id),
            input_id: Some(item.id.to_string()),
        })?;
        Ok(Processed {
            outputs: vec![message],
            input_id: Some(item.id.to_string()),
            trace_id: Some(trace.trace_id),
        })
    }
}
