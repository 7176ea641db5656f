//! Reading a whole topic, from the first message of every partition to its end,
//! without joining a consumer group: a test that has stopped the pipeline can assert
//! exactly what a topic holds.
//!
//! The end of a partition is librdkafka's partition-EOF event, not the high watermark
//! from ListOffsets: tansu 0.6 reports the watermark as the last batch's base offset
//! plus one, which undercounts when the last batch holds several records. EOF is
//! raised only after the records of every fetched batch have been delivered.

use std::time::{Duration, Instant};

use std::collections::HashSet;

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaError;
use rdkafka::message::{Headers, Message};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

/// One message as read back.
#[derive(Debug, Clone)]
pub struct Record {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<String>,
    pub payload: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Record {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.payload).expect("payload is JSON")
    }
}

/// Every message of `topic`, partition by partition.
///
/// # Panics
/// When the broker does not answer within 30 s.
pub async fn read_topic(bootstrap: &str, topic: &str) -> Vec<Record> {
    let bootstrap = bootstrap.to_owned();
    let topic = topic.to_owned();
    tokio::task::spawn_blocking(move || read_topic_blocking(&bootstrap, &topic))
        .await
        .expect("topic reader")
}

fn read_topic_blocking(bootstrap: &str, topic: &str) -> Vec<Record> {
    let timeout = Duration::from_secs(10);
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", "sitrep-testkit-reader")
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "true")
        .create()
        .expect("reader");
    let metadata = consumer
        .fetch_metadata(Some(topic), timeout)
        .expect("metadata");
    let partitions: Vec<i32> = metadata.topics()[0]
        .partitions()
        .iter()
        .map(|p| p.id())
        .collect();
    let mut assignment = TopicPartitionList::new();
    for partition in &partitions {
        assignment
            .add_partition_offset(topic, *partition, Offset::Beginning)
            .expect("assign");
    }
    consumer.assign(&assignment).expect("assign");
    let mut open: HashSet<i32> = partitions.into_iter().collect();
    let mut records = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !open.is_empty() {
        assert!(
            Instant::now() < deadline,
            "{topic}: partitions {open:?} did not reach their end in 30 s"
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
        records.push(record_of(&message));
    }
    records
}

/// An owned copy of a consumed message.
pub(crate) fn record_of<M: Message>(message: &M) -> Record {
    let headers = message
        .headers()
        .map(|h| {
            h.iter()
                .map(|h| {
                    (
                        h.key.to_owned(),
                        String::from_utf8_lossy(h.value.unwrap_or_default()).into_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Record {
        partition: message.partition(),
        offset: message.offset(),
        key: message
            .key()
            .map(|k| String::from_utf8_lossy(k).into_owned()),
        payload: message.payload().unwrap_or_default().to_vec(),
        headers,
    }
}
