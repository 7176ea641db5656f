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
