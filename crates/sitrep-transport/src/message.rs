//! The messages a transport carries, independent of any client library.

/// A message to produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutMessage {
    /// The topic it goes to.
    pub topic: String,
    /// The record key: it picks the partition, and on a compacted topic names what the
    /// value is the latest of.
    pub key: Option<String>,
    /// The value's bytes (JSON for every sitrep topic).
    pub payload: Vec<u8>,
    /// Headers as (name, value), in order (names in `sitrep_contract::headers`).
    pub headers: Vec<(String, String)>,
    /// An explicit partition; None lets the producer's partitioner pick one from the key.
    /// (The in-process bus has one partition per topic and ignores it.)
    pub partition: Option<i32>,
    /// A null value (`payload` is ignored): on a compacted topic it retires the key.
    pub tombstone: bool,
}

impl OutMessage {
    /// A message for `topic` with `key` and `payload`, no headers, partition picked by key.
    pub fn new(topic: impl Into<String>, key: Option<String>, payload: Vec<u8>) -> Self {
        Self {
            topic: topic.into(),
            key,
            payload,
            headers: Vec::new(),
            partition: None,
            tombstone: false,
        }
    }

    /// A tombstone: a message with `key` and a null value.
    pub fn tombstone(topic: impl Into<String>, key: String) -> Self {
        Self {
            tombstone: true,
            ..Self::new(topic, Some(key), Vec::new())
        }
    }

    /// The message sent to `partition`, whatever its key.
    pub fn with_partition(mut self, partition: i32) -> Self {
        self.partition = Some(partition);
        self
    }

    /// The message with one more header.
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// Where a consumed message stands: what a consumer stores once the work is done.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Position {
    /// The topic read.
    pub topic: String,
    /// The partition within it.
    pub partition: i32,
    /// The message's offset in that partition.
    pub offset: i64,
}

/// A consumed message, owned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InMessage {
    /// Where it was read.
    pub position: Position,
    /// The record key's bytes, if it has one.
    pub key: Option<Vec<u8>>,
    /// None for a tombstone.
    pub payload: Option<Vec<u8>>,
    /// Headers as (name, value bytes), in order.
    pub headers: Vec<(String, Vec<u8>)>,
    /// Broker or producer timestamp in milliseconds since the epoch, if any.
    pub timestamp_ms: Option<i64>,
}

impl InMessage {
    /// A message read at `topic[partition]@offset` with `payload`, no key, headers or
    /// timestamp: the input a processor is given when it runs without a broker.
    pub fn at(topic: &str, partition: i32, offset: i64, payload: Vec<u8>) -> Self {
        Self {
            position: Position {
                topic: topic.to_owned(),
                partition,
                offset,
            },
            key: None,
            payload: Some(payload),
            headers: Vec::new(),
            timestamp_ms: None,
        }
    }

    /// The first header called `name`, if it is UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .and_then(|(_, value)| std::str::from_utf8(value).ok())
    }

    /// The key as text (lossy), for logs and dead letters.
    pub fn key_text(&self) -> Option<String> {
        self.key
            .as_deref()
            .map(|key| String::from_utf8_lossy(key).into_owned())
    }

    /// The payload, empty for a tombstone.
    pub fn payload_bytes(&self) -> &[u8] {
        self.payload.as_deref().unwrap_or_default()
    }
}
