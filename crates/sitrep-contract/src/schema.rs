//! JSON Schemas of the messages, generated from the types. The committed copies under
//! `schemas/` are checked against these by a test, so they can never go stale.
//!
//! Each schema's `$id` is `urn:sitrep:schema:` followed by the value of the message's
//! `sitrep-schema` header (`urn:sitrep:schema:sitrep.event/v1`), so a reader finds the
//! schema of a message from its header. No object forbids properties it does not list:
//! fields may be added within v1, and readers ignore the ones they do not know.

use schemars::schema::RootSchema;
use schemars::schema_for;

use crate::{Article, DeadLetter, Incident, IncidentEvent, RawItem};

/// The `$id` of the schema named `schema` (a `sitrep-schema` header value).
pub fn schema_id(schema: &str) -> String {
    format!("urn:sitrep:schema:{schema}")
}

/// `(file name, schema)` for every message type.
pub fn all() -> Vec<(&'static str, RootSchema)> {
    let with_id = |schema: &str, mut root: RootSchema| {
        root.schema.metadata().id = Some(schema_id(schema));
        root
    };
    vec![
        (
            "raw_item.v1.json",
            with_id(RawItem::SCHEMA, schema_for!(RawItem)),
        ),
        (
            "article.v1.json",
            with_id(Article::SCHEMA, schema_for!(Article)),
        ),
        (
            "event.v1.json",
            with_id(IncidentEvent::SCHEMA, schema_for!(IncidentEvent)),
        ),
        (
            "deadletter.v1.json",
            with_id(DeadLetter::SCHEMA, schema_for!(DeadLetter)),
        ),
        (
            "incident.v1.json",
            with_id(Incident::SCHEMA, schema_for!(Incident)),
        ),
    ]
}

/// The text written to `schemas/<file name>`.
pub fn render(schema: &RootSchema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
