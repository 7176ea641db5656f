//! Moving messages between stages.
//!
//! A [`Transport`] hands out producers and consumers. Two implementations exist:
//! [`kafka::KafkaTransport`] (rdkafka, used by every deployment) and
//! [`memory::MemoryBus`] (one process, no broker: the local default and offline tools).
//! Both give the same guarantees to the service loop: `send` resolves only once the
//! message is durable (acknowledged by the broker, or appended to the bus), and a
//! consumer commits only the offsets it was told to store.

#![warn(missing_docs)]

mod error;
pub mod kafka;
pub mod kafka_context;
pub mod kafka_reader;
pub mod memory;
mod message;

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;

pub use error::{ErrorClass, TransportError};
pub use message::{InMessage, OutMessage, Position};
pub use sitrep_contract::redact::Secret;

/// Where a consumer group with no committed offset starts reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StartFrom {
    /// The first message each partition still holds.
    #[default]
    Earliest,
    /// Only messages written after the group first joined.
    Latest,
}

/// How a topic is created when it is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSpec {
    /// The topic's name.
    pub name: String,
    /// How many partitions it is created with.
    pub partitions: i32,
    /// How many brokers hold a copy of each partition.
    pub replication: i32,
    /// Log compaction (`cleanup.policy=compact`), for state topics.
    pub compacted: bool,
}

/// Consumer settings shared by every stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerSpec {
    /// The consumer group, which shares the partitions and keeps the committed offsets.
    pub group_id: String,
    /// The topics subscribed to.
    pub topics: Vec<String>,
    /// Where the group starts when it has no committed offset.
    pub start_from: StartFrom,
}

/// Where a consumer stands in its group, at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    /// The group has given this consumer its share (possibly none) and not taken it back.
    pub joined: bool,
    /// It was given a share at least once.
    pub ever_joined: bool,
    /// The partitions it holds.
    pub num_partitions: usize,
    /// When it was last given or last lost its share.
    pub changed_at: Instant,
    /// Since when the client has been in the middle of a rebalance (as of its last
    /// statistics), if it is.
    pub rebalancing_since: Option<Instant>,
    /// When the client last delivered statistics: it does so only while it is polled.
    pub last_statistics_at: Option<Instant>,
    /// How often it delivers them; None when it does not.
    pub statistics_interval: Option<Duration>,
    /// Since when its client has said every broker is down (librdkafka's "all brokers
    /// down" event), if it has not shown a broker connected again since (in its
    /// statistics, or by being given partitions).
    pub brokers_down_since: Option<Instant>,
    /// When its client last said so (it repeats itself while the brokers stay away).
    pub brokers_down_reported_at: Option<Instant>,
    /// When its group took its partitions away without a rebalance (the assignment was
    /// lost: its session with the group coordinator expired), if it has not been given
    /// partitions since.
    pub lost_at: Option<Instant>,
}

impl Membership {
    /// Always joined, holding `num_partitions`: a consumer with no group to wait for.
    pub fn settled(num_partitions: usize) -> Self {
        Membership {
            joined: true,
            ever_joined: true,
            num_partitions,
            changed_at: Instant::now(),
            rebalancing_since: None,
            last_statistics_at: None,
            statistics_interval: None,
            brokers_down_since: None,
            brokers_down_reported_at: None,
            lost_at: None,
        }
    }
}

/// Called when a consumer's [`Membership`] changes in a way readiness cares about.
pub type OnMembershipChange = Arc<dyn Fn() + Send + Sync>;

/// Sends messages; shared by every task of a process.
#[async_trait]
pub trait Producer: Send + Sync {
    /// Resolves when the message is durable; an error means it may not be.
    async fn send(&self, message: OutMessage) -> Result<(), TransportError>;

    /// Waits until every message sent so far is acknowledged, or `timeout` passes.
    async fn flush(&self, timeout: Duration) -> Result<(), TransportError>;
}

/// Receives the messages of a consumer group's share of partitions, and commits the
/// positions it was told are done.
#[async_trait]
pub trait Consumer: Send + Sync {
    /// The next message of the subscribed topics. Cancel-safe.
    async fn recv(&self) -> Result<InMessage, TransportError>;

    /// Marks everything up to and including `position` as done, so the next commit
    /// covers it. Positions of one partition must be stored in order.
    fn store(&self, position: &Position) -> Result<(), TransportError>;

    /// Commits stored positions now and waits for the answer.
    async fn commit(&self) -> Result<(), TransportError>;

    /// Where the consumer stands in its group.
    fn membership(&self) -> Membership;

    /// Calls `on_change` from now on whenever its membership changes in a way readiness
    /// cares about: partitions given, taken back or lost, every broker down, a broker
    /// back. The call comes from the task that polls the consumer, so it must be quick.
    /// Nothing here: the in-process bus has no such changes.
    fn on_membership_change(&self, _on_change: OnMembershipChange) {}

    /// Whether the consumer's group has given it its (possibly empty) share of partitions
    /// and not taken it back since.
    fn group_joined(&self) -> bool {
        self.membership().joined
    }

    /// The partitions this consumer owns right now, as `(topic, partition)`.
    fn assignment(&self) -> Result<Vec<(String, i32)>, TransportError>;

    /// Stops fetching the partitions it owns, so `recv` hands out no more of their
    /// messages while it is still polled (what its group's rebalances need); returns
    /// whether it did. A consumer that cannot pause returns false (the in-process bus,
    /// which has no group to hold up): its caller then stops calling `recv` instead.
    fn pause(&self) -> Result<bool, TransportError> {
        Ok(false)
    }

    /// Fetches the partitions it owns again, from after the last message `recv` handed
    /// out (after a rebalance, from the group's committed positions).
    fn resume(&self) -> Result<(), TransportError> {
        Ok(())
    }
}

/// A way to move messages (Kafka or the in-process bus): hands out producers and
/// consumers and manages topics.
#[async_trait]
pub trait Transport: Send + Sync {
    /// Checks that the broker answers and every topic of `topics` exists.
    async fn probe(&self, topics: &[String]) -> Result<(), TransportError>;

    /// Creates the topics that do not exist yet.
    async fn ensure_topics(&self, topics: &[TopicSpec]) -> Result<(), TransportError>;

    /// What is wrong with the existing topics against `topics`: one line per problem
    /// (missing, fewer partitions than asked for, a state topic that is not compacted).
    /// Empty when all is well.
    async fn check_topics(&self, topics: &[TopicSpec]) -> Result<Vec<String>, TransportError>;

    /// The process's producer (one, shared: cheap to call again).
    fn producer(&self) -> Result<Arc<dyn Producer>, TransportError>;

    /// Every message of `topic` from the first to the current end of each partition,
    /// read outside any consumer group: for rebuilding state kept in a (compacted) topic
    /// at start-up. Messages of one partition come in order.
    async fn read_all(&self, topic: &str) -> Result<Vec<InMessage>, TransportError>;

    /// A new member of the group `spec` names, subscribed to its topics.
    fn consumer(&self, spec: &ConsumerSpec) -> Result<Arc<dyn Consumer>, TransportError>;

    /// A consumer of every partition of `topic` from its end as of now, outside any
    /// group (each caller reads every message written from then on): for commands that
    /// every replica must see. Only on Kafka; the in-process bus has no use for it.
    async fn tail(&self, topic: &str) -> Result<Arc<dyn Consumer>, TransportError> {
        Err(TransportError::Unsupported {
            topic: topic.to_owned(),
            operation: "follow a topic outside a group",
        })
    }
}
