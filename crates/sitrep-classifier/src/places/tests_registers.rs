//! Places in the legacy and translated registers: datelines behind source tags, given
//! names in capitals, and the officialese of subdivisions ("the wilaya of Z").

use crate::tests::article;
use crate::Classifier;

fn classifier() -> &'static Classifier {
    static CLASSIFIER: std::sync::OnceLock<Classifier> = std::sync::OnceLock::new();
    CLASSIFIER.get_or_init(|| Classifier::load_default().expect("bundled data loads"))
}

/// The (name, country) of the first event of a story ("Title\nbody").
fn first_place(input: &str) -> Option<(String, Option<String>)> {
    let (title, body) = input.split_once('\n').unwrap_or(("", input));
    let article = article(
        "https://example.org/registers",
        title,
        body,
        "1990-03-12T12:00:00Z",
    );
    let events = classifier().classify(&article, "1990-03-12T12:00:00Z".parse().ok()?);
    let location = &events.first()?.location;
    Some((location.name.clone(), location.country_code.clone()))
}

fn check(input: &str, name: &str, country: &str) {
    assert_eq!(
        first_place(input),
        Some((name.to_owned(), Some(country.to_owned()))),
        "in {input:?}"
    );
}

#[test]
fn legacy_dateline_behind_a_tag_tells_the_namesake() {
    // Santa Ana of El Salvador, not of California: the dateline behind "[TEXT]".
    check(
        "GUERRILLAS ATTACK GARRISON\n[TEXT] SAN SALVADOR, 12 MAR (AFP) -- GUERRILLAS ATTACKED \
         THE BARRACKS IN SANTA ANA BEFORE DAWN TODAY, KILLING THREE SOLDIERS.",
        "Santa Ana",
        "SV",
    );
}

#[test]
fn given_name_in_capitals_after_a_preposition_is_a_place() {
    check(
        "CONTRAS AMBUSH TRUCK\nMANAGUA, 22 JUN (ACAN-EFE) -- CONTRA REBELS AMBUSHED A TRUCK \
         NEAR LEON THIS MORNING, KILLING FIVE UNARMED PEASANTS, THE DEFENCE MINISTRY SAID.",
        "Leon",
        "NI",
    );
}

#[test]
fn a_subdivision_noun_before_of_names_a_province() {
    // "the wilaya of Blida": Blida is the Algerian province.
    let found = first_place(
        "\nA terrorist group killed seven travellers at a false roadblock in the wilaya of \
         Blida on Monday night, the security services said.",
    );
    assert_eq!(
        found.and_then(|(_, country)| country).as_deref(),
        Some("DZ")
    );
}
