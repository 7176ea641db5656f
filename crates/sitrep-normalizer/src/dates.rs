//! The publication date an article carries: the entry's own date when it is believable,
//! else the fetch time, flagged as an estimate.

use chrono::{DateTime, Duration, TimeZone, Utc};

/// How far past the fetch time an entry's date may lie (clock skew between publisher and us).
const MAX_FUTURE_SKEW: Duration = Duration::minutes(10);

/// The first moment a date is believed: earlier ones are the zero values of date types
/// (year 1, spreadsheets' 1899-12-30 and 1900-01-01), not dates. Archive feeds reach back
/// to the 1980s, so the bound is about sense, not about when the web began.
const EARLIEST_BELIEVABLE: (i32, u32, u32) = (1900, 1, 2);

/// The publication date and whether it is an estimate (the fetch time).
pub fn publication_date(
    published: Option<DateTime<Utc>>,
    updated: Option<DateTime<Utc>>,
    fetched_at: DateTime<Utc>,
) -> (DateTime<Utc>, bool) {
    let (year, month, day) = EARLIEST_BELIEVABLE;
    let earliest_believable = Utc.with_ymd_and_hms(year, month, day, 0, 0, 0).single();
    // Checked: a fetch time at the end of chrono's range must not overflow.
    let latest_believable = fetched_at
        .checked_add_signed(MAX_FUTURE_SKEW)
        .unwrap_or(fetched_at);
    let believable = |date: &&DateTime<Utc>| {
        **date <= latest_believable
            && earliest_believable.is_none_or(|earliest| **date >= earliest)
            // The Unix epoch to the second is a clock's zero value (a timestamp of 0).
            && date.timestamp() != 0
    };
    match [published.as_ref(), updated.as_ref()]
        .into_iter()
        .flatten()
        .find(believable)
    {
        Some(date) => (*date, false),
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

    #[test]
    fn legacy_archive_dates_are_kept_and_zero_values_are_not() {
        check(
            Some("1989-02-15T09:00:00Z"),
            None,
            ("1989-02-15T09:00:00Z", false),
        );
        check(
            Some("1990-08-02T05:00:00Z"),
            None,
            ("1990-08-02T05:00:00Z", false),
        );
        check(
            Some("1900-06-01T00:00:00Z"),
            None,
            ("1900-06-01T00:00:00Z", false),
        );
        // Zero values of date types and clocks: year 1, 1899-12-30/31 and 1900-01-01
        // (spreadsheets and databases), the Unix epoch itself.
        for zero in [
            "0001-01-01T00:00:00Z",
            "1899-12-30T00:00:00Z",
            "1900-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z",
        ] {
            check(Some(zero), None, ("2020-03-13T00:00:00Z", true));
        }
        // The updated date stands in for a zero-valued published date.
        check(
            Some("0001-01-01T00:00:00Z"),
            Some("1989-11-09T18:00:00Z"),
            ("1989-11-09T18:00:00Z", false),
        );
    }
}
