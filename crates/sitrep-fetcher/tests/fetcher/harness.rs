//! A real HTTP server on 127.0.0.1:0 that a test scripts with an axum router, and the
//! helpers the tests share.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::http::HeaderMap;
use axum::Router;
use chrono::{DateTime, Utc};
use sitrep_fetcher::{FeedSpec, FetchLimits, Fetcher};

/// Serves `router` on a free loopback port until the test ends; returns its address.
pub async fn spawn_server(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let addr = listener.local_addr().expect("a local address");
    tokio::spawn(async move {
        axum::serve(listener, router)
            .await
            .expect("the test server runs");
    });
    addr
}

/// The request headers a server saw, in order.
#[derive(Clone, Default)]
pub struct SeenRequests(Arc<Mutex<Vec<HeaderMap>>>);

impl SeenRequests {
    pub fn record(&self, headers: &HeaderMap) {
        self.0.lock().expect("not poisoned").push(headers.clone());
    }

    pub fn all(&self) -> Vec<HeaderMap> {
        self.0.lock().expect("not poisoned").clone()
    }
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("fixture {}: {error}", path.display()))
}

pub fn feed_at(addr: SocketAddr, path: &str) -> FeedSpec {
    FeedSpec::new(
        &format!("http://{addr}{path}"),
        None,
        Some("Test Feed".to_owned()),
    )
    .expect("a valid feed URL")
}

pub fn fetcher(limits: FetchLimits) -> Fetcher {
    Fetcher::new(limits).expect("a client")
}

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2020-03-13T00:00:00Z")
        .expect("a valid date")
        .with_timezone(&Utc)
}
