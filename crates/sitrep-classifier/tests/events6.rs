//! The events a text tells (issue 14, helper `events6`, session of 2026-12-07): one act
//! told twice is one event, and the main event's type; one meaning per test, each in
//! sentences of our own.

mod common;

use sitrep_contract::{EventType, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/events6",
        "2024-05-03T12:00:00Z",
        title,
        body,
    )
}

/// The types of the occurred events a story tells, in order.
fn check(title: &str, body: &str, expected: &[EventType]) {
    let events = occurred(title, body);
    let types: Vec<EventType> = events.iter().map(|e| e.event_type).collect();
    assert_eq!(types, expected, "{title} / {body}: {events:#?}");
}

#[test]
fn the_weapons_an_act_was_done_with_are_that_act() {
    check(
        "Update",
        "On 1 May 2024, Military Forces of Russia shelled the centre of Kupiansk (Kupiansk, Kharkiv) with artillery and guided aerial bombs. Fatalities: 2.",
        &[EventType::ShellingArtilleryMissileAttack],
    );
    check(
        "Two killed as rival quarters trade fire",
        "Gunmen in two districts of Tripoli fought with rifles and rocket-propelled grenades on Thursday, killing two people, a security source said.",
        &[EventType::ArmedClash],
    );
}

#[test]
fn a_place_whose_control_is_re_established_is_taken() {
    let events = occurred(
        "Army re-establishes control over Kidal road town",
        "Malian troops re-established their control over the town of Anefis in the Kidal region on Thursday after combats with rebel fighters, the army said.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].event_type, EventType::GovernmentRegainsTerritory);
}
