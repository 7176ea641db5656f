//! From analysed sentences to finished `IncidentEvent`s: lets `events` assemble the
//! mentions into events, then fills every field of each event: its type by the act
//! described, place, date, actors with roles, deaths and injuries, weapons,
//! evidence and confidence.

use chrono::{DateTime, Utc};
use sitrep_contract::{
    Actor, ActorKind, ActorRole, Article, ArticleRef, DatePrecision, EventId, EventType, Evidence,
    IncidentEvent, Location, LocationPrecision, OccurredOn,
};

use crate::analysis::{best_place, precision_rank, Analysed};
use crate::casualties::Harm;
use crate::cues::{CueType, Strength};
use crate::events::{self, Draft, Part, SentenceView};
use crate::mentions::Framing;
use crate::places::{PlaceMention, PlaceRef};
use crate::roles::{self, RoledActor};
use crate::{Classifier, CLASSIFIER_VERSION};

/// The active mention of a sentence that owns word `word`: the last one starting
/// at or before it, else the first one after it.
fn owner(analysed: &Analysed<'_, '_>, word: usize) -> Option<usize> {
    let active: Vec<usize> = (0..analysed.mentions.len())
        .filter(|&i| analysed.mentions[i].framing != Framing::Dropped)
        .collect();
    active
        .iter()
        .rev()
        .find(|&&i| analysed.mentions[i].first_word() <= word)
        .or_else(|| active.first())
        .copied()
}

/// The nearest active mention to a span (for weapons, which come before or after).
fn nearest(analysed: &Analysed<'_, '_>, first: usize, last: usize) -> Option<usize> {
    (0..analysed.mentions.len())
        .filter(|&i| analysed.mentions[i].framing != Framing::Dropped)
        .min_by_key(|&i| {
            let m = &analysed.mentions[i];
            if last < m.first_word() {
                m.first_word() - last
            } else {
                first.saturating_sub(m.last_word())
            }
        })
}

/// The attacking side, whose dead a report tells apart from the toll of the attack
/// ("killing five soldiers ... about 20 attackers were killed": the toll is five).
const ATTACKERS: &[&str] = &["attackers", "assailants", "gunmen", "raiders"];

/// What one part contributes to its event.
struct PartFacts<'c> {
    killed: Option<u32>,
    /// Deaths among the attackers ("about 20 attackers were killed").
    attackers_killed: Option<u32>,
    injured: Option<u32>,
    weapons: Vec<&'c str>,
    implied: Vec<EventType>,
    actors: Vec<RoledActor<'c>>,
    place: Option<PlaceMention>,
    /// The cues' texts, as the sentence writes them.
    cues: Vec<&'c str>,
    strong: bool,
}

fn part_facts<'c>(analysed: &'c Analysed<'_, '_>, part: &Part) -> Option<PartFacts<'c>> {
    let mention = analysed.mentions.get(part.mention)?;
    let mut killed: Option<u32> = None;
    let mut attackers_killed: Option<u32> = None;
    let mut injured: Option<u32> = None;
    for casualty in &analysed.casualties {
        if owner(analysed, casualty.first_word) != Some(part.mention) {
            continue;
        }
        let attackers = (casualty.first_word..=casualty.last_word)
            .any(|i| ATTACKERS.contains(&analysed.words.lower(i)));
        let slot = match casualty.harm {
            Harm::Killed if attackers => &mut attackers_killed,
            Harm::Killed => &mut killed,
            Harm::Injured => &mut injured,
        };
        if let Some(count) = casualty.count {
            *slot = Some(slot.unwrap_or(0).saturating_add(count));
        }
    }
    let mut weapons = Vec::new();
    let mut implied = Vec::new();
    for weapon in &analysed.weapons {
        if nearest(analysed, weapon.first_word, weapon.last_word) == Some(part.mention) {
            if !weapons.contains(&weapon.name) {
                weapons.push(weapon.name);
            }
            implied.extend(weapon.implies);
        }
    }
    let previous_end = (0..part.mention)
        .rev()
        .find(|&i| analysed.mentions[i].framing != Framing::Dropped)
        .map_or(0, |i| analysed.mentions[i].last_word() + 1);
    let next_start = analysed
        .mentions
        .get(part.mention + 1)
        .map_or(analysed.words.len(), |m| m.first_word());
    let actors = roles::assign(
        &analysed.words,
        mention,
        &analysed.actors,
        previous_end,
        next_start,
    );
    let cues = mention
        .cues
        .iter()
        .map(|c| &analysed.sentence.text[c.start..c.end])
        .collect();
    let strong = mention
        .cues
        .iter()
        .any(|c| c.cue.strength == Strength::Strong);
    Some(PartFacts {
        killed,
        attackers_killed,
        injured,
        weapons,
        implied,
        actors,
        place: None,
        cues,
        strong,
    })
}

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
}

fn resolve_type(
    cue_type: CueType,
    implied: &[EventType],
    actors: &[Actor],
    heads: Heads,
) -> (EventType, bool) {
    let initiator_state = actors.iter().any(|a| {
        a.role == ActorRole::Initiator
            && matches!(
                a.kind,
                ActorKind::StateForce | ActorKind::InternationalForce
            )
    });
    match cue_type {
        CueType::Specific(event_type) => (event_type, true),
        CueType::Territory if initiator_state => (EventType::GovernmentRegainsTerritory, true),
        CueType::Territory => (EventType::NonStateActorOvertakesTerritory, true),
        CueType::Generic | CueType::Blocker => {
            if let Some(t) = IMPLIED_ORDER.iter().find(|t| implied.contains(t)) {
                return (*t, false);
            }
            if heads.strike && initiator_state {
                return (EventType::AirDroneStrike, false);
            }
            if heads.bombing {
                return (EventType::RemoteExplosiveIed, false);
            }
            if actors
                .iter()
                .any(|a| a.kind == ActorKind::Civilians && a.role != ActorRole::Initiator)
            {
                return (EventType::AttackOnCivilians, false);
            }
            (EventType::ArmedClash, false)
        }
    }
}

/// The first unlisted place named in the event's own (not anaphoric) sentences, when
/// those sentences name no city the gazetteer knows.
fn unlisted_place(
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    from_text: Option<PlaceMention>,
    classifier: &Classifier,
) -> Option<crate::places::unlisted::UnlistedPlace> {
    let precise = from_text.is_some_and(|p| {
        precision_rank(classifier.gazetteer.precision(p.place))
            >= precision_rank(LocationPrecision::City)
    });
    if precise {
        return None;
    }
    facts
        .iter()
        .filter(|(p, _)| !p.anaphor)
        .filter_map(|(p, _)| analysed.get(p.sentence))
        .find_map(|a| a.unlisted.first().cloned())
}

/// True when `place` lies in the province named like the city `current` ("Shelling
/// kills 3 in Idlib" over "in the town of Ariha in Idlib province"): a headline names
/// a province by its capital's name, the body the town.
fn within_namesake(classifier: &Classifier, current: PlaceMention, place: PlaceMention) -> bool {
    let current = classifier.gazetteer.location(current.place);
    let place = classifier.gazetteer.location(place.place);
    current.precision == LocationPrecision::City
        && current.name != place.name
        && current.country_code == place.country_code
        && place.admin1.as_deref() == Some(current.name.as_str())
}

/// True for an actor the text does not name ("militants", "armed men").
fn generic(actor: &Actor) -> bool {
    actor.name.chars().next().is_some_and(char::is_lowercase)
        || matches!(
            actor.name.as_str(),
            "Militants" | "Rebels" | "Militia" | "Bandits" | "Unidentified gunmen"
        )
}

/// The first named armed group the story says claimed an attack: "ISWAP later
/// claimed the ambush", "Islamic State claimed responsibility", "an attack claimed
/// by the Pakistani Taliban".
fn claimant<'s>(analysed: &'s [Analysed<'_, '_>]) -> Option<&'s crate::actors::ActorMention<'s>> {
    const CLAIM: &[&str] = &["claimed", "claims", "claiming"];
    analysed.iter().find_map(|sentence| {
        let words = &sentence.words;
        let named = |a: &&crate::actors::ActorMention<'_>| {
            a.kind == ActorKind::NonStateArmedGroup && !a.generic
        };
        sentence.actors.iter().filter(named).find(|a| {
            let after = (a.last_word + 1..a.last_word + 3).any(|i| CLAIM.contains(&words.lower(i)));
            let by = a.first_word >= 2
                && (a.first_word.saturating_sub(4)..a.first_word - 1)
                    .any(|i| CLAIM.contains(&words.lower(i)) && words.lower(i + 1) == "by");
            after || by
        })
    })
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

/// ACLED's boundary rules that need the whole event: a strike of which only some
/// missiles or drones were intercepted is the strike, not disrupted weapons use; an
/// abduction whose victim is killed is an attack.
fn refine_type(
    event_type: EventType,
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    implied: &[EventType],
) -> EventType {
    let cue_types = || {
        facts.iter().filter_map(|(p, _)| {
            analysed
                .get(p.sentence)
                .and_then(|a| a.mentions.get(p.mention))
                .map(|m| (a_words(analysed, p.sentence), m))
        })
    };
    match event_type {
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
            if !partial {
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

fn a_words<'s, 'a>(
    analysed: &'s [Analysed<'a, '_>],
    sentence: usize,
) -> Option<&'s crate::text::Words<'a>> {
    analysed.get(sentence).map(|a| &a.words)
}

/// The country most places of the article lie in (headline counts double).
fn dominant_country(classifier: &Classifier, analysed: &[Analysed<'_, '_>]) -> Option<String> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for locative_only in [true, false] {
        for (order, sentence) in analysed.iter().enumerate() {
            for place in sentence.places.iter().filter(|p| {
                let attributive = matches!(p.place, PlaceRef::Country(_))
                    && crate::places::attributive(&sentence.words, p);
                p.locative || !(locative_only || attributive)
            }) {
                let code = classifier.gazetteer.country_code(place.place).to_owned();
                let weight = if sentence.sentence.is_title { 2 } else { 1 };
                match counts.iter_mut().find(|(c, _, _)| *c == code) {
                    Some(entry) => entry.1 += weight,
                    None => counts.push((code, weight, order)),
                }
            }
        }
        if !counts.is_empty() {
            break;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n, order)| (*n, std::cmp::Reverse(*order)))
        .map(|(code, _, _)| code)
}

/// A location not told by the event's sentences: when it is only the country of the
/// side that acted ("U.S. Africa Command said it carried out an air strike ...
/// against fighters attacking Somali forces"), the country of the other side; when
/// no place at all is known (an interception happens over the side that acted), the country of a party, else of the article's demonyms
/// ("Suicide car bomb hits Somali base").
fn fallback_country(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
    actors: &[Actor],
    location: Location,
    interception: bool,
) -> Location {
    let initiator_country = actors
        .iter()
        .filter(|a| a.role == ActorRole::Initiator)
        .find_map(|a| a.country_code.as_deref());
    let other_side = actors
        .iter()
        .filter(|a| a.role != ActorRole::Initiator && a.kind != ActorKind::Civilians)
        .find_map(|a| a.country_code.as_deref())
        .filter(|c| Some(*c) != initiator_country);
    let choice = match location.country_code.as_deref() {
        Some(code) if location.precision == LocationPrecision::Country => {
            other_side.filter(|_| Some(code) == initiator_country && !interception)
        }
        Some(_) => None,
        None => other_side.or(initiator_country).or_else(|| {
            let mut counts: Vec<(&str, usize)> = Vec::new();
            for actor in analysed.iter().flat_map(|a| &a.actors) {
                let Some(code) = actor.country.filter(|_| actor.from_demonym) else {
                    continue;
                };
                match counts.iter_mut().find(|(c, _)| *c == code) {
                    Some(entry) => entry.1 += 1,
                    None => counts.push((code, 1)),
                }
            }
            counts.iter().rev().max_by_key(|(_, n)| *n).map(|(c, _)| *c)
        }),
    };
    choice
        .and_then(|code| classifier.gazetteer.country_location(code))
        .unwrap_or(location)
}

fn unknown_location() -> Location {
    Location {
        name: "Unknown".to_owned(),
        country_code: None,
        admin1: None,
        lat: None,
        lon: None,
        precision: LocationPrecision::Region,
    }
}

pub fn events(
    classifier: &Classifier,
    article: &Article,
    analysed: &[Analysed<'_, '_>],
    dateline: Option<PlaceRef>,
    classified_at: DateTime<Utc>,
) -> Vec<IncidentEvent> {
    let views: Vec<SentenceView<'_, '_>> = analysed
        .iter()
        .map(|a| SentenceView {
            is_title: a.sentence.is_title,
            mentions: &a.mentions,
            times: &a.times,
            has_history_marker: a.has_history_marker,
            has_non_incident_marker: a.has_non_incident_marker,
            separate: a.separate,
            place_key: a.place_key,
        })
        .collect();
    let drafts = events::assemble(&views, article.published_at);
    let dominant = dominant_country(classifier, analysed);
    drafts
        .iter()
        .enumerate()
        .map(|(index, draft)| {
            finish_event(
                classifier,
                article,
                analysed,
                &views,
                draft,
                index,
                dominant.as_deref(),
                dateline,
                classified_at,
            )
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn finish_event(
    classifier: &Classifier,
    article: &Article,
    analysed: &[Analysed<'_, '_>],
    views: &[SentenceView<'_, '_>],
    draft: &Draft<'_>,
    index: usize,
    dominant: Option<&str>,
    dateline: Option<PlaceRef>,
    classified_at: DateTime<Utc>,
) -> IncidentEvent {
    let mut parts = draft.parts.clone();
    parts.sort_by_key(|p| (p.sentence, p.mention));
    let mut facts: Vec<(Part, PartFacts<'_>)> = Vec::new();
    for part in &parts {
        if let Some(sentence) = analysed.get(part.sentence) {
            if let Some(mut f) = part_facts(sentence, part) {
                let near = sentence
                    .mentions
                    .get(part.mention)
                    .map_or(0, |m| m.first_word());
                // A place told after the next act of the sentence is that act's ("fired
                // at army posts ..., and Israel responded with shelling of villages in
                // south Lebanon").
                let next_start = sentence
                    .mentions
                    .iter()
                    .skip(part.mention + 1)
                    .find(|m| m.framing != Framing::Dropped)
                    .map_or(sentence.words.len(), |m| m.first_word());
                let own: Vec<PlaceMention> = sentence
                    .places
                    .iter()
                    .filter(|p| p.word < next_start)
                    .copied()
                    .collect();
                f.place = best_place(classifier, &sentence.words, &own, near);
                facts.push((*part, f));
            }
        }
    }

    // Actors, first role wins.
    let mut actors: Vec<Actor> = Vec::new();
    for (_, f) in &facts {
        for roled in &f.actors {
            if actors.iter().any(|a| a.name == roled.actor.name) {
                continue;
            }
            actors.push(Actor {
                name: roled.actor.name.to_string(),
                role: roled.role,
                kind: roled.actor.kind,
                country_code: roled.actor.country.map(str::to_owned),
            });
        }
    }

    // A named group that claimed the attack anywhere in the story is its initiator when
    // the event's own sentences name none ("Islamic State claimed responsibility").
    let named_initiator = actors.iter().any(|a| {
        a.role == ActorRole::Initiator && (a.kind != ActorKind::NonStateArmedGroup || !generic(a))
    });
    if !named_initiator {
        if let Some(group) = claimant(analysed) {
            actors.retain(|a| a.name != group.name);
            actors.insert(
                0,
                Actor {
                    name: group.name.to_string(),
                    role: ActorRole::Initiator,
                    kind: group.kind,
                    country_code: group.country.map(str::to_owned),
                },
            );
        }
    }

    // Place: the most precise place the event's sentences give, else the narrative,
    // the headline, the dateline, the article's main country.
    let from_text = {
        // The event's own sentences first; anaphoric ones only refine within a country.
        let mut best: Option<PlaceMention> = None;
        for anaphor in [false, true] {
            for (_, f) in facts.iter().filter(|(p, _)| p.anaphor == anaphor) {
                let Some(place) = f.place else { continue };
                let rank = precision_rank(classifier.gazetteer.precision(place.place));
                let better = match best {
                    None => true,
                    Some(current) => {
                        let same_country = classifier.gazetteer.country_code(current.place)
                            == classifier.gazetteer.country_code(place.place);
                        let current_rank =
                            precision_rank(classifier.gazetteer.precision(current.place));
                        (rank > current_rank
                            || (rank == current_rank
                                && within_namesake(classifier, current, place)))
                            && (!anaphor || same_country)
                    }
                };
                if better {
                    best = Some(place);
                }
            }
        }
        best
    };
    let first_sentence = parts.first().map_or(0, |p| p.sentence);
    let narrative = (first_sentence.saturating_sub(2)..first_sentence)
        .rev()
        .filter_map(|s| analysed.get(s))
        .filter(|a| !a.sentence.is_title)
        .find_map(|a| best_place(classifier, &a.words, &a.places, 0));
    let headline = analysed
        .first()
        .filter(|a| a.sentence.is_title)
        .and_then(|a| best_place(classifier, &a.words, &a.places, 0));
    let (location, place_from_text) = match from_text.or(narrative).or(headline) {
        Some(place) => (
            classifier.gazetteer.location(place.place),
            from_text.is_some(),
        ),
        None => match dateline {
            Some(place) => (classifier.gazetteer.location(place), false),
            None => {
                // Last resort: the country of a state party ("Armenian and Azerbaijani forces").
                let party = actors
                    .iter()
                    .find(|a| a.kind == ActorKind::StateForce)
                    .and_then(|a| a.country_code.as_deref());
                (
                    dominant
                        .or(party)
                        .and_then(|c| classifier.gazetteer.country_location(c))
                        .unwrap_or_else(unknown_location),
                    false,
                )
            }
        },
    };
    let location = if place_from_text {
        location
    } else {
        let interception =
            events::draft_type(draft, views) == CueType::Specific(EventType::DisruptedWeaponsUse);
        fallback_country(classifier, analysed, &actors, location, interception)
    };
    // A village or town the gazetteer does not list, named where the event is told,
    // is more precise than the province or country it lies in; it keeps their
    // coordinates and precision, which are all that is known of it.
    let location = match unlisted_place(analysed, &facts, from_text, classifier) {
        Some(place)
            if location.country_code.is_some()
                && location.precision != LocationPrecision::City
                && location.precision != LocationPrecision::Point =>
        {
            // "the Congolese town of Bunagana on the Ugandan border": the demonym
            // tells the country when the place resolved around it lies elsewhere.
            let around = match place.country.as_deref() {
                Some(code) if location.country_code.as_deref() != Some(code) => classifier
                    .gazetteer
                    .country_location(code)
                    .unwrap_or(location),
                _ => location,
            };
            Location {
                name: place.name,
                ..around
            }
        }
        _ => location,
    };
    for actor in &mut actors {
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

    // Type by the act described.
    let cue_type = events::draft_type(draft, views);
    let implied: Vec<EventType> = facts
        .iter()
        .flat_map(|(_, f)| f.implied.iter().copied())
        .collect();
    let head_is = |head: &str| {
        facts.iter().any(|(p, _)| {
            analysed
                .get(p.sentence)
                .and_then(|a| a.mentions.get(p.mention))
                .is_some_and(|m| m.cues.iter().any(|c| c.cue.head == head))
        })
    };
    let strike_head = facts.iter().any(|(p, _)| {
        analysed
            .get(p.sentence)
            .and_then(|a| a.mentions.get(p.mention))
            .is_some_and(|m| m.head() == "strike")
    });
    let heads = Heads {
        strike: strike_head,
        bombing: head_is("bombing"),
    };
    let (event_type, typed_by_cue) = resolve_type(cue_type, &implied, &actors, heads);
    let event_type = refine_type(event_type, analysed, &facts, &implied);

    // The attackers' dead count only when the report gives no other toll.
    let fatalities = facts
        .iter()
        .filter_map(|(_, f)| f.killed)
        .max()
        .or_else(|| facts.iter().filter_map(|(_, f)| f.attackers_killed).max());
    let injuries = facts.iter().filter_map(|(_, f)| f.injured).max();
    let mut weapons: Vec<String> = Vec::new();
    for (_, f) in &facts {
        for weapon in &f.weapons {
            if !weapons.iter().any(|w| w == weapon) {
                weapons.push((*weapon).to_owned());
            }
        }
    }

    let occurred_on = match &draft.when {
        Some(when) => OccurredOn {
            date: when.date,
            precision: when.precision,
            text: when.text.clone(),
        },
        None => OccurredOn {
            date: article.published_at.date_naive(),
            precision: DatePrecision::Day,
            text: None,
        },
    };

    let mut evidence: Vec<Evidence> = Vec::new();
    let mut evidence_sentences: Vec<usize> = Vec::new();
    for (part, f) in &facts {
        let Some(sentence) = analysed.get(part.sentence) else {
            continue;
        };
        // The part's cues, and the text of the event's date when the sentence
        // holds it and no cue is that text.
        let when = draft
            .when
            .as_ref()
            .and_then(|w| w.text.as_deref())
            .filter(|text| {
                !part.anaphor && sentence.sentence.text.contains(text) && !f.cues.contains(text)
            });
        let cues = f.cues.iter().copied().chain(when);
        match evidence_sentences.iter().position(|&s| s == part.sentence) {
            Some(at) => {
                for cue in cues {
                    if !evidence[at].cues.iter().any(|c| c == cue) {
                        evidence[at].cues.push(cue.to_owned());
                    }
                }
            }
            None => {
                evidence_sentences.push(part.sentence);
                evidence.push(Evidence {
                    text: sentence.sentence.text.to_owned(),
                    cues: cues.map(str::to_owned).collect(),
                });
            }
        }
    }

    let mut confidence: f64 = 0.35;
    if facts.iter().any(|(_, f)| f.strong) {
        confidence += 0.2;
    }
    if typed_by_cue {
        confidence += 0.1;
    }
    confidence += if place_from_text { 0.1 } else { 0.03 };
    if draft.when.as_ref().is_some_and(|w| w.text.is_some()) {
        confidence += 0.05;
    }
    if actors.iter().any(|a| a.role == ActorRole::Initiator) {
        confidence += 0.07;
    }
    if actors.iter().any(|a| a.role != ActorRole::Initiator) {
        confidence += 0.03;
    }
    if evidence.len() > 1 {
        confidence += 0.05;
    }
    let confidence = (confidence.min(0.97) * 100.0).round() / 100.0;

    IncidentEvent {
        schema: IncidentEvent::SCHEMA.to_owned(),
        id: EventId::for_event(&article.id, index),
        article: ArticleRef {
            id: article.id.clone(),
            url: article.url.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            feed_id: article.feed_id.clone(),
            published_at: article.published_at,
            language: article.language.clone(),
        },
        event_type,
        acled: event_type.acled(),
        cameo: event_type.cameo().to_owned(),
        status: draft.status,
        occurred_on,
        location,
        actors,
        fatalities,
        injuries,
        weapons,
        confidence,
        evidence,
        classified_at,
        classifier_version: CLASSIFIER_VERSION.to_owned(),
    }
}
