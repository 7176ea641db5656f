//! The scheduler on the in-process bus: Retry-After per host, backoff and recovery, and
//! 410 retirement with the state file on a paused clock, polls answered by scripts at
//! exact times; redirect adoption against a real HTTP server, end to end.

use std::sync::Arc;
use std::time::Duration;

use sitrep_transport::memory::MemoryBus;
use sitrep_transport::Transport;

use crate::harness::{
    load, polled_at_ms, rss, run_once_scripted, write_config, Answer, FeedServer, Running,
    ScriptedFeeds, TestFeed,
};

const WAIT: Duration = Duration::from_secs(30);

/// The fetcher's settings for exact times: no jitter on intervals or backoff.
const NO_JITTER: &str = "poll_jitter_percent = 0\nbackoff_jitter_percent = 0";

#[tokio::test(start_paused = true)]
async fn retry_after_defers_every_feed_of_that_host_and_no_other_host() {
    let feeds = ScriptedFeeds::new();
    feeds.script(
        "/a",
        vec![
            Answer::status(429).header("retry-after", "3"),
            Answer::feed(rss(0, 2), None),
        ],
    );
    feeds.script("/b", vec![Answer::feed(rss(10, 2), None)]);
    feeds.script("/c", vec![Answer::feed(rss(20, 2), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[
            TestFeed::new("a", ScriptedFeeds::url("busy.test", "/a"), Some(1)),
            TestFeed::new("b", ScriptedFeeds::url("busy.test", "/b"), Some(1)),
            TestFeed::new("c", ScriptedFeeds::url("other.test", "/c"), Some(1)),
        ],
        NO_JITTER,
    ));
    let bus = MemoryBus::new();
    let running = Running::start_scripted(&settings, Arc::new(bus.clone()), &feeds);
    feeds.wait_for("/c", 5, WAIT).await;
    running.stop().await;

    // Times in ms from the first poll, up to c's fifth.
    let origin = feeds.seen_at("/a")[0].at;
    let until = feeds.seen_at("/c")[4].at;
    let times = |path: &str| polled_at_ms(&feeds.seen_at(path), origin, until);
    // a and b start together (two slots per host); a's 429 asks its host for 3 s, so
    // neither is polled again before then, though both are due every second.
    assert_eq!(times("/a"), [0, 3000], "a waits exactly the 3 s asked");
    assert_eq!(times("/b"), [0, 3000], "b waits for its host too");
    // The other host goes on at its own pace meanwhile.
    assert_eq!(times("/c"), [0, 1000, 2000, 3000]);
    let raw = bus.messages(&settings.topics.items_raw);
    assert_eq!(raw.len(), 6, "a's entries emitted once it recovered");
}

#[tokio::test(start_paused = true)]
async fn server_errors_back_off_exponentially_then_recover() {
    let feeds = ScriptedFeeds::new();
    feeds.script(
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
        &[TestFeed::new(
            "flaky",
            ScriptedFeeds::url("flaky.test", "/flaky"),
            Some(1),
        )],
        NO_JITTER,
    ));
    let bus = MemoryBus::new();
    let running = Running::start_scripted(&settings, Arc::new(bus.clone()), &feeds);
    feeds.wait_for("/flaky", 7, WAIT).await;
    running.stop().await;

    let seen = feeds.seen_at("/flaky");
    let times = polled_at_ms(&seen[..6], seen[0].at, seen[6].at);
    // Backoff of 1 s, 2 s and 4 s after the three failures, then the 1 s interval.
    assert_eq!(times, [0, 1000, 3000, 7000, 8000, 9000]);
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

#[tokio::test(start_paused = true)]
async fn gone_retires_a_feed_until_its_url_changes_also_across_restarts() {
    let scripted = ScriptedFeeds::new();
    scripted.script("/gone", vec![Answer::status(410)]);
    scripted.script("/alive", vec![Answer::feed(rss(0, 2), None)]);
    scripted.script("/reborn", vec![Answer::feed(rss(10, 1), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let state_file = dir.path().join("state/fetcher.json");
    let extra = format!("state_file = \"{}\"", state_file.display());
    let feeds = |gone_path: &str| {
        vec![
            TestFeed::new("gone", ScriptedFeeds::url("a.test", gone_path), Some(1)),
            TestFeed::new("alive", ScriptedFeeds::url("a.test", "/alive"), Some(1)),
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
    let running = Running::start_scripted(&settings, Arc::new(bus.clone()), &scripted);
    scripted.wait_for("/alive", 4, WAIT).await;
    running.stop().await;
    assert_eq!(scripted.seen_at("/gone").len(), 1, "not polled after 410");
    assert!(state_file.exists(), "state saved on the way out");

    // Restarted with the same config: still retired, and the entries already emitted
    // are not emitted again (the state file kept them).
    let alive_before = scripted.seen_at("/alive").len();
    let second = MemoryBus::new();
    let transport: Arc<dyn Transport> = Arc::new(second.clone());
    run_once_scripted(&settings, transport, &scripted).await;
    assert_eq!(scripted.seen_at("/gone").len(), 1);
    assert_eq!(scripted.seen_at("/alive").len(), alive_before + 1);
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
    run_once_scripted(&settings, Arc::new(again.clone()), &scripted).await;
    assert_eq!(scripted.seen_at("/reborn").len(), 1);
    assert_eq!(
        again.messages(&settings.topics.items_raw).len(),
        1,
        "only the new feed's entry: alive's were emitted before"
    );
}
