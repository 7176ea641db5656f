//! The incident clustering evaluation without the `sitrep` binary (no Kafka crates to
//! build): `cargo run --release -p sitrep-eval --example incidents_eval -- DIR`. Prints
//! what `sitrep eval DIR` prints for a clustering corpus (figures only under `blind/`).

use std::path::PathBuf;

use sitrep_classifier::Classifier;
use sitrep_eval::clustering::{
    evaluate_clustering, load_clustering_corpus, render_clustering, IndexConfig,
};

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: incidents_eval DIR");
        std::process::exit(2);
    };
    let reports = match load_clustering_corpus(&dir) {
        Ok(reports) => reports,
        Err(error) => {
            eprintln!("{}: {error}", dir.display());
            std::process::exit(1);
        }
    };
    let classifier = match Classifier::load_default() {
        Ok(classifier) => classifier,
        Err(error) => {
            eprintln!("loading the classifier's data: {error}");
            std::process::exit(1);
        }
    };
    let scores = evaluate_clustering(&classifier, &reports, IndexConfig::default());
    println!("{}", render_clustering(&dir.display().to_string(), &scores));
}
