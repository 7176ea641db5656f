//! `sitrep eval DIR` where DIR holds `clusters.jsonl`: the incident stage's clustering
//! of labelled reports (run through the real classifier) against the one-a-day filter.

use std::path::Path;

use anyhow::Context as _;
use sitrep_classifier::Classifier;
use sitrep_eval::clustering::{
    evaluate_clustering, load_clustering_corpus, render_clustering, IndexConfig,
};

/// Whether `path` is an incident clustering corpus rather than labelled feeds.
pub fn is_clustering_corpus(path: &Path) -> bool {
    path.is_dir() && path.join("clusters.jsonl").is_file()
}

pub fn run(path: &Path) -> anyhow::Result<()> {
    let classifier = Classifier::load_default().context("loading the classifier's data")?;
    let reports = load_clustering_corpus(path)?;
    let scores = evaluate_clustering(&classifier, &reports, IndexConfig::default());
    println!(
        "{}",
        render_clustering(&path.display().to_string(), &scores)
    );
    Ok(())
}
