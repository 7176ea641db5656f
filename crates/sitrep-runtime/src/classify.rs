//! The classifier stage: `Article` JSON in, one `IncidentEvent` per new incident out.
//!
//! Only `occurred` events are published (docs/contract.md); references to the past, threats
//! and denials stay inside. Each event carries the CloudEvents headers.
//!
//! A revised article (revision > 0: its text changed after it was first published) is
//! classified afresh: its events replace the earlier ones under the same ids (an event id
//! is the article id and the event's index), and every index up to
//! [`WITHDRAWAL_HORIZON`] that no longer holds an occurred event gets a null value, which
//! withdraws an event the earlier text had there. The stage keeps no memory of what it
//! published, so some of those nulls are for ids never published; consumers ignore them
//! (and compaction drops them).
//!
//! On Kafka each event goes to the partition of its country
//! ([`sitrep_contract::partitioning`]), where the incident stage's replica for that
//! partition merges it; its key stays the event id. A revised article's event whose
//! country changed would land on another partition than its earlier version, so for a
//! revised article every id up to the horizon also gets a null value on every other
//! partition: the earlier version is withdrawn wherever it was merged.

use std::sync::Arc;

use sitrep_classifier::Classifier;
use sitrep_contract::partitioning::event_partition;
use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, EventId, Stage, Status};
use sitrep_transport::{InMessage, OutMessage};

use crate::envelope;
use crate::parallel::{map_on_threads, worker_threads};
use crate::stage::{decode, Processed, Processor, Rejection, RejectionKind};
use crate::telemetry::{ArticleSkipped, EventProduced};

/// How many event indices of a revised article are checked for withdrawal: far more
/// events than an article reports (the development corpus tops out at a handful).
pub(crate) const WITHDRAWAL_HORIZON: usize = 16;

pub struct ClassifyProcessor {
    topics: Topics,
    classifier: Arc<Classifier>,
    /// Threads a batch's articles are shared over: the cores this process may use.
    threads: usize,
    /// The events topic's partitions, when events are placed by country (Kafka); None
    /// leaves the partition to the producer (the in-process bus has one).
    event_partitions: Option<i32>,
}

impl ClassifyProcessor {
    pub fn new(topics: Topics, classifier: Arc<Classifier>) -> Self {
        Self {
            topics,
            classifier,
            threads: worker_threads(),
            event_partitions: None,
        }
    }

    /// Places each event on the partition of its country among `num_partitions`.
    pub(crate) fn with_event_partitions(mut self, num_partitions: i32) -> Self {
        self.event_partitions = Some(num_partitions.max(1));
        self
    }
}

impl Processor for ClassifyProcessor {
    fn stage(&self) -> Stage {
        Stage::Classifier
    }

    /// Articles are classified independently of each other: a batch is shared over the
    /// cores the process may use, and its results keep the input order.
    fn process_batch(&self, inputs: &[InMessage]) -> Vec<Result<Processed, Rejection>> {
        map_on_threads(inputs.iter().collect(), self.threads, |input| {
            self.process(input)
        })
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        let article: Article = decode(input, "an Article")?;
        let trace = envelope::continue_trace(input, Stage::Classifier, Some(article.id.as_str()));
        if !sitrep_classifier::reads_language_of(&article) {
            ArticleSkipped {
                article_id: article.id.as_str(),
                reason: "language",
            }
            .emit();
        }
        let events = self.classifier.classify(&article, chrono::Utc::now());
        let mut outputs = Vec::new();
        let now = chrono::Utc::now();
        let occurred = |event: &&sitrep_contract::IncidentEvent| event.status == Status::Occurred;
        for event in events.iter().filter(occurred) {
            EventProduced {
                since_published: now - article.published_at,
                since_fetched: now - article.fetched_at,
            }
            .emit();
            let mut message =
                envelope::event_message(&self.topics.events, event, &trace).map_err(|error| {
                    Rejection {
                        kind: RejectionKind::Serialize,
                        error: format!("event {}: {error}", event.id),
                        input_id: Some(article.id.to_string()),
                    }
                })?;
            if let Some(num_partitions) = self.event_partitions {
                message = message.with_partition(event_partition(event, num_partitions));
            }
            outputs.push(message);
        }
        let num_published = outputs.len();
        if article.revision > 0 {
            for index in 0..WITHDRAWAL_HORIZON {
                let id = EventId::for_event(&article.id, index);
                let published = events.iter().filter(occurred).find(|event| event.id == id);
                let tombstone = OutMessage::tombstone(self.topics.events.clone(), id.to_string());
                match self.event_partitions {
                    // Every partition but the one the event went to, if it did.
                    Some(num_partitions) => {
                        let kept = published.map(|event| event_partition(event, num_partitions));
                        for partition in (0..num_partitions).filter(|p| Some(*p) != kept) {
                            outputs.push(tombstone.clone().with_partition(partition));
                        }
                    }
                    None if published.is_none() => outputs.push(tombstone),
                    None => {}
                }
            }
        }
        if num_published == 0 {
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
