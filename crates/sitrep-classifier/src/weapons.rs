//! Weapons and means of attack (data/weapons.toml), with the event type each one
//! implies ("killed by a drone" is an air/drone strike), plus the military-setting
//! words ("base", "convoy", "checkpoint") that give weak cues their violent context.

use serde::Deserialize;
use sitrep_contract::EventType;

use crate::error::{parse_toml, LoadError};
use crate::lexicon::{Lexicon, LexiconBuilder, ScannedLexicon};

pub const FILE: &str = "data/weapons.toml";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeaponTerm {
    Weapon {
        name: String,
        implies: Option<EventType>,
    },
    /// A military setting: context only.
    Context,
    /// A fixed phrase that holds a weapon's word but names no weapon ("civil
    /// aviation", "jet fuel"): it hides the shorter pattern inside it.
    Blocker,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    weapons: Vec<RawWeapon>,
    context: Vec<String>,
    #[serde(default)]
    blockers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeapon {
    name: String,
    implies: Option<String>,
    patterns: Vec<String>,
}

pub struct WeaponLexicon {
    lexicon: Lexicon<WeaponTerm>,
}

impl WeaponLexicon {
    pub fn load(source: &str) -> Result<Self, LoadError> {
        let raw: RawFile = parse_toml(FILE, source)?;
        let mut builder = LexiconBuilder::new().whole_hyphenated();
        let mut names = Vec::new();
        for entry in &raw.weapons {
            let implies = match &entry.implies {
                None => None,
                Some(code) => Some(EventType::from_code(code).ok_or_else(|| {
                    LoadError::invalid(FILE, &entry.name, format!("unknown type {code:?}"))
                })?),
            };
            if entry.name.trim().is_empty() || entry.patterns.is_empty() {
                return Err(LoadError::invalid(
                    FILE,
                    &entry.name,
                    "a weapon needs a name and patterns",
                ));
            }
            names.push(entry.name.clone());
            builder
                .add(
                    WeaponTerm::Weapon {
                        name: entry.name.clone(),
                        implies,
                    },
                    &entry.patterns,
                )
                .map_err(|e| {
                    LoadError::from_lexicon(FILE, e, |i| {
                        names.get(i).cloned().unwrap_or_else(|| "context".into())
                    })
                })?;
        }
        builder
            .add(WeaponTerm::Context, &raw.context)
            .map_err(|e| {
                LoadError::from_lexicon(FILE, e, |i| {
                    names.get(i).cloned().unwrap_or_else(|| "context".into())
                })
            })?;
        builder
            .add(WeaponTerm::Blocker, &raw.blockers)
            .map_err(|e| {
                LoadError::from_lexicon(FILE, e, |i| {
                    names.get(i).cloned().unwrap_or_else(|| "blocker".into())
                })
            })?;
        let lexicon = builder
            .build()
            .map_err(|e| LoadError::from_lexicon(FILE, e, |_| String::new()))?;
        Ok(Self { lexicon })
    }

    #[cfg(test)]
    pub fn find<'a>(&'a self, text: &str) -> Vec<crate::lexicon::Hit<'a, WeaponTerm>> {
        self.lexicon.find(text)
    }
}

impl ScannedLexicon for WeaponLexicon {
    type Value = WeaponTerm;

    fn lexicon(&self) -> &Lexicon<WeaponTerm> {
        &self.lexicon
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let lexicon =
            WeaponLexicon::load(include_str!("../data/weapons.toml")).expect("weapons load");
        let found: Vec<&str> = lexicon
            .find(text)
            .iter()
            .map(|hit| match hit.value {
                WeaponTerm::Weapon { name, .. } => name.as_str(),
                WeaponTerm::Context => "context",
                WeaponTerm::Blocker => "blocker",
            })
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn finds_weapons_and_context() {
        check(
            "the strikes were carried out by manned aircraft",
            &["manned aircraft"],
        );
        check(
            "a drone hit a convoy near the base",
            &["drone", "context", "context"],
        );
        check(
            "fired Katyusha rockets and an RPG",
            &["rockets", "rocket-propelled grenade"],
        );
        check("a report on the economy", &[]);
    }
}
