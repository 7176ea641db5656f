//! Actors named in a sentence: states (country names, aliases, demonyms and
//! institutions such as "the Pentagon"), named armed groups with their aliases,
//! international forces, and unnamed actors ("militants", "troops", "villagers").
//!
//! Besides finding names, this module reads the phrase around them: "Nigerian troops"
//! is one state force; "Iranian-backed militia" is a militia (Iran is only its
//! backer); "a US defense official told" and "according to the Pentagon" name a
//! source of the report, not a party; "in Iraq" is a place, not an actor.

use std::borrow::Cow;

use serde::Deserialize;
use sitrep_contract::ActorKind;

use crate::error::{parse_toml, LoadError};
use crate::lexicon::{Hit, Lexicon, LexiconBuilder, RawMatch};
use crate::places::Gazetteer;
use crate::text::Words;

pub const FILE: &str = "data/actors.toml";

/// Nouns that, after "X-backed", name an armed group the lexicon has no word for.
const BACKED_NOUNS: &[&str] = &[
    "group", "groups", "proxy", "proxies", "outfit", "faction", "factions",
];

/// What an actor pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// A state, by index into the gazetteer's countries; `demonym` for "Iranian";
    /// `armed` for a name of its forces ("Sudanese Armed Forces", "ENDF").
    State {
        country: usize,
        demonym: bool,
        armed: bool,
    },
    /// A named group, international force or unnamed actor, by index into `named`.
    Named(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct NamedActor {
    name: String,
    kind: ActorKind,
    country: Option<String>,
    generic: bool,
    /// Named as the text calls it (`name_from_text` in data/actors.toml).
    name_from_text: bool,
}

/// An actor mentioned in a sentence.
/// Its name and country are the lexicon's, but for a name made up from the text
/// ("Iranian-backed militias").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention<'c> {
    pub name: Cow<'c, str>,
    pub kind: ActorKind,
    pub country: Option<&'c str>,
    /// Byte span of the whole phrase ("Nigerian troops").
    pub start: usize,
    pub end: usize,
    /// Word span of the phrase.
    pub first_word: usize,
    pub last_word: usize,
    /// An unnamed actor ("troops", "militants") rather than a named one.
    pub generic: bool,
    /// Named by a demonym ("Iranian"), never a place.
    pub from_demonym: bool,
    /// Armed: a state force, an armed group or an international force (not a bare
    /// country name, which may stand for its government).
    pub armed: bool,
    /// Only says where a place lies ("the Somali city of Baidoa", "Nigeria's Kaduna
    /// state"): a clue to the country of the story, never a party of the act.
    pub locator: bool,
}

/// Words by which a text names the group its unnamed fighters belong to ("gunmen
/// presumed to be JNIM", "militants suspected to be from the ADF").
const PRESUMED: &[&str] = &[
    "presumed",
    "suspected",
    "believed",
    "thought",
    "identified",
    "allegedly",
    "reportedly",
];

/// Suffixes that make a group's own fighters of a phrase ("Al-Qaeda-linked militants").
const AFFILIATE_SUFFIXES: &[&str] = &["-linked", "-affiliated"];

/// Who an actor name stands for ([`ActorLexicon::identify`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorIdentity {
    /// A state's forces or the state, by ISO 3166-1 alpha-2 code.
    State(String),
    /// A named armed group or international force, by the lexicon's name.
    Group(String),
    /// An armed group the text does not name ("gunmen", "Unidentified Armed Group").
    UnnamedArmedGroup,
    /// A state force the text does not say whose ("security forces").
    UnnamedForce,
    Civilians,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    groups: Vec<RawNamed>,
    international: Vec<RawNamed>,
    institutions: Vec<RawInstitution>,
    generic: Vec<RawNamed>,
    source_words: Vec<String>,
    backer_suffixes: Vec<String>,
    wars: Vec<RawWar>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWar {
    home: String,
    foe: String,
    /// YYYY-MM-DD.
    since: String,
    /// YYYY-MM-DD, the last day of reports the war stands for; open when omitted.
    #[serde(default)]
    until: Option<String>,
}

/// A war between two states: on `home`'s ground from `since` (to `until`), "the enemy"
/// is `foe`, and an air strike or a shelling the text puts down to no one is `foe`'s.
#[derive(Debug, Clone, PartialEq, Eq)]
struct War {
    home: String,
    foe: String,
    since: chrono::NaiveDate,
    until: Option<chrono::NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNamed {
    name: String,
    kind: Option<String>,
    country: Option<String>,
    #[serde(default)]
    name_from_text: bool,
    patterns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstitution {
    country: String,
    /// The patterns name the state's armed forces, not an office.
    #[serde(default)]
    armed: bool,
    patterns: Vec<String>,
}

pub struct ActorLexicon {
    lexicon: Lexicon<Entry>,
    named: Vec<NamedActor>,
    country_names: Vec<(String, String)>,
    source_words: SourceWords,
    backer_suffixes: Vec<String>,
    /// For each byte (ASCII lowercase), whether a backer suffix starts with it; all
    /// set when a suffix is empty.
    backer_first_bytes: [bool; 256],
    wars: Vec<War>,
}

fn parse_kind(entry: &str, kind: Option<&str>, default: ActorKind) -> Result<ActorKind, LoadError> {
    match kind {
        None => Ok(default),
        Some("state_force") => Ok(ActorKind::StateForce),
        Some("non_state_armed_group") => Ok(ActorKind::NonStateArmedGroup),
        Some("international_force") => Ok(ActorKind::InternationalForce),
        Some("civilians") => Ok(ActorKind::Civilians),
        Some("unknown") => Ok(ActorKind::Unknown),
        Some(other) => Err(LoadError::invalid(
            FILE,
            entry,
            format!("unknown kind {other:?}"),
        )),
    }
}

impl ActorLexicon {
    pub fn load(source: &str, gazetteer: &Gazetteer) -> Result<Self, LoadError> {
        let raw: RawFile = parse_toml(FILE, source)?;
        let mut builder = LexiconBuilder::new();
        let mut entry_names: Vec<String> = Vec::new();
        let lexicon_error = |names: &Vec<String>, e| {
            LoadError::from_lexicon(FILE, e, |i| names.get(i).cloned().unwrap_or_default())
        };
        for (index, country) in gazetteer.countries.iter().enumerate() {
            let mut names = vec![country.name.clone()];
            names.extend(country.aliases.iter().cloned());
            entry_names.push(country.name.clone());
            builder
                .add(
                    Entry::State {
                        country: index,
                        demonym: false,
                        armed: false,
                    },
                    &names,
                )
                .map_err(|e| lexicon_error(&entry_names, e))?;
            if !country.demonyms.is_empty() {
                entry_names.push(format!("{} (demonyms)", country.name));
                builder
                    .add(
                        Entry::State {
                            country: index,
                            demonym: true,
                            armed: false,
                        },
                        &country.demonyms,
                    )
                    .map_err(|e| lexicon_error(&entry_names, e))?;
            }
        }
        for institution in &raw.institutions {
            let country = gazetteer
                .countries
                .iter()
                .position(|c| c.code == institution.country)
                .ok_or_else(|| {
                    LoadError::invalid(FILE, &institution.country, "unknown country code")
                })?;
            entry_names.push(format!("institutions of {}", institution.country));
            builder
                .add(
                    Entry::State {
                        country,
                        demonym: false,
                        armed: institution.armed,
                    },
                    &institution.patterns,
                )
                .map_err(|e| lexicon_error(&entry_names, e))?;
        }
        let mut named = Vec::new();
        let sections = [
            (&raw.groups, ActorKind::NonStateArmedGroup, false),
            (&raw.international, ActorKind::InternationalForce, false),
            (&raw.generic, ActorKind::Unknown, true),
        ];
        for (entries, default_kind, generic) in sections {
            for entry in entries {
                let kind = parse_kind(&entry.name, entry.kind.as_deref(), default_kind)?;
                if let Some(code) = &entry.country {
                    if gazetteer.country(code).is_none() {
                        return Err(LoadError::invalid(
                            FILE,
                            &entry.name,
                            format!("unknown country {code:?}"),
                        ));
                    }
                }
                if entry.patterns.is_empty() {
                    return Err(LoadError::invalid(FILE, &entry.name, "no patterns"));
                }
                entry_names.push(entry.name.clone());
                builder
                    .add(Entry::Named(named.len()), &entry.patterns)
                    .map_err(|e| lexicon_error(&entry_names, e))?;
                named.push(NamedActor {
                    name: entry.name.clone(),
                    kind,
                    country: entry.country.clone(),
                    generic,
                    name_from_text: entry.name_from_text,
                });
            }
        }
        let lexicon = builder
            .build()
            .map_err(|e| lexicon_error(&entry_names, e))?;
        let country_names = gazetteer
            .countries
            .iter()
            .map(|c| (c.code.clone(), c.name.clone()))
            .collect();
        let mut wars = Vec::new();
        for war in &raw.wars {
            for code in [&war.home, &war.foe] {
                if gazetteer.country(code).is_none() {
                    return Err(LoadError::invalid(
                        FILE,
                        "wars",
                        format!("unknown country {code:?}"),
                    ));
                }
            }
            let day = |text: &str| {
                text.parse::<chrono::NaiveDate>().map_err(|_| {
                    LoadError::invalid(FILE, "wars", format!("{text:?} is no YYYY-MM-DD date"))
                })
            };
            let since = day(&war.since)?;
            let until = war.until.as_deref().map(day).transpose()?;
            if until.is_some_and(|until| until < since) {
                return Err(LoadError::invalid(
                    FILE,
                    "wars",
                    format!(
                        "{} -> {}: a war that ends before it begins",
                        war.home, war.foe
                    ),
                ));
            }
            wars.push(War {
                home: war.home.clone(),
                foe: war.foe.clone(),
                since,
                until,
            });
        }
        Ok(Self {
            lexicon,
            named,
            wars,
            country_names,
            source_words: SourceWords::new(raw.source_words.iter().map(|w| w.to_lowercase())),
            backer_first_bytes: {
                let mut first_bytes = [false; 256];
                for suffix in &raw.backer_suffixes {
                    match suffix.to_lowercase().as_bytes().first() {
                        Some(&first) => first_bytes[usize::from(first.to_ascii_lowercase())] = true,
                        None => first_bytes = [true; 256],
                    }
                }
                first_bytes
            },
            backer_suffixes: raw
                .backer_suffixes
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
        })
    }

    /// Who an actor's name stands for, however it is written: "Israeli forces",
    /// "Military Forces of Israel (2019-)" and "Israel" are one state; "ISWAP" and
    /// "Islamic State West Africa Province" one group; "Al-Qaeda-linked militants" are
    /// Al-Qaeda; "Unidentified Armed Group (Nigeria)", "gunmen" and "Iran-backed
    /// militia" are an armed group the text does not name. `None` when the lexicon
    /// knows no word of it.
    pub fn identify(&self, name: &str) -> Option<ActorIdentity> {
        // A database name's parenthesis only qualifies it: "(2019-)", "(Nigeria)"; but
        // it may be part of the name ("CPI (Maoist)").
        let base = name.split('(').next().unwrap_or(name);
        self.identify_words(base).or_else(|| {
            (base.len() < name.len())
                .then(|| self.identify_words(name))
                .flatten()
        })
    }

    fn identify_words(&self, base: &str) -> Option<ActorIdentity> {
        let mut found: Vec<ActorIdentity> = Vec::new();
        for hit in self.lexicon.find(base) {
            let after = base[hit.end..].to_ascii_lowercase();
            let suffix = self
                .backer_suffixes
                .iter()
                .find(|s| !s.is_empty() && after.starts_with(s.as_str()));
            let identity = match *hit.value {
                Entry::State { country, .. } => ActorIdentity::State(
                    self.country_names
                        .get(country)
                        .map_or_else(String::new, |(code, _)| code.clone()),
                ),
                Entry::Named(index) => match self.named.get(index) {
                    Some(named) if named.kind == ActorKind::Civilians => ActorIdentity::Civilians,
                    Some(named) if named.generic && named.kind == ActorKind::StateForce => {
                        ActorIdentity::UnnamedForce
                    }
                    Some(named) if named.generic => ActorIdentity::UnnamedArmedGroup,
                    Some(named) => ActorIdentity::Group(named.name.clone()),
                    None => continue,
                },
            };
            match suffix {
                // "Al-Qaeda-linked militants" are Al-Qaeda's own; a state's links do not
                // make its forces act ("Iran-aligned militia").
                Some(s) if AFFILIATE_SUFFIXES.contains(&s.as_str()) => {
                    if matches!(identity, ActorIdentity::Group(_)) {
                        found.push(identity);
                    }
                }
                // "Iran-backed militia": the backer is no party; "Turkish-backed
                // factions": a group no actor word names.
                Some(s) => {
                    let rest = &after[s.len()..];
                    if rest
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .take(3)
                        .any(|w| BACKED_NOUNS.contains(&w))
                    {
                        found.push(ActorIdentity::UnnamedArmedGroup);
                    }
                }
                None => found.push(identity),
            }
        }
        let first = |wanted: fn(&ActorIdentity) -> bool| found.iter().find(|i| wanted(i)).cloned();
        first(|i| matches!(i, ActorIdentity::Group(_)))
            .or_else(|| first(|i| *i == ActorIdentity::Civilians))
            // "Afghan mujahideen", "Serb militants": a people's unnamed fighters.
            .or_else(|| first(|i| *i == ActorIdentity::UnnamedArmedGroup))
            .or_else(|| first(|i| matches!(i, ActorIdentity::State(_))))
            .or_else(|| first(|i| *i == ActorIdentity::UnnamedForce))
    }

    /// The state at war with `home` on `day` (`wars` in data/actors.toml): who "the
    /// enemy" of a report from there is.
    pub fn foe_of(&self, home: &str, day: chrono::NaiveDate) -> Option<&str> {
        self.wars
            .iter()
            .find(|w| w.home == home && w.since <= day && w.until.is_none_or(|u| day <= u))
            .map(|w| w.foe.as_str())
    }

    /// True for the name of an unnamed actor (`generic` in data/actors.toml:
    /// "Militants", "Security forces").
    pub fn is_generic_name(&self, name: &str) -> bool {
        self.named.iter().any(|n| n.generic && n.name == name)
    }

    /// Actors that are parties in the sentence, sources and places left out.
    #[cfg(test)]
    pub fn find(&self, words: &Words<'_>) -> Vec<ActorMention<'_>> {
        self.mentions(words, self.lexicon.find(words.text))
    }

    /// The same as `find(words)`, from what a `PhraseScanner` found in the sentence.
    pub fn find_from<'f>(
        &self,
        words: &Words<'_>,
        found: impl IntoIterator<Item = &'f RawMatch>,
    ) -> Vec<ActorMention<'_>> {
        self.mentions(words, self.lexicon.hits_from(words.text, found))
    }

    /// The patterns, for the `PhraseScanner` that matches all lexicons at once.
    pub fn pattern_texts(&self) -> &[String] {
        self.lexicon.pattern_texts()
    }

    fn mentions(&self, words: &Words<'_>, hits: Vec<Hit<'_, Entry>>) -> Vec<ActorMention<'_>> {
        let text = words.text;
        let mut mentions: Vec<ActorMention<'_>> = Vec::new();
        let mut pending_backer: Option<(&str, usize)> = None;
        let mut pending_affiliate: Option<usize> = None;
        for (position, hit) in hits.iter().enumerate() {
            let (first_word, last_word) = words.span(hit.start, hit.end);
            let last_word = last_word.saturating_sub(1).max(first_word);
            let after = &text[hit.end..];
            // A suffix can only follow where its first byte does.
            let may_be_backer = after
                .as_bytes()
                .first()
                .map_or(self.backer_suffixes.iter().any(String::is_empty), |&b| {
                    self.backer_first_bytes[usize::from(b.to_ascii_lowercase())]
                });
            let is_backer = may_be_backer
                && self.backer_suffixes.iter().any(|suffix| {
                    after.is_char_boundary(suffix.len().min(after.len()))
                        && after.len() >= suffix.len()
                        && after[..suffix.len()].eq_ignore_ascii_case(suffix)
                });
            // "Al-Qaeda-linked militants": a named group's own fighters are that group.
            let affiliate = is_backer
                && AFFILIATE_SUFFIXES.iter().any(|suffix| {
                    after.len() >= suffix.len()
                        && after.is_char_boundary(suffix.len())
                        && after[..suffix.len()].eq_ignore_ascii_case(suffix)
                })
                && matches!(*hit.value, Entry::Named(i) if self.named.get(i).is_some_and(|n| !n.generic && n.kind == ActorKind::NonStateArmedGroup));
            if affiliate {
                mentions.push(self.mention(*hit.value, hit.start, hit.end, first_word, last_word));
                pending_affiliate = Some(last_word + 1);
                continue;
            }
            if is_backer {
                let backer = self.display_name(*hit.value);
                let suffix_word = last_word + 1;
                // "an Iranian-backed group": a group that no actor word names.
                let noun = (suffix_word + 1..suffix_word + 4)
                    .find(|&i| BACKED_NOUNS.contains(&words.lower(i)));
                let next_hit_word = hits.get(position + 1).map(|h| words.index_of_byte(h.start));
                if let Some(noun) = noun.filter(|&n| next_hit_word.is_none_or(|w| w > n)) {
                    mentions.push(ActorMention {
                        name: Cow::Owned(format!("{backer}-backed {}", words.lower(noun))),
                        kind: ActorKind::NonStateArmedGroup,
                        country: None,
                        start: hit.start,
                        end: words.words.get(noun).map_or(hit.end, |w| w.end),
                        first_word,
                        last_word: noun,
                        generic: true,
                        from_demonym: false,
                        armed: true,
                        locator: false,
                    });
                } else {
                    pending_backer = Some((backer, suffix_word));
                }
                continue;
            }
            let mut mention = self.mention(*hit.value, hit.start, hit.end, first_word, last_word);
            if let Some(suffix_word) = pending_affiliate.take() {
                let group = mentions.last_mut().filter(|_| {
                    mention.generic
                        && mention.kind == ActorKind::NonStateArmedGroup
                        && first_word <= suffix_word + 3
                });
                if let Some(group) = group {
                    group.end = mention.end;
                    group.last_word = mention.last_word;
                    continue;
                }
            }
            if let Some(previous) = mentions.last_mut() {
                let state = mention.kind == ActorKind::StateForce
                    && !mention.generic
                    && !mention.from_demonym;
                let between: Vec<&str> = (previous.last_word + 1..first_word)
                    .map(|i| words.lower(i))
                    .collect();
                // "Military Forces of Israel (2019-)", "Police Forces of the Philippines":
                // a database's name for a state's forces is that state.
                let forces_of = state
                    && previous.generic
                    && previous.kind == ActorKind::StateForce
                    && matches!(between.as_slice(), ["of"] | ["of", "the"])
                    && !words.punctuation_between(previous.last_word, first_word);
                if forces_of {
                    previous.name = mention.name.clone();
                    previous.country = mention.country;
                    previous.generic = false;
                    previous.armed = true;
                    previous.end = mention.end;
                    previous.last_word = mention.last_word;
                    // "Military Forces of": the word before "Forces" is the same force.
                    let at = mentions.len().saturating_sub(2);
                    let lead = mentions.len() >= 2
                        && mentions[at].generic
                        && mentions[at].kind == ActorKind::StateForce
                        && mentions[at].last_word + 1 == mentions[at + 1].first_word;
                    if lead {
                        let lead = mentions.remove(at);
                        if let Some(force) = mentions.last_mut() {
                            force.start = lead.start;
                            force.first_word = lead.first_word;
                        }
                    }
                    continue;
                }
                // "militants on motorbikes, presumed JNIM", "fighters of the Islamic
                // Resistance", "gunmen believed to be from the ADF": unnamed fighters
                // that the text then names are that named group.
                // "the air defences of the army and popular committees", "forces of the
                // Transitional Council": a named group's own forces.
                let named_group = mention.kind == ActorKind::NonStateArmedGroup
                    && !mention.generic
                    && matches!(
                        previous.kind,
                        ActorKind::NonStateArmedGroup | ActorKind::StateForce
                    )
                    && previous.generic;
                let of_group = matches!(between.as_slice(), ["of"] | ["of", "the"])
                    && !words.punctuation_between(previous.last_word, first_word);
                let presumed = between.len() <= 6
                    && between.iter().any(|w| PRESUMED.contains(w))
                    && !between
                        .iter()
                        .any(|w| matches!(*w, "and" | "or" | "by" | "against" | "with"));
                let presumed = presumed && previous.kind == ActorKind::NonStateArmedGroup;
                if named_group && (of_group || presumed) {
                    previous.name = mention.name.clone();
                    previous.kind = mention.kind;
                    previous.armed = true;
                    previous.country = mention.country;
                    previous.generic = false;
                    previous.end = mention.end;
                    previous.last_word = mention.last_word;
                    continue;
                }
                // "Unidentified Armed Group (Nigeria)": a country in brackets after an
                // actor only says whose it is.
                let bracketed = state
                    && between.is_empty()
                    && words.gap(previous.last_word, first_word).contains('(');
                if bracketed {
                    if previous.country.is_none() {
                        previous.country = mention.country;
                    }
                    // The name stays the group's words, without the bracket.
                    previous.last_word = mention.last_word;
                    continue;
                }
            }
            if let Some((backer, backer_word)) = pending_backer.take() {
                if mention.generic
                    && mention.kind != ActorKind::Civilians
                    && first_word <= backer_word + 4
                {
                    mention.name =
                        Cow::Owned(format!("{backer}-backed {}", mention.name.to_lowercase()));
                    mention.kind = ActorKind::NonStateArmedGroup;
                    mention.country = None;
                    mention.armed = true;
                }
            }
            // "Nigerian troops", "US forces": a state and an unnamed force are one actor.
            if let Some(previous) = mentions.last_mut() {
                let adjacent = previous.last_word + 1 == first_word
                    && !words.punctuation_between(previous.last_word, first_word);
                let same_group = previous.kind == ActorKind::NonStateArmedGroup
                    && mention.kind == ActorKind::NonStateArmedGroup
                    && !previous.generic;
                // "Jihadist fighters": two words for one unnamed group.
                let same_unnamed = previous.kind == ActorKind::NonStateArmedGroup
                    && mention.kind == ActorKind::NonStateArmedGroup
                    && previous.generic;
                // "RSF forces", "Houthi army", "Hamas police": a named group's own
                // forces are that group, never the state of the place.
                let group_forces = previous.kind == ActorKind::NonStateArmedGroup
                    && !previous.generic
                    && mention.kind == ActorKind::StateForce;
                // "Yemen's Houthi movement", "Somalia's al-Shabaab": a country named as
                // the home of a named group says where the group is from; the group is
                // the party, not the state.
                let home_of_group = previous.kind == ActorKind::StateForce
                    && !previous.generic
                    && !previous.armed
                    && mention.kind == ActorKind::NonStateArmedGroup
                    && !mention.generic
                    && crate::text::is_possessive(words.original(previous.last_word));
                if adjacent && home_of_group {
                    mention.start = previous.start;
                    mention.first_word = previous.first_word;
                    mention.country = mention.country.or(previous.country);
                    mentions.pop();
                    mentions.push(mention);
                    continue;
                }
                if adjacent && mention.generic && (same_group || same_unnamed || group_forces) {
                    previous.end = mention.end;
                    previous.last_word = mention.last_word;
                    continue;
                }
                if adjacent
                    && mention.generic
                    && previous.kind == ActorKind::StateForce
                    && !previous.generic
                {
                    if mention.kind == ActorKind::StateForce {
                        previous.end = mention.end;
                        previous.last_word = mention.last_word;
                        previous.armed = true;
                        continue;
                    }
                    if mention.kind == ActorKind::Civilians
                        || mention.kind == ActorKind::NonStateArmedGroup
                    {
                        mention.country = previous.country;
                        mention.start = previous.start;
                        mention.first_word = previous.first_word;
                        mentions.pop();
                    }
                }
            }
            mentions.push(mention);
        }
        mentions.retain(|mention| !self.is_source(words, mention) && !is_place_use(words, mention));
        for mention in &mut mentions {
            // Some unnamed parties are named as the text calls them ("armed men",
            // "insurgents", "unknown gunmen"), in lowercase: a name made from the text.
            let from_text = mention.generic
                && matches!(mention.name, Cow::Borrowed(_))
                && self
                    .named
                    .iter()
                    .any(|n| n.name_from_text && n.name == mention.name);
            if from_text {
                let phrase = text.get(mention.start..mention.end).unwrap_or_default();
                let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
                if !words.is_empty() {
                    mention.name = Cow::Owned(words.join(" "));
                }
            }
            // "rebel-held Idlib": an unnamed side that holds a place is no party of an
            // act there (a named one, "Houthi-held areas", is the side hit).
            let holder = mention.generic
                && ["-held", "-controlled"]
                    .iter()
                    .any(|suffix| text[mention.end..].starts_with(suffix));
            mention.locator = holder
                || (mention.kind == ActorKind::StateForce
                    && !mention.generic
                    && !mention.armed
                    && locates_a_place(words, mention));
        }
        mentions
    }

    fn display_name(&self, entry: Entry) -> &str {
        match entry {
            Entry::State { country, .. } => self
                .country_names
                .get(country)
                .map_or("", |(_, n)| n.as_str()),
            Entry::Named(index) => self.named.get(index).map_or("", |n| n.name.as_str()),
        }
    }

    fn mention(
        &self,
        entry: Entry,
        start: usize,
        end: usize,
        first_word: usize,
        last_word: usize,
    ) -> ActorMention<'_> {
        match entry {
            Entry::State {
                country,
                demonym,
                armed,
            } => {
                let (code, name) = self
                    .country_names
                    .get(country)
                    .map_or(("", ""), |(c, n)| (c.as_str(), n.as_str()));
                ActorMention {
                    name: Cow::Borrowed(name),
                    kind: ActorKind::StateForce,
                    country: Some(code),
                    start,
                    end,
                    first_word,
                    last_word,
                    generic: false,
                    from_demonym: demonym,
                    armed,
                    locator: false,
                }
            }
            Entry::Named(index) => {
                let named = &self.named[index];
                ActorMention {
                    name: Cow::Borrowed(&named.name),
                    kind: named.kind,
                    country: named.country.as_deref(),
                    start,
                    end,
                    first_word,
                    last_word,
                    generic: named.generic,
                    from_demonym: false,
                    armed: matches!(
                        named.kind,
                        ActorKind::StateForce
                            | ActorKind::NonStateArmedGroup
                            | ActorKind::InternationalForce
                    ),
                    locator: false,
                }
            }
        }
    }

    /// "a US defense official told", "the Pentagon said", "according to the US".
    fn is_source(&self, words: &Words<'_>, mention: &ActorMention) -> bool {
        let next = words.lower(mention.last_word + 1);
        let after_next = words.lower(mention.last_word + 2);
        // `w == format!("{next} {after_next}")`, without building the string.
        let is_next_two = |w: &str| {
            w.len() == next.len() + 1 + after_next.len()
                && w.starts_with(next)
                && w.as_bytes().get(next.len()) == Some(&b' ')
                && w.ends_with(after_next)
        };
        // "Syrian government shelling" names the actor of the act, not a source.
        let acts_next = next == "government" && ACT_NOUNS.contains(&after_next);
        // "Somalia's information ministry said", "the Russian defence ministry": an
        // office named by a lowercase word before it is a source too.
        let office_after = words
            .original(mention.last_word + 1)
            .starts_with(|c: char| c.is_ascii_lowercase())
            && OFFICES.contains(&after_next);
        // "Israel said its jets struck", "the group says it fired": the speaker tells
        // of its own act.
        // "Al-Shabaab said in a statement that its fighters had carried out the attack":
        // the speaker's own may come a few words on.
        let own_act = matches!(
            next,
            "said" | "says" | "say" | "announced" | "confirmed" | "stated"
        ) && (mention.last_word + 2..mention.last_word + 10)
            .take_while(|&i| !words.gap(i - 1, i).contains(['.', ';']))
            .any(|i| crate::roles::OWN_ACT.contains(&words.lower(i)));
        let followed_by_source =
            !acts_next && !own_act && (self.source_words.any(next, is_next_two) || office_after);
        let start = mention.first_word.saturating_sub(4);
        let after_according = (start..mention.first_word)
            .any(|i| words.lower(i) == "according" && words.lower(i + 1) == "to");
        followed_by_source || after_according
    }
}

/// The source words (lowercase), by their first byte: a mention is asked whether
/// the word after it is one, or the two words after it are one.
struct SourceWords {
    by_first_byte: Vec<Vec<String>>,
}

impl SourceWords {
    fn new(words: impl IntoIterator<Item = String>) -> Self {
        let mut by_first_byte = vec![Vec::new(); 256];
        for word in words {
            let first = word.as_bytes().first().copied().unwrap_or(0);
            by_first_byte[usize::from(first)].push(word);
        }
        Self { by_first_byte }
    }

    /// True when a source word is `next` or makes `is_next_two` true (both of which
    /// start with `next`, so with its first byte when it has one).
    fn any(&self, next: &str, is_next_two: impl Fn(&str) -> bool) -> bool {
        let matches = |w: &String| *w == next || is_next_two(w);
        match next.as_bytes().first() {
            Some(&first) => self.by_first_byte[usize::from(first)].iter().any(matches),
            None => self.by_first_byte.iter().flatten().any(matches),
        }
    }
}

/// Nouns of an act that make the word "government" before them an actor.
/// Offices that speak for a state, named after a word that says which
/// ("information ministry", "foreign minister", "military spokesman").
const OFFICES: &[&str] = &[
    "ministry",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "agency",
    "sources",
    "office",
];
const ACT_NOUNS: &[&str] = &[
    "shelling",
    "airstrikes",
    "airstrike",
    "strikes",
    "bombardment",
    "artillery",
    "attack",
    "attacks",
    "offensive",
    "jets",
    "warplanes",
    "troops",
    "forces",
];

/// Nouns after a country's name or demonym that make it say where a place lies, not
/// who acted or was hit: "the Somali city of Baidoa", "an Iraq base".
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "capital",
    "base",
    "province",
    "region",
    "district",
    "border",
    "coast",
    "areas",
    "territory",
    "waters",
    "airspace",
    "school",
    "market",
    "hospital",
    "mosque",
    "church",
];

/// Nouns of a force, a weapon or an act that "of" ties to their owner: "the aviation
/// of the Russian Federation", "a drone of the enemy", "an air strike of the coalition".
pub const OWNED_NOUNS: &[&str] = &[
    "aviation",
    "aircraft",
    "warplanes",
    "jets",
    "drone",
    "drones",
    "uav",
    "uavs",
    "missile",
    "missiles",
    "rockets",
    "artillery",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air-strike",
    "raid",
    "raids",
    "shelling",
    "bombardment",
    "forces",
    "troops",
    "units",
    "army",
    "militia",
    "fighters",
    "soldiers",
];

/// "the Somali city of Baidoa", "Nigeria's Kaduna state", "Ukraine's Odesa port": the
/// state only locates a place.
fn locates_a_place(words: &Words<'_>, mention: &ActorMention) -> bool {
    let next = mention.last_word + 1;
    if words.punctuation_between(mention.last_word, next) {
        return false;
    }
    if PLACE_NOUNS.contains(&words.lower(next)) {
        return true;
    }
    // A possessive before a name and its noun ("Nigeria's Kaduna state").
    crate::text::is_possessive(words.original(mention.last_word))
        && words.original(next).starts_with(char::is_uppercase)
        && (next + 1..next + 3).any(|i| {
            !words.punctuation_between(next, i)
                && (PLACE_NOUNS.contains(&words.lower(i)) || words.lower(i) == "state")
        })
}

/// "in Iraq", "across Syria": a country name led by a preposition is a place.
fn is_place_use(words: &Words<'_>, mention: &ActorMention) -> bool {
    if mention.kind != ActorKind::StateForce
        || mention.generic
        || mention.armed
        || mention.from_demonym
    {
        return false;
    }
    // "the Lake Chad fringes": a country's name inside a place's name.
    if mention.first_word > 0
        && words.original(mention.first_word - 1) == "Lake"
        && !words.punctuation_between(mention.first_word - 1, mention.first_word)
    {
        return true;
    }
    let mut before = mention.first_word;
    while before > 0
        && crate::places::PLACE_MODIFIERS.contains(&words.lower(before - 1))
        && words.lower(before - 1) != "of"
    {
        before -= 1;
    }
    // "in Baidoa, Somalia": walk back over the place the country follows.
    if before >= 2
        && words.gap(before - 1, before).contains(',')
        && words.original(before - 1).starts_with(char::is_uppercase)
    {
        let mut start = before - 1;
        while start > 0
            && words.original(start - 1).starts_with(char::is_uppercase)
            && !words.punctuation_between(start - 1, start)
        {
            start -= 1;
        }
        if start > 0 && matches!(words.lower(start - 1), "in" | "near" | "outside") {
            return true;
        }
    }
    // "in Iraq and Syria": walk back over a coordinated place name.
    for _ in 0..2 {
        let coordinated = before >= 2
            && matches!(words.lower(before - 1), "and" | "or")
            && words.original(before - 2).starts_with(char::is_uppercase);
        if coordinated {
            before -= 2;
        }
    }
    if before == 0 {
        return false;
    }
    // "the aviation of the Russian Federation", "an airstrike of the coalition": the
    // state owns the force or the act, it is no place.
    if words.lower(before - 1) == "of"
        && before >= 2
        && OWNED_NOUNS.contains(&words.lower(before - 2))
    {
        return false;
    }
    matches!(
        words.lower(before - 1),
        "in" | "near"
            | "across"
            | "into"
            | "inside"
            | "throughout"
            | "of"
            | "from"
            | "over"
            | "within"
            | "between"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> (Gazetteer, ActorLexicon) {
        let gazetteer = Gazetteer::load(
            include_str!("../data/countries.toml"),
            include_str!("../data/places.toml"),
        )
        .expect("gazetteer");
        let actors =
            ActorLexicon::load(include_str!("../data/actors.toml"), &gazetteer).expect("actors");
        (gazetteer, actors)
    }

    fn check(text: &str, expected: &[(&str, ActorKind, Option<&str>)]) {
        let (_, actors) = lexicon();
        let words = Words::new(text);
        let found: Vec<(String, ActorKind, Option<String>)> = actors
            .find(&words)
            .into_iter()
            .map(|m| (m.name.into_owned(), m.kind, m.country.map(str::to_owned)))
            .collect();
        let expected: Vec<(String, ActorKind, Option<String>)> = expected
            .iter()
            .map(|(n, k, c)| (n.to_string(), *k, c.map(str::to_owned)))
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    use ActorKind::*;

    #[test]
    fn finds_states_groups_and_forces() {
        check(
            "The US carried out airstrikes against Iranian-backed militia sites in Iraq, according to the US Defense Department.",
            &[("United States", StateForce, Some("US")), ("Iran-backed militia", NonStateArmedGroup, None)],
        );
        check(
            "the ability of Kata’ib Hezbollah to conduct",
            &[("Kata'ib Hezbollah", NonStateArmedGroup, Some("IQ"))],
        );
        check(
            "Kataib Hizballah and the Houthis",
            &[
                ("Kata'ib Hezbollah", NonStateArmedGroup, Some("IQ")),
                ("Houthis", NonStateArmedGroup, Some("YE")),
            ],
        );
        check(
            "Ansar Allah fighters and ISIS",
            &[
                ("Houthis", NonStateArmedGroup, Some("YE")),
                ("Islamic State", NonStateArmedGroup, None),
            ],
        );
        check(
            "Nigerian troops repelled Boko Haram",
            &[
                ("Nigeria", StateForce, Some("NG")),
                ("Boko Haram", NonStateArmedGroup, Some("NG")),
            ],
        );
        check("the Pentagon said", &[]);
        check(
            "Israel said its jets struck Hodeidah",
            &[("Israel", StateForce, Some("IL"))],
        );
        check("A US defense official told CNN", &[]);
        check(
            "M23 rebels clashed with the army near Goma",
            &[
                ("M23", NonStateArmedGroup, Some("CD")),
                ("Security forces", StateForce, None),
            ],
        );
        check(
            "UN peacekeepers and coalition forces",
            &[
                ("UN peacekeepers", InternationalForce, None),
                ("Coalition forces", InternationalForce, None),
            ],
        );
        check(
            "al-Shabaab claimed the attack on Somali civilians",
            &[
                ("Al-Shabaab", NonStateArmedGroup, Some("SO")),
                ("Civilians", Civilians, Some("SO")),
            ],
        );
        check("Somali police say 5 killed in Baidoa blast", &[]);
        check("Somalia's information ministry said on Monday", &[]);
        check(
            "in Anbar province on Sunday, Iraqi security sources said",
            &[],
        );
        check(
            "Syrian government shelling killed three civilians",
            &[
                ("Syria", StateForce, Some("SY")),
                ("Civilians", Civilians, None),
            ],
        );
        check(
            "Unknown gunmen and armed bandits stormed the village",
            &[
                ("unknown gunmen", NonStateArmedGroup, None),
                ("armed bandits", NonStateArmedGroup, None),
            ],
        );
        check(
            "SAF warplanes bombed positions held by the RSF",
            &[
                ("Sudan", StateForce, Some("SD")),
                ("Rapid Support Forces", NonStateArmedGroup, Some("SD")),
            ],
        );
        check(
            "Jihadist fighters ambushed a convoy",
            &[("Militants", NonStateArmedGroup, None)],
        );
        check(
            "a suicide bombing at a restaurant in Baidoa, Somalia, on Friday",
            &[],
        );
        check(
            "killing two members of Hezbollah, Lebanese state media said",
            &[("Hezbollah", NonStateArmedGroup, Some("LB"))],
        );
        check(
            "Military Forces of the United States (2021-) conducted air strikes",
            &[("United States", StateForce, Some("US"))],
        );
        check(
            "an Unidentified Armed Group (Nigeria) attacked the village",
            &[("unidentified armed group", NonStateArmedGroup, Some("NG"))],
        );
        check(
            "Al-Qaeda-linked militants attacked an army post",
            &[
                ("Al-Qaeda", NonStateArmedGroup, None),
                ("Security forces", StateForce, None),
            ],
        );
        check(
            "the RSF and the TTP, not the rsf",
            &[
                ("Rapid Support Forces", NonStateArmedGroup, Some("SD")),
                ("Tehrik-i-Taliban Pakistan", NonStateArmedGroup, Some("PK")),
            ],
        );
    }
}
