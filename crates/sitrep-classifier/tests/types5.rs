//! Event types and statuses told in legacy and translated copy (issue 14, helper
//! `types5`, session of 2026-12-07): one meaning per test, each in sentences of our own.

mod common;

use sitrep_contract::{EventType, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/types5",
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

fn no_act(title: &str, body: &str) {
    let events = occurred(title, body);
    assert!(events.is_empty(), "{title} / {body}: {events:#?}");
}

#[test]
fn bombardment_and_raids_from_the_air_are_air_strikes() {
    for body in [
        "An air bombardment of the village of Kubum in South Kordofan killed seven farmers on Thursday, residents said.",
        "The junta carried out an aerial raid on the village of Mone in Magway region on Thursday, killing four villagers.",
        "A bombing by an army drone on the cattle market of Gossi killed eleven herders on Thursday, local officials said.",
    ] {
        check("Update", body, EventType::AirDroneStrike);
    }
}

#[test]
fn a_bombing_with_no_aircraft_named_stays_a_bomb() {
    check(
        "Update",
        "A bombing at the bus station of Maiduguri killed six passengers on Thursday, police said.",
        EventType::RemoteExplosiveIed,
    );
}

#[test]
fn a_post_mortared_is_shelled() {
    check(
        "REBELS MORTAR BARRACKS",
        "[TEXT] GUERRILLAS LAST NIGHT MORTARED THE ARMY BARRACKS OF HUANTA, THE COMMAND SAID. THREE SOLDIERS WERE WOUNDED.",
        EventType::ShellingArtilleryMissileAttack,
    );
}

#[test]
fn a_fire_contact_is_a_firefight() {
    check(
        "Update",
        "Border guards entered into a fire contact with a sabotage group near the village of Tetkino in the Kursk region on Thursday, the governor said.",
        EventType::ArmedClash,
    );
}

#[test]
fn a_place_recovered_or_freed_after_fighting_is_won_back() {
    for body in [
        "Army troops recovered the town of Kidal from the rebels on Thursday after two days of fighting, the general staff said.",
        "After heavy fighting the defence forces freed the village of Robotyne from the occupiers on Thursday, the commander said.",
    ] {
        check("Update", body, EventType::GovernmentRegainsTerritory);
    }
    no_act(
        "Update",
        "Police recovered the stolen car in the town of Kisumu on Thursday and freed two goats shut in its boot.",
    );
}

#[test]
fn an_assassination_told_by_its_noun_is_one_sided() {
    check(
        "Update",
        "Police blamed a rebel hit squad for the assassination of the district governor, who was shot outside his office in Kunduz on Thursday.",
        EventType::AttackOnCivilians,
    );
    no_act(
        "Update",
        "The president said in a speech on Thursday that assassinations and sabotage would not stop the elections.",
    );
}

#[test]
fn a_habit_told_in_the_present_is_no_act() {
    for body in [
        "Farmers say bandits regularly attack villages along the road to Gusau and often kidnap travellers.",
        "The governor said the occupiers systematically shell the settlements on the right bank of the river.",
        "REBELS ROUTINELY AMBUSH ARMY PATROLS IN THE HILLS, THE GOVERNOR SAID.",
    ] {
        no_act("Update", body);
    }
}

#[test]
fn a_tally_over_weeks_is_no_act() {
    for body in [
        "The air force carried out 340 air strikes on rebel areas this year, the monitor said in its annual report.",
        "GUERRILLAS DYNAMITED THE PIPELINE SEVEN TIMES IN AUGUST, THE ARMY SAID IN ITS MONTHLY REPORT.",
    ] {
        no_act("Update", body);
    }
    check(
        "Update",
        "Israeli jets carried out 12 air strikes on Khan Younis overnight, killing at least 20 people, health officials said on Thursday.",
        EventType::AirDroneStrike,
    );
}

#[test]
fn the_act_a_reply_answers_is_background() {
    check(
        "Update",
        "In response to the enemy's assassination in Nabatieh, fighters targeted the barracks of Zar'it with rockets on Thursday, the group said.",
        EventType::ShellingArtilleryMissileAttack,
    );
}

#[test]
fn an_air_aggression_is_an_air_strike() {
    check(
        "Update",
        "The enemy carried out an air aggression on the vicinity of Hama on Thursday, wounding three soldiers, a military source said.",
        EventType::AirDroneStrike,
    );
}

#[test]
fn a_place_won_back_after_fighting_told_in_one_sentence_is_one_act() {
    check(
        "Update",
        "Troops on Thursday recaptured the town of Bama, which the insurgents had held since Monday, after fighting that lasted all morning, the army said.",
        EventType::GovernmentRegainsTerritory,
    );
}
