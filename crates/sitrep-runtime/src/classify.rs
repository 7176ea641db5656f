//! The classifier stage: `Article` JSON in, one `IncidentEvent` per new incident out.
//!
//! Only `occurred` events are published (CONTRACT.md); references to the past, threats
//! and denials stay inside. Each event carries the CloudEvents headers.

use std::sync::Arc;

use sitrep_classifier::Classifier;
use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, Stage, Status};
use sitrep_transport::InMessage;

use crate::envelope;
use crate::stage::{Processed, Processor, Rejection};
use crate::telemetry::{ArticleSkipped, EventProduced};

pub struct ClassifyProcessor {
    topics: Topics,
    classifier: Arc<Classifier>,
}

impl ClassifyProcessor {
    pub fn new(topics: Topics, classifier: Arc<Classifier>) -> Self {
        Self { topics, classifier }
    }
}

impl Processor for ClassifyProcessor {
    fn stage(&self) -> Stage {
        Stage::Classifier
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        let article: Article =
            serde_json::from_slice(input.payload_bytes()).map_err(|error| Rejection {
                kind: "invalid_json",
                error: format!(
                    "{}[{}]@{}: not an Article: {error}",
                    input.position.topic, input.position.partition, input.position.offset
                ),
                input_id: None,
            })?;
        let trace = envelope::continue_trace(input, Stage::Classifier, Some(article.id.as_str()));
        if article
            .language
            .as_deref()
            .is_some_and(|language| language != "en")
        {
            ArticleSkipped {
                article_id: article.id.as_str(),
                reason: "language",
            }
            .emit();
        }
        let events = self.classifier.classify(&article, chrono::Utc::now());
        let mut outputs = Vec::new();
        let now = chrono::Utc::now();
        for event in events
            .iter()
            .filter(|event| event.status == Status::Occurred)
        {
            EventProduced {
                since_published: now - article.published_at,
                since_fetched: now - article.fetched_at,
            }
            .emit();
            let message =
                envelope::event_message(&self.topics.events, event, &trace).map_err(|error| {
                    Rejection {
                        kind: "serialize",
                        error: format!("event {}: {error}", event.id),
                        input_id: Some(article.id.to_string()),
                    }
                })?;
            outputs.push(message);
        }
        if outputs.is_empty() {
            ArticleSkipped {
                article_id: article.id.as_str(),
                reason: "no_incident",
            }
            .emit();
        }
        Ok(Processed {
            outputs,
            input_id: Some(article.id.to_string()),
            trace_id: Some(trace.trace_id),
        })
    }
}
