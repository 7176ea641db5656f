//! Ratchet: the classifier over the team's labelled corpus must not fall below the
//! levels reached (thresholds sit a little under the measured figures), and must stay
//! well above the keyword baseline. Run with `--nocapture` to see the table.

use std::path::{Path, PathBuf};

use sitrep_classifier::Classifier;
use sitrep_eval::baseline::KeywordBaseline;
use sitrep_eval::{evaluate, load_corpus, report, Field, Scores};

fn corpus(half: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/corpus")
        .join(half)
}

fn scores(half: &str) -> (Scores, Scores) {
    let cases = load_corpus(&corpus(half)).expect("corpus loads");
    let classifier = Classifier::load_default().expect("bundled data loads");
    let ours = evaluate(&classifier, &cases);
    let baseline = evaluate(&KeywordBaseline, &cases);
    println!("{}", report::render(half, &ours, &baseline));
    for miss in &ours.misses {
        println!(
            "  {:<16} gold {:<40} got {:<40} {}",
            miss.field.name(),
            miss.gold,
            miss.predicted,
            miss.link
        );
    }
    (ours, baseline)
}

/// How far incident F1 must stay above the baseline's.
const MARGIN_INCIDENT: f64 = 0.04;

/// (field, minimum F1, minimum accuracy on matched events)
fn check(half: &str, floors: &[(Field, f64, f64)]) {
    let (ours, baseline) = scores(half);
    let mut failures = Vec::new();
    for &(field, min_f1, min_accuracy) in floors {
        let score = ours.field(field);
        if score.f1() < min_f1 {
            failures.push(format!("{}: F1 {:.3} < {min_f1}", field.name(), score.f1()));
        }
        if score.accuracy() < min_accuracy {
            failures.push(format!(
                "{}: accuracy {:.3} < {min_accuracy}",
                field.name(),
                score.accuracy()
            ));
        }
    }
    // Well above the keyword baseline: the margin each field must keep over it.
    for (field, margin) in [
        (Field::Incident, MARGIN_INCIDENT),
        (Field::EventType, 0.1),
        (Field::Country, 0.1),
    ] {
        if ours.field(field).f1() < baseline.field(field).f1() + margin {
            failures.push(format!("{}: not well above the baseline", field.name()));
        }
    }
    assert!(failures.is_empty(), "{half}: {}", failures.join("; "));
}

#[test]
fn development_half_holds_its_level() {
    check(
        "dev",
        &[
            (Field::Incident, 0.95, 0.95),
            (Field::EventType, 0.87, 0.95),
            (Field::Country, 0.89, 0.95),
            (Field::Place, 0.66, 0.72),
            (Field::Fatalities, 0.87, 0.92),
            (Field::Date, 0.74, 0.79),
            (Field::Initiator, 0.58, 0.58),
            (Field::Target, 0.45, 0.42),
        ],
    );
}

#[test]
fn held_back_half_holds_its_level() {
    check(
        "held",
        &[
            (Field::Incident, 0.92, 0.90),
            (Field::EventType, 0.83, 0.90),
            (Field::Country, 0.87, 0.95),
            (Field::Place, 0.67, 0.73),
            (Field::Fatalities, 0.91, 0.96),
            (Field::Date, 0.82, 0.88),
            (Field::Initiator, 0.50, 0.52),
            (Field::Target, 0.33, 0.29),
        ],
    );
}
