//! `make run`'s bundled sample feeds, carried through the real one-process pipeline,
//! must give exactly the events labelled in `config/samples/expected.jsonl`: for every
//! article, the same event types, countries and fatalities, and nothing for the
//! non-incidents.

use std::collections::BTreeMap;
use std::path::PathBuf;

use sitrep_contract::IncidentEvent;
use sitrep_runtime::Settings;
use sitrep_transport::memory::MemoryBus;
use tokio_util::sync::CancellationToken;

fn config_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../config")
}

/// (event type, country, fatalities) per event, sorted, by article link.
type Outcome = BTreeMap<String, Vec<(String, Option<String>, Option<u64>)>>;

fn expected() -> Outcome {
    let text = std::fs::read_to_string(config_dir().join("samples/expected.jsonl"))
        .expect("expected.jsonl");
    let mut outcome = Outcome::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let label: serde_json::Value = serde_json::from_str(line).expect("label json");
        let list = |key: &str| label[key].as_array().cloned().unwrap_or_default();
        let (types, countries, fatalities) = (
            list("event_types"),
            list("country_codes"),
            list("fatalities"),
        );
        let mut events: Vec<_> = types
            .iter()
            .zip(&countries)
            .zip(&fatalities)
            .map(|((t, c), f)| {
                (
                    t.as_str().unwrap_or_default().to_owned(),
                    c.as_str().map(str::to_owned),
                    f.as_u64(),
                )
            })
            .collect();
        events.sort();
        outcome.insert(label["link"].as_str().expect("link").to_owned(), events);
    }
    outcome
}

#[tokio::test]
async fn the_bundled_sample_run_gives_exactly_the_labelled_events() {
    let mut settings =
        Settings::load(Some(&config_dir().join("sitrep.toml"))).expect("bundled config");
    let dir = tempfile::tempdir().expect("tempdir");
    settings.output.events_file = Some(dir.path().join("events.jsonl"));
    settings.output.print_events = false;
    let bus = MemoryBus::new();
    sitrep_runtime::run_once_in_process(&settings, bus.clone(), CancellationToken::new())
        .await
        .expect("run");

    let expected = expected();
    let mut actual: Outcome = expected
        .keys()
        .map(|link| (link.clone(), Vec::new()))
        .collect();
    let written = std::fs::read_to_string(dir.path().join("events.jsonl")).expect("events file");
    let num_events = bus
        .messages(&settings.topics.events)
        .iter()
        .filter(|message| message.payload.is_some())
        .count();
    assert_eq!(
        written.lines().count(),
        num_events,
        "every event written to the file, withdrawals not"
    );
    for line in written.lines() {
        let event: IncidentEvent = serde_json::from_str(line).expect("event");
        let link = event
            .article
            .url
            .clone()
            .expect("sample articles have links");
        actual.entry(link).or_default().push((
            event.event_type.code().to_owned(),
            event.location.country_code.clone(),
            event.fatalities.map(u64::from),
        ));
    }
    for events in actual.values_mut() {
        events.sort();
    }
    let wrong: Vec<String> = expected
        .iter()
        .filter(|(link, want)| actual.get(*link) != Some(want))
        .map(|(link, want)| {
            format!(
                "{link}\n    expected {want:?}\n    got      {:?}",
                actual.get(link)
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} sample articles differ:\n{}",
        wrong.len(),
        expected.len(),
        wrong.join("\n")
    );
    assert_eq!(
        bus.end_offset(&settings.topics.deadletter),
        0,
        "no sample input is dead-lettered"
    );
}
