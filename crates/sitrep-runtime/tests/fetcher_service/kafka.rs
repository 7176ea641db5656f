//! The fetcher on a real broker (tansu): state in the compacted state topic read back at
//! start, and replicas sharing the feeds through the consumer group.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use sitrep_contract::FeedId;
use sitrep_runtime::fetch::{fold_records, partition_of};
use sitrep_testkit::{read_topic, Broker};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::Transport;

use crate::harness::{
    gaps, load, rss, run_once, write_config, Answer, FeedServer, Running, TestFeed,
};

fn kafka(settings: &sitrep_runtime::Settings) -> Arc<dyn Transport> {
    Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("kafka transport"))
}

async fn create_topics(settings: &sitrep_runtime::Settings, transport: &Arc<dyn Transport>) {
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(settings))
        .await
        .expect("topics");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_fetcher_reads_its_state_back_and_emits_nothing_twice() {
    let broker = Broker::start().await;
    let server = FeedServer::start().await;
    // One feed with an ETag (the restart must send it back), one without validators
    // (only the emitted ids can keep its entries from going out twice).
    server.script("/etag", vec![Answer::feed(rss(0, 3), Some("\"e1\""))]);
    server.script("/plain", vec![Answer::feed(rss(100, 4), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "kafka",
        broker.bootstrap(),
        &[
            TestFeed::new("etag", server.url("/etag"), None),
            TestFeed::new("plain", server.url("/plain"), None),
        ],
        "",
    ));
    let transport = kafka(&settings);
    create_topics(&settings, &transport).await;
    run_once(&settings, transport).await;
    let raw = read_topic(broker.bootstrap(), &settings.topics.items_raw).await;
    assert_eq!(raw.len(), 7, "every entry once");

    // A new process (new client, same group) starts from the state topic.
    run_once(&settings, kafka(&settings)).await;
    let raw = read_topic(broker.bootstrap(), &settings.topics.items_raw).await;
    assert_eq!(raw.len(), 7, "nothing emitted twice after the restart");
    let etag = server.seen_at("/etag");
    assert_eq!(etag.len(), 2);
    assert_eq!(
        etag[1].if_none_match.as_deref(),
        Some("\"e1\""),
        "validators read back"
    );
    assert_eq!(server.seen_at("/plain").len(), 2);

    // The state records: keyed by feed id, in the feed's partition, the last one wins.
    let records = kafka(&settings)
        .read_all(&settings.topics.fetcher_state)
        .await
        .expect("state records");
    for record in &records {
        let id = FeedId::parse(&record.key_text().expect("a key")).expect("a feed id");
        assert_eq!(record.position.partition, partition_of(&id, 2), "{id}");
        assert_eq!(
            record.header("sitrep-schema"),
            Some("sitrep.fetcher_state/v1")
        );
    }
    let states = fold_records(records);
    let plain = &states[&FeedId::for_feed("plain")];
    assert_eq!(plain.num_emitted(), 4);
    assert!(plain.next_poll_at.is_some() && plain.last_success_at.is_some());
    assert_eq!(
        states[&FeedId::for_feed("etag")].validators.etag.as_deref(),
        Some("\"e1\"")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_never_poll_the_same_feed_and_one_takes_over_when_the_other_stops() {
    let broker = Broker::start().await;
    let server = FeedServer::start().await;
    const NUM_FEEDS: usize = 12;
    const INTERVAL_SECS: u64 = 2;
    let feeds: Vec<TestFeed> = (0..NUM_FEEDS)
        .map(|n| {
            let path = format!("/feed-{n}");
            server.script(&path, vec![Answer::feed(rss(n * 10, 2), Some("\"v\""))]);
            TestFeed::new(&format!("feed-{n}"), server.url(&path), Some(INTERVAL_SECS))
        })
        .collect();
    let paths: Vec<String> = (0..NUM_FEEDS).map(|n| format!("/feed-{n}")).collect();
    let dir_a = tempfile::tempdir().expect("tempdir");
    let dir_b = tempfile::tempdir().expect("tempdir");
    let settings_a = load(&write_config(
        dir_a.path(),
        "kafka",
        broker.bootstrap(),
        &feeds,
        "user_agent = \"replica-a\"",
    ));
    let settings_b = load(&write_config(
        dir_b.path(),
        "kafka",
        broker.bootstrap(),
        &feeds,
        "user_agent = \"replica-b\"",
    ));
    let transport_a = kafka(&settings_a);
    create_topics(&settings_a, &transport_a).await;
    let wait = Duration::from_secs(60);

    // A alone polls everything.
    let a = Running::start(&settings_a, transport_a);
    server
        .wait_until("replica a polled every feed", wait, |seen| {
            paths.iter().all(|p| seen.iter().any(|s| &s.path == p))
        })
        .await;

    // B joins: the group splits the partitions, so each polls some of the feeds.
    let b = Running::start(&settings_b, kafka(&settings_b));
    server
        .wait_until("replica b polled a feed", wait, |seen| {
            seen.iter().any(|s| s.user_agent == "replica-b")
        })
        .await;
    let shared_from = Instant::now() + Duration::from_secs(INTERVAL_SECS + 2);
    server
        .wait_until("three more intervals with both replicas", wait, |seen| {
            seen.last()
                .is_some_and(|s| s.at > shared_from + Duration::from_secs(3 * INTERVAL_SECS))
        })
        .await;
    let shared: Vec<_> = server
        .seen()
        .into_iter()
        .filter(|s| s.at > shared_from)
        .collect();
    let mut pollers: HashMap<&str, HashSet<&str>> = HashMap::new();
    for s in &shared {
        pollers.entry(&s.path).or_default().insert(&s.user_agent);
    }
    assert_eq!(pollers.len(), NUM_FEEDS, "every feed still polled");
    assert!(
        pollers.values().all(|who| who.len() == 1),
        "each feed polled by one replica only: {pollers:?}"
    );
    let num_by_b = pollers
        .values()
        .filter(|who| who.contains("replica-b"))
        .count();
    assert!(
        num_by_b > 0 && num_by_b < NUM_FEEDS,
        "the feeds are shared: b polls {num_by_b}"
    );

    // B stops: A takes over B's feeds.
    let b_feeds: Vec<String> = pollers
        .iter()
        .filter(|(_, who)| who.contains("replica-b"))
        .map(|(path, _)| (*path).to_owned())
        .collect();
    let stopped_at = Instant::now();
    b.stop().await;
    server
        .wait_until("replica a took over b's feeds", wait, |seen| {
            b_feeds.iter().all(|p| {
                seen.iter()
                    .any(|s| &s.path == p && s.at > stopped_at && s.user_agent == "replica-a")
            })
        })
        .await;
    a.stop().await;

    // Never two polls of one feed within a cycle, handovers included: the state written
    // by one replica carries the next poll time to the other.
    for path in &paths {
        let seen = server.seen_at(path);
        let gaps = gaps(&seen);
        assert!(
            gaps.iter()
                .all(|gap| *gap >= 0.8 * INTERVAL_SECS as f64 - 0.1),
            "{path} polled twice in a cycle: gaps {gaps:?}"
        );
    }
    let raw = read_topic(broker.bootstrap(), &settings_a.topics.items_raw).await;
    assert_eq!(raw.len(), NUM_FEEDS * 2, "each entry emitted once");
}
