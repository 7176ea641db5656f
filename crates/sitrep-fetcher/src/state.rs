//! `FeedState`: what the fetcher remembers about one feed between polls: the validators
//! for a conditional GET, the ids it already emitted (a bounded FIFO window), how many
//! polls in a row failed, and its schedule (next poll, publication rate, redirect, retired;
//! see [`crate::schedule`]). It is serde data so the service can keep it in the compacted
//! `sitrep.fetcher.state` topic or a local file.

use std::collections::{HashSet, VecDeque};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sitrep_contract::ItemId;

/// How many emitted ids a feed remembers; the oldest are forgotten first. Far more than a
/// feed document holds (see `FetchLimits::max_entries`), so an entry still in the document
/// is never forgotten.
pub const MAX_EMITTED_IDS: usize = 10_000;

/// HTTP validators from the last successful fetch, sent back as a conditional GET.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    /// The `ETag` header as sent (sent back in `If-None-Match`).
    pub etag: Option<String>,
    /// The `Last-Modified` header as sent (sent back in `If-Modified-Since`).
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeedState {
    pub validators: Validators,
    emitted: EmittedIds,
    pub consecutive_failures: u32,
    /// The configured URL this state was built for; a different one in the config resets
    /// the redirect and the retirement (see [`FeedState::reconcile`]).
    pub configured_url: Option<String>,
    /// When the feed is due next; None means now.
    pub next_poll_at: Option<DateTime<Utc>>,
    /// When the last successful poll ended.
    pub last_success_at: Option<DateTime<Utc>>,
    /// Estimated seconds between two entries the feed publishes (moving average).
    pub publish_gap_secs: Option<f64>,
    /// A permanent redirect target adopted after being seen consistently: polled instead
    /// of the configured URL.
    pub adopted_url: Option<String>,
    /// A permanent redirect target seen on the last `redirect_streak` polls in a row.
    pub redirect_candidate: Option<String>,
    pub redirect_streak: u32,
    /// The server answered 410 Gone: not polled again until the configured URL changes.
    pub retired: bool,
}

impl FeedState {
    /// Records a poll whose items were all acknowledged downstream.
    pub fn record_success(
        &mut self,
        validators: Validators,
        emitted: impl IntoIterator<Item = ItemId>,
    ) {
        self.validators = validators;
        for id in emitted {
            self.emitted.insert(&id);
        }
        self.consecutive_failures = 0;
    }

    /// Records a failed poll; validators and emitted ids stay as they were.
    pub fn record_failure(&mut self) {
        self.consecutive_failures = self.consecutive_failures.saturating_add(1);
    }

    pub fn has_emitted(&self, id: &ItemId) -> bool {
        self.emitted.contains(id)
    }

    pub fn num_emitted(&self) -> usize {
        self.emitted.order.len()
    }
}

/// Ids in insertion order with a set beside them for lookups, each held as the 128 bits
/// its 32 hex digits spell (a fifth of the memory of the string, twice over), so a
/// fetcher of 10,000 feeds keeps its windows in a few tens of MB. Serialized as the list
/// of ids.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<ItemId>", into = "Vec<ItemId>")]
struct EmittedIds {
    order: VecDeque<u128>,
    set: HashSet<u128>,
}

/// The id's hash as a number; ids are checked to be 32 lowercase hex digits.
fn id_bits(id: &ItemId) -> u128 {
    u128::from_str_radix(id.hex(), 16).unwrap_or_default()
}

fn id_from_bits(bits: u128) -> Option<ItemId> {
    ItemId::parse(&format!("{}{bits:032x}", ItemId::PREFIX)).ok()
}

impl EmittedIds {
    fn insert(&mut self, id: &ItemId) {
        let bits = id_bits(id);
        if !self.set.insert(bits) {
            return;
        }
        self.order.push_back(bits);
        while self.order.len() > MAX_EMITTED_IDS {
            if let Some(oldest) = self.order.pop_front() {
                self.set.remove(&oldest);
            }
        }
    }

    fn contains(&self, id: &ItemId) -> bool {
        self.set.contains(&id_bits(id))
    }
}

impl From<Vec<ItemId>> for EmittedIds {
    fn from(ids: Vec<ItemId>) -> Self {
        let mut emitted = EmittedIds::default();
        for id in &ids {
            emitted.insert(id);
        }
        emitted
    }
}

impl From<EmittedIds> for Vec<ItemId> {
    fn from(emitted: EmittedIds) -> Self {
        emitted.order.into_iter().filter_map(id_from_bits).collect()
    }
}

#[cfg(test)]
mod tests {
    use sitrep_contract::{EntryKey, FeedId};

    use super::*;

    fn id(n: usize) -> ItemId {
        ItemId::for_entry(&FeedId::for_feed("f"), EntryKey::Guid(&n.to_string()))
    }

    #[test]
    fn success_records_ids_and_validators_and_resets_failures() {
        let mut state = FeedState::default();
        state.record_failure();
        state.record_failure();
        assert_eq!(state.consecutive_failures, 2);
        let validators = Validators {
            etag: Some("\"v1\"".into()),
            last_modified: None,
        };
        state.record_success(validators.clone(), [id(1), id(2), id(1)]);
        assert!(
            state.has_emitted(&id(1)) && state.has_emitted(&id(2)) && !state.has_emitted(&id(3))
        );
        assert_eq!(state.num_emitted(), 2);
        assert_eq!(state.validators, validators);
        assert_eq!(state.consecutive_failures, 0);
    }

    #[test]
    fn the_window_forgets_the_oldest_first() {
        let mut state = FeedState::default();
        state.record_success(Validators::default(), (0..MAX_EMITTED_IDS + 5).map(id));
        assert_eq!(state.num_emitted(), MAX_EMITTED_IDS);
        assert!(!state.has_emitted(&id(4)));
        assert!(state.has_emitted(&id(5)));
        assert!(state.has_emitted(&id(MAX_EMITTED_IDS + 4)));
    }

    #[test]
    fn round_trips_through_json() {
        let mut state = FeedState::default();
        state.record_success(
            Validators {
                etag: Some("e".into()),
                last_modified: Some("d".into()),
            },
            [id(1), id(2)],
        );
        state.record_failure();
        let json = serde_json::to_string(&state).expect("serializes");
        let back: FeedState = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, state);
        assert!(back.has_emitted(&id(2)));
        let empty: FeedState = serde_json::from_str("{}").expect("missing fields default");
        assert_eq!(empty, FeedState::default());
    }
}
