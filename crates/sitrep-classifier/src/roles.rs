//! Who did what to whom in one sentence: the roles of the actors around a mention.
//!
//! The nearest actor before the act is its initiator ("The US carried out
//! airstrikes", "Iran’s retaliatory strike"), unless the verb is passive ("soldiers
//! were ambushed"); an actor after "by" is the initiator ("carried out by militants");
//! an actor after the act is its target when a verb takes it as object ("ambushed a
//! convoy of Nigerian soldiers") or a preposition leads to it ("against", "on",
//! "targeting", "aimed at"); "clashes between A and B" pairs A and B; a group that
//! "claimed responsibility" is the initiator. Civilians hit by an act are victims.

use sitrep_contract::{ActorKind, ActorRole};

use crate::actors::ActorMention;
use crate::cues::Form;
use crate::dates;
use crate::mentions::Mention;
use crate::text::Words;

/// An actor with its role in one mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoledActor<'s> {
    pub actor: &'s ActorMention<'s>,
    pub role: ActorRole,
    /// The actor whose weapon it is ("a Russian drone", "missiles launched by the
    /// Houthis"): the side hit when the act is the weapon's interception.
    pub wielder: bool,
}

/// Weapons and the craft that carry them: an actor named right before one owns it
/// ("a Russian missile", "Israeli fighter jets", "an ENDF drone"). Words that are also
/// verbs of a headline ("Israel shells Lebanon", "Israel bombs Gaza") are left out.
const WEAPON_NOUNS: &[&str] = &[
    "drone",
    "drones",
    "uav",
    "uavs",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "jet",
    "jets",
    "warplane",
    "warplanes",
    "aircraft",
    "helicopter",
    "helicopters",
    "gunship",
    "gunships",
    "bomber",
    "bombers",
    "artillery",
    "mortar",
    "munition",
    "munitions",
    "shahed",
    "shaheds",
    "interceptor",
    "interceptors",
];
/// Verbs of an interception or a destruction: a weapon named after one is the one
/// stopped ("shot down a Russian drone"), so its owner is the side hit.
const STOPS: &[&str] = &[
    "intercepted",
    "intercepts",
    "intercepting",
    "shot",
    "downed",
    "destroyed",
    "destroying",
    "neutralised",
    "neutralized",
    "defused",
    "down",
    "repelled",
];
/// Verbs of hitting: an owned weapon right after one is what was hit ("struck a
/// Russian helicopter"), not the weapon used.
const HITS: &[&str] = &[
    "struck",
    "hit",
    "hits",
    "strikes",
    "attacked",
    "targeted",
    "targeting",
    "striking",
    "hitting",
];
/// Verbs of sending a weapon: "missiles launched by the Houthis" names the weapon's
/// owner after "by".
const LAUNCHES: &[&str] = &[
    "launched", "fired", "sent", "planted", "laid", "dropped", "flown",
];
/// Words that may stand between a verb and its object ("shot down two Russian drones").
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "a" | "an" | "the" | "two" | "three" | "several" | "its" | "their"
    ) || word.chars().all(|c| c.is_ascii_digit())
}

const TARGET_LEADS: &[&str] = &[
    "against",
    "on",
    "targeting",
    "targeted",
    "at",
    "hitting",
    "hit",
    "struck",
    "killing",
    "killed",
    "wounding",
    "into",
    "upon",
    "aimed",
    "striking",
    "attacking",
    "with",
    "injuring",
];
/// Verbs of taking a place: who it is taken "from" is the side hit.
const TAKES: &[&str] = &[
    "recaptured",
    "retook",
    "retaken",
    "recaptures",
    "captured",
    "seized",
    "took",
    "taken",
    "wrested",
    "liberated",
    "regained",
];
/// Verbs whose subject comes upon a device rather than using it ("struck an IED",
/// "ran over a landmine", "stepped on a mine").
const MEETS: &[&str] = &[
    "struck",
    "strikes",
    "hit",
    "hits",
    "ran",
    "runs",
    "drove",
    "stepped",
    "triggered",
];
/// The words of a device one comes upon.
const DEVICES: &[&str] = &[
    "ied",
    "ieds",
    "bomb",
    "mine",
    "landmine",
    "explosive",
    "device",
    "explosives",
];
/// Verbs of harm whose object, named right before an act, is the side hit in it
/// ("neutralised 12 terrorists in an ambush", "killed five militants in a raid").
const OBJECT_OF: &[&str] = &[
    "killed",
    "neutralised",
    "neutralized",
    "eliminated",
    "wounded",
    "injured",
    "captured",
    "arrested",
];

/// Words of a count before a noun ("at least 12", "dozens of", "about 20"): the
/// numerals and number words of `analysis::is_count_word`, and the words around them.
fn is_count_word(word: &str) -> bool {
    is_determiner(word)
        || crate::analysis::is_count_word(word)
        || matches!(
            word,
            "about"
                | "at"
                | "least"
                | "some"
                | "nearly"
                | "over"
                | "more"
                | "than"
                | "of"
                | "several"
                | "many"
        )
}

/// Words for the men of a side named before them ("Wagner Group personnel").
const PERSONNEL: &[&str] = &["personnel", "members", "elements", "men", "operatives"];
/// Verbs of beating an attack back: their subject is the side attacked.
const REPELS: &[&str] = &[
    "repelled", "repulsed", "repel", "repulse", "repels", "repulses", "foiled", "thwarted", "foil",
    "thwart",
];
const PASSIVE_AUX: &[&str] = &["was", "were", "been", "being", "is", "are", "be"];
/// Verbs that always take an object when active: with none after them, they are a
/// passive without its auxiliary, as headlines write it ("Two fighters killed in
/// Israeli strike", "Civilians killed as RSF shells Omdurman").
const TRANSITIVE: &[&str] = &[
    "killed",
    "kidnapped",
    "abducted",
    "targeted",
    "wounded",
    "injured",
    "ambushed",
    "hijacked",
    "bombed",
    "shelled",
    "downed",
    "attacked",
    "struck",
    "hurt",
];
/// Participles and verbs of harm: "soldiers killed in", "police hurt in", "five rebels
/// die in clash", "soldiers died in the attack" name the side hit.
const HARMED: &[&str] = &[
    "killed",
    "wounded",
    "injured",
    "hurt",
    "dead",
    "abducted",
    "kidnapped",
    "missing",
    "die",
    "dies",
    "died",
    "perished",
    "martyred",
];
/// Words after such a verb that show it has no object.
const NO_OBJECT: &[&str] = &[
    "in",
    "by",
    "during",
    "near",
    "at",
    "as",
    "when",
    "after",
    "on",
    "while",
    "following",
    "overnight",
    "outside",
];
/// True when word `i` shows that the verb before it has no object (`NO_OBJECT`): not
/// the "at" of a count ("killed at least seven soldiers" has its object).
fn ends_without_object(words: &Words<'_>, i: usize) -> bool {
    let word = words.lower(i);
    NO_OBJECT.contains(&word)
        && !(word == "at" && i + 1 < words.len() && matches!(words.lower(i + 1), "least" | "most"))
}
/// Words that name a time of day or a day ("at dawn", "in the afternoon"); weekdays and
/// months come from `dates.rs`'s one list of them (see `is_time_anchor`).
const TIME_OF_DAY: &[&str] = &[
    "dawn",
    "daybreak",
    "noon",
    "midday",
    "midnight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "nightfall",
    "day",
    "today",
    "yesterday",
];

/// True when the lowercase `word` names a day or a time ("Monday", "October", "dawn").
fn is_time_anchor(word: &str) -> bool {
    TIME_OF_DAY.contains(&word) || dates::is_weekday_name(word) || dates::is_month_name(word)
}

/// The words that join a time to its verb ("on", "in the", "early").
const TIME_GLUE: &[&str] = &[
    "on", "in", "at", "during", "of", "the", "this", "last", "early", "late", "same", "around",
];

/// True when word `i` leads to the side hit ("an attack on a convoy", "fired at
/// troops"), not to a time ("on Monday", "at dawn").
fn leads_to_target(words: &Words<'_>, i: usize) -> bool {
    let word = words.lower(i);
    let time = matches!(word, "on" | "at")
        && (i + 1..(i + 3).min(words.len())).any(|k| {
            let next = words.lower(k);
            is_time_anchor(next) || next.starts_with(|c: char| c.is_ascii_digit())
        })
        && !words.punctuation_between(i, i + 1);
    TARGET_LEADS.contains(&word) && !time
}

/// True when a verb that takes an object has none after it ("Two soldiers killed in
/// Borno", "Three rebels killed."): a passive without its auxiliary, as headlines
/// write it. Translated copy puts the day between the verb and its object ("members
/// of the ELN kidnapped on Monday a merchant", "shelled at dawn on Wednesday the
/// camp"): an object after the time phrase keeps the verb active.
fn lacks_object(words: &Words<'_>, verb_last: usize) -> bool {
    let next = verb_last + 1;
    if next >= words.len() || words.punctuation_between(verb_last, next) {
        return true;
    }
    if !ends_without_object(words, next) {
        return false;
    }
    // The last word of a time phrase right after the verb, if one is there.
    let mut last_anchor = None;
    let mut at = next;
    while at < words.len() && at < next + 10 && !words.punctuation_between(at - 1, at) {
        let word = words.lower(at);
        if is_time_anchor(word) || word.starts_with(|c: char| c.is_ascii_digit()) {
            last_anchor = Some(at);
        } else if !TIME_GLUE.contains(&word) {
            break;
        }
        at += 1;
    }
    let Some(anchor) = last_anchor else {
        return true;
    };
    let object = anchor + 1;
    if object >= words.len() || words.punctuation_between(anchor, object) {
        return true;
    }
    let word = words.lower(object);
    let determiner = is_determiner(word)
        || matches!(
            word,
            "his" | "her" | "four" | "five" | "six" | "seven" | "eight"
        );
    // A name ("kidnapped on Saturday Luis Diaz"); in copy set in capitals, any word
    // but one that ends the verb's phrase.
    let name = words.original(object).starts_with(char::is_uppercase)
        && !NO_OBJECT.contains(&word)
        && !CLAUSE_BREAKS.contains(&word)
        && !TIME_GLUE.contains(&word)
        && !matches!(word, "and" | "to" | "with" | "from");
    !(determiner || name)
}

const CLAUSE_BREAKS: &[&str] = &[
    "said",
    "says",
    "told",
    "while",
    "but",
    "although",
    "because",
    "after",
    "before",
    "when",
    "as",
    // "the police attributed the attack to the Shining Path": who puts an act down to
    // someone tells of it; the one it is put down to did it.
    "attributed",
    "attributes",
    "blamed",
    "blames",
    "accused",
    "accuses",
    "suspected",
    // "the National Army condemns the murder": who speaks of an act does not do it.
    "condemns",
    "condemned",
    "denounced",
    "denounces",
    "reported",
    "reports",
    "announced",
    "confirmed",
    "deplores",
    "deplored",
    "mourns",
    "mourned",
];
/// Words between "by" and the agent it names ("by members of the ELN").
const AGENT_LEADS: &[&str] = &[
    "a",
    "an",
    "the",
    "members",
    "member",
    "of",
    "elements",
    "suspected",
    "alleged",
    "unit",
    "units",
    "cadres",
];
/// Verbs that put an act down to someone named after "to" or "on" ("attributed the
/// attack to", "blamed the bombing on").
const ATTRIBUTES: &[&str] = &[
    "attributed",
    "attributing",
    "attributes",
    "blamed",
    "blaming",
    "blames",
];
/// Nouns of an act or a weapon that "of" ties to their owner: "an air strike of the
/// coalition", "a drone of the enemy", "the aviation of the Russian Federation".
const OWNED_ACTS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air-strike",
    "air-strikes",
    "raid",
    "raids",
    "shelling",
    "bombardment",
    "aviation",
    "attack",
    "attacks",
];
/// Words that may stand between the subject of a later act and its noun ("when Russian
/// air forces carried out airstrikes", "as the army launched a series of raids").
const LIGHT_VERBS: &[&str] = &[
    "carried",
    "out",
    "launched",
    "conducted",
    "staged",
    "mounted",
    "a",
    "an",
    "the",
    "new",
    "series",
    "wave",
    "of",
    "fresh",
];
/// Words before "by" that make what follows the user or holder of a place, not the
/// agent of the act ("a tea shop used by soldiers", "a post manned by militiamen").
const NOT_AGENT_BEFORE_BY: &[&str] = &[
    "used",
    "frequented",
    "owned",
    "run",
    "manned",
    "held",
    "controlled",
    "occupied",
    "guarded",
    "visited",
    "popular",
    "housed",
];
/// Words after "said" by which a speaker tells of its own act ("Israel said its jets
/// struck", "the group said it had fired"): the speaker is a party, not a source.
pub const OWN_ACT: &[&str] = &["it", "its", "they", "their"];

/// Verbs of a headline whose subject speaks, suffers or answers rather than acts
/// ("Nigerian troops repel attack", "Army says", "Police mourn").
const NOT_ACTING: &[&str] = &[
    "say", "says", "said", "deny", "denies", "denied", "accuse", "accuses", "blame", "blames",
    "warn", "warns", "vow", "vows", "mourn", "mourns", "lose", "loses", "lost", "suffer",
    "suffers", "face", "faces", "under", "come", "comes", "die", "dies", "died", "and", "or", "to",
    "in", "at", "on", "of", "for", "with", "as", "after", "from",
];

/// True when `actor` sends a weapon in its sentence ("Houthi forces launched a drone
/// towards", "the militants fired two rockets"): the weapon is the actor's.
pub fn sends_weapon(words: &Words<'_>, actor: &ActorMention<'_>) -> bool {
    (actor.last_word + 1..(actor.last_word + 3).min(words.len()))
        .take_while(|&i| !words.punctuation_between(i - 1, i))
        .any(|i| launches_weapon_at(words, i))
}

/// True when word `i` is a verb of launching with a weapon as its object a few words
/// on, in the same clause ("fired two rockets", "launched a drone").
fn launches_weapon_at(words: &Words<'_>, i: usize) -> bool {
    LAUNCHES.contains(&words.lower(i))
        && (i + 1..(i + 5).min(words.len()))
            .take_while(|&k| !words.punctuation_between(k - 1, k))
            .any(|k| WEAPON_NOUNS.contains(&words.lower(k)))
}

/// The actor a headline makes the subject of its act ("JNIM fighters storm army camp
/// near Kayes", "RSF drones pound Sennar power station", "Junta jets over Sagaing"):
/// an armed party, or the owner of a weapon named after it, at the head of the title,
/// whose next word is no word of speech, of harm or of a passive ("Nigerian troops
/// killed in ambush", "Army repels attack", "Sudan live:").
pub fn headline_subject<'s>(
    words: &Words<'_>,
    actors: &'s [ActorMention<'s>],
) -> Option<&'s ActorMention<'s>> {
    let actor = actors.first()?;
    let leading = (0..actor.first_word).all(|i| matches!(words.lower(i), "the" | "a" | "an"));
    if !leading || actor.locator || actor.kind == ActorKind::Civilians {
        return None;
    }
    let mut next = actor.last_word + 1;
    let mut armed = actor.armed;
    while next < words.len() && WEAPON_NOUNS.contains(&words.lower(next)) {
        armed = true;
        next += 1;
    }
    if !armed || next >= words.len() || words.punctuation_between(actor.last_word, next) {
        return None;
    }
    let verb = words.lower(next);
    let suffers = NOT_ACTING.contains(&verb)
        || PASSIVE_AUX.contains(&verb)
        || HARMED.contains(&verb)
        || REPELS.contains(&verb)
        || (TRANSITIVE.contains(&verb) && lacks_object(words, next));
    (!suffers).then_some(actor)
}

/// The roles of actors in `actors` for `mention`, bounded by the previous and next
/// mentions of the sentence (word indices).
pub fn assign<'s>(
    words: &Words<'_>,
    mention: &Mention<'_>,
    actors: &'s [ActorMention<'s>],
    left_bound: usize,
    right_bound: usize,
) -> Vec<RoledActor<'s>> {
    // A state that only locates a place ("the Somali city of Baidoa") takes no role.
    let parties: Vec<&'s ActorMention<'s>> = actors.iter().filter(|a| !a.locator).collect();
    let actors = parties.as_slice();
    let first = mention.first_word();
    let last = mention.last_word();
    let verb = mention
        .cues
        .first()
        .is_some_and(|c| c.cue.form == Form::Verb);
    // "IS militants attacked": a word of an actor's name ("IS") is no auxiliary, and
    // "armed men presumed to be JNIM attacked" puts an actor, not an adverb, between.
    let in_actor = |i: usize| actors.iter().any(|a| a.first_word <= i && i <= a.last_word);
    let aux_before = |at: usize| {
        (1..=2).any(|k| {
            at >= k
                && PASSIVE_AUX.contains(&words.lower(at - k))
                && (at - k + 1..at).chain([at - k]).all(|i| !in_actor(i))
        })
    };
    let passive = verb
        && (aux_before(first)
            || mention.cues.first().is_some_and(|c| {
                TRANSITIVE.contains(&words.lower(c.last_word)) && lacks_object(words, c.last_word)
            }));
    let mut roled: Vec<RoledActor<'s>> = Vec::new();
    let mut push = |actor: &'s ActorMention<'s>, role: ActorRole, wielder: bool| {
        let role = if role == ActorRole::Target && actor.kind == ActorKind::Civilians {
            ActorRole::Victim
        } else {
            role
        };
        if !roled.iter().any(|r| r.actor.name == actor.name) {
            roled.push(RoledActor {
                actor,
                role,
                wielder,
            });
        }
    };

    // "clashes between A and B", "clashed with B"; the mention may run on to its
    // toll ("Fighting between M23 rebels and the army ... killed eight soldiers").
    let first_cue_end = mention.cues.first().map_or(last, |c| c.last_word);
    let pair_after = [first_cue_end, last]
        .into_iter()
        .find(|&at| matches!(words.lower(at + 1), "between" | "involving"));
    if let Some(at) = pair_after {
        let pair: Vec<&ActorMention<'_>> = actors
            .iter()
            .copied()
            .filter(|a| a.first_word > at && a.first_word <= at + 10 && a.first_word < right_bound)
            .take(2)
            .collect();
        if let Some(a) = pair.first() {
            push(a, ActorRole::Initiator, false);
        }
        if let Some(b) = pair.get(1) {
            push(b, ActorRole::Target, false);
        }
    }

    // "X claimed responsibility".
    for actor in actors {
        let next = words.lower(actor.last_word + 1);
        if actor.kind != ActorKind::Civilians
            && (next == "claimed" || next == "claims")
            && words.lower(actor.last_word + 2) == "responsibility"
        {
            push(actor, ActorRole::Initiator, false);
        }
    }

    // "a Russian missile", "Israeli fighter jets", "an ENDF drone": who owns the
    // weapon used fires it; a weapon stopped ("shot down two Russian drones") is the
    // side hit. An owned craft right after a verb of hitting ("struck a Russian
    // helicopter") is left to the rules below.
    for actor in actors {
        if actor.kind == ActorKind::Civilians
            || actor.first_word < left_bound
            || actor.first_word >= right_bound
        {
            continue;
        }
        let owns = (actor.last_word + 1..(actor.last_word + 4).min(right_bound)).find(|&i| {
            WEAPON_NOUNS.contains(&words.lower(i))
                && !words.punctuation_between(actor.last_word, i)
                && !actors
                    .iter()
                    .any(|a| a.first_word > actor.last_word && a.first_word <= i)
        });
        let Some(owned) = owns else {
            continue;
        };
        // "a police helicopter downed", "an army drone was shot down": the craft hit.
        let next = words.lower(owned + 1);
        let craft_hit = owned + 1 < words.len()
            && !words.punctuation_between(owned, owned + 1)
            && (PASSIVE_AUX.contains(&next)
                || matches!(next, "downed" | "crashed" | "shot")
                || ((TRANSITIVE.contains(&next) || HITS.contains(&next))
                    && (owned + 2 >= words.len()
                        || words.punctuation_between(owned + 1, owned + 2)
                        || ends_without_object(words, owned + 2))));
        if craft_hit {
            continue;
        }
        let mut verb_at = actor.first_word;
        while verb_at > left_bound && is_determiner(words.lower(verb_at - 1)) {
            verb_at -= 1;
        }
        let verb = if verb_at > 0 && !words.punctuation_between(verb_at - 1, verb_at) {
            words.lower(verb_at - 1)
        } else {
            ""
        };
        let role = if STOPS.contains(&verb) {
            ActorRole::Target
        } else if HITS.contains(&verb) {
            continue;
        } else {
            ActorRole::Initiator
        };
        // "US and UK aircraft", "U.S.-British jets": both own it, the first named first.
        let joined = actors.iter().find(|a| {
            (a.last_word + 2 == actor.first_word && words.lower(a.last_word + 1) == "and")
                || (a.last_word + 1 == actor.first_word
                    && words
                        .gap(a.last_word, actor.first_word)
                        .trim_start_matches('.')
                        == "-")
        });
        if let Some(first) = joined.filter(|a| a.kind != ActorKind::Civilians) {
            push(first, role, true);
        }
        push(actor, role, true);
    }

    // "an air strike of the coalition", "a drone of the enemy", "the aviation of the
    // Russian Federation": who owns the act or the weapon does it; a weapon stopped
    // ("shot down a drone of the enemy") is the side hit.
    for actor in actors {
        if actor.kind == ActorKind::Civilians
            || actor.first_word < left_bound
            || actor.first_word >= right_bound
        {
            continue;
        }
        let mut of_at = actor.first_word;
        if of_at > 0 && words.lower(of_at - 1) == "the" {
            of_at -= 1;
        }
        if of_at < 2 || words.lower(of_at - 1) != "of" {
            continue;
        }
        let noun_at = of_at - 2;
        let noun = words.lower(noun_at);
        if !(OWNED_ACTS.contains(&noun) || WEAPON_NOUNS.contains(&noun))
            || words.punctuation_between(noun_at, actor.first_word)
        {
            continue;
        }
        let mut verb_at = noun_at;
        while verb_at > left_bound && is_determiner(words.lower(verb_at - 1)) {
            verb_at -= 1;
        }
        let verb = if verb_at > 0 && !words.punctuation_between(verb_at - 1, verb_at) {
            words.lower(verb_at - 1)
        } else {
            ""
        };
        let stopped_after = (actor.last_word + 1..(actor.last_word + 4).min(words.len()))
            .take_while(|&i| !words.punctuation_between(i - 1, i))
            .any(|i| STOPS.contains(&words.lower(i)) || words.lower(i) == "downed");
        let role = if STOPS.contains(&verb) || stopped_after {
            ActorRole::Target
        } else if HITS.contains(&verb) {
            continue;
        } else {
            ActorRole::Initiator
        };
        push(actor, role, WEAPON_NOUNS.contains(&noun));
    }

    // "carried out by X", "attacked by X", "an air strike attributed to X", "a
    // bombing blamed on X": the text's own attribution names who did it.
    // The agent may stand inside a mention that runs on ("a missile launched by the
    // Houthis was intercepted"): look from the end of its first cue.
    // A passive's agent may come after the place and the day of the act ("were killed
    // at a checkpoint near Kaya on Thursday by attackers"): further on, in the same
    // clause.
    let reach = if passive { 22 } else { 8 };
    let by_window = (first_cue_end + 1..(last + reach).min(right_bound.max(last + 1))).find(|&i| {
        let word = words.lower(i);
        if i >= last + 8
            && (first_cue_end + 1..=i).any(|k| {
                words.punctuation_between(k - 1, k) || CLAUSE_BREAKS.contains(&words.lower(k))
            })
        {
            return false;
        }
        // "a tea shop used by soldiers": who uses or holds a place is no agent.
        (word == "by" && !(i > 0 && NOT_AGENT_BEFORE_BY.contains(&words.lower(i - 1))))
            || (word == "to" && i > 0 && words.lower(i - 1) == "attributed")
            || (word == "on" && i > 0 && words.lower(i - 1) == "blamed")
            // "attributed the attack to X", "blamed the bombing on X".
            || (matches!(word, "to" | "on")
                && (first.saturating_sub(3)..first).any(|k| ATTRIBUTES.contains(&words.lower(k)))
                && (first_cue_end + 1..i).all(|k| !words.punctuation_between(k - 1, k)))
    });
    if let Some(by) = by_window {
        if let Some(actor) = actors
            .iter()
            .find(|a| {
                a.first_word > by
                    && (a.first_word <= by + 3
                        // "committed by members of the ELN", "by suspected elements of"
                        || (a.first_word <= by + 6
                            && (by + 1..a.first_word).all(|i| AGENT_LEADS.contains(&words.lower(i)))))
            })
        {
            // "missiles launched from Yemen by the Houthis": the weapon's owner.
            let launched = (first_cue_end + 1..by).any(|i| LAUNCHES.contains(&words.lower(i)));
            // "the assault was repelled by the gendarmes": who beats an attack back is
            // the side attacked.
            let repelled = by > 0 && REPELS.contains(&words.lower(by - 1));
            let role = if repelled {
                ActorRole::Target
            } else {
                ActorRole::Initiator
            };
            push(actor, role, launched);
        }
    }

    // "shells fired from Cambodian positions", "rockets launched from army posts":
    // the side whose positions a weapon was sent from sent it.
    for actor in actors {
        if actor.kind == ActorKind::Civilians
            || actor.first_word < left_bound
            || actor.first_word >= right_bound
        {
            continue;
        }
        let mut from_at = actor.first_word;
        if from_at > 0 && words.lower(from_at - 1) == "the" {
            from_at -= 1;
        }
        let sent_from = from_at >= 2
            && words.lower(from_at - 1) == "from"
            && LAUNCHES.contains(&words.lower(from_at - 2))
            && !words.punctuation_between(from_at - 2, actor.first_word);
        let positions = matches!(
            words.lower(actor.last_word + 1),
            "positions" | "position" | "posts" | "post" | "lines" | "bases" | "base"
        ) && !words.punctuation_between(actor.last_word, actor.last_word + 1);
        if sent_from && positions {
            push(actor, ActorRole::Initiator, true);
        }
    }

    // The nearest actor before the act (and one joined to it by "and").
    let mut left: Vec<&ActorMention<'_>> = actors
        .iter()
        .copied()
        .filter(|a| a.last_word < first && a.first_word >= left_bound && first - a.last_word <= 12)
        .filter(|a| {
            !(a.last_word + 1..first).any(|i| {
                CLAUSE_BREAKS.contains(&words.lower(i))
                    // "Israel said its jets struck", "the Houthis said in a statement
                    // they had targeted the airport": no break when the speaker acts.
                    && !(i == a.last_word + 1
                        && (i + 1..first).any(|k| OWN_ACT.contains(&words.lower(k))))
            })
        })
        // "Ukraine war: Missile hits flats": a headline's topic is no party.
        .filter(|a| !(a.last_word..first).any(|i| words.gap(i, i + 1).contains(':')))
        .collect();
    left.sort_by_key(|a| std::cmp::Reverse(a.last_word));
    // "a police vehicle ran over a roadside bomb": who meets a device is its target.
    let meets_device = mention.cues.iter().any(|cue| {
        let at = cue.first_word;
        (at.saturating_sub(4)..at).any(|i| {
            MEETS.contains(&words.lower(i))
                && (i + 1..at).all(|k| {
                    matches!(
                        words.lower(k),
                        "a" | "an" | "the" | "over" | "on" | "roadside" | "landmine" | "mine"
                    )
                })
        }) && DEVICES
            .iter()
            .any(|d| (at..=cue.last_word).any(|k| words.lower(k) == *d))
    });
    let cue_last = mention.cues.first().map_or(first, |c| c.last_word + 1);
    if let Some(nearest) = left.first() {
        // "Maoists triggered an IED under the vehicle": an armed group sets a device
        // off; it does not come upon one.
        let meets_device = meets_device && nearest.kind != ActorKind::NonStateArmedGroup;
        // "Four police hurt in grenade attack": a participle of harm with no object
        // between the actor and the act makes the actor the side hit.
        // "Five soldiers died today in an ambush": a time may stand between.
        let harmed = (nearest.last_word + 1..first).any(|i| {
            let mut next = i + 1;
            while next < first
                && (is_time_anchor(words.lower(next)) || TIME_GLUE.contains(&words.lower(next)))
                && !ends_without_object(words, next)
            {
                next += 1;
            }
            HARMED.contains(&words.lower(i)) && (next == first || ends_without_object(words, next))
        });
        // "Defence forces repelled an attack by armed terrorists": who beats an attack
        // back is the side attacked.
        let repels = (nearest.last_word + 1..first).any(|i| REPELS.contains(&words.lower(i)));
        let role = if passive
            || meets_device
            || harmed
            || repels
            || nearest.kind == ActorKind::Civilians
        {
            ActorRole::Target
        } else {
            ActorRole::Initiator
        };
        // "U.S.-British air raids", "Russian and Belarusian troops": joined actors in
        // the text's order, the first named first.
        let mut joined_before = None;
        if let Some(second) = left.get(1) {
            // "troops and volunteer fighters", "SNA troops and Ma'awisley fighters",
            // "Wagner Group personnel and FACA soldiers": a word of the first side's
            // men before "and", up to two words of the second's before its noun.
            let and_at = if PERSONNEL.contains(&words.lower(second.last_word + 1)) {
                second.last_word + 2
            } else {
                second.last_word + 1
            };
            let joined = (words.lower(and_at) == "and"
                && and_at < nearest.first_word
                && nearest.first_word <= and_at + 3
                && !words.punctuation_between(second.last_word, nearest.first_word)
                && second.kind != ActorKind::Civilians)
                // "U.S.-British air raids"
                || (second.last_word + 1 == nearest.first_word
                    && words
                        .gap(second.last_word, nearest.first_word)
                        .trim_start_matches('.')
                        == "-");
            if joined {
                joined_before = Some(*second);
            }
        }
        // "Houthi forces fired a ballistic missile": who sends a weapon owns it, and
        // when it is stopped, it is the side hit.
        let sends_weapon = role == ActorRole::Initiator
            && (nearest.last_word + 1..first.max(cue_last)).any(|i| launches_weapon_at(words, i));
        // "troops neutralised 12 terrorists in an ambush": the object of a verb of harm
        // right before the act is the side hit, and that verb's subject did the act.
        let harm_verb = {
            let mut at = nearest.first_word;
            while at > left_bound && is_count_word(words.lower(at - 1)) {
                at -= 1;
            }
            if at > left_bound
                && OBJECT_OF.contains(&words.lower(at - 1))
                && !words.punctuation_between(at - 1, at)
            {
                Some(at - 1)
            } else {
                None
            }
        };
        if let Some(verb_at) = harm_verb.filter(|_| role == ActorRole::Initiator) {
            let subject = left.iter().copied().find(|a| {
                // "troops of Operation Hadin Kai neutralised": a unit's name between.
                let unit = (a.last_word + 1..verb_at).all(|i| {
                    matches!(words.lower(i), "of" | "the")
                        || words
                            .original(i)
                            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                });
                a.last_word < verb_at
                    && (verb_at - a.last_word <= 3 || (unit && verb_at - a.last_word <= 8))
                    && a.kind != ActorKind::Civilians
                    && !words.punctuation_between(a.last_word, verb_at)
            });
            if let Some(subject) = subject {
                push(subject, ActorRole::Initiator, false);
            }
            push(nearest, ActorRole::Target, false);
        } else {
            if let Some(second) = joined_before {
                push(second, role, sends_weapon);
            }
            push(nearest, role, sends_weapon);
        }
    }

    // Actors after the act: objects of a verb, or led by a target preposition.
    // The right side starts after the first cue: a mention may span its outcome
    // ("a rocket attack on a base where coalition forces are located, killing ...").
    let cue_end = mention.cues.first().map_or(last, |c| c.last_word);
    let right: Vec<&ActorMention<'_>> = actors
        .iter()
        .copied()
        .filter(|a| {
            a.first_word > cue_end && a.first_word < right_bound && a.first_word - cue_end <= 16
        })
        .collect();
    for actor in right {
        if by_window.is_some_and(|by| actor.first_word > by && actor.first_word <= by + 3) {
            continue;
        }
        let between = cue_end + 1..actor.first_word;
        // "recaptured the town from al-Shabaab": the side a place is taken from.
        let taken_from = between.clone().any(|i| words.lower(i) == "from")
            && (mention.cues.first().map_or(first, |c| c.first_word)..actor.first_word)
                .any(|i| TAKES.contains(&words.lower(i)));
        let led = taken_from || between.clone().any(|i| leads_to_target(words, i));
        let object = verb && !passive && actor.first_word - cue_end <= 5;
        let broken = between
            .clone()
            .any(|i| CLAUSE_BREAKS.contains(&words.lower(i)) || words.lower(i) == "according");
        if (led || object) && !broken {
            push(actor, ActorRole::Target, false);
        }
    }
    // An actor right before a later cue of the act acts in it: its subject ("were
    // killed when Russian drones hit Kharkiv") or the owner of the act ("killed in an
    // Israeli drone strike"), never its target.
    for pair in mention.cues.windows(2) {
        let (before, cue) = (&pair[0], &pair[1]);
        // "Militants attack checkpoint, 11 soldiers killed": a headline's passive has
        // no auxiliary, only a verb that takes no object.
        let own_aux = aux_before(cue.first_word)
            || (TRANSITIVE.contains(&words.lower(cue.last_word))
                && lacks_object(words, cue.last_word));
        let subject = actors
            .iter()
            .filter(|a| a.first_word > before.last_word && a.last_word < cue.first_word)
            .filter(|a| {
                a.kind != ActorKind::Civilians
                    && (cue.first_word - a.last_word <= 2
                        // "when Russian air forces carried out airstrikes"
                        || (cue.first_word - a.last_word <= 6
                            && matches!(words.lower(a.last_word + 1), "carried" | "launched" | "conducted" | "staged" | "mounted")
                            && (a.last_word + 1..cue.first_word)
                                .all(|i| LIGHT_VERBS.contains(&words.lower(i)))))
            })
            .filter(|a| !words.punctuation_between(a.last_word, cue.first_word))
            .filter(|a| {
                !(a.last_word + 1..cue.first_word).any(|i| leads_to_target(words, i))
            })
            .max_by_key(|a| a.last_word);
        if let Some(actor) = subject.filter(|_| !own_aux) {
            push(actor, ActorRole::Initiator, false);
        }
    }

    roled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::ActorLexicon;
    use crate::cues::CueLexicon;
    use crate::mentions::{self, Context, CueMatch};
    use crate::places::Gazetteer;

    fn check(text: &str, expected: &[(&str, ActorRole)]) {
        let gazetteer = Gazetteer::load(
            include_str!("../data/countries.toml"),
            include_str!("../data/places.toml"),
        )
        .expect("gazetteer");
        let actors =
            ActorLexicon::load(include_str!("../data/actors.toml"), &gazetteer).expect("actors");
        let cues = CueLexicon::load(include_str!("../data/cues.toml")).expect("cues");
        let words = Words::new(text);
        let found_actors = actors.find(&words);
        let cue_matches: Vec<CueMatch<'_>> = cues
            .find(text)
            .into_iter()
            .map(|hit| {
                let (first, last) = words.span(hit.start, hit.end);
                CueMatch {
                    cue: hit.value,
                    start: hit.start,
                    end: hit.end,
                    first_word: first,
                    last_word: last.saturating_sub(1).max(first),
                }
            })
            .collect();
        let context = Context {
            has_armed_actor: true,
            ..Context::default()
        };
        let found = mentions::find(&words, cue_matches, &[], &[], context);
        let mention = found.first().expect("a mention");
        let roles: Vec<(String, ActorRole)> =
            assign(&words, mention, &found_actors, 0, words.len())
                .into_iter()
                .map(|r| (r.actor.name.to_string(), r.role))
                .collect();
        let expected: Vec<(String, ActorRole)> =
            expected.iter().map(|(n, r)| (n.to_string(), *r)).collect();
        assert_eq!(roles, expected, "in {text:?}");
    }

    use ActorRole::*;

    #[test]
    fn reads_roles_from_the_sentence() {
        check(
            "The US carried out airstrikes on Thursday against multiple Iranian-backed militia sites in Iraq, according to the US Defense Department.",
            &[("United States", Initiator), ("Iran-backed militia", Target)],
        );
        check(
            "the strike was aimed at harming the ability of Kata’ib Hezbollah",
            &[("Kata'ib Hezbollah", Target)],
        );
        check(
            "Nigerian soldiers were ambushed by Boko Haram fighters",
            &[("Boko Haram", Initiator), ("Nigeria", Target)],
        );
        check(
            "Al-Shabaab militants attacked a convoy of African Union troops",
            &[("Al-Shabaab", Initiator), ("African Union forces", Target)],
        );
        check(
            "clashes between M23 rebels and the Congolese army",
            &[
                ("M23", Initiator),
                ("Democratic Republic of the Congo", Target),
            ],
        );
        check(
            "Gunmen abducted 20 villagers",
            &[("gunmen", Initiator), ("Civilians", Victim)],
        );
        // A word of an actor's name is no auxiliary of a passive ("IS"), nor is one
        // that stands before an actor ("presumed to be JNIM attacked").
        check(
            "IS militants attacked a checkpoint",
            &[("Islamic State", Initiator)],
        );
        check(
            "armed men presumed to be JNIM attacked a checkpoint",
            &[("JNIM", Initiator)],
        );
        // Who beats an attack back is the side attacked.
        check(
            "Troops repelled an attack by bandits on a base",
            &[("bandits", Initiator), ("Security forces", Target)],
        );
        check(
            "Iran’s retaliatory strike on a base housing US troops",
            &[("Iran", Initiator), ("United States", Target)],
        );
        check(
            "a suicide bombing that ISIS claimed responsibility for",
            &[("Islamic State", Initiator)],
        );
    }

    #[test]
    fn the_agent_named_after_the_act_does_it() {
        // A passive with "by" names who did it, also through "of".
        check(
            "Five militants were killed by an airstrike of the coalition near Raqqa",
            &[("Coalition forces", Initiator), ("Militants", Target)],
        );
        check(
            "the aviation of the Russian Federation carried out strikes on Sarmada",
            &[("Russia", Initiator)],
        );
        // Who puts the act down to someone tells of it; the one named after "to" did it.
        check(
            "The police attributed the attack to the Shining Path",
            &[("Shining Path", Initiator)],
        );
        // Who condemns an act speaks of it.
        check(
            "The National Army condemns the murder of a farmer committed by members of the ELN",
            &[("ELN", Initiator)],
        );
        // The subject of a later clause of the act acts in it.
        check(
            "Three civilians were killed when Russian air forces carried out airstrikes on the town",
            &[("Civilians", Victim), ("Russia", Initiator)],
        );
        // A place is taken from the side hit.
        check(
            "Somali soldiers recaptured the town of El Bur from al-Shabaab",
            &[("Somalia", Initiator), ("Al-Shabaab", Target)],
        );
    }

    #[test]
    fn the_owner_of_the_weapon_fires_it() {
        check(
            "The toll from the hit of a Russian missile on a block of flats in Dnipro rose to 44",
            &[("Russia", Initiator)],
        );
        check(
            "US and UK aircraft and ship-launched missiles hit Houthi radar sites",
            &[
                ("United States", Initiator),
                ("United Kingdom", Initiator),
                ("Houthis", Target),
            ],
        );
        check("Three rebels killed.", &[("rebels", Target)]);
        check(
            "Four police hurt in grenade attack in Colombia",
            &[("Security forces", Target)],
        );
        check(
            "A ballistic missile launched from Yemen by the Houthis was intercepted north of Arad",
            &[("Houthis", Initiator)],
        );
        // A craft that is hit is no weapon fired; a verb of a headline is no weapon.
        check(
            "A police helicopter downed near Amalfi, eight officers killed",
            &[("Security forces", Target)],
        );
    }

    #[test]
    fn the_target_of_an_act_is_never_its_initiator() {
        // The owner of the weapon is read first.
        check(
            "Two Hezbollah fighters were killed in an Israeli drone strike in southern Lebanon",
            &[("Israel", Initiator), ("Hezbollah", Target)],
        );
        // A headline's passive has no auxiliary.
        check(
            "Two Hezbollah fighters killed in Israeli strike",
            &[("Hezbollah", Target), ("Israel", Initiator)],
        );
        check(
            "Civilians killed as RSF shells Omdurman market",
            &[("Civilians", Victim), ("Rapid Support Forces", Initiator)],
        );
        // A state that only locates a place is no party.
        check(
            "A suicide bomber blew himself up in the southwestern Somali city of Baidoa, killing four people",
            &[("Civilians", Victim)],
        );
        check(
            "Rockets hit Iraq base hosting US troops",
            &[("United States", Target)],
        );
        check("Missile attack on Ukraine's Odesa port kills 2", &[]);
        check(
            "Gunmen abducted 287 pupils from a school in northwest Nigeria's Kaduna state",
            &[("gunmen", Initiator), ("Civilians", Victim)],
        );
        check("Ukraine war: Missile hits flats in Kharkiv", &[]);
        check(
            "Russian warplanes struck towns across rebel-held Idlib province on Friday",
            &[("Russia", Initiator)],
        );
        check(
            "Sudanese army warplanes bombed Rapid Support Forces positions in Omdurman on Tuesday, killing at least 20 fighters",
            &[
                ("Sudan", Initiator),
                ("Rapid Support Forces", Target),
                ("fighters", Target),
            ],
        );
        check(
            "U.S.-British air raids hit Yemen's Houthi-held areas on Monday",
            &[
                ("United States", Initiator),
                ("United Kingdom", Initiator),
                ("Houthis", Target),
            ],
        );
        check(
            "Fighting between M23 rebels and the Congolese army near the town of Sake killed at least eight soldiers",
            &[
                ("M23", Initiator),
                ("Democratic Republic of the Congo", Target),
            ],
        );
        check(
            "Russia launched a missile strike on northeastern Ukraine overnight, killing eight civilians",
            &[
                ("Russia", Initiator),
                ("Ukraine", Target),
                ("Civilians", Victim),
            ],
        );
        check(
            "an air strike attributed to Israel destroyed the building",
            &[("Israel", Initiator)],
        );
        check(
            "A Malian army vehicle struck an IED near Boni",
            &[("Mali", Target)],
        );
        check(
            "Maoists triggered an IED near Jagargunda",
            &[("CPI (Maoist)", Initiator)],
        );
        check(
            "Israel said its jets struck fuel depots in the port",
            &[("Israel", Initiator)],
        );
        check(
            "a suicide bomber detonated an explosive vest at a tea shop used by soldiers",
            &[("Security forces", Target)],
        );
        check(
            "Two people were killed when Russian drones hit Kharkiv",
            &[("Russia", Initiator), ("Civilians", Victim)],
        );
    }
}
