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
    "embassy",
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
];

/// True when a country's name only modifies a party of the report ("US destroyer",
/// "U.S. Central Command"): it tells who acted, not where.
pub fn attributive(words: &Words<'_>, mention: &PlaceMention) -> bool {
    // "U.S." ends on a period that belongs to no word.
    let end = mention.start
        + words.text[mention.start..mention.end]
            .trim_end_matches('.')
            .len();
    let last = words.index_of_byte(end.saturating_sub(1));
    if last + 1 >= words.len() || words.gap(last, last + 1).trim_start_matches('.') != " " {
        return false;
    }
    // A possessive names a place's own thing ("Israel's Iron Dome"), not a party.
    PARTY_NOUNS.contains(&words.lower(last + 1))
        || (words.original(last + 1).starts_with(char::is_uppercase)
            && !crate::text::is_possessive(words.original(last)))
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
    "hitting",
    "striking",
    "targeting",
    "shelling",
    "bombing",
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

const DAYS_AND_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

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
fn in_place_list(words: &Words<'_>, index: usize) -> bool {
    let mut i = index;
    for _ in 0..12 {
        if i == 0 {
            return false;
        }
        let gap = words.gap(i - 1, i);
        if gap.contains('(') {
            return words.capitalised(i - 1) && !DAYS_AND_MONTHS.contains(&words.lower(i - 1));
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
    let mut i = index;
    let mut steps = 0;
    while i > 0 && steps < 6 {
        i -= 1;
        steps += 1;
        if DAYS_AND_MONTHS.contains(&words.lower(i)) {
            return false;
        }
        // "on Tuesday, the U.S. military said": a comma ends the phrase, unless it only
        // parts a place from its region ("a school in Kuriga, Kaduna state").
        if words.punctuation_between(i, i + 1) {
            return words.gap(i, i + 1).trim() == ","
                && steps == 1
                && follows_a_locative_place(words, i);
        }
        let word = words.lower(i);
        let word = crate::text::strip_possessive(word);
        // "rockets struck the Ain al-Asad air base": the act lands where it hits.
        if (LOCATIVE.contains(&word) && word != "of") || HIT_VERBS.contains(&word) {
            return true;
        }
        // "20 km north of Mosul", "west of the capital Kabul".
        if word == "of" && i > 0 && DIRECTIONS.contains(&words.lower(i - 1)) {
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

/// True when word `last` ends a capitalised name led by a locative preposition ("in
/// Kuriga"), which a region after a comma continues.
fn follows_a_locative_place(words: &Words<'_>, last: usize) -> bool {
    let mut i = last;
    while words.original(i).starts_with(char::is_uppercase) {
        if i == 0 || words.punctuation_between(i - 1, i) {
            return false;
        }
        i -= 1;
    }
    i < last && matches!(words.lower(i), "in" | "near" | "outside" | "at")
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
