//! `sitrep deadletter` on a real broker: an article a broken classifier release
//! dead-letters is listed, replayed by the commands of docs/operations.md as written,
//! fails again without being replayed in a loop, and once the real classifier runs (the
//! fix) a forced replay comes out as an event in the article's original trace.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use sitrep_contract::headers::{self, TraceParent};
use sitrep_contract::{DeadLetter, EntryKey, FeedId, FeedRef, ItemId, RawItem, Stage};
use sitrep_runtime::stage::{Processed, Processor, Rejection, RejectionKind, StageLoop};
use sitrep_runtime::Settings;
use sitrep_testkit::{read_topic, Broker, TopicWatcher};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{ConsumerSpec, InMessage, OutMessage, StartFrom, Transport};
use tokio_util::sync::CancellationToken;

mod common;
use common::{documented, succeeded, workspace};

/// The release before the fix: it rejects every article.
struct BrokenRelease;

impl Processor for BrokenRelease {
    fn stage(&self) -> Stage {
        Stage::Classifier
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        Err(Rejection {
            kind: RejectionKind::InvalidJson,
            error: format!(
                "article {}: the release cannot read it",
                input.position.offset
            ),
            input_id: input.key_text(),
        })
    }
}

/// Runs the broken release in the classifier's group until it wrote one more dead letter,
/// then stops it (it commits what it read).
async fn run_broken_release(
    settings: &Settings,
    transport: &KafkaTransport,
    letters: &TopicWatcher,
) {
    let consumer = transport
        .consumer(&ConsumerSpec {
            group_id: settings.group_id("classifier"),
            topics: vec![settings.topics.articles.clone()],
            start_from: StartFrom::Earliest,
        })
        .expect("consumer");
    let stage = StageLoop {
        processor: Arc::new(BrokenRelease),
        consumer,
        producer: transport.producer().expect("producer"),
        deadletter_topic: settings.topics.deadletter.clone(),
        max_in_flight: 8,
        flush_timeout: Duration::from_secs(5),
        max_message_bytes: settings.max_message_bytes,
    };
    let shutdown = CancellationToken::new();
    let task = tokio::spawn(stage.run(shutdown.clone()));
    letters.next(Duration::from_secs(60)).await;
    shutdown.cancel();
    task.await.expect("join").expect("clean stop");
}

fn article() -> Vec<u8> {
    let feed = FeedRef {
        id: FeedId::for_feed("https://wire.example/rss"),
        url: "https://wire.example/rss".into(),
        name: Some("Wire".into()),
    };
    let link = "https://wire.example/2026/12/kharkiv-strike".to_owned();
    let item = RawItem {
        schema: RawItem::SCHEMA.into(),
        id: ItemId::for_entry(&feed.id, EntryKey::Link(&link)),
        feed,
        fetched_at: chrono::Utc::now(),
        guid: None,
        link: Some(link),
        title: Some("Russian drone strike kills two in Kharkiv".into()),
        summary: Some(
            "<p>A Russian drone struck an apartment building in Kharkiv on Monday night, \
             killing two people and wounding five, the regional governor said.</p>"
                .into(),
        ),
        content: None,
        published: Some(chrono::Utc::now()),
        updated: None,
        authors: Vec::new(),
        categories: Vec::new(),
        language: Some("en".into()),
        truncated: Vec::new(),
        shared_link: false,
        repaired: Vec::new(),
    };
    let article = sitrep_normalizer::normalize(&item).expect("normalize");
    serde_json::to_vec(&article).expect("article json")
}

/// Runs `command` in bash where the repository's `config/` resolves; its stdout.
async fn sh(dir: &Path, bootstrap: &str, command: &str) -> String {
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_sitrep"))
        .parent()
        .expect("bin dir")
        .to_owned();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = tokio::time::timeout(
        Duration::from_secs(120),
        tokio::process::Command::new("bash")
            .args(["-c", command])
            .current_dir(dir)
            .env("PATH", path)
            .env("SITREP_KAFKA__BROKERS", bootstrap)
            .stdin(Stdio::null())
            .kill_on_drop(true)
            .output(),
    )
    .await
    .unwrap_or_else(|_| panic!("{command}: still running after 120 s"))
    .expect("bash");
    succeeded(command, &output)
}

/// The `sitrep deadletter` lines of docs/operations.md's `sh` blocks.
fn documented_commands() -> Vec<String> {
    documented("sitrep deadletter")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_letter_is_replayed_once_and_after_the_fix_comes_out_in_its_trace() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(workspace().join("config"), dir.path().join("config"))
        .expect("symlink");
    let config = dir.path().join("classifier.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"kafka\"\n[kafka]\nbrokers = \"{}\"\ntopic_prefix = \"sitrep.\"\npartitions = 1\nsession_timeout_ms = 6000\n\
             [admin]\nenabled = false\n[output]\nprint_events = false\n[log]\nlevel = \"warn\"\n",
            broker.bootstrap()
        ),
    )
    .expect("config");
    let settings = Settings::load(Some(&config)).expect("settings");
    let transport = KafkaTransport::new(settings.kafka.clone()).expect("transport");
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");
    let trace = TraceParent::rooted_at("the article's own trace");
    transport
        .producer()
        .expect("producer")
        .send(
            OutMessage::new(
                &settings.topics.articles,
                Some("article-1".into()),
                article(),
            )
            .with_header(headers::SCHEMA, sitrep_contract::Article::SCHEMA)
            .with_header(headers::TRACEPARENT, trace.header_value()),
        )
        .await
        .expect("send");
    let letters = TopicWatcher::new(broker.bootstrap(), &settings.topics.deadletter);

    // The broken release dead-letters the article; the page's commands list and replay it.
    run_broken_release(&settings, &transport, &letters).await;
    let commands = documented_commands();
    assert!(
        commands.iter().any(|c| c.contains("deadletter list"))
            && commands.iter().any(|c| c.contains("deadletter replay")),
        "{commands:?}"
    );
    let mut printed = String::new();
    for command in &commands {
        printed.push_str(&sh(dir.path(), broker.bootstrap(), command).await);
    }
    assert!(printed.contains("invalid_json"), "{printed}");
    assert!(printed.contains("would replay 0@"), "{printed}");
    let articles = read_topic(broker.bootstrap(), &settings.topics.articles).await;
    assert_eq!(
        articles.len(),
        2,
        "replayed once, whatever the page's commands were"
    );
    let replayed = &articles[1];
    assert_eq!(replayed.key.as_deref(), Some("article-1"));
    assert_eq!(replayed.payload, articles[0].payload, "the same bytes");
    assert_eq!(
        replayed.header(headers::TRACEPARENT),
        Some(trace.header_value().as_str())
    );
    assert_eq!(replayed.header(headers::REPLAYED), Some("1"));

    // Still broken: the replay fails again, and a second replay sends nothing.
    run_broken_release(&settings, &transport, &letters).await;
    let again = sh(
        dir.path(),
        broker.bootstrap(),
        "sitrep deadletter replay --config config/kafka-local.toml --stage classifier",
    )
    .await;
    assert_eq!(again.matches("skipped").count(), 2, "{again}");
    assert!(!again.contains("replayed 0@"), "{again}");
    let listed = sh(
        dir.path(),
        broker.bootstrap(),
        "sitrep deadletter list --config config/kafka-local.toml --json",
    )
    .await;
    let listed: Vec<serde_json::Value> = listed
        .lines()
        .map(|line| serde_json::from_str(line).expect("json line"))
        .collect();
    assert_eq!(listed.len(), 2);
    assert!(listed[0]["replayed_at"].is_string(), "{listed:?}");
    let second: DeadLetter = serde_json::from_value(listed[1].clone()).expect("letter");
    assert_eq!(second.num_replays(), 1);
    assert_eq!(
        read_topic(broker.bootstrap(), &settings.topics.articles)
            .await
            .len(),
        2,
        "no loop"
    );

    // The fix: the real classifier. A forced replay of the letter that failed again comes
    // out as an event in the article's trace.
    let events = TopicWatcher::new(broker.bootstrap(), &settings.topics.events);
    let mut classifier = tokio::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--target", "classifier", "--config"])
        .arg(&config)
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("sitrep run");
    let forced = sh(
        dir.path(),
        broker.bootstrap(),
        "sitrep deadletter replay --config config/kafka-local.toml --stage classifier --force --max 1",
    )
    .await;
    assert_eq!(forced.matches("replayed 0@").count(), 1, "{forced}");
    let event = events.next(Duration::from_secs(120)).await;
    let traced = event
        .header(headers::TRACEPARENT)
        .and_then(TraceParent::parse)
        .expect("traceparent");
    assert_eq!(traced.trace_id, trace.trace_id, "the original trace id");
    assert!(event.json()["id"].is_string(), "an event");
    classifier.kill().await.expect("stop the classifier");
}
