//! The fetcher's clock: the wall-clock time the scheduler works in (when a feed falls
//! due, when a host may be asked again, when a poll ended), read through tokio's clock.
//!
//! It is the wall-clock time at start plus the time tokio's clock has run since, so a test
//! that pauses tokio's clock (`#[tokio::test(start_paused = true)]`, `tokio::time::advance`)
//! decides both how long the scheduler sleeps and what time it is when it wakes: a feed
//! due in three seconds is polled exactly three seconds later, without the test waiting
//! three seconds. In service it follows the monotonic clock, so a step of the system clock
//! (an NTP correction) moves no feed's schedule.

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::time::Instant;

/// Wall-clock time anchored on tokio's clock. Cheap to copy; every copy tells the same time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Clock {
    /// Tokio's time when the clock started.
    origin: Instant,
    /// The wall-clock time then.
    wall_origin: DateTime<Utc>,
}

impl Clock {
    /// A clock that reads the wall-clock time now; later readings add what tokio's clock
    /// measured since.
    pub(crate) fn start() -> Clock {
        Clock {
            origin: Instant::now(),
            wall_origin: Utc::now(),
        }
    }

    /// The time now.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.at(Instant::now())
    }

    /// The wall-clock time of tokio's `instant` (one before the start is the start).
    fn at(&self, instant: Instant) -> DateTime<Utc> {
        let since_start = instant.saturating_duration_since(self.origin);
        self.wall_origin + chrono::Duration::from_std(since_start).unwrap_or(chrono::Duration::MAX)
    }

    /// How long from now until `at`; zero when it has passed.
    pub(crate) fn until(&self, at: DateTime<Utc>) -> Duration {
        (at - self.now()).to_std().unwrap_or(Duration::ZERO)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_time_moves_with_tokios_clock_and_only_with_it() {
        let clock = Clock::start();
        let started = clock.now();
        assert_eq!(clock.now(), started, "a paused clock stands still");
        tokio::time::advance(Duration::from_millis(2500)).await;
        assert_eq!(clock.now() - started, chrono::Duration::milliseconds(2500));
        let due = started + chrono::Duration::seconds(4);
        assert_eq!(clock.until(due), Duration::from_millis(1500));
        tokio::time::sleep(clock.until(due)).await;
        assert_eq!(clock.now(), due, "a sleep until a time wakes at that time");
        assert_eq!(clock.until(started), Duration::ZERO, "the past is due now");
    }
}
