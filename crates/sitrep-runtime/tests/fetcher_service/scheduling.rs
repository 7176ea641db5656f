//! The scheduler on the in-process bus against a real HTTP server: Retry-After per host,
//! backoff and recovery, redirect adoption, 410 retirement and the state file.

use std::sync::Arc;
use std::time::Duration;

use sitrep_transport::memory::MemoryBus;
use sitrep_transport::Transport;

use crate::harness::{
    gaps, load, rss, run_once, write_config, Answer, FeedServer, Running, TestFeed,
};

const WAIT: Duration = Duration::from_secs(30);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_defers_every_feed_of_that_host_and_no_other_host() {
    let busy = FeedServer::start().await;
    let other = FeedServer::start().await;
    busy.script(
        "/a",
        vec![
            Answer::status(429).header("retry-after", "3"),
            Answer::feed(rss(0, 2), None),
        ],
    );
    busy.script("/b", vec![Answer::feed(rss(10, 2), None)]);
    other.script("/c", vec![Answer::feed(rss(20, 2), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[
            TestFeed::new("a", busy.url("/a"), Some(1)),
            TestFeed::new("b", busy.url("/b"), Some(1)),
            TestFeed::new("c", other.url("/c"), Some(1)),
        ],
        "",
    ));
    let bus = MemoryBus::new();
    let running = Running::start(&settings, Arc::new(bus.clone()));
    busy.wait_for("/a", 2, WAIT).await;
    running.stop().await;

    let first_a = busy.seen_at("/a")[0].at;
    let second_a = busy.seen_at("/a")[1].at;
    let waited = second_a.duration_since(first_a).as_secs_f64();
    assert!(waited >= 2.9, "/a waited {waited:.2}s of the 3 asked");
    // No request to the busy host while it asked for a pause (b may have been in flight
    // already when the 429 came back: allow requests that started before it).
    let during: Vec<f64> = busy
        .seen_at("/b")
        .iter()
        .filter(|s| s.at > first_a + Duration::from_millis(200))
        .map(|s| s.at.duration_since(first_a).as_secs_f64())
        .filter(|secs| *secs < 2.9)
        .collect();
    assert!(
        during.is_empty(),
        "/b polled during the pause at {during:?}"
    );
    // The other host went on at its own pace meanwhile.
    let other_during = other
        .seen_at("/c")
        .iter()
        .filter(|s| s.at > first_a && s.at < second_a)
        .count();
    assert!(
        other_during >= 2,
        "/c polled {other_during} times during the pause"
    );
    let raw = bus.messages(&settings.topics.items_raw);
    assert!(
        raw.len() >= 6,
        "a's entries emitted once it recovered: {}",
        raw.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_back_off_exponentially_then_recover() {
    let server = FeedServer::start().await;
    server.script(
        "/flaky",
        vec![
            Answer::status(500),
            Answer::status(500),
            Answer::status(503),
            Answer::feed(rss(0, 3), Some("\"v1\"")),
        ],
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[TestFeed::new("flaky", server.url("/flaky"), Some(1))],
        "",
    ));
    let bus = MemoryBus::new();
    let running = Running::start(&settings, Arc::new(bus.clone()));
    server.wait_for("/flaky", 6, WAIT).await;
    running.stop().await;

    let seen = server.seen_at("/flaky");
    let gaps = gaps(&seen);
    // Backoff of 1 s, 2 s, 4 s (less up to a fifth of jitter), then the 1 s interval.
    assert!(gaps[0] >= 0.75 && gaps[0] < 1.6, "{gaps:?}");
    assert!(gaps[1] >= 1.55 && gaps[1] < 2.6, "{gaps:?}");
    assert!(gaps[2] >= 3.15 && gaps[2] < 4.6, "{gaps:?}");
    assert!(
        gaps[3] < 1.6,
        "back to the feed's interval once it recovered: {gaps:?}"
    );
    assert_eq!(bus.messages(&settings.topics.items_raw).len(), 3);
    assert_eq!(
        seen[4].if_none_match.as_deref(),
        Some("\"v1\""),
        "validators kept after recovery"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanent_redirect_is_adopted_after_three_polls_and_a_temporary_one_never() {
    let server = FeedServer::start().await;
    server.script("/old", vec![Answer::status(301).header("location", "/new")]);
    server.script("/new", vec![Answer::feed(rss(0, 2), Some("\"n\""))]);
    server.script(
        "/temp",
        vec![Answer::status(302).header("location", "/elsewhere")],
    );
    server.script("/elsewhere", vec![Answer::feed(rss(10, 2), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[
            TestFeed::new("moved", server.url("/old"), Some(1)),
            TestFeed::new("temp", server.url("/temp"), Some(1)),
        ],
        "",
    ));
    let bus = MemoryBus::new();
    let running = Running::start(&settings, Arc::new(bus.clone()));
    server.wait_for("/new", 6, WAIT).await;
    server.wait_for("/temp", 6, WAIT).await;
    running.stop().await;

    assert_eq!(
        server.seen_at("/old").len(),
        3,
        "adopted after the third 301"
    );
    assert!(server.seen_at("/temp").len() >= 6, "a 302 is never adopted");
    let raw = bus.messages(&settings.topics.items_raw);
    assert_eq!(raw.len(), 4, "each entry once, whichever URL served it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gone_retires_a_feed_until_its_url_changes_also_across_restarts() {
    let server = FeedServer::start().await;
    server.script("/gone", vec![Answer::status(410)]);
    server.script("/alive", vec![Answer::feed(rss(0, 2), None)]);
    server.script("/reborn", vec![Answer::feed(rss(10, 1), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let state_file = dir.path().join("state/fetcher.json");
    let extra = format!("state_file = \"{}\"", state_file.display());
    let feeds = |gone_path: &str| {
        vec![
            TestFeed::new("gone", server.url(gone_path), Some(1)),
            TestFeed::new("alive", server.url("/alive"), Some(1)),
        ]
    };
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &feeds("/gone"),
        &extra,
    ));
    let bus = MemoryBus::new();
    let running = Running::start(&settings, Arc::new(bus.clone()));
    server.wait_for("/alive", 4, WAIT).await;
    running.stop().await;
    assert_eq!(server.seen_at("/gone").len(), 1, "not polled after 410");
    assert!(state_file.exists(), "state saved on the way out");

    // Restarted with the same config: still retired, and the entries already emitted
    // are not emitted again (the state file kept them).
    let alive_before = server.seen_at("/alive").len();
    let second = MemoryBus::new();
    let transport: Arc<dyn Transport> = Arc::new(second.clone());
    run_once(&settings, transport).await;
    assert_eq!(server.seen_at("/gone").len(), 1);
    assert_eq!(server.seen_at("/alive").len(), alive_before + 1);
    assert_eq!(bus.messages(&settings.topics.items_raw).len(), 2);
    assert!(
        second.messages(&settings.topics.items_raw).is_empty(),
        "nothing emitted twice across a restart"
    );

    // The config now names another URL for the feed: polled again.
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &feeds("/reborn"),
        &extra,
    ));
    let again = MemoryBus::new();
    run_once(&settings, Arc::new(again.clone())).await;
    assert_eq!(server.seen_at("/reborn").len(), 1);
    assert_eq!(
        again.messages(&settings.topics.items_raw).len(),
        1,
        "only the new feed's entry: alive's were emitted before"
    );
}
