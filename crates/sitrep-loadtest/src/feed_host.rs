//! A real HTTP server for generated feeds: `/feed/<n>` is an RSS 2.0 document of the
//! items of feed `n` that have appeared so far.
//!
//! Items appear on a schedule (all at once, or at a steady rate across feeds), so a run
//! can measure the latency from an item's appearance to its event. The host remembers
//! when each item was first served. Faults queued with [`FeedHost::inject`] are applied
//! to the next requests, one fault per request: an error status, a stall with no answer,
//! a body cut off mid-transfer, or a document cut short with an honest length. Faulty
//! answers carry no ETag, so no client can take a broken answer as the current version.

use std::collections::{HashMap, VecDeque};
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
}

pub struct FeedHost {
    addr: SocketAddr,
    state: Arc<HostState>,
    task: tokio::task::JoinHandle<()>,
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
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind feed host");
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
            base_url: format!("http://{addr}"),
            published: chrono::Utc::now().to_rfc2822(),
            feeds,
            appear_after,
            started: Mutex::new(None),
            started_system: Mutex::new(None),
            faults: Mutex::default(),
            first_served: Mutex::default(),
            stats: Mutex::default(),
        });
        let task = tokio::spawn(accept_loop(listener, state.clone()));
        FeedHost { addr, state, task }
    }

    /// Items start appearing now.
    pub fn start_schedule(&self) {
        *self.state.started.lock().expect("started") = Some(Instant::now());
        *self.state.started_system.lock().expect("started") = Some(std::time::SystemTime::now());
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
        format!("http://{}/feed/{feed_index}", self.addr)
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
        self.task.abort();
    }
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
    let if_none_match = text.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("if-none-match")
            .then(|| value.trim().to_owned())
    });
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
    document.push_str(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n\
         <title>Loadtest Wire {feed_index}</title>\n<link>{}/</link>\n\
         <description>Generated wire copy for load and fault runs.</description>\n<language>en</language>\n",
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
