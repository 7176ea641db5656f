//! One poll of one feed as a task of its own: fetch, produce the new entries and wait for
//! their acknowledgement, apply the outcome to a copy of the feed's state (schedule,
//! backoff, redirect, retirement), write that state, and report back to the scheduler.
//!
//! The state changes only after the items are acknowledged: if producing fails, the
//! feed's old state stands and the next poll emits the same entries again.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sitrep_contract::headers::TraceParent;
use sitrep_contract::redact::{mask_url, mask_urls_in};
use sitrep_contract::topics::Topics;
use sitrep_contract::{FeedId, RawItem};
use sitrep_fetcher::{
    FeedSpec, FeedState, FetchError, Fetcher, HubLink, PollOutcome, Polled, RedirectChange,
    SchedulePolicy,
};
use sitrep_transport::{Producer, TransportError};

use super::clock::Clock;
use super::source::FeedSource;
use super::store::StateStore;
use super::websub::Push;
use crate::envelope;
use crate::telemetry::{
    DeadLettered, FeedFetched, FeedPollTimed, FeedRedirectAdopted, FeedRepaired, FeedRetired,
    ItemCut,
};

/// Everything a poll task needs, shared by all of them.
pub struct PollContext {
    pub fetcher: Arc<Fetcher>,
    /// Where polls get their answers: `fetcher` in service.
    pub source: Arc<dyn FeedSource>,
    /// The scheduler's clock: every time a poll reads or records is its.
    pub clock: Clock,
    pub producer: Arc<dyn Producer>,
    pub topics: Topics,
    pub schedule: SchedulePolicy,
    pub store: Arc<StateStore>,
    /// The largest message the broker takes: items are cut to fit it.
    pub max_message_bytes: usize,
    /// The raw items topic's partitions, when an item goes to the partition of its
    /// article id (Kafka), so the normalizer replica of that partition sees every version
    /// and every exact duplicate of the article; None leaves it to the producer.
    pub items_partitions: Option<i32>,
}

/// One feed to poll now.
pub struct PollJob {
    pub feed: FeedSpec,
    pub state: FeedState,
    pub pinned_interval: Option<Duration>,
    pub partition: i32,
    pub host: String,
    /// In `[0, 1]`, drawn by the scheduler.
    pub jitter: f64,
    /// A hub pushes this feed's content: polls only check now and then.
    pub subscribed: bool,
    pub kind: JobKind,
}

/// What a job of a feed does.
pub enum JobKind {
    /// Fetch the feed; the state is written after.
    Poll,
    /// Read content a hub pushed (in order) instead of polling; the state is written
    /// after only when `write_state`: pushes come often, and their states are written at
    /// most once a second per feed (a crash in between re-emits entries, never loses one).
    Pushed {
        pushes: Vec<Push>,
        write_state: bool,
    },
    /// Write the state the scheduler holds, left unwritten by pushes.
    WriteState,
}

/// What the scheduler learns from a finished poll.
pub struct PollReport {
    pub feed_id: FeedId,
    /// The host whose slot the poll held; None for pushed content, which holds none.
    pub host: Option<String>,
    pub state: FeedState,
    /// The host asked not to be polled before this time (`Retry-After` on 429/503).
    pub host_retry_at: Option<DateTime<Utc>>,
    /// The WebSub hub the document named.
    pub hub: Option<HubLink>,
    /// Whether `state` is in the store now.
    pub state_written: bool,
    /// Whether the poll failed (an error, not a 304 or a document).
    pub failed: bool,
}

pub async fn poll(
    context: Arc<PollContext>,
    mut job: PollJob,
) -> Result<PollReport, TransportError> {
    match std::mem::replace(&mut job.kind, JobKind::Poll) {
        JobKind::Poll => {}
        JobKind::Pushed {
            pushes,
            write_state,
        } => return take_pushes(context, job, pushes, write_state).await,
        JobKind::WriteState => {
            context
                .store
                .write(
                    context.producer.as_ref(),
                    &job.feed.id,
                    job.partition,
                    &job.state,
                )
                .await?;
            return Ok(PollReport {
                feed_id: job.feed.id,
                host: None,
                state: job.state,
                host_retry_at: None,
                hub: None,
                state_written: true,
                failed: false,
            });
        }
    }
    let PollJob {
        feed,
        mut state,
        pinned_interval,
        partition,
        host,
        jitter,
        subscribed,
        kind: _,
    } = job;
    let mut hub = None;
    state.websub_subscribed = subscribed;
    let spec = state.poll_spec(&feed);
    let shown_url = spec.shown_url();
    let feed_url = shown_url.as_str();
    let started = Instant::now();
    let now = context.clock.now();
    let result = context.source.poll_feed(&spec, &state, now).await;
    let elapsed = started.elapsed();
    let schedule = &context.schedule;
    let mut host_retry_at = None;
    let (outcome, num_new) = match result {
        Ok(Polled {
            outcome,
            permanent_redirect,
        }) => {
            let (label, num_new) = match outcome {
                PollOutcome::NotModified => {
                    FeedFetched {
                        feed_url,
                        outcome: "not_modified",
                        num_bytes: 0,
                        num_new_items: 0,
                        num_edited_items: 0,
                        error: None,
                    }
                    .emit();
                    ("not_modified", 0)
                }
                PollOutcome::Fetched {
                    items,
                    num_edited,
                    entries,
                    validators,
                    num_bytes,
                    num_entries,
                    hub: named_hub,
                    repairs,
                    links,
                } => {
                    hub = named_hub;
                    FeedRepaired {
                        feed_url,
                        repairs: &repairs,
                    }
                    .emit();
                    let max_entries = context.fetcher.limits().max_entries;
                    if num_entries > max_entries {
                        tracing::warn!(
                            feed = feed_url,
                            num_entries,
                            num_left_out = num_entries - max_entries,
                            max_entries,
                            "entries past fetcher.max_entries left out"
                        );
                    }
                    // Edits are not publications: they do not speed up the schedule.
                    let num_new = items.len() - num_edited;
                    let num_items = items.len();
                    emit_items(&context, &spec, items).await?;
                    state.count_emitted(num_items);
                    let outcome = if num_entries == 0 { "empty" } else { "ok" };
                    FeedFetched {
                        feed_url,
                        outcome,
                        num_bytes,
                        num_new_items: num_new,
                        num_edited_items: num_edited,
                        error: None,
                    }
                    .emit();
                    state.record_success(validators, entries);
                    state.record_links(links.iter().map(|(link, id)| (link.as_str(), id)));
                    (outcome, num_new)
                }
            };
            // The redirect only matters as seen from the configured URL.
            if state.adopted_url.is_none() {
                if let RedirectChange::Adopted { target } =
                    schedule.observe_redirect(&mut state, permanent_redirect.as_ref())
                {
                    FeedRedirectAdopted {
                        feed_id: feed.id.as_str(),
                        feed_url: &feed.shown_url(),
                        target: &mask_url(&target),
                    }
                    .emit();
                }
            }
            let finished = context.clock.now();
            schedule.after_success(&mut state, pinned_interval, finished, num_new, jitter);
            if subscribed {
                hold_back(&mut state, schedule, jitter, finished);
            }
            state.record_outcome(now, label, None);
            (label, num_new)
        }
        Err(error) => {
            let kind = error.kind();
            let message = error.to_string();
            FeedFetched {
                feed_url,
                outcome: kind,
                num_bytes: 0,
                num_new_items: 0,
                num_edited_items: 0,
                error: Some(&message),
            }
            .emit();
            if error.is_gone() {
                state.retire();
                FeedRetired {
                    feed_id: feed.id.as_str(),
                    feed_url: &feed.shown_url(),
                }
                .emit();
            } else {
                let finished = context.clock.now();
                let retry_after = retry_after(&error, finished);
                state.record_failure();
                let wait = schedule.after_failure(&mut state, finished, retry_after, jitter);
                if retry_after.is_some() {
                    host_retry_at = state.next_poll_at;
                }
                if schedule.park_after_failures > 0
                    && state.consecutive_failures == schedule.park_after_failures
                {
                    tracing::warn!(
                        feed_id = feed.id.as_str(),
                        feed = feed_url,
                        failures = state.consecutive_failures,
                        parked_interval_secs = schedule.parked_interval.as_secs(),
                        "feed parked: polled rarely until it answers again"
                    );
                }
                tracing::debug!(
                    feed = feed_url,
                    failures = state.consecutive_failures,
                    wait_secs = wait.as_secs(),
                    "feed backing off"
                );
            }
            if let Some(body) = error.body() {
                dead_letter(&context, &spec, &error, &message, body).await?;
            }
            let line = mask_urls_in(&message).replace(['\n', '\r'], " ");
            state.record_outcome(now, kind, Some(line));
            (kind, 0)
        }
    };
    FeedPollTimed {
        outcome,
        elapsed,
        num_new_items: num_new,
    }
    .emit();
    context
        .store
        .write(context.producer.as_ref(), &feed.id, partition, &state)
        .await?;
    Ok(PollReport {
        feed_id: feed.id,
        host: Some(host),
        state,
        host_retry_at,
        hub,
        state_written: true,
        failed: !matches!(outcome, "ok" | "not_modified"),
    })
}

/// While a hub pushes a feed, polls are only a safety net: the next one waits the
/// longest interval.
fn hold_back(state: &mut FeedState, schedule: &SchedulePolicy, jitter: f64, now: DateTime<Utc>) {
    let wait = schedule.jittered(schedule.max_interval, jitter);
    let at = now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX);
    state.next_poll_at = Some(state.next_poll_at.map_or(at, |next| next.max(at)));
}

/// Reads content a hub pushed, in order: the new entries are produced and, once
/// acknowledged, recorded in the feed's window, as after a poll. Content that is not a
/// feed document is dead-lettered with its bytes.
async fn take_pushes(
    context: Arc<PollContext>,
    job: PollJob,
    pushed: Vec<Push>,
    write_state: bool,
) -> Result<PollReport, TransportError> {
    let PollJob {
        feed,
        mut state,
        partition,
        jitter,
        ..
    } = job;
    let started = Instant::now();
    let spec = state.poll_spec(&feed);
    let shown_url = spec.shown_url();
    let feed_url = shown_url.as_str();
    let mut num_new_total = 0;
    let mut outcome = "pushed";
    for push in pushed {
        let read = context
            .fetcher
            .read_pushed(
                &spec,
                &state,
                push.body,
                push.content_type.as_deref(),
                context.clock.now(),
            )
            .await;
        // Read: its bytes leave the callback server's budget.
        drop(push.budget);
        match read {
            Ok(PollOutcome::Fetched {
                items,
                num_edited,
                entries,
                num_bytes,
                repairs,
                links,
                ..
            }) => {
                FeedRepaired {
                    feed_url,
                    repairs: &repairs,
                }
                .emit();
                let num_new = items.len() - num_edited;
                let num_items = items.len();
                emit_items(&context, &spec, items).await?;
                state.count_emitted(num_items);
                FeedFetched {
                    feed_url,
                    outcome: "pushed",
                    num_bytes,
                    num_new_items: num_new,
                    num_edited_items: num_edited,
                    error: None,
                }
                .emit();
                state.record_entries(entries);
                state.record_links(links.iter().map(|(link, id)| (link.as_str(), id)));
                num_new_total += num_new;
            }
            Ok(PollOutcome::NotModified) => {}
            Err(error) => {
                outcome = error.kind();
                let message = error.to_string();
                FeedFetched {
                    feed_url,
                    outcome,
                    num_bytes: 0,
                    num_new_items: 0,
                    num_edited_items: 0,
                    error: Some(&message),
                }
                .emit();
                if let Some(body) = error.body() {
                    dead_letter(&context, &spec, &error, &message, body).await?;
                }
            }
        }
    }
    hold_back(&mut state, &context.schedule, jitter, context.clock.now());
    FeedPollTimed {
        outcome,
        elapsed: started.elapsed(),
        num_new_items: num_new_total,
    }
    .emit();
    if write_state {
        context
            .store
            .write(context.producer.as_ref(), &feed.id, partition, &state)
            .await?;
    }
    Ok(PollReport {
        feed_id: feed.id,
        host: None,
        state,
        host_retry_at: None,
        hub: None,
        state_written: write_state,
        failed: outcome != "pushed",
    })
}

/// The wait a 429 or 503 asked for.
fn retry_after(error: &FetchError, now: DateTime<Utc>) -> Option<Duration> {
    matches!(error.status(), Some(429 | 503))
        .then(|| error.retry_after_delay(now))
        .flatten()
}

async fn dead_letter(
    context: &PollContext,
    spec: &FeedSpec,
    error: &FetchError,
    message: &str,
    body: &[u8],
) -> Result<(), TransportError> {
    DeadLettered {
        stage: sitrep_contract::Stage::Fetcher,
        error_kind: error.kind(),
        error: message,
        input_id: Some(spec.id.as_str()),
        trace_id: None,
    }
    .emit();
    let letter = envelope::dead_letter_for_document(
        &context.topics.deadletter,
        &spec.shown_url(),
        spec.id.as_str(),
        error.kind(),
        message,
        body,
        context.clock.now(),
        context.max_message_bytes,
    );
    context.producer.send(letter).await
}

/// At most this many items of one poll are serialized and unacknowledged at a time, so a
/// burst of large feeds does not hold every item twice over (its JSON and librdkafka's
/// copy) at once.
const MAX_SENDS_IN_FLIGHT: usize = 512;

/// Produces the items and waits until the broker acknowledged all of them. Sends start
/// in item order (a FuturesUnordered first polls what it holds in the order it was pushed).
///
/// An item whose JSON would not fit the broker's message limit is cut to fit (its fields
/// named in `truncated`); one that cannot be cut enough is dead-lettered with a reference
/// (the feed, the entry and what is too long). Either way the feed moves on: its state
/// records the entry like any other.
async fn emit_items(
    context: &PollContext,
    feed: &FeedSpec,
    items: Vec<RawItem>,
) -> Result<(), TransportError> {
    use futures::StreamExt as _;
    let num_items = items.len();
    let mut pending = futures::stream::FuturesUnordered::new();
    let sizing = Arc::new(ItemSizing {
        topics: context.topics.clone(),
        clock: context.clock,
        max_message_bytes: context.max_message_bytes,
        items_partitions: context.items_partitions,
    });
    for item in items {
        if pending.len() >= MAX_SENDS_IN_FLIGHT {
            if let Some(result) = pending.next().await {
                result?;
            }
        }
        let message = if text_bytes(&item) <= SERIALIZE_INLINE_MAX_BYTES {
            sizing.message(feed, item)
        } else {
            // Serializing and cutting a 5 MB entry takes tens of milliseconds: on the
            // blocking pool, so other feeds' polls and pushes go on meanwhile.
            let (sizing, feed) = (sizing.clone(), feed.clone());
            tokio::task::spawn_blocking(move || sizing.message(&feed, item))
                .await
                .map_err(|_| TransportError::Closed)?
        };
        pending.push(context.producer.send(message));
    }
    while let Some(result) = pending.next().await {
        result?;
    }
    metrics::counter!(crate::metric_catalogue::MESSAGES_OUT, "stage" => "fetcher")
        .increment(num_items as u64);
    Ok(())
}

/// The partition of the raw items topic for `item`: its article id's
/// (`sitrep_contract::partitioning::partition_of_key`), the same for the entry in every
/// feed that links the same page.
pub fn raw_item_partition(item: &RawItem, num_partitions: i32) -> i32 {
    sitrep_contract::partitioning::partition_of_key(
        sitrep_normalizer::article_id(item).as_str(),
        num_partitions,
    )
}

/// An item whose text fields together are longer than this is serialized (and cut to
/// fit) on the blocking pool rather than on the executor.
const SERIALIZE_INLINE_MAX_BYTES: usize = 64 * 1024;

/// The bytes of an item's text fields, which decide what serializing it costs.
fn text_bytes(item: &RawItem) -> usize {
    [&item.title, &item.summary, &item.content]
        .iter()
        .map(|field| field.as_ref().map_or(0, String::len))
        .chain(item.authors.iter().map(String::len))
        .chain(item.categories.iter().map(String::len))
        .sum()
}

/// What turning an item into its message needs, owned, so it can run on the blocking pool.
struct ItemSizing {
    topics: Topics,
    clock: Clock,
    max_message_bytes: usize,
    items_partitions: Option<i32>,
}

impl ItemSizing {
    /// The item's message on `items.raw`, cut to fit the broker's message limit (its
    /// fields named in `truncated`), or the dead letter of an item that cannot be cut enough.
    fn message(&self, feed: &FeedSpec, mut item: RawItem) -> sitrep_transport::OutMessage {
        let trace = TraceParent::for_item(&item.id);
        let mut message = envelope::json_message_of(
            &self.topics.items_raw,
            item.feed.id.as_str(),
            RawItem::SCHEMA,
            Vec::new(),
            &trace,
        );
        let budget = self
            .max_message_bytes
            .saturating_sub(envelope::message_size(&message));
        match sitrep_fetcher::fit_item(&mut item, budget) {
            Ok(fitted) => {
                if !item.truncated.is_empty() {
                    ItemCut {
                        feed_url: &feed.shown_url(),
                        item_id: item.id.as_str(),
                        fields: &item.truncated,
                        num_bytes: fitted.num_bytes_whole,
                        max_bytes: budget,
                    }
                    .emit();
                }
                message.payload = fitted.json;
                tracing::debug!(item_id = %item.id, trace_id = %trace.trace_id, "item emitted");
                match self.items_partitions {
                    Some(num_partitions) => {
                        message.with_partition(raw_item_partition(&item, num_partitions))
                    }
                    None => message,
                }
            }
            Err(too_large) => too_large_letter(
                &self.topics,
                self.clock,
                self.max_message_bytes,
                feed,
                &item,
                &too_large,
            ),
        }
    }
}

/// Longest entry name (guid or link) quoted in an error line.
const MAX_ENTRY_NAME_CHARS: usize = 200;

/// The dead letter of an item that cannot be cut to fit: the error names the feed, the
/// entry and the field that is too long; the letter keeps the start of the item's JSON.
fn too_large_letter(
    topics: &Topics,
    clock: Clock,
    max_message_bytes: usize,
    feed: &FeedSpec,
    item: &RawItem,
    too_large: &sitrep_fetcher::ItemTooLarge,
) -> sitrep_transport::OutMessage {
    let entry = item
        .guid
        .as_deref()
        .or(item.link.as_deref())
        .unwrap_or(item.id.as_str());
    let mut entry_name: String = entry.chars().take(MAX_ENTRY_NAME_CHARS).collect();
    if entry_name.len() < entry.len() {
        entry_name.push('…');
    }
    let error = format!(
        "feed {}: entry {entry_name:?} ({}): {too_large}",
        feed.shown_url(),
        item.id
    );
    crate::telemetry::OversizedOutput {
        stage: sitrep_contract::Stage::Fetcher,
        action: "dead_lettered",
    }
    .emit();
    DeadLettered {
        stage: sitrep_contract::Stage::Fetcher,
        error_kind: "too_large",
        error: &error,
        input_id: Some(item.id.as_str()),
        trace_id: None,
    }
    .emit();
    let json = serde_json::to_vec(item).unwrap_or_default();
    envelope::dead_letter_for_document(
        &topics.deadletter,
        &feed.shown_url(),
        item.id.as_str(),
        "too_large",
        &error,
        &json,
        clock.now(),
        max_message_bytes,
    )
}
