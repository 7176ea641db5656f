//! When an event happened, as an interval of days that holds its uncertainty.
//!
//! Each report's interval comes from its own wording. A date read from the text at day
//! precision is that day. A report whose text gives no day (a null date; or, in records
//! written before dates could be null, the publication day with no words) stands at its
//! publication day, the weak fallback: it may be that day or the two before, since wires
//! publish overnight and teasers and database notes come late; with only a week or a
//! month in its text, any day of the two weeks or two months before publication. A night
//! may be dated by either of its two days: "on Monday night" is Monday or Tuesday;
//! "overnight" in a report of the morning after is that day or the one before. So may
//! the hours either side of midnight: "early Tuesday" (or "before dawn on Tuesday") is
//! Tuesday or the Monday night another outlet dates it by, "late Monday" Monday or
//! Tuesday. The day the words name stays the likelier one ([`stated_day`]): a match
//! only on the other day is weaker evidence (`index/score.rs`). Week and month
//! precision widen to that span either way. Year precision is too vague to merge
//! anything: such events stay alone.
//!
//! An afternoon and the hours around midnight are hours apart ([`hours_apart`]): a
//! report of one does not join an incident a report told at the other.
//!
//! An incident's interval is the intersection of its reports' intervals: it narrows
//! as precise reports arrive and never widens, so an "overnight" report that could be
//! Monday or Tuesday does not let Tuesday's attack join Monday's once another report
//! has said Monday.

use sitrep_contract::{DatePrecision, IncidentReport, OccurredOn};

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

    /// The days both hold, or None when they hold none in common.
    pub fn intersect(self, other: DayInterval) -> Option<DayInterval> {
        let span = DayInterval {
            first: self.first.max(other.first),
            last: self.last.min(other.last),
        };
        (span.first <= span.last).then_some(span)
    }

    /// How many days it holds.
    pub fn days(self) -> i32 {
        self.last - self.first + 1
    }
}

pub fn day_number(date: chrono::NaiveDate) -> i32 {
    chrono::Datelike::num_days_from_ce(&date)
}

/// How many days before its publication a report whose text gives no day may tell of:
/// wires publish overnight, and a teaser or a database note may come out two days
/// after the act. The second day back is weak: it needs more evidence to join
/// (`index/score.rs`).
pub const UNDATED_DAYS_BEFORE: i32 = 2;

/// Whether a report gives no day of its own (it stands at its publication day).
pub fn undated(occurred_on: &OccurredOn) -> bool {
    occurred_on.date.is_none() || occurred_on.text.is_none()
}

/// The days an event published on `published` may have happened on, or None when it
/// is too vague to merge.
pub fn interval(occurred_on: &OccurredOn, published: chrono::NaiveDate) -> Option<DayInterval> {
    let Some(date) = occurred_on.date else {
        let before = match occurred_on.precision {
            None | Some(DatePrecision::Day) => UNDATED_DAYS_BEFORE,
            Some(DatePrecision::Week) => 14,
            Some(DatePrecision::Month) => 62,
            Some(DatePrecision::Year) => return None,
        };
        let published = day_number(published);
        return Some(DayInterval {
            first: published - before,
            last: published,
        });
    };
    let day = day_number(date);
    let part = occurred_on.text.as_deref().map(part_of_day);
    let (before, after) = match occurred_on.precision.unwrap_or(DatePrecision::Day) {
        DatePrecision::Day if occurred_on.text.is_none() => (UNDATED_DAYS_BEFORE, 0),
        // A night straddles two dates: outlets date it by either. "Overnight" or "last
        // night" dated the day it was published is the night that just ended; a night
        // named by its day ("on Monday night" told on Monday) or "tonight" is the night
        // that begins that evening, as is a night dated earlier.
        DatePrecision::Day
            if part == Some(DayPart::Night)
                && date >= published
                && night_just_ended(occurred_on) =>
        {
            (1, 0)
        }
        DatePrecision::Day if part == Some(DayPart::Night) => (0, 1),
        // "Early Wednesday" is the small hours another outlet calls Tuesday night;
        // "late Tuesday" the hours before or after midnight another calls Wednesday.
        DatePrecision::Day if part == Some(DayPart::Early) => (1, 0),
        DatePrecision::Day if part == Some(DayPart::Late) => (0, 1),
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

/// The part of a day a date's words name, when it lies next to another date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayPart {
    /// A night ("overnight", "on Monday night", "last night", "tonight").
    Night,
    /// The small hours ("early Wednesday", "at dawn", "before dawn", "in the early
    /// hours"; "after midnight" is read as a night).
    Early,
    /// The end of a day ("late Tuesday", "late on Tuesday").
    Late,
    /// The afternoon: that day only, and hours apart from the night either side.
    Afternoon,
    /// Any other time of a day: that day only.
    Day,
}

fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

fn part_of_day(text: &str) -> DayPart {
    let contains = |needle: &[u8]| {
        text.as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
    };
    if contains(b"night") {
        DayPart::Night
    } else if has_word(text, "early") || contains(b"dawn") {
        DayPart::Early
    } else if has_word(text, "late") {
        DayPart::Late
    } else if contains(b"afternoon") {
        DayPart::Afternoon
    } else {
        DayPart::Day
    }
}

/// Whether a night's words ("overnight", "last night", "in the night") tell the night
/// before the report rather than the one a day's name or "tonight" tells.
fn night_just_ended(occurred_on: &OccurredOn) -> bool {
    let text = occurred_on
        .text
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    !text.contains("tonight")
        && !text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.ends_with("day") && w != "today" && w != "yesterday")
}

/// Whether two reports' words put their acts at hours that cannot be one: one in an
/// afternoon, the other in the hours around midnight ("late on Sunday", "early on
/// Monday", "overnight"). A strike near midnight and the next afternoon's strike on the
/// same city are two, though the night's report may be dated by either day.
pub fn hours_apart(a: &OccurredOn, b: &OccurredOn) -> bool {
    let part = |o: &OccurredOn| o.text.as_deref().map_or(DayPart::Day, part_of_day);
    let around_midnight = |p: DayPart| matches!(p, DayPart::Night | DayPart::Early | DayPart::Late);
    match (part(a), part(b)) {
        (DayPart::Afternoon, other) | (other, DayPart::Afternoon) => around_midnight(other),
        _ => false,
    }
}

/// Whether a report's words name a part of the day [`hours_apart`] compares: an
/// afternoon or the hours around midnight.
pub fn timed(occurred_on: &OccurredOn) -> bool {
    let part = occurred_on
        .text
        .as_deref()
        .map_or(DayPart::Day, part_of_day);
    part != DayPart::Day
}

/// The day a report's own words name (its date read from the text), when they name one:
/// the likeliest of its interval's days.
pub fn stated_day(occurred_on: &OccurredOn) -> Option<i32> {
    match (occurred_on.date, occurred_on.precision, &occurred_on.text) {
        (Some(date), Some(DatePrecision::Day), Some(_)) => Some(day_number(date)),
        _ => None,
    }
}

/// The days a report's event may have happened on, from its own wording.
pub fn of_report(report: &IncidentReport) -> Option<DayInterval> {
    interval(&report.occurred_on, report.published_at.date_naive())
}

/// The days every report of an incident allows: the intersection of theirs (reports
/// too vague to merge are left out). Reports that joined always overlapped it; if a
/// correction leaves none in common, the most precise report's days stand.
pub fn of_incident(reports: &[IncidentReport]) -> Option<DayInterval> {
    let mut spans = reports.iter().filter_map(of_report);
    let first = spans.next()?;
    let mut narrowest = first;
    let mut common = Some(first);
    for span in spans {
        if span.days() < narrowest.days() {
            narrowest = span;
        }
        common = common.and_then(|c| c.intersect(span));
    }
    Some(common.unwrap_or(narrowest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn on(date: &str, precision: DatePrecision, text: Option<&str>) -> OccurredOn {
        OccurredOn {
            date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date")),
            precision: Some(precision),
            text: text.map(str::to_owned),
        }
    }

    #[test]
    fn a_report_without_a_day_stands_at_its_publication_day() {
        let published = NaiveDate::from_ymd_opt(2024, 3, 5).expect("date");
        let span = |o: &OccurredOn| interval(o, published);
        let days = |first: i32, last: i32| {
            Some(DayInterval {
                first: day_number(published) - first,
                last: day_number(published) - last,
            })
        };
        assert_eq!(span(&OccurredOn::unknown()), days(2, 0));
        let period = |precision, text: &str| OccurredOn {
            date: None,
            precision: Some(precision),
            text: Some(text.to_owned()),
        };
        assert_eq!(span(&period(DatePrecision::Week, "last week")), days(14, 0));
        assert_eq!(
            span(&period(DatePrecision::Month, "last month")),
            days(62, 0)
        );
        assert_eq!(span(&period(DatePrecision::Year, "this year")), None);
        // A record written before dates could be null: the publication day, no words.
        assert_eq!(
            span(&on("2024-03-05", DatePrecision::Day, None)),
            days(2, 0)
        );
    }

    #[test]
    fn intervals_hold_the_uncertainty_of_each_precision() {
        let tuesday = on("2024-03-05", DatePrecision::Day, Some("on Tuesday"));
        let monday = on("2024-03-04", DatePrecision::Day, Some("on Monday"));
        let fallback = on("2024-03-05", DatePrecision::Day, None);
        let week = on("2024-03-01", DatePrecision::Week, Some("last week"));
        let published = NaiveDate::from_ymd_opt(2024, 3, 5).expect("date");
        let span = |o: &OccurredOn| interval(o, published).expect("interval");
        assert!(!span(&tuesday).overlaps(span(&monday)));
        assert!(span(&fallback).overlaps(span(&monday)));
        assert!(span(&fallback).overlaps(span(&tuesday)));
        assert!(span(&week).overlaps(span(&tuesday)));
        assert_eq!(
            interval(
                &on("2024-03-05", DatePrecision::Year, Some("this year")),
                published
            ),
            None
        );
        assert_eq!(span(&tuesday).gap(span(&monday)), 1);
        let monday_night = on("2024-03-04", DatePrecision::Day, Some("on Monday night"));
        assert!(span(&monday_night).overlaps(span(&tuesday)));
        assert!(span(&monday_night).overlaps(span(&monday)));
        // "Overnight" in Tuesday morning's report: the night from Monday.
        let overnight = on("2024-03-05", DatePrecision::Day, Some("overnight"));
        assert_eq!(span(&overnight), span(&monday_night));
        // "On Tuesday night" or "tonight" told on Tuesday: the night into Wednesday.
        let tuesday_night = on("2024-03-05", DatePrecision::Day, Some("on Tuesday night"));
        let tonight = on("2024-03-05", DatePrecision::Day, Some("tonight"));
        let wednesday = DayInterval {
            first: day_number(published) + 1,
            last: day_number(published) + 1,
        };
        assert!(span(&tuesday_night).overlaps(wednesday) && span(&tonight).overlaps(wednesday));
        assert!(!span(&tuesday_night).overlaps(span(&monday)));
        // The hours either side of midnight: "early Tuesday" and "late Monday" are the
        // same two days; "on Tuesday morning" and "on Monday evening" one day each.
        let early = on("2024-03-05", DatePrecision::Day, Some("early Tuesday"));
        let late = on("2024-03-04", DatePrecision::Day, Some("late on Monday"));
        let dawn = on(
            "2024-03-05",
            DatePrecision::Day,
            Some("before dawn on Tuesday"),
        );
        assert_eq!(span(&early), span(&monday_night));
        assert_eq!(span(&late), span(&monday_night));
        assert_eq!(span(&dawn), span(&monday_night));
        let morning = on("2024-03-05", DatePrecision::Day, Some("on Tuesday morning"));
        let evening = on("2024-03-04", DatePrecision::Day, Some("on Monday evening"));
        assert_eq!(span(&morning), span(&tuesday));
        assert_eq!(span(&evening), span(&monday));
        assert_eq!(stated_day(&early), Some(day_number(published)));
        // An afternoon and the hours around midnight are two acts' times.
        let afternoon = on(
            "2024-03-05",
            DatePrecision::Day,
            Some("on Tuesday afternoon"),
        );
        assert!(hours_apart(&afternoon, &early) && hours_apart(&late, &afternoon));
        assert!(hours_apart(&overnight, &afternoon));
        assert!(!hours_apart(&afternoon, &tuesday) && !hours_apart(&morning, &early));
        assert_eq!(stated_day(&fallback), None);
    }

    #[test]
    fn an_incidents_interval_narrows_and_never_widens() {
        let night = DayInterval {
            first: 10,
            last: 11,
        };
        let monday = DayInterval {
            first: 10,
            last: 10,
        };
        let tuesday = DayInterval {
            first: 11,
            last: 11,
        };
        assert_eq!(night.intersect(monday), Some(monday));
        assert_eq!(monday.intersect(tuesday), None);
        assert_eq!(night.days(), 2);
    }
}
