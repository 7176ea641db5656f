//! Tolls and dates (issue 14, helper `tolls6`, session of 2026-12-07): the attackers'
//! dead told apart add to the toll, a victim named by kin ("a father of five") is one
//! person, "toll" as a road's fee is no toll, a day given in figures ("2025-06-14",
//! "14.06.2025") dates the act, and how long a town was held ("had held since Friday")
//! dates no retaking. Sentences of our own.

mod common;

use sitrep_contract::IncidentEvent;

fn occurred(published: &str, title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in("https://example.org/tolls6", published, title, body)
}

/// The fatalities of the first occurred event.
fn toll(title: &str, body: &str) -> Option<u32> {
    let events = occurred("2025-06-16T09:00:00Z", title, body);
    events.first().expect("an occurred event").fatalities
}

/// The date of the first occurred event, as text.
fn day(published: &str, title: &str, body: &str) -> Option<String> {
    let events = occurred(published, title, body);
    let first = events.first().expect("an occurred event");
    first.occurred_on.date.map(|d| d.to_string())
}

#[test]
fn the_attackers_dead_told_apart_add_to_the_toll() {
    assert_eq!(
        toll(
            "Post attacked",
            "Militants attacked an army post in North Waziristan on Friday, killing six soldiers. \
             Four attackers were also killed in the exchange of fire, the military said."
        ),
        Some(10)
    );
    // Both sides in one count are the whole toll, not the attackers' alone.
    assert_eq!(
        toll(
            "Five soldiers killed",
            "Militants stormed a checkpoint near Rafah on Saturday, and five soldiers and two \
             attackers were killed in the gunfight that followed."
        ),
        Some(7)
    );
}

#[test]
fn attackers_a_side_says_it_killed_are_no_part_of_the_toll() {
    assert_eq!(
        toll(
            "Convoy ambushed",
            "JNIM said it ambushed an army convoy near Boni on Tuesday, killing 12 soldiers. \
             The army said it killed 30 assailants."
        ),
        Some(12)
    );
}

#[test]
fn a_victim_named_by_kin_is_one_person() {
    assert_eq!(
        toll(
            "Bus ambushed",
            "A father of three was killed when gunmen ambushed a bus near Gao on Sunday."
        ),
        Some(1)
    );
    assert_eq!(
        toll(
            "Village raided",
            "Bandits raided a village near Kaura Namoda on Sunday and killed a father of five \
             and two farmers."
        ),
        Some(3)
    );
}

#[test]
fn a_roads_toll_is_no_toll_of_the_dead() {
    assert_eq!(
        toll(
            "Patrol ambushed",
            "Guerrillas ambushed a police patrol on the toll road to 3 towns of Arauca on \
             Sunday. No casualties were reported."
        ),
        Some(0)
    );
    assert_eq!(
        toll(
            "Bomb near toll plaza",
            "A roadside bomb exploded near the toll plaza at Kilometre 14 on the Kano road in \
             Nigeria on Friday, killing two soldiers."
        ),
        Some(2)
    );
}

#[test]
fn a_day_in_figures_dates_the_act() {
    assert_eq!(
        day(
            "2025-06-16T09:00:00Z",
            "Drone strike",
            "A drone strike hit a car near Bint Jbeil on 2025-06-14, killing two men, the \
             ministry said on Monday."
        ),
        Some("2025-06-14".to_owned())
    );
    assert_eq!(
        day(
            "2025-06-16T09:00:00Z",
            "Shelling of Nikopol",
            "Nikopol was shelled by the occupiers with heavy artillery on 15.06.2025, the \
             regional administration said on Monday."
        ),
        Some("2025-06-15".to_owned())
    );
}

#[test]
fn how_long_a_town_was_held_dates_no_retaking() {
    // Published on Tuesday 2025-06-17: the retaking is the day of the statement
    // (Monday), not the Friday since which the town was held.
    assert_eq!(
        day(
            "2025-06-17T09:00:00Z",
            "Army retakes town",
            "The army recaptured the town of Djibasso, which jihadists had held since \
             Friday, after heavy fighting, the military said on Monday."
        ),
        Some("2025-06-16".to_owned())
    );
    // Hostages held since a day were taken that day: the release is not news of today.
    let events = occurred(
        "2023-11-25T09:00:00Z",
        "Hostages freed",
        "Hamas released 13 Israelis who had been held hostage in Gaza since October 7, and \
         Israel freed 39 Palestinian prisoners on Friday.",
    );
    assert!(events.is_empty(), "{events:?}");
}
