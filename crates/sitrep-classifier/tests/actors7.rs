//! Rules of session 13's actors helper (issue 14): who acted and who was hit, as the
//! text says it in its own voice.

mod common;

use common::occurred_in;
use sitrep_contract::ActorRole;

/// The first initiator and the first target (or victim) of the first occurred event.
fn sides(title: &str, body: &str, published: &str) -> (Option<String>, Option<String>) {
    let events = occurred_in("https://example.org/actors7", published, title, body);
    let event = events
        .first()
        .unwrap_or_else(|| panic!("an occurred event in {body:?}"));
    let first = |roles: &[ActorRole]| {
        event
            .actors
            .iter()
            .find(|a| roles.contains(&a.role))
            .map(|a| a.name.clone())
    };
    (
        first(&[ActorRole::Initiator]),
        first(&[ActorRole::Target, ActorRole::Victim]),
    )
}

fn check(title: &str, body: &str, published: &str, initiator: Option<&str>, target: Option<&str>) {
    let (got_initiator, got_target) = sides(title, body, published);
    assert_eq!(
        (got_initiator.as_deref(), got_target.as_deref()),
        (initiator, target),
        "in {body:?}"
    );
}

#[test]
fn a_records_labelled_fields_name_its_sides() {
    check(
        "Niger: Tillaberi",
        "Type: Violence against civilians; Location: Ayorou, Tillaberi, Niger; Date: 3 April 2024; Perpetrator: Islamic State Sahel; Victims: herders; Fatalities: 6.",
        "2024-04-05T08:00:00Z",
        Some("Islamic State Sahel"),
        Some("Civilians"),
    );
    // Actor 1 acted and Actor 2 was hit, the database's names for the state forces read.
    check(
        "Chad: Lac",
        "Date: 2 March 2024 | Location: Bol, Lac, Chad | Event: Battle | Actor 1: Boko Haram | Actor 2: Military Forces of Chad (2021-) | Fatalities: 4",
        "2024-03-04T08:00:00Z",
        Some("Boko Haram"),
        Some("Chad"),
    );
    // "Actors:" lists the side that acted first.
    check(
        "Somalia: Hiraan",
        "Event type: Battles | Location: Beledweyne, Hiraan, Somalia | Date: 8 May 2024 | Actors: al-Shabaab; Military Forces of Somalia (2022-) | Fatalities: 3",
        "2024-05-10T08:00:00Z",
        Some("Al-Shabaab"),
        Some("Somalia"),
    );
}

#[test]
fn a_group_that_tells_of_its_own_act_did_it() {
    check(
        "Rockets hit Nahariya",
        "Rockets struck a parking lot in Nahariya on Tuesday, damaging cars. Hezbollah says it fired at an army post near the town.",
        "2024-07-10T08:00:00Z",
        Some("Hezbollah"),
        Some("Israel"),
    );
    // An act the group suffered is no claim.
    let (initiator, _) = sides(
        "Air strike near Jilib",
        "An air strike hit a camp outside Jilib on Tuesday, killing four fighters. Al-Shabaab said its positions were struck by foreign aircraft.",
        "2024-07-10T08:00:00Z",
    );
    assert_ne!(initiator.as_deref(), Some("Al-Shabaab"));
}

#[test]
fn a_notes_word_of_suspicion_names_the_group() {
    check(
        "Kenya: Garissa",
        "On 4 March 2024, a police vehicle hit an IED near Hulugho (Hulugho, Garissa). Al Shabaab suspected. 3 police officers killed.",
        "2024-03-06T08:00:00Z",
        Some("Al-Shabaab"),
        Some("Kenya"),
    );
}

#[test]
fn the_state_whose_positions_a_weapon_was_fired_from_sent_it() {
    check(
        "Shells hit border village",
        "Artillery shells fired from Armenian positions hit a house in the village of Tovuz in Azerbaijan on Sunday, wounding a woman.",
        "2024-06-10T08:00:00Z",
        Some("Armenia"),
        None,
    );
}
