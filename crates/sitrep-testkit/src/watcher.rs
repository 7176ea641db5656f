//! Following a topic from a test: a consumer group of its own that starts at the
//! beginning, so a test can await the messages a pipeline produces.

use std::time::Duration;

use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};

use rdkafka::ClientConfig;

use crate::topic_reader::{record_of, Record};

pub struct TopicWatcher {
    consumer: StreamConsumer,
    topic: String,
}

impl TopicWatcher {
    /// Subscribes to `topic` with a fresh consumer group, from the earliest offset.
    pub fn new(bootstrap: &str, topic: &str) -> TopicWatcher {
        let group = format!("sitrep-testkit-watcher-{}", crate::free_port());
        let consumer: StreamConsumer = ClientConfig::new()
            .set("bootstrap.servers", bootstrap)
            .set("group.id", &group)
            .set("auto.offset.reset", "earliest")
            .set("session.timeout.ms", "6000")
            .set("enable.partition.eof", "false")
            .create()
            .expect("watcher consumer");
        consumer.subscribe(&[topic]).expect("subscribe");
        TopicWatcher {
            consumer,
            topic: topic.to_owned(),
        }
    }

    /// The next message. A topic that does not exist yet is waited for: the pipeline
    /// under test may create it after the watcher subscribed.
    ///
    /// # Panics
    /// When none arrives within `timeout`, or on any other consumer error.
    pub async fn next(&self, timeout: Duration) -> Record {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let received = tokio::time::timeout_at(deadline, self.consumer.recv())
                .await
                .unwrap_or_else(|_| panic!("{}: no message within {timeout:?}", self.topic));
            match received {
                Ok(message) => return record_of(&message),
                Err(KafkaError::MessageConsumption(RDKafkaErrorCode::UnknownTopicOrPartition)) => {}
                Err(error) => panic!("{}: consume: {error}", self.topic),
            }
        }
    }

    /// The next `count` messages, each within `timeout` of the previous one.
    pub async fn take(&self, count: usize, timeout: Duration) -> Vec<Record> {
        let mut records = Vec::with_capacity(count);
        for _ in 0..count {
            records.push(self.next(timeout).await);
        }
        records
    }
}
