//! WebSub push against a real hub on a real local HTTP server: the feed names the hub,
//! the fetcher subscribes, the hub verifies intent at the callback, and what the hub
//! pushes is emitted without a poll, under the same id window and dead letters.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use sitrep_transport::memory::MemoryBus;
use sitrep_transport::Transport as _;
use tokio::sync::Notify;

use crate::harness::{load, rss_with, write_config, Answer, FeedServer, Running, TestFeed};

const WAIT: Duration = Duration::from_secs(30);

/// A subscription the hub verified.
#[derive(Clone, Debug)]
struct Verified {
    topic: String,
    callback: String,
    secret: String,
    lease_seconds: u64,
}

#[derive(Default)]
struct HubInner {
    requests: Mutex<Vec<Vec<(String, String)>>>,
    verified: Mutex<Vec<Verified>>,
    changed: Notify,
}

/// A WebSub hub: takes subscription requests, verifies them at the callback with a
/// challenge, and publishes signed content to verified subscribers.
#[derive(Clone)]
struct TestHub {
    url: String,
    inner: Arc<HubInner>,
    client: reqwest::Client,
}

impl TestHub {
    async fn start() -> TestHub {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the hub");
        let url = format!("http://{}/hub", listener.local_addr().expect("addr"));
        let hub = TestHub {
            url,
            inner: Arc::default(),
            client: reqwest::Client::new(),
        };
        let router = Router::new()
            .route("/hub", post(subscribe))
            .with_state(hub.clone());
        tokio::spawn(async move {
            axum::serve(listener, router).await.expect("the hub runs");
        });
        hub
    }

    async fn wait_verified(&self, count: usize) -> Vec<Verified> {
        let waited = tokio::time::timeout(WAIT, async {
            loop {
                let changed = self.inner.changed.notified();
                let verified = self.inner.verified.lock().expect("verified").clone();
                if verified.len() >= count {
                    return verified;
                }
                changed.await;
            }
        })
        .await;
        waited.unwrap_or_else(|_| {
            panic!(
                "no verified subscription; requests: {:?}",
                self.inner.requests.lock().expect("requests")
            )
        })
    }

    /// Posts `body` to the subscriber, signed with `secret`; the status it answered.
    async fn publish(&self, subscription: &Verified, body: &[u8], secret: &str) -> u16 {
        self.client
            .post(&subscription.callback)
            .header("content-type", "application/rss+xml")
            .header(
                "x-hub-signature",
                sitrep_fetcher::sign(secret.as_bytes(), body),
            )
            .body(body.to_vec())
            .send()
            .await
            .expect("the callback answers")
            .status()
            .as_u16()
    }

    /// Asks the callback to confirm a subscription; its status and body.
    async fn verify(&self, callback: &str, mode: &str, topic: &str) -> (u16, String) {
        let response = self
            .client
            .get(callback)
            .query(&[
                ("hub.mode", mode),
                ("hub.topic", topic),
                ("hub.challenge", "challenge-42"),
                ("hub.lease_seconds", "3600"),
            ])
            .send()
            .await
            .expect("the callback answers");
        let status = response.status().as_u16();
        (status, response.text().await.unwrap_or_default())
    }
}

async fn subscribe(State(hub): State<TestHub>, body: Bytes) -> StatusCode {
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    hub.inner
        .requests
        .lock()
        .expect("requests")
        .push(form.clone());
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (topic, callback) = (field("hub.topic"), field("hub.callback"));
    let (secret, lease) = (field("hub.secret"), field("hub.lease_seconds"));
    let hub2 = hub.clone();
    // Verification of intent happens after the request is answered, as a hub does it.
    tokio::spawn(async move {
        let (status, echoed) = hub2.verify(&callback, "subscribe", &topic).await;
        if status == 200 && echoed == "challenge-42" {
            hub2.inner
                .verified
                .lock()
                .expect("verified")
                .push(Verified {
                    topic,
                    callback,
                    secret,
                    lease_seconds: lease.parse().unwrap_or(0),
                });
        }
        hub2.inner.changed.notify_waiters();
    });
    StatusCode::ACCEPTED
}

/// An RSS document with entries `first..first + n` that names `hub` and its own URL.
fn rss_with_hub(first: usize, n: usize, hub: &str, topic: &str) -> Vec<u8> {
    rss_with(
        first,
        n,
        &format!(
            "<atom:link rel=\"hub\" href=\"{hub}\"/><atom:link rel=\"self\" href=\"{topic}\"/>"
        ),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_naming_a_hub_is_subscribed_and_its_pushes_are_emitted_without_a_poll() {
    let hub = TestHub::start().await;
    let server = FeedServer::start().await;
    let topic = server.url("/a");
    server.script(
        "/a",
        vec![Answer::feed(rss_with_hub(0, 2, &hub.url, &topic), None)],
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let port = sitrep_testkit::free_port();
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        // Polled once at start, then not for an hour: whatever comes later is pushed.
        &[TestFeed::new("a", topic.clone(), Some(3600))],
        &format!(
            "max_body_bytes = 8192\n\
             [fetcher.websub]\nenabled = true\nlisten = \"127.0.0.1:{port}\"\n\
             callback_url = \"http://127.0.0.1:{port}/\"\nlease_secs = 3600\n"
        ),
    ));
    let bus = MemoryBus::new();
    let raw = settings.topics.items_raw.clone();
    let running = Running::start(&settings, Arc::new(bus.clone()));

    let subscription = hub.wait_verified(1).await.remove(0);
    assert_eq!(subscription.topic, topic, "the self link is the topic");
    assert!(
        subscription
            .callback
            .starts_with(&format!("http://127.0.0.1:{port}/websub/feed_")),
        "the callback names the feed id: {}",
        subscription.callback
    );
    assert_eq!(subscription.secret.len(), 64, "a fresh 32-byte secret");
    assert_eq!(subscription.lease_seconds, 3600);
    bus.wait_messages(&raw, 2).await;

    // A delta with one entry already emitted and two new ones.
    let delta = rss_with_hub(1, 3, &hub.url, &topic);
    assert_eq!(
        hub.publish(&subscription, &delta, &subscription.secret)
            .await,
        202
    );
    tokio::time::timeout(WAIT, bus.wait_messages(&raw, 4))
        .await
        .expect("the pushed entries are emitted");
    // The same content again, and content signed with another secret: nothing new.
    assert_eq!(
        hub.publish(&subscription, &delta, &subscription.secret)
            .await,
        202
    );
    let forged = rss_with_hub(10, 1, &hub.url, &topic);
    assert_eq!(
        hub.publish(&subscription, &forged, "not-the-secret").await,
        202
    );
    // A document that is no feed goes to the dead-letter topic.
    assert_eq!(
        hub.publish(&subscription, b"<html>oops</html>", &subscription.secret)
            .await,
        202
    );
    let deadletter = settings.topics.deadletter.clone();
    tokio::time::timeout(WAIT, bus.wait_messages(&deadletter, 1))
        .await
        .expect("the bad push is dead-lettered");
    // Content after the dead letter still flows, so the forged entry 10 would be here
    // by now had it been taken.
    let after = rss_with_hub(4, 1, &hub.url, &topic);
    assert_eq!(
        hub.publish(&subscription, &after, &subscription.secret)
            .await,
        202
    );
    tokio::time::timeout(WAIT, bus.wait_messages(&raw, 5))
        .await
        .expect("later pushes still emitted");

    // Content over fetcher.max_body_bytes is refused before it is read whole.
    let huge = rss_with_hub(100, 60, &hub.url, &topic);
    assert!(huge.len() > 8192);
    assert_eq!(
        hub.publish(&subscription, &huge, &subscription.secret)
            .await,
        413
    );

    // Verifications this fetcher did not ask for are refused; the real one is echoed.
    let (status, _) = hub
        .verify(
            &subscription.callback,
            "subscribe",
            "http://elsewhere.example/",
        )
        .await;
    assert_eq!(status, 404, "another topic");
    let other_feed = format!("http://127.0.0.1:{port}/websub/nope");
    assert_eq!(hub.verify(&other_feed, "subscribe", &topic).await.0, 404);
    let unknown = Verified {
        callback: other_feed,
        ..subscription.clone()
    };
    assert_eq!(
        hub.publish(&unknown, &after, &subscription.secret).await,
        410,
        "content for a feed without a subscription here"
    );
    running.stop().await;

    let guids: Vec<String> = bus
        .messages(&raw)
        .iter()
        .map(|message| {
            let value: serde_json::Value =
                serde_json::from_slice(message.payload.as_deref().expect("payload")).expect("json");
            value["guid"].as_str().unwrap_or_default().to_owned()
        })
        .collect();
    assert_eq!(
        guids,
        ["entry-0", "entry-1", "entry-2", "entry-3", "entry-4"],
        "each entry once, in order, and nothing forged"
    );
    assert_eq!(
        server.seen_at("/a").len(),
        1,
        "one poll at start; the rest came by push"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pushed_entries_reach_the_state_topic_by_the_stop_so_a_restart_emits_nothing_twice() {
    let broker = sitrep_testkit::Broker::start().await;
    let hub = TestHub::start().await;
    let server = FeedServer::start().await;
    let topic = server.url("/a");
    // At first the feed holds entry 0; by the restart it holds the pushed ones too.
    server.script(
        "/a",
        vec![
            Answer::feed(rss_with_hub(0, 1, &hub.url, &topic), None),
            Answer::feed(rss_with_hub(0, 8, &hub.url, &topic), None),
        ],
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let port = sitrep_testkit::free_port();
    let settings = load(&write_config(
        dir.path(),
        "kafka",
        broker.bootstrap(),
        &[TestFeed::new("a", topic.clone(), Some(3600))],
        &format!(
            "[fetcher.websub]\nenabled = true\nlisten = \"127.0.0.1:{port}\"\n\
             callback_url = \"http://127.0.0.1:{port}/\"\n"
        ),
    ));
    let transport: Arc<dyn sitrep_transport::Transport> = Arc::new(
        sitrep_transport::kafka::KafkaTransport::new(settings.kafka.clone()).expect("kafka"),
    );
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");
    let raw = sitrep_testkit::TopicWatcher::new(broker.bootstrap(), &settings.topics.items_raw);
    let running = Running::start(&settings, transport);
    let subscription = hub.wait_verified(1).await.remove(0);
    raw.take(1, WAIT).await;
    // Seven pushes in a burst: their states are written at most once a second, so the
    // last ones are still unwritten when the stop comes.
    for entry in 1..8 {
        let body = rss_with_hub(entry, 1, &hub.url, &topic);
        assert_eq!(
            hub.publish(&subscription, &body, &subscription.secret)
                .await,
            202
        );
    }
    raw.take(7, WAIT).await;
    running.stop().await;

    // A new process polls the feed at start (to subscribe again) and finds every entry
    // in the state it reads back.
    let transport: Arc<dyn sitrep_transport::Transport> = Arc::new(
        sitrep_transport::kafka::KafkaTransport::new(settings.kafka.clone()).expect("kafka"),
    );
    let running = Running::start(&settings, transport);
    hub.wait_verified(2).await;
    server.wait_for("/a", 2, WAIT).await;
    running.stop().await;
    let records = sitrep_testkit::read_topic(broker.bootstrap(), &settings.topics.items_raw).await;
    assert_eq!(records.len(), 8, "entries 0..8 once each");
    let states = sitrep_runtime::fetch::fold_records(
        sitrep_transport::kafka::KafkaTransport::new(settings.kafka.clone())
            .expect("kafka")
            .read_all(&settings.topics.fetcher_state)
            .await
            .expect("state records"),
    );
    assert_eq!(
        states[&sitrep_contract::FeedId::for_feed("a")].num_emitted(),
        8
    );
}

/// A raw HTTP/1.1 client connection, for requests no well-behaved client sends: heads
/// left half-sent, bodies declared and held back.
struct RawConnection {
    stream: tokio::net::TcpStream,
    /// Bytes read past the last head returned.
    pending: Vec<u8>,
}

impl RawConnection {
    async fn open(addr: &str) -> RawConnection {
        RawConnection {
            stream: tokio::net::TcpStream::connect(addr)
                .await
                .expect("connect to the callback server"),
            pending: Vec::new(),
        }
    }

    async fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        use tokio::io::AsyncWriteExt as _;
        self.stream.write_all(bytes).await
    }

    /// The next response head's status; None when the server closed the connection
    /// before a whole head came (or after WAIT).
    async fn status(&mut self) -> Option<u16> {
        use tokio::io::AsyncReadExt as _;
        let read = tokio::time::timeout(WAIT, async {
            loop {
                if let Some(end) = self.pending.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head: Vec<u8> = self.pending.drain(..end + 4).collect();
                    let head = String::from_utf8_lossy(&head).into_owned();
                    return head.split_whitespace().nth(1)?.parse().ok();
                }
                let mut buffer = [0u8; 4096];
                match self.stream.read(&mut buffer).await {
                    Ok(0) | Err(_) => return None,
                    Ok(n) => self.pending.extend_from_slice(&buffer[..n]),
                }
            }
        })
        .await;
        read.ok().flatten()
    }
}

/// A POST head for `path` declaring `length` body bytes, asking to be told before it
/// sends them.
fn post_head(path: &str, length: usize, expect_continue: bool) -> Vec<u8> {
    let expect = if expect_continue {
        "expect: 100-continue\r\n"
    } else {
        ""
    };
    format!(
        "POST {path} HTTP/1.1\r\nhost: hub\r\ncontent-type: application/rss+xml\r\n\
         x-hub-signature: sha256=00\r\ncontent-length: {length}\r\n{expect}\r\n"
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_callback_flood_is_refused_at_the_door_and_held_to_its_limits() {
    const MIB: usize = 1024 * 1024;
    let hub = TestHub::start().await;
    let server = FeedServer::start().await;
    let topic = server.url("/a");
    server.script(
        "/a",
        vec![Answer::feed(rss_with_hub(0, 1, &hub.url, &topic), None)],
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let port = sitrep_testkit::free_port();
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[TestFeed::new("a", topic.clone(), Some(3600))],
        &format!(
            "[fetcher.websub]\nenabled = true\nlisten = \"127.0.0.1:{port}\"\n\
             callback_url = \"http://127.0.0.1:{port}/\"\nlease_secs = 3600\n\
             max_connections = 16\nmax_buffered_bytes = {}\n\
             header_timeout_secs = 2\nbody_timeout_secs = 5\n",
            16 * MIB
        ),
    ));
    let bus = MemoryBus::new();
    let raw = settings.topics.items_raw.clone();
    let running = Running::start(&settings, Arc::new(bus.clone()));
    let subscription = hub.wait_verified(1).await.remove(0);
    bus.wait_messages(&raw, 1).await;
    let addr = format!("127.0.0.1:{port}");
    let path = subscription
        .callback
        .strip_prefix(&format!("http://{addr}"))
        .expect("the callback is on the server")
        .to_owned();

    // Content for a feed not subscribed here: 410 before a byte of the body is asked for.
    let mut unknown = RawConnection::open(&addr).await;
    unknown
        .send(&post_head("/websub/nope", 9 * MIB, true))
        .await
        .expect("send");
    assert_eq!(unknown.status().await, Some(410), "not 100 Continue");
    // A declared length over fetcher.max_body_bytes (10 MiB): 413, unread.
    let mut huge = RawConnection::open(&addr).await;
    huge.send(&post_head(&path, 11 * MIB, true))
        .await
        .expect("send");
    assert_eq!(huge.status().await, Some(413));

    // The byte budget: two 8 MiB bodies in flight hold all 16 MiB, a third is refused
    // before its body; once they are read, there is room again.
    let mut holders = Vec::new();
    for _ in 0..2 {
        let mut holder = RawConnection::open(&addr).await;
        holder
            .send(&post_head(&path, 8 * MIB, true))
            .await
            .expect("send");
        assert_eq!(holder.status().await, Some(100), "room for the body");
        holder
            .send(&vec![b'x'; 1024])
            .await
            .expect("part of the body");
        holders.push(holder);
    }
    let mut third = RawConnection::open(&addr).await;
    third
        .send(&post_head(&path, 8 * MIB, true))
        .await
        .expect("send");
    assert_eq!(third.status().await, Some(503), "the budget is full");
    for holder in &mut holders {
        holder
            .send(&vec![b'x'; 8 * MIB - 1024])
            .await
            .expect("the rest");
        assert_eq!(
            holder.status().await,
            Some(202),
            "read, and dropped: bad signature"
        );
    }
    let mut fourth = RawConnection::open(&addr).await;
    fourth
        .send(&post_head(&path, 8 * MIB, true))
        .await
        .expect("send");
    assert_eq!(
        fourth.status().await,
        Some(100),
        "the budget was given back"
    );
    fourth.send(&vec![b'x'; 8 * MIB]).await.expect("body");
    assert_eq!(fourth.status().await, Some(202));

    // The connection cap: 16 half-sent heads take every slot; a 17th connection with a
    // whole request closes the oldest of them (still short of its head) and is served.
    let mut half_sent = Vec::new();
    for _ in 0..16 {
        let mut connection = RawConnection::open(&addr).await;
        connection
            .send(format!("POST {path} HTTP/1.1\r\nhost: hub\r\n").as_bytes())
            .await
            .expect("send");
        half_sent.push(connection);
    }
    let mut whole = RawConnection::open(&addr).await;
    whole
        .send(b"GET /websub/nope HTTP/1.1\r\nhost: hub\r\n\r\n")
        .await
        .expect("send");
    assert_eq!(
        whole.status().await,
        Some(404),
        "served: the oldest half-sent head made room"
    );
    // Half-sent heads are closed unanswered (the oldest to make room, the others by the
    // header timeout), which frees the slots.
    for connection in &mut half_sent {
        assert_eq!(connection.status().await, None);
    }
    // When every open connection is past its head (bodies on their way), a new one is
    // closed at the door, though its request is whole.
    let mut sending = Vec::new();
    for _ in 0..16 {
        let mut connection = RawConnection::open(&addr).await;
        connection
            .send(&post_head(&path, 1024, true))
            .await
            .expect("send");
        assert_eq!(connection.status().await, Some(100), "room for the body");
        sending.push(connection);
    }
    let mut refused = RawConnection::open(&addr).await;
    let _ = refused
        .send(b"GET /websub/nope HTTP/1.1\r\nhost: hub\r\n\r\n")
        .await;
    assert_eq!(refused.status().await, None, "closed at the door");
    for connection in &mut sending {
        connection.send(&[b'x'; 1024]).await.expect("the body");
        assert_eq!(connection.status().await, Some(202), "read, bad signature");
    }
    let mut after = RawConnection::open(&addr).await;
    after
        .send(b"GET /websub/nope HTTP/1.1\r\nhost: hub\r\n\r\n")
        .await
        .expect("send");
    assert_eq!(after.status().await, Some(404), "served again");

    // The flood: 60 clients each push a 9 MiB body without waiting to be asked, 40 more
    // leave their heads half-sent. The fetcher holds at most its budget of it.
    let body: Arc<Vec<u8>> = Arc::new(vec![b'x'; 9 * MIB]);
    let mut flood = tokio::task::JoinSet::new();
    for index in 0..100 {
        let (addr, path, body) = (addr.clone(), path.clone(), body.clone());
        flood.spawn(async move {
            let Ok(stream) = tokio::net::TcpStream::connect(&addr).await else {
                return;
            };
            let mut connection = RawConnection {
                stream,
                pending: Vec::new(),
            };
            if index % 5 < 2 {
                let _ = connection.send(b"POST /websub/x HTTP/1.1\r\nhost: h").await;
            } else {
                let _ = connection.send(&post_head(&path, body.len(), false)).await;
                let _ = connection.send(&body).await;
            }
            let _ = connection.status().await;
        });
    }
    while flood.join_next().await.is_some() {}
    let peak = sitrep_testkit::proc_stats::Resources::of(std::process::id()).expect("/proc");
    println!(
        "websub flood: 60 pushes of 9 MiB and 40 half-sent heads; the test process (fetcher \
         and clients) peaked at {:.0} MB resident",
        peak.peak_rss_bytes as f64 / 1e6
    );
    assert!(
        peak.peak_rss_bytes < 200_000_000,
        "peak RSS {} bytes",
        peak.peak_rss_bytes
    );

    // And the subscription still takes real content.
    let entry = rss_with_hub(1, 1, &hub.url, &topic);
    assert_eq!(
        hub.publish(&subscription, &entry, &subscription.secret)
            .await,
        202
    );
    tokio::time::timeout(WAIT, bus.wait_messages(&raw, 2))
        .await
        .expect("the pushed entry is emitted");
    running.stop().await;
}
