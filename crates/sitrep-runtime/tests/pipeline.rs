//! The pipeline end to end: the seed article served by a real local HTTP server goes
//! through fetcher, normalizer and classifier, on a real broker (tansu) with each stage
//! as its own Kafka client and consumer group, and on the in-process bus.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use sitrep_contract::{ActorKind, ActorRole, EventType, IncidentEvent, Status};
use sitrep_runtime::{Settings, Target};
use sitrep_testkit::{read_topic, Broker, FeedServer, Response, TopicWatcher};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::memory::MemoryBus;
use sitrep_transport::{OutMessage, Transport};
use tokio_util::sync::CancellationToken;

fn seed_feed() -> Vec<u8> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../config/samples/cnn-seed.rss.xml");
    std::fs::read(path).expect("seed feed")
}

/// Writes a config for `transport` that reads one feed from `feed_url` once an hour.
fn write_config(dir: &Path, transport: &str, brokers: &str, feed_url: &str) -> PathBuf {
    write_config_polling(dir, transport, brokers, feed_url, 3600)
}

/// Writes a config for `transport` that polls one feed at `feed_url` every
/// `poll_interval_secs` (the adaptive schedule never goes below that or a minute).
fn write_config_polling(
    dir: &Path,
    transport: &str,
    brokers: &str,
    feed_url: &str,
    poll_interval_secs: u64,
) -> PathBuf {
    let min_poll_interval_secs = poll_interval_secs.min(60);
    std::fs::write(
        dir.join("feeds.toml"),
        format!("[[feeds]]\nid = \"sample-cnn-seed\"\nname = \"CNN\"\nurl = \"{feed_url}\"\n"),
    )
    .expect("feeds file");
    let config = dir.join("sitrep.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"{transport}\"\n\
             [kafka]\nbrokers = \"{brokers}\"\npartitions = 2\nsession_timeout_ms = 6000\n\
             [fetcher]\nfeeds_file = \"feeds.toml\"\npoll_interval_secs = {poll_interval_secs}\n\
             min_poll_interval_secs = {min_poll_interval_secs}\nallow_private_addresses = true\n\
             [output]\nprint_events = false\n\
             [log]\nlevel = \"warn\"\n"
        ),
    )
    .expect("config");
    config
}

/// Every stage in one process on `transport`, until `shutdown`.
fn spawn_all(
    settings: &Settings,
    transport: Arc<dyn Transport>,
    shutdown: &CancellationToken,
) -> tokio::task::JoinHandle<anyhow::Result<()>> {
    let (settings, shutdown) = (settings.clone(), shutdown.clone());
    tokio::spawn(async move {
        sitrep_runtime::run(
            &settings,
            transport,
            sitrep_runtime::RunOptions::new(Target::All),
            shutdown,
        )
        .await
    })
}

/// The seed must come out as exactly these two new events (issue 2).
fn assert_seed_events(events: &[IncidentEvent]) {
    assert!(
        events.iter().all(|e| e.status == Status::Occurred),
        "only occurred events are published"
    );
    let mut types: Vec<EventType> = events.iter().map(|e| e.event_type).collect();
    types.sort();
    assert_eq!(
        types,
        vec![
            EventType::AirDroneStrike,
            EventType::ShellingArtilleryMissileAttack
        ],
        "exactly the airstrike and the rocket attack: {events:#?}"
    );
    let strike = events
        .iter()
        .find(|e| e.event_type == EventType::AirDroneStrike)
        .expect("strike");
    assert_eq!(strike.location.country_code.as_deref(), Some("IQ"));
    assert_eq!(
        strike.occurred_on.date,
        NaiveDate::from_ymd_opt(2020, 3, 12)
    );
    let has = |event: &IncidentEvent, name: &str, role: ActorRole, kind: ActorKind| {
        event
            .actors
            .iter()
            .any(|a| a.name == name && a.role == role && a.kind == kind)
    };
    assert!(
        has(
            strike,
            "United States",
            ActorRole::Initiator,
            ActorKind::StateForce
        ),
        "{:?}",
        strike.actors
    );
    assert!(
        has(
            strike,
            "Kata'ib Hezbollah",
            ActorRole::Target,
            ActorKind::NonStateArmedGroup
        ),
        "{:?}",
        strike.actors
    );
    assert!(!strike.evidence.is_empty() && strike.evidence.iter().all(|e| !e.cues.is_empty()));
    let rockets = events
        .iter()
        .find(|e| e.event_type == EventType::ShellingArtilleryMissileAttack)
        .expect("rocket attack");
    assert_eq!(rockets.location.country_code.as_deref(), Some("IQ"));
    assert_eq!(
        rockets.occurred_on.date,
        NaiveDate::from_ymd_opt(2020, 3, 11)
    );
    assert_eq!(rockets.fatalities, Some(3));
}

/// What must be the same however the events were carried (all but `classified_at`).
fn comparable(events: &[IncidentEvent]) -> Vec<serde_json::Value> {
    let mut values: Vec<serde_json::Value> = events
        .iter()
        .map(|event| {
            let mut value = serde_json::to_value(event).expect("event json");
            value
                .as_object_mut()
                .expect("object")
                .remove("classified_at");
            value
        })
        .collect();
    values.sort_by_key(|v| v["id"].as_str().unwrap_or_default().to_owned());
    values
}

async fn run_in_process(feed_url: &str) -> (Vec<IncidentEvent>, MemoryBus, Settings) {
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = Settings::load(Some(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        feed_url,
    )))
    .expect("settings");
    let bus = MemoryBus::new();
    sitrep_runtime::run_once_in_process(&settings, bus.clone(), CancellationToken::new())
        .await
        .expect("one-shot run");
    let events = bus
        .messages(&settings.topics.events)
        .iter()
        .map(|m| serde_json::from_slice(m.payload_bytes()).expect("event"))
        .collect();
    (events, bus, settings)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed_article_through_kafka_as_three_services_and_in_process_gives_the_same_events() {
    let server = FeedServer::start().await;
    server.route("/cnn.rss", Response::ok("application/rss+xml", seed_feed()));
    let feed_url = server.url("/cnn.rss");

    let (in_process, _, _) = run_in_process(&feed_url).await;
    assert_seed_events(&in_process);

    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = Settings::load(Some(&write_config(
        dir.path(),
        "kafka",
        broker.bootstrap(),
        &feed_url,
    )))
    .expect("settings");
    let shutdown = CancellationToken::new();
    // Each service with its own client, as separate processes would have.
    let mut services = Vec::new();
    for target in [Target::Classifier, Target::Normalizer, Target::Fetcher] {
        let transport: Arc<dyn Transport> =
            Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("transport"));
        let (settings, shutdown) = (settings.clone(), shutdown.clone());
        services.push(tokio::spawn(async move {
            sitrep_runtime::run(
                &settings,
                transport,
                sitrep_runtime::RunOptions::new(target),
                shutdown,
            )
            .await
        }));
    }

    // Wait for the first event: the classifier has then processed the article, and
    // shutting down drains whatever of it is still in flight.
    let watcher = TopicWatcher::new(broker.bootstrap(), &settings.topics.events);
    let first = watcher.next(Duration::from_secs(60)).await;
    assert_eq!(first.header("ce_type"), Some("io.sitrep.incident.v1"));
    shutdown.cancel();
    for service in services {
        service
            .await
            .expect("join")
            .expect("service stopped cleanly");
    }

    let records = read_topic(broker.bootstrap(), &settings.topics.events).await;
    for record in &records {
        assert_eq!(record.header("content-type"), Some("application/json"));
        assert_eq!(record.header("sitrep-schema"), Some("sitrep.event/v1"));
        assert_eq!(record.header("ce_specversion"), Some("1.0"));
        assert_eq!(record.header("ce_id"), record.key.as_deref());
        assert!(record
            .header("traceparent")
            .is_some_and(|t| t.starts_with("00-")));
    }
    let over_kafka: Vec<IncidentEvent> = records
        .iter()
        .map(|r| serde_json::from_slice(&r.payload).expect("event"))
        .collect();
    assert_seed_events(&over_kafka);
    assert_eq!(
        comparable(&over_kafka),
        comparable(&in_process),
        "same events, same ids, either transport"
    );

    // The trace id that the fetcher started is the one the events carry.
    let items = read_topic(broker.bootstrap(), &settings.topics.items_raw).await;
    assert_eq!(items.len(), 1, "one feed entry, emitted once");
    let trace_of =
        |value: Option<&str>| value.map(|v| v.split('-').nth(1).unwrap_or_default().to_owned());
    assert_eq!(
        trace_of(items[0].header("traceparent")),
        trace_of(records[0].header("traceparent"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_messages_are_dead_lettered_and_the_stages_carry_on() {
    let server = FeedServer::start().await;
    server.route("/cnn.rss", Response::ok("application/rss+xml", seed_feed()));
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = Settings::load(Some(&write_config(
        dir.path(),
        "kafka",
        broker.bootstrap(),
        &server.url("/cnn.rss"),
    )))
    .expect("settings");
    let transport: Arc<dyn Transport> =
        Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("transport"));
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");

    // Garbage first on both input topics, so the good input comes after it.
    let producer = transport.producer().expect("producer");
    let bad_item = b"{ this is not a raw item".to_vec();
    let bad_article =
        serde_json::to_vec(&serde_json::json!({"schema": "sitrep.article/v1", "title": 42}))
            .expect("json");
    producer
        .send(OutMessage::new(
            &settings.topics.items_raw,
            Some("bad".into()),
            bad_item.clone(),
        ))
        .await
        .expect("send");
    producer
        .send(OutMessage::new(
            &settings.topics.articles,
            Some("bad".into()),
            bad_article.clone(),
        ))
        .await
        .expect("send");

    let shutdown = CancellationToken::new();
    let service = spawn_all(&settings, transport.clone(), &shutdown);
    // The seed still comes through after the garbage.
    TopicWatcher::new(broker.bootstrap(), &settings.topics.events)
        .next(Duration::from_secs(60))
        .await;
    shutdown.cancel();
    service
        .await
        .expect("join")
        .expect("service stopped cleanly");

    let letters: Vec<sitrep_contract::DeadLetter> =
        read_topic(broker.bootstrap(), &settings.topics.deadletter)
            .await
            .iter()
            .map(|r| serde_json::from_slice(&r.payload).expect("dead letter"))
            .collect();
    let by_stage = |stage| {
        letters
            .iter()
            .find(|l| l.stage == stage)
            .unwrap_or_else(|| panic!("no {stage:?} letter in {letters:#?}"))
    };
    let normalizer = by_stage(sitrep_contract::Stage::Normalizer);
    assert_eq!(normalizer.error_kind, "invalid_json");
    assert!(
        normalizer.error.contains(&settings.topics.items_raw),
        "names the input: {}",
        normalizer.error
    );
    assert_eq!(
        normalizer.payload().expect("base64"),
        bad_item,
        "the original bytes are kept"
    );
    let classifier = by_stage(sitrep_contract::Stage::Classifier);
    assert_eq!(classifier.error_kind, "invalid_json");
    assert_eq!(classifier.payload().expect("base64"), bad_article);
    assert_eq!(letters.len(), 2, "nothing else failed: {letters:#?}");

    let events = read_topic(broker.bootstrap(), &settings.topics.events).await;
    let events: Vec<IncidentEvent> = events
        .iter()
        .map(|r| serde_json::from_slice(&r.payload).expect("event"))
        .collect();
    assert_seed_events(&events);
}

#[tokio::test]
async fn a_one_shot_run_fetches_each_entry_once_and_dead_letters_a_broken_feed() {
    let server = FeedServer::start().await;
    server.route(
        "/broken.rss",
        Response::ok(
            "application/rss+xml",
            // Not a feed at all (a page where the feed used to be): no repair makes entries
            // of it, so it is a failed fetch with a dead letter. (A cut-off feed is repaired
            // and read as far as it goes: an empty outcome, not a dead letter.)
            b"<html><head><title>Moved</title></head><body>gone</body></html>".to_vec(),
        ),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let config = write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &server.url("/broken.rss"),
    );
    let settings = Settings::load(Some(&config)).expect("settings");
    let bus = MemoryBus::new();
    // Its only feed failed: the run says so (exit status 1), after the dead letter is out.
    let error =
        sitrep_runtime::run_once_in_process(&settings, bus.clone(), CancellationToken::new())
            .await
            .expect_err("every feed failed");
    assert!(
        error
            .to_string()
            .starts_with("every feed failed (1 feeds: 0 ok, 1 failed"),
        "{error}"
    );
    let letters = bus.messages(&settings.topics.deadletter);
    assert_eq!(letters.len(), 1);
    let letter: sitrep_contract::DeadLetter =
        serde_json::from_slice(letters[0].payload_bytes()).expect("letter");
    assert_eq!(letter.stage, sitrep_contract::Stage::Fetcher);
    assert_eq!(
        letter.input.url.as_deref(),
        Some(server.url("/broken.rss").as_str())
    );
    assert!(
        letter.error.contains("/broken.rss"),
        "names the feed: {}",
        letter.error
    );
    assert_eq!(bus.end_offset(&settings.topics.items_raw), 0);
}

/// A wire entry (guid `wire-1`) with the given title and description.
fn wire_feed(title: &str, description: &str) -> Vec<u8> {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
         <link>https://wire.example/</link><description>w</description>\
         <item><title>{title}</title><link>https://wire.example/2026/11/10/strikes</link>\
         <guid>wire-1</guid><pubDate>Tue, 10 Nov 2026 08:00:00 GMT</pubDate>\
         <description>{description}</description></item></channel></rss>"
    )
    .into_bytes()
}

/// The next record on `watcher` that `wanted` accepts (records before it are skipped).
async fn next_matching(
    watcher: &TopicWatcher,
    what: &str,
    wanted: impl Fn(&sitrep_testkit::Record) -> bool,
) -> sitrep_testkit::Record {
    for _ in 0..200 {
        let record = watcher.next(Duration::from_secs(60)).await;
        if wanted(&record) {
            return record;
        }
    }
    panic!("no {what} among the next 200 records");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_entry_revises_its_event_and_withdraws_the_one_it_no_longer_reports() {
    let server = FeedServer::start().await;
    server.route(
        "/wire.rss",
        Response::ok(
            "application/rss+xml",
            wire_feed(
                "Russian missile strike kills three in Kharkiv",
                "A Russian missile strike on Kharkiv killed three people on Monday, the \
                 regional governor said. In the south, a Russian drone hit a house in Odesa \
                 on Monday night, killing two civilians, the city's mayor said.",
            ),
        ),
    );
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let config = write_config_polling(
        dir.path(),
        "kafka",
        broker.bootstrap(),
        &server.url("/wire.rss"),
        1,
    );
    let settings = Settings::load(Some(&config)).expect("settings");
    let events = TopicWatcher::new(broker.bootstrap(), &settings.topics.events);
    let incidents = TopicWatcher::new(broker.bootstrap(), &settings.topics.incidents);
    let shutdown = CancellationToken::new();
    let transport: Arc<dyn Transport> =
        Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("transport"));
    let service = spawn_all(&settings, transport, &shutdown);

    // A failed assertion stops the service too, so the test ends instead of hanging.
    let _stop_on_panic = shutdown.clone().drop_guard();

    // Events are keyed by id over two partitions: their order is the article's only
    // within a partition, so they are told apart by place.
    let mut first: Vec<IncidentEvent> = events
        .take(2, Duration::from_secs(60))
        .await
        .iter()
        .map(|record| serde_json::from_slice(&record.payload).expect("an event"))
        .collect();
    first.sort_by(|a, b| a.location.name.cmp(&b.location.name));
    let place = |event: &IncidentEvent| event.location.name.clone();
    assert_eq!(
        first.iter().map(place).collect::<Vec<_>>(),
        ["Kharkiv", "Odesa"],
        "{first:#?}"
    );
    assert_eq!(first[0].fatalities, Some(3));
    let opened = incidents.take(2, Duration::from_secs(60)).await;
    let incident_of = |event: &IncidentEvent| {
        opened
            .iter()
            .map(|record| record.json())
            .find(|incident| {
                incident["reports"].as_array().is_some_and(|reports| {
                    reports.iter().any(|r| r["event_id"] == event.id.as_str())
                })
            })
            .map(|incident| incident["id"].as_str().unwrap_or_default().to_owned())
            .expect("an incident for each event")
    };
    let (kharkiv, odesa) = (incident_of(&first[0]), incident_of(&first[1]));
    assert_ne!(kharkiv, odesa);

    // The outlet corrects the toll and drops the Odesa paragraph.
    server.route(
        "/wire.rss",
        Response::ok(
            "application/rss+xml",
            wire_feed(
                "Russian missile strike kills five in Kharkiv",
                "A Russian missile strike on Kharkiv killed five people on Monday, the \
                 regional governor said.",
            ),
        ),
    );
    // The revision and the withdrawal are on different partitions: either comes first.
    let (mut revised, mut withdrawn) = (None, false);
    while revised.is_none() || !withdrawn {
        let record = next_matching(&events, "revision or withdrawal", |record| {
            let key = record.key.as_deref();
            key == Some(first[0].id.as_str()) || key == Some(first[1].id.as_str())
        })
        .await;
        if record.key.as_deref() == Some(first[1].id.as_str()) {
            assert!(record.payload.is_empty(), "the Odesa event is withdrawn");
            withdrawn = true;
        } else if record.payload.is_empty() {
            // The revised event is withdrawn from every partition but its country's.
            continue;
        } else {
            let event: IncidentEvent = serde_json::from_slice(&record.payload).expect("an event");
            revised = Some(event);
        }
    }
    let revised = revised.expect("a revised event");
    assert_eq!(revised.fatalities, Some(5));
    assert_eq!(revised.article.id, first[0].article.id);

    // The incident stage follows: Kharkiv's toll is revised, Odesa's incident retired.
    let mut kharkiv_revised = false;
    let mut odesa_retired = false;
    while !(kharkiv_revised && odesa_retired) {
        let record = next_matching(&incidents, "a change of either incident", |record| {
            let key = record.key.as_deref();
            key == Some(kharkiv.as_str()) || key == Some(odesa.as_str())
        })
        .await;
        if record.key.as_deref() == Some(odesa.as_str()) {
            assert!(
                record.payload.is_empty(),
                "Odesa's only report is withdrawn"
            );
            odesa_retired = true;
        } else if record.json()["fatalities"] == 5 {
            kharkiv_revised = true;
        }
    }

    shutdown.cancel();
    service
        .await
        .expect("join")
        .expect("service stopped cleanly");
}
