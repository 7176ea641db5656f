//! A real HTTP server for generated feeds: `/feed/<n>` is an RSS 2.0 document of the
//! items of feed `n` that have appeared so far.
//!
//! Items appear on a schedule (all at once, or at a steady rate across feeds), so a run
//! can measure the latency from an item's appearance to its event. The host remembers
//! when each item was first served. Faults queued with [`FeedHost::inject`] are applied
//! to the next requests, one fault per request: an error status, a stall with no answer,
//! a body cut off mid-transfer, or a document cut short with an honest length. Faulty
//! answers carry no ETag, so no client can take a broken answer as the current version.
//!
//! Started with a hub ([`FeedHost::start_with_hub`]), the host is also a WebSub hub at
//! `/hub`: the feeds name it, it verifies subscription requests at their callback with a
//! challenge, and it pushes each item as it appears (a signed document of the feed's new
//! items) to the feed's verified subscriber. A push the subscriber accepted counts as the
//! item's first serving.
//!
//! Fixed documents added with [`FeedHost::add_document`] are served as they are at
//! `/doc/<name>` (with an ETag), beside the generated feeds: the fault suite's poison
//! feeds.
//!
//! Started with [`FeedHost::start_on_hosts`], the host answers on several loopback
//! addresses (127.0.0.1, 127.0.0.2, ...) on one port, and spreads the feeds' URLs over
//! them, so a fetcher's per-host limit applies as it would across many sites.
//!
//! Started with [`FeedHost::start_remote`] (the `sitrep-loadtest feed-host` command, which
//! the container tests run as a container), the host listens where it is told, names
//! itself by a public base URL, and takes its orders over HTTP: `POST /control/start`
//! starts the schedule, `GET /control/status` answers a [`RemoteStatus`] as JSON.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::corpus::CorpusItem;

/// What the next request gets instead of its feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// This status and a short text body.
    Status(u16),
    /// Nothing for this long, then the connection closes without an answer.
    Stall(Duration),
    /// The full `content-length`, half of the body, then the connection closes.
    CutMidBody,
    /// Status 200 and half of the document with its honest length: unparseable XML.
    TruncatedDocument,
}

#[derive(Debug, Default, Clone)]
pub struct HostStats {
    pub num_requests: u64,
    pub num_ok: u64,
    pub num_not_modified: u64,
    pub faults_served: Vec<Fault>,
    /// Pushes the subscriber accepted, and pushes that failed (left to the next poll).
    pub num_pushes: u64,
    pub num_push_failures: u64,
}

struct HostState {
    base_url: String,
    /// Every item's `pubDate`: fixed, so a re-served item is the same entry.
    published: String,
    feeds: Vec<Vec<CorpusItem>>,
    /// Per feed, per item: how long after the schedule starts the item appears.
    appear_after: Vec<Vec<Duration>>,
    started: Mutex<Option<Instant>>,
    /// The wall-clock time of `started`, to compare with broker timestamps.
    started_system: Mutex<Option<std::time::SystemTime>>,
    faults: Mutex<VecDeque<Fault>>,
    first_served: Mutex<HashMap<(usize, usize), Instant>>,
    stats: Mutex<HostStats>,
    hub: Option<Hub>,
    /// Fixed documents by name, served at `/doc/<name>`.
    documents: Mutex<HashMap<String, Arc<Vec<u8>>>>,
    /// Whether `/control/…` takes orders (a host in a container, told what to do over HTTP).
    control: bool,
    /// The loopback addresses feed URLs are spread over (1: the base URL's only).
    num_hosts: usize,
}

/// What `GET /control/status` answers: the items it serves, and how far it has got.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RemoteStatus {
    pub started: bool,
    pub num_served: usize,
    pub items: Vec<RemoteItem>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RemoteItem {
    pub guid: String,
    pub incident: bool,
}

/// The WebSub hub's side of the host.
struct Hub {
    /// Verified subscriptions by feed index.
    subscribers: Mutex<HashMap<usize, Subscriber>>,
    changed: tokio::sync::Notify,
    client: reqwest::Client,
    delivery: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

#[derive(Debug, Clone)]
struct Subscriber {
    callback: String,
    secret: String,
}

pub struct FeedHost {
    addr: SocketAddr,
    state: Arc<HostState>,
    /// One accept loop per address listened on.
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

/// How a host serves, beside its feeds.
struct Serving {
    /// A WebSub hub at `/hub`.
    with_hub: bool,
    /// `/control/…` takes orders.
    control: bool,
    /// Loopback addresses the feed URLs are spread over.
    num_hosts: usize,
}

/// When items appear once the schedule starts.
#[derive(Debug, Clone, Copy)]
pub enum Schedule {
    /// Every item at once.
    AllAtOnce,
    /// One item after another across the feeds (feed 0 item 0, feed 1 item 0, ...), at
    /// this many items per second in total.
    Rate(f64),
}

impl FeedHost {
    /// Serves `feeds` on a free loopback port. Nothing is visible before [`FeedHost::start_schedule`].
    pub async fn start(feeds: Vec<Vec<CorpusItem>>, schedule: Schedule) -> FeedHost {
        Self::start_with(feeds, schedule, false).await
    }

    /// [`FeedHost::start`], and a WebSub hub the feeds name.
    pub async fn start_with_hub(feeds: Vec<Vec<CorpusItem>>, schedule: Schedule) -> FeedHost {
        Self::start_with(feeds, schedule, true).await
    }

    async fn start_with(
        feeds: Vec<Vec<CorpusItem>>,
        schedule: Schedule,
        with_hub: bool,
    ) -> FeedHost {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind feed host");
        let addr = listener.local_addr().expect("local addr");
        Self::start_on(
            listener,
            format!("http://{addr}"),
            feeds,
            schedule,
            Serving {
                with_hub,
                control: false,
                num_hosts: 1,
            },
        )
    }

    /// [`FeedHost::start`] on `num_hosts` loopback addresses (127.0.0.1 up to
    /// 127.0.0.`num_hosts`, at most 254) sharing one port; [`FeedHost::feed_url`] spreads
    /// the feeds over them, feed `n` on address `n % num_hosts + 1`.
    ///
    /// # Panics
    /// When no port is free on every address after a few tries.
    pub async fn start_on_hosts(
        feeds: Vec<Vec<CorpusItem>>,
        schedule: Schedule,
        num_hosts: usize,
    ) -> FeedHost {
        let num_hosts = num_hosts.clamp(1, 254);
        for _attempt in 0..20 {
            let first = TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind feed host");
            let port = first.local_addr().expect("local addr").port();
            let mut others = Vec::with_capacity(num_hosts - 1);
            for host in 2..=num_hosts {
                match TcpListener::bind(format!("127.0.0.{host}:{port}")).await {
                    Ok(listener) => others.push(listener),
                    Err(_) => break,
                }
            }
            if others.len() + 1 < num_hosts {
                // The port is taken on one of the addresses: try another.
                continue;
            }
            let mut host = Self::start_on(
                first,
                format!("http://127.0.0.1:{port}"),
                feeds,
                schedule,
                Serving {
                    with_hub: false,
                    control: false,
                    num_hosts,
                },
            );
            for listener in others {
                host.tasks
                    .push(tokio::spawn(accept_loop(listener, host.state.clone())));
            }
            return host;
        }
        panic!("no port free on 127.0.0.1 to 127.0.0.{num_hosts}");
    }

    /// Serves `feeds` on `listener`, naming itself `base_url` (the URL the feeds' readers
    /// reach it at, such as `http://feeds:8080` on a container network), with `/control/…`
    /// taking orders. No hub.
    pub fn start_remote(
        listener: TcpListener,
        base_url: &str,
        feeds: Vec<Vec<CorpusItem>>,
        schedule: Schedule,
    ) -> FeedHost {
        let base_url = base_url.trim_end_matches('/').to_owned();
        let serving = Serving {
            with_hub: false,
            control: true,
            num_hosts: 1,
        };
        Self::start_on(listener, base_url, feeds, schedule, serving)
    }

    fn start_on(
        listener: TcpListener,
        base_url: String,
        feeds: Vec<Vec<CorpusItem>>,
        schedule: Schedule,
        serving: Serving,
    ) -> FeedHost {
        let Serving {
            with_hub,
            control,
            num_hosts,
        } = serving;
        let addr = listener.local_addr().expect("local addr");
        let num_feeds = feeds.len().max(1);
        let appear_after = feeds
            .iter()
            .enumerate()
            .map(|(feed_index, items)| {
                (0..items.len())
                    .map(|item_index| match schedule {
                        Schedule::AllAtOnce => Duration::ZERO,
                        Schedule::Rate(rate) => Duration::from_secs_f64(
                            (item_index * num_feeds + feed_index) as f64 / rate,
                        ),
                    })
                    .collect()
            })
            .collect();
        let state = Arc::new(HostState {
            base_url,
            published: chrono::Utc::now().to_rfc2822(),
            feeds,
            appear_after,
            started: Mutex::new(None),
            started_system: Mutex::new(None),
            faults: Mutex::default(),
            first_served: Mutex::default(),
            stats: Mutex::default(),
            hub: with_hub.then(|| Hub {
                subscribers: Mutex::default(),
                changed: tokio::sync::Notify::new(),
                client: reqwest::Client::builder()
                    .timeout(Duration::from_secs(10))
                    .build()
                    .expect("hub client"),
                delivery: Mutex::default(),
            }),
            documents: Mutex::default(),
            control,
            num_hosts,
        });
        let task = tokio::spawn(accept_loop(listener, state.clone()));
        FeedHost {
            addr,
            state,
            tasks: vec![task],
        }
    }

    /// Items start appearing now (and, with a hub, are pushed as they appear).
    pub fn start_schedule(&self) {
        start_schedule(&self.state);
    }

    /// Waits until `count` feeds have a verified subscriber; false on timeout.
    pub async fn wait_subscribed(&self, count: usize, timeout: Duration) -> bool {
        let Some(hub) = &self.state.hub else {
            return false;
        };
        tokio::time::timeout(timeout, async {
            loop {
                let changed = hub.changed.notified();
                if hub.subscribers.lock().expect("subscribers").len() >= count {
                    return;
                }
                changed.await;
            }
        })
        .await
        .is_ok()
    }

    /// The callback URLs of the verified subscribers.
    pub fn subscriber_callbacks(&self) -> Vec<String> {
        self.state.hub.as_ref().map_or_else(Vec::new, |hub| {
            hub.subscribers
                .lock()
                .expect("subscribers")
                .values()
                .map(|subscriber| subscriber.callback.clone())
                .collect()
        })
    }

    /// Serves `body` as it is at `/doc/<name>` from now on; returns its URL.
    pub fn add_document(&self, name: &str, body: Vec<u8>) -> String {
        self.state
            .documents
            .lock()
            .expect("documents")
            .insert(name.to_owned(), Arc::new(body));
        format!("{}/doc/{name}", self.state.base_url)
    }

    /// Feeds with a verified subscriber.
    pub fn num_subscribed(&self) -> usize {
        self.state
            .hub
            .as_ref()
            .map_or(0, |hub| hub.subscribers.lock().expect("subscribers").len())
    }

    /// `instant` as milliseconds since the Unix epoch (the clock of broker timestamps).
    pub fn epoch_ms(&self, instant: Instant) -> Option<f64> {
        let started = (*self.state.started.lock().expect("started"))?;
        let system = (*self.state.started_system.lock().expect("started"))?;
        let base = system
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs_f64()
            * 1000.0;
        let offset = if instant >= started {
            instant.duration_since(started).as_secs_f64() * 1000.0
        } else {
            -(started.duration_since(instant).as_secs_f64() * 1000.0)
        };
        Some(base + offset)
    }

    pub fn feed_url(&self, feed_index: usize) -> String {
        if self.state.num_hosts > 1 {
            let host = feed_index % self.state.num_hosts + 1;
            return format!(
                "http://127.0.0.{host}:{}/feed/{feed_index}",
                self.addr.port()
            );
        }
        format!("{}/feed/{feed_index}", self.state.base_url)
    }

    /// Where it listens.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn base_url(&self) -> &str {
        &self.state.base_url
    }

    pub fn num_feeds(&self) -> usize {
        self.state.feeds.len()
    }

    pub fn items(&self) -> impl Iterator<Item = &CorpusItem> {
        self.state.feeds.iter().flatten()
    }

    /// Queues faults for the next requests, in order.
    pub fn inject(&self, faults: impl IntoIterator<Item = Fault>) {
        self.state.faults.lock().expect("faults").extend(faults);
    }

    pub fn num_faults_pending(&self) -> usize {
        self.state.faults.lock().expect("faults").len()
    }

    /// When the schedule started, if it did.
    pub fn schedule_started(&self) -> Option<Instant> {
        *self.state.started.lock().expect("started")
    }

    /// When the item appeared (schedule start plus its offset), if the schedule started.
    pub fn appeared_at(&self, feed_index: usize, item_index: usize) -> Option<Instant> {
        let started = (*self.state.started.lock().expect("started"))?;
        Some(started + *self.state.appear_after.get(feed_index)?.get(item_index)?)
    }

    /// When the item was first sent in a complete answer.
    pub fn first_served_at(&self, feed_index: usize, item_index: usize) -> Option<Instant> {
        self.state
            .first_served
            .lock()
            .expect("served")
            .get(&(feed_index, item_index))
            .copied()
    }

    /// When the first item was first served (the pipeline's work can start no earlier).
    pub fn first_serving(&self) -> Option<Instant> {
        self.state
            .first_served
            .lock()
            .expect("served")
            .values()
            .min()
            .copied()
    }

    /// When the last item to be served was first served: with every item visible from
    /// the start, the moment the last feed was read whole for the first time.
    pub fn last_first_serving(&self) -> Option<Instant> {
        self.state
            .first_served
            .lock()
            .expect("served")
            .values()
            .max()
            .copied()
    }

    /// How many items have been sent in a complete answer at least once.
    pub fn num_served(&self) -> usize {
        self.state.first_served.lock().expect("served").len()
    }

    pub fn stats(&self) -> HostStats {
        self.state.stats.lock().expect("stats").clone()
    }
}

impl Drop for FeedHost {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
        if let Some(hub) = &self.state.hub {
            if let Some(task) = hub.delivery.lock().expect("delivery").take() {
                task.abort();
            }
        }
    }
}

/// Items start appearing now; a second start changes nothing.
fn start_schedule(state: &Arc<HostState>) {
    let started = Instant::now();
    {
        let mut slot = state.started.lock().expect("started");
        if slot.is_some() {
            return;
        }
        *slot = Some(started);
    }
    *state.started_system.lock().expect("started") = Some(std::time::SystemTime::now());
    if let Some(hub) = &state.hub {
        let task = tokio::spawn(deliver(state.clone(), started));
        *hub.delivery.lock().expect("delivery") = Some(task);
    }
}

fn remote_status(state: &HostState) -> RemoteStatus {
    RemoteStatus {
        started: state.started.lock().expect("started").is_some(),
        num_served: state.first_served.lock().expect("served").len(),
        items: state
            .feeds
            .iter()
            .flatten()
            .map(|item| RemoteItem {
                guid: item.guid.clone(),
                incident: item.incident,
            })
            .collect(),
    }
}

/// `/control/start` and `/control/status`; None for any other path.
async fn control_request(
    stream: &mut TcpStream,
    state: &Arc<HostState>,
    method: &str,
    path: &str,
) -> Option<()> {
    match (method, path) {
        ("POST", "/control/start") => {
            start_schedule(state);
            let _ = write_response(stream, 200, "text/plain", None, b"started\n", None).await;
        }
        ("GET", "/control/status") => {
            let body = serde_json::to_vec(&remote_status(state)).expect("status serializes");
            let _ = write_response(stream, 200, "application/json", None, &body, None).await;
        }
        _ => return None,
    }
    Some(())
}

async fn accept_loop(listener: TcpListener, state: Arc<HostState>) {
    while let Ok((stream, _)) = listener.accept().await {
        tokio::spawn(answer(stream, state.clone()));
    }
}

async fn answer(mut stream: TcpStream, state: Arc<HostState>) {
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    let path = text.split_whitespace().nth(1).unwrap_or("/").to_owned();
    if state.control && path.starts_with("/control/") {
        let method = text.split_whitespace().next().unwrap_or("GET").to_owned();
        if control_request(&mut stream, &state, &method, &path)
            .await
            .is_none()
        {
            let _ = write_response(&mut stream, 404, "text/plain", None, b"not found", None).await;
        }
        return;
    }
    if path == "/hub" && state.hub.is_some() {
        let body_start = head
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(head.len(), |at| at + 4);
        let mut body = head[body_start..].to_vec();
        let length = header_value(&text, "content-length")
            .and_then(|value| value.parse::<usize>().ok())
            .unwrap_or(0)
            .min(64 * 1024);
        while body.len() < length {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => body.extend_from_slice(&buf[..n]),
            }
        }
        hub_request(&mut stream, &state, &body).await;
        return;
    }
    let if_none_match = header_value(&text, "if-none-match");
    if let Some(name) = path.strip_prefix("/doc/") {
        let document = state
            .documents
            .lock()
            .expect("documents")
            .get(name)
            .cloned();
        let Some(document) = document else {
            let _ = write_response(&mut stream, 404, "text/plain", None, b"not found", None).await;
            return;
        };
        let etag = format!("\"doc-{}\"", document.len());
        let (status, body): (u16, &[u8]) = if if_none_match.as_deref() == Some(etag.as_str()) {
            (304, b"")
        } else {
            (200, &document)
        };
        let _ = write_response(
            &mut stream,
            status,
            "application/rss+xml",
            Some(&etag),
            body,
            None,
        )
        .await;
        return;
    }
    let fault = state.faults.lock().expect("faults").pop_front();
    state.stats.lock().expect("stats").num_requests += 1;
    let Some(feed_index) = path
        .strip_prefix("/feed/")
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n < state.feeds.len())
    else {
        let _ = write_response(&mut stream, 404, "text/plain", None, b"not found", None).await;
        return;
    };
    if let Some(fault) = fault {
        state.stats.lock().expect("stats").faults_served.push(fault);
        serve_fault(&mut stream, &state, feed_index, fault).await;
        return;
    }
    let (visible, etag) = visible_items(&state, feed_index);
    if if_none_match.as_deref() == Some(etag.as_str()) {
        state.stats.lock().expect("stats").num_not_modified += 1;
        let _ = write_response(
            &mut stream,
            304,
            "application/rss+xml",
            Some(&etag),
            b"",
            None,
        )
        .await;
        return;
    }
    let document = rss_document(&state, feed_index, &visible);
    if write_response(
        &mut stream,
        200,
        "application/rss+xml",
        Some(&etag),
        document.as_bytes(),
        None,
    )
    .await
    .is_ok()
    {
        let now = Instant::now();
        let mut served = state.first_served.lock().expect("served");
        for item_index in visible {
            served.entry((feed_index, item_index)).or_insert(now);
        }
        state.stats.lock().expect("stats").num_ok += 1;
    }
}

/// The value of header `name` in a request head.
fn header_value(head: &str, name: &str) -> Option<String> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().to_owned())
    })
}

/// A subscription request: answered 202, then verified at the callback with a challenge
/// (WebSub 5.3); the subscriber is recorded once it echoes the challenge.
async fn hub_request(stream: &mut TcpStream, state: &Arc<HostState>, body: &[u8]) {
    let form: HashMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    let field = |name: &str| form.get(name).cloned().unwrap_or_default();
    let (mode, topic, callback) = (field("hub.mode"), field("hub.topic"), field("hub.callback"));
    let feed_index = topic
        .strip_prefix(&format!("{}/feed/", state.base_url))
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n < state.feeds.len());
    let (Some(feed_index), "subscribe", false) = (feed_index, mode.as_str(), callback.is_empty())
    else {
        let _ = write_response(stream, 400, "text/plain", None, b"bad request", None).await;
        return;
    };
    let _ = write_response(stream, 202, "text/plain", None, b"", None).await;
    let subscriber = Subscriber {
        callback,
        secret: field("hub.secret"),
    };
    let lease = field("hub.lease_seconds");
    let state = state.clone();
    tokio::spawn(async move {
        let Some(hub) = &state.hub else { return };
        let challenge = format!("challenge-{feed_index}-{}", std::process::id());
        let verified = hub
            .client
            .get(&subscriber.callback)
            .query(&[
                ("hub.mode", "subscribe"),
                ("hub.topic", topic.as_str()),
                ("hub.challenge", challenge.as_str()),
                ("hub.lease_seconds", lease.as_str()),
            ])
            .send()
            .await;
        let echoed = match verified {
            Ok(response) if response.status().is_success() => {
                response.text().await.unwrap_or_default() == challenge
            }
            _ => false,
        };
        if echoed {
            hub.subscribers
                .lock()
                .expect("subscribers")
                .insert(feed_index, subscriber);
            hub.changed.notify_waiters();
        }
    });
}

/// Pushes every item as it appears to its feed's subscriber: items that appear together
/// go in one document per feed. A failed push is left to the next poll.
async fn deliver(state: Arc<HostState>, started: Instant) {
    let mut order: Vec<(Duration, usize, usize)> = state
        .appear_after
        .iter()
        .enumerate()
        .flat_map(|(feed, items)| {
            items
                .iter()
                .enumerate()
                .map(move |(item, after)| (*after, feed, item))
        })
        .collect();
    order.sort();
    let mut next = 0;
    while next < order.len() {
        tokio::time::sleep_until((started + order[next].0).into()).await;
        let elapsed = started.elapsed();
        let mut due: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        while next < order.len() && order[next].0 <= elapsed {
            let (_, feed, item) = order[next];
            due.entry(feed).or_default().push(item);
            next += 1;
        }
        for (feed, items) in due {
            tokio::spawn(push(state.clone(), feed, items));
        }
    }
}

async fn push(state: Arc<HostState>, feed_index: usize, items: Vec<usize>) {
    let Some(hub) = &state.hub else { return };
    let subscriber = hub
        .subscribers
        .lock()
        .expect("subscribers")
        .get(&feed_index)
        .cloned();
    let Some(subscriber) = subscriber else { return };
    let document = rss_document(&state, feed_index, &items);
    let signature = sitrep_fetcher::sign(subscriber.secret.as_bytes(), document.as_bytes());
    let sent = hub
        .client
        .post(&subscriber.callback)
        .header("content-type", "application/rss+xml")
        .header("x-hub-signature", signature)
        .body(document)
        .send()
        .await;
    let accepted = sent.is_ok_and(|response| response.status().is_success());
    if accepted {
        let now = Instant::now();
        let mut served = state.first_served.lock().expect("served");
        for item in items {
            served.entry((feed_index, item)).or_insert(now);
        }
    }
    let mut stats = state.stats.lock().expect("stats");
    if accepted {
        stats.num_pushes += 1;
    } else {
        stats.num_push_failures += 1;
    }
}

/// The indexes of the items of a feed that have appeared, and the ETag of that version.
fn visible_items(state: &HostState, feed_index: usize) -> (Vec<usize>, String) {
    let started = *state.started.lock().expect("started");
    let visible: Vec<usize> = match started {
        None => Vec::new(),
        Some(started) => {
            let elapsed = started.elapsed();
            state.appear_after[feed_index]
                .iter()
                .enumerate()
                .filter(|(_, after)| **after <= elapsed)
                .map(|(index, _)| index)
                .collect()
        }
    };
    let etag = format!("\"{feed_index}-{}\"", visible.len());
    (visible, etag)
}

async fn serve_fault(stream: &mut TcpStream, state: &HostState, feed_index: usize, fault: Fault) {
    match fault {
        Fault::Status(status) => {
            let _ = write_response(
                stream,
                status,
                "text/plain",
                None,
                b"injected failure",
                None,
            )
            .await;
        }
        Fault::Stall(duration) => {
            tokio::time::sleep(duration).await;
        }
        Fault::CutMidBody => {
            let (visible, _) = visible_items(state, feed_index);
            let document = rss_document(state, feed_index, &visible);
            let half = document.len() / 2;
            let _ = write_response(
                stream,
                200,
                "application/rss+xml",
                None,
                &document.as_bytes()[..half],
                Some(document.len()),
            )
            .await;
        }
        Fault::TruncatedDocument => {
            let (visible, _) = visible_items(state, feed_index);
            let document = rss_document(state, feed_index, &visible);
            // Cut inside the channel element, so no parser can call it complete.
            let cut = (document.len() / 2).max(60).min(document.len());
            let _ = write_response(
                stream,
                200,
                "application/rss+xml",
                None,
                &document.as_bytes()[..cut],
                None,
            )
            .await;
        }
    }
    let _ = stream.shutdown().await;
}

async fn write_response(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    etag: Option<&str>,
    body: &[u8],
    claimed_length: Option<usize>,
) -> std::io::Result<()> {
    let etag = etag.map(|e| format!("etag: {e}\r\n")).unwrap_or_default();
    let header = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\n{etag}content-length: {}\r\nconnection: close\r\n\r\n",
        claimed_length.unwrap_or(body.len())
    );
    stream.write_all(header.as_bytes()).await?;
    stream.write_all(body).await?;
    stream.flush().await?;
    stream.shutdown().await
}

fn rss_document(state: &HostState, feed_index: usize, visible: &[usize]) -> String {
    let items = &state.feeds[feed_index];
    let mut document = String::with_capacity(visible.len() * 900 + 400);
    let hub_links = if state.hub.is_some() {
        format!(
            "<atom:link rel=\"hub\" href=\"{base}/hub\"/>\n<atom:link rel=\"self\" href=\"{base}/feed/{feed_index}\"/>\n",
            base = state.base_url
        )
    } else {
        String::new()
    };
    document.push_str(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n\
         <title>Loadtest Wire {feed_index}</title>\n<link>{}/</link>\n\
         <description>Generated wire copy for load and fault runs.</description>\n<language>en</language>\n{hub_links}",
        state.base_url
    ));
    let published = &state.published;
    // Newest first, as feeds usually are.
    for &item_index in visible.iter().rev() {
        let item = &items[item_index];
        document.push_str(&format!(
            "<item>\n<title>{}</title>\n<link>{}{}</link>\n<guid isPermaLink=\"false\">{}</guid>\n\
             <pubDate>{published}</pubDate>\n<description><![CDATA[{}]]></description>\n</item>\n",
            escape(&item.title),
            state.base_url,
            item.link_path,
            item.guid,
            item.description
        ));
    }
    document.push_str("</channel>\n</rss>\n");
    document
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
