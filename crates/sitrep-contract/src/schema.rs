//! JSON Schemas of the messages, generated from the types. The committed copies under
//! `schemas/` are checked against these by a test, so they can never go stale.

use schemars::schema::RootSchema;
use schemars::schema_for;

use crate::{Article, DeadLetter, Incident, IncidentEvent, RawItem};

/// `(file name, schema)` for every message type.
pub fn all() -> Vec<(&'static str, RootSchema)> {
    vec![
        ("raw_item.v1.json", schema_for!(RawItem)),
        ("article.v1.json", schema_for!(Article)),
        ("event.v1.json", schema_for!(IncidentEvent)),
        ("deadletter.v1.json", schema_for!(DeadLetter)),
        ("incident.v1.json", schema_for!(Incident)),
    ]
}

/// The text written to `schemas/<file name>`.
pub fn render(schema: &RootSchema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
