//! Evaluation of the classifier against a labelled corpus (feed files with a labels
//! JSONL beside each), side by side with a keyword baseline.
//!
//! [`load_corpus`] reads feeds and labels into [`Case`]s (an article and its gold
//! events); [`evaluate`] runs a [`System`] over them and returns a [`Scores`] with
//! precision, recall and F1 per field and a confusion matrix of event types;
//! [`report::render`] prints them. Pure apart from reading the files.
//!
//! Items under a `blind/` folder are scored figures-only ([`Disclosure`]): no miss, link
//! or text of theirs is recorded, so nothing built on this crate can print one.

pub mod baseline;
pub mod clustering;
mod corpus;
mod metrics;
pub mod report;

pub use corpus::{disclosure_of, load_corpus, Case, CorpusError, Disclosure, GoldEvent};
pub use metrics::{evaluate, Field, FieldScore, Miss, Predicted, Scores, System};

use sitrep_classifier::Classifier;
use sitrep_contract::Status;

/// The classifier as a [`System`]: its `occurred` events.
impl System for Classifier {
    fn predict(&self, case: &Case) -> Vec<Predicted> {
        self.classify(&case.article, case.article.published_at)
            .into_iter()
            .filter(|event| event.status == Status::Occurred)
            .map(|event| Predicted::from_event(&event))
            .collect()
    }
}
