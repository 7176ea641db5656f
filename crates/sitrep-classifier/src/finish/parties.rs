//! `actors`: the parties of an event with their roles. Each part's sentence gives
//! roles (`roles.rs`); the first role an actor gets wins. A named armed group that
//! acts outranks an unnamed one ("jihadist fighters ambushed ... ISWAP claimed the
//! ambush"). Unnamed attackers in a story that names one armed group, not as the side
//! hit, are that group; else a named group that claimed the attack anywhere in the
//! story is the initiator when the event's own sentences name none, else one the story
//! attributes the attack to ("police blamed the Extraditables"). Once the place is
//! known, an unnamed state force ("troops") takes the country of the place, and
//! civilians the country they were hit in. Once the type is known (`settle`), a clash
//! takes the two sides a note sets against each other ("SAF against RSF"), an
//! interception is the stopper's with the weapon's owner as its target, and an attack
//! a named group claimed is the group's rather than the home state's whose forces were
//! hit.

use chrono::NaiveDate;
use sitrep_contract::{Actor, ActorKind, ActorRole, EventType, Location};

use super::facts::PartFacts;
use crate::actors::ActorMention;
use crate::analysis::Analysed;
use crate::events::Part;
use crate::Classifier;

/// The parties the event's parts name, first role wins; a claimant as initiator
/// when no named one acts.
pub fn collect(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
) -> Vec<Actor> {
    let mut actors: Vec<Actor> = Vec::new();
    for (_, f) in facts {
        for roled in &f.actors {
            if actors.iter().any(|a| a.name == roled.actor.name) {
                continue;
            }
            actors.push(party(roled.actor, roled.role));
        }
    }

    // "Perpetrator: ADF; Victims: farmers", "Actor 1: Military Forces of Nigeria
    // (2023-); Actor 2: ISWAP": a record's labelled fields say in its own voice who
    // acted and who was hit.
    let own: Vec<usize> = facts.iter().map(|(p, _)| p.sentence).collect();
    let (by_label, on_label) = labelled_sides(analysed, &own);
    for (side, role) in [
        (on_label, ActorRole::Target),
        (by_label, ActorRole::Initiator),
    ] {
        let Some(side) = side else {
            continue;
        };
        actors.retain(|a| a.name != side.name);
        let role = if role == ActorRole::Target && side.kind == ActorKind::Civilians {
            ActorRole::Victim
        } else {
            role
        };
        actors.insert(0, party(side, role));
    }

    // "SAF against RSF": a database note names the two sides of the act in a
    // sentence of its own. Read when the event's sentences name no armed initiator.
    let armed_initiator = actors
        .iter()
        .any(|a| a.role == ActorRole::Initiator && a.kind != ActorKind::Civilians);
    if !armed_initiator {
        let own: Vec<usize> = facts.iter().map(|(p, _)| p.sentence).collect();
        if let Some((first, second)) = sides_against(analysed, &own) {
            actors.retain(|a| a.name != first.name && a.name != second.name);
            for (at, (side, role)) in [(first, ActorRole::Initiator), (second, ActorRole::Target)]
                .into_iter()
                .enumerate()
            {
                actors.insert(at, party(side, role));
            }
        }
    }

    // A named initiator comes before an unnamed one, which it names ("Jihadist
    // fighters ambushed a convoy ... ISWAP later claimed the ambush").
    let named_group_acts = actors.iter().any(|a| {
        a.role == ActorRole::Initiator
            && a.kind == ActorKind::NonStateArmedGroup
            && !generic(classifier, a)
    });
    if named_group_acts {
        actors.retain(|a| {
            !(a.role == ActorRole::Initiator
                && a.kind == ActorKind::NonStateArmedGroup
                && generic(classifier, a))
        });
    }

    // A named group that claimed the attack anywhere in the story is its initiator when
    // the event's own sentences name none ("Islamic State claimed responsibility"); else
    // one the story puts it down to ("the authorities attributed the attack to the FMLN").
    let named_initiator = actors.iter().any(|a| {
        a.role == ActorRole::Initiator
            && (a.kind != ActorKind::NonStateArmedGroup || !generic(classifier, a))
    });
    let unnamed_initiator = actors.iter().position(|a| {
        a.role == ActorRole::Initiator
            && a.kind == ActorKind::NonStateArmedGroup
            && generic(classifier, a)
    });
    if !named_initiator {
        // "Militants fired mortars ...; al-Shabaab often shells the compound": unnamed
        // attackers in a story that names one armed group, and not as the side hit, are
        // that group.
        let named = unnamed_initiator.and_then(|_| only_named_group(analysed));
        let hit = |name: &str| {
            actors
                .iter()
                .any(|a| a.name == name && a.role != ActorRole::Initiator)
        };
        if let (Some(at), Some(group)) = (unnamed_initiator, named.filter(|g| !hit(&g.name))) {
            actors[at] = party(group, ActorRole::Initiator);
        } else if let Some(group) = claimant(analysed).or_else(|| attributed(analysed)) {
            actors.retain(|a| a.name != group.name);
            actors.insert(0, party(group, ActorRole::Initiator));
        }
    }

    // "JNIM fighters storm army camp near Kayes" over a lead that names no attacker:
    // the subject of the headline did what the lead tells, unless the event's own
    // sentences have it as the side hit.
    let any_initiator = actors
        .iter()
        .any(|a| a.role == ActorRole::Initiator && a.kind != ActorKind::Civilians);
    let lead = analysed.iter().position(|s| !s.sentence.is_title);
    let told_in_lead = facts.iter().any(|(part, _)| Some(part.sentence) == lead);
    let subject = analysed
        .iter()
        .find(|s| s.sentence.is_title)
        .and_then(|title| crate::roles::headline_subject(&title.words, &title.actors));
    // Only a party the body does not name: a body that names it tells its part itself.
    let named_in_body = |name: &str| {
        analysed
            .iter()
            .filter(|s| !s.sentence.is_title)
            .any(|s| s.actors.iter().any(|a| a.name == name && !a.locator))
    };
    let subject = subject.filter(|s| !s.generic && !named_in_body(&s.name));
    if let Some(subject) = subject.filter(|_| !any_initiator && told_in_lead) {
        if !actors.iter().any(|a| a.name == subject.name) {
            actors.insert(0, party(subject, ActorRole::Initiator));
        }
    }
    actors
}

/// Fills what the place tells: an unnamed state force is the force of the country
/// the event happened in, and unnamed civilians are that country's. An actor named
/// twice keeps its first role.
pub fn complete(classifier: &Classifier, actors: &mut Vec<Actor>, location: &Location) {
    // "Russian jets and air forces": an unnamed force beside a state that acts in the
    // same role is that state's, never the country the event happened in.
    let named_states: Vec<(ActorRole, String)> = actors
        .iter()
        .filter(|a| a.kind == ActorKind::StateForce)
        .filter_map(|a| Some((a.role, a.country_code.clone()?)))
        .collect();
    actors.retain(|a| {
        let unnamed_force = a.kind == ActorKind::StateForce && a.country_code.is_none();
        !(unnamed_force && named_states.iter().any(|(role, _)| *role == a.role))
    });
    for actor in actors.iter_mut() {
        let unnamed_force = actor.kind == ActorKind::StateForce && actor.country_code.is_none();
        if unnamed_force {
            actor.country_code = location.country_code.clone();
            if let Some(country) = location
                .country_code
                .as_deref()
                .and_then(|c| classifier.gazetteer.country(c))
            {
                actor.name = country.name.clone();
            }
        }
        if actor.kind == ActorKind::Civilians && actor.country_code.is_none() {
            actor.country_code = location.country_code.clone();
        }
    }
    let mut seen = Vec::new();
    actors.retain(|a| {
        let key = (a.name.clone(), a.role);
        let keep = !seen.contains(&a.name);
        seen.push(key.0);
        keep
    });
}

/// What the event's type tells of its parties, once it is known. An interception or
/// a device defused (`disrupted_weapons_use`) is done by the side that stops the
/// weapon; the side whose weapon it was ("a Russian drone", "missiles launched by the
/// Houthis", a group that claimed the launch) is its target, and when the text names
/// no one who stopped it, the state over whose ground it was stopped did. For an
/// attack a named group claimed, the group is the initiator, not the state where it
/// happened whose forces were the side hit. A clash that names no initiator is the
/// side the losers fought "with". In a war between two states (`wars` in
/// data/actors.toml, from the day of the report), "the enemy" is the foe of the place's
/// state, and a strike from afar or a weapon stopped whose owner goes unnamed is the
/// foe's.
pub fn settle(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    actors: &mut Vec<Actor>,
    event_type: EventType,
    location: &Location,
    reported_on: NaiveDate,
) {
    let home = location.country_code.as_deref();
    let foe = home.and_then(|h| classifier.actors.foe_of(h, reported_on));
    name_the_enemy(classifier, actors, foe);
    // "Drones hit the port overnight": in a war, a strike from afar that the text puts
    // down to no one is the foe's, unless the foe is the side hit.
    let remote = matches!(
        event_type,
        EventType::AirDroneStrike | EventType::ShellingArtilleryMissileAttack
    );
    if remote && !actors.iter().any(|a| a.role == ActorRole::Initiator) {
        if let Some(country) = foe.and_then(|c| classifier.gazetteer.country(c)) {
            if !actors
                .iter()
                .any(|a| a.country_code.as_deref() == Some(&country.code))
            {
                actors.insert(0, state_party(country, ActorRole::Initiator));
            }
        }
    }
    // "SAF against RSF" beside a clash: the sides in the text's order.
    if event_type == EventType::ArmedClash {
        let own: Vec<usize> = facts.iter().map(|(p, _)| p.sentence).collect();
        if let Some((first, second)) = sides_against(analysed, &own) {
            let mut first = party(first, ActorRole::Initiator);
            let second = party(second, ActorRole::Target);
            // An unnamed state force is the state of the place ("Army against the NPA").
            if first.kind == ActorKind::StateForce && first.country_code.is_none() {
                if let Some(country) = home.and_then(|c| classifier.gazetteer.country(c)) {
                    first.name = country.name.clone();
                    first.country_code = Some(country.code.clone());
                }
            }
            actors.retain(|a| a.name != first.name && a.name != second.name);
            for actor in actors.iter_mut() {
                if actor.role == ActorRole::Initiator {
                    actor.role = ActorRole::Target;
                }
            }
            actors.insert(0, second);
            actors.insert(0, first);
            return;
        }
    }
    // "Five militants were killed in a gunfight with Indian security forces": a clash
    // that names no initiator is the side the losers fought with.
    if event_type == EventType::ArmedClash && !actors.iter().any(|a| a.role == ActorRole::Initiator)
    {
        let own: Vec<usize> = facts.iter().map(|(p, _)| p.sentence).collect();
        if let Some(side) = fought_with(analysed, &own) {
            // "clashed with army soldiers": an unnamed force is the state of the place,
            // as `complete` named it.
            let name = match (side.kind, side.country) {
                (ActorKind::StateForce, None) => home
                    .and_then(|c| classifier.gazetteer.country(c))
                    .map_or_else(|| side.name.to_string(), |c| c.name.clone()),
                _ => side.name.to_string(),
            };
            if let Some(at) = actors.iter().position(|a| a.name == name) {
                let mut actor = actors.remove(at);
                actor.role = ActorRole::Initiator;
                actors.insert(0, actor);
            }
        }
    }
    // "A joint operation was launched by the Indian Army ...; the terrorists opened
    // fire": the clash is the operation's, whoever fired first.
    if event_type == EventType::ArmedClash {
        // "the Army and J&K Police launched an operation": an unnamed force is the
        // state of the place.
        let own: Vec<usize> = facts.iter().map(|(p, _)| p.sentence).collect();
        let force = operation_by(analysed, &own).and_then(|force| match force.country {
            Some(code) => Some((force.name.to_string(), code.to_owned())),
            None => home
                .and_then(|c| classifier.gazetteer.country(c))
                .map(|c| (c.name.clone(), c.code.clone())),
        });
        if let Some((name, code)) = force {
            // A side of a clash, even where its losses make it the side hit.
            actors.retain(|a| a.name != name);
            for actor in actors.iter_mut() {
                if actor.role == ActorRole::Initiator {
                    actor.role = ActorRole::Target;
                }
            }
            actors.insert(
                0,
                Actor {
                    name,
                    role: ActorRole::Initiator,
                    kind: ActorKind::StateForce,
                    country_code: Some(code),
                },
            );
            return;
        }
    }
    if event_type == EventType::DisruptedWeaponsUse {
        let mut wielders: Vec<String> = facts
            .iter()
            .flat_map(|(_, f)| f.actors.iter())
            .filter(|r| r.wielder)
            .map(|r| r.actor.name.to_string())
            .collect();
        if let Some(group) = claimant(analysed) {
            wielders.push(group.name.to_string());
        }
        for actor in actors.iter_mut() {
            if wielders.contains(&actor.name) && actor.kind != ActorKind::Civilians {
                actor.role = ActorRole::Target;
            }
        }
        let mut stopper = actors.iter().any(|a| a.role == ActorRole::Initiator);
        // "Houthi fighters fired a missile at a Saudi air base ... its air defences shot
        // it down": the home state the weapon was aimed at, and no sender of it, stopped
        // it.
        if !stopper && !wielders.is_empty() {
            let aimed_at = actors.iter().position(|a| {
                a.role == ActorRole::Target
                    && a.kind == ActorKind::StateForce
                    && a.country_code.as_deref() == home
                    && !wielders.contains(&a.name)
            });
            if let Some(at) = aimed_at {
                let mut actor = actors.remove(at);
                actor.role = ActorRole::Initiator;
                actors.insert(0, actor);
                stopper = true;
            }
        }
        let foreign = actors.iter().all(|a| {
            a.role != ActorRole::Target
                || a.kind != ActorKind::StateForce
                || a.country_code.as_deref() != home
        });
        // Whoever stopped it unnamed ("all 14 drones were shot down over Kyiv"): the
        // state over whose ground it was stopped.
        if !stopper && foreign {
            if let Some(country) = home.and_then(|c| classifier.gazetteer.country(c)) {
                actors.insert(0, state_party(country, ActorRole::Initiator));
            }
        }
        // "Houthi forces launched a drone towards Taizz. The drone was shot down by
        // the air defences of the government forces": the sender the story names.
        let owner_named = actors
            .iter()
            .any(|a| a.role == ActorRole::Target && a.kind != ActorKind::Civilians);
        if !owner_named {
            let sender = analysed.iter().find_map(|s| {
                s.actors
                    .iter()
                    .find(|a| a.armed && !a.locator && crate::roles::sends_weapon(&s.words, a))
            });
            let sender = sender.map(|a| {
                let mut actor = party(a, ActorRole::Target);
                if actor.kind == ActorKind::StateForce && actor.country_code.is_none() {
                    if let Some(country) = home.and_then(|c| classifier.gazetteer.country(c)) {
                        actor.name = country.name.clone();
                        actor.country_code = Some(country.code.clone());
                    }
                }
                actor
            });
            if let Some(sender) = sender {
                let stopper = actors
                    .iter()
                    .any(|a| a.name == sender.name && a.role == ActorRole::Initiator);
                if !stopper {
                    actors.retain(|a| a.name != sender.name);
                    actors.push(sender);
                }
            }
        }
        // In a war, a weapon whose owner goes unnamed is the foe's.
        let owner_named = actors
            .iter()
            .any(|a| a.role == ActorRole::Target && a.kind != ActorKind::Civilians);
        if !owner_named {
            if let Some(country) = foe.and_then(|c| classifier.gazetteer.country(c)) {
                if !actors
                    .iter()
                    .any(|a| a.country_code.as_deref() == Some(&country.code))
                {
                    actors.push(state_party(country, ActorRole::Target));
                }
            }
        }
        return;
    }
    // A claimed attack: the claimant did it, and the home state's forces were hit.
    let claimable = matches!(
        event_type,
        EventType::ArmedClash
            | EventType::RemoteExplosiveIed
            | EventType::SuicideBomb
            | EventType::AttackOnCivilians
            | EventType::Grenade
            | EventType::Abduction
            | EventType::NonStateActorOvertakesTerritory
    );
    if !claimable {
        return;
    }
    let Some(group) = claimant(analysed) else {
        return;
    };
    let named_group_acts = actors.iter().any(|a| {
        a.role == ActorRole::Initiator
            && a.kind == ActorKind::NonStateArmedGroup
            && !generic(classifier, a)
    });
    let others_act = actors.iter().any(|a| {
        a.role == ActorRole::Initiator
            && a.kind != ActorKind::NonStateArmedGroup
            && !(a.kind == ActorKind::StateForce && a.country_code.as_deref() == home)
    });
    let hit = actors
        .iter()
        .any(|a| a.name == group.name && a.role != ActorRole::Initiator);
    if named_group_acts || others_act || hit {
        return;
    }
    actors.retain(|a| {
        !(a.role == ActorRole::Initiator && a.kind == ActorKind::NonStateArmedGroup)
            && a.name != group.name
    });
    for actor in actors.iter_mut() {
        if actor.role == ActorRole::Initiator {
            actor.role = ActorRole::Target;
        }
    }
    actors.insert(0, party(group, ActorRole::Initiator));
}

/// "The enemy" is the foe of the place's state when it is at war (`wars` in
/// data/actors.toml), else no one the text names.
fn name_the_enemy(classifier: &Classifier, actors: &mut Vec<Actor>, foe: Option<&str>) {
    let foe = foe.and_then(|c| classifier.gazetteer.country(c));
    for actor in actors.iter_mut() {
        if actor.kind == ActorKind::Unknown && actor.name == ENEMY {
            if let Some(country) = foe {
                *actor = state_party(country, actor.role);
            }
        }
    }
    actors.retain(|a| !(a.kind == ActorKind::Unknown && a.name == ENEMY));
    let mut seen: Vec<String> = Vec::new();
    actors.retain(|a| {
        let keep = !seen.contains(&a.name);
        seen.push(a.name.clone());
        keep
    });
}

/// The lexicon's name of the other side of a war (data/actors.toml).
const ENEMY: &str = "Enemy";

/// A state's forces, in `role`.
fn state_party(country: &crate::places::Country, role: ActorRole) -> Actor {
    Actor {
        name: country.name.clone(),
        role,
        kind: ActorKind::StateForce,
        country_code: Some(country.code.clone()),
    }
}

/// True for an actor the text does not name ("militants", "armed men"): one of the
/// unnamed actors of data/actors.toml, or a name made from the text ("Iran-backed
/// militia" is not; "militia" is).
fn generic(classifier: &Classifier, actor: &Actor) -> bool {
    actor.name.chars().next().is_some_and(char::is_lowercase)
        || classifier.actors.is_generic_name(&actor.name)
}

/// The party an actor mention names, in `role`.
fn party(mention: &ActorMention<'_>, role: ActorRole) -> Actor {
    Actor {
        name: mention.name.to_string(),
        role,
        kind: mention.kind,
        country_code: mention.country.map(str::to_owned),
    }
}

/// The one named non-state armed group the story names, as a party (not a backer,
/// a source or a place); a group named with its parent ("Islamic State" and
/// "Islamic State West Africa Province") counts once, by its fuller name.
fn only_named_group<'s>(analysed: &'s [Analysed<'_, '_>]) -> Option<&'s ActorMention<'s>> {
    let mut groups: Vec<&ActorMention<'_>> = Vec::new();
    for sentence in analysed {
        for actor in &sentence.actors {
            if actor.kind == ActorKind::NonStateArmedGroup
                && !actor.generic
                && !actor.locator
                && !groups.iter().any(|g| g.name == actor.name)
            {
                groups.push(actor);
            }
        }
    }
    let fullest: Vec<&ActorMention<'_>> = groups
        .iter()
        .copied()
        .filter(|g| {
            !groups
                .iter()
                .any(|other| other.name != g.name && other.name.contains(g.name.as_ref()))
        })
        .collect();
    match fullest.as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

/// Labels of a record's field that names the side that acted ("Perpetrator: ADF",
/// "Actor 1: ...", "Attackers: unidentified gunmen"); `Actors:` lists the side that
/// acted first, then the side hit.
const INITIATOR_LABELS: &[&str] = &[
    "perpetrator",
    "perpetrators",
    "perpetrated by",
    "actor 1",
    "actor1",
    "actor a",
    "side a",
    "attacker",
    "attackers",
    "assailant",
    "assailants",
    "initiator",
    "aggressor",
    "actor",
    "actors",
];
/// Labels of a record's field that names the side hit ("Victims: farmers", "Actor 2:
/// Civilians (Nigeria)", "Target: Police Forces of Kenya").
const TARGET_LABELS: &[&str] = &[
    "victim", "victims", "target", "targets", "actor 2", "actor2", "actor b", "side b",
];

/// The sides a database record names in labelled fields, in the event's own sentences
/// or in a sentence that tells of no other act: who acted ("Perpetrator: ADF", "Actor 1:
/// Military Forces of Nigeria (2023-)", the first of "Actors: Somali National Army;
/// al-Shabaab") and who was hit ("Victims: farmers", "Actor 2: ...", the second of
/// "Actors:"). A field runs from its label's colon to the next label.
fn labelled_sides<'s>(
    analysed: &'s [Analysed<'_, '_>],
    own: &[usize],
) -> (Option<&'s ActorMention<'s>>, Option<&'s ActorMention<'s>>) {
    let (mut by, mut on) = (None, None);
    for (index, sentence) in analysed.iter().enumerate() {
        let no_other_act = sentence
            .mentions
            .iter()
            .all(|m| m.framing == crate::mentions::Framing::Dropped);
        if !own.contains(&index) && !no_other_act {
            continue;
        }
        let words = &sentence.words;
        // A label: one or two words that start a field and end with a colon.
        let colon = |i: usize| {
            i + 1 < words.len()
                && words.gap(i, i + 1).trim_start().starts_with(':')
                && words.lower(i).chars().all(|c| c.is_alphanumeric())
        };
        let starts_field = |i: usize| {
            i == 0
                || words
                    .gap(i - 1, i)
                    .chars()
                    .any(|c| matches!(c, ';' | '|' | '.' | ',' | '\n'))
        };
        let label_at = |i: usize| -> Option<(usize, String)> {
            if !colon(i) {
                return None;
            }
            if i >= 1 && starts_field(i - 1) && !words.punctuation_between(i - 1, i) {
                let two = format!("{} {}", words.lower(i - 1), words.lower(i));
                if INITIATOR_LABELS.contains(&two.as_str()) || TARGET_LABELS.contains(&two.as_str())
                {
                    return Some((i - 1, two));
                }
            }
            starts_field(i).then(|| (i, words.lower(i).to_owned()))
        };
        let labels: Vec<(usize, usize, String)> = (0..words.len())
            .filter_map(|i| label_at(i).map(|(start, label)| (start, i, label)))
            .collect();
        for (at, (_, colon_at, label)) in labels.iter().enumerate() {
            let end = labels.get(at + 1).map_or(words.len(), |next| next.0);
            let value: Vec<&ActorMention<'_>> = sentence
                .actors
                .iter()
                .filter(|a| !a.locator && a.first_word > *colon_at && a.last_word < end)
                .collect();
            let Some(&first) = value.first() else {
                continue;
            };
            if label == "actors" || label == "actor" {
                if let Some(&second) = value.iter().find(|a| a.name != first.name) {
                    on = on.or(Some(second));
                }
                by = by.or(Some(first));
            } else if INITIATOR_LABELS.contains(&label.as_str()) {
                by = by.or(Some(first));
            } else if TARGET_LABELS.contains(&label.as_str()) {
                on = on.or(Some(first));
            }
        }
        if by.is_some() || on.is_some() {
            break;
        }
    }
    (by, on)
}

/// "SAF against RSF", "JNIM vs. Burkinabe army": two armed sides set against each other
/// in one of the event's sentences or in a sentence that tells of no other act.
fn sides_against<'s>(
    analysed: &'s [Analysed<'_, '_>],
    own: &[usize],
) -> Option<(&'s ActorMention<'s>, &'s ActorMention<'s>)> {
    analysed.iter().enumerate().find_map(|(index, sentence)| {
        let no_other_act = sentence
            .mentions
            .iter()
            .all(|m| m.framing == crate::mentions::Framing::Dropped);
        if !own.contains(&index) && !no_other_act {
            return None;
        }
        let words = &sentence.words;
        let armed = |a: &&ActorMention<'_>| a.armed && !a.locator;
        let sides: Vec<&ActorMention<'_>> = sentence.actors.iter().filter(armed).collect();
        sides.windows(2).find_map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let between: Vec<&str> = (a.last_word + 1..b.first_word)
                .map(|i| words.lower(i))
                .collect();
            let set_against = matches!(
                between.as_slice(),
                ["against"] | ["vs"] | ["versus"] | ["against", "the"] | ["vs", "the"]
            );
            (set_against && a.name != b.name).then_some((a, b))
        })
    })
}

/// The other side of a fight the event's sentences tell from the side that lost men
/// ("five militants were killed in a gunfight with Indian security forces").
fn fought_with<'s>(
    analysed: &'s [Analysed<'_, '_>],
    own: &[usize],
) -> Option<&'s ActorMention<'s>> {
    own.iter().find_map(|&index| {
        let sentence = analysed.get(index)?;
        let words = &sentence.words;
        // The side that lost men, named before: "militants were killed in".
        let lost = |before: usize| {
            sentence.actors.iter().any(|b| {
                b.armed
                    && b.last_word < before
                    && (b.last_word + 1..before).any(|k| {
                        matches!(
                            words.lower(k),
                            "killed"
                                | "dead"
                                | "die"
                                | "dies"
                                | "died"
                                | "wounded"
                                | "injured"
                                | "hurt"
                        )
                    })
            })
        };
        sentence.actors.iter().find(|a| {
            a.armed
                && !a.locator
                && (a.first_word.saturating_sub(3)..a.first_word).any(|i| {
                    words.lower(i) == "with"
                        && (i.saturating_sub(4)..i).any(|k| {
                            matches!(
                                words.lower(k),
                                "encounter"
                                    | "clashed"
                                    | "battled"
                                    | "skirmish"
                                    | "gunfight"
                                    | "firefight"
                                    | "clash"
                                    | "clashes"
                                    | "battle"
                                    | "exchange"
                                    | "fighting"
                                    | "shootout"
                            )
                        })
                        && lost(i)
                })
        })
    })
}

/// A state's forces that launched an operation: "an operation was launched by the
/// Indian Army", "the army launched a cordon and search operation", "troops launched a
/// search", "units of the ENDF carried out an operation against Fano", "troops of the
/// Indian Army and the Special Operations Group launched a search" (an unnamed force is
/// the state of the place, which `settle` fills in). Only an operation told before the
/// act or with it: one launched "later", after the act, answers it.
fn operation_by<'s>(
    analysed: &'s [Analysed<'_, '_>],
    own: &[usize],
) -> Option<&'s ActorMention<'s>> {
    const LAUNCH: &[&str] = &[
        "launched",
        "conducted",
        "mounted",
        "began",
        "started",
        "carried",
    ];
    const AFTER_THE_ACT: &[&str] = &["later", "subsequently", "afterwards", "afterward"];
    const ENGAGE: &[&str] = &["engaged", "encountered"];
    let last_own = own.iter().copied().max()?;
    analysed.iter().take(last_own + 1).find_map(|sentence| {
        let words = &sentence.words;
        if (0..words.len()).any(|i| AFTER_THE_ACT.contains(&words.lower(i))) {
            return None;
        }
        let operation = |range: std::ops::Range<usize>| {
            range.into_iter().any(|i| {
                matches!(
                    words.lower(i),
                    "operation" | "operations" | "search" | "cordon" | "sweep"
                )
            })
        };
        // "carried out", "launched": the verb of the operation, with "out" after "carried".
        let launch = |i: usize| {
            let word = words.lower(i);
            LAUNCH.contains(&word) && (word != "carried" || words.lower(i + 1) == "out")
        };
        let in_actor = |i: usize| {
            sentence
                .actors
                .iter()
                .any(|b| b.first_word <= i && i <= b.last_word)
        };
        // "launched an operation", or "engaged a group of terrorists", "encountered
        // about 15 members of the New People's Army": the forces met the armed group.
        let opens = |i: usize| {
            (launch(i) && operation(i + 1..i + 6))
                || (ENGAGE.contains(&words.lower(i))
                    && sentence.actors.iter().any(|b| {
                        b.kind == ActorKind::NonStateArmedGroup
                            && b.first_word > i
                            && b.first_word <= i + 7
                            && !words.punctuation_between(i, b.first_word)
                    }))
        };
        sentence.actors.iter().find(|a| {
            if a.kind != ActorKind::StateForce || a.locator {
                return false;
            }
            let by = a.first_word >= 2
                && (a.first_word.saturating_sub(3)..a.first_word).any(|i| {
                    words.lower(i) == "by"
                        && i >= 1
                        && launch(i - 1)
                        && operation(i.saturating_sub(6)..i)
                });
            // "the army launched", "troops also launched": the verb a word or two on.
            let next = (a.last_word + 1..a.last_word + 3).any(opens);
            // The verb after the force's unit or a partner joined by "and" ("troops of
            // the Indian Army and the Special Operations Group launched a search",
            // "troops of the 103rd Infantry Brigade launched").
            let joined = matches!(words.lower(a.last_word + 1), "and" | "of")
                && (a.last_word + 2..a.last_word + 14)
                    .take_while(|&i| !words.punctuation_between(i - 1, i))
                    .find(|&i| {
                        let original = words.original(i);
                        let name = original.starts_with(char::is_uppercase)
                            && original.chars().any(char::is_lowercase);
                        let ordinal = original.starts_with(|c: char| c.is_ascii_digit());
                        !(matches!(words.lower(i), "the" | "of" | "and")
                            || name
                            || ordinal
                            || in_actor(i))
                    })
                    .is_some_and(opens);
            // "Units of the Armed Defence Forces of Mozambique, supported by the Local
            // Force, carried out an operation": the verb after a phrase set off by commas.
            let aside = words.punctuation_between(a.last_word, a.last_word + 1)
                && (a.last_word + 2..a.last_word + 12)
                    .find(|&i| words.punctuation_between(i - 1, i))
                    .is_some_and(opens);
            by || next || joined || aside
        })
    })
}

/// The first named armed group the story says claimed an attack: "ISWAP later
/// claimed the ambush", "Islamic State claimed responsibility", "an attack claimed
/// by the Pakistani Taliban", "a caller for the MRTA said his organization was
/// responsible for the explosion".
fn claimant<'s>(analysed: &'s [Analysed<'_, '_>]) -> Option<&'s ActorMention<'s>> {
    const CLAIM: &[&str] = &["claimed", "claims", "claiming"];
    analysed.iter().find_map(|sentence| {
        let words = &sentence.words;
        let named = |a: &&ActorMention<'_>| a.kind == ActorKind::NonStateArmedGroup && !a.generic;
        sentence.actors.iter().filter(named).find(|a| {
            // "ISWAP claimed", "the Islamic State's Sinai branch claimed".
            let after = (a.last_word + 1..a.last_word + 5).any(|i| {
                CLAIM.contains(&words.lower(i))
                    && (i <= a.last_word + 2 || !words.punctuation_between(a.last_word, i))
            });
            let by = a.first_word >= 2
                && (a.first_word.saturating_sub(4)..a.first_word - 1)
                    .any(|i| CLAIM.contains(&words.lower(i)) && words.lower(i + 1) == "by");
            // "Al-Shabaab said ... its fighters had carried out the attack", "Hezbollah
            // says it fired at a military site", "the Houthis said in a statement they had
            // targeted the airport": a group that tells of its own act, not one it suffered
            // ("said its positions were struck").
            let said_own = matches!(words.lower(a.last_word + 1), "said" | "says" | "stated")
                && (a.last_word + 2..a.last_word + 12)
                    .any(|i| crate::roles::OWN_ACT.contains(&words.lower(i)))
                && (a.last_word + 2..a.last_word + 16).any(|i| {
                    let word = words.lower(i);
                    matches!(
                        word,
                        "carried" | "behind" | "responsible" | "conducted" | "staged"
                    ) || (OWN_ATTACKS.contains(&word)
                        && !matches!(
                            words.lower(i - 1),
                            "been" | "was" | "were" | "being" | "is" | "are"
                        ))
                });
            // "a man who said he spoke for the MRTA said his organization was
            // responsible for the explosion": a sentence that owns an act for a group,
            // undenied.
            let owned = (0..words.len()).any(|i| {
                matches!(words.lower(i), "responsible" | "responsibility")
                    && (i + 1 >= words.len() || words.lower(i + 1) == "for")
            }) && !(0..words.len()).any(|i| {
                matches!(
                    words.lower(i),
                    "denied" | "denies" | "deny" | "rejected" | "no" | "not" | "never"
                )
            });
            after || by || said_own || owned
        })
    })
}

/// Verbs of attack by which a group tells of its own act ("says it fired at").
const OWN_ATTACKS: &[&str] = &[
    "fired", "targeted", "attacked", "struck", "launched", "shelled", "bombed", "ambushed",
    "stormed", "hit", "killed",
];

/// The first named armed group the story puts an attack down to: "the ministry
/// attributed the massacre to the Liberation Tigers", "blaming Al-Shabaab militants",
/// "police said they suspected the Manuel Rodriguez Patriotic Front", "a bombing
/// blamed on the Extraditables"; not when the group answers with a denial or a
/// counter-accusation in the same sentence (one side's blame alone names nobody).
fn attributed<'s>(analysed: &'s [Analysed<'_, '_>]) -> Option<&'s ActorMention<'s>> {
    const ATTRIBUTE: &[&str] = &[
        "attributed",
        "attributing",
        "blamed",
        "blaming",
        "blames",
        "suspected",
        "suspect",
        "suspects",
    ];
    const CONTEST: &[&str] = &["accused", "accuses", "denied", "denies", "deny", "rejected"];
    analysed.iter().find_map(|sentence| {
        let words = &sentence.words;
        let named = |a: &&ActorMention<'_>| a.kind == ActorKind::NonStateArmedGroup && !a.generic;
        sentence.actors.iter().filter(named).find(|a| {
            let put_down = (a.first_word.saturating_sub(8)..a.first_word).any(|i| {
                ATTRIBUTE.contains(&words.lower(i)) && !words.punctuation_between(i, a.first_word)
            });
            // "Al Shabaab suspected.": a note's own word on who did it, in a clause of
            // its own.
            let noted = matches!(words.lower(a.last_word + 1), "suspected" | "blamed")
                && (a.last_word + 2 >= words.len()
                    || words.punctuation_between(a.last_word + 1, a.last_word + 2))
                && (a.first_word == 0 || words.punctuation_between(a.first_word - 1, a.first_word));
            // "The army blamed M23 rebels, who accused government troops": one side's
            // blame, contested, names nobody.
            let contested =
                (a.last_word + 1..words.len()).any(|i| CONTEST.contains(&words.lower(i)));
            (put_down || noted) && !contested
        })
    })
}

#[cfg(test)]
mod tests {
    use sitrep_contract::{ActorRole, Status};

    use crate::Classifier;

    fn classifier() -> &'static Classifier {
        static CLASSIFIER: std::sync::OnceLock<Classifier> = std::sync::OnceLock::new();
        CLASSIFIER.get_or_init(|| Classifier::load_default().expect("bundled data loads"))
    }

    /// The first event's first initiator and first target, for a story published on
    /// `published` (YYYY-MM-DD).
    fn check(body: &str, published: &str, expected: (Option<&str>, Option<&str>)) {
        let article = crate::tests::article(
            "https://example.org/parties",
            "",
            body,
            &format!("{published}T12:00:00Z"),
        );
        let events = classifier().classify(&article, article.published_at);
        let event = events
            .iter()
            .find(|e| e.status == Status::Occurred)
            .unwrap_or_else(|| panic!("an event in {body:?}"));
        let first = |role: ActorRole| {
            event
                .actors
                .iter()
                .find(|a| a.role == role)
                .map(|a| a.name.as_str())
        };
        assert_eq!(
            (first(ActorRole::Initiator), first(ActorRole::Target)),
            expected,
            "in {body:?}: {:?}",
            event.actors
        );
    }

    #[test]
    fn the_enemy_is_the_foe_of_the_place_at_war() {
        check(
            "A drone of the enemy dropped explosives on a house in Huliaipole on Tuesday, killing a woman.",
            "2024-03-06",
            (Some("Russia"), None),
        );
        check(
            "The occupiers struck Nikopol with heavy artillery on Saturday, killing a woman.",
            "2024-07-14",
            (Some("Russia"), None),
        );
        check(
            "A drone of the enemy attacked a car near Dubovoye in the Belgorod region on Tuesday, injuring the driver.",
            "2024-05-28",
            (Some("Ukraine"), None),
        );
        // Where no war is known, "the enemy" names no one.
        check(
            "The enemy shelled the outskirts of Gao in Mali on Tuesday, killing two people.",
            "2024-05-28",
            (None, None),
        );
    }

    #[test]
    fn an_unattributed_strike_in_a_war_is_the_foes() {
        check(
            "Drones hit port infrastructure in Odesa overnight, killing two workers, the governor said.",
            "2024-10-09",
            (Some("Russia"), None),
        );
        // Not before the war began.
        check(
            "Rockets hit the outskirts of Donetsk on Tuesday, killing two workers, the governor said.",
            "2015-10-09",
            (None, None),
        );
        // Other wars between states, for their days only.
        check(
            "Artillery shells landed on farmland in Kantharalak district of Sisaket province in Thailand on Thursday, killing a farmer.",
            "2025-07-25",
            (Some("Cambodia"), None),
        );
        check(
            "Artillery shells landed on farmland in Kantharalak district of Sisaket province in Thailand on Thursday, killing a farmer.",
            "2025-09-12",
            (None, None),
        );
        check(
            "An air strike hit a house in Khan Younis in the Gaza Strip on Tuesday, killing five people, medics said.",
            "2024-05-15",
            (Some("Israel"), None),
        );
    }

    #[test]
    fn an_interception_without_a_stopper_is_the_home_states() {
        check(
            "On the night of October 2, 32 attack drones of the Shahed type were shot down over the Kyiv region. There are no casualties.",
            "2024-10-02",
            (Some("Ukraine"), Some("Russia")),
        );
        check(
            "Three drones were shot down over Abha in Saudi Arabia on Sunday, state media said.",
            "2024-02-18",
            (Some("Saudi Arabia"), None),
        );
    }

    #[test]
    fn a_clash_the_losers_fought_with_someone_is_that_sides() {
        check(
            "Five militants were killed in a gunfight with Indian security forces in Kulgam district of Jammu and Kashmir on Friday, police said.",
            "2023-11-17",
            (Some("India"), Some("Militants")),
        );
    }

    #[test]
    fn a_claim_in_a_sentence_of_its_own_names_the_group() {
        check(
            "A DYNAMITE CHARGE DESTROYED THE FRONT OF A BANK IN HUANCAYO, PERU, TODAY, KILLING A WATCHMAN. A MAN WHO SAID HE SPOKE FOR THE TUPAC AMARU REVOLUTIONARY MOVEMENT TELEPHONED A RADIO STATION AND SAID HIS ORGANIZATION WAS RESPONSIBLE FOR THE EXPLOSION.",
            "1989-06-14",
            (Some("MRTA"), None),
        );
    }

    #[test]
    fn the_clash_of_an_operation_is_the_forces_that_launched_it() {
        check(
            "Troops and police launched a search in the Chatroo forests of Kishtwar in India on Friday. The terrorists fired on the search party and were engaged.",
            "2024-09-14",
            (Some("India"), Some("Militants")),
        );
    }

    #[test]
    fn the_place_of_the_act_is_no_initiator_by_default() {
        check(
            "Three civilians were killed in Kupiansk on Tuesday when Russian air forces carried out airstrikes on the town.",
            "2024-05-15",
            (Some("Russia"), None),
        );
        check(
            "A car bomb exploded outside a bank in Lima on Tuesday, injuring three guards. The police attributed the attack to the Shining Path.",
            "2024-05-15",
            (Some("Shining Path"), None),
        );
        check(
            "An American drone strike killed five al-Shabaab militants outside Jamaame in Somalia on Tuesday, the Somali information ministry said.",
            "2024-09-11",
            (Some("United States"), Some("Al-Shabaab")),
        );
    }
}
