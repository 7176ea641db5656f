//! What librdkafka tells us: its log lines go to `tracing`, its statistics (every
//! `statistics.interval.ms`) become gauges: consumer lag per partition, producer queue
//! depth, assigned partitions.

use std::sync::atomic::{AtomicBool, Ordering};

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::KafkaError;
use rdkafka::statistics::Statistics;

pub const CONSUMER_LAG: &str = "sitrep_consumer_lag_messages";
pub const PRODUCER_QUEUE: &str = "sitrep_producer_queue_messages";
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

pub(crate) fn log_to_tracing(client: &str, level: RDKafkaLogLevel, facility: &str, message: &str) {
    match level {
        RDKafkaLogLevel::Emerg
        | RDKafkaLogLevel::Alert
        | RDKafkaLogLevel::Critical
        | RDKafkaLogLevel::Error => {
            tracing::error!(target: "librdkafka", client, facility, "{message}")
        }
        RDKafkaLogLevel::Warning => {
            tracing::warn!(target: "librdkafka", client, facility, "{message}")
        }
        RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => {
            tracing::info!(target: "librdkafka", client, facility, "{message}")
        }
        RDKafkaLogLevel::Debug => {
            tracing::debug!(target: "librdkafka", client, facility, "{message}")
        }
    }
}

pub(crate) fn error_to_tracing(client: &str, error: &KafkaError, reason: &str) {
    tracing::warn!(target: "librdkafka", client, error = %error, "{reason}");
}

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

/// Per-partition lag of a consumer group, from the consumer's statistics.
pub(crate) fn record_consumer_stats(group: &str, statistics: &Statistics) {
    for (topic_name, topic) in &statistics.topics {
        for (partition_id, partition) in &topic.partitions {
            // -1 is librdkafka's "internal UA" partition and partitions it does not fetch.
            if *partition_id < 0 || partition.consumer_lag < 0 {
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

/// Set once the consumer's group has assigned it partitions (possibly none).
#[derive(Debug, Default)]
pub(crate) struct Joined(AtomicBool);

impl Joined {
    pub(crate) fn set(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub(crate) fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}
