//! A real HTTP server the tests script per path (a sequence of answers, the last one
//! repeated; `If-None-Match` answered with 304 when it matches), that records every
//! request, and helpers to run the fetcher service against it. [`ScriptedFeeds`] answers
//! from the same scripts without a socket, for the scheduler's tests on a paused clock.

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::response::Response;
use axum::Router;
use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use sitrep_fetcher::{FeedSpec, FeedState, FetchError, Fetcher, PollOutcome, Polled, Validators};
use sitrep_runtime::fetch::{CycleSummary, FeedSource, FetchLoop};
use sitrep_runtime::Settings;
use sitrep_transport::Transport;
use tokio::sync::Notify;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

/// One scripted answer.
#[derive(Clone, Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    /// A feed document, with an ETag when given.
    pub fn feed(body: impl Into<Vec<u8>>, etag: Option<&str>) -> Answer {
        let mut headers = vec![("content-type".to_owned(), "application/rss+xml".to_owned())];
        if let Some(etag) = etag {
            headers.push(("etag".to_owned(), etag.to_owned()));
        }
        Answer {
            status: 200,
            headers,
            body: body.into(),
        }
    }

    pub fn status(status: u16) -> Answer {
        Answer {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Answer {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    fn header_value(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(header, _)| header == name)
            .map(|(_, value)| value.clone())
    }

    /// Whether the request's `If-None-Match` makes this answer a 304.
    fn not_modified(&self, if_none_match: Option<&str>) -> bool {
        let etag = self.header_value("etag");
        self.status == 200 && etag.is_some() && etag.as_deref() == if_none_match
    }
}

/// A request the server saw.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    /// Tokio's time: virtual on a paused clock.
    pub at: Instant,
    pub user_agent: String,
    pub if_none_match: Option<String>,
    pub authorization: Option<String>,
    pub query: Option<String>,
}

#[derive(Default)]
struct Inner {
    scripts: Mutex<HashMap<String, VecDeque<Answer>>>,
    seen: Mutex<Vec<Seen>>,
    arrived: Notify,
}

impl Inner {
    /// Records the request and gives the answer its path's script has next.
    fn answer(&self, seen: Seen) -> Answer {
        let path = seen.path.clone();
        self.seen.lock().expect("seen").push(seen);
        self.arrived.notify_waiters();
        let mut scripts = self.scripts.lock().expect("scripts");
        scripts
            .get_mut(&path)
            .and_then(|answers| {
                if answers.len() > 1 {
                    answers.pop_front()
                } else {
                    answers.front().cloned()
                }
            })
            .unwrap_or_else(|| Answer::status(404))
    }

    fn script(&self, path: &str, answers: Vec<Answer>) {
        self.scripts
            .lock()
            .expect("scripts")
            .insert(path.to_owned(), answers.into());
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("seen").clone()
    }

    /// Waits until `condition` holds over the requests seen (re-checked on each request),
    /// or panics after `timeout` with `what`.
    async fn wait_until(&self, what: &str, timeout: Duration, condition: impl Fn(&[Seen]) -> bool) {
        let waited = tokio::time::timeout(timeout, async {
            loop {
                let arrived = self.arrived.notified();
                if condition(&self.seen()) {
                    return;
                }
                arrived.await;
            }
        })
        .await;
        if waited.is_err() {
            let summary: Vec<(String, String)> = self
                .seen()
                .into_iter()
                .map(|s| (s.path, s.user_agent))
                .collect();
            panic!("timed out waiting until {what}; seen: {summary:?}");
        }
    }
}

#[derive(Clone)]
pub struct FeedServer {
    addr: SocketAddr,
    inner: Arc<Inner>,
}

impl FeedServer {
    pub async fn start() -> FeedServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("a local address");
        let inner = Arc::new(Inner::default());
        let router = Router::new().fallback(answer).with_state(inner.clone());
        tokio::spawn(async move {
            axum::serve(listener, router)
                .await
                .expect("the test server runs");
        });
        FeedServer { addr, inner }
    }

    /// Answers `path` with `answers` in turn, then the last one for ever.
    pub fn script(&self, path: &str, answers: Vec<Answer>) {
        self.inner.script(path, answers);
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.inner.seen()
    }

    pub fn seen_at(&self, path: &str) -> Vec<Seen> {
        self.seen().into_iter().filter(|s| s.path == path).collect()
    }

    /// Waits until `condition` holds over the requests seen (re-checked on each request),
    /// or panics after `timeout` with `what`.
    pub async fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        condition: impl Fn(&[Seen]) -> bool,
    ) {
        self.inner.wait_until(what, timeout, condition).await;
    }

    /// Waits until `path` was requested `n` times.
    pub async fn wait_for(&self, path: &str, n: usize, timeout: Duration) {
        let what = format!("{path} requested {n} times");
        self.wait_until(&what, timeout, |seen| {
            seen.iter().filter(|s| s.path == path).count() >= n
        })
        .await;
    }
}

async fn answer(State(inner): State<Arc<Inner>>, request: Request<Body>) -> Response {
    let path = request.uri().path().to_owned();
    let headers: &HeaderMap = request.headers();
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let if_none_match = text("if-none-match");
    let answer = inner.answer(Seen {
        path,
        at: Instant::now(),
        user_agent: text("user-agent").unwrap_or_default(),
        if_none_match: if_none_match.clone(),
        authorization: text("authorization"),
        query: request.uri().query().map(str::to_owned),
    });
    if answer.not_modified(if_none_match.as_deref()) {
        return Response::builder()
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .expect("a response");
    }
    let mut builder = Response::builder().status(answer.status);
    for (name, value) in &answer.headers {
        builder = builder.header(name, value);
    }
    builder.body(Body::from(answer.body)).expect("a response")
}

/// Feeds answered from scripts, as [`FeedServer`] answers them, but without a socket:
/// the fetcher service's source in the scheduler's tests, which run on a paused clock
/// (tokio moves a paused clock on whenever the runtime only waits on I/O, so a real
/// server and virtual time do not mix). Every poll is recorded at tokio's time. Documents
/// go through the fetcher's own reader; other answers are the `FetchError::Status` the
/// HTTP fetcher gives for them (redirects are the HTTP fetcher's: test them on a server).
#[derive(Clone)]
pub struct ScriptedFeeds {
    inner: Arc<Inner>,
    reader: Arc<Fetcher>,
}

impl Default for ScriptedFeeds {
    fn default() -> ScriptedFeeds {
        ScriptedFeeds {
            inner: Arc::new(Inner::default()),
            reader: Arc::new(Fetcher::new(Default::default()).expect("a feed reader")),
        }
    }
}

impl ScriptedFeeds {
    /// No feed scripted yet: every path answers 404.
    pub fn new() -> ScriptedFeeds {
        ScriptedFeeds::default()
    }

    /// Answers `path` (on any host) with `answers` in turn, then the last one for ever.
    pub fn script(&self, path: &str, answers: Vec<Answer>) {
        self.inner.script(path, answers);
    }

    /// The URL of `path` on `host` (hosts matter for the per-host limits).
    pub fn url(host: &str, path: &str) -> String {
        format!("http://{host}{path}")
    }

    pub fn seen_at(&self, path: &str) -> Vec<Seen> {
        self.inner
            .seen()
            .into_iter()
            .filter(|s| s.path == path)
            .collect()
    }

    /// Waits until `path` was polled `n` times.
    pub async fn wait_for(&self, path: &str, n: usize, timeout: Duration) {
        let what = format!("{path} polled {n} times");
        self.inner
            .wait_until(&what, timeout, |seen| {
                seen.iter().filter(|s| s.path == path).count() >= n
            })
            .await;
    }

    async fn poll(
        &self,
        feed: &FeedSpec,
        state: &FeedState,
        now: DateTime<Utc>,
    ) -> Result<Polled, FetchError> {
        let if_none_match = state.validators.etag.clone();
        let answer = self.inner.answer(Seen {
            path: feed.url.path().to_owned(),
            at: Instant::now(),
            user_agent: String::new(),
            if_none_match: if_none_match.clone(),
            authorization: None,
            query: feed.url.query().map(str::to_owned),
        });
        let outcome = if answer.not_modified(if_none_match.as_deref()) {
            PollOutcome::NotModified
        } else if answer.status == 200 {
            let content_type = answer.header_value("content-type");
            let mut outcome = self
                .reader
                .read_pushed(
                    feed,
                    state,
                    answer.body.clone(),
                    content_type.as_deref(),
                    now,
                )
                .await?;
            if let PollOutcome::Fetched { validators, .. } = &mut outcome {
                *validators = Validators {
                    etag: answer.header_value("etag"),
                    last_modified: None,
                };
            }
            outcome
        } else {
            return Err(FetchError::Status {
                url: feed.shown_url(),
                status: answer.status,
                retry_after: answer.header_value("retry-after"),
            });
        };
        Ok(Polled {
            outcome,
            permanent_redirect: None,
        })
    }
}

impl FeedSource for ScriptedFeeds {
    fn poll_feed<'a>(
        &'a self,
        feed: &'a FeedSpec,
        state: &'a FeedState,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Polled, FetchError>> {
        Box::pin(self.poll(feed, state, now))
    }
}

/// The milliseconds from `origin` to each time `path` was polled, up to `before`.
pub fn polled_at_ms(seen: &[Seen], origin: Instant, before: Instant) -> Vec<u128> {
    seen.iter()
        .filter(|s| s.at < before)
        .map(|s| s.at.duration_since(origin).as_millis())
        .collect()
}

/// An RSS document with entries `first..first + n` (guid `entry-N`).
pub fn rss(first: usize, n: usize) -> Vec<u8> {
    rss_with(first, n, "")
}

/// [`rss`] with `channel_markup` in the channel (links, say) and the Atom namespace
/// declared.
pub fn rss_with(first: usize, n: usize, channel_markup: &str) -> Vec<u8> {
    let items: String = (first..first + n)
        .map(|i| {
            format!(
                "<item><title>Entry {i}</title><link>https://example.org/{i}</link>\
                 <guid>entry-{i}</guid><pubDate>Fri, 13 Mar 2020 00:00:00 GMT</pubDate>\
                 <description>Entry {i}.</description></item>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\
         <channel><title>Test</title><link>https://example.org/</link><description>t</description>\
         {channel_markup}{items}</channel></rss>"
    )
    .into_bytes()
}

/// One feed of a feeds file.
pub struct TestFeed {
    pub id: String,
    pub url: String,
    pub poll_interval_secs: Option<u64>,
    /// More lines of the feed's table (TOML).
    pub extra: String,
}

impl TestFeed {
    pub fn new(id: &str, url: String, poll_interval_secs: Option<u64>) -> TestFeed {
        TestFeed {
            id: id.to_owned(),
            url,
            poll_interval_secs,
            extra: String::new(),
        }
    }

    /// The feed with more lines in its table (TOML), such as `headers = {...}`.
    pub fn with(mut self, extra: &str) -> TestFeed {
        self.extra = format!("{extra}\n");
        self
    }
}

/// Writes a feeds file and a config; `extra_fetcher` adds lines to `[fetcher]`.
pub fn write_config(
    dir: &Path,
    transport: &str,
    brokers: &str,
    feeds: &[TestFeed],
    extra_fetcher: &str,
) -> PathBuf {
    let feeds_toml: String = feeds
        .iter()
        .map(|feed| {
            let interval = feed
                .poll_interval_secs
                .map(|secs| format!("poll_interval_secs = {secs}\n"))
                .unwrap_or_default();
            format!(
                "[[feeds]]\nid = \"{}\"\nurl = \"{}\"\n{interval}{}\n",
                feed.id, feed.url, feed.extra
            )
        })
        .collect();
    std::fs::write(dir.join("feeds.toml"), feeds_toml).expect("feeds file");
    let config = dir.join("sitrep.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"{transport}\"\n\
             [kafka]\nbrokers = \"{brokers}\"\npartitions = 2\nsession_timeout_ms = 6000\n\
             [fetcher]\nfeeds_file = \"feeds.toml\"\nallow_private_addresses = true\n\
             min_poll_interval_secs = 1\nbackoff_base_secs = 1\nbackoff_max_secs = 60\n\
             timeout_secs = 10\n{extra_fetcher}\n\
             [log]\nlevel = \"warn\"\n"
        ),
    )
    .expect("config");
    config
}

pub fn load(config: &Path) -> Settings {
    Settings::load(Some(config)).expect("valid settings")
}

/// The fetcher service running in the background until `stop`.
pub struct Running {
    shutdown: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    pub fn start(settings: &Settings, transport: Arc<dyn Transport>) -> Running {
        Running::start_with(settings, transport, None)
    }

    /// [`Running::start`] with polls answered by `source` instead of HTTP.
    pub fn start_scripted(
        settings: &Settings,
        transport: Arc<dyn Transport>,
        source: &ScriptedFeeds,
    ) -> Running {
        Running::start_with(settings, transport, Some(Arc::new(source.clone())))
    }

    fn start_with(
        settings: &Settings,
        transport: Arc<dyn Transport>,
        source: Option<Arc<dyn FeedSource>>,
    ) -> Running {
        let mut fetch = FetchLoop::new(settings, &transport).expect("a fetch loop");
        fetch.source = source;
        let shutdown = CancellationToken::new();
        let token = shutdown.clone();
        let task = tokio::spawn(async move {
            fetch.run(token, false).await.expect("the fetcher runs");
        });
        Running { shutdown, task }
    }

    /// Stops it in order (polls in flight finish, state written) and waits.
    pub async fn stop(self) {
        self.shutdown.cancel();
        tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("stops in time")
            .expect("no panic");
    }
}

/// Runs one fetch cycle (`--once`) to the end; returns what it did.
pub async fn run_once(settings: &Settings, transport: Arc<dyn Transport>) -> CycleSummary {
    run_once_with(settings, transport, None).await
}

/// [`run_once`] with polls answered by `source` instead of HTTP.
pub async fn run_once_scripted(
    settings: &Settings,
    transport: Arc<dyn Transport>,
    source: &ScriptedFeeds,
) -> CycleSummary {
    run_once_with(settings, transport, Some(Arc::new(source.clone()))).await
}

async fn run_once_with(
    settings: &Settings,
    transport: Arc<dyn Transport>,
    source: Option<Arc<dyn FeedSource>>,
) -> CycleSummary {
    let mut fetch = FetchLoop::new(settings, &transport).expect("a fetch loop");
    fetch.source = source;
    tokio::time::timeout(
        Duration::from_secs(90),
        fetch.run(CancellationToken::new(), true),
    )
    .await
    .expect("one cycle in time")
    .expect("the cycle runs")
}

/// Gaps between consecutive times, in seconds.
pub fn gaps(seen: &[Seen]) -> Vec<f64> {
    seen.windows(2)
        .map(|w| w[1].at.duration_since(w[0].at).as_secs_f64())
        .collect()
}

/// Every log line the process writes, kept for the test to read.
#[derive(Clone, Default)]
pub struct Logs(Arc<Mutex<Vec<u8>>>);

impl Write for Logs {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("logs").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Logs {
    /// Installs a subscriber that keeps every line, for the whole test process (nextest
    /// runs each test in a process of its own).
    pub fn capture() -> Logs {
        let logs = Logs::default();
        let writer = logs.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
        logs
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("logs")).into_owned()
    }
}
