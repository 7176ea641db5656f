//! `DeadLetter` (`sitrep.deadletter/v1`): input a stage could not process, kept whole.

use base64::Engine as _;
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The stage that gave up on an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Fetcher,
    Normalizer,
    Classifier,
    /// The incident stage (`sitrep.events` -> `sitrep.incidents`).
    Incidents,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Fetcher => "fetcher",
            Stage::Normalizer => "normalizer",
            Stage::Classifier => "classifier",
            Stage::Incidents => "incidents",
        }
    }
}

/// Where the failed input came from: a topic position, or a feed URL for the fetcher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct InputRef {
    /// The topic the input was read from, or `feed` for a fetched document.
    pub topic: Option<String>,
    /// The partition it was read from.
    pub partition: Option<i32>,
    /// Its offset in that partition.
    pub offset: Option<i64>,
    /// Its key, as text.
    pub key: Option<String>,
    /// The feed URL, for input that never was on a topic.
    pub url: Option<String>,
}

/// An input a stage could not process, with its original bytes and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeadLetter {
    /// Always `sitrep.deadletter/v1`.
    pub schema: String,
    /// The stage that gave up on it.
    pub stage: Stage,
    /// A short, bounded label of what went wrong (`invalid_json`, `parse_error`, ...).
    pub error_kind: String,
    /// One line naming the input and the problem.
    pub error: String,
    /// Where the input came from.
    pub input: InputRef,
    /// The id of the input, when it could be read.
    pub input_id: Option<String>,
    /// The original bytes, base64 (standard alphabet, padded).
    pub payload_base64: String,
    /// Size of the original payload; a huge payload is cut at the limit but its size kept.
    pub payload_len: usize,
    /// When the stage gave up on it.
    pub failed_at: DateTime<Utc>,
    /// The failed message's headers as they came (`traceparent`, `sitrep-schema`, ...), so
    /// a replay can send the input again exactly; empty for a fetched document. Added
    /// within v1: a dead letter written before it has none.
    #[serde(default)]
    pub input_headers: Vec<InputHeader>,
}

/// One header of the failed input: its value as text when it is UTF-8, else in base64.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct InputHeader {
    /// The header's name.
    pub key: String,
    /// The value, when it is UTF-8 text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The value in base64 (standard alphabet, padded), when it is not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_base64: Option<String>,
}

impl InputHeader {
    pub fn new(key: &str, value: &[u8]) -> Self {
        match std::str::from_utf8(value) {
            Ok(text) => Self {
                key: key.to_owned(),
                value: Some(text.to_owned()),
                value_base64: None,
            },
            Err(_) => Self {
                key: key.to_owned(),
                value: None,
                value_base64: Some(base64::engine::general_purpose::STANDARD.encode(value)),
            },
        }
    }

    /// The value's bytes as the input carried them.
    pub fn value_bytes(&self) -> Result<Vec<u8>, base64::DecodeError> {
        match (&self.value, &self.value_base64) {
            (Some(text), _) => Ok(text.clone().into_bytes()),
            (None, Some(encoded)) => base64::engine::general_purpose::STANDARD.decode(encoded),
            (None, None) => Ok(Vec::new()),
        }
    }
}

impl DeadLetter {
    pub const SCHEMA: &'static str = "sitrep.deadletter/v1";
    /// Payloads larger than this are cut in the dead letter (the length is kept).
    pub const MAX_PAYLOAD_BYTES: usize = 512 * 1024;

    pub fn new(
        stage: Stage,
        error_kind: impl Into<String>,
        error: impl Into<String>,
        input: InputRef,
        input_id: Option<String>,
        payload: &[u8],
        failed_at: DateTime<Utc>,
    ) -> Self {
        Self::keeping(
            stage,
            error_kind,
            error,
            input,
            input_id,
            payload,
            failed_at,
            Self::MAX_PAYLOAD_BYTES,
        )
    }

    /// [`DeadLetter::new`] keeping at most `max_payload_bytes` of the payload (and never
    /// more than [`DeadLetter::MAX_PAYLOAD_BYTES`]), so the letter fits a message limit.
    #[allow(clippy::too_many_arguments)]
    pub fn keeping(
        stage: Stage,
        error_kind: impl Into<String>,
        error: impl Into<String>,
        input: InputRef,
        input_id: Option<String>,
        payload: &[u8],
        failed_at: DateTime<Utc>,
        max_payload_bytes: usize,
    ) -> Self {
        let max_payload_bytes = max_payload_bytes.min(Self::MAX_PAYLOAD_BYTES);
        let kept = &payload[..payload.len().min(max_payload_bytes)];
        Self {
            schema: Self::SCHEMA.to_owned(),
            stage,
            error_kind: error_kind.into(),
            error: error.into(),
            input,
            input_id,
            payload_base64: base64::engine::general_purpose::STANDARD.encode(kept),
            payload_len: payload.len(),
            failed_at,
            input_headers: Vec::new(),
        }
    }

    /// The same letter keeping the input's headers.
    pub fn with_input_headers<'a>(
        mut self,
        headers: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Self {
        self.input_headers = headers
            .into_iter()
            .map(|(key, value)| InputHeader::new(key, value))
            .collect();
        self
    }

    /// How many times the failed input had been replayed from earlier dead letters (its
    /// `sitrep-replayed` header); 0 for an input that failed the first time.
    pub fn num_replays(&self) -> u32 {
        self.input_headers
            .iter()
            .filter(|header| header.key == crate::headers::REPLAYED)
            .filter_map(|header| header.value.as_deref())
            .filter_map(|value| value.trim().parse::<u32>().ok())
            .max()
            .unwrap_or(0)
    }

    /// The payload was cut to fit the message limit: it cannot be sent again as it was.
    pub fn payload_is_whole(&self) -> bool {
        self.payload()
            .is_ok_and(|bytes| bytes.len() == self.payload_len)
    }

    /// The original bytes (as kept).
    pub fn payload(&self) -> Result<Vec<u8>, base64::DecodeError> {
        base64::engine::general_purpose::STANDARD.decode(&self.payload_base64)
    }
}
