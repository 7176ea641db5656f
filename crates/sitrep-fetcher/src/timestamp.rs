//! Entry dates as feeds actually write them. RSS asks for RFC 822 and Atom for RFC 3339;
//! feeds also send timezone abbreviations (`CET`, `IST`, `AEST`), weekdays that do not
//! match the date or are not English, and dates with no offset at all. feed-rs is handed
//! this parser so every such date is understood or left out, never guessed from the fetch.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};

/// Timezone abbreviations seen in feeds, with their offsets. Ambiguous ones take the
/// reading news feeds use most (`IST` is India, `BST` is British summer time); `AST` is
/// left out (Atlantic or Arabia).
const ZONES: &[(&str, &str)] = &[
    ("UT", "+0000"),
    ("UTC", "+0000"),
    ("GMT", "+0000"),
    ("Z", "+0000"),
    ("WET", "+0000"),
    ("WEST", "+0100"),
    ("BST", "+0100"),
    ("CET", "+0100"),
    ("WAT", "+0100"),
    ("CEST", "+0200"),
    ("EET", "+0200"),
    ("CAT", "+0200"),
    ("SAST", "+0200"),
    ("EEST", "+0300"),
    ("MSK", "+0300"),
    ("EAT", "+0300"),
    ("IDT", "+0300"),
    ("TRT", "+0300"),
    ("GST", "+0400"),
    ("PKT", "+0500"),
    ("IST", "+0530"),
    ("ICT", "+0700"),
    ("WIB", "+0700"),
    ("HKT", "+0800"),
    ("SGT", "+0800"),
    ("PHT", "+0800"),
    ("AWST", "+0800"),
    ("JST", "+0900"),
    ("KST", "+0900"),
    ("ACST", "+0930"),
    ("AEST", "+1000"),
    ("AEDT", "+1100"),
    ("NZST", "+1200"),
    ("NZDT", "+1300"),
    ("EST", "-0500"),
    ("EDT", "-0400"),
    ("CST", "-0600"),
    ("CDT", "-0500"),
    ("MST", "-0700"),
    ("MDT", "-0600"),
    ("PST", "-0800"),
    ("PDT", "-0700"),
    ("AKST", "-0900"),
    ("AKDT", "-0800"),
    ("HST", "-1000"),
];

/// Formats with an offset, tried after the weekday is dropped and any zone made numeric.
const ZONED_FORMATS: &[&str] = &[
    "%d %b %Y %H:%M:%S %z",
    "%d %b %Y %H:%M %z",
    "%d %B %Y %H:%M:%S %z",
    "%d %B %Y %H:%M %z",
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S%z",
];

/// Formats without an offset: read as UTC.
const NAIVE_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%d %b %Y %H:%M:%S",
    "%d %b %Y %H:%M",
];

/// Parses an entry date; `None` when it cannot be read for sure.
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() || text.len() > 64 {
        return None;
    }
    if let Ok(date) = DateTime::parse_from_rfc3339(text) {
        return Some(date.with_timezone(&Utc));
    }
    if let Ok(date) = DateTime::parse_from_rfc2822(text) {
        return Some(date.with_timezone(&Utc));
    }
    let cleaned = numeric_zone(without_weekday(text));
    for format in ZONED_FORMATS {
        if let Ok(date) = DateTime::<FixedOffset>::parse_from_str(&cleaned, format) {
            return Some(date.with_timezone(&Utc));
        }
    }
    for format in NAIVE_FORMATS {
        if let Ok(date) = NaiveDateTime::parse_from_str(&cleaned, format) {
            return Some(date.and_utc());
        }
    }
    NaiveDate::parse_from_str(&cleaned, "%Y-%m-%d")
        .ok()
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map(|date| date.and_utc())
}

/// `12 Mar 2020 …` from `Thu, 12 Mar 2020 …` (or `Donnerstag, 12 Mar 2020 …`).
fn without_weekday(text: &str) -> &str {
    match text.split_once(',') {
        Some((head, rest)) if head.chars().all(char::is_alphabetic) => rest.trim_start(),
        _ => text,
    }
}

/// The text with a trailing zone abbreviation replaced by its offset, and `+05:30`-style
/// offsets written without the colon; single spaces throughout.
fn numeric_zone(text: &str) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    if let Some(last) = words.last_mut() {
        let upper = last.to_ascii_uppercase();
        if let Some((_, offset)) = ZONES.iter().find(|(name, _)| *name == upper) {
            *last = (*offset).to_owned();
        } else if last.len() == 6 && last.starts_with(['+', '-']) && last.as_bytes()[3] == b':' {
            last.remove(3);
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<&str>) {
        let found = parse_timestamp(text).map(|date| date.to_rfc3339());
        let expected = expected.map(|date| {
            DateTime::parse_from_rfc3339(date)
                .expect("a test date")
                .with_timezone(&Utc)
                .to_rfc3339()
        });
        assert_eq!(found, expected, "{text:?}");
    }

    #[test]
    fn reads_the_dates_feeds_send() {
        check(
            "Thu, 12 Mar 2020 23:00:00 GMT",
            Some("2020-03-12T23:00:00Z"),
        );
        check("2020-03-12T23:00:00Z", Some("2020-03-12T23:00:00Z"));
        check(
            "2020-03-12T23:00:00.123+01:00",
            Some("2020-03-12T22:00:00.123Z"),
        );
        check(
            "Thu, 12 Mar 2020 19:00:00 EDT",
            Some("2020-03-12T23:00:00Z"),
        );
        check(
            "Fri, 13 Mar 2020 00:00:00 CET",
            Some("2020-03-12T23:00:00Z"),
        );
        check(
            "Fri, 13 Mar 2020 04:30:00 IST",
            Some("2020-03-12T23:00:00Z"),
        );
        check(
            "Fri, 13 Mar 2020 10:00:00 AEDT",
            Some("2020-03-12T23:00:00Z"),
        );
        check(
            "Mon, 12 Mar 2020 23:00:00 GMT",
            Some("2020-03-12T23:00:00Z"),
        );
        check(
            "Donnerstag, 12 Mar 2020 23:00:00 +0000",
            Some("2020-03-12T23:00:00Z"),
        );
        check("12 March 2020 23:00 +0000", Some("2020-03-12T23:00:00Z"));
        check(
            "Thu, 12 Mar 2020 23:00:00 +00:00",
            Some("2020-03-12T23:00:00Z"),
        );
        check("2020-03-12 23:00:00", Some("2020-03-12T23:00:00Z"));
        check("2020-03-12T23:00:00+0100", Some("2020-03-12T22:00:00Z"));
        check("2020-03-12", Some("2020-03-12T00:00:00Z"));
        check(
            "  Thu,  12 Mar 2020   23:00:00   GMT ",
            Some("2020-03-12T23:00:00Z"),
        );
    }

    #[test]
    fn leaves_out_what_it_cannot_read() {
        check("", None);
        check("yesterday", None);
        check("Thu, 12 Mar 2020 23:00:00 AST", None);
        check("32 Mar 2020 23:00:00 GMT", None);
        check(&"9".repeat(200), None);
    }
}
