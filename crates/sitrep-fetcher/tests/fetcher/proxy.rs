//! The address guard in front of a proxy, through a forward proxy of the test's own: it
//! records each request line it is sent and answers from a script (a feed, or a redirect
//! to an internal address), so a test sees exactly which requests got past sitrep.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::routing::get;
use axum::Router;
use sitrep_fetcher::{AddressPolicy, FeedSpec, FeedState, FetchLimits, PollOutcome};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;
use url::Url;

use crate::harness::{fetcher, fixture, now, spawn_server};

/// A forward proxy: reads one request per connection, records its request target
/// (`http://host/path`), answers what `answer` gives for it and closes.
#[derive(Clone)]
struct TestProxy {
    url: Url,
    targets: Arc<Mutex<Vec<String>>>,
}

impl TestProxy {
    async fn start(answer: fn(&str) -> Vec<u8>) -> TestProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let proxy = TestProxy {
            url: Url::parse(&format!("http://{addr}")).expect("url"),
            targets: Arc::default(),
        };
        let targets = proxy.targets.clone();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let targets = targets.clone();
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut buffer = [0u8; 4096];
                    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => head.extend_from_slice(&buffer[..n]),
                        }
                    }
                    let head = String::from_utf8_lossy(&head).into_owned();
                    let target = head
                        .split_whitespace()
                        .nth(1)
                        .unwrap_or_default()
                        .to_owned();
                    targets.lock().expect("targets").push(target.clone());
                    let _ = stream.write_all(&answer(&target)).await;
                    let _ = stream.shutdown().await;
                });
            }
        });
        proxy
    }

    fn targets(&self) -> Vec<String> {
        self.targets.lock().expect("targets").clone()
    }
}

fn http_response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut response = format!("HTTP/1.1 {status}\r\nconnection: close\r\n");
    for (name, value) in headers {
        response.push_str(&format!("{name}: {value}\r\n"));
    }
    response.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
    let mut bytes = response.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// Feeds for any target, except `/to-*` paths, which redirect to an internal address.
fn scripted(target: &str) -> Vec<u8> {
    if target.ends_with("/to-loopback") {
        http_response("302 Found", &[("location", "http://localhost/admin")], b"")
    } else if target.ends_with("/to-metadata") {
        http_response(
            "301 Moved Permanently",
            &[("location", "http://169.254.169.254/latest/meta-data/")],
            b"",
        )
    } else {
        http_response(
            "200 OK",
            &[("content-type", "application/rss+xml")],
            &fixture("rss2.xml"),
        )
    }
}

fn limits(policy: AddressPolicy, proxy: Option<&TestProxy>) -> FetchLimits {
    FetchLimits {
        total_timeout: Duration::from_secs(10),
        address_policy: policy,
        proxy: proxy.map(|proxy| proxy.url.clone()),
        ..FetchLimits::default()
    }
}

fn feed(url: &str) -> FeedSpec {
    FeedSpec::new(url, None, None).expect("a valid feed URL")
}

#[tokio::test]
async fn proxies_from_the_environment_are_not_used() {
    let proxy = TestProxy::start(scripted).await;
    let served = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let router = Router::new().route(
        "/feed",
        get({
            let served = served.clone();
            move || async move {
                served.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                fixture("rss2.xml")
            }
        }),
    );
    let addr = spawn_server(router).await;
    // nextest runs each test in a process of its own: the variables reach no other test.
    for name in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"] {
        std::env::set_var(name, proxy.url.as_str());
    }
    std::env::remove_var("NO_PROXY");
    std::env::remove_var("no_proxy");
    let fetcher = fetcher(limits(AddressPolicy::PublicOnly, None));
    let internal = feed(&format!("http://localhost:{}/feed", addr.port()));
    let error = fetcher
        .poll(&internal, &FeedState::default(), now())
        .await
        .expect_err("a loopback name is refused");
    assert_eq!(error.kind(), "refused_address", "{error}");
    assert_eq!(
        proxy.targets(),
        Vec::<String>::new(),
        "nothing went to the proxy"
    );
    assert_eq!(served.load(std::sync::atomic::Ordering::SeqCst), 0);
}

#[tokio::test]
async fn names_and_redirect_targets_are_checked_before_the_configured_proxy() {
    let proxy = TestProxy::start(scripted).await;
    let guarded = fetcher(limits(AddressPolicy::PublicOnly, Some(&proxy)));

    // A name of the local machine never reaches the proxy.
    let error = guarded
        .poll(
            &feed("http://localhost:9/feed"),
            &FeedState::default(),
            now(),
        )
        .await
        .expect_err("loopback name");
    assert_eq!(error.kind(), "refused_address", "{error}");
    assert!(error.to_string().contains("localhost"), "{error}");
    assert!(proxy.targets().is_empty(), "{:?}", proxy.targets());

    // A public address goes through the proxy, its redirects to internal ones do not.
    for path in ["to-loopback", "to-metadata"] {
        let before = proxy.targets().len();
        let url = format!("http://1.1.1.1/{path}");
        let error = guarded
            .poll(&feed(&url), &FeedState::default(), now())
            .await
            .expect_err("redirect to an internal address");
        assert_eq!(error.kind(), "refused_address", "{path}: {error}");
        assert_eq!(
            &proxy.targets()[before..],
            std::slice::from_ref(&url),
            "only the first hop went to the proxy"
        );
    }
    let polled = guarded
        .poll(&feed("http://1.1.1.1/feed"), &FeedState::default(), now())
        .await
        .expect("a public feed through the proxy");
    assert!(matches!(polled, PollOutcome::Fetched { ref items, .. } if !items.is_empty()));

    // Allowing private addresses lets names through unresolved, still by the proxy.
    let open = fetcher(limits(AddressPolicy::AllowPrivate, Some(&proxy)));
    let polled = open
        .poll(
            &feed("http://feeds.internal.test/feed"),
            &FeedState::default(),
            now(),
        )
        .await
        .expect("a private name allowed");
    assert!(matches!(polled, PollOutcome::Fetched { .. }));
    assert_eq!(
        proxy.targets().last().map(String::as_str),
        Some("http://feeds.internal.test/feed")
    );
}
