//! Event types told in statement, translated, liveblog and legacy copy (issue 14, helper
//! `types7`, session of 2026-12-07): one meaning per test, each in sentences of our own.

mod common;

use sitrep_contract::{EventType, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/types7",
        "2024-05-03T12:00:00Z",
        title,
        body,
    )
}

/// The type of the one occurred event a story tells.
fn check(title: &str, body: &str, expected: EventType) {
    let events = occurred(title, body);
    let types: Vec<EventType> = events.iter().map(|e| e.event_type).collect();
    assert_eq!(types, [expected], "{title} / {body}");
}

#[test]
fn the_subject_of_the_taking_decides_who_took_the_place() {
    // A non-state group that takes a place, even "back", from the state's forces
    // overtakes it; the soldiers who withdrew are not the takers.
    for body in [
        "The rebels of the M23 took back on Thursday the control of the locality of Rubaya, in the territory of Masisi, after combats with the armed forces of the DRC and the Wazalendo.",
        "Armed terrorist groups re-established their control over the town of Djibo on Thursday, after the soldiers of the detachment withdrew during combats.",
    ] {
        check("Update", body, EventType::NonStateActorOvertakesTerritory);
    }
    // The state's own army, with a militia or a foreign ally beside it, regains it.
    for body in [
        "The Malian Armed Forces (FAMa) took back on Thursday the control of the locality of Léré, in the region of Timbuktu, after combats with the CSP-PSD.",
        "On 2 May 2024, Military Forces of Mali (2021-) supported by Wagner Group took control of Ber (Timbuktu) from CSP-PSD fighters.",
    ] {
        check("Update", body, EventType::GovernmentRegainsTerritory);
    }
}

#[test]
fn our_forces_are_the_speakers() {
    check(
        "Arakan Army statement",
        "The Arakan Army announces that after months of fighting our forces have captured the Border Guard Police Battalion headquarters in Maungdaw township on Thursday.",
        EventType::NonStateActorOvertakesTerritory,
    );
    check(
        "Statement",
        "The Ethiopian National Defense Force announces that our units have restored full control over the town of Lalibela in North Wollo on Thursday after driving out the Fano bands.",
        EventType::GovernmentRegainsTerritory,
    );
}

#[test]
fn a_wave_is_typed_by_what_hit() {
    let events = occurred(
        "Air Force: results of repelling the night air attack",
        "During the night the enemy attacked with 3 ballistic missiles and 38 attack drones. Air defence shot down 30 drones over the Mykolaiv region. Two ballistic missiles struck port infrastructure in Izmail.",
    );
    let types: Vec<EventType> = events.iter().map(|e| e.event_type).collect();
    assert!(
        types.contains(&EventType::ShellingArtilleryMissileAttack)
            && !types.contains(&EventType::AirDroneStrike),
        "{types:?}"
    );
    // Drones that hit stay an air/drone strike, and a named drone strike one too.
    check(
        "Update",
        "Russia attacked Kharkiv with 2 missiles and 20 drones on Thursday; drones hit two districts of the city, wounding four residents.",
        EventType::AirDroneStrike,
    );
}
