//! Who acted (issue 14, helper `actors6`, session of 2026-12-07): the initiator of an
//! event, one meaning per test, each in sentences of our own.

mod common;

use sitrep_contract::{ActorRole, IncidentEvent};

fn occurred(title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in(
        "https://example.org/actors6",
        "2024-05-03T12:00:00Z",
        title,
        body,
    )
}

/// The main event's first actor in `role`.
fn first(title: &str, body: &str, role: ActorRole) -> Option<String> {
    let events = occurred(title, body);
    let event = events.first()?;
    event
        .actors
        .iter()
        .find(|a| a.role == role)
        .map(|a| a.name.clone())
}

fn check(title: &str, body: &str, expected: Option<&str>) {
    let events = occurred(title, body);
    assert_eq!(
        first(title, body, ActorRole::Initiator).as_deref(),
        expected,
        "in {title:?} / {body:?}: {:?}",
        events.first().map(|e| &e.actors)
    );
}

#[test]
fn the_forces_that_carried_out_the_operation_began_its_clash() {
    check(
        "",
        "Units of the Cameroonian army, backed by gendarmes, carried out an operation against separatist fighters near Batibo on Tuesday. In the operation, nine fighters were killed.",
        Some("Cameroon"),
    );
    check(
        "",
        "Troops of the 4th Infantry Division and the Special Action Force launched a search near Talakag in Bukidnon on Tuesday. The rebels fired at the troops and three of them were killed in the gunfight.",
        Some("Philippines"),
    );
    // An operation launched later answers the act; it did not begin it.
    check(
        "",
        "Militants stormed a police post in Bannu on Tuesday, killing three policemen. Security forces later launched a search operation in the area.",
        Some("Militants"),
    );
}

#[test]
fn a_named_groups_own_forces_are_the_group() {
    check(
        "",
        "RSF forces shelled a market in Omdurman on Tuesday, killing seven people, activists said.",
        Some("Rapid Support Forces"),
    );
    check(
        "",
        "Houthi army and popular committees fired a ballistic missile at Saudi positions in Jizan on Tuesday.",
        Some("Houthis"),
    );
    check(
        "",
        "The army and the popular committees fired a missile at a gathering of mercenaries in the Sirwah district of Marib on Tuesday, killing 12 of them.",
        Some("Houthis"),
    );
}

#[test]
fn the_side_that_died_is_the_side_hit() {
    check(
        "",
        "FIVE SOLDIERS DIED TODAY IN AN AMBUSH NEAR AYACUCHO. THE ARMY BLAMED THE SHINING PATH.",
        Some("Shining Path"),
    );
    check(
        "Four rebels die in clash with troops in Samar",
        "Four New People's Army guerrillas were killed when they clashed with army soldiers near Las Navas in Northern Samar on Tuesday, the military said.",
        Some("Philippines"),
    );
}

#[test]
fn a_passives_agent_after_the_place_and_the_day() {
    check(
        "",
        "Four gendarmes were killed at a checkpoint near Kaya in Burkina Faso on Tuesday by attackers who came on motorcycles.",
        Some("Unidentified gunmen"),
    );
    // Who beats an attack back is the side attacked, after "by" too.
    check(
        "",
        "On Tuesday, armed terrorist groups attacked a post of our forces at Titao in Burkina Faso. The assault was repelled by the soldiers.",
        Some("Militants"),
    );
}

#[test]
fn a_command_that_confirms_speaks_of_the_act() {
    check(
        "Kaduna Police Command confirms abduction of 12 worshippers",
        "The Kaduna State Police Command confirms that armed men abducted 12 worshippers from a church in Kajuru on Sunday.",
        Some("armed men"),
    );
}

#[test]
fn the_sender_of_a_stopped_weapon_is_the_side_hit() {
    let events = occurred(
        "",
        "Houthi forces launched a drone towards government positions near Taizz in Yemen on Tuesday. The drone was shot down by the air defences of the government forces.",
    );
    let event = events.first().expect("an event");
    let role = |name: &str| event.actors.iter().find(|a| a.name == name).map(|a| a.role);
    assert_eq!(
        role("Houthis"),
        Some(ActorRole::Target),
        "{:?}",
        event.actors
    );
    assert_eq!(
        role("Yemen"),
        Some(ActorRole::Initiator),
        "{:?}",
        event.actors
    );
}

#[test]
fn joined_sides_with_a_word_between_act_together() {
    check(
        "",
        "SNA troops and Macawisley fighters recaptured the town of Bulo Burde in Somalia's Hiraan region from al-Shabaab on Sunday after a short fight.",
        Some("Somalia"),
    );
    check(
        "",
        "Wagner Group personnel and FACA soldiers opened fire on miners at a gold site near Bambari in the Central African Republic on Tuesday, killing nine of them.",
        Some("Wagner Group"),
    );
}

#[test]
fn the_forces_that_engaged_the_group_began_the_clash() {
    check(
        "Communique",
        "On Tuesday, our units engaged a group of armed terrorists near Menaka in Mali. Eleven terrorists were killed.",
        Some("Mali"),
    );
    check(
        "",
        "Army troops encountered a group of ELN guerrillas near Saravena in Colombia on Tuesday, sparking a firefight in which two guerrillas were killed.",
        Some("Colombia"),
    );
}

#[test]
fn the_object_of_a_killing_before_the_act_is_the_side_hit() {
    check(
        "",
        "Troops of Operation Hadin Kai neutralised 12 terrorists in an ambush near Bama in Borno State on Tuesday.",
        Some("Nigeria"),
    );
}

#[test]
fn unnamed_attackers_as_the_text_calls_them() {
    check(
        "",
        "Bandit groups attacked the village of Kurya in Zamfara State in Nigeria on Tuesday night and killed nine inhabitants.",
        Some("bandit groups"),
    );
    check(
        "",
        "Members of the armed opposition kidnapped on Tuesday two teachers on the road between Farah and Herat in Afghanistan.",
        Some("armed opposition"),
    );
    check(
        "",
        "Criminal elements opened fire on Tuesday on a checkpoint of the security forces near Daraa in Syria, killing two members.",
        Some("criminal elements"),
    );
}

/// "Kenya's al-Shabaab", "Yemen's Houthi movement": a country in the possessive before a
/// named group says where the group is from; the group is the party, never the state.
#[test]
fn a_country_named_as_the_home_of_a_group_is_not_a_party() {
    check(
        "Militants storm police post near the border",
        "Somalia's al-Shabaab stormed a police post near Mandera on Friday, killing three officers, Kenyan police said.",
        Some("Al-Shabaab"),
    );
    let events = occurred(
        "Saudi air defences down drone over Jazan",
        "Saudi air defences on Thursday intercepted a drone launched by Yemen's Houthi movement towards the city of Jazan, the coalition said.",
    );
    let actors: Vec<(&str, ActorRole)> = events
        .first()
        .map(|e| e.actors.iter().map(|a| (a.name.as_str(), a.role)).collect())
        .unwrap_or_default();
    assert!(
        actors.contains(&("Houthis", ActorRole::Target)) && !actors.iter().any(|a| a.0 == "Yemen"),
        "{actors:?}"
    );
}

/// "killed at least seven soldiers": the "at" of a count is no place after the verb, so
/// the verb keeps its object and its subject acted; "were killed at a checkpoint" is
/// still a verb without object.
#[test]
fn the_at_of_a_count_leaves_the_verb_its_object() {
    check(
        "",
        "Al-Shabaab fighters killed at least seven soldiers near Jowhar on Sunday, a commander said.",
        Some("Al-Shabaab"),
    );
    check(
        "",
        "ISWAP fighters killed at most three soldiers near Damboa on Sunday, the army said.",
        Some("Islamic State West Africa Province"),
    );
}
