//! Where the initiator figure is lost: over the events paired by type and country (the
//! pairs of the initiator F1), how many initiators are right, wrong, missing or extra,
//! and how many gold or predicted initiators have no pair at all. Items under `blind/`
//! give counts only; for the others, each loss is listed with its link.
//! `cargo run --release -p sitrep-eval --example initiators -- DIR...`

use std::path::PathBuf;

use sitrep_classifier::{ActorIdentity, Classifier};
use sitrep_eval::{load_corpus, pair_by_type_and_country, same_actor, Disclosure, System};

/// What a wrong name is, as the lexicon reads both names.
fn wrong_kind(
    classifier: &Classifier,
    gold: &str,
    predicted: &str,
    country: Option<&str>,
) -> &'static str {
    let (g, p) = (
        classifier.identify_actor(gold),
        classifier.identify_actor(predicted),
    );
    match (&g, &p) {
        (_, Some(ActorIdentity::State(code))) if Some(code.as_str()) == country => match g {
            Some(ActorIdentity::State(_)) => "state: the place's state, gold another state",
            _ => "state: the place's state, gold a group",
        },
        (Some(ActorIdentity::State(_)), Some(ActorIdentity::State(_))) => "state: another state",
        (Some(ActorIdentity::Group(_)), Some(ActorIdentity::UnnamedArmedGroup)) => {
            "unnamed group for a named one"
        }
        (Some(ActorIdentity::Group(_)), Some(ActorIdentity::Group(_))) => "another named group",
        (Some(ActorIdentity::UnnamedArmedGroup), Some(ActorIdentity::Group(_))) => {
            "named group for an unnamed one"
        }
        (
            Some(ActorIdentity::State(_)),
            Some(ActorIdentity::Group(_) | ActorIdentity::UnnamedArmedGroup),
        ) => "group for a state",
        (
            Some(ActorIdentity::Group(_) | ActorIdentity::UnnamedArmedGroup),
            Some(ActorIdentity::State(_)),
        ) => "state for a group",
        (_, Some(ActorIdentity::Civilians)) => "civilians as initiator",
        (None, _) | (_, None) => "a name the lexicon cannot read",
        _ => "other",
    }
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
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        let mut lines = Vec::new();
        for case in &cases {
            let predicted = classifier.predict(case);
            let pairs = pair_by_type_and_country(&case.gold, &predicted);
            let mut bump = |what: String, detail: String| {
                *counts.entry(what.clone()).or_default() += 1;
                if case.disclosure == Disclosure::Full && !detail.is_empty() {
                    lines.push(format!("{what:<48} {detail}  {}", case.link));
                }
            };
            for &(g, p) in &pairs {
                let (gold, got) = (&case.gold[g], &predicted[p]);
                match (&gold.initiator, &got.initiator) {
                    (Some(a), Some(b)) if same_actor(a, b) => {
                        bump("pair: right".into(), String::new())
                    }
                    (Some(a), Some(b)) => bump(
                        format!(
                            "pair: wrong ({})",
                            wrong_kind(&classifier, a, b, got.country_code.as_deref())
                        ),
                        format!("gold {a:?} got {b:?} ({})", got.event_type),
                    ),
                    (Some(a), None) => bump(
                        "pair: none given".into(),
                        format!("gold {a:?} ({})", got.event_type),
                    ),
                    (None, Some(b)) => bump(
                        "pair: gold none, one given".into(),
                        format!("got {b:?} ({})", got.event_type),
                    ),
                    (None, None) => bump("pair: none = none".into(), String::new()),
                }
            }
            for (g, gold) in case.gold.iter().enumerate() {
                if !pairs.iter().any(|&(pg, _)| pg == g) && gold.initiator.is_some() {
                    bump("unpaired gold with an initiator".into(), String::new());
                }
            }
            for (p, got) in predicted.iter().enumerate() {
                if !pairs.iter().any(|&(_, pp)| pp == p) && got.initiator.is_some() {
                    bump("unpaired predicted with an initiator".into(), String::new());
                }
            }
        }
        println!("== {dir}");
        for (what, n) in &counts {
            println!("{n:>5}  {what}");
        }
        for line in lines {
            println!("  {line}");
        }
    }
}
