//! `location`: where the event happened. The most precise place the event's own
//! sentences give (anaphoric ones only refine within a country), else the place of
//! the sentences just before it, the headline's, the dateline's, the article's main
//! country or a party's country; a place that is only the acting side's country
//! gives way to the other side's; a people written before a noun of settlements
//! ("Burkinabe villages") tells the country over all but a place below the country
//! named with the act; a village the gazetteer does not list, named where
//! the event is told, names the place within what is known around it (the places
//! listed after it: "Karma (Ouahigouya, Yatenga)" is in Yatenga's province). An event
//! at sea ("in the Red Sea", "off the coast of Somalia") has no country.
//!
//! Finding and resolving place names is `places/`; this module only chooses among
//! the places found.

use sitrep_contract::{Actor, ActorKind, ActorRole, EventType, Location, LocationPrecision};

use super::facts::PartFacts;
use super::Event;
use crate::analysis::{best_place, Analysed};
use crate::cues::CueType;
use crate::events::{self, Part};
use crate::places::unlisted::UnlistedPlace;
use crate::places::{PlaceMention, PlaceRef, Precision};
use crate::Classifier;

/// What the article as a whole says about places, for every event.
pub struct ArticlePlaces<'a> {
    pub dateline: Option<PlaceRef>,
    /// The country most places of the article lie in.
    pub dominant: Option<&'a str>,
    /// `dominant` when places tied to acts ("in", "near") tell it.
    pub located: Option<&'a str>,
}

/// The event's location, and whether the event's own sentences told it.
pub fn decide(
    event: &Event<'_, '_, '_>,
    parts: &[Part],
    facts: &[(Part, PartFacts<'_>)],
    actors: &[Actor],
    article: &ArticlePlaces<'_>,
) -> (Location, bool) {
    let (classifier, analysed) = (event.classifier, event.analysed);
    let act = act_of(event, facts);
    let from_text = from_own_sentences(classifier, facts);
    // "intercepted three drones launched towards Jazan": a weapon brought down was
    // brought down over where it was sent, not where it came from.
    let from_text = match act {
        Act::Interception => aimed_place(classifier, analysed, facts, from_text).or(from_text),
        _ => from_text,
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
    // "off the coast of Somalia": at sea, in no country, unless the event's own
    // sentences name a place more precise than a country.
    if let Some(location) = offshore(classifier, analysed, facts, from_text) {
        return (location, true);
    }
    let (location, place_from_text) = match from_text.or(narrative).or(headline) {
        Some(place) => (
            classifier.gazetteer.location(place.place),
            from_text.is_some(),
        ),
        None => match article.dateline {
            // "JOHANNESBURG (agency) - ... fighting in Huambo province": the dateline
            // is where the copy was filed, the story's places where it happened.
            Some(place)
                if article.located.is_some()
                    && classifier.gazetteer.country_code(place) != article.located =>
            {
                (
                    article
                        .located
                        .and_then(|c| classifier.gazetteer.country_location(c))
                        .unwrap_or_else(|| classifier.gazetteer.location(place)),
                    false,
                )
            }
            Some(place) => (classifier.gazetteer.location(place), false),
            None => {
                // Last resort: the country of a state party ("Armenian and Azerbaijani forces").
                let party = actors
                    .iter()
                    .find(|a| a.kind == ActorKind::StateForce)
                    .and_then(|a| a.country_code.as_deref());
                (
                    article
                        .dominant
                        .or(party)
                        .and_then(|c| classifier.gazetteer.country_location(c))
                        .unwrap_or_else(unknown_location),
                    false,
                )
            }
        },
    };
    // "two Burkinabe villages near the border with Mali": the people of the places
    // where it happened tell the country over a dateline, a neighbour or a headline.
    let settled = facts
        .iter()
        .filter(|(p, _)| !p.anaphor)
        .filter_map(|(p, _)| analysed.get(p.sentence))
        .chain(analysed.first().filter(|a| a.sentence.is_title))
        .find_map(|a| classifier.gazetteer.settlement_demonym(&a.words));
    let (location, place_from_text) = match settled {
        Some(code)
            if location.country_code.as_deref() != Some(code)
                && (!place_from_text || location.precision == LocationPrecision::Country) =>
        {
            match classifier.gazetteer.country_location(code) {
                Some(country) => (country, true),
                None => (location, place_from_text),
            }
        }
        _ => (location, place_from_text),
    };
    let location = if place_from_text {
        location
    } else {
        fallback_country(classifier, analysed, actors, location, act)
    };
    // A village or town the gazetteer does not list, named where the event is told,
    // is more precise than the province or country it lies in; it keeps their
    // coordinates and precision, which are all that is known of it.
    let location = match unlisted_place(analysed, facts, from_text, classifier) {
        // "Karma (Ouahigouya, Yatenga)": the town of the list only says where the
        // village lies; what is known of the village is the province around it.
        Some(place) if place.listed && location.country_code.is_some() => {
            let around = match from_text {
                Some(listed) => classifier.gazetteer.around(listed.place),
                None => location,
            };
            Location {
                name: place.name,
                ..around
            }
        }
        Some(place)
            if location.country_code.is_some()
                && Precision::of(location.precision) < Precision::City =>
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
    (location, place_from_text)
}

/// What kind of act the event is, as far as its place goes.
fn act_of(event: &Event<'_, '_, '_>, facts: &[(Part, PartFacts<'_>)]) -> Act {
    match events::draft_type(event.draft, event.views) {
        CueType::Specific(EventType::DisruptedWeaponsUse) => Act::Interception,
        CueType::Specific(
            EventType::AirDroneStrike | EventType::ShellingArtilleryMissileAttack,
        ) => Act::RemoteStrike,
        // "Thai F-16s bombed": a strike whose weapon tells its kind.
        CueType::Generic
            if facts.iter().any(|(_, f)| {
                f.implied.iter().any(|t| {
                    matches!(
                        t,
                        EventType::AirDroneStrike | EventType::ShellingArtilleryMissileAttack
                    )
                })
            }) =>
        {
            Act::RemoteStrike
        }
        _ => Act::Other,
    }
}

/// The most precise place the event's own sentences send a weapon to ("launched
/// towards Jazan"), when more precise than `from_text`.
fn aimed_place(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    from_text: Option<PlaceMention>,
) -> Option<PlaceMention> {
    let floor = from_text.map_or(Precision::Region, |p| {
        classifier.gazetteer.precision(p.place)
    });
    facts
        .iter()
        .filter(|(p, _)| !p.anaphor)
        .filter_map(|(p, _)| analysed.get(p.sentence))
        .flat_map(|a| {
            a.places
                .iter()
                .filter(|m| crate::places::aimed_at(&a.words, m.word))
                .copied()
        })
        .filter(|m| classifier.gazetteer.precision(m.place) > floor)
        .max_by_key(|m| classifier.gazetteer.precision(m.place))
}

/// Waters off a place the event's own sentences name ("off the coast of Somalia"),
/// when they name no place more precise than a country where the act was.
fn offshore(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    from_text: Option<PlaceMention>,
) -> Option<Location> {
    if let Some(sea) = out_at_sea(classifier, analysed, facts, from_text) {
        return Some(sea);
    }
    if from_text.is_some_and(|p| classifier.gazetteer.precision(p.place) > Precision::Country) {
        return None;
    }
    let coast = facts
        .iter()
        .filter(|(p, _)| !p.anaphor)
        .filter_map(|(p, _)| analysed.get(p.sentence))
        .find_map(|a| a.places.iter().find(|m| m.offshore))?;
    let shore = classifier.gazetteer.location(coast.place);
    Some(Location {
        name: format!("off {}", shore.name),
        country_code: None,
        admin1: None,
        precision: Precision::Region.published(),
        ..shore
    })
}

/// A sea the event's own sentences place the act in ("struck the ship in the Gulf of
/// Aden, about 50 nautical miles south-west of Aden"), when the place on land they name
/// is only where the distance out to sea is measured from.
fn out_at_sea(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    from_text: Option<PlaceMention>,
) -> Option<Location> {
    let land = from_text?;
    if matches!(land.place, PlaceRef::Sea(_)) {
        return None;
    }
    let sentences: Vec<&Analysed<'_, '_>> = facts
        .iter()
        .filter(|(p, _)| !p.anaphor)
        .filter_map(|(p, _)| analysed.get(p.sentence))
        .collect();
    let measured_from = sentences.iter().any(|a| {
        a.places.iter().any(|m| {
            m.place == land.place
                && m.word == land.word
                && crate::places::distance_reference(&a.words, m.word)
        })
    });
    if !measured_from {
        return None;
    }
    let sea = sentences.iter().find_map(|a| {
        a.places
            .iter()
            .find(|m| matches!(m.place, PlaceRef::Sea(_)) && m.locative)
    })?;
    Some(classifier.gazetteer.location(sea.place))
}

/// The most precise place the event's own sentences give; anaphoric ones only
/// refine within a country.
fn from_own_sentences(
    classifier: &Classifier,
    facts: &[(Part, PartFacts<'_>)],
) -> Option<PlaceMention> {
    let mut best: Option<PlaceMention> = None;
    for anaphor in [false, true] {
        for (_, f) in facts.iter().filter(|(p, _)| p.anaphor == anaphor) {
            let Some(place) = f.place else { continue };
            let precision = classifier.gazetteer.precision(place.place);
            let better = match best {
                None => true,
                Some(current) => {
                    let same_country = classifier.gazetteer.country_code(current.place)
                        == classifier.gazetteer.country_code(place.place);
                    let current_precision = classifier.gazetteer.precision(current.place);
                    (precision > current_precision
                        || (precision == current_precision
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
}

/// The first unlisted place named in the event's own (not anaphoric) sentences, when
/// those sentences name no city the gazetteer knows, or only in the list of places
/// that hold it ("Karma (Ouahigouya, Yatenga)").
fn unlisted_place(
    analysed: &[Analysed<'_, '_>],
    facts: &[(Part, PartFacts<'_>)],
    from_text: Option<PlaceMention>,
    classifier: &Classifier,
) -> Option<UnlistedPlace> {
    let first = facts
        .iter()
        .filter(|(p, _)| !p.anaphor)
        .filter_map(|(p, _)| analysed.get(p.sentence))
        .find_map(|a| a.unlisted.first().cloned())?;
    let precise =
        from_text.is_some_and(|p| classifier.gazetteer.precision(p.place) >= Precision::City);
    (first.listed || !precise).then_some(first)
}

/// True when `place` lies in the province named like the city `current` ("Shelling
/// kills 3 in Idlib" over "in the town of Ariha in Idlib province"): a headline names
/// a province by its capital's name, the body the town.
fn within_namesake(classifier: &Classifier, current: PlaceMention, place: PlaceMention) -> bool {
    let is_city = classifier.gazetteer.precision(current.place) == Precision::City;
    let current = classifier.gazetteer.location(current.place);
    let place = classifier.gazetteer.location(place.place);
    is_city
        && current.name != place.name
        && current.country_code == place.country_code
        && place.admin1.as_deref() == Some(current.name.as_str())
}

/// The country most places of the article lie in (headline counts double), and
/// whether places tied to acts ("in", "near") told it.
pub fn dominant_country(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
) -> Option<(String, bool)> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    let mut located = false;
    for locative_only in [true, false] {
        for (order, sentence) in analysed.iter().enumerate() {
            for place in sentence.places.iter().filter(|p| {
                let attributive = matches!(p.place, PlaceRef::Country(_))
                    && crate::places::attributive(&sentence.words, p);
                p.locative || !(locative_only || attributive)
            }) {
                let Some(code) = classifier.gazetteer.country_code(place.place) else {
                    continue;
                };
                let code = code.to_owned();
                let weight = if sentence.sentence.is_title { 2 } else { 1 };
                match counts.iter_mut().find(|(c, _, _)| *c == code) {
                    Some(entry) => entry.1 += weight,
                    None => counts.push((code, weight, order)),
                }
            }
        }
        if !counts.is_empty() {
            located = locative_only;
            break;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n, order)| (*n, std::cmp::Reverse(*order)))
        .map(|(code, _, _)| (code, located))
}

/// A location not told by the event's sentences: when it is only the country of the
/// side that acted ("U.S. Africa Command said it carried out an air strike ...
/// against fighters attacking Somali forces"), or for an air strike or shelling any
/// place of that side's country ("... struck a station in Kantharalak. Thai F-16s later
/// bombed two Cambodian positions"), the country of the other side; when
/// no place at all is known (an interception happens over the side that acted), the
/// country of a party, else of the article's demonyms ("Suicide car bomb hits Somali
/// base").
fn fallback_country(
    classifier: &Classifier,
    analysed: &[Analysed<'_, '_>],
    actors: &[Actor],
    location: Location,
    act: Act,
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
            other_side.filter(|_| Some(code) == initiator_country && act != Act::Interception)
        }
        // "Cambodian rockets hit a Thai petrol station in Sisaket ... Thai F-16s later
        // bombed two Cambodian positions": a strike fired at the other side, placed
        // only by the sentences before it, lands across the line, not in the town of
        // the acting side that those sentences name.
        Some(code) if act == Act::RemoteStrike => {
            other_side.filter(|_| Some(code) == initiator_country)
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

/// What kind of act an event is, as far as where it happened is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    /// A weapon brought down: over the side that brought it down.
    Interception,
    /// An air strike or shelling: where it lands, on the side it was fired at.
    RemoteStrike,
    Other,
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
