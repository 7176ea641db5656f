//! Transport errors: all of them are infrastructure trouble, to be retried or to end
//! the process; bad data never shows up here.

use rdkafka::error::{KafkaError, RDKafkaErrorCode};

/// What went wrong moving messages, one variant per thing that can happen; its
/// [`kind`](TransportError::kind) is the bounded label, its [`class`](TransportError::class)
/// what a consumer loop does about it.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The Kafka client reported an error. The client's error is part of this one's
    /// text, and deliberately not its `source`: an error chain printed whole (`{:#}`)
    /// would say it twice.
    #[error("kafka: {context}: {error}")]
    Kafka {
        /// What was being done (`consuming`, `reading sitrep.items.raw`, ...).
        context: String,
        /// The client's own error.
        error: rdkafka::error::KafkaError,
    },
    /// A topic the caller needs is not on the broker.
    #[error("topic {topic} does not exist")]
    MissingTopic {
        /// The topic's name.
        topic: String,
    },
    /// Reading a topic to its end did not reach the end of every partition in time.
    #[error("{topic}: partitions {open_partitions:?} did not reach their end in {timeout:?}")]
    ReadTimeout {
        /// The topic read.
        topic: String,
        /// The partitions whose end was not reached.
        open_partitions: Vec<i32>,
        /// How long the read was given.
        timeout: std::time::Duration,
    },
    /// A record could not be encoded as JSON.
    #[error("encoding {what} as JSON: {error}")]
    Encode {
        /// The record (`state of feed-1`, `control record`).
        what: String,
        /// The encoder's error, as text (the transport does not link the encoder).
        error: String,
    },
    /// A socket could not be taken over to listen on (the WebSub callback's).
    #[error("listening on {what}: {error}")]
    Listen {
        /// The setting that names the socket (`fetcher.websub.listen`).
        what: String,
        /// The operating system's error.
        error: std::io::Error,
    },
    /// The transport cannot do what was asked (the in-process bus has no tail of a
    /// topic outside a group).
    #[error("{topic}: this transport cannot {operation}")]
    Unsupported {
        /// The topic it was asked about.
        topic: String,
        /// What it cannot do.
        operation: &'static str,
    },
    /// The transport was shut down (or its worker thread ended) while asked.
    #[error("the transport is closed")]
    Closed,
}

/// What a consumer loop does about an error its consumer reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// The client tells of the connection (brokers down, a timeout, the coordinator
    /// moving) and recovers by itself: carry on receiving at once, so that the
    /// rebalances queued behind such reports are served without delay.
    Informational,
    /// Something the client retries but that may last (a topic or group it may not
    /// read, a failed authentication): back off, by the time the trouble has lasted.
    Transient,
    /// The client cannot go on: stop the stage (it drains and the process exits).
    Fatal,
}

impl TransportError {
    pub(crate) fn kafka(context: impl Into<String>, source: rdkafka::error::KafkaError) -> Self {
        Self::Kafka {
            context: context.into(),
            error: source,
        }
    }

    /// A bounded label for metrics and logs: one value per variant.
    pub fn kind(&self) -> &'static str {
        match self {
            TransportError::Kafka { .. } => "kafka",
            TransportError::MissingTopic { .. } => "missing_topic",
            TransportError::ReadTimeout { .. } => "read_timeout",
            TransportError::Encode { .. } => "encode",
            TransportError::Listen { .. } => "listen",
            TransportError::Unsupported { .. } => "unsupported",
            TransportError::Closed => "closed",
        }
    }

    /// How a consumer loop should take this error (see [`ErrorClass`]).
    pub fn class(&self) -> ErrorClass {
        match self {
            TransportError::Kafka { error, .. } => class_of(error),
            // A topic may be created and a slow read retried. No consumer loop meets
            // the others (they come from start-up and from encoding a record): backing
            // off is the cautious answer should one ever reach it.
            TransportError::MissingTopic { .. }
            | TransportError::ReadTimeout { .. }
            | TransportError::Encode { .. }
            | TransportError::Listen { .. }
            | TransportError::Unsupported { .. } => ErrorClass::Transient,
            TransportError::Closed => ErrorClass::Fatal,
        }
    }
}

fn class_of(error: &KafkaError) -> ErrorClass {
    use RDKafkaErrorCode as Code;
    match error {
        KafkaError::MessageConsumptionFatal(_) => ErrorClass::Fatal,
        KafkaError::PartitionEOF(_) => ErrorClass::Informational,
        _ => match error.rdkafka_error_code() {
            Some(Code::Fatal) => ErrorClass::Fatal,
            Some(
                Code::AllBrokersDown
                | Code::PartitionEOF
                | Code::BrokerTransportFailure
                | Code::Resolve
                | Code::DestroyBroker
                | Code::TimedOutQueue
                | Code::RequestTimedOut
                | Code::NetworkException
                | Code::CoordinatorLoadInProgress
                | Code::CoordinatorNotAvailable
                | Code::NotCoordinator
                | Code::LeaderNotAvailable
                | Code::NotLeaderForPartition
                | Code::PreferredLeaderNotAvailable
                | Code::RebalanceInProgress
                | Code::UnknownMemberId
                | Code::IllegalGeneration
                | Code::AssignmentLost
                | Code::MessageTimedOut
                | Code::OperationTimedOut,
            ) => ErrorClass::Informational,
            _ => ErrorClass::Transient,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consuming(code: RDKafkaErrorCode) -> TransportError {
        TransportError::kafka("consuming", KafkaError::MessageConsumption(code))
    }

    #[test]
    fn the_clients_error_is_said_once_in_a_printed_chain() {
        let error = anyhow::Error::new(consuming(RDKafkaErrorCode::AllBrokersDown))
            .context("normalizer stage");
        let text = format!("{error:#}");
        assert_eq!(
            text.matches("All broker connections are down").count(),
            1,
            "{text}"
        );
    }

    #[test]
    fn connection_reports_are_informational_and_refusals_are_transient() {
        for code in [
            RDKafkaErrorCode::AllBrokersDown,
            RDKafkaErrorCode::BrokerTransportFailure,
            RDKafkaErrorCode::Resolve,
            RDKafkaErrorCode::CoordinatorNotAvailable,
            RDKafkaErrorCode::RequestTimedOut,
        ] {
            assert_eq!(
                consuming(code).class(),
                ErrorClass::Informational,
                "{code:?}"
            );
        }
        for code in [
            RDKafkaErrorCode::TopicAuthorizationFailed,
            RDKafkaErrorCode::GroupAuthorizationFailed,
            RDKafkaErrorCode::UnknownTopicOrPartition,
            RDKafkaErrorCode::SaslAuthenticationFailed,
        ] {
            assert_eq!(consuming(code).class(), ErrorClass::Transient, "{code:?}");
        }
        let fatal = TransportError::kafka(
            "consuming",
            KafkaError::MessageConsumptionFatal(RDKafkaErrorCode::FencedInstanceId),
        );
        assert_eq!(fatal.class(), ErrorClass::Fatal);
        assert_eq!(
            consuming(RDKafkaErrorCode::Fatal).class(),
            ErrorClass::Fatal
        );
    }
}
