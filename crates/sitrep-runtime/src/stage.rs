//! The consume-transform-produce loop every consuming stage runs.
//!
//! A [`Processor`] is the stage's pure core behind a small adapter: one input message
//! in, output messages (or a [`Rejection`]) out. The loop around it owns delivery:
//!
//! - the outputs of an input are sent, and the input's position is stored only once
//!   the transport acknowledged all of them (at least once, end to end);
//! - inputs are processed in order and their sends run concurrently, up to
//!   `max_in_flight`; positions are stored in input order, so a stored position never
//!   runs ahead of an input whose outputs are still in flight;
//! - inputs already waiting in the consumer are taken as one batch: one future for
//!   their sends and one stored position per partition, instead of one of each per
//!   input;
//! - a rejected input becomes a dead letter that keeps the original bytes, and the
//!   loop carries on with the next message;
//! - so does an input one of whose outputs would not fit the broker's message limit (a
//!   processor sizes its outputs; this is the guard behind it);
//! - on shutdown: stop taking input, finish the batch being processed, wait for
//!   in-flight sends, flush, commit.
//!
//! A batch is processed on tokio's blocking pool, never on an async worker: classifying,
//! normalizing, a memory rebuild awaited by the first input and merging are CPU work, and
//! timers, the admin server and the other stages of the process go on meanwhile. One
//! batch is processed at a time, and its sends start before the next batch is taken, so
//! inputs are processed in order and outputs are sent in input order.
//!
//! The consumer is polled while a batch is processed, however long that takes (the
//! incident stage's first batch after an assignment rebuilds indexes from a topic): a
//! group member that is not polled cannot give up its partitions, so its whole group's
//! rebalance would wait for it, and a replica that joins would get nothing meanwhile.
//! What arrives waits to be the next batch. Once `max_in_flight` inputs are taken in, the
//! loop stops reading: librdkafka keeps what it prefetched (bounded by
//! `queued.max.messages.kbytes`) and sends the group's heartbeats from its own thread.
//! Only when that lasts [`PAUSE_AFTER`] (a batch getting ready for long, sends waiting on
//! a broker that is away) are the consumer's partitions paused and the consumer polled
//! again, so that rebalances and the client's reports go on. Pausing is kept for that
//! case because it is dear: librdkafka drops what it prefetched of a paused partition
//! and fetches it again on resume, which its broker thread notices up to a second later;
//! a pause at every full intake made reading a backlog about ten times slower. Waiting
//! inputs of a partition the group gave to another member are dropped: that member reads
//! them from the committed position.
//!
//! Everything that can wake the loop is one arm of a single `select!`.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::FutureExt as _;
use futures::stream::{FuturesOrdered, FuturesUnordered, StreamExt};
use serde::de::DeserializeOwned;
use sitrep_contract::Stage;
use sitrep_transport::{Consumer, InMessage, OutMessage, Position, Producer, TransportError};
use tokio_util::sync::CancellationToken;

use crate::consumer_trouble::{ConsumerTrouble, Reaction};
use crate::envelope;
pub use crate::rejection::{Rejection, RejectionKind};
use crate::telemetry::{DeadLettered, MessageProcessed, OversizedOutput, StageMetrics};

/// Where an input was read: `topic[partition]@offset`, for errors that name it.
pub(crate) fn where_in(input: &InMessage) -> String {
    let position = &input.position;
    format!(
        "{}[{}]@{}",
        position.topic, position.partition, position.offset
    )
}

/// The input's payload read as JSON into a `T` (`what` names it: "an Article"), or the
/// input's rejection as `invalid_json`, naming where it was read.
pub(crate) fn decode<T: DeserializeOwned>(input: &InMessage, what: &str) -> Result<T, Rejection> {
    serde_json::from_slice(input.payload_bytes()).map_err(|error| Rejection {
        kind: RejectionKind::InvalidJson,
        error: format!("{}: not {what}: {error}", where_in(input)),
        input_id: None,
    })
}

/// Keeps the inputs of partitions `consumer` owns (all of them when it cannot tell).
fn retain_owned<C: Extend<InMessage> + IntoIterator<Item = InMessage> + Default>(
    consumer: &dyn Consumer,
    inputs: &mut C,
) {
    let Ok(assignment) = consumer.assignment() else {
        return;
    };
    let owned = |input: &InMessage| {
        assignment.iter().any(|(topic, partition)| {
            *topic == input.position.topic && *partition == input.position.partition
        })
    };
    let all = std::mem::take(inputs);
    inputs.extend(all.into_iter().filter(owned));
}

/// What a stage did with one input.
#[derive(Debug, Default)]
pub struct Processed {
    /// The messages to send for the input (none for an input that changes nothing).
    pub outputs: Vec<OutMessage>,
    /// The id of the input, for logs.
    pub input_id: Option<String>,
    /// The trace the input continues, for logs.
    pub trace_id: Option<String>,
}

/// A stage's core behind the loop. Must never panic. It is called on tokio's blocking
/// pool (one batch at a time, in input order), so it may take its time and block.
/// The first input of each partition among `inputs`, in the order the partitions first
/// appear: where a [`Processor::get_ready`] that keeps per-partition state looks to see
/// whether that partition's state must be rebuilt.
pub(crate) fn first_of_each_partition(inputs: &[InMessage]) -> Vec<&Position> {
    let mut firsts: Vec<&Position> = Vec::new();
    for input in inputs {
        if !firsts
            .iter()
            .any(|p| p.partition == input.position.partition)
        {
            firsts.push(&input.position);
        }
    }
    firsts
}

pub trait Processor: Send + Sync + 'static {
    fn stage(&self) -> Stage;
    fn process(&self, input: &InMessage) -> Result<Processed, Rejection>;

    /// Gets ready for `inputs` before they are processed: work that may take long, such
    /// as the incident stage's rebuild of a partition's index. The loop polls its
    /// consumer meanwhile, and processes only the inputs of partitions it still owns
    /// afterwards. Nothing to do here.
    fn get_ready(&self, _inputs: &[InMessage]) {}

    /// The results of `inputs`, one per input and in their order. One by one here; a
    /// processor whose work can be shared out over threads does that instead.
    fn process_batch(&self, inputs: &[InMessage]) -> Vec<Result<Processed, Rejection>> {
        inputs.iter().map(|input| self.process(input)).collect()
    }
}

/// A consuming stage's loop: built by `pipeline::spawn_stage` with its limits from the
/// settings (`[stages]`), or by hand in tests.
pub struct StageLoop<P> {
    /// The stage's core: each input's outputs, or its rejection.
    pub processor: Arc<P>,
    /// Where inputs come from, and where their positions are stored once their outputs
    /// are acknowledged.
    pub consumer: Arc<dyn Consumer>,
    /// Where outputs and dead letters go.
    pub producer: Arc<dyn Producer>,
    /// The topic rejected inputs go to.
    pub deadletter_topic: String,
    /// Inputs taken in whose outputs are not all acknowledged yet, at most.
    pub max_in_flight: usize,
    /// How long the final flush may take on shutdown.
    pub flush_timeout: Duration,
    /// The largest message the broker takes: an input with a larger output is
    /// dead-lettered instead, and dead letters are cut to fit.
    pub max_message_bytes: usize,
}

/// The most inputs taken in one go: what the consumer already holds, never a wait for more.
const MAX_BATCH: usize = 256;

/// A batch of inputs whose outputs are all acknowledged: the position to store for each
/// partition it read from (its last input there), in input order.
struct Done {
    positions: Vec<Position>,
    num_inputs: usize,
}

type Completion = futures::future::BoxFuture<'static, Result<Done, TransportError>>;

/// A batch processed on the blocking pool: its inputs, one result each, and the time it
/// took.
struct ProcessedBatch {
    inputs: Vec<InMessage>,
    /// Inputs taken in but dropped: their partitions went to another member.
    num_dropped: usize,
    results: Vec<Result<Processed, Rejection>>,
    elapsed: Duration,
}

/// The batch being processed on the blocking pool (at most one).
type Processing = FuturesUnordered<tokio::task::JoinHandle<ProcessedBatch>>;

/// How long the loop may have `max_in_flight` inputs taken in, reading nothing, before it
/// pauses the consumer's partitions and polls the consumer again. Meanwhile the group's
/// heartbeats go on (librdkafka's own thread) and `max.poll.interval.ms` (5 minutes) is
/// far off; what waits is a rebalance of the group (a member that is not polled cannot
/// give up its partitions) and the client's reports (brokers down, statistics), which
/// readiness follows. Reading a backlog, the loop is full for as long as a batch takes
/// (milliseconds), so it never pauses there.
const PAUSE_AFTER: Duration = Duration::from_secs(1);

/// Inputs received while a batch was processed, waiting to be the next batch (the
/// consumer is polled meanwhile: a group member that is not polled holds up its group's
/// rebalance), and how the loop reads while `max_in_flight` inputs are taken in: not at
/// all for [`PAUSE_AFTER`], then with the consumer's partitions paused.
#[derive(Default)]
struct Waiting {
    inputs: VecDeque<InMessage>,
    /// Since when `max_in_flight` inputs are taken in; none while there is room.
    full_since: Option<tokio::time::Instant>,
    /// Pausing was tried in this full spell (paused, refused, or failed): not again until
    /// there is room.
    pause_tried: bool,
    /// The consumer's partitions are paused.
    paused: bool,
}

impl Waiting {
    /// When to pause, if it comes to that: [`PAUSE_AFTER`] into a full spell in which
    /// pausing was not tried yet.
    fn pause_at(&self) -> Option<tokio::time::Instant> {
        self.full_since
            .filter(|_| !self.pause_tried)
            .map(|since| since + PAUSE_AFTER)
    }
}

/// Waits until `at`, or forever when there is no `at`.
async fn until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

impl<P: Processor> StageLoop<P> {
    /// Runs until `shutdown` is cancelled (returns Ok after draining) or the transport
    /// fails for good (returns the error; positions of unsent work stay unstored).
    ///
    /// Inputs the consumer already holds are taken together (up to [`MAX_BATCH`], and
    /// never beyond `max_in_flight`): processed in order on the blocking pool, their
    /// outputs sent together, and the batch's positions stored once all of them are
    /// acknowledged. A batch never waits for input that is not there yet, so batching adds
    /// no latency; the next batch is taken once this one is processed.
    pub async fn run(self, shutdown: CancellationToken) -> Result<(), TransportError> {
        let stage = self.processor.stage();
        tracing::info!(stage = stage.as_str(), "stage started");
        let metrics = StageMetrics::new(stage);
        let mut in_flight: FuturesOrdered<Completion> = FuturesOrdered::new();
        let mut processing = Processing::new();
        let mut num_in_flight = 0usize;
        let mut trouble = ConsumerTrouble::new(stage.as_str());
        let mut waiting = Waiting::default();
        let result = loop {
            if processing.is_empty() && !waiting.inputs.is_empty() {
                let room = self
                    .max_in_flight
                    .saturating_sub(num_in_flight)
                    .min(MAX_BATCH);
                let batch = self.take_waiting(&mut waiting, room);
                if !batch.is_empty() {
                    num_in_flight += batch.len();
                    metrics.received(batch.len());
                    processing.push(self.process(batch));
                }
            }
            let full = num_in_flight + waiting.inputs.len() >= self.max_in_flight;
            if full {
                waiting
                    .full_since
                    .get_or_insert_with(tokio::time::Instant::now);
            } else {
                waiting.full_since = None;
                waiting.pause_tried = false;
                if waiting.paused {
                    self.resume(&mut waiting);
                }
            }
            let pause_at = waiting.pause_at();
            tokio::select! {
                biased;
                () = shutdown.cancelled() => break Ok(()),
                Some(done) = in_flight.next(), if !in_flight.is_empty() => {
                    match done {
                        Ok(done) => {
                            num_in_flight -= done.num_inputs;
                            self.store(&done.positions);
                        }
                        Err(error) => break Err(error),
                    }
                }
                Some(joined) = processing.next(), if !processing.is_empty() => {
                    match joined {
                        Ok(batch) => {
                            num_in_flight -= batch.num_dropped;
                            in_flight.push_back(self.send(batch, &metrics));
                        }
                        Err(error) => break Self::lost(error),
                    }
                }
                // Full for PAUSE_AFTER: paused and polled from here on.
                () = until(pause_at), if pause_at.is_some() => {
                    waiting.pause_tried = true;
                    self.pause(&mut waiting);
                }
                // Polled while a batch is processed too, and while paused: the consumer's
                // group rebalances only as its members are polled.
                received = self.consumer.recv(), if !full || waiting.paused => {
                    let input = match received {
                        Ok(input) => input,
                        Err(error) => match trouble.on_error(&error) {
                            Reaction::Continue => continue,
                            Reaction::Fail => break Err(error),
                            Reaction::Pause(pause) => {
                                tokio::select! {
                                    () = shutdown.cancelled() => break Ok(()),
                                    () = tokio::time::sleep(pause) => {}
                                }
                                // What queued up meanwhile, errors and all, without
                                // pausing again: a pause per queued error is what kept
                                // rebalances waiting for minutes after an outage.
                                match self.drain_errors(&mut trouble) {
                                    Ok(Some(input)) => input,
                                    Ok(None) => continue,
                                    Err(error) => break Err(error),
                                }
                            }
                        },
                    };
                    trouble.on_message();
                    if processing.is_empty()
                        && waiting.inputs.is_empty()
                        && num_in_flight < self.max_in_flight
                    {
                        let room = (self.max_in_flight - num_in_flight).min(MAX_BATCH);
                        let (batch, fatal) = self.take_ready(input, room, &mut trouble);
                        num_in_flight += batch.len();
                        metrics.received(batch.len());
                        processing.push(self.process(batch));
                        if let Some(error) = fatal {
                            break Err(error);
                        }
                    } else {
                        waiting.inputs.push_back(input);
                    }
                }
            }
        };
        // Drain: what was taken in is finished and its position stored.
        let mut result = result;
        while let Some(joined) = processing.next().await {
            match joined {
                Ok(batch) => in_flight.push_back(self.send(batch, &metrics)),
                Err(error) => result = result.and(Self::lost(error)),
            }
        }
        while let Some(done) = in_flight.next().await {
            match done {
                Ok(done) => self.store(&done.positions),
                Err(error) => {
                    tracing::error!(stage = stage.as_str(), error = %error, "send failed while draining")
                }
            }
        }
        if let Err(error) = self.producer.flush(self.flush_timeout).await {
            tracing::error!(stage = stage.as_str(), error = %error, "flush failed on shutdown");
        }
        if let Err(error) = self.consumer.commit().await {
            tracing::error!(stage = stage.as_str(), error = %error, "commit failed on shutdown");
        }
        tracing::info!(stage = stage.as_str(), "stage stopped");
        result
    }

    /// The inputs that arrived while a batch was processed, oldest first, at most `room`;
    /// those of partitions the consumer no longer owns are dropped (their new owner reads
    /// them from the group's committed position, as this one would if given them back).
    fn take_waiting(&self, waiting: &mut Waiting, room: usize) -> Vec<InMessage> {
        let before = waiting.inputs.len();
        retain_owned(self.consumer.as_ref(), &mut waiting.inputs);
        let num_dropped = before - waiting.inputs.len();
        if num_dropped > 0 {
            tracing::info!(
                stage = self.processor.stage().as_str(),
                num_dropped,
                "waiting inputs of partitions given away dropped"
            );
        }
        let num_taken = room.min(waiting.inputs.len());
        waiting.inputs.drain(..num_taken).collect()
    }

    /// No more input until what waits is taken, after [`PAUSE_AFTER`] of reading none:
    /// the consumer's partitions are paused (it is polled again), or, when it cannot
    /// pause, it stays unpolled.
    fn pause(&self, waiting: &mut Waiting) {
        match self.consumer.pause() {
            Ok(paused) => waiting.paused = paused,
            Err(error) => {
                tracing::warn!(stage = self.processor.stage().as_str(), error = %error, "input not paused");
                waiting.paused = false;
            }
        }
    }

    fn resume(&self, waiting: &mut Waiting) {
        match self.consumer.resume() {
            Ok(()) => waiting.paused = false,
            // Tried again on the loop's next turn.
            Err(error) => {
                tracing::warn!(stage = self.processor.stage().as_str(), error = %error, "input not resumed")
            }
        }
    }

    /// `first` and the inputs after it that the consumer holds already, at most `room`;
    /// and a fatal error met on the way, if any (other errors are counted and logged).
    fn take_ready(
        &self,
        first: InMessage,
        room: usize,
        trouble: &mut ConsumerTrouble,
    ) -> (Vec<InMessage>, Option<TransportError>) {
        let mut batch = vec![first];
        while batch.len() < room {
            match self.consumer.recv().now_or_never() {
                Some(Ok(input)) => batch.push(input),
                Some(Err(error)) => {
                    let fatal = trouble.note(&error);
                    return (batch, fatal.then_some(error));
                }
                None => break,
            }
        }
        (batch, None)
    }

    /// Takes the errors the consumer holds already, up to the first message (returned),
    /// or none. A fatal error is returned as such.
    fn drain_errors(
        &self,
        trouble: &mut ConsumerTrouble,
    ) -> Result<Option<InMessage>, TransportError> {
        loop {
            match self.consumer.recv().now_or_never() {
                Some(Ok(input)) => return Ok(Some(input)),
                Some(Err(error)) => {
                    if trouble.note(&error) {
                        return Err(error);
                    }
                }
                None => return Ok(None),
            }
        }
    }

    fn store(&self, positions: &[Position]) {
        for position in positions {
            if let Err(error) = self.consumer.store(position) {
                // The partition was revoked meanwhile: its new owner redoes the work.
                tracing::debug!(error = %error, "position not stored");
            }
        }
    }

    /// Processes a batch of inputs on the blocking pool, in order.
    /// First the processor gets ready for them ([`Processor::get_ready`]); inputs of
    /// partitions the group gave away meanwhile are then dropped, unprocessed and
    /// unstored (their new owner reads them from the committed position).
    fn process(&self, mut inputs: Vec<InMessage>) -> tokio::task::JoinHandle<ProcessedBatch> {
        let processor = self.processor.clone();
        let consumer = self.consumer.clone();
        tokio::task::spawn_blocking(move || {
            let started = Instant::now();
            processor.get_ready(&inputs);
            let num_taken = inputs.len();
            retain_owned(consumer.as_ref(), &mut inputs);
            let num_dropped = num_taken - inputs.len();
            if num_dropped > 0 {
                tracing::info!(
                    stage = processor.stage().as_str(),
                    num_dropped,
                    "inputs of partitions given away while getting ready dropped"
                );
            }
            let results = processor.process_batch(&inputs);
            ProcessedBatch {
                inputs,
                num_dropped,
                results,
                elapsed: started.elapsed(),
            }
        })
    }

    /// What a batch whose processing did not come back means for the loop: a panic goes
    /// on here, on the stage's task, as it would have without the blocking pool; a task
    /// the runtime cancelled (it is shutting down) ends the loop, its inputs unstored.
    fn lost(error: tokio::task::JoinError) -> Result<(), TransportError> {
        match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(_) => Ok(()),
        }
    }

    /// The outputs (or dead letters) of a processed batch, and the future of their sends.
    fn send(&self, batch: ProcessedBatch, metrics: &StageMetrics) -> Completion {
        let ProcessedBatch {
            inputs,
            results,
            elapsed,
            ..
        } = batch;
        let num_inputs = inputs.len();
        debug_assert_eq!(results.len(), num_inputs, "one result per input");
        // Inputs processed together share the batch's time evenly.
        let elapsed = elapsed / u32::try_from(num_inputs.max(1)).unwrap_or(u32::MAX);
        let mut outputs = Vec::with_capacity(num_inputs);
        let mut positions: Vec<Position> = Vec::new();
        for (input, result) in inputs.iter().zip(results) {
            outputs.extend(self.outcome(input, result, elapsed, metrics));
            let position = &input.position;
            match positions
                .iter_mut()
                .find(|p| p.partition == position.partition && p.topic == position.topic)
            {
                // Inputs of one partition come in order: the later one covers the earlier.
                Some(stored) => stored.offset = position.offset,
                None => positions.push(position.clone()),
            }
        }
        let producer = self.producer.clone();
        Box::pin(async move {
            let sends = outputs.into_iter().map(|message| producer.send(message));
            for result in futures::future::join_all(sends).await {
                result?;
            }
            Ok(Done {
                positions,
                num_inputs,
            })
        })
    }

    /// The outputs of one processed input, or its dead letter.
    fn outcome(
        &self,
        input: &InMessage,
        result: Result<Processed, Rejection>,
        elapsed: Duration,
        metrics: &StageMetrics,
    ) -> Vec<OutMessage> {
        let stage = self.processor.stage();
        let result = result.and_then(|processed| self.within_limit(input, processed));
        match result {
            Ok(processed) => {
                MessageProcessed {
                    stage,
                    input_id: processed.input_id.as_deref(),
                    trace_id: processed.trace_id.as_deref(),
                    num_outputs: processed.outputs.len(),
                    elapsed,
                }
                .emit(metrics);
                processed.outputs
            }
            Err(rejection) => {
                DeadLettered {
                    stage,
                    error_kind: rejection.kind.label(),
                    error: &rejection.error,
                    input_id: rejection.input_id.as_deref(),
                    trace_id: input
                        .header(sitrep_contract::headers::TRACEPARENT)
                        .and_then(|value| value.split('-').nth(1)),
                }
                .emit();
                vec![envelope::dead_letter_for_input(
                    &self.deadletter_topic,
                    stage,
                    input,
                    rejection.kind.label(),
                    &rejection.error,
                    rejection.input_id,
                    chrono::Utc::now(),
                    self.max_message_bytes,
                )]
            }
        }
    }

    /// `processed` when all its outputs fit the message limit; else a rejection that
    /// names the input and the output.
    fn within_limit(
        &self,
        input: &InMessage,
        processed: Processed,
    ) -> Result<Processed, Rejection> {
        let Some((oversized, num_bytes)) = processed
            .outputs
            .iter()
            .map(|message| (message, envelope::message_size(message)))
            .find(|(_, num_bytes)| *num_bytes > self.max_message_bytes)
        else {
            return Ok(processed);
        };
        let stage = self.processor.stage();
        OversizedOutput {
            stage,
            action: "dead_lettered",
        }
        .emit();
        let position = &input.position;
        let input_name = processed.input_id.clone().unwrap_or_else(|| {
            format!(
                "{}[{}]@{}",
                position.topic, position.partition, position.offset
            )
        });
        Err(Rejection {
            kind: RejectionKind::OutputTooLarge,
            error: format!(
                "{input_name}: its output to {} ({}) is {num_bytes} bytes, over the message limit of {} bytes",
                oversized.topic,
                oversized.key.as_deref().unwrap_or("no key"),
                self.max_message_bytes
            ),
            input_id: processed.input_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_transport::memory::MemoryBus;
    use sitrep_transport::{ConsumerSpec, StartFrom, Transport};

    /// Upper-cases text inputs; rejects inputs that are not UTF-8 (as invalid JSON would be).
    struct Shout;

    impl Processor for Shout {
        fn stage(&self) -> Stage {
            Stage::Normalizer
        }

        fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
            let text = std::str::from_utf8(input.payload_bytes()).map_err(|e| Rejection {
                kind: RejectionKind::InvalidJson,
                error: format!("offset {}: {e}", input.position.offset),
                input_id: None,
            })?;
            let out = OutMessage::new("out", input.key_text(), text.to_uppercase().into_bytes());
            Ok(Processed {
                outputs: vec![out],
                ..Processed::default()
            })
        }
    }

    #[tokio::test]
    async fn processes_in_order_dead_letters_bad_input_and_commits_everything() {
        let bus = MemoryBus::new();
        let producer = bus.producer().expect("producer");
        for payload in [b"a".to_vec(), vec![0xff, 0xfe], b"c".to_vec()] {
            producer
                .send(OutMessage::new("in", Some("k".into()), payload))
                .await
                .expect("send");
        }
        let consumer = bus
            .consumer(&ConsumerSpec {
                group_id: "g".into(),
                topics: vec!["in".into()],
                start_from: StartFrom::Earliest,
            })
            .expect("consumer");
        let stage = StageLoop {
            processor: Arc::new(Shout),
            consumer,
            producer,
            deadletter_topic: "dead".into(),
            max_in_flight: 8,
            flush_timeout: Duration::from_secs(1),
            max_message_bytes: crate::config::DEFAULT_MAX_MESSAGE_BYTES,
        };
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(stage.run(shutdown.clone()));
        bus.wait_committed("g", "in").await;
        shutdown.cancel();
        task.await.expect("join").expect("clean stop");

        let outputs: Vec<Vec<u8>> = bus
            .messages("out")
            .into_iter()
            .filter_map(|m| m.payload)
            .collect();
        assert_eq!(
            outputs,
            vec![b"A".to_vec(), b"C".to_vec()],
            "good input processed in order, past the bad one"
        );
        let letters = bus.messages("dead");
        assert_eq!(letters.len(), 1);
        let letter: sitrep_contract::DeadLetter =
            serde_json::from_slice(letters[0].payload_bytes()).expect("dead letter json");
        assert_eq!(letter.error_kind, "invalid_json");
        assert_eq!(letter.input.offset, Some(1));
        assert_eq!(letter.payload().expect("base64"), vec![0xff, 0xfe]);
        assert_eq!(bus.committed("g", "in"), 3);
    }

    /// Repeats each input's text a hundred times: one input gives a large output.
    struct Echo100;

    impl Processor for Echo100 {
        fn stage(&self) -> Stage {
            Stage::Classifier
        }

        fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
            let out = OutMessage::new("out", input.key_text(), input.payload_bytes().repeat(100));
            Ok(Processed {
                outputs: vec![out],
                input_id: input.key_text(),
                ..Processed::default()
            })
        }
    }

    #[tokio::test]
    async fn an_input_whose_output_would_not_fit_is_dead_lettered_and_the_loop_goes_on() {
        let bus = MemoryBus::new();
        let producer = bus.producer().expect("producer");
        for (key, payload) in [("a", "small"), ("b", &"large".repeat(40)), ("c", "small")] {
            producer
                .send(OutMessage::new(
                    "in",
                    Some(key.into()),
                    payload.as_bytes().to_vec(),
                ))
                .await
                .expect("send");
        }
        let consumer = bus
            .consumer(&ConsumerSpec {
                group_id: "g".into(),
                topics: vec!["in".into()],
                start_from: StartFrom::Earliest,
            })
            .expect("consumer");
        let max_message_bytes = 4000;
        let stage = StageLoop {
            processor: Arc::new(Echo100),
            consumer,
            producer,
            deadletter_topic: "dead".into(),
            max_in_flight: 8,
            flush_timeout: Duration::from_secs(1),
            max_message_bytes,
        };
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(stage.run(shutdown.clone()));
        bus.wait_committed("g", "in").await;
        shutdown.cancel();
        task.await.expect("join").expect("clean stop");

        let keys: Vec<Option<Vec<u8>>> = bus.messages("out").into_iter().map(|m| m.key).collect();
        assert_eq!(keys, vec![Some(b"a".to_vec()), Some(b"c".to_vec())]);
        let letters = bus.messages("dead");
        assert_eq!(letters.len(), 1);
        assert!(letters[0].payload_bytes().len() <= max_message_bytes);
        let letter: sitrep_contract::DeadLetter =
            serde_json::from_slice(letters[0].payload_bytes()).expect("dead letter json");
        assert_eq!(letter.error_kind, "output_too_large");
        assert_eq!(letter.input_id.as_deref(), Some("b"));
        assert!(
            letter.error.starts_with("b: its output to out"),
            "{}",
            letter.error
        );
        assert_eq!(
            letter.payload().expect("base64"),
            "large".repeat(40).into_bytes()
        );
        assert_eq!(bus.committed("g", "in"), 3);
    }

    /// Reports `num_errors` errors with `code` before each message of `inner`, the way
    /// librdkafka queues its reports ahead of the rebalance that follows an outage.
    struct ErrorsFirst {
        inner: Arc<dyn Consumer>,
        code: rdkafka::error::RDKafkaErrorCode,
        num_errors: usize,
        errors_left: std::sync::atomic::AtomicUsize,
    }

    #[async_trait::async_trait]
    impl Consumer for ErrorsFirst {
        async fn recv(&self) -> Result<InMessage, TransportError> {
            use std::sync::atomic::Ordering;
            let took_one = self
                .errors_left
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                .is_ok();
            if took_one {
                return Err(TransportError::Kafka {
                    context: "consuming".into(),
                    error: rdkafka::error::KafkaError::MessageConsumption(self.code),
                });
            }
            let message = self.inner.recv().await;
            self.errors_left.store(self.num_errors, Ordering::SeqCst);
            message
        }

        fn store(&self, position: &Position) -> Result<(), TransportError> {
            self.inner.store(position)
        }

        async fn commit(&self) -> Result<(), TransportError> {
            self.inner.commit().await
        }

        fn membership(&self) -> sitrep_transport::Membership {
            self.inner.membership()
        }

        fn assignment(&self) -> Result<Vec<(String, i32)>, TransportError> {
            self.inner.assignment()
        }
    }

    /// Three messages, each behind `num_errors` queued errors with `code`: the loop must
    /// get through them all within `within` (a pause per queued error took minutes).
    async fn check_errors_do_not_hold_up(
        code: rdkafka::error::RDKafkaErrorCode,
        num_errors: usize,
        within: Duration,
    ) {
        let bus = MemoryBus::new();
        let producer = bus.producer().expect("producer");
        for payload in ["a", "b", "c"] {
            producer
                .send(OutMessage::new("in", None, payload.as_bytes().to_vec()))
                .await
                .expect("send");
        }
        let inner = bus
            .consumer(&ConsumerSpec {
                group_id: "g".into(),
                topics: vec!["in".into()],
                start_from: StartFrom::Earliest,
            })
            .expect("consumer");
        let consumer = Arc::new(ErrorsFirst {
            inner,
            code,
            num_errors,
            errors_left: std::sync::atomic::AtomicUsize::new(num_errors),
        });
        let stage = StageLoop {
            processor: Arc::new(Shout),
            consumer,
            producer,
            deadletter_topic: "dead".into(),
            max_in_flight: 8,
            flush_timeout: Duration::from_secs(1),
            max_message_bytes: crate::config::DEFAULT_MAX_MESSAGE_BYTES,
        };
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(stage.run(shutdown.clone()));
        let caught_up = tokio::time::timeout(within, bus.wait_committed("g", "in")).await;
        shutdown.cancel();
        task.await.expect("join").expect("clean stop");
        assert!(
            caught_up.is_ok(),
            "{code:?} x {num_errors} per message held the loop up for over {within:?}"
        );
        assert_eq!(bus.messages("out").len(), 3);
    }

    /// Holds every batch until the test releases it: a stage saturated for as long as
    /// the test likes. A batch held longer than [`Held::GIVE_UP`] goes on by itself and
    /// says so (only a loop that blocks its own executor lets that happen).
    struct Held {
        holding: Arc<tokio::sync::Notify>,
        release: std::sync::Mutex<std::sync::mpsc::Receiver<()>>,
        gave_up: std::sync::atomic::AtomicBool,
    }

    impl Held {
        const GIVE_UP: Duration = Duration::from_secs(60);
    }

    impl Processor for Held {
        fn stage(&self) -> Stage {
            Stage::Classifier
        }

        fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
            Shout.process(input)
        }

        fn process_batch(&self, inputs: &[InMessage]) -> Vec<Result<Processed, Rejection>> {
            self.holding.notify_one();
            let release = self.release.lock().expect("release lock");
            if release.recv_timeout(Self::GIVE_UP).is_err() {
                self.gave_up
                    .store(true, std::sync::atomic::Ordering::SeqCst);
            }
            inputs.iter().map(|input| self.process(input)).collect()
        }
    }

    /// On one async worker (this test's runtime), a batch held by its processor leaves
    /// timers firing and the admin server answering; released, it goes through.
    #[tokio::test]
    async fn timers_and_the_admin_server_answer_while_a_batch_is_held() {
        let bus = MemoryBus::new();
        let producer = bus.producer().expect("producer");
        producer
            .send(OutMessage::new("in", Some("k".into()), b"held".to_vec()))
            .await
            .expect("send");
        let consumer = bus
            .consumer(&ConsumerSpec {
                group_id: "g".into(),
                topics: vec!["in".into()],
                start_from: StartFrom::Earliest,
            })
            .expect("consumer");
        let (release, released) = std::sync::mpsc::channel();
        let processor = Arc::new(Held {
            holding: Arc::new(tokio::sync::Notify::new()),
            release: std::sync::Mutex::new(released),
            gave_up: std::sync::atomic::AtomicBool::new(false),
        });
        let stage = StageLoop {
            processor: processor.clone(),
            consumer,
            producer,
            deadletter_topic: "dead".into(),
            max_in_flight: 8,
            flush_timeout: Duration::from_secs(1),
            max_message_bytes: crate::config::DEFAULT_MAX_MESSAGE_BYTES,
        };
        let shutdown = CancellationToken::new();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let admin_addr = listener.local_addr().expect("admin address");
        let admin = tokio::spawn(crate::admin::serve(
            listener,
            crate::health::Health::new(1),
            shutdown.clone(),
        ));
        let task = tokio::spawn(stage.run(shutdown.clone()));

        processor.holding.notified().await;
        // The batch is held on the blocking pool: a timer fires, the admin server answers.
        tokio::time::sleep(Duration::from_millis(1)).await;
        let health = reqwest::get(format!("http://{admin_addr}/healthz"))
            .await
            .expect("/healthz answers while a batch is held");
        assert_eq!(health.status(), reqwest::StatusCode::OK);
        assert_eq!(health.text().await.expect("body"), "ok\n");
        assert_eq!(bus.committed("g", "in"), 0, "the batch is still held");

        release.send(()).expect("release");
        bus.wait_committed("g", "in").await;
        shutdown.cancel();
        task.await.expect("join").expect("clean stop");
        admin.await.expect("join").expect("admin stops");
        assert!(
            !processor.gave_up.load(std::sync::atomic::Ordering::SeqCst),
            "the batch was released by the test, not by giving up"
        );
        let outputs: Vec<Vec<u8>> = bus
            .messages("out")
            .into_iter()
            .filter_map(|m| m.payload)
            .collect();
        assert_eq!(outputs, vec![b"HELD".to_vec()]);
    }

    /// The bus's consumer with librdkafka's pause: paused, `recv` hands out no message
    /// until it is resumed; it counts pauses and resumes and tells when it is polled
    /// while paused.
    struct Pausable {
        inner: Arc<dyn Consumer>,
        paused: std::sync::atomic::AtomicBool,
        resumed: tokio::sync::Notify,
        polled_while_paused: tokio::sync::Notify,
        num_pauses: std::sync::atomic::AtomicUsize,
        num_resumes: std::sync::atomic::AtomicUsize,
    }

    #[async_trait::async_trait]
    impl Consumer for Pausable {
        async fn recv(&self) -> Result<InMessage, TransportError> {
            use std::sync::atomic::Ordering;
            loop {
                let resumed = self.resumed.notified();
                if !self.paused.load(Ordering::SeqCst) {
                    return self.inner.recv().await;
                }
                self.polled_while_paused.notify_one();
                resumed.await;
            }
        }

        fn store(&self, position: &Position) -> Result<(), TransportError> {
            self.inner.store(position)
        }

        async fn commit(&self) -> Result<(), TransportError> {
            self.inner.commit().await
        }

        fn membership(&self) -> sitrep_transport::Membership {
            self.inner.membership()
        }

        fn assignment(&self) -> Result<Vec<(String, i32)>, TransportError> {
            self.inner.assignment()
        }

        fn pause(&self) -> Result<bool, TransportError> {
            use std::sync::atomic::Ordering;
            self.paused.store(true, Ordering::SeqCst);
            self.num_pauses.fetch_add(1, Ordering::SeqCst);
            Ok(true)
        }

        fn resume(&self) -> Result<(), TransportError> {
            use std::sync::atomic::Ordering;
            self.paused.store(false, Ordering::SeqCst);
            self.num_resumes.fetch_add(1, Ordering::SeqCst);
            self.resumed.notify_waiters();
            Ok(())
        }
    }

    /// On tokio's paused clock: a batch held with `max_in_flight` inputs taken in leaves
    /// the consumer unread for PAUSE_AFTER (no pause at once: librdkafka would drop what
    /// it prefetched), then pauses it and polls it while the batch is held (its group's
    /// rebalances go on); released, every input goes through once, in order.
    #[tokio::test(start_paused = true)]
    async fn a_full_intake_pauses_the_consumer_only_after_a_while_and_polls_it_meanwhile() {
        use std::sync::atomic::Ordering;
        let bus = MemoryBus::new();
        let producer = bus.producer().expect("producer");
        let payloads: Vec<String> = (0..10).map(|n| format!("item {n}")).collect();
        for payload in &payloads {
            producer
                .send(OutMessage::new(
                    "in",
                    Some("k".into()),
                    payload.clone().into_bytes(),
                ))
                .await
                .expect("send");
        }
        let consumer = Arc::new(Pausable {
            inner: bus
                .consumer(&ConsumerSpec {
                    group_id: "g".into(),
                    topics: vec!["in".into()],
                    start_from: StartFrom::Earliest,
                })
                .expect("consumer"),
            paused: std::sync::atomic::AtomicBool::new(false),
            resumed: tokio::sync::Notify::new(),
            polled_while_paused: tokio::sync::Notify::new(),
            num_pauses: std::sync::atomic::AtomicUsize::new(0),
            num_resumes: std::sync::atomic::AtomicUsize::new(0),
        });
        let (release, released) = std::sync::mpsc::channel();
        let processor = Arc::new(Held {
            holding: Arc::new(tokio::sync::Notify::new()),
            release: std::sync::Mutex::new(released),
            gave_up: std::sync::atomic::AtomicBool::new(false),
        });
        let stage = StageLoop {
            processor: processor.clone(),
            consumer: consumer.clone(),
            producer,
            deadletter_topic: "dead".into(),
            max_in_flight: 4,
            flush_timeout: Duration::from_secs(1),
            max_message_bytes: crate::config::DEFAULT_MAX_MESSAGE_BYTES,
        };
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(stage.run(shutdown.clone()));

        // The first batch takes in max_in_flight inputs and is held. The clock stands
        // still while it is (a blocking task keeps tokio from moving a paused clock on).
        processor.holding.notified().await;
        tokio::time::advance(PAUSE_AFTER - Duration::from_millis(1)).await;
        assert_eq!(
            consumer.num_pauses.load(Ordering::SeqCst),
            0,
            "paused before the intake had been full for {PAUSE_AFTER:?}"
        );
        tokio::time::advance(Duration::from_millis(1)).await;
        consumer.polled_while_paused.notified().await;
        assert_eq!(consumer.num_pauses.load(Ordering::SeqCst), 1);
        assert_eq!(bus.committed("g", "in"), 0, "the batch is still held");

        // Every batch from here on goes through.
        for _ in 0..payloads.len() {
            release.send(()).expect("release");
        }
        bus.wait_committed("g", "in").await;
        shutdown.cancel();
        task.await.expect("join").expect("clean stop");
        assert!(!processor.gave_up.load(Ordering::SeqCst));
        assert!(consumer.num_resumes.load(Ordering::SeqCst) >= 1, "resumed");
        let outputs: Vec<Vec<u8>> = bus
            .messages("out")
            .into_iter()
            .filter_map(|m| m.payload)
            .collect();
        let expected: Vec<Vec<u8>> = payloads
            .iter()
            .map(|payload| payload.to_uppercase().into_bytes())
            .collect();
        assert_eq!(outputs, expected, "every input once, in order");
    }

    #[tokio::test]
    async fn queued_reports_of_brokers_down_never_slow_the_loop() {
        check_errors_do_not_hold_up(
            rdkafka::error::RDKafkaErrorCode::AllBrokersDown,
            500,
            Duration::from_secs(20),
        )
        .await;
    }

    #[tokio::test]
    async fn queued_errors_are_paused_for_once_then_taken_together() {
        check_errors_do_not_hold_up(
            rdkafka::error::RDKafkaErrorCode::TopicAuthorizationFailed,
            500,
            Duration::from_secs(20),
        )
        .await;
    }
}
