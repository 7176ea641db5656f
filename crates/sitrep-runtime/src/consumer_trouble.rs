//! What a consumer loop does when its consumer reports an error instead of a message.
//!
//! librdkafka reports trouble on the consumer's queue, the same queue that carries the
//! group's rebalances, and it reconnects by itself. During a broker outage it reports
//! "all brokers down" several times a second; a loop that paused for each report would
//! still be serving reports queued during the outage long after the broker came back,
//! and the rebalance waiting behind them with it. So:
//!
//! - reports of the connection ([`ErrorClass::Informational`]) never pause the loop;
//! - other errors pause it by how long the trouble has lasted (from 100 ms up to 1 s),
//!   not by how many reports were queued, and the reports queued meanwhile are then
//!   taken together ([`ConsumerTrouble::note`]) without pausing again;
//! - a fatal error stops the loop;
//! - one log line when the trouble begins, one when messages flow again (and a reminder
//!   at most once a minute in between), never one per report.

use std::time::{Duration, Instant};

use sitrep_transport::{ErrorClass, TransportError};

/// The longest pause after an error: a rebalance queued behind it waits at most this.
const MAX_PAUSE: Duration = Duration::from_secs(1);
const MIN_PAUSE: Duration = Duration::from_millis(100);
/// How often a lasting trouble is logged again.
const REMINDER_EVERY: Duration = Duration::from_secs(60);

/// What the loop does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reaction {
    /// Receive again at once.
    Continue,
    /// Wait this long, then take what has queued up meanwhile.
    Pause(Duration),
    /// Stop: the client cannot go on.
    Fail,
}

/// The current run of errors of one consumer.
#[derive(Debug)]
pub(crate) struct ConsumerTrouble {
    consumer: String,
    since: Option<Instant>,
    num_errors: u64,
    last_logged: Option<Instant>,
}

impl ConsumerTrouble {
    /// `consumer` names it in log lines (its stage or group).
    pub(crate) fn new(consumer: impl Into<String>) -> Self {
        Self {
            consumer: consumer.into(),
            since: None,
            num_errors: 0,
            last_logged: None,
        }
    }

    /// An error came instead of a message.
    pub(crate) fn on_error(&mut self, error: &TransportError) -> Reaction {
        let now = Instant::now();
        let since = *self.since.get_or_insert(now);
        self.note(error);
        match error.class() {
            ErrorClass::Fatal => Reaction::Fail,
            ErrorClass::Informational => Reaction::Continue,
            ErrorClass::Transient => Reaction::Pause(pause_after(now - since)),
        }
    }

    /// An error taken while draining the queue after a pause: counted and logged as the
    /// trouble's state requires, never paused for. True when it is fatal.
    pub(crate) fn note(&mut self, error: &TransportError) -> bool {
        let now = Instant::now();
        let since = *self.since.get_or_insert(now);
        self.num_errors += 1;
        let class = error.class();
        if class == ErrorClass::Fatal {
            tracing::error!(consumer = %self.consumer, error = %error, "consumer failed for good, stopping");
            return true;
        }
        let due = match self.last_logged {
            None => true,
            Some(logged) => now.duration_since(logged) >= REMINDER_EVERY,
        };
        if due {
            self.last_logged = Some(now);
            let lasted_secs = now.duration_since(since).as_secs();
            if class == ErrorClass::Informational {
                tracing::warn!(consumer = %self.consumer, error = %error, num_errors = self.num_errors, lasted_secs, "consumer cannot reach the broker; the client reconnects by itself");
            } else {
                tracing::warn!(consumer = %self.consumer, error = %error, num_errors = self.num_errors, lasted_secs, "consumer error; retrying");
            }
        } else {
            tracing::debug!(consumer = %self.consumer, error = %error, "consumer error");
        }
        false
    }

    /// A message came: the trouble, if any, is over.
    pub(crate) fn on_message(&mut self) {
        if let Some(since) = self.since.take() {
            tracing::info!(
                consumer = %self.consumer,
                num_errors = self.num_errors,
                lasted_secs = since.elapsed().as_secs(),
                "consumer receiving again"
            );
        }
        self.num_errors = 0;
        self.last_logged = None;
    }
}

/// A tenth of how long the trouble has lasted, between 100 ms and 1 s.
fn pause_after(lasted: Duration) -> Duration {
    (lasted / 10).clamp(MIN_PAUSE, MAX_PAUSE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdkafka::error::{KafkaError, RDKafkaErrorCode};

    fn error(code: RDKafkaErrorCode) -> TransportError {
        // The transport's constructor is private to it; an equivalent value.
        TransportError::Kafka {
            context: "consuming".into(),
            error: KafkaError::MessageConsumption(code),
        }
    }

    #[test]
    fn reports_of_the_connection_never_pause_however_many_are_queued() {
        let mut trouble = ConsumerTrouble::new("normalizer");
        for _ in 0..500 {
            assert_eq!(
                trouble.on_error(&error(RDKafkaErrorCode::AllBrokersDown)),
                Reaction::Continue
            );
        }
        assert!(trouble.since.is_some());
        trouble.on_message();
        assert!(trouble.since.is_none());
    }

    #[test]
    fn other_errors_pause_by_how_long_the_trouble_lasted_not_by_their_number() {
        let mut trouble = ConsumerTrouble::new("classifier");
        let mut longest = Duration::ZERO;
        for _ in 0..500 {
            match trouble.on_error(&error(RDKafkaErrorCode::TopicAuthorizationFailed)) {
                Reaction::Pause(pause) => longest = longest.max(pause),
                other => panic!("expected a pause, got {other:?}"),
            }
        }
        // 500 errors in well under a second: still the shortest pause.
        assert_eq!(longest, MIN_PAUSE);
        assert_eq!(
            pause_after(Duration::from_secs(5)),
            Duration::from_millis(500)
        );
        assert_eq!(pause_after(Duration::from_secs(3600)), MAX_PAUSE);
    }

    #[test]
    fn a_fatal_error_stops_the_loop() {
        let mut trouble = ConsumerTrouble::new("incidents");
        let fatal = TransportError::Kafka {
            context: "consuming".into(),
            error: KafkaError::MessageConsumptionFatal(RDKafkaErrorCode::FencedInstanceId),
        };
        assert_eq!(trouble.on_error(&fatal), Reaction::Fail);
    }
}
