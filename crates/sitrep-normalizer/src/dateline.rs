//! Leading datelines: `KYIV, March 3 (Reuters) -`, `BAGHDAD (AP) —`, `MOGADISHU, Somalia —`.
//!
//! A dateline is the place (in capitals, or in any case when an agency follows), optional
//! region and date parts separated by commas, an optional agency in parentheses and a dash.
//! Without an agency the dash is required and the place must be in capitals, so an ordinary
//! sentence is never mistaken for a dateline.

use std::sync::LazyLock;

use regex::Regex;
use sitrep_contract::Dateline;

/// Longest text before the agency or dash that can still be a dateline.
const MAX_HEAD_CHARS: usize = 80;

/// Capitalised words that open a body like a place but are labels.
const NOT_PLACES: &[&str] = &[
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "VIDEO",
    "PHOTOS",
    "CORRECTION",
    "FACTBOX",
    "EXPLAINER",
    "INSIGHT",
    "FILE",
    "NOTE",
];

/// An agency in parentheses: up to six capitalised words or numbers after a first
/// capitalised word (`Reuters`, `AP`, `Agence France-Presse`, `VOICE OF LEBANON / RADIO
/// LEBANON`, `INRAVISION TELEVISION CADENA 1`).
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*\((?P<agency>\p{Lu}[\p{L}\p{N}.&'’/-]*(?: (?:/ )?[\p{Lu}\p{N}][\p{L}\p{N}.&'’/-]*){0,5})\)",
    )
    .expect("the agency pattern is valid")
});

/// Editorial tags that legacy monitoring copy writes before its dateline, each in
/// square brackets and in capitals, the last one maybe followed by a dash: `[TEXT]`,
/// `[REPORT] [BY ROBERTO VALENCIA] --`. They belong to the dateline's text, not to the
/// place. A liveblog's time or label in brackets (`[10:42]`, `[Update]`) is no such tag.
static LEADING_TAGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\[\p{Lu}[\p{Lu} .,'’-]{0,59}\]\s*)+(?:(?:--|[–—])\s*)?")
        .expect("the tags pattern is valid")
});

/// A dash after a dateline: em, en, figure or horizontal bar dash, or a spaced hyphen.
static DASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:--|[-–—‒―])").expect("the dash pattern is valid"));

static CAPS_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}\p{M} .'’/&-]*[\p{Lu}\p{M}.]$").expect("the place pattern is valid")
});

static TITLE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{L}\p{M}.'’-]*){0,3}$")
        .expect("the place pattern is valid")
});

/// A day and month in either order and any case, with a year of two or four digits
/// written in the same part as legacy wire does (`28 FEB 85`).
static DATE_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}",
        r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)",
        r"(?:\s+\d{2}(?:\d{2})?)?$"
    ))
    .expect("the date pattern is valid")
});

static YEAR_PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{4}$").expect("the year pattern is valid"));

static MONTH_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$")
        .expect("the month pattern is valid")
});

/// Splits a leading dateline off `body`; returns it and the rest of the body.
pub fn split_dateline(body: &str) -> Option<(Dateline, &str)> {
    // "[TEXT] SAN SALVADOR, 12 MAR (AFP) --": the tags before the place are read past.
    let tags = LEADING_TAGS.find(body).map_or(0, |found| found.end());
    let head_end = tags + find_head_end(&body[tags..])?;
    let head = &body[tags..head_end];
    let mut rest = &body[head_end..];

    let agency = AGENCY.captures(rest).and_then(|captures| {
        let whole = captures.get(0)?;
        let agency = captures.name("agency")?.as_str().trim().to_owned();
        rest = &rest[whole.end()..];
        Some(agency)
    });
    let dash = DASH.find(rest).filter(|found| {
        // A hyphen must stand apart (`KYIV -`), not join words (`KYIV-based`).
        let after = rest[found.end()..].chars().next();
        found.as_str().trim() != "-" || after.is_none_or(char::is_whitespace)
    });
    if let Some(found) = dash {
        rest = &rest[found.end()..];
    }
    if agency.is_none() && dash.is_none() {
        return None;
    }
    let place = parse_place(head, agency.is_some())?;
    let rest = rest.trim_start();
    if rest.is_empty() {
        return None;
    }
    let text = body[..body.len() - rest.len()].trim().to_owned();
    Some((
        Dateline {
            place,
            agency,
            text,
        },
        rest,
    ))
}

/// The end of the place-and-date part: the first `(` or standalone dash.
fn find_head_end(body: &str) -> Option<usize> {
    for (index, c) in body.char_indices() {
        if index > MAX_HEAD_CHARS || c == '\n' {
            return None;
        }
        let is_dash = matches!(c, '–' | '—' | '‒' | '―')
            || (c == '-'
                && body[..index].ends_with(char::is_whitespace)
                && body[index..]
                    .trim_start_matches('-')
                    .starts_with(char::is_whitespace));
        if c == '(' || is_dash {
            return Some(index - (body[..index].len() - body[..index].trim_end().len()));
        }
    }
    None
}

/// Checks `head` (`KYIV, March 3`) and returns the place as written (`KYIV`,
/// `MOGADISHU, Somalia`). An empty head is allowed before an agency: `(CNN) —`.
fn parse_place(head: &str, has_agency: bool) -> Option<String> {
    let mut parts = head.split(',').map(str::trim);
    let city = parts.next()?;
    if city.is_empty() {
        return (has_agency && head.trim().is_empty()).then(String::new);
    }
    let is_caps =
        CAPS_PLACE.is_match(city) && city.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if !(is_caps || (has_agency && TITLE_PLACE.is_match(city))) || NOT_PLACES.contains(&city) {
        return None;
    }
    let mut place = city.to_owned();
    let mut seen_date = false;
    let mut num_regions = 0;
    for part in parts {
        if DATE_PART.is_match(part) && !seen_date {
            seen_date = true;
        } else if YEAR_PART.is_match(part) && seen_date {
            continue;
        } else if !seen_date
            && num_regions < 2
            && TITLE_PLACE.is_match(part)
            && !MONTH_WORD.is_match(part)
        {
            num_regions += 1;
            place.push_str(", ");
            place.push_str(part);
        } else {
            return None;
        }
    }
    Some(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expected: Option<(&str, Option<&str>, &str, &str)>) {
        let found = split_dateline(body).map(|(dateline, rest)| {
            (
                dateline.place,
                dateline.agency,
                dateline.text,
                rest.to_owned(),
            )
        });
        let expected = expected.map(|(place, agency, text, rest)| {
            (
                place.to_owned(),
                agency.map(str::to_owned),
                text.to_owned(),
                rest.to_owned(),
            )
        });
        assert_eq!(found, expected, "body: {body:?}");
    }

    #[test]
    fn splits_wire_datelines() {
        check(
            "KYIV, March 3 (Reuters) - Russian drones hit the city.",
            Some((
                "KYIV",
                Some("Reuters"),
                "KYIV, March 3 (Reuters) -",
                "Russian drones hit the city.",
            )),
        );
        check(
            "BAGHDAD (AP) — A rocket struck a base.",
            Some((
                "BAGHDAD",
                Some("AP"),
                "BAGHDAD (AP) —",
                "A rocket struck a base.",
            )),
        );
        check(
            "MOGADISHU, Somalia — A car bomb exploded.",
            Some((
                "MOGADISHU, Somalia",
                None,
                "MOGADISHU, Somalia —",
                "A car bomb exploded.",
            )),
        );
        check(
            "KABUL, Afghanistan, Jan. 5, 2024 (AFP) - Gunmen attacked.",
            Some((
                "KABUL, Afghanistan",
                Some("AFP"),
                "KABUL, Afghanistan, Jan. 5, 2024 (AFP) -",
                "Gunmen attacked.",
            )),
        );
        check(
            "BEIRUT/DUBAI, 3 March (Reuters) -- Strikes.",
            Some((
                "BEIRUT/DUBAI",
                Some("Reuters"),
                "BEIRUT/DUBAI, 3 March (Reuters) --",
                "Strikes.",
            )),
        );
        check(
            "Washington (CNN)The US carried out airstrikes.",
            Some((
                "Washington",
                Some("CNN"),
                "Washington (CNN)",
                "The US carried out airstrikes.",
            )),
        );
        check(
            "(CNN) — The US carried out airstrikes.",
            Some(("", Some("CNN"), "(CNN) —", "The US carried out airstrikes.")),
        );
        check(
            "PORT-AU-PRINCE, Haiti — Gangs clashed.",
            Some((
                "PORT-AU-PRINCE, Haiti",
                None,
                "PORT-AU-PRINCE, Haiti —",
                "Gangs clashed.",
            )),
        );
        check(
            "ST. PETERSBURG — Drones.",
            Some(("ST. PETERSBURG", None, "ST. PETERSBURG —", "Drones.")),
        );
        // Legacy wire: the date in capitals, its year in the same part.
        check(
            "BELFAST, 28 FEB 85 (PRESS ASSOCIATION) -- NINE POLICE OFFICERS WERE KILLED.",
            Some((
                "BELFAST",
                Some("PRESS ASSOCIATION"),
                "BELFAST, 28 FEB 85 (PRESS ASSOCIATION) --",
                "NINE POLICE OFFICERS WERE KILLED.",
            )),
        );
        check(
            "BEIRUT, 15 APR 89 (VOICE OF LEBANON / RADIO LEBANON) -- SHELLS FELL.",
            Some((
                "BEIRUT",
                Some("VOICE OF LEBANON / RADIO LEBANON"),
                "BEIRUT, 15 APR 89 (VOICE OF LEBANON / RADIO LEBANON) --",
                "SHELLS FELL.",
            )),
        );
        // Legacy monitoring copy: editorial tags before the dateline, a dateline without
        // a year, an agency with a number in its name.
        check(
            "[TEXT] SAN SALVADOR, 12 MAR (AFP) -- THE ARMY SAID.",
            Some((
                "SAN SALVADOR",
                Some("AFP"),
                "[TEXT] SAN SALVADOR, 12 MAR (AFP) --",
                "THE ARMY SAID.",
            )),
        );
        check(
            "[REPORT] [BY ROBERTO VALENCIA] -- SAN MIGUEL, 20 NOV 90 (EL MUNDO) -- AT 0130.",
            Some((
                "SAN MIGUEL",
                Some("EL MUNDO"),
                "[REPORT] [BY ROBERTO VALENCIA] -- SAN MIGUEL, 20 NOV 90 (EL MUNDO) --",
                "AT 0130.",
            )),
        );
        check(
            "BOGOTA, 2 APR 90 (INRAVISION TELEVISION CADENA 1) -- [TEXT] A GROUP.",
            Some((
                "BOGOTA",
                Some("INRAVISION TELEVISION CADENA 1"),
                "BOGOTA, 2 APR 90 (INRAVISION TELEVISION CADENA 1) --",
                "[TEXT] A GROUP.",
            )),
        );
        check(
            "LIMA, 14 MAY 1991 -- A COLUMN ENTERED THE VILLAGE.",
            Some((
                "LIMA",
                None,
                "LIMA, 14 MAY 1991 --",
                "A COLUMN ENTERED THE VILLAGE.",
            )),
        );
    }

    #[test]
    fn leaves_ordinary_sentences_alone() {
        check(
            "The US carried out airstrikes on Thursday - officials said.",
            None,
        );
        check(
            "Officials (speaking anonymously) said the strike hit.",
            None,
        );
        check("BREAKING — Explosion reported.", None);
        check("NATO-led forces withdrew.", None);
        check("KYIV -based analysts said.", None);
        check("KYIV, March 3 (Reuters) -", None);
        check("", None);
        check("Baghdad — no agency and not in capitals.", None);
        // Tags alone are no dateline, nor a tagged sentence.
        check("[TEXT] THE ARMY SAID TODAY THAT 11 GUERRILLAS DIED.", None);
        check("[PASSAGES OMITTED] THE COLONEL SAID.", None);
        check("[10:42] KYIV — Explosions were heard.", None);
        check("[Update] KYIV — Explosions were heard.", None);
    }
}
