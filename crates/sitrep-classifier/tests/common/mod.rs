//! What the rule tests of this folder share: the bundled classifier, loaded once per test
//! binary, and the occurred events of a short text of our own.

use sitrep_classifier::Classifier;
use sitrep_contract::{IncidentEvent, Status};

/// The classifier with its bundled data, loaded once.
pub fn classifier() -> &'static Classifier {
    static CLASSIFIER: std::sync::OnceLock<Classifier> = std::sync::OnceLock::new();
    CLASSIFIER.get_or_init(|| Classifier::load_default().expect("bundled data loads"))
}

/// The occurred events of an article at `url`, published at `published` (RFC 3339),
/// classified as of 2026-01-01.
pub fn occurred_in(url: &str, published: &str, title: &str, body: &str) -> Vec<IncidentEvent> {
    let article = sitrep_contract::fixtures::article(url, published, title, body);
    classifier()
        .classify(&article, "2026-01-01T00:00:00Z".parse().expect("timestamp"))
        .into_iter()
        .filter(|e| e.status == Status::Occurred)
        .collect()
}
