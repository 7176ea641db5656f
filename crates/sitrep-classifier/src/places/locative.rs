//! How a sentence ties a place to an event: a place is *locative* when a preposition
//! such as "in", "near" or "outside" leads to it ("in northern Iraq", "near the town
//! of Beni", "20 km north of Mosul"), and it belongs to the attribution, not the
//! event, in "the ministry in Ankara said".

use super::PlaceMention;
use crate::text::Words;

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

/// Nouns of an act whose object after "of" is where it happened: "the capture of
/// Huambo", "the shelling of Vuhledar".
const ACTS_OF: &[&str] = &[
    "capture",
    "recapture",
    "shelling",
    "bombing",
    "bombardment",
    "siege",
    "fall",
    "storming",
    "seizure",
    "takeover",
    "liberation",
    "encirclement",
    "control",
];

const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];
pub(super) const TOWN_NOUNS: &[&str] = &[
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
    "areas",
    "parts",
    "coast",
    "territory",
    "waters",
    "airspace",
    "skies",
    "control",
    "stronghold",
    "settlement",
    "settlements",
    "neighbourhood",
    "neighborhood",
    "hamlet",
    "locality",
    "township",
    "kibbutz",
    "camp",
    "commune",
    "community",
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
    // "positions in Omdurman, witnesses said": the comma closes the act's clause.
    (last + 1..last + 4)
        .any(|i| SPEECH.contains(&words.lower(i)) && !words.punctuation_between(last, i))
}

/// Nouns that make a country name before them a modifier of a party, not a place:
/// "US destroyer", "Israeli strikes", "U.S. Africa Command".
const PARTY_NOUNS: &[&str] = &[
    "forces",
    "force",
    "troops",
    "military",
    "army",
    "navy",
    "air",
    "destroyer",
    "warship",
    "warships",
    "command",
    "officials",
    "official",
    "soldiers",
    "jets",
    "warplanes",
    "aircraft",
    "drone",
    "drones",
    "strike",
    "strikes",
    "airstrikes",
    "government",
    "ministry",
    "envoy",
    "president",
    "defense",
    "defence",
    "service",
    "personnel",
    "marines",
    "authorities",
    "special",
    "security",
    "intelligence",
    "leadership",
];

/// Nouns of people and things of a country that are often found in another one: "a
/// New Zealand pilot", "the US embassy", "a US base in Qatar", "a U.S. company",
/// "citizens of France". The country says whose they are, never where they were.
const ABROAD_NOUNS: &[&str] = &[
    "embassy",
    "consulate",
    "ambassador",
    "diplomat",
    "diplomats",
    "base",
    "bases",
    "company",
    "companies",
    "firm",
    "interests",
    "citizen",
    "citizens",
    "national",
    "nationals",
    "pilot",
    "pilots",
    "tourist",
    "tourists",
    "journalist",
    "journalists",
    "engineer",
    "engineers",
    "contractor",
    "contractors",
    "worker",
    "workers",
    "hostage",
    "hostages",
    "vessel",
    "ship",
    "tanker",
    "freighter",
];

/// True when a country's name only modifies a party of the report ("US destroyer",
/// "U.S. Central Command"), says whose a person or thing is ("the US embassy") or
/// names the neighbour across a border ("the border with Mali"): it tells who acted,
/// or who is near, not where.
pub fn attributive(words: &Words<'_>, mention: &PlaceMention) -> bool {
    noun_after(words, mention.start, mention.end)
        .is_some_and(|noun| PARTY_NOUNS.contains(&noun) || ABROAD_NOUNS.contains(&noun))
        || capital_after(words, mention.start, mention.end)
        || whose_before(words, words.index_of_byte(mention.start))
}

/// True when the country's name written at bytes `start..end` says whose a person or
/// thing is, or names a neighbour ("the US embassy", "citizens of France", "the
/// border with Mali"): no evidence of where the story is, unlike a party's ("the
/// Malian army" is mostly in Mali).
pub(super) fn whose(words: &Words<'_>, start: usize, end: usize) -> bool {
    noun_after(words, start, end).is_some_and(|noun| ABROAD_NOUNS.contains(&noun))
        || whose_before(words, words.index_of_byte(start))
}

/// The lowercase word right after the name at bytes `start..end`, when only a space
/// parts them.
fn noun_after<'w>(words: &'w Words<'_>, start: usize, end: usize) -> Option<&'w str> {
    // "U.S." ends on a period that belongs to no word.
    let end = start + words.text[start..end].trim_end_matches('.').len();
    let last = words.index_of_byte(end.saturating_sub(1));
    (last + 1 < words.len() && words.gap(last, last + 1).trim_start_matches('.') == " ")
        .then(|| words.lower(last + 1))
}

/// "U.S. Africa Command": a capitalised word after the name, in mixed case (in
/// capitals, every word starts with one).
fn capital_after(words: &Words<'_>, start: usize, end: usize) -> bool {
    let end = start + words.text[start..end].trim_end_matches('.').len();
    let last = words.index_of_byte(end.saturating_sub(1));
    noun_after(words, start, end).is_some()
        // A possessive names a place's own thing ("Israel's Iron Dome"), not a party.
        && words.original(last + 1).starts_with(char::is_uppercase)
        && !crate::text::is_possessive(words.original(last))
        && !all_capitals(words)
}

/// "the embassy of France", "along the border with Mali".
fn whose_before(words: &Words<'_>, first: usize) -> bool {
    let mut i = first;
    if i > 0 && words.lower(i - 1) == "the" {
        i -= 1;
    }
    if i < 2 || words.punctuation_between(i - 2, i) {
        return false;
    }
    match words.lower(i - 1) {
        "of" => ABROAD_NOUNS.contains(&words.lower(i - 2)),
        "with" => matches!(words.lower(i - 2), "border" | "borders" | "frontier"),
        _ => false,
    }
}

/// True when the sentence is written in capitals only (legacy wire copy), where a
/// capital says nothing of a name.
pub(super) fn all_capitals(words: &Words<'_>) -> bool {
    !words.text.chars().any(char::is_lowercase)
}

/// Verbs of a strike whose object is where it landed.
const HIT_VERBS: &[&str] = &[
    "struck",
    "hit",
    "shelled",
    "bombed",
    "pounded",
    "stormed",
    "raided",
    "targeted",
    "attacked",
    "hitting",
    "striking",
    "targeting",
    "shelling",
    "bombing",
];

/// A headline's present tense of a strike, right before the place it lands on ("Gunmen
/// raid Plateau village", "Rebels storm Kidal"): only with nothing but modifiers between,
/// as the words are nouns too ("the raid the army had planned").
const HEADLINE_HIT_VERBS: &[&str] = &["raid", "raids", "storm", "storms", "shell", "shells"];

/// Verbs of a weapon sent on its way: "launched towards", "fired toward".
const LAUNCH_VERBS: &[&str] = &[
    "launched", "fired", "lobbed", "sent", "heading", "headed", "flying", "aimed", "directed",
];

/// True when the place at word `index` is where a weapon was sent ("drones launched
/// towards Jazan", "a missile fired toward Eilat"): where it was brought down, when
/// it was, not where it came from.
pub fn aimed_at(words: &Words<'_>, index: usize) -> bool {
    let mut i = index;
    while i > 0 && index - i < 4 {
        i -= 1;
        let word = words.lower(i);
        if matches!(word, "towards" | "toward") {
            return (i.saturating_sub(4)..i).any(|j| LAUNCH_VERBS.contains(&words.lower(j)));
        }
        if !PLACE_MODIFIERS.contains(&word) || words.punctuation_between(i, i + 1) {
            return false;
        }
    }
    false
}

/// Units of a distance: "35 nautical miles south of Mukalla", "20 km north of Mosul".
const DISTANCE_UNITS: &[&str] = &[
    "miles",
    "mile",
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "nm",
];

/// True when the place at word `index` is only where a distance is measured from:
/// "about 68 nautical miles south-west of Hodeidah", "20 km north of Mosul". On land
/// the act was near it; at sea, out on the water.
pub fn distance_reference(words: &Words<'_>, index: usize) -> bool {
    let mut i = index;
    // "of the port of Hodeidah", "of the capital Kabul".
    while i > 0 && PLACE_MODIFIERS.contains(&words.lower(i - 1)) && words.lower(i - 1) != "of" {
        i -= 1;
    }
    if i < 3 || words.lower(i - 1) != "of" || !DIRECTIONS.contains(&words.lower(i - 2)) {
        return false;
    }
    (i.saturating_sub(5)..i - 2).any(|j| DISTANCE_UNITS.contains(&words.lower(j)))
}

/// Verbs of people leaving a place.
const FLIGHT_VERBS: &[&str] = &[
    "fled", "flee", "fleeing", "escaped", "crossed", "crossing", "returned", "moved",
];

const SETTLEMENTS: &[&str] = &["city", "town", "village", "port", "suburb", "camp"];

/// True when place `outer` only says where place `inner`, named right after it, lies:
/// "the Gaza city of Rafah", "the Idlib town of Ariha", "Gaza's Rafah". Then the act
/// is in `inner`, whatever the precision of the two.
pub(super) fn qualifies(words: &Words<'_>, outer: &PlaceMention, inner: &PlaceMention) -> bool {
    let last = words.index_of_byte(outer.end.saturating_sub(1));
    if inner.word <= last || words.punctuation_between(last, inner.word) {
        return false;
    }
    match inner.word - last {
        1 => crate::text::is_possessive(words.original(last)),
        // Only a settlement noun: "the Kulgam district of Jammu" names the wider last.
        3 => SETTLEMENTS.contains(&words.lower(last + 1)) && words.lower(last + 2) == "of",
        _ => false,
    }
}

/// True when place `inner` is named right after place `outer`'s noun of a subdivision
/// or a town and "of": "the Kursk region of Russia", "the Nikopol district of the
/// Dnipropetrovsk oblast". `inner` then only says where `outer` lies.
pub(super) fn subdivision_of(
    words: &Words<'_>,
    outer: &PlaceMention,
    inner: &PlaceMention,
) -> bool {
    let mut last = words.index_of_byte(outer.end.saturating_sub(1));
    // The noun may be part of the outer name itself ("Kursk region").
    if !TOWN_NOUNS.contains(&words.lower(last)) {
        last += 1;
    }
    if inner.word <= last + 1
        || last >= words.len()
        || words.punctuation_between(outer.word, inner.word)
        || !TOWN_NOUNS.contains(&words.lower(last))
        || words.lower(last + 1) != "of"
    {
        return false;
    }
    let between = inner.word - last;
    between == 2 || (between == 3 && words.lower(last + 2) == "the")
}

/// True when the lowercase `word` names a weekday or a month, which ends the words
/// before a place ("on Tuesday", "in March") and starts no list of places. "may" has
/// never counted here: lowercased, the month cannot be told from the verb ("militants
/// may strike in Kano").
fn is_day_or_month(word: &str) -> bool {
    crate::dates::is_weekday_name(word) || (crate::dates::is_month_name(word) && word != "may")
}

/// True when a place at word `index` only tells where the sea begins: "off the coast
/// of Somalia", "off Hodeidah", "off Yemen's coast". The act was at sea.
pub(super) fn offshore(words: &Words<'_>, index: usize) -> bool {
    let before = |back: usize| index.checked_sub(back).map_or("", |i| words.lower(i));
    before(1) == "off"
        || (before(1) == "of"
            && matches!(before(2), "coast" | "coasts" | "shores" | "shore")
            && before(3) == "the"
            && before(4) == "off")
}

/// Nouns a list of places in parentheses may hold besides their names.
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
    "commune",
    "municipality",
    "cercle",
    "territory",
    "local",
    "government",
    "area",
];

/// True when word `index` stands in a list of places in parentheses after a name,
/// which says where that place lies: "Karma (Ouahigouya, Yatenga)", "Kankara
/// (Kankara LGA, Katsina)". Such a list is where the act was, as the name is.
pub(super) fn in_place_list(words: &Words<'_>, index: usize) -> bool {
    let mut i = index;
    for _ in 0..12 {
        if i == 0 {
            return false;
        }
        let gap = words.gap(i - 1, i);
        if gap.contains('(') {
            return words.capitalised(i - 1) && !is_day_or_month(words.lower(i - 1));
        }
        if gap.contains(|c: char| c != ',' && c != '-' && !c.is_whitespace()) {
            return false;
        }
        if !words.capitalised(i - 1) && !LIST_NOUNS.contains(&words.lower(i - 1)) {
            return false;
        }
        i -= 1;
    }
    false
}

/// True when a locative preposition leads to word `index`, over place modifiers.
pub(super) fn is_locative(words: &Words<'_>, index: usize) -> bool {
    if offshore(words, index) {
        return false;
    }
    if in_place_list(words, index) {
        return true;
    }
    let capitals = all_capitals(words);
    let mut unknown = 0;
    let mut i = index;
    let mut steps = 0;
    while i > 0 && steps < 6 {
        i -= 1;
        steps += 1;
        if is_day_or_month(words.lower(i)) {
            return false;
        }
        // "on Tuesday, the U.S. military said": a comma ends the phrase, unless it only
        // parts a place from its region ("a school in Kuriga, Kaduna state").
        if words.punctuation_between(i, i + 1) {
            return (words.gap(i, i + 1).trim() == ","
                && steps == 1
                && follows_a_locative_place(words, i))
                || place_label(words, i);
        }
        let word = words.lower(i);
        let word = crate::text::strip_possessive(word);
        // "rockets struck the Ain al-Asad air base": the act lands where it hits.
        // "survivors fled across the frontier into Chad": where people went, not
        // where the act was.
        if matches!(word, "into" | "across")
            && (i.saturating_sub(4)..i).any(|j| FLIGHT_VERBS.contains(&words.lower(j)))
        {
            return false;
        }
        if (LOCATIVE.contains(&word) && word != "of") || HIT_VERBS.contains(&word) {
            return true;
        }
        if HEADLINE_HIT_VERBS.contains(&word) && unknown == 0 {
            return true;
        }
        // "20 km north of Mosul", "west of the capital Kabul".
        if word == "of" && i > 0 && DIRECTIONS.contains(&words.lower(i - 1)) {
            return true;
        }
        // "the town of Kidal", "the outskirts of Mosul"; "the capture of Huambo",
        // "the shelling of Vuhledar": the act happened there.
        if word == "of"
            && i > 0
            && (TOWN_NOUNS.contains(&words.lower(i - 1)) || ACTS_OF.contains(&words.lower(i - 1)))
        {
            return true;
        }
        if word == "of" && i > 0 && PLACE_MODIFIERS.contains(&words.lower(i - 1)) {
            continue;
        }
        if word == "and" {
            continue;
        }
        if PLACE_MODIFIERS.contains(&word) {
            continue;
        }
        // A word in capitals may be part of a longer name ("in Las Navas"); in a
        // sentence all in capitals any word is, so only two are let through.
        if !words.original(i).starts_with(char::is_uppercase) {
            return false;
        }
        unknown += 1;
        if capitals && unknown > 2 {
            return false;
        }
    }
    false
}

/// True when word `last` ends a capitalised name led by a locative preposition ("in
/// Kuriga"), which a region after a comma continues; or a name in a database note's
/// place field ("Location: Khar, Bajaur, Khyber Pakhtunkhwa, Pakistan"), whose every
/// name after a comma is where the act was as the first is.
fn follows_a_locative_place(words: &Words<'_>, last: usize) -> bool {
    let mut i = last;
    while words.original(i).starts_with(char::is_uppercase)
        && !matches!(words.lower(i), "in" | "near" | "outside" | "at")
    {
        if i == 0 {
            return false;
        }
        if words.punctuation_between(i - 1, i) {
            return match words.gap(i - 1, i).trim() {
                "," => follows_a_locative_place(words, i - 1),
                _ => place_label(words, i - 1),
            };
        }
        i -= 1;
    }
    i < last && matches!(words.lower(i), "in" | "near" | "outside" | "at")
}

/// The labels of a database note's place field.
const PLACE_LABELS: &[&str] = &["location", "place", "where", "locality", "site"];

/// True when word `label` is a database note's place field name and a colon follows
/// it: "Location: Dinder, Sennar, Sudan", "Where: Kumbo".
fn place_label(words: &Words<'_>, label: usize) -> bool {
    PLACE_LABELS.contains(&words.lower(label))
        && words.capitalised(label)
        && words.gap(label, label + 1).trim() == ":"
}

/// "KYIV" -> "Kyiv", "NEW DELHI" -> "New Delhi"; other text is left as written.
pub(super) fn title_case(text: &str) -> String {
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
