//! Where a poll gets its feed's answer. In service that is always the HTTP fetcher
//! ([`sitrep_fetcher::Fetcher`], which also reads `file:` feeds); the scheduler's tests put
//! a scripted source in its place, so they can run the real scheduler on a paused clock,
//! where real sockets and virtual time do not mix (tokio moves a paused clock forward
//! whenever the runtime waits on I/O alone).

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use sitrep_fetcher::{FeedSpec, FeedState, FetchError, Fetcher, Polled};

/// Answers one poll of one feed, as [`Fetcher::poll_feed`] does: the entries `state` has not
/// emitted yet, or why the poll failed. It must not change anything the scheduler owns:
/// the poll task records the outcome in the feed's state.
pub trait FeedSource: Send + Sync {
    /// Polls `feed` at `now` (the scheduler's clock).
    fn poll_feed<'a>(
        &'a self,
        feed: &'a FeedSpec,
        state: &'a FeedState,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Polled, FetchError>>;
}

impl FeedSource for Fetcher {
    fn poll_feed<'a>(
        &'a self,
        feed: &'a FeedSpec,
        state: &'a FeedState,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Polled, FetchError>> {
        Box::pin(Fetcher::poll_feed(self, feed, state, now))
    }
}
