//! Event cues: the words that describe an act of armed violence, each tied to the
//! taxonomy code of the act (data/cues.toml). A "rocket attack" is shelling because
//! the longest phrase wins; generic words ("attack", "strike") get their type later
//! from weapons, actors and victims.

use serde::Deserialize;
use sitrep_contract::EventType;

use crate::error::{parse_toml, LoadError};
use crate::lexicon::{Lexicon, LexiconBuilder, ScannedLexicon};

pub const FILE: &str = "data/cues.toml";

/// What a cue says about the type of the act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueType {
    Specific(EventType),
    /// An attack or strike of unknown kind.
    Generic,
    /// A capture of territory: who captured decides the type.
    Territory,
    /// A fixed phrase that is not violence ("heart attack").
    Blocker,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    Strong,
    Weak,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Noun,
    Verb,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub cue_type: CueType,
    pub priority: u8,
    pub strength: Strength,
    pub head: String,
    pub form: Form,
    /// The act needs people as its object: the verb counts only when people follow it
    /// ("seized 15 worshippers", not "seized four tonnes of cocaine").
    pub people_object: bool,
    /// The act needs a place as its object: the verb counts only when a town, a base
    /// or a named place follows it ("occupied the town of Palma", "control most of
    /// Aleppo"), not "took the suspects away" or "the occupied territories".
    pub place_object: bool,
    /// The act needs a weapon in flight as its object ("destroyed 12 drones",
    /// "drones ... were neutralised"): stopping it is an interception.
    pub munition_object: bool,
    /// The noun names a weapon, not an act ("grenades", "RPGs", "sticks of dynamite",
    /// "missiles"): after a verb of having or taking it ("seized rifles and grenades",
    /// "surrendered with rifles", "ordered drones and missiles") it is a thing held,
    /// not a weapon used.
    pub weapon: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    cue: Vec<RawCue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCue {
    #[serde(rename = "type")]
    cue_type: String,
    priority: u8,
    strength: String,
    head: String,
    form: String,
    /// "people", "place" or "munition": see [`Cue::people_object`],
    /// [`Cue::place_object`], [`Cue::munition_object`].
    #[serde(default)]
    object: Option<String>,
    /// See [`Cue::weapon`].
    #[serde(default)]
    weapon: bool,
    patterns: Vec<String>,
}

pub struct CueLexicon {
    lexicon: Lexicon<Cue>,
}

impl CueLexicon {
    pub fn load(source: &str) -> Result<Self, LoadError> {
        let raw: RawFile = parse_toml(FILE, source)?;
        let mut builder = LexiconBuilder::new().whole_hyphenated();
        let mut names = Vec::new();
        for (index, entry) in raw.cue.iter().enumerate() {
            let name = format!("cue #{} ({})", index + 1, entry.cue_type);
            let cue_type = match entry.cue_type.as_str() {
                "generic" => CueType::Generic,
                "territory" => CueType::Territory,
                "blocker" => CueType::Blocker,
                code => CueType::Specific(EventType::from_code(code).ok_or_else(|| {
                    LoadError::invalid(FILE, &name, format!("unknown type {code:?}"))
                })?),
            };
            let strength = match entry.strength.as_str() {
                "strong" => Strength::Strong,
                "weak" => Strength::Weak,
                other => {
                    return Err(LoadError::invalid(
                        FILE,
                        &name,
                        format!("unknown strength {other:?}"),
                    ))
                }
            };
            let form = match entry.form.as_str() {
                "noun" => Form::Noun,
                "verb" => Form::Verb,
                other => {
                    return Err(LoadError::invalid(
                        FILE,
                        &name,
                        format!("unknown form {other:?}"),
                    ))
                }
            };
            let (people_object, place_object, munition_object) = match entry.object.as_deref() {
                None => (false, false, false),
                Some("people") => (true, false, false),
                Some("place") => (false, true, false),
                Some("munition") => (false, false, true),
                Some(other) => {
                    return Err(LoadError::invalid(
                        FILE,
                        &name,
                        format!("unknown object {other:?}"),
                    ))
                }
            };
            if entry.patterns.is_empty() {
                return Err(LoadError::invalid(FILE, &name, "no patterns"));
            }
            let cue = Cue {
                cue_type,
                priority: entry.priority,
                strength,
                head: entry.head.clone(),
                form,
                people_object,
                place_object,
                munition_object,
                weapon: entry.weapon,
            };
            builder
                .add(cue, &entry.patterns)
                .map_err(|e| LoadError::from_lexicon(FILE, e, |i| format!("cue #{}", i + 1)))?;
            names.push(name);
        }
        let covered: Vec<EventType> = raw
            .cue
            .iter()
            .filter_map(|entry| EventType::from_code(&entry.cue_type))
            .collect();
        for event_type in EventType::ALL {
            if !covered.contains(&event_type) {
                return Err(LoadError::invalid(
                    FILE,
                    event_type.code(),
                    "no cue for this taxonomy code",
                ));
            }
        }
        let lexicon = builder
            .build()
            .map_err(|e| LoadError::from_lexicon(FILE, e, |i| format!("cue #{}", i + 1)))?;
        Ok(Self { lexicon })
    }

    /// Every cue in `text`, blockers included (the caller drops them).
    #[cfg(test)]
    pub fn find<'a>(&'a self, text: &str) -> Vec<crate::lexicon::Hit<'a, Cue>> {
        self.lexicon.find(text)
    }
}

impl ScannedLexicon for CueLexicon {
    type Value = Cue;

    fn lexicon(&self) -> &Lexicon<Cue> {
        &self.lexicon
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> CueLexicon {
        CueLexicon::load(include_str!("../data/cues.toml")).expect("cues load")
    }

    fn check(text: &str, expected: &[(&str, &str)]) {
        let lexicon = lexicon();
        let found: Vec<(&str, String)> = lexicon
            .find(text)
            .iter()
            .map(|hit| {
                let kind = match hit.value.cue_type {
                    CueType::Specific(t) => t.code().to_owned(),
                    CueType::Generic => "generic".to_owned(),
                    CueType::Territory => "territory".to_owned(),
                    CueType::Blocker => "blocker".to_owned(),
                };
                (&text[hit.start..hit.end], kind)
            })
            .collect();
        let found: Vec<(&str, &str)> = found.iter().map(|(a, b)| (*a, b.as_str())).collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn the_act_described_decides_the_type() {
        check(
            "a rocket attack on a base",
            &[("rocket attack", "shelling_artillery_missile_attack")],
        );
        check(
            "The US carried out airstrikes",
            &[("airstrikes", "air_drone_strike")],
        );
        check(
            "clashes between troops and rebels",
            &[("clashes", "armed_clash")],
        );
        check(
            "a roadside bomb hit a convoy",
            &[
                ("roadside bomb", "remote_explosive_ied"),
                ("hit", "generic"),
            ],
        );
        check(
            "a suicide car bomb exploded",
            &[
                ("suicide car bomb", "suicide_bomb"),
                ("exploded", "generic"),
            ],
        );
        check(
            "troops engaged in a fire fight with gunmen",
            &[("fire fight", "armed_clash")],
        );
        check(
            "the army re-captured the town",
            &[("re-captured", "government_regains_territory")],
        );
        check(
            "fired a rocket-propelled grenade",
            &[
                ("fired", "generic"),
                (
                    "rocket-propelled grenade",
                    "shelling_artillery_missile_attack",
                ),
            ],
        );
        check(
            "North Korea test-fired a missile",
            &[("missile", "shelling_artillery_missile_attack")],
        );
        check("lobbed a grenade into a bar", &[("grenade", "grenade")]);
        check(
            "a sarin attack on the town",
            &[("sarin attack", "chemical_weapon")],
        );
        check(
            "gunmen kidnapped 20 students",
            &[("kidnapped", "abduction")],
        );
        check(
            "air defenses intercepted a drone",
            &[("intercepted", "disrupted_weapons_use")],
        );
        check(
            "troops recaptured the town",
            &[("recaptured", "government_regains_territory")],
        );
        check("militants captured the town", &[("captured", "territory")]);
        check(
            "the massacre of villagers",
            &[("massacre", "attack_on_civilians")],
        );
    }

    #[test]
    fn fixed_phrases_block_violent_words() {
        check("he died of a heart attack", &[("heart attack", "blocker")]);
        check("workers went on strike", &[("went on strike", "blocker")]);
        check(
            "a cyberattack hit the bank",
            &[("cyberattack", "blocker"), ("hit", "generic")],
        );
    }

    #[test]
    fn bad_data_is_named() {
        let bad = "[[cue]]\ntype = \"laser_attack\"\npriority = 1\nstrength = \"strong\"\nhead = \"x\"\nform = \"noun\"\npatterns = [\"laser\"]\n";
        let error = CueLexicon::load(bad).err().expect("must fail").to_string();
        assert!(
            error.contains("data/cues.toml") && error.contains("laser_attack"),
            "{error}"
        );
    }
}
