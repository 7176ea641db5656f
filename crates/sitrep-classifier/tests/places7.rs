//! Where an event happened (issue 14, helper `places7`, session of 2026-12-07): an act at
//! sea whose port is only where the distance is measured from; a subdivision whose name
//! is a common word before a noun of settlements ("Plateau village"); the curated places
//! a note names by their region alone (Kosovo's towns, North Lebanon, El Quiche in
//! capitals, northern Iraq's mountain districts). Sentences of our own.

mod common;

use sitrep_contract::IncidentEvent;

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/places7",
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

fn countries(title: &str, body: &str) -> Vec<Option<String>> {
    places(title, body).into_iter().map(|(_, c)| c).collect()
}

#[test]
fn a_port_a_distance_is_measured_from_leaves_the_act_at_sea() {
    assert_eq!(
        places(
            "",
            "On 8 May 2025, a Houthi missile hit a tanker in the Gulf of Aden, about 60 \
             nautical miles east of Aden. 2 crew killed."
        ),
        vec![("Gulf of Aden".to_owned(), None)]
    );
    // On land the distance still places the act near the town.
    assert_eq!(
        countries(
            "",
            "On 8 May 2025, an air strike hit a farm 20 km north of Mosul. 2 killed."
        ),
        vec![Some("IQ".to_owned())]
    );
}

#[test]
fn a_subdivision_named_by_a_common_word_holds_the_village_after_it() {
    assert_eq!(
        countries(
            "Gunmen kill 12 in Plateau village",
            "The attackers came at night, residents said on Friday."
        ),
        vec![Some("NG".to_owned())]
    );
}

#[test]
fn curated_places_of_notes_and_legacy_wire() {
    assert_eq!(
        places(
            "",
            "On 7 May 2025, unidentified men threw an explosive device at a police \
             station in Zvecan (Mitrovica). No fatalities."
        ),
        vec![at("Zvecan", "XK")]
    );
    assert_eq!(
        countries(
            "",
            "On 7 May 2025, gunmen exchanged fire in Tripoli (Tripoli, North Lebanon). \
             1 killed. Fatalities: 1."
        ),
        vec![Some("LB".to_owned())]
    );
    assert_eq!(
        countries(
            "PEASANTS KILLED IN EL QUICHE",
            "[TEXT] ARMED MEN KILLED FIVE PEASANTS IN THE VILLAGE OF LA PUERTA, SAN \
             ANDRES SAJCABAJA MUNICIPALITY, EL QUICHE, ON THURSDAY."
        ),
        vec![Some("GT".to_owned())]
    );
}

#[test]
fn a_country_after_a_named_region_of_origin_is_no_place_of_the_act() {
    // "from the Kursk region of Russia": Russia only says where Kursk region lies.
    let found = countries(
        "",
        "Overnight the enemy launched 20 attack drones from the Kursk region of Russia \
         towards Sumy. Two people were killed in Sumy.",
    );
    assert!(
        !found.contains(&Some("RU".to_owned())),
        "the launch region's country is not where the act was: {found:?}"
    );
    // A region of the place of the act still names it.
    assert_eq!(
        countries(
            "",
            "On 8 May 2025, drones struck a fuel depot in the Belgorod region of Russia. \
             No casualties."
        ),
        vec![Some("RU".to_owned())]
    );
}

#[test]
fn a_town_inside_a_longer_spanish_name_is_not_that_town() {
    // "El Carmen de Bolivar" is a town of its own, not Bolivar (or its namesakes).
    let found = places(
        "",
        "On 8 May 2025, gunmen killed a community leader in El Carmen de Bolivar (Bolivar). \
         Fatalities: 1.",
    );
    assert_eq!(found.len(), 1);
    assert_ne!(found[0].0, "Bolivar", "{found:?}");
}

#[test]
fn a_people_named_as_where_a_weapon_came_from_is_no_place_of_the_act() {
    assert_eq!(
        countries(
            "",
            "Sirens sounded in the Upper Galilee as 10 projectiles crossed from Lebanese \
             territory; most were intercepted by the Israeli Air Force."
        ),
        vec![Some("IL".to_owned())]
    );
}
