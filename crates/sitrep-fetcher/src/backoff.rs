//! When to poll a failing feed again: exponential backoff with a cap, spread by jitter,
//! and a server's `Retry-After` honoured. Pure functions of their inputs (the jitter is a
//! number the caller draws), so the schedule is testable without a clock.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// Exponential backoff: `base * 2^(failures - 1)`, capped at `max`. A feed is never given
/// up on: after many failures it is still polled every `max`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backoff {
    /// The wait after the first failure.
    pub base: Duration,
    /// The longest wait, however many failures.
    pub max: Duration,
    /// Each wait is shortened by up to this fraction (0.2 = a fifth), so feeds that failed
    /// together do not all come back in the same second; 0 keeps the waits exact.
    pub jitter_fraction: f64,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(60),
            max: Duration::from_secs(6 * 60 * 60),
            jitter_fraction: 0.2,
        }
    }
}

impl Backoff {
    /// The wait after `consecutive_failures` failures in a row (0 means none: no wait).
    /// `jitter` in `[0, 1]` takes off up to `jitter_fraction` of the wait.
    pub fn delay(&self, consecutive_failures: u32, jitter: f64) -> Duration {
        if consecutive_failures == 0 {
            return Duration::ZERO;
        }
        let exponent = (consecutive_failures - 1).min(32);
        let uncapped = self.base.saturating_mul(1u32 << exponent.min(31));
        let capped = uncapped.min(self.max);
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        capped.mul_f64(1.0 - self.jitter_fraction.clamp(0.0, 0.9) * jitter)
    }

    /// The wait after a failure: the backoff, or the server's `Retry-After` when it asks for
    /// longer (capped at `max`, so a hostile header cannot park a feed forever).
    pub fn delay_after_failure(
        &self,
        consecutive_failures: u32,
        retry_after: Option<Duration>,
        jitter: f64,
    ) -> Duration {
        let backoff = self.delay(consecutive_failures, jitter);
        match retry_after {
            Some(asked) => asked.min(self.max).max(backoff),
            None => backoff,
        }
    }
}

/// The wait a `Retry-After` header asks for: delay-seconds (`120`) or an HTTP date
/// (`Fri, 13 Mar 2020 00:05:00 GMT`), counted from `now`. A date in the past asks for none.
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = DateTime::parse_from_rfc2822(value)
        .ok()?
        .with_timezone(&Utc);
    Some((date - now).to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("a test date")
            .with_timezone(&Utc)
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let backoff = Backoff {
            base: Duration::from_secs(10),
            max: Duration::from_secs(300),
            jitter_fraction: 0.2,
        };
        let delays: Vec<u64> = (0..8)
            .map(|failures| backoff.delay(failures, 0.0).as_secs())
            .collect();
        assert_eq!(delays, [0, 10, 20, 40, 80, 160, 300, 300]);
        assert_eq!(backoff.delay(u32::MAX, 0.0), Duration::from_secs(300));
        assert_eq!(backoff.delay(1, 1.0), Duration::from_secs(8));
        assert_eq!(backoff.delay(1, f64::NAN), Duration::from_secs(10));
        assert_eq!(backoff.delay(1, 7.0), Duration::from_secs(8));
        let exact = Backoff {
            jitter_fraction: 0.0,
            ..backoff
        };
        assert_eq!(exact.delay(3, 1.0), Duration::from_secs(40), "no jitter");
    }

    #[test]
    fn retry_after_wins_when_longer_within_the_cap() {
        let backoff = Backoff {
            base: Duration::from_secs(10),
            max: Duration::from_secs(300),
            jitter_fraction: 0.2,
        };
        let delay = |retry_after: Option<u64>| {
            backoff
                .delay_after_failure(1, retry_after.map(Duration::from_secs), 0.0)
                .as_secs()
        };
        assert_eq!(delay(None), 10);
        assert_eq!(delay(Some(5)), 10);
        assert_eq!(delay(Some(120)), 120);
        assert_eq!(delay(Some(86_400)), 300);
    }

    #[test]
    fn parses_retry_after_headers() {
        let now = at("2020-03-13T00:00:00Z");
        let check = |value: &str, expected: Option<u64>| {
            assert_eq!(
                parse_retry_after(value, now).map(|d| d.as_secs()),
                expected,
                "{value:?}"
            );
        };
        check("120", Some(120));
        check(" 0 ", Some(0));
        check("Fri, 13 Mar 2020 00:05:00 GMT", Some(300));
        check("Thu, 12 Mar 2020 00:05:00 GMT", Some(0));
        check("-5", None);
        check("soon", None);
        check("", None);
    }
}
