//! `run --once` tells what went wrong: a summary of the cycle (and a failure when every
//! feed failed), the feeds skipped because their host asked to wait, and entries left out
//! past the per-feed cap.

use std::sync::Arc;

use sitrep_runtime::fetch::CycleSummary;
use sitrep_transport::memory::MemoryBus;

use crate::harness::{load, rss, run_once, write_config, Answer, FeedServer, Logs, TestFeed};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cycle_in_which_every_feed_failed_says_so() {
    let server = FeedServer::start().await;
    server.script("/gone-wrong", vec![Answer::status(500)]);
    server.script(
        "/not-a-feed",
        vec![Answer::feed(b"<html>no</html>".to_vec(), None)],
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[
            TestFeed::new("a", server.url("/gone-wrong"), None),
            TestFeed::new("b", server.url("/not-a-feed"), None),
            // Nothing listens on port 1.
            TestFeed::new("c", "http://127.0.0.1:1/feed".to_owned(), None),
        ],
        "",
    ));
    let summary = run_once(&settings, Arc::new(MemoryBus::new())).await;
    assert_eq!(
        summary,
        CycleSummary {
            num_ok: 0,
            num_failed: 3,
            num_skipped: 0
        }
    );
    assert!(summary.all_failed());
    assert_eq!(
        summary.describe(),
        "3 feeds: 0 ok, 3 failed, 0 skipped (their host asked to wait)"
    );

    // One feed that answers is enough for the cycle to count as run.
    server.script("/fine", vec![Answer::feed(rss(0, 1), None)]);
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[
            TestFeed::new("a", server.url("/gone-wrong"), None),
            TestFeed::new("d", server.url("/fine"), None),
        ],
        "",
    ));
    let summary = run_once(&settings, Arc::new(MemoryBus::new())).await;
    assert_eq!((summary.num_ok, summary.num_failed), (1, 1));
    assert!(!summary.all_failed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_skipped_after_a_retry_after_are_named_and_a_cut_is_logged() {
    let logs = Logs::capture();
    let busy = FeedServer::start().await;
    busy.script(
        "/first",
        vec![Answer::status(503).header("retry-after", "120")],
    );
    busy.script("/second", vec![Answer::feed(rss(0, 1), None)]);
    busy.script("/third", vec![Answer::feed(rss(10, 1), None)]);
    let other = FeedServer::start().await;
    other.script("/long", vec![Answer::feed(rss(100, 30), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[
            TestFeed::new("first", busy.url("/first"), None),
            TestFeed::new("second", busy.url("/second"), None),
            TestFeed::new("third", busy.url("/third"), None),
            TestFeed::new("long", other.url("/long"), None),
        ],
        // One poll per host at a time: the 503 comes back before the host's other feeds start.
        "max_concurrent_per_host = 1\nmax_entries = 10",
    ));
    let bus = MemoryBus::new();
    let summary = run_once(&settings, Arc::new(bus.clone())).await;
    assert_eq!(
        summary,
        CycleSummary {
            num_ok: 1,
            num_failed: 1,
            num_skipped: 2
        }
    );
    assert!(busy.seen_at("/second").is_empty() && busy.seen_at("/third").is_empty());
    let logs = logs.text();
    for path in ["/second", "/third"] {
        let named = logs.lines().any(|line| {
            line.contains("feed skipped: its host asked to wait") && line.contains(&busy.url(path))
        });
        assert!(named, "{path} not named as skipped:\n{logs}");
    }
    let cut = logs
        .lines()
        .find(|line| line.contains("entries past fetcher.max_entries left out"))
        .unwrap_or_else(|| panic!("no line about the cut:\n{logs}"));
    assert!(
        cut.contains("num_left_out=20") && cut.contains(&other.url("/long")),
        "{cut}"
    );
    assert!(
        logs.contains("fetch cycle done: 4 feeds: 1 ok, 1 failed, 2 skipped"),
        "{logs}"
    );
    assert_eq!(bus.messages(&settings.topics.items_raw).len(), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_document_is_no_success_and_a_repaired_one_says_what_was_mended() {
    let logs = Logs::capture();
    let server = FeedServer::start().await;
    server.script("/empty", vec![Answer::feed(rss(0, 0), None)]);
    // No version on <rss>, and a bare ampersand in a title.
    let repaired = String::from_utf8(rss(0, 2))
        .expect("UTF-8")
        .replace("rss version=\"2.0\"", "rss")
        .replace("<title>Entry 1</title>", "<title>Entry 1 & more</title>");
    server.script("/repaired", vec![Answer::feed(repaired.into_bytes(), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[TestFeed::new("e", server.url("/empty"), None)],
        "",
    ));
    let summary = run_once(&settings, Arc::new(MemoryBus::new())).await;
    assert_eq!((summary.num_ok, summary.num_failed), (0, 1));
    let text = logs.text();
    assert!(
        text.lines().any(|line| line.contains("WARN")
            && line.contains("feed document holds no entries")
            && line.contains("outcome=\"empty\"")),
        "{text}"
    );

    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &[TestFeed::new("r", server.url("/repaired"), None)],
        "",
    ));
    let bus = Arc::new(MemoryBus::new());
    let summary = run_once(&settings, bus.clone()).await;
    assert_eq!((summary.num_ok, summary.num_failed), (1, 0));
    let text = logs.text();
    let line = text
        .lines()
        .find(|line| line.contains("feed document repaired"))
        .unwrap_or_else(|| panic!("no repair line: {text}"));
    assert!(
        line.contains("bare_ampersand x1") && line.contains("rss_version x1"),
        "{line}"
    );
}
