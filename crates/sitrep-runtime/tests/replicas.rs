//! Same output at any replica count, on a real broker (tansu). A stage run as one
//! replica, and as three over six partitions with one of them killed and another added in
//! the middle of the stream, is given the same input (placed on partitions as the stage
//! before it places it) and must publish the same output by the stage's definition
//! (ARCHITECTURE.md, *Same output at any replica count*): the same distinct messages, the
//! same last message per key, each key on one partition. The normalizer gets raw items
//! (exact duplicates from a second feed, republished copies, updated texts); the incident
//! stage gets events of strikes reported by several outlets.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDate, TimeZone, Utc};
use sitrep_contract::partitioning::event_partition;
use sitrep_contract::{ArticleId, EventId, IncidentEvent, RawItem};
use sitrep_runtime::fetch::raw_item_partition;
use sitrep_runtime::{Settings, Target};
use sitrep_testkit::{committed_offsets, read_topic, wait_until, Broker};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{Consumer, ConsumerSpec, OutMessage, TopicSpec, Transport, TransportError};
use tokio::task::JoinHandle;

const NUM_PARTITIONS: i32 = 6;

/// Thirty strikes in nine countries (and a few read without a country), each reported by
/// one to four outlets, some of them with a toll; a few more reports placed only by
/// country. In the order outlets would publish them: every strike's first report, then
/// the second ones, and so on.
fn events() -> Vec<IncidentEvent> {
    // The contract's example event, placed at a town; every field that tells one report
    // from another is set below.
    let mut base = sitrep_contract::fixtures::event();
    base.location.precision = sitrep_contract::LocationPrecision::City;
    base.weapons = vec!["drone".to_owned()];
    let countries = ["UA", "RU", "SY", "IQ", "SD", "SO", "ML", "YE", "CD"];
    let first_day = NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date");
    let mut reports: Vec<(usize, usize, IncidentEvent)> = Vec::new();
    for strike in 0..30usize {
        let country = (strike % 10 < 9).then(|| countries[strike % 9]);
        let num_reports = 1 + strike % 4;
        for outlet in 0..num_reports {
            let mut event = base.clone();
            let url = format!("https://outlet{outlet}.example/strike-{strike}");
            event.article.id = ArticleId::for_url(&url);
            event.article.url = Some(url);
            event.article.source = Some(format!("Outlet {outlet}"));
            event.id = EventId::for_event(&event.article.id, 0);
            event.occurred_on.date = Some(first_day + chrono::Duration::days((strike % 5) as i64));
            event.location.country_code = country.map(str::to_owned);
            // Strikes of a country lie far apart (a degree), so only reports of one
            // strike can meet.
            event.location.name = format!("Town {strike}");
            event.location.lat = Some(10.0 + strike as f64);
            event.location.lon = Some(20.0 + (strike % 7) as f64);
            if outlet == 3 {
                // A later report that names only the country.
                event.location.name = country.unwrap_or("Region").to_owned();
                event.location.precision = sitrep_contract::LocationPrecision::Country;
                event.location.lat = None;
                event.location.lon = None;
            }
            event.fatalities = (strike % 3 == 0).then_some(2 + outlet as u32);
            let at = Utc
                .with_ymd_and_hms(2026, 3, 1, 9, 0, 0)
                .single()
                .expect("a time")
                + chrono::Duration::hours((strike % 5 * 24 + outlet * 3) as i64);
            event.article.published_at = at;
            event.classified_at = at;
            reports.push((outlet, strike, event));
        }
    }
    reports.sort_by_key(|(outlet, strike, _)| (*outlet, *strike));
    reports.into_iter().map(|(_, _, event)| event).collect()
}

fn write_config(dir: &Path, brokers: &str, prefix: &str, num_partitions: i32) -> PathBuf {
    let config = dir.join(format!("{prefix}{num_partitions}.sitrep.toml"));
    std::fs::write(
        &config,
        format!(
            "transport = \"kafka\"\n\
             [kafka]\nbrokers = \"{brokers}\"\ntopic_prefix = \"{prefix}\"\n\
             partitions = {num_partitions}\nsession_timeout_ms = 6000\n\
             [output]\nprint_events = false\n\
             [log]\nlevel = \"warn\"\n"
        ),
    )
    .expect("config");
    config
}

async fn settings_with_topics(dir: &Path, broker: &Broker, prefix: &str) -> Settings {
    settings_with_partitions(dir, broker, prefix, NUM_PARTITIONS).await
}

/// Settings whose `kafka.partitions` is `num_partitions`, and the topics (created with
/// that many partitions where missing).
async fn settings_with_partitions(
    dir: &Path,
    broker: &Broker,
    prefix: &str,
    num_partitions: i32,
) -> Settings {
    let config = write_config(dir, broker.bootstrap(), prefix, num_partitions);
    let settings = Settings::load(Some(&config)).expect("settings");
    KafkaTransport::new(settings.kafka.clone())
        .expect("transport")
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");
    settings
}

/// Writes events to the events topic as the classifier does: keyed by event id, on the
/// partition of their country among `kafka.partitions`.
async fn send_events(settings: &Settings, events: &[IncidentEvent]) {
    let num_partitions = settings.partitions;
    let transport = KafkaTransport::new(settings.kafka.clone()).expect("transport");
    let producer = transport.producer().expect("producer");
    for event in events {
        let message = OutMessage::new(
            settings.topics.events.clone(),
            Some(event.id.to_string()),
            serde_json::to_vec(event).expect("json"),
        )
        .with_partition(event_partition(event, num_partitions));
        producer.send(message).await.expect("sent");
    }
}

/// One replica of a stage (as `sitrep run --target …` runs it).
fn start_replica(settings: &Settings, target: Target) -> JoinHandle<anyhow::Result<()>> {
    spawn_replica(settings, sitrep_runtime::RunOptions::new(target))
}

/// One replica of a stage with its admin server on a port of the kernel's choosing; its
/// `/readyz` URL beside it.
async fn start_replica_with_admin(
    settings: &Settings,
    target: Target,
) -> (JoinHandle<anyhow::Result<()>>, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let readyz = format!("http://{}/readyz", listener.local_addr().expect("addr"));
    let mut options = sitrep_runtime::RunOptions::new(target);
    options.admin_listener = Some(listener);
    (spawn_replica(settings, options), readyz)
}

fn spawn_replica(
    settings: &Settings,
    options: sitrep_runtime::RunOptions,
) -> JoinHandle<anyhow::Result<()>> {
    let transport: Arc<dyn Transport> =
        Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("transport"));
    let settings = settings.clone();
    tokio::spawn(async move {
        sitrep_runtime::run(
            &settings,
            transport,
            options,
            tokio_util::sync::CancellationToken::new(),
        )
        .await
    })
}

/// Waits until `readyz` answers 200: the replica holds partitions of a settled group.
/// (The replica is in this process, but its readiness is read as an operator reads it.)
async fn wait_ready(readyz: &str) {
    wait_until(
        &format!("{readyz} answering 200"),
        Duration::from_secs(120),
        || async {
            reqwest::get(readyz)
                .await
                .is_ok_and(|response| response.status().is_success())
        },
    )
    .await;
}

/// Waits until the stage's group has committed `num_inputs` positions on its input
/// topic: every input before them has its outputs acknowledged.
async fn committed_through(
    settings: &Settings,
    bootstrap: &str,
    target: Target,
    topic: &str,
    num_inputs: i64,
) {
    let group = settings.group_id(target.as_str());
    for _ in 0..600 {
        if committed_offsets(bootstrap, &group, topic).await >= num_inputs {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("{group} did not commit {num_inputs} inputs within two minutes");
}

/// What must be equal between one replica and N: the distinct messages published, the
/// last message of each key, and that each key lives on one partition.
#[derive(Debug, PartialEq, Eq)]
struct Published {
    distinct: BTreeSet<(String, String)>,
    last: BTreeMap<String, String>,
}

async fn published(bootstrap: &str, topic: &str) -> Published {
    let mut distinct = BTreeSet::new();
    let mut last = BTreeMap::new();
    let mut partition_of: BTreeMap<String, i32> = BTreeMap::new();
    for record in read_topic(bootstrap, topic).await {
        let key = record.key.clone().expect("every output has a key");
        let partition = *partition_of.entry(key.clone()).or_insert(record.partition);
        assert_eq!(partition, record.partition, "{key} on two partitions");
        let payload = String::from_utf8(record.payload).expect("utf-8");
        distinct.insert((key.clone(), payload.clone()));
        last.insert(key, payload);
    }
    Published { distinct, last }
}

/// Runs `target` as one replica, then as three with one killed and one added after a
/// quarter of the input is committed, on the same input written by `send`; returns what
/// each published on `output`.
async fn one_and_three<F, Fut>(
    broker: &Broker,
    dir: &Path,
    target: Target,
    num_inputs: usize,
    send: F,
) -> (Published, Published)
where
    F: Fn(Settings, std::ops::Range<usize>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let input_topic = |settings: &Settings| match target {
        Target::Normalizer => settings.topics.items_raw.clone(),
        _ => settings.topics.events.clone(),
    };
    let output_topic = |settings: &Settings| match target {
        Target::Normalizer => settings.topics.articles.clone(),
        _ => settings.topics.incidents.clone(),
    };
    let name = target.as_str();
    let half = num_inputs / 2;

    // One replica holds all six partitions.
    let one = settings_with_topics(dir, broker, &format!("one-{name}.")).await;
    let replica = start_replica(&one, target);
    send(one.clone(), 0..num_inputs).await;
    committed_through(
        &one,
        broker.bootstrap(),
        target,
        &input_topic(&one),
        num_inputs as i64,
    )
    .await;
    replica.abort();

    // Three replicas share them; one is killed and another joins mid-stream.
    let three = settings_with_topics(dir, broker, &format!("three-{name}.")).await;
    let replicas: Vec<_> = (0..3).map(|_| start_replica(&three, target)).collect();
    send(three.clone(), 0..half).await;
    committed_through(
        &three,
        broker.bootstrap(),
        target,
        &input_topic(&three),
        half as i64 / 2,
    )
    .await;
    replicas[0].abort();
    let added = start_replica(&three, target);
    send(three.clone(), half..num_inputs).await;
    committed_through(
        &three,
        broker.bootstrap(),
        target,
        &input_topic(&three),
        num_inputs as i64,
    )
    .await;
    for replica in replicas.iter().skip(1).chain([&added]) {
        replica.abort();
    }
    (
        published(broker.bootstrap(), &output_topic(&one)).await,
        published(broker.bootstrap(), &output_topic(&three)).await,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn incidents_from_one_replica_and_from_three_with_a_rebalance_are_the_same() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let events = Arc::new(events());
    let (from_one, from_three) = one_and_three(
        &broker,
        dir.path(),
        Target::Incidents,
        events.len(),
        |settings, range| {
            let events = events.clone();
            async move { send_events(&settings, &events[range]).await }
        },
    )
    .await;
    let merged = from_one
        .last
        .values()
        .filter_map(|payload| serde_json::from_str::<serde_json::Value>(payload).ok())
        .filter(|incident| incident["num_reports"].as_u64() > Some(1))
        .count();
    assert!(
        merged >= 10,
        "the events make incidents of several reports: {merged} of {}",
        from_one.last.len()
    );
    assert_eq!(
        from_one.last.keys().collect::<Vec<_>>(),
        from_three.last.keys().collect::<Vec<_>>(),
        "the same incident ids"
    );
    assert_eq!(from_one, from_three, "the same records");
}

/// The incident stage run as `num_replicas` replicas while the events topic goes from
/// three partitions to six in the middle of the stream, by the procedure of
/// docs/operations.md (*Adding partitions*): the topics raised, then every replica
/// restarted with `kafka.partitions = 6`, one after the other, and the classifier's
/// placement (here `send_events`) following the new count from then on. What the stage
/// published on the incidents topic.
///
/// tansu 0.6 refuses CreatePartitions (librdkafka: "Required feature not supported by
/// broker"), so the topics are made with six partitions at the start and the events are
/// placed among the first three until the change: the state a topic raised from three
/// to six is in right after `kafka-topics --alter` (its records on 0-2, 3-5 empty). What
/// this leaves untested is the client's part: a running consumer noticing the new
/// partitions, which the procedure's restart takes care of.
async fn incidents_across_added_partitions(
    broker: &Broker,
    dir: &Path,
    events: &[IncidentEvent],
    num_replicas: usize,
) -> Published {
    const BEFORE: i32 = 3;
    const AFTER: i32 = 6;
    let prefix = format!("grow{num_replicas}.");
    let half = events.len() / 2;
    let after = settings_with_partitions(dir, broker, &prefix, AFTER).await;
    let mut before = after.clone();
    before.partitions = BEFORE;
    let mut replicas: Vec<_> = (0..num_replicas)
        .map(|_| start_replica(&before, Target::Incidents))
        .collect();
    send_events(&before, &events[..half]).await;
    let events_topic = before.topics.events.clone();
    committed_through(
        &before,
        broker.bootstrap(),
        Target::Incidents,
        &events_topic,
        half as i64,
    )
    .await;
    // A rolling restart: each replica stopped (its group left) and its successor ready
    // before the next goes. (Stopping them all in the same moment can leave tansu 0.6's
    // group with a departed leader and no assignment ever again: deploy/README.md.)
    for replica in &mut replicas {
        replica.abort();
        let _ = (&mut *replica).await;
        let (successor, readyz) = start_replica_with_admin(&after, Target::Incidents).await;
        *replica = successor;
        wait_ready(&readyz).await;
    }
    send_events(&after, &events[half..]).await;
    committed_through(
        &after,
        broker.bootstrap(),
        Target::Incidents,
        &events_topic,
        events.len() as i64,
    )
    .await;
    for replica in &replicas {
        replica.abort();
    }
    published(broker.bootstrap(), &after.topics.incidents).await
}

/// The incident of each event: the last record of an incident that lists it as a report.
fn incident_of_each_event(published: &Published) -> BTreeMap<String, String> {
    let mut incident_of = BTreeMap::new();
    for (incident_id, payload) in &published.last {
        let incident: serde_json::Value = serde_json::from_str(payload).expect("an incident");
        for report in incident["reports"].as_array().into_iter().flatten() {
            if let Some(event_id) = report["event_id"].as_str() {
                incident_of.insert(event_id.to_owned(), incident_id.clone());
            }
        }
    }
    incident_of
}

/// Partitions added mid-stream (docs/operations.md, *Adding partitions*): nothing is lost
/// (every event is a report of an incident), each incident id lives on one partition, one
/// replica and three publish the same incidents, and what the docs say happens does: a
/// strike whose country moved to another partition, reported before and after the change,
/// is split (its later reports open incidents of their own on the new partition); no other
/// strike is split by it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn partitions_added_mid_stream_by_the_documented_procedure() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let events = events();
    let from_one = incidents_across_added_partitions(&broker, dir.path(), &events, 1).await;
    let from_three = incidents_across_added_partitions(&broker, dir.path(), &events, 3).await;

    let incident_of = incident_of_each_event(&from_one);
    let sent: BTreeSet<String> = events.iter().map(|event| event.id.to_string()).collect();
    assert_eq!(
        incident_of.keys().cloned().collect::<BTreeSet<_>>(),
        sent,
        "every event is a report of an incident"
    );
    // Strikes by their reports' links (`…/strike-N`): which were split, and which had
    // reports on both sides of the change on partitions that differ.
    let half = events.len() / 2;
    let mut incidents_of_strike: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut moved: BTreeSet<String> = BTreeSet::new();
    let mut sides: BTreeMap<String, (Option<i32>, Option<i32>)> = BTreeMap::new();
    for (n, event) in events.iter().enumerate() {
        let url = event.article.url.clone().expect("a link");
        let strike = url.rsplit('/').next().expect("a strike").to_owned();
        incidents_of_strike
            .entry(strike.clone())
            .or_default()
            .insert(incident_of[&event.id.to_string()].clone());
        let side = sides.entry(strike).or_default();
        if n < half {
            side.0 = Some(event_partition(event, 3));
        } else {
            side.1 = Some(event_partition(event, 6));
        }
    }
    for (strike, side) in &sides {
        if let (Some(old), Some(new)) = side {
            if old != new {
                moved.insert(strike.clone());
            }
        }
    }
    let split: BTreeSet<String> = incidents_of_strike
        .iter()
        .filter(|(_, incidents)| incidents.len() > 1)
        .map(|(strike, _)| strike.clone())
        .collect();
    println!(
        "{} strikes, {} reported on both sides of the change on another partition, {} split: {split:?}",
        incidents_of_strike.len(),
        moved.len(),
        split.len()
    );
    assert!(!moved.is_empty(), "the change moves some strike's reports");
    assert_eq!(
        split, moved,
        "exactly the strikes whose reports moved are split"
    );
    let pieces: BTreeMap<&String, usize> = split
        .iter()
        .map(|strike| (strike, incidents_of_strike[strike].len()))
        .collect();
    println!("incidents per split strike: {pieces:?}");
    assert_eq!(
        from_one, from_three,
        "one replica and three publish the same incidents across the change"
    );
}

/// A Kafka transport whose reads of one topic wait until the test lets them go: a
/// replica whose index rebuild takes as long as the test likes.
struct HeldReads {
    inner: KafkaTransport,
    topic: String,
    reading: Arc<tokio::sync::Notify>,
    released: tokio::sync::watch::Receiver<bool>,
}

#[async_trait::async_trait]
impl Transport for HeldReads {
    async fn probe(&self, topics: &[String]) -> Result<(), TransportError> {
        self.inner.probe(topics).await
    }

    async fn ensure_topics(&self, topics: &[TopicSpec]) -> Result<(), TransportError> {
        self.inner.ensure_topics(topics).await
    }

    async fn check_topics(&self, topics: &[TopicSpec]) -> Result<Vec<String>, TransportError> {
        self.inner.check_topics(topics).await
    }

    fn producer(&self) -> Result<Arc<dyn sitrep_transport::Producer>, TransportError> {
        self.inner.producer()
    }

    async fn read_all(
        &self,
        topic: &str,
    ) -> Result<Vec<sitrep_transport::InMessage>, TransportError> {
        if topic == self.topic {
            self.reading.notify_one();
            let mut released = self.released.clone();
            // A closed channel lets the read go too.
            let _ = released.wait_for(|released| *released).await;
        }
        self.inner.read_all(topic).await
    }

    fn consumer(&self, spec: &ConsumerSpec) -> Result<Arc<dyn Consumer>, TransportError> {
        self.inner.consumer(spec)
    }
}

/// A replica busy rebuilding the index of a partition (its read of the incidents topic
/// held by the test) still lets its group rebalance: a replica that joins meanwhile gets
/// partitions and merges their events, and once the rebuild goes on, every event is in
/// an incident. Before the stage loop polled its consumer while a batch was being got
/// ready, the joining replica waited for its assignment as long as the rebuild lasted
/// (the local stack's two incident replicas, recreated together, waited over 2 minutes).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_replica_joins_while_another_rebuilds_an_index() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = settings_with_topics(dir.path(), &broker, "busy.").await;
    let events = events();
    send_events(&settings, &events).await;

    let reading = Arc::new(tokio::sync::Notify::new());
    let (release, released) = tokio::sync::watch::channel(false);
    let busy: Arc<dyn Transport> = Arc::new(HeldReads {
        inner: KafkaTransport::new(settings.kafka.clone()).expect("transport"),
        topic: settings.topics.incidents.clone(),
        reading: reading.clone(),
        released,
    });
    let busy_settings = settings.clone();
    let busy_replica = tokio::spawn(async move {
        sitrep_runtime::run(
            &busy_settings,
            busy,
            sitrep_runtime::RunOptions::new(Target::Incidents),
            tokio_util::sync::CancellationToken::new(),
        )
        .await
    });
    // The only member holds every partition and is reading the incidents topic.
    tokio::time::timeout(Duration::from_secs(120), reading.notified())
        .await
        .expect("the first replica starts rebuilding an index within two minutes");

    let joining = start_replica(&settings, Target::Incidents);
    let group = settings.group_id(Target::Incidents.as_str());
    // Well within librdkafka's max.poll.interval.ms (5 minutes), after which the group
    // would go on without a member that is not polled.
    let mut num_committed = 0;
    for _ in 0..300 {
        num_committed =
            committed_offsets(broker.bootstrap(), &group, &settings.topics.events).await;
        if num_committed > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(
        num_committed > 0,
        "the joining replica merged nothing within a minute of joining while the other \
         one was rebuilding: the group did not rebalance"
    );
    assert!(!*release.borrow(), "the rebuild was still held");

    release.send(true).expect("the busy replica is running");
    committed_through(
        &settings,
        broker.bootstrap(),
        Target::Incidents,
        &settings.topics.events,
        events.len() as i64,
    )
    .await;
    busy_replica.abort();
    joining.abort();
    let published = published(broker.bootstrap(), &settings.topics.incidents).await;
    let reported: BTreeSet<String> = published
        .last
        .values()
        .map(|payload| serde_json::from_str::<serde_json::Value>(payload).expect("an incident"))
        .flat_map(|incident| {
            incident["reports"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|report| report["event_id"].as_str().map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .collect();
    let sent: BTreeSet<String> = events.iter().map(|event| event.id.to_string()).collect();
    assert_eq!(reported, sent, "every event is a report of an incident");
}

const WIRE: &str = "https://wire.example.com/world.rss";
const PORTAL: &str = "https://portal.example.org/feeds/news.xml";
const OUTLET: &str = "https://outlet.example.net/rss";

/// A paragraph of its own for each story: sixty words drawn from a vocabulary by the
/// story's number, so two stories share few shingles.
fn story_text(story: usize) -> String {
    const WORDS: [&str; 40] = [
        "army",
        "village",
        "drone",
        "convoy",
        "market",
        "border",
        "police",
        "rebels",
        "shelling",
        "bridge",
        "school",
        "province",
        "officials",
        "night",
        "fighters",
        "checkpoint",
        "airport",
        "hospital",
        "militia",
        "governor",
        "district",
        "patrol",
        "artillery",
        "residents",
        "ministry",
        "spokesman",
        "clashes",
        "base",
        "outpost",
        "mortar",
        "highway",
        "refinery",
        "port",
        "barracks",
        "camp",
        "valley",
        "river",
        "coast",
        "capital",
        "town",
    ];
    let mut state = (story as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let words: Vec<&str> = (0..60)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            WORDS[(state >> 33) as usize % WORDS.len()]
        })
        .collect();
    format!("<p>Story {story}: {}.</p>", words.join(" "))
}

/// Forty stories from a wire feed; a third of them again from a portal's feed (the same
/// link with tracking parameters: exact duplicates); a quarter republished by an outlet
/// under its own link (near duplicates); a fifth updated with a paragraph more (new
/// revisions). First versions first, then the copies, then the updates.
fn raw_items() -> Vec<RawItem> {
    use sitrep_contract::fixtures::raw_item;
    let mut items = Vec::new();
    let link = |story: usize| format!("https://wire.example.com/2026/03/03/story-{story}");
    for story in 0..40 {
        items.push(raw_item(
            WIRE,
            &format!("w-{story}"),
            &link(story),
            &story_text(story),
        ));
    }
    for story in (0..40).step_by(3) {
        let tracked = format!("{}?utm_source=portal#top", link(story));
        items.push(raw_item(
            PORTAL,
            &format!("p-{story}"),
            &tracked,
            &story_text(story),
        ));
    }
    for story in (0..40).step_by(4) {
        let text = format!(
            "{}<p>Reporting by the outlet's newsroom.</p>",
            story_text(story)
        );
        let own = format!("https://outlet.example.net/story-{story}");
        items.push(raw_item(OUTLET, &format!("o-{story}"), &own, &text));
    }
    for story in (0..40).step_by(5) {
        let text = format!("{}{}", story_text(story), story_text(1000 + story));
        items.push(raw_item(WIRE, &format!("w-{story}"), &link(story), &text));
    }
    items
}

/// Writes raw items as the fetcher does: keyed by feed id, on the partition of their
/// article id.
async fn send_items(settings: &Settings, items: &[RawItem]) {
    let transport = KafkaTransport::new(settings.kafka.clone()).expect("transport");
    let producer = transport.producer().expect("producer");
    for item in items {
        let message = OutMessage::new(
            settings.topics.items_raw.clone(),
            Some(item.feed.id.to_string()),
            serde_json::to_vec(item).expect("json"),
        )
        .with_partition(raw_item_partition(item, NUM_PARTITIONS));
        producer.send(message).await.expect("sent");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn articles_from_one_replica_and_from_three_with_a_rebalance_are_the_same() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let items = Arc::new(raw_items());
    let (from_one, from_three) = one_and_three(
        &broker,
        dir.path(),
        Target::Normalizer,
        items.len(),
        |settings, range| {
            let items = items.clone();
            async move { send_items(&settings, &items[range]).await }
        },
    )
    .await;
    let articles: Vec<serde_json::Value> = from_one
        .distinct
        .iter()
        .map(|(_, payload)| serde_json::from_str(payload).expect("an article"))
        .collect();
    let num_updates = articles.iter().filter(|a| a["revision"] == 1).count();
    assert_eq!(
        (from_one.last.len(), num_updates),
        (40 + 10, 8),
        "one article per story and per republished copy, the portal's copies repeats, \
         eight updates"
    );
    assert_eq!(from_one, from_three, "the same articles");
}
