//! When an event happened, as an interval of days that holds its uncertainty.
//!
//! A date read from the text at day precision is that day. A date the classifier fell
//! back on (no date words: the publication day) may be the day before, since wires
//! publish overnight. A night ("overnight", "on Monday night") may be dated by either of
//! its two days. Week and month precision widen to that span either way. Year
//! precision is too vague to merge anything: such events stay alone.

use sitrep_contract::{DatePrecision, OccurredOn};

/// Closed interval of days since the Common Era.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayInterval {
    pub first: i32,
    pub last: i32,
}

impl DayInterval {
    pub fn overlaps(self, other: DayInterval) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    /// Days between the intervals' middles (0 when they are the same day).
    pub fn gap(self, other: DayInterval) -> i32 {
        ((self.first + self.last) - (other.first + other.last)).abs() / 2
    }
}

pub fn day_number(date: chrono::NaiveDate) -> i32 {
    chrono::Datelike::num_days_from_ce(&date)
}

/// The days an event may have happened on, or None when it is too vague to merge.
pub fn interval(occurred_on: &OccurredOn) -> Option<DayInterval> {
    let day = day_number(occurred_on.date);
    let overnight = occurred_on
        .text
        .as_deref()
        .is_some_and(|text| text.to_ascii_lowercase().contains("night"));
    let (before, after) = match occurred_on.precision {
        DatePrecision::Day if occurred_on.text.is_none() => (1, 0),
        // A night straddles two dates: outlets date it by either.
        DatePrecision::Day if overnight => (0, 1),
        DatePrecision::Day => (0, 0),
        DatePrecision::Week => (7, 7),
        DatePrecision::Month => (31, 31),
        DatePrecision::Year => return None,
    };
    Some(DayInterval {
        first: day - before,
        last: day + after,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn on(date: &str, precision: DatePrecision, text: Option<&str>) -> OccurredOn {
        OccurredOn {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date"),
            precision,
            text: text.map(str::to_owned),
        }
    }

    #[test]
    fn intervals_hold_the_uncertainty_of_each_precision() {
        let tuesday = on("2024-03-05", DatePrecision::Day, Some("on Tuesday"));
        let monday = on("2024-03-04", DatePrecision::Day, Some("on Monday"));
        let published = on("2024-03-05", DatePrecision::Day, None);
        let week = on("2024-03-01", DatePrecision::Week, Some("last week"));
        let span = |o: &OccurredOn| interval(o).expect("interval");
        assert!(!span(&tuesday).overlaps(span(&monday)));
        assert!(span(&published).overlaps(span(&monday)));
        assert!(span(&published).overlaps(span(&tuesday)));
        assert!(span(&week).overlaps(span(&tuesday)));
        assert_eq!(
            interval(&on("2024-03-05", DatePrecision::Year, Some("this year"))),
            None
        );
        assert_eq!(span(&tuesday).gap(span(&monday)), 1);
        let overnight = on("2024-03-04", DatePrecision::Day, Some("overnight"));
        assert!(span(&overnight).overlaps(span(&tuesday)));
        assert!(span(&overnight).overlaps(span(&monday)));
    }
}
