//! Places of conflict reporting that the generated gazetteer lacks or gives to a
//! namesake elsewhere, and the curated places that win over a small namesake whatever
//! countries the story names as its parties (data/places.toml, places/resolve.rs).

use sitrep_classifier::Classifier;
use sitrep_contract::{fixtures, Article};

fn article(title: &str, body: &str) -> Article {
    Article {
        source: Some("Wire".to_owned()),
        language_confidence: Some(0.99),
        ..fixtures::article(
            "https://example.org/places5",
            "2024-11-06T12:00:00Z",
            title,
            body,
        )
    }
}

/// The first event's place is `name` in the country `country`.
fn check(classifier: &Classifier, title: &str, body: &str, country: &str, name: &str) {
    let article = article(title, body);
    let events = classifier.classify(&article, article.published_at);
    let event = events
        .first()
        .unwrap_or_else(|| panic!("no event in {title:?}"));
    assert_eq!(
        (
            event.location.country_code.as_deref(),
            event.location.name.as_str()
        ),
        (Some(country), name),
        "{title:?}"
    );
}

#[test]
fn a_curated_town_beats_a_small_namesake_in_a_country_named_as_a_party() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    check(
        &classifier,
        "Russia says its troops captured a village near Pokrovsk",
        "Russian troops captured the village of Novohrodivka near Pokrovsk on Tuesday, \
         the defence ministry in Moscow said.",
        "UA",
        "Pokrovsk",
    );
    check(
        &classifier,
        "Shells hit Karari market",
        "Shells fired by the Rapid Support Forces hit a market in Karari on Monday, \
         killing five people.",
        "SD",
        "Karari",
    );
}

#[test]
fn towns_of_the_wars_the_generated_gazetteer_lacks() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    check(
        &classifier,
        "Israeli drone strike kills two in Bint Jbeil",
        "An Israeli drone struck a car in Bint Jbeil on Tuesday, killing two people.",
        "LB",
        "Bint Jbeil",
    );
    check(
        &classifier,
        "Azerbaijani shelling hits Jermuk",
        "Azerbaijani forces shelled Jermuk with artillery on Tuesday, killing three \
         Armenian soldiers.",
        "AM",
        "Jermuk",
    );
}

#[test]
fn provinces_of_burkina_faso_known_by_their_bare_names() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    check(
        &classifier,
        "Burkina: convoy ambushed in the province of Soum",
        "Gunmen ambushed an army convoy in the province of Soum on Sunday, killing \
         four soldiers.",
        "BF",
        "Soum",
    );
    check(
        &classifier,
        "Gunmen kill 12 worshippers in Burkina mosque attack",
        "Gunmen on motorbikes killed 12 worshippers at a mosque in a village of \
         Oudalan province on Friday, residents said.",
        "BF",
        "Oudalan",
    );
}

#[test]
fn a_people_named_as_the_side_that_fired_is_no_evidence_of_the_place() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    check(
        &classifier,
        "The occupiers shelled Zelenodolsk",
        "During the night the Russian occupiers shelled Zelenodolsk with heavy artillery. \
         A man was wounded, said the head of the Dnipropetrovsk regional military \
         administration.",
        "UA",
        "Zelenodolsk",
    );
}

#[test]
fn a_town_name_that_runs_on_into_an_unknown_name_is_not_that_town() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let article = article(
        "Gunmen kill 14 villagers in the wilaya of Medea",
        "Gunmen killed 14 villagers in a hamlet of the commune of Beni Slimane, in the \
         wilaya of Medea, on Friday, the security services said.",
    );
    let events = classifier.classify(&article, article.published_at);
    let event = events.first().expect("an event");
    assert_eq!(event.location.country_code.as_deref(), Some("DZ"));
}
