//! Operator commands to the running fetchers, through the control topic
//! (`<prefix>fetcher.control`): `sitrep feeds reset ID` and `sitrep feeds refresh ID` write
//! one record; every replica reads the topic from its end at start, outside any group, and
//! the one that owns the feed applies it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sitrep_contract::headers;
use sitrep_fetcher::FeedState;
use sitrep_transport::{OutMessage, TransportError};

/// The `schema` of a control record.
pub const CONTROL_SCHEMA: &str = "sitrep.fetcher_control/v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlAction {
    /// Clear the failures in a row (and so the parking), poll now.
    Reset,
    /// Poll now.
    Refresh,
}

/// One control record, as written to the control topic (keyed by feed id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlCommand {
    pub schema: String,
    pub command: ControlAction,
    pub feed_id: String,
    pub issued_at: DateTime<Utc>,
}

impl ControlCommand {
    pub fn new(command: ControlAction, feed_id: &str) -> Self {
        Self {
            schema: CONTROL_SCHEMA.to_owned(),
            command,
            feed_id: feed_id.to_owned(),
            issued_at: Utc::now(),
        }
    }

    /// The record for `topic`.
    pub fn message(&self, topic: &str) -> Result<OutMessage, TransportError> {
        let payload = serde_json::to_vec(self).map_err(|error| TransportError::Encode {
            what: "control record".to_owned(),
            error: error.to_string(),
        })?;
        Ok(OutMessage::new(topic, Some(self.feed_id.clone()), payload)
            .with_header(headers::CONTENT_TYPE, headers::JSON)
            .with_header(headers::SCHEMA, CONTROL_SCHEMA))
    }

    /// A record read from the control topic; None for anything that is not one.
    pub fn parse(payload: &[u8]) -> Option<Self> {
        serde_json::from_slice::<Self>(payload)
            .ok()
            .filter(|command| command.schema == CONTROL_SCHEMA)
    }

    /// Applies the command to the feed's state: due now, and for a reset no failures in
    /// a row (which also unparks it).
    pub fn apply(&self, state: &mut FeedState, now: DateTime<Utc>) {
        if self.command == ControlAction::Reset {
            state.consecutive_failures = 0;
        }
        state.next_poll_at = Some(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_clears_the_failures_and_makes_the_feed_due() {
        let command = ControlCommand::new(ControlAction::Reset, "feed-1");
        let message = command.message("sitrep.fetcher.control").expect("message");
        let parsed = ControlCommand::parse(&message.payload).expect("parsed");
        assert_eq!(parsed, command);
        let mut state = FeedState::default();
        state.consecutive_failures = 12;
        let now = Utc::now();
        state.next_poll_at = Some(now + chrono::Duration::hours(6));
        parsed.apply(&mut state, now);
        assert_eq!(state.consecutive_failures, 0);
        assert!(state.is_due(now));
        assert!(ControlCommand::parse(b"{\"command\":\"reset\"}").is_none());
        assert!(ControlCommand::parse(b"not json").is_none());
    }

    #[test]
    fn a_refresh_keeps_the_failures() {
        let mut state = FeedState::default();
        state.consecutive_failures = 3;
        let now = Utc::now();
        ControlCommand::new(ControlAction::Refresh, "feed-1").apply(&mut state, now);
        assert_eq!(state.consecutive_failures, 3);
        assert!(state.is_due(now));
    }
}
