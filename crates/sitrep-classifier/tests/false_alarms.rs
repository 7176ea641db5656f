//! False alarms: texts that tell no new act of armed violence give no `occurred` event,
//! and the true act beside such words still does. Each case is a short text of our own.

use sitrep_classifier::Classifier;
use sitrep_contract::{fixtures, Article, Status};

fn article(title: &str, body: &str) -> Article {
    Article {
        source: Some("Wire".to_owned()),
        language_confidence: Some(0.99),
        ..fixtures::article(
            "https://example.org/false-alarms",
            "2024-05-10T12:00:00Z",
            title,
            body,
        )
    }
}

/// The codes of the occurred events of a text.
fn occurred(classifier: &Classifier, title: &str, body: &str) -> Vec<&'static str> {
    let article = article(title, body);
    classifier
        .classify(&article, article.published_at)
        .into_iter()
        .filter(|event| event.status == Status::Occurred)
        .map(|event| event.event_type.code())
        .collect()
}

/// Asserts that none of the (title, body) texts gives an occurred event.
fn assert_no_event<const N: usize>(cases: [(&str, &str); N]) {
    let classifier = Classifier::load_default().expect("bundled data loads");
    for (title, body) in cases {
        assert_eq!(
            occurred(&classifier, title, body),
            Vec::<&str>::new(),
            "{body}"
        );
    }
}

#[test]
fn harm_the_text_calls_an_accident_is_no_event() {
    assert_no_event([
        (
            "Chad: N'Djamena",
            "On 8 May 2024, a fire at an army ammunition store in N'Djamena set off explosions through the night. 9 killed. Accident.",
        ),
        (
            "Explosion at powder works kills four",
            "An explosion tore through a workshop of a gunpowder plant near Tambov on Wednesday, killing four workers. Investigators blamed a technical failure.",
        ),
    ]);
}

#[test]
fn an_armed_act_stands_beside_an_accident() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let events = occurred(
        &classifier,
        "Gunmen kill three in Zamfara village",
        "Gunmen killed three farmers in a village of Maru on Wednesday, police said. Separately, two people died in a road accident near Gusau.",
    );
    assert!(!events.is_empty(), "the killing by gunmen stays an event");
}

#[test]
fn weapons_held_or_traded_are_no_event() {
    assert_no_event([
        (
            "Army seizes arms cache",
            "On 6 May 2024, soldiers seized 30 rifles, hand grenades and 5,000 rounds from a cache near Tumaco. No clashes.",
        ),
        (
            "Militants surrender in Assam",
            "Fourteen militants surrendered with rifles and grenades before the police in Kokrajhar on Wednesday.",
        ),
        (
            "Smugglers flee border patrol",
            "The smugglers fled back across the border on Wednesday, leaving behind rifles, RPGs and drugs.",
        ),
    ]);
}

#[test]
fn a_grenade_thrown_is_still_an_event() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let events = occurred(
        &classifier,
        "Grenade thrown at police post in Srinagar",
        "Militants hurled a grenade at a police post in Srinagar on Wednesday, wounding two policemen.",
    );
    assert_eq!(events, vec!["grenade"]);
}
