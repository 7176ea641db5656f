//! What librdkafka tells us: its log lines go to `tracing`, its statistics (every
//! `statistics.interval.ms`) become gauges: consumer lag per partition, producer queue
//! depth, assigned partitions.

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::KafkaError;
use rdkafka::statistics::Statistics;

/// Gauge: messages between a consumer's position and the end of each partition it holds.
pub const CONSUMER_LAG: &str = "sitrep_consumer_lag_messages";
/// Gauge: messages in the producer's queue, not yet acknowledged.
pub const PRODUCER_QUEUE: &str = "sitrep_producer_queue_messages";
/// Gauge: partitions a consumer holds.
pub const ASSIGNED_PARTITIONS: &str = "sitrep_assigned_partitions";
/// Counter: partitions assigned to or revoked from a consumer by its group (`kind` =
/// `assign`, `revoke`, `error`).
pub const REBALANCES: &str = "sitrep_rebalances_total";
/// Counter: offset commits (periodic, on revoke, at shutdown) that failed, by group.
pub const COMMIT_FAILURES: &str = "sitrep_commit_failures_total";
/// Counter: messages the producer could not deliver.
pub const DELIVERY_ERRORS: &str = "sitrep_delivery_errors_total";

/// The kinds of [`REBALANCES`].
pub const REBALANCE_KINDS: [&str; 3] = ["assign", "revoke", "error"];

/// librdkafka repeats itself while a broker is away (a line per reconnect, several a
/// second): a line of one client, facility and level, or an error of one client and
/// code, is logged at most once per window; the rest are counted, and the next line
/// logged says how many were left out (`num_suppressed`).
const LOG_WINDOW: Duration = Duration::from_secs(60);

static LOG_LIMITER: LogLimiter = LogLimiter {
    windows: Mutex::new(None),
};

struct LogLimiter {
    /// Per key: when its window began and how many lines were left out since.
    windows: Mutex<Option<HashMap<String, (Instant, u64)>>>,
}

impl LogLimiter {
    /// `Some(lines left out before this one)` when a line for `key` may be logged now.
    fn allow(&self, key: String, now: Instant) -> Option<u64> {
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        let windows = windows.get_or_insert_with(HashMap::new);
        match windows.get_mut(&key) {
            Some((began, suppressed)) if now.duration_since(*began) < LOG_WINDOW => {
                *suppressed += 1;
                None
            }
            Some(window) => {
                let suppressed = window.1;
                *window = (now, 0);
                Some(suppressed)
            }
            None => {
                // Bounded: keys are clients x facilities or codes, a few dozen at most.
                if windows.len() > 1024 {
                    windows.clear();
                }
                windows.insert(key, (now, 0));
                Some(0)
            }
        }
    }
}

/// A librdkafka log line. Its own "error" level is a warning here: the client goes on
/// and reconnects by itself, and what it cannot recover from comes as a fatal error.
pub(crate) fn log_to_tracing(client: &str, level: RDKafkaLogLevel, facility: &str, message: &str) {
    let key = format!("log {client} {facility} {level:?}");
    let Some(num_suppressed) = LOG_LIMITER.allow(key, Instant::now()) else {
        return;
    };
    match level {
        RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical => {
            tracing::error!(target: "librdkafka", client, facility, num_suppressed, "{message}")
        }
        RDKafkaLogLevel::Error | RDKafkaLogLevel::Warning => {
            tracing::warn!(target: "librdkafka", client, facility, num_suppressed, "{message}")
        }
        RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => {
            tracing::info!(target: "librdkafka", client, facility, num_suppressed, "{message}")
        }
        RDKafkaLogLevel::Debug => {
            tracing::debug!(target: "librdkafka", client, facility, num_suppressed, "{message}")
        }
    }
}

/// An error event of a client. End-of-partition is no error (readers ask for it); reports
/// of the connection ("1/1 brokers are down") are informational: the client reconnects by
/// itself, and readiness and the consumer loops say what it means for the service.
pub(crate) fn error_to_tracing(client: &str, error: &KafkaError, reason: &str) {
    let code = error.rdkafka_error_code();
    if matches!(error, KafkaError::PartitionEOF(_))
        || code == Some(rdkafka::types::RDKafkaErrorCode::PartitionEOF)
    {
        return;
    }
    let key = format!("error {client} {code:?}");
    let Some(num_suppressed) = LOG_LIMITER.allow(key, Instant::now()) else {
        return;
    };
    let code = code.map_or_else(|| "unknown".to_owned(), |code| format!("{code:?}"));
    let class = crate::TransportError::Kafka {
        context: String::new(),
        error: error.clone(),
    }
    .class();
    if class == crate::ErrorClass::Informational {
        tracing::info!(target: "librdkafka", client, code, num_suppressed, "{reason}");
    } else {
        tracing::warn!(target: "librdkafka", client, code, num_suppressed, "{reason}");
    }
}

/// The context of clients that only read or administer (topic readers, the admin
/// client): their log lines and errors go where every other client's go.
pub(crate) struct QuietContext(pub(crate) &'static str);

impl ClientContext for QuietContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        log_to_tracing(self.0, level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        error_to_tracing(self.0, &error, reason);
    }
}

impl rdkafka::consumer::ConsumerContext for QuietContext {}

/// The producer's context: logs and queue depth.
pub(crate) struct ProducerContext;

impl ClientContext for ProducerContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        log_to_tracing("producer", level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        error_to_tracing("producer", &error, reason);
    }

    fn stats(&self, statistics: Statistics) {
        metrics::gauge!(PRODUCER_QUEUE).set(statistics.msg_cnt as f64);
    }
}

/// Per-partition lag of a consumer group, from the consumer's statistics: only for the
/// partitions it holds (librdkafka may still report one it has just given up).
pub(crate) fn record_consumer_stats(group: &str, watch: &GroupWatch, statistics: &Statistics) {
    watch.saw_statistics(
        statistics
            .cgrp
            .as_ref()
            .map(|cgrp| cgrp.join_state.as_str()),
        any_broker_up(statistics),
    );
    for (topic_name, topic) in &statistics.topics {
        for (partition_id, partition) in &topic.partitions {
            // -1 is librdkafka's "internal UA" partition and partitions it does not fetch.
            if *partition_id < 0
                || partition.consumer_lag < 0
                || !watch.holds(topic_name, *partition_id)
            {
                continue;
            }
            metrics::gauge!(
                CONSUMER_LAG,
                "group" => group.to_owned(),
                "topic" => topic_name.clone(),
                "partition" => partition_id.to_string()
            )
            .set(partition.consumer_lag as f64);
        }
    }
}

/// Whether the client is connected to a real broker (one it was configured with or
/// learned of; not its internal or logical ones): "UP" once the connection's handshake
/// is through, which a connection accepted and closed at once never reaches.
fn any_broker_up(statistics: &Statistics) -> bool {
    statistics.brokers.values().any(|broker| {
        matches!(broker.source.as_str(), "configured" | "learned") && broker.state == "UP"
    })
}

/// Sets the lag of partitions this consumer no longer holds to zero: their new owner
/// reports theirs, and a sum over the group's members stays true.
pub(crate) fn clear_lag(group: &str, partitions: &[(String, i32)]) {
    for (topic, partition) in partitions {
        metrics::gauge!(
            CONSUMER_LAG,
            "group" => group.to_owned(),
            "topic" => topic.clone(),
            "partition" => partition.to_string()
        )
        .set(0.0);
    }
}

/// Where a consumer stands in its group, kept up to date by its rebalance, error and
/// statistics callbacks (which run when the consumer is polled); whoever asked to hear
/// of changes is called after each one readiness cares about.
pub(crate) struct GroupWatch {
    state: Mutex<WatchState>,
    statistics_interval: Option<Duration>,
    listeners: Mutex<Vec<crate::OnMembershipChange>>,
}

impl std::fmt::Debug for GroupWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupWatch")
            .field("state", &self.lock())
            .field("statistics_interval", &self.statistics_interval)
            .finish_non_exhaustive()
    }
}

#[derive(Debug)]
struct WatchState {
    joined: bool,
    ever_joined: bool,
    assigned: BTreeSet<(String, i32)>,
    changed_at: Instant,
    rebalancing_since: Option<Instant>,
    last_statistics_at: Option<Instant>,
    brokers_down_since: Option<Instant>,
    brokers_down_reported_at: Option<Instant>,
    lost_at: Option<Instant>,
}

impl GroupWatch {
    pub(crate) fn new(statistics_interval: Option<Duration>) -> Self {
        Self {
            state: Mutex::new(WatchState {
                joined: false,
                ever_joined: false,
                assigned: BTreeSet::new(),
                changed_at: Instant::now(),
                rebalancing_since: None,
                last_statistics_at: None,
                brokers_down_since: None,
                brokers_down_reported_at: None,
                lost_at: None,
            }),
            statistics_interval,
            listeners: Mutex::new(Vec::new()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, WatchState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `on_change` is called after every change from now on.
    pub(crate) fn listen(&self, on_change: crate::OnMembershipChange) {
        self.listeners
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(on_change);
    }

    /// Tells the listeners (never with the state locked).
    fn changed(&self) {
        let listeners = self
            .listeners
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        for on_change in listeners {
            on_change();
        }
    }

    /// The group gave this consumer `partitions` (possibly none): it reached the group's
    /// coordinator, so a broker is up, and whatever was lost is replaced.
    pub(crate) fn assigned(&self, partitions: Vec<(String, i32)>) {
        {
            let mut state = self.lock();
            state.joined = true;
            state.ever_joined = true;
            state.assigned = partitions.into_iter().collect();
            state.changed_at = Instant::now();
            state.lost_at = None;
            state.brokers_down_since = None;
            state.brokers_down_reported_at = None;
        }
        self.changed();
    }

    /// The group took `partitions` back (all of them with the eager protocol); returns
    /// what was held before.
    pub(crate) fn revoked(&self, partitions: &[(String, i32)]) -> Vec<(String, i32)> {
        let before = {
            let mut state = self.lock();
            let before: Vec<(String, i32)> = state.assigned.iter().cloned().collect();
            for partition in partitions {
                state.assigned.remove(partition);
            }
            if state.assigned.is_empty() {
                state.joined = false;
            }
            state.changed_at = Instant::now();
            before
        };
        self.changed();
        before
    }

    /// The partitions about to be revoked were lost, not handed over: the consumer's
    /// session with its group expired (the coordinator could not be reached in time).
    pub(crate) fn lost(&self) {
        self.lock().lost_at.get_or_insert_with(Instant::now);
        self.changed();
    }

    /// The client said every broker is down. Listeners hear of the first report of a
    /// run only (librdkafka repeats it several times a second while a broker is away).
    pub(crate) fn all_brokers_down(&self) {
        let first = {
            let mut state = self.lock();
            let now = Instant::now();
            state.brokers_down_reported_at = Some(now);
            let first = state.brokers_down_since.is_none();
            state.brokers_down_since.get_or_insert(now);
            first
        };
        if first {
            self.changed();
        }
    }

    fn holds(&self, topic: &str, partition: i32) -> bool {
        self.lock()
            .assigned
            .iter()
            .any(|(t, p)| t == topic && *p == partition)
    }

    /// Statistics arrived: the consumer is being polled; `join_state` is librdkafka's
    /// group join state (`steady` once a rebalance is through); `broker_up` whether it is
    /// connected to a broker.
    fn saw_statistics(&self, join_state: Option<&str>, broker_up: bool) {
        let back = {
            let mut state = self.lock();
            let now = Instant::now();
            state.last_statistics_at = Some(now);
            match join_state {
                Some("steady") | Some("init") | None => state.rebalancing_since = None,
                Some(_) => {
                    state.rebalancing_since.get_or_insert(now);
                }
            }
            let back = broker_up && state.brokers_down_since.is_some();
            if back {
                state.brokers_down_since = None;
                state.brokers_down_reported_at = None;
            }
            back
        };
        if back {
            self.changed();
        }
    }

    pub(crate) fn membership(&self) -> crate::Membership {
        let state = self.lock();
        crate::Membership {
            joined: state.joined,
            ever_joined: state.ever_joined,
            num_partitions: state.assigned.len(),
            changed_at: state.changed_at,
            rebalancing_since: state.rebalancing_since,
            last_statistics_at: state.last_statistics_at,
            statistics_interval: self.statistics_interval,
            brokers_down_since: state.brokers_down_since,
            brokers_down_reported_at: state.brokers_down_reported_at,
            lost_at: state.lost_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_line_is_logged_once_a_window_and_says_how_many_were_left_out() {
        let limiter = LogLimiter {
            windows: Mutex::new(None),
        };
        let start = Instant::now();
        let key = || "error normalizer AllBrokersDown".to_owned();
        assert_eq!(limiter.allow(key(), start), Some(0));
        for n in 1..=500u64 {
            let at = start + Duration::from_millis(100 * n);
            assert_eq!(limiter.allow(key(), at), None);
        }
        assert_eq!(
            limiter.allow("log producer FAIL Error".into(), start),
            Some(0),
            "other keys have their own window"
        );
        assert_eq!(limiter.allow(key(), start + LOG_WINDOW * 2), Some(500));
    }
}
