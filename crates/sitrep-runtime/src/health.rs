//! What `/healthz` and `/readyz` answer.
//!
//! Alive means the process serves requests. Ready means the broker answered the last
//! probe, the topics exist, every hosted stage has started, every consumer takes part in
//! its group, and the process is not draining. A consumer takes part when it has
//! received its (possibly empty) share of partitions and, for no longer than
//! [`REBALANCE_GRACE`], has lost that share without getting a new one, been stuck in
//! the middle of a rebalance, or gone unpolled (its client delivers statistics only
//! while it is polled). A member left with no partitions because the group has more
//! members than partitions is ready: its rebalance is through.
//!
//! A background task probes the broker every few seconds, so readiness follows the
//! broker going away and coming back; it logs one line whenever readiness changes.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sitrep_transport::{Consumer, Membership, Transport};
use tokio_util::sync::CancellationToken;

#[derive(Default)]
pub struct Health {
    broker_ok: AtomicBool,
    draining: AtomicBool,
    num_stages_expected: AtomicUsize,
    num_stages_started: AtomicUsize,
    last_problem: std::sync::Mutex<Option<String>>,
    consumers: std::sync::Mutex<Vec<(String, Arc<dyn Consumer>)>>,
}

/// How long a consumer may be without its share of partitions, or in the middle of a
/// rebalance, before it counts as not ready: longer than a rebalance takes.
pub const REBALANCE_GRACE: Duration = Duration::from_secs(15);

/// Why `membership` (of consumer `name`) keeps the process from being ready at `now`.
pub fn membership_problem(name: &str, membership: &Membership, now: Instant) -> Option<String> {
    let secs = |since: Instant| now.saturating_duration_since(since).as_secs();
    if !membership.ever_joined {
        return Some(format!("{name}: waiting for its group assignment"));
    }
    if !membership.joined && now.saturating_duration_since(membership.changed_at) > REBALANCE_GRACE
    {
        return Some(format!(
            "{name}: holds no partitions since its group took them back {} s ago",
            secs(membership.changed_at)
        ));
    }
    if let Some(since) = membership.rebalancing_since {
        if now.saturating_duration_since(since) > REBALANCE_GRACE {
            return Some(format!("{name}: in a rebalance for {} s", secs(since)));
        }
    }
    if let Some(interval) = membership.statistics_interval {
        let last = membership
            .last_statistics_at
            .unwrap_or(membership.changed_at)
            .max(membership.changed_at);
        if now.saturating_duration_since(last) > (interval * 3).max(REBALANCE_GRACE) {
            return Some(format!(
                "{name}: its client has not been polled for {} s",
                secs(last)
            ));
        }
    }
    None
}

impl Health {
    pub fn new(num_stages_expected: usize) -> Arc<Self> {
        let health = Self::default();
        health
            .num_stages_expected
            .store(num_stages_expected, Ordering::Relaxed);
        Arc::new(health)
    }

    /// Readiness also requires that `consumer` (named `name` in reasons) takes part in
    /// its group.
    pub fn watch_consumer(&self, name: &str, consumer: Arc<dyn Consumer>) {
        self.consumers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((name.to_owned(), consumer));
    }

    pub fn stage_started(&self) {
        self.num_stages_started.fetch_add(1, Ordering::Relaxed);
    }

    pub fn set_draining(&self) {
        self.draining.store(true, Ordering::Relaxed);
    }

    fn set_probe(&self, result: Result<(), String>) {
        self.broker_ok.store(result.is_ok(), Ordering::Relaxed);
        *self.last_problem.lock().unwrap_or_else(|p| p.into_inner()) = result.err();
    }

    /// `Ok` when ready, else the reason it is not.
    pub fn readiness(&self) -> Result<(), String> {
        if self.draining.load(Ordering::Relaxed) {
            return Err("draining for shutdown".into());
        }
        if !self.broker_ok.load(Ordering::Relaxed) {
            let problem = self
                .last_problem
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone();
            return Err(problem.unwrap_or_else(|| "broker not probed yet".into()));
        }
        let started = self.num_stages_started.load(Ordering::Relaxed);
        let expected = self.num_stages_expected.load(Ordering::Relaxed);
        if started < expected {
            return Err(format!("{started} of {expected} stages started"));
        }
        let consumers = self.consumers.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let problems: Vec<String> = consumers
            .iter()
            .filter_map(|(name, consumer)| membership_problem(name, &consumer.membership(), now))
            .collect();
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        Ok(())
    }

    /// Probes the broker every `interval` until `shutdown`.
    pub async fn probe_loop(
        self: Arc<Self>,
        transport: Arc<dyn Transport>,
        topics: Vec<String>,
        interval: Duration,
        shutdown: CancellationToken,
    ) {
        let mut logged = Logged::Nothing;
        loop {
            let result = transport.probe(&topics).await.map_err(|e| e.to_string());
            if let Err(problem) = &result {
                tracing::debug!(problem = %problem, "broker probe failed");
            }
            self.set_probe(result);
            logged = logged.next(self.readiness());
            tokio::select! {
                () = shutdown.cancelled() => {
                    self.set_draining();
                    return;
                }
                () = tokio::time::sleep(interval) => {}
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
    /// Logs `readiness` if it differs from what was logged last.
    fn next(self, readiness: Result<(), String>) -> Logged {
        match (self, readiness) {
            (Logged::Ready, Ok(())) => Logged::Ready,
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
                Logged::Ready
            }
            (_, Ok(())) => {
                tracing::info!("ready");
                Logged::Ready
            }
            (
                Logged::NotReady {
                    reason: last,
                    since,
                    was_ready,
                },
                Err(reason),
            ) => {
                if reason != last && !same_kind(&reason, &last) {
                    tracing::warn!(reason = %reason, "not ready");
                }
                Logged::NotReady {
                    reason,
                    since,
                    was_ready,
                }
            }
            (before, Err(reason)) => {
                let was_ready = matches!(before, Logged::Ready);
                if was_ready {
                    tracing::warn!(reason = %reason, "not ready");
                } else {
                    tracing::info!(reason = %reason, "not ready yet");
                }
                Logged::NotReady {
                    reason,
                    since: Instant::now(),
                    was_ready,
                }
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
        }
    }

    #[test]
    fn a_member_is_ready_only_while_it_takes_part_in_its_group() {
        let start = Instant::now();
        let at = |secs: u64| start + Duration::from_secs(secs);
        let steady = joined_at(start);
        assert_eq!(membership_problem("normalizer", &steady, at(1)), None);

        let never = Membership {
            ever_joined: false,
            joined: false,
            ..steady
        };
        assert!(membership_problem("normalizer", &never, at(0)).is_some());

        // Revoked: fine during a rebalance, not ready once it lasts longer.
        let revoked = Membership {
            joined: false,
            num_partitions: 0,
            changed_at: at(10),
            last_statistics_at: Some(at(10)),
            ..steady
        };
        assert_eq!(membership_problem("normalizer", &revoked, at(12)), None);
        let problem = membership_problem("normalizer", &revoked, at(40)).expect("not ready");
        assert!(problem.contains("holds no partitions"), "{problem}");

        // Joined with nothing to hold (more members than partitions): ready.
        let idle = Membership {
            num_partitions: 0,
            ..steady
        };
        assert_eq!(membership_problem("normalizer", &idle, at(1)), None);

        let stuck = Membership {
            rebalancing_since: Some(at(5)),
            last_statistics_at: Some(at(60)),
            ..steady
        };
        let problem = membership_problem("normalizer", &stuck, at(60)).expect("not ready");
        assert!(problem.contains("in a rebalance for 55 s"), "{problem}");

        // Its client delivered nothing for a minute: nobody polls it.
        let unpolled = joined_at(start);
        let problem = membership_problem("fetcher", &unpolled, at(60)).expect("not ready");
        assert!(problem.contains("not been polled"), "{problem}");
    }

    #[test]
    fn readiness_lines_are_logged_on_changes_only() {
        let logged = Logged::Nothing.next(Err("waiting".into()));
        assert!(matches!(
            logged,
            Logged::NotReady {
                was_ready: false,
                ..
            }
        ));
        let logged = logged.next(Ok(()));
        assert!(matches!(logged, Logged::Ready));
        let logged = logged.next(Err("normalizer: in a rebalance for 16 s".into()));
        assert!(matches!(
            logged,
            Logged::NotReady {
                was_ready: true,
                ..
            }
        ));
        assert!(same_kind(
            "normalizer: in a rebalance for 16 s",
            "normalizer: in a rebalance for 21 s"
        ));
    }
}
