//! The normalizer stage: `RawItem` JSON in, `Article` JSON out.
//!
//! Around the pure `sitrep_normalizer::normalize` it keeps the normalizer's bounded
//! [`DedupMemory`], so the same article reached again (another feed, a re-fetched entry)
//! is not emitted twice, a materially changed text goes out as the next revision, and
//! the same story from another outlet is linked with `duplicate_of`.
//!
//! The memory is kept per input partition: one for each partition of `sitrep.items.raw`,
//! fed that partition's items in its order, whose articles go to the same partition of
//! `sitrep.articles` (on Kafka). The fetcher puts an item on the partition of its article
//! id, so every version and every exact duplicate of an article meets one memory; which
//! replica holds which partition then changes no decision. Before the first input of a
//! partition it did not read up to there itself, a replica rebuilds that partition's
//! memory from the same partition of the articles topic (at most `timeout`; past it, or on
//! an error, it starts that memory empty: a duplicate may then go through).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sitrep_contract::headers::TraceParent;
use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, RawItem, Stage};
use sitrep_normalizer::{DedupMemory, TextPrint};
use sitrep_transport::{InMessage, Position, Transport};

use crate::envelope;
use crate::parallel::{map_on_threads, worker_threads};
use crate::stage::{decode, Processed, Processor, Rejection, RejectionKind};
use crate::telemetry::{ArticleDeduplicated, ArticleSkipped, DedupMemoryRebuilt};

/// How many articles the duplicate memory of one input partition holds before it forgets
/// the oldest.
pub(crate) const DEFAULT_MEMORY: usize = 100_000;

pub struct NormalizeProcessor {
    topics: Topics,
    memory_size: usize,
    memories: Mutex<Memories>,
    /// Where a partition's memory is rebuilt from; None starts each one empty.
    source: Option<RebuildSource>,
    /// Articles go to the partition of `sitrep.articles` their items came from (Kafka).
    co_partitioned: bool,
    /// Threads a batch's work is shared over: the cores this process may use.
    threads: usize,
}

struct RebuildSource {
    transport: Arc<dyn Transport>,
    timeout: Duration,
}

/// The memories this replica holds, by input partition.
#[derive(Default)]
struct Memories {
    held: HashMap<i32, HeldMemory>,
}

struct HeldMemory {
    memory: Box<DedupMemory>,
    /// The offset after the last input read here: an input beyond it means another
    /// replica read the partition meanwhile.
    next_offset: i64,
}

/// What a rebuild did, for its log line and metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebuildSummary {
    /// Messages read from the articles topic (of the partition rebuilt).
    pub num_read: usize,
    /// Articles put into the memory (at most its capacity, the most recent ones).
    pub num_remembered: usize,
    /// Messages that were not articles (tombstones, foreign JSON).
    pub num_unreadable: usize,
    /// `ok`, `timeout` or `error`: the last two start with an empty memory.
    pub outcome: &'static str,
}

impl RebuildSummary {
    /// The rebuild's log line and metrics.
    fn emit(&self, topic: &str, elapsed: Duration) {
        DedupMemoryRebuilt {
            topic,
            num_read: self.num_read,
            num_remembered: self.num_remembered,
            num_unreadable: self.num_unreadable,
            outcome: self.outcome,
            elapsed,
        }
        .emit();
    }
}

impl NormalizeProcessor {
    /// A processor whose memories start empty.
    pub fn new(topics: Topics, memory_size: usize) -> Self {
        Self {
            topics,
            memory_size,
            memories: Mutex::new(Memories::default()),
            source: None,
            co_partitioned: false,
            threads: worker_threads(),
        }
    }

    /// A processor that rebuilds each input partition's memory from the articles already
    /// published on the same partition of the articles topic before it reads that
    /// partition's first input, so a restarted or rebalanced normalizer does not publish
    /// them again. A read takes at most `timeout`; past it the memory starts empty.
    pub fn restoring(
        transport: Arc<dyn Transport>,
        topics: Topics,
        memory_size: usize,
        timeout: Duration,
    ) -> Self {
        Self {
            source: Some(RebuildSource { transport, timeout }),
            ..Self::new(topics, memory_size)
        }
    }

    /// Writes each article to the partition of the articles topic its item came from,
    /// where that partition's rebuild reads it (Kafka).
    pub(crate) fn co_partitioned(mut self) -> Self {
        self.co_partitioned = true;
        self
    }

    /// A processor whose memory of partition 0 is rebuilt from the whole articles topic
    /// now (for tests and tools on one partition).
    pub async fn rebuild(
        transport: Arc<dyn Transport>,
        topics: Topics,
        memory_size: usize,
        timeout: Duration,
    ) -> (Self, RebuildSummary) {
        let articles_topic = topics.articles.clone();
        let started = Instant::now();
        let read = tokio::time::timeout(timeout, transport.read_all(&articles_topic)).await;
        // Parsing up to `memory_size` articles is CPU work: off the async executor.
        let (memory, summary) = tokio::task::spawn_blocking(move || {
            memory_from_read(read, None, memory_size)
        })
        .await
        .unwrap_or_else(|error| {
            tracing::warn!(error = %error, "dedup memory rebuild did not finish, starting empty");
            (DedupMemory::new(memory_size), empty_summary("error"))
        });
        summary.emit(&articles_topic, started.elapsed());
        let processor = Self::new(topics, memory_size);
        processor.lock().held.insert(
            0,
            HeldMemory {
                memory: Box::new(memory),
                next_offset: i64::MAX,
            },
        );
        (processor, summary)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Memories> {
        self.memories.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The memory of `position`'s partition, fit to take the input there: the one held,
    /// if this replica read the partition up to that input (or past it: a replay after a
    /// rebalance is a repeat), else one rebuilt from the articles topic.
    fn memory_at<'a>(
        &self,
        memories: &'a mut Memories,
        position: &Position,
    ) -> &'a mut DedupMemory {
        let partition = position.partition;
        if !self.holds_up_to(memories, position) {
            let memory = self.rebuild_partition(partition);
            Self::hold(memories, position, memory);
        }
        let held = memories
            .held
            .get_mut(&partition)
            .expect("inserted above when missing");
        held.next_offset = held.next_offset.max(position.offset.saturating_add(1));
        &mut held.memory
    }

    /// Whether the memory held for `position`'s partition is fit to take the input there.
    fn holds_up_to(&self, memories: &Memories, position: &Position) -> bool {
        memories
            .held
            .get(&position.partition)
            // With nothing to rebuild from, what is held is all there is.
            .is_some_and(|held| self.source.is_none() || position.offset <= held.next_offset)
    }

    fn hold(memories: &mut Memories, position: &Position, memory: DedupMemory) {
        memories.held.insert(
            position.partition,
            HeldMemory {
                memory: Box::new(memory),
                next_offset: position.offset,
            },
        );
        let num_held: usize = memories.held.values().map(|held| held.memory.len()).sum();
        metrics::gauge!(crate::metric_catalogue::NORMALIZER_MEMORY_ARTICLES).set(num_held as f64);
    }

    /// Rebuilds the memory of each partition of `inputs` not held up to its first input
    /// there, as [`Self::memory_at`] would on that input, but before the batch is
    /// processed: the stage loop polls its consumer meanwhile, so the group can rebalance
    /// while the articles topic is read.
    fn rebuild_where_needed(&self, inputs: &[InMessage]) {
        for position in crate::stage::first_of_each_partition(inputs) {
            if self.holds_up_to(&self.lock(), position) {
                continue;
            }
            // The lock is not held while the topic is read.
            let memory = self.rebuild_partition(position.partition);
            Self::hold(&mut self.lock(), position, memory);
        }
    }

    /// The memory of one input partition, read on a thread of its own (with its own
    /// runtime: the caller is on the blocking pool); empty when there is nothing to read it
    /// from.
    fn rebuild_partition(&self, partition: i32) -> DedupMemory {
        let Some(source) = &self.source else {
            return DedupMemory::new(self.memory_size);
        };
        let transport = source.transport.clone();
        let (topic, memory_size, timeout) = (
            self.topics.articles.clone(),
            self.memory_size,
            source.timeout,
        );
        let rebuilt = std::thread::Builder::new()
            .name("normalizer-rebuild".to_owned())
            .spawn(move || {
                let (memory, summary, elapsed) =
                    rebuild_blocking(transport, &topic, partition, memory_size, timeout);
                summary.emit(&topic, elapsed);
                memory
            })
            .map(|thread| thread.join());
        match rebuilt {
            Ok(Ok(memory)) => memory,
            Ok(Err(_)) | Err(_) => {
                tracing::warn!(partition, "cannot rebuild the dedup memory, starting empty");
                DedupMemory::new(self.memory_size)
            }
        }
    }
}

/// Reads the articles topic on this thread (with a runtime of its own: the transport's
/// reads are async) and builds the memory from its most recent articles.
fn rebuild_blocking(
    transport: Arc<dyn Transport>,
    topic: &str,
    partition: i32,
    memory_size: usize,
    timeout: Duration,
) -> (DedupMemory, RebuildSummary, Duration) {
    let started = Instant::now();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::warn!(error = %error, "cannot start a runtime for the dedup memory rebuild");
            let summary = RebuildSummary {
                num_read: 0,
                num_remembered: 0,
                num_unreadable: 0,
                outcome: "error",
            };
            return (DedupMemory::new(memory_size), summary, started.elapsed());
        }
    };
    // The timer is made inside the runtime: it needs its time driver.
    let read =
        runtime.block_on(async { tokio::time::timeout(timeout, transport.read_all(topic)).await });
    let (memory, summary) = memory_from_read(read, Some(partition), memory_size);
    (memory, summary, started.elapsed())
}

type ReadOutcome =
    Result<Result<Vec<InMessage>, sitrep_transport::TransportError>, tokio::time::error::Elapsed>;

/// The memory of the `memory_size` most recent articles of a read (of `partition` only,
/// when given; by broker timestamp, a partition's order kept). A revised article replaces
/// its earlier versions.
fn memory_from_read(
    read: ReadOutcome,
    partition: Option<i32>,
    memory_size: usize,
) -> (DedupMemory, RebuildSummary) {
    let mut memory = DedupMemory::new(memory_size);
    let mut messages = match read {
        Ok(Ok(messages)) => messages,
        Ok(Err(error)) => {
            tracing::warn!(error = %error, "cannot read the articles topic, dedup memory starts empty");
            return (memory, empty_summary("error"));
        }
        Err(_) => return (memory, empty_summary("timeout")),
    };
    if let Some(partition) = partition {
        messages.retain(|message| message.position.partition == partition);
    }
    let num_read = messages.len();
    // Stable: messages of a partition keep their order when timestamps tie.
    messages.sort_by_key(|message| message.timestamp_ms.unwrap_or(i64::MIN));
    let recent = &messages[num_read.saturating_sub(memory_size)..];
    let mut num_unreadable = 0;
    for message in recent {
        match message
            .payload
            .as_deref()
            .map(serde_json::from_slice::<Article>)
        {
            Some(Ok(article)) => memory.remember(&article),
            _ => num_unreadable += 1,
        }
    }
    let summary = RebuildSummary {
        num_read,
        num_remembered: memory.len(),
        num_unreadable,
        outcome: "ok",
    };
    (memory, summary)
}

fn empty_summary(outcome: &'static str) -> RebuildSummary {
    RebuildSummary {
        num_read: 0,
        num_remembered: 0,
        num_unreadable: 0,
        outcome,
    }
}

/// An input read, normalized and fingerprinted: all of its work that needs no memory.
struct Prepared {
    /// The input's partition, where the article goes (co-partitioned).
    partition: i32,
    item_id: Option<String>,
    trace: TraceParent,
    article: Article,
    print: TextPrint,
}

/// An input through the memory: what is left is to write the article out, if it is new.
struct Decided {
    prepared: Prepared,
    publish: bool,
}

/// The normalizer's errors are rejections of that kind.
impl From<&sitrep_normalizer::NormalizeError> for RejectionKind {
    fn from(error: &sitrep_normalizer::NormalizeError) -> Self {
        match error {
            sitrep_normalizer::NormalizeError::NoText { .. } => RejectionKind::NoText,
            sitrep_normalizer::NormalizeError::TooLarge { .. } => RejectionKind::TooLarge,
        }
    }
}

impl NormalizeProcessor {
    /// Reads, normalizes and fingerprints one input (pure: any thread).
    fn prepare(input: &InMessage) -> Result<Prepared, Rejection> {
        let item: RawItem = decode(input, "a RawItem")?;
        let item_id = Some(item.id.to_string());
        let article = sitrep_normalizer::normalize(&item).map_err(|error| Rejection {
            kind: RejectionKind::from(&error),
            error: error.to_string(),
            input_id: item_id.clone(),
        })?;
        let trace = envelope::continue_trace(input, Stage::Normalizer, Some(item.id.as_str()));
        let print = TextPrint::of(&article);
        Ok(Prepared {
            partition: input.position.partition,
            item_id,
            trace,
            article,
            print,
        })
    }

    /// Puts one prepared article through the memory (in input order, under its lock).
    fn decide(memory: &mut DedupMemory, mut prepared: Prepared) -> Decided {
        let verdict = memory.observe_printed(&mut prepared.article, prepared.print.clone());
        ArticleDeduplicated {
            article_id: prepared.article.id.as_str(),
            verdict: &verdict,
        }
        .emit();
        let publish = verdict.should_publish();
        if !publish {
            ArticleSkipped {
                article_id: prepared.article.id.as_str(),
                reason: "duplicate",
            }
            .emit();
        }
        Decided { prepared, publish }
    }

    /// The article's message, or nothing for a repeat (pure: any thread).
    fn write(&self, decided: Decided) -> Result<Processed, Rejection> {
        let Decided { prepared, publish } = decided;
        let Prepared {
            partition,
            item_id,
            trace,
            article,
            ..
        } = prepared;
        let outputs = if publish {
            let mut message = envelope::json_message(
                &self.topics.articles,
                article.id.as_str(),
                Article::SCHEMA,
                &article,
                &trace,
            )
            .map_err(|error| Rejection {
                kind: RejectionKind::Serialize,
                error: format!("article {}: {error}", article.id),
                input_id: item_id.clone(),
            })?;
            if self.co_partitioned {
                message = message.with_partition(partition);
            }
            vec![message]
        } else {
            Vec::new()
        };
        Ok(Processed {
            outputs,
            input_id: item_id,
            trace_id: Some(trace.trace_id),
        })
    }
}

impl Processor for NormalizeProcessor {
    fn stage(&self) -> Stage {
        Stage::Normalizer
    }

    fn get_ready(&self, inputs: &[InMessage]) {
        self.rebuild_where_needed(inputs);
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        let prepared = Self::prepare(input);
        let decided = {
            let mut memories = self.lock();
            // First, so every input of the partition counts, rejected ones too.
            let memory = self.memory_at(&mut memories, &input.position);
            prepared.map(|prepared| Self::decide(memory, prepared))
        };
        self.write(decided?)
    }

    /// Reading, normalizing and fingerprinting (most of the work) and writing the articles
    /// out are shared over the threads the machine offers; the memory decides in input
    /// order, once for the whole batch, so the outcome is the same as one by one.
    fn process_batch(&self, inputs: &[InMessage]) -> Vec<Result<Processed, Rejection>> {
        let prepared = map_on_threads(inputs.iter().collect(), self.threads, Self::prepare);
        let decided: Vec<Result<Decided, Rejection>> = {
            let mut memories = self.lock();
            prepared
                .into_iter()
                .zip(inputs)
                .map(|(prepared, input)| {
                    let memory = self.memory_at(&mut memories, &input.position);
                    prepared.map(|prepared| Self::decide(memory, prepared))
                })
                .collect()
        };
        map_on_threads(decided, self.threads, |decided| {
            decided.and_then(|decided| self.write(decided))
        })
    }
}
