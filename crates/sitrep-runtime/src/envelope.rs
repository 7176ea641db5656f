//! Building the messages every stage writes: JSON payload plus the headers of
//! docs/contract.md (`content-type`, `sitrep-schema`, `traceparent`, and CloudEvents
//! headers on events), and dead letters that keep the original bytes.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use sitrep_contract::headers::{self, TraceParent};
use sitrep_contract::{DeadLetter, IncidentEvent, InputRef, Stage};
use sitrep_transport::{InMessage, OutMessage};

/// A JSON message with the headers every sitrep message carries.
pub fn json_message<T: Serialize>(
    topic: &str,
    key: &str,
    schema: &str,
    value: &T,
    trace: &TraceParent,
) -> Result<OutMessage, serde_json::Error> {
    let payload = serde_json::to_vec(value)?;
    Ok(OutMessage::new(topic, Some(key.to_owned()), payload)
        .with_header(headers::CONTENT_TYPE, headers::JSON)
        .with_header(headers::SCHEMA, schema)
        .with_header(headers::TRACEPARENT, trace.header_value()))
}

/// An event message: the JSON headers plus CloudEvents binary-mode headers.
pub fn event_message(
    topic: &str,
    event: &IncidentEvent,
    trace: &TraceParent,
) -> Result<OutMessage, serde_json::Error> {
    let message = json_message(
        topic,
        event.id.as_str(),
        IncidentEvent::SCHEMA,
        event,
        trace,
    )?;
    Ok(message
        .with_header(headers::CE_SPECVERSION, headers::CE_SPECVERSION_VALUE)
        .with_header(headers::CE_ID, event.id.as_str())
        .with_header(headers::CE_SOURCE, headers::CE_SOURCE_VALUE)
        .with_header(headers::CE_TYPE, headers::CE_TYPE_INCIDENT)
        .with_header(
            headers::CE_TIME,
            event
                .classified_at
                .to_rfc3339_opts(SecondsFormat::Secs, true),
        ))
}

/// The trace an input belongs to, continued by `stage`; a new one rooted at the input's
/// key when the input carries none.
pub fn continue_trace(input: &InMessage, stage: Stage, fallback_id: Option<&str>) -> TraceParent {
    input
        .header(headers::TRACEPARENT)
        .and_then(TraceParent::parse)
        .map(|parent| parent.child(stage.as_str()))
        .unwrap_or_else(|| {
            let seed = fallback_id
                .map(str::to_owned)
                .or_else(|| input.key_text())
                .unwrap_or_default();
            TraceParent::rooted_at(&seed)
        })
}

/// A dead letter for an input read from a topic.
pub fn dead_letter_for_input(
    deadletter_topic: &str,
    stage: Stage,
    input: &InMessage,
    error_kind: &str,
    error: &str,
    input_id: Option<String>,
    now: DateTime<Utc>,
) -> OutMessage {
    let input_ref = InputRef {
        topic: Some(input.position.topic.clone()),
        partition: Some(input.position.partition),
        offset: Some(input.position.offset),
        key: input.key_text(),
        url: None,
    };
    let key = input_id.clone().or_else(|| input.key_text());
    let letter = DeadLetter::new(
        stage,
        error_kind,
        error,
        input_ref,
        input_id,
        input.payload_bytes(),
        now,
    );
    dead_letter_message(deadletter_topic, key, &letter)
}

/// A dead letter for a fetched document that never was on a topic.
pub fn dead_letter_for_document(
    deadletter_topic: &str,
    feed_url: &str,
    feed_id: &str,
    error_kind: &str,
    error: &str,
    body: &[u8],
    now: DateTime<Utc>,
) -> OutMessage {
    let input_ref = InputRef {
        topic: None,
        partition: None,
        offset: None,
        key: None,
        url: Some(feed_url.to_owned()),
    };
    let letter = DeadLetter::new(
        Stage::Fetcher,
        error_kind,
        error,
        input_ref,
        Some(feed_id.to_owned()),
        body,
        now,
    );
    dead_letter_message(deadletter_topic, Some(feed_id.to_owned()), &letter)
}

fn dead_letter_message(topic: &str, key: Option<String>, letter: &DeadLetter) -> OutMessage {
    // A DeadLetter is plain data; serializing it cannot fail.
    let payload = serde_json::to_vec(letter).unwrap_or_default();
    OutMessage::new(topic, key, payload)
        .with_header(headers::CONTENT_TYPE, headers::JSON)
        .with_header(headers::SCHEMA, DeadLetter::SCHEMA)
}
