//! Building the messages every stage writes: JSON payload plus the headers of
//! docs/contract.md (`content-type`, `sitrep-schema`, `traceparent`, and CloudEvents
//! headers on events and incidents), and dead letters that keep the original bytes and
//! headers.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use sitrep_contract::headers::{self, TraceParent};
use sitrep_contract::{DeadLetter, Incident, IncidentEvent, InputRef, Stage};
use sitrep_transport::{InMessage, OutMessage};

/// What a message takes besides its payload, key and headers, counted high: a record's
/// length fields, attributes, offset and timestamp deltas (librdkafka checks the limit
/// against about 40 bytes more than the key and value).
const RECORD_OVERHEAD_BYTES: usize = 128;
/// The same for each header (its lengths as varints).
const HEADER_OVERHEAD_BYTES: usize = 8;

/// The bytes `message` takes against the broker's message size limit, counted high.
pub fn message_size(message: &OutMessage) -> usize {
    let headers: usize = message
        .headers
        .iter()
        .map(|(name, value)| name.len() + value.len() + HEADER_OVERHEAD_BYTES)
        .sum();
    let payload = if message.tombstone {
        0
    } else {
        message.payload.len()
    };
    RECORD_OVERHEAD_BYTES + message.key.as_ref().map_or(0, String::len) + headers + payload
}

/// A JSON message with the headers every sitrep message carries.
pub fn json_message<T: Serialize>(
    topic: &str,
    key: &str,
    schema: &str,
    value: &T,
    trace: &TraceParent,
) -> Result<OutMessage, serde_json::Error> {
    let payload = serde_json::to_vec(value)?;
    Ok(json_message_of(topic, key, schema, payload, trace))
}

/// [`json_message`] from JSON already serialized.
pub fn json_message_of(
    topic: &str,
    key: &str,
    schema: &str,
    payload: Vec<u8>,
    trace: &TraceParent,
) -> OutMessage {
    OutMessage::new(topic, Some(key.to_owned()), payload)
        .with_header(headers::CONTENT_TYPE, headers::JSON)
        .with_header(headers::SCHEMA, schema)
        .with_header(headers::TRACEPARENT, trace.header_value())
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

/// An incident record: the JSON headers plus CloudEvents binary-mode headers of its own
/// type (`io.sitrep.incident_record.v1`), one CloudEvent per revision.
pub fn incident_message(
    topic: &str,
    incident: &Incident,
    trace: &TraceParent,
) -> Result<OutMessage, serde_json::Error> {
    let message = json_message(
        topic,
        incident.id.as_str(),
        Incident::SCHEMA,
        incident,
        trace,
    )?;
    Ok(message
        .with_header(headers::CE_SPECVERSION, headers::CE_SPECVERSION_VALUE)
        .with_header(
            headers::CE_ID,
            format!("{}:{}", incident.id, incident.revision),
        )
        .with_header(headers::CE_SOURCE, headers::CE_SOURCE_INCIDENTS)
        .with_header(headers::CE_TYPE, headers::CE_TYPE_INCIDENT_RECORD)
        .with_header(headers::CE_SUBJECT, incident.id.as_str())
        .with_header(
            headers::CE_TIME,
            incident
                .updated_at
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

/// A dead letter for an input read from a topic, at most `max_message_bytes` long.
#[allow(clippy::too_many_arguments)]
pub fn dead_letter_for_input(
    deadletter_topic: &str,
    stage: Stage,
    input: &InMessage,
    error_kind: &str,
    error: &str,
    input_id: Option<String>,
    now: DateTime<Utc>,
    max_message_bytes: usize,
) -> OutMessage {
    let input_ref = InputRef {
        topic: Some(input.position.topic.clone()),
        partition: Some(input.position.partition),
        offset: Some(input.position.offset),
        key: input.key_text(),
        url: None,
    };
    let key = input_id.clone().or_else(|| input.key_text());
    let letter = DeadLetter::new(stage, error_kind, error, input_ref, input_id, &[], now)
        .with_input_headers(
            input
                .headers
                .iter()
                .map(|(key, value)| (key.as_str(), value.as_slice())),
        );
    // The dead letter stays in the input's trace, so the trace id leads to it too.
    fitted_dead_letter(
        deadletter_topic,
        key,
        letter,
        input.payload_bytes(),
        max_message_bytes,
        input
            .header(headers::TRACEPARENT)
            .and_then(TraceParent::parse)
            .as_ref(),
    )
}

/// A dead letter for a fetched document (or one entry of it: `input_id` is then the
/// item id) that never was on a topic, at most `max_message_bytes` long.
#[allow(clippy::too_many_arguments)]
pub fn dead_letter_for_document(
    deadletter_topic: &str,
    feed_url: &str,
    input_id: &str,
    error_kind: &str,
    error: &str,
    body: &[u8],
    now: DateTime<Utc>,
    max_message_bytes: usize,
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
        Some(input_id.to_owned()),
        &[],
        now,
    );
    fitted_dead_letter(
        deadletter_topic,
        Some(input_id.to_owned()),
        letter,
        body,
        max_message_bytes,
        None,
    )
}

/// Longest error line a dead letter keeps (an error may quote the input); at most a
/// quarter of the message limit.
const MAX_ERROR_BYTES: usize = 4096;

/// `letter` (built without its payload) with as much of `payload` as fits in
/// `max_message_bytes`: base64 takes 4 bytes for every 3.
fn fitted_dead_letter(
    topic: &str,
    key: Option<String>,
    mut letter: DeadLetter,
    payload: &[u8],
    max_message_bytes: usize,
    trace: Option<&TraceParent>,
) -> OutMessage {
    let max_error_bytes = MAX_ERROR_BYTES.min(max_message_bytes / 4);
    if letter.error.len() > max_error_bytes {
        let mut end = max_error_bytes;
        while !letter.error.is_char_boundary(end) {
            end -= 1;
        }
        letter.error.truncate(end);
        letter.error.push('…');
    }
    // Measured with the payload's length as it will be written.
    letter.payload_len = payload.len();
    let empty = dead_letter_message(topic, key.clone(), &letter, trace);
    // The payload's JSON string is its base64 and nothing else (no escapes).
    let room = max_message_bytes.saturating_sub(message_size(&empty));
    let max_payload_bytes = room / 4 * 3;
    let input_headers = std::mem::take(&mut letter.input_headers);
    let mut letter = DeadLetter::keeping(
        letter.stage,
        letter.error_kind,
        letter.error,
        letter.input,
        letter.input_id,
        payload,
        letter.failed_at,
        max_payload_bytes,
    );
    letter.input_headers = input_headers;
    dead_letter_message(topic, key, &letter, trace)
}

fn dead_letter_message(
    topic: &str,
    key: Option<String>,
    letter: &DeadLetter,
    trace: Option<&TraceParent>,
) -> OutMessage {
    // A DeadLetter is plain data; serializing it cannot fail.
    let payload = serde_json::to_vec(letter).unwrap_or_default();
    let message = OutMessage::new(topic, key, payload)
        .with_header(headers::CONTENT_TYPE, headers::JSON)
        .with_header(headers::SCHEMA, DeadLetter::SCHEMA);
    match trace {
        Some(trace) => message.with_header(headers::TRACEPARENT, trace.header_value()),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEFAULT_MAX_MESSAGE_BYTES;

    fn input(payload: Vec<u8>) -> InMessage {
        InMessage::at("sitrep.items.raw", 2, 41, payload)
    }

    #[test]
    fn dead_letters_fit_the_limit_and_keep_the_original_size() {
        for (num_bytes, limit) in [
            (3_000_000, DEFAULT_MAX_MESSAGE_BYTES),
            (700_000, DEFAULT_MAX_MESSAGE_BYTES),
            (700_000, 100_000),
            (50, 2_000),
        ] {
            let payload: Vec<u8> = (0..num_bytes).map(|n| (n % 251) as u8).collect();
            let message = dead_letter_for_input(
                "sitrep.deadletter",
                Stage::Normalizer,
                &input(payload.clone()),
                "too_large",
                &format!("item x: {}", "why ".repeat(10_000)),
                Some("item_x".to_owned()),
                Utc::now(),
                limit,
            );
            assert!(
                message_size(&message) <= limit,
                "{num_bytes} bytes under {limit}: {}",
                message_size(&message)
            );
            let letter: DeadLetter = serde_json::from_slice(&message.payload).expect("json");
            assert_eq!(letter.payload_len, num_bytes);
            let kept = letter.payload().expect("base64");
            assert!(
                payload.starts_with(&kept),
                "a prefix of the original is kept"
            );
            assert!(letter.error.len() <= MAX_ERROR_BYTES + '…'.len_utf8());
            assert_eq!(letter.input.offset, Some(41));
        }
    }

    #[test]
    fn message_size_counts_key_headers_and_payload() {
        let message = json_message_of(
            "t",
            "key",
            "sitrep.x/v1",
            vec![b'x'; 1000],
            &TraceParent::rooted_at("seed"),
        );
        let size = message_size(&message);
        assert!(size > 1000 + 3 + "sitrep.x/v1".len(), "{size}");
        assert!(size < 1000 + 512, "{size}");
        let tombstone = OutMessage::tombstone("t", "key".to_owned());
        assert!(message_size(&tombstone) < 256);
    }

    #[test]
    fn a_dead_letter_keeps_the_inputs_headers_and_stays_in_its_trace() {
        let trace = "00-0123456789abcdef0123456789abcdef-0123456789abcdef-01";
        let mut input = InMessage::at("sitrep.articles", 1, 42, b"{not json".to_vec());
        input.headers = vec![
            ("traceparent".into(), trace.as_bytes().to_vec()),
            ("sitrep-schema".into(), b"sitrep.article/v1".to_vec()),
            ("binary".into(), vec![0xff, 0x00, 0x80]),
        ];
        let message = dead_letter_for_input(
            "sitrep.deadletter",
            Stage::Classifier,
            &input,
            "invalid_json",
            "sitrep.articles[1]@42: not an article",
            None,
            Utc::now(),
            DEFAULT_MAX_MESSAGE_BYTES,
        );
        let letter: DeadLetter = serde_json::from_slice(&message.payload).expect("letter");
        let kept: Vec<(String, Vec<u8>)> = letter
            .input_headers
            .iter()
            .map(|header| (header.key.clone(), header.value_bytes().expect("value")))
            .collect();
        assert_eq!(kept, input.headers, "every header, in order, byte for byte");
        assert_eq!(letter.input_headers[0].value.as_deref(), Some(trace));
        assert_eq!(letter.input_headers[2].value, None, "not UTF-8: base64");
        let traced = message
            .headers
            .iter()
            .find(|(key, _)| key == "traceparent")
            .map(|(_, value)| value.clone());
        assert_eq!(
            traced.and_then(|value| TraceParent::parse(&value)),
            TraceParent::parse(trace),
            "the dead letter carries the input's trace"
        );
    }
}
