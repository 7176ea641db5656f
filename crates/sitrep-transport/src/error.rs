//! Transport errors: all of them are infrastructure trouble, to be retried or to end
//! the process; bad data never shows up here.

#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("kafka: {context}: {source}")]
    Kafka {
        context: String,
        #[source]
        source: rdkafka::error::KafkaError,
    },
    #[error("invalid transport configuration: {0}")]
    Config(String),
    #[error("the transport is closed")]
    Closed,
}

impl TransportError {
    pub(crate) fn kafka(context: impl Into<String>, source: rdkafka::error::KafkaError) -> Self {
        Self::Kafka {
            context: context.into(),
            source,
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
}
