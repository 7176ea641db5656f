//! Reading one topic outside any consumer group, for a person or a script at the command
//! line (`sitrep tail`): from the beginning, from the end, or from the first message at
//! or after a time (the broker's offsets for times); it says when each partition reaches
//! its end, so a reader can stop there; and it tells the broker's transient trouble
//! (unreachable, a connection reset: the client recovers by itself) from what ends the
//! read (a fatal client error, no permission to read).
//!
//! No group means no committed offsets and nothing left behind on the broker: a reader
//! takes no partition from anyone and starts where it is told.

use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::Duration;

use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{Consumer as _, ConsumerContext, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::{ClientContext, Offset, TopicPartitionList};

use crate::kafka::{owned_message, KafkaTransport};
use crate::kafka_context::log_to_tracing;
use crate::{InMessage, TransportError};

/// Where a reader starts in every partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFrom {
    /// Every message the partition still holds.
    Beginning,
    /// Only messages that arrive after the reader started.
    End,
    /// The first message whose timestamp is at or after this many milliseconds since the
    /// epoch (the end, for a partition that has none).
    Time(i64),
}

/// What a reader got.
#[derive(Debug)]
pub enum ReadEvent {
    /// A message, in order within its partition.
    Message(InMessage),
    /// The partition has no more messages for now.
    PartitionEnd(i32),
    /// The client could not reach the broker, or lost a connection; it keeps trying by
    /// itself. The text says what happened, for a line to the person watching.
    Trouble(String),
}

/// Errors of the client that end a read: it cannot go on, or may not read.
pub fn is_fatal(error: &KafkaError) -> bool {
    use RDKafkaErrorCode as C;
    if matches!(error, KafkaError::MessageConsumptionFatal(_)) {
        return true;
    }
    matches!(
        error.rdkafka_error_code(),
        Some(
            C::Fatal
                | C::TopicAuthorizationFailed
                | C::GroupAuthorizationFailed
                | C::ClusterAuthorizationFailed
                | C::SaslAuthenticationFailed
                | C::Authentication
                | C::InvalidArgument
                | C::UnsupportedFeature
        )
    )
}

/// Lines of a reader's client go where the services' go; its errors come back to the
/// reader's caller as [`ReadEvent::Trouble`] instead of being logged.
struct ReaderContext {
    trouble: tokio::sync::mpsc::UnboundedSender<String>,
}

impl ClientContext for ReaderContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        log_to_tracing("reader", level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        // Nobody listening any more is no reason to fail the client's thread.
        let _ = self.trouble.send(format!("{error} ({reason})"));
    }
}

impl ConsumerContext for ReaderContext {}

/// One topic read outside any group. Cancel-safe.
pub struct TopicReader {
    consumer: StreamConsumer<ReaderContext>,
    /// What the client's error callback reported (brokers down, a connection reset).
    trouble: tokio::sync::Mutex<tokio::sync::mpsc::UnboundedReceiver<String>>,
    topic: String,
    partitions: BTreeSet<i32>,
    ended: Mutex<BTreeSet<i32>>,
}

impl TopicReader {
    /// The next message, partition end or trouble. An error ends the read.
    pub async fn next(&self) -> Result<ReadEvent, TransportError> {
        let mut trouble = self.trouble.lock().await;
        let received = tokio::select! {
            biased;
            Some(trouble) = trouble.recv() => return Ok(ReadEvent::Trouble(trouble)),
            received = self.consumer.recv() => received,
        };
        match received {
            Ok(message) => Ok(ReadEvent::Message(owned_message(&message))),
            Err(KafkaError::PartitionEOF(partition)) => {
                self.ended
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(partition);
                Ok(ReadEvent::PartitionEnd(partition))
            }
            Err(error) if is_fatal(&error) => Err(TransportError::kafka(
                format!("reading {}", self.topic),
                error,
            )),
            Err(error) => Ok(ReadEvent::Trouble(error.to_string())),
        }
    }

    /// Whether every partition has reached its end at least once.
    pub fn at_end(&self) -> bool {
        let ended = self.ended.lock().unwrap_or_else(|p| p.into_inner());
        self.partitions.iter().all(|p| ended.contains(p))
    }
}

impl KafkaTransport {
    /// A reader of every partition of `topic`, starting `from` there. Fails while the
    /// broker cannot be reached (see [`TransportError::is_transient`]) and when the topic
    /// does not exist.
    pub async fn topic_reader(
        &self,
        topic: &str,
        from: ReadFrom,
    ) -> Result<TopicReader, TransportError> {
        let mut config = self.settings().client_config();
        config
            // librdkafka wants a group id for any consumer; a reader never joins it nor
            // commits to it.
            .set("group.id", format!("{}-reader", self.settings().client_id))
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "true")
            .set("fetch.wait.max.ms", "100");
        self.settings().apply_properties(&mut config);
        let topic = topic.to_owned();
        tokio::task::spawn_blocking(move || {
            let (trouble_tx, trouble_rx) = tokio::sync::mpsc::unbounded_channel();
            let consumer: StreamConsumer<ReaderContext> = config
                .create_with_context(ReaderContext {
                    trouble: trouble_tx,
                })
                .map_err(|e| TransportError::kafka(format!("reading {topic}"), e))?;
            let metadata = consumer
                .fetch_metadata(Some(&topic), Duration::from_secs(10))
                .map_err(|e| TransportError::kafka(format!("metadata of {topic}"), e))?;
            let partitions: BTreeSet<i32> = metadata
                .topics()
                .iter()
                .filter(|t| t.name() == topic && t.error().is_none())
                .flat_map(|t| t.partitions().iter().map(|p| p.id()))
                .collect();
            if partitions.is_empty() {
                return Err(TransportError::MissingTopic { topic });
            }
            let mut assignment = TopicPartitionList::new();
            for partition in &partitions {
                let offset = match from {
                    ReadFrom::Beginning => Offset::Beginning,
                    ReadFrom::End => Offset::End,
                    ReadFrom::Time(ms) => Offset::Offset(ms),
                };
                assignment
                    .add_partition_offset(&topic, *partition, offset)
                    .map_err(|e| TransportError::kafka(format!("assigning {topic}"), e))?;
            }
            if matches!(from, ReadFrom::Time(_)) {
                // The offsets for times: per partition, the first message at or after the
                // time, or the end (librdkafka answers -1) where there is none.
                assignment = consumer
                    .offsets_for_times(assignment, Duration::from_secs(10))
                    .map_err(|e| {
                        TransportError::kafka(format!("offsets for times of {topic}"), e)
                    })?;
                for element in assignment.clone().elements() {
                    if !matches!(element.offset(), Offset::Offset(_)) {
                        assignment
                            .set_partition_offset(&topic, element.partition(), Offset::End)
                            .map_err(|e| TransportError::kafka(format!("assigning {topic}"), e))?;
                    }
                }
            }
            consumer
                .assign(&assignment)
                .map_err(|e| TransportError::kafka(format!("assigning {topic}"), e))?;
            Ok(TopicReader {
                consumer,
                trouble: tokio::sync::Mutex::new(trouble_rx),
                topic,
                partitions,
                ended: Mutex::new(BTreeSet::new()),
            })
        })
        .await
        .map_err(|_| TransportError::Closed)?
    }
}

impl TransportError {
    /// Trouble the broker's return will end (it cannot be reached, a request timed out),
    /// as opposed to a refusal or a fatal client error.
    pub fn is_transient(&self) -> bool {
        match self {
            TransportError::Kafka { error: source, .. } => {
                !is_fatal(source)
                    && source.rdkafka_error_code().is_none_or(|code| {
                        !matches!(code, RDKafkaErrorCode::UnknownTopicOrPartition)
                    })
            }
            TransportError::MissingTopic { .. }
            | TransportError::ReadTimeout { .. }
            | TransportError::Encode { .. }
            | TransportError::Listen { .. }
            | TransportError::Unsupported { .. }
            | TransportError::Closed => false,
        }
    }
}
