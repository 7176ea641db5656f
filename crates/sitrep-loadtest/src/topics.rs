//! Reading whole topics with their timestamps, and producing raw bytes (malformed
//! messages, the broker's own passthrough) without any of sitrep's code in between.
//!
//! Like `sitrep_testkit::read_topic`, a partition is read to librdkafka's partition-EOF
//! event, never to the high watermark, which tansu 0.6 undercounts.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

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
    let (bootstrap, topic) = (bootstrap.to_owned(), topic.to_owned());
    tokio::task::spawn_blocking(move || read_all_blocking(&bootstrap, &topic))
        .await
        .expect("topic reader")
}

fn read_all_blocking(bootstrap: &str, topic: &str) -> Vec<TimedRecord> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", "sitrep-loadtest-reader")
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "true")
        .set("allow.auto.create.topics", "false")
        .create()
        .expect("reader");
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(20))
        .expect("metadata");
    let partitions: Vec<i32> = metadata
        .topics()
        .iter()
        .filter(|t| t.error().is_none())
        .flat_map(|t| t.partitions().iter().map(|p| p.id()))
        .collect();
    if partitions.is_empty() {
        return Vec::new();
    }
    let mut assignment = TopicPartitionList::new();
    for partition in &partitions {
        assignment
            .add_partition_offset(topic, *partition, Offset::Beginning)
            .expect("assign");
    }
    consumer.assign(&assignment).expect("assign");
    let mut open: HashSet<i32> = partitions.into_iter().collect();
    let mut records = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !open.is_empty() {
        assert!(
            Instant::now() < deadline,
            "{topic}: partitions {open:?} did not reach their end in 60 s"
        );
        let Some(polled) = consumer.poll(Duration::from_millis(500)) else {
            continue;
        };
        let message = match polled {
            Ok(message) => message,
            Err(KafkaError::PartitionEOF(partition)) => {
                open.remove(&partition);
                continue;
            }
            Err(error) => panic!("{topic}: {error}"),
        };
        records.push(TimedRecord {
            partition: message.partition(),
            offset: message.offset(),
            key: message
                .key()
                .map(|k| String::from_utf8_lossy(k).into_owned()),
            payload: message.payload().unwrap_or_default().to_vec(),
            timestamp_ms: message.timestamp().to_millis(),
        });
    }
    records
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
