//! Reports that gave no event at all (issue 20, helper `merge6`, session of
//! 2026-12-07): database notes that file the act in labelled fields under ACLED's own
//! names for the kinds, a side told as now (or back) in control of a town, and people
//! told as hacked to death. Sentences of our own.

mod common;

use sitrep_contract::{IncidentEvent, LocationPrecision};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/merge6",
        "2024-07-06T18:00:00Z",
        title,
        body,
    )
}

/// The type, place and fatalities of the first occurred event.
fn check(title: &str, body: &str, code: &str, place: &str, fatalities: Option<u32>) {
    let events = occurred(title, body);
    let first = events.first().unwrap_or_else(|| panic!("no event: {body}"));
    assert_eq!(first.event_type.code(), code, "{body}");
    assert_eq!(first.location.name, place, "{body}");
    assert_eq!(first.fatalities, fatalities, "{body}");
}

#[test]
fn a_field_label_note_files_the_act_under_its_kind_and_its_place() {
    check(
        "DR Congo: Lubero",
        "Type: Violence against civilians; Location: Lubero, North Kivu, DR Congo; \
         Date: 5 July 2024; Fatalities: 14; Perpetrator: ADF; Victims: villagers.",
        "attack_on_civilians",
        "Lubero",
        Some(14),
    );
    check(
        "Sudan: Sennar",
        "Type: Non-state actor overtakes territory; Location: Sennar, Sudan; \
         Date: 1 July 2024; Actors: Rapid Support Forces; Fatalities: not reported.",
        "non_state_actor_overtakes_territory",
        "Sennar",
        None,
    );
    // Every name of the place field after the first only says where that one lies.
    check(
        "Pakistan: Bajaur",
        "Type: Remote explosive/landmine/IED; Location: Khar, Bajaur, Khyber Pakhtunkhwa, \
         Pakistan; Date: 4 July 2024; Fatalities: 3; Target: police escort.",
        "remote_explosive_ied",
        "Khar",
        Some(3),
    );
}

#[test]
fn violence_against_civilians_named_in_a_speech_is_no_act() {
    let events = occurred(
        "UN statement",
        "The Security Council condemned violence against civilians in all its forms.",
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_side_now_or_back_in_control_of_a_town_took_it() {
    check(
        "Sudan: paramilitaries hold Sennar",
        "The Rapid Support Forces are now in control of Sennar, residents say, after a day \
         of fighting with the army on Friday.",
        "non_state_actor_overtakes_territory",
        "Sennar",
        None,
    );
    // "back in" of the present is no "back in 2019".
    let events = occurred(
        "Mozambique: army back in Macomia",
        "Government troops are back in control of Macomia in Cabo Delgado after driving \
         out Islamic State fighters on Friday, officials say.",
    );
    let first = events.first().expect("an occurred event");
    assert_eq!(first.event_type.code(), "government_regains_territory");
    assert_eq!(first.location.precision, LocationPrecision::City);
    // Staying in control changes nothing.
    let events = occurred(
        "Yemen: Houthis keep Hodeidah",
        "The Houthis remain in control of Hodeidah port, a UN report says.",
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn people_hacked_to_death_are_a_toll() {
    check(
        "News at six",
        "Our top story: fourteen villagers have been hacked to death in Mayikengo in \
         Lubero territory. Local officials blame ADF rebels.",
        "attack_on_civilians",
        "Lubero",
        Some(14),
    );
}

#[test]
fn a_perfect_told_of_a_day_of_this_week_is_news() {
    check(
        "Somalia: Base attacked near Jowhar",
        "Al-Shabaab has killed at least nine soldiers in an attack on an army base near \
         Jowhar on Friday, officers there tell us.",
        "armed_clash",
        "Jawhar",
        Some(9),
    );
    check(
        "Mali: Fighting near Tenenkou",
        "Soldiers and jihadist fighters have been fighting outside Tenenkou since early \
         this morning. Local officials speak of at least seven dead.",
        "armed_clash",
        "Tenenkou",
        Some(7),
    );
    // A perfect over a year tells a tally, not an act.
    let events = occurred(
        "Somalia: a year of attacks",
        "Al-Shabaab has killed hundreds of soldiers in attacks on army bases this year, a \
         UN report says.",
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn days_after_an_earlier_act_dates_only_its_own_clause() {
    check(
        "Pakistan: Funeral attacked",
        "Days after the market bombing, a bomb hidden in a motorcycle exploded at a funeral \
         in Bannu on Saturday, killing six mourners.",
        "remote_explosive_ied",
        "Bannu",
        Some(6),
    );
}
