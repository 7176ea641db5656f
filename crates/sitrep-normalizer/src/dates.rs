//! The publication date an article carries: the entry's own date when it is believable,
//! else the fetch time, flagged as an estimate.

use chrono::{DateTime, Duration, TimeZone, Utc};

/// How far past the fetch time an entry's date may lie (clock skew between publisher and us).
const MAX_FUTURE_SKEW: Duration = Duration::minutes(10);

/// The publication date and whether it is an estimate (the fetch time).
pub fn publication_date(
    published: Option<DateTime<Utc>>,
    updated: Option<DateTime<Utc>>,
    fetched_at: DateTime<Utc>,
) -> (DateTime<Utc>, bool) {
    // Dates before the web had news feeds are a publisher's zero value, not a date.
    let earliest_believable = Utc.with_ymd_and_hms(1995, 1, 1, 0, 0, 0).single();
    // Checked: a fetch time at the end of chrono's range must not overflow.
    let latest_believable = fetched_at
        .checked_add_signed(MAX_FUTURE_SKEW)
        .unwrap_or(fetched_at);
    let believable = |date: &DateTime<Utc>| {
        *date <= latest_believable && earliest_believable.is_none_or(|earliest| *date >= earliest)
    };
    match published.or(updated).filter(believable) {
        Some(date) => (date, false),
        None => (fetched_at, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("a test date")
            .with_timezone(&Utc)
    }

    fn check(published: Option<&str>, updated: Option<&str>, expected: (&str, bool)) {
        let fetched_at = at("2020-03-13T00:00:00Z");
        let found = publication_date(published.map(at), updated.map(at), fetched_at);
        assert_eq!(
            found,
            (at(expected.0), expected.1),
            "published {published:?} updated {updated:?}"
        );
    }

    #[test]
    fn picks_a_believable_date() {
        check(
            Some("2020-03-12T23:00:00Z"),
            Some("2020-03-12T23:30:00Z"),
            ("2020-03-12T23:00:00Z", false),
        );
        check(
            None,
            Some("2020-03-12T23:30:00Z"),
            ("2020-03-12T23:30:00Z", false),
        );
        check(None, None, ("2020-03-13T00:00:00Z", true));
        check(
            Some("2020-03-13T00:05:00Z"),
            None,
            ("2020-03-13T00:05:00Z", false),
        );
        check(
            Some("2020-03-14T00:00:00Z"),
            None,
            ("2020-03-13T00:00:00Z", true),
        );
        check(
            Some("1970-01-01T00:00:00Z"),
            None,
            ("2020-03-13T00:00:00Z", true),
        );
    }
}
