//! Comparing actor names written differently, through the classifier's actor lexicon.
//!
//! A label writes an actor as an analyst would ("Israeli forces", "Military Forces of
//! Israel (2019-)", "ISWAP", "Unidentified Armed Group (Nigeria)"); the classifier
//! writes the lexicon's name ("Israel", "Islamic State West Africa Province",
//! "gunmen"). When the lexicon reads both names ([`ActorIdentity`]: one state, one
//! named group or international force, civilians, or an armed group the text does not
//! name), it decides: "Israeli forces" is Israel, and "Iran-backed militia" is not Iran
//! though its words hold Iran's. Two named groups also agree when one's words hold the
//! other's ("Islamic State" and "Islamic State West Africa Province"), as before. An
//! unnamed state force ("security forces") does not say whose it is, and a name the
//! lexicon cannot read, compare by their words ([`same_name`]).

use std::sync::OnceLock;

use sitrep_classifier::{ActorIdentity, Classifier};

use crate::metrics::same_name;

/// The bundled lexicon, loaded once; `None` if the bundled data does not load (then
/// names compare by their words only).
fn lexicon() -> Option<&'static Classifier> {
    static LEXICON: OnceLock<Option<Classifier>> = OnceLock::new();
    LEXICON
        .get_or_init(|| Classifier::load_default().ok())
        .as_ref()
}

/// Same actor: when the lexicon reads both names, the same actor (two named groups
/// also when one's words hold the other's: "Islamic State" and "Islamic State West
/// Africa Province"); else the same words.
pub fn same_actor(gold: &str, predicted: &str) -> bool {
    let identities = lexicon().map(|l| (l.identify_actor(gold), l.identify_actor(predicted)));
    match identities {
        Some((Some(g), Some(p))) => match (&g, &p) {
            (ActorIdentity::Group(_), ActorIdentity::Group(_)) => {
                g == p || same_name(gold, predicted)
            }
            (ActorIdentity::UnnamedForce, _) | (_, ActorIdentity::UnnamedForce) => {
                same_name(gold, predicted)
            }
            _ => g == p,
        },
        _ => same_name(gold, predicted),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(gold: &str, predicted: &str, same: bool) {
        assert_eq!(
            same_actor(gold, predicted),
            same,
            "{gold:?} vs {predicted:?}"
        );
    }

    #[test]
    fn one_actor_under_its_different_names() {
        check("Israeli forces", "Israel", true);
        check("Military Forces of Israel (2019-)", "Israel", true);
        check("Police Forces of Nigeria (2015-)", "Nigeria", true);
        check("ISWAP", "Islamic State West Africa Province", true);
        check("Qassam Brigades", "Hamas", true);
        check("Unidentified Armed Group (Nigeria)", "gunmen", true);
        check("militants", "unknown gunmen", true);
        check("Al-Qaeda-linked militants", "Al-Qaeda", true);
        check("Iran-backed militia", "militia", true);
        check("Nigerian civilians", "civilians", true);
        check("Mujahideen", "afghan mujahideen", true);
        check("Turkish-backed factions", "Turkey-backed fighters", true);
        // A parenthesis that is part of the name, not a database qualifier.
        check("Maoists", "CPI (Maoist)", true);
    }

    #[test]
    fn different_actors_stay_apart() {
        check("Unidentified Armed Group (Nigeria)", "Nigeria", false);
        check("Russia", "Ukraine", false);
        check("Al-Shabaab", "militants", false);
        check("Iran-backed militia", "Iran", false);
        check("security forces", "police", false);
        check("Hamas", "Hezbollah", false);
        check("Military Forces of Russia (2000-)", "Ukraine", false);
    }
}
