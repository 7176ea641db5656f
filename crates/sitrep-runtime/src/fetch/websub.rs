//! WebSub in the fetcher service: the callback server hubs talk to, and the book of
//! subscriptions it and the scheduler share.
//!
//! - The scheduler asks a feed's hub for a subscription once a poll has seen the hub in
//!   the document, and again before the lease runs out. Each request carries a fresh
//!   secret and the callback `{callback_base}/websub/{feed_id}`.
//! - `GET /websub/{feed_id}` is the hub verifying intent: the challenge is echoed only for
//!   a subscription this replica asked for, with that topic.
//! - `POST /websub/{feed_id}` is content: checked against the subscription's secret, then
//!   handed to the scheduler, which reads it like a polled document (same id window, same
//!   dead letters). The hub gets its answer at once; a push lost in a crash after that is
//!   still read by the safety-net poll, since the entry stays in the feed.
//! - Content for a feed this replica holds no subscription for gets 410 Gone, which tells
//!   the hub to stop; content with a bad signature gets a 2xx (as the spec asks) and is
//!   dropped and counted.
//! - The book reads the time from the scheduler's [`Clock`], so a lease runs out, a request
//!   waits for its verification and a failure waits for its retry on tokio's clock, which a
//!   test can pause and advance.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};
use sitrep_fetcher::HubLink;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, OwnedSemaphorePermit, Semaphore};
use tokio_util::sync::CancellationToken;

use super::clock::Clock;
use crate::config::CallbackLimits;
use crate::metric_catalogue as names;

/// Content a hub pushed for a feed, checked against the subscription's secret.
#[derive(Debug)]
pub struct Push {
    pub feed_id: String,
    pub body: Vec<u8>,
    pub content_type: Option<String>,
    /// The body's share of `max_buffered_bytes`, given back when the push is dropped
    /// (after it is read).
    pub budget: Option<OwnedSemaphorePermit>,
}

/// A request waits this long for the hub's verification before it is asked again.
const VERIFY_WAIT: Duration = Duration::from_secs(60);
/// After a failed request or a denial, the next attempt waits this long.
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(300);
/// A lease is renewed when less than this share of it is left (and at least a minute).
const RENEW_SHARE: f64 = 0.1;
/// The shortest lease taken, whatever the hub grants.
const MIN_LEASE: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
struct Subscription {
    link: HubLink,
    secret: String,
    status: Status,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Requested {
        since: DateTime<Utc>,
    },
    Active {
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    },
    Failed {
        retry_at: DateTime<Utc>,
    },
}

/// The subscriptions of this replica, by feed id. Shared by the scheduler (which asks and
/// renews) and the callback server (which verifies and takes content); both read the time
/// from the one clock the book holds.
#[derive(Debug, Clone)]
pub struct Subscriptions {
    inner: Arc<Mutex<HashMap<String, Subscription>>>,
    clock: Clock,
}

impl Subscriptions {
    /// An empty book that reads the time from `clock` (the scheduler's).
    pub(crate) fn new(clock: Clock) -> Subscriptions {
        Subscriptions {
            inner: Arc::default(),
            clock,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Subscription>> {
        // The map stays consistent whatever a panicking holder did: each change is one insert.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether `feed_id` should ask `link`'s hub now: never asked, asked another hub or
    /// topic, a request unanswered for too long, a failure whose wait is over, or a lease
    /// close to its end.
    pub fn needs_request(&self, feed_id: &str, link: &HubLink) -> bool {
        let now = self.clock.now();
        let subscriptions = self.lock();
        let Some(subscription) = subscriptions.get(feed_id) else {
            return true;
        };
        if subscription.link != *link {
            return true;
        }
        match subscription.status {
            Status::Requested { since } => since_then(since, now) >= VERIFY_WAIT,
            Status::Failed { retry_at } => now >= retry_at,
            Status::Active { since, until } => renewal_due(since, until, now),
        }
    }

    /// Records a request sent to the hub with `secret`. An active subscription to the
    /// same hub and topic stays active (and keeps taking content under its old secret)
    /// until the hub verifies the renewal.
    pub fn requested(&self, feed_id: &str, link: HubLink, secret: String) {
        let now = self.clock.now();
        let mut subscriptions = self.lock();
        if let Some(existing) = subscriptions.get_mut(feed_id) {
            if existing.link == link && matches!(existing.status, Status::Active { .. }) {
                existing.secret = secret;
                return;
            }
        }
        subscriptions.insert(
            feed_id.to_owned(),
            Subscription {
                link,
                secret,
                status: Status::Requested { since: now },
            },
        );
    }

    /// The hub refused or could not be reached: try again later.
    pub fn failed(&self, feed_id: &str) {
        let now = self.clock.now();
        if let Some(subscription) = self.lock().get_mut(feed_id) {
            if !matches!(subscription.status, Status::Active { .. }) {
                subscription.status = Status::Failed {
                    retry_at: later(now, RETRY_AFTER_FAILURE),
                };
            }
        }
    }

    /// The hubs and topics of subscriptions due for renewal.
    pub fn due_for_renewal(&self) -> Vec<(String, HubLink)> {
        let now = self.clock.now();
        self.lock()
            .iter()
            .filter(|(_, subscription)| match subscription.status {
                Status::Active { since, until } => renewal_due(since, until, now),
                _ => false,
            })
            .map(|(feed_id, subscription)| (feed_id.clone(), subscription.link.clone()))
            .collect()
    }

    /// Forgets the subscriptions of feeds `keep` rejects (feeds this replica no longer
    /// owns): their content will be answered 410 Gone.
    pub fn retain(&self, mut keep: impl FnMut(&str) -> bool) {
        self.lock().retain(|feed_id, _| keep(feed_id));
    }

    /// Whether a hub pushes this feed's content here now.
    pub fn is_active(&self, feed_id: &str) -> bool {
        let now = self.clock.now();
        self.lock()
            .get(feed_id)
            .is_some_and(|s| matches!(s.status, Status::Active { until, .. } if until > now))
    }

    pub fn num_active(&self) -> usize {
        let now = self.clock.now();
        self.lock()
            .values()
            .filter(|s| matches!(s.status, Status::Active { until, .. } if until > now))
            .count()
    }

    /// The hub's verification of intent (WebSub 5.3): the challenge to echo, or None when
    /// this replica did not ask for it.
    fn verify(&self, feed_id: &str, query: &VerifyQuery) -> Option<String> {
        let now = self.clock.now();
        let mut subscriptions = self.lock();
        match query.mode.as_str() {
            "subscribe" => {
                let subscription = subscriptions.get_mut(feed_id)?;
                if subscription.link.topic.as_str() != query.topic
                    || matches!(subscription.status, Status::Failed { .. })
                {
                    return None;
                }
                let lease = query
                    .lease_seconds
                    .map_or(MIN_LEASE, Duration::from_secs)
                    .max(MIN_LEASE);
                subscription.status = Status::Active {
                    since: now,
                    until: later(now, lease),
                };
                Some(query.challenge.clone()?)
            }
            // Agree to end only what this replica does not hold for that topic.
            "unsubscribe" => {
                let held = subscriptions
                    .get(feed_id)
                    .is_some_and(|s| s.link.topic.as_str() == query.topic);
                (!held).then(|| query.challenge.clone()).flatten()
            }
            _ => None,
        }
    }

    /// The hub denied the subscription (WebSub 5.2).
    fn denied(&self, feed_id: &str, topic: &str) -> bool {
        let now = self.clock.now();
        let mut subscriptions = self.lock();
        match subscriptions.get_mut(feed_id) {
            Some(subscription) if subscription.link.topic.as_str() == topic => {
                subscription.status = Status::Failed {
                    retry_at: later(now, RETRY_AFTER_FAILURE),
                };
                true
            }
            _ => false,
        }
    }

    /// The secret content for `feed_id` must be signed with, while a subscription is
    /// requested or active.
    fn secret(&self, feed_id: &str) -> Option<String> {
        self.lock()
            .get(feed_id)
            .filter(|s| !matches!(s.status, Status::Failed { .. }))
            .map(|s| s.secret.clone())
    }
}

/// Whether a lease granted at `since` until `until` should be renewed at `now`.
fn renewal_due(since: DateTime<Utc>, until: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    let renew_before = since_then(since, until).mul_f64(RENEW_SHARE).max(MIN_LEASE);
    since_then(now, until) <= renew_before
}

/// The time from `earlier` to `later`; zero when `later` is not later.
fn since_then(earlier: DateTime<Utc>, later: DateTime<Utc>) -> Duration {
    (later - earlier).to_std().unwrap_or(Duration::ZERO)
}

/// `wait` after `at`; the end of time when that is past it (a hub may grant any lease).
fn later(at: DateTime<Utc>, wait: Duration) -> DateTime<Utc> {
    chrono::TimeDelta::from_std(wait)
        .ok()
        .and_then(|wait| at.checked_add_signed(wait))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[derive(Debug, Default)]
struct VerifyQuery {
    mode: String,
    topic: String,
    challenge: Option<String>,
    lease_seconds: Option<u64>,
    reason: Option<String>,
}

impl VerifyQuery {
    fn parse(query: &str) -> VerifyQuery {
        let mut parsed = VerifyQuery::default();
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            match name.as_ref() {
                "hub.mode" => parsed.mode = value.into_owned(),
                "hub.topic" => parsed.topic = value.into_owned(),
                "hub.challenge" => parsed.challenge = Some(value.into_owned()),
                "hub.lease_seconds" => parsed.lease_seconds = value.parse().ok(),
                "hub.reason" => parsed.reason = Some(value.into_owned()),
                _ => {}
            }
        }
        parsed
    }
}

#[derive(Clone)]
struct CallbackState {
    subscriptions: Subscriptions,
    pushes: mpsc::Sender<Push>,
    max_body_bytes: usize,
    body_timeout: Duration,
    /// Permits of one byte each: the bodies held at once.
    buffered: Arc<Semaphore>,
}

/// Serves the callbacks on `listener` until `shutdown` (or until the task is aborted,
/// which closes every connection). Each connection takes one request (no keep-alive):
/// at most `limits.max_connections` at once, the head within `header_timeout`, the body
/// within `body_timeout`; a connection past both is closed whatever it is doing. When all
/// the connections are taken, a new one closes the oldest that has not sent its whole head
/// yet, so connections that send half a head and wait cannot lock a hub out for the
/// header timeout; only when every open connection is past its head is the new one
/// closed. Bodies
/// over `max_body_bytes` are refused with 413 (logged and counted) as soon as they pass
/// the limit, or before a byte is read when their length says so.
pub async fn serve(
    listener: TcpListener,
    subscriptions: Subscriptions,
    pushes: mpsc::Sender<Push>,
    max_body_bytes: usize,
    limits: CallbackLimits,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let app = Router::new()
        .route("/websub/{feed_id}", get(verify).post(notify))
        // `notify` reads the body under its own limit, so it can count what it refuses.
        .layer(DefaultBodyLimit::disable())
        .with_state(CallbackState {
            subscriptions,
            pushes,
            max_body_bytes,
            body_timeout: limits.body_timeout,
            buffered: Arc::new(Semaphore::new(
                limits.max_buffered_bytes.min(Semaphore::MAX_PERMITS),
            )),
        });
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, "websub callback server listening");
    }
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(false);
    // The longest a connection may live: its head, its body, and a little for the answer.
    let connection_deadline = limits.header_timeout + limits.body_timeout + Duration::from_secs(1);
    let mut open = OpenConnections::default();
    // Dropped with this future: aborting the server closes its connections too.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let (stream, _peer) = tokio::select! {
            () = shutdown.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait a little, keep serving.
                    tracing::warn!(error = %error, "websub callback server cannot accept");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        while let Some(done) = connections.try_join_next() {
            if let Ok(number) = done {
                open.closed(number);
            }
        }
        if open.len() >= limits.max_connections.max(1) {
            // Full: the oldest connection still short of a whole request head makes room
            // (a hub sends its head at once; one that trickles or waits is the likelier
            // flood). When every open one is past its head, the new one is closed.
            if open.evict_oldest_without_head() {
                metrics::counter!(names::WEBSUB_NOTIFICATIONS, "outcome" => "evicted_before_head")
                    .increment(1);
                if let Some(num_suppressed) =
                    crate::telemetry::WARNINGS.allow("fetcher", "websub_evicted_before_head")
                {
                    tracing::warn!(
                        max_connections = limits.max_connections,
                        num_suppressed,
                        "websub callback connection without a whole request head closed to make room"
                    );
                }
            } else {
                metrics::counter!(names::WEBSUB_NOTIFICATIONS, "outcome" => "too_many_connections")
                    .increment(1);
                if let Some(num_suppressed) =
                    crate::telemetry::WARNINGS.allow("fetcher", "websub_too_many_connections")
                {
                    tracing::warn!(
                        max_connections = limits.max_connections,
                        num_suppressed,
                        "websub callback connection closed: too many open"
                    );
                }
                drop(stream);
                continue;
            }
        }
        let head_read = Arc::new(AtomicBool::new(false));
        let service = {
            let head_read = head_read.clone();
            let inner = hyper_util::service::TowerToHyperService::new(app.clone());
            hyper::service::service_fn(move |request| {
                head_read.store(true, Ordering::Relaxed);
                hyper::service::Service::call(&inner, request)
            })
        };
        let connection = http.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let number = open.next_number();
        let task = connections.spawn(async move {
            // Whatever the outcome (done, timed out, client gone), it is counted closed.
            let _ = tokio::time::timeout(connection_deadline, connection).await;
            number
        });
        open.opened(number, head_read, task);
    }
    Ok(())
}

/// The callback server's open connections, oldest first, each with whether its whole
/// request head has arrived and the handle that closes it.
#[derive(Default)]
struct OpenConnections {
    next: u64,
    by_age: std::collections::BTreeMap<u64, (Arc<AtomicBool>, tokio::task::AbortHandle)>,
}

impl OpenConnections {
    fn next_number(&mut self) -> u64 {
        self.next += 1;
        self.next
    }

    fn len(&self) -> usize {
        self.by_age.len()
    }

    fn opened(&mut self, number: u64, head_read: Arc<AtomicBool>, task: tokio::task::AbortHandle) {
        self.by_age.insert(number, (head_read, task));
    }

    fn closed(&mut self, number: u64) {
        self.by_age.remove(&number);
    }

    /// Closes the oldest connection whose request head has not all arrived; false when
    /// there is none.
    fn evict_oldest_without_head(&mut self) -> bool {
        let oldest = self
            .by_age
            .iter()
            .find(|(_, (head_read, _))| !head_read.load(Ordering::Relaxed))
            .map(|(number, _)| *number);
        match oldest.and_then(|number| self.by_age.remove(&number)) {
            Some((_, task)) => {
                task.abort();
                true
            }
            None => false,
        }
    }
}

async fn verify(
    State(state): State<CallbackState>,
    Path(feed_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let query = VerifyQuery::parse(query.as_deref().unwrap_or_default());
    if query.mode == "denied" {
        if state.subscriptions.denied(&feed_id, &query.topic) {
            metrics::counter!(names::WEBSUB_SUBSCRIPTIONS, "outcome" => "denied").increment(1);
            tracing::warn!(
                feed_id,
                topic = query.topic,
                reason = query.reason.as_deref().unwrap_or(""),
                "websub hub denied the subscription"
            );
        }
        return StatusCode::OK.into_response();
    }
    match state.subscriptions.verify(&feed_id, &query) {
        Some(challenge) => {
            if query.mode == "subscribe" {
                metrics::counter!(names::WEBSUB_SUBSCRIPTIONS, "outcome" => "verified")
                    .increment(1);
                metrics::gauge!(names::WEBSUB_SUBSCRIPTIONS_ACTIVE)
                    .set(state.subscriptions.num_active() as f64);
                tracing::info!(
                    feed_id,
                    topic = query.topic,
                    lease_secs = query.lease_seconds,
                    "websub subscription verified"
                );
            }
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "text/plain")],
                challenge,
            )
                .into_response()
        }
        None => {
            metrics::counter!(names::WEBSUB_SUBSCRIPTIONS, "outcome" => "refused").increment(1);
            tracing::warn!(
                feed_id,
                mode = query.mode,
                topic = query.topic,
                "websub verification for a subscription not asked for, refused"
            );
            StatusCode::NOT_FOUND.into_response()
        }
    }
}

/// Bodies up to this size are verified where they are; a larger one's HMAC is computed on
/// the blocking pool (a 10 MB body takes milliseconds the executor's other tasks, such as
/// the hub's next push, would wait for).
const VERIFY_INLINE_MAX_BYTES: usize = 64 * 1024;

/// [`sitrep_fetcher::verify_signature`] of `body`, on the blocking pool when it is large;
/// gives the body back.
async fn verify_off_the_executor(
    secret: String,
    signature: Option<String>,
    body: Vec<u8>,
) -> (Vec<u8>, Result<(), sitrep_fetcher::SignatureError>) {
    let inline = body.len() <= VERIFY_INLINE_MAX_BYTES;
    let verify = move || {
        let verified =
            sitrep_fetcher::verify_signature(secret.as_bytes(), signature.as_deref(), &body);
        (body, verified)
    };
    if inline {
        return verify();
    }
    match tokio::task::spawn_blocking(verify).await {
        Ok(done) => done,
        // Only when the runtime is shutting down: the content is dropped unverified
        // (counted as a mismatch; the entries stay in the feed for the next poll).
        Err(_) => (Vec::new(), Err(sitrep_fetcher::SignatureError::Mismatch)),
    }
}

async fn notify(
    State(state): State<CallbackState>,
    Path(feed_id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let count = |outcome: &'static str| {
        metrics::counter!(names::WEBSUB_NOTIFICATIONS, "outcome" => outcome).increment(1);
    };
    // Everything that can be decided from the head is decided before a byte of the body
    // is read: the subscription, the signature's presence, the declared length.
    let Some(secret) = state.subscriptions.secret(&feed_id) else {
        count("unknown");
        tracing::warn!(
            feed_id,
            "websub content for a feed without a subscription here, answered 410"
        );
        return StatusCode::GONE.into_response();
    };
    let signature = headers
        .get("x-hub-signature")
        .and_then(|value| value.to_str().ok());
    if signature.is_none() {
        let error = sitrep_fetcher::SignatureError::Missing;
        count(error.kind());
        tracing::warn!(feed_id, error = %error, "websub content dropped");
        return StatusCode::ACCEPTED.into_response();
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > state.max_body_bytes as u64) {
        count("too_large_or_cut");
        tracing::warn!(
            feed_id,
            max_bytes = state.max_body_bytes,
            declared,
            "websub content refused: larger than fetcher.max_body_bytes"
        );
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let read = tokio::time::timeout(state.body_timeout, read_body(&state, body, declared)).await;
    let (body, budget) = match read {
        Ok(Ok(read)) => read,
        Ok(Err(BodyRefused::Busy)) => {
            count("busy");
            tracing::warn!(
                feed_id,
                "websub content refused, too many bytes held already"
            );
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
            )
                .into_response();
        }
        Ok(Err(BodyRefused::TooLargeOrCut(error))) => {
            // Over the limit, or the hub hung up mid-body. The entries stay in the feed,
            // where the next poll reads them (or reports the same limit there).
            count("too_large_or_cut");
            tracing::warn!(
                feed_id,
                max_bytes = state.max_body_bytes,
                error = %error,
                "websub content refused: larger than fetcher.max_body_bytes or cut off"
            );
            return StatusCode::PAYLOAD_TOO_LARGE.into_response();
        }
        Err(_elapsed) => {
            count("too_large_or_cut");
            tracing::warn!(
                feed_id,
                body_timeout_secs = state.body_timeout.as_secs(),
                "websub content refused: the body did not arrive in time"
            );
            return StatusCode::REQUEST_TIMEOUT.into_response();
        }
    };
    let (body, verified) =
        verify_off_the_executor(secret, signature.map(str::to_owned), body).await;
    if let Err(error) = verified {
        count(error.kind());
        tracing::warn!(feed_id, error = %error, "websub content dropped");
        return StatusCode::ACCEPTED.into_response();
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let push = Push {
        feed_id,
        body,
        content_type,
        budget: Some(budget),
    };
    match state.pushes.try_send(push) {
        Ok(()) => {
            count("accepted");
            StatusCode::ACCEPTED.into_response()
        }
        Err(error) => {
            // The scheduler is behind (or stopping): the hub retries later.
            count("busy");
            tracing::warn!(error = %error, "websub content refused, the fetcher is busy");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "1")],
            )
                .into_response()
        }
    }
}

/// Why a pushed body was not read to its end.
enum BodyRefused {
    /// The bytes held for other pushes leave no room for it now.
    Busy,
    /// Over `max_body_bytes`, or the client stopped sending.
    TooLargeOrCut(String),
}

/// Reads a pushed body frame by frame, its bytes taken from the shared budget before
/// they are read: the declared length at once (so a body that cannot be held is refused
/// before its first byte, and a client that sent `Expect: 100-continue` sends nothing),
/// the rest of a body of unknown length frame by frame. Gives the body and its share of
/// the budget, or why it was refused.
async fn read_body(
    state: &CallbackState,
    body: Body,
    declared: Option<u64>,
) -> Result<(Vec<u8>, OwnedSemaphorePermit), BodyRefused> {
    use http_body_util::BodyExt as _;
    let take = |num_bytes: usize| {
        let num_bytes = u32::try_from(num_bytes).map_err(|_| BodyRefused::Busy)?;
        state
            .buffered
            .clone()
            .try_acquire_many_owned(num_bytes)
            .map_err(|_| BodyRefused::Busy)
    };
    // `declared` is at most `max_body_bytes` here.
    let mut reserved = declared.map_or(0, |length| length as usize);
    let mut budget = take(reserved)?;
    let mut body = body;
    let mut bytes = Vec::with_capacity(reserved);
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|error| BodyRefused::TooLargeOrCut(error.to_string()))?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        let num_bytes = bytes.len() + data.len();
        if num_bytes > state.max_body_bytes {
            return Err(BodyRefused::TooLargeOrCut(format!(
                "more than {} bytes",
                state.max_body_bytes
            )));
        }
        if num_bytes > reserved {
            budget.merge(take(num_bytes - reserved)?);
            reserved = num_bytes;
        }
        bytes.extend_from_slice(&data);
    }
    Ok((bytes, budget))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::WebSubSettings;
    use url::Url;

    fn link(topic: &str) -> HubLink {
        HubLink {
            hub: Url::parse("http://hub.example/").expect("url"),
            topic: Url::parse(topic).expect("url"),
        }
    }

    fn query(mode: &str, topic: &str, lease: Option<u64>) -> VerifyQuery {
        VerifyQuery {
            mode: mode.to_owned(),
            topic: topic.to_owned(),
            challenge: Some("c-123".to_owned()),
            lease_seconds: lease,
            reason: None,
        }
    }

    /// A book on a clock that starts now; the tests run on tokio's paused clock and move
    /// it with `tokio::time::advance`.
    fn book() -> Subscriptions {
        Subscriptions::new(Clock::start())
    }

    #[tokio::test(start_paused = true)]
    async fn a_requested_subscription_is_verified_once_and_then_active() {
        let subscriptions = book();
        let topic = "http://wire.example/feed";
        assert!(subscriptions.needs_request("f1", &link(topic)));
        subscriptions.requested("f1", link(topic), "s".into());
        assert!(!subscriptions.needs_request("f1", &link(topic)));
        assert!(!subscriptions.is_active("f1"));
        assert_eq!(subscriptions.secret("f1").as_deref(), Some("s"));

        let challenge = subscriptions.verify("f1", &query("subscribe", topic, Some(3600)));
        assert_eq!(challenge.as_deref(), Some("c-123"));
        assert!(subscriptions.is_active("f1"));
        assert!(!subscriptions.needs_request("f1", &link(topic)));
        assert!(subscriptions.due_for_renewal().is_empty());
        // Renewed when less than a tenth of the lease (360 s) is left: not at 3239 s,
        // at 3240 s.
        tokio::time::advance(Duration::from_secs(3239)).await;
        assert!(!subscriptions.needs_request("f1", &link(topic)));
        tokio::time::advance(Duration::from_secs(1)).await;
        assert!(subscriptions.needs_request("f1", &link(topic)));
        assert_eq!(subscriptions.due_for_renewal().len(), 1);
        assert!(
            subscriptions.is_active("f1"),
            "still active until the lease ends"
        );
        assert_eq!(subscriptions.num_active(), 1);
        tokio::time::advance(Duration::from_secs(360)).await;
        assert!(!subscriptions.is_active("f1"), "the lease ran out");
        assert_eq!(subscriptions.num_active(), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn a_short_lease_is_renewed_a_minute_before_its_end() {
        let subscriptions = book();
        let topic = "http://wire.example/feed";
        subscriptions.requested("f1", link(topic), "s".into());
        // A hub that grants 30 s is taken at the shortest lease, a minute.
        subscriptions.verify("f1", &query("subscribe", topic, Some(30)));
        assert!(subscriptions.is_active("f1"));
        assert_eq!(
            subscriptions.due_for_renewal().len(),
            1,
            "a minute's lease is due for renewal at once"
        );
        tokio::time::advance(Duration::from_secs(59)).await;
        assert!(subscriptions.is_active("f1"));
        tokio::time::advance(Duration::from_secs(1)).await;
        assert!(!subscriptions.is_active("f1"));
    }

    #[tokio::test(start_paused = true)]
    async fn a_lease_past_the_end_of_time_is_taken_without_overflow() {
        let subscriptions = book();
        let topic = "http://wire.example/feed";
        subscriptions.requested("f1", link(topic), "s".into());
        let challenge = subscriptions.verify("f1", &query("subscribe", topic, Some(u64::MAX)));
        assert_eq!(challenge.as_deref(), Some("c-123"));
        assert!(subscriptions.is_active("f1"));
        assert!(subscriptions.due_for_renewal().is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn verifications_not_asked_for_are_refused() {
        let subscriptions = book();
        let topic = "http://wire.example/feed";
        assert_eq!(
            subscriptions.verify("f1", &query("subscribe", topic, None)),
            None,
            "never requested"
        );
        subscriptions.requested("f1", link(topic), "s".into());
        assert_eq!(
            subscriptions.verify("f1", &query("subscribe", "http://other.example/", None)),
            None,
            "another topic"
        );
        assert_eq!(
            subscriptions.verify("f1", &query("unsubscribe", topic, None)),
            None,
            "an unsubscription of a feed still wanted"
        );
        assert_eq!(
            subscriptions
                .verify("f2", &query("unsubscribe", topic, None))
                .as_deref(),
            Some("c-123"),
            "an unsubscription of a feed not held here"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_denial_or_a_failure_waits_before_asking_again() {
        let subscriptions = book();
        let topic = "http://wire.example/feed";
        subscriptions.requested("f1", link(topic), "s".into());
        assert!(subscriptions.denied("f1", topic));
        assert_eq!(
            subscriptions.secret("f1"),
            None,
            "no content taken once denied"
        );
        subscriptions.requested("f2", link(topic), "s".into());
        subscriptions.failed("f2");
        subscriptions.requested("f3", link(topic), "s".into());
        assert!(!subscriptions.needs_request("f1", &link(topic)));
        assert!(!subscriptions.needs_request("f2", &link(topic)));
        assert!(!subscriptions.needs_request("f3", &link(topic)));

        // An unanswered request is asked again after the verification wait.
        tokio::time::advance(VERIFY_WAIT - Duration::from_millis(1)).await;
        assert!(!subscriptions.needs_request("f3", &link(topic)));
        tokio::time::advance(Duration::from_millis(1)).await;
        assert!(subscriptions.needs_request("f3", &link(topic)));

        // A denied or failed one after the retry wait.
        tokio::time::advance(RETRY_AFTER_FAILURE - VERIFY_WAIT - Duration::from_millis(1)).await;
        assert!(!subscriptions.needs_request("f1", &link(topic)));
        assert!(!subscriptions.needs_request("f2", &link(topic)));
        tokio::time::advance(Duration::from_millis(1)).await;
        assert!(subscriptions.needs_request("f1", &link(topic)));
        assert!(subscriptions.needs_request("f2", &link(topic)));
    }

    #[tokio::test(start_paused = true)]
    async fn a_renewal_keeps_the_subscription_active_under_the_new_secret() {
        let subscriptions = book();
        let topic = "http://wire.example/feed";
        subscriptions.requested("f1", link(topic), "old".into());
        subscriptions.verify("f1", &query("subscribe", topic, Some(600)));
        tokio::time::advance(Duration::from_secs(550)).await;
        assert_eq!(subscriptions.due_for_renewal().len(), 1);
        subscriptions.requested("f1", link(topic), "new".into());
        assert!(subscriptions.is_active("f1"));
        assert_eq!(subscriptions.secret("f1").as_deref(), Some("new"));
        // The hub verifies the renewal: a new lease from then.
        subscriptions.verify("f1", &query("subscribe", topic, Some(600)));
        tokio::time::advance(Duration::from_secs(100)).await;
        assert!(subscriptions.is_active("f1"), "past the first lease's end");
        assert!(subscriptions.due_for_renewal().is_empty());
        subscriptions.retain(|feed_id| feed_id != "f1");
        assert_eq!(subscriptions.secret("f1"), None);
    }

    #[test]
    fn callbacks_hang_under_the_base() {
        let settings = WebSubSettings {
            listen: "127.0.0.1:0".parse().expect("addr"),
            callback_base: Url::parse("https://sitrep.example/hooks/").expect("url"),
            lease: Duration::from_secs(86400),
            limits: CallbackLimits::default(),
        };
        assert_eq!(
            settings.callback("abc").map(String::from).as_deref(),
            Some("https://sitrep.example/hooks/websub/abc")
        );
    }

    #[test]
    fn verify_queries_are_form_decoded() {
        let parsed = VerifyQuery::parse(
            "hub.mode=subscribe&hub.topic=http%3A%2F%2Fwire.example%2Ffeed%3Fa%3D1&hub.challenge=x%20y&hub.lease_seconds=86400",
        );
        assert_eq!(parsed.mode, "subscribe");
        assert_eq!(parsed.topic, "http://wire.example/feed?a=1");
        assert_eq!(parsed.challenge.as_deref(), Some("x y"));
        assert_eq!(parsed.lease_seconds, Some(86400));
    }
}
