//! The keyword baseline that the classifier must beat: an article is an incident if any
//! violent keyword appears in its title or body; the event type is that of the first
//! keyword; the country is that of the first country name. One event per incident
//! article, nothing else filled in. Deliberately naive: it is the floor.

use crate::corpus::Case;
use crate::metrics::{Predicted, System};

/// Keywords and the type each one implies, as a newsroom's first keyword filter would.
const KEYWORDS: &[(&str, &str)] = &[
    ("airstrike", "air_drone_strike"),
    ("air strike", "air_drone_strike"),
    ("air raid", "air_drone_strike"),
    ("drone", "air_drone_strike"),
    ("warplane", "air_drone_strike"),
    ("suicide", "suicide_bomb"),
    ("roadside bomb", "remote_explosive_ied"),
    ("ied", "remote_explosive_ied"),
    ("landmine", "remote_explosive_ied"),
    ("bomb", "remote_explosive_ied"),
    ("explosion", "remote_explosive_ied"),
    ("blast", "remote_explosive_ied"),
    ("grenade", "grenade"),
    ("chemical", "chemical_weapon"),
    ("sarin", "chemical_weapon"),
    ("chlorine", "chemical_weapon"),
    ("shelling", "shelling_artillery_missile_attack"),
    ("shelled", "shelling_artillery_missile_attack"),
    ("artillery", "shelling_artillery_missile_attack"),
    ("mortar", "shelling_artillery_missile_attack"),
    ("rocket", "shelling_artillery_missile_attack"),
    ("missile", "shelling_artillery_missile_attack"),
    ("kidnap", "abduction"),
    ("abduct", "abduction"),
    ("hostage", "abduction"),
    ("massacre", "attack_on_civilians"),
    ("intercept", "disrupted_weapons_use"),
    ("shot down", "disrupted_weapons_use"),
    ("recaptured", "government_regains_territory"),
    ("retook", "government_regains_territory"),
    ("captured", "non_state_actor_overtakes_territory"),
    ("seized", "non_state_actor_overtakes_territory"),
    ("clash", "armed_clash"),
    ("fighting", "armed_clash"),
    ("gunmen", "attack_on_civilians"),
    ("killed", "armed_clash"),
    ("attack", "armed_clash"),
    ("strike", "air_drone_strike"),
    ("militant", "armed_clash"),
    ("troops", "armed_clash"),
];

/// Country names (and a few common short forms) with their ISO codes.
const COUNTRIES: &[(&str, &str)] = &[
    ("afghanistan", "AF"),
    ("algeria", "DZ"),
    ("armenia", "AM"),
    ("azerbaijan", "AZ"),
    ("bangladesh", "BD"),
    ("benin", "BJ"),
    ("burkina faso", "BF"),
    ("burundi", "BI"),
    ("cameroon", "CM"),
    ("central african republic", "CF"),
    ("chad", "TD"),
    ("china", "CN"),
    ("colombia", "CO"),
    ("congo", "CD"),
    ("egypt", "EG"),
    ("eritrea", "ER"),
    ("ethiopia", "ET"),
    ("france", "FR"),
    ("gaza", "PS"),
    ("georgia", "GE"),
    ("india", "IN"),
    ("indonesia", "ID"),
    ("iran", "IR"),
    ("iraq", "IQ"),
    ("israel", "IL"),
    ("japan", "JP"),
    ("jordan", "JO"),
    ("kenya", "KE"),
    ("kosovo", "XK"),
    ("lebanon", "LB"),
    ("libya", "LY"),
    ("mali", "ML"),
    ("mexico", "MX"),
    ("mozambique", "MZ"),
    ("myanmar", "MM"),
    ("niger", "NE"),
    ("nigeria", "NG"),
    ("north korea", "KP"),
    ("south korea", "KR"),
    ("pakistan", "PK"),
    ("palestinian", "PS"),
    ("west bank", "PS"),
    ("philippines", "PH"),
    ("russia", "RU"),
    ("saudi arabia", "SA"),
    ("somalia", "SO"),
    ("south sudan", "SS"),
    ("sudan", "SD"),
    ("syria", "SY"),
    ("taiwan", "TW"),
    ("thailand", "TH"),
    ("turkey", "TR"),
    ("türkiye", "TR"),
    ("uganda", "UG"),
    ("ukraine", "UA"),
    ("united kingdom", "GB"),
    ("britain", "GB"),
    ("united states", "US"),
    ("u.s.", "US"),
    ("venezuela", "VE"),
    ("yemen", "YE"),
    ("haiti", "HT"),
    ("sri lanka", "LK"),
    ("nepal", "NP"),
    ("germany", "DE"),
    ("poland", "PL"),
    ("qatar", "QA"),
    ("united arab emirates", "AE"),
    ("uae", "AE"),
    ("tanzania", "TZ"),
    ("rwanda", "RW"),
    ("senegal", "SN"),
    ("togo", "TG"),
    ("ghana", "GH"),
    ("tunisia", "TN"),
    ("morocco", "MA"),
    ("peru", "PE"),
    ("brazil", "BR"),
    ("australia", "AU"),
    ("canada", "CA"),
    ("vietnam", "VN"),
];

/// The keyword baseline.
#[derive(Debug, Default, Clone, Copy)]
pub struct KeywordBaseline;

/// Byte offset of the first occurrence of `needle` at the start of a word.
fn first_word_start(haystack: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = haystack[from..].find(needle) {
        let start = from + at;
        let before_ok = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok {
            return Some(start);
        }
        from = start + needle.len();
    }
    None
}

fn first_of<'a>(text: &str, table: &'a [(&'a str, &'a str)]) -> Option<&'a str> {
    table
        .iter()
        .filter_map(|(word, value)| first_word_start(text, word).map(|at| (at, word.len(), *value)))
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, _, value)| value)
}

impl System for KeywordBaseline {
    fn predict(&self, case: &Case) -> Vec<Predicted> {
        let text = format!("{}\n{}", case.article.title, case.article.body).to_lowercase();
        let Some(event_type) = first_of(&text, KEYWORDS) else {
            return Vec::new();
        };
        vec![Predicted {
            event_type: event_type.to_owned(),
            country_code: first_of(&text, COUNTRIES).map(str::to_owned),
            ..Predicted::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_keyword_and_first_country_win() {
        let text = "an airstrike hit a school after shelling in syria and iraq";
        assert_eq!(first_of(text, KEYWORDS), Some("air_drone_strike"));
        assert_eq!(first_of(text, COUNTRIES), Some("SY"));
        assert_eq!(
            first_of("the bombshell report", KEYWORDS),
            Some("remote_explosive_ied")
        );
        assert_eq!(first_of("nigeria and niger", COUNTRIES), Some("NG"));
    }
}
