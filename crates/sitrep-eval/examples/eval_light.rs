//! `sitrep eval` without the binary's build: prints the report of each corpus folder
//! given (figures only for items under a `blind/` folder, misses for the others).
//! `cargo run --release -p sitrep-eval --example eval_light -- DIR...`
//! With `BREAKDOWN=1`, also the counts of false alarms per kind of hard negative and of
//! spurious events per register and type (counts only, blind split included).

use std::path::PathBuf;

use sitrep_classifier::Classifier;
use sitrep_eval::baseline::KeywordBaseline;
use sitrep_eval::breakdown::Breakdown;
use sitrep_eval::{load_corpus, report, Comparison, System};

fn main() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let show_misses = std::env::var_os("MISSES").is_some();
    let show_breakdown = std::env::var_os("BREAKDOWN").is_some();
    for dir in std::env::args().skip(1) {
        let cases = match load_corpus(&PathBuf::from(&dir)) {
            Ok(cases) => cases,
            Err(error) => {
                eprintln!("{dir}: {error}");
                std::process::exit(1);
            }
        };
        let comparison = Comparison::run(&classifier, &KeywordBaseline, &cases);
        println!("{}", report::render(&dir, &comparison));
        if show_breakdown {
            let mut breakdown = Breakdown::default();
            for case in &cases {
                breakdown.add(case, &classifier.predict(case));
            }
            println!("{}", breakdown.render());
        }
        if show_misses {
            for miss in &comparison.ours.misses {
                println!(
                    "  {:<16} gold {:<40} got {:<40} {}",
                    miss.field.name(),
                    miss.gold,
                    miss.predicted,
                    miss.link
                );
            }
        }
    }
}
