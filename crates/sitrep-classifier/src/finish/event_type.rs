//! `event_type`: the act an event's cues describe (data/cues.toml), else the act its
//! weapons imply, its actors and its victims; then ACLED's boundary rules that need
//! the whole event (a partial interception is the strike; an abduction whose victim
//! is killed is an attack).

use sitrep_contract::{Actor, ActorKind, ActorRole, EventType};

use super::facts::PartFacts;
use super::Event;
use crate::analysis::Analysed;
use crate::cues::{CueType, Form, Strength};
use crate::events::{self, Part};

const IMPLIED_ORDER: [EventType; 6] = [
    EventType::SuicideBomb,
    EventType::ChemicalWeapon,
    EventType::RemoteExplosiveIed,
    EventType::Grenade,
    EventType::AirDroneStrike,
    EventType::ShellingArtilleryMissileAttack,
];

/// The noun families a generic event's words belong to.
#[derive(Debug, Clone, Copy)]
struct Heads {
    /// Led by "strike" ("the strike", "strikes").
    strike: bool,
    /// A blast, explosion or bomb.
    bombing: bool,
    /// The act's patient is unarmed people or their places ("attacked Ochekwu
    /// community", "opened fire on miners", "a raid on a village").
    civilian_patient: bool,
    /// Its only words of fighting are of an ambush (one-sided or not, by the victims).
    ambush_only: bool,
    /// Its only words of shelling are weak weapon nouns ("missiles", "rockets").
    weapon_noun_only: bool,
    /// The object of one of its words of attack is armed people or their posts.
    armed_patient: bool,
    /// Somebody was killed in it.
    deadly: bool,
    /// Its weapons name an aircraft or a drone and no gun on the ground (artillery,
    /// mortars, an RPG).
    air_platform_only: bool,
    /// Its takers are a foreign state's forces, with no force of the place's country
    /// beside them.
    foreign_takers: bool,
    /// A word of it tells a place taken back ("retook", "recaptured", "won back").
    taken_back: bool,
    /// Its dead are told as unarmed people and none as armed.
    civilian_dead: bool,
    /// Who took the place, as the sentence of a word of taking tells it.
    taker: Option<Taker>,
    /// The side it was taken from includes a state's forces.
    state_target: bool,
}

/// Who took a place, read from the sentence that tells the taking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Taker {
    /// The forces of the place's own state (or an international force beside them).
    Own,
    /// The forces of another state.
    Foreign,
    /// A non-state armed group.
    NonState,
}

/// Words that make the people after them a side's own ("our forces", "its troops"):
/// the side is the speaker, not whoever else the sentence names.
const POSSESSIVES: &[&str] = &["our", "its", "their"];

/// Verbs that make the actor before them the speaker of a report ("the Arakan Army
/// announces that", "Russia's defence ministry said").
const SPEAKING: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "reported",
    "reports",
    "stated",
    "states",
    "claimed",
    "claims",
    "declared",
    "declares",
    "confirmed",
    "confirms",
];

/// Words before an actor that make it the object of the clause, not its subject
/// ("drove the militants from", "fighting with the army").
const NOT_SUBJECT: &[&str] = &["from", "against", "with", "by", "to", "on"];

/// Auxiliaries that make a word of taking passive ("the town was captured by").
const PASSIVE: &[&str] = &["was", "were", "been", "is", "are", "be", "being"];

/// The speaker of a text or a sentence: an actor named right before a verb of
/// speaking in the sentence before word `before` ("the Arakan Army announces that"),
/// else the actor that opens the headline before a colon ("Russian Defence Ministry:
/// Novoselydivka liberated").
fn speaker<'s, 'c>(
    analysed: &'s [Analysed<'_, 'c>],
    a: &'s Analysed<'_, 'c>,
    before: usize,
) -> Option<&'s crate::actors::ActorMention<'c>> {
    let named = |m: &&crate::actors::ActorMention<'_>| !m.generic && !m.locator;
    let spoken = a.actors.iter().filter(named).find(|m| {
        m.last_word < before
            && (m.last_word + 1..(m.last_word + 5).min(before)).any(|i| {
                let w = a.words.lower(i);
                SPEAKING.contains(&w)
            })
    });
    spoken.or_else(|| {
        let title = analysed.first().filter(|t| t.sentence.is_title)?;
        title.actors.iter().filter(named).find(|m| {
            m.first_word <= 1 && title.words.gap(m.last_word, m.last_word + 1).contains(':')
        })
    })
}

/// The actor that took a place by the word of taking at words `first..=last`: the
/// armed side named as the verb's subject ("the M23 rebels took back", "armed
/// terrorist groups re-established their control"), or after "by" or "to" in the
/// passive ("the town fell to", "was captured by"); a side named as one's own ("our
/// forces", "its troops") or unnamed in a side's own report is the speaker's.
fn taker_actor<'s, 'c>(
    analysed: &'s [Analysed<'_, 'c>],
    a: &'s Analysed<'_, 'c>,
    first: usize,
    last: usize,
) -> Option<&'s crate::actors::ActorMention<'c>> {
    let words = &a.words;
    let party = |m: &&crate::actors::ActorMention<'_>| {
        !m.locator
            && matches!(
                m.kind,
                ActorKind::StateForce
                    | ActorKind::NonStateArmedGroup
                    | ActorKind::InternationalForce
            )
    };
    let passive = (first.saturating_sub(3)..first).any(|i| PASSIVE.contains(&words.lower(i)))
        || words.lower(first) == "fell";
    let found = if passive {
        a.actors.iter().filter(party).find(|m| {
            m.first_word > last
                && m.first_word - last <= 8
                && (last + 1..m.first_word).any(|i| matches!(words.lower(i), "by" | "to"))
        })
    } else {
        a.actors
            .iter()
            .filter(party)
            .filter(|m| m.last_word < first && first - m.last_word <= 12)
            .filter(|m| m.armed || !m.generic)
            .filter(|m| {
                let before = m.first_word.checked_sub(1).map(|i| words.lower(i));
                !before.is_some_and(|w| NOT_SUBJECT.contains(&w))
            })
            .max_by_key(|m| m.last_word)
    }?;
    let own_words = found
        .first_word
        .checked_sub(1)
        .is_some_and(|i| POSSESSIVES.contains(&words.lower(i)));
    if (found.generic && found.country.is_none()) || own_words {
        if let Some(speaker) = speaker(analysed, a, found.first_word) {
            return Some(speaker);
        }
        if own_words {
            return None;
        }
    }
    Some(found)
}

/// Who took the place of an event's words of taking: the first of its sentences (the
/// body before the headline) whose taker is known, as the place's state, another
/// state, or a non-state group.
fn taker(
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    place_country: Option<&str>,
) -> Option<Taker> {
    let mut parts: Vec<&Part> = facts.iter().map(|(p, _)| p).collect();
    parts.sort_by_key(|p| {
        (
            analysed
                .get(p.sentence)
                .is_some_and(|a| a.sentence.is_title),
            p.sentence,
        )
    });
    parts.into_iter().find_map(|p| {
        let a = analysed.get(p.sentence)?;
        let m = a.mentions.get(p.mention)?;
        m.cues
            .iter()
            .filter(|c| {
                matches!(
                    c.cue.cue_type,
                    CueType::Territory
                        | CueType::Specific(
                            EventType::GovernmentRegainsTerritory
                                | EventType::NonStateActorOvertakesTerritory
                        )
                )
            })
            .find_map(|c| {
                let actor = taker_actor(analysed, a, c.first_word, c.last_word)?;
                let kind = |m: &crate::actors::ActorMention<'_>| match m.kind {
                    ActorKind::NonStateArmedGroup => Some(Taker::NonState),
                    ActorKind::InternationalForce => Some(Taker::Own),
                    ActorKind::StateForce => match (m.country, place_country) {
                        (Some(of), Some(place)) if of != place => Some(Taker::Foreign),
                        (Some(_), _) => Some(Taker::Own),
                        (None, _) => None,
                    },
                    _ => None,
                };
                // Forces of the place's state among the takers ("the FAMa and Wagner
                // recaptured", "troops backed by a militia took") make it theirs.
                let joined = partners(a, actor);
                if joined.iter().any(|m| kind(m) == Some(Taker::Own)) {
                    return Some(Taker::Own);
                }
                kind(actor)
            })
    })
}

/// Words that join two sides into one subject ("the army and Wagner", "troops
/// supported by a militia").
const JOINING: &[&str] = &[
    "and",
    "supported",
    "backed",
    "assisted",
    "aided",
    "alongside",
];

/// The armed sides named with `actor` as one subject before it: each joined to the
/// next by "and", a comma, or "supported by" ("Military Forces of Mali (2021-) and
/// Wagner Group").
fn partners<'s, 'c>(
    a: &'s Analysed<'_, 'c>,
    actor: &'s crate::actors::ActorMention<'c>,
) -> Vec<&'s crate::actors::ActorMention<'c>> {
    let words = &a.words;
    let mut joined = Vec::new();
    let mut start = actor.first_word;
    loop {
        // The words between the side before and this one: only joining words,
        // articles and a closing bracket's dates ("(2021-)").
        let previous = a
            .actors
            .iter()
            .filter(|m| !m.locator && m.last_word < start)
            .find(|m| {
                let between: Vec<&str> = (m.last_word + 1..start).map(|i| words.lower(i)).collect();
                between.len() <= 4
                    && (between.iter().any(|w| JOINING.contains(w))
                        || words.gap(m.last_word, m.last_word + 1).contains(','))
                    && between.iter().all(|w| {
                        JOINING.contains(w)
                            || matches!(*w, "the" | "by" | "its" | "allied")
                            || w.chars().all(|c| c.is_ascii_digit() || c == '-')
                    })
                    && !joined
                        .iter()
                        .any(|j: &&crate::actors::ActorMention<'_>| std::ptr::eq(*j, *m))
            });
        match previous {
            Some(m) => {
                joined.push(m);
                start = m.first_word;
            }
            None => return joined,
        }
    }
}

/// Nouns of unarmed people and of the places where they gather: as the object of an
/// attack they make it one-sided violence against civilians (ACLED), whoever attacks.
const CIVILIAN_PATIENTS: &[&str] = &[
    "civilians",
    "civilian",
    "villagers",
    "villager",
    "residents",
    "resident",
    "community",
    "communities",
    "worshippers",
    "worshipers",
    "parishioners",
    "congregation",
    "churchgoers",
    "mourners",
    "pilgrims",
    "farmers",
    "farmer",
    "miners",
    "fishermen",
    "traders",
    "passengers",
    "travellers",
    "travelers",
    "commuters",
    "motorists",
    "pupils",
    "students",
    "schoolchildren",
    "children",
    "women",
    "families",
    "family",
    "displaced",
    "refugees",
    "idps",
    "patients",
    "guests",
    "wedding",
    "shoppers",
    "market",
    "marketplace",
    "village",
    "villages",
    "hamlet",
    "hamlets",
    "settlement",
    "settlements",
    "church",
    "mosque",
    "school",
    "hospital",
    "camp",
    "vigil",
    "funeral",
    "homes",
    "houses",
    "household",
    "households",
    "people",
    "herders",
    "herdsmen",
    "teachers",
    "journalists",
    "aid",
    "locals",
    "inhabitants",
    "natives",
    "peasants",
    "villagers'",
    "neighbourhood",
    "neighborhood",
    "congregants",
    "mourners'",
    "farmworkers",
    "labourers",
    "laborers",
    "workers",
    "bus",
    "minibus",
    "crowd",
    "crowds",
    "displacement",
    "idp",
    "occupants",
    "bar",
    "restaurant",
    "hotel",
    "shop",
    "shops",
    "farm",
    "farms",
    "fleeing",
    "unarmed",
    "festival",
    "concert",
    "informer",
    "informers",
    "inmates",
    "prisoners",
    "detainees",
];

/// Nouns of unarmed people (not of their places) that a toll may name.
const CIVILIAN_PERSONS: &[&str] = &[
    "civilians",
    "civilian",
    "villagers",
    "residents",
    "worshippers",
    "worshipers",
    "passengers",
    "farmers",
    "children",
    "women",
    "pupils",
    "students",
    "mourners",
    "pilgrims",
    "traders",
    "shoppers",
    "inhabitants",
    "peasants",
];

/// Unarmed people named after the armed ones they are tied to ("a police informer").
const TIED_PERSONS: &[&str] = &[
    "informer",
    "informers",
    "families",
    "family",
    "wives",
    "widows",
    "children",
];

/// Nouns of armed people and their posts: an attack on them is two-sided.
const ARMED_PATIENTS: &[&str] = &[
    "soldiers",
    "soldier",
    "troops",
    "army",
    "police",
    "policemen",
    "officers",
    "base",
    "bases",
    "checkpoint",
    "checkpoints",
    "patrol",
    "patrols",
    "convoy",
    "convoys",
    "position",
    "positions",
    "post",
    "posts",
    "barracks",
    "station",
    "outpost",
    "camp's",
    "militants",
    "fighters",
    "rebels",
    "insurgents",
    "militia",
    "militiamen",
    "guards",
    "vigilantes",
    "forces",
    "personnel",
    "gendarmes",
    "gendarmerie",
    "military",
    "volunteers",
    "vdp",
    "jihadists",
    "terrorists",
    "bandits",
    "gunmen",
];

/// Weapons (data/weapons.toml names) that fly: what they carry is dropped from the air.
const AIR_PLATFORMS: &[&str] = &["manned aircraft", "helicopter", "drone"];

/// Weapons (data/weapons.toml names) of a device set on the ground.
const GROUND_DEVICES: &[&str] = &["IED", "car bomb", "landmine", "suicide vest"];

/// Weapons (data/weapons.toml names) fired only from the ground.
const GROUND_GUNS: &[&str] = &["artillery", "mortars", "rocket-propelled grenade"];

/// True when a word of shelling tells only that things rained down, not from what
/// ("bombarded", "a bombardment", "rocketed"): aircraft bombard and rocket too.
fn names_no_gun(word: &str) -> bool {
    word.starts_with("bombard") || word == "rocketed"
}

/// True when an aircraft or a drone fired the munition of a shelling cue at words
/// `first..=last`: named as its subject just before it ("warplanes fired missiles",
/// "a drone fired two missiles") or as where it came from just after it ("missiles
/// fired from a drone", "a missile strike by a drone").
fn fired_from_air(a: &Analysed<'_, '_>, first: usize, last: usize) -> bool {
    a.weapons.iter().any(|w| {
        AIR_PLATFORMS.contains(&w.name)
            && ((w.last_word < first
                && first - w.last_word <= 3
                && !a.words.punctuation_between(w.last_word, first))
                || (w.first_word > last
                    && w.first_word - last <= 4
                    && !a.words.punctuation_between(last, w.first_word)
                    && (last + 1..w.first_word).any(|i| matches!(a.words.lower(i), "from" | "by"))))
    })
}

/// Verbs of letting a munition fall: from an aircraft or a drone, an air strike
/// whatever fell ("a drone dropped an explosive device on a car", "dropped grenades").
const DROPPING: &[&str] = &["dropped", "drops", "dropping", "drop"];

/// True when an event's sentence tells a munition dropped and its weapons name an
/// aircraft or a drone.
fn dropped_from_air(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    let air = facts
        .iter()
        .flat_map(|(_, f)| f.weapons.iter())
        .any(|w| AIR_PLATFORMS.contains(w));
    air && facts.iter().any(|(p, _)| {
        analysed
            .get(p.sentence)
            .is_some_and(|a| (0..a.words.len()).any(|i| DROPPING.contains(&a.words.lower(i))))
    })
}

/// True when an event's only words of a device are "bombing" and its weapons name an
/// aircraft or a drone and no device set on the ground ("a bombing by a drone on the
/// market", the French "bombardement"): the bombs fell from the air.
fn bombing_from_air(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    let weapons = || facts.iter().flat_map(|(_, f)| f.weapons.iter());
    let air = weapons().any(|w| AIR_PLATFORMS.contains(w));
    let ground = weapons().any(|w| GROUND_DEVICES.contains(w));
    let mut device_words = facts.iter().flat_map(|(p, _)| {
        let a = analysed.get(p.sentence);
        a.and_then(|a| a.mentions.get(p.mention))
            .into_iter()
            .flat_map(|m| m.cues.iter())
            .filter(|c| c.cue.cue_type == CueType::Specific(EventType::RemoteExplosiveIed))
            .filter_map(move |c| a.map(|a| a.words.lower(c.first_word)))
    });
    let mut any = false;
    let only_bombing = device_words.all(|w| {
        any = true;
        w == "bombing" || w == "bombings"
    });
    air && !ground && any && only_bombing
}

/// Words that end the object of a verb: a place or a time follows.
const OBJECT_ENDS: &[&str] = &[
    "in", "at", "near", "outside", "inside", "around", "from", "after", "during", "with", "and",
    "killing", "leaving", "while", "when", "who", "which", "before", "as", "by",
];

/// True when the object of a cue (the words after a verb, or after "on" following a
/// noun: "an attack on a village") names unarmed people before any armed ones.
fn civilian_object(words: &crate::text::Words<'_>, last_word: usize) -> bool {
    object_kind(words, last_word) == Some(true)
}

/// Whether the object of a cue names unarmed people (`Some(true)`), armed ones
/// (`Some(false)`), or neither (`None`).
fn object_kind(words: &crate::text::Words<'_>, last_word: usize) -> Option<bool> {
    let mut i = last_word + 1;
    if matches!(words.lower(i), "on" | "upon" | "against" | "at") {
        i += 1;
    }
    // "killed five at a wedding", "shot dead three in a mosque": a bare count is the
    // people the place they were at names.
    if i == last_word + 1
        && crate::analysis::is_count_word(words.lower(i))
        && matches!(words.lower(i + 1), "at" | "in" | "inside")
        && !words.punctuation_between(i, i + 1)
    {
        let place = (i + 2..(i + 5).min(words.len()))
            .take_while(|&j| !words.punctuation_between(i + 1, j))
            .map(|j| words.lower(j))
            .find(|w| CIVILIAN_PATIENTS.contains(w) || ARMED_PATIENTS.contains(w));
        if let Some(place) = place {
            return Some(CIVILIAN_PATIENTS.contains(&place));
        }
    }
    let end = (i + 6).min(words.len());
    while i < end {
        if i > last_word + 1 && words.punctuation_between(i - 1, i) {
            return None;
        }
        let word = words.lower(i);
        // People named by a place they go to ("concert-goers", "festival-goers"), and
        // unarmed people named by the armed ones they are tied to ("a police
        // informer", "soldiers' families"): the head noun decides.
        let qualifies_civilian =
            !words.punctuation_between(i, i + 1) && TIED_PERSONS.contains(&words.lower(i + 1));
        if ARMED_PATIENTS.contains(&word) && !qualifies_civilian {
            return Some(false);
        }
        if CIVILIAN_PATIENTS.contains(&word) || word.ends_with("-goers") || qualifies_civilian {
            return Some(true);
        }
        if OBJECT_ENDS.contains(&word) {
            return None;
        }
        i += 1;
    }
    None
}

/// The type of an event, and whether a cue named it (rather than weapons or parties).
pub fn decide(
    event: &Event<'_, '_, '_>,
    facts: &[(Part, PartFacts<'_>)],
    actors: &[Actor],
    // The country of the event's place, when known.
    place_country: Option<&str>,
    // The event's toll (a note's closing count included) names deaths.
    deadly: bool,
) -> (EventType, bool) {
    let analysed = event.analysed;
    let cue_type = events::draft_type(event.draft, event.views);
    let mut implied: Vec<EventType> = facts
        .iter()
        .flat_map(|(_, f)| f.implied.iter().copied())
        .collect();
    // Explosives carried by an aircraft or a drone ("a drone loaded with explosives",
    // "planes and helicopters bombed") were dropped or flown in: an air/drone strike
    // (ACLED codes every air-to-ground attack so), unless a device set on the ground
    // (an IED, a car bomb, a mine) is named too.
    let weapon_names = || facts.iter().flat_map(|(_, f)| f.weapons.iter().copied());
    let air_platform = weapon_names().any(|w| AIR_PLATFORMS.contains(&w));
    let ground_device = weapon_names().any(|w| GROUND_DEVICES.contains(&w));
    if air_platform && !ground_device {
        implied.retain(|t| *t != EventType::RemoteExplosiveIed);
    }
    let head_is = |head: &str| {
        facts.iter().any(|(p, _)| {
            analysed
                .get(p.sentence)
                .and_then(|a| a.mentions.get(p.mention))
                .is_some_and(|m| m.cues.iter().any(|c| c.cue.head == head))
        })
    };
    // Any word of the act a strike ("26 were killed by Indian strikes overnight"):
    // the strike tells how they were killed.
    let strike_head = head_is("strike");
    let civilian_patient = facts.iter().any(|(p, _)| {
        analysed.get(p.sentence).is_some_and(|a| {
            a.mentions.get(p.mention).is_some_and(|m| {
                m.cues.iter().any(|c| {
                    matches!(
                        c.cue.cue_type,
                        CueType::Generic | CueType::Specific(EventType::ArmedClash)
                    ) && c.cue.head != "bombing"
                        && c.cue.head != "strike"
                        && civilian_object(&a.words, c.last_word)
                })
            })
        })
    });
    let clash_words: Vec<&str> = facts
        .iter()
        .filter_map(|(p, _)| {
            let a = analysed.get(p.sentence)?;
            Some((a, a.mentions.get(p.mention)?))
        })
        .flat_map(|(a, m)| {
            m.cues
                .iter()
                .filter(|c| c.cue.cue_type == CueType::Specific(EventType::ArmedClash))
                .map(|c| a.words.lower(c.first_word))
        })
        .collect();
    let ambush_only =
        !clash_words.is_empty() && clash_words.iter().all(|w| w.starts_with("ambush"));
    let weapon_noun_only = facts
        .iter()
        .filter_map(|(p, _)| {
            let a = analysed.get(p.sentence)?;
            Some((a, a.mentions.get(p.mention)?))
        })
        .flat_map(|(a, m)| m.cues.iter().map(move |c| (a, c)))
        .filter(|(_, c)| {
            c.cue.cue_type == CueType::Specific(EventType::ShellingArtilleryMissileAttack)
        })
        .all(|(a, c)| {
            (c.cue.strength == Strength::Weak && c.cue.form == Form::Noun)
                || names_no_gun(a.words.lower(c.first_word))
                || fired_from_air(a, c.first_word, c.last_word)
        });
    let weapons = || facts.iter().flat_map(|(_, f)| f.weapons.iter().copied());
    // The body names an aircraft or a drone (a headline can join two acts: "Missiles
    // hit Kharkiv as drones strike Odesa").
    let in_body = |p: &Part| event.views.get(p.sentence).is_some_and(|v| !v.is_title);
    let body_told = facts.iter().any(|(p, _)| in_body(p));
    let air_platform_only = facts
        .iter()
        .any(|(p, f)| (in_body(p) || !body_told) && f.implied.contains(&EventType::AirDroneStrike))
        && !weapons().any(|w| GROUND_GUNS.contains(&w));
    let armed_patient = facts.iter().any(|(p, _)| {
        analysed.get(p.sentence).is_some_and(|a| {
            a.mentions.get(p.mention).is_some_and(|m| {
                m.cues
                    .iter()
                    .any(|c| object_kind(&a.words, c.last_word) == Some(false))
            })
        })
    });
    let deadly = deadly || facts.iter().any(|(_, f)| f.killed.is_some_and(|n| n > 0));
    // The dead are told as unarmed people and none as armed ("three peaceful residents
    // perished"): the victims of a one-sided act.
    let dead_nouns = |armed: bool| {
        facts.iter().any(|(p, _)| {
            analysed.get(p.sentence).is_some_and(|a| {
                a.casualties
                    .iter()
                    .filter(|c| c.harm == crate::casualties::Harm::Killed)
                    .any(|c| {
                        (c.first_word..=c.last_word).any(|i| {
                            let w = a.words.lower(i);
                            if armed {
                                ARMED_PATIENTS.contains(&w)
                            } else {
                                CIVILIAN_PERSONS.contains(&w)
                            }
                        })
                    })
            })
        })
    };
    let civilian_dead = dead_nouns(false) && !dead_nouns(true);
    // Fire returned, told in an event's sentence or the one after it ("the terrorists
    // opened fire. Our troops retaliated"), makes the act two-sided.
    let armed_patient = armed_patient || fire_returned(analysed, facts);
    // Who took a place decides the kind of the change (ACLED): a state's forces taking
    // a place in their own country regain it; a foreign state's forces with no force
    // of the country beside them overtake it ("Russian troops captured the village"
    // in Ukraine, "liberated" in their own ministry's words). A verb of taking back
    // ("retook", "recaptured") keeps its kind: foreign troops who take a place back
    // are most often the government's allies, and a non-state taker is as often the
    // side it was taken from ("recaptured Moqokori from al-Shabaab").
    let takers_of = |own: bool| {
        actors.iter().any(|a| {
            a.role == ActorRole::Initiator
                && a.kind == ActorKind::StateForce
                && match (a.country_code.as_deref(), place_country) {
                    (Some(of), Some(place)) => (of == place) == own,
                    _ => own,
                }
        })
    };
    let taken_back = facts.iter().any(|(_, f)| {
        f.cues.iter().any(|c| {
            let c = c.to_lowercase();
            c.starts_with("re") || c.contains("back")
        })
    });
    let foreign_takers = takers_of(false) && !takers_of(true);
    let state_target = actors.iter().any(|a| {
        a.role == ActorRole::Target
            && matches!(
                a.kind,
                ActorKind::StateForce | ActorKind::InternationalForce
            )
    });
    let heads = Heads {
        taker: taker(analysed, facts, place_country),
        state_target,
        foreign_takers,
        taken_back,
        armed_patient,
        deadly,
        air_platform_only,
        weapon_noun_only,
        ambush_only,
        strike: strike_head,
        bombing: head_is("bombing"),
        civilian_patient,
        civilian_dead,
    };
    let (event_type, typed_by_cue) = resolve_type(cue_type, &implied, actors, heads);
    // A wave of missiles and drones is typed by what hit: missiles fired from the
    // ground that struck are a missile attack (ACLED's shelling/artillery/missile
    // attack), whatever else was launched, unless a word of the act names a strike
    // from the air ("a drone strike", "airstrikes"; an "air attack" is what a country's
    // air force calls any wave).
    let event_type = if event_type == EventType::AirDroneStrike
        && !names_air_strike(facts)
        && !flying_strikers(analysed, facts)
        && what_hit(analysed, facts) == Some(EventType::ShellingArtilleryMissileAttack)
    {
        EventType::ShellingArtilleryMissileAttack
    } else {
        event_type
    };
    (
        refine_type(
            event_type,
            analysed,
            facts,
            &implied,
            event.draft.split_from_hit,
        ),
        typed_by_cue,
    )
}

/// Words of an attack from the air that a country's air force uses for any wave,
/// missiles included.
const WAVE_WORDS: &[&str] = &[
    "air attack",
    "air attacks",
    "aerial attack",
    "aerial attacks",
    "combined attack",
    "combined attacks",
];

/// True when a word of the event names a strike from the air ("drone strikes",
/// "airstrikes", "warplanes bombed"), not a wave in an air force's words.
fn names_air_strike(facts: &[(Part, PartFacts<'_>)]) -> bool {
    facts.iter().any(|(p, f)| {
        let _ = p;
        f.cues.iter().any(|c| {
            let c = c.to_lowercase();
            !WAVE_WORDS.contains(&c.as_str())
                && (c.contains("air")
                    || c.contains("drone")
                    || c.contains("bomb")
                    || c.contains("warplane")
                    || c.contains("jets"))
        })
    })
}

/// True when the event's sentences name warplanes or helicopters as a weapon (not an
/// air force as the speaker of a report).
fn flying_strikers(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    facts.iter().any(|(p, _)| {
        analysed.get(p.sentence).is_some_and(|a| {
            a.weapons.iter().any(|w| {
                matches!(w.name, "manned aircraft" | "helicopter")
                    && !(a.words.lower(w.first_word) == "air"
                        && a.words.lower(w.first_word + 1).starts_with("force"))
            })
        })
    })
}

/// Verbs of a weapon hitting its target.
const STRUCK: &[&str] = &[
    "struck", "hit", "hits", "slammed", "slams", "smashed", "crashed", "ploughed", "plowed",
    "landed", "exploded",
];

/// What hit, as the event's body tells it: the weapons named as the subject of a verb
/// of hitting ("two ballistic missiles struck port infrastructure", "one of the
/// missiles slammed into a garage"). A missile or a rocket not fired from the air is a
/// missile attack, a drone an air strike; `None` when none is told or they differ.
fn what_hit(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> Option<EventType> {
    let mut kinds = facts.iter().flat_map(|(p, _)| {
        analysed
            .get(p.sentence)
            .filter(|a| !a.sentence.is_title)
            .into_iter()
            .flat_map(|a| {
                a.weapons.iter().filter_map(move |w| {
                    let next = w.last_word + 1;
                    if !STRUCK.contains(&a.words.lower(next))
                        || a.words.punctuation_between(w.last_word, next)
                    {
                        return None;
                    }
                    match w.name {
                        "missiles" | "rockets" if !fired_from_air(a, w.first_word, w.last_word) => {
                            Some(EventType::ShellingArtilleryMissileAttack)
                        }
                        "drone" | "manned aircraft" | "helicopter" | "missiles" | "rockets" => {
                            Some(EventType::AirDroneStrike)
                        }
                        _ => None,
                    }
                })
            })
    });
    let first = kinds.next()?;
    kinds.all(|k| k == first).then_some(first)
}

/// True when a sentence of the event, or the one right after one, tells that fire
/// was returned ("retaliated", "returned fire", "fired back").
fn fire_returned(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    facts.iter().any(|(p, _)| {
        (p.sentence..=p.sentence + 1).any(|s| {
            analysed.get(s).is_some_and(|a| {
                (0..a.words.len()).any(|i| {
                    let word = a.words.lower(i);
                    matches!(word, "retaliated" | "retaliating")
                        || (matches!(word, "returned" | "returning")
                            && a.words.lower(i + 1) == "fire")
                        || (word == "fired" && a.words.lower(i + 1) == "back")
                })
            })
        })
    })
}

fn resolve_type(
    cue_type: CueType,
    implied: &[EventType],
    actors: &[Actor],
    heads: Heads,
) -> (EventType, bool) {
    let civilian_victims = actors
        .iter()
        .any(|a| a.kind == ActorKind::Civilians && a.role != ActorRole::Initiator);
    let initiator_state = actors.iter().any(|a| {
        a.role == ActorRole::Initiator
            && matches!(
                a.kind,
                ActorKind::StateForce | ActorKind::InternationalForce
            )
    });
    let initiator_non_state = actors
        .iter()
        .any(|a| a.role == ActorRole::Initiator && a.kind == ActorKind::NonStateArmedGroup);
    let non_state_target = actors
        .iter()
        .any(|a| a.role == ActorRole::Target && a.kind == ActorKind::NonStateArmedGroup);
    // The side its own sentence says took the place decides the kind of the change
    // (ACLED): the place's own state regains it; another state's forces or a non-state
    // group overtake it, unless they take it back, the foreign forces as the
    // government's allies, the group from another non-state group only ("militias
    // recaptured the locality from the M23").
    if matches!(
        cue_type,
        CueType::Territory | CueType::Specific(EventType::GovernmentRegainsTerritory)
    ) {
        let taken_back = heads.taken_back
            && cue_type == CueType::Specific(EventType::GovernmentRegainsTerritory);
        match heads.taker {
            Some(Taker::Own) => return (EventType::GovernmentRegainsTerritory, true),
            Some(Taker::Foreign) if !taken_back => {
                return (EventType::NonStateActorOvertakesTerritory, true)
            }
            Some(Taker::NonState) if !(taken_back && non_state_target && !heads.state_target) => {
                return (EventType::NonStateActorOvertakesTerritory, true)
            }
            Some(Taker::Foreign | Taker::NonState) => {
                return (EventType::GovernmentRegainsTerritory, true)
            }
            None => {}
        }
    }
    match cue_type {
        CueType::Specific(EventType::GovernmentRegainsTerritory)
            if heads.foreign_takers && !heads.taken_back =>
        {
            (EventType::NonStateActorOvertakesTerritory, true)
        }
        // A non-state group that takes a place back ("al-Shabaab retook the town after
        // the troops withdrew") overtakes it: only a state's forces or their allies
        // regain (ACLED), and allies take it from another non-state group ("militias
        // recaptured the locality from the M23").
        CueType::Specific(EventType::GovernmentRegainsTerritory)
            if initiator_non_state && !initiator_state && !non_state_target =>
        {
            (EventType::NonStateActorOvertakesTerritory, true)
        }
        // An ambush is two-sided unless its victims are unarmed ("gunmen ambushed a
        // convoy of passenger vehicles"): then it is violence against civilians.
        CueType::Specific(EventType::ArmedClash)
            if heads.ambush_only && (heads.civilian_patient || civilian_victims) =>
        {
            (EventType::AttackOnCivilians, true)
        }
        // Missiles or rockets fired by aircraft or drones ("US aircraft and missiles
        // hit Houthi sites", "struck villages with drones and rockets") are an air
        // strike (ACLED): a bare weapon noun names what was fired, not from where.
        CueType::Specific(EventType::ShellingArtilleryMissileAttack)
            if heads.weapon_noun_only && heads.air_platform_only =>
        {
            (EventType::AirDroneStrike, false)
        }
        CueType::Specific(event_type) => (event_type, true),
        // A non-state group among the takers took it, whoever else the sentence puts
        // beside it ("UNITA forces have taken the city" from the government's troops).
        CueType::Territory if initiator_state && !initiator_non_state && !heads.foreign_takers => {
            (EventType::GovernmentRegainsTerritory, true)
        }
        CueType::Territory => (EventType::NonStateActorOvertakesTerritory, true),
        CueType::Generic | CueType::Blocker => {
            if let Some(t) = IMPLIED_ORDER.iter().find(|t| implied.contains(t)) {
                return (*t, false);
            }
            // A strike with no ground weapon named comes from the air, whoever made it
            // (a drone strike by a rebel group is one too).
            if heads.strike {
                return (EventType::AirDroneStrike, false);
            }
            if heads.bombing {
                return (EventType::RemoteExplosiveIed, false);
            }
            if heads.civilian_patient
                || civilian_victims
                || (heads.civilian_dead && !heads.armed_patient)
            {
                return (EventType::AttackOnCivilians, false);
            }
            // A killing by a named side with no armed side opposite it, neither among
            // the parties nor as the object ("14 killed by gunmen"): one-sided
            // violence (ACLED), not a clash, which needs two armed sides.
            let initiator = actors.iter().any(|a| a.role == ActorRole::Initiator);
            let armed_other = actors.iter().any(|a| {
                a.role != ActorRole::Initiator
                    && matches!(
                        a.kind,
                        ActorKind::StateForce
                            | ActorKind::NonStateArmedGroup
                            | ActorKind::InternationalForce
                    )
            });
            // Armed parties of both kinds (a state's forces and a non-state group),
            // whatever roles the sentence gave them ("the FAMa were the object of an
            // attack by armed terrorist groups"), make it two-sided.
            let armed_kind = |kind: ActorKind| actors.iter().any(|a| a.kind == kind);
            let both_sides = armed_kind(ActorKind::NonStateArmedGroup)
                && (armed_kind(ActorKind::StateForce) || armed_kind(ActorKind::InternationalForce));
            if heads.deadly && initiator && !armed_other && !both_sides && !heads.armed_patient {
                return (EventType::AttackOnCivilians, false);
            }
            (EventType::ArmedClash, false)
        }
    }
}

/// Words that, before "of", make an interception partial ("shot down one of the
/// drones", "intercepted some of the missiles"): the rest got through.
const PARTIAL: &[&str] = &[
    "some", "one", "two", "three", "several", "most", "part", "many", "half", "few",
];
/// Verbs of killing that make an abduction an attack ("abducted and killed").
const KILLING: &[&str] = &[
    "killed",
    "kill",
    "kills",
    "executed",
    "beheaded",
    "shot dead",
    "murdered",
];

/// Words that say a device was found or made safe before it could go off
/// ("found and neutralised an IED", "deactivated a car bomb", "a device found
/// buried on the road").
const DISARMING: &[&str] = &[
    "defused",
    "defuse",
    "defuses",
    "defusing",
    "deactivated",
    "deactivate",
    "deactivates",
    "deactivating",
    "dismantled",
    "dismantle",
    "dismantles",
    "dismantling",
    "disarmed",
    "disarm",
    "disarms",
    "disarming",
    "safe",
    "neutralised",
    "neutralized",
    "neutralise",
    "neutralize",
    "neutralises",
    "neutralizes",
    "found",
    "find",
    "finds",
    "discovered",
    "recovered",
    "uncovered",
    "unearthed",
    "detected",
    "spotted",
    "located",
];

/// Words of a device that went off: with them the act is the explosion.
const WENT_OFF: &[&str] = &[
    "explod",
    "went off",
    "blast",
    "explosion",
    "detonat",
    "killed",
];

/// True when an event's device was found or made safe rather than set off: ACLED's
/// disrupted weapons use (the act is the disarming, and nobody was killed by it).
fn harmed(facts: &[(Part, PartFacts<'_>)]) -> bool {
    facts.iter().any(|(_, f)| {
        f.killed.is_some_and(|n| n > 0)
            || f.injured.is_some_and(|n| n > 0)
            || f.cues.iter().any(|c| {
                let c = c.to_lowercase();
                WENT_OFF.iter().any(|w| c.contains(w))
            })
    })
}

/// True when an event's cues include fighting between two sides.
fn fought(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    facts.iter().any(|(p, _)| {
        analysed
            .get(p.sentence)
            .and_then(|a| a.mentions.get(p.mention))
            .is_some_and(|m| {
                m.cues
                    .iter()
                    .any(|c| c.cue.cue_type == CueType::Specific(EventType::ArmedClash))
            })
    })
}

/// True when every device of an event was found or made safe rather than set off:
/// ACLED's disrupted weapons use, unless the event is a fight the device was found
/// after, or somebody was hurt.
fn disarmed(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    let mut devices = facts.iter().flat_map(|(p, _)| {
        let a = analysed.get(p.sentence);
        a.and_then(|a| a.mentions.get(p.mention))
            .into_iter()
            .flat_map(|m| m.cues.iter())
            .filter_map(move |c| a.map(|a| (a, c)))
    });
    let mut any = false;
    let all = devices.all(|(a, c)| {
        let device = matches!(
            c.cue.cue_type,
            CueType::Specific(EventType::RemoteExplosiveIed | EventType::Grenade)
        ) || c.cue.head == "bombing";
        if !device {
            return true;
        }
        any = true;
        let from = c.first_word.saturating_sub(6);
        let to = (c.last_word + 4).min(a.words.len().saturating_sub(1));
        (from..=to).any(|i| DISARMING.contains(&a.words.lower(i)))
    });
    any && all
}

/// Nouns of people, armed or not, that a verb of capture can take: then people were
/// taken, not a place ("captured four policemen at a roadblock", "captured a
/// serviceman").
const CAPTIVES: &[&str] = &[
    "soldier",
    "soldiers",
    "serviceman",
    "servicemen",
    "troops",
    "policeman",
    "policemen",
    "officer",
    "officers",
    "guard",
    "guards",
    "gendarme",
    "gendarmes",
    "fighter",
    "fighters",
    "militant",
    "militants",
    "rebel",
    "rebels",
    "militiamen",
    "commander",
    "commanders",
    "pilot",
    "pilots",
    "crew",
    "sailors",
    "civilian",
    "civilians",
    "villagers",
    "man",
    "men",
    "women",
    "children",
    "people",
    "persons",
    "hostages",
    "workers",
    "journalists",
    "members",
    "personnel",
];

/// Nouns of the posts of armed people: after a noun of people, a place taken.
const POSTS: &[&str] = &[
    "headquarters",
    "post",
    "posts",
    "outpost",
    "station",
    "base",
    "camp",
    "barracks",
    "checkpoint",
    "command",
];

/// True when a capture's object (within a few words after it, or its subject in the
/// passive before it) is people rather than a place.
fn captures_people(a: &Analysed<'_, '_>, first: usize, last: usize) -> bool {
    let words = &a.words;
    let named_place = |i: usize| a.places.iter().any(|p| p.word == i);
    let after = (last + 1..(last + 6).min(words.len()))
        .take_while(|&i| !words.punctuation_between(last, i))
        .take_while(|&i| !named_place(i) && !OBJECT_ENDS.contains(&words.lower(i)))
        .any(|i| {
            // People that name a post ("the Border Guard Police headquarters", "a
            // police station") are no captives: the post was taken.
            CAPTIVES.contains(&words.lower(i))
                && !(i + 1..(i + 5).min(words.len()))
                    .take_while(|&j| !words.punctuation_between(i, j))
                    .any(|j| POSTS.contains(&words.lower(j)))
        });
    let passive = first >= 2
        && matches!(words.lower(first - 1), "was" | "were")
        && CAPTIVES.contains(&words.lower(first - 2));
    after || passive
}

/// True when every word of capture in an event takes people, not a place: an
/// abduction (or, in a fight, its prisoners), not a change of territory.
fn takes_captives(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    let mut any = false;
    let all = facts.iter().all(|(p, _)| {
        let Some(a) = analysed.get(p.sentence) else {
            return true;
        };
        a.mentions.get(p.mention).is_none_or(|m| {
            m.cues.iter().filter(|c| c.cue.head == "capture").all(|c| {
                any = true;
                c.cue.cue_type == CueType::Territory
                    && captures_people(a, c.first_word, c.last_word)
            })
        })
    });
    any && all
}

/// Words that say an assault was turned back.
const REPELLED: &[&str] = &[
    "repelled",
    "repulsed",
    "repel",
    "repulse",
    "beaten back",
    "beat back",
    "pushed back",
    "driven back",
    "drove back",
    "fought off",
];

/// True when a sentence of the event tells its assault turned back ("overran a post
/// and were beaten back", "the attack was repulsed").
fn repelled(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    facts.iter().any(|(p, _)| {
        analysed.get(p.sentence).is_some_and(|a| {
            let text = a.sentence.text.to_lowercase();
            REPELLED.iter().any(|w| {
                text.match_indices(w).any(|(i, _)| {
                    let before = text[..i].chars().next_back();
                    let after = text[i + w.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            })
        })
    })
}

/// Words of leaving a place again.
const LEFT_AGAIN: &[&str] = &["withdrew", "retreated", "withdrawing", "retreating"];

/// Words that name the attackers: right before a word of leaving, the takers left
/// ("the attackers withdrew from the base after several hours").
const ATTACKER_NOUNS: &[&str] = &[
    "attackers",
    "assailants",
    "raiders",
    "guerrillas",
    "insurgents",
    "militants",
    "jihadists",
    "mujahideen",
    "gunmen",
];

/// Words that tell the leaving as what came next ("then withdrew", "before
/// withdrawing"): the subject of the taking left, unless a defending side is named
/// right before ("the troops then withdrew").
const NEXT_WORDS: &[&str] = &["then", "later", "before", "afterwards", "subsequently"];

/// Nouns of the defending side: when they left, the place was taken.
const DEFENDERS: &[&str] = &[
    "troops",
    "soldiers",
    "army",
    "police",
    "policemen",
    "forces",
    "units",
    "personnel",
    "garrison",
    "defenders",
];

/// True when the takers of a place left it again ("stormed the post ... then
/// withdrew", "the attackers withdrew from the base after several hours", the latter
/// told in a sentence beside the event's): a raid, not a change of territory (ACLED
/// needs the place held). The defenders who withdrew before a place fell ("after
/// soldiers withdrew", "units had withdrawn") are not meant.
fn left_again(analysed: &[Analysed<'_, '_>], facts: &[(Part, PartFacts<'_>)]) -> bool {
    facts.iter().any(|(p, _)| {
        (p.sentence.saturating_sub(1)..=p.sentence + 1).any(|s| {
            analysed.get(s).is_some_and(|a| {
                let w = |i: usize| a.words.lower(i);
                (1..a.words.len()).any(|i| {
                    if !LEFT_AGAIN.contains(&w(i)) {
                        return false;
                    }
                    let before = i.saturating_sub(2)..i;
                    let by_attackers = before.clone().any(|j| ATTACKER_NOUNS.contains(&w(j)));
                    let next = s == p.sentence
                        && before.clone().any(|j| {
                            NEXT_WORDS.contains(&w(j)) && !(j > 0 && DEFENDERS.contains(&w(j - 1)))
                        });
                    by_attackers || next
                })
            })
        })
    })
}

/// ACLED's boundary rules that need the whole event: a strike of which only some
/// missiles or drones were intercepted is the strike, not disrupted weapons use; an
/// abduction whose victim is killed is an attack.
fn refine_type(
    event_type: EventType,
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    implied: &[EventType],
    split_from_hit: bool,
) -> EventType {
    let cue_types = || {
        facts.iter().filter_map(|(p, _)| {
            analysed
                .get(p.sentence)
                .and_then(|a| a.mentions.get(p.mention))
                .map(|m| (analysed.get(p.sentence).map(|a| &a.words), m))
        })
    };
    match event_type {
        // A device or a grenade dropped from a drone or an aircraft is an air strike
        // (ACLED codes every air-to-ground attack so).
        EventType::RemoteExplosiveIed | EventType::Grenade if dropped_from_air(analysed, facts) => {
            EventType::AirDroneStrike
        }
        EventType::RemoteExplosiveIed if bombing_from_air(analysed, facts) => {
            EventType::AirDroneStrike
        }
        EventType::DisruptedWeaponsUse => {
            let partial = cue_types().any(|(words, mention)| {
                mention.cues.iter().any(|c| {
                    c.cue.cue_type == CueType::Specific(EventType::DisruptedWeaponsUse)
                        && words.is_some_and(|w| {
                            let next = c.last_word + 1;
                            PARTIAL.contains(&w.lower(next)) && w.lower(next + 1) == "of"
                        })
                })
            });
            if !partial || split_from_hit {
                return event_type;
            }
            let strike = cue_types()
                .flat_map(|(_, m)| m.cues.iter().map(|c| c.cue.cue_type))
                .find_map(|t| match t {
                    CueType::Specific(
                        t @ (EventType::AirDroneStrike | EventType::ShellingArtilleryMissileAttack),
                    ) => Some(t),
                    _ => None,
                })
                .or_else(|| {
                    implied.iter().copied().find(|t| {
                        matches!(
                            t,
                            EventType::AirDroneStrike | EventType::ShellingArtilleryMissileAttack
                        )
                    })
                });
            strike.unwrap_or(event_type)
        }
        EventType::RemoteExplosiveIed | EventType::Grenade if disarmed(analysed, facts) => {
            if fought(analysed, facts) {
                // Devices found after a firefight ("recovered were two rifles and an
                // IED") are its spoils, not its act.
                EventType::ArmedClash
            } else if harmed(facts) {
                event_type
            } else {
                EventType::DisruptedWeaponsUse
            }
        }
        // People captured are taken by force (ACLED's abduction), or, in a fight, its
        // prisoners: no place changed hands.
        EventType::NonStateActorOvertakesTerritory | EventType::GovernmentRegainsTerritory
            if takes_captives(analysed, facts) =>
        {
            if fought(analysed, facts) {
                EventType::ArmedClash
            } else {
                EventType::Abduction
            }
        }
        // A place stormed whose attackers were beaten back, or who left it again, was
        // not taken: the act is the fighting (ACLED: a change of territory needs the
        // place held).
        EventType::NonStateActorOvertakesTerritory | EventType::GovernmentRegainsTerritory
            if repelled(analysed, facts) || left_again(analysed, facts) =>
        {
            EventType::ArmedClash
        }
        EventType::Abduction => {
            let killed = facts.iter().any(|(_, f)| {
                f.killed.is_some_and(|n| n > 0)
                    || f.cues
                        .iter()
                        .any(|c| KILLING.contains(&c.to_lowercase().as_str()))
            });
            if killed {
                EventType::AttackOnCivilians
            } else {
                event_type
            }
        }
        _ => event_type,
    }
}
