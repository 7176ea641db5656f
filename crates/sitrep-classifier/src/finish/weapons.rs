//! `weapons`: the weapons named beside the event's mentions (data/weapons.toml), each
//! once, in the order the text names them.

use super::facts::PartFacts;
use crate::events::Part;

pub fn decide(facts: &[(Part, PartFacts<'_>)]) -> Vec<String> {
    let mut weapons: Vec<String> = Vec::new();
    for (_, f) in facts {
        for weapon in &f.weapons {
            if !weapons.iter().any(|w| w == weapon) {
                weapons.push((*weapon).to_owned());
            }
        }
    }
    weapons
}
