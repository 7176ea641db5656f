//! Deaths and injuries stated in a sentence: "killing two American service members
//! and one British service member" (3 killed, groups summed), "at least 12 people
//! were killed", "five killed, including two children" (5, never counted twice),
//! "wounding 12" (injuries), "the death toll rose to 20". Vague amounts ("dozens")
//! give a casualty figure of unknown size.

use crate::numbers::{read_count, Count};
use std::sync::LazyLock;

use crate::text::{WordSet, Words};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Harm {
    Killed,
    Injured,
}

/// One statement of casualties in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Casualties {
    pub harm: Harm,
    /// None when the text gives no number ("dozens").
    pub count: Option<u32>,
    /// Word span of the statement.
    pub first_word: usize,
    pub last_word: usize,
}

const KILL_ACTIVE: &[&str] = &[
    "killing",
    "killed",
    "kills",
    "kill",
    "slaying",
    "claiming",
    "beheaded",
    "beheading",
    "executed",
    "executing",
    "massacred",
    "massacring",
    "murdered",
    "murdering",
    "liquidated",
    "liquidating",
    "martyring",
    "decapitated",
    "decapitating",
    "assassinated",
    "assassinating",
    // Raking people with automatic fire, told with the number of them: a wire word
    // for a killing ("machinegunned nine peasants"; the hyphenated form is read in
    // `find`, the hyphen splitting words).
    "machinegunned",
];
const WOUND_ACTIVE: &[&str] = &[
    "wounding", "wounded", "wounds", "injuring", "injured", "injures", "hurting", "maiming",
];
const KILLED_STATE: &[&str] = &[
    "killed",
    "dead",
    "died",
    "slain",
    "perished",
    "deaths",
    "killed,",
    "dying",
    "beheaded",
    "executed",
    "fatalities",
    "fatality",
    "martyred",
    "murdered",
    "eliminated",
    "liquidated",
    "decapitated",
    // Headline-ese in the present: "3 soldiers, 2 vigilantes die in ambush".
    "die",
    "dies",
];
/// Words after a number that make it the count of those telling, not of the dead
/// ("killing seven soldiers, two security sources said").
const SOURCES: &[&str] = &[
    "sources",
    "source",
    "officials",
    "official",
    "witnesses",
    "witness",
    "said",
    "told",
    "medics",
    "diplomats",
];
const WOUNDED_STATE: &[&str] = &["wounded", "injured", "hurt", "injuries", "maimed"];
const AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "are",
    "is",
    "reportedly",
    "also",
    "all",
    "later",
    "confirmed",
    "reported",
    "being",
    "people",
    "left",
];
const STOP: &[&str] = &[
    "and",
    "or",
    "including",
    "in",
    "on",
    "at",
    "near",
    "when",
    "were",
    "was",
    "who",
    "while",
    "after",
    "during",
    "as",
    "by",
    "with",
    "from",
    "among",
    "of",
    "to",
    "the",
    "a",
    "an",
    "that",
    "which",
    "are",
    "is",
    "had",
    "have",
    "has",
    "been",
    "killed",
    "wounded",
    "injured",
    "dead",
    "died",
    "fatalities",
    "fatality",
    "deaths",
    "but",
    "made",
    "laid",
    "perished",
    "martyred",
    "murdered",
    "slain",
    "eliminated",
    "liquidated",
    "ascended",
    "lost",
    "found",
    "met",
    "embraced",
    "sent",
    "fell",
    "die",
    "dies",
    "gave",
    "sacrificed",
];
const PERSONS: &[&str] = &[
    "soldier",
    "civilian",
    "man",
    "woman",
    "child",
    "boy",
    "girl",
    "officer",
    "policeman",
    "member",
    "contractor",
    "commander",
    "fighter",
    "militant",
    "journalist",
    "worker",
    "person",
    "guard",
    "student",
    "teacher",
    "farmer",
    "villager",
    "resident",
    "police",
    "security",
    "local",
    "senior",
    "us",
    "u.s",
    "american",
    "british",
    "service",
    "peacekeeper",
    "doctor",
    "nurse",
    "pilot",
    "marine",
    "trooper",
    "rebel",
    "chief",
    "leader",
    "cleric",
    "teenager",
    "baby",
    "passenger",
    "driver",
    "ranger",
    "hostage",
    "captive",
    "priest",
    "governor",
    "mayor",
    "worshipper",
    "pupil",
    "labourer",
    "laborer",
    "trader",
    "constable",
    "jawan",
    "peasant",
    "agent",
    "vendor",
    "merchant",
    "missionary",
    "missionaries",
    "citizen",
    "inhabitant",
    // Kin, as reports name the dead by their families ("a father of five").
    "father",
    "mother",
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "grandfather",
    "grandmother",
];

/// Nouns of kin after which "of" and a number count the person's children, not the
/// dead ("a father of five was killed" is one death, "a mother-of-three" one person).
const KIN: &[&str] = &[
    "father",
    "mother",
    "parent",
    "grandfather",
    "grandmother",
    "widow",
    "widower",
];

/// True when the number at word `index` is the minutes of a clock time ("17:40 WAT -
/// Fatalities rise to 23"): it counts nobody.
fn clock_minutes(words: &Words<'_>, index: usize) -> bool {
    index > 0
        && words.gap(index - 1, index).trim() == ":"
        && words.lower(index - 1).bytes().all(|b| b.is_ascii_digit())
        && words.lower(index).bytes().all(|b| b.is_ascii_digit())
}

/// True when the number at word `index` follows a noun of kin and "of" ("father of
/// five"): it counts children, nobody harmed.
fn kin_count(words: &Words<'_>, index: usize) -> bool {
    index >= 2
        && words.lower(index - 1) == "of"
        && KIN.contains(&words.lower(index - 2).trim_end_matches('s'))
}

/// The lists above as sets, for the lookups made at every word of a sentence.
static KILL_ACTIVE_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(KILL_ACTIVE.iter().copied()));
static WOUND_ACTIVE_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(WOUND_ACTIVE.iter().copied()));
static KILLED_STATE_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(KILLED_STATE.iter().copied()));
static SOURCES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SOURCES.iter().copied()));
static WOUNDED_STATE_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(WOUNDED_STATE.iter().copied()));
static AUXILIARIES_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(AUXILIARIES.iter().copied()));
static STOP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOP.iter().copied()));
static PERSONS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PERSONS.iter().copied()));
/// Every word at which `find` may read something, digits aside: the active verbs,
/// "toll" and the words a count can start with. `find` passes any other word at once.
static FIND_STARTS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        KILL_ACTIVE
            .iter()
            .chain(WOUND_ACTIVE)
            .copied()
            .chain([
                "toll",
                "loss",
                "martyrdom",
                "deaths",
                "death",
                "dead",
                "fatalities",
                "was",
                "number",
                "bodies",
            ])
            .chain(crate::numbers::count_start_words()),
    )
});

/// True when word `index` (or one of the three after it) names a person ("a
/// two-day-old baby").
fn person_at(words: &Words<'_>, index: usize) -> bool {
    // "a 27-year-old jawan": whoever has an age is a person.
    if age_at(words, index) {
        return true;
    }
    (index..index + 4).any(|i| {
        let word = words.lower(i);
        PERSONS_SET.contains(word) || PERSONS_SET.contains(word.trim_end_matches('s'))
    })
}

/// Reads counted groups joined by "and" or commas from word `index`; returns the
/// total (None when only vague amounts were given) and the first word after.
fn read_groups(words: &Words<'_>, index: usize) -> Option<(Option<u32>, usize)> {
    if age_at(words, index) || kin_count(words, index) || clock_minutes(words, index) {
        return None;
    }
    let mut i = index;
    let mut total: Option<u32> = None;
    let mut vague = false;
    let mut any = false;
    loop {
        let read = read_count(words, i, |k| person_at(words, k))?;
        if read.next > i && year_like(words, i) {
            return if any { Some((total, i)) } else { None };
        }
        any = true;
        match read.count {
            Count::Exact(n) if !vague => total = Some(total.unwrap_or(0).saturating_add(n)),
            // "five soldiers and several attackers": a part of the dead is vague, so
            // is the total (SPEC.md).
            Count::Vague => {
                vague = true;
                total = None;
            }
            _ => {}
        }
        i = read.next;
        let mut nouns = 0;
        // An acronym before a lowercase word is a name, never a stop word ("2 IS
        // militants"); in text all in capitals every word looks like one.
        let acronym = |k: usize| {
            let original = words.original(k);
            original.len() >= 2
                && original.chars().all(|c| c.is_ascii_uppercase())
                && words.original(k + 1).chars().any(|c| c.is_lowercase())
        };
        while nouns < 6
            && i < words.len()
            && (!STOP_SET.contains(words.lower(i)) || acronym(i) || kin_count(words, i + 1))
            && !words.punctuation_between(i.saturating_sub(1), i)
        {
            // "a father of five": the children counted belong to the noun phrase.
            if kin_count(words, i + 1) {
                i = read_count(words, i + 1, |_| false).map_or(i + 2, |read| read.next);
                nouns += 2;
                continue;
            }
            if read_count(words, i, |_| false).is_some() && !age_at(words, i) {
                break;
            }
            i += 1;
            nouns += 1;
        }
        let comma = i > 0 && words.gap(i - 1, i).contains(',');
        let next_is_and = words.lower(i) == "and";
        let mut after = if next_is_and { i + 1 } else { i };
        // "three soldiers and all five attackers".
        if next_is_and && words.lower(after) == "all" {
            after += 1;
        }
        // "nine persons, four of them women": a part of those counted, not more.
        let part_of_them = comma
            && words.lower(after + 1) == "of"
            && matches!(words.lower(after + 2), "them" | "whom" | "those");
        if (next_is_and || comma) && words.lower(after) != "including" && !part_of_them {
            // After a comma only a real number continues the list ("12 combatants, a
            // local official said" is not 13).
            let person = |k: usize| next_is_and && person_at(words, k);
            let telling = (after + 1..after + 4).any(|k| SOURCES_SET.contains(words.lower(k)));
            if read_count(words, after, person).is_some()
                && !year_like(words, after)
                && !(comma && !next_is_and && telling)
            {
                i = after;
                continue;
            }
        }
        // "14 soldiers and auxiliaries were killed": one count for two kinds of
        // people, the second named without a number of its own.
        if next_is_and && uncounted_people(words, after) {
            return Some((total, after + 1));
        }
        return Some((total, i));
    }
}

/// True when word `index` names people in the plural with no count before it
/// ("auxiliaries", "volunteers", "policemen") and the statement's verb follows it.
fn uncounted_people(words: &Words<'_>, index: usize) -> bool {
    let word = words.lower(index);
    let plural_person = word.ends_with("men")
        || matches!(
            word,
            "auxiliaries" | "volunteers" | "vigilantes" | "militiamen" | "civilians"
        )
        || (word.ends_with('s') && PERSONS_SET.contains(word.trim_end_matches('s')));
    let verb = words.lower(index + 1);
    plural_person
        && !words.punctuation_between(index - 1, index)
        && !words.punctuation_between(index, index + 1)
        && (AUXILIARIES_SET.contains(verb) || KILLED_STATE_SET.contains(verb))
}

/// Victims told by name or office rather than by number: "killed the governor" (1),
/// "killed Saleh al-Arouri, deputy head of ..., and six others" (7).
fn named_victims(words: &Words<'_>, index: usize) -> Option<(Option<u32>, usize)> {
    if words.lower(index) == "the" && PERSONS_SET.contains(words.lower(index + 1)) {
        // "murdered the governor and two councilmen" (3).
        if words.lower(index + 2) == "and" {
            if let Some((Some(more), next)) = read_groups(words, index + 3) {
                return Some((Some(more.saturating_add(1)), next));
            }
        }
        return Some((Some(1), index + 2));
    }
    if !words.original(index).starts_with(char::is_uppercase) {
        return None;
    }
    let end = (index + 1..index + 16).find(|&k| matches!(words.lower(k), "and" | "along"))?;
    let after = if words.lower(end) == "along" {
        end + 2
    } else {
        end + 1
    };
    let read = read_count(words, after, |_| false)?;
    if !matches!(words.lower(read.next), "others" | "other") {
        return None;
    }
    let count = match read.count {
        Count::Exact(n) => Some(n.saturating_add(1)),
        Count::Vague => None,
    };
    Some((count, read.next + 1))
}

/// One person named by a singular noun, as headlines write it ("Sniper kills boy",
/// "Drone kills bus driver", "kills al-Shabaab commander"): a toll of one.
fn lone_victim(words: &Words<'_>, index: usize) -> Option<(Option<u32>, usize)> {
    const ONE_PERSON: &[&str] = &[
        "soldier",
        "civilian",
        "man",
        "woman",
        "child",
        "boy",
        "girl",
        "officer",
        "policeman",
        "policewoman",
        "commander",
        "fighter",
        "militant",
        "journalist",
        "worker",
        "guard",
        "student",
        "teacher",
        "farmer",
        "villager",
        "resident",
        "peacekeeper",
        "doctor",
        "nurse",
        "pilot",
        "chief",
        "cleric",
        "teenager",
        "baby",
        "passenger",
        "driver",
        "ranger",
        "priest",
        "governor",
        "mayor",
        "informer",
        "activist",
        "lawmaker",
        "judge",
        "imam",
        "trader",
        "labourer",
        "laborer",
        "constable",
        "jawan",
        "official",
        "herder",
        "shepherd",
        "fisherman",
        "pastor",
        "citizen",
        "inhabitant",
        "father",
        "mother",
        "husband",
        "wife",
        "son",
        "daughter",
    ];
    (index..index + 3)
        .take_while(|&k| {
            k == index
                || (!words.punctuation_between(k - 1, k) && !STOP_SET.contains(words.lower(k)))
        })
        .find(|&k| ONE_PERSON.contains(&words.lower(k).trim_matches('\'')))
        .map(|k| (Some(1), k + 1))
}

/// One person's death told in the singular passive ("the magistrate was shot dead",
/// "a villager was killed"): a toll of one. Word `index` is "was"; returns the first
/// word after the statement.
fn singular_death(words: &Words<'_>, index: usize) -> Option<usize> {
    if words.lower(index) != "was" {
        return None;
    }
    let mut k = index + 1;
    while matches!(
        words.lower(k),
        "reportedly" | "allegedly" | "later" | "also"
    ) {
        k += 1;
    }
    let state = words.lower(k);
    let next = words.lower(k + 1);
    if matches!(
        state,
        "killed" | "slain" | "murdered" | "executed" | "beheaded" | "martyred" | "assassinated"
    ) {
        return Some(k + 1);
    }
    match (state, next) {
        ("shot", "dead") | ("gunned", "down") | ("hacked", "to") | ("beaten", "to") => Some(k + 2),
        ("shot", "to") if words.lower(k + 2) == "death" => Some(k + 3),
        _ => None,
    }
}

/// One person named by office or role with "the" who died, told in the active
/// ("The driver perished on the spot", "the guard died of his wounds", "the mayor
/// lost his life"): a toll of one. Word `index` is "the"; returns the first word after.
fn definite_lone_death(words: &Words<'_>, index: usize) -> Option<usize> {
    if words.lower(index) != "the" {
        return None;
    }
    let (_, mut k) = lone_victim(words, index + 1)?;
    if words.lower(k) == "of" && years_of_age(words, k + 1) {
        k += 3;
    }
    let state = words.lower(k);
    if matches!(state, "perished" | "died") {
        return Some(k + 1);
    }
    death_idiom(words, k).then_some(k + 2)
}

/// True when the number at word `index` is an age ("a 48-year-old man", "the
/// 19-year-olds", "a man aged 48", "aged 20 and 21", "Carlos Rivas, 46, was shot"):
/// it describes a person and counts nobody.
fn age_at(words: &Words<'_>, index: usize) -> bool {
    let unit = words.lower(index + 1);
    let hyphenated = words.gap(index, index + 1).trim() == "-";
    (hyphenated
        && matches!(
            unit,
            "year" | "years" | "month" | "months" | "day" | "week" | "year-old" | "year-olds"
        ))
        || after_aged(words, index)
        || appositive_age(words, index)
        || years_of_age(words, index)
}

/// "a woman of 70 years", "a merchant of 52 years" (the age as Slavic, Romance and
/// Arabic copy gives it in translation) and "70 years old": an age, not a count.
fn years_of_age(words: &Words<'_>, index: usize) -> bool {
    let unit = words.lower(index + 1);
    if !matches!(unit, "years" | "year") || !words.lower(index).bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    (index > 0 && words.lower(index - 1) == "of" && !words.punctuation_between(index - 1, index))
        || words.lower(index + 2) == "old"
}

/// "aged 48", and every number of a list that "aged" opens ("aged 20 and 21").
fn after_aged(words: &Words<'_>, index: usize) -> bool {
    let mut k = index;
    while k > 0 && index - k < 6 {
        k -= 1;
        match words.lower(k) {
            "aged" | "age" | "ages" => return true,
            "and" => {}
            word if word.bytes().all(|b| b.is_ascii_digit()) => {}
            _ => return false,
        }
    }
    false
}

/// A number in digits set off by commas right after a name ("Mr Jose Fuentes, 52, of
/// the ..."): the person's age, as wire copy gives it.
fn appositive_age(words: &Words<'_>, index: usize) -> bool {
    if index == 0 || index + 1 >= words.len() {
        return false;
    }
    let digits = words.lower(index);
    let is_age = digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_digit());
    let before = words.lower(index - 1);
    is_age
        && words.gap(index - 1, index).trim() == ","
        && words.gap(index, index + 1).trim() == ","
        && words.original(index - 1).starts_with(char::is_uppercase)
        && !before.bytes().all(|b| b.is_ascii_digit())
        && !KILLED_STATE_SET.contains(before)
        && !WOUNDED_STATE_SET.contains(before)
}

/// A stated zero ("no one was killed", "there were no casualties", "No fatalities
/// reported", "without casualties", "Fatalities: 0"): word `index` opens it; returns
/// the first word after it. Injuries stated as none count too ("no one was hurt",
/// "no injuries"): SPEC.md takes such loose zeros as a toll of 0.
fn stated_zero(words: &Words<'_>, index: usize) -> Option<usize> {
    const NOUNS: &[&str] = &[
        "casualties",
        "casualty",
        "fatalities",
        "fatality",
        "deaths",
        "death",
        "injuries",
        "injury",
        "victims",
        "dead",
        "loss",
        "losses",
    ];
    const HARMED: &[&str] = &[
        "killed", "hurt", "injured", "wounded", "harmed", "died", "dead", "hit",
    ];
    let word = words.lower(index);
    match word {
        "no" | "without" => {
            let mut k = index + 1;
            if matches!(words.lower(k), "any" | "human" | "reported" | "immediate") {
                k += 1;
            }
            if matches!(words.lower(k), "reported" | "immediate") {
                k += 1;
            }
            // "no loss of life"
            if words.lower(k) == "loss"
                && words.lower(k + 1) == "of"
                && words.lower(k + 2) == "life"
            {
                return Some(k + 3);
            }
            if NOUNS.contains(&words.lower(k)) && words.lower(k) != "loss" {
                return Some(k + 1);
            }
            // "no damage or casualties": the harm to people stated none along with
            // something else.
            if matches!(words.lower(k + 1), "or" | "and")
                && NOUNS.contains(&words.lower(k + 2))
                && words.lower(k + 2) != "loss"
            {
                return Some(k + 3);
            }
            // "no Japanese citizens were hurt", "no soldiers were killed": a group
            // of people stated unharmed (the people named are any, not a number).
            if word == "no" {
                let verb = (index + 2..index + 5)
                    .find(|&v| words.lower(v) != "hit" && HARMED.contains(&words.lower(v)))?;
                let people_end = verb - 1;
                let plain = (index + 1..people_end).all(|w| {
                    let text = words.lower(w);
                    text.chars().all(char::is_alphabetic) && !AUXILIARIES_SET.contains(text)
                });
                return (plain
                    && people_end > index + 1
                    && matches!(words.lower(people_end), "was" | "were"))
                .then_some(verb + 1);
            }
            None
        }
        "nobody" | "none" => {
            let next = (index + 1..index + 4).find(|&k| HARMED.contains(&words.lower(k)))?;
            (index + 1..next)
                .all(|k| AUXILIARIES_SET.contains(words.lower(k)) || words.lower(k) == "of")
                .then_some(next + 1)
        }
        "one" if index > 0 && words.lower(index - 1) == "no" => {
            let next = (index + 1..index + 4).find(|&k| HARMED.contains(&words.lower(k)))?;
            (index + 1..next)
                .all(|k| AUXILIARIES_SET.contains(words.lower(k)))
                .then_some(next + 1)
        }
        // "Fatalities: 0", "Fatalities - none", "Deaths: nil".
        "fatalities" | "deaths" | "casualties" => {
            let gap = words.gap(index, index + 1);
            let zero = matches!(words.lower(index + 1), "0" | "none" | "nil" | "zero");
            (zero && (gap.contains(':') || gap.contains('-'))).then_some(index + 2)
        }
        _ => None,
    }
}

/// Idioms of dying after the dead are counted, as translated and official copy
/// writes them: "lost their lives", "lost life" (French "perdu la vie"), "found death"
/// ("trouvé la mort"), "embraced shahadat" or "martyrdom", "were sent to hell", "fell
/// on the field of honour". Word `j` is the verb.
fn death_idiom(words: &Words<'_>, j: usize) -> bool {
    let next = words.lower(j + 1);
    let after = words.lower(j + 2);
    match words.lower(j) {
        "lost" => {
            matches!(next, "life" | "lives")
                || (matches!(next, "their" | "his" | "her" | "the")
                    && matches!(after, "lives" | "life"))
        }
        "found" | "met" => {
            next == "death" || (matches!(next, "their" | "his" | "her" | "the") && after == "death")
        }
        "embraced" => matches!(next, "shahadat" | "martyrdom" | "shahadah"),
        "sent" => next == "to" && after == "hell",
        // "fell on the field of honour", "fell in action", "fell in combat", "fell
        // with arms in hand" (French "tombés les armes à la main").
        "fell" => {
            (matches!(next, "on" | "in")
                && after == "the"
                && words.lower(j + 3) == "field"
                && matches!(words.lower(j + 5), "honour" | "honor"))
                || (next == "in" && matches!(after, "action" | "combat" | "battle"))
                || (next == "with" && after == "arms" && words.lower(j + 3) == "in")
        }
        // "gave their lives", "sacrificed his life".
        "gave" | "sacrificed" => {
            matches!(next, "their" | "his" | "her") && matches!(after, "lives" | "life")
        }
        _ => false,
    }
}

/// "Fatalities: 12", "Fatalities - 3": a database note's closing count.
fn labelled_count(words: &Words<'_>, index: usize) -> Option<(Option<u32>, usize)> {
    if !matches!(
        words.lower(index),
        "fatalities" | "deaths" | "killed" | "dead"
    ) {
        return None;
    }
    let gap = words.gap(index, index + 1);
    if !(gap.contains(':') || gap.trim() == "-") {
        return None;
    }
    let read = read_count(words, index + 1, |_| false)?;
    let count = match read.count {
        Count::Exact(n) => Some(n),
        Count::Vague => None,
    };
    Some((count, read.next))
}

/// True when a statement's verb of death or injury starts at word `index`, after at
/// most three auxiliaries ("were killed", "were reportedly wounded", "died").
fn harm_follows(words: &Words<'_>, index: usize) -> bool {
    let verb = (index..index + 4)
        .find(|&k| !AUXILIARIES_SET.contains(words.lower(k)))
        .unwrap_or(index);
    KILLED_STATE_SET.contains(words.lower(verb)) || WOUNDED_STATE_SET.contains(words.lower(verb))
}

/// True when a count of people starts at word `index` ("seven al-Shabaab fighters",
/// "three villagers"): a person's noun follows the count in the same phrase.
fn counted_people_at(words: &Words<'_>, index: usize) -> bool {
    let Some(read) = read_count(words, index, |k| person_at(words, k)) else {
        return false;
    };
    if year_like(words, index) || age_at(words, index) {
        return false;
    }
    (read.next..read.next + 4)
        .take_while(|&k| {
            k == read.next
                || (!words.punctuation_between(k - 1, k) && !STOP_SET.contains(words.lower(k)))
        })
        .any(|k| {
            let word = words.lower(k);
            PERSONS_SET.contains(word)
                || PERSONS_SET.contains(word.trim_end_matches('s'))
                || word.ends_with("men")
                || matches!(word, "people" | "persons" | "children" | "militants")
        })
}

/// True when word `index` names a war as a whole, not one act of it ("the war's
/// toll", "overall toll").
fn war_word(words: &Words<'_>, index: usize) -> bool {
    matches!(
        words.lower(index).trim_end_matches("'s"),
        "war" | "conflict" | "overall" | "cumulative" | "total"
    )
}

/// True when "toll" at word `index` is the fee of a road, not a count of the dead ("the
/// toll road to 3 towns", "a toll plaza at Kilometre 14", "toll-free").
fn road_toll(words: &Words<'_>, index: usize) -> bool {
    let next = words.lower(index + 1);
    let next = next.trim_end_matches('s');
    matches!(
        next,
        "road"
            | "plaza"
            | "booth"
            | "gate"
            | "bridge"
            | "station"
            | "post"
            | "way"
            | "highway"
            | "expressway"
            | "motorway"
            | "tunnel"
            | "lane"
            | "collector"
            | "fee"
            | "charge"
            | "free"
            | "point"
            | "barrier"
    ) && !words.punctuation_between(index, index + 1)
}

fn year_like(words: &Words<'_>, index: usize) -> bool {
    let word = words.lower(index);
    word.len() == 4 && word.starts_with("19") || word.starts_with("20") && word.len() == 4
}

/// Every statement of deaths or injuries in the sentence.
pub fn find(words: &Words<'_>) -> Vec<Casualties> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words.lower(i);
        if let Some(next) = stated_zero(words, i) {
            found.push(Casualties {
                harm: Harm::Killed,
                count: Some(0),
                first_word: i,
                last_word: next.saturating_sub(1),
            });
            i = next;
            continue;
        }
        if let Some((count, next)) = labelled_count(words, i) {
            found.push(Casualties {
                harm: Harm::Killed,
                count,
                first_word: i,
                last_word: next.saturating_sub(1),
            });
            i = next;
            continue;
        }
        if let Some(next) = definite_lone_death(words, i) {
            found.push(Casualties {
                harm: Harm::Killed,
                count: Some(1),
                first_word: i,
                last_word: next.saturating_sub(1),
            });
            i = next;
            continue;
        }
        if let Some(next) = singular_death(words, i) {
            found.push(Casualties {
                harm: Harm::Killed,
                count: Some(1),
                first_word: i,
                last_word: next.saturating_sub(1),
            });
            i = next;
            continue;
        }
        // Killing by gunfire told actively, the victims after the verb:
        // "machine-gunned nine peasants" (the hyphen splits the verb), "gunned down
        // four traders", "shot dead two guards".
        let gunfire_kill = i >= 1
            && matches!(
                (words.lower(i - 1), word),
                ("machine", "gunned") | ("gunned", "down") | ("shot", "dead")
            );
        if !word.starts_with(|c: char| c.is_ascii_digit())
            && !FIND_STARTS.contains(word)
            && !gunfire_kill
        {
            i += 1;
            continue;
        }
        // "hacked to death seven villagers", "beat to death two herders".
        let to_death = word == "death"
            && i >= 2
            && words.lower(i - 1) == "to"
            && matches!(
                words.lower(i - 2),
                "hacked"
                    | "beaten"
                    | "beat"
                    | "stoned"
                    | "burned"
                    | "burnt"
                    | "clubbed"
                    | "stabbed"
                    | "shot"
                    | "tortured"
            );
        let active = if KILL_ACTIVE_SET.contains(word) || to_death || gunfire_kill {
            Some(Harm::Killed)
        } else if WOUND_ACTIVE_SET.contains(word) {
            Some(Harm::Injured)
        } else {
            None
        };
        if let Some(harm) = active {
            let mut start = i + 1;
            if word == "claiming" {
                if words.lower(i + 1) == "the"
                    && words.lower(i + 2) == "lives"
                    && words.lower(i + 3) == "of"
                {
                    start = i + 4;
                } else {
                    i += 1;
                    continue;
                }
            }
            if let Some((count, next)) = read_groups(words, start)
                .or_else(|| named_victims(words, start))
                .or_else(|| lone_victim(words, start))
            {
                found.push(Casualties {
                    harm,
                    count,
                    first_word: i,
                    last_word: next.saturating_sub(1),
                });
                i = next;
                continue;
            }
        }
        // "We deplore the loss of seven soldiers", "caused the martyrdom of two
        // civilians", "the deaths of three children", "causing the death of nine
        // persons".
        // "recovered the bodies of 7 insurgents", "the bodies of three herders were
        // found": the dead counted by their bodies.
        let bodies = word == "bodies" && i > 0 && words.lower(i - 1) == "the";
        if (matches!(word, "loss" | "martyrdom" | "deaths" | "death") || bodies)
            && words.lower(i + 1) == "of"
        {
            if let Some((count, next)) = read_groups(words, i + 2) {
                found.push(Casualties {
                    harm: Harm::Killed,
                    count,
                    first_word: i,
                    last_word: next.saturating_sub(1),
                });
                i = next;
                continue;
            }
        }
        // "the death toll rose to 20", "bringing the toll to 14".
        // "the number of perished ... grew to 44", "the number of martyrs rose to 84".
        // "the number killed has reached 31" too.
        let number_of_dead = word == "number"
            && (matches!(words.lower(i + 1), "killed" | "dead") || words.lower(i + 1) == "of")
            && (i + 1..i + 4).any(|k| {
                matches!(
                    words.lower(k),
                    "perished"
                        | "martyrs"
                        | "dead"
                        | "victims"
                        | "killed"
                        | "deaths"
                        | "fatalities"
                )
            });
        // A toll named without "death" or "the" before it, as updates write it ("Toll
        // now 11", "Toll at nine", "Station blast toll rises to 26"), states its
        // number only after a word that gives a toll its figure.
        let bare_toll = word == "toll" && !(i > 0 && matches!(words.lower(i - 1), "death" | "the"));
        // The dead named as a toll that rises ("Fatalities rise to 23", "Deaths climb
        // to 40", "Dead now 12"): read as a bare toll.
        let rising_dead = matches!(word, "fatalities" | "deaths" | "dead")
            && !(i > 0 && matches!(words.lower(i - 1), "no" | "of" | "the"))
            && matches!(
                words.lower(i + 1),
                "rise"
                    | "rises"
                    | "rose"
                    | "risen"
                    | "climb"
                    | "climbs"
                    | "climbed"
                    | "reach"
                    | "reaches"
                    | "reached"
                    | "jump"
                    | "jumps"
                    | "jumped"
                    | "now"
            );
        let bare_toll = bare_toll || rising_dead;
        // "War toll now at least 150,000": a war's toll counts the dead of many acts,
        // none of them this one.
        let war_toll = word == "toll"
            && i > 0
            && (war_word(words, i - 1)
                || (words.lower(i - 1) == "death" && i > 1 && war_word(words, i - 2)));
        if (word == "toll" && !war_toll && !road_toll(words, i)) || number_of_dead || rising_dead {
            // "The death toll [from the bombing at ...] rose to 100": far from "toll"
            // only a number right after "to", "at" or "reached" is the toll.
            // A clock time after "at" is when the toll was given ("toll at 14:00").
            let clock = |k: usize| {
                words.gap(k, k + 1).trim() == ":"
                    && words.lower(k + 1).bytes().all(|b| b.is_ascii_digit())
            };
            let toll_at = |k: usize| {
                read_count(words, k, |_| false).is_some()
                    && !year_like(words, k)
                    && !clock(k)
                    && ((k < i + 6 && !bare_toll && !words.gap(k - 1, k).contains('-'))
                        || matches!(words.lower(k - 1), "to" | "at" | "reached" | "now"))
            };
            // "The toll rose from 40 on the day to 63": the toll is where it rose to.
            let risen_to = |k: usize| {
                (words.lower(k - 1) == "from")
                    .then(|| {
                        (k + 1..k + 8)
                            .take_while(|&m| !words.punctuation_between(m - 1, m))
                            .find(|&m| words.lower(m - 1) == "to" && toll_at(m))
                    })
                    .flatten()
                    .unwrap_or(k)
            };
            if let Some(k) = (i + 1..i + 30).find(|&k| toll_at(k)).map(risen_to) {
                if let Some(read) = read_count(words, k, |_| false) {
                    let count = match read.count {
                        Count::Exact(n) => Some(n),
                        Count::Vague => None,
                    };
                    found.push(Casualties {
                        harm: Harm::Killed,
                        count,
                        // "the" or "death" before "toll"; "number" opens its phrase
                        // itself and may be the text's first word, as may a bare "toll".
                        first_word: if bare_toll { i } else { i.saturating_sub(1) },
                        last_word: read.next - 1,
                    });
                    i = read.next;
                    continue;
                }
            }
        }
        // `read_groups` reads nothing where no count starts.
        if !year_like(words, i) && crate::numbers::may_start_count(word) {
            if let Some((count, next)) = read_groups(words, i) {
                let mut j = next;
                // "58 people, including 11 children, were killed": the subset between
                // commas belongs to the statement, which goes on after it.
                if words.lower(j) == "including" {
                    // "Seven villagers including two children were killed": the
                    // subset told without commas belongs to the statement too.
                    let plain = read_groups(words, j + 1)
                        .map(|(_, k)| k)
                        .filter(|&k| !words.punctuation_between(j, k) && harm_follows(words, k));
                    if let Some(k) = plain {
                        j = k;
                    } else if let Some(k) =
                        (j + 1..j + 8).find(|&k| words.gap(k, k + 1).contains(','))
                    {
                        j = k + 1;
                    }
                }
                // "five of their fighters were killed".
                // "Five of the seven people killed were soldiers" tells a part of a
                // count, not the count of the dead.
                if words.lower(j) == "of"
                    && matches!(
                        words.lower(j + 1),
                        "their" | "its" | "his" | "the" | "them" | "our"
                    )
                    && read_count(words, j + 2, |_| false).is_none()
                {
                    j += if words.lower(j + 1) == "them" { 2 } else { 3 };
                    // "Three fighters of the Popular Mobilisation Forces were
                    // martyred", "two of our heroic soldiers gave their lives": a
                    // name of several words before the verb.
                    if let Some(k) = (j..j + 5)
                        .take_while(|&k| !words.punctuation_between(k.saturating_sub(1), k))
                        .find(|&k| {
                            matches!(words.lower(k), "were" | "was") || death_idiom(words, k)
                        })
                    {
                        j = k;
                    }
                }
                // "a woman of 70 years perished": the age between the person and the
                // verb.
                if words.lower(j) == "of" && years_of_age(words, j + 1) {
                    j += 3;
                }
                let mut skipped = 0;
                while skipped < 3 && AUXILIARIES_SET.contains(words.lower(j)) {
                    j += 1;
                    skipped += 1;
                }
                let state = words.lower(j);
                // "was shot dead", "were gunned down", "were hacked to death".
                // Official idiom: "made the supreme sacrifice", "laid down their lives".
                let shot = matches!(
                    (state, words.lower(j + 1)),
                    ("shot", "dead") | ("gunned", "down")
                ) || (matches!(
                    state,
                    "shot" | "hacked" | "beaten" | "stabbed" | "clubbed" | "stoned" | "burned"
                ) && words.lower(j + 1) == "to"
                    && words.lower(j + 2) == "death")
                    || (state == "ascended" && words.lower(j + 1) == "as")
                    || (state == "made" && words.lower(j + 3) == "sacrifice")
                    || (state == "laid" && words.lower(j + 3) == "lives");
                // "A U.S. air strike killed seven fighters", "Two gunmen killed three
                // villagers": the count before an active verb with its own victims is
                // the subject; the victims after it are the dead.
                let subject = skipped == 0
                    && KILL_ACTIVE_SET.contains(state)
                    && !words.punctuation_between(j, j + 1)
                    && counted_people_at(words, j + 1);
                if subject {
                    i = j;
                    continue;
                }
                // "86 bodies found", "the 12 corpses recovered": bodies are the dead.
                let corpses = (i..next).any(|k| matches!(words.lower(k), "bodies" | "corpses"));
                let harm = if KILLED_STATE_SET.contains(state)
                    || shot
                    || death_idiom(words, j)
                    || (corpses && !WOUNDED_STATE_SET.contains(state))
                {
                    Some(Harm::Killed)
                } else if WOUNDED_STATE_SET.contains(state) {
                    Some(Harm::Injured)
                } else {
                    None
                };
                if let Some(harm) = harm {
                    found.push(Casualties {
                        harm,
                        count,
                        first_word: i,
                        last_word: j,
                    });
                    i = j + 1;
                    continue;
                }
                // A count that names no harm ("16:30 PKT - Death toll rises to 26")
                // hides no toll word read as one of its nouns.
                let resume = (i + 1..next)
                    .find(|&k| FIND_STARTS.contains(words.lower(k)))
                    .unwrap_or(next);
                i = resume.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[(Harm, Option<u32>)]) {
        let words = Words::new(text);
        let found: Vec<(Harm, Option<u32>)> = find(&words)
            .into_iter()
            .map(|c| (c.harm, c.count))
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    use Harm::*;

    #[test]
    fn reads_stated_zeros_and_closing_counts() {
        check("No one was killed in the attack.", &[(Killed, Some(0))]);
        check("No casualties were reported.", &[(Killed, Some(0))]);
        check("No fatalities reported.", &[(Killed, Some(0))]);
        check("There were no injuries.", &[(Killed, Some(0))]);
        check(
            "The regional governor said no one was hurt.",
            &[(Killed, Some(0))],
        );
        check("Fatalities: 0.", &[(Killed, Some(0))]);
        check("Fatalities: 7.", &[(Killed, Some(7))]);
        check("Three fatalities.", &[(Killed, Some(3))]);
        check("No group has claimed the attack.", &[]);
        check("No damage or casualties reported.", &[(Killed, Some(0))]);
        check(
            "The embassy said no Japanese citizens were hurt.",
            &[(Killed, Some(0))],
        );
        check("No soldiers were killed.", &[(Killed, Some(0))]);
        check("No buildings were hit.", &[]);
        check("No fewer than 20 were killed.", &[(Killed, Some(20))]);
    }

    #[test]
    fn reads_killing_by_gunfire_told_actively() {
        check(
            "ARMED MEN KILLED NINE PEASANTS YESTERDAY",
            &[(Killed, Some(9))],
        );
        check(
            "armed men machine-gunned nine peasants",
            &[(Killed, Some(9))],
        );
        check(
            "ARMED MEN MACHINE-GUNNED NINE PEASANTS YESTERDAY",
            &[(Killed, Some(9))],
        );
        check("Gunmen gunned down four traders.", &[(Killed, Some(4))]);
        check("Gunmen shot dead two guards.", &[(Killed, Some(2))]);
        check(
            "Armed individuals assassinated seven civilians on Monday",
            &[(Killed, Some(7))],
        );
        check(
            "A MINE EXPLODED, CAUSING THE DEATH OF NINE PERSONS",
            &[(Killed, Some(9))],
        );
        check(
            "Bandits torch Zamfara village, 9 dead",
            &[(Killed, Some(9))],
        );
        check(
            "Taliban storm border post; 6 soldiers dead",
            &[(Killed, Some(6))],
        );
    }

    #[test]
    fn ages_are_no_tolls() {
        check("a 48-year-old man died in hospital", &[(Killed, Some(1))]);
        check("A man aged 70 was killed", &[(Killed, Some(1))]);
        check("The 62-year-old trader died of his wounds", &[]);
        // Neither age is a toll (the count before the apposition is not read either).
        check(
            "TWO MISSIONARIES, AGED 20 AND 21, WERE SHOT DEAD TONIGHT",
            &[],
        );
        check(
            "The magistrate, Carlos Valencia, 46, was shot dead this afternoon",
            &[(Killed, Some(1))],
        );
    }

    #[test]
    fn kin_counts_no_dead() {
        check("A father of three was killed", &[(Killed, Some(1))]);
        check(
            "killed a father of five and two farmers",
            &[(Killed, Some(3))],
        );
        check(
            "The driver, a mother-of-four, died in hospital",
            &[(Killed, Some(1))],
        );
    }

    #[test]
    fn reads_the_dead_told_as_a_rising_toll() {
        check(
            "17:40 WAT - Fatalities rise to 23 as more of the injured die.",
            &[(Killed, Some(23))],
        );
        check("Deaths climb to 40, police say.", &[(Killed, Some(40))]);
        check(
            "The number killed has reached 31, 20 of them children.",
            &[(Killed, Some(31))],
        );
        check("No deaths reported.", &[(Killed, Some(0))]);
    }

    #[test]
    fn a_roads_toll_is_no_toll() {
        check("on the toll road to 3 towns", &[]);
        check("near the toll plaza at Kilometre 14", &[]);
        check("The toll rose to 14", &[(Killed, Some(14))]);
    }

    #[test]
    fn one_count_may_name_two_kinds_of_people() {
        check(
            "14 soldiers and auxiliaries were killed in the attack",
            &[(Killed, Some(14))],
        );
        check(
            "Nine police and militiamen died in the ambush",
            &[(Killed, Some(9))],
        );
        check(
            "Three soldiers and civilians were wounded",
            &[(Injured, Some(3))],
        );
    }

    #[test]
    fn reads_tolls_told_as_bare_updates() {
        check(
            "Toll now 11, a health official says.",
            &[(Killed, Some(11))],
        );
        check("Toll at nine, the governor says.", &[(Killed, Some(9))]);
        check(
            "Railway station blast toll rises to 26, officials say.",
            &[(Killed, Some(26))],
        );
        check(
            "Toll from this morning's bombing at the cattle market now 17.",
            &[(Killed, Some(17))],
        );
        check("War toll now at least 150,000, the envoy says.", &[]);
        check("Toll at 14:00 unknown.", &[]);
    }

    #[test]
    fn a_clock_time_hides_no_toll() {
        check(
            "16:30 PKT - Death toll rises to 26, including 14 soldiers, an official says.",
            &[(Killed, Some(26))],
        );
    }

    #[test]
    fn reads_the_idioms_of_translated_copy() {
        check(
            "As a result of the enemy attack a 67-year-old man perished, two women received wounds",
            &[(Killed, Some(1))],
        );
        check(
            "The number of perished in the result of the hit of a Russian missile Kh-22 into the nine-storey residential building on Saturday grew to 44",
            &[(Killed, Some(44))],
        );
        // The phrase may open the text (its first word has nothing before it).
        check(
            "Number of dead rose to 12 by evening",
            &[(Killed, Some(12))],
        );
        check(
            "Seven citizens ascended as martyrs and five others were injured",
            &[(Killed, Some(7)), (Injured, Some(5))],
        );
        check(
            "Two terrorists have been eliminated so far.",
            &[(Killed, Some(2))],
        );
    }

    #[test]
    fn reads_one_death_in_the_singular_passive() {
        check(
            "The mayor was assassinated yesterday.",
            &[(Killed, Some(1))],
        );
        check(
            "A villager was reportedly shot to death.",
            &[(Killed, Some(1))],
        );
        check("The convoy was attacked at dawn.", &[]);
    }

    #[test]
    fn reads_translated_idioms_of_death() {
        check("About forty persons lost life.", &[(Killed, Some(40))]);
        check(
            "Four soldiers found death and two others were wounded.",
            &[(Killed, Some(4)), (Injured, Some(2))],
        );
        check(
            "Three soldiers fell on the field of honour.",
            &[(Killed, Some(3))],
        );
        check("Three khwarij were sent to hell.", &[(Killed, Some(3))]);
        check("Two soldiers embraced shahadat.", &[(Killed, Some(2))]);
        check("The driver perished on the spot.", &[(Killed, Some(1))]);
        check(
            "Extremists fired 40 rockets, martyring 12 civilians.",
            &[(Killed, Some(12))],
        );
        check(
            "SUBVERSIVES HACKED TO DEATH SEVEN VILLAGERS NEAR AKURESSA",
            &[(Killed, Some(7))],
        );
        check(
            "THEY MURDERED THE GOVERNOR AND TWO COUNCILMEN OF THE DISTRICT",
            &[(Killed, Some(3))],
        );
        check(
            "Three fighters of the Popular Mobilisation Forces were martyred and two others wounded.",
            &[(Killed, Some(3)), (Injured, Some(2))],
        );
    }

    #[test]
    fn a_vague_part_makes_the_total_vague() {
        check(
            "11 soldiers and several volunteers were killed in the ambush",
            &[(Killed, None)],
        );
        check(
            "killing five soldiers and dozens of civilians",
            &[(Killed, None)],
        );
    }

    #[test]
    fn a_count_before_an_active_verb_is_its_subject() {
        check(
            "A U.S. air strike killed seven al-Shabaab fighters near Jilib",
            &[(Killed, Some(7))],
        );
        check(
            "Two gunmen killed three villagers on Tuesday",
            &[(Killed, Some(3))],
        );
        check(
            "Ten soldiers were killed two days after the truce",
            &[(Killed, Some(10))],
        );
    }

    #[test]
    fn reads_idioms_of_giving_life_and_falling() {
        check(
            "Two of our heroic soldiers gave their lives and one was wounded",
            &[(Killed, Some(2)), (Injured, Some(1))],
        );
        check(
            "Sadly, two of our soldiers fell with arms in hand",
            &[(Killed, Some(2))],
        );
        check("Four gendarmes fell in action.", &[(Killed, Some(4))]);
        check(
            "3 soldiers, 2 vigilantes die in Zamfara ambush",
            &[(Killed, Some(5))],
        );
    }

    #[test]
    fn reads_ages_told_in_years() {
        check(
            "As a result a woman of 70 years perished.",
            &[(Killed, Some(1))],
        );
        check("A man 45 years old was wounded.", &[(Injured, Some(1))]);
    }

    #[test]
    fn reads_murders_and_martyrdoms() {
        check(
            "A DEATH SQUAD MURDERED SIX PEASANTS IN THE VILLAGE",
            &[(Killed, Some(6))],
        );
        check(
            "which caused the martyrdom of two civilians and the injury of five others",
            &[(Killed, Some(2))],
        );
    }

    #[test]
    fn reads_deaths_and_injuries() {
        check(
            "a rocket attack on a base, killing two American service members and one British service member.",
            &[(Killed, Some(3))],
        );
        check(
            "At least 12 people were killed and 30 wounded",
            &[(Killed, Some(12)), (Injured, Some(30))],
        );
        check(
            "killing five people, including two children",
            &[(Killed, Some(5))],
        );
        check("the blast killed dozens of worshippers", &[(Killed, None)]);
        check(
            "Four security personnel and two civilians were killed, the minister said.",
            &[(Killed, Some(6))],
        );
        check(
            "killing a two-day-old baby, officials said",
            &[(Killed, Some(1))],
        );
        check(
            "Five communist New People's Army guerrillas were killed when",
            &[(Killed, Some(5))],
        );
        check(
            "Gunmen killed the governor of the state",
            &[(Killed, Some(1))],
        );
        check("A drone strike killed Saleh al-Arouri, deputy head of the bureau, and six others on Tuesday", &[(Killed, Some(7))]);
        check("killing Hamas fighters", &[]);
        check("Sniper kills boy in Taiz", &[(Killed, Some(1))]);
        check(
            "US strike kills al-Shabaab commander near Jilib",
            &[(Killed, Some(1))],
        );
        check(
            "Two policemen were martyred when terrorists attacked",
            &[(Killed, Some(2))],
        );
        check(
            "A labourer was shot dead by militants",
            &[(Killed, Some(1))],
        );
        check(
            "3 soldiers and 2 IS militants killed.",
            &[(Killed, Some(5))],
        );
        check(
            "A soldier made the supreme sacrifice in the line of duty.",
            &[(Killed, Some(1))],
        );
        check(
            "We deplore the loss of seven VDP who fell with arms in hand.",
            &[(Killed, Some(7))],
        );
        check(
            "Three soldiers and all five attackers were killed.",
            &[(Killed, Some(8))],
        );
        check(
            "killing 4 soldiers and wounding 7 others",
            &[(Killed, Some(4)), (Injured, Some(7))],
        );
        check("The death toll rose to 23 on Friday", &[(Killed, Some(23))]);
        check(
            "Three more died in hospital, bringing the toll to 14",
            &[(Killed, Some(3)), (Killed, Some(14))],
        );
        check("A 27-year-old jawan was killed", &[(Killed, Some(1))]);
        check(
            "The death toll from a suicide bombing at a mosque inside a police compound in Peshawar rose to 100",
            &[(Killed, Some(100))],
        );
        check(
            "At least 58 people, including 11 children, were killed in the attack",
            &[(Killed, Some(58))],
        );
        check(
            "killing seven soldiers, two security sources told reporters",
            &[(Killed, Some(7))],
        );
        check("five of their fighters were killed", &[(Killed, Some(5))]);
        check(
            "militants beheaded a Filipino hostage",
            &[(Killed, Some(1))],
        );
        check(
            "Three soldiers died and a civilian was wounded",
            &[(Killed, Some(3)), (Injured, Some(1))],
        );
        check("a US contractor was killed", &[(Killed, Some(1))]);
        check("two policemen were among the dead", &[]);
        check("targeted five weapons storage facilities", &[]);
        check("In 2019, 40 people were killed", &[(Killed, Some(40))]);
        check(
            "killing twenty-one soldiers, the army said",
            &[(Killed, Some(21))],
        );
        check(
            "air strikes that killed Iran's second most powerful leader",
            &[],
        );
        check(
            "killed at least 12 combatants, a local administrator said",
            &[(Killed, Some(12))],
        );
    }
}
