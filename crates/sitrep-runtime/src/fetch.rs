//! The fetcher service: polls every configured feed each cycle and produces one
//! `RawItem` per new entry to `items.raw`, keyed by feed id.
//!
//! A feed's state (validators, ids already emitted) changes only after the broker has
//! acknowledged everything produced from that fetch: if producing fails, the next
//! cycle fetches and emits the same entries again instead of losing them. A document
//! that cannot be parsed goes to the dead-letter topic with its bytes.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, StreamExt};
use sitrep_contract::headers::TraceParent;
use sitrep_contract::topics::Topics;
use sitrep_contract::{FeedId, RawItem};
use sitrep_fetcher::{FeedSpec, FeedState, FetchError, Fetcher, PollOutcome};
use sitrep_transport::{Producer, TransportError};
use tokio_util::sync::CancellationToken;

use crate::config::FetcherSettings;
use crate::envelope;
use crate::telemetry::{DeadLettered, FeedFetched};

pub struct FetchLoop {
    pub settings: FetcherSettings,
    pub fetcher: Arc<Fetcher>,
    pub producer: Arc<dyn Producer>,
    pub topics: Topics,
}

impl FetchLoop {
    /// Polls every feed, then waits for the next cycle, until `shutdown`; with `once`,
    /// returns after the first cycle.
    pub async fn run(self, shutdown: CancellationToken, once: bool) -> Result<(), TransportError> {
        tracing::info!(num_feeds = self.settings.feeds.len(), "fetcher started");
        let mut states: HashMap<FeedId, FeedState> = HashMap::new();
        loop {
            self.cycle(&mut states, &shutdown).await?;
            if once || shutdown.is_cancelled() {
                break;
            }
            tokio::select! {
                () = shutdown.cancelled() => break,
                () = tokio::time::sleep(self.settings.poll_interval) => {}
            }
        }
        self.producer.flush(Duration::from_secs(10)).await?;
        tracing::info!("fetcher stopped");
        Ok(())
    }

    /// One poll of every feed, `max_concurrent_fetches` at a time.
    pub async fn cycle(
        &self,
        states: &mut HashMap<FeedId, FeedState>,
        shutdown: &CancellationToken,
    ) -> Result<(), TransportError> {
        let now = chrono::Utc::now();
        let polls = {
            let pending: Vec<_> = self
                .settings
                .feeds
                .iter()
                .map(|feed| self.poll_one(feed, states.get(&feed.id), now))
                .collect();
            stream::iter(pending)
                .buffer_unordered(self.settings.max_concurrent_fetches)
                .take_until(shutdown.cancelled())
                .collect::<Vec<_>>()
                .await
        };
        for (feed, outcome) in polls {
            let state = states.entry(feed.id.clone()).or_default();
            self.apply(feed, state, outcome).await?;
        }
        Ok(())
    }

    async fn poll_one<'a>(
        &self,
        feed: &'a FeedSpec,
        state: Option<&FeedState>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> (&'a FeedSpec, Result<PollOutcome, FetchError>) {
        let empty = FeedState::default();
        let outcome = self.fetcher.poll(feed, state.unwrap_or(&empty), now).await;
        (feed, outcome)
    }

    async fn apply(
        &self,
        feed: &FeedSpec,
        state: &mut FeedState,
        outcome: Result<PollOutcome, FetchError>,
    ) -> Result<(), TransportError> {
        let feed_url = feed.url.as_str();
        match outcome {
            Ok(PollOutcome::NotModified) => {
                FeedFetched {
                    feed_url,
                    outcome: "not_modified",
                    num_bytes: 0,
                    num_new_items: 0,
                    error: None,
                }
                .emit();
            }
            Ok(PollOutcome::Fetched {
                items,
                validators,
                num_bytes,
                ..
            }) => {
                let ids: Vec<_> = items.iter().map(|item| item.id.clone()).collect();
                self.emit(&items).await?;
                FeedFetched {
                    feed_url,
                    outcome: "ok",
                    num_bytes,
                    num_new_items: items.len(),
                    error: None,
                }
                .emit();
                state.record_success(validators, ids);
            }
            Err(error) => {
                let message = error.to_string();
                state.record_failure();
                FeedFetched {
                    feed_url,
                    outcome: error.kind(),
                    num_bytes: 0,
                    num_new_items: 0,
                    error: Some(&message),
                }
                .emit();
                if let Some(body) = error.body() {
                    DeadLettered {
                        stage: sitrep_contract::Stage::Fetcher,
                        error_kind: error.kind(),
                        error: &message,
                        input_id: Some(feed.id.as_str()),
                        trace_id: None,
                    }
                    .emit();
                    let letter = envelope::dead_letter_for_document(
                        &self.topics.deadletter,
                        feed_url,
                        feed.id.as_str(),
                        error.kind(),
                        &message,
                        body,
                        chrono::Utc::now(),
                    );
                    self.producer.send(letter).await?;
                }
            }
        }
        Ok(())
    }

    /// Produces the items and waits until the broker acknowledged all of them.
    async fn emit(&self, items: &[RawItem]) -> Result<(), TransportError> {
        let mut sends = Vec::with_capacity(items.len());
        for item in items {
            let trace = TraceParent::for_item(&item.id);
            let message = envelope::json_message(
                &self.topics.items_raw,
                item.feed.id.as_str(),
                RawItem::SCHEMA,
                item,
                &trace,
            )
            .map_err(|e| TransportError::Config(format!("serializing item {}: {e}", item.id)))?;
            tracing::debug!(item_id = %item.id, trace_id = %trace.trace_id, "item emitted");
            sends.push(self.producer.send(message));
        }
        for result in futures::future::join_all(sends).await {
            result?;
        }
        metrics::counter!(crate::telemetry::names::MESSAGES_OUT, "stage" => "fetcher")
            .increment(items.len() as u64);
        Ok(())
    }
}
