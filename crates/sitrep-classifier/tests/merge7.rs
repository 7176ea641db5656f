//! Reports that gave no event (issue 20, helper `merge7`, session of 2026-12-07): a side
//! that goes into a town and holds it, a town the gazetteer does not list as the object
//! of a capture, and the present tense of headlines. One meaning per test, in sentences
//! of our own.

mod common;

use sitrep_contract::{EventType, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/merge7",
        "2024-09-18T12:00:00Z",
        title,
        body,
    )
}

fn main_type(title: &str, body: &str) -> Option<EventType> {
    occurred(title, body).first().map(|e| e.event_type)
}

#[test]
fn a_side_that_enters_or_drives_into_a_town_takes_it() {
    assert_eq!(
        main_type(
            "Ethiopia",
            "Federal troops entered the town of Lalibela on Monday after Fano fighters withdrew."
        ),
        Some(EventType::GovernmentRegainsTerritory)
    );
    assert_eq!(
        main_type(
            "Sudan",
            "RSF fighters drove into Wad Madani on Monday and by evening were patrolling the streets."
        ),
        Some(EventType::NonStateActorOvertakesTerritory)
    );
    assert_eq!(
        main_type(
            "DR Congo",
            "The army has pulled out of Nyanzale and M23 rebels now hold the town."
        ),
        Some(EventType::NonStateActorOvertakesTerritory)
    );
}

#[test]
fn a_town_the_gazetteer_lacks_is_still_the_object_of_a_capture() {
    assert_eq!(
        main_type(
            "Sudan",
            "The Rapid Support Forces are now in control of Dinder, residents say."
        ),
        Some(EventType::NonStateActorOvertakesTerritory)
    );
    // A weekday or a party after the verb is no place.
    assert!(occurred(
        "Yemen",
        "The Houthis now control Monday's agenda at the talks."
    )
    .is_empty());
}

#[test]
fn entering_without_taking_is_no_event() {
    assert!(occurred(
        "Chad",
        "Thousands of Sudanese refugees entered Adre on Tuesday."
    )
    .is_empty());
    assert!(occurred(
        "Nigeria",
        "Soldiers entered Benin City on Friday to guard polling stations ahead of the vote."
    )
    .is_empty());
    assert!(occurred(
        "Yemen",
        "A local truce entered into force in Taiz at midnight."
    )
    .is_empty());
}

#[test]
fn headlines_in_the_present_tense_tell_the_act() {
    assert_eq!(
        main_type("Insurgents behead four farmers in Cabo Delgado", ""),
        Some(EventType::AttackOnCivilians)
    );
    assert_eq!(
        main_type("Bandits snatch 15 worshippers in Zamfara", ""),
        Some(EventType::Abduction)
    );
    assert_eq!(
        main_type("Israeli jets pound villages near Nabatieh", ""),
        Some(EventType::AirDroneStrike)
    );
    assert!(occurred("Criticism rains down on minister over defence budget", "").is_empty());
}
