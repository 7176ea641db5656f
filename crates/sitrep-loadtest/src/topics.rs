//! Reading whole topics with their timestamps, and producing raw bytes (malformed
//! messages, the broker's own passthrough) without any of sitrep's code in between.
//!
//! Like `sitrep_testkit::read_topic`, a topic is read by `sitrep_transport::kafka::read_to_end`
//! (to each partition's EOF event, never the high watermark, which tansu 0.6 undercounts),
//! here with a 60 s timeout.

use std::time::Duration;

use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::ClientConfig;

/// How long [`read_all`] gives a topic to reach its end.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// One message as read back.
#[derive(Debug, Clone)]
pub struct TimedRecord {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<String>,
    pub payload: Vec<u8>,
    /// The producer's create time, in milliseconds since the Unix epoch.
    pub timestamp_ms: Option<i64>,
}

/// Every message of `topic`, partition by partition (none when the topic does not exist).
///
/// # Panics
/// When the partitions do not reach their end within 60 s.
pub async fn read_all(bootstrap: &str, topic: &str) -> Vec<TimedRecord> {
    let mut config = ClientConfig::new();
    config
        .set("bootstrap.servers", bootstrap)
        .set("group.id", "sitrep-loadtest-reader")
        .set("allow.auto.create.topics", "false");
    let topic = topic.to_owned();
    tokio::task::spawn_blocking(move || {
        sitrep_transport::kafka::read_to_end(&config, &topic, READ_TIMEOUT)
            .unwrap_or_else(|error| panic!("{error}"))
    })
    .await
    .expect("topic reader")
    .into_iter()
    .map(|message| TimedRecord {
        partition: message.position.partition,
        offset: message.position.offset,
        key: message
            .key
            .map(|key| String::from_utf8_lossy(&key).into_owned()),
        payload: message.payload.unwrap_or_default(),
        timestamp_ms: message.timestamp_ms,
    })
    .collect()
}

/// A plain producer (acks from all replicas, idempotent), as any client would use.
pub fn producer(bootstrap: &str) -> FutureProducer {
    ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("enable.idempotence", "true")
        .set("linger.ms", "5")
        .create()
        .expect("producer")
}

/// Produces `payload` under `key` and waits for the broker's acknowledgement.
///
/// # Panics
/// When the broker does not acknowledge within 30 s.
pub async fn produce(producer: &FutureProducer, topic: &str, key: &str, payload: &[u8]) {
    producer
        .send(
            FutureRecord::to(topic).key(key).payload(payload),
            Duration::from_secs(30),
        )
        .await
        .unwrap_or_else(|(error, _)| panic!("producing to {topic}: {error}"));
}
