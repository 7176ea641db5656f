//! `FeedState`: what the fetcher remembers about one feed between polls: the validators
//! for a conditional GET, the ids it already emitted with a fingerprint of the text each
//! had (a bounded FIFO window, so an entry whose text changes is emitted again), the
//! entry that carried each link first (so a later entry with that link is known to share
//! it), how many polls in a row failed, and its schedule (next poll, publication rate,
//! redirect, retired; see [`crate::schedule`]). It is serde data so the service can keep it in the compacted
//! `sitrep.fetcher.state` topic or a local file.

use std::collections::{HashMap, VecDeque};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sitrep_contract::{ItemId, RawItem};

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
    /// Neither validator: the next request is unconditional.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// What the fetcher keeps of one feed between polls and across restarts (written to the
/// state topic or file): validators, the entries emitted, failures, redirects, the
/// schedule and the last outcome.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeedState {
    /// Sent back on the next poll, so an unchanged feed answers 304.
    pub validators: Validators,
    emitted: EmittedIds,
    /// The links of entries read, each with the entry that carried it first, so an entry
    /// that comes later with another entry's link (alone in its document: a push, a feed
    /// that shows only its latest entry) is known to share it.
    linked: LinkOwners,
    /// Polls in a row that failed; 0 after a success. Drives backoff and parking.
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
    /// How many polls in a row ended at `redirect_candidate`.
    pub redirect_streak: u32,
    /// The server answered 410 Gone: not polled again until the configured URL changes.
    pub retired: bool,
    /// When the last poll started (for `sitrep feeds status`; absent from older states).
    pub last_attempt_at: Option<DateTime<Utc>>,
    /// How the last poll ended: `ok`, `empty`, `not_modified`, or the error kind.
    pub last_outcome: Option<String>,
    /// The last poll's error, one line with URLs masked; None after a success.
    pub last_error: Option<String>,
    /// Entries emitted over the feed's life (new and edited), polled or pushed.
    pub num_entries_emitted: u64,
    /// Whether the feed was subscribed to a WebSub hub at its last poll.
    pub websub_subscribed: bool,
}

/// A digest of the text an entry carries (title, summary, content), so a later poll can
/// tell that an entry it already emitted was edited. Never 0: 0 stands for "not known" in
/// states written before fingerprints were kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(u64);

impl Fingerprint {
    /// The fingerprint of an entry's text (title, summary, content).
    pub fn of(item: &RawItem) -> Self {
        let mut hasher = blake3::Hasher::new();
        for part in [&item.title, &item.summary, &item.content] {
            // A length before each part, so text moving between parts is a change too.
            let text = part.as_deref().unwrap_or_default();
            hasher.update(&(text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        let digest = hasher.finalize();
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(&digest.as_bytes()[..8]);
        Self(u64::from_le_bytes(bytes).max(1))
    }
}

/// What a polled entry is to the feed's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Novelty {
    /// Never emitted (or forgotten by the window): emit it.
    New,
    /// Emitted before with other text: emit it again, as an update.
    Edited,
    /// Emitted before with this text (or before fingerprints were kept): skip it.
    Seen,
}

impl FeedState {
    /// Records a poll whose items were all acknowledged downstream: `entries` are the
    /// ids and fingerprints of what was emitted, and may also hold entries that were
    /// skipped as seen (their fingerprint is then learnt where it was not known).
    pub fn record_success(
        &mut self,
        validators: Validators,
        entries: impl IntoIterator<Item = (ItemId, Fingerprint)>,
    ) {
        self.validators = validators;
        for (id, fingerprint) in entries {
            self.emitted.insert(&id, fingerprint.0);
        }
        self.consecutive_failures = 0;
    }

    /// Records the entries of a pushed document once its items are acknowledged. The
    /// validators and the failure count belong to polls and stay as they are.
    pub fn record_entries(&mut self, entries: impl IntoIterator<Item = (ItemId, Fingerprint)>) {
        for (id, fingerprint) in entries {
            self.emitted.insert(&id, fingerprint.0);
        }
    }

    /// Whether an entry with this id and text should be emitted.
    pub fn novelty(&self, id: &ItemId, fingerprint: Fingerprint) -> Novelty {
        match self.emitted.fingerprint(id) {
            None => Novelty::New,
            Some(known) if known != UNKNOWN && known != fingerprint.0 => Novelty::Edited,
            Some(_) => Novelty::Seen,
        }
    }

    /// Records how a poll ended, for the feed's health: `error` is one line, masked.
    pub fn record_outcome(&mut self, at: DateTime<Utc>, outcome: &str, error: Option<String>) {
        self.last_attempt_at = Some(at);
        self.last_outcome = Some(outcome.to_owned());
        self.last_error = error;
    }

    /// Counts entries emitted (after their items are acknowledged).
    pub fn count_emitted(&mut self, num_entries: usize) {
        self.num_entries_emitted = self
            .num_entries_emitted
            .saturating_add(u64::try_from(num_entries).unwrap_or(u64::MAX));
    }

    /// Records a failed poll; validators and emitted ids stay as they were.
    pub fn record_failure(&mut self) {
        self.consecutive_failures = self.consecutive_failures.saturating_add(1);
    }

    /// Records which entry carried each link first (a link already known keeps its
    /// first entry), once the items read with them are acknowledged.
    pub fn record_links<'a>(&mut self, links: impl IntoIterator<Item = (&'a str, &'a ItemId)>) {
        for (link, id) in links {
            self.linked.insert(link_bits(link), id_bits(id));
        }
    }

    /// Whether `link` was first carried by an entry other than `id`.
    pub fn link_is_anothers(&self, link: &str, id: &ItemId) -> bool {
        self.linked
            .owners
            .get(&link_bits(link))
            .is_some_and(|owner| *owner != id_bits(id))
    }

    /// Whether the entry `id` is in the window of entries emitted.
    pub fn has_emitted(&self, id: &ItemId) -> bool {
        self.emitted.fingerprint(id).is_some()
    }

    /// How many entries the window of entries emitted holds.
    pub fn num_emitted(&self) -> usize {
        self.emitted.order.len()
    }
}

/// The fingerprint of an id recorded before fingerprints were kept.
const UNKNOWN: u64 = 0;

/// Ids in insertion order with a map beside them to their fingerprints, each id held as
/// the 128 bits its 32 hex digits spell (a fifth of the memory of the string, twice
/// over), so a fetcher of 10,000 feeds keeps its windows in a few tens of MB. Serialized
/// as a list of `item_<hex>.<fingerprint hex>` (plain ids, as states before fingerprints
/// hold them, are read as fingerprint unknown).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
struct EmittedIds {
    order: VecDeque<u128>,
    fingerprints: HashMap<u128, u64>,
}

/// The id's hash as a number; ids are checked to be 32 lowercase hex digits.
fn id_bits(id: &ItemId) -> u128 {
    u128::from_str_radix(id.hex(), 16).unwrap_or_default()
}

impl EmittedIds {
    fn insert(&mut self, id: &ItemId, fingerprint: u64) {
        self.insert_bits(id_bits(id), fingerprint);
    }

    fn insert_bits(&mut self, bits: u128, fingerprint: u64) {
        if let Some(known) = self.fingerprints.get_mut(&bits) {
            if fingerprint != UNKNOWN {
                *known = fingerprint;
            }
            return;
        }
        self.fingerprints.insert(bits, fingerprint);
        self.order.push_back(bits);
        while self.order.len() > MAX_EMITTED_IDS {
            if let Some(oldest) = self.order.pop_front() {
                self.fingerprints.remove(&oldest);
            }
        }
    }

    fn fingerprint(&self, id: &ItemId) -> Option<u64> {
        self.fingerprints.get(&id_bits(id)).copied()
    }
}

/// A link's hash as a number.
fn link_bits(link: &str) -> u64 {
    let digest = blake3::hash(link.trim().as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest.as_bytes()[..8]);
    u64::from_le_bytes(bytes)
}

/// Link hashes in insertion order with the id of the entry that carried each first,
/// bounded like the emitted ids. Serialized as a list of `<16 hex>.<32 hex>`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
struct LinkOwners {
    order: VecDeque<u64>,
    owners: HashMap<u64, u128>,
}

impl LinkOwners {
    fn insert(&mut self, link: u64, owner: u128) {
        if self.owners.contains_key(&link) {
            return;
        }
        self.owners.insert(link, owner);
        self.order.push_back(link);
        while self.order.len() > MAX_EMITTED_IDS {
            if let Some(oldest) = self.order.pop_front() {
                self.owners.remove(&oldest);
            }
        }
    }
}

impl From<Vec<String>> for LinkOwners {
    fn from(entries: Vec<String>) -> Self {
        let mut linked = LinkOwners::default();
        for entry in &entries {
            let parsed = entry.split_once('.').and_then(|(link, owner)| {
                Some((
                    u64::from_str_radix(link, 16).ok()?,
                    u128::from_str_radix(owner, 16).ok()?,
                ))
            });
            if let Some((link, owner)) = parsed {
                linked.insert(link, owner);
            }
        }
        linked
    }
}

impl From<LinkOwners> for Vec<String> {
    fn from(linked: LinkOwners) -> Self {
        linked
            .order
            .iter()
            .filter_map(|link| {
                let owner = linked.owners.get(link)?;
                Some(format!("{link:016x}.{owner:032x}"))
            })
            .collect()
    }
}

/// One serialized entry: `item_<32 hex>` optionally followed by `.<16 hex>`; None when
/// it is neither (a damaged record loses that entry, not the feed's state).
fn parse_entry(entry: &str) -> Option<(u128, u64)> {
    let (id, fingerprint) = match entry.split_once('.') {
        Some((id, fingerprint)) => (id, u64::from_str_radix(fingerprint, 16).ok()?),
        None => (entry, UNKNOWN),
    };
    let id = ItemId::parse(id).ok()?;
    Some((id_bits(&id), fingerprint))
}

impl From<Vec<String>> for EmittedIds {
    fn from(entries: Vec<String>) -> Self {
        let mut emitted = EmittedIds::default();
        for (bits, fingerprint) in entries.iter().filter_map(|entry| parse_entry(entry)) {
            emitted.insert_bits(bits, fingerprint);
        }
        emitted
    }
}

impl From<EmittedIds> for Vec<String> {
    fn from(emitted: EmittedIds) -> Self {
        emitted
            .order
            .iter()
            .map(|bits| {
                let prefix = ItemId::PREFIX;
                match emitted.fingerprints.get(bits).copied().unwrap_or(UNKNOWN) {
                    UNKNOWN => format!("{prefix}{bits:032x}"),
                    fingerprint => format!("{prefix}{bits:032x}.{fingerprint:016x}"),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use sitrep_contract::{EntryKey, FeedId};

    use super::*;

    fn id(n: usize) -> ItemId {
        ItemId::for_entry(&FeedId::for_feed("f"), EntryKey::Guid(&n.to_string()))
    }

    /// Entries `ids` with a fingerprint of the text `version` of each.
    fn entries(
        ids: impl IntoIterator<Item = usize>,
        version: u64,
    ) -> impl Iterator<Item = (ItemId, Fingerprint)> {
        ids.into_iter()
            .map(move |n| (id(n), Fingerprint(version * 1_000_000 + n as u64 + 1)))
    }

    #[test]
    fn a_link_belongs_to_the_entry_that_carried_it_first_also_after_a_restart() {
        let mut state = FeedState::default();
        state.record_links([("https://x.example/live", &id(1))]);
        state.record_links([("https://x.example/live", &id(2))]);
        let state: FeedState =
            serde_json::from_str(&serde_json::to_string(&state).expect("json")).expect("state");
        assert!(!state.link_is_anothers("https://x.example/live", &id(1)));
        assert!(state.link_is_anothers("https://x.example/live", &id(2)));
        assert!(!state.link_is_anothers("https://x.example/other", &id(2)));
        // A state written before links were kept reads as knowing none.
        let old: FeedState = serde_json::from_str("{}").expect("state");
        assert!(!old.link_is_anothers("https://x.example/live", &id(2)));
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
        state.record_success(validators.clone(), entries([1, 2, 1], 0));
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
        state.record_success(Validators::default(), entries(0..MAX_EMITTED_IDS + 5, 0));
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
            entries([1, 2], 0),
        );
        state.record_failure();
        let json = serde_json::to_string(&state).expect("serializes");
        let back: FeedState = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, state);
        assert!(back.has_emitted(&id(2)));
        let empty: FeedState = serde_json::from_str("{}").expect("missing fields default");
        assert_eq!(empty, FeedState::default());
    }

    #[test]
    fn an_entry_is_new_then_seen_then_edited_when_its_text_changes() {
        let mut state = FeedState::default();
        let first = entries([1], 0).next().expect("one entry");
        assert_eq!(state.novelty(&first.0, first.1), Novelty::New);
        state.record_success(Validators::default(), [first.clone()]);
        assert_eq!(state.novelty(&first.0, first.1), Novelty::Seen);
        let edited = entries([1], 1).next().expect("one entry");
        assert_eq!(state.novelty(&edited.0, edited.1), Novelty::Edited);
        state.record_success(Validators::default(), [edited.clone()]);
        assert_eq!(state.novelty(&edited.0, edited.1), Novelty::Seen);
        assert_eq!(state.num_emitted(), 1);
    }

    #[test]
    fn a_state_from_before_fingerprints_skips_its_entries_and_learns_their_text() {
        let old = format!(r#"{{"emitted":["{}","{}"]}}"#, id(1), id(2));
        let mut state: FeedState = serde_json::from_str(&old).expect("an old state reads");
        let (one, text) = entries([1], 0).next().expect("one entry");
        // Unknown text is not taken for an edit: an upgrade re-emits nothing.
        assert_eq!(state.novelty(&one, text), Novelty::Seen);
        state.record_success(Validators::default(), [(one.clone(), text)]);
        let (_, edited) = entries([1], 1).next().expect("one entry");
        assert_eq!(state.novelty(&one, edited), Novelty::Edited);
        assert!(state.has_emitted(&id(2)));
    }

    #[test]
    fn damaged_window_entries_are_dropped_and_the_rest_kept() {
        let json = format!(
            r#"{{"emitted":["junk","{}.zz","{}.00000000000000ab"]}}"#,
            id(1),
            id(2)
        );
        let state: FeedState = serde_json::from_str(&json).expect("reads");
        assert_eq!(state.num_emitted(), 1);
        assert!(state.has_emitted(&id(2)) && !state.has_emitted(&id(1)));
    }

    #[test]
    fn the_fingerprint_follows_the_text_and_nothing_else() {
        let item = |title: &str, summary: Option<&str>, fetched_secs: i64| RawItem {
            schema: RawItem::SCHEMA.into(),
            id: id(1),
            feed: sitrep_contract::FeedRef {
                id: FeedId::for_feed("f"),
                url: "https://example.org/feed".into(),
                name: None,
            },
            fetched_at: chrono::DateTime::from_timestamp(fetched_secs, 0).expect("a time"),
            guid: Some("1".into()),
            link: None,
            title: Some(title.into()),
            summary: summary.map(str::to_owned),
            content: None,
            published: None,
            updated: None,
            authors: Vec::new(),
            categories: Vec::new(),
            language: None,
            truncated: Vec::new(),
            shared_link: false,
            repaired: Vec::new(),
        };
        let a = Fingerprint::of(&item("Strike kills 3", Some("text"), 0));
        assert_eq!(
            a,
            Fingerprint::of(&item("Strike kills 3", Some("text"), 99))
        );
        assert_ne!(a, Fingerprint::of(&item("Strike kills 5", Some("text"), 0)));
        // Text moved from the summary into the title is still a change.
        assert_ne!(
            Fingerprint::of(&item("ab", None, 0)),
            Fingerprint::of(&item("a", Some("b"), 0))
        );
    }
}
