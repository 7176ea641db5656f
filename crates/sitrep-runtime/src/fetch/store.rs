//! Where the per-feed state lives between runs.
//!
//! On Kafka: the compacted state topic, keyed by feed id, one record per poll, written
//! to the feed's partition (see `ownership`) after the poll's items are acknowledged and
//! read back with `read_all` at start and whenever partitions are gained (the last record
//! of a key wins). On the in-process bus: a JSON file written atomically every few
//! seconds and at shutdown, if one is configured; otherwise memory only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use sitrep_contract::headers::{self, TraceParent};
use sitrep_contract::FeedId;
use sitrep_fetcher::FeedState;
use sitrep_transport::{OutMessage, Producer, Transport, TransportError};

use std::sync::Arc;

/// The `sitrep-schema` header of state records.
pub const STATE_SCHEMA: &str = "sitrep.fetcher_state/v1";

pub type States = HashMap<FeedId, FeedState>;

pub enum StateStore {
    /// Kept in memory only: every run starts afresh.
    Memory,
    /// A JSON object `{feed id: state}` on disk.
    File { path: PathBuf },
    /// The compacted state topic.
    Topic {
        transport: Arc<dyn Transport>,
        topic: String,
    },
}

impl StateStore {
    /// Every state stored so far.
    pub async fn load(&self) -> Result<States, TransportError> {
        match self {
            StateStore::Memory => Ok(States::new()),
            StateStore::File { path } => Ok(load_file(path)),
            StateStore::Topic { transport, topic } => {
                let records = transport.read_all(topic).await?;
                Ok(fold_records(records))
            }
        }
    }

    /// Writes one feed's state to the topic (a no-op for the other stores, which save
    /// the whole map with [`StateStore::save_all`]). Resolves once it is durable.
    pub async fn write(
        &self,
        producer: &dyn Producer,
        feed_id: &FeedId,
        partition: i32,
        state: &FeedState,
    ) -> Result<(), TransportError> {
        let StateStore::Topic { topic, .. } = self else {
            return Ok(());
        };
        producer
            .send(state_message(topic, feed_id, partition, state)?)
            .await
    }

    /// Saves every state (the file store only).
    pub(crate) fn save_all(&self, states: &States) -> std::io::Result<()> {
        let StateStore::File { path } = self else {
            return Ok(());
        };
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let temporary = path.with_extension("json.tmp");
        let mut file = std::io::BufWriter::new(std::fs::File::create(&temporary)?);
        serde_json::to_writer(&mut file, states).map_err(std::io::Error::other)?;
        std::io::Write::flush(&mut file)?;
        drop(file);
        std::fs::rename(&temporary, path)
    }

    pub fn is_file(&self) -> bool {
        matches!(self, StateStore::File { .. })
    }
}

pub(crate) fn state_message(
    topic: &str,
    feed_id: &FeedId,
    partition: i32,
    state: &FeedState,
) -> Result<OutMessage, TransportError> {
    let payload = serde_json::to_vec(state).map_err(|e| TransportError::Encode {
        what: format!("state of {feed_id}"),
        error: e.to_string(),
    })?;
    let trace = TraceParent::rooted_at(feed_id.as_str());
    Ok(
        OutMessage::new(topic, Some(feed_id.as_str().to_owned()), payload)
            .with_header(headers::CONTENT_TYPE, headers::JSON)
            .with_header(headers::SCHEMA, STATE_SCHEMA)
            .with_header(headers::TRACEPARENT, trace.header_value())
            .with_partition(partition),
    )
}

/// The last state of each key; tombstones remove it, unreadable records are skipped.
pub fn fold_records(records: Vec<sitrep_transport::InMessage>) -> States {
    let mut states = States::new();
    for record in records {
        let Some(key) = record.key_text() else {
            continue;
        };
        let Ok(feed_id) = FeedId::parse(&key) else {
            tracing::warn!(
                key,
                "fetcher state record with a key that is not a feed id, skipped"
            );
            continue;
        };
        match record.payload.as_deref() {
            None => {
                states.remove(&feed_id);
            }
            Some(payload) => match serde_json::from_slice::<FeedState>(payload) {
                Ok(state) => {
                    states.insert(feed_id, state);
                }
                Err(error) => {
                    tracing::warn!(feed_id = %feed_id, error = %error, "unreadable fetcher state record, skipped");
                }
            },
        }
    }
    states
}

fn load_file(path: &Path) -> States {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return States::new(),
        Err(error) => {
            tracing::warn!(path = %path.display(), error = %error, "cannot read the fetcher state file, starting afresh");
            return States::new();
        }
    };
    match serde_json::from_reader::<_, States>(std::io::BufReader::new(file)) {
        Ok(states) => states,
        Err(error) => {
            tracing::warn!(path = %path.display(), error = %error, "unreadable fetcher state file, starting afresh");
            States::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_transport::{InMessage, Position};

    fn record(offset: i64, key: &str, payload: Option<&FeedState>) -> InMessage {
        InMessage {
            position: Position {
                topic: "s".into(),
                partition: 0,
                offset,
            },
            key: Some(key.as_bytes().to_vec()),
            payload: payload.map(|state| serde_json::to_vec(state).expect("json")),
            headers: Vec::new(),
            timestamp_ms: None,
        }
    }

    #[test]
    fn the_last_record_of_a_key_wins_and_tombstones_remove() {
        let a = FeedId::for_feed("a");
        let b = FeedId::for_feed("b");
        let mut first = FeedState::default();
        first.record_failure();
        let mut second = first.clone();
        second.record_failure();
        let states = fold_records(vec![
            record(0, a.as_str(), Some(&first)),
            record(1, b.as_str(), Some(&first)),
            record(2, a.as_str(), Some(&second)),
            record(3, b.as_str(), None),
            record(4, "not-a-feed", Some(&first)),
        ]);
        assert_eq!(states.len(), 1);
        assert_eq!(states[&a].consecutive_failures, 2);
    }

    #[test]
    fn the_file_store_round_trips_and_tolerates_a_missing_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = StateStore::File {
            path: dir.path().join("run/state.json"),
        };
        let loaded = futures::executor::block_on(store.load()).expect("load");
        assert!(loaded.is_empty());
        let mut states = States::new();
        let mut retired = FeedState::default();
        retired.retire();
        states.insert(FeedId::for_feed("a"), retired);
        store.save_all(&states).expect("save");
        let loaded = futures::executor::block_on(store.load()).expect("load");
        assert_eq!(loaded, states);
    }
}
