//! Reading a whole topic, from the first message of every partition to its end,
//! without joining a consumer group: a test that has stopped the pipeline can assert
//! exactly what a topic holds.
//!
//! The reading is `sitrep_transport::kafka::read_to_end`, the one reader of a topic to
//! its end (it says why the end is the partition-EOF event), with a 60 s timeout (the
//! load harness reads topics of a few hundred thousand messages with it too).

use std::time::Duration;

use rdkafka::message::{Headers, Message};
use rdkafka::ClientConfig;
use sitrep_transport::InMessage;

/// How long [`read_topic`] gives a topic to reach its end.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// One message as read back.
#[derive(Debug, Clone)]
pub struct Record {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<String>,
    pub payload: Vec<u8>,
    pub headers: Vec<(String, String)>,
    /// The producer's create time, in milliseconds since the Unix epoch.
    pub timestamp_ms: Option<i64>,
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

/// Every message of `topic`, partition by partition (none when the topic does not exist).
///
/// # Panics
/// When the partitions do not reach their end within 60 s, or on a client error.
pub async fn read_topic(bootstrap: &str, topic: &str) -> Vec<Record> {
    let mut config = ClientConfig::new();
    config
        .set("bootstrap.servers", bootstrap)
        .set("group.id", "sitrep-testkit-reader")
        .set("allow.auto.create.topics", "false");
    let topic = topic.to_owned();
    tokio::task::spawn_blocking(move || {
        sitrep_transport::kafka::read_to_end(&config, &topic, READ_TIMEOUT)
            .unwrap_or_else(|error| panic!("{error}"))
    })
    .await
    .expect("topic reader")
    .into_iter()
    .map(Record::from)
    .collect()
}

impl From<InMessage> for Record {
    fn from(message: InMessage) -> Record {
        Record {
            partition: message.position.partition,
            offset: message.position.offset,
            key: message
                .key
                .map(|key| String::from_utf8_lossy(&key).into_owned()),
            payload: message.payload.unwrap_or_default(),
            headers: message
                .headers
                .into_iter()
                .map(|(name, value)| (name, String::from_utf8_lossy(&value).into_owned()))
                .collect(),
            timestamp_ms: message.timestamp_ms,
        }
    }
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
        timestamp_ms: message.timestamp().to_millis(),
    }
}
