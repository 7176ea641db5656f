//! Where the main-event figures are lost: for each article with gold events whose main
//! event (the first gold one against the first predicted one) is judged wrong on type or
//! on country, which kind of loss it is:
//!
//! - *missed*: no event predicted at all;
//! - *order*: the gold main event has a partner among the predicted events (same type
//!   and country), just not in first place;
//! - *spurious first*: the first predicted event pairs with no gold event, and the gold
//!   main event has no partner either;
//! - *wrong type* / *wrong country*: the first predicted event is the gold main event
//!   misread (it pairs with no other gold event) on that field.
//!
//! Items under `blind/` give counts only; for the others, each loss is listed with its link.
//! `cargo run --release -p sitrep-eval --example main_event -- DIR...`

use std::collections::BTreeMap;
use std::path::PathBuf;

use sitrep_classifier::Classifier;
use sitrep_eval::{
    load_corpus, same_country, same_type_and_country as partners, Disclosure, GoldEvent, Predicted,
    System,
};

/// The kind of loss of one article's main event, or `None` when type and country are right.
fn loss(gold: &[GoldEvent], predicted: &[Predicted]) -> Option<&'static str> {
    let (Some(g), Some(p)) = (gold.first(), predicted.first()) else {
        return Some("missed");
    };
    if partners(g, p) {
        return None;
    }
    if predicted.iter().skip(1).any(|q| partners(g, q)) {
        return Some("order: the main event is predicted, not first");
    }
    let first_pairs_other = gold.iter().skip(1).any(|h| partners(h, p));
    if first_pairs_other {
        return Some("order: another gold event predicted first, main event missed");
    }
    if g.event_type != p.event_type && !same_country(&g.country_code, &p.country_code) {
        return Some("spurious first: type and country both differ");
    }
    if g.event_type != p.event_type {
        return Some("wrong type (country right)");
    }
    Some("wrong country (type right)")
}

fn main() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    for dir in std::env::args().skip(1) {
        let cases = match load_corpus(&PathBuf::from(&dir)) {
            Ok(cases) => cases,
            Err(error) => {
                eprintln!("{dir}: {error}");
                std::process::exit(1);
            }
        };
        let mut counts: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
        let mut kinds: BTreeMap<&'static str, usize> = BTreeMap::new();
        let mut type_pairs: BTreeMap<(String, String), usize> = BTreeMap::new();
        let mut with_gold = 0;
        for case in cases.iter().filter(|c| !c.gold.is_empty()) {
            with_gold += 1;
            let predicted = classifier.predict(case);
            if let Some(kind) = loss(&case.gold, &predicted) {
                *kinds.entry(kind).or_default() += 1;
                if let (Some(g), Some(p)) = (case.gold.first(), predicted.first()) {
                    if g.event_type != p.event_type {
                        *type_pairs
                            .entry((g.event_type.clone(), p.event_type.clone()))
                            .or_default() += 1;
                    }
                }
                *counts.entry((kind, case.register.clone())).or_default() += 1;
                if case.disclosure == Disclosure::Full {
                    let first = predicted.first().map(|p| {
                        format!(
                            "{}/{}",
                            p.event_type,
                            p.country_code.as_deref().unwrap_or("-")
                        )
                    });
                    let g = &case.gold[0];
                    println!(
                        "  {kind:<58} gold {}/{} got {} {}",
                        g.event_type,
                        g.country_code.as_deref().unwrap_or("-"),
                        first.as_deref().unwrap_or("-"),
                        case.link
                    );
                }
            }
        }
        println!("== {dir}: {with_gold} articles with gold events; main type or country lost:");
        for (kind, n) in &kinds {
            let by_register: Vec<String> = counts
                .iter()
                .filter(|((k, _), _)| k == kind)
                .map(|((_, r), n)| format!("{r} {n}"))
                .collect();
            println!("  {n:>4}  {kind:<58} {}", by_register.join(", "));
        }
        println!("  main type read as another (gold -> first predicted), any kind above:");
        let mut pairs: Vec<_> = type_pairs.into_iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for ((gold, got), n) in pairs {
            println!("  {n:>4}  {gold} -> {got}");
        }
    }
}
