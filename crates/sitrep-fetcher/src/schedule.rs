//! When each feed is polled next, as pure functions of its [`FeedState`], the outcome of
//! its last poll and an explicit `now`. The service loop draws the jitter and reads the
//! clock; everything here is testable without either.
//!
//! - A feed with its own `poll_interval_secs` is polled at that interval.
//! - Other feeds adapt: the interval follows a moving average of the gap between the
//!   entries the feed actually publishes, within `[min_interval, max_interval]`, so a busy
//!   wire is polled often and a quiet blog rarely.
//! - Every interval is spread by jitter (± `jitter_fraction`), so feeds configured together
//!   do not all fall due in the same second.
//! - A failure waits out an exponential backoff with a cap, or the server's `Retry-After`
//!   when it asks for longer. A feed is never given up on for failing.
//! - A permanent redirect (301/308) is adopted only after `redirect_adopt_after` polls in a
//!   row ended at the same target: one hijacked answer cannot capture a feed.
//! - 410 Gone retires a feed until its configured URL changes.

use std::time::Duration;

use chrono::{DateTime, Utc};
use url::Url;

use crate::{Backoff, FeedSpec, FeedState};

/// How feeds are scheduled; one for the whole fetcher.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulePolicy {
    /// Where an adaptive feed starts before its publication rate is known.
    pub default_interval: Duration,
    /// The shortest interval an adaptive feed is polled at.
    pub min_interval: Duration,
    /// The longest interval an adaptive feed is polled at.
    pub max_interval: Duration,
    /// Intervals are spread by up to this fraction either way (0.1 = ±10%).
    pub jitter_fraction: f64,
    /// The waits after failures.
    pub backoff: Backoff,
    /// Polls in a row that must end at the same permanent redirect before it is adopted.
    pub redirect_adopt_after: u32,
    /// Failures in a row after which a feed is parked: polled only every
    /// `parked_interval`, and flagged as parked; 0 parks no feed. A success unparks it.
    pub park_after_failures: u32,
    /// How often a parked feed is polled.
    pub parked_interval: Duration,
}

impl Default for SchedulePolicy {
    fn default() -> Self {
        Self {
            default_interval: Duration::from_secs(300),
            min_interval: Duration::from_secs(60),
            max_interval: Duration::from_secs(3600),
            jitter_fraction: 0.1,
            backoff: Backoff::default(),
            redirect_adopt_after: 3,
            park_after_failures: 10,
            parked_interval: Duration::from_secs(6 * 60 * 60),
        }
    }
}

/// Weight of the newest observation in the publication-gap average.
const GAP_SMOOTHING: f64 = 0.5;

/// What a redirect observation changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedirectChange {
    /// Nothing: no permanent redirect, or one already adopted.
    None,
    /// The target was seen `streak` times in a row, not yet enough to adopt it.
    Candidate {
        /// The redirect's final URL.
        target: String,
        /// Polls in a row that ended there.
        streak: u32,
    },
    /// The target is adopted: polled from now on instead of the configured URL.
    Adopted {
        /// The URL adopted.
        target: String,
    },
}

impl SchedulePolicy {
    /// The interval before jitter: the feed's own when configured, else the publication gap
    /// estimate within the bounds.
    pub fn interval(&self, state: &FeedState, pinned: Option<Duration>) -> Duration {
        if let Some(pinned) = pinned {
            return pinned;
        }
        let estimate = state
            .publish_gap_secs
            .filter(|secs| secs.is_finite() && *secs > 0.0)
            .map_or(self.default_interval, |secs| {
                Duration::from_secs_f64(secs.min(1e9))
            });
        estimate.clamp(self.min_interval, self.max_interval.max(self.min_interval))
    }

    /// `interval` spread by `jitter` drawn from `[0, 1]` (0.5 leaves it as it is).
    pub fn jittered(&self, interval: Duration, jitter: f64) -> Duration {
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let factor = 1.0 + self.jitter_fraction.clamp(0.0, 0.9) * (2.0 * jitter - 1.0);
        interval.mul_f64(factor)
    }

    /// Reschedules after a successful poll (200 or 304) that found `num_new` entries.
    /// Call after [`FeedState::record_success`] (or alone for a 304).
    pub fn after_success(
        &self,
        state: &mut FeedState,
        pinned: Option<Duration>,
        now: DateTime<Utc>,
        num_new: usize,
        jitter: f64,
    ) {
        if let Some(previous) = state.last_success_at {
            let elapsed = (now - previous).to_std().unwrap_or(Duration::ZERO);
            let elapsed = elapsed.as_secs_f64().max(1.0);
            // Nothing new within `elapsed`: the gap is at least that long, so lean longer.
            let sample = if num_new == 0 {
                elapsed * 2.0
            } else {
                elapsed / num_new as f64
            };
            let previous_gap = state
                .publish_gap_secs
                .unwrap_or(self.default_interval.as_secs_f64());
            let gap = (1.0 - GAP_SMOOTHING) * previous_gap + GAP_SMOOTHING * sample;
            let bounded = gap.clamp(
                self.min_interval.as_secs_f64(),
                self.max_interval
                    .as_secs_f64()
                    .max(self.min_interval.as_secs_f64()),
            );
            state.publish_gap_secs = Some(bounded);
        }
        state.consecutive_failures = 0;
        state.last_success_at = Some(now);
        let wait = self.jittered(self.interval(state, pinned), jitter);
        state.next_poll_at = Some(now + to_chrono(wait));
    }

    /// Reschedules after a failed poll. Call after [`FeedState::record_failure`].
    pub fn after_failure(
        &self,
        state: &mut FeedState,
        now: DateTime<Utc>,
        retry_after: Option<Duration>,
        jitter: f64,
    ) -> Duration {
        let mut wait = self.backoff.delay_after_failure(
            state.consecutive_failures.max(1),
            retry_after,
            jitter,
        );
        if self.is_parked(state) {
            wait = wait.max(self.jittered(self.parked_interval, jitter));
        }
        state.next_poll_at = Some(now + to_chrono(wait));
        wait
    }

    /// Whether `state`'s feed has failed `park_after_failures` times in a row (and is not
    /// retired, which is final anyway).
    pub fn is_parked(&self, state: &FeedState) -> bool {
        self.park_after_failures > 0
            && !state.retired
            && state.consecutive_failures >= self.park_after_failures
    }

    /// Records where a poll ended: `permanent_target` is the final URL when every hop was a
    /// 301 or 308, None when the poll was not redirected (or only temporarily).
    pub fn observe_redirect(
        &self,
        state: &mut FeedState,
        permanent_target: Option<&Url>,
    ) -> RedirectChange {
        let Some(target) = permanent_target.map(Url::to_string) else {
            state.redirect_candidate = None;
            state.redirect_streak = 0;
            return RedirectChange::None;
        };
        if state.redirect_candidate.as_deref() == Some(target.as_str()) {
            state.redirect_streak = state.redirect_streak.saturating_add(1);
        } else {
            state.redirect_candidate = Some(target.clone());
            state.redirect_streak = 1;
        }
        if state.redirect_streak >= self.redirect_adopt_after.max(1) {
            state.adopted_url = Some(target.clone());
            state.redirect_candidate = None;
            state.redirect_streak = 0;
            RedirectChange::Adopted { target }
        } else {
            RedirectChange::Candidate {
                target,
                streak: state.redirect_streak,
            }
        }
    }
}

impl FeedState {
    /// Fits the state to the feed as configured now: a state built for another URL keeps
    /// its emitted ids (the entries are the same) but loses its redirect and retirement.
    /// Returns whether anything was reset.
    pub fn reconcile(&mut self, feed: &FeedSpec) -> bool {
        // Kept as shown: the state topic holds no credentials.
        let shown = feed.shown_url();
        let configured = shown.as_str();
        match self.configured_url.as_deref() {
            Some(url) if url == configured => false,
            None => {
                self.configured_url = Some(configured.to_owned());
                false
            }
            Some(_) => {
                self.configured_url = Some(configured.to_owned());
                self.adopted_url = None;
                self.redirect_candidate = None;
                self.redirect_streak = 0;
                self.retired = false;
                self.next_poll_at = None;
                self.consecutive_failures = 0;
                true
            }
        }
    }

    /// The feed as it is polled: at its adopted redirect target, if any. Credentials
    /// follow the feed only to a target on its configured origin.
    pub fn poll_spec(&self, feed: &FeedSpec) -> FeedSpec {
        match self.adopted_url.as_deref().and_then(|u| Url::parse(u).ok()) {
            Some(url) => FeedSpec {
                credentials: if crate::fetcher::same_origin(&url, &feed.url) {
                    feed.credentials.clone()
                } else {
                    crate::FeedCredentials::default()
                },
                url,
                ..feed.clone()
            },
            None => feed.clone(),
        }
    }

    /// Whether the feed should be polled at `now`.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        !self.retired && self.next_poll_at.is_none_or(|at| at <= now)
    }

    /// The server said 410 Gone.
    pub fn retire(&mut self) {
        self.retired = true;
        self.next_poll_at = None;
    }

    /// Whether the feed is waiting out a failure.
    pub fn in_backoff(&self) -> bool {
        self.consecutive_failures > 0 && !self.retired
    }
}

fn to_chrono(duration: Duration) -> chrono::Duration {
    chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_600_000_000 + secs, 0).expect("a valid time")
    }

    fn policy() -> SchedulePolicy {
        SchedulePolicy {
            default_interval: Duration::from_secs(300),
            min_interval: Duration::from_secs(60),
            max_interval: Duration::from_secs(3600),
            jitter_fraction: 0.1,
            backoff: Backoff {
                base: Duration::from_secs(30),
                max: Duration::from_secs(1800),
                jitter_fraction: 0.2,
            },
            redirect_adopt_after: 3,
            park_after_failures: 0,
            parked_interval: Duration::from_secs(7200),
        }
    }

    fn feed(url: &str) -> FeedSpec {
        FeedSpec::new(url, Some("f"), None).expect("a feed")
    }

    /// Polls every `every` seconds (or when due, for None), finding `new` entries each
    /// time; returns the waits chosen.
    fn check_adaptive(every: Option<i64>, new: usize, polls: usize) -> Vec<i64> {
        let policy = policy();
        let mut state = FeedState::default();
        let mut now = at(0);
        (0..polls)
            .map(|_| {
                policy.after_success(&mut state, None, now, new, 0.5);
                let next = state.next_poll_at.expect("scheduled");
                let wait = (next - now).num_seconds();
                now = every.map_or(next, |every| now + chrono::Duration::seconds(every));
                wait
            })
            .collect()
    }

    #[test]
    fn a_new_feed_is_due_at_once_and_a_pinned_feed_keeps_its_interval() {
        let policy = policy();
        let mut state = FeedState::default();
        assert!(state.is_due(at(0)));
        policy.after_success(&mut state, Some(Duration::from_secs(20)), at(0), 5, 0.5);
        assert_eq!(
            state.next_poll_at,
            Some(at(20)),
            "pinned ignores the bounds"
        );
        assert!(!state.is_due(at(19)) && state.is_due(at(20)));
        policy.after_success(&mut state, Some(Duration::from_secs(20)), at(20), 0, 0.5);
        assert_eq!(state.next_poll_at, Some(at(40)));
    }

    #[test]
    fn adaptive_interval_follows_the_publication_rate_within_bounds() {
        // The first poll knows nothing yet: the default.
        assert_eq!(check_adaptive(None, 0, 1), [300]);
        // A busy wire (10 new entries every 5 minutes) goes down to the minimum.
        assert_eq!(check_adaptive(Some(300), 10, 6).last(), Some(&60));
        // A feed that never publishes drifts up to the maximum, never past it.
        let quiet = check_adaptive(None, 0, 12);
        assert!(quiet.windows(2).all(|w| w[0] <= w[1]), "{quiet:?}");
        assert_eq!(quiet.last(), Some(&3600));
        // One new entry per poll every 10 minutes settles at about 10 minutes.
        let steady = check_adaptive(Some(600), 1, 10);
        assert!(
            (590..=610).contains(steady.last().expect("a wait")),
            "{steady:?}"
        );
    }

    #[test]
    fn jitter_spreads_by_the_fraction_either_way() {
        let policy = policy();
        let check = |jitter: f64, expected: u64| {
            assert_eq!(
                policy.jittered(Duration::from_secs(100), jitter),
                Duration::from_secs(expected),
                "{jitter}"
            );
        };
        check(0.0, 90);
        check(0.5, 100);
        check(1.0, 110);
        check(f64::NAN, 100);
        check(9.0, 110);
    }

    #[test]
    fn a_feed_failing_often_enough_is_parked_until_a_success() {
        let parking = SchedulePolicy {
            park_after_failures: 3,
            ..policy()
        };
        let mut state = FeedState::default();
        let waits: Vec<(u64, bool)> = (0..4)
            .map(|_| {
                state.record_failure();
                let wait = parking
                    .after_failure(&mut state, at(0), None, 0.5)
                    .as_secs();
                (wait, parking.is_parked(&state))
            })
            .collect();
        assert_eq!(
            waits,
            [(27, false), (54, false), (7200, true), (7200, true)]
        );
        state.record_success(crate::state::Validators::default(), []);
        assert!(!parking.is_parked(&state), "a success unparks");
        let never = policy();
        let mut failing = FeedState::default();
        for _ in 0..99 {
            failing.record_failure();
        }
        assert!(!never.is_parked(&failing), "0 parks none");
    }

    #[test]
    fn failures_back_off_exponentially_to_a_cap_and_honour_retry_after() {
        let policy = policy();
        let mut state = FeedState::default();
        let waits: Vec<u64> = (0..9)
            .map(|_| {
                state.record_failure();
                policy.after_failure(&mut state, at(0), None, 0.0).as_secs()
            })
            .collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1800, 1800, 1800]);
        assert!(state.in_backoff() && !state.retired, "never abandoned");
        assert_eq!(state.next_poll_at, Some(at(1800)));

        let mut state = FeedState::default();
        state.record_failure();
        let wait = policy.after_failure(&mut state, at(0), Some(Duration::from_secs(600)), 0.0);
        assert_eq!(
            wait,
            Duration::from_secs(600),
            "Retry-After asks for longer"
        );
        let wait = policy.after_failure(&mut state, at(0), Some(Duration::from_secs(1)), 0.0);
        assert_eq!(
            wait,
            Duration::from_secs(30),
            "never sooner than the backoff"
        );

        policy.after_success(&mut state, None, at(700), 1, 0.5);
        assert_eq!(state.consecutive_failures, 0);
        assert!(!state.in_backoff());
    }

    #[test]
    fn a_permanent_redirect_is_adopted_only_when_seen_consistently() {
        let policy = policy();
        let mut state = FeedState::default();
        let new = Url::parse("https://new.example/rss").expect("url");
        let hijack = Url::parse("https://evil.example/rss").expect("url");
        let observe =
            |state: &mut FeedState, target: Option<&Url>| policy.observe_redirect(state, target);
        assert!(matches!(
            observe(&mut state, Some(&new)),
            RedirectChange::Candidate { streak: 1, .. }
        ));
        assert!(matches!(
            observe(&mut state, Some(&hijack)),
            RedirectChange::Candidate { streak: 1, .. }
        ));
        assert_eq!(observe(&mut state, None), RedirectChange::None);
        assert_eq!(
            state.redirect_streak, 0,
            "an interruption resets the streak"
        );
        observe(&mut state, Some(&new));
        observe(&mut state, Some(&new));
        assert_eq!(state.adopted_url, None);
        assert_eq!(
            observe(&mut state, Some(&new)),
            RedirectChange::Adopted {
                target: new.to_string()
            }
        );
        let configured = feed("https://old.example/rss");
        assert_eq!(state.poll_spec(&configured).url, new);
        assert_eq!(state.poll_spec(&configured).id, configured.id);
    }

    #[test]
    fn gone_retires_until_the_configured_url_changes() {
        let mut state = FeedState::default();
        let old = feed("https://old.example/rss");
        assert!(!state.reconcile(&old), "a new state takes the URL");
        state.retire();
        assert!(!state.is_due(at(1_000_000)));
        assert!(!state.reconcile(&old), "the same config keeps it retired");
        assert!(state.retired);
        state.adopted_url = Some("https://x.example/".into());
        assert!(state.reconcile(&feed("https://moved.example/rss")));
        assert!(!state.retired && state.adopted_url.is_none());
        assert!(state.is_due(at(0)));
    }
}
