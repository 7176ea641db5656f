//! Tolls told as liveblog updates (issue 14, helper `tolls5`, session of 2026-12-07):
//! the latest update's total is the event's, whichever way the updates run, and an
//! update goes to the act told at the town it names. Sentences of our own.

mod common;

use sitrep_contract::IncidentEvent;

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/tolls5",
        "2025-03-14T18:00:00Z",
        title,
        body,
    )
}

/// The fatalities of the first occurred event.
fn check(title: &str, body: &str, expected: Option<u32>) {
    let events = occurred(title, body);
    let first = events.first().expect("an occurred event");
    assert_eq!(first.fatalities, expected, "{body}");
}

#[test]
fn a_toll_told_without_death_or_the_is_read() {
    check(
        "Mine blast live",
        "08:10 GMT - A minibus ran over a landmine near Menaka this morning, officials say.\n\n\
         11:40 GMT - Hospital: three dead so far.\n\n\
         15:05 GMT - Toll now 10, the regional governor says.",
        Some(10),
    );
    check(
        "Bombing live",
        "17:20 GMT - Bus depot bombing toll rises to 14, police say.\n\n\
         12:30 GMT - A bomb went off at the bus depot in Maiduguri, killing at least six people.",
        Some(14),
    );
}

#[test]
fn the_newest_of_updates_told_newest_first_counts() {
    check(
        "Shelling live",
        "18:50 GMT - Toll now 15, the health office says.\n\n\
         16:10 GMT - Toll rises to nine, doctors say.\n\n\
         13:00 GMT - Shells hit a market in Taiz; witnesses report dead and wounded.",
        Some(15),
    );
}

#[test]
fn a_war_toll_is_no_acts_toll() {
    check(
        "Shelling live",
        "09:30 GMT - Shells hit a camp outside El Fasher, killing four people, medics say.\n\n\
         12:15 GMT - War toll now at least 150,000, an envoy says.",
        Some(4),
    );
}

#[test]
fn an_update_naming_a_town_goes_to_the_act_told_there() {
    let events = occurred(
        "Somalia live",
        "09:00 EAT - Al-Shabaab fighters attack an army base near Afgooye; heavy gunfire reported.\n\n\
         11:20 EAT - Separately, a roadside bomb hits a police vehicle in Baidoa, killing two officers.\n\n\
         15:30 EAT - Afgooye base attack: toll rises to nine soldiers, an officer says.",
    );
    let tolls: Vec<Option<u32>> = events.iter().map(|e| e.fatalities).collect();
    assert_eq!(tolls, [Some(9), Some(2)]);
}
