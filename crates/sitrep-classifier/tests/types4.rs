//! Event types told in other words (issue 14, helper `types`, session of 2026-12-07):
//! one meaning per test, each in sentences of our own.

mod common;

use sitrep_contract::{EventType, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/types4",
        "2024-05-03T12:00:00Z",
        title,
        body,
    )
}

fn main_type(title: &str, body: &str) -> Option<EventType> {
    occurred(title, body).first().map(|e| e.event_type)
}

#[test]
fn an_air_arm_named_for_its_aircraft_strikes_from_the_air() {
    for body in [
        "The aviation of the army struck a gathering of fighters near Saraqib in Idlib province on Thursday, killing nine.",
        "Enemy aviation carried out a strike on the village of Velyka Novosilka in the Donetsk region on Friday.",
        "The air component of the operation struck a camp of the insurgents near Gwoza in Borno State on Sunday.",
    ] {
        assert_eq!(main_type("Update", body), Some(EventType::AirDroneStrike), "{body}");
    }
}

#[test]
fn civil_aviation_is_no_aircraft_of_war() {
    let body = "The civil aviation authority said an attack on the terminal on Monday was being investigated.";
    assert_ne!(main_type("Update", body), Some(EventType::AirDroneStrike));
}

#[test]
fn aircraft_that_bombard_make_an_air_strike_and_volcanoes_none() {
    assert_eq!(
        main_type(
            "Jets bombard rebel positions",
            "Air force jets bombarded rebel positions near Kutum in North Darfur on Monday, the army said."
        ),
        Some(EventType::AirDroneStrike)
    );
    assert!(occurred(
        "Volcano bombards towns with ash",
        "The volcano bombarded nearby towns with ash and rocks on Monday, officials said."
    )
    .is_empty());
}

#[test]
fn a_device_dropped_from_a_drone_is_an_air_strike() {
    let body = "A drone dropped an explosive device on a car in the village of Bilozerka on Tuesday, killing the driver.";
    assert_eq!(main_type("Update", body), Some(EventType::AirDroneStrike));
}

#[test]
fn troops_supported_from_the_air_fight_a_clash() {
    let body = "Insurgents attacked an army base in Damboa on Monday, killing two soldiers, before troops supported by the air component drove them off.";
    assert_eq!(main_type("Update", body), Some(EventType::ArmedClash));
}

#[test]
fn an_air_operation_is_an_air_strike() {
    let body = "Four terrorists of the PKK were neutralised in an air operation in the Gara region of northern Iraq on Sunday, the ministry said.";
    assert_eq!(main_type("Update", body), Some(EventType::AirDroneStrike));
}

#[test]
fn a_quantity_before_a_verb_counts_its_subject_not_the_acts() {
    for body in [
        "A wave of Russian drones hit the port of Izmail overnight, injuring two workers, the governor said.",
        "Dozens of gunmen on motorcycles attacked the village of Maru in Zamfara State on Sunday, killing seven residents.",
        "A wave of attack drones struck a fuel depot in Kropyvnytskyi overnight, the regional governor said.",
    ] {
        assert!(!occurred("Update", body).is_empty(), "{body}");
    }
    // Many acts over months stay an aggregate.
    assert!(occurred(
        "Update",
        "Militants have carried out a series of attacks on schools in the province in recent months."
    )
    .is_empty());
}

#[test]
fn air_defence_that_downs_drones_disrupts_them() {
    let body =
        "Air defence downs 24 of 30 drones launched overnight at the capital, the air force said.";
    assert_eq!(
        main_type("Update", body),
        Some(EventType::DisruptedWeaponsUse)
    );
}

#[test]
fn a_non_state_group_that_takes_a_place_back_overtakes_it() {
    assert_eq!(
        main_type(
            "Update",
            "Al-Shabaab militants retook the town of Mahas in Hiiraan region on Wednesday after the troops withdrew, residents said."
        ),
        Some(EventType::NonStateActorOvertakesTerritory)
    );
    // The government's militia allies take it back from rebels: regained.
    assert_eq!(
        main_type(
            "Update",
            "Wazalendo militia recaptured the locality of Kitshanga from the M23 on Sunday, local sources said."
        ),
        Some(EventType::GovernmentRegainsTerritory)
    );
}

#[test]
fn people_taken_away_are_abducted() {
    let body = "Armed men took away a village chief in Menaka on Wednesday, his family said.";
    assert_eq!(main_type("Update", body), Some(EventType::Abduction));
}

#[test]
fn a_count_killed_at_a_gathering_of_unarmed_people_is_one_sided() {
    let body = "Gunmen killed five at a wedding in Zamfara on Sunday, the police said.";
    assert_eq!(
        main_type("Update", body),
        Some(EventType::AttackOnCivilians)
    );
}

#[test]
fn a_terrorist_act_whose_dead_are_residents_is_one_sided() {
    let body = "As a result of the terrorist act in the city on Saturday, three peaceful residents perished, the head of the administration informed.";
    assert_eq!(
        main_type("Update", body),
        Some(EventType::AttackOnCivilians)
    );
}

#[test]
fn missiles_fired_by_an_aircraft_or_a_drone_are_an_air_strike() {
    for body in [
        "A US drone fired two missiles at a vehicle near Jilib in Middle Juba on Monday, killing three fighters.",
        "Israeli warplanes fired missiles at a building in Tyre on Monday, killing four people.",
    ] {
        assert_eq!(main_type("Update", body), Some(EventType::AirDroneStrike), "{body}");
    }
    let body = "Russian forces fired cruise missiles at Kyiv overnight, killing three people, officials said.";
    assert_eq!(
        main_type("Update", body),
        Some(EventType::ShellingArtilleryMissileAttack)
    );
}
