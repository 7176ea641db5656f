//! Tolls and dates (issue 14, helper `tolls7`, session of 2026-12-07): a part of a day
//! named without its day ("in the morning", "during the night") is the publication day,
//! or the day the narrative is on; "during the past night" is last night; a night told
//! by the two days it spans is the later day's; the subset of the dead told without
//! commas ("seven villagers including two children") is no toll of its own.
//! Sentences of our own.

mod common;

use sitrep_contract::IncidentEvent;

fn occurred(published: &str, title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in("https://example.org/tolls7", published, title, body)
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
fn a_part_of_a_day_alone_is_the_publication_day() {
    // Wednesday 16 April 2025.
    let published = "2025-04-16T10:00:00Z";
    for body in [
        "In the morning a Russian drone hit a bus in Nikopol, killing two passengers.",
        "During the night the occupiers shelled Zelenodolsk with artillery; one man perished.",
        "During the day the enemy dropped three guided bombs on Bilopillia, killing a woman.",
    ] {
        assert_eq!(
            day(published, "Strike", body).as_deref(),
            Some("2025-04-16"),
            "{body}"
        );
    }
    assert_eq!(
        day(
            published,
            "Drones destroyed",
            "During the past night air defence destroyed nine drones over the Bryansk region."
        )
        .as_deref(),
        Some("2025-04-15")
    );
}

#[test]
fn a_part_of_a_day_follows_the_day_told() {
    // Wednesday 16 April 2025: Monday is the 14th.
    assert_eq!(
        day(
            "2025-04-16T10:00:00Z",
            "Clash in Kupwara",
            "On Monday troops launched a search operation in the Machil sector of Kupwara. \
             In the afternoon, the infiltrators opened fire and two of them were killed in \
             the firefight."
        )
        .as_deref(),
        Some("2025-04-14")
    );
    assert_eq!(
        day(
            "2025-04-16T10:00:00Z",
            "Police attacked",
            "Armed men attacked a police patrol near Tumaco in the afternoon of Monday, \
             killing two officers."
        )
        .as_deref(),
        Some("2025-04-14")
    );
}

#[test]
fn a_night_of_two_days_is_the_later_day() {
    // Wednesday 16 April 2025: the night of Sunday to Monday is Monday's.
    assert_eq!(
        day(
            "2025-04-16T10:00:00Z",
            "Massacre near Beni",
            "ADF rebels killed eleven civilians with machetes in the night of Sunday to \
             Monday in the village of Mangodomu, Beni territory."
        )
        .as_deref(),
        Some("2025-04-14")
    );
}

#[test]
fn a_subset_told_without_commas_is_part_of_the_toll() {
    assert_eq!(
        toll(
            "Village bombed",
            "Junta jets bombed a village in Pauk township of Magway region on Sunday. Seven \
             villagers including two children were killed, a local defence force said."
        ),
        Some(7)
    );
    assert_eq!(
        toll(
            "Drone strike",
            "An Israeli drone struck a motorcycle in Khiam on Sunday, which led to the \
             martyrdom of a citizen."
        ),
        Some(1)
    );
}

#[test]
fn a_range_of_days_gives_no_day() {
    // Monday 20 January 2025.
    for body in [
        "Between 16 and 18 January 2025, ELN fighters attacked FARC dissidents in Tibu \
         (Norte de Santander). 40 fatalities.",
        "From 14 to 17 January, RSF fighters attacked villages around Wad Madani, killing 30 \
         civilians.",
    ] {
        assert_eq!(day("2025-01-20T09:00:00Z", "Attacks", body), None, "{body}");
    }
    // A night of two days is no range: the later day.
    assert_eq!(
        day(
            "2025-01-20T09:00:00Z",
            "Camp attacked",
            "Night of 16-17 January 2025: CODECO assailants attacked a displacement site near \
             Djugu (Ituri). Fatalities: 20."
        )
        .as_deref(),
        Some("2025-01-17")
    );
}

#[test]
fn a_named_day_with_its_year_is_no_weekday_of_this_week() {
    let events = occurred(
        "2025-04-22T09:00:00Z",
        "Commemoration in Negombo",
        "Thousands gathered in Negombo to remember the 2019 Easter Sunday bombings, when \
         suicide bombers killed more than 250 people in churches and hotels.",
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn the_dead_are_counted_by_their_bodies() {
    assert_eq!(
        toll(
            "Clash in El Quiche",
            "Army troops clashed with URNG guerrillas near Nebaj on Sunday and recovered the \
             bodies of 7 insurgents after the fight."
        ),
        Some(7)
    );
}
