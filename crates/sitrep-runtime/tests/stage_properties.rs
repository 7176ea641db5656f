//! The consuming stages' decode-or-dead-letter path under generated input (the
//! poison-input rule for the normalizer and classifier stages): arbitrary payloads, and
//! valid `RawItem` and `Article` messages mutated (bytes flipped, cut, spliced) or filled
//! with arbitrary text, never panic the processor; each gives outputs or a rejection (a
//! dead letter) with a bounded kind and a one-line error. `PROPTEST_CASES=2000 cargo test
//! -p sitrep-runtime --test stage_properties` runs them longer.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use sitrep_classifier::Classifier;
use sitrep_contract::topics::Topics;
use sitrep_contract::{Article, EntryKey, FeedId, FeedRef, ItemId, RawItem};
use sitrep_runtime::classify::ClassifyProcessor;
use sitrep_runtime::normalize::NormalizeProcessor;
use sitrep_runtime::stage::Processor;
use sitrep_transport::InMessage;

/// Cases per property: modest in CI (the suite runs in debug builds), more with `PROPTEST_CASES`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn normalizer() -> &'static NormalizeProcessor {
    static PROCESSOR: std::sync::OnceLock<NormalizeProcessor> = std::sync::OnceLock::new();
    PROCESSOR.get_or_init(|| NormalizeProcessor::new(Topics::default(), 1000))
}

fn classifier() -> &'static ClassifyProcessor {
    static PROCESSOR: std::sync::OnceLock<ClassifyProcessor> = std::sync::OnceLock::new();
    PROCESSOR.get_or_init(|| {
        let classifier = Classifier::load_default().expect("the bundled data loads");
        ClassifyProcessor::new(Topics::default(), Arc::new(classifier))
    })
}

fn when() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2024-05-02T10:00:00Z")
        .expect("a valid date")
        .with_timezone(&Utc)
}

fn raw_item(title: &str, content: &str) -> RawItem {
    let url = "https://wire.example.org/rss";
    let feed_id = FeedId::for_feed(url);
    RawItem {
        schema: RawItem::SCHEMA.to_owned(),
        id: ItemId::for_entry(&feed_id, EntryKey::Guid("generated")),
        feed: FeedRef {
            id: feed_id,
            url: url.to_owned(),
            name: Some("Wire".to_owned()),
        },
        fetched_at: when(),
        guid: Some("generated".to_owned()),
        link: Some("https://wire.example.org/2024/05/02/generated".to_owned()),
        title: Some(title.to_owned()),
        summary: None,
        content: Some(content.to_owned()),
        published: Some(when()),
        updated: None,
        authors: Vec::new(),
        categories: Vec::new(),
        language: None,
        truncated: Vec::new(),
        shared_link: false,
        repaired: Vec::new(),
    }
}

fn article(title: &str, body: &str) -> Article {
    let url = "https://wire.example.org/2024/05/02/generated";
    Article {
        source: Some("Wire".to_owned()),
        language_confidence: Some(0.99),
        ..sitrep_contract::fixtures::article(url, "2024-05-02T10:00:00Z", title, body)
    }
}

const INCIDENT: &str = "<p>KYIV, Ukraine (AP) — A Russian drone strike killed two civilians \
    in Kharkiv on Wednesday, the regional governor said.</p>";

/// A byte-level edit of a payload, at a fraction of its length.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(f64),
    Replace(f64, u8),
    Insert(f64, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0f64).prop_map(Mutation::Truncate),
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, byte)| Mutation::Replace(at, byte)),
        (
            0.0..1.0f64,
            prop_oneof![
                prop::sample::select(vec![
                    b"\"".to_vec(),
                    b"\\u0000".to_vec(),
                    b"\\ud800".to_vec(),
                    b",null".to_vec(),
                    b"{}".to_vec(),
                    b"1e999".to_vec(),
                    vec![0xff],
                ]),
                prop::collection::vec(any::<u8>(), 1..8)
            ]
        )
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
    ]
}

fn apply(payload: &mut Vec<u8>, mutation: &Mutation) {
    let at = |fraction: f64, len: usize| ((len as f64 * fraction) as usize).min(len);
    match mutation {
        Mutation::Truncate(fraction) => payload.truncate(at(*fraction, payload.len())),
        Mutation::Replace(fraction, byte) => {
            if !payload.is_empty() {
                let index = at(*fraction, payload.len()).min(payload.len() - 1);
                payload[index] = *byte;
            }
        }
        Mutation::Insert(fraction, bytes) => {
            let index = at(*fraction, payload.len());
            payload.splice(index..index, bytes.iter().copied());
        }
    }
}

/// Outputs, or a rejection with a metric-safe kind label and a one-line error.
fn check(processor: &dyn Processor, payload: Vec<u8>) -> Result<(), TestCaseError> {
    let input = InMessage::at("generated.in", 0, 7, payload);
    match processor.process(&input) {
        Ok(_) => {}
        Err(rejection) => {
            let label = rejection.kind.label();
            prop_assert!(
                !label.is_empty() && label.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "kind {label:?}"
            );
            prop_assert!(
                !rejection.error.is_empty() && !rejection.error.contains('\n'),
                "error {:?}",
                rejection.error
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    #[test]
    fn arbitrary_payloads_are_processed_or_dead_lettered(
        payload in prop::collection::vec(any::<u8>(), 0..512)
    ) {
        check(normalizer(), payload.clone())?;
        check(classifier(), payload)?;
    }

    #[test]
    fn mutated_messages_are_processed_or_dead_lettered(
        title in "\\PC{0,60}",
        text in "\\PC{0,300}",
        mutations in prop::collection::vec(mutation(), 0..4),
    ) {
        let content = format!("{INCIDENT}{text}");
        let mut raw = serde_json::to_vec(&raw_item(&title, &content)).expect("serializes");
        let mut article = serde_json::to_vec(&article(&title, &content)).expect("serializes");
        for mutation in &mutations {
            apply(&mut raw, mutation);
            apply(&mut article, mutation);
        }
        check(normalizer(), raw)?;
        check(classifier(), article)?;
    }
}
