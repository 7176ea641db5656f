//! Time expressions in a sentence and their dates, resolved against the article's
//! publication time: "on Thursday", "yesterday", "overnight", "March 3", "in early
//! January", "last year", "two days ago", "one day after", "since December".
//!
//! Weekdays are taken as the latest such day on or before publication, unless the
//! words around them point to the future ("scheduled for Friday", "next Monday").
//! Months and dates without a year that would lie after publication are last year's.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use regex::{Captures, Regex, RegexSet, SetMatches};
use sitrep_contract::DatePrecision;

use crate::text::Words;

/// What a time expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeValue {
    /// A date or period in the past or present.
    Date {
        date: NaiveDate,
        precision: DatePrecision,
    },
    /// "since December": the start of a period; it dates only what follows it.
    Since {
        date: NaiveDate,
        precision: DatePrecision,
    },
    /// A date after publication ("scheduled for Friday").
    Future {
        date: NaiveDate,
        precision: DatePrecision,
    },
    /// "one day after": what follows happened `days` before the anchor event.
    DaysBefore { days: i64 },
    /// "two days later" (+2) or "a day earlier" (-1): relative to the narrative time.
    Shift { days: i64 },
    /// A liveblog entry's time stamp ("11:50 GMT -"): the entry is told on `date`, the
    /// publication day. It dates no act itself: it only tells the day of the news.
    Stamp { date: NaiveDate },
    /// A part of a day named without its day ("in the morning", "during the night",
    /// "in the afternoon", as translated bulletins open): the day the narrative is on,
    /// or with none told before, `date`, the publication day (as "overnight"). A day
    /// named in the same sentence ties it ("in the morning of Tuesday").
    PartOfDay { date: NaiveDate },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: TimeValue,
}

/// The kinds of time expression, one pattern each (`pattern` gives it). `DateReader::find`
/// reads them in this order: where two overlap, the one read first is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    CountOffset,
    DayOffset,
    Numeric,
    MonthDay,
    DayMonth,
    Weekday,
    Month,
    Year,
    EntryTime,
    Deictic,
    Period,
}

impl Kind {
    const ALL: [Kind; 11] = [
        Kind::CountOffset,
        Kind::DayOffset,
        Kind::Numeric,
        Kind::MonthDay,
        Kind::DayMonth,
        Kind::Weekday,
        Kind::Month,
        Kind::Year,
        Kind::EntryTime,
        Kind::Deictic,
        Kind::Period,
    ];
}

/// The compiled patterns: each kind's own regex, for its matches and their groups, and
/// all of them in one set, which tells in a single pass over a sentence which kinds
/// occur in it at all (most sentences hold one or two, many none).
pub struct DateReader {
    /// By kind, in the order of `Kind::ALL`.
    patterns: Vec<Regex>,
    present: RegexSet,
}

/// The months' names, January first: the one list of them in the classifier. The date
/// patterns read them (with their short forms), and so do the rules that tell a month
/// from a place name or name the period a count runs from.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekdays' names, Monday first: the one list of them in the classifier.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True when the lowercase `word` is a month's full name.
pub fn is_month_name(word: &str) -> bool {
    MONTH_NAMES.contains(&word)
}

/// True when the lowercase `word` is a weekday's full name.
pub fn is_weekday_name(word: &str) -> bool {
    WEEKDAY_NAMES.contains(&word)
}

/// The month names of the date patterns as a regex alternation: each month by its first
/// three letters, "sept" too, and its full name ("jan|january|feb|february|...").
fn months_pattern() -> String {
    let mut forms: Vec<&str> = Vec::new();
    for name in MONTH_NAMES {
        forms.push(&name[..3]);
        if name == "september" {
            forms.push("sept");
        }
        if name.len() > 3 {
            forms.push(name);
        }
    }
    forms.join("|")
}

/// The pattern made case-insensitive and with ASCII word boundaries, which lets the
/// regex engine use its fast automata (wire copy's dates are ASCII words).
fn prepared(pattern: &str) -> String {
    format!("(?i){}", pattern.replace(r"\b", r"(?-u:\b)"))
}

/// The number of the month a name or short form stands for, by its first three letters.
fn month_number(name: &str) -> Option<u32> {
    let short = name.get(..3)?;
    let index = MONTH_NAMES
        .iter()
        .position(|month| month[..3].eq_ignore_ascii_case(short))?;
    u32::try_from(index + 1).ok()
}

fn weekday_of(name: &str) -> Option<Weekday> {
    name.to_ascii_lowercase().get(..3)?.parse::<Weekday>().ok()
}

/// Small counts in words or digits ("one", "a", "3").
pub fn small_count(word: &str) -> Option<i64> {
    let value = match word.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" | "the" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fourteen" => 14,
        "thirty" => 30,
        digits => digits.parse::<i64>().ok()?,
    };
    Some(value)
}

fn first_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// The pattern of one kind of time expression, given the month names' alternation and
/// the weekdays'.
fn pattern(kind: Kind, months: &str, weekdays: &str) -> String {
    match kind {
        // "early on Tuesday", "late on Monday", "before dawn on Friday", "in the early
        // hours of Wednesday": the part of the day stays in the text (the incident stage
        // reads the night it may straddle from it).
        Kind::Weekday => format!(
            r"\b(?:(?:early|late|(?:before|at) dawn|in the early hours of)\s+)?(?:(on|last|this|next|early|late|since|until|by|from|for)\s+)?({weekdays})(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?\b"
        ),
        Kind::MonthDay => format!(
            r"\b(?:(on|since|by|until|from)\s+)?({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"
        ),
        // A day in figures with its year: ISO "2025-06-14" (records, translated
        // bulletins) and "14.06.2025" (day first, as European and post-Soviet copy
        // writes it).
        Kind::Numeric => r"\b(?:(on|since|by|until|from)\s+)?(?:((?:19|20)\d{2})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}))\b".to_owned(),
        Kind::DayMonth => format!(
            r"\b(?:(on|since|by|until|from)\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\b(?:,?\s+(\d{{4}})\b)?"
        ),
        Kind::Month => format!(
            r"\b(?:(in|since|during|last|until|by|from|through)\s+)?(?:(?:early|late|mid)[-\s]+)?({months})\b(?:\s+(\d{{4}})\b)?"
        ),
        Kind::Year => r"\b(in|since|during|by|until|from|of|for)\s+((?:19|20)\d{2})\b".to_owned(),
        Kind::Deictic => r"\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today|earlier on \w+day|overnight|at dawn|before dawn|after midnight|in the early hours|within the (?:last|past) hours?|(?:a few|several|two|three) hours ago|(?:during|in|over) the (?:past|last) night|(?:in|during|through|throughout) the (?:night|day|morning|afternoon|evening)|at night)\b".to_owned(),
        // A liveblog entry's time stamp ("11:50 GMT -", "[0930 GMT]", "Update 14:05:").
        Kind::EntryTime => r"^\W{0,2}(?:update\s*:?\s*)?(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc))(?:\s*(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|ist|pkt|msk|wat|eat|local time|local|hrs))?\s*(?:[\])](?:\s*[—–|:-])?|[—–|:-])".to_owned(),
        Kind::Period => r"\b(last|this|earlier this|past|over the|at the|late last|early last)\s+(week|weekend|month|year)\b".to_owned(),
        Kind::CountOffset => r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(ago|earlier|before|after|later)\b".to_owned(),
        Kind::DayOffset => r"\b(the (?:previous|next|following) day|the day (?:before|after)|a day (?:earlier|later))\b".to_owned(),
    }
}

impl DateReader {
    pub fn new() -> Result<Self, regex::Error> {
        let months = months_pattern();
        let weekdays = WEEKDAY_NAMES.join("|");
        let sources: Vec<String> = Kind::ALL
            .iter()
            .map(|&kind| prepared(&pattern(kind, &months, &weekdays)))
            .collect();
        Ok(Self {
            patterns: sources
                .iter()
                .map(|source| Regex::new(source))
                .collect::<Result<_, _>>()?,
            present: RegexSet::new(&sources)?,
        })
    }

    /// The matches of `kind`'s pattern in `text`, none when `present` says it has none.
    fn matches_of<'t>(
        &self,
        kind: Kind,
        present: &SetMatches,
        text: &'t str,
    ) -> impl Iterator<Item = Captures<'t>> + use<'_, 't> {
        let index = kind as usize;
        present
            .matched(index)
            .then(|| self.patterns[index].captures_iter(text))
            .into_iter()
            .flatten()
    }

    /// The day a dateline gives ("BELFAST, 28 FEB 85 (PRESS ASSOCIATION) --"), at the
    /// publication's time of day, when it lies in the fortnight up to publication;
    /// else the publication time. Relative words ("tonight", "yesterday") count from it.
    pub fn dateline_anchor(&self, dateline: &str, published: DateTime<Utc>) -> DateTime<Utc> {
        let today = published.date_naive();
        self.find(dateline, published)
            .into_iter()
            .find_map(|expr| match expr.value {
                TimeValue::Date {
                    date,
                    precision: DatePrecision::Day,
                } if date <= today && today - date <= Duration::days(14) => {
                    Some(date.and_time(published.time()).and_utc())
                }
                _ => None,
            })
            .unwrap_or(published)
    }

    /// Every time expression in the sentence, in order, none overlapping.
    pub fn find_in(&self, words: &Words<'_>, published: DateTime<Utc>) -> Vec<TimeExpr> {
        self.find(words.text, published)
    }

    /// Every time expression in `text`, in order, none overlapping.
    pub fn find(&self, text: &str, published: DateTime<Utc>) -> Vec<TimeExpr> {
        let today = published.date_naive();
        let present = self.present.matches(text);
        let mut found: Vec<TimeExpr> = Vec::new();
        let mut push = |start: usize, end: usize, value: Option<TimeValue>| {
            if let Some(value) = value {
                if !found.iter().any(|f| start < f.end && f.start < end) {
                    found.push(TimeExpr {
                        start,
                        end,
                        text: text[start..end].to_owned(),
                        value,
                    });
                }
            }
        };
        for caps in self.matches_of(Kind::CountOffset, &present, text) {
            let (start, end) = span(&caps);
            push(start, end, count_offset_value(&caps, today));
        }
        for caps in self.matches_of(Kind::DayOffset, &present, text) {
            let (start, end) = span(&caps);
            let phrase = caps.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
            let days = if phrase.contains("previous")
                || phrase.contains("before")
                || phrase.contains("earlier")
            {
                -1
            } else {
                1
            };
            push(start, end, Some(TimeValue::Shift { days }));
        }
        for caps in self.matches_of(Kind::Numeric, &present, text) {
            let (start, end) = span(&caps);
            let number =
                |group: usize| caps.get(group).and_then(|m| m.as_str().parse::<u32>().ok());
            let value = (|| {
                let (year, month, day) = match number(2) {
                    Some(year) => (year, number(3)?, number(4)?),
                    None => (number(7)?, number(6)?, number(5)?),
                };
                let year = i32::try_from(year).ok()?;
                // A day in figures states its year: one after publication is no act's.
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                if date > today + Duration::days(2) {
                    return None;
                }
                day_value(
                    caps.get(1).map(|m| m.as_str()),
                    Some(year),
                    month,
                    day,
                    today,
                )
            })();
            push(start, end, value);
        }
        for caps in self.matches_of(Kind::MonthDay, &present, text) {
            let (start, end) = span(&caps);
            if !capitalized(&caps, 2) {
                continue;
            }
            let value = (|| {
                let month = month_number(caps.get(2)?.as_str())?;
                let day: u32 = caps.get(3)?.as_str().parse().ok()?;
                let year = caps.get(4).and_then(|y| y.as_str().parse::<i32>().ok());
                day_value(caps.get(1).map(|m| m.as_str()), year, month, day, today)
            })();
            push(start, end, value);
        }
        for caps in self.matches_of(Kind::DayMonth, &present, text) {
            let (start, end) = span(&caps);
            if !capitalized(&caps, 3) {
                continue;
            }
            let value = (|| {
                let month = month_number(caps.get(3)?.as_str())?;
                let day: u32 = caps.get(2)?.as_str().parse().ok()?;
                let year = caps.get(4).and_then(|y| y.as_str().parse::<i32>().ok());
                day_value(caps.get(1).map(|m| m.as_str()), year, month, day, today)
            })();
            push(start, end, value);
        }
        for found in self.weekdays(&present, text) {
            let (start, end) = (found.start, found.end);
            let day = &text[found.day.0..found.day.1];
            if !day.starts_with(char::is_uppercase) {
                continue;
            }
            // "the 2019 Easter Sunday bombings", "the 1972 Bloody Sunday": a day named
            // with its year is that year's, no weekday of the last week.
            if let Some(year) = year_of_named_day(&text[..start]) {
                push(
                    start,
                    end,
                    NaiveDate::from_ymd_opt(year, 1, 1).map(|date| TimeValue::Date {
                        date,
                        precision: DatePrecision::Year,
                    }),
                );
                continue;
            }
            let value = (|| {
                let weekday = weekday_of(day)?;
                let prefix = found.lead.map(|(a, b)| text[a..b].to_ascii_lowercase());
                let future = matches!(prefix.as_deref(), Some("next" | "until" | "for"))
                    || future_context(&text[..start]);
                let date = if future {
                    next_weekday(today, weekday)
                } else {
                    last_weekday(today, weekday)
                };
                Some(match prefix.as_deref() {
                    Some("since") => TimeValue::Since {
                        date,
                        precision: DatePrecision::Day,
                    },
                    _ if future => TimeValue::Future {
                        date,
                        precision: DatePrecision::Day,
                    },
                    _ => TimeValue::Date {
                        date,
                        precision: DatePrecision::Day,
                    },
                })
            })();
            push(start, end, value);
        }
        for caps in self.matches_of(Kind::Month, &present, text) {
            let (start, end) = span(&caps);
            if !capitalized(&caps, 2) {
                continue;
            }
            let name = caps.get(2).map_or("", |m| m.as_str());
            let matched = text[start..end].to_ascii_lowercase();
            let has_lead = caps.get(1).is_some()
                || caps.get(3).is_some()
                || ["early", "late", "mid"]
                    .iter()
                    .any(|p| matched.starts_with(p));
            if !has_lead || (name.len() <= 3 && !name.eq_ignore_ascii_case("may")) {
                continue;
            }
            let value = (|| {
                let month = month_number(name)?;
                let year = match caps.get(3).and_then(|y| y.as_str().parse::<i32>().ok()) {
                    Some(year) => year,
                    None if month > today.month() => today.year() - 1,
                    None => today.year(),
                };
                let date = first_of_month(year, month)?;
                let lead = caps.get(1).map(|m| m.as_str().to_ascii_lowercase());
                Some(match lead.as_deref() {
                    Some("since") => TimeValue::Since {
                        date,
                        precision: DatePrecision::Month,
                    },
                    _ => TimeValue::Date {
                        date,
                        precision: DatePrecision::Month,
                    },
                })
            })();
            push(start, end, value);
        }
        for caps in self.matches_of(Kind::Year, &present, text) {
            let (start, end) = span(&caps);
            let value = (|| {
                let year: i32 = caps.get(2)?.as_str().parse().ok()?;
                let date = NaiveDate::from_ymd_opt(year, 1, 1)?;
                let lead = caps.get(1).map(|m| m.as_str().to_ascii_lowercase());
                Some(match lead.as_deref() {
                    Some("since") => TimeValue::Since {
                        date,
                        precision: DatePrecision::Year,
                    },
                    _ => TimeValue::Date {
                        date,
                        precision: DatePrecision::Year,
                    },
                })
            })();
            push(start, end, value);
        }
        // An entry stamped with a time of day is told on the day it is published.
        if let Some(stamp) = self
            .matches_of(Kind::EntryTime, &present, text)
            .next()
            .and_then(|caps| caps.get(0))
        {
            push(
                stamp.start(),
                stamp.end(),
                Some(TimeValue::Stamp { date: today }),
            );
        }
        for caps in self.matches_of(Kind::Deictic, &present, text) {
            let (start, end) = span(&caps);
            let word = caps.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
            // "before dawn on Friday", "in the early hours of Friday": the day named
            // after it dates the act.
            let dawn = word.ends_with("dawn") || word == "in the early hours";
            let after = text[end..].to_ascii_lowercase();
            if dawn && (after.starts_with(" on ") || after.starts_with(" of ")) {
                continue;
            }
            // "overnight" is the night that ends on the day of publication (SPEC.md);
            // "during the past night" is last night.
            let value = if word == "yesterday"
                || word.ends_with("last night")
                || word.ends_with("past night")
            {
                TimeValue::Date {
                    date: today - Duration::days(1),
                    precision: DatePrecision::Day,
                }
            } else if is_part_of_day(&word) {
                TimeValue::PartOfDay { date: today }
            } else {
                TimeValue::Date {
                    date: today,
                    precision: DatePrecision::Day,
                }
            };
            push(start, end, Some(value));
        }
        for caps in self.matches_of(Kind::Period, &present, text) {
            let (start, end) = span(&caps);
            push(start, end, period_value(&caps, today));
        }
        // "which the guerrillas had held since Friday": how long a place was held,
        // the day an act began no act of the text (the retaking ends the holding).
        found.retain(|f| {
            !(matches!(f.value, TimeValue::Since { .. }) && held_before(&text[..f.start]))
        });
        found.sort_by_key(|f| f.start);
        night_of_two_days(text, &mut found);
        range_of_days(text, &mut found);
        // "overnight into Tuesday", "overnight, police said on Wednesday", "in the
        // morning of Tuesday": a night or a part of a day the sentence ties to a day is
        // that day's.
        let tied = found.iter().find_map(|f| match f.value {
            TimeValue::Date {
                date,
                precision: DatePrecision::Day,
            } if !f.text.eq_ignore_ascii_case("overnight") => Some(date),
            _ => None,
        });
        if let Some(day) = tied {
            for f in found.iter_mut() {
                if f.text.eq_ignore_ascii_case("overnight")
                    || matches!(f.value, TimeValue::PartOfDay { .. })
                {
                    f.value = TimeValue::Date {
                        date: day,
                        precision: DatePrecision::Day,
                    };
                }
            }
        }
        found
    }
}

/// The year written right before a weekday, or before the one capitalised word that
/// names the day ("2019 Easter Sunday", "1972 Bloody Sunday"): `before` is the text up
/// to the weekday.
fn year_of_named_day(before: &str) -> Option<i32> {
    let mut words = before.split_whitespace().rev();
    let mut word = words.next()?;
    if word.starts_with(char::is_uppercase) && !word.bytes().any(|b| b.is_ascii_digit()) {
        word = words.next()?;
    }
    let year = word.trim_start_matches(|c: char| !c.is_ascii_digit());
    (year.len() == 4 && (year.starts_with("19") || year.starts_with("20")))
        .then(|| year.parse().ok())
        .flatten()
}

/// True for a part of a day named without its day ("in the morning", "during the
/// night", "at night"), as the deictic pattern reads it (lowercase).
fn is_part_of_day(word: &str) -> bool {
    word == "at night"
        || (word.starts_with("in the ")
            || word.starts_with("during the ")
            || word.starts_with("through the ")
            || word.starts_with("throughout the "))
            && !word.ends_with("early hours")
}

/// "in the night of Tuesday to Wednesday", "during the night from Saturday into
/// Sunday": a night told by the two days it spans is the later day's, as "overnight
/// into Wednesday" is (SPEC.md). The first day of the two takes the second's date.
fn night_of_two_days(text: &str, found: &mut [TimeExpr]) {
    for i in 1..found.len() {
        let (before, after) = found.split_at_mut(i);
        let (first, second) = (&mut before[i - 1], &after[0]);
        let TimeValue::Date {
            date,
            precision: DatePrecision::Day,
        } = second.value
        else {
            continue;
        };
        if !matches!(
            first.value,
            TimeValue::Date {
                precision: DatePrecision::Day,
                ..
            }
        ) {
            continue;
        }
        let gap = text[first.end..second.start].trim().to_ascii_lowercase();
        let lead = text[..first.start].trim_end().to_ascii_lowercase();
        let from = first.text.to_ascii_lowercase().starts_with("from ");
        let night = lead.ends_with("night of")
            || lead.ends_with("night from")
            || (from && lead.ends_with("night"));
        if night && matches!(gap.as_str(), "to" | "into" | "-" | "and") {
            first.value = TimeValue::Date {
                date,
                precision: DatePrecision::Day,
            };
        }
    }
}

/// "between 12 and 14 January", "from 3 to 5 March", "between 9 September and 30
/// November", "12-14 January", "between Monday and Wednesday": a range of days gives no
/// single day of an act (SPEC.md: its date is null). Each day of it becomes a week of
/// the range's last day: a period, which keeps the act from taking a day from the
/// sentences around it.
fn range_of_days(text: &str, found: &mut [TimeExpr]) {
    let is_day = |f: &TimeExpr| {
        matches!(
            f.value,
            TimeValue::Date {
                precision: DatePrecision::Day,
                ..
            }
        )
    };
    let as_range = |f: &mut TimeExpr, last: NaiveDate| {
        f.value = TimeValue::Date {
            date: last,
            precision: DatePrecision::Week,
        };
    };
    for i in 0..found.len() {
        if !is_day(&found[i]) {
            continue;
        }
        let lead = text[..found[i].start].trim_end().to_ascii_lowercase();
        let own = found[i].text.to_ascii_lowercase();
        // Two days told as the ends of one period.
        if i + 1 < found.len() && is_day(&found[i + 1]) {
            let gap = text[found[i].end..found[i + 1].start]
                .trim()
                .to_ascii_lowercase();
            let opens =
                lead.ends_with("between") || lead.ends_with("from") || own.starts_with("from ");
            let night = lead.ends_with("night") || lead.ends_with("night of");
            if opens && !night && matches!(gap.as_str(), "and" | "to" | "until" | "through") {
                if let TimeValue::Date { date: last, .. } = found[i + 1].value {
                    as_range(&mut found[i], last);
                    as_range(&mut found[i + 1], last);
                }
                continue;
            }
        }
        // The first day in figures alone before the second: "between 12 and 14
        // January", "from 3 to 5 March", "12-14 January".
        let Some(TimeValue::Date { date, .. }) = Some(found[i].value) else {
            continue;
        };
        let words: Vec<&str> = lead.split_whitespace().rev().take(3).collect();
        let number = |w: &str| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit())
        };
        let spelled = match words.as_slice() {
            [joint, first, open, ..] => {
                matches!(*joint, "and" | "to" | "until")
                    && number(first)
                    && matches!(*open, "between" | "from")
                    && !lead.ends_with("night of")
            }
            _ => false,
        };
        // "the night of 1-2 February" is one night, the later day's.
        let hyphen = lead
            .strip_suffix(['-', '–'])
            .map(str::trim_end)
            .and_then(|rest| rest.rsplit_once(char::is_whitespace))
            .is_some_and(|(before, last)| number(last) && !before.trim_end().ends_with("night of"));
        if spelled || hyphen {
            as_range(&mut found[i], date);
        }
    }
}

impl DateReader {
    /// The matches of the weekday pattern.
    fn weekdays(&self, present: &SetMatches, text: &str) -> Vec<WeekdayMatch> {
        self.matches_of(Kind::Weekday, present, text)
            .filter_map(|caps| {
                let (start, end) = span(&caps);
                let day = caps.get(2)?;
                Some(WeekdayMatch {
                    start,
                    end,
                    lead: caps.get(1).map(|m| (m.start(), m.end())),
                    day: (day.start(), day.end()),
                })
            })
            .collect()
    }
}

/// A match of the weekday pattern: its span, the word before the weekday ("on",
/// "last" ...) if any, and the weekday's span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WeekdayMatch {
    start: usize,
    end: usize,
    lead: Option<(usize, usize)>,
    day: (usize, usize),
}

fn span(caps: &Captures<'_>) -> (usize, usize) {
    caps.get(0).map_or((0, 0), |m| (m.start(), m.end()))
}

fn capitalized(caps: &Captures<'_>, group: usize) -> bool {
    caps.get(group)
        .is_some_and(|m| m.as_str().starts_with(|c: char| c.is_uppercase()))
}

/// True when a word of holding a place ends `before` ("had held", "controlled",
/// "occupied by the Russian troops", "under their control"): a "since" after it dates
/// the start of the holding, not an act told around it.
fn held_before(before: &str) -> bool {
    const HOLDING: &[&str] = &[
        "held",
        "controlled",
        "occupied",
        "besieged",
        "control",
        "blockaded",
        "encircled",
        "hands",
    ];
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(5)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // People held since a day ("held hostage since October 7") were taken that day:
    // the "since" dates their abduction.
    last.iter().any(|word| HOLDING.contains(&word.as_str()))
        && !last.iter().any(|word| {
            word.starts_with("hostage")
                || word.starts_with("captiv")
                || word.starts_with("prisoner")
        })
}

/// "scheduled for", "will", "due", "planned" shortly before a weekday: the future.
fn future_context(before: &str) -> bool {
    let from = before.char_indices().rev().nth(39).map_or(0, |(at, _)| at);
    let tail = before[from..].to_lowercase();
    FUTURE_WORDS.iter().any(|word| tail.contains(word))
}

/// Words shortly before a weekday that put it in the future ("scheduled for Friday").
const FUTURE_WORDS: [&str; 7] = [
    "scheduled",
    " will ",
    " due ",
    "planned",
    "expected",
    "set for",
    "next ",
];

fn last_weekday(today: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (today.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    today - Duration::days(i64::from(back))
}

fn next_weekday(today: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (weekday.num_days_from_monday() + 7 - today.weekday().num_days_from_monday()) % 7;
    today + Duration::days(i64::from(if ahead == 0 { 7 } else { ahead }))
}

fn day_value(
    lead: Option<&str>,
    year: Option<i32>,
    month: u32,
    day: u32,
    today: NaiveDate,
) -> Option<TimeValue> {
    let year = year.unwrap_or(today.year());
    let mut date = NaiveDate::from_ymd_opt(year, month, day)?;
    if date > today + Duration::days(2) {
        date = NaiveDate::from_ymd_opt(year - 1, month, day)?;
    }
    let precision = DatePrecision::Day;
    Some(match lead.map(str::to_ascii_lowercase).as_deref() {
        Some("since") => TimeValue::Since { date, precision },
        _ => TimeValue::Date { date, precision },
    })
}

fn count_offset_value(caps: &Captures<'_>, today: NaiveDate) -> Option<TimeValue> {
    let count = small_count(caps.get(1)?.as_str())?;
    let unit = caps.get(2)?.as_str().to_ascii_lowercase();
    let days = if unit.starts_with("week") {
        count * 7
    } else {
        count
    };
    let precision = if unit.starts_with("week") {
        DatePrecision::Week
    } else {
        DatePrecision::Day
    };
    Some(match caps.get(3)?.as_str().to_ascii_lowercase().as_str() {
        "ago" => TimeValue::Date {
            date: today - Duration::days(days),
            precision,
        },
        "after" => TimeValue::DaysBefore { days },
        "later" => TimeValue::Shift { days },
        _ => TimeValue::Shift { days: -days },
    })
}

fn period_value(caps: &Captures<'_>, today: NaiveDate) -> Option<TimeValue> {
    let which = caps.get(1)?.as_str().to_ascii_lowercase();
    let unit = caps.get(2)?.as_str().to_ascii_lowercase();
    let last = which.contains("last") || which == "past";
    let (date, precision) = match unit.as_str() {
        "week" if last => (today - Duration::days(7), DatePrecision::Week),
        "week" => (today, DatePrecision::Week),
        "weekend" => (last_weekday(today, Weekday::Sat), DatePrecision::Week),
        "month" if last => {
            let (year, month) = if today.month() == 1 {
                (today.year() - 1, 12)
            } else {
                (today.year(), today.month() - 1)
            };
            (first_of_month(year, month)?, DatePrecision::Month)
        }
        "month" => (
            first_of_month(today.year(), today.month())?,
            DatePrecision::Month,
        ),
        "year" if last => (
            NaiveDate::from_ymd_opt(today.year() - 1, 1, 1)?,
            DatePrecision::Year,
        ),
        "year" => (
            NaiveDate::from_ymd_opt(today.year(), 1, 1)?,
            DatePrecision::Year,
        ),
        _ => return None,
    };
    Some(TimeValue::Date { date, precision })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published() -> DateTime<Utc> {
        // Thursday 12 March 2020, 23:00 UTC, as the seed article.
        "2020-03-12T23:00:00Z".parse().expect("timestamp")
    }

    fn check(text: &str, expected: &[(&str, TimeValue)]) {
        let reader = DateReader::new().expect("regexes");
        let found: Vec<(String, TimeValue)> = reader
            .find(text, published())
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect();
        let expected: Vec<(String, TimeValue)> =
            expected.iter().map(|(t, v)| (t.to_string(), *v)).collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn a_dateline_day_anchors_relative_words() {
        let reader = DateReader::new().expect("regexes");
        let at = |s: &str| s.parse::<DateTime<Utc>>().expect("timestamp");
        let published = at("1985-03-01T06:00:00Z");
        assert_eq!(
            reader.dateline_anchor("BELFAST, 28 FEB 85 (PRESS ASSOCIATION) --", published),
            at("1985-02-28T06:00:00Z")
        );
        // No day, or a day far from publication: the publication time.
        assert_eq!(reader.dateline_anchor("BELFAST --", published), published);
        assert_eq!(
            reader.dateline_anchor("KYIV, May 3 (Reuters) -", published),
            published
        );
    }

    #[test]
    fn future_words_put_a_weekday_ahead() {
        assert!(future_context("a briefing is scheduled for "));
        assert!(future_context("x will "));
        assert!(!future_context("a briefing was held on "));
    }

    fn day(y: i32, m: u32, d: u32) -> TimeValue {
        TimeValue::Date {
            date: NaiveDate::from_ymd_opt(y, m, d).expect("date"),
            precision: DatePrecision::Day,
        }
    }

    fn month(y: i32, m: u32) -> TimeValue {
        TimeValue::Date {
            date: NaiveDate::from_ymd_opt(y, m, 1).expect("date"),
            precision: DatePrecision::Month,
        }
    }

    #[test]
    fn an_entry_stamp_and_the_nights_end_are_the_publication_day() {
        let today = day(2020, 3, 12);
        let stamp = TimeValue::Stamp {
            date: NaiveDate::from_ymd_opt(2020, 3, 12).expect("date"),
        };
        check(
            "11:50 GMT — City authorities now say 23 people were killed",
            &[("11:50 GMT —", stamp)],
        );
        check("[0930 GMT] Shelling resumes", &[("[0930 GMT]", stamp)]);
        check(
            "Update 14:05: drones over the city",
            &[("Update 14:05:", stamp)],
        );
        // A time inside a sentence is no stamp.
        check("The blast at 10:30 - police said - killed two", &[]);
        check(
            "Warplanes struck after midnight",
            &[("after midnight", today)],
        );
        check(
            "Gunmen attacked in the early hours",
            &[("in the early hours", today)],
        );
        check(
            "in the early hours of Wednesday",
            &[("in the early hours of Wednesday", day(2020, 3, 11))],
        );
        check(
            "ended the siege early on Wednesday",
            &[("early on Wednesday", day(2020, 3, 11))],
        );
        check(
            "struck before dawn on Wednesday",
            &[("before dawn on Wednesday", day(2020, 3, 11))],
        );
        check(
            "hit the city late on Wednesday",
            &[("late on Wednesday", day(2020, 3, 11))],
        );
    }

    #[test]
    fn resolves_against_publication() {
        check(
            "The US carried out airstrikes on Thursday against",
            &[("on Thursday", day(2020, 3, 12))],
        );
        check(
            "but Wednesday’s was the first",
            &[("Wednesday’s", day(2020, 3, 11))],
        );
        check(
            "Gunmen struck yesterday",
            &[("yesterday", day(2020, 3, 11))],
        );
        check("shelling overnight", &[("overnight", day(2020, 3, 12))]);
        check(
            "fires started overnight, police said on Wednesday",
            &[
                ("overnight", day(2020, 3, 11)),
                ("on Wednesday", day(2020, 3, 11)),
            ],
        );
        check(
            "on March 3, militants attacked",
            &[("on March 3", day(2020, 3, 3))],
        );
        check("on 3 March 2019", &[("on 3 March 2019", day(2019, 3, 3))]);
        check(
            "brink of war in early January",
            &[("in early January", month(2020, 1))],
        );
        check(
            "the first since December, when",
            &[(
                "since December",
                TimeValue::Since {
                    date: NaiveDate::from_ymd_opt(2019, 12, 1).expect("date"),
                    precision: DatePrecision::Month,
                },
            )],
        );
        check(
            "a briefing is scheduled for Friday morning",
            &[(
                "for Friday morning",
                TimeValue::Future {
                    date: NaiveDate::from_ymd_opt(2020, 3, 13).expect("date"),
                    precision: DatePrecision::Day,
                },
            )],
        );
        check(
            "The strikes come one day after the US",
            &[("one day after", TimeValue::DaysBefore { days: 1 })],
        );
        check("two days ago", &[("two days ago", day(2020, 3, 10))]);
        check(
            "last year",
            &[(
                "last year",
                TimeValue::Date {
                    date: NaiveDate::from_ymd_opt(2019, 1, 1).expect("date"),
                    precision: DatePrecision::Year,
                },
            )],
        );
        check(
            "in 2014 the group",
            &[(
                "in 2014",
                TimeValue::Date {
                    date: NaiveDate::from_ymd_opt(2014, 1, 1).expect("date"),
                    precision: DatePrecision::Year,
                },
            )],
        );
    }

    #[test]
    fn reads_days_in_figures() {
        check(
            "on 2020-03-10, a drone",
            &[("on 2020-03-10", day(2020, 3, 10))],
        );
        check(
            "On 09.03.2020 the enemy",
            &[("On 09.03.2020", day(2020, 3, 9))],
        );
        check("due on 2020-05-02", &[]);
        check("code 2020-13-40", &[]);
    }

    #[test]
    fn how_long_a_place_was_held_dates_nothing() {
        check("which the rebels had held since Friday", &[]);
        check(
            "held hostage since Friday",
            &[(
                "since Friday",
                TimeValue::Since {
                    date: NaiveDate::from_ymd_opt(2020, 3, 6).expect("date"),
                    precision: DatePrecision::Day,
                },
            )],
        );
    }

    #[test]
    fn kinds_index_their_patterns_in_order() {
        for (index, kind) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(kind as usize, index, "{kind:?}");
        }
    }

    #[test]
    fn month_names_give_the_patterns_their_short_forms() {
        assert_eq!(
            months_pattern(),
            "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august\
             |sep|sept|september|oct|october|nov|november|dec|december"
        );
        for (number, name) in (1..).zip(MONTH_NAMES) {
            assert_eq!(month_number(name), Some(number), "{name}");
            assert_eq!(
                month_number(&name[..3].to_uppercase()),
                Some(number),
                "{name}"
            );
        }
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("ma"), None);
        assert!(is_month_name("may") && is_weekday_name("sunday"));
        assert!(!is_month_name("May") && !is_weekday_name("sun"));
    }

    #[test]
    fn ignores_words_that_are_not_dates() {
        check("it may march on", &[]);
        check("the sunday newspaper and a mar", &[]);
    }
}
