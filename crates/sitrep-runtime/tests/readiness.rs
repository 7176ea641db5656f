//! Readiness through a broker cut, against a real broker (tansu) behind a TCP proxy the
//! test controls, with a real stage loop consuming: readiness must follow the client's
//! own events (every broker down, the assignment lost), not wait for the next broker
//! probe, and come back once the stage has its partitions again. Asserted on the sequence
//! of readiness changes the process logs, never on how long anything took.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use sitrep_runtime::config::DEFAULT_MAX_MESSAGE_BYTES;
use sitrep_runtime::health::{Health, Readiness, PROBE_INTERVAL};
use sitrep_runtime::stage::StageLoop;
use sitrep_testkit::{free_port, Broker, TcpProxy, TopicWatcher};
use sitrep_transport::kafka::{KafkaSettings, KafkaTransport};
use sitrep_transport::{ConsumerSpec, OutMessage, StartFrom, TopicSpec, Transport};
use tokio::sync::broadcast;
use tokio_util::sync::CancellationToken;

mod common;
use common::Passthrough;

/// Only so that a broken build fails instead of hanging: a change that does not come at
/// all. Not a measure of how fast anything is.
const HANG_GUARD: Duration = Duration::from_secs(180);

/// The next change of readiness.
///
/// # Panics
/// When none comes within [`HANG_GUARD`] (`awaited` says what the test was waiting for),
/// or when changes were missed.
async fn next_change(changes: &mut broadcast::Receiver<Readiness>, awaited: &str) -> Readiness {
    match tokio::time::timeout(HANG_GUARD, changes.recv()).await {
        Ok(Ok(change)) => {
            eprintln!("readiness: {change:?}");
            change
        }
        Ok(Err(error)) => panic!("readiness changes while waiting for {awaited}: {error}"),
        Err(_) => panic!("no readiness change within {HANG_GUARD:?} while waiting for {awaited}"),
    }
}

/// Changes until one that `done` accepts (returned); every change before it must be
/// "not ready".
async fn not_ready_until(
    changes: &mut broadcast::Receiver<Readiness>,
    awaited: &str,
    done: impl Fn(&Readiness) -> bool,
) -> Readiness {
    loop {
        let change = next_change(changes, awaited).await;
        if done(&change) {
            return change;
        }
        assert!(
            change.is_err(),
            "said ready while waiting for {awaited}: readiness must stay false through the cut"
        );
    }
}

fn reason_contains(change: &Readiness, words: &str) -> bool {
    change
        .as_ref()
        .err()
        .is_some_and(|reason| reason.contains(words))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_follows_a_broker_cut_at_once_and_comes_back_with_the_partitions() {
    let proxy_port = free_port();
    let broker = Broker::start_advertising(free_port(), &format!("127.0.0.1:{proxy_port}")).await;
    let upstream: SocketAddr = broker.bootstrap().parse().expect("broker address");
    let proxy = TcpProxy::start(proxy_port, upstream).await;
    let transport: Arc<dyn Transport> = Arc::new(
        KafkaTransport::new(KafkaSettings {
            brokers: proxy.address(),
            client_id: "readiness-test".into(),
            // As the fault suite runs the services: a cut of a few seconds expires the
            // consumer's group session, so its partitions are lost.
            session_timeout_ms: 6000,
            statistics_interval_ms: 1000,
            ..KafkaSettings::default()
        })
        .expect("transport"),
    );
    let topics = ["in", "out", "dead"];
    let specs: Vec<TopicSpec> = topics
        .iter()
        .map(|name| TopicSpec {
            name: (*name).to_owned(),
            partitions: 2,
            replication: 1,
            compacted: false,
        })
        .collect();
    transport.ensure_topics(&specs).await.expect("topics");

    let health = Health::new(1);
    let mut changes = health.changes();
    let consumer = transport
        .consumer(&ConsumerSpec {
            group_id: "readiness-test".into(),
            topics: vec!["in".into()],
            start_from: StartFrom::Earliest,
        })
        .expect("consumer");
    health.watch_consumer("normalizer", consumer.clone());
    let shutdown = CancellationToken::new();
    let probe = tokio::spawn(health.clone().probe_loop(
        transport.clone(),
        topics.iter().map(|t| (*t).to_owned()).collect(),
        PROBE_INTERVAL,
        shutdown.clone(),
    ));
    health.stage_started();
    let stage = tokio::spawn(
        StageLoop {
            processor: Arc::new(Passthrough {
                topic: "out".into(),
            }),
            consumer,
            producer: transport.producer().expect("producer"),
            deadletter_topic: "dead".into(),
            max_in_flight: 64,
            flush_timeout: Duration::from_secs(2),
            max_message_bytes: DEFAULT_MAX_MESSAGE_BYTES,
        }
        .run(shutdown.clone()),
    );

    // Ready once the broker answered and the stage has its partitions.
    while next_change(&mut changes, "ready before the cut")
        .await
        .is_err()
    {}

    proxy.cut();
    // The first change is the client's own report, not the probe's failure.
    let first = next_change(&mut changes, "not ready after the cut").await;
    assert!(
        reason_contains(&first, "normalizer: its client reports every broker down"),
        "the first change after the cut must be the client's report of every broker down: {first:?}"
    );
    // Its group session expires during the cut: the partitions are lost, said at once.
    let lost = not_ready_until(&mut changes, "the partitions lost", |change| {
        reason_contains(change, "lost its partitions")
    })
    .await;
    assert!(
        reason_contains(&lost, "every broker down"),
        "the link is still cut: {lost:?}"
    );

    proxy.restore();
    let back = not_ready_until(&mut changes, "ready after the return", Readiness::is_ok).await;
    assert_eq!(back, Ok(()));

    // Ready means consuming: an input sent now comes out (the only output there is).
    let outputs = TopicWatcher::new(broker.bootstrap(), "out");
    let producer = transport.producer().expect("producer");
    producer
        .send(OutMessage::new(
            "in",
            Some("after".into()),
            b"after the cut".to_vec(),
        ))
        .await
        .expect("send");
    let output = outputs.next(HANG_GUARD).await;
    assert_eq!(output.payload, b"after the cut");

    shutdown.cancel();
    stage
        .await
        .expect("stage task")
        .expect("stage stops cleanly");
    probe.await.expect("probe task");
}
