//! Which place a name stands for, from its context: "Tripoli" is in Lebanon when the
//! article is about Lebanon, "Georgia" is the US state in "Atlanta, Georgia" or "the
//! state of Georgia", "Jordan" is not a place in "Michael Jordan" nor in "the Jordan
//! river".
//!
//! Each candidate place gets a score: a prior (a country name means the country; a
//! sea beats a subdivision named like it; a curated place beats a generated one; a
//! bigger city beats a smaller one), plus the countries the article names elsewhere
//! (its places, its peoples: "Lebanese troops", and its dateline, weakly: where the
//! reporter was), the countries other places of the same sentence lie in, the places
//! written with the name that hold it ("Tripoli, Lebanon", "Karma (Ouahigouya,
//! Yatenga)"), the demonym before a settlement noun ("the Lebanese city of
//! Tripoli"), and the noun after the name ("Niger state", "Kupwara district"). The
//! best score wins. A name before "Street" or "Road" is no place ("Baghdad Street"
//! in Damascus), and a generated town that the places written with it do not hold
//! is another town of that name, left to the text ("Bambui (Tubah, Mezam,
//! North-West region)").

use super::names::{NameHit, NameId};
use super::{Gazetteer, PlaceRef, Precision};
use crate::text::Words;

/// The countries an article names, with how often: the context that tells an
/// ambiguous name apart. Built once per article from its title, body and dateline,
/// and the peoples it names ("Lebanese troops").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceContext {
    countries: Vec<([u8; 2], u32)>,
    peoples: Vec<([u8; 2], u32)>,
    /// The dateline's country, counted once in `countries`.
    dateline: Option<[u8; 2]>,
}

fn add_to(counts: &mut Vec<([u8; 2], u32)>, code: &str, weight: u32) {
    let key = code_key(code);
    match counts.iter_mut().find(|(c, _)| *c == key) {
        Some(entry) => entry.1 += weight,
        None => counts.push((key, weight)),
    }
}

fn weight_in(counts: &[([u8; 2], u32)], code: &str) -> u32 {
    let key = code_key(code);
    counts
        .iter()
        .find(|(c, _)| *c == key)
        .map_or(0, |(_, n)| *n)
}

fn code_key(code: &str) -> [u8; 2] {
    let bytes = code.as_bytes();
    [
        bytes.first().copied().unwrap_or(0),
        bytes.get(1).copied().unwrap_or(0),
    ]
}

impl PlaceContext {
    fn add(&mut self, code: &str, weight: u32) {
        add_to(&mut self.countries, code, weight);
    }

    fn add_people(&mut self, code: &str) {
        add_to(&mut self.peoples, code, 1);
    }

    /// True when the article's text names a place in a country other than `code` (a
    /// dateline alone is where the reporter was, not what the story is about).
    pub fn names_other_than(&self, code: &str) -> bool {
        let key = code_key(code);
        self.countries.iter().any(|(c, n)| {
            let from_dateline = u32::from(self.dateline == Some(*c));
            *c != key && *n > from_dateline
        })
    }

    /// How often the article names places of the country `code`.
    pub fn place_weight(&self, code: &str) -> u32 {
        weight_in(&self.countries, code)
    }

    /// How often the article names the country `code`: its places, and its people.
    pub fn weight(&self, code: &str) -> u32 {
        weight_in(&self.countries, code) + weight_in(&self.peoples, code)
    }

    /// True when the article names places of another country more often than those of
    /// `code` (leaving out `own` of them: the name being resolved).
    pub fn outweighs(&self, code: &str, own: u32) -> bool {
        let key = code_key(code);
        let mine = weight_in(&self.countries, code).saturating_sub(own);
        self.countries.iter().any(|(c, n)| *c != key && *n > mine)
    }
}

/// The texts of an article and its dateline, with the countries they name once counted.
pub struct ArticlePlaces<'t> {
    texts: Vec<&'t str>,
    dateline: Option<PlaceRef>,
    /// The names found in the sentences of `texts`, when they are the names a scan
    /// of the texts themselves finds: the countries are then counted from them.
    sentence_names: Option<&'t [super::SentenceNames]>,
    counted: std::cell::OnceCell<PlaceContext>,
}

impl ArticlePlaces<'_> {
    /// True when one of `names` stands as a capitalised word in the article
    /// ("Saudi" in "Saudi Aramco oil facilities").
    fn says_any(&self, names: &[String]) -> bool {
        self.texts.iter().any(|text| {
            names.iter().any(|name| {
                text.match_indices(name.as_str())
                    .any(|(at, _)| crate::lexicon::on_word_boundaries(text, at, at + name.len()))
            })
        })
    }

    /// True when the countries are counted from the sentences' names.
    #[cfg(test)]
    pub(super) fn counts_sentences(&self) -> bool {
        self.sentence_names.is_some()
    }

    pub(super) fn get(&self, gazetteer: &Gazetteer) -> &PlaceContext {
        self.counted.get_or_init(|| {
            let mut context = match self.sentence_names {
                Some(sentences) => gazetteer
                    .count_names(sentences.iter().flat_map(|s| s.evidence()), self.dateline),
                None => gazetteer.count_context(&self.texts, self.dateline),
            };
            // The nationality of the forces and people named ("Lebanese troops")
            // tells of the country too.
            // A people named as the side that acts ("Russian glide bombs", "Israeli
            // jets") says who fought, not where: it is no evidence of the place.
            for text in &self.texts {
                let words = Words::new(text);
                let mut i = 0;
                while i < words.len() {
                    let Some((code, count)) = gazetteer.demonym_at(&words, i) else {
                        i += 1;
                        continue;
                    };
                    i += count;
                    if !SIDE_NOUNS.contains(&words.lower(i)) {
                        context.add_people(code);
                    }
                }
            }
            context
        })
    }
}

/// Nouns of armed forces and their weapons: a people before one names a side of the
/// fighting ("Russian troops", "Israeli jets", "Saudi-led"), not where it was.
const SIDE_NOUNS: &[&str] = &[
    "troops",
    "forces",
    "force",
    "army",
    "soldiers",
    "military",
    "jets",
    "warplanes",
    "aircraft",
    "planes",
    "drones",
    "drone",
    "missiles",
    "missile",
    "rockets",
    "shelling",
    "artillery",
    "strikes",
    "glide",
    "bombs",
    "bombers",
    "navy",
    "naval",
    "warships",
    "tanks",
    "units",
    "paratroopers",
    "marines",
    "led",
    "backed",
    // The officialese of a side in translated copy: "the Russian occupiers", "the
    // Turkish occupation and its mercenaries", "the Israeli enemy".
    "occupiers",
    "occupier",
    "occupation",
    "occupying",
    "invaders",
    "aggressor",
    "aggressors",
    "aggression",
    "enemy",
    "mercenaries",
];

/// Capitalised words after a place's name that name something of the place, or
/// someone who speaks for it, not a longer name: "Kabul Airport", "Kharkiv Governor
/// Oleh Syniehubov", "Gaza Health Ministry".
const WITHIN_NOUNS: &[&str] = &[
    "airport",
    "airfield",
    "air",
    "base",
    "camp",
    "prison",
    "jail",
    "hospital",
    "university",
    "market",
    "dam",
    "station",
    "refinery",
    "barracks",
    "governor",
    "mayor",
    "police",
    "army",
    "regional",
    "provincial",
    "council",
    "military",
    "administration",
    "command",
    "commander",
    "health",
    "ministry",
    "authorities",
    "officials",
    "international",
    "central",
    "old",
    "new",
    "strip",
    "valley",
    "highway",
    "checkpoint",
    "crossing",
    "border",
    "front",
    "axis",
    // "Imphal West" district, "the Donetsk People's Republic": still the place's own.
    "west",
    "east",
    "north",
    "south",
    "people's",
    "republic",
];

/// True when most longer words of the sentence start in lowercase: running text,
/// where a capital marks a name, not a headline (in title case, or short and full of
/// names, where a capital says less).
fn mostly_lowercase(words: &Words<'_>) -> bool {
    let (mut lower, mut longer) = (0, 0);
    for index in 0..words.len() {
        let word = words.original(index);
        if word.chars().count() < 4 || !word.starts_with(char::is_alphabetic) {
            continue;
        }
        longer += 1;
        lower += usize::from(word.starts_with(char::is_lowercase));
    }
    2 * lower > longer
}

/// How far from a district's centre its towns may lie, in degrees (about 110 km).
const DISTRICT_REACH_DEGREES: f64 = 1.0;

fn degrees_apart(a: &super::Place, b: &super::Place) -> f64 {
    (a.lat - b.lat).abs().max((a.lon - b.lon).abs())
}

/// Nouns that may stand between a place and the places that hold it: "Kankara
/// (Kankara LGA, Katsina)", "Arghandab (Arghandab district, Kandahar province)".
const LIST_NOUNS: &[&str] = &[
    "lga",
    "district",
    "province",
    "state",
    "region",
    "county",
    "governorate",
    "department",
    "tehsil",
    "sub-county",
    "subcounty",
    "commune",
    "municipality",
    "cercle",
    "territory",
    "oblast",
    "local",
    "government",
    "area",
    "wilaya",
    "locality",
    "township",
    "raion",
    "rayon",
    "hromada",
    "community",
];

/// True when the text between two names only lists them ("Tripoli, Lebanon", "Karma
/// (Ouahigouya, Yatenga)", "Mariga (Mariga LGA, Niger State)"): punctuation and the
/// nouns of subdivisions, no other word.
fn listed_together(words: &Words<'_>, end: usize, start: usize) -> bool {
    let Some(between) = words.text.get(end..start) else {
        return false;
    };
    // "the Karari locality of Omdurman", "the Nikopol district of the Dnipropetrovsk
    // oblast": the noun of the first name's subdivision, then the place that holds it.
    let mut tokens = between.split_whitespace();
    if let (Some(noun), Some("of"), rest) = (tokens.next(), tokens.next(), tokens.next()) {
        let noun = noun.to_lowercase();
        if LIST_NOUNS.contains(&noun.as_str())
            && rest.is_none_or(|t| t.eq_ignore_ascii_case("the"))
            && tokens.next().is_none()
        {
            return true;
        }
    }
    let mut has_separator = false;
    // In parentheses, names the gazetteer does not know may stand in the list too:
    // "Bambui (Tubah, Mezam, North-West)".
    let parenthesised = between.contains('(');
    for token in between.split(|c: char| c.is_whitespace() || c == ',' || c == '(') {
        if token.is_empty() {
            continue;
        }
        let name = parenthesised && token.starts_with(char::is_uppercase);
        if !name && !LIST_NOUNS.contains(&token.to_lowercase().as_str()) {
            return false;
        }
    }
    for c in between.chars() {
        match c {
            ',' | '(' => has_separator = true,
            c if c.is_alphanumeric() || c.is_whitespace() || c == '-' => {}
            _ => return false,
        }
    }
    has_separator
}

/// What a generated place loses when the name is only one of its other names and
/// another candidate's own name.
const ALTERNATE_NAME_PENALTY: f64 = 5.0;

/// Generated places this big are known beyond their country: never strays.
const STRAY_MAX_POPULATION: u64 = 500_000;
/// Generated towns this small (or of no known population: a district's seat) are known
/// only in their country's own news: one strays also where the article names places of
/// another country more often than of its own ("Belaya", a Ukrainian village, is not the
/// Russian airbase of a story of Murmansk, Irkutsk and Ivanovo).
const HAMLET_MAX_POPULATION: u64 = 5_000;
/// Generated towns smaller than this, named like a curated place, are told by the
/// places written with them, not by the countries the article names.
const NAMESAKE_MAX_POPULATION: u64 = 100_000;

const ADMIN_NOUNS: &[&str] = &[
    "state",
    "wilaya",
    "province",
    "governorate",
    "region",
    "oblast",
    "district",
    "county",
    "department",
    "prefecture",
    "emirate",
];
/// Nouns after a name that make it a second-level subdivision (or a first-level one
/// named like it): "Kupwara district", "Kankara LGA", "Djibo department".
const DISTRICT_NOUNS: &[&str] = &[
    "district",
    "lga",
    "tehsil",
    "county",
    "sub-county",
    "subcounty",
    "commune",
    "municipality",
    "cercle",
    "department",
    "rayon",
    "raion",
    "territory",
    "local",
    "locality",
    "township",
];
/// Nouns after a name that make it a town: "Kuta town", "the Bilopillia hromada" (a
/// Ukrainian community is named after its seat).
const CITY_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "capital",
    "hromada",
    "community",
];
/// Nouns of places people live in, or of a country's land, after a demonym: "Burkinabe
/// villages", "Syrian territory"; after a subdivision's name: "Plateau village".
const SETTLEMENT_NOUNS: &[&str] = &[
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "cities",
    "hamlet",
    "hamlets",
    "locality",
    "localities",
    "commune",
    "communes",
    "district",
    "districts",
    "province",
    "provinces",
    "territory",
    "soil",
    "countryside",
];
/// Words that may stand between the demonym and its noun: "Burkinabe border villages".
const SETTLEMENT_MODIFIERS: &[&str] = &["border", "frontier", "rural", "remote", "farming"];
/// Words after a name that make it a river, lake or valley, not a state; or a
/// street, square or gate named after a place ("Baghdad Street" in Damascus).
const FEATURE_NOUNS: &[&str] = &[
    "river",
    "delta",
    "basin",
    "street",
    "road",
    "avenue",
    "boulevard",
    "square",
    "gate",
    "lane",
    "bridge",
];
/// Words before a name that make it a lake, river or mountain.
const FEATURE_TITLES: &[&str] = &["lake", "river", "mount", "gulf"];
/// Names that are also rivers: "the Niger", "the Jordan".
const RIVERS: &[&str] = &["niger", "jordan", "senegal", "orange"];
/// Words that open a sentence with a capital of their own, before a place: "In
/// Kolofata, ...", "Near Kidal".
const SENTENCE_OPENERS: &[&str] = &[
    "in",
    "near",
    "at",
    "on",
    "outside",
    "from",
    "across",
    "inside",
    "around",
    "over",
    "throughout",
    "within",
    "along",
    "into",
    "the",
    "a",
    "an",
    "and",
    "but",
    "after",
    "as",
    "when",
    "while",
    "for",
    "to",
    "by",
    "with",
    "of",
    "since",
    "during",
];
/// The lowercase words that join the parts of a longer place name: "El Carmen de
/// Bolivar", "Santa Rosa del Sur", "Sao Jose do Rio Preto".
const NAME_PARTICLES: &[&str] = &["de", "del", "do", "da", "dos", "das", "di", "des", "du"];
/// Prepositions that lead to a place, not to a person: "near Leon", "from Leon".
const PLACE_LEADS: &[&str] = &[
    "in", "near", "outside", "at", "from", "to", "toward", "towards", "into", "around",
];
/// Titles before a person's name: "President Jordan", "Mr Chad".
const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "gen",
    "general",
    "col",
    "colonel",
    "minister",
    "senator",
    "sen",
    "rep",
    "coach",
    "striker",
    "captain",
    "judge",
    "lord",
    "lady",
    "sir",
    "saint",
    "st",
    "pope",
];

fn prior(gazetteer: &Gazetteer, place: PlaceRef) -> f64 {
    match place {
        PlaceRef::Country(_) => 10.0,
        // Above a subdivision named like it (Sudan's Red Sea state): the sea is meant
        // unless a noun says otherwise ("Red Sea state").
        PlaceRef::Sea(_) => 7.0,
        PlaceRef::Place(index) => gazetteer.priors.get(index).copied().unwrap_or(0.0),
    }
}

/// The prior of a place below the country level: a curated place beats a generated
/// one, a bigger place a smaller one, a city a subdivision of the same size.
pub(super) fn place_prior(place: &super::Place) -> f64 {
    if place.curated {
        return 6.5;
    }
    let size = ((place.population + 1) as f64).log10() / 2.0;
    match place.precision {
        Precision::City => 2.5 + size,
        _ => 2.0 + size,
    }
}

/// The country a name tells of: the country it names (unless it is also the name of
/// a subdivision, as "Georgia" or "Niger"), else the one country all its places lie in.
fn single_country<'g>(gazetteer: &'g Gazetteer, candidates: &[PlaceRef]) -> Option<&'g str> {
    if let Some(country) = candidates
        .iter()
        .find(|c| matches!(c, PlaceRef::Country(_)))
    {
        let rivals = candidates.iter().any(|&c| match c {
            PlaceRef::Country(_) => c != *country,
            PlaceRef::Place(index) => {
                let place = &gazetteer.places[index];
                place.curated || place.precision != Precision::City
            }
            PlaceRef::Sea(_) => true,
        });
        return if rivals {
            None
        } else {
            gazetteer.country_code(*country)
        };
    }
    let first = gazetteer.country_code(*candidates.first()?)?;
    candidates
        .iter()
        .all(|c| gazetteer.country_code(*c) == Some(first))
        .then_some(first)
}

impl Gazetteer {
    /// The countries an article names: in its texts (names that can stand for places
    /// in one country only) and its dateline, which counts double. Counted only when
    /// an ambiguous name asks for them, as most articles have none.
    pub fn context<'t>(
        &self,
        texts: impl IntoIterator<Item = &'t str>,
        dateline: Option<PlaceRef>,
    ) -> ArticlePlaces<'t> {
        ArticlePlaces {
            texts: texts.into_iter().collect(),
            dateline,
            sentence_names: None,
            counted: std::cell::OnceCell::new(),
        }
    }

    /// `context` for texts whose sentences, in order, the gazetteer has read with
    /// `names_in` (a text's last sentence ends where the text does, but for white
    /// space): their names are counted rather than the texts read again, unless a
    /// name may run on from one sentence into the next.
    pub fn context_of_sentences<'t>(
        &self,
        texts: impl IntoIterator<Item = &'t str>,
        dateline: Option<PlaceRef>,
        sentences: &'t [super::SentenceNames],
        last_of_their_text: impl Fn(usize) -> bool,
    ) -> ArticlePlaces<'t> {
        let closed = sentences
            .iter()
            .enumerate()
            .all(|(index, sentence)| !sentence.open_at_end || last_of_their_text(index));
        ArticlePlaces {
            sentence_names: closed.then_some(sentences),
            ..self.context(texts, dateline)
        }
    }

    fn count_context(&self, texts: &[&str], dateline: Option<PlaceRef>) -> PlaceContext {
        let mut hits = Vec::new();
        for text in texts {
            let words = Words::new(text);
            hits.extend(
                self.names
                    .find(text)
                    .into_iter()
                    .filter(|hit| !self.whose(&words, hit)),
            );
        }
        self.count_names(hits, dateline)
    }

    /// The countries of the names `hits` and of the dateline.
    fn count_names(
        &self,
        hits: impl IntoIterator<Item = NameHit>,
        dateline: Option<PlaceRef>,
    ) -> PlaceContext {
        let mut context = PlaceContext::default();
        for hit in hits {
            if let Some(code) = single_country(self, self.names.candidates(hit.name)) {
                context.add(code, 1);
            }
        }
        // The dateline is where the reporter was: weak evidence of where it happened.
        if let Some(code) = dateline.and_then(|place| self.country_code(place)) {
            context.add(code, 1);
            context.dateline = Some(code_key(code));
        }
        context
    }

    /// The place a name found in a sentence stands for, or None when it is no place
    /// here (a person, a river, a lake).
    pub(super) fn resolve(
        &self,
        words: &Words<'_>,
        hits: &[NameHit],
        index: usize,
        sentence: &PlaceContext,
        article: &ArticlePlaces<'_>,
    ) -> Option<PlaceRef> {
        let hit = hits[index];
        let first = words.index_of_byte(hit.start);
        let last = words.index_of_byte(hit.end.saturating_sub(1));
        let with_listed;
        let candidates = match self.listed_here(words, hits, index) {
            Some(listed) => {
                with_listed = listed;
                with_listed.as_slice()
            }
            None => self.names.candidates(hit.name),
        };
        let before = if first > 0 {
            words.lower(first - 1)
        } else {
            ""
        };
        let after = words.lower(last + 1);
        let adjacent_after = last + 1 < words.len() && words.gap(last, last + 1) == " ";
        let adjacent_before = first > 0 && words.gap(first - 1, first) == " ";
        let written = &words.text[hit.start..hit.end];
        // Not a place at all: "the Niger river", "Lake Chad", "the Jordan".
        if adjacent_after && FEATURE_NOUNS.contains(&after) {
            return None;
        }
        if adjacent_before && FEATURE_TITLES.contains(&before) {
            return None;
        }
        if before == "the"
            && RIVERS.iter().any(|r| r.eq_ignore_ascii_case(written))
            && !ADMIN_NOUNS.contains(&after)
        {
            return None;
        }
        // A person: "President Chad", "Michael Jordan said", "Chad Smith".
        let given_name = self.given_names.get(hit.name as usize) == Some(&true);
        let person_or_town = given_name
            || candidates
                .iter()
                .all(|c| !matches!(c, PlaceRef::Country(_)));
        if person_or_town && adjacent_before && PERSON_TITLES.contains(&before) {
            return None;
        }
        // In capitals (legacy wire) every word has a capital, so the words around a
        // given name cannot tell a person; a preposition of place before it can: "ON
        // THE ROAD FROM LEON TO EL SAUCE", "NEAR LEON".
        let led_in_capitals = super::locative::all_capitals(words)
            && adjacent_before
            && PLACE_LEADS.contains(&before);
        if given_name && !led_in_capitals {
            let capital_before = adjacent_before
                && first > 0
                && words.original(first - 1).starts_with(char::is_uppercase)
                && !super::locative::PLACE_MODIFIERS.contains(&before)
                && !hits.iter().any(|h| {
                    h.end <= hit.start && words.index_of_byte(h.end.saturating_sub(1)) + 1 == first
                });
            let capital_after = adjacent_after
                && words.original(last + 1).starts_with(char::is_uppercase)
                && !hits
                    .iter()
                    .any(|h| h.start > hit.start && words.index_of_byte(h.start) == last + 1);
            if capital_before || capital_after {
                return None;
            }
        }
        // "Boko Haram", "Jabhat al-Nusra": a town of the gazetteer's long list right
        // after a capitalised word that is no place, no people and no modifier ends
        // the name of a group or a person, in mixed case.
        let generated_only = candidates
            .iter()
            .all(|&c| matches!(c, PlaceRef::Place(i) if !self.places[i].curated));
        if generated_only
            && adjacent_before
            && first > 0
            && (first > 1 || !SENTENCE_OPENERS.contains(&before))
            && words.capitalised(first - 1)
            && !super::locative::all_capitals(words)
            && !super::locative::PLACE_MODIFIERS.contains(&before)
            && self.demonym_at(words, first - 1).is_none()
            // "Burkina's Sahel region": a place's own place.
            && !crate::text::is_possessive(words.original(first - 1))
            && !ADMIN_NOUNS.contains(&after)
            && !DISTRICT_NOUNS.contains(&after)
            && (first < 2 || !words.punctuation_between(first - 2, first - 1))
            && !hits.iter().any(|h| {
                h.end <= hit.start && words.index_of_byte(h.end.saturating_sub(1)) + 1 == first
            })
        {
            return None;
        }
        // "El Carmen de Bolivar", "Santa Rosa del Sur": a name joined by a lowercase
        // particle to a capitalised word the gazetteer does not know is part of a longer
        // name, a town of its own (in mixed case, where a capital means a name).
        let joined = |particle: usize, other: usize| {
            NAME_PARTICLES.contains(&words.lower(particle))
                && words.original(particle).starts_with(char::is_lowercase)
                && words.gap(particle.min(other), particle.max(other)) == " "
                && words.capitalised(other)
                && !hits.iter().any(|h| {
                    (words.index_of_byte(h.start)..=words.index_of_byte(h.end.saturating_sub(1)))
                        .contains(&other)
                })
        };
        if generated_only
            && !super::locative::all_capitals(words)
            && ((adjacent_before && first >= 2 && joined(first - 1, first - 2))
                || (adjacent_after && last + 2 < words.len() && joined(last + 1, last + 2)))
        {
            return None;
        }
        // "the commune of Beni Slimane", "the Timbuktu Triangle, a forest of Borno": a
        // name that runs on into a capitalised word the gazetteer does not know is the
        // start of a longer name, not the place (in mixed case, where a capital means
        // a name; a headline in title case or a legacy wire in capitals says nothing).
        if adjacent_after
            && words.capitalised(last + 1)
            // "El Fasher's Abu Shouk camp": a possessive closes the name.
            && !crate::text::is_possessive(words.original(last))
            && !super::locative::all_capitals(words)
            && mostly_lowercase(words)
            && !WITHIN_NOUNS.contains(&after)
            && !ADMIN_NOUNS.contains(&after)
            && !DISTRICT_NOUNS.contains(&after)
            && !CITY_NOUNS.contains(&after)
            && !LIST_NOUNS.contains(&after)
            && self.demonym_at(words, last + 1).is_none()
            && !hits.iter().any(|h| words.index_of_byte(h.start) == last + 1)
        {
            return None;
        }
        let outer = self.outer_places(words, hits, index);
        // "Bambui (Tubah, Mezam, North-West)": a generated town that none of the places
        // written with it holds is another town of that name.
        let elsewhere = |candidate: PlaceRef| {
            !outer.is_empty()
                && matches!(candidate, PlaceRef::Place(i) if !self.places[i].curated)
                && !self.held_by_any(candidate, &outer)
        };
        if candidates.len() == 1 {
            let own = single_country(self, candidates);
            let candidate = candidates[0];
            if elsewhere(candidate) {
                return None;
            }
            return Some(candidate).filter(|&c| !self.stray(c, own, sentence, article, &outer));
        }
        // "Kundu (Rafi, Niger)": a name after the first of a list in parentheses
        // says where the first lies: a subdivision, as a note writes them.
        let later_in_list = first > 0
            && words.gap(first - 1, first).contains(',')
            && super::locative::in_place_list(words, first);
        // "Niger state", "the state of Niger", "the wilaya of Medea", "the province of
        // Soum": a noun of a first-level subdivision after or before the name.
        let noun_after = ADMIN_NOUNS.contains(&after)
            || first >= 2 && before == "of" && ADMIN_NOUNS.contains(&words.lower(first - 2))
            || later_in_list;
        let district_noun = DISTRICT_NOUNS.contains(&after);
        let city_noun = CITY_NOUNS.contains(&after)
            || (before == "of" && CITY_NOUNS.contains(&words.lower(first.saturating_sub(2))));
        // "the Lebanese city of Tripoli": the country its people name.
        let demonym_country = self.demonym_before_noun(words, first);
        // "Damascus, Maryland" / "Atlanta, Georgia" / "Tripoli, Lebanon" / "Karma
        // (Ouahigouya, Yatenga)": the places a name is written with, that hold it.
        let previous = index
            .checked_sub(1)
            .map(|i| hits[i])
            .filter(|p| listed_together(words, p.end, hit.start));
        let own = single_country(self, candidates);
        let texts = article;
        let article = article.get(self);
        // "Pokrovsk" is a town's own name and an old name of Engels: a name that is one
        // candidate's own name stands for it before the others it is only another name of.
        let someones_own = candidates.iter().any(|&c| self.own_name(c, written));
        // "Jordan" is the country, not a town of Minnesota, in a story of US soldiers
        // killed there: a town named like a country stands for it only when the
        // places written with it or a demonym say so, never from the countries the
        // article names elsewhere.
        let names_a_country = candidates.iter().any(|c| matches!(c, PlaceRef::Country(_)));
        // "Russia says its troops captured a village near Pokrovsk": a name the team
        // curated as a place of conflict reporting stands for a small namesake elsewhere
        // (a Pokrovsk of Yakutia) only when the places written with it or a demonym say
        // so; the countries of a war story are mostly its parties, not its places.
        let names_a_curated_place = candidates
            .iter()
            .any(|&c| matches!(c, PlaceRef::Place(i) if self.places[i].curated));
        candidates
            .iter()
            .map(|&candidate| {
                let mut score = prior(self, candidate);
                if someones_own && !self.own_name(candidate, written) {
                    score -= ALTERNATE_NAME_PENALTY;
                }
                let town_named_like_a_country = names_a_country
                    && matches!(candidate, PlaceRef::Place(i)
                        if !self.places[i].curated && self.places[i].precision >= Precision::City);
                let namesake_of_a_curated_place = names_a_curated_place
                    && matches!(candidate, PlaceRef::Place(i)
                        if !self.places[i].curated
                            && self.places[i].precision >= Precision::City
                            && self.places[i].population < NAMESAKE_MAX_POPULATION);
                if let Some(code) = self
                    .country_code(candidate)
                    .filter(|_| !town_named_like_a_country && !namesake_of_a_curated_place)
                {
                    // The article's other names of the country (this one may be among them).
                    let elsewhere = article
                        .weight(code)
                        .saturating_sub(u32::from(own == Some(code)));
                    score += 3.0 * f64::from(elsewhere.min(3));
                    if sentence.weight(code) > u32::from(own == Some(code)) {
                        score += 4.0;
                    }
                }
                let precision = self.precision(candidate);
                if noun_after && precision.is_subdivision() {
                    score += 6.0;
                }
                // A district is often named after its seat ("the Nikopol district"
                // of a city's raion the gazetteer lacks): a city of the name is half
                // as likely as a district.
                if district_noun {
                    score += match precision {
                        Precision::Admin2 => 6.0,
                        Precision::Admin1 => 3.0,
                        Precision::City => 3.0,
                        _ => 0.0,
                    };
                }
                if city_noun && precision == Precision::City {
                    score += 3.0;
                }
                if demonym_country.is_some() && demonym_country == self.country_code(candidate) {
                    score += 8.0;
                }
                if let Some(previous) = previous {
                    if self.contains_one_of(candidate, self.names.candidates(previous.name)) {
                        score += 8.0;
                    }
                }
                if !outer.is_empty() {
                    if self.held_by_any(candidate, &outer) {
                        score += 8.0;
                    } else {
                        score -= 4.0;
                    }
                }
                (candidate, score)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(candidate, _)| candidate)
            .filter(|&c| !elsewhere(c) && !self.stray(c, own, sentence, texts, &outer))
    }

    /// True for a small generated place in a country the article never names (nor
    /// its people), when it names others (a hamlet: when it names another's places
    /// more often, unless the places written with it hold it): "the village of Solhan in northern Burkina Faso" is no
    /// Turkish district, "Manda Bay in Kenya's Lamu county" no Japanese city. The
    /// name is then left unresolved rather than sent to the wrong country.
    fn stray(
        &self,
        candidate: PlaceRef,
        own: Option<&str>,
        sentence: &PlaceContext,
        texts: &ArticlePlaces<'_>,
        outer: &[NameId],
    ) -> bool {
        let PlaceRef::Place(index) = candidate else {
            return false;
        };
        let place = &self.places[index];
        if place.curated || place.population >= STRAY_MAX_POPULATION {
            return false;
        }
        let code = place.country.as_str();
        let own = u32::from(own == Some(code));
        let article = texts.get(self);
        let hamlet = place.precision == Precision::City && place.population < HAMLET_MAX_POPULATION;
        if hamlet
            && sentence.weight(code) <= own
            && article.outweighs(code, own)
            && !self.held_by_any(candidate, outer)
        {
            return true;
        }
        article.place_weight(code) <= own
            && sentence.weight(code) <= own
            && article.names_other_than(code)
            && !self
                .country(code)
                .is_some_and(|country| texts.says_any(&country.demonyms))
    }

    /// True when `outer` (a country or subdivision) holds one of `inner`.
    fn contains_one_of(&self, outer: PlaceRef, inner: &[PlaceRef]) -> bool {
        inner.iter().any(|&place| self.holds(outer, place))
    }

    /// True when `outer` holds `inner`: a country its places, a province its cities
    /// and districts, a district the cities of its province near its centre.
    pub(super) fn holds(&self, outer: PlaceRef, inner: PlaceRef) -> bool {
        if inner == outer {
            return false;
        }
        match (outer, inner) {
            (PlaceRef::Country(_), PlaceRef::Place(_)) => {
                self.country_code(outer) == self.country_code(inner)
            }
            (PlaceRef::Place(o), PlaceRef::Place(i)) => {
                let (outer_place, inner_place) = (&self.places[o], &self.places[i]);
                if outer_place.country != inner_place.country
                    || outer_place.precision >= inner_place.precision
                {
                    return false;
                }
                match outer_place.precision {
                    Precision::Admin1 => {
                        inner_place.parent == Some(o)
                            || inner_place.admin1.as_deref() == Some(outer_place.name.as_str())
                    }
                    Precision::Admin2 => {
                        inner_place.parent.is_some()
                            && inner_place.parent == outer_place.parent
                            && degrees_apart(outer_place, inner_place) < DISTRICT_REACH_DEGREES
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// True when one of the places written with a name (`outer`, each a name's
    /// candidates) holds `candidate`.
    fn held_by_any(&self, candidate: PlaceRef, outer: &[NameId]) -> bool {
        outer.iter().any(|&name| {
            self.names
                .candidates(name)
                .iter()
                .chain(self.listed_only.get(&name).into_iter().flatten())
                .any(|&o| self.holds(o, candidate))
        })
    }

    /// The candidates of the name `hits[index]` with the subdivisions it names only in
    /// a list of the places that hold a town (`Gazetteer::listed_only`): those that
    /// hold the place listed before it ("Port Sudan (Port Sudan, Red Sea)" is Sudan's
    /// Red Sea state, "Shlomi (Northern, Israel)" Israel's Northern district), or
    /// any of them when the name closes a list in parentheses ("Hurum (Bassa,
    /// Plateau)"), left to the scores. None when the name stands elsewhere, or
    /// names no such subdivision.
    fn listed_here(
        &self,
        words: &Words<'_>,
        hits: &[NameHit],
        index: usize,
    ) -> Option<Vec<PlaceRef>> {
        let hit = hits[index];
        let listed = self.listed_only.get(&hit.name)?;
        let first = words.index_of_byte(hit.start);
        let previous = index
            .checked_sub(1)
            .map(|i| hits[i])
            .filter(|p| listed_together(words, p.end, hit.start));
        let holding: Vec<PlaceRef> = match previous {
            Some(previous) => {
                let inner: Vec<PlaceRef> = self
                    .names
                    .candidates(previous.name)
                    .iter()
                    .chain(self.listed_only.get(&previous.name).into_iter().flatten())
                    .copied()
                    .collect();
                listed
                    .iter()
                    .copied()
                    .filter(|&c| self.contains_one_of(c, &inner))
                    .collect()
            }
            None => Vec::new(),
        };
        let closes_list = first > 0
            && words.gap(first - 1, first).contains(',')
            && super::locative::in_place_list(words, first)
            && words
                .text
                .get(hit.end..)
                .is_some_and(|rest| rest.trim_start().starts_with(')'));
        // "Gunmen raid Plateau village": a subdivision's name, which is nothing else
        // here (no demonym, no other place), before a noun of the places people live
        // in names the subdivision that holds them.
        let before_settlement = words.capitalised(first)
            && self.names.candidates(hit.name).is_empty()
            && self.demonym_at(words, first).is_none()
            && {
                let last = words.index_of_byte(hit.end.saturating_sub(1));
                last + 1 < words.len()
                    && words.gap(last, last + 1) == " "
                    && SETTLEMENT_NOUNS.contains(&words.lower(last + 1))
            };
        let extra: &[PlaceRef] = if !holding.is_empty() {
            &holding
        } else if closes_list || before_settlement {
            listed
        } else {
            return None;
        };
        let mut all = self.names.candidates(hit.name).to_vec();
        all.extend(
            extra
                .iter()
                .filter(|c| !all.contains(c))
                .copied()
                .collect::<Vec<_>>(),
        );
        Some(all)
    }

    /// The names written after the name `hits[index]` that say where it lies: a list
    /// after a comma or in parentheses, with their nouns ("Kankara (Kankara LGA,
    /// Katsina)", "Kuriga, Kaduna state", "Tripoli, Lebanon").
    fn outer_places(&self, words: &Words<'_>, hits: &[NameHit], index: usize) -> Vec<NameId> {
        let mut outer = Vec::new();
        let mut end = hits[index].end;
        for (at, next) in hits.iter().enumerate().skip(index + 1).take(3) {
            if !listed_together(words, end, next.start) {
                break;
            }
            // "Lalibela (Lasta, North Wollo)": a word that is a place only in a list
            // ("North", "Plateau"), not one here, ends what is known of the list.
            if self.names.candidates(next.name).is_empty()
                && self.listed_here(words, hits, at).is_none()
            {
                break;
            }
            outer.push(next.name);
            end = next.end;
        }
        outer
    }

    /// The country of a demonym that leads a settlement noun before word `first`:
    /// "the Lebanese city of Tripoli", "the Nigerian town of Kuta".
    fn demonym_before_noun(&self, words: &Words<'_>, first: usize) -> Option<&str> {
        if first < 3 || words.lower(first - 1) != "of" {
            return None;
        }
        let noun = words.lower(first - 2);
        if !CITY_NOUNS.contains(&noun) && !ADMIN_NOUNS.contains(&noun) {
            return None;
        }
        (first.saturating_sub(5)..first - 2)
            .rev()
            .find_map(|i| self.demonym_at(words, i))
            .map(|(code, _)| code)
    }

    /// The country of a people written before a noun of settlements or land, which
    /// says where the act was whatever the dateline or the neighbours named: "two
    /// Burkinabe villages near the border with Mali", "a Nigerian border town", "on
    /// Syrian territory".
    pub fn settlement_demonym(&self, words: &Words<'_>) -> Option<&str> {
        (0..words.len()).find_map(|i| {
            // "projectiles crossing from Lebanese territory": where the weapon came
            // from, not where the act was.
            if i > 0 && words.lower(i - 1) == "from" {
                return None;
            }
            let (code, count) = self.demonym_at(words, i)?;
            let mut next = i + count;
            if SETTLEMENT_MODIFIERS.contains(&words.lower(next)) {
                next += 1;
            }
            (SETTLEMENT_NOUNS.contains(&words.lower(next))
                && !words.punctuation_between(i + count - 1, next))
            .then_some(code)
        })
    }

    /// The context of one sentence: the countries of its unambiguous names.
    pub(super) fn sentence_context(&self, hits: impl IntoIterator<Item = NameHit>) -> PlaceContext {
        let mut context = PlaceContext::default();
        for hit in hits {
            if let Some(code) = single_country(self, self.names.candidates(hit.name)) {
                context.add(code, 1);
            }
        }
        context
    }

    /// True unless `candidate` is a generated place that `written` names only by one of
    /// its other names (a curated place's other names are chosen spellings; a country's
    /// and a sea's are their names).
    fn own_name(&self, candidate: PlaceRef, written: &str) -> bool {
        match candidate {
            PlaceRef::Place(index) => {
                let place = &self.places[index];
                place.curated || place.name.eq_ignore_ascii_case(written.trim())
            }
            _ => true,
        }
    }

    /// The best place for a name written on its own (`written`), by prior and optional
    /// context; a place the name is only another name of yields as in a sentence
    /// ("SAN MIGUEL," is El Salvador's city, not San Diego, once called so).
    pub(super) fn resolve_alone(
        &self,
        name: NameId,
        written: &str,
        context: &PlaceContext,
    ) -> Option<PlaceRef> {
        let candidates = self.names.candidates(name);
        let someones_own = candidates.iter().any(|&c| self.own_name(c, written));
        candidates
            .iter()
            .map(|&c| {
                let weight = self.country_code(c).map_or(0, |code| context.weight(code));
                let alternate = if someones_own && !self.own_name(c, written) {
                    ALTERNATE_NAME_PENALTY
                } else {
                    0.0
                };
                (
                    c,
                    prior(self, c) + 6.0 * f64::from(weight.min(1)) - alternate,
                )
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(c, _)| c)
    }
}
