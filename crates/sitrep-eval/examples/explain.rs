//! Prints every event (all statuses) the classifier finds in corpus items whose link
//! contains a given text: `cargo run -p sitrep-eval --example explain -- DIR TEXT`.
//! It refuses the blind split: items under a `blind/` folder are scored figures-only.

use std::path::PathBuf;

use sitrep_classifier::Classifier;
use sitrep_eval::{load_corpus, Disclosure};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, needles) = args.split_first().expect("DIR TEXT...");
    let cases = load_corpus(&PathBuf::from(dir)).expect("corpus loads");
    if cases
        .iter()
        .any(|case| case.disclosure == Disclosure::FiguresOnly)
    {
        eprintln!("{dir}: under blind/, figures only: run `sitrep eval {dir}` instead");
        std::process::exit(2);
    }
    let classifier = Classifier::load_default().expect("bundled data loads");
    for case in cases
        .iter()
        .filter(|c| needles.iter().any(|n| c.link.contains(n.as_str())))
    {
        println!(
            "## {}\n{}\n{}",
            case.link, case.article.title, case.article.body
        );
        println!("gold: {:?}", case.gold);
        for event in classifier.classify(&case.article, case.article.published_at) {
            println!(
                "  {:?} {} {:?} {:?} fat={:?} inj={:?} date={:?} actors={:?} weapons={:?}",
                event.status,
                event.event_type.code(),
                event.location.name,
                event.location.country_code,
                event.fatalities,
                event.injuries,
                event.occurred_on.date,
                event
                    .actors
                    .iter()
                    .map(|a| format!("{}:{:?}", a.name, a.role))
                    .collect::<Vec<_>>(),
                event.weapons
            );
            for evidence in &event.evidence {
                println!("     | {} [{}]", evidence.text, evidence.cues.join(", "));
            }
        }
        println!();
    }
}
