//! Which feeds this fetcher replica polls.
//!
//! Replicas share the feed list through Kafka's group membership: they form one consumer
//! group on the state topic, and a feed belongs to partition
//! `partition_of(feed id, num_partitions)` of it (its state records are written there
//! too). A replica polls the feeds of the partitions the group assigned it, re-reading
//! its assignment on every scheduling pass; when a replica leaves or dies, the group
//! hands its partitions, and so its feeds, to the others. On the in-process bus there is
//! one replica and it owns every feed.

use std::collections::BTreeSet;
use std::sync::Arc;

use futures::future::FutureExt as _;
use sitrep_contract::FeedId;
use sitrep_transport::{Consumer, TransportError};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::consumer_trouble::{ConsumerTrouble, Reaction};

/// The state-topic partition a feed belongs to: a stable function of its id (the first
/// 8 hex digits of the id's hash), the same in every replica and every version.
pub fn partition_of(feed_id: &FeedId, num_partitions: i32) -> i32 {
    let hex = feed_id.hex();
    let prefix = hex.get(..8).unwrap_or(hex);
    let hash = u32::from_str_radix(prefix, 16).unwrap_or_else(|_| {
        // Not hex (cannot happen for ids we make): fall back to FNV-1a of the text.
        feed_id.as_str().bytes().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        })
    });
    (hash % num_partitions.max(1) as u32) as i32
}

pub enum Ownership {
    /// Every feed: the only fetcher (in-process bus).
    All,
    /// The feeds of the state-topic partitions this member of the group owns.
    Group {
        consumer: Arc<dyn Consumer>,
        topic: String,
        num_partitions: i32,
    },
}

/// The partitions owned at one moment; None means all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Owned(Option<BTreeSet<i32>>);

impl Owned {
    pub fn all() -> Self {
        Owned(None)
    }

    pub fn partitions(partitions: impl IntoIterator<Item = i32>) -> Self {
        Owned(Some(partitions.into_iter().collect()))
    }

    pub fn contains(&self, partition: i32) -> bool {
        self.0.as_ref().is_none_or(|set| set.contains(&partition))
    }

    /// Partitions in `self` that `before` did not have.
    pub fn gained_since(&self, before: &Owned) -> Vec<i32> {
        match (&self.0, &before.0) {
            (Some(now), Some(before)) => now.difference(before).copied().collect(),
            (Some(now), None) => now.iter().copied().collect(),
            (None, _) => Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_some_and(BTreeSet::is_empty)
    }
}

impl Ownership {
    pub fn num_partitions(&self) -> i32 {
        match self {
            Ownership::All => 1,
            Ownership::Group { num_partitions, .. } => *num_partitions,
        }
    }

    pub fn partition_of(&self, feed_id: &FeedId) -> i32 {
        match self {
            Ownership::All => 0,
            Ownership::Group { num_partitions, .. } => partition_of(feed_id, *num_partitions),
        }
    }

    /// The partitions owned now.
    pub(crate) fn owned(&self) -> Result<Owned, TransportError> {
        match self {
            Ownership::All => Ok(Owned::all()),
            Ownership::Group {
                consumer, topic, ..
            } => Ok(Owned::partitions(
                consumer
                    .assignment()?
                    .into_iter()
                    .filter(|(assigned, _)| assigned == topic)
                    .map(|(_, partition)| partition),
            )),
        }
    }

    /// Keeps the group membership alive: a Kafka consumer joins, rebalances and heartbeats
    /// only while it is polled. The records it reads (state written by any replica) are
    /// not needed: state is read with `read_all` when partitions are gained.
    pub(crate) fn keep_membership(&self, shutdown: CancellationToken) -> Option<JoinHandle<()>> {
        let Ownership::Group { consumer, .. } = self else {
            return None;
        };
        let consumer = consumer.clone();
        Some(tokio::spawn(async move {
            // Errors are taken as the stage loop takes them: reports of the connection
            // never pause this loop, so a rebalance queued behind them is served at once.
            let mut trouble = ConsumerTrouble::new("fetcher group membership");
            loop {
                let received = tokio::select! {
                    () = shutdown.cancelled() => break,
                    received = consumer.recv() => received,
                };
                let error = match received {
                    Ok(_) => {
                        trouble.on_message();
                        continue;
                    }
                    Err(error) => error,
                };
                match trouble.on_error(&error) {
                    Reaction::Continue => {}
                    Reaction::Fail => break,
                    Reaction::Pause(pause) => {
                        tokio::select! {
                            () = shutdown.cancelled() => break,
                            () = tokio::time::sleep(pause) => {}
                        }
                        // What queued up meanwhile, up to the first record.
                        let mut fatal = false;
                        while let Some(received) = consumer.recv().now_or_never() {
                            match received {
                                Ok(_) => {
                                    trouble.on_message();
                                    break;
                                }
                                Err(error) => {
                                    fatal = trouble.note(&error);
                                    if fatal {
                                        break;
                                    }
                                }
                            }
                        }
                        if fatal {
                            break;
                        }
                    }
                }
            }
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_are_stable_and_spread() {
        let ids: Vec<FeedId> = (0..1000)
            .map(|n| FeedId::for_feed(&format!("https://example.org/{n}")))
            .collect();
        let mut counts = [0usize; 3];
        for id in &ids {
            let partition = partition_of(id, 3);
            assert_eq!(partition, partition_of(id, 3), "stable");
            counts[partition as usize] += 1;
        }
        assert!(counts.iter().all(|c| *c > 250), "{counts:?}");
        assert_eq!(partition_of(&ids[0], 1), 0);
        assert_eq!(partition_of(&ids[0], 0), 0, "no partitions counts as one");
        // Fixed by the id alone: a change here would move every feed on upgrade.
        let id = FeedId::for_feed("reuters-world");
        let hex = &id.as_str()[5..13];
        let expected = (u32::from_str_radix(hex, 16).expect("hex") % 12) as i32;
        assert_eq!(partition_of(&id, 12), expected);
    }

    #[test]
    fn owned_partitions_tell_what_was_gained() {
        let before = Owned::partitions([0]);
        let now = Owned::partitions([0, 2]);
        assert_eq!(now.gained_since(&before), [2]);
        assert!(now.contains(2) && !now.contains(1));
        assert!(Owned::all().contains(7));
        assert!(Owned::partitions([]).is_empty());
        assert_eq!(
            Owned::partitions([1]).gained_since(&Owned::partitions([])),
            [1]
        );
    }
}
