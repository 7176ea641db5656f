//! What `/healthz` and `/readyz` answer.
//!
//! Alive means the process serves requests. Ready means the broker answered the last
//! probe, the topics exist, every hosted stage has started, every consumer takes part in
//! its group and can reach a broker, and the process is not draining.
//!
//! A consumer takes part when it has received its (possibly empty) share of partitions
//! and, for no longer than [`REBALANCE_GRACE`], has had that share taken back without
//! getting a new one, been stuck in the middle of a rebalance, or gone unpolled (its
//! client delivers statistics only while it is polled). A member left with no partitions
//! because the group has more members than partitions is ready: its rebalance is through.
//!
//! Two things make a consumer not ready at once, without waiting for the probe: its
//! client saying every broker is down (librdkafka's "all brokers down" event, which
//! comes the moment the last connection drops), and the loss of its partitions (its
//! group session expired, so the group has moved on without it). The first lasts until
//! the client shows a broker connected again or a probe begun after its last report
//! succeeds; the second until the group gives it partitions again.
//!
//! A background task probes the broker every few seconds, and at once when a consumer
//! shows a broker back, so readiness follows the broker coming back; it re-reads
//! readiness whenever a consumer's state changes, and logs one line whenever readiness
//! changes (the same line goes to [`Health::changes`]).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sitrep_transport::{Consumer, Membership, Transport};
use tokio::sync::{broadcast, Notify};
use tokio_util::sync::CancellationToken;

pub struct Health {
    broker_ok: AtomicBool,
    draining: AtomicBool,
    num_stages_expected: AtomicUsize,
    num_stages_started: AtomicUsize,
    last_problem: std::sync::Mutex<Option<String>>,
    /// When the last probe that succeeded began.
    confirmed_at: std::sync::Mutex<Option<Instant>>,
    consumers: std::sync::Mutex<Vec<(String, Arc<dyn Consumer>)>>,
    /// Poked by the consumers when their state changes.
    consumer_changed: Arc<Notify>,
    changes: broadcast::Sender<Readiness>,
}

/// Readiness as one line tells it: `Ok` when ready, else the reason it is not.
pub type Readiness = Result<(), String>;

/// How long a consumer may be without its share of partitions, or in the middle of a
/// rebalance, before it counts as not ready: longer than a rebalance takes.
pub const REBALANCE_GRACE: Duration = Duration::from_secs(15);

/// How often the broker is probed while nothing else asks for a probe.
pub const PROBE_INTERVAL: Duration = Duration::from_secs(5);

/// The least time between two probes asked for by consumers' changes.
const MIN_PROBE_GAP: Duration = Duration::from_secs(1);

/// Why `membership` (of consumer `name`) keeps the process from being ready at `now`;
/// `confirmed_at` is when the last probe that succeeded began (a report of every broker
/// down made before that is over).
pub fn membership_problem(
    name: &str,
    membership: &Membership,
    now: Instant,
    confirmed_at: Option<Instant>,
) -> Option<String> {
    let secs = |since: Instant| now.saturating_duration_since(since).as_secs();
    let mut problems: Vec<String> = Vec::new();
    if let Some(since) = brokers_down_since(membership, confirmed_at) {
        problems.push(format!(
            "its client reports every broker down, for {} s",
            secs(since)
        ));
    }
    if !membership.ever_joined {
        problems.push("waiting for its group assignment".into());
    } else if let Some(lost_at) = membership.lost_at {
        problems.push(format!(
            "lost its partitions {} s ago (its group session expired), waiting to be given partitions again",
            secs(lost_at)
        ));
    } else if !membership.joined
        && now.saturating_duration_since(membership.changed_at) > REBALANCE_GRACE
    {
        problems.push(format!(
            "holds no partitions since its group took them back {} s ago",
            secs(membership.changed_at)
        ));
    }
    if let Some(since) = membership.rebalancing_since {
        if now.saturating_duration_since(since) > REBALANCE_GRACE {
            problems.push(format!("in a rebalance for {} s", secs(since)));
        }
    }
    if let Some(interval) = membership.statistics_interval {
        let last = membership
            .last_statistics_at
            .unwrap_or(membership.changed_at)
            .max(membership.changed_at);
        if now.saturating_duration_since(last) > (interval * 3).max(REBALANCE_GRACE) {
            problems.push(format!(
                "its client has not been polled for {} s",
                secs(last)
            ));
        }
    }
    (!problems.is_empty()).then(|| format!("{name}: {}", problems.join("; ")))
}

/// Since when the consumer's client has said every broker is down, unless a probe begun
/// after its last report succeeded.
fn brokers_down_since(membership: &Membership, confirmed_at: Option<Instant>) -> Option<Instant> {
    let since = membership.brokers_down_since?;
    let reported = membership.brokers_down_reported_at.unwrap_or(since);
    match confirmed_at {
        Some(confirmed) if confirmed > reported => None,
        _ => Some(since),
    }
}

impl Health {
    pub fn new(num_stages_expected: usize) -> Arc<Self> {
        let (changes, _) = broadcast::channel(64);
        Arc::new(Self {
            broker_ok: AtomicBool::new(false),
            draining: AtomicBool::new(false),
            num_stages_expected: AtomicUsize::new(num_stages_expected),
            num_stages_started: AtomicUsize::new(0),
            last_problem: std::sync::Mutex::new(None),
            confirmed_at: std::sync::Mutex::new(None),
            consumers: std::sync::Mutex::new(Vec::new()),
            consumer_changed: Arc::new(Notify::new()),
            changes,
        })
    }

    /// Readiness also requires that `consumer` (named `name` in reasons) takes part in
    /// its group and reaches a broker; its changes are read as they happen.
    pub fn watch_consumer(&self, name: &str, consumer: Arc<dyn Consumer>) {
        let changed = self.consumer_changed.clone();
        consumer.on_membership_change(Arc::new(move || changed.notify_one()));
        self.consumers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((name.to_owned(), consumer));
    }

    /// Every change of readiness from now on, as it is logged (by [`Health::probe_loop`]).
    pub fn changes(&self) -> broadcast::Receiver<Readiness> {
        self.changes.subscribe()
    }

    pub fn stage_started(&self) {
        self.num_stages_started.fetch_add(1, Ordering::Relaxed);
    }

    pub fn set_draining(&self) {
        self.draining.store(true, Ordering::Relaxed);
    }

    /// The result of a probe begun at `began`.
    fn set_probe(&self, began: Instant, result: Result<(), String>) {
        if result.is_ok() {
            *self.confirmed_at.lock().unwrap_or_else(|p| p.into_inner()) = Some(began);
        }
        self.broker_ok.store(result.is_ok(), Ordering::Relaxed);
        *self.last_problem.lock().unwrap_or_else(|p| p.into_inner()) = result.err();
    }

    fn confirmed_at(&self) -> Option<Instant> {
        *self.confirmed_at.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `Ok` when ready, else the reasons it is not. What the consumers say comes first:
    /// it is what they saw last, while the probe's answer may be seconds old; a failed
    /// probe's reason follows (a missing topic, say, which the consumers cannot tell).
    pub fn readiness(&self) -> Readiness {
        if self.draining.load(Ordering::Relaxed) {
            return Err("draining for shutdown".into());
        }
        let mut problems = self.consumer_problems();
        if !self.broker_ok.load(Ordering::Relaxed) {
            let problem = self
                .last_problem
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone();
            problems.push(problem.unwrap_or_else(|| "broker not probed yet".into()));
        }
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        let started = self.num_stages_started.load(Ordering::Relaxed);
        let expected = self.num_stages_expected.load(Ordering::Relaxed);
        if started < expected {
            return Err(format!("{started} of {expected} stages started"));
        }
        Ok(())
    }

    fn consumer_problems(&self) -> Vec<String> {
        let confirmed_at = self.confirmed_at();
        let consumers = self.consumers.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        consumers
            .iter()
            .filter_map(|(name, consumer)| {
                membership_problem(name, &consumer.membership(), now, confirmed_at)
            })
            .collect()
    }

    /// A consumer shows a broker back (none says every broker is down) while the last
    /// probe failed: a probe now confirms it.
    fn broker_back_unconfirmed(&self) -> bool {
        if self.broker_ok.load(Ordering::Relaxed) {
            return false;
        }
        let confirmed_at = self.confirmed_at();
        let consumers = self.consumers.lock().unwrap_or_else(|p| p.into_inner());
        !consumers.is_empty()
            && consumers.iter().all(|(_, consumer)| {
                brokers_down_since(&consumer.membership(), confirmed_at).is_none()
            })
    }

    /// Logs readiness if it changed since `logged`, and tells [`Health::changes`].
    fn observe(&self, logged: Logged) -> Logged {
        let (logged, change) = logged.next(self.readiness());
        if let Some(change) = change {
            // Nobody listening is fine.
            let _ = self.changes.send(change);
        }
        logged
    }

    /// Probes the broker every `interval` until `shutdown`, and sooner when a consumer
    /// shows a broker back; re-reads readiness whenever a consumer's state changes.
    pub async fn probe_loop(
        self: Arc<Self>,
        transport: Arc<dyn Transport>,
        topics: Vec<String>,
        interval: Duration,
        shutdown: CancellationToken,
    ) {
        let mut logged = Logged::Nothing;
        loop {
            let began = Instant::now();
            let probe = transport.probe(&topics);
            tokio::pin!(probe);
            // The consumers' changes are read while the probe waits for its answer.
            let result = loop {
                tokio::select! {
                    () = shutdown.cancelled() => {
                        self.set_draining();
                        return;
                    }
                    result = &mut probe => break result.map_err(|e| e.to_string()),
                    () = self.consumer_changed.notified() => logged = self.observe(logged),
                }
            };
            if let Err(problem) = &result {
                tracing::debug!(problem = %problem, "broker probe failed");
            }
            self.set_probe(began, result);
            logged = self.observe(logged);
            let next_probe = tokio::time::Instant::from_std(began) + interval;
            loop {
                tokio::select! {
                    () = shutdown.cancelled() => {
                        self.set_draining();
                        return;
                    }
                    () = tokio::time::sleep_until(next_probe) => break,
                    () = self.consumer_changed.notified() => {
                        logged = self.observe(logged);
                        if self.broker_back_unconfirmed() {
                            // Not more often than MIN_PROBE_GAP.
                            tokio::select! {
                                () = shutdown.cancelled() => {
                                    self.set_draining();
                                    return;
                                }
                                () = tokio::time::sleep_until(tokio::time::Instant::from_std(began) + MIN_PROBE_GAP) => {}
                            }
                            break;
                        }
                    }
                }
            }
        }
    }
}

/// What the last readiness line said, so that only changes are logged.
#[derive(Debug)]
enum Logged {
    Nothing,
    Ready,
    NotReady {
        reason: String,
        since: Instant,
        was_ready: bool,
    },
}

impl Logged {
    /// Logs `readiness` if it differs from what was logged last; returns what is logged
    /// now, and the readiness line's content when one was logged.
    fn next(self, readiness: Readiness) -> (Logged, Option<Readiness>) {
        match (self, readiness) {
            (Logged::Ready, Ok(())) => (Logged::Ready, None),
            (
                Logged::NotReady {
                    since, was_ready, ..
                },
                Ok(()),
            ) if was_ready => {
                tracing::info!(
                    not_ready_secs = since.elapsed().as_secs(),
                    "ready again, recovered"
                );
                (Logged::Ready, Some(Ok(())))
            }
            (_, Ok(())) => {
                tracing::info!("ready");
                (Logged::Ready, Some(Ok(())))
            }
            (
                Logged::NotReady {
                    reason: last,
                    since,
                    was_ready,
                },
                Err(reason),
            ) => {
                let change = (reason != last && !same_kind(&reason, &last)).then(|| {
                    tracing::warn!(reason = %reason, "not ready");
                    Err(reason.clone())
                });
                let logged = Logged::NotReady {
                    reason,
                    since,
                    was_ready,
                };
                (logged, change)
            }
            (before, Err(reason)) => {
                let was_ready = matches!(before, Logged::Ready);
                if was_ready {
                    tracing::warn!(reason = %reason, "not ready");
                } else {
                    tracing::info!(reason = %reason, "not ready yet");
                }
                let change = Some(Err(reason.clone()));
                let logged = Logged::NotReady {
                    reason,
                    since: Instant::now(),
                    was_ready,
                };
                (logged, change)
            }
        }
    }
}

/// Whether two reasons differ only in their figures (seconds, counts): the same state.
fn same_kind(a: &str, b: &str) -> bool {
    let strip = |text: &str| -> String { text.chars().filter(|c| !c.is_ascii_digit()).collect() };
    strip(a) == strip(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined_at(changed_at: Instant) -> Membership {
        Membership {
            joined: true,
            ever_joined: true,
            num_partitions: 2,
            changed_at,
            rebalancing_since: None,
            last_statistics_at: Some(changed_at),
            statistics_interval: Some(Duration::from_secs(1)),
            brokers_down_since: None,
            brokers_down_reported_at: None,
            lost_at: None,
        }
    }

    #[test]
    fn a_member_is_ready_only_while_it_takes_part_in_its_group() {
        let start = Instant::now();
        let at = |secs: u64| start + Duration::from_secs(secs);
        let problem =
            |membership: &Membership, now| membership_problem("normalizer", membership, now, None);
        let steady = joined_at(start);
        assert_eq!(problem(&steady, at(1)), None);

        let never = Membership {
            ever_joined: false,
            joined: false,
            ..steady
        };
        assert!(problem(&never, at(0)).is_some());

        // Revoked: fine during a rebalance, not ready once it lasts longer.
        let revoked = Membership {
            joined: false,
            num_partitions: 0,
            changed_at: at(10),
            last_statistics_at: Some(at(10)),
            ..steady
        };
        assert_eq!(problem(&revoked, at(12)), None);
        let reason = problem(&revoked, at(40)).expect("not ready");
        assert!(reason.contains("holds no partitions"), "{reason}");

        // Joined with nothing to hold (more members than partitions): ready.
        let idle = Membership {
            num_partitions: 0,
            ..steady
        };
        assert_eq!(problem(&idle, at(1)), None);

        let stuck = Membership {
            rebalancing_since: Some(at(5)),
            last_statistics_at: Some(at(60)),
            ..steady
        };
        let reason = problem(&stuck, at(60)).expect("not ready");
        assert!(reason.contains("in a rebalance for 55 s"), "{reason}");

        // Its client delivered nothing for a minute: nobody polls it.
        let unpolled = joined_at(start);
        let reason = membership_problem("fetcher", &unpolled, at(60), None).expect("not ready");
        assert!(reason.contains("not been polled"), "{reason}");
    }

    #[test]
    fn every_broker_down_and_a_lost_assignment_count_at_once_without_a_grace() {
        let start = Instant::now();
        let at = |secs: u64| start + Duration::from_secs(secs);
        let steady = joined_at(start);

        // The client's report: not ready the moment it is made, probe or no probe.
        let down = Membership {
            brokers_down_since: Some(at(10)),
            brokers_down_reported_at: Some(at(12)),
            last_statistics_at: Some(at(12)),
            ..steady
        };
        let reason =
            membership_problem("classifier", &down, at(12), Some(at(9))).expect("not ready");
        assert!(reason.contains("every broker down, for 2 s"), "{reason}");
        // A probe begun before the last report confirms nothing; one begun after it does.
        assert!(membership_problem("classifier", &down, at(13), Some(at(11))).is_some());
        assert_eq!(
            membership_problem("classifier", &down, at(13), Some(at(13))),
            None
        );

        // Partitions lost (the group session expired): not ready at once, with both
        // reasons while the brokers are still away, until partitions are given again.
        let lost = Membership {
            joined: false,
            num_partitions: 0,
            changed_at: at(20),
            lost_at: Some(at(20)),
            last_statistics_at: Some(at(20)),
            ..down
        };
        let reason = membership_problem("classifier", &lost, at(20), None).expect("not ready");
        assert!(
            reason.contains("every broker down") && reason.contains("lost its partitions"),
            "{reason}"
        );
        let back = Membership {
            brokers_down_since: None,
            brokers_down_reported_at: None,
            ..lost
        };
        let reason = membership_problem("classifier", &back, at(21), None).expect("not ready");
        assert!(
            reason.starts_with("classifier: lost its partitions 1 s ago"),
            "{reason}"
        );
    }

    #[test]
    fn readiness_lines_are_logged_on_changes_only() {
        let (logged, change) = Logged::Nothing.next(Err("waiting".into()));
        assert_eq!(change, Some(Err("waiting".into())));
        assert!(matches!(
            logged,
            Logged::NotReady {
                was_ready: false,
                ..
            }
        ));
        let (logged, change) = logged.next(Ok(()));
        assert_eq!(change, Some(Ok(())));
        assert!(matches!(logged, Logged::Ready));
        let (logged, change) = logged.next(Ok(()));
        assert_eq!(change, None);
        let (logged, change) = logged.next(Err("normalizer: in a rebalance for 16 s".into()));
        assert!(change.is_some());
        assert!(matches!(
            logged,
            Logged::NotReady {
                was_ready: true,
                ..
            }
        ));
        // The same state with other figures: no new line.
        let (logged, change) = logged.next(Err("normalizer: in a rebalance for 21 s".into()));
        assert_eq!(change, None);
        // Another state: a line.
        let (_, change) = logged.next(Err("normalizer: lost its partitions 0 s ago".into()));
        assert!(change.is_some());
    }
}
