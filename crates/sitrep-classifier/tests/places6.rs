//! Where an event happened when a report names only a town's district, province or
//! state (issue 14, helper `places6`, session of 2026-12-07): a subdivision named by a
//! common word, a people or a sea ("Red Sea", "Plateau") in the list of the places that
//! hold a town; a strike placed only by the sentences before it lands on the side it
//! was fired at. Sentences of our own.

mod common;

use sitrep_contract::{EventType, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/places6",
        "2025-05-10T12:00:00Z",
        title,
        body,
    )
}

/// (name, country) of the location of every occurred event, in order.
fn places(title: &str, body: &str) -> Vec<(String, Option<String>)> {
    occurred(title, body)
        .into_iter()
        .map(|e| (e.location.name, e.location.country_code))
        .collect()
}

fn at(name: &str, country: &str) -> (String, Option<String>) {
    (name.to_owned(), Some(country.to_owned()))
}

#[test]
fn a_state_named_like_a_sea_holds_the_town_listed_before_it() {
    assert_eq!(
        places(
            "",
            "On 6 May 2025, RSF drones hit a hotel near the seaport of Port Sudan \
             (Port Sudan, Red Sea). No fatalities."
        ),
        vec![at("Port Sudan", "SD")]
    );
    // Out of a list the sea is meant: an attack at sea lies in no country.
    let at_sea = occurred(
        "",
        "On 3 May 2025, a Houthi missile hit a bulk carrier in the Red Sea. No fatalities.",
    );
    assert_eq!(at_sea.len(), 1);
    assert_eq!(at_sea[0].location.name, "Red Sea");
    assert_eq!(at_sea[0].location.country_code, None);
}

#[test]
fn a_state_named_by_a_common_word_closes_a_list() {
    assert_eq!(
        places(
            "",
            "On 14 April 2025, gunmen raided Zike (Bassa, Plateau) at night and shot \
             residents in their homes. 52 civilians killed. Fatalities: 52."
        ),
        vec![at("Zike", "NG")]
    );
    // "North" is a place only in a list, not the first word of "North Wollo".
    assert_eq!(
        places(
            "",
            "On 2 May 2025, Fano militia took control of Lalibela (Lasta, North Wollo) \
             after clashes with army units. No fatalities reported."
        ),
        vec![at("Lalibela", "ET")]
    );
}

#[test]
fn a_strike_placed_only_by_earlier_sentences_lands_across_the_line() {
    let events = occurred(
        "Cambodian rockets hit Thai petrol station, killing 8",
        "Rockets fired across the border struck the station in Sisaket's Kantharalak \
         district on Thursday. Thai F-16s later bombed two Cambodian positions in Oddar \
         Meanchey.",
    );
    let strike = events
        .iter()
        .find(|e| e.event_type == EventType::AirDroneStrike)
        .expect("the air strike");
    assert_eq!(strike.location.country_code.as_deref(), Some("KH"));
    let shelling = events
        .iter()
        .find(|e| e.event_type == EventType::ShellingArtilleryMissileAttack)
        .expect("the shelling");
    assert_eq!(shelling.location.country_code.as_deref(), Some("TH"));
}

#[test]
fn an_interception_is_over_where_the_weapon_was_sent() {
    let events = occurred(
        "Coalition intercepts missile launched towards Najran",
        "The Joint Forces Command of the Coalition to Restore Legitimacy in Yemen said \
         Saudi air defences intercepted and destroyed on Friday a ballistic missile \
         launched by the Houthi militia towards Najran. No injuries were recorded.",
    );
    let interception = events
        .iter()
        .find(|e| e.event_type == EventType::DisruptedWeaponsUse)
        .expect("the interception");
    assert_eq!(interception.location.country_code.as_deref(), Some("SA"));
    assert_eq!(interception.location.name, "Najran");
}
