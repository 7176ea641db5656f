//! The JSON Schemas committed under `schemas/` must equal the ones generated from the
//! types. Run with `SITREP_UPDATE_SCHEMAS=1` to rewrite them after a deliberate change.

use std::path::PathBuf;

#[test]
fn committed_schemas_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    let update = std::env::var_os("SITREP_UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (file_name, schema) in sitrep_contract::schema::all() {
        let path = dir.join(file_name);
        let generated = sitrep_contract::schema::render(&schema);
        if update {
            std::fs::write(&path, &generated).expect("write schema");
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != generated {
            stale.push(file_name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale schemas {stale:?}: run `SITREP_UPDATE_SCHEMAS=1 cargo test -p sitrep-contract --test schemas`"
    );
}

#[test]
fn the_seed_event_example_of_the_contract_validates_against_the_types() {
    let example = r#"{
      "schema": "sitrep.event/v1",
      "id": "evt_0123456789abcdef0123456789abcdef",
      "article": {
        "id": "art_0123456789abcdef0123456789abcdef", "url": "https://example.org/a", "title": "t", "source": "CNN",
        "feed_id": "feed_0123456789abcdef0123456789abcdef", "published_at": "2020-03-12T18:00:00Z", "language": "en"
      },
      "event_type": "air_drone_strike",
      "acled": { "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike" },
      "cameo": "195",
      "status": "occurred",
      "occurred_on": { "date": "2020-03-12", "precision": "day", "text": "on Thursday" },
      "location": { "name": "Iraq", "country_code": "IQ", "admin1": null, "lat": 33.0, "lon": 44.0, "precision": "country" },
      "actors": [
        { "name": "United States", "role": "initiator", "kind": "state_force", "country_code": "US" },
        { "name": "Kata'ib Hezbollah", "role": "target", "kind": "non_state_armed_group", "country_code": "IQ" }
      ],
      "fatalities": null, "injuries": null, "weapons": ["manned aircraft"], "confidence": 0.93,
      "evidence": [ { "text": "The US carried out airstrikes on Thursday against", "cues": ["airstrikes"] } ],
      "classified_at": "2026-11-25T07:00:00Z", "classifier_version": "0.1.0"
    }"#;
    let event: sitrep_contract::IncidentEvent =
        serde_json::from_str(example).expect("contract example parses");
    assert_eq!(event.event_type, sitrep_contract::EventType::AirDroneStrike);
    let back = serde_json::to_value(&event).expect("serialize");
    let original: serde_json::Value = serde_json::from_str(example).expect("json");
    assert_eq!(
        back, original,
        "the types serialize to exactly the contract's shape"
    );
}

/// Any object in `value` that forbids properties it does not list.
fn closed_objects(value: &serde_json::Value, path: &str, found: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.get("additionalProperties") == Some(&serde_json::Value::Bool(false)) {
                found.push(path.to_owned());
            }
            for (key, child) in map {
                closed_objects(child, &format!("{path}/{key}"), found);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                closed_objects(child, &format!("{path}/{index}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_schema_has_an_id_and_leaves_room_for_fields_added_within_v1() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    let names = [
        ("raw_item.v1.json", "sitrep.raw_item/v1"),
        ("article.v1.json", "sitrep.article/v1"),
        ("event.v1.json", "sitrep.event/v1"),
        ("deadletter.v1.json", "sitrep.deadletter/v1"),
        ("incident.v1.json", "sitrep.incident/v1"),
    ];
    for (file_name, schema_name) in names {
        let text = std::fs::read_to_string(dir.join(file_name)).expect("schema");
        let schema: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(
            schema["$id"],
            format!("urn:sitrep:schema:{schema_name}"),
            "{file_name}"
        );
        let mut closed = Vec::new();
        closed_objects(&schema, "", &mut closed);
        assert!(
            closed.is_empty(),
            "{file_name} forbids added fields at {closed:?}"
        );
    }
}

/// Adds a field nobody knows to every object of `value`.
fn with_unknown_fields(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for child in map.values_mut() {
                with_unknown_fields(child);
            }
            map.insert("added_in_a_later_v1".into(), serde_json::json!({"x": [1]}));
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(with_unknown_fields),
        _ => {}
    }
}

#[test]
fn readers_ignore_fields_they_do_not_know() {
    // Every kind of object an event holds: an actor (the fixture's) and evidence.
    let mut event = sitrep_contract::fixtures::event();
    event.evidence.push(sitrep_contract::Evidence {
        text: "t".to_owned(),
        cues: vec!["airstrike".to_owned()],
    });
    let event = serde_json::to_value(event).expect("json");
    let mut extended = event.clone();
    with_unknown_fields(&mut extended);
    let read: sitrep_contract::IncidentEvent =
        serde_json::from_value(extended).expect("an event with added fields is read");
    assert_eq!(
        serde_json::to_value(&read).expect("json"),
        event,
        "and means what it meant"
    );

    let letter = sitrep_contract::DeadLetter::new(
        sitrep_contract::Stage::Normalizer,
        "invalid_json",
        "x",
        sitrep_contract::InputRef {
            topic: Some("sitrep.items.raw".into()),
            partition: Some(0),
            offset: Some(1),
            key: None,
            url: None,
        },
        None,
        b"{",
        chrono::Utc::now(),
    );
    let mut extended = serde_json::to_value(&letter).expect("json");
    with_unknown_fields(&mut extended);
    let read: sitrep_contract::DeadLetter =
        serde_json::from_value(extended).expect("a dead letter with added fields is read");
    assert_eq!(read, letter);
}
