//! Logging set-up, and the typed telemetry events of the service loops.
//!
//! Each occurrence worth counting is a struct whose `emit()` writes the log line and
//! bumps the metric together, so the two never drift apart. Metric names are the
//! catalogue's (`metric_catalogue`); labels come from bounded sets (stage names, error kinds).

use std::io::IsTerminal;
use std::time::Duration;

use sitrep_contract::Stage;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;
use crate::metric_catalogue as names;

/// Installs the global subscriber: `RUST_LOG` wins over `level`; JSON lines unless a
/// terminal is attached (or the format says otherwise). Logs go to stderr, so stdout
/// stays free for events and command output.
pub fn init(format: LogFormat, level: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let json = match format {
        LogFormat::Json => true,
        LogFormat::Text => false,
        LogFormat::Auto => !std::io::stderr().is_terminal(),
    };
    // Colours only for a terminal: escape codes in a log file or collector are noise.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    // A second init (tests) keeps the first subscriber.
    let _ = if json {
        builder.json().flatten_event(true).try_init()
    } else {
        builder.compact().try_init()
    };
}

/// The per-message metrics of one stage loop, looked up once: a labelled
/// `metrics::counter!` call builds and hashes its key on every use.
pub(crate) struct StageMetrics {
    messages_in: metrics::Counter,
    messages_out: metrics::Counter,
    processing_seconds: metrics::Histogram,
}

impl StageMetrics {
    /// Call once the process's recorder is installed (handles taken before go nowhere).
    pub fn new(stage: Stage) -> Self {
        Self {
            messages_in: metrics::counter!(names::MESSAGES_IN, "stage" => stage.as_str()),
            messages_out: metrics::counter!(names::MESSAGES_OUT, "stage" => stage.as_str()),
            processing_seconds: metrics::histogram!(names::PROCESSING_SECONDS, "stage" => stage.as_str()),
        }
    }

    /// `num_messages` messages read from the input topic.
    pub fn received(&self, num_messages: usize) {
        self.messages_in.increment(num_messages as u64);
    }
}

/// A message was processed into `num_outputs` messages.
pub(crate) struct MessageProcessed<'a> {
    pub stage: Stage,
    pub input_id: Option<&'a str>,
    pub trace_id: Option<&'a str>,
    pub num_outputs: usize,
    pub elapsed: Duration,
}

impl MessageProcessed<'_> {
    pub fn emit(&self, metrics: &StageMetrics) {
        tracing::debug!(
            stage = self.stage.as_str(),
            item_id = self.input_id.unwrap_or("-"),
            trace_id = self.trace_id.unwrap_or("-"),
            num_outputs = self.num_outputs,
            "message processed"
        );
        metrics.messages_out.increment(self.num_outputs as u64);
        metrics
            .processing_seconds
            .record(self.elapsed.as_secs_f64());
    }
}

/// Input went to the dead-letter topic.
pub(crate) struct DeadLettered<'a> {
    pub stage: Stage,
    pub error_kind: &'a str,
    pub error: &'a str,
    pub input_id: Option<&'a str>,
    pub trace_id: Option<&'a str>,
}

impl DeadLettered<'_> {
    pub fn emit(&self) {
        metrics::counter!(names::DEAD_LETTERED, "stage" => self.stage.as_str(), "kind" => self.error_kind.to_owned())
            .increment(1);
        let Some(num_suppressed) = WARNINGS.allow(self.stage.as_str(), self.error_kind) else {
            return;
        };
        tracing::warn!(
            stage = self.stage.as_str(),
            error_kind = self.error_kind,
            item_id = self.input_id.unwrap_or("-"),
            trace_id = self.trace_id.unwrap_or("-"),
            error = self.error,
            num_suppressed,
            "input dead-lettered"
        );
    }
}

/// An output would not fit the broker's message limit: it was cut to fit (`cut`), or
/// its input dead-lettered (`dead_lettered`). The log line is the cut's or the dead
/// letter's own.
pub(crate) struct OversizedOutput {
    pub stage: Stage,
    pub action: &'static str,
}

impl OversizedOutput {
    pub fn emit(&self) {
        metrics::counter!(names::OVERSIZED_OUTPUTS, "stage" => self.stage.as_str(), "action" => self.action)
            .increment(1);
    }
}

/// A raw item was cut to fit the broker's message limit: the fields named went out shorter.
pub(crate) struct ItemCut<'a> {
    pub feed_url: &'a str,
    pub item_id: &'a str,
    pub fields: &'a [String],
    pub num_bytes: usize,
    pub max_bytes: usize,
}

impl ItemCut<'_> {
    pub fn emit(&self) {
        OversizedOutput {
            stage: Stage::Fetcher,
            action: "cut",
        }
        .emit();
        let Some(num_suppressed) = WARNINGS.allow(Stage::Fetcher.as_str(), "item_cut") else {
            return;
        };
        tracing::warn!(
            feed = self.feed_url,
            item_id = self.item_id,
            fields = %self.fields.join(","),
            num_bytes = self.num_bytes,
            max_bytes = self.max_bytes,
            num_suppressed,
            "item cut to fit the message limit"
        );
    }
}

/// An event went out: how long after its article was published and fetched.
pub(crate) struct EventProduced {
    pub since_published: chrono::TimeDelta,
    pub since_fetched: chrono::TimeDelta,
}

impl EventProduced {
    pub fn emit(&self) {
        let seconds = |delta: chrono::TimeDelta| delta.num_milliseconds().max(0) as f64 / 1000.0;
        metrics::histogram!(names::EVENT_LATENCY_SECONDS, "since" => "published")
            .record(seconds(self.since_published));
        metrics::histogram!(names::EVENT_LATENCY_SECONDS, "since" => "fetched")
            .record(seconds(self.since_fetched));
    }
}

/// Per-item warnings of one (stage, kind) are logged at most `MAX_PER_WINDOW` times per
/// window; the rest are counted, and the next line logged says how many were dropped.
pub(crate) struct WarningLimiter {
    /// Per (stage, kind): when the window began, lines logged in it, lines suppressed.
    windows: std::sync::Mutex<std::collections::HashMap<(&'static str, String), WarningWindow>>,
}

type WarningWindow = (std::time::Instant, u32, u64);

const MAX_PER_WINDOW: u32 = 10;
const WINDOW: Duration = Duration::from_secs(10);

pub(crate) static WARNINGS: std::sync::LazyLock<WarningLimiter> =
    std::sync::LazyLock::new(|| WarningLimiter {
        windows: Default::default(),
    });

impl WarningLimiter {
    /// `Some(number suppressed since the last logged line)` when this one may be logged.
    pub(crate) fn allow(&self, stage: &'static str, kind: &str) -> Option<u64> {
        let now = std::time::Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        let (started, num_logged, num_suppressed) = windows
            .entry((stage, kind.to_owned()))
            .or_insert((now, 0, 0));
        if now.duration_since(*started) >= WINDOW {
            *started = now;
            *num_logged = 0;
        }
        if *num_logged < MAX_PER_WINDOW {
            *num_logged += 1;
            Some(std::mem::take(num_suppressed))
        } else {
            *num_suppressed += 1;
            metrics::counter!(names::LOG_LINES_SUPPRESSED, "stage" => stage).increment(1);
            None
        }
    }
}

/// The classifier passed over an article it cannot read or that holds no incident.
pub(crate) struct ArticleSkipped<'a> {
    pub article_id: &'a str,
    pub reason: &'static str,
}

impl ArticleSkipped<'_> {
    pub fn emit(&self) {
        tracing::debug!(
            article_id = self.article_id,
            reason = self.reason,
            "article skipped"
        );
        metrics::counter!(names::ARTICLES_SKIPPED, "reason" => self.reason).increment(1);
    }
}

/// One fetch of one feed ended with `outcome` (`ok`, `not_modified`, or an error kind).
pub(crate) struct FeedFetched<'a> {
    pub feed_url: &'a str,
    pub outcome: &'a str,
    pub num_bytes: usize,
    pub num_new_items: usize,
    /// Entries emitted again because their text changed since they were emitted.
    pub num_edited_items: usize,
    pub error: Option<&'a str>,
}

impl FeedFetched<'_> {
    pub fn emit(&self) {
        match self.error {
            Some(error) => tracing::warn!(
                feed = self.feed_url,
                outcome = self.outcome,
                error,
                "feed fetch failed"
            ),
            // A document without a single entry is no healthy feed: a format the reader
            // missed, a page that is no longer a feed, a server error page sent as 200.
            None if self.outcome == "empty" => tracing::warn!(
                feed = self.feed_url,
                outcome = self.outcome,
                num_bytes = self.num_bytes,
                "feed document holds no entries"
            ),
            None => tracing::info!(
                feed = self.feed_url,
                outcome = self.outcome,
                num_bytes = self.num_bytes,
                num_new_items = self.num_new_items,
                num_edited_items = self.num_edited_items,
                "feed fetched"
            ),
        }
        metrics::counter!(names::FEED_FETCHES, "outcome" => self.outcome.to_owned()).increment(1);
        metrics::counter!(names::FEED_BYTES).increment(self.num_bytes as u64);
        if self.num_edited_items > 0 {
            metrics::counter!(names::FEED_ITEMS_EDITED).increment(self.num_edited_items as u64);
        }
    }
}

/// A feed document needed mending before it could be read: one line naming each kind
/// of repair and how often, and the counter by kind.
pub(crate) struct FeedRepaired<'a> {
    pub feed_url: &'a str,
    pub repairs: &'a sitrep_fetcher::Repairs,
}

impl FeedRepaired<'_> {
    pub fn emit(&self) {
        if self.repairs.is_empty() {
            return;
        }
        tracing::info!(
            feed = self.feed_url,
            repairs = %self.repairs,
            "feed document repaired"
        );
        for (kind, count) in self.repairs.counts() {
            metrics::counter!(names::FEED_REPAIRS, "kind" => kind.as_str()).increment(count as u64);
        }
    }
}

/// The normalizer's dedup memory judged an article: `new`, `repeat` (not published),
/// `update` (published as the next revision) or `near_duplicate` (published with
/// `duplicate_of`).
pub(crate) struct ArticleDeduplicated<'a> {
    pub article_id: &'a str,
    pub verdict: &'a sitrep_normalizer::DedupVerdict,
}

impl ArticleDeduplicated<'_> {
    pub fn emit(&self) {
        use sitrep_normalizer::DedupVerdict;
        match self.verdict {
            DedupVerdict::New | DedupVerdict::Repeat => {}
            DedupVerdict::Update { revision } => {
                tracing::debug!(article_id = self.article_id, revision, "article updated")
            }
            DedupVerdict::NearDuplicate { of, similarity } => tracing::debug!(
                article_id = self.article_id,
                duplicate_of = of.as_str(),
                similarity,
                "near-duplicate article"
            ),
        }
        metrics::counter!(names::NORMALIZER_DEDUP, "verdict" => self.verdict.kind()).increment(1);
    }
}

/// The normalizer rebuilt its dedup memory from the articles topic at start-up.
pub(crate) struct DedupMemoryRebuilt<'a> {
    pub topic: &'a str,
    /// Messages read from the articles topic.
    pub num_read: usize,
    /// Articles put into the memory.
    pub num_remembered: usize,
    /// Messages that were not articles.
    pub num_unreadable: usize,
    /// `ok`, `timeout` or `error`.
    pub outcome: &'static str,
    pub elapsed: Duration,
}

impl DedupMemoryRebuilt<'_> {
    pub fn emit(&self) {
        let summary = self;
        if summary.outcome == "ok" {
            tracing::info!(
                topic = self.topic,
                num_read = summary.num_read,
                num_remembered = summary.num_remembered,
                num_unreadable = summary.num_unreadable,
                elapsed_ms = self.elapsed.as_millis() as u64,
                "dedup memory rebuilt"
            );
        } else {
            tracing::warn!(
                topic = self.topic,
                outcome = summary.outcome,
                elapsed_ms = self.elapsed.as_millis() as u64,
                "dedup memory not rebuilt, starting empty"
            );
        }
        metrics::counter!(names::NORMALIZER_MEMORY_REBUILDS, "outcome" => summary.outcome)
            .increment(1);
    }
}

/// One poll of one feed took `elapsed`, ending in `outcome` (same labels as `FeedFetched`).
pub(crate) struct FeedPollTimed<'a> {
    pub outcome: &'a str,
    pub elapsed: Duration,
    pub num_new_items: usize,
}

impl FeedPollTimed<'_> {
    pub fn emit(&self) {
        metrics::histogram!(names::FEED_FETCH_SECONDS, "outcome" => self.outcome.to_owned())
            .record(self.elapsed.as_secs_f64());
        metrics::counter!(names::FEED_ENTRIES_EMITTED).increment(self.num_new_items as u64);
    }
}

/// A feed answered 410 Gone and is retired until its configured URL changes.
pub(crate) struct FeedRetired<'a> {
    pub feed_id: &'a str,
    pub feed_url: &'a str,
}

impl FeedRetired<'_> {
    pub fn emit(&self) {
        tracing::warn!(
            feed_id = self.feed_id,
            feed = self.feed_url,
            "feed gone (410), retired until its configured url changes"
        );
        metrics::counter!(names::FEED_RETIREMENTS).increment(1);
    }
}

/// A permanent redirect was seen on enough polls in a row to be adopted.
pub(crate) struct FeedRedirectAdopted<'a> {
    pub feed_id: &'a str,
    pub feed_url: &'a str,
    pub target: &'a str,
}

impl FeedRedirectAdopted<'_> {
    pub fn emit(&self) {
        tracing::info!(
            feed_id = self.feed_id,
            feed = self.feed_url,
            target = self.target,
            "permanent redirect adopted"
        );
        metrics::counter!(names::FEED_REDIRECTS_ADOPTED).increment(1);
    }
}

/// A host asked for a pause (`Retry-After` on 429 or 503); none of its feeds is polled
/// before `wait` has passed.
pub(crate) struct HostDeferred<'a> {
    pub host: &'a str,
    pub wait: Duration,
}

impl HostDeferred<'_> {
    pub fn emit(&self) {
        tracing::warn!(
            host = self.host,
            wait_secs = self.wait.as_secs(),
            "host asked to retry later, deferring its feeds"
        );
        metrics::counter!(names::FEED_HOSTS_DEFERRED).increment(1);
    }
}

/// How the feeds this fetcher replica owns stand, after each scheduling pass.
pub(crate) struct FetcherGauges {
    /// Feeds whose state-topic partition this replica holds.
    pub num_owned: usize,
    /// Owned feeds waiting out a failure (parked ones included).
    pub num_in_backoff: usize,
    /// Owned feeds parked after too many failures in a row.
    pub num_parked: usize,
    /// Owned feeds retired by 410 Gone.
    pub num_retired: usize,
}

impl FetcherGauges {
    pub fn emit(&self) {
        metrics::gauge!(names::FEEDS_OWNED).set(self.num_owned as f64);
        metrics::gauge!(names::FEEDS_IN_BACKOFF).set(self.num_in_backoff as f64);
        metrics::gauge!(names::FEEDS_PARKED).set(self.num_parked as f64);
        metrics::gauge!(names::FEEDS_RETIRED).set(self.num_retired as f64);
    }
}

/// The incident stage merged (or retracted) one event.
pub(crate) struct IncidentEventMerged<'a> {
    pub event_id: &'a str,
    pub verdict: &'static str,
    pub num_changes: usize,
    pub num_in_window: usize,
}

impl IncidentEventMerged<'_> {
    pub fn emit(&self) {
        tracing::debug!(
            event_id = self.event_id,
            verdict = self.verdict,
            num_changes = self.num_changes,
            "event merged into incidents"
        );
        metrics::counter!(names::INCIDENT_EVENTS, "verdict" => self.verdict).increment(1);
        metrics::gauge!(names::INCIDENTS_IN_WINDOW).set(self.num_in_window as f64);
    }
}

/// The incident stage rebuilt its state from the incidents topic at start-up.
pub(crate) struct IncidentsRebuilt<'a> {
    pub topic: &'a str,
    /// The input partition whose index was rebuilt (from the same partition of `topic`).
    pub partition: i32,
    pub num_read: usize,
    pub num_in_window: usize,
    pub num_unreadable: usize,
    pub outcome: &'static str,
    pub elapsed: Duration,
}

impl IncidentsRebuilt<'_> {
    pub fn emit(&self) {
        if self.outcome == "ok" {
            tracing::info!(
                topic = self.topic,
                partition = self.partition,
                num_read = self.num_read,
                num_in_window = self.num_in_window,
                num_unreadable = self.num_unreadable,
                elapsed_ms = self.elapsed.as_millis() as u64,
                "incidents rebuilt"
            );
        } else {
            tracing::error!(
                topic = self.topic,
                partition = self.partition,
                outcome = self.outcome,
                elapsed_ms = self.elapsed.as_millis() as u64,
                "incidents not rebuilt"
            );
        }
        metrics::counter!(names::INCIDENT_REBUILDS, "outcome" => self.outcome).increment(1);
    }
}
