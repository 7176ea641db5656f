//! Names of one party that the classifier's lexicon leaves apart: a group and the
//! movement it is part of, parties that outlets attribute one act to, and a group's
//! acronym against its full name when the lexicon does not know the group.
//!
//! The lexicon resolves its aliases and acronyms to one name per group, so "ISWAP" and
//! "Islamic State West Africa Province" arrive alike. What it cannot say is that
//! "Ahlu Sunnah wal Jama'a" is the name outlets in Mozambique give Islamic State's
//! province there, or that a Borno attack is Boko Haram's to one desk and ISWAP's to
//! another. `data/parties.tsv` lists such pairs with a reason each: `part_of` pairs are
//! one party named alike (they count as shared evidence), `confused` pairs may be one
//! party (they do not contradict, and count as nothing).

use std::sync::OnceLock;

/// How two named parties relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// One is a branch or affiliate of the other: one party.
    PartOf,
    /// Outlets attribute one act to either.
    Confused,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub relation: Relation,
    pub a: String,
    pub b: String,
    pub why: String,
}

const TABLE: &str = include_str!("../data/parties.tsv");

/// Parses the table: tab-separated `relation`, `party`, `party`, `why`; `#` comments.
pub fn parse(text: &str) -> Result<Vec<Pair>, String> {
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [relation, a, b, why] = fields[..] else {
            return Err(format!("line {}: expected 4 tab-separated fields", n + 1));
        };
        let relation = match relation {
            "part_of" => Relation::PartOf,
            "confused" => Relation::Confused,
            other => return Err(format!("line {}: unknown relation {other:?}", n + 1)),
        };
        if a.is_empty() || b.is_empty() || why.is_empty() || a.eq_ignore_ascii_case(b) {
            return Err(format!("line {}: two different names and a reason", n + 1));
        }
        pairs.push(Pair {
            relation,
            a: a.to_owned(),
            b: b.to_owned(),
            why: why.to_owned(),
        });
    }
    Ok(pairs)
}

/// The table (checked by the crate's tests; a bad row would leave it empty).
pub fn table() -> &'static [Pair] {
    static PAIRS: OnceLock<Vec<Pair>> = OnceLock::new();
    PAIRS.get_or_init(|| parse(TABLE).unwrap_or_default())
}

/// How the table relates two names (either order), if it does.
pub fn relation(x: &str, y: &str) -> Option<Relation> {
    let (x, y) = (x.trim(), y.trim());
    table()
        .iter()
        .find(|p| {
            (p.a.eq_ignore_ascii_case(x) && p.b.eq_ignore_ascii_case(y))
                || (p.a.eq_ignore_ascii_case(y) && p.b.eq_ignore_ascii_case(x))
        })
        .map(|p| p.relation)
}

/// Words of a full name that an acronym skips.
const MINOR_WORDS: [&str; 9] = ["of", "the", "for", "and", "in", "de", "la", "du", "des"];

/// Whether `short` is an acronym of `long` (a group the lexicon does not know, named
/// in full by one outlet and by its letters by another): three to six capitals, each
/// the initial of one of the full name's words other than "of", "the", "for" and the
/// like, as many as there are such words, in any order (acronyms often follow the
/// group's own language: "FDLR" for the Democratic Forces for the Liberation of
/// Rwanda).
pub fn acronym_of(short: &str, long: &str) -> bool {
    let short = short.trim();
    let len = short.chars().count();
    if !(3..=6).contains(&len) || !short.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let mut initials: Vec<u8> = long
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .filter(|w| !MINOR_WORDS.iter().any(|m| m.eq_ignore_ascii_case(w)))
        .filter_map(|w| w.bytes().next())
        .map(|b| b.to_ascii_uppercase())
        .collect();
    let mut letters: Vec<u8> = short.bytes().collect();
    if initials.len() != letters.len() {
        return false;
    }
    initials.sort_unstable();
    letters.sort_unstable();
    initials == letters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_every_pair_has_a_reason() {
        let pairs = parse(TABLE).expect("data/parties.tsv");
        assert!(pairs.len() >= 10);
        for pair in &pairs {
            assert!(pair.why.len() > 20, "{pair:?}");
        }
        assert!(parse("part_of\tA\tB").is_err());
        assert!(parse("kin_of\tA\tB\ta reason long enough to count").is_err());
        assert!(parse("part_of\tA\ta\ta reason long enough to count").is_err());
    }

    #[test]
    fn names_of_one_party_relate_either_way() {
        assert_eq!(
            relation("Ahlu Sunnah wal Jama'a", "Islamic State"),
            Some(Relation::PartOf)
        );
        assert_eq!(
            relation("Islamic State", "Ahlu Sunnah wal Jama'a"),
            Some(Relation::PartOf)
        );
        assert_eq!(
            relation("Boko Haram", "Islamic State West Africa Province"),
            Some(Relation::Confused)
        );
        // A group and the alliance or umbrella name it fights and claims under.
        assert_eq!(
            relation("Islamic State", "Allied Democratic Forces"),
            Some(Relation::PartOf)
        );
        assert_eq!(
            relation(
                "Three Brotherhood Alliance",
                "Ta'ang National Liberation Army"
            ),
            Some(Relation::PartOf)
        );
        assert_eq!(
            relation("Kata'ib Hezbollah", "Islamic Resistance in Iraq"),
            Some(Relation::PartOf)
        );
        assert_eq!(relation("Houthis", "Hezbollah"), None);
    }

    #[test]
    fn an_acronym_meets_its_full_name_in_either_language_order() {
        assert!(acronym_of(
            "FDLR",
            "Democratic Forces for the Liberation of Rwanda"
        ));
        assert!(acronym_of(
            "CNDP",
            "National Congress for the Defence of the People"
        ));
        assert!(acronym_of("ADF", "Allied Democratic Forces"));
        assert!(!acronym_of("ADF", "Allied Democratic Front of Uganda"));
        assert!(!acronym_of("M23", "March 23 Movement"));
        assert!(!acronym_of("IS", "Islamic State"));
        assert!(!acronym_of("Fano", "Fano"));
    }
}
