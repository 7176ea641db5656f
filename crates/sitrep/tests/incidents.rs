//! The incident stage on a real broker (tansu), run as the real binary
//! (`sitrep run --target incidents`): a replay of the events topic into a fresh
//! deployment yields the same incident records, a restarted stage that reads every
//! event again publishes nothing new, and a stage killed (SIGKILL) mid-stream and
//! restarted loses no event and duplicates no incident. The expected incidents come
//! from the pure index over the same events in the same order.
//!
//! Topics have one partition here, so the order events are merged in is the order they
//! were produced in: incident ids depend on that order (an incident is named after the
//! first event that opened it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use sitrep_contract::{EventId, Incident, IncidentEvent};
use sitrep_incidents::{Change, IncidentIndex, IndexConfig};
use sitrep_runtime::Settings;
use sitrep_testkit::{committed_offsets, read_topic, Broker, TopicWatcher};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{OutMessage, Transport};
use tokio::process::{Child, Command};

fn write_config(dir: &Path, bootstrap: &str, prefix: &str) -> PathBuf {
    let path = dir.join(format!("{prefix}sitrep.toml"));
    std::fs::write(
        &path,
        format!(
            "transport = \"kafka\"\nshutdown_timeout_secs = 20\n\
             [kafka]\nbrokers = \"{bootstrap}\"\ntopic_prefix = \"{prefix}\"\npartitions = 1\nsession_timeout_ms = 6000\n\
             [admin]\nenabled = false\n\
             [log]\nformat = \"json\"\nlevel = \"warn\"\n"
        ),
    )
    .expect("config");
    path
}

fn spawn_stage(config: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--target", "incidents", "--config"])
        .arg(config)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start sitrep")
}

async fn signal(child: &mut Child, signal: &str) {
    let pid = child.id().expect("running");
    let sent = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .expect("exits within 30 s")
        .expect("wait");
    if signal == "-TERM" {
        assert!(status.success(), "clean stop on SIGTERM: {status}");
    }
}

/// Polls the group's committed offset (state in another process: nothing to await)
/// until it reaches `expected`.
async fn wait_committed(bootstrap: &str, group: &str, topic: &str, expected: i64) {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let committed = committed_offsets(bootstrap, group, topic).await;
        if committed >= expected {
            assert_eq!(committed, expected, "no more than what was sent");
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{group} committed {committed} of {expected} on {topic} within 90 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// 15 happenings in 5 countries over 5 days, each reported by 1 to 4 outlets (with
/// rising tolls); then one report corrected and one withdrawn.
fn events() -> Vec<(EventId, Option<IncidentEvent>)> {
    // The contract crate's fixture event, in a town, in 2024, with no actor named.
    let mut base = sitrep_contract::fixtures::event();
    let published: chrono::DateTime<chrono::Utc> = "2024-03-05T08:00:00Z".parse().expect("a time");
    base.article.published_at = published;
    base.classified_at = published;
    base.occurred_on.date = Some(published.date_naive());
    base.occurred_on.text = Some("on Tuesday".to_owned());
    base.location.name = "Town".to_owned();
    base.location.precision = sitrep_contract::LocationPrecision::City;
    base.actors.clear();
    let countries = ["IQ", "SY", "UA", "SO", "YE"];
    let outlets = ["AP", "Reuters", "AFP", "BBC"];
    let mut events = Vec::new();
    for happening in 0..15u32 {
        for outlet in 0..=(happening % 4) {
            let mut event = base.clone();
            let url = format!("https://{}.example/{happening}", outlets[outlet as usize]);
            event.article.id = sitrep_contract::ArticleId::for_url(&url);
            event.article.url = Some(url);
            event.article.source = Some(outlets[outlet as usize].to_owned());
            event.id = EventId::for_event(&event.article.id, 0);
            let day = happening % 5;
            event.occurred_on.date = event
                .occurred_on
                .date
                .map(|date| date + chrono::Duration::days(i64::from(day)));
            let published = event.article.published_at
                + chrono::Duration::days(i64::from(day))
                + chrono::Duration::hours(i64::from(outlet) * 3);
            event.article.published_at = published;
            event.classified_at = published;
            event.location.country_code = Some(countries[(happening / 5) as usize].to_owned());
            event.location.name = format!("Town {happening}");
            event.location.lat = Some(30.0 + f64::from(happening));
            event.fatalities = Some(2 + outlet * 2);
            events.push((event.id.clone(), Some(event)));
        }
    }
    // AFP corrects its count on happening 2; happening 0's only report is withdrawn.
    let corrected = events
        .iter()
        .filter_map(|(_, event)| event.clone())
        .find(|event| event.article.url.as_deref() == Some("https://AFP.example/2"))
        .map(|mut event| {
            event.fatalities = Some(40);
            event.classified_at += chrono::Duration::hours(5);
            event
        })
        .expect("AFP on happening 2");
    events.push((corrected.id.clone(), Some(corrected)));
    let withdrawn = events[0].0.clone();
    events.push((withdrawn, None));
    events
}

async fn produce(settings: &Settings, events: &[(EventId, Option<IncidentEvent>)]) {
    let transport = KafkaTransport::new(settings.kafka.clone()).expect("transport");
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(settings))
        .await
        .expect("topics");
    let producer = transport.producer().expect("producer");
    for (id, event) in events {
        let message = match event {
            Some(event) => OutMessage::new(
                &settings.topics.events,
                Some(id.to_string()),
                serde_json::to_vec(event).expect("json"),
            ),
            None => OutMessage::tombstone(&settings.topics.events, id.to_string()),
        };
        producer.send(message).await.expect("sent");
    }
    producer
        .flush(Duration::from_secs(10))
        .await
        .expect("flushed");
}

/// What the pure index makes of the events: the current record of every incident.
fn expected(events: &[(EventId, Option<IncidentEvent>)]) -> BTreeMap<String, Incident> {
    let mut index = IncidentIndex::new(IndexConfig::default());
    let mut state = BTreeMap::new();
    for (id, event) in events {
        let (_, changes) = match event {
            Some(event) => index.apply(event),
            None => index.retract(id, chrono::Utc::now()),
        };
        fold(&mut state, changes);
    }
    state
}

fn fold(state: &mut BTreeMap<String, Incident>, changes: Vec<Change>) {
    for change in changes {
        match change {
            Change::Upsert(incident) => {
                state.insert(incident.id.to_string(), incident);
            }
            Change::Tombstone(id) => {
                state.remove(id.as_str());
            }
        }
    }
}

/// The incidents topic read to its end: every record, and the last state per key.
async fn incidents_topic(
    bootstrap: &str,
    topic: &str,
) -> (Vec<(String, Option<Incident>)>, BTreeMap<String, Incident>) {
    let records: Vec<(String, Option<Incident>)> = read_topic(bootstrap, topic)
        .await
        .into_iter()
        .map(|record| {
            let key = record.key.clone().expect("keyed by incident id");
            let incident = (!record.payload.is_empty())
                .then(|| serde_json::from_slice(&record.payload).expect("an incident"));
            (key, incident)
        })
        .collect();
    let mut state = BTreeMap::new();
    for (key, incident) in &records {
        match incident {
            Some(incident) => {
                assert_eq!(incident.id.as_str(), key);
                state.insert(key.clone(), incident.clone());
            }
            None => {
                state.remove(key);
            }
        }
    }
    (records, state)
}

/// Every live incident's event ids; each event may be in one incident only.
fn events_by_incident(state: &BTreeMap<String, Incident>) -> BTreeMap<String, BTreeSet<String>> {
    let mut seen = BTreeSet::new();
    state
        .iter()
        .map(|(id, incident)| {
            let events: BTreeSet<String> = incident
                .reports
                .iter()
                .map(|report| report.event_id.to_string())
                .collect();
            for event in &events {
                assert!(seen.insert(event.clone()), "{event} is in two incidents");
            }
            (id.clone(), events)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replay_yields_the_same_incidents_and_a_rerun_changes_none() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let events = events();
    let expected = expected(&events);
    assert_eq!(expected.len(), 14, "15 happenings, one withdrawn");

    let mut runs = Vec::new();
    for prefix in ["first.", "replay."] {
        let config = write_config(dir.path(), broker.bootstrap(), prefix);
        let settings = Settings::load(Some(&config)).expect("settings");
        produce(&settings, &events).await;
        let mut stage = spawn_stage(&config);
        let group = format!("{prefix}incidents");
        wait_committed(
            broker.bootstrap(),
            &group,
            &settings.topics.events,
            events.len() as i64,
        )
        .await;
        signal(&mut stage, "-TERM").await;
        let (records, state) =
            incidents_topic(broker.bootstrap(), &settings.topics.incidents).await;
        assert_eq!(
            state, expected,
            "the stage publishes what the index computes"
        );
        events_by_incident(&state);
        runs.push((config, settings, records));
    }
    assert_eq!(
        runs[0].2, runs[1].2,
        "the replay published the same records, in the same order"
    );

    // `sitrep tail --incidents` shows every version published, as JSON.
    let (config, _, records) = &runs[0];
    let upserts: Vec<&Incident> = records.iter().filter_map(|(_, i)| i.as_ref()).collect();
    let tail = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args([
            "tail",
            "--incidents",
            "--from-beginning",
            "--format",
            "json",
            "--config",
        ])
        .arg(config)
        .args(["--max-events", &upserts.len().to_string()])
        .stdin(Stdio::null())
        .output();
    let tail = tokio::time::timeout(Duration::from_secs(60), tail)
        .await
        .expect("tail ends within 60 s")
        .expect("tail runs");
    assert!(
        tail.status.success(),
        "{}",
        String::from_utf8_lossy(&tail.stderr)
    );
    let shown: Vec<Incident> = String::from_utf8_lossy(&tail.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("an incident per line"))
        .collect();
    assert_eq!(shown.iter().collect::<Vec<_>>(), upserts);

    // The first deployment reads every event a second time (a redelivery of the whole
    // topic): its state is rebuilt from the incidents topic, so nothing changes.
    let (config, settings, records) = &runs[0];
    produce(settings, &events).await;
    let mut stage = spawn_stage(config);
    wait_committed(
        broker.bootstrap(),
        "first.incidents",
        &settings.topics.events,
        2 * events.len() as i64,
    )
    .await;
    signal(&mut stage, "-TERM").await;
    let (again, state) = incidents_topic(broker.bootstrap(), &settings.topics.incidents).await;
    assert_eq!(state, expected, "the rerun leaves every incident as it was");
    // Only the withdrawn event comes back: a withdrawal is not remembered past its
    // tombstone, so the event reopens its incident until the withdrawal, read again
    // too, retires it once more. Every other event, and the older reading of the
    // corrected one, changes nothing.
    let added = &again[records.len()..];
    let withdrawn = sitrep_contract::IncidentId::for_first_event(&events[0].0);
    assert_eq!(added.len(), 2, "{added:#?}");
    assert!(added.iter().all(|(key, _)| key == withdrawn.as_str()));
    assert!(added[0].1.is_some() && added[1].1.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stage_killed_mid_stream_loses_no_event_and_duplicates_no_incident() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let config = write_config(dir.path(), broker.bootstrap(), "sitrep.");
    let settings = Settings::load(Some(&config)).expect("settings");
    // Four rounds of the same stream under other outlets' URLs: 15 x 4 happenings.
    let events: Vec<(EventId, Option<IncidentEvent>)> = (0..4)
        .flat_map(|round| {
            events().into_iter().map(move |(id, event)| match event {
                Some(mut event) => {
                    let url = format!("{}?round={round}", event.article.url.unwrap_or_default());
                    event.article.id = sitrep_contract::ArticleId::for_url(&url);
                    event.article.url = Some(url);
                    event.id = EventId::for_event(&event.article.id, 0);
                    event.occurred_on.date = event
                        .occurred_on
                        .date
                        .map(|date| date + chrono::Duration::days(i64::from(round) * 10));
                    event.article.published_at += chrono::Duration::days(i64::from(round) * 10);
                    event.classified_at += chrono::Duration::days(i64::from(round) * 10);
                    (event.id.clone(), Some(event))
                }
                None => (id, None),
            })
        })
        .filter(|(_, event)| event.is_some())
        .collect();
    let expected = expected(&events);
    // The stream comes in two parts; the stage is killed while it works on the first,
    // so it never sees the whole stream and its last seconds of work are uncommitted.
    let (first_part, second_part) = events.split_at(events.len() / 2);
    produce(&settings, first_part).await;

    let watcher = TopicWatcher::new(broker.bootstrap(), &settings.topics.incidents);
    let mut stage = spawn_stage(&config);
    watcher.take(5, Duration::from_secs(60)).await;
    signal(&mut stage, "-KILL").await;
    let committed_at_kill = committed_offsets(
        broker.bootstrap(),
        "sitrep.incidents",
        &settings.topics.events,
    )
    .await;
    assert!(committed_at_kill <= first_part.len() as i64);
    produce(&settings, second_part).await;

    let mut restarted = spawn_stage(&config);
    wait_committed(
        broker.bootstrap(),
        "sitrep.incidents",
        &settings.topics.events,
        events.len() as i64,
    )
    .await;
    signal(&mut restarted, "-TERM").await;
    let (_, state) = incidents_topic(broker.bootstrap(), &settings.topics.incidents).await;
    let got = events_by_incident(&state);
    let want = events_by_incident(&expected);
    let all_events: BTreeSet<String> = events.iter().map(|(id, _)| id.to_string()).collect();
    let merged: BTreeSet<String> = got.values().flatten().cloned().collect();
    assert_eq!(merged, all_events, "every event is in an incident");
    assert_eq!(got, want, "the same incidents, each once");
    assert_eq!(state, expected);
    // A dead letter would mean an event was not merged.
    let letters = read_topic(broker.bootstrap(), &settings.topics.deadletter).await;
    assert!(letters.is_empty(), "{} dead letters", letters.len());
}
