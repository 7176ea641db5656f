//! Entry dates as feeds actually write them. RSS asks for RFC 822 and Atom for RFC 3339;
//! feeds also send timezone abbreviations (`CET`, `IST`, `AEST`), US zones without a
//! season (`ET`, `PT`), offsets after `GMT` (`GMT+0300`), weekdays that do not match the
//! date or are not English, ISO dates without seconds, asctime, days without a time, and
//! dates with no offset at all. feed-rs is handed this parser so every such date is
//! understood or left out, never guessed from the fetch.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};

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

/// US zone names without a season (`ET`, `PT`): standard hours from UTC, with daylight
/// time as the date's US rule says.
const US_ZONES: &[(&str, i32)] = &[("ET", -5), ("CT", -6), ("MT", -7), ("PT", -8)];

/// Longest text read as a date: anything longer is not one.
const MAX_DATE_CHARS: usize = 100;

/// Parses an entry date; `None` when it cannot be read for sure.
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_DATE_CHARS {
        return None;
    }
    if let Ok(date) = DateTime::parse_from_rfc3339(text) {
        return Some(date.with_timezone(&Utc));
    }
    if let Ok(date) = DateTime::parse_from_rfc2822(text) {
        return Some(date.with_timezone(&Utc));
    }
    parse_iso(text).or_else(|| parse_words(text))
}

/// Where a date's offset comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Zone {
    /// None written: read as UTC.
    Unstated,
    Fixed(FixedOffset),
    /// A US zone name without a season: standard hours from UTC.
    Us(i32),
}

impl Zone {
    fn to_utc(self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        let offset = match self {
            Zone::Unstated => return Some(local.and_utc()),
            Zone::Fixed(offset) => offset,
            Zone::Us(standard_hours) => {
                let hours = standard_hours + i32::from(us_daylight_time(local));
                FixedOffset::east_opt(hours * 3600)?
            }
        };
        local
            .and_local_timezone(offset)
            .single()
            .map(|date| date.with_timezone(&Utc))
    }
}

/// ISO 8601 as feeds write it: `2020-03-10`, then `T` or a space and a time with or
/// without seconds (or only the hour), then `Z`, an offset or a zone name.
fn parse_iso(text: &str) -> Option<DateTime<Utc>> {
    let bytes = text.as_bytes();
    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let date = NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = &text[10..];
    let Some(rest) = rest.strip_prefix(['T', 't', ' ']) else {
        return rest
            .is_empty()
            .then(|| date.and_time(NaiveTime::MIN).and_utc());
    };
    let time_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let (time_text, zone_text) = rest.split_at(time_len);
    let time = parse_time(time_text)?;
    let zone_text = zone_text.trim();
    let zone = if zone_text.is_empty() {
        Zone::Unstated
    } else {
        parse_zone(zone_text)?
    };
    zone.to_utc(date.and_time(time))
}

/// `HH`, `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`.
fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.replace(',', ".");
    let mut parts = text.splitn(3, ':');
    let hour: u32 = parse_digits(parts.next()?, 1..=2)?;
    let minute: u32 = parts
        .next()
        .map_or(Some(0), |part| parse_digits(part, 2..=2))?;
    let (second, nanos) = match parts.next() {
        None => (0, 0),
        Some(part) => {
            let (whole, fraction) = part.split_once('.').unwrap_or((part, ""));
            let second: u32 = parse_digits(whole, 2..=2)?;
            let nanos = if fraction.is_empty() {
                0
            } else {
                let digits: String = fraction.chars().take(9).collect();
                let value: u32 = parse_digits(&digits, 1..=9)?;
                value * 10u32.pow(9 - digits.len() as u32)
            };
            // A leap second is read as the second before.
            (second.min(59), nanos)
        }
    };
    NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
}

fn parse_digits<T: std::str::FromStr>(
    text: &str,
    len: std::ops::RangeInclusive<usize>,
) -> Option<T> {
    (len.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// A zone as written after a time: `Z`, `+03:00`, `+0300`, `-05`, `GMT+3`, `UTC-05:00`, a
/// known abbreviation, or a US zone without a season.
fn parse_zone(text: &str) -> Option<Zone> {
    let upper = text.to_ascii_uppercase();
    if let Some((_, offset)) = ZONES.iter().find(|(name, _)| *name == upper) {
        return numeric_offset(offset).map(Zone::Fixed);
    }
    if let Some((_, hours)) = US_ZONES.iter().find(|(name, _)| *name == upper) {
        return Some(Zone::Us(*hours));
    }
    let numeric = ["GMT", "UTC", "UT"]
        .iter()
        .find_map(|prefix| upper.strip_prefix(prefix))
        .filter(|rest| rest.starts_with(['+', '-']))
        .unwrap_or(&upper);
    numeric_offset(numeric).map(Zone::Fixed)
}

/// `+03:00`, `+0300`, `+03` or `+3` as an offset.
fn numeric_offset(text: &str) -> Option<FixedOffset> {
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits = text[1..].replace(':', "");
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes): (i32, i32) = match digits.len() {
        1 | 2 => (parse_digits(&digits, 1..=2)?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (
                parse_digits(&digits[..split], 1..=2)?,
                parse_digits(&digits[split..], 2..=2)?,
            )
        }
        _ => return None,
    };
    if hours > 14 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// Whether a local time in a US zone falls in daylight time: from 2007 from the second
/// Sunday of March to the first Sunday of November, before that from the first Sunday
/// of April to the last Sunday of October, at 2 a.m. local time.
fn us_daylight_time(local: NaiveDateTime) -> bool {
    let year = local.year();
    let (start, end) = if year >= 2007 {
        (nth_sunday(year, 3, 2), nth_sunday(year, 11, 1))
    } else {
        (nth_sunday(year, 4, 1), last_sunday(year, 10))
    };
    let at_two = |day: Option<NaiveDate>| day.and_then(|day| day.and_hms_opt(2, 0, 0));
    match (at_two(start), at_two(end)) {
        (Some(start), Some(end)) => local >= start && local < end,
        _ => false,
    }
}

fn nth_sunday(year: i32, month: u32, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n as u8)
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    (1..=5)
        .rev()
        .find_map(|n| NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n))
}

/// Dates written in words, in any order feeds use: RFC 822 and its variants (`Tue, 10
/// Mar 2020 10:00 GMT+0300`, RFC 850's `10-Mar-20`), asctime (`Tue Mar 10 10:00:00
/// 2020`), date(1) (`… 10:00:00 UTC 2020`) and plain days (`10 Mar 2020`, `March 10,
/// 2020`). Every word must be understood: one that is not makes the date unreadable.
fn parse_words(text: &str) -> Option<DateTime<Utc>> {
    let text = match text.find('(') {
        Some(at) if text.ends_with(')') => text[..at].trim_end(),
        _ => text,
    };
    // A leading word before a comma is a weekday, in any language.
    let text = match text.split_once(',') {
        Some((head, rest)) if head.chars().all(char::is_alphabetic) => rest,
        _ => text,
    };
    let mut day = None;
    let mut month = None;
    let mut year = None;
    let mut time = None;
    let mut zone = Zone::Unstated;
    let mut zone_seen = false;
    let words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .flat_map(split_dashed_date);
    for word in words {
        let word = word.trim_end_matches('.');
        if word.contains(':') && word.starts_with(|c: char| c.is_ascii_digit()) {
            if time.is_some() {
                return None;
            }
            time = Some(parse_time(word)?);
        } else if word.bytes().all(|b| b.is_ascii_digit()) {
            match word.len() {
                4 if year.is_none() => year = Some(word.parse::<i32>().ok()?),
                1 | 2 if day.is_none() => day = Some(word.parse::<u32>().ok()?),
                2 if year.is_none() => year = Some(two_digit_year(word.parse().ok()?)),
                _ => return None,
            }
        } else if let Some(found) = month_number(word) {
            if month.replace(found).is_some() {
                return None;
            }
        } else if is_weekday(word) {
        } else {
            if zone_seen {
                return None;
            }
            zone = parse_zone(word)?;
            zone_seen = true;
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    zone.to_utc(date.and_time(time.unwrap_or(NaiveTime::MIN)))
}

/// RFC 850's `10-Mar-20` as three words; any other word as it is.
fn split_dashed_date(word: &str) -> Vec<&str> {
    let parts: Vec<&str> = word.split('-').collect();
    let is_dashed_date = parts.len() == 3
        && parts[0].bytes().all(|b| b.is_ascii_digit())
        && month_number(parts[1]).is_some()
        && parts[2].bytes().all(|b| b.is_ascii_digit());
    if is_dashed_date {
        parts
    } else {
        vec![word]
    }
}

fn two_digit_year(year: i32) -> i32 {
    if year < 70 {
        2000 + year
    } else {
        1900 + year
    }
}

/// A word names a month when chrono reads it as one (the English name or its first three
/// letters, any case), or it is `Sept`.
fn month_number(word: &str) -> Option<u32> {
    if word.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    word.parse::<chrono::Month>()
        .ok()
        .map(|month| month.number_from_month())
}

/// A word names a weekday when chrono reads it as one (the English name or its first three
/// letters, any case), or it is one of the four-letter forms `Tues` and `Thur`, or `Thurs`.
fn is_weekday(word: &str) -> bool {
    ["tues", "thur", "thurs"]
        .iter()
        .any(|form| word.eq_ignore_ascii_case(form))
        || word.parse::<Weekday>().is_ok()
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
    fn reads_the_odd_dates_feedparser_reads() {
        // ISO 8601 without seconds, or with only the hour.
        check("2020-03-10T10:00Z", Some("2020-03-10T10:00:00Z"));
        check("2020-03-10T10:00+01:00", Some("2020-03-10T09:00:00Z"));
        check("2020-03-10 10:00Z", Some("2020-03-10T10:00:00Z"));
        check("2020-03-10T10Z", Some("2020-03-10T10:00:00Z"));
        check("2020-03-10T10:00:00.000-0500", Some("2020-03-10T15:00:00Z"));
        check("2020-03-10 10:00:00 EST", Some("2020-03-10T15:00:00Z"));
        // asctime, and date(1) with the zone before the year.
        check("Tue Mar 10 10:00:00 2020", Some("2020-03-10T10:00:00Z"));
        check("Tue Mar  3 10:00:00 2020", Some("2020-03-03T10:00:00Z"));
        check("Tue Mar 10 10:00:00 UTC 2020", Some("2020-03-10T10:00:00Z"));
        // A day without a time.
        check("10 Mar 2020", Some("2020-03-10T00:00:00Z"));
        check("March 10, 2020", Some("2020-03-10T00:00:00Z"));
        // Offsets written after GMT or UTC.
        check(
            "Tue, 10 Mar 2020 10:00:00 GMT+0300",
            Some("2020-03-10T07:00:00Z"),
        );
        check(
            "Tue, 10 Mar 2020 10:00:00 GMT-05:00",
            Some("2020-03-10T15:00:00Z"),
        );
        check("10 Mar 2020 10:00:00 UTC+3", Some("2020-03-10T07:00:00Z"));
        // Month spellings.
        check("10 Sept 2020 10:00:00 GMT", Some("2020-09-10T10:00:00Z"));
        check(
            "Tue, 10 Mar. 2020 10:00:00 GMT",
            Some("2020-03-10T10:00:00Z"),
        );
        check(
            "tue, 10 mar 2020 10:00:00 gmt",
            Some("2020-03-10T10:00:00Z"),
        );
        // US zones without a season: daylight time from the second Sunday of March
        // (8 March 2020) to the first Sunday of November.
        check("Tue, 10 Mar 2020 10:00:00 ET", Some("2020-03-10T14:00:00Z"));
        check("Fri, 10 Jan 2020 10:00:00 PT", Some("2020-01-10T18:00:00Z"));
        check("Tue, 10 Mar 2020 10:00 CT", Some("2020-03-10T15:00:00Z"));
        check("Sat, 7 Mar 2020 10:00 MT", Some("2020-03-07T17:00:00Z"));
        // A two-digit year, RFC 850 dashes, a trailing comment.
        check("Tue, 10 Mar 20 10:00:00 GMT", Some("2020-03-10T10:00:00Z"));
        check(
            "Tuesday, 10-Mar-20 10:00:00 GMT",
            Some("2020-03-10T10:00:00Z"),
        );
        check(
            "Tue, 10 Mar 2020 10:00:00 +0000 (UTC)",
            Some("2020-03-10T10:00:00Z"),
        );
    }

    #[test]
    fn leaves_out_what_it_cannot_read() {
        check("", None);
        check("yesterday", None);
        check("Thu, 12 Mar 2020 23:00:00 AST", None);
        check("32 Mar 2020 23:00:00 GMT", None);
        check(&"9".repeat(200), None);
        check("Tue, 10 Mar 2020 at 10:00 GMT", None);
        check("10 Mar", None);
        check("Mar 2020 10:00", None);
        check("10 Mar 2020 10:00 GMT+25", None);
        check("2020-03-10T10:00 Mars", None);
        check("2020-03-10T1\u{e9}:00", None);
        check("10 Mar 2020 10:00 +\u{e9}\u{e9}", None);
    }
}
