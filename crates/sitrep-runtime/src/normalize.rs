//! The normalizer stage: `RawItem` JSON in, `Article` JSON out.
//!
//! Around the pure `sitrep_normalizer::normalize` it keeps the normalizer's bounded
//! [`DedupMemory`], so the same article reached again (another feed, a re-fetched entry)
//! is not emitted twice, a materially changed text goes out as the next revision, and
//! the same story from another outlet is linked with `duplicate_of`.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sitrep_contract::headers::TraceParent;
use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, RawItem, Stage};
use sitrep_normalizer::{DedupMemory, TextPrint};
use sitrep_transport::{InMessage, Transport};

use crate::envelope;
use crate::parallel::{map_on_threads, worker_threads};
use crate::stage::{Processed, Processor, Rejection};
use crate::telemetry::{ArticleDeduplicated, ArticleSkipped, DedupMemoryRebuilt};

/// How many articles the duplicate memory holds before it forgets the oldest.
pub const DEFAULT_MEMORY: usize = 100_000;

pub struct NormalizeProcessor {
    topics: Topics,
    memory: Mutex<MemoryState>,
    /// Threads a batch's work is shared over: the cores this process may use.
    threads: usize,
}

/// The memory, or the start-up rebuild that will deliver it.
enum MemoryState {
    Ready(Box<DedupMemory>),
    Rebuilding {
        results: Receiver<DedupMemory>,
        capacity: usize,
        deadline: Instant,
    },
}

/// What a start-up rebuild did, for its log line and metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebuildSummary {
    /// Messages read from the articles topic.
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
    /// A processor with an empty memory.
    pub fn new(topics: Topics, memory_size: usize) -> Self {
        Self {
            topics,
            memory: Mutex::new(MemoryState::Ready(Box::new(DedupMemory::new(memory_size)))),
            threads: worker_threads(),
        }
    }

    /// A processor whose memory is rebuilt from the articles already published, so a
    /// restarted normalizer does not publish them again. The rebuild runs on a thread of
    /// its own (it reads the whole topic and parses up to `memory_size` articles: no work
    /// for the async executor) and starts at once; the first input waits for it, at most
    /// until `timeout` has passed, then goes on with an empty memory.
    pub fn restoring(
        transport: Arc<dyn Transport>,
        topics: Topics,
        memory_size: usize,
        timeout: Duration,
    ) -> Self {
        let (results_tx, results) = std::sync::mpsc::sync_channel(1);
        let articles_topic = topics.articles.clone();
        let spawned = std::thread::Builder::new()
            .name("normalizer-rebuild".to_owned())
            .spawn(move || {
                let (memory, summary, elapsed) =
                    rebuild_blocking(transport, &articles_topic, memory_size, timeout);
                summary.emit(&articles_topic, elapsed);
                let _ = results_tx.send(memory);
            });
        let state = match spawned {
            Ok(_) => MemoryState::Rebuilding {
                results,
                capacity: memory_size,
                deadline: Instant::now() + timeout + Duration::from_secs(1),
            },
            Err(error) => {
                tracing::warn!(error = %error, "cannot start the dedup memory rebuild, starting empty");
                MemoryState::Ready(Box::new(DedupMemory::new(memory_size)))
            }
        };
        Self {
            topics,
            memory: Mutex::new(state),
            threads: worker_threads(),
        }
    }

    /// Rebuilds a memory from the articles topic now (for tests and tools).
    pub async fn rebuild(
        transport: Arc<dyn Transport>,
        topics: Topics,
        memory_size: usize,
        timeout: Duration,
    ) -> (Self, RebuildSummary) {
        let articles_topic = topics.articles.clone();
        let started = Instant::now();
        let read = tokio::time::timeout(timeout, transport.read_all(&articles_topic)).await;
        let (memory, summary) = memory_from_read(read, memory_size);
        summary.emit(&articles_topic, started.elapsed());
        let processor = Self {
            topics,
            memory: Mutex::new(MemoryState::Ready(Box::new(memory))),
            threads: worker_threads(),
        };
        (processor, summary)
    }

    /// Runs `f` on the memory, first waiting for the start-up rebuild if it is not done.
    fn with_memory<T>(&self, f: impl FnOnce(&mut DedupMemory) -> T) -> T {
        let mut state = self.memory.lock().unwrap_or_else(|p| p.into_inner());
        if let MemoryState::Rebuilding {
            results,
            capacity,
            deadline,
        } = &*state
        {
            let wait = deadline.saturating_duration_since(Instant::now());
            let memory = match results.recv_timeout(wait) {
                Ok(memory) => memory,
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    tracing::warn!("dedup memory rebuild not finished in time, starting empty");
                    DedupMemory::new(*capacity)
                }
            };
            *state = MemoryState::Ready(Box::new(memory));
        }
        match &mut *state {
            MemoryState::Ready(memory) => f(memory),
            MemoryState::Rebuilding { .. } => unreachable!("replaced above"),
        }
    }
}

/// Reads the articles topic on this thread (with a runtime of its own: the transport's
/// reads are async) and builds the memory from its most recent articles.
fn rebuild_blocking(
    transport: Arc<dyn Transport>,
    topic: &str,
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
    let (memory, summary) = memory_from_read(read, memory_size);
    (memory, summary, started.elapsed())
}

type ReadOutcome =
    Result<Result<Vec<InMessage>, sitrep_transport::TransportError>, tokio::time::error::Elapsed>;

/// The memory of the `memory_size` most recent articles of a read (by broker timestamp;
/// a partition's order is kept). A revised article replaces its earlier versions.
fn memory_from_read(read: ReadOutcome, memory_size: usize) -> (DedupMemory, RebuildSummary) {
    let mut memory = DedupMemory::new(memory_size);
    let mut messages = match read {
        Ok(Ok(messages)) => messages,
        Ok(Err(error)) => {
            tracing::warn!(error = %error, "cannot read the articles topic, dedup memory starts empty");
            return (memory, empty_summary("error"));
        }
        Err(_) => return (memory, empty_summary("timeout")),
    };
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

impl NormalizeProcessor {
    /// Reads, normalizes and fingerprints one input (pure: any thread).
    fn prepare(input: &InMessage) -> Result<Prepared, Rejection> {
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
        let article = sitrep_normalizer::normalize(&item).map_err(|error| Rejection {
            kind: error.kind(),
            error: error.to_string(),
            input_id: item_id.clone(),
        })?;
        let trace = envelope::continue_trace(input, Stage::Normalizer, Some(item.id.as_str()));
        let print = TextPrint::of(&article);
        Ok(Prepared {
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
            item_id,
            trace,
            article,
            ..
        } = prepared;
        let outputs = if publish {
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

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        let prepared = Self::prepare(input)?;
        let decided = self.with_memory(|memory| Self::decide(memory, prepared));
        self.write(decided)
    }

    /// Reading, normalizing and fingerprinting (most of the work) and writing the articles
    /// out are shared over the threads the machine offers; the memory decides in input
    /// order, once for the whole batch, so the outcome is the same as one by one.
    fn process_batch(&self, inputs: &[InMessage]) -> Vec<Result<Processed, Rejection>> {
        let prepared = map_on_threads(inputs.iter().collect(), self.threads, Self::prepare);
        let decided: Vec<Result<Decided, Rejection>> = self.with_memory(|memory| {
            prepared
                .into_iter()
                .map(|prepared| prepared.map(|prepared| Self::decide(memory, prepared)))
                .collect()
        });
        map_on_threads(decided, self.threads, |decided| {
            decided.and_then(|decided| self.write(decided))
        })
    }
}
