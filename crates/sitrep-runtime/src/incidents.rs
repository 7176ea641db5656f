//! The incident stage: `IncidentEvent` JSON in, `Incident` records out (compacted
//! `sitrep.incidents`, keyed by incident id; a null value retires an incident).
//!
//! State is kept per input partition: one [`IncidentIndex`] for each partition of
//! `sitrep.events`, fed that partition's events in its order, whose records go to the
//! same partition of `sitrep.incidents` (on Kafka). Events are placed on the partition of
//! their country (`sitrep_contract::partitioning`), so the reports of one incident meet
//! in one index. An index is then a function of its partition's events alone, and one
//! replica holding six partitions computes the same incidents as three holding two each.
//!
//! A replica holds a partition's index only as far as it merged that partition itself.
//! Before the first event of a partition it does not hold up to that event (just
//! assigned, or moved on by another replica meanwhile), it rebuilds the index from that
//! partition of the incidents topic, read to its end. Unlike the normalizer's dedup
//! memory the index is not a cache: a replica without it would open every incident
//! again, so a rebuild that fails is tried again until it succeeds.
//!
//! A null value on the events topic keyed by an event id withdraws that event.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sitrep_contract::headers::{self, TraceParent};
use sitrep_contract::topics::Topics;
use sitrep_contract::{EventId, Incident, IncidentEvent, IncidentId, Stage, Status};
use sitrep_incidents::{Change, IncidentIndex, IndexConfig};
use sitrep_transport::{InMessage, OutMessage, Position, Transport, TransportError};

use crate::envelope;
use crate::stage::{decode, where_in, Processed, Processor, Rejection, RejectionKind};
use crate::telemetry::{IncidentEventMerged, IncidentsRebuilt};

pub struct IncidentProcessor {
    topics: Topics,
    config: IndexConfig,
    partitions: Mutex<Partitions>,
    /// Where a partition's index is rebuilt from; None starts each one empty (tests).
    source: Option<RebuildSource>,
    /// Records go to the partition of `sitrep.incidents` their events came from (Kafka);
    /// false leaves it to the producer (the in-process bus has one partition).
    co_partitioned: bool,
}

struct RebuildSource {
    transport: Arc<dyn Transport>,
    timeout: Duration,
}

/// The indexes this replica holds, by input partition.
#[derive(Default)]
struct Partitions {
    held: HashMap<i32, Held>,
}

struct Held {
    index: IncidentIndex,
    /// The offset after the last input merged here: an input beyond it means another
    /// replica merged the partition meanwhile.
    next_offset: i64,
}

impl Partitions {
    fn num_in_window(&self) -> usize {
        self.held.values().map(|held| held.index.len()).sum()
    }
}

/// What a rebuild read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebuildSummary {
    pub num_read: usize,
    pub num_in_window: usize,
    /// Records that were neither an incident nor a tombstone with an incident id.
    pub num_unreadable: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum RebuildError {
    #[error("reading {topic}: {source}")]
    Read {
        topic: String,
        source: TransportError,
    },
    #[error("reading {topic} took longer than {timeout:?}")]
    Timeout { topic: String, timeout: Duration },
    #[error("rebuilding from {topic}: {message}")]
    Task { topic: String, message: String },
}

/// The longest wait between two attempts at a rebuild that failed.
const MAX_REBUILD_BACKOFF: Duration = Duration::from_secs(10);

impl IncidentProcessor {
    /// A processor whose indexes start empty (for a topic known to be empty, and tests).
    pub fn new(topics: Topics, config: IndexConfig) -> Self {
        Self {
            topics,
            config,
            partitions: Mutex::new(Partitions::default()),
            source: None,
            co_partitioned: false,
        }
    }

    /// A processor that rebuilds each partition's index from the incidents topic before
    /// it merges that partition's first event, each read taking at most `timeout`.
    pub fn rebuilding(
        transport: Arc<dyn Transport>,
        topics: Topics,
        config: IndexConfig,
        timeout: Duration,
    ) -> Self {
        Self {
            source: Some(RebuildSource { transport, timeout }),
            ..Self::new(topics, config)
        }
    }

    /// Writes each partition's records to the same partition of the incidents topic,
    /// where its rebuild reads them (Kafka: the topic needs as many partitions as the
    /// events topic).
    pub fn co_partitioned(mut self) -> Self {
        self.co_partitioned = true;
        self
    }

    /// The current record of an incident, in whichever partition holds it.
    #[cfg(test)]
    pub fn incident(&self, id: &IncidentId) -> Option<Incident> {
        self.lock()
            .held
            .values()
            .find_map(|held| held.index.get(id))
    }

    #[cfg(test)]
    pub fn num_in_window(&self) -> usize {
        self.lock().num_in_window()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Partitions> {
        self.partitions.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The index of `position`'s partition, fit to take the input there: the one held,
    /// if this replica merged the partition up to that input (or past it: a replay after
    /// a rebalance changes nothing), else one rebuilt from the incidents topic.
    fn index_at<'a>(
        &self,
        partitions: &'a mut Partitions,
        position: &Position,
    ) -> &'a mut IncidentIndex {
        let partition = position.partition;
        if !self.holds_up_to(partitions, position) {
            let index = self.rebuild_partition(partition);
            partitions.held.insert(
                partition,
                Held {
                    index,
                    next_offset: position.offset,
                },
            );
        }
        let held = partitions
            .held
            .get_mut(&partition)
            .expect("inserted above when missing");
        held.next_offset = held.next_offset.max(position.offset + 1);
        &mut held.index
    }

    /// Whether the index held for `position`'s partition is fit to take the input there.
    fn holds_up_to(&self, partitions: &Partitions, position: &Position) -> bool {
        partitions
            .held
            .get(&position.partition)
            // With nothing to rebuild from, what is held is all there is.
            .is_some_and(|held| self.source.is_none() || position.offset <= held.next_offset)
    }

    /// Rebuilds the index of each partition of `inputs` that is not held up to its first
    /// input there, as [`Self::index_at`] would on that input, but before the batch is
    /// processed: the stage loop polls its consumer meanwhile, so the group can rebalance
    /// while an index is read.
    fn rebuild_where_needed(&self, inputs: &[InMessage]) {
        for position in crate::stage::first_of_each_partition(inputs) {
            if self.holds_up_to(&self.lock(), position) {
                continue;
            }
            // The lock is not held while the topic is read.
            let index = self.rebuild_partition(position.partition);
            self.lock().held.insert(
                position.partition,
                Held {
                    index,
                    next_offset: position.offset,
                },
            );
        }
    }

    /// The index of one input partition: read from the same partition of the incidents
    /// topic, tried again (with a growing pause) until a read succeeds. Runs on a thread
    /// of its own with its own runtime: the caller is on the blocking pool, getting a
    /// batch ready (the loop processes no other input meanwhile, but polls its consumer).
    fn rebuild_partition(&self, partition: i32) -> IncidentIndex {
        let Some(source) = &self.source else {
            return IncidentIndex::new(self.config.clone());
        };
        let mut backoff = Duration::from_millis(200);
        loop {
            let transport = source.transport.clone();
            let (topic, timeout, config) = (
                self.topics.incidents.clone(),
                source.timeout,
                self.config.clone(),
            );
            let attempt = std::thread::Builder::new()
                .name("incidents-rebuild".to_owned())
                .spawn(move || rebuild_blocking(transport, &topic, partition, config, timeout))
                .map_err(|error| {
                    Box::new(RebuildError::Task {
                        topic: self.topics.incidents.clone(),
                        message: error.to_string(),
                    })
                })
                .and_then(|thread| {
                    thread.join().unwrap_or_else(|_| {
                        Err(Box::new(RebuildError::Task {
                            topic: self.topics.incidents.clone(),
                            message: "the rebuild thread panicked".to_owned(),
                        }))
                    })
                });
            match attempt {
                Ok(index) => return index,
                Err(error) => {
                    tracing::warn!(partition, error = %error, "incident index not rebuilt, trying again");
                    std::thread::sleep(backoff);
                    backoff = (backoff * 2).min(MAX_REBUILD_BACKOFF);
                }
            }
        }
    }

    fn messages(
        &self,
        changes: Vec<Change>,
        trace: &TraceParent,
        input_id: &str,
        partition: i32,
    ) -> Result<Vec<OutMessage>, Rejection> {
        let placed = |message: OutMessage| {
            if self.co_partitioned {
                message.with_partition(partition)
            } else {
                message
            }
        };
        changes
            .into_iter()
            .map(|change| match change {
                Change::Upsert(incident) => {
                    envelope::incident_message(&self.topics.incidents, &incident, trace)
                        .map(placed)
                        .map_err(|error| Rejection {
                            kind: RejectionKind::Serialize,
                            error: format!("incident {}: {error}", incident.id),
                            input_id: Some(input_id.to_owned()),
                        })
                }
                Change::Tombstone(id) => Ok(placed(
                    OutMessage::tombstone(&self.topics.incidents, id.to_string())
                        .with_header(headers::SCHEMA, Incident::SCHEMA)
                        .with_header(headers::TRACEPARENT, trace.header_value()),
                )),
            })
            .collect()
    }
}

/// Reads `partition` of the incidents topic to its end (at most `timeout`) on a runtime
/// of this thread's own and replays it into an index; logs and counts the outcome.
fn rebuild_blocking(
    transport: Arc<dyn Transport>,
    topic: &str,
    partition: i32,
    config: IndexConfig,
    timeout: Duration,
) -> Result<IncidentIndex, Box<RebuildError>> {
    let started = Instant::now();
    let failed = |outcome: &'static str| IncidentsRebuilt {
        topic,
        partition,
        num_read: 0,
        num_in_window: 0,
        num_unreadable: 0,
        outcome,
        elapsed: started.elapsed(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| {
            Box::new(RebuildError::Task {
                topic: topic.to_owned(),
                message: error.to_string(),
            })
        })?;
    // The timer is made inside the runtime: it needs its time driver.
    let read =
        runtime.block_on(async { tokio::time::timeout(timeout, transport.read_all(topic)).await });
    let messages = match read {
        Ok(Ok(messages)) => messages,
        Ok(Err(source)) => {
            failed("error").emit();
            return Err(Box::new(RebuildError::Read {
                topic: topic.to_owned(),
                source,
            }));
        }
        Err(_) => {
            failed("timeout").emit();
            return Err(Box::new(RebuildError::Timeout {
                topic: topic.to_owned(),
                timeout,
            }));
        }
    };
    let mine: Vec<InMessage> = messages
        .into_iter()
        .filter(|message| message.position.partition == partition)
        .collect();
    let (index, summary) = index_from_records(&mine, config);
    IncidentsRebuilt {
        topic,
        partition,
        num_read: summary.num_read,
        num_in_window: summary.num_in_window,
        num_unreadable: summary.num_unreadable,
        outcome: "ok",
        elapsed: started.elapsed(),
    }
    .emit();
    Ok(index)
}

/// Replays the records in the order read (a key's records share a partition, so its
/// last record wins); tombstones drop their incident.
pub fn index_from_records(
    messages: &[InMessage],
    config: IndexConfig,
) -> (IncidentIndex, RebuildSummary) {
    let mut index = IncidentIndex::new(config);
    let mut num_unreadable = 0;
    for message in messages {
        match message.payload.as_deref() {
            Some(payload) => match serde_json::from_slice::<Incident>(payload) {
                Ok(incident) => index.restore(incident),
                Err(_) => num_unreadable += 1,
            },
            None => match message
                .key_text()
                .and_then(|key| IncidentId::parse(&key).ok())
            {
                Some(id) => index.restore_tombstone(&id),
                None => num_unreadable += 1,
            },
        }
    }
    let summary = RebuildSummary {
        num_read: messages.len(),
        num_in_window: index.len(),
        num_unreadable,
    };
    (index, summary)
}

impl Processor for IncidentProcessor {
    fn stage(&self) -> Stage {
        Stage::Incidents
    }

    fn get_ready(&self, inputs: &[InMessage]) {
        self.rebuild_where_needed(inputs);
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        let mut partitions = self.lock();
        // First, so every input of the partition counts, rejected ones too.
        self.index_at(&mut partitions, &input.position);
        if input.payload.is_none() {
            return self.retract(input, &mut partitions);
        }
        let event: IncidentEvent = decode(input, "an IncidentEvent")?;
        if event.status != Status::Occurred {
            return Err(Rejection {
                kind: RejectionKind::NotOccurred,
                error: format!(
                    "{}: event {} is not `occurred`: only occurred events make incidents",
                    where_in(input),
                    event.id
                ),
                input_id: Some(event.id.to_string()),
            });
        }
        let trace = envelope::continue_trace(input, Stage::Incidents, Some(event.id.as_str()));
        let (verdict, changes) = self
            .index_at(&mut partitions, &input.position)
            .apply(&event);
        let num_in_window = partitions.num_in_window();
        drop(partitions);
        IncidentEventMerged {
            event_id: event.id.as_str(),
            verdict: verdict.as_str(),
            num_changes: changes.len(),
            num_in_window,
        }
        .emit();
        let outputs =
            self.messages(changes, &trace, event.id.as_str(), input.position.partition)?;
        Ok(Processed {
            outputs,
            input_id: Some(event.id.to_string()),
            trace_id: Some(trace.trace_id),
        })
    }
}

impl IncidentProcessor {
    /// A null value keyed by an event id: the event is withdrawn.
    fn retract(
        &self,
        input: &InMessage,
        partitions: &mut Partitions,
    ) -> Result<Processed, Rejection> {
        let event_id = input
            .key_text()
            .and_then(|key| EventId::parse(&key).ok())
            .ok_or_else(|| Rejection {
                kind: RejectionKind::InvalidRetraction,
                error: format!(
                    "{}: a null value needs an event id as its key, got {:?}",
                    where_in(input),
                    input.key_text()
                ),
                input_id: None,
            })?;
        // The message's own time stamps the change, so a replay stamps it alike.
        let at = input
            .timestamp_ms
            .and_then(DateTime::<Utc>::from_timestamp_millis)
            .unwrap_or_else(Utc::now);
        let trace = envelope::continue_trace(input, Stage::Incidents, Some(event_id.as_str()));
        let (verdict, changes) = self
            .index_at(partitions, &input.position)
            .retract(&event_id, at);
        let num_in_window = partitions.num_in_window();
        IncidentEventMerged {
            event_id: event_id.as_str(),
            verdict: verdict.as_str(),
            num_changes: changes.len(),
            num_in_window,
        }
        .emit();
        let outputs =
            self.messages(changes, &trace, event_id.as_str(), input.position.partition)?;
        Ok(Processed {
            outputs,
            input_id: Some(event_id.to_string()),
            trace_id: Some(trace.trace_id),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_transport::Position;

    /// Five events: the contract's example event reported by two outlets, and three
    /// strikes elsewhere on other days.
    fn sample_events() -> Vec<IncidentEvent> {
        let mut base = sitrep_contract::fixtures::event();
        base.weapons = vec!["manned aircraft".to_owned()];
        base.confidence = 0.93;
        (0..5u32)
            .map(|n| {
                let mut event = base.clone();
                let url = format!("https://outlet{n}.example/story");
                event.article.id = sitrep_contract::ArticleId::for_url(&url);
                event.article.url = Some(url);
                event.article.source = Some(format!("Outlet {n}"));
                event.id = EventId::for_event(&event.article.id, 0);
                if n >= 2 {
                    event.occurred_on.date = event
                        .occurred_on
                        .date
                        .map(|date| date + chrono::Duration::days(i64::from(n) * 3));
                }
                event
            })
            .collect()
    }

    fn input(offset: i64, key: Option<&str>, payload: Option<Vec<u8>>) -> InMessage {
        InMessage {
            position: Position {
                topic: "sitrep.events".into(),
                partition: 0,
                offset,
            },
            key: key.map(|k| k.as_bytes().to_vec()),
            payload,
            headers: vec![],
            timestamp_ms: Some(1_700_000_000_000),
        }
    }

    fn incidents_of(outputs: &[OutMessage]) -> Vec<Option<Incident>> {
        outputs
            .iter()
            .map(|m| {
                assert_eq!(m.topic, "sitrep.incidents");
                (!m.tombstone).then(|| serde_json::from_slice(&m.payload).expect("incident json"))
            })
            .collect()
    }

    #[test]
    fn events_become_incidents_and_a_withdrawal_retires_them() {
        let events = sample_events();
        assert!(!events.is_empty());
        let processor = IncidentProcessor::new(Topics::default(), IndexConfig::default());
        let mut ids = Vec::new();
        for (offset, event) in events.iter().enumerate() {
            let payload = serde_json::to_vec(event).expect("json");
            let processed = processor
                .process(&input(
                    offset as i64,
                    Some(event.id.as_str()),
                    Some(payload.clone()),
                ))
                .expect("processed");
            let records = incidents_of(&processed.outputs);
            assert_eq!(records.len(), 1, "one record per new event");
            let record = records[0].clone().expect("an upsert");
            assert!(record.reports.iter().any(|r| r.event_id == event.id));
            ids.push(record.id);
            // The same event again changes nothing.
            let again = processor
                .process(&input(
                    offset as i64,
                    Some(event.id.as_str()),
                    Some(payload),
                ))
                .expect("processed");
            assert!(again.outputs.is_empty());
        }
        assert_eq!(ids[0], ids[1], "two outlets, one incident");
        assert_eq!(processor.num_in_window(), 4);
        let shared = processor.incident(&ids[0]).expect("in memory");
        assert_eq!(
            (shared.num_reports, shared.num_sources, shared.revision),
            (2, 2, 2)
        );
        // Withdrawing one report updates the incident; withdrawing the other retires it.
        for (offset, event) in events[..2].iter().enumerate() {
            let processed = processor
                .process(&input(
                    (events.len() + offset) as i64,
                    Some(event.id.as_str()),
                    None,
                ))
                .expect("withdrawal");
            let records = incidents_of(&processed.outputs);
            assert_eq!(records.len(), 1);
            if offset == 0 {
                let record = records[0].clone().expect("an upsert");
                assert_eq!((record.num_reports, record.revision), (1, 3));
            } else {
                assert_eq!(
                    records[0], None,
                    "an incident left without reports is retired"
                );
                assert_eq!(processed.outputs[0].key.as_deref(), Some(ids[0].as_str()));
            }
        }
        assert_eq!(processor.num_in_window(), 3);
    }

    #[test]
    fn incident_records_are_cloudevents_of_their_own_type_and_retirements_are_not() {
        let header = |message: &OutMessage, name: &str| {
            message
                .headers
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        };
        let processor = IncidentProcessor::new(Topics::default(), IndexConfig::default());
        let event = sample_events().remove(0);
        let payload = serde_json::to_vec(&event).expect("json");
        let processed = processor
            .process(&input(0, Some(event.id.as_str()), Some(payload)))
            .expect("processed");
        let record = &processed.outputs[0];
        let incident: Incident = serde_json::from_slice(&record.payload).expect("incident");
        assert_eq!(header(record, "ce_specversion").as_deref(), Some("1.0"));
        assert_eq!(
            header(record, "ce_type").as_deref(),
            Some("io.sitrep.incident_record.v1")
        );
        assert_eq!(
            header(record, "ce_source").as_deref(),
            Some("/sitrep/incidents")
        );
        assert_eq!(
            header(record, "ce_id"),
            Some(format!("{}:{}", incident.id, incident.revision))
        );
        assert_eq!(
            header(record, "ce_subject").as_deref(),
            Some(incident.id.as_str())
        );
        assert_eq!(
            header(record, "ce_time"),
            Some(
                incident
                    .updated_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            )
        );
        let retired = processor
            .process(&input(1, Some(event.id.as_str()), None))
            .expect("withdrawal");
        assert!(retired.outputs[0].tombstone);
        assert_eq!(header(&retired.outputs[0], "ce_type"), None);
    }

    #[test]
    fn bad_input_is_rejected_not_fatal() {
        let processor = IncidentProcessor::new(Topics::default(), IndexConfig::default());
        let bad_json = processor.process(&input(0, Some("x"), Some(b"{not json".to_vec())));
        assert_eq!(
            bad_json.expect_err("rejected").kind,
            RejectionKind::InvalidJson
        );
        let bad_key = processor.process(&input(1, Some("not-an-id"), None));
        assert_eq!(
            bad_key.expect_err("rejected").kind,
            RejectionKind::InvalidRetraction
        );
        let mut event = sample_events().remove(0);
        event.status = Status::Historical;
        let payload = serde_json::to_vec(&event).expect("json");
        let historical = processor.process(&input(2, None, Some(payload)));
        assert_eq!(
            historical.expect_err("rejected").kind,
            RejectionKind::NotOccurred
        );
    }

    #[test]
    fn the_index_is_rebuilt_from_the_records_it_published() {
        let events = sample_events();
        let processor = IncidentProcessor::new(Topics::default(), IndexConfig::default());
        let mut published = Vec::new();
        for (offset, event) in events.iter().enumerate() {
            let payload = serde_json::to_vec(event).expect("json");
            let processed = processor
                .process(&input(offset as i64, None, Some(payload)))
                .expect("processed");
            for (n, message) in processed.outputs.into_iter().enumerate() {
                published.push(InMessage {
                    position: Position {
                        topic: "sitrep.incidents".into(),
                        partition: 0,
                        offset: (offset * 10 + n) as i64,
                    },
                    key: message.key.map(String::into_bytes),
                    payload: (!message.tombstone).then_some(message.payload),
                    headers: vec![],
                    timestamp_ms: None,
                });
            }
        }
        published.push(input(1000, Some("inc_garbage"), None));
        let (index, summary) = index_from_records(&published, IndexConfig::default());
        assert_eq!(summary.num_unreadable, 1);
        assert_eq!(index.len(), processor.num_in_window());
        let rebuilt = IncidentProcessor::new(Topics::default(), IndexConfig::default());
        rebuilt.lock().held.insert(
            0,
            Held {
                index,
                next_offset: 0,
            },
        );
        for (offset, event) in events.iter().enumerate() {
            let payload = serde_json::to_vec(event).expect("json");
            let processed = rebuilt
                .process(&input(offset as i64, None, Some(payload)))
                .expect("processed");
            assert!(processed.outputs.is_empty(), "a replay changes nothing");
        }
    }
}
