//! Time expressions in a sentence and their dates, resolved against the article's
//! publication time: "on Thursday", "yesterday", "overnight", "March 3", "in early
//! January", "last year", "two days ago", "one day after", "since December".
//!
//! Weekdays are taken as the latest such day on or before publication, unless the
//! words around them point to the future ("scheduled for Friday", "next Monday").
//! Months and dates without a year that would lie after publication are last year's.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc, Weekday};
use regex::{Captures, Regex};
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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: TimeValue,
}

pub struct DateReader {
    /// For each lowercase first byte, the `TRIGGERS` that start with it, each with
    /// its second byte: most sentences name no day, month or year, and one quick
    /// pass over their word starts tells which patterns can match, so the others
    /// are not run at all.
    triggers_by_first_byte: Vec<Vec<(u8, usize)>>,
    /// A bit for the first three bytes of each trigger word (all thirds for a word
    /// of two), each byte folded to its low five bits (`prefix_index`): most words
    /// are turned away by it.
    trigger_prefixes: Box<[u64; 512]>,
    weekday: Regex,
    month_day: Regex,
    day_month: Regex,
    month: Regex,
    year: Regex,
    deictic: Regex,
    period: Regex,
    count_offset: Regex,
    day_offset: Regex,
}

/// The patterns as bits of a mask.
const WEEKDAY: u16 = 1 << 0;
const MONTH_DAY: u16 = 1 << 1;
const DAY_MONTH: u16 = 1 << 2;
const MONTH: u16 = 1 << 3;
const YEAR: u16 = 1 << 4;
const DEICTIC: u16 = 1 << 5;
const PERIOD: u16 = 1 << 6;
const COUNT_OFFSET: u16 = 1 << 7;
const DAY_OFFSET: u16 = 1 << 8;
const ALL_PATTERNS: u16 = (1 << 9) - 1;

/// For each pattern, words one of which every match of it contains, each after a
/// character that is not a letter or digit (a space, a hyphen, the start): the
/// weekday or month named, the unit counted, the digits a year starts with. A
/// sentence with none of a pattern's words cannot match it. ASCII letters fold case.
const TRIGGERS: &[(&str, u16)] = &[
    ("monday", WEEKDAY),
    ("tuesday", WEEKDAY),
    ("wednesday", WEEKDAY),
    ("thursday", WEEKDAY),
    ("friday", WEEKDAY),
    ("saturday", WEEKDAY),
    ("sunday", WEEKDAY),
    ("jan", MONTH_DAY | DAY_MONTH | MONTH),
    ("feb", MONTH_DAY | DAY_MONTH | MONTH),
    ("mar", MONTH_DAY | DAY_MONTH | MONTH),
    ("apr", MONTH_DAY | DAY_MONTH | MONTH),
    ("may", MONTH_DAY | DAY_MONTH | MONTH),
    ("jun", MONTH_DAY | DAY_MONTH | MONTH),
    ("jul", MONTH_DAY | DAY_MONTH | MONTH),
    ("aug", MONTH_DAY | DAY_MONTH | MONTH),
    ("sep", MONTH_DAY | DAY_MONTH | MONTH),
    ("oct", MONTH_DAY | DAY_MONTH | MONTH),
    ("nov", MONTH_DAY | DAY_MONTH | MONTH),
    ("dec", MONTH_DAY | DAY_MONTH | MONTH),
    ("19", YEAR),
    ("20", YEAR),
    ("yesterday", DEICTIC),
    ("today", DEICTIC),
    ("tonight", DEICTIC),
    ("night", DEICTIC),
    ("overnight", DEICTIC),
    ("morning", DEICTIC),
    ("afternoon", DEICTIC),
    ("evening", DEICTIC),
    ("earlier", DEICTIC),
    ("dawn", DEICTIC),
    ("week", PERIOD | COUNT_OFFSET),
    ("month", PERIOD),
    ("year", PERIOD),
    ("day", COUNT_OFFSET | DAY_OFFSET),
];

/// The only characters outside ASCII that a case-insensitive pattern takes for an
/// ASCII letter: the long s for "s" and the Kelvin sign for "k". A sentence with
/// one of them runs every pattern, since the trigger words are matched in ASCII.
const ASCII_FOLDING: [char; 2] = ['\u{17F}', '\u{212A}'];

const MONTHS: &str = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";

/// Compiles with ASCII word boundaries, which lets the regex engine use its fast
/// automata (wire copy's dates are ASCII words).
fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&format!("(?i){}", pattern.replace(r"\b", r"(?-u:\b)")))
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    let month = match lower.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(month)
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

/// True when `run`, a whole run of ASCII letters and digits that starts with the
/// trigger word `trigger`, is a word its patterns can match whole: in every
/// pattern the word a trigger starts (a weekday, a month, a unit, a year of four
/// digits, "yesterday" ...) ends where the run does (at a word boundary, a period
/// or white space).
fn fits_whole(trigger: &str, run: &[u8]) -> bool {
    let any = |words: &[&str]| words.iter().any(|w| run.eq_ignore_ascii_case(w.as_bytes()));
    match trigger {
        "19" | "20" => run.len() == 4 && run.iter().all(u8::is_ascii_digit),
        "week" => any(&["week", "weeks", "weekend"]),
        "day" => any(&["day", "days"]),
        "jan" => any(&["jan", "january"]),
        "feb" => any(&["feb", "february"]),
        "mar" => any(&["mar", "march"]),
        "apr" => any(&["apr", "april"]),
        "jun" => any(&["jun", "june"]),
        "jul" => any(&["jul", "july"]),
        "aug" => any(&["aug", "august"]),
        "sep" => any(&["sep", "sept", "september"]),
        "oct" => any(&["oct", "october"]),
        "nov" => any(&["nov", "november"]),
        "dec" => any(&["dec", "december"]),
        // The weekdays, "may", the words of time of day and "month", "year".
        other => run.eq_ignore_ascii_case(other.as_bytes()),
    }
}

/// The place of three bytes in `DateReader::trigger_prefixes`: the low five bits
/// of each, which are the same for an ASCII letter in either case.
fn prefix_index(first: u8, second: u8, third: u8) -> usize {
    usize::from(first & 31) << 10 | usize::from(second & 31) << 5 | usize::from(third & 31)
}

fn first_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

impl DateReader {
    pub fn new() -> Result<Self, regex::Error> {
        let mut triggers_by_first_byte = vec![Vec::new(); 256];
        let mut trigger_prefixes = Box::new([0u64; 512]);
        for (index, (word, _)) in TRIGGERS.iter().enumerate() {
            if let [first, second, ref rest @ ..] = *word.as_bytes() {
                triggers_by_first_byte[usize::from(first)].push((second, index));
                let thirds = match rest.first() {
                    Some(&third) => third..=third,
                    None => 0..=u8::MAX,
                };
                for third in thirds {
                    let prefix = prefix_index(first, second, third);
                    trigger_prefixes[prefix / 64] |= 1 << (prefix % 64);
                }
            }
        }
        Ok(Self {
            triggers_by_first_byte,
            trigger_prefixes,
            weekday: compile(
                r"\b(?:(on|last|this|next|early|late|since|until|by|from|for)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?\b",
            )?,
            month_day: compile(&format!(
                r"\b(?:(on|since|by|until|from)\s+)?({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"
            ))?,
            day_month: compile(&format!(
                r"\b(?:(on|since|by|until|from)\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\b(?:,?\s+(\d{{4}})\b)?"
            ))?,
            month: compile(&format!(
                r"\b(?:(in|since|during|last|until|by|from|through)\s+)?(?:(?:early|late|mid)[-\s]+)?({MONTHS})\b(?:\s+(\d{{4}})\b)?"
            ))?,
            year: compile(r"\b(in|since|during|by|until|from|of|for)\s+((?:19|20)\d{2})\b")?,
            deictic: compile(
                r"\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today|earlier on \w+day|overnight|at dawn|before dawn)\b",
            )?,
            period: compile(
                r"\b(last|this|earlier this|past|over the|at the|late last|early last)\s+(week|weekend|month|year)\b",
            )?,
            count_offset: compile(
                r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(ago|earlier|before|after|later)\b",
            )?,
            day_offset: compile(
                r"\b(the (?:previous|next|following) day|the day (?:before|after)|a day (?:earlier|later))\b",
            )?,
        })
    }

    /// The patterns that may match `text` (bits as in `TRIGGERS`).
    fn candidates(&self, text: &str, run_starts: Option<&[usize]>) -> u16 {
        let bytes = text.as_bytes();
        let mut mask = 0;
        match run_starts {
            // In ASCII text the places after a character that is not an ASCII
            // letter or digit are exactly where `Words` saw runs of letters and
            // digits start.
            Some(run_starts) if text.is_ascii() => {
                for &start in run_starts {
                    mask |= self.triggers_at(bytes, start, true);
                }
            }
            _ => {
                if !text.is_ascii() && ASCII_FOLDING.iter().any(|&c| text.contains(c)) {
                    return ALL_PATTERNS;
                }
                // Every trigger word starts with a letter or digit, after a
                // character that is not an ASCII letter or digit.
                let mut previous_is_word = false;
                for (start, &byte) in bytes.iter().enumerate() {
                    let is_word = byte.is_ascii_alphanumeric();
                    if is_word && !previous_is_word {
                        mask |= self.triggers_at(bytes, start, false);
                    }
                    previous_is_word = is_word;
                }
            }
        }
        mask
    }

    /// The patterns of the trigger words that start at `start` (bits as in
    /// `TRIGGERS`); most words are turned away by their first three bytes. With
    /// `whole_words` (ASCII text), a trigger counts only when the word it starts is
    /// one a pattern can match whole (`fits_whole`), not when it only starts it
    /// ("decided", "separate", "mayor").
    #[inline]
    fn triggers_at(&self, bytes: &[u8], start: usize, whole_words: bool) -> u16 {
        let byte = bytes[start];
        // Letters and digits have the 0x20 bit of their lowercase form set.
        let second = bytes.get(start + 1).map_or(0, |&b| b | 0x20);
        let third = bytes.get(start + 2).copied().unwrap_or(0);
        let prefix = prefix_index(byte, second, third);
        if self.trigger_prefixes[prefix / 64] & (1 << (prefix % 64)) == 0 {
            return 0;
        }
        self.trigger_words_at(bytes, start, byte | 0x20, second, whole_words)
    }

    #[inline(never)]
    fn trigger_words_at(
        &self,
        bytes: &[u8],
        start: usize,
        first: u8,
        second: u8,
        whole_words: bool,
    ) -> u16 {
        let mut mask = 0;
        for &(expected, index) in &self.triggers_by_first_byte[usize::from(first)] {
            if expected != second {
                continue;
            }
            let (word, bits) = TRIGGERS[index];
            if bytes[start..]
                .get(..word.len())
                .is_some_and(|found| found.eq_ignore_ascii_case(word.as_bytes()))
            {
                if whole_words {
                    let end = bytes[start..]
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .map_or(bytes.len(), |at| start + at);
                    if !fits_whole(word, &bytes[start..end]) {
                        continue;
                    }
                }
                mask |= bits;
            }
        }
        mask
    }

    /// The same as `find(words.text, published)`, from the word starts `Words` found.
    pub fn find_in(&self, words: &Words<'_>, published: DateTime<Utc>) -> Vec<TimeExpr> {
        self.read(words.text, Some(&words.run_starts), published)
    }

    /// Every time expression in `text`, in order, none overlapping.
    #[cfg(test)]
    pub fn find(&self, text: &str, published: DateTime<Utc>) -> Vec<TimeExpr> {
        self.read(text, None, published)
    }

    fn read<'r>(
        &'r self,
        text: &str,
        run_starts: Option<&[usize]>,
        published: DateTime<Utc>,
    ) -> Vec<TimeExpr> {
        let which = self.candidates(text, run_starts);
        if which == 0 {
            return Vec::new();
        }
        // A pattern runs over the text only if one of its trigger words is in it.
        let run = |pattern: u16, regex: &'r Regex| {
            (which & pattern != 0)
                .then(|| regex.captures_iter(text))
                .into_iter()
                .flatten()
        };
        let today = published.date_naive();
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
        for caps in run(COUNT_OFFSET, &self.count_offset) {
            let (start, end) = span(&caps);
            push(start, end, count_offset_value(&caps, today));
        }
        for caps in run(DAY_OFFSET, &self.day_offset) {
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
        for caps in run(MONTH_DAY, &self.month_day) {
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
        for caps in run(DAY_MONTH, &self.day_month) {
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
        for found in self.weekdays(which, text, run_starts) {
            let (start, end) = (found.start, found.end);
            let day = &text[found.day.0..found.day.1];
            if !day.starts_with(char::is_uppercase) {
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
        for caps in run(MONTH, &self.month) {
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
        for caps in run(YEAR, &self.year) {
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
        for caps in run(DEICTIC, &self.deictic) {
            let (start, end) = span(&caps);
            let word = caps.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
            // "before dawn on Friday": the day named after it dates the act.
            let dawn = word.ends_with("dawn");
            if dawn && text[end..].to_ascii_lowercase().starts_with(" on ") {
                continue;
            }
            let date = match word.as_str() {
                "yesterday" | "last night" => today - Duration::days(1),
                // Dawn in a morning story is this morning's; a night runs from the day before.
                "overnight" if published.hour() < 12 => today - Duration::days(1),
                _ => today,
            };
            push(
                start,
                end,
                Some(TimeValue::Date {
                    date,
                    precision: DatePrecision::Day,
                }),
            );
        }
        for caps in run(PERIOD, &self.period) {
            let (start, end) = span(&caps);
            push(start, end, period_value(&caps, today));
        }
        found.sort_by_key(|f| f.start);
        found
    }
}

impl DateReader {
    /// The matches of the weekday pattern, when `which` lets it run: in ASCII text
    /// whose word starts are known, read by hand (the same matches as the regex's,
    /// without its cost); else by the regex.
    fn weekdays(&self, which: u16, text: &str, run_starts: Option<&[usize]>) -> Vec<WeekdayMatch> {
        if which & WEEKDAY == 0 {
            return Vec::new();
        }
        match run_starts {
            Some(run_starts) if text.is_ascii() => weekday_matches_ascii(text, run_starts),
            _ => self
                .weekday
                .captures_iter(text)
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
                .collect(),
        }
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

/// The words that may lead a weekday in the weekday pattern.
const WEEKDAY_LEADS: [&str; 11] = [
    "on", "last", "this", "next", "early", "late", "since", "until", "by", "from", "for",
];
const TIMES_OF_DAY: [&str; 4] = ["morning", "afternoon", "evening", "night"];

/// White space as the regex's `\s` takes it, in ASCII.
fn is_regex_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// A word character of an ASCII `\b`.
fn is_regex_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn has_at(bytes: &[u8], at: usize, word: &str) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|found| found.eq_ignore_ascii_case(word.as_bytes()))
}

/// A word boundary at `at`, after a word character.
fn boundary_after(bytes: &[u8], at: usize) -> bool {
    bytes.get(at).is_none_or(|&b| !is_regex_word(b))
}

/// The weekday named at `at`, in any case (its first two letters tell which).
fn weekday_name_at(bytes: &[u8], at: usize) -> Option<&'static str> {
    let first = bytes.get(at)? | 0x20;
    let second = bytes.get(at + 1)? | 0x20;
    let day = match (first, second) {
        (b'm', b'o') => "monday",
        (b't', b'u') => "tuesday",
        (b'w', b'e') => "wednesday",
        (b't', b'h') => "thursday",
        (b'f', b'r') => "friday",
        (b's', b'a') => "saturday",
        (b's', b'u') => "sunday",
        _ => return None,
    };
    has_at(bytes, at, day).then_some(day)
}

/// The end of a weekday match whose weekday ends at `day_end`: its ending ("'s",
/// " morning") taken as the regex does, greedily, so that a word boundary follows.
fn weekday_match_end(bytes: &[u8], day_end: usize) -> Option<usize> {
    let possessive =
        bytes.get(day_end) == Some(&b'\'') && matches!(bytes.get(day_end + 1), Some(b's' | b'S'));
    let endings = if possessive {
        [Some(day_end + 2), Some(day_end)]
    } else {
        [Some(day_end), None]
    };
    for after_day in endings.into_iter().flatten() {
        if bytes.get(after_day).is_some_and(|&b| is_regex_space(b)) {
            let mut time_at = after_day;
            while bytes.get(time_at).is_some_and(|&b| is_regex_space(b)) {
                time_at += 1;
            }
            if let Some(time) = TIMES_OF_DAY.iter().find(|t| has_at(bytes, time_at, t)) {
                let end = time_at + time.len();
                if boundary_after(bytes, end) {
                    return Some(end);
                }
            }
        }
        if boundary_after(bytes, after_day) {
            return Some(after_day);
        }
    }
    None
}

/// The lead word and the white space before a weekday at `day`, when they are
/// there ("on Monday"): the span of the lead word.
fn weekday_lead(bytes: &[u8], day: usize) -> Option<(usize, usize)> {
    let mut lead_end = day;
    while lead_end > 0 && is_regex_space(bytes[lead_end - 1]) {
        lead_end -= 1;
    }
    if lead_end == day {
        return None;
    }
    WEEKDAY_LEADS.iter().find_map(|lead| {
        let start = lead_end.checked_sub(lead.len())?;
        let word_start = start == 0 || !is_regex_word(bytes[start - 1]);
        (word_start && has_at(bytes, start, lead)).then_some((start, lead_end))
    })
}

/// The matches of the weekday pattern in ASCII `text`, leftmost first and not
/// overlapping, as the regex finds them; `run_starts` are where its runs of letters
/// and digits start (`Words::run_starts`), where every weekday starts. Every match
/// holds a weekday, so the leftmost one is that of the first weekday that can end
/// one, led by its lead word when that lies after the previous match.
fn weekday_matches_ascii(text: &str, run_starts: &[usize]) -> Vec<WeekdayMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    for &day in run_starts {
        if day < from {
            continue;
        }
        let Some(name) = weekday_name_at(bytes, day) else {
            continue;
        };
        if day > 0 && is_regex_word(bytes[day - 1]) {
            continue;
        }
        let Some(end) = weekday_match_end(bytes, day + name.len()) else {
            continue;
        };
        let lead = weekday_lead(bytes, day).filter(|&(start, _)| start >= from);
        found.push(WeekdayMatch {
            start: lead.map_or(day, |(start, _)| start),
            end,
            lead,
            day: (day, day + name.len()),
        });
        from = end;
    }
    found
}

fn span(caps: &Captures<'_>) -> (usize, usize) {
    caps.get(0).map_or((0, 0), |m| (m.start(), m.end()))
}

fn capitalized(caps: &Captures<'_>, group: usize) -> bool {
    caps.get(group)
        .is_some_and(|m| m.as_str().starts_with(|c: char| c.is_uppercase()))
}

/// "scheduled for", "will", "due", "planned" shortly before a weekday: the future.
fn future_context(before: &str) -> bool {
    // The last 40 characters, lowercased in a buffer of their at most 160 bytes.
    let from = before.char_indices().rev().nth(39).map_or(0, |(at, _)| at);
    let tail = &before.as_bytes()[from..];
    let mut buffer = [0u8; 160];
    let lower = &mut buffer[..tail.len()];
    lower.copy_from_slice(tail);
    lower.make_ascii_lowercase();
    // One pass over the tail: only where one of the words' first bytes stands can
    // one of them start.
    (0..lower.len()).any(|at| {
        let rest = &lower[at..];
        matches!(rest[0], b's' | b' ' | b'p' | b'e' | b'n')
            && FUTURE_WORDS.iter().any(|w| rest.starts_with(w.as_bytes()))
    })
}

/// Words shortly before a weekday that put it in the future ("scheduled for
/// Friday"); `future_context` knows their first bytes.
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

    /// Every pattern that matches `text` is among those its trigger words let run.
    fn check_triggers(text: &str) {
        let reader = DateReader::new().expect("regexes");
        let patterns = [
            (WEEKDAY, &reader.weekday),
            (MONTH_DAY, &reader.month_day),
            (DAY_MONTH, &reader.day_month),
            (MONTH, &reader.month),
            (YEAR, &reader.year),
            (DEICTIC, &reader.deictic),
            (PERIOD, &reader.period),
            (COUNT_OFFSET, &reader.count_offset),
            (DAY_OFFSET, &reader.day_offset),
        ];
        let candidates = reader.candidates(text, None);
        let words = Words::new(text);
        let from_words = reader.candidates(text, Some(&words.run_starts));
        // Whole words (in ASCII text) let fewer patterns run, never more.
        assert_eq!(from_words & !candidates, 0, "in {text:?}");
        for (bit, regex) in patterns {
            if regex.is_match(text) {
                assert_ne!(candidates & bit, 0, "{} in {text:?}", regex.as_str());
                assert_ne!(from_words & bit, 0, "{} in {text:?}", regex.as_str());
            }
        }
    }

    #[test]
    fn trigger_words_let_every_match_run() {
        for text in [
            "Militants attacked on Thursday’s morning and again overnight",
            "On 3rd of MARCH 2020, in mid-March, since December, by Jan. 5, 2019",
            "in 2019, two weeks ago, a day earlier, the day before, last year",
            "yesterday, tonight, last night, this evening, earlier on Wednesday, at dawn",
            "étoday, _Friday, x-may 5, (Sept. 11)",
            // The Kelvin sign and the long s fold to ASCII letters under (?i).
            "two wee\u{212A}s ago, on \u{17F}unday",
            "nothing to see here",
            // Whole words in ASCII text: each pattern alone, and words that only
            // start like a trigger.
            "in mid-March, Sept. 11, on Jan. 5 2019, the 3rd of December 2020",
            "in May, may we, a mayor decided on the separate market; in 1990s, 20th",
            "since 2020-21, by 1999, two weeks ago, a day later, the day before",
            "last weekend, this month, past year, over the week, days after",
            "tonight's raid, last night, earlier today, earlier on Tuesday, at dawn",
            "yesterday_x, x_today, Mondays, monday's, decembers, 20200, 200",
            "the following day, the previous day, a day earlier, one day after",
        ] {
            check_triggers(text);
        }
    }

    #[test]
    fn future_words_start_with_the_bytes_looked_for() {
        for word in FUTURE_WORDS {
            assert!(
                matches!(word.as_bytes()[0], b's' | b' ' | b'p' | b'e' | b'n'),
                "{word}"
            );
        }
        assert!(future_context("a briefing is scheduled for "));
        assert!(future_context("x will "));
        assert!(!future_context("a briefing was held on "));
    }

    #[test]
    fn weekdays_read_by_hand_match_the_regex() {
        let reader = DateReader::new().expect("regexes");
        for text in [
            "on Monday, last Tuesday's raid and Wednesday morning; next  Thursday\tnight",
            "Mondays, Monday_x, x_Monday, _on Monday, upon Friday, won Sunday",
            "Monday'sx Friday's evening Friday's eveningx Saturday morningx Sunday'S",
            "ON FRIDAY EVENING, for friday, from\nSaturday, by\x0bSunday\x0c night",
            "since Friday'",
            "until",
            "on",
            "on Monday",
            "Monday",
            "Monday's",
            "early  ",
            "late late Monday on on Tuesday, this this",
            "the sunday newspaper, Thursday1, Friday-night, Friday night's",
            "upon Friday, _on Monday, on _Monday, on\tMonday on Tuesday, x on Monday",
            "Monday night Tuesday, on Monday on Tuesday, late on Sunday, by Sunday night",
            "  on Monday",
            "Sunday   ",
            "last\n\nWednesday",
            "moNDAY tUESDAY",
        ] {
            let by_regex: Vec<WeekdayMatch> = reader.weekdays(WEEKDAY, text, None);
            let words = Words::new(text);
            assert_eq!(
                weekday_matches_ascii(text, &words.run_starts),
                by_regex,
                "in {text:?}"
            );
        }
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
    fn ignores_words_that_are_not_dates() {
        check("it may march on", &[]);
        check("the sunday newspaper and a mar", &[]);
    }
}
