//! Evaluation of the classifier against a labelled corpus (feed files with a labels
//! JSONL beside each), side by side with a keyword baseline.
//!
//! [`load_corpus`] reads feeds and labels into [`Case`]s (an article and its gold
//! events); [`evaluate`] runs a [`System`] over them and returns a [`Scores`] with
//! precision, recall and F1 per field, a confusion matrix of event types, the figures
//! the classifier issue judges by ([`Figures`], whole and per register) and the
//! reliability of event confidence ([`Calibration`]); [`Comparison`] runs the classifier
//! and the keyword baseline on the items and on their teaser cut; [`report::render`]
//! prints it all. Pure apart from reading the files.
//!
//! Items under a `blind/` folder are scored figures-only ([`Disclosure`]): no miss, link
//! or text of theirs is recorded, so nothing built on this crate can print one.

mod actor_names;
pub mod baseline;
pub mod breakdown;
pub mod calibration;
pub mod clustering;
mod comparison;
mod corpus;
mod figures;
mod metrics;
pub mod report;
pub mod teaser;

pub use actor_names::same_actor;
pub use calibration::Calibration;
pub use comparison::Comparison;
pub use corpus::{disclosure_of, load_corpus, Case, CorpusError, Disclosure, GoldEvent};
pub use figures::{pair_by_type_and_country, same_country, same_type_and_country, Figures};
pub use metrics::{evaluate, same_name, Field, FieldScore, Miss, Predicted, Scores, System};

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
