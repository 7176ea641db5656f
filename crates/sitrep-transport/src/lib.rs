//! Moving messages between stages.
//!
//! A [`Transport`] hands out producers and consumers. Two implementations exist:
//! [`kafka::KafkaTransport`] (rdkafka, used by every deployment) and
//! [`memory::MemoryBus`] (one process, no broker: the local default and offline tools).
//! Both give the same guarantees to the service loop: `send` resolves only once the
//! message is durable (acknowledged by the broker, or appended to the bus), and a
//! consumer commits only the offsets it was told to store.

mod error;
pub mod kafka;
pub mod kafka_context;
pub mod kafka_reader;
pub mod memory;
mod message;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

pub use error::TransportError;
pub use message::{InMessage, OutMessage, Position};
pub use sitrep_contract::redact::Secret;

/// Where a consumer group with no committed offset starts reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StartFrom {
    #[default]
    Earliest,
    Latest,
}

/// How a topic is created when it is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSpec {
    pub name: String,
    pub partitions: i32,
    pub replication: i32,
    /// Log compaction (`cleanup.policy=compact`), for state topics.
    pub compacted: bool,
}

/// Consumer settings shared by every stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerSpec {
    pub group_id: String,
    pub topics: Vec<String>,
    pub start_from: StartFrom,
}

#[async_trait]
pub trait Producer: Send + Sync {
    /// Resolves when the message is durable; an error means it may not be.
    async fn send(&self, message: OutMessage) -> Result<(), TransportError>;

    /// Waits until every message sent so far is acknowledged, or `timeout` passes.
    async fn flush(&self, timeout: Duration) -> Result<(), TransportError>;
}

#[async_trait]
pub trait Consumer: Send + Sync {
    /// The next message of the subscribed topics. Cancel-safe.
    async fn recv(&self) -> Result<InMessage, TransportError>;

    /// Marks everything up to and including `position` as done, so the next commit
    /// covers it. Positions of one partition must be stored in order.
    fn store(&self, position: &Position) -> Result<(), TransportError>;

    /// Commits stored positions now and waits for the answer.
    async fn commit(&self) -> Result<(), TransportError>;

    /// Whether the consumer's group has given it its (possibly empty) share of partitions.
    fn group_joined(&self) -> bool;

    /// The partitions this consumer owns right now, as `(topic, partition)`.
    fn assignment(&self) -> Result<Vec<(String, i32)>, TransportError>;
}

#[async_trait]
pub trait Transport: Send + Sync {
    /// Checks that the broker answers and every topic of `topics` exists.
    async fn probe(&self, topics: &[String]) -> Result<(), TransportError>;

    /// Creates the topics that do not exist yet.
    async fn ensure_topics(&self, topics: &[TopicSpec]) -> Result<(), TransportError>;

    fn producer(&self) -> Result<Arc<dyn Producer>, TransportError>;

    /// Every message of `topic` from the first to the current end of each partition,
    /// read outside any consumer group: for rebuilding state kept in a (compacted) topic
    /// at start-up. Messages of one partition come in order.
    async fn read_all(&self, topic: &str) -> Result<Vec<InMessage>, TransportError>;

    fn consumer(&self, spec: &ConsumerSpec) -> Result<Arc<dyn Consumer>, TransportError>;
}
