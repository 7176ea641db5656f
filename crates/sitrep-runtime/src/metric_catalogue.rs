//! Every metric a sitrep process exports, in one table: name, type, HELP text, labels,
//! the histogram buckets, and which processes export it; and the names themselves, as
//! constants every exporting module, the load harness and the tests take from here (only
//! the Kafka clients' are the transport crate's, which sets them; they are re-exported).
//!
//! The table is what the recorder describes at start (so every metric has HELP), what
//! picks each histogram's buckets, and what the tests hold the dashboard, the alert
//! rules and docs/operations.md against. A metric that is not here is not exported: a
//! test scans the sources for metric names and fails on one missing from the table.

use sitrep_transport::kafka_context as kafka_names;

/// The Prometheus type of a metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Counter,
    Gauge,
    Histogram,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Counter => "counter",
            Kind::Gauge => "gauge",
            Kind::Histogram => "histogram",
        }
    }
}

/// Which processes export a metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exporter {
    /// Every `sitrep run` process.
    Every,
    /// Processes that talk to Kafka (its clients' statistics and callbacks; every target
    /// has a consumer, the fetcher's for the ownership of feeds).
    Kafka,
    /// Processes hosting a stage that consumes a topic (normalizer, classifier, incidents).
    ConsumingStage,
    Fetcher,
    Normalizer,
    Classifier,
    Incidents,
}

/// One exported metric.
#[derive(Debug, Clone, Copy)]
pub struct Metric {
    pub name: &'static str,
    pub kind: Kind,
    pub help: &'static str,
    pub labels: &'static [&'static str],
    pub exporter: Exporter,
    /// Upper bounds of a histogram's buckets (seconds); empty for the others.
    pub buckets: &'static [f64],
}

impl Exporter {
    /// Whether a process hosting `hosted`, on Kafka or not, exports the metric.
    pub fn exported_by(self, hosted: Hosted, kafka: bool) -> bool {
        match self {
            Exporter::Every => true,
            Exporter::Kafka => kafka,
            Exporter::ConsumingStage => hosted.normalizer || hosted.classifier || hosted.incidents,
            Exporter::Fetcher => hosted.fetcher,
            Exporter::Normalizer => hosted.normalizer,
            Exporter::Classifier => hosted.classifier,
            Exporter::Incidents => hosted.incidents,
        }
    }
}

/// A stage's time on one input: tens of microseconds (normalizer) to a second or so (a
/// long article through the classifier).
const PROCESSING_BUCKETS: &[f64] = &[
    0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
    2.5,
];

/// From publication (or fetch) to event: a pushed or polled item takes seconds after its
/// fetch, while publication to event is the feed's poll interval and the outlet's own
/// delay on top: minutes to hours, and days for a late or back-dated item.
const EVENT_LATENCY_BUCKETS: &[f64] = &[
    0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0,
    14400.0, 28800.0, 86400.0, 259200.0,
];

/// One feed request: a local file in a millisecond, a slow host up to the fetch timeout
/// (30 s by default).
const FETCH_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0,
];

// The Kafka clients' metrics, set by the transport crate.
pub use kafka_names::{ASSIGNED_PARTITIONS, CONSUMER_LAG, PRODUCER_QUEUE};
/// Counter: how often a consumer's group changed what it owns, by `kind`.
pub const REBALANCES: &str = kafka_names::REBALANCES;
/// Counter: offset commits the broker refused or that failed, by group.
pub const COMMIT_FAILURES: &str = kafka_names::COMMIT_FAILURES;
/// Counter: messages the producer could not deliver.
pub const DELIVERY_ERRORS: &str = kafka_names::DELIVERY_ERRORS;
/// Gauge: 1 with the version as a label.
pub const BUILD_INFO: &str = "sitrep_build_info";
/// Gauge: 1 while `/readyz` says ready, else 0.
pub const READY: &str = "sitrep_ready";

// The stages' metrics.
pub const MESSAGES_IN: &str = "sitrep_messages_in_total";
pub const MESSAGES_OUT: &str = "sitrep_messages_out_total";
pub const DEAD_LETTERED: &str = "sitrep_dead_lettered_total";
pub const PROCESSING_SECONDS: &str = "sitrep_processing_seconds";
pub const FEED_FETCHES: &str = "sitrep_feed_fetches_total";
pub const FEED_BYTES: &str = "sitrep_feed_bytes_total";
pub const FEED_ITEMS_EDITED: &str = "sitrep_feed_items_edited_total";
pub const FEED_REPAIRS: &str = "sitrep_feed_repairs_total";
pub const ARTICLES_SKIPPED: &str = "sitrep_articles_skipped_total";
pub const EVENT_LATENCY_SECONDS: &str = "sitrep_event_latency_seconds";
pub const LOG_LINES_SUPPRESSED: &str = "sitrep_log_lines_suppressed_total";
pub const NORMALIZER_DEDUP: &str = "sitrep_normalizer_dedup_total";
pub const NORMALIZER_MEMORY_REBUILDS: &str = "sitrep_normalizer_memory_rebuilds_total";
pub const NORMALIZER_MEMORY_ARTICLES: &str = "sitrep_normalizer_memory_articles";
pub const OVERSIZED_OUTPUTS: &str = "sitrep_oversized_outputs_total";

// The fetcher's scheduler.
/// Histogram: seconds from request to parsed document (or failure), by outcome.
pub const FEED_FETCH_SECONDS: &str = "sitrep_feed_fetch_seconds";
/// Counter: entries emitted to `items.raw`.
pub const FEED_ENTRIES_EMITTED: &str = "sitrep_feed_entries_emitted_total";
/// Gauge: feeds this replica owns that are waiting out a failure.
pub const FEEDS_IN_BACKOFF: &str = "sitrep_feeds_in_backoff";
/// Gauge: feeds this replica owns that answered 410 Gone and are no longer polled.
pub const FEEDS_RETIRED: &str = "sitrep_feeds_retired";
/// Gauge: feeds this replica owns that failed `fetcher.park_after_failures` times in a
/// row and are polled only every `fetcher.parked_interval_secs`.
pub const FEEDS_PARKED: &str = "sitrep_feeds_parked";
/// Gauge: feeds this replica owns (by state-topic partition).
pub const FEEDS_OWNED: &str = "sitrep_feeds_owned";
/// Counter: feeds retired by 410 Gone.
pub const FEED_RETIREMENTS: &str = "sitrep_feed_retirements_total";
/// Counter: permanent redirects adopted after being seen consistently.
pub const FEED_REDIRECTS_ADOPTED: &str = "sitrep_feed_redirects_adopted_total";
/// Counter: hosts deferred by a `Retry-After` answer.
pub const FEED_HOSTS_DEFERRED: &str = "sitrep_feed_hosts_deferred_total";

// The incident stage.
/// Counter: events merged, by what they did (`opened`, `joined`, `corrected`, ...).
pub const INCIDENT_EVENTS: &str = "sitrep_incident_events_total";
/// Gauge: incidents held in the time window.
pub const INCIDENTS_IN_WINDOW: &str = "sitrep_incidents_in_window";
/// Counter: start-up rebuilds from the incidents topic, by outcome.
pub const INCIDENT_REBUILDS: &str = "sitrep_incident_rebuilds_total";

// The fetcher's WebSub side.
/// Counter: content notifications received, by `outcome` (`accepted`, `unknown`,
/// `busy`, `too_large_or_cut`, `evicted_before_head` for a connection without a whole
/// request head closed to make room for a new one, `too_many_connections` for a
/// connection closed on accept, or why the signature was refused).
pub const WEBSUB_NOTIFICATIONS: &str = "sitrep_websub_notifications_total";
/// Counter: subscription steps, by `outcome` (`requested`, `request_failed`,
/// `verified`, `denied`, `refused`).
pub const WEBSUB_SUBSCRIPTIONS: &str = "sitrep_websub_subscriptions_total";
/// Gauge: subscriptions a hub verified and whose lease runs.
pub const WEBSUB_SUBSCRIPTIONS_ACTIVE: &str = "sitrep_websub_subscriptions_active";

// The process metrics Prometheus clients conventionally export (`process_metrics`).
pub const PROCESS_CPU_SECONDS: &str = "process_cpu_seconds_total";
pub const PROCESS_RESIDENT_MEMORY: &str = "process_resident_memory_bytes";
pub const PROCESS_VIRTUAL_MEMORY: &str = "process_virtual_memory_bytes";
pub const PROCESS_OPEN_FDS: &str = "process_open_fds";
pub const PROCESS_MAX_FDS: &str = "process_max_fds";
pub const PROCESS_THREADS: &str = "process_threads";
pub const PROCESS_START_TIME: &str = "process_start_time_seconds";

/// Every metric, in the order docs/operations.md lists them.
pub const METRICS: &[Metric] = &[
    Metric {
        name: BUILD_INFO,
        kind: Kind::Gauge,
        help: "Always 1; the version of the running binary is its label.",
        labels: &["version"],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: READY,
        kind: Kind::Gauge,
        help: "1 while the process is ready (what /readyz answers), else 0.",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: MESSAGES_IN,
        kind: Kind::Counter,
        help: "Messages a stage read from its input topic.",
        labels: &["stage"],
        exporter: Exporter::ConsumingStage,
        buckets: &[],
    },
    Metric {
        name: MESSAGES_OUT,
        kind: Kind::Counter,
        help: "Messages a stage produced (the fetcher: raw items).",
        labels: &["stage"],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: DEAD_LETTERED,
        kind: Kind::Counter,
        help: "Inputs sent to the dead-letter topic, by stage and error kind.",
        labels: &["stage", "kind"],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: OVERSIZED_OUTPUTS,
        kind: Kind::Counter,
        help: "Outputs that would not fit message.max.bytes: cut to fit (fetcher, action=cut) or their input dead-lettered (action=dead_lettered).",
        labels: &["stage", "action"],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: PROCESSING_SECONDS,
        kind: Kind::Histogram,
        help: "Seconds a stage's core took on one input.",
        labels: &["stage"],
        exporter: Exporter::ConsumingStage,
        buckets: PROCESSING_BUCKETS,
    },
    Metric {
        name: EVENT_LATENCY_SECONDS,
        kind: Kind::Histogram,
        help: "Seconds from an article's publication (since=published) or fetch (since=fetched) to its event being produced.",
        labels: &["since"],
        exporter: Exporter::Classifier,
        buckets: EVENT_LATENCY_BUCKETS,
    },
    Metric {
        name: ARTICLES_SKIPPED,
        kind: Kind::Counter,
        help: "Articles the classifier passed over, by reason.",
        labels: &["reason"],
        exporter: Exporter::Classifier,
        buckets: &[],
    },
    Metric {
        name: LOG_LINES_SUPPRESSED,
        kind: Kind::Counter,
        help: "Rate-limited per-item warning lines that were not logged.",
        labels: &["stage"],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: FEED_FETCHES,
        kind: Kind::Counter,
        help: "Feed polls and pushes by outcome (ok, empty, not_modified, timeout, http_4xx, http_5xx, ...); empty is a document without a single entry.",
        labels: &["outcome"],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEED_REPAIRS,
        kind: Kind::Counter,
        help: "Defects mended in feed documents before they could be read, by kind (bare_ampersand, stray_bytes, rss_version, ...).",
        labels: &["kind"],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEED_FETCH_SECONDS,
        kind: Kind::Histogram,
        help: "Seconds from a feed request to its parsed document (or failure), by outcome.",
        labels: &["outcome"],
        exporter: Exporter::Fetcher,
        buckets: FETCH_BUCKETS,
    },
    Metric {
        name: FEED_BYTES,
        kind: Kind::Counter,
        help: "Bytes of feed documents fetched.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEED_ENTRIES_EMITTED,
        kind: Kind::Counter,
        help: "Feed entries emitted to the raw items topic.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEED_ITEMS_EDITED,
        kind: Kind::Counter,
        help: "Entries emitted again because their text changed after they were emitted.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEEDS_OWNED,
        kind: Kind::Gauge,
        help: "Feeds this fetcher replica owns.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEEDS_IN_BACKOFF,
        kind: Kind::Gauge,
        help: "Feeds this replica owns that are waiting out a failure.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEEDS_PARKED,
        kind: Kind::Gauge,
        help: "Feeds this replica owns that failed park_after_failures times in a row and are polled only every parked_interval_secs.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEEDS_RETIRED,
        kind: Kind::Gauge,
        help: "Feeds this replica owns that answered 410 Gone and are no longer polled.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEED_RETIREMENTS,
        kind: Kind::Counter,
        help: "Feeds retired because they answered 410 Gone.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEED_REDIRECTS_ADOPTED,
        kind: Kind::Counter,
        help: "Permanent redirects adopted after being seen on enough polls in a row.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: FEED_HOSTS_DEFERRED,
        kind: Kind::Counter,
        help: "Times a host asked for a pause (Retry-After on 429 or 503).",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: WEBSUB_NOTIFICATIONS,
        kind: Kind::Counter,
        help: "Content a WebSub hub pushed, by outcome.",
        labels: &["outcome"],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: WEBSUB_SUBSCRIPTIONS,
        kind: Kind::Counter,
        help: "WebSub subscription steps, by outcome.",
        labels: &["outcome"],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: WEBSUB_SUBSCRIPTIONS_ACTIVE,
        kind: Kind::Gauge,
        help: "WebSub subscriptions a hub verified whose lease runs.",
        labels: &[],
        exporter: Exporter::Fetcher,
        buckets: &[],
    },
    Metric {
        name: NORMALIZER_DEDUP,
        kind: Kind::Counter,
        help: "Articles judged by the normalizer's dedup memory, by verdict.",
        labels: &["verdict"],
        exporter: Exporter::Normalizer,
        buckets: &[],
    },
    Metric {
        name: NORMALIZER_MEMORY_REBUILDS,
        kind: Kind::Counter,
        help: "Rebuilds of the normalizer's dedup memory of an input partition, by outcome.",
        labels: &["outcome"],
        exporter: Exporter::Normalizer,
        buckets: &[],
    },
    Metric {
        name: NORMALIZER_MEMORY_ARTICLES,
        kind: Kind::Gauge,
        help: "Articles held in the normalizer's dedup memory.",
        labels: &[],
        exporter: Exporter::Normalizer,
        buckets: &[],
    },
    Metric {
        name: INCIDENT_EVENTS,
        kind: Kind::Counter,
        help: "Events merged by the incident stage, by what they did to the incidents.",
        labels: &["verdict"],
        exporter: Exporter::Incidents,
        buckets: &[],
    },
    Metric {
        name: INCIDENTS_IN_WINDOW,
        kind: Kind::Gauge,
        help: "Incidents held in memory (the time window).",
        labels: &[],
        exporter: Exporter::Incidents,
        buckets: &[],
    },
    Metric {
        name: INCIDENT_REBUILDS,
        kind: Kind::Counter,
        help: "Reads of the incidents topic that rebuild the index of an events partition, by outcome.",
        labels: &["outcome"],
        exporter: Exporter::Incidents,
        buckets: &[],
    },
    Metric {
        name: CONSUMER_LAG,
        kind: Kind::Gauge,
        help: "Messages behind the end of each partition this consumer owns (librdkafka statistics).",
        labels: &["group", "topic", "partition"],
        exporter: Exporter::Kafka,
        buckets: &[],
    },
    Metric {
        name: ASSIGNED_PARTITIONS,
        kind: Kind::Gauge,
        help: "Partitions this process's consumer owns, by group.",
        labels: &["group"],
        exporter: Exporter::Kafka,
        buckets: &[],
    },
    Metric {
        name: REBALANCES,
        kind: Kind::Counter,
        help: "Changes of a consumer's partitions by its group: kind=assign, revoke or error.",
        labels: &["group", "kind"],
        exporter: Exporter::Kafka,
        buckets: &[],
    },
    Metric {
        name: COMMIT_FAILURES,
        kind: Kind::Counter,
        help: "Offset commits that failed, by group.",
        labels: &["group"],
        exporter: Exporter::Kafka,
        buckets: &[],
    },
    Metric {
        name: PRODUCER_QUEUE,
        kind: Kind::Gauge,
        help: "Messages waiting in the producer for the broker's acknowledgement.",
        labels: &[],
        exporter: Exporter::Kafka,
        buckets: &[],
    },
    Metric {
        name: DELIVERY_ERRORS,
        kind: Kind::Counter,
        help: "Messages the producer could not deliver.",
        labels: &[],
        exporter: Exporter::Kafka,
        buckets: &[],
    },
    Metric {
        name: PROCESS_CPU_SECONDS,
        kind: Kind::Counter,
        help: "CPU seconds the process used, user and system (whole seconds).",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: PROCESS_RESIDENT_MEMORY,
        kind: Kind::Gauge,
        help: "Resident memory of the process, in bytes.",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: PROCESS_VIRTUAL_MEMORY,
        kind: Kind::Gauge,
        help: "Virtual memory of the process, in bytes.",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: PROCESS_OPEN_FDS,
        kind: Kind::Gauge,
        help: "File descriptors the process has open.",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: PROCESS_MAX_FDS,
        kind: Kind::Gauge,
        help: "The process's limit of open file descriptors.",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: PROCESS_THREADS,
        kind: Kind::Gauge,
        help: "Threads of the process.",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
    Metric {
        name: PROCESS_START_TIME,
        kind: Kind::Gauge,
        help: "When the process started, in seconds since the Unix epoch.",
        labels: &[],
        exporter: Exporter::Every,
        buckets: &[],
    },
];

/// The metric called `name`.
pub fn find(name: &str) -> Option<&'static Metric> {
    METRICS.iter().find(|metric| metric.name == name)
}

/// Gives every metric its HELP text. Call once the recorder is installed.
pub(crate) fn describe_all() {
    for metric in METRICS {
        match metric.kind {
            Kind::Counter => metrics::describe_counter!(metric.name, metric.help),
            Kind::Gauge => metrics::describe_gauge!(metric.name, metric.help),
            Kind::Histogram => metrics::describe_histogram!(metric.name, metric.help),
        }
    }
}

/// Which stages a process hosts, for [`start_series`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Hosted {
    pub fetcher: bool,
    pub normalizer: bool,
    pub classifier: bool,
    pub incidents: bool,
}

/// Creates the counters of the hosted stages at zero, with the label values they are
/// known to take, and their gauges that start at zero, so each series exists from the
/// start: an alert on `increase(...)` or
/// a `rate(...)` then sees the first event too, and a dashboard shows 0 rather than
/// "no data". (A label value not listed here still appears at its first event.)
pub(crate) fn start_series(hosted: Hosted) {
    let zero = |name: &'static str, labels: &[(&'static str, &'static str)]| {
        let labels: Vec<metrics::Label> = labels
            .iter()
            .map(|(key, value)| metrics::Label::new(*key, *value))
            .collect();
        metrics::counter!(name, labels).increment(0);
    };
    use crate::rejection::RejectionKind as R;
    let labels = |kinds: &[R]| kinds.iter().map(|kind| kind.label()).collect::<Vec<_>>();
    let stages = [
        (hosted.fetcher, "fetcher", vec!["parse_error", "too_large"]),
        (
            hosted.normalizer,
            "normalizer",
            labels(&[
                R::InvalidJson,
                R::NoText,
                R::TooLarge,
                R::Serialize,
                R::OutputTooLarge,
            ]),
        ),
        (
            hosted.classifier,
            "classifier",
            labels(&[R::InvalidJson, R::Serialize, R::OutputTooLarge]),
        ),
        (
            hosted.incidents,
            "incidents",
            labels(&[
                R::InvalidJson,
                R::NotOccurred,
                R::InvalidRetraction,
                R::Serialize,
                R::OutputTooLarge,
            ]),
        ),
    ];
    for (is_hosted, stage, dead_letter_kinds) in stages {
        if !is_hosted {
            continue;
        }
        if stage != "fetcher" {
            zero(MESSAGES_IN, &[("stage", stage)]);
        }
        zero(MESSAGES_OUT, &[("stage", stage)]);
        zero(LOG_LINES_SUPPRESSED, &[("stage", stage)]);
        zero(
            OVERSIZED_OUTPUTS,
            &[("stage", stage), ("action", "dead_lettered")],
        );
        if stage == "fetcher" {
            zero(OVERSIZED_OUTPUTS, &[("stage", stage), ("action", "cut")]);
        }
        for kind in dead_letter_kinds {
            zero(DEAD_LETTERED, &[("stage", stage), ("kind", kind)]);
        }
    }
    // Gauges whose value at start is 0 in truth: nothing owned, held or subscribed yet.
    // (The others are set from the start: readiness, build info, the process's.)
    let zero_gauges = [
        (hosted.fetcher, FEEDS_OWNED),
        (hosted.fetcher, FEEDS_IN_BACKOFF),
        (hosted.fetcher, FEEDS_PARKED),
        (hosted.fetcher, FEEDS_RETIRED),
        (hosted.fetcher, WEBSUB_SUBSCRIPTIONS_ACTIVE),
        (hosted.normalizer, NORMALIZER_MEMORY_ARTICLES),
        (hosted.incidents, INCIDENTS_IN_WINDOW),
    ];
    for (is_hosted, name) in zero_gauges {
        if is_hosted {
            metrics::gauge!(name).set(0.0);
        }
    }
    if hosted.fetcher {
        for outcome in [
            "ok",
            "not_modified",
            "timeout",
            "connect",
            "http_4xx",
            "http_5xx",
            "too_large",
            "parse_error",
            "empty",
        ] {
            zero(FEED_FETCHES, &[("outcome", outcome)]);
        }
        for kind in sitrep_fetcher::RepairKind::ALL {
            zero(FEED_REPAIRS, &[("kind", kind.as_str())]);
        }
        for name in [
            FEED_BYTES,
            FEED_ITEMS_EDITED,
            FEED_ENTRIES_EMITTED,
            FEED_RETIREMENTS,
            FEED_REDIRECTS_ADOPTED,
            FEED_HOSTS_DEFERRED,
        ] {
            zero(name, &[]);
        }
        for outcome in [
            "accepted",
            "unknown",
            "busy",
            "too_large_or_cut",
            "evicted_before_head",
            "too_many_connections",
            "signature_missing",
            "signature_malformed",
            "signature_method",
            "signature_mismatch",
        ] {
            zero(WEBSUB_NOTIFICATIONS, &[("outcome", outcome)]);
        }
        for outcome in [
            "requested",
            "request_failed",
            "verified",
            "denied",
            "refused",
        ] {
            zero(WEBSUB_SUBSCRIPTIONS, &[("outcome", outcome)]);
        }
    }
    if hosted.normalizer {
        for verdict in ["new", "repeat", "update", "near_duplicate"] {
            zero(NORMALIZER_DEDUP, &[("verdict", verdict)]);
        }
        for outcome in ["ok", "error", "timeout"] {
            zero(NORMALIZER_MEMORY_REBUILDS, &[("outcome", outcome)]);
        }
    }
    if hosted.classifier {
        for reason in ["duplicate", "language", "no_incident"] {
            zero(ARTICLES_SKIPPED, &[("reason", reason)]);
        }
    }
    if hosted.incidents {
        for verdict in [
            "opened",
            "joined",
            "corrected",
            "moved",
            "unchanged",
            "stale",
            "outside_window",
            "background",
            "retracted",
            "unknown_retraction",
        ] {
            zero(INCIDENT_EVENTS, &[("verdict", verdict)]);
        }
        for outcome in ["ok", "error", "timeout"] {
            zero(INCIDENT_REBUILDS, &[("outcome", outcome)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_follow_the_conventions_and_histograms_have_rising_buckets() {
        let mut seen = std::collections::HashSet::new();
        for metric in METRICS {
            assert!(seen.insert(metric.name), "{} twice", metric.name);
            assert!(
                metric.name.starts_with("sitrep_") || metric.name.starts_with("process_"),
                "{}",
                metric.name
            );
            assert_eq!(
                metric.kind == Kind::Counter,
                metric.name.ends_with("_total"),
                "{}: counters and only counters end in _total",
                metric.name
            );
            assert!(!metric.help.is_empty(), "{} has no HELP", metric.name);
            assert_eq!(
                metric.kind == Kind::Histogram,
                !metric.buckets.is_empty(),
                "{}: buckets belong to histograms",
                metric.name
            );
            assert!(
                metric.buckets.windows(2).all(|pair| pair[0] < pair[1]),
                "{}: buckets rise",
                metric.name
            );
        }
    }

    #[test]
    fn publication_to_event_latency_has_buckets_from_minutes_to_hours() {
        let buckets = find(EVENT_LATENCY_SECONDS).expect("listed").buckets;
        let within = |low: f64, high: f64| {
            buckets
                .iter()
                .filter(|bound| (low..=high).contains(*bound))
                .count()
        };
        assert!(within(60.0, 3600.0) >= 5, "minutes: {buckets:?}");
        assert!(within(3600.0, 86400.0) >= 4, "hours: {buckets:?}");
    }
}
