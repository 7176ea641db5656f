//! `sitrep eval`: the classifier and the keyword baseline over labelled feed files
//! (a feed, or a directory of feeds, each with `NAME.labels.jsonl` beside it).
//! Figures only: it never names an item, and a path under `blind/` is loaded
//! figures-only (see `sitrep_eval::Disclosure`).

use std::path::PathBuf;

use anyhow::Context as _;
use sitrep_classifier::Classifier;
use sitrep_eval::baseline::KeywordBaseline;
use sitrep_eval::{load_corpus, report, Comparison};

pub fn run(paths: &[PathBuf]) -> anyhow::Result<()> {
    anyhow::ensure!(
        !paths.is_empty(),
        "name at least one labelled feed or directory"
    );
    let classifier = Classifier::load_default().context("loading the classifier's data")?;
    let mut all_cases = Vec::new();
    for path in paths {
        let cases = load_corpus(path)?;
        let comparison = Comparison::run(&classifier, &KeywordBaseline, &cases);
        println!(
            "{}",
            report::render(&path.display().to_string(), &comparison)
        );
        all_cases.extend(cases);
    }
    if paths.len() > 1 {
        let comparison = Comparison::run(&classifier, &KeywordBaseline, &all_cases);
        println!("{}", report::render("all", &comparison));
    }
    Ok(())
}
