//! Which event types and which actors may describe the same incident, and how strongly
//! they agree.
//!
//! Types: outlets name one happening differently. [`CONFUSABLE`] lists the pairs of
//! different types that wire copy uses for one act, each with the reason; any other
//! pair of different types stays apart.
//!
//! Actors: names come out of the classifier's lexicon already resolved (aliases and
//! acronyms give the group's one name; an unnamed party comes in lowercase, as the text
//! calls it ("armed men"); "al-Qaeda-linked militants" gives the generic
//! "Militants", the link being a backer). Two parties can be one when their names are
//! the same or one holds the other ("Islamic State", "Islamic State Khorasan"), when
//! both are one state's forces, or when one is a generic name ("rebels", "militants",
//! "gunmen") and the other a non-state group. A one-sided act contradicts another when
//! both name who did it and none of the one's initiators can be any of the other's
//! (a strike and the other side's same-day retaliation). A clash has two sides and
//! outlets name them in either order: its parties are compared as an unordered set.

use sitrep_contract::{Actor, ActorKind, ActorRole, EventType};

use crate::parties;

/// Pairs of different types that outlets use for the same happening, and why.
pub const CONFUSABLE: [(EventType, EventType, &str); 21] = {
    use EventType::*;
    [
        (
            AirDroneStrike,
            ShellingArtilleryMissileAttack,
            "a missile or drone strike is an air strike to one outlet and shelling to another",
        ),
        (
            AirDroneStrike,
            RemoteExplosiveIed,
            "an explosion is an air strike to one witness and a planted bomb to another",
        ),
        (
            ShellingArtilleryMissileAttack,
            RemoteExplosiveIed,
            "a blast is a shell to one witness and a planted bomb to another",
        ),
        (
            AirDroneStrike,
            ChemicalWeapon,
            "munitions with gas are dropped from drones and aircraft",
        ),
        (
            ShellingArtilleryMissileAttack,
            ChemicalWeapon,
            "gas shells are fired by artillery",
        ),
        (
            AirDroneStrike,
            DisruptedWeaponsUse,
            "one outlet reports the drones that got through, another those shot down",
        ),
        (
            ShellingArtilleryMissileAttack,
            DisruptedWeaponsUse,
            "one outlet reports the missiles that hit, another those intercepted",
        ),
        (
            RemoteExplosiveIed,
            DisruptedWeaponsUse,
            "a roadside bomb and the second device defused beside it",
        ),
        (
            RemoteExplosiveIed,
            SuicideBomb,
            "a bomb is a planted device until the police say a bomber carried it",
        ),
        (
            RemoteExplosiveIed,
            Grenade,
            "a small blast is a bomb to one outlet and a grenade to another",
        ),
        (
            SuicideBomb,
            Grenade,
            "a bomber's blast is told as a grenade before the facts are known",
        ),
        (
            SuicideBomb,
            ArmedClash,
            "a complex attack: a suicide bomb opens a gun assault that forces end",
        ),
        (
            SuicideBomb,
            AttackOnCivilians,
            "a complex attack: a suicide bomb opens a gun assault on a hotel or market",
        ),
        (
            ArmedClash,
            GovernmentRegainsTerritory,
            "a battle for a town is a clash until one side holds it",
        ),
        (
            ArmedClash,
            NonStateActorOvertakesTerritory,
            "a battle for a town is a clash until one side holds it",
        ),
        (
            ArmedClash,
            AttackOnCivilians,
            "an assault on a village is a clash to one outlet when guards fight back",
        ),
        (
            ArmedClash,
            Abduction,
            "a clash during an abduction: vigilantes or troops fight the kidnappers",
        ),
        (
            AttackOnCivilians,
            Abduction,
            "a raid on a village kills some and takes others",
        ),
        (
            Grenade,
            AttackOnCivilians,
            "a grenade thrown into a crowd is an attack on civilians to another outlet",
        ),
        (
            GovernmentRegainsTerritory,
            NonStateActorOvertakesTerritory,
            "a town changing hands is told from either side's gain",
        ),
        (
            NonStateActorOvertakesTerritory,
            AttackOnCivilians,
            "a group overruns a village and kills its people: one outlet tells the capture, another the killing",
        ),
    ]
};

/// Pairs of different types that outlets use for one battle, and why: they describe one
/// incident only when the strike hit a side of the clash and whoever struck may be the
/// other side ([`strike_in_battle`]), since a town may see a clash and a strike on its
/// people on one day.
pub const CONFUSABLE_WITH_PARTY: [(EventType, EventType, &str); 2] = {
    use EventType::*;
    [
        (
            ArmedClash,
            AirDroneStrike,
            "a battle is fighting to one outlet and the air or drone strikes on one side to another",
        ),
        (
            ArmedClash,
            ShellingArtilleryMissileAttack,
            "an exchange of fire is a clash to one outlet and one side's shelling of the other to another",
        ),
    ]
};

/// Whether a strike's parties (`strike`) fit a clash's (`clash`). A strike that names
/// an armed target fits when that target may be a side of the clash ("army jets bombed
/// RSF positions" and "fighting between the army and the RSF"). A strike that names no
/// armed target fits when whoever struck may be a side and it tells of no dead
/// (`toll`): "Russian artillery pounded the town all day" beside the assault on it, and
/// "the RSF shelled homes in the city" told of the battle for it (the neighbourhoods a
/// side fires on are where the battle is fought), but not "RSF shells hit the market,
/// killing nine" beside a battle: a strike that kills is an incident of its own.
pub fn strike_in_battle<'a, 'b>(
    strike: impl Iterator<Item = &'a Actor> + Clone,
    toll: bool,
    clash: impl Iterator<Item = &'b Actor> + Clone,
) -> bool {
    let sides = clash.filter(armed);
    let is_side = |actor: &Actor| sides.clone().any(|side| may_be_same(actor, side));
    let mut targets = strike
        .clone()
        .filter(armed)
        .filter(|a| a.role == ActorRole::Target)
        .peekable();
    if targets.peek().is_some() {
        return targets.any(is_side);
    }
    !toll
        && strike
            .filter(armed)
            .filter(|a| a.role == ActorRole::Initiator)
            .any(is_side)
}

/// Why two types can describe one battle when a party is named alike on both sides
/// ([`CONFUSABLE_WITH_PARTY`]), or None.
pub fn type_agreement_with_party(a: EventType, b: EventType) -> Option<&'static str> {
    CONFUSABLE_WITH_PARTY
        .iter()
        .find(|&&(x, y, _)| (x == a && y == b) || (x == b && y == a))
        .map(|&(_, _, reason)| reason)
}

/// Why two types can describe one happening, or None when they cannot.
pub fn type_agreement(a: EventType, b: EventType) -> Option<&'static str> {
    if a == b {
        return Some("the same type");
    }
    CONFUSABLE
        .iter()
        .find(|&&(x, y, _)| (x == a && y == b) || (x == b && y == a))
        .map(|&(_, _, reason)| reason)
}

/// Why an attack on civilians told without its weapon ("two dead after a Russian attack
/// on an apartment block") may be a strike or a bombing another outlet names: the
/// classifier reads a weaponless "attack" on civilians as an attack on civilians. It
/// holds only when the attacker is named alike on both sides, or both state the same
/// death toll, so armed men killing villagers stay apart from an army's air strike in
/// the same town.
pub const WEAPON_UNNAMED: &str =
    "an attack on civilians told without its weapon may be this strike or bombing: the attacker is named alike, or the toll is the same";

/// Why a report may join an incident of another type when one of its reports gives the
/// report's type (an incident's type is the one most of its reports give).
pub const TOLD_BY_A_REPORT: &str =
    "another report of the incident tells it as this type: the record's type is only the majority's";

/// Why a report may join an incident of a type it is not confusable with when one of
/// the incident's reports gives a type it is confusable with, and a party is named alike.
pub const CONFUSED_WITH_A_REPORT: &str =
    "another report of the incident tells it as a type outlets confuse with this one, and a party is named alike";

/// Acts done from afar or with a device: what a weaponless "attack" may have been.
fn remote(event_type: EventType) -> bool {
    use EventType::*;
    matches!(
        event_type,
        AirDroneStrike
            | ShellingArtilleryMissileAttack
            | RemoteExplosiveIed
            | SuicideBomb
            | Grenade
    )
}

/// Whether one side is an attack on civilians that names no weapon (`weaponless`) and
/// the other a strike or a bombing: compatible when the attacker is shared
/// ([`WEAPON_UNNAMED`]), or the same death toll is.
pub fn weapon_unnamed(a: EventType, a_weaponless: bool, b: EventType, b_weaponless: bool) -> bool {
    (a == EventType::AttackOnCivilians && a_weaponless && remote(b))
        || (b == EventType::AttackOnCivilians && b_weaponless && remote(a))
}

pub fn types_compatible(a: EventType, b: EventType) -> bool {
    type_agreement(a, b).is_some()
}

/// The generic names of the classifier's lexicon (`actors.toml`, `generic`): an
/// unnamed armed party, compatible with any non-state group.
pub const GENERIC_GROUPS: [&str; 9] = [
    "Militants",
    "Insurgents",
    "Unidentified gunmen",
    "Gunmen",
    "Rebels",
    "Fighters",
    "Militia",
    "Bandits",
    "Gangs",
];

/// The lexicon's generic name of a state's forces that no country word names
/// ("troops", "soldiers", "the army"): any state's forces of a compatible country.
pub const GENERIC_STATE_FORCES: &str = "Security forces";

/// A name without surrounding space and a leading "the".
fn bare_name(name: &str) -> &str {
    let name = name.trim();
    match name.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => name[4..].trim_start(),
        _ => name,
    }
}

/// Whether `needle` occurs in `haystack`, ignoring ASCII case.
fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    !needle.is_empty()
        && haystack
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The backer of a party the classifier names after it ("Islamic State-backed
/// militants" for "Islamic State-linked militants", "Iran-backed militia"): Some("Islamic
/// State"). Such a party is unnamed: the group itself, one of its affiliates, or a
/// militia it arms.
pub fn backer(name: &str) -> Option<&str> {
    let (backer, noun) = name.trim().split_once("-backed ")?;
    (!backer.is_empty() && !noun.is_empty()).then_some(backer)
}

/// An armed party without a name: generic, of unknown kind, or named only by its backer.
pub fn is_generic(actor: &Actor) -> bool {
    actor.kind == ActorKind::Unknown
        || backer(&actor.name).is_some()
        // The classifier names an unnamed armed party in lowercase, as the text
        // calls it ("armed men", "insurgents").
        || actor.name.trim().starts_with(char::is_lowercase)
        || GENERIC_GROUPS
            .iter()
            .any(|generic| generic.eq_ignore_ascii_case(actor.name.trim()))
}

/// One name the other, or one holding the other ("Islamic State", "Islamic State
/// Khorasan").
fn names_alike(a: &str, b: &str) -> bool {
    let (x, y) = (bare_name(a), bare_name(b));
    x.eq_ignore_ascii_case(y)
        || (x.len() >= 4 && contains_ignoring_case(y, x))
        || (y.len() >= 4 && contains_ignoring_case(x, y))
        || parties::acronym_of(x, y)
        || parties::acronym_of(y, x)
}

/// Two names of one party: named alike, or a group and the movement it is part of
/// ("Ahlu Sunnah wal Jama'a" and "Islamic State", [`parties`]).
fn one_name(a: &str, b: &str) -> bool {
    names_alike(a, b) || parties::relation(a, b) == Some(parties::Relation::PartOf)
}

/// Whether two named actors can be the same party by name ("Russia", "Russian
/// forces"; "Islamic State", "Islamic State Khorasan") or as one state's forces.
pub fn same_party(a: &Actor, b: &Actor) -> bool {
    // A party named by its backer is never the backer's state ("Iran-backed militia" and
    // "Iran"); it may be the backer's group ("Islamic State-backed militants" and
    // "Islamic State"), which `may_be_same` allows as for any generic name.
    match (backer(&a.name), backer(&b.name)) {
        (Some(_), Some(_)) => return a.name.trim().eq_ignore_ascii_case(b.name.trim()),
        (Some(group), None) => return b.kind != ActorKind::StateForce && one_name(group, &b.name),
        (None, Some(group)) => return a.kind != ActorKind::StateForce && one_name(&a.name, group),
        (None, None) => {}
    }
    if one_name(&a.name, &b.name) {
        return true;
    }
    // The same state's forces under two names ("Israel", "the IDF").
    a.kind == b.kind
        && a.kind == ActorKind::StateForce
        && a.country_code.is_some()
        && a.country_code == b.country_code
}

/// Whether two actors can be one party: the same party, or a generic name against a
/// non-state group (or anyone, for an actor of unknown kind).
pub fn may_be_same(a: &Actor, b: &Actor) -> bool {
    if same_party(a, b) || a.kind == ActorKind::Unknown || b.kind == ActorKind::Unknown {
        return true;
    }
    // Parties outlets attribute one act to ("Boko Haram" and "ISWAP").
    if parties::relation(&a.name, &b.name).is_some() {
        return true;
    }
    let non_state = |actor: &Actor| actor.kind == ActorKind::NonStateArmedGroup;
    // "Troops" without a country word and a named state's forces: one state's forces
    // unless their countries differ.
    let unnamed_force = |x: &Actor, y: &Actor| {
        x.kind == ActorKind::StateForce
            && y.kind == ActorKind::StateForce
            && x.name.trim().eq_ignore_ascii_case(GENERIC_STATE_FORCES)
            && (x.country_code.is_none()
                || y.country_code.is_none()
                || x.country_code == y.country_code)
    };
    // "Troops" and an international force: peacekeepers and African Union soldiers are
    // troops to another outlet.
    let troops_of_a_mission = |x: &Actor, y: &Actor| {
        x.kind == ActorKind::StateForce
            && x.name.trim().eq_ignore_ascii_case(GENERIC_STATE_FORCES)
            && y.kind == ActorKind::InternationalForce
    };
    (is_generic(a) && non_state(b))
        || (is_generic(b) && non_state(a))
        || unnamed_force(a, b)
        || unnamed_force(b, a)
        || troops_of_a_mission(a, b)
        || troops_of_a_mission(b, a)
}

fn armed(actor: &&Actor) -> bool {
    actor.kind != ActorKind::Civilians && actor.role != ActorRole::Victim
}

/// How two reports' actors agree, or None when they contradict: the number of named
/// parties they share and, when `explain`, one sentence saying so. The parties
/// compared are the initiators of a one-sided act, both sides of a clash.
pub fn actor_agreement<'a, 'b>(
    two_sided: bool,
    a: impl Iterator<Item = &'a Actor> + Clone,
    b: impl Iterator<Item = &'b Actor> + Clone,
    explain: bool,
) -> Option<(usize, String)> {
    let say = |text: &str| {
        if explain {
            text.to_owned()
        } else {
            String::new()
        }
    };
    let party =
        move |actor: &&Actor| armed(actor) && (two_sided || actor.role == ActorRole::Initiator);
    let (x, y) = (a.filter(party), b.filter(party));
    if x.clone().next().is_none() || y.clone().next().is_none() {
        return Some((0, say("one side names no party")));
    }
    // Distinct named parties of the one that the other names too.
    let mut num_shared = 0;
    let mut names = String::new();
    for (n, p) in x.clone().enumerate() {
        // A party named by its backer counts as named ("Islamic State-linked
        // militants" is Islamic State's to an outlet).
        let named = !is_generic(p) || backer(&p.name).is_some();
        let shared = named && y.clone().any(|q| same_party(p, q));
        let repeated = x
            .clone()
            .take(n)
            .any(|earlier| earlier.name.eq_ignore_ascii_case(&p.name));
        if shared && !repeated {
            num_shared += 1;
            if explain {
                if !names.is_empty() {
                    names.push_str(", ");
                }
                names.push_str(&p.name);
            }
        }
    }
    if num_shared > 0 {
        let sides = if two_sided {
            "a party"
        } else {
            "the initiator"
        };
        let text = if explain {
            format!("{sides} named alike: {names}")
        } else {
            String::new()
        };
        return Some((num_shared, text));
    }
    if x.clone().any(|p| y.clone().any(|q| may_be_same(p, q))) {
        return Some((0, say("a generic name may be the named party")));
    }
    if !x.clone().any(|actor| !is_generic(actor)) || !y.clone().any(|actor| !is_generic(actor)) {
        return Some((0, say("no named party on one side")));
    }
    // A clash's sides: a report that names one side tells half of the pair, and the
    // other report may name the other half ("M23 fighters attacked" and "the army fought
    // near Sake"). Two reports that each name two sides, none alike, are two clashes.
    if two_sided && (num_parties(x.clone()) < 2 || num_parties(y) < 2) {
        return Some((0, say("each may name another side of the clash")));
    }
    None
}

/// How many distinct named parties: names of one party count once.
fn num_parties<'a>(actors: impl Iterator<Item = &'a Actor> + Clone) -> usize {
    let named = actors.filter(|a| !is_generic(a));
    named
        .clone()
        .enumerate()
        .filter(|(n, p)| !named.clone().take(*n).any(|q| same_party(p, q)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(name: &str, role: ActorRole, kind: ActorKind, cc: Option<&str>) -> Actor {
        Actor {
            name: name.into(),
            role,
            kind,
            country_code: cc.map(str::to_owned),
        }
    }

    #[test]
    fn confusable_types_match_either_way_and_each_pair_has_a_reason() {
        use EventType::*;
        assert!(types_compatible(
            AirDroneStrike,
            ShellingArtilleryMissileAttack
        ));
        assert!(types_compatible(
            ShellingArtilleryMissileAttack,
            AirDroneStrike
        ));
        assert!(types_compatible(SuicideBomb, RemoteExplosiveIed));
        assert!(types_compatible(DisruptedWeaponsUse, RemoteExplosiveIed));
        assert!(types_compatible(Abduction, ArmedClash));
        assert!(!types_compatible(AirDroneStrike, Abduction));
        assert!(!types_compatible(ArmedClash, AirDroneStrike));
        assert!(!types_compatible(AttackOnCivilians, AirDroneStrike));
        // Only an attack on civilians that names no weapon may be a strike.
        assert!(weapon_unnamed(
            AttackOnCivilians,
            true,
            AirDroneStrike,
            false
        ));
        assert!(weapon_unnamed(
            RemoteExplosiveIed,
            false,
            AttackOnCivilians,
            true
        ));
        assert!(!weapon_unnamed(
            AttackOnCivilians,
            false,
            AirDroneStrike,
            false
        ));
        assert!(!weapon_unnamed(AttackOnCivilians, true, Abduction, true));
        for (a, b, reason) in CONFUSABLE {
            assert_ne!(a, b);
            assert!(reason.len() > 20, "{a:?}/{b:?}");
        }
    }

    #[test]
    fn initiators_contradict_only_when_both_are_named_and_differ() {
        use ActorKind::*;
        use ActorRole::*;
        let russia = actor("Russia", Initiator, StateForce, Some("RU"));
        let russian_forces = actor("Russian forces", Initiator, StateForce, Some("RU"));
        let ukraine = actor("Ukraine", Initiator, StateForce, Some("UA"));
        let gunmen = actor("gunmen", Initiator, Unknown, None);
        let civilians = actor("civilians", Victim, Civilians, None);
        let check = |a: &[&Actor], b: &[&Actor]| {
            actor_agreement(false, a.iter().copied(), b.iter().copied(), false).map(|(n, _)| n)
        };
        assert_eq!(check(&[&russia], &[&russian_forces]), Some(1));
        assert_eq!(check(&[&russia], &[&ukraine]), None);
        assert_eq!(check(&[&russia], &[&gunmen]), Some(0));
        assert_eq!(check(&[&russia], &[&civilians]), Some(0));
        assert_eq!(check(&[], &[&ukraine]), Some(0));
        assert_eq!(check(&[&ukraine, &russia], &[&russian_forces]), Some(1));
    }

    #[test]
    fn generic_names_meet_named_groups_and_clash_sides_are_unordered() {
        use ActorKind::*;
        use ActorRole::*;
        let m23 = actor("M23", Initiator, NonStateArmedGroup, Some("CD"));
        let rebels = actor("Rebels", Initiator, NonStateArmedGroup, None);
        let army = actor("Congo", Initiator, StateForce, Some("CD"));
        let army_target = actor("Congo", Target, StateForce, Some("CD"));
        let m23_target = actor("M23", Target, NonStateArmedGroup, Some("CD"));
        let rsf = actor(
            "Rapid Support Forces",
            Initiator,
            NonStateArmedGroup,
            Some("SD"),
        );
        let sudan = actor("Sudan", Initiator, StateForce, Some("SD"));
        // "Rebels" and "M23"; a generic name never meets a state force.
        assert_eq!(
            actor_agreement(false, [&rebels].into_iter(), [&m23].into_iter(), false).map(|a| a.0),
            Some(0)
        );
        assert!(!may_be_same(&rebels, &army));
        // "Troops" without a country word: any state's forces but another country's.
        let troops = actor("Security forces", Initiator, StateForce, None);
        assert!(may_be_same(&troops, &army) && may_be_same(&army, &troops));
        let rwandan_troops = actor("Security forces", Initiator, StateForce, Some("RW"));
        assert!(!may_be_same(&rwandan_troops, &army));
        assert!(!may_be_same(&troops, &m23));
        // "M23 clashed with the army" and "the army fought M23".
        assert_eq!(
            actor_agreement(
                true,
                [&m23, &army_target].into_iter(),
                [&army, &m23_target].into_iter(),
                false
            )
            .map(|a| a.0),
            Some(2)
        );
        assert_eq!(
            actor_agreement(
                false,
                [&m23, &army_target].into_iter(),
                [&army, &m23_target].into_iter(),
                false
            ),
            None
        );
        // "Islamic State-linked militants" (named by the classifier after the backer) is
        // the group or an affiliate, never the backer's state.
        let is_linked = actor(
            "Islamic State-backed militants",
            Initiator,
            NonStateArmedGroup,
            None,
        );
        let islamic_state = actor("Islamic State", Initiator, NonStateArmedGroup, None);
        let aswj = actor(
            "Ahlu Sunnah wal Jama'a",
            Initiator,
            NonStateArmedGroup,
            Some("MZ"),
        );
        let iran_backed = actor("Iran-backed militia", Initiator, NonStateArmedGroup, None);
        let iran = actor("Iran", Initiator, StateForce, Some("IR"));
        let agree = |a: &Actor, b: &Actor| {
            actor_agreement(false, [a].into_iter(), [b].into_iter(), false).map(|x| x.0)
        };
        assert_eq!(agree(&is_linked, &islamic_state), Some(1));
        assert_eq!(agree(&islamic_state, &is_linked), Some(1));
        // Mozambique's insurgents are Islamic State's province there (`parties`).
        assert_eq!(agree(&is_linked, &aswj), Some(1));
        assert!(!same_party(&iran_backed, &iran));
        // A strike and the other side's retaliation.
        assert_eq!(
            actor_agreement(false, [&rsf].into_iter(), [&sudan].into_iter(), false),
            None
        );
    }

    #[test]
    fn a_group_its_movement_its_acronym_and_the_party_it_is_told_for_are_one() {
        use ActorKind::*;
        use ActorRole::*;
        let group = |name: &str| actor(name, Initiator, NonStateArmedGroup, None);
        let agree = |a: &Actor, b: &Actor| {
            actor_agreement(false, [a].into_iter(), [b].into_iter(), false).map(|x| x.0)
        };
        // Mozambique's insurgents by their local name, by Islamic State's, and as
        // "Islamic State-linked militants": one party, named alike.
        let aswj = group("Ahlu Sunnah wal Jama'a");
        assert_eq!(agree(&aswj, &group("Islamic State")), Some(1));
        assert_eq!(agree(&group("Islamic State Mozambique"), &aswj), Some(1));
        assert_eq!(
            agree(&group("Islamic State-backed militants"), &aswj),
            Some(1)
        );
        // A group the lexicon does not know, in full and by its letters.
        let fdlr = group("FDLR");
        let in_full = group("Democratic Forces for the Liberation of Rwanda");
        assert_eq!(agree(&fdlr, &in_full), Some(1));
        // Factions outlets attribute one attack to: no contradiction, no evidence.
        let boko_haram = group("Boko Haram");
        let iswap = group("Islamic State West Africa Province");
        assert_eq!(agree(&boko_haram, &iswap), Some(0));
        // Other named groups still contradict.
        assert_eq!(agree(&aswj, &group("Al-Shabaab")), None);
        assert_eq!(agree(&boko_haram, &group("Ansarul Islam")), None);
    }

    #[test]
    fn a_clash_told_by_one_side_each_is_one_and_troops_may_be_a_missions() {
        use ActorKind::*;
        use ActorRole::*;
        let m23 = actor("M23", Initiator, NonStateArmedGroup, Some("CD"));
        let army = actor("Congo", Initiator, StateForce, Some("CD"));
        let adf = actor("Allied Democratic Forces", Target, NonStateArmedGroup, None);
        let uganda = actor("Uganda", Initiator, StateForce, Some("UG"));
        let army_target = actor("Congo", Target, StateForce, Some("CD"));
        let sides = |a: &[&Actor], b: &[&Actor]| {
            actor_agreement(true, a.iter().copied(), b.iter().copied(), false).map(|x| x.0)
        };
        // "M23 fighters attacked" and "the army fought": one side each.
        assert_eq!(sides(&[&m23], &[&army]), Some(0));
        // Two sides each, none alike: two clashes.
        assert_eq!(sides(&[&m23, &army_target], &[&uganda, &adf]), None);
        // A one-sided act still needs its initiators to be one.
        assert_eq!(
            actor_agreement(false, [&m23].into_iter(), [&army].into_iter(), false),
            None
        );
        // Soldiers of a mission are troops to another outlet, never rebels.
        let troops = actor("Security forces", Initiator, StateForce, Some("SO"));
        let au = actor("African Union forces", Initiator, InternationalForce, None);
        assert!(may_be_same(&troops, &au) && may_be_same(&au, &troops));
        assert!(!may_be_same(&au, &m23));
    }

    #[test]
    fn a_strike_fits_a_clash_when_it_hit_a_side_or_names_no_dead() {
        use ActorKind::*;
        use ActorRole::*;
        let sudan = actor("Sudan", Initiator, StateForce, Some("SD"));
        let rsf_hit = actor(
            "Rapid Support Forces",
            Target,
            NonStateArmedGroup,
            Some("SD"),
        );
        let rsf = actor(
            "Rapid Support Forces",
            Initiator,
            NonStateArmedGroup,
            Some("SD"),
        );
        let civilians = actor("Civilians", Victim, Civilians, None);
        let russia = actor("Russia", Initiator, StateForce, Some("RU"));
        let ukraine = actor("Ukraine", Initiator, StateForce, Some("UA"));
        let houthis = actor("Houthis", Target, NonStateArmedGroup, Some("YE"));
        let houthis_firing = actor("Houthis", Initiator, NonStateArmedGroup, Some("YE"));
        // Army jets bombed the RSF; an outlet tells the battle naming the RSF only.
        assert!(strike_in_battle(
            [&sudan, &rsf_hit].into_iter(),
            true,
            [&rsf].into_iter()
        ));
        // A strike on another party than the clash's sides.
        assert!(!strike_in_battle(
            [&sudan, &houthis].into_iter(),
            false,
            [&rsf].into_iter()
        ));
        // Shelling by one side, no target named, no dead: the assault it backed.
        assert!(strike_in_battle(
            [&russia].into_iter(),
            false,
            [&russia, &ukraine].into_iter()
        ));
        // Shelling by one side on the city's homes, no dead told: the battle for it.
        assert!(strike_in_battle(
            [&rsf, &civilians].into_iter(),
            false,
            [&rsf, &sudan].into_iter()
        ));
        // Shelling by one side that killed people: its own incident.
        assert!(!strike_in_battle(
            [&rsf].into_iter(),
            true,
            [&rsf, &sudan].into_iter()
        ));
        assert!(!strike_in_battle(
            [&rsf, &civilians].into_iter(),
            true,
            [&rsf, &sudan].into_iter()
        ));
        // Shelling by a third party, no dead: no side of the clash fired it.
        assert!(!strike_in_battle(
            [&houthis_firing].into_iter(),
            false,
            [&rsf, &sudan].into_iter()
        ));
        // The pairs are compatible only through this test, never by type alone.
        assert!(!types_compatible(
            EventType::ArmedClash,
            EventType::AirDroneStrike
        ));
        assert!(
            type_agreement_with_party(EventType::AirDroneStrike, EventType::ArmedClash).is_some()
        );
    }
}
