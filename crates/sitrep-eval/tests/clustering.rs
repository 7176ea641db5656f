//! Ratchet: the incident stage's clustering of the team's labelled reports must not
//! fall below the level reached, and must stay far above the one-a-day baseline. Run
//! with `--nocapture` to see the table and the wrong pairs.

use std::path::Path;

use sitrep_classifier::Classifier;
use sitrep_eval::clustering::{evaluate_clustering, load_clustering_corpus, render_clustering};
use sitrep_incidents::IndexConfig;

/// The floors: a little under the measured figures (P 0.986, R 0.937 on 237 reports of
/// 80 incidents from eleven outlets over twelve weeks; the recall lost is mostly places
/// the classifier reads wrongly in terse notes and teasers ("Kani" in Japan, "Aden"
/// for Mogadishu's Aden Adde airport, Manila for Negros), roles it swaps, and reports
/// in which it finds no event).
const MIN_PRECISION: f64 = 0.97;
const MIN_RECALL: f64 = 0.92;
/// How far ours must stay above the baseline's F1 (measured: 0.940 against 0.749; the
/// corpus spreads its incidents over many countries, which the one-a-day filter likes).
const MARGIN_F1: f64 = 0.16;

#[test]
fn clustering_holds_its_level_and_beats_one_a_day() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/incidents");
    let reports = load_clustering_corpus(&dir).expect("corpus loads");
    assert!(
        reports.len() >= 200,
        "the corpus has {} reports",
        reports.len()
    );
    let classifier = Classifier::load_default().expect("bundled data loads");
    let scores = evaluate_clustering(&classifier, &reports, IndexConfig::default());
    println!("{}", render_clustering("incidents", &scores));
    let ours = scores.ours.score;
    let baseline = scores.baseline.score;
    assert!(
        ours.precision() >= MIN_PRECISION,
        "precision {:.3}",
        ours.precision()
    );
    assert!(ours.recall() >= MIN_RECALL, "recall {:.3}", ours.recall());
    assert!(
        ours.f1() >= baseline.f1() + MARGIN_F1,
        "F1 {:.3} vs baseline {:.3}",
        ours.f1(),
        baseline.f1()
    );
}

/// The blind split's floors, a little under the measured figures (P 0.988, R 0.767 on
/// 147 reports of 43 incidents, 16 of the reports without any event the classifier
/// reads, each costing every pair it is in: 35 of the gold pairs kept apart; one-a-day:
/// P 0.887, R 0.549). Figures only: nothing under blind/ is named or printed.
const BLIND_MIN_PRECISION: f64 = 0.96;
const BLIND_MIN_RECALL: f64 = 0.75;

#[test]
fn the_blind_split_holds_its_level_figures_only() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/incidents/blind");
    let reports = load_clustering_corpus(&dir).expect("the blind split loads");
    let classifier = Classifier::load_default().expect("bundled data loads");
    let scores = evaluate_clustering(&classifier, &reports, IndexConfig::default());
    assert!(scores.ours.false_pairs.is_empty() && scores.ours.missed_pairs.is_empty());
    println!("{}", render_clustering("incidents/blind", &scores));
    let ours = scores.ours.score;
    assert!(
        ours.precision() >= BLIND_MIN_PRECISION,
        "precision {:.3}",
        ours.precision()
    );
    assert!(
        ours.recall() >= BLIND_MIN_RECALL,
        "recall {:.3}",
        ours.recall()
    );
}
