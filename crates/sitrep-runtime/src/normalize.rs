//! The normalizer stage: `RawItem` JSON in, `Article` JSON out.
//!
//! Around the pure `sitrep_normalizer::normalize` it keeps the normalizer's bounded
//! [`DedupMemory`], so the same article reached again (another feed, a re-fetched entry)
//! is not emitted twice, a materially changed text goes out as the next revision, and
//! the same story from another outlet is linked with `duplicate_of`.

use std::sync::Mutex;

use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, RawItem, Stage};
use sitrep_normalizer::DedupMemory;
use sitrep_transport::InMessage;

use crate::envelope;
use crate::stage::{Processed, Processor, Rejection};
use crate::telemetry::ArticleSkipped;

/// How many articles the duplicate memory holds before it forgets the oldest.
pub const DEFAULT_MEMORY: usize = 100_000;

pub struct NormalizeProcessor {
    topics: Topics,
    memory: Mutex<DedupMemory>,
}

impl NormalizeProcessor {
    pub fn new(topics: Topics, memory_size: usize) -> Self {
        Self {
            topics,
            memory: Mutex::new(DedupMemory::new(memory_size)),
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
        let item_id = Some(item.id.to_string());
        let mut article = sitrep_normalizer::normalize(&item).map_err(|error| Rejection {
            kind: error.kind(),
            error: error.to_string(),
            input_id: item_id.clone(),
        })?;
        let trace = envelope::continue_trace(input, Stage::Normalizer, Some(item.id.as_str()));
        let verdict = self
            .memory
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .observe(&mut article);
        if !verdict.should_publish() {
            ArticleSkipped {
                article_id: article.id.as_str(),
                reason: "duplicate",
            }
            .emit();
            return Ok(Processed {
                outputs: Vec::new(),
                input_id: item_id,
                trace_id: Some(trace.trace_id),
            });
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
            input_id: item_id.clone(),
        })?;
        Ok(Processed {
            outputs: vec![message],
            input_id: item_id,
            trace_id: Some(trace.trace_id),
        })
    }
}
