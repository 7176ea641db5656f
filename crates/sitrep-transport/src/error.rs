//! Transport errors: all of them are infrastructure trouble, to be retried or to end
//! the process; bad data never shows up here.

use rdkafka::error::{KafkaError, RDKafkaErrorCode};

#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The client's error is part of this one's text, and deliberately not its
    /// `source`: an error chain printed whole (`{:#}`) would say it twice.
    #[error("kafka: {context}: {error}")]
    Kafka {
        context: String,
        error: rdkafka::error::KafkaError,
    },
    #[error("invalid transport configuration: {0}")]
    Config(String),
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

    /// A bounded label for metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            TransportError::Kafka { .. } => "kafka",
            TransportError::Config(_) => "config",
            TransportError::Closed => "closed",
        }
    }

    /// How a consumer loop should take this error (see [`ErrorClass`]).
    pub fn class(&self) -> ErrorClass {
        match self {
            TransportError::Kafka { error, .. } => class_of(error),
            TransportError::Config(_) => ErrorClass::Transient,
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
