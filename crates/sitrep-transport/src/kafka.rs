//! The Kafka transport on rdkafka (bundled librdkafka).
//!
//! Producers are idempotent (`enable.idempotence`, `acks=all`). Consumers never let
//! librdkafka store offsets by itself (`enable.auto.offset.store=false`): the service
//! loop stores a position only after everything produced from it is acknowledged, and
//! librdkafka's auto-commit then commits stored positions periodically. Stored positions
//! are committed synchronously when partitions are revoked and on shutdown. A position
//! of a partition this consumer no longer owns is refused by librdkafka, so offsets can
//! never run ahead of work that was still in flight when a rebalance took it away.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, ResourceSpecifier, TopicReplication};
use rdkafka::config::ClientConfig;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{
    BaseConsumer, CommitMode, Consumer as _, ConsumerContext, Rebalance, StreamConsumer,
};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, Headers, Message as _, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord, Producer as _};
use rdkafka::statistics::Statistics;
use rdkafka::util::Timeout;
use rdkafka::ClientContext;

use crate::kafka_context::{
    clear_lag, error_to_tracing, log_to_tracing, record_consumer_stats, GroupWatch,
    ProducerContext, QuietContext, ASSIGNED_PARTITIONS, COMMIT_FAILURES, DELIVERY_ERRORS,
    REBALANCES, REBALANCE_KINDS,
};
use crate::Secret;

use crate::{
    Consumer, ConsumerSpec, InMessage, OutMessage, Position, Producer, StartFrom, TopicSpec,
    Transport, TransportError,
};

/// What it takes to reach the cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KafkaSettings {
    /// `host:port[,host:port…]`
    pub brokers: String,
    /// The name this process gives the cluster (`client.id`), also the stem of a
    /// reader's group id.
    pub client_id: String,
    /// How long the group waits for a silent consumer before it takes its partitions
    /// away (`session.timeout.ms`).
    pub session_timeout_ms: u32,
    /// Upper bound of what a consumer prefetches per partition queue, in KiB
    /// (librdkafka's default of about 1 GB is a memory trap).
    pub max_prefetch_kbytes: u32,
    /// Further librdkafka properties, applied last (security settings, tuning).
    pub properties: Vec<(String, String)>,
    /// librdkafka properties whose values must never be printed (`sasl.password`).
    pub secret_properties: Vec<(String, Secret)>,
    /// How often librdkafka reports statistics (lag, queue depth); 0 turns them off.
    pub statistics_interval_ms: u32,
}

impl Default for KafkaSettings {
    fn default() -> Self {
        Self {
            brokers: "localhost:9092".into(),
            client_id: "sitrep".into(),
            session_timeout_ms: 10_000,
            max_prefetch_kbytes: 16 * 1024,
            properties: Vec::new(),
            secret_properties: Vec::new(),
            statistics_interval_ms: 5_000,
        }
    }
}

impl KafkaSettings {
    pub(crate) fn client_config(&self) -> ClientConfig {
        let mut config = ClientConfig::new();
        config
            .set("bootstrap.servers", &self.brokers)
            .set("client.id", &self.client_id)
            .set(
                "statistics.interval.ms",
                self.statistics_interval_ms.to_string(),
            );
        config
    }

    /// The producer's settings: sitrep's own, then `properties` over them.
    fn producer_config(&self) -> ClientConfig {
        let mut config = self.client_config();
        config
            .set("enable.idempotence", "true")
            .set("acks", "all")
            .set("linger.ms", "5")
            // Batches compressed: on a 2-core machine under load this cut the normalizer's
            // and classifier's CPU by about a tenth (fewer bytes to copy and checksum) and
            // the broker's storage with it; every Kafka broker since 0.8.2 reads lz4.
            .set("compression.type", "lz4")
            // librdkafka buffers up to 1 GB of unsent messages by default; a fetcher that
            // reads a burst of large feeds would hold it all. A send beyond this bound
            // waits for room instead.
            .set("queue.buffering.max.kbytes", "65536")
            // No local give-up: a message waits out a broker outage of any length (the
            // buffer bound above applies back-pressure meanwhile). With a 5-minute limit,
            // a 5-minute outage failed the fetcher's state writes and so the fetcher.
            .set("message.timeout.ms", "0");
        self.apply_properties(&mut config);
        config
    }

    /// A group consumer's settings for `spec`: sitrep's own, then `properties` over them.
    fn consumer_config(&self, spec: &ConsumerSpec) -> ClientConfig {
        let mut config = self.client_config();
        config
            .set("group.id", &spec.group_id)
            .set("enable.auto.commit", "true")
            .set("auto.commit.interval.ms", "1000")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "false")
            // A fetch the broker holds open for want of data ends after this long. Kafka
            // answers as soon as one byte arrives, but a broker that waits out the whole
            // window (tansu does) would add up to librdkafka's 500 ms default per hop.
            .set("fetch.wait.max.ms", "100")
            .set("fetch.queue.backoff.ms", FETCH_QUEUE_BACKOFF_MS)
            .set("session.timeout.ms", self.session_timeout_ms.to_string())
            .set(
                "queued.max.messages.kbytes",
                self.max_prefetch_kbytes.to_string(),
            )
            .set(
                "auto.offset.reset",
                match spec.start_from {
                    StartFrom::Earliest => "earliest",
                    StartFrom::Latest => "latest",
                },
            );
        self.apply_properties(&mut config);
        config
    }

    pub(crate) fn apply_properties(&self, config: &mut ClientConfig) {
        for (key, value) in &self.properties {
            config.set(key, value);
        }
        for (key, value) in &self.secret_properties {
            config.set(key, value.expose());
        }
    }
}

/// Logs rebalances, commits what was stored before partitions go away, and turns the
/// consumer's statistics into lag gauges.
struct SitrepConsumerContext {
    group_id: String,
    watch: Arc<GroupWatch>,
}

impl ClientContext for SitrepConsumerContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        log_to_tracing(&self.group_id, level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        if error.rdkafka_error_code() == Some(RDKafkaErrorCode::AllBrokersDown) {
            // Readiness follows this at once; the client reconnects by itself.
            self.watch.all_brokers_down();
        }
        error_to_tracing(&self.group_id, &error, reason);
    }

    fn stats(&self, statistics: Statistics) {
        record_consumer_stats(&self.group_id, &self.watch, &statistics);
    }
}

impl ConsumerContext for SitrepConsumerContext {
    /// Every commit's result: the periodic ones, on revoke and at shutdown.
    fn commit_callback(
        &self,
        result: rdkafka::error::KafkaResult<()>,
        _offsets: &rdkafka::TopicPartitionList,
    ) {
        match result {
            Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
            Err(error) => {
                tracing::warn!(group = %self.group_id, error = %error, "offset commit failed");
                metrics::counter!(COMMIT_FAILURES, "group" => self.group_id.clone()).increment(1);
            }
        }
    }

    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Revoke(partitions) = rebalance {
            if consumer.assignment_lost() {
                // The group has moved on without this member: its offsets would be refused
                // (and a commit would wait for a coordinator it cannot reach).
                tracing::warn!(group = %self.group_id, num_partitions = partitions.count(), "partitions lost (the group session expired), rejoining");
                self.watch.lost();
                return;
            }
            tracing::info!(group = %self.group_id, num_partitions = partitions.count(), "partitions revoked, committing stored offsets");
            match consumer.commit_consumer_state(CommitMode::Sync) {
                Ok(()) => {}
                Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
                Err(error) => {
                    tracing::warn!(group = %self.group_id, error = %error, "commit on revoke failed")
                }
            }
        }
    }

    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        let kind = match rebalance {
            Rebalance::Assign(_) => "assign",
            Rebalance::Revoke(_) => "revoke",
            Rebalance::Error(_) => "error",
        };
        metrics::counter!(REBALANCES, "group" => self.group_id.clone(), "kind" => kind)
            .increment(1);
        match rebalance {
            Rebalance::Assign(partitions) => {
                tracing::info!(group = %self.group_id, num_partitions = partitions.count(), "partitions assigned");
                metrics::gauge!(ASSIGNED_PARTITIONS, "group" => self.group_id.clone())
                    .set(partitions.count() as f64);
                self.watch.assigned(topic_partitions(partitions));
            }
            Rebalance::Revoke(partitions) => {
                let revoked = topic_partitions(partitions);
                let held_before = self.watch.revoked(&revoked);
                // Everything held before, not only what the callback names: a lost
                // assignment may be reported with an empty list.
                clear_lag(&self.group_id, &held_before);
                clear_lag(&self.group_id, &revoked);
                let still_held = self.watch.membership().num_partitions;
                metrics::gauge!(ASSIGNED_PARTITIONS, "group" => self.group_id.clone())
                    .set(still_held as f64);
            }
            Rebalance::Error(error) => {
                tracing::warn!(group = %self.group_id, error = %error, "rebalance failed")
            }
        }
    }
}

/// `(topic, partition)` of each element of `list`.
fn topic_partitions(list: &rdkafka::TopicPartitionList) -> Vec<(String, i32)> {
    list.elements()
        .iter()
        .map(|element| (element.topic().to_owned(), element.partition()))
        .collect()
}

/// A connection to a Kafka cluster. The producer is created once and shared.
pub struct KafkaTransport {
    settings: KafkaSettings,
    producer: Arc<KafkaProducer>,
}

impl KafkaTransport {
    /// The transport for the cluster `settings` names, with its one producer created
    /// (librdkafka connects lazily: nothing is asked of the broker yet).
    pub fn new(settings: KafkaSettings) -> Result<Self, TransportError> {
        let config = settings.producer_config();
        let producer: FutureProducer<ProducerContext> = config
            .create_with_context(ProducerContext)
            .map_err(|e| TransportError::kafka("creating the producer", e))?;
        // Present (at zero) from the start, so a rate or an increase sees the first one.
        metrics::counter!(DELIVERY_ERRORS).increment(0);
        Ok(Self {
            settings,
            producer: Arc::new(KafkaProducer { producer }),
        })
    }

    /// What it was made with.
    pub fn settings(&self) -> &KafkaSettings {
        &self.settings
    }
}

#[async_trait]
impl Transport for KafkaTransport {
    async fn probe(&self, topics: &[String]) -> Result<(), TransportError> {
        let producer = self.producer.producer.clone();
        let topics = topics.to_vec();
        tokio::task::spawn_blocking(move || {
            let metadata = producer
                .client()
                .fetch_metadata(None, Duration::from_secs(3))
                .map_err(|e| TransportError::kafka("fetching metadata", e))?;
            for topic in &topics {
                let present = metadata
                    .topics()
                    .iter()
                    .any(|t| t.name() == topic && t.error().is_none());
                if !present {
                    return Err(TransportError::MissingTopic {
                        topic: topic.clone(),
                    });
                }
            }
            Ok(())
        })
        .await
        .map_err(|_| TransportError::Closed)?
    }

    async fn ensure_topics(&self, topics: &[TopicSpec]) -> Result<(), TransportError> {
        let mut config = self.settings.client_config();
        self.settings.apply_properties(&mut config);
        let admin: AdminClient<QuietContext> = config
            .create_with_context(QuietContext("admin"))
            .map_err(|e| TransportError::kafka("creating the admin client", e))?;
        let new_topics: Vec<NewTopic<'_>> = topics
            .iter()
            .map(|spec| {
                let topic = NewTopic::new(
                    &spec.name,
                    spec.partitions,
                    TopicReplication::Fixed(spec.replication),
                );
                if spec.compacted {
                    topic.set("cleanup.policy", "compact")
                } else {
                    topic
                }
            })
            .collect();
        let options = AdminOptions::new()
            .operation_timeout(Some(Duration::from_secs(30)))
            .request_timeout(Some(Duration::from_secs(5)));
        let results = admin
            .create_topics(new_topics.iter(), &options)
            .await
            .map_err(|e| TransportError::kafka("creating topics", e))?;
        for result in results {
            match result {
                Ok(name) => tracing::info!(topic = %name, "topic created"),
                Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
                Err((name, code)) => {
                    return Err(TransportError::kafka(
                        format!("creating topic {name}"),
                        KafkaError::AdminOp(code),
                    ))
                }
            }
        }
        Ok(())
    }

    async fn check_topics(&self, topics: &[TopicSpec]) -> Result<Vec<String>, TransportError> {
        let producer = self.producer.producer.clone();
        let partitions: Vec<Option<usize>> = {
            let names: Vec<String> = topics.iter().map(|t| t.name.clone()).collect();
            tokio::task::spawn_blocking(move || {
                let metadata = producer
                    .client()
                    .fetch_metadata(None, Duration::from_secs(10))
                    .map_err(|e| TransportError::kafka("fetching metadata", e))?;
                Ok::<_, TransportError>(
                    names
                        .iter()
                        .map(|name| {
                            metadata
                                .topics()
                                .iter()
                                .find(|t| t.name() == name && t.error().is_none())
                                .map(|t| t.partitions().len())
                        })
                        .collect(),
                )
            })
            .await
            .map_err(|_| TransportError::Closed)??
        };
        let mut problems = Vec::new();
        for (spec, found) in topics.iter().zip(&partitions) {
            match found {
                None => problems.push(format!("topic {} does not exist", spec.name)),
                Some(found) if (*found as i64) < i64::from(spec.partitions) => problems.push(format!(
                    "topic {} has {found} partitions, fewer than kafka.partitions = {}: fewer replicas of a stage can work at once",
                    spec.name, spec.partitions
                )),
                Some(_) => {}
            }
        }
        let compacted: Vec<&TopicSpec> = topics
            .iter()
            .zip(&partitions)
            .filter(|(spec, found)| spec.compacted && found.is_some())
            .map(|(spec, _)| spec)
            .collect();
        if compacted.is_empty() {
            return Ok(problems);
        }
        let mut config = self.settings.client_config();
        self.settings.apply_properties(&mut config);
        let admin: AdminClient<QuietContext> = config
            .create_with_context(QuietContext("admin"))
            .map_err(|e| TransportError::kafka("creating the admin client", e))?;
        let resources: Vec<ResourceSpecifier<'_>> = compacted
            .iter()
            .map(|spec| ResourceSpecifier::Topic(&spec.name))
            .collect();
        let options = AdminOptions::new().request_timeout(Some(Duration::from_secs(10)));
        match admin.describe_configs(resources.iter(), &options).await {
            Ok(results) => {
                for (spec, result) in compacted.iter().zip(results) {
                    match result {
                        Ok(resource) => {
                            let policy = resource
                                .get("cleanup.policy")
                                .and_then(|entry| entry.value.clone())
                                .unwrap_or_default();
                            if !policy.split(',').any(|p| p.trim() == "compact") {
                                problems.push(format!(
                                    "topic {} has cleanup.policy={policy:?}, not compact: it holds state keyed by id and would lose it to retention",
                                    spec.name
                                ));
                            }
                        }
                        Err(code) => problems.push(format!(
                            "topic {}: its settings cannot be read: {code}",
                            spec.name
                        )),
                    }
                }
            }
            Err(error) => problems.push(format!("topic settings cannot be read: {error}")),
        }
        Ok(problems)
    }

    fn producer(&self) -> Result<Arc<dyn Producer>, TransportError> {
        Ok(self.producer.clone())
    }

    async fn read_all(&self, topic: &str) -> Result<Vec<InMessage>, TransportError> {
        let mut config = self.settings.client_config();
        config
            .set("group.id", format!("{}-reader", self.settings.client_id))
            .set("enable.auto.commit", "false")
            .set("enable.partition.eof", "true")
            .set("fetch.queue.backoff.ms", FETCH_QUEUE_BACKOFF_MS)
            .set(
                "queued.max.messages.kbytes",
                self.settings.max_prefetch_kbytes.to_string(),
            );
        self.settings.apply_properties(&mut config);
        let topic = topic.to_owned();
        tokio::task::spawn_blocking(move || read_to_end(&config, &topic, READ_ALL_TIMEOUT))
            .await
            .map_err(|_| TransportError::Closed)?
    }

    async fn tail(&self, topic: &str) -> Result<Arc<dyn Consumer>, TransportError> {
        let mut config = self.settings.client_config();
        // Needed by the client, never joined: the partitions are assigned, not subscribed.
        config
            .set("group.id", format!("{}-tail", self.settings.client_id))
            .set("enable.auto.commit", "false")
            .set("enable.partition.eof", "false")
            .set("fetch.wait.max.ms", "100");
        self.settings.apply_properties(&mut config);
        let topic = topic.to_owned();
        let watch = Arc::new(GroupWatch::new(None));
        let context = SitrepConsumerContext {
            group_id: format!("{}-tail", self.settings.client_id),
            watch: watch.clone(),
        };
        let consumer = tokio::task::spawn_blocking(move || tail_blocking(&config, context, &topic))
            .await
            .map_err(|_| TransportError::Closed)??;
        Ok(Arc::new(KafkaConsumer {
            consumer: Arc::new(consumer),
            watch,
        }))
    }

    fn consumer(&self, spec: &ConsumerSpec) -> Result<Arc<dyn Consumer>, TransportError> {
        let config = self.settings.consumer_config(spec);
        let statistics_interval = (self.settings.statistics_interval_ms > 0)
            .then(|| Duration::from_millis(u64::from(self.settings.statistics_interval_ms)));
        let watch = Arc::new(GroupWatch::new(statistics_interval));
        let consumer: StreamConsumer<SitrepConsumerContext> = config
            .create_with_context(SitrepConsumerContext {
                group_id: spec.group_id.clone(),
                watch: watch.clone(),
            })
            .map_err(|e| {
                TransportError::kafka(format!("creating consumer of group {}", spec.group_id), e)
            })?;
        for kind in REBALANCE_KINDS {
            metrics::counter!(REBALANCES, "group" => spec.group_id.clone(), "kind" => kind)
                .increment(0);
        }
        metrics::counter!(COMMIT_FAILURES, "group" => spec.group_id.clone()).increment(0);
        let topics: Vec<&str> = spec.topics.iter().map(String::as_str).collect();
        consumer
            .subscribe(&topics)
            .map_err(|e| TransportError::kafka(format!("subscribing to {topics:?}"), e))?;
        Ok(Arc::new(KafkaConsumer {
            consumer: Arc::new(consumer),
            watch,
        }))
    }
}

/// How long librdkafka waits before fetching a partition again once its prefetch queue
/// is full. Its default (1 s since librdkafka 2.1) leaves a stage that has just drained
/// a full queue with nothing to do until the pause ends: measured on tansu, the normalizer
/// stage then read in bursts with 650 ms gaps and the bare consume + produce loop ran at
/// 17k messages/s instead of 80k.
const FETCH_QUEUE_BACKOFF_MS: &str = "10";

struct KafkaProducer {
    producer: FutureProducer<ProducerContext>,
}

#[async_trait]
impl Producer for KafkaProducer {
    async fn send(&self, message: OutMessage) -> Result<(), TransportError> {
        let mut headers = OwnedHeaders::new_with_capacity(message.headers.len());
        for (key, value) in &message.headers {
            headers = headers.insert(Header {
                key,
                value: Some(value.as_bytes()),
            });
        }
        let mut record = FutureRecord::<String, Vec<u8>>::to(&message.topic).headers(headers);
        if !message.tombstone {
            record = record.payload(&message.payload);
        }
        if let Some(key) = &message.key {
            record = record.key(key);
        }
        if let Some(partition) = message.partition {
            record = record.partition(partition);
        }
        self.producer
            .send(record, Timeout::Never)
            .await
            .map(|_| ())
            .map_err(|(error, _)| {
                metrics::counter!(DELIVERY_ERRORS).increment(1);
                TransportError::kafka(format!("producing to {}", message.topic), error)
            })
    }

    async fn flush(&self, timeout: Duration) -> Result<(), TransportError> {
        let producer = self.producer.clone();
        tokio::task::spawn_blocking(move || producer.flush(Timeout::After(timeout)))
            .await
            .map_err(|_| TransportError::Closed)?
            .map_err(|e| TransportError::kafka("flushing the producer", e))
    }
}

struct KafkaConsumer {
    consumer: Arc<StreamConsumer<SitrepConsumerContext>>,
    watch: Arc<GroupWatch>,
}

#[async_trait]
impl Consumer for KafkaConsumer {
    async fn recv(&self) -> Result<InMessage, TransportError> {
        let message = self
            .consumer
            .recv()
            .await
            .map_err(|e| TransportError::kafka("consuming", e))?;
        Ok(owned_message(&message))
    }

    fn membership(&self) -> crate::Membership {
        self.watch.membership()
    }

    fn on_membership_change(&self, on_change: crate::OnMembershipChange) {
        self.watch.listen(on_change);
    }

    fn assignment(&self) -> Result<Vec<(String, i32)>, TransportError> {
        let assignment = self
            .consumer
            .assignment()
            .map_err(|e| TransportError::kafka("reading the assignment", e))?;
        Ok(assignment
            .elements()
            .iter()
            .map(|e| (e.topic().to_owned(), e.partition()))
            .collect())
    }

    /// librdkafka drops what it had fetched of a paused partition, and fetches it again
    /// from the application's position on resume, once its broker thread wakes up (it
    /// is not woken by a resume: up to a second, `rd_kafka_max_block_ms`). A pause costs
    /// that much; the stage loop pauses only when it has had no room for a while.
    fn pause(&self) -> Result<bool, TransportError> {
        let assignment = self
            .consumer
            .assignment()
            .map_err(|e| TransportError::kafka("reading the assignment", e))?;
        self.consumer
            .pause(&assignment)
            .map_err(|e| TransportError::kafka("pausing the assigned partitions", e))?;
        Ok(true)
    }

    fn resume(&self) -> Result<(), TransportError> {
        let assignment = self
            .consumer
            .assignment()
            .map_err(|e| TransportError::kafka("reading the assignment", e))?;
        self.consumer
            .resume(&assignment)
            .map_err(|e| TransportError::kafka("resuming the assigned partitions", e))
    }

    fn store(&self, position: &Position) -> Result<(), TransportError> {
        // rd_kafka_offset_store stores `offset + 1`, the next offset to read.
        self.consumer
            .store_offset(&position.topic, position.partition, position.offset)
            .map_err(|e| {
                TransportError::kafka(
                    format!(
                        "storing offset {} of {}[{}]",
                        position.offset, position.topic, position.partition
                    ),
                    e,
                )
            })
    }

    async fn commit(&self) -> Result<(), TransportError> {
        let consumer = self.consumer.clone();
        let result =
            tokio::task::spawn_blocking(move || consumer.commit_consumer_state(CommitMode::Sync))
                .await
                .map_err(|_| TransportError::Closed)?;
        match result {
            Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => Ok(()),
            Err(error) => Err(TransportError::kafka("committing offsets", error)),
        }
    }
}

/// A consumer assigned every partition of `topic` at its current end offset (an explicit
/// offset, so whatever is written after this returns is read).
fn tail_blocking(
    config: &ClientConfig,
    client_context: SitrepConsumerContext,
    topic: &str,
) -> Result<StreamConsumer<SitrepConsumerContext>, TransportError> {
    use rdkafka::{Offset, TopicPartitionList};

    let context = |what: &str| format!("{what} of {topic}");
    let consumer: StreamConsumer<SitrepConsumerContext> = config
        .create_with_context(client_context)
        .map_err(|e| TransportError::kafka(context("following"), e))?;
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .map_err(|e| TransportError::kafka(context("metadata"), e))?;
    let mut assignment = TopicPartitionList::new();
    for partition in metadata
        .topics()
        .iter()
        .filter(|t| t.name() == topic && t.error().is_none())
        .flat_map(|t| t.partitions().iter().map(|p| p.id()))
    {
        let (_, end) = consumer
            .fetch_watermarks(topic, partition, Duration::from_secs(10))
            .map_err(|e| TransportError::kafka(context("end offsets"), e))?;
        assignment
            .add_partition_offset(topic, partition, Offset::Offset(end))
            .map_err(|e| TransportError::kafka(context("assigning"), e))?;
    }
    consumer
        .assign(&assignment)
        .map_err(|e| TransportError::kafka(context("assigning"), e))?;
    Ok(consumer)
}

/// How long [`KafkaTransport::read_all`] gives a topic to reach its end.
pub const READ_ALL_TIMEOUT: Duration = Duration::from_secs(120);

/// Every message of `topic`, from the beginning of every partition to its end, read by
/// a consumer made from `config` outside any group (nothing is committed; `config`
/// needs `bootstrap.servers` and a `group.id`, which is never joined). Messages of one
/// partition come in order; a topic that does not exist has none. Blocking: call it
/// from `spawn_blocking` or a plain thread.
///
/// The end is the partition-EOF event rather than the high watermark from ListOffsets:
/// tansu 0.6 undercounts that watermark when the last batch holds several records, while
/// EOF is raised only after every fetched batch has been delivered. This is the one
/// reader of a topic to its end: the runtime's state rebuild, the test kit's and the
/// load harness's readers all call it, each with its own `timeout`.
///
/// # Errors
/// [`TransportError::ReadTimeout`] when a partition has not reached its end after
/// `timeout`, [`TransportError::Kafka`] on the client's errors.
pub fn read_to_end(
    config: &ClientConfig,
    topic: &str,
    timeout: Duration,
) -> Result<Vec<InMessage>, TransportError> {
    use std::collections::HashSet;

    use rdkafka::consumer::BaseConsumer;
    use rdkafka::{Offset, TopicPartitionList};

    let mut config = config.clone();
    config
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "true");
    let context = |what: &str| format!("{what} of {topic}");
    let consumer: BaseConsumer<QuietContext> =
        config
            .create_with_context(QuietContext("reader"))
            .map_err(|e| TransportError::kafka(context("reading"), e))?;
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .map_err(|e| TransportError::kafka(context("metadata"), e))?;
    let partitions: Vec<i32> = metadata
        .topics()
        .iter()
        .filter(|t| t.name() == topic && t.error().is_none())
        .flat_map(|t| t.partitions().iter().map(|p| p.id()))
        .collect();
    if partitions.is_empty() {
        return Ok(Vec::new());
    }
    let mut assignment = TopicPartitionList::new();
    for partition in &partitions {
        assignment
            .add_partition_offset(topic, *partition, Offset::Beginning)
            .map_err(|e| TransportError::kafka(context("assigning"), e))?;
    }
    consumer
        .assign(&assignment)
        .map_err(|e| TransportError::kafka(context("assigning"), e))?;
    let mut open: HashSet<i32> = partitions.into_iter().collect();
    let mut messages = Vec::new();
    let deadline = std::time::Instant::now() + timeout;
    while !open.is_empty() {
        if std::time::Instant::now() > deadline {
            let mut open_partitions: Vec<i32> = open.into_iter().collect();
            open_partitions.sort_unstable();
            return Err(TransportError::ReadTimeout {
                topic: topic.to_owned(),
                open_partitions,
                timeout,
            });
        }
        let Some(polled) = consumer.poll(Duration::from_millis(500)) else {
            continue;
        };
        match polled {
            Ok(message) => messages.push(owned_message(&message)),
            Err(KafkaError::PartitionEOF(partition)) => {
                open.remove(&partition);
            }
            Err(error) => return Err(TransportError::kafka(context("reading"), error)),
        }
    }
    Ok(messages)
}

pub(crate) fn owned_message(message: &rdkafka::message::BorrowedMessage<'_>) -> InMessage {
    let headers = message
        .headers()
        .map(|headers| {
            headers
                .iter()
                .map(|h| {
                    (
                        h.key.to_owned(),
                        h.value.map(<[u8]>::to_vec).unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    InMessage {
        position: Position {
            topic: message.topic().to_owned(),
            partition: message.partition(),
            offset: message.offset(),
        },
        key: message.key().map(<[u8]>::to_vec),
        payload: message.payload().map(<[u8]>::to_vec),
        headers,
        timestamp_ms: message.timestamp().to_millis(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> ConsumerSpec {
        ConsumerSpec {
            group_id: "sitrep.normalizer".into(),
            topics: vec!["sitrep.items.raw".into()],
            start_from: StartFrom::Earliest,
        }
    }

    #[test]
    fn consumers_refill_a_full_prefetch_queue_after_10_ms_and_store_offsets_themselves() {
        let config = KafkaSettings::default().consumer_config(&spec());
        assert_eq!(config.get("fetch.queue.backoff.ms"), Some("10"));
        assert_eq!(config.get("queued.max.messages.kbytes"), Some("16384"));
        assert_eq!(config.get("enable.auto.offset.store"), Some("false"));
        assert_eq!(config.get("group.id"), Some("sitrep.normalizer"));
        assert_eq!(config.get("auto.offset.reset"), Some("earliest"));
    }

    #[test]
    fn producers_are_idempotent_and_compress_with_lz4() {
        let config = KafkaSettings::default().producer_config();
        assert_eq!(config.get("enable.idempotence"), Some("true"));
        assert_eq!(config.get("acks"), Some("all"));
        assert_eq!(config.get("compression.type"), Some("lz4"));
        assert_eq!(
            config.get("message.timeout.ms"),
            Some("0"),
            "outages are waited out"
        );
    }

    #[test]
    fn configured_properties_win_over_sitreps_own() {
        let settings = KafkaSettings {
            properties: vec![
                ("fetch.queue.backoff.ms".into(), "250".into()),
                ("compression.type".into(), "zstd".into()),
            ],
            ..KafkaSettings::default()
        };
        assert_eq!(
            settings
                .consumer_config(&spec())
                .get("fetch.queue.backoff.ms"),
            Some("250")
        );
        assert_eq!(
            settings.producer_config().get("compression.type"),
            Some("zstd")
        );
    }
}
