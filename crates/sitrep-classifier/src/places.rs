//! The gazetteer: countries (ISO 3166-1 alpha-2, centre coordinates, other names,
//! demonyms) from data/countries.toml, and cities, bases and provinces from
//! data/places.toml, with the place mentions found in a sentence.
//!
//! A place name counts only when written with a capital ("Chad", not "chad"), and a
//! mention is *locative* when a preposition such as "in", "near" or "outside" leads
//! to it ("in northern Iraq", "near the town of Beni"): those tell where an event was.

use std::collections::HashMap;

use serde::Deserialize;
use sitrep_contract::{Location, LocationPrecision};

use crate::error::{parse_toml, LoadError};
use crate::lexicon::{Lexicon, LexiconBuilder};
use crate::text::Words;

pub const COUNTRIES_FILE: &str = "data/countries.toml";
pub const PLACES_FILE: &str = "data/places.toml";

#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub code: String,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: String,
    pub country: String,
    pub admin1: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub precision: LocationPrecision,
}

/// A gazetteer entry: a country (index into countries) or a place (index into places).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRef {
    Country(usize),
    Place(usize),
}

/// A place named in a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceMention {
    pub place: PlaceRef,
    pub start: usize,
    pub end: usize,
    /// The first word of the mention.
    pub word: usize,
    /// Led by a locative preposition ("in", "near", "outside" ...).
    pub locative: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountries {
    countries: Vec<RawCountry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    name: String,
    lat: f64,
    lon: f64,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaces {
    places: Vec<RawPlace>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    name: String,
    kind: String,
    country: String,
    admin1: Option<String>,
    lat: f64,
    lon: f64,
    #[serde(default)]
    aliases: Vec<String>,
}

pub struct Gazetteer {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    by_code: HashMap<String, usize>,
    lexicon: Lexicon<PlaceRef>,
}

const LOCATIVE: &[&str] = &[
    "in",
    "near",
    "outside",
    "at",
    "across",
    "into",
    "inside",
    "within",
    "around",
    "throughout",
    "on",
    "over",
    "of",
    "along",
];
pub(crate) const PLACE_MODIFIERS: &[&str] = &[
    "the",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "restive",
    "war-torn",
    "neighbouring",
    "neighboring",
    "capital",
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "state",
    "of",
    "far",
    "coastal",
    "rural",
    "disputed",
    "breakaway",
    "oil-rich",
];

fn valid_coordinates(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
}

impl Gazetteer {
    pub fn load(countries_source: &str, places_source: &str) -> Result<Self, LoadError> {
        let raw_countries: RawCountries = parse_toml(COUNTRIES_FILE, countries_source)?;
        let raw_places: RawPlaces = parse_toml(PLACES_FILE, places_source)?;
        let mut builder = LexiconBuilder::new().proper_names();
        let mut countries = Vec::new();
        let mut by_code = HashMap::new();
        let mut names: Vec<String> = Vec::new();
        for raw in raw_countries.countries {
            let valid_code =
                raw.code.len() == 2 && raw.code.chars().all(|c| c.is_ascii_uppercase());
            if !valid_code {
                return Err(LoadError::invalid(
                    COUNTRIES_FILE,
                    &raw.name,
                    format!("bad ISO code {:?}", raw.code),
                ));
            }
            if !valid_coordinates(raw.lat, raw.lon) {
                return Err(LoadError::invalid(
                    COUNTRIES_FILE,
                    &raw.name,
                    "coordinates out of range",
                ));
            }
            if by_code.insert(raw.code.clone(), countries.len()).is_some() {
                return Err(LoadError::invalid(
                    COUNTRIES_FILE,
                    &raw.name,
                    format!("code {} listed twice", raw.code),
                ));
            }
            let mut patterns = vec![raw.name.clone()];
            patterns.extend(raw.aliases.iter().cloned());
            names.push(raw.name.clone());
            builder
                .add(PlaceRef::Country(countries.len()), &patterns)
                .map_err(|e| {
                    LoadError::from_lexicon(COUNTRIES_FILE, e, |i| {
                        names.get(i).cloned().unwrap_or_default()
                    })
                })?;
            countries.push(Country {
                code: raw.code,
                name: raw.name,
                lat: raw.lat,
                lon: raw.lon,
                aliases: raw.aliases,
                demonyms: raw.demonyms,
            });
        }
        let mut places = Vec::new();
        for raw in raw_places.places {
            let precision = match raw.kind.as_str() {
                "city" => LocationPrecision::City,
                "admin1" => LocationPrecision::Admin1,
                other => {
                    return Err(LoadError::invalid(
                        PLACES_FILE,
                        &raw.name,
                        format!("unknown kind {other:?}"),
                    ))
                }
            };
            if !by_code.contains_key(&raw.country) {
                return Err(LoadError::invalid(
                    PLACES_FILE,
                    &raw.name,
                    format!("unknown country {:?}", raw.country),
                ));
            }
            if !valid_coordinates(raw.lat, raw.lon) {
                return Err(LoadError::invalid(
                    PLACES_FILE,
                    &raw.name,
                    "coordinates out of range",
                ));
            }
            let mut patterns = vec![raw.name.clone()];
            patterns.extend(raw.aliases.iter().cloned());
            names.push(raw.name.clone());
            builder
                .add(PlaceRef::Place(places.len()), &patterns)
                .map_err(|e| {
                    LoadError::from_lexicon(PLACES_FILE, e, |i| {
                        names.get(i).cloned().unwrap_or_default()
                    })
                })?;
            let admin1 = match precision {
                LocationPrecision::Admin1 => Some(raw.name.clone()),
                _ => raw.admin1,
            };
            places.push(Place {
                name: raw.name,
                country: raw.country,
                admin1,
                lat: raw.lat,
                lon: raw.lon,
                precision,
            });
        }
        let lexicon = builder
            .build()
            .map_err(|e| LoadError::from_lexicon(PLACES_FILE, e, |_| String::new()))?;
        Ok(Self {
            countries,
            places,
            by_code,
            lexicon,
        })
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.by_code.get(code).map(|&index| &self.countries[index])
    }

    /// The ISO code of the country a gazetteer entry lies in.
    pub fn country_code(&self, place: PlaceRef) -> &str {
        match place {
            PlaceRef::Country(index) => &self.countries[index].code,
            PlaceRef::Place(index) => &self.places[index].country,
        }
    }

    pub fn precision(&self, place: PlaceRef) -> LocationPrecision {
        match place {
            PlaceRef::Country(_) => LocationPrecision::Country,
            PlaceRef::Place(index) => self.places[index].precision,
        }
    }

    /// The contract's `Location` for a gazetteer entry.
    pub fn location(&self, place: PlaceRef) -> Location {
        match place {
            PlaceRef::Country(index) => {
                let country = &self.countries[index];
                Location {
                    name: country.name.clone(),
                    country_code: Some(country.code.clone()),
                    admin1: None,
                    lat: Some(country.lat),
                    lon: Some(country.lon),
                    precision: LocationPrecision::Country,
                }
            }
            PlaceRef::Place(index) => {
                let place = &self.places[index];
                Location {
                    name: place.name.clone(),
                    country_code: Some(place.country.clone()),
                    admin1: place.admin1.clone(),
                    lat: Some(place.lat),
                    lon: Some(place.lon),
                    precision: place.precision,
                }
            }
        }
    }

    /// The `Location` of a country known by its code.
    pub fn country_location(&self, code: &str) -> Option<Location> {
        self.by_code
            .get(code)
            .map(|&index| self.location(PlaceRef::Country(index)))
    }

    /// Looks up a place written on its own, such as a dateline ("KYIV", "Mogadishu").
    pub fn lookup(&self, name: &str) -> Option<PlaceRef> {
        let trimmed = name.trim();
        if trimmed.is_empty() {
            return None;
        }
        let titled = title_case(trimmed);
        self.lexicon
            .find(&titled)
            .first()
            .filter(|hit| hit.start == 0 && hit.end == titled.len())
            .map(|hit| *hit.value)
    }

    /// Places named in a sentence, in order.
    pub fn find(&self, words: &Words<'_>) -> Vec<PlaceMention> {
        self.lexicon
            .find(words.text)
            .into_iter()
            .map(|hit| {
                let word = words.index_of_byte(hit.start);
                PlaceMention {
                    place: *hit.value,
                    start: hit.start,
                    end: hit.end,
                    word,
                    locative: is_locative(words, word),
                }
            })
            .collect()
    }
}

const TOWN_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "district",
    "province",
    "region",
    "state",
    "area",
    "outskirts",
    "suburb",
    "port",
    "capital",
    "governorate",
    "county",
    "municipality",
];
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "announced",
    "stated",
    "added",
    "reports",
];

/// True when the place belongs to the attribution of a report ("the ministry in
/// Ankara said"), not to the event.
pub fn in_attribution(words: &Words<'_>, mention: &PlaceMention) -> bool {
    let last = words.index_of_byte(mention.end.saturating_sub(1));
    (last + 1..last + 4).any(|i| SPEECH.contains(&words.lower(i)))
}

/// True when a locative preposition leads to word `index`, over place modifiers.
fn is_locative(words: &Words<'_>, index: usize) -> bool {
    let mut i = index;
    let mut steps = 0;
    while i > 0 && steps < 6 {
        i -= 1;
        steps += 1;
        let word = words.lower(i);
        let word = crate::text::strip_possessive(word);
        if LOCATIVE.contains(&word) && word != "of" {
            return true;
        }
        // "the town of Kidal", "the outskirts of Mosul".
        if word == "of" && i > 0 && TOWN_NOUNS.contains(&words.lower(i - 1)) {
            return true;
        }
        if word == "of" && i > 0 && PLACE_MODIFIERS.contains(&words.lower(i - 1)) {
            continue;
        }
        if word == "and" {
            continue;
        }
        if !PLACE_MODIFIERS.contains(&word) && !words.original(i).starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// "KYIV" -> "Kyiv", "NEW DELHI" -> "New Delhi"; other text is left as written.
fn title_case(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut start_of_word = true;
    for c in text.chars() {
        if start_of_word {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start_of_word = !c.is_alphanumeric() && c != '\'' && c != '\u{2019}';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::load(
            include_str!("../data/countries.toml"),
            include_str!("../data/places.toml"),
        )
        .expect("gazetteer")
    }

    fn check(text: &str, expected: &[(&str, &str, bool)]) {
        let gazetteer = gazetteer();
        let words = Words::new(text);
        let found: Vec<(&str, &str, bool)> = gazetteer
            .find(&words)
            .iter()
            .map(|m| {
                (
                    &text[m.start..m.end],
                    gazetteer.country_code(m.place),
                    m.locative,
                )
            })
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn finds_places_with_countries() {
        check(
            "militia sites in Iraq, according to",
            &[("Iraq", "IQ", true)],
        );
        check(
            "The US and Iran",
            &[("US", "US", false), ("Iran", "IR", false)],
        );
        check("a blast in Mogadishu", &[("Mogadishu", "SO", true)]);
        check(
            "shelling in Ukraine's Donetsk region",
            &[("Ukraine", "UA", true), ("Donetsk region", "UA", true)],
        );
        check(
            "clashes near the town of Rutshuru in eastern DRC",
            &[("Rutshuru", "CD", true), ("DRC", "CD", true)],
        );
        check(
            "in South Sudan and Sudan",
            &[("South Sudan", "SS", true), ("Sudan", "SD", true)],
        );
        check("the hanging chad and us", &[]);
        check(
            "in northern Nigeria's Borno state",
            &[("Nigeria", "NG", true), ("Borno state", "NG", true)],
        );
    }

    #[test]
    fn looks_up_datelines_and_validates() {
        let gazetteer = gazetteer();
        assert_eq!(
            gazetteer
                .lookup("KYIV")
                .map(|p| gazetteer.country_code(p).to_owned()),
            Some("UA".into())
        );
        assert_eq!(
            gazetteer
                .lookup("NEW DELHI")
                .map(|p| gazetteer.country_code(p).to_owned()),
            Some("IN".into())
        );
        assert_eq!(gazetteer.lookup("Atlantis"), None);
        let location = gazetteer.country_location("IQ").expect("Iraq");
        assert_eq!(
            (location.lat, location.lon, location.precision),
            (Some(33.0), Some(44.0), LocationPrecision::Country)
        );
        let bad = "places = [ { name = \"X\", kind = \"city\", country = \"ZZ\", lat = 0.0, lon = 0.0 } ]";
        let error = Gazetteer::load(include_str!("../data/countries.toml"), bad)
            .err()
            .expect("fails")
            .to_string();
        assert!(
            error.contains("data/places.toml") && error.contains("ZZ"),
            "{error}"
        );
        assert!(gazetteer.countries.len() > 190);
    }
}
