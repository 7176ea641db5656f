//! The `make bench-scale` harness on a few hundred feeds: three fetcher processes in one
//! group on tansu read every feed exactly once in the cycle, with no failed poll, and
//! between them own every feed.

use sitrep_loadtest::scale::{run_scale, ScaleOptions};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_replicas_poll_every_feed_once() {
    let options = ScaleOptions {
        num_feeds: 300,
        num_replicas: 3,
        items_per_feed: 2,
        num_hosts: 10,
        partitions: 6,
        poll_interval_secs: 600,
        log_level: "warn".into(),
        idle_secs: 0,
    };
    let report = run_scale(&options, |line| eprintln!("{line}"))
        .await
        .expect("the harness runs");
    assert!(report.cycle.is_some(), "the cycle did not end");
    assert_eq!(report.feeds_fetched, 300);
    assert_eq!(report.num_requests, 300, "a feed was polled twice");
    assert_eq!(report.num_ok(), 300);
    assert_eq!(report.num_failed(), 0);
    let owned: Vec<u64> = report.replicas.iter().map(|r| r.feeds_owned).collect();
    assert_eq!(owned.iter().sum::<u64>(), 300, "{owned:?}");
    assert!(owned.iter().all(|n| *n > 0), "{owned:?}");
    let emitted: u64 = report.replicas.iter().map(|r| r.entries_emitted).sum();
    assert_eq!(emitted, 600);
}
