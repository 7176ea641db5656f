//! Event mentions in one sentence: the cues that describe one act, grouped, with
//! what the sentence says about that act's status.
//!
//! Cues that describe one act are grouped ("a roadside bomb hit a convoy, killing
//! three": one mention); a noun with its own determiner starts a new one ("the
//! strikes come one day after ... a rocket attack": two). A mention is *anaphoric*
//! when a definite determiner leads it ("the strikes", "these strikes"): it refers
//! back to an event already told. Weak cues need violent context in the sentence;
//! non-incident words (exercises, tests, sport, weather ...) silence cues near them.

use sitrep_contract::EventType;

use crate::cues::{Cue, CueType, Form, Strength};
use crate::markers::{Marker, MarkerKind, Scope};
use crate::text::{is_possessive, Words};

/// A cue found in a sentence.
#[derive(Debug, Clone)]
pub struct CueMatch<'c> {
    pub cue: &'c Cue,
    pub start: usize,
    pub end: usize,
    pub first_word: usize,
    pub last_word: usize,
}

/// A marker found in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct MarkerMatch {
    pub marker: Marker,
    pub first_word: usize,
    pub last_word: usize,
}

/// What the sentence says about the act a mention describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// Reported as happening: news or history, decided by time.
    Reported,
    /// Marked as history by a marker ("months after", "in recent weeks").
    History,
    Threat,
    Denial,
    /// Not an event: negated, an aggregate of many, an infinitive ("used to attack").
    Dropped,
}

/// One act described in a sentence.
#[derive(Debug, Clone)]
pub struct Mention<'c> {
    pub cues: Vec<CueMatch<'c>>,
    pub anaphoric: bool,
    pub framing: Framing,
    /// Told as what followed the act just told ("the gunfight that followed", "the
    /// ensuing clashes"): part of that event, whatever its type.
    pub sequel: bool,
    /// Told as a reply to an act just told ("and Israel responded with artillery
    /// shelling"): an act of its own, by the other side.
    pub reply: bool,
    /// One of its cues is a verb of hitting ("a missile struck a building"): a weapon
    /// that got through.
    pub hit: bool,
    /// An interception of every weapon ("all 14 drones were shot down", "shot down
    /// both missiles"): nothing got through.
    pub stopped_all: bool,
    /// The type the nearest weapon implies ("the air force struck": an air strike),
    /// set after weapons are found; it types a mention whose cues are generic.
    pub implied: Option<EventType>,
}

/// Verbs of a projectile or an aircraft hitting its target ("a missile struck a
/// building", "warplanes bombed the market"): what got through, not what was stopped.
const HITTING: &[&str] = &[
    "struck", "hit", "hits", "slammed", "slams", "smashed", "crashed", "ploughed", "plowed",
    "pounded", "bombed", "bomb", "strike",
];

/// True when the cue is a verb of hitting.
fn is_hit(words: &Words<'_>, cue: &CueMatch<'_>) -> bool {
    cue.cue.form == Form::Verb
        && cue.cue.cue_type != CueType::Specific(EventType::DisruptedWeaponsUse)
        && (cue.first_word..=cue.last_word).any(|i| HITTING.contains(&words.lower(i)))
}

/// Words that say an interception stopped every weapon of a wave.
const EVERY: &[&str] = &["all", "both", "every", "each", "entire"];

/// True when an interception cue at words `first..=last` is told of every weapon:
/// "all" or "both" a few words before it in its clause or right after it ("all 14
/// drones launched at Kyiv were shot down", "shot down both missiles"), but not "all
/// but one".
fn stops_all(words: &Words<'_>, first: usize, last: usize) -> bool {
    let before = (first.saturating_sub(10)..first)
        .rev()
        .take_while(|&i| !words.punctuation_between(i, i + 1) || i + 1 == first)
        .any(|i| EVERY.contains(&words.lower(i)) && words.lower(i + 1) != "but");
    let after = (last + 1..(last + 3).min(words.len()))
        .any(|i| EVERY.contains(&words.lower(i)) && words.lower(i + 1) != "but");
    before || after
}

/// True when the cue is an interception (or another disrupting of a weapon).
fn is_interception(cue: &CueMatch<'_>) -> bool {
    cue.cue.cue_type == CueType::Specific(EventType::DisruptedWeaponsUse)
}

impl Mention<'_> {
    /// True when one of its cues stops a weapon (an interception, a device defused).
    pub fn intercepts(&self) -> bool {
        self.cues.iter().any(is_interception)
    }

    pub fn first_word(&self) -> usize {
        self.cues.first().map_or(0, |c| c.first_word)
    }

    pub fn last_word(&self) -> usize {
        self.cues.last().map_or(0, |c| c.last_word)
    }

    pub fn head(&self) -> &str {
        self.cues.first().map_or("", |c| c.cue.head.as_str())
    }

    /// The most specific type its cues name, with their priority.
    pub fn best_cue(&self) -> Option<&Cue> {
        let rank = |cue: &Cue| match cue.cue_type {
            CueType::Specific(_) | CueType::Territory => u16::from(cue.priority) + 100,
            _ => u16::from(cue.priority),
        };
        let mut best: Option<&Cue> = None;
        for cue in self.cues.iter().map(|c| c.cue) {
            if best.is_none_or(|b| rank(cue) > rank(b)) {
                best = Some(cue);
            }
        }
        best
    }
}

const ANAPHORIC: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such",
];
const INDEFINITE: &[&str] = &[
    "a", "an", "another", "new", "fresh", "second", "one", "two", "three", "several", "some",
    "any", "no",
];
const SCAN_STOP: &[&str] = &[
    "of",
    "on",
    "in",
    "at",
    "by",
    "for",
    "with",
    "against",
    "after",
    "before",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "and",
    "or",
    "to",
    "from",
    "said",
    "says",
    "which",
    "who",
    "as",
    "carried",
    "out",
    "conducted",
    "launched",
    "killing",
    "near",
];

/// `ANAPHORIC` and `INDEFINITE` together, and `SCAN_STOP`, as sets: `determiner`
/// asks them of the words before every cue.
static DETERMINERS: std::sync::LazyLock<crate::text::WordSet> = std::sync::LazyLock::new(|| {
    crate::text::WordSet::new(ANAPHORIC.iter().chain(INDEFINITE).copied())
});
static SCAN_STOP_SET: std::sync::LazyLock<crate::text::WordSet> =
    std::sync::LazyLock::new(|| crate::text::WordSet::new(SCAN_STOP.iter().copied()));

/// The determiner leading the noun phrase of word `index`, if any, within 3 words.
pub fn determiner<'w>(words: &'w Words<'_>, index: usize) -> Option<(usize, &'w str)> {
    let mut i = index;
    let mut steps = 0;
    while i > 0 && steps < 3 {
        i -= 1;
        steps += 1;
        if words.punctuation_between(i, i + 1) {
            return None;
        }
        let word = words.lower(i);
        if DETERMINERS.contains(word) {
            return Some((i, word));
        }
        if is_possessive(words.original(i)) {
            return Some((i, "'s"));
        }
        if SCAN_STOP_SET.contains(word) {
            return None;
        }
    }
    None
}

fn compatible(a: &Cue, b: &Cue) -> bool {
    match (a.cue_type, b.cue_type) {
        (CueType::Specific(x), CueType::Specific(y)) => same_act(x, y),
        _ => true,
    }
}

/// True when two types can name one act: equal, or an interception and the strike
/// or missile it stopped (ACLED codes that as disrupted weapons use), a bombing
/// told both as a blast and as a suicide attack, or a chemical agent and what carried it.
pub fn same_act(x: EventType, y: EventType) -> bool {
    use EventType::*;
    let interceptable = |t: EventType| matches!(t, AirDroneStrike | ShellingArtilleryMissileAttack);
    let bombing = |t: EventType| matches!(t, SuicideBomb | RemoteExplosiveIed);
    // A toxic agent comes by some carrier: a drone, a shell, a grenade.
    let carrier = |t: EventType| {
        matches!(
            t,
            AirDroneStrike | ShellingArtilleryMissileAttack | Grenade | RemoteExplosiveIed
        )
    };
    x == y
        || fought_over(x, y)
        || fought_over(y, x)
        || (x == ChemicalWeapon && carrier(y))
        || (y == ChemicalWeapon && carrier(x))
        || (x == DisruptedWeaponsUse && interceptable(y))
        || (y == DisruptedWeaponsUse && interceptable(x))
        || (bombing(x) && bombing(y))
}

/// True when fighting (`y`) is part of the act `x` rather than an act of its own: a
/// place taken or retaken is taken by the fighting for it (ACLED codes the whole as
/// the change of territory), and a bomb that goes off on the spot (a roadside, car or
/// suicide bomb, a mine) opens the firefight that follows it (the one-act rule of
/// SPEC.md). An air strike that opens a ground operation stays an act of its own.
pub fn fought_over(x: EventType, y: EventType) -> bool {
    use EventType::*;
    y == ArmedClash
        && matches!(
            x,
            GovernmentRegainsTerritory
                | NonStateActorOvertakesTerritory
                | RemoteExplosiveIed
                | SuicideBomb
        )
}

/// Context that lets weak cues count: what is in the sentence besides the cues.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    pub has_armed_actor: bool,
    pub has_casualty_count: bool,
    /// Non-incident words anywhere in the headline.
    pub headline_non_incident: bool,
    /// The sentence is the headline.
    pub is_title: bool,
}

/// Verbs and nouns of finding or destroying arms: a weapon noun after them is a cache,
/// not an act ("troops recovered rifles and explosives from the site", "sappers
/// destroy rebel explosives").
const SEIZURE: &[&str] = &[
    "recovered",
    "recover",
    "recovering",
    "seized",
    "seize",
    "seizing",
    "confiscated",
    "confiscate",
    "found",
    "discovered",
    "uncovered",
    "cache",
    "caches",
    "haul",
    "stash",
    "stashes",
    "stockpile",
    "possession",
    "destroy",
    "destroys",
    "destroyed",
    "destroying",
];

/// True when a seizure word stands at most four words before word `index`, with no
/// punctuation or clause break between.
fn after_seizure(words: &Words<'_>, index: usize) -> bool {
    let mut i = index;
    while i > 0 && index - i < 4 {
        i -= 1;
        if words.punctuation_between(i, i + 1) || CLAUSE_BREAKS.contains(&words.lower(i)) {
            return false;
        }
        if SEIZURE.contains(&words.lower(i)) {
            return true;
        }
    }
    false
}

/// Words of having, taking, giving up or trading arms: a weapon noun in the list of
/// things after one is held, not used ("seized 40 rifles, grenades and 20,000 rounds",
/// "surrendered with rifles and grenades", "fled, leaving behind rifles, hand grenades
/// and drugs", "ordered armed drones and missiles"). Not "found" or "discovered": a
/// device found is often one defused (disrupted weapons use).
const HOLDING: &[&str] = &[
    "recovered",
    "recover",
    "seized",
    "seize",
    "seizing",
    "confiscated",
    "cache",
    "caches",
    "haul",
    "stash",
    "stockpile",
    "possession",
    "surrendered",
    "surrender",
    "handed",
    "behind",
    "ordered",
    "bought",
    "purchased",
    "smuggled",
    "smuggling",
    "stored",
    "abandoned",
    "delivered",
    "supplied",
];

/// True when a word of holding arms stands at most twelve words before the weapon noun
/// at word `index`, in its list of things: commas may stand between (the list's
/// items), a clause break, a semicolon or a verb of acting may not.
fn held(words: &Words<'_>, index: usize) -> bool {
    let mut i = index;
    while i > 0 && index - i < 12 {
        i -= 1;
        if CLAUSE_BREAKS.contains(&words.lower(i)) || words.gap(i, i + 1).contains([';', ':', '.'])
        {
            return false;
        }
        if HOLDING.contains(&words.lower(i)) {
            return true;
        }
    }
    false
}

/// Participles of seizing arms ("dynamite seized last month").
const SEIZED: &[&str] = &[
    "seized",
    "recovered",
    "confiscated",
    "captured",
    "impounded",
];

/// Participles of finding: arms found are held only when found in a store ("found in
/// a guerrilla dump"); a device found on a road was planted, and its defusing is
/// disrupted weapons use.
const FOUND: &[&str] = &["found", "discovered", "uncovered"];

/// Places where arms are kept.
const STORES: &[&str] = &[
    "cache",
    "caches",
    "dump",
    "dumps",
    "hideout",
    "hideouts",
    "stash",
    "stashes",
    "depot",
    "depots",
    "arsenal",
    "warehouse",
    "store",
    "stores",
    "safe",
    "storeroom",
];

/// True when a weapon noun or a weak noun of explosives is told as arms held: a
/// participle of seizing follows it within five words of its phrase ("300 sticks of
/// dynamite and 50 detonators seized last month"), or one of finding with the store it
/// was found in ("explosives found in a guerrilla dump"). Not a finite verb ("the
/// mines were found").
fn held_arms(words: &Words<'_>, cue: &CueMatch<'_>) -> bool {
    let arms = cue.cue.weapon || (cue.cue.form == Form::Noun && cue.cue.strength == Strength::Weak);
    let last = cue.last_word;
    arms && (last + 1..(last + 6).min(words.len()))
        .take_while(|&i| {
            !words.punctuation_between(i - 1, i) && !CLAUSE_BREAKS.contains(&words.lower(i))
        })
        .any(|i| {
            let participle = !matches!(
                words.lower(i - 1),
                "was" | "were" | "been" | "be" | "is" | "are"
            );
            let seized = SEIZED.contains(&words.lower(i));
            let found_in_store = FOUND.contains(&words.lower(i))
                && (i + 1..(i + 5).min(words.len())).any(|j| STORES.contains(&words.lower(j)));
            participle && (seized || found_in_store)
        })
}

/// Nouns of places and things that a weapon word can qualify ("missile stores", "a
/// rocket factory", "mortar positions"): the weapon is then a kind of thing named,
/// not an act.
const QUALIFIED_THINGS: &[&str] = &[
    "stores",
    "store",
    "storage",
    "depot",
    "depots",
    "warehouse",
    "warehouses",
    "site",
    "sites",
    "factory",
    "factories",
    "plant",
    "plants",
    "production",
    "programme",
    "program",
    "programs",
    "programmes",
    "stockpile",
    "stockpiles",
    "arsenal",
    "technology",
    "parts",
    "components",
    "launchers",
    "launcher",
    "systems",
    "system",
    "shield",
    "defence",
    "defences",
    "defense",
    "defenses",
    "units",
    "unit",
    "positions",
    "batteries",
    "battery",
    "sales",
    "exports",
    "deliveries",
];

/// True when the word after a weapon noun is a thing it qualifies.
fn modifies_a_thing(words: &Words<'_>, last_word: usize) -> bool {
    let next = last_word + 1;
    next < words.len()
        && !words.punctuation_between(last_word, next)
        && QUALIFIED_THINGS.contains(&words.lower(next))
}

/// Groups the cues of a sentence into mentions and frames each one.
pub fn find<'c>(
    words: &Words<'_>,
    cues: Vec<CueMatch<'c>>,
    markers: &[MarkerMatch],
    // Byte spans of weapons and military-setting words.
    support_spans: &[(usize, usize)],
    context: Context,
) -> Vec<Mention<'c>> {
    let cues: Vec<CueMatch<'c>> = cues
        .into_iter()
        .filter(|c| c.cue.cue_type != CueType::Blocker)
        .collect();
    // A sentence that counts acts over weeks or more is a tally: its other words of
    // violence ("with guided bombs", "killing 210 civilians") tell the same many acts.
    let tally = cues.iter().any(|c| counted_over_span(words, c));
    let has_strong = cues.iter().any(|c| c.cue.strength == Strength::Strong);
    let sentence_non_incident = markers
        .iter()
        .any(|m| m.marker.kind == MarkerKind::NonIncident);
    let kept: Vec<CueMatch<'c>> = cues
        .iter()
        .filter(|c| {
            let near_non_incident = markers.iter().any(|m| {
                m.marker.kind == MarkerKind::NonIncident
                    && !(m.marker.soft && c.cue.strength == Strength::Strong)
                    && within(m, c.first_word, c.last_word, m.marker.window)
            });
            if near_non_incident {
                return false;
            }
            // A verb with no subject before it opens the sentence as a name ("Shell
            // posts record profit"), not as an act.
            if c.cue.form == Form::Verb && c.first_word == 0 && c.last_word == 0 && words.len() > 1
            {
                return false;
            }
            if c.cue.form == Form::Noun
                && c.cue.strength == Strength::Weak
                && (after_seizure(words, c.first_word) || modifies_a_thing(words, c.last_word))
            {
                return false;
            }
            if c.cue.weapon && held(words, c.first_word) {
                return false;
            }
            if held_arms(words, c) {
                return false;
            }
            // "blew up 300 sticks of dynamite seized last month": destroying arms
            // that were seized or found in a cache is no attack.
            if c.cue.form == Form::Verb
                && cues.iter().any(|o| {
                    o.first_word > c.last_word
                        && o.first_word - c.last_word <= 10
                        && !words.punctuation_between(c.last_word, o.first_word)
                        && held_arms(words, o)
                })
            {
                return false;
            }
            if c.cue.strength == Strength::Strong {
                return true;
            }
            if sentence_non_incident || context.headline_non_incident {
                return false;
            }
            let other_strong = has_strong
                && cues.iter().any(|o| {
                    o.cue.strength == Strength::Strong && (o.start, o.end) != (c.start, c.end)
                });
            let support = support_spans
                .iter()
                .any(|(s, e)| *e <= c.start || *s >= c.end);
            other_strong || support || context.has_armed_actor || context.has_casualty_count
        })
        .cloned()
        .collect();

    let mut mentions: Vec<Mention<'c>> = Vec::new();
    for cue in kept {
        let det = determiner(words, cue.first_word);
        // "killed 14 villagers in an attack": the noun names the manner of the act
        // just told, not a new one.
        let manner = det.as_ref().is_some_and(|(at, word)| {
            (*word == "a" || *word == "an")
                && *at > 0
                && matches!(words.lower(at - 1), "in" | "during" | "by" | "with")
                && mentions
                    .last()
                    .is_some_and(|m| at.saturating_sub(m.last_word()) <= 12)
        });
        // "a landmine blast": a cue right after another is one compound.
        let compound = mentions
            .last()
            .is_some_and(|m| m.last_word() + 1 == cue.first_word);
        // "fired a ballistic missile": the noun is the object of the verb just told.
        let object = mentions.last().is_some_and(|m| {
            m.cues.last().is_some_and(|c| c.cue.form == Form::Verb)
                && cue.first_word.saturating_sub(m.last_word()) <= 3
        });
        let starts_new = match cue.cue.form {
            Form::Verb => false,
            Form::Noun => det.is_some() && !manner && !compound && !object,
        };
        let framing = if tally {
            Framing::Dropped
        } else {
            frame(words, &cue, markers)
        };
        if let Some(previous) = mentions.last_mut() {
            let distance = cue.first_word.saturating_sub(previous.last_word());
            // A bare generic word after the act tells its outcome ("..., killing six").
            let outcome = cue.cue.cue_type == CueType::Generic
                && det.is_none()
                && distance <= 25
                && !clause_break(words, previous.last_word(), cue.first_word);
            // A place taken after a firefight is one act, told twice (SPEC.md).
            let taking_and_fight = previous.cues.iter().chain(std::iter::once(&cue)).any(|c| {
                matches!(
                    c.cue.cue_type,
                    CueType::Territory
                        | CueType::Specific(
                            EventType::GovernmentRegainsTerritory
                                | EventType::NonStateActorOvertakesTerritory
                        )
                )
            });
            // In a headline a semicolon parts two stories ("strike on Kharkiv store;
            // drones downed over Odesa"): a cue after one never joins the act before it.
            let semicolon = context.is_title
                && (previous.last_word()..cue.first_word)
                    .any(|i| words.gap(i, i + 1).contains(';'));
            // What got through after what was stopped, in a clause of its own ("most
            // were intercepted; others struck the base"), is another act.
            let got_through = is_hit(words, &cue)
                && previous.cues.iter().any(is_interception)
                && clause_break(words, previous.last_word(), cue.first_word);
            let joinable = !got_through
                && previous.cues.iter().all(|p| compatible(p.cue, cue.cue))
                && !semicolon
                && (distance <= 10 || outcome)
                && (taking_and_fight || !sequenced(words, previous.last_word(), cue.first_word))
                // A bare outcome with no framing of its own ("..., killing 279
                // people") shares the act's, whatever that is.
                && (previous.framing == framing
                    || cue.cue.form == Form::Verb
                    || (outcome && framing == Framing::Reported));
            if !starts_new && joinable {
                previous.sequel |=
                    cue.cue.form == Form::Noun && is_sequel(words, cue.first_word, cue.last_word);
                previous.hit |= is_hit(words, &cue);
                previous.cues.push(cue);
                continue;
            }
        }
        let anaphoric = cue.cue.form == Form::Noun
            && (det
                .as_ref()
                .is_some_and(|(_, word)| ANAPHORIC.contains(word))
                || predicate_of_pronoun(words, cue.first_word));
        let sequel = cue.cue.form == Form::Noun && is_sequel(words, cue.first_word, cue.last_word);
        let reply = !mentions.is_empty() && is_reply(words, cue.first_word);
        let hit = is_hit(words, &cue);
        mentions.push(Mention {
            hit,
            stopped_all: false,
            cues: vec![cue],
            anaphoric,
            framing,
            sequel,
            reply,
            implied: None,
        });
    }
    for mention in &mut mentions {
        mention.stopped_all = mention
            .cues
            .iter()
            .any(|c| is_interception(c) && stops_all(words, c.first_word, c.last_word));
    }
    mentions
}

/// Copulas that make the noun after them say what the subject is.
const COPULAS: &[&str] = &["was", "is", "were", "are", "marked", "marks", "became"];

/// True when the noun at word `first` is the predicate of a pronoun that stands for an
/// act just told ("It was the second attack on a checkpoint this month", "which was the
/// deadliest attack since May"): it names that act again, not a new one.
fn predicate_of_pronoun(words: &Words<'_>, first: usize) -> bool {
    (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&i| !words.punctuation_between(i, first))
        .any(|i| {
            i > 0
                && COPULAS.contains(&words.lower(i))
                && matches!(words.lower(i - 1), "it" | "this" | "that" | "which")
                && (i + 1..first).all(|j| !SCAN_STOP_SET.contains(words.lower(j)))
        })
}

/// Words that order two acts in time: what follows them is another act ("US strikes
/// militia sites after deadly rocket attack", "in retaliation for").
const SEQUENCE: &[&str] = &[
    "after",
    "following",
    "before",
    "retaliation",
    "response",
    "revenge",
];

/// True when a word of `SEQUENCE` stands between words `a` < `b` (not "before dawn").
fn sequenced(words: &Words<'_>, a: usize, b: usize) -> bool {
    (a + 1..b).any(|i| {
        SEQUENCE.contains(&words.lower(i))
            && !(matches!(words.lower(i), "before" | "after")
                && TIMES_OF_DAY.contains(&words.lower(i + 1)))
    })
}

/// True when the noun at `first..=last` is told as following another act: "the
/// gunfight that followed", "the clashes which ensued", "the ensuing firefight".
fn is_sequel(words: &Words<'_>, first: usize, last: usize) -> bool {
    let follows = matches!(words.lower(last + 1), "that" | "which")
        && matches!(words.lower(last + 2), "followed" | "ensued");
    let ensuing = (first.saturating_sub(2)..first)
        .any(|i| matches!(words.lower(i), "ensuing" | "subsequent" | "resulting"));
    follows || ensuing
}

/// True when "responded", "retaliated" or "in response" stands at most four words
/// before word `first`.
fn is_reply(words: &Words<'_>, first: usize) -> bool {
    (first.saturating_sub(4)..first).any(|i| {
        matches!(
            words.lower(i),
            "responded" | "retaliated" | "response" | "retaliation" | "replied"
        )
    })
}

const CLAUSE_BREAKS: &[&str] = &[
    "while",
    "but",
    "whereas",
    "meanwhile",
    "although",
    "separately",
    "elsewhere",
    "when",
    "since",
    "after",
    "before",
    "than",
    "who",
    "which",
    "where",
];

/// Times of day after which "before" or "after" starts no clause ("before dawn").
const TIMES_OF_DAY: &[&str] = &[
    "dawn",
    "daybreak",
    "sunrise",
    "noon",
    "midday",
    "sunset",
    "dusk",
    "nightfall",
    "midnight",
];

/// True when a new clause starts between words `a` < `b`.
fn clause_break(words: &Words<'_>, a: usize, b: usize) -> bool {
    (a + 1..b).any(|i| {
        CLAUSE_BREAKS.contains(&words.lower(i))
            && !(matches!(words.lower(i), "before" | "after")
                && TIMES_OF_DAY.contains(&words.lower(i + 1)))
    }) || (a..b).any(|i| words.gap(i, i + 1).contains(';'))
}

/// True when the marker lies within `window` words of the span, on either side.
fn within(marker: &MarkerMatch, first: usize, last: usize, window: usize) -> bool {
    let before = marker.last_word < first && first - marker.last_word <= window;
    let after = marker.first_word > last && marker.first_word - last <= window;
    before || after
}

/// True when the marker starts before `first` and ends at most `window` words
/// before it (or runs into it: "have fought" holds the cue "fought").
fn before(marker: &MarkerMatch, first: usize, window: usize) -> bool {
    marker.first_word < first && first - marker.last_word.min(first) <= window
}

/// Verbs of reporting: after one, a pluperfect ("officials said 49 soldiers had been
/// killed") is reported speech about news, not history.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "announced",
    "confirmed",
    "stated",
    "added",
    "claimed",
    "according",
];

/// True when the marker at word `at` is a pluperfect ("had ...") that follows a verb of
/// reporting in the same sentence.
fn reported_pluperfect(words: &Words<'_>, at: usize) -> bool {
    words.lower(at) == "had" && (0..at).any(|i| REPORTING.contains(&words.lower(i)))
}

/// Determiners that refer to no act in particular.
const GENERIC_REFERENCE: &[&str] = &["every", "any", "each", "no"];

fn frame(words: &Words<'_>, cue: &CueMatch<'_>, markers: &[MarkerMatch]) -> Framing {
    // A noun's phrase starts at its determiner ("any attack"); a verb's subject is no
    // part of it ("the occupiers systematically shell": the adverb stands before the
    // verb, after the subject's determiner).
    let lead = match cue.cue.form {
        Form::Noun => determiner(words, cue.first_word).map_or(cue.first_word, |(i, _)| i),
        Form::Verb => cue.first_word,
    };
    let applies_to = |m: &MarkerMatch, kind: MarkerKind| {
        m.marker.kind == kind
            && !(kind == MarkerKind::History && reported_pluperfect(words, m.first_word))
            && match m.marker.scope {
                Scope::Sentence => true,
                // A quantifier of generic reference may be the noun's own
                // determiner ("any attack", "every raid"): no act is told.
                // "Days after the market bombing, a bomb went off at a funeral": a
                // time counted from an earlier act reaches only the rest of its own
                // clause, not the news after the comma.
                Scope::Before
                    if kind == MarkerKind::History
                        && words.lower(m.last_word) == "after"
                        && m.last_word < lead
                        && words.punctuation_between(m.last_word, lead) =>
                {
                    false
                }
                Scope::Before => {
                    before(m, lead, m.marker.window)
                        || (m.first_word == lead
                            && lead < cue.first_word
                            && GENERIC_REFERENCE.contains(&words.lower(lead)))
                }
                Scope::Around => within(m, lead, cue.last_word, m.marker.window),
            }
    };
    let applies = |kind: MarkerKind| markers.iter().any(|m| applies_to(m, kind));
    // A quantity before a verb counts its subject, not the acts ("a wave of drones
    // hit the port", "multiple rockets struck the base", "dozens of gunmen attacked"):
    // one act is told.
    // A noun of attack that names a kind of drone ("a wave of attack drones") is
    // counted with the drones.
    let drone_kind = cue.cue.form == Form::Noun
        && matches!(
            words.lower(cue.last_word + 1),
            "drone" | "drones" | "uav" | "uavs"
        );
    let aggregate = !drone_kind
        && markers.iter().any(|m| {
            applies_to(m, MarkerKind::Aggregate)
                && !(cue.cue.form == Form::Verb && counts_subject(words, m, cue.first_word))
        });
    if applies(MarkerKind::Negation) || aggregate || negated_subject(words, cue.first_word) {
        return Framing::Dropped;
    }
    if applies(MarkerKind::Threat) {
        return Framing::Threat;
    }
    if applies(MarkerKind::Denial) || called_false(words, cue.first_word) {
        return Framing::Denial;
    }
    let word = words.lower(cue.first_word);
    let infinitive = cue.first_word > 0
        && words.lower(cue.first_word - 1) == "to"
        && !word.ends_with('s')
        && !word.ends_with("ing");
    if infinitive || purpose(words, cue.first_word) {
        return Framing::Dropped;
    }
    if applies(MarkerKind::History)
        || released(words, cue)
        || replied_to(words, cue)
        || running_total(words, cue.first_word)
        || repeated_perfect(words, cue.first_word)
    {
        return Framing::History;
    }
    Framing::Reported
}

/// Verbs and nouns of letting captives go.
const RELEASE: &[&str] = &[
    "released",
    "releases",
    "release",
    "releasing",
    "freed",
    "frees",
    "free",
    "freeing",
    "reunited",
    "swapped",
    "exchanged",
];

/// True when an abduction word qualifies people who are let go ("released two abducted
/// quarry workers", "the release of kidnapped students"): the taking is past, the news
/// is the release.
fn released(words: &Words<'_>, cue: &CueMatch<'_>) -> bool {
    cue.cue.cue_type == CueType::Specific(EventType::Abduction)
        && (cue.first_word.saturating_sub(5)..cue.first_word).any(|i| {
            RELEASE.contains(&words.lower(i)) && !words.punctuation_between(i, cue.first_word)
        })
}

/// Words after which a noun names the act a reply answers ("in response to the
/// enemy's assassination in Tyre", "in revenge for the massacre").
const ANSWERED: &[(&str, &str)] = &[
    ("response", "to"),
    ("retaliation", "for"),
    ("revenge", "for"),
    ("reprisal", "for"),
    ("reprisals", "for"),
];

/// True when a noun cue is the act a reply answers: told as its cause, before the
/// reply, it is background to the news, not news of its own.
fn replied_to(words: &Words<'_>, cue: &CueMatch<'_>) -> bool {
    cue.cue.form == Form::Noun
        && (cue.first_word.saturating_sub(6)..cue.first_word).any(|i| {
            ANSWERED
                .iter()
                .any(|(noun, link)| words.lower(i) == *noun && words.lower(i + 1) == *link)
                && !words.punctuation_between(i, cue.first_word)
        })
}

/// Words that name a span of weeks or more over which acts are counted ("this year",
/// "in its monthly report").
const SPANS: &[&str] = &[
    "month", "months", "monthly", "year", "years", "yearly", "annual", "week", "weeks", "weekly",
];

/// Words before a month's name that make it a span, not a day ("in September",
/// "during November", "in the course of November"; not "on 3 September").
const INTO_MONTH: &[&str] = &["in", "during", "of", "since", "through", "throughout"];

/// True when the acts of a cue are counted over weeks or more: a count of two or more
/// before a plural noun ("2,900 air strikes", "41 attacks") or of times after a verb
/// ("dynamited the pipeline nine times"), in a sentence that names the span ("this
/// year", "in September"). A tally of many acts is no act of its own (ACLED codes each).
fn counted_over_span(words: &Words<'_>, cue: &CueMatch<'_>) -> bool {
    let counted_noun = cue.cue.form == Form::Noun
        && words.lower(cue.last_word).ends_with('s')
        && cue.first_word > 0
        && is_many(words.lower(cue.first_word - 1));
    let counted_times = cue.cue.form == Form::Verb
        && (cue.last_word + 1..(cue.last_word + 8).min(words.len()))
            .any(|i| words.lower(i) == "times" && is_many(words.lower(i - 1)));
    let span = (0..words.len()).any(|i| {
        let word = words.lower(i);
        SPANS.contains(&word)
            || (crate::dates::is_month_name(word)
                && i > 0
                && INTO_MONTH.contains(&words.lower(i - 1)))
    });
    (counted_noun || counted_times) && span
}

/// True when a word counts two or more ("41", "1,214", "nine").
fn is_many(word: &str) -> bool {
    crate::analysis::is_count_word(word) && !matches!(word, "1" | "one" | "0" | "zero")
}

/// Words of quantity in aggregate markers ("several", "a wave of", "dozens of").
const QUANTITIES: &[&str] = &[
    "several",
    "multiple",
    "numerous",
    "many",
    "series",
    "spate",
    "string",
    "wave",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "number",
    "countless",
];

/// True when aggregate marker `m` is a quantity whose noun stands between it and the
/// verb at word `verb` in one clause ("a wave of Russian drones hit"): it counts the
/// verb's subject.
fn counts_subject(words: &Words<'_>, m: &MarkerMatch, verb: usize) -> bool {
    m.last_word + 1 < verb
        && (m.first_word..=m.last_word).any(|i| QUANTITIES.contains(&words.lower(i)))
        && !words.punctuation_between(m.last_word, verb)
        && !(m.last_word + 1..verb).any(|i| {
            matches!(
                words.lower(i),
                "have" | "has" | "had" | "were" | "are" | "been" | "was" | "is"
            )
        })
}

/// Words that name a long period a count runs from ("since the war began", "since the
/// November ceasefire", "since the start of the invasion"); a month's name does too.
const PERIODS: &[&str] = &[
    "war",
    "conflict",
    "ceasefire",
    "truce",
    "invasion",
    "start",
    "beginning",
    "outbreak",
    "uprising",
    "coup",
    "occupation",
    "revolution",
    "insurgency",
];

/// True when the verb at word `first` is a present perfect ("have been killed", "has
/// shelled") counted from a long period before the report ("since the war began",
/// "since the November ceasefire", "since October"): a running total of many acts,
/// told as history, not a new act ("since dawn" counts today's).
fn running_total(words: &Words<'_>, first: usize) -> bool {
    let perfect = match first {
        0 => false,
        1 => matches!(words.lower(0), "have" | "has"),
        _ => {
            matches!(words.lower(first - 1), "have" | "has")
                || (words.lower(first - 1) == "been"
                    && matches!(words.lower(first - 2), "have" | "has"))
        }
    };
    perfect
        && (0..words.len()).any(|i| {
            words.lower(i) == "since"
                && (i + 1..(i + 4).min(words.len())).any(|j| {
                    let w = words.lower(j);
                    PERIODS.contains(&w)
                        || crate::dates::is_month_name(w)
                        || (w.len() == 4
                            && w.starts_with(['1', '2'])
                            && w.bytes().all(|b| b.is_ascii_digit()))
                })
        })
}

/// Verbs that carry an act named by the bare noun after them ("to launch attacks").
const SUPPORT_VERBS: &[&str] = &["launch", "mount", "stage", "conduct", "carry", "commit"];

/// True when the cue at word `first` is the bare object of an infinitive of purpose
/// ("the area was used to launch attacks", "bases to mount raids from"): an act
/// intended, not one told as happening.
fn purpose(words: &Words<'_>, first: usize) -> bool {
    let verb_at = match first {
        0 | 1 => return false,
        _ if words.lower(first - 1) == "out" => first - 2,
        _ => first - 1,
    };
    verb_at > 0
        && words.lower(verb_at - 1) == "to"
        && SUPPORT_VERBS.contains(&words.lower(verb_at))
        && (verb_at + 1 == first || words.lower(verb_at) == "carry")
        && !words.punctuation_between(verb_at - 1, first)
}

/// Words that tell an act done again and again over a span ("several times",
/// "repeatedly", "this year"). Not when the act is counted as one of them ("for the third time this year").
fn repetition(words: &Words<'_>) -> bool {
    let one_of_them = (0..words.len()).any(|i| words.lower(i) == "time");
    !one_of_them
        && (0..words.len()).any(|i| match words.lower(i) {
            "times" => i > 0 && !matches!(words.lower(i - 1), "the" | "at" | "new"),
            "repeatedly" | "regularly" | "frequently" | "routinely" | "often" => true,
            "year" => i > 0 && words.lower(i - 1) == "this",
            _ => false,
        })
}

/// True when the cue at word `first` belongs to a present perfect of the same clause
/// ("has shelled the town", "has seen several abductions") in a sentence that tells
/// the act as done again and again over a span ("several times this year"): a pattern
/// of many acts, told as history, not one act at one place on one day.
fn repeated_perfect(words: &Words<'_>, first: usize) -> bool {
    let start = first.saturating_sub(4);
    let perfect = (start..first).any(|i| {
        matches!(words.lower(i), "have" | "has")
            && !clause_break(words, i, first)
            && !words.punctuation_between(i, first)
    });
    perfect && repetition(words)
}

/// Nouns that name what someone said happened ("the reports", "claims", "the
/// information spread by").
const REPORT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "statement",
    "statements",
    "information",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
];

/// True when word `i` calls what was said false ("false", "baseless", "does not
/// correspond to reality", "is not true").
fn calls_false(words: &Words<'_>, i: usize) -> bool {
    match words.lower(i) {
        "false" | "untrue" | "baseless" | "groundless" | "unfounded" | "disinformation" => true,
        "reality" => i >= 2 && words.lower(i - 1) == "to" && words.lower(i - 2) == "correspond",
        "true" => i >= 1 && words.lower(i - 1) == "not",
        _ => false,
    }
}

/// True when the act at word `first` is what a report tells and the same sentence
/// calls that report false ("the information that units fired at positions does not
/// correspond to reality"): the act is denied, not told as having happened.
/// The report must hold the act as its content ("reports that", "claims about",
/// "information spread by ... that"), with no verb of saying between them: "in a
/// statement, the army said militants attacked" tells the act as the army's news.
/// Not when what is called false is who began ("claims that our units opened fire
/// first are false"): the shooting is not in dispute, its initiator is.
fn called_false(words: &Words<'_>, first: usize) -> bool {
    let told = held_in_report(words, first);
    let who_began = (0..words.len()).any(|i| {
        matches!(
            words.lower(i),
            "first" | "started" | "provoked" | "initiated" | "began"
        )
    });
    // The falsity may come before the report it judges ("described as false and
    // misleading a report that troops burnt houses").
    let judged_before = (0..first).any(|i| {
        calls_false(words, i)
            && (i + 1..(i + 8).min(first)).any(|r| REPORT_NOUNS.contains(&words.lower(r)))
    });
    told && !who_began && (judged_before || (first + 1..words.len()).any(|i| calls_false(words, i)))
}

/// Words that open what a report tells ("reports that", "claims about", "statements
/// of the regime about", "information spread by").
const CONTENT: &[&str] = &[
    "that",
    "about",
    "of",
    "alleging",
    "claiming",
    "saying",
    "suggesting",
    "spread",
    "circulating",
];

/// True when the act at word `first` is what a report tells ("reports that", "claims
/// on social media that", "reports circulating online alleging that": a word opening
/// its content within five words), with no verb of saying between the report and the
/// act.
pub fn held_in_report(words: &Words<'_>, first: usize) -> bool {
    (0..first).any(|i| {
        REPORT_NOUNS.contains(&words.lower(i))
            && (i + 1..first.min(i + 6))
                .any(|c| CONTENT.contains(&words.lower(c)) && !words.punctuation_between(i, c + 1))
            && !(i + 1..first).any(|j| REPORTING.contains(&words.lower(j)))
    })
}

/// True when the sentence calls the reports just told false ("These claims are
/// false.", "We state that these reports are baseless."): the acts the previous
/// sentence holds in those reports are denied.
pub fn calls_those_reports_false(words: &Words<'_>) -> bool {
    (1..words.len()).any(|i| {
        REPORT_NOUNS.contains(&words.lower(i))
            && matches!(words.lower(i - 1), "these" | "those" | "such" | "the")
            && (i + 1..words.len()).any(|j| calls_false(words, j))
    })
}

/// True when the sentence calls a claim just told false ("the claim was false", "these
/// claims are baseless"): what someone said in the sentence before is that claim.
pub fn calls_the_claim_false(words: &Words<'_>) -> bool {
    (1..words.len()).any(|i| {
        matches!(words.lower(i), "claim" | "claims")
            && matches!(
                words.lower(i - 1),
                "these" | "those" | "such" | "the" | "this"
            )
            && (i + 1..words.len()).any(|j| calls_false(words, j))
    })
}

/// True when a verb of saying stands before word `first` ("the rebels said they had
/// fired"): the act is what someone said.
pub fn said_before(words: &Words<'_>, first: usize) -> bool {
    (0..first).any(|i| {
        matches!(
            words.lower(i),
            "said" | "says" | "claimed" | "claims" | "claim" | "announced" | "stated"
        )
    })
}

/// True when the cue at word `first` is a passive whose subject is "no ..." ("no KDF
/// camp was attacked", "no civilian houses were hit"): no act is told.
fn negated_subject(words: &Words<'_>, first: usize) -> bool {
    first >= 2
        && matches!(words.lower(first - 1), "was" | "were")
        && (first.saturating_sub(5)..first - 1)
            .any(|i| words.lower(i) == "no" && !words.punctuation_between(i, first))
}
