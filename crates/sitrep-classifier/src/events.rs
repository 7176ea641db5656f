//! Assembling events from the mentions of all sentences of an article.
//!
//! Sentences are read in order, title first. A sentence's time is its own explicit
//! expression, else the narrative time carried from the sentences before it. A new
//! mention creates an event (or joins the headline's event, or an identical event
//! already told); an anaphoric mention ("the strikes", "Wednesday’s attack")
//! attaches to the latest matching event. The status follows from the framing
//! (threat, denial, history markers) and from the date: events dated more than a
//! week before the report's news are history. The news is as of publication, unless
//! the text tells its acts late (an event-database note, a report days after): then
//! it is as of the first day the text gives an act, when that day lies within
//! `LATE_REPORT_DAYS` before publication.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sitrep_contract::{DatePrecision, Status};

use crate::cues::{CueType, Strength};
use crate::dates::{TimeExpr, TimeValue};
use crate::mentions::{Framing, Mention};

/// A resolved date with the words it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    pub date: NaiveDate,
    pub precision: DatePrecision,
    pub text: Option<String>,
}

/// A time expression with its word span.
#[derive(Debug, Clone)]
pub struct TimeAt {
    /// Dates the report or a count, not the act ("officials said on Thursday").
    pub reported: bool,
    pub expr: TimeExpr,
    pub first_word: usize,
    pub last_word: usize,
}

/// What the assembly needs to know about one sentence.
pub struct SentenceView<'a, 'c> {
    pub is_title: bool,
    pub mentions: &'a [Mention<'c>],
    pub times: &'a [TimeAt],
    /// A history marker anywhere in the sentence.
    pub has_history_marker: bool,
    /// A non-incident word anywhere in the sentence.
    pub has_non_incident_marker: bool,
    /// "separately", "another", "elsewhere": a new event, not one already told.
    pub separate: bool,
    /// The most precise place the sentence names in a locative phrase, if any.
    pub place_key: Option<PlaceKey<'c>>,
    /// People killed or hurt, or things damaged, in the sentence.
    pub harm: bool,
    /// An armed actor (a group, a force, gunmen) is named in the sentence.
    pub armed: bool,
    /// For each mention, the earlier mention of the sentence whose means it names
    /// (`instruments`), if any.
    pub instrument_of: Vec<Option<usize>>,
}

/// Words that introduce the means of an act ("shelled the town with artillery and
/// glide bombs", "fought using rifles and rocket-propelled grenades").
const MEANS: &[&str] = &["with", "using"];

/// For each mention of a sentence, the earlier mention whose means it names: a noun
/// cue right after "with" or "using" (a few words of its own kind between), following
/// a verb of the act in the same clause, told with the same framing (not the means of
/// an act a reply answers). The weapon is how that act was done, not an
/// act of its own ("shelled Vovchansk with artillery and glide bombs" is one shelling;
/// "fought with rifles and RPGs" one clash).
pub fn instruments(words: &crate::text::Words<'_>, mentions: &[Mention<'_>]) -> Vec<Option<usize>> {
    use crate::cues::Form;
    mentions
        .iter()
        .enumerate()
        .map(|(index, mention)| {
            let cue = mention.cues.first()?;
            if index == 0 || cue.cue.form != Form::Noun {
                return None;
            }
            let first = cue.first_word;
            let means = (first.saturating_sub(4)..first)
                .rev()
                .find(|&i| MEANS.contains(&words.lower(i)))?;
            let verb = mentions[..index].iter().rposition(|earlier| {
                earlier.framing == mention.framing
                    && earlier.cues.iter().any(|c| {
                        c.cue.form == Form::Verb
                            && c.last_word < means
                            && means - c.last_word <= 12
                            && !(c.last_word + 1..means).any(|i| {
                                matches!(
                                    words.lower(i),
                                    "after" | "before" | "while" | "as" | "and"
                                )
                            })
                    })
            })?;
            // Nothing but the weapon's own words between the means word and the cue.
            let plain = !words.punctuation_between(means, first)
                && (means + 1..first).all(|i| !matches!(words.lower(i), "the" | "which" | "who"));
            plain.then_some(verb)
        })
        .collect()
}

/// One mention that belongs to an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub sentence: usize,
    pub mention: usize,
    pub anaphor: bool,
}

/// An event before its fields are filled.
#[derive(Debug, Clone)]
pub struct Draft<'c> {
    pub status: Status,
    pub parts: Vec<Part>,
    pub when: Option<When>,
    /// `when` is only the date of the report: a date the text gives the act replaces it.
    pub when_reported: bool,
    pub place_key: Option<PlaceKey<'c>>,
    /// The interception of a wave whose hits became an event of their own: it stays
    /// disrupted weapons use, however partial.
    pub split_from_hit: bool,
    /// The type two events told of one act settled on when they were merged (the more
    /// specific of theirs, `finish/coalesce.rs`); `None` while the cues decide.
    pub merged_type: Option<sitrep_contract::EventType>,
}

/// A place as far as merging needs it: its name, country, and whether it lies
/// below the country level.
/// Its texts are the gazetteer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceKey<'c> {
    pub name: &'c str,
    pub country: Option<&'c str>,
    pub below_country: bool,
}

/// True when two places can be the place of one event: same country, and not two
/// different cities or provinces.
fn places_agree(a: Option<&PlaceKey<'_>>, b: Option<&PlaceKey<'_>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.country == b.country && (!a.below_country || !b.below_country || a.name == b.name)
        }
        _ => true,
    }
}

impl Draft<'_> {
    fn title_only(&self, views: &[SentenceView<'_, '_>]) -> bool {
        self.parts
            .iter()
            .all(|p| views.get(p.sentence).is_some_and(|v| v.is_title))
    }

    fn last_sentence(&self) -> usize {
        self.parts.iter().map(|p| p.sentence).max().unwrap_or(0)
    }
}

/// The type and head family of a mention's strongest cue.
fn mention_type(mention: &Mention<'_>) -> (CueType, String) {
    let cue_type = match mention.best_cue().map(|cue| cue.cue_type) {
        Some(CueType::Generic) | None => {
            mention.implied.map_or(CueType::Generic, CueType::Specific)
        }
        Some(cue_type) => cue_type,
    };
    (cue_type, mention.head().to_owned())
}

/// The best type the parts of a draft name so far.
pub fn draft_type(draft: &Draft<'_>, views: &[SentenceView<'_, '_>]) -> CueType {
    let mut best: Option<(u16, CueType)> = None;
    for part in &draft.parts {
        let Some(view) = views.get(part.sentence) else {
            continue;
        };
        let Some(mention) = view.mentions.get(part.mention) else {
            continue;
        };
        // The means of an act ("shelled ... with glide bombs") types it only when its
        // verb does not.
        let means = view
            .instrument_of
            .get(part.mention)
            .copied()
            .flatten()
            .is_some_and(|act| {
                draft
                    .parts
                    .iter()
                    .any(|p| p.sentence == part.sentence && p.mention == act)
            });
        if let Some(cue) = mention.best_cue() {
            let rank = match cue.cue_type {
                CueType::Specific(_) | CueType::Territory if !means => {
                    u16::from(cue.priority) + 100
                }
                _ => u16::from(cue.priority),
            };
            if best.is_none_or(|(r, _)| rank > r) {
                best = Some((rank, cue.cue_type));
            }
        }
    }
    best.map_or(CueType::Generic, |(_, t)| t)
}

fn types_compatible(a: CueType, b: CueType) -> bool {
    use sitrep_contract::EventType::{
        ArmedClash, GovernmentRegainsTerritory, NonStateActorOvertakesTerritory,
    };
    match (a, b) {
        (CueType::Specific(x), CueType::Specific(y)) => crate::mentions::same_act(x, y),
        // A place taken is one act with the fighting for it, not with a strike or a
        // bombing told beside it (an air strike that opens an assault is its own).
        (CueType::Territory, CueType::Specific(x)) | (CueType::Specific(x), CueType::Territory) => {
            matches!(
                x,
                ArmedClash | GovernmentRegainsTerritory | NonStateActorOvertakesTerritory
            )
        }
        _ => true,
    }
}

fn heads(draft: &Draft<'_>, views: &[SentenceView<'_, '_>]) -> Vec<String> {
    draft
        .parts
        .iter()
        .filter_map(|p| {
            views
                .get(p.sentence)
                .and_then(|v| v.mentions.get(p.mention))
        })
        .flat_map(|m| m.cues.iter().map(|c| c.cue.head.clone()))
        .collect()
}

/// True when two mentions can be dated as one event: the same date, or one undated.
fn dates_agree(a: Option<&When>, b: Option<&When>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.date == b.date,
        _ => true,
    }
}

/// True when a date lies well before publication.
pub fn is_old(when: &When, published: DateTime<Utc>) -> bool {
    let today = published.date_naive();
    match when.precision {
        DatePrecision::Day => today - when.date > Duration::days(7),
        DatePrecision::Week => today - when.date > Duration::days(14),
        DatePrecision::Month => {
            use chrono::Datelike;
            (when.date.year(), when.date.month()) < (today.year(), today.month())
        }
        DatePrecision::Year => {
            use chrono::Datelike;
            when.date.year() < today.year()
        }
    }
}

fn when_of(expr: &TimeExpr, date: NaiveDate, precision: DatePrecision) -> When {
    When {
        date,
        precision,
        text: Some(expr.text.clone()),
    }
}

/// The time of a mention: the nearest fitting expression of its sentence, else the
/// narrative time. Returns the time, whether it lies in the future, and whether it
/// only dates the report.
fn time_for(
    view: &SentenceView<'_, '_>,
    mention: &Mention<'_>,
    carry: Option<&When>,
    anchor: Option<&When>,
) -> (Option<When>, bool, bool) {
    let first = mention.first_word();
    let last = mention.last_word();
    // (reported, distance): a time of the act beats a time of the report.
    let mut best: Option<((bool, usize), When, bool)> = None;
    for time in view.times {
        let before = time.last_word < first;
        let distance = if before {
            first - time.last_word
        } else {
            time.first_word.saturating_sub(last)
        };
        if !before && distance > 20 {
            continue;
        }
        let candidate = match time.expr.value {
            TimeValue::Date { date, precision } => {
                Some((when_of(&time.expr, date, precision), false))
            }
            TimeValue::Future { date, precision } => {
                Some((when_of(&time.expr, date, precision), true))
            }
            // "since April", before or after the act, tells a campaign that began then.
            TimeValue::Since { date, precision } => {
                Some((when_of(&time.expr, date, precision), false))
            }
            // "in the morning": the narrative's day, else the day it names itself.
            TimeValue::PartOfDay { date } => Some((part_of_day(&time.expr, date, carry), false)),
            TimeValue::DaysBefore { days } if before => anchor.or(carry).map(|base| {
                (
                    When {
                        date: base.date - Duration::days(days),
                        precision: DatePrecision::Day,
                        text: Some(time.expr.text.clone()),
                    },
                    false,
                )
            }),
            TimeValue::Shift { days } => carry.map(|base| {
                (
                    When {
                        date: base.date + Duration::days(days),
                        precision: base.precision,
                        text: Some(time.expr.text.clone()),
                    },
                    false,
                )
            }),
            _ => None,
        };
        if let Some((when, future)) = candidate {
            let key = (time.reported, distance);
            if best.as_ref().is_none_or(|(d, _, _)| key < *d) {
                best = Some((key, when, future));
            }
        }
    }
    match best {
        Some(((reported, _), when, future)) => (Some(when), future, reported),
        None => (carry.cloned(), false, false),
    }
}

/// The day a part of a day named alone ("in the morning", "during the night") is on:
/// the narrative's day when it carries one, else `date` (the publication day).
fn part_of_day(expr: &TimeExpr, date: NaiveDate, carry: Option<&When>) -> When {
    match carry {
        Some(day) if day.precision == DatePrecision::Day => day.clone(),
        _ => when_of(expr, date, DatePrecision::Day),
    }
}

/// The narrative time after a sentence: its last dating expression.
fn next_carry(
    view: &SentenceView<'_, '_>,
    carry: Option<When>,
    anchor: Option<&When>,
) -> Option<When> {
    let mut current = carry;
    for time in view.times {
        current = match time.expr.value {
            TimeValue::Date { date, precision } | TimeValue::Since { date, precision } => {
                Some(when_of(&time.expr, date, precision))
            }
            TimeValue::DaysBefore { days } => anchor.or(current.as_ref()).map(|base| When {
                date: base.date - Duration::days(days),
                precision: DatePrecision::Day,
                text: Some(time.expr.text.clone()),
            }),
            TimeValue::Shift { days } => current.as_ref().map(|base| When {
                date: base.date + Duration::days(days),
                precision: base.precision,
                text: Some(time.expr.text.clone()),
            }),
            TimeValue::PartOfDay { date } => Some(part_of_day(&time.expr, date, current.as_ref())),
            TimeValue::Future { .. } | TimeValue::Stamp { .. } => current,
        };
    }
    current
}

fn status_of(
    framing: Framing,
    when: Option<&When>,
    future: bool,
    published: DateTime<Utc>,
) -> Option<Status> {
    match framing {
        Framing::Dropped => None,
        Framing::Threat => Some(Status::Threatened),
        Framing::Denial => Some(Status::Denied),
        Framing::History => Some(Status::Historical),
        Framing::Reported if future => Some(Status::Threatened),
        Framing::Reported if when.is_some_and(|w| is_old(w, published)) => Some(Status::Historical),
        Framing::Reported => Some(Status::Occurred),
    }
}

/// The status of an event told as news when a later mention gives its act a date
/// years old ("Remains of soldiers killed in the battle of Verdun ... the battle of
/// 1916"): that date is the act's, so the act is history. A date of weeks or months
/// before may be when a campaign began ("the offensive, launched in November"), not
/// the news. `None` when the status stays.
fn redated(status: Status, when: Option<&When>, published: DateTime<Utc>) -> Option<Status> {
    let years_old = |w: &When| published.date_naive() - w.date > Duration::days(YEARS_OLD_DAYS);
    (status == Status::Occurred && when.is_some_and(years_old)).then_some(Status::Historical)
}

/// How old a date an anaphoric mention gives must be to make its event history.
const YEARS_OLD_DAYS: i64 = 400;

/// The latest event an anaphoric mention can refer to.
fn antecedent(
    drafts: &[Draft<'_>],
    views: &[SentenceView<'_, '_>],
    mention: &Mention<'_>,
    explicit_when: Option<&When>,
) -> Option<usize> {
    let (cue_type, head) = mention_type(mention);
    let mut candidates: Vec<usize> = (0..drafts.len())
        .filter(|&i| matches!(drafts[i].status, Status::Occurred | Status::Historical))
        .filter(|&i| types_compatible(draft_type(&drafts[i], views), cue_type))
        .collect();
    candidates.sort_by_key(|&i| std::cmp::Reverse((drafts[i].last_sentence(), i)));
    if let Some(when) = explicit_when.filter(|w| w.precision == DatePrecision::Day) {
        if let Some(&dated) = candidates
            .iter()
            .find(|&&i| drafts[i].when.as_ref().is_some_and(|w| w.date == when.date))
        {
            return Some(dated);
        }
    }
    candidates
        .iter()
        .copied()
        .find(|&i| heads(&drafts[i], views).contains(&head))
        .or_else(|| candidates.first().copied())
}

/// True when the mention's own sentence dates it differently from the event.
fn conflicts(own: Option<&When>, own_is_explicit: bool, event: Option<&When>) -> bool {
    match (own, event) {
        (Some(a), Some(b)) if own_is_explicit => {
            let day_apart = (a.date - b.date).num_days().abs();
            match (a.precision, b.precision) {
                (DatePrecision::Day, DatePrecision::Day) => day_apart > 1,
                _ => day_apart > 31,
            }
        }
        _ => false,
    }
}

/// How long before publication a report may tell its news: a note written up a month
/// after the act still reports it; an act older than this with nothing newer is history.
const LATE_REPORT_DAYS: i64 = 60;

/// The time the article's news is as of: publication, or the first day the text gives
/// an act it reports (not the day of a statement: the lead tells the news), when that
/// day lies before publication, within `LATE_REPORT_DAYS` of it.
fn news_time(views: &[SentenceView<'_, '_>], published: DateTime<Utc>) -> DateTime<Utc> {
    let today = published.date_naive();
    let first = views
        .iter()
        .filter(|v| v.mentions.iter().any(|m| m.framing == Framing::Reported))
        .flat_map(|v| v.times.iter())
        .filter(|t| !t.reported)
        .filter_map(|t| match t.expr.value {
            TimeValue::Date {
                date,
                precision: DatePrecision::Day,
            } => Some(date),
            _ => None,
        })
        .next();
    match first.filter(|day| *day <= today) {
        Some(day) if (today - day).num_days() <= LATE_REPORT_DAYS => day
            .and_hms_opt(12, 0, 0)
            .map_or(published, |t| t.and_utc().min(published)),
        _ => published,
    }
}

/// Builds the drafts of all events an article mentions, in order of first mention.
pub fn assemble<'c>(views: &[SentenceView<'_, 'c>], published: DateTime<Utc>) -> Vec<Draft<'c>> {
    let published = news_time(views, published);
    let mut drafts: Vec<Draft<'c>> = Vec::new();
    let mut carry: Option<When> = None;
    for (sentence, view) in views.iter().enumerate() {
        let mut anchor: Option<When> = None;
        for (index, mention) in view.mentions.iter().enumerate() {
            if mention.framing == Framing::Dropped {
                continue;
            }
            // The means of an act told in the sentence goes with that act.
            let act = view.instrument_of.get(index).copied().flatten();
            let told = act.and_then(|act| {
                drafts.iter().position(|d| {
                    d.parts
                        .iter()
                        .any(|p| p.sentence == sentence && p.mention == act)
                })
            });
            if let Some(target) = told {
                drafts[target].parts.push(Part {
                    sentence,
                    mention: index,
                    anaphor: false,
                });
                continue;
            }
            let own_carry = if view.is_title { None } else { carry.as_ref() };
            let (when, future, reported) = time_for(view, mention, own_carry, anchor.as_ref());
            let explicit = when.is_some() && when.as_ref() != own_carry;
            // A date the text gives the act itself, which corrects a report's date.
            let act_date = explicit && !reported;
            if mention.sequel && !view.is_title && mention.framing == Framing::Reported {
                if let Some(target) = drafts.iter().rposition(|d| d.status == Status::Occurred) {
                    drafts[target].parts.push(Part {
                        sentence,
                        mention: index,
                        anaphor: true,
                    });
                    continue;
                }
            }
            if mention.anaphoric && !view.is_title {
                if mention.framing != Framing::Reported {
                    continue;
                }
                let explicit_when = when.as_ref().filter(|_| explicit);
                if let Some(target) = antecedent(&drafts, views, mention, explicit_when) {
                    let event_when = drafts[target]
                        .when
                        .as_ref()
                        .filter(|_| !drafts[target].when_reported);
                    if !conflicts(when.as_ref(), explicit, event_when) {
                        if act_date && event_when.is_none() && !view.has_history_marker {
                            drafts[target].when = when.clone();
                            drafts[target].when_reported = false;
                            // "the ten-month battle of 1916": a date the text gives the
                            // act told before makes it history when it is old.
                            if let Some(status) =
                                redated(drafts[target].status, when.as_ref(), published)
                            {
                                drafts[target].status = status;
                            }
                        }
                        if anchor.is_none() {
                            anchor = drafts[target].when.clone();
                        }
                        if !view.has_history_marker {
                            drafts[target].parts.push(Part {
                                sentence,
                                mention: index,
                                anaphor: true,
                            });
                        }
                        continue;
                    }
                }
            }
            let Some(status) = status_of(mention.framing, when.as_ref(), future, published) else {
                continue;
            };
            let part = Part {
                sentence,
                mention: index,
                anaphor: false,
            };
            let (cue_type, head) = mention_type(mention);
            if !view.is_title {
                let headline = drafts.iter().position(|d| {
                    d.title_only(views)
                        && d.status == status
                        && (types_compatible(draft_type(d, views), cue_type)
                            || heads(d, views).contains(&head))
                });
                if let Some(target) = headline {
                    drafts[target].parts.push(part);
                    drafts[target].when = when.clone();
                    drafts[target].when_reported = reported && when.is_some();
                    let more_precise = view.place_key.as_ref().is_some_and(|k| k.below_country);
                    if drafts[target].place_key.is_none() || more_precise {
                        drafts[target].place_key = view.place_key;
                    }
                    continue;
                }
                // Two acts of different kinds that one sentence tells apart ("Iron Dome
                // intercepted rockets ... after Israeli air strikes killed three") stay
                // two events even when one could be the other's interception; a weak
                // word ("set off a huge explosion") only tells how the act ended.
                let strong = mention
                    .cues
                    .iter()
                    .any(|c| c.cue.strength == Strength::Strong);
                let told_apart = |d: &Draft<'_>| {
                    let here = d.parts.iter().any(|p| p.sentence == sentence && !p.anaphor);
                    let differs = matches!(
                        (draft_type(d, views), cue_type),
                        (CueType::Specific(a), CueType::Specific(b))
                            if a != b
                                && !crate::mentions::fought_over(a, b)
                                && !crate::mentions::fought_over(b, a)
                    );
                    strong && here && differs
                };
                // "Separately" sets a sentence apart from the events told before it, not
                // its words from each other ("In a separate attack, a drone strike hit ...").
                let same = drafts.iter().position(|d| {
                    (!view.separate || d.parts.iter().any(|p| p.sentence == sentence))
                        && !mention.reply
                        && !told_apart(d)
                        && d.status == status
                        && types_compatible(draft_type(d, views), cue_type)
                        && (d.when_reported
                            || reported
                            || dates_agree(d.when.as_ref(), when.as_ref()))
                        && places_agree(d.place_key.as_ref(), view.place_key.as_ref())
                });
                if let Some(target) = same {
                    drafts[target].parts.push(part);
                    let correct = act_date && drafts[target].when_reported;
                    if drafts[target].when.is_none() || correct {
                        drafts[target].when = when.clone();
                        drafts[target].when_reported = reported;
                    }
                    continue;
                }
                // Weak words with no time of their own elaborate the latest news event
                // ("We heard a huge blast and then gunfire").
                let weak_only = mention
                    .cues
                    .iter()
                    .all(|c| c.cue.strength == Strength::Weak);
                // A generic word typed by its weapon ("the air force struck") tells
                // another act when the event's type differs.
                let typed_by_weapon = mention.implied.is_some()
                    && mention
                        .best_cue()
                        .is_none_or(|c| c.cue_type == CueType::Generic);
                if weak_only && !explicit && !view.separate && status == Status::Occurred {
                    let latest = drafts.iter().rposition(|d| {
                        d.status == Status::Occurred
                            && places_agree(d.place_key.as_ref(), view.place_key.as_ref())
                            && (!typed_by_weapon
                                || types_compatible(draft_type(d, views), cue_type))
                    });
                    if let Some(target) = latest {
                        drafts[target].parts.push(part);
                        continue;
                    }
                }
            }
            drafts.push(Draft {
                split_from_hit: false,
                merged_type: None,
                status,
                parts: vec![part],
                when_reported: reported && when.is_some(),
                when,
                place_key: view.place_key,
            });
        }
        if !view.is_title {
            carry = next_carry(view, carry, anchor.as_ref());
        }
    }
    // A headline event that the body never took up stands only when the body has no
    // news of its own (the headline then is the whole story).
    let body_has_news = drafts
        .iter()
        .any(|d| d.status == Status::Occurred && !d.title_only(views));
    let body_tells = |headline: &Draft<'_>| {
        let headline_type = draft_type(headline, views);
        drafts
            .iter()
            .any(|d| !d.title_only(views) && types_compatible(draft_type(d, views), headline_type))
    };
    // Nor does a headline of weak words whose story opens on a non-incident ("Coal
    // mine explosions kill 21": "... explosions in coal mines ...").
    let lead_non_incident = views
        .iter()
        .find(|v| !v.is_title)
        .is_some_and(|v| v.has_non_incident_marker);
    let weak_only = |draft: &Draft<'_>| {
        draft.parts.iter().all(|p| {
            views
                .get(p.sentence)
                .and_then(|v| v.mentions.get(p.mention))
                .is_none_or(|m| m.cues.iter().all(|c| c.cue.strength == Strength::Weak))
        })
    };
    let keep: Vec<bool> = drafts
        .iter()
        .map(|d| {
            !(d.title_only(views)
                && (body_has_news || body_tells(d) || (lead_non_incident && weak_only(d))))
        })
        .collect();
    let mut keep = keep.into_iter();
    drafts.retain(|_| keep.next().unwrap_or(true));
    split_interceptions(&mut drafts, views);
    // An event its own sentences leave undated (a headline's act whose lead tells the
    // day in other words, an act told anaphorically) happened on the day the text
    // gives its news; a text that gives no such day leaves it undated.
    if let Some(day) = news_day(views, published) {
        for draft in drafts.iter_mut().filter(|d| d.when.is_none()) {
            draft.when = Some(day.clone());
        }
    }
    drafts
}

/// In a text that puts its harm down to an accident or a fault ("a fire at the depot
/// set off explosions ... 9 killed. Accident."), an event told only in weak words is
/// that accident, not an act of violence (ACLED codes none), and is dropped. A strong
/// cue ("a car bomb", "an air strike") keeps an event, and so does a killing or an
/// attack told beside an armed actor ("gunmen killed three farmers"); explosions beside
/// one do not ("a fire at an army depot set off explosions": a depot blows up as any
/// other).
pub fn drop_accidents(drafts: &mut Vec<Draft<'_>>, views: &[SentenceView<'_, '_>]) {
    drafts.retain(|draft| {
        let cues = || {
            draft.parts.iter().flat_map(|p| {
                views
                    .get(p.sentence)
                    .and_then(|v| v.mentions.get(p.mention))
                    .map_or(&[][..], |m| &m.cues[..])
            })
        };
        let weak_only = cues().all(|c| c.cue.strength == Strength::Weak);
        // A killing or an attack told beside an armed actor.
        let armed_act = draft.parts.iter().any(|p| {
            views.get(p.sentence).is_some_and(|v| {
                v.armed
                    && v.mentions
                        .get(p.mention)
                        .is_some_and(|m| m.cues.iter().any(|c| c.cue.head != "bombing"))
            })
        });
        draft.status != Status::Occurred || !weak_only || armed_act
    });
}

/// A wave of missiles or drones partly shot down and partly hitting is two events
/// (ACLED; SPEC.md): the interception (disrupted weapons use) and what got through.
/// An event that joined both is split: the mentions that tell a hit ("a missile
/// struck a building", "others struck the base"), and those of sentences that tell
/// no interception, go to an event of their own when one of them tells a hit or
/// harm done; the interception keeps the rest. A wave all shot down stays one event,
/// whatever its wreckage did.
fn split_interceptions(drafts: &mut Vec<Draft<'_>>, views: &[SentenceView<'_, '_>]) {
    let mention = |p: &Part| {
        views
            .get(p.sentence)
            .and_then(|v| v.mentions.get(p.mention))
    };
    let intercepts = |p: &Part| mention(p).is_some_and(Mention::intercepts);
    let sentence_intercepts = |sentence: usize| {
        views
            .get(sentence)
            .is_some_and(|v| v.mentions.iter().any(Mention::intercepts))
    };
    let mut index = 0;
    while index < drafts.len() {
        let draft = &drafts[index];
        let goes = |p: &Part| {
            !intercepts(p)
                && (mention(p).is_some_and(|m| m.hit) || !sentence_intercepts(p.sentence))
        };
        let tells_hit = |p: &Part| {
            goes(p)
                && (mention(p).is_some_and(|m| m.hit)
                    || views.get(p.sentence).is_some_and(|v| v.harm))
        };
        let stopped_all = draft
            .parts
            .iter()
            .any(|p| mention(p).is_some_and(|m| m.stopped_all));
        let split = draft.status == Status::Occurred
            && !draft.split_from_hit
            && !stopped_all
            && draft.parts.iter().any(intercepts)
            && draft.parts.iter().any(tells_hit);
        if !split {
            index += 1;
            continue;
        }
        let (hit_parts, kept): (Vec<Part>, Vec<Part>) =
            draft.parts.iter().copied().partition(|p| goes(p));
        let first = |parts: &[Part]| parts.iter().map(|p| p.sentence).min().unwrap_or(0);
        let hit_first = first(&hit_parts) < first(&kept);
        let hit = Draft {
            parts: hit_parts,
            ..draft.clone()
        };
        drafts[index].parts = kept;
        drafts[index].split_from_hit = true;
        // What got through may be an act told already ("Russia says it struck the
        // port"): it joins that event rather than standing twice.
        let hit_type = draft_type(&hit, views);
        let told = (0..drafts.len()).find(|&other| {
            let d = &drafts[other];
            other != index
                && matches!(hit_type, CueType::Specific(_))
                && d.status == Status::Occurred
                && !d.parts.iter().any(intercepts)
                && matches!(draft_type(d, views), CueType::Specific(_))
                && types_compatible(draft_type(d, views), hit_type)
                && dates_agree(d.when.as_ref(), hit.when.as_ref())
                && same_country(d.place_key.as_ref(), hit.place_key.as_ref())
        });
        if let Some(other) = told {
            drafts[other].parts.extend(hit.parts);
            drafts[other].parts.sort_by_key(|p| (p.sentence, p.mention));
            index += 1;
        } else if hit_first {
            drafts.insert(index, hit);
            index += 2;
        } else {
            drafts.insert(index + 1, hit);
            index += 2;
        }
    }
}

/// True when two places can lie in one country (or one is unknown).
fn same_country(a: Option<&PlaceKey<'_>>, b: Option<&PlaceKey<'_>>) -> bool {
    match (a.and_then(|a| a.country), b.and_then(|b| b.country)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// The day the text tells its news on: its first day of an act (not of a statement) or
/// entry time stamp, outside any history, on or before the news time and within
/// `LATE_REPORT_DAYS` of it.
fn news_day(views: &[SentenceView<'_, '_>], published: DateTime<Utc>) -> Option<When> {
    let today = published.date_naive();
    views
        .iter()
        .filter(|v| !v.has_history_marker)
        .flat_map(|v| v.times.iter())
        .filter(|t| !t.reported)
        .find_map(|t| match t.expr.value {
            TimeValue::Date {
                date,
                precision: DatePrecision::Day,
            }
            | TimeValue::Stamp { date }
                if date <= today && (today - date).num_days() <= LATE_REPORT_DAYS =>
            {
                Some(when_of(&t.expr, date, DatePrecision::Day))
            }
            _ => None,
        })
}
