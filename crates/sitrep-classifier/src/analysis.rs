//! Reading one sentence: its cues grouped into mentions with their framing, and
//! the times, places, actors, weapons and casualty counts around them. Every
//! sentence is read once; assembling events and filling their fields only look
//! at what this module found.

use chrono::{DateTime, Utc};
use sitrep_contract::{DatePrecision, EventType};

use crate::actors::ActorMention;
use crate::casualties::{self, Casualties};
use crate::cues::CueType;
use crate::dates::TimeValue;
use crate::events::{PlaceKey, TimeAt};
use crate::lexicon::ScannedLexicon;
use crate::markers::MarkerKind;
use crate::mentions::{self, Context, CueMatch, MarkerMatch, Mention};
use crate::places::{PlaceMention, Precision};
use crate::sentences::Sentence;
use crate::text::Words;
use crate::weapons::WeaponTerm;
use crate::Classifier;

/// A weapon named in a sentence.
#[derive(Debug, Clone)]
pub struct WeaponAt<'c> {
    pub name: &'c str,
    pub implies: Option<EventType>,
    pub first_word: usize,
    pub last_word: usize,
}

/// Everything read from one sentence.
pub struct Analysed<'a, 'c> {
    pub sentence: Sentence<'a>,
    pub words: Words<'a>,
    pub mentions: Vec<Mention<'c>>,
    pub times: Vec<TimeAt>,
    pub places: Vec<PlaceMention>,
    pub actors: Vec<ActorMention<'c>>,
    /// Villages and towns the gazetteer does not list ("the village of Mukondi").
    pub unlisted: Vec<crate::places::unlisted::UnlistedPlace>,
    pub weapons: Vec<WeaponAt<'c>>,
    pub casualties: Vec<Casualties>,
    pub has_history_marker: bool,
    /// A non-incident word anywhere in the sentence ("explosions in coal mines").
    pub has_non_incident_marker: bool,
    /// A word that puts the article's harm down to an accident or a fault
    /// (`Marker::whole_text`), read before armed actors silence any marker.
    pub names_accident: bool,
    pub separate: bool,
    pub place_key: Option<PlaceKey<'c>>,
    /// The sentence tells of people killed or hurt or of things damaged.
    pub harm: bool,
}

/// Words of what falls from a weapon shot down.
const WRECKAGE: &[&str] = &["debris", "fragments", "wreckage", "shrapnel"];

/// Words of damage done: with them a sentence tells what an act did.
const DAMAGE: &[&str] = &[
    "damaged",
    "damaging",
    "destroyed",
    "destroying",
    "rubble",
    "ablaze",
    "collapsed",
];

const SEPARATE: &[&str] = &[
    "separately",
    "separate",
    "another",
    "elsewhere",
    "meanwhile",
    "second",
];

/// `SEPARATE`, asked of every word of every sentence.
static SEPARATE_SET: std::sync::LazyLock<crate::text::WordSet> =
    std::sync::LazyLock::new(|| crate::text::WordSet::new(SEPARATE.iter().copied()));

pub(crate) fn word_span(words: &Words<'_>, start: usize, end: usize) -> (usize, usize) {
    let (first, last) = words.span(start, end);
    (first, last.saturating_sub(1).max(first))
}

/// The most precise locative place of a sentence, nearest to `near` on ties.
pub(crate) fn best_place(
    classifier: &Classifier,
    words: &Words<'_>,
    places: &[PlaceMention],
    near: usize,
) -> Option<PlaceMention> {
    places
        .iter()
        .filter(|p| p.locative && !crate::places::in_attribution(words, p))
        .copied()
        .max_by_key(|p| {
            let precision = classifier.gazetteer.precision(p.place);
            (precision, std::cmp::Reverse(p.word.abs_diff(near)))
        })
}

/// Verbs of reporting and of tolls rising: a time right after one dates the report
/// or the count ("officials said on Thursday", "rose to 100 on Tuesday"), not the act.
const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "reporters",
    "announced",
    "reported",
    "added",
    "stated",
    "confirmed",
    "rose",
    "risen",
    "climbed",
    "published",
    "released",
    "issued",
    // A vow, a threat or a condemnation is told on its own day: "vowed on Thursday to
    // respond" dates the vow, not the act it answers.
    "vowed",
    "vows",
    "pledged",
    "promised",
    "warned",
    "threatened",
    "condemned",
    "denounced",
];

/// True when a verb of reporting stands at most three words before word `first`,
/// with no punctuation between ("said on Thursday", "told reporters on Thursday",
/// "rose to 100 on Tuesday").
fn dates_the_report(words: &Words<'_>, first: usize) -> bool {
    (first.saturating_sub(3)..first).any(|i| {
        REPORT_VERBS.contains(&words.lower(i))
            && !words.punctuation_between(i, first)
            // "said its strike on Wednesday": a time right after the speaker's own act
            // dates the act. Only a possessive ties the noun to the speaker: after
            // "told the", "said a" the words may be whom it was told to ("told the
            // council on Tuesday"), and the day is the report's.
            && !(i + 1..first).any(|k| {
                matches!(words.lower(k), "its" | "their")
            })
    })
}

/// True when people are the object of the verb at words `first..=last`: an actor
/// follows it with only a count between ("seized 15 worshippers", "abducted at least
/// two soldiers"), or it is passive ("were seized", "was carried away") with an actor
/// as its subject a few words before, in the same clause.
fn takes_people(words: &Words<'_>, actors: &[ActorMention<'_>], first: usize, last: usize) -> bool {
    let person = |a: &&ActorMention<'_>| !a.locator;
    let object = actors.iter().filter(person).any(|a| {
        a.first_word > last
            && a.first_word <= last + 5
            && !words.punctuation_between(last, a.first_word)
            && (last + 1..a.first_word).all(|i| {
                let w = words.lower(i);
                crate::numbers::may_start_count(w) || matches!(w, "of" | "than" | "least")
            })
    });
    let passive = first > 0
        && matches!(words.lower(first - 1), "was" | "were" | "been" | "being")
        && actors.iter().filter(person).any(|a| {
            a.last_word + 1 < first
                && a.last_word + 12 >= first
                && !words.punctuation_between(a.last_word, first)
        });
    // "took away a village chief", "seized the local imam": a noun of a person a few
    // words on, past its determiner and modifiers.
    let person_after = (last + 1..(last + 5).min(words.len()))
        .take_while(|&i| !words.punctuation_between(last, i))
        .take_while(|&i| !matches!(words.lower(i), "in" | "at" | "from" | "on" | "near"))
        .any(|i| PERSONS.contains(&words.lower(i)));
    object || passive || person_after
}

/// Nouns of persons that the actor lexicon does not name as a party: taken by force,
/// they are abducted.
const PERSONS: &[&str] = &[
    "chief",
    "chiefs",
    "leader",
    "leaders",
    "mayor",
    "official",
    "officials",
    "councillor",
    "councilor",
    "priest",
    "priests",
    "pastor",
    "imam",
    "teacher",
    "teachers",
    "engineer",
    "engineers",
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "trader",
    "traders",
    "driver",
    "drivers",
    "man",
    "men",
    "woman",
    "boy",
    "boys",
    "girl",
    "girls",
    "son",
    "sons",
    "daughter",
    "daughters",
    "wife",
    "businessman",
    "herdsman",
    "villager",
    "worker",
    "workers",
    "persons",
    "person",
    "missionary",
    "missionaries",
    "tourist",
    "tourists",
    "hostages",
];

/// True when the verb of a cue that needs a weapon in flight as its object has one:
/// a noun of `MUNITIONS` after it, past a count and its modifiers ("destroyed 12
/// drones", "neutralised 25 drones of Indian origin"), or before it as the passive
/// subject in the same clause ("all drones heading for the capital were destroyed").
fn stops_munition(words: &Words<'_>, m: &CueMatch<'_>) -> bool {
    let after = (m.last_word + 1..(m.last_word + 5).min(words.len()))
        .take_while(|&i| !words.punctuation_between(m.last_word, i))
        .any(|i| MUNITIONS.contains(&words.lower(i)));
    let passive = m.first_word > 0
        && matches!(words.lower(m.first_word - 1), "was" | "were" | "been")
        && (m.first_word.saturating_sub(8)..m.first_word - 1).any(|i| {
            MUNITIONS.contains(&words.lower(i)) && !words.punctuation_between(i, m.first_word)
        });
    after || passive
}

/// Nouns of places that can be taken and held: a town, a base, a district.
const HOLDABLE: &[&str] = &[
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "base",
    "bases",
    "camp",
    "camps",
    "district",
    "districts",
    "airport",
    "airbase",
    "capital",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "locality",
    "settlement",
    "settlements",
    "hill",
    "hills",
    "bridge",
    "crossing",
    "port",
    "headquarters",
    "garrison",
    "outpost",
    "outposts",
    "barracks",
    "stronghold",
    "suburb",
    "suburbs",
    "quarter",
];

/// Words that may stand between a verb of taking and the place it takes ("occupied
/// the town", "control most of the city", "took full control over").
const BEFORE_PLACE: &[&str] = &[
    "the",
    "a",
    "an",
    "most",
    "all",
    "much",
    "part",
    "parts",
    "of",
    "full",
    "over",
    "key",
    "strategic",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "border",
    "mining",
    "military",
    "army",
    "main",
    "remaining",
    "whole",
    "entire",
    "two",
    "three",
    "several",
];

/// True when the verb of a cue that needs a place as its object has one: after words
/// of `BEFORE_PLACE` only, a noun of `HOLDABLE` or a place the gazetteer or the text
/// names; and the word is a verb, not an adjective ("the occupied territories",
/// "Russian-occupied Kherson").
/// True for a history marker in the present perfect ("has killed", "have been
/// fighting").
fn present_perfect(words: &Words<'_>, m: &MarkerMatch) -> bool {
    m.marker.kind == MarkerKind::History && matches!(words.lower(m.first_word), "has" | "have")
}

/// True when `value` is a day of the week up to publication (or the day after it,
/// across time zones), or a period that began on such a day.
fn recent_day(value: &TimeValue, published: DateTime<Utc>) -> bool {
    let (TimeValue::Date { date, precision } | TimeValue::Since { date, precision }) = *value
    else {
        return false;
    };
    let days = (published.date_naive() - date).num_days();
    precision == DatePrecision::Day && (-1..=7).contains(&days)
}

/// True for a marker "back in" that no time follows: "back in 2019", "back in March",
/// "back in the 1990s" tell of the past, but "troops are back in control of the town"
/// and "residents are back in their homes" tell of now.
fn back_in_no_time(words: &Words<'_>, m: &MarkerMatch) -> bool {
    if m.marker.kind != MarkerKind::History
        || words.lower(m.first_word) != "back"
        || words.lower(m.last_word) != "in"
    {
        return false;
    }
    let next = words.lower(m.last_word + 1);
    let time = next.starts_with(|c: char| c.is_ascii_digit())
        || crate::dates::is_month_name(next)
        || matches!(next, "the" | "those" | "early" | "late" | "mid");
    !time
}

fn takes_place(
    words: &Words<'_>,
    places: &[PlaceMention],
    unlisted: &[crate::places::unlisted::UnlistedPlace],
    actors: &[ActorMention<'_>],
    m: &CueMatch<'_>,
) -> bool {
    if m.first_word > 0 {
        let before = words.lower(m.first_word - 1);
        let hyphened = words.gap(m.first_word - 1, m.first_word) == "-";
        // "temporarily occupied Crimea", "who control northern Yemen": a state of
        // things, not an act.
        let describes = before.ends_with("ly") || matches!(before, "who" | "which" | "that");
        if hyphened
            || describes
            || matches!(
                before,
                "the" | "a" | "an" | "of" | "in" | "under" | "its" | "their"
            )
        {
            return false;
        }
    }
    let end = (m.last_word + 7).min(words.len());
    for i in m.last_word + 1..end {
        if words.punctuation_between(i - 1, i) {
            return false;
        }
        let word = words.lower(i);
        let named = places.iter().any(|p| p.word == i)
            || unlisted.iter().any(|u| u.word == i)
            || unlisted_name(words, actors, m, i);
        if named || HOLDABLE.contains(&word) {
            return true;
        }
        if !BEFORE_PLACE.contains(&word) {
            return false;
        }
    }
    false
}

/// A name in capitals right after a verb of taking a place ("the RSF are now in
/// control of Dinder", "fighters drove into Dinder"), which no gazetteer entry, actor
/// or weekday covers: the object of a capture is a place, listed or not (merge7,
/// issue 20: towns the gazetteer lacks gave no event).
fn unlisted_name(
    words: &Words<'_>,
    actors: &[ActorMention<'_>],
    m: &CueMatch<'_>,
    i: usize,
) -> bool {
    let word = crate::text::strip_possessive(words.lower(i));
    // Only verbs whose object can be nothing but a place: "took Smith hostage", "freed
    // Kumar" name people.
    let of_a_place = matches!(
        words.lower(m.last_word),
        "of" | "into" | "entered" | "enter" | "enters"
    );
    m.cue.head == "capture"
        && of_a_place
        && i == m.last_word + 1
        && words.capitalised(i)
        && !actors.iter().any(|a| a.first_word <= i && i <= a.last_word)
        && !crate::dates::is_weekday_name(word)
        && !crate::dates::is_month_name(word)
        && !matches!(word, "the" | "a" | "an" | "his" | "her" | "their" | "its")
}

/// Nouns of vehicles and boats that carry people or goods, not weapons.
const CARRIERS: &[&str] = &[
    "van",
    "vans",
    "car",
    "cars",
    "vehicle",
    "vehicles",
    "bus",
    "buses",
    "minibus",
    "truck",
    "trucks",
    "lorry",
    "lorries",
    "motorcycle",
    "motorcycles",
    "motorbike",
    "taxi",
    "pickup",
];

/// Nouns of what is fired or flown at a target: an interception's object among them
/// is a weapon, whatever follows ("intercepted a drone heading for a bus").
const MUNITIONS: &[&str] = &[
    "drone",
    "drones",
    "uav",
    "uavs",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "projectile",
    "projectiles",
    "bomb",
    "bombs",
    "shahed",
    "shaheds",
    "aircraft",
    "helicopter",
    "jet",
    "plane",
    "unmanned",
    "naval",
    "sea",
];

/// Nouns of the places armed people hold: "captured army positions" takes a place.
const POSTS: &[&str] = &[
    "positions",
    "position",
    "base",
    "bases",
    "post",
    "posts",
    "outpost",
    "outposts",
    "camp",
    "camps",
    "headquarters",
    "barracks",
    "stronghold",
    "strongholds",
    "checkpoint",
];

/// A numeral or a number word ("9", "nine", "dozens").
pub(crate) fn is_count_word(word: &str) -> bool {
    (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || c == ','))
        || matches!(
            word,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "dozen"
                | "dozens"
                | "scores"
                | "hundreds"
        )
}

/// True when a verb of interception or capture acts on people or on the vehicle that
/// carries them rather than on a weapon or a place: "gunmen intercepted the van of a
/// trader" stops a man, not a missile (no disrupted weapons use); "soldiers captured in
/// Kursk", "captured 20 fighters" takes prisoners, not territory.
fn stops_people_or_vehicle(
    words: &Words<'_>,
    actors: &[ActorMention<'_>],
    m: &CueMatch<'_>,
) -> bool {
    let verb = m.cue.form == crate::cues::Form::Verb;
    let interception = m.cue.cue_type == CueType::Specific(EventType::DisruptedWeaponsUse);
    let capture = m.cue.cue_type == CueType::Territory && m.first_word == m.last_word;
    if !verb || !(interception || capture) {
        return false;
    }
    // "captured 20 soldiers" but not "captured army positions" (an interception's
    // object named by its side, "intercepted 12 Ukrainian drones", is a weapon).
    let held_place = |a: &ActorMention<'_>| POSTS.contains(&words.lower(a.last_word + 1));
    let people_after = actors
        .iter()
        .filter(|a| a.first_word > m.last_word && a.first_word <= m.last_word + 5)
        .all(|a| !held_place(a));
    if capture && people_after && takes_people(words, actors, m.first_word, m.last_word) {
        return true;
    }
    // "31 were killed and 9 captured (alive)": a count right before the verb is the
    // people taken, the passive's "were" left out.
    if capture && m.first_word > 0 && is_count_word(words.lower(m.first_word - 1)) {
        return true;
    }
    // "intercepted the van", "stopped a bus": the object a few words on, after its
    // determiner and modifiers, before any clause or place.
    let object_vehicle = interception
        && (m.last_word + 1..(m.last_word + 5).min(words.len()))
            .take_while(|&i| {
                !words.punctuation_between(m.last_word, i)
                    && !matches!(
                        words.lower(i),
                        "in" | "at"
                            | "near"
                            | "over"
                            | "on"
                            | "from"
                            | "with"
                            | "and"
                            | "by"
                            | "after"
                            | "as"
                            | "carrying"
                            | "that"
                            | "which"
                            | "targeting"
                            | "attacking"
                            | "heading"
                            | "aimed"
                    )
                    && !MUNITIONS.contains(&words.lower(i))
            })
            .any(|i| CARRIERS.contains(&words.lower(i)));
    // "soldiers captured in Kursk": a person right before a participle that takes no
    // object is the passive subject.
    let reduced_passive = capture
        && matches!(
            words.lower(m.last_word + 1),
            "in" | "during" | "by" | "near" | "at" | "on" | ""
        )
        && actors
            .iter()
            .any(|a| !a.locator && a.last_word + 1 == m.first_word);
    object_vehicle || reduced_passive
}

/// Words that tell a weapon as the support of others' act.
const SUPPORTING: &[&str] = &[
    "supported",
    "backed",
    "support",
    "cover",
    "covered",
    "backing",
    "assisted",
    "aided",
    "escorted",
];

/// True when a word of `SUPPORTING` stands in the three words before word `first`,
/// in its clause ("supported by the air component", "with air cover of helicopters").
fn supports_others(words: &Words<'_>, first: usize) -> bool {
    (first.saturating_sub(3)..first)
        .filter(|&i| !words.punctuation_between(i, first))
        .any(|i| SUPPORTING.contains(&words.lower(i)))
}

/// Reads one sentence, given its words and the place names `Gazetteer::names_in`
/// found in them.
pub fn analyse<'a, 'c>(
    classifier: &'c Classifier,
    sentence: Sentence<'a>,
    words: Words<'a>,
    place_names: &crate::places::SentenceNames,
    published: DateTime<Utc>,
    headline_non_incident: bool,
    article_places: &crate::places::ArticlePlaces<'_>,
) -> Analysed<'a, 'c> {
    let text = sentence.text;
    let phrases = classifier.phrases.scan(&words);
    let cue_matches: Vec<CueMatch<'c>> = classifier
        .cues
        .hits_from(text, phrases.of(crate::PHRASES_CUES))
        .into_iter()
        .map(|hit| {
            let (first_word, last_word) = word_span(&words, hit.start, hit.end);
            CueMatch {
                cue: hit.value,
                start: hit.start,
                end: hit.end,
                first_word,
                last_word,
            }
        })
        .collect();
    let markers: Vec<MarkerMatch> = classifier
        .markers
        .hits_from(text, phrases.of(crate::PHRASES_MARKERS))
        .into_iter()
        .map(|hit| {
            let (first_word, last_word) = word_span(&words, hit.start, hit.end);
            MarkerMatch {
                marker: *hit.value,
                first_word,
                last_word,
            }
        })
        .filter(|m| !back_in_no_time(&words, m))
        .collect();
    let mut weapons = Vec::new();
    let mut support_spans = Vec::new();
    for hit in classifier
        .weapons
        .hits_from(text, phrases.of(crate::PHRASES_WEAPONS))
    {
        if *hit.value == WeaponTerm::Blocker {
            continue;
        }
        support_spans.push((hit.start, hit.end));
        if let WeaponTerm::Weapon { name, implies } = hit.value {
            let (first_word, last_word) = word_span(&words, hit.start, hit.end);
            // A weapon told as support of troops on the ground ("troops supported by
            // the air component drove them off", "with air cover") is not how the act
            // was done: it implies no type.
            let support = supports_others(&words, first_word);
            weapons.push(WeaponAt {
                name: name.as_str(),
                implies: if support { None } else { *implies },
                first_word,
                last_word,
            });
        }
    }
    let places = classifier
        .gazetteer
        .find_named(&words, place_names, article_places);
    let actors = classifier
        .actors
        .find_from(&words, phrases.of(crate::PHRASES_ACTORS));
    let unlisted = crate::places::unlisted::find(&words, &places, &actors);
    let casualties = casualties::find(&words);
    let times: Vec<TimeAt> = classifier
        .dates
        .find_in(&words, published)
        .into_iter()
        .map(|expr| {
            let (first_word, last_word) = word_span(&words, expr.start, expr.end);
            TimeAt {
                reported: dates_the_report(&words, first_word),
                expr,
                first_word,
                last_word,
            }
        })
        .collect();
    // A perfect told of a day of the last week ("al-Shabaab has killed 12 soldiers in
    // an attack on Friday", "have been fighting near Lere since this morning") is news,
    // as broadcasters tell it, not the history a perfect tells of a longer time.
    let dated_this_week = times
        .iter()
        .any(|t| !t.reported && recent_day(&t.expr.value, published));
    let markers: Vec<MarkerMatch> = markers
        .into_iter()
        .filter(|m| !(dated_this_week && present_perfect(&words, m)))
        .collect();
    // A cue that needs people as its object ("seized") counts only when people follow
    // it, or when people are its subject in the passive ("were seized").
    let cue_matches: Vec<CueMatch<'c>> = cue_matches
        .into_iter()
        .filter(|m| {
            !m.cue.people_object || takes_people(&words, &actors, m.first_word, m.last_word)
        })
        .filter(|m| !stops_people_or_vehicle(&words, &actors, m))
        .filter(|m| !m.cue.place_object || takes_place(&words, &places, &unlisted, &actors, m))
        .filter(|m| !m.cue.munition_object || stops_munition(&words, m))
        .collect();
    // A word of crime ("gangs") that names an armed group of the sentence ("armed
    // gangs", "gang members"), or tells whose the armed men after it are ("gang
    // gunmen", "cartel gunmen"), is that group, not a sign of crime; a word of crime or
    // work that holds only without an armed group ("murdered", "miners") yields to one.
    let has_armed_actor = actors.iter().any(|a| a.armed);
    let names_accident = markers.iter().any(|m| m.marker.whole_text);
    let markers: Vec<MarkerMatch> = markers
        .into_iter()
        .filter(|m| {
            if m.marker.kind != MarkerKind::NonIncident {
                return true;
            }
            let yields_to_armed = m.marker.unless_armed && has_armed_actor;
            let names_armed_group = actors.iter().any(|a| {
                a.armed
                    && ((a.first_word <= m.first_word && m.last_word <= a.last_word)
                        || a.first_word == m.last_word + 1)
            });
            !yields_to_armed && !names_armed_group
        })
        .collect();
    let context = Context {
        has_armed_actor,
        // A bare toll update ("Toll now 11") closes an act told elsewhere: it makes
        // no weak cue of its sentence an act.
        has_casualty_count: casualties
            .iter()
            .any(|c| c.count.is_some_and(|n| n > 0) && words.lower(c.first_word) != "toll"),
        headline_non_incident: headline_non_incident && !sentence.is_title,
        is_title: sentence.is_title,
    };
    let mut mentions = mentions::find(&words, cue_matches, &markers, &support_spans, context);
    for weapon in &weapons {
        let Some(implied) = weapon.implies else {
            continue;
        };
        let nearest = (0..mentions.len())
            .filter(|&i| mentions[i].framing != mentions::Framing::Dropped)
            .min_by_key(|&i| {
                let m = &mentions[i];
                if weapon.last_word < m.first_word() {
                    m.first_word() - weapon.last_word
                } else {
                    weapon.first_word.saturating_sub(m.last_word())
                }
            });
        if let Some(mention) = nearest.and_then(|i| mentions.get_mut(i)) {
            mention.implied.get_or_insert(implied);
        }
    }
    let has_history_marker = markers.iter().any(|m| m.marker.kind == MarkerKind::History);
    let has_non_incident_marker = markers
        .iter()
        .any(|m| m.marker.kind == MarkerKind::NonIncident);
    let separate = (0..words.len()).any(|i| SEPARATE_SET.contains(words.lower(i)));
    let place_key = best_place(classifier, &words, &places, 0).map(|p| {
        let gazetteer = &classifier.gazetteer;
        PlaceKey {
            below_country: gazetteer.precision(p.place) > Precision::Country,
            name: gazetteer.name(p.place),
            country: gazetteer.country_code(p.place),
        }
    });
    // Harm done by the wreckage of what was shot down is the interception's.
    let wreckage = (0..words.len()).any(|i| WRECKAGE.contains(&words.lower(i)));
    let harm = !wreckage
        && (casualties.iter().any(|c| c.count.is_some_and(|n| n > 0))
            || (0..words.len()).any(|i| DAMAGE.contains(&words.lower(i))));
    Analysed {
        harm,
        sentence,
        words,
        mentions,
        times,
        places,
        actors,
        unlisted,
        weapons,
        casualties,
        has_history_marker,
        has_non_incident_marker,
        names_accident,
        separate,
        place_key,
    }
}
