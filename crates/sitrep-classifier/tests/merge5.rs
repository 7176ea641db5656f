//! Reports the incident stage lost for want of an event (issue 20): a word of crime
//! that tells whose the armed men after it are ("gang gunmen") names an armed group,
//! while a gang's crime with no armed act stays no event. Each text is our own.

use sitrep_classifier::Classifier;
use sitrep_contract::{fixtures, Article, Status};

fn article(body: &str) -> Article {
    Article {
        source: Some("Notes".to_owned()),
        language_confidence: Some(0.99),
        ..fixtures::article(
            "https://example.org/merge5",
            "2024-09-03T08:00:00Z",
            "Haiti",
            body,
        )
    }
}

/// The codes of a text's occurred events.
fn check(body: &str, expected: &[&str]) {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let article = article(body);
    let codes: Vec<&str> = classifier
        .classify(&article, article.published_at)
        .into_iter()
        .filter(|event| event.status == Status::Occurred)
        .map(|event| event.event_type.code())
        .collect();
    assert_eq!(codes, expected, "{body}");
}

#[test]
fn gang_gunmen_are_an_armed_group_and_a_gangs_crime_is_no_event() {
    check(
        "Port-au-Prince, Monday: gang gunmen kidnapped four nuns from a convent.",
        &["abduction"],
    );
    check(
        "Cabaret, Monday. Gang gunmen opened fire on residents of the town; 6 killed.",
        &["attack_on_civilians"],
    );
    // A gang "of" someone is no armed group: its robbery stays crime.
    check(
        "A gang of thieves attacked a jeweller in the city centre on Monday, police said.",
        &[],
    );
}
