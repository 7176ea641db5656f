//! Who acted (issue 14, helper `actors5`, session of 2026-12-07): the initiator of an
//! event, one meaning per test, each in sentences of our own.

mod common;

use sitrep_contract::{ActorRole, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/actors5",
        "2024-05-03T12:00:00Z",
        title,
        body,
    )
}

/// The main event's first initiator.
fn initiator(title: &str, body: &str) -> Option<String> {
    let events = occurred(title, body);
    let event = events.first()?;
    event
        .actors
        .iter()
        .find(|a| a.role == ActorRole::Initiator)
        .map(|a| a.name.clone())
}

fn check(title: &str, body: &str, expected: Option<&str>) {
    let events = occurred(title, body);
    assert_eq!(
        initiator(title, body).as_deref(),
        expected,
        "in {title:?} / {body:?}: {:?}",
        events.first().map(|e| &e.actors)
    );
}

#[test]
fn a_verb_before_its_day_keeps_its_subject() {
    // Translated word order: the day comes between the verb and its object.
    check(
        "Denounce kidnapping of a teacher in Tibu",
        "Members of the ELN kidnapped on Thursday a teacher of 34 years on the road between Tibu and El Tarra, in Norte de Santander, denounced the union.",
        Some("ELN"),
    );
    check(
        "Attack on a camp of displaced",
        "The rebel fighters of the M23 shelled at dawn on Wednesday the camp of Bulengo, west of Goma, killing four displaced persons, the camp committee said.",
        Some("M23"),
    );
    // A headline's passive without its auxiliary stays a passive.
    check(
        "Two soldiers killed on Monday in Boko Haram ambush",
        "Two soldiers were killed on Monday when Boko Haram fighters ambushed a patrol near Bama in Borno State, a military source said.",
        Some("Boko Haram"),
    );
}

#[test]
fn the_subject_of_the_headline_did_what_the_body_tells_unattributed() {
    check(
        "Fano militiamen storm police station near Debre Markos",
        "Several policemen were killed on Tuesday in an attack on a police station near Debre Markos in Ethiopia's Amhara region, residents said.",
        Some("Fano"),
    );
    check(
        "Myanmar army jets pound villages in Magway",
        "At least seven people were killed on Wednesday when bombs fell on two villages of Pauk township in Myanmar's Magway region, residents said.",
        Some("Myanmar"),
    );
    // A headline whose subject is the side hit names no attacker.
    check(
        "Nigerian troops killed in ambush near Damboa",
        "Four soldiers were killed on Tuesday in an ambush near Damboa in Borno State, a military source said.",
        None,
    );
}

#[test]
fn a_speaker_that_tells_of_its_own_act_did_it() {
    check(
        "Drone hits car park near Jizan airport",
        "A drone struck a car park next to the airport in Jizan on Monday, wounding three workers. The Houthis said in a statement they had targeted the airport.",
        Some("Houthis"),
    );
}

#[test]
fn a_country_inside_a_place_name_is_no_party() {
    let events = occurred(
        "Air strikes on the islands",
        "The air component of the operation struck a camp of ISWAP fighters on an island of the Lake Chad fringes in Borno State on Sunday, the military said.",
    );
    let event = events.first().expect("an event");
    assert!(
        !event.actors.iter().any(|a| a.name == "Chad"),
        "{:?}",
        event.actors
    );
}

#[test]
fn a_junta_is_the_state_forces_of_the_place() {
    check(
        "Villages burned in Magway",
        "Junta troops burned houses and shot dead four villagers in a village of Pauk township in Myanmar's Magway region on Tuesday, residents said.",
        Some("Myanmar"),
    );
}

#[test]
fn unnamed_fighters_the_text_then_names_are_that_group() {
    check(
        "Soldiers killed near Tera",
        "A patrol of the army was ambushed on Monday by gunmen on motorbikes, presumed to be Islamic State Sahel fighters, near Tera in Niger's Tillaberi region, the ministry said. Nine soldiers were killed.",
        Some("Islamic State Sahel"),
    );
    check(
        "Rockets on Kiryat Shmona",
        "The fighters of the Islamic Resistance targeted the barracks of Kiryat Shmona with a salvo of rockets on Tuesday afternoon, the statement said.",
        Some("Hezbollah"),
    );
}

#[test]
fn a_movement_named_as_its_own_media_names_it() {
    check(
        "Gendarmes killed near Bamenda",
        "Anglophone separatists killed three gendarmes in an ambush near Bamenda in Cameroon's North-West region on Thursday, the army said.",
        Some("Ambazonian separatists"),
    );
}
