//! How strongly a report agrees with an incident, and the choice among candidates.
//!
//! A report can join an incident only when nothing contradicts it: their days overlap,
//! their types are the same or confusable, their places can be one, their actors can
//! be the same parties, and the report is not another event of the same kind of an
//! article reading the incident already holds. Among the incidents that pass, each gets a score from the
//! evidence, higher when it is more specific:
//!
//! | evidence | points |
//! | --- | --- |
//! | place | 4 the same town, up to 3.5 towns a few km apart, 2 a town in a province of that name, 1 near a province's centre or a town across a border, 0.5 one named only by country, -0.5 a country named alone across a border |
//! | date | 3 divided by the days both allow (3 for one day, 1.5 for a night); two thirds of that for a report without date words whose days end before its publication day, and for days that leave out the day a report's words name |
//! | type | 2 the same, 0.5 a confusable pair or a type another of its reports gave |
//! | actors | 1.5 per party named alike, at most two |
//! | toll | 1 when the report states a death toll one of the incident's reports stated |
//!
//! Evidence that must be there for some pairs: a report or incident placed in no
//! country agrees only with a party named alike, the same death toll or the same type
//! on the same day; a report and an incident both placed in no country only with a
//! party named alike, the same death toll or a place named alike; two towns of one
//! province up to 30 km apart only with the same death toll; places in two neighbouring
//! countries only with a party named alike or the same death toll; an attack on
//! civilians told without its weapon meets a strike or bombing only with the attacker
//! named alike or the same death toll (`compat::WEAPON_UNNAMED`); a report of a type
//! confusable with one of the incident's reports' but not with the record's only with a
//! party named alike (`compat::CONFUSED_WITH_A_REPORT`); a clash meets an air strike or shelling only
//! when the strike hit a side of the clash, or, naming no target, was fired by a side
//! and tells of no dead (`compat::strike_in_battle`).
//!
//! The best joins when it leads the next by [`MARGIN`]; closer than that is a tie, and
//! the report opens an incident of its own with a note of the near miss (two attacks
//! in one province on one day, a report naming only the province, belongs to neither
//! for sure).

use sitrep_contract::{
    Actor, ActorRole, EventType, IncidentReport, Location, MergeDecision, MergeEvidence, NearMiss,
};

use crate::compat::{self, actor_agreement, type_agreement};
use crate::dates::{self, DayInterval};
use crate::place::{self, PlaceHow, PlaceMatch};

/// How far the best candidate must lead the next to be chosen.
pub const MARGIN: f64 = 1.0;

/// A report's agreement with one incident.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub score: f64,
    place: PlaceMatch,
    days: DayInterval,
    same_type: bool,
    shared_parties: usize,
}

/// What to do with a new report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Choice {
    /// Join the incident in `slot`; the runner-up, if any, with its score.
    Join {
        slot: usize,
        runner_up: Option<(usize, f64)>,
    },
    /// Two candidates within the margin: join neither.
    Tie {
        best: (usize, f64),
        other: (usize, f64),
    },
    /// No candidate.
    Open,
}

/// The choice among candidates sorted best first.
pub fn decide(scored: &[(usize, f64)]) -> Choice {
    match scored {
        [] => Choice::Open,
        [only] => Choice::Join {
            slot: only.0,
            runner_up: None,
        },
        [best, next, ..] if best.1 - next.1 < MARGIN => Choice::Tie {
            best: *best,
            other: *next,
        },
        [best, next, ..] => Choice::Join {
            slot: best.0,
            runner_up: Some(*next),
        },
    }
}

/// Acts with two sides that outlets name in either role: a clash, and an interception
/// (who fired and who shot it down).
fn two_sided(a: EventType, b: EventType) -> bool {
    sided(a) || sided(b)
}

fn sided(event_type: EventType) -> bool {
    matches!(
        event_type,
        EventType::ArmedClash | EventType::DisruptedWeaponsUse
    )
}

/// Whether the report's parties and the incident's are compared as sides: either type
/// is two-sided, or one of the incident's reports told it as such (a raid told as a
/// clash by one outlet names the defenders among its parties).
fn as_sides(report: &IncidentReport, event_type: EventType, reports: &[IncidentReport]) -> bool {
    two_sided(report.event_type, event_type) || reports.iter().any(|r| sided(r.event_type))
}

/// Whether the report states a death toll one of the incident's reports stated.
fn same_toll(report: &IncidentReport, reports: &[IncidentReport]) -> bool {
    report
        .fatalities
        .is_some_and(|n| reports.iter().any(|r| r.fatalities == Some(n)))
}

fn armed_actors(reports: &[IncidentReport]) -> impl Iterator<Item = &Actor> + Clone {
    reports
        .iter()
        .flat_map(|r| &r.actors)
        .filter(|a| a.role != ActorRole::Victim)
}

/// Why a report cannot join an incident: the first check that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Apart {
    /// The report's date, or the incident's, is too vague to merge (a year).
    VagueDate,
    /// No day both allow, or hours apart (an afternoon and the hours around midnight).
    Days,
    /// Types no outlet confuses.
    Type,
    /// Two countries.
    Country,
    /// Places of one country that cannot be one.
    Place,
    /// Another event of the same reading of the article is there, of the same type or
    /// in another place.
    Sibling,
    /// Parties that cannot be one.
    Actors,
    /// A weaponless attack on civilians against a strike without a party shared or the
    /// same toll, a clash against a strike that did not hit a side, or a type confusable
    /// only with one of the incident's reports' without a party shared.
    Attacker,
    /// Placed in no country, with no party named alike, no same toll and not the same
    /// type on the same day (both in no country: no party named alike, no same toll and
    /// no place named alike).
    NoCountryEvidence,
    /// Two towns some km apart without the same toll.
    NearbyTownEvidence,
    /// A report without a day, two days before it came out, with no party named alike
    /// and no same toll.
    LateUndated,
    /// Places in two neighbouring countries without a party named alike or the same toll.
    AcrossBorderEvidence,
}

impl Apart {
    pub fn as_str(self) -> &'static str {
        match self {
            Apart::VagueDate => "vague_date",
            Apart::Days => "days",
            Apart::Type => "type",
            Apart::Country => "country",
            Apart::Place => "place",
            Apart::Sibling => "sibling",
            Apart::Actors => "actors",
            Apart::Attacker => "attacker",
            Apart::NoCountryEvidence => "no_country_evidence",
            Apart::NearbyTownEvidence => "nearby_town_evidence",
            Apart::LateUndated => "late_undated",
            Apart::AcrossBorderEvidence => "across_border_evidence",
        }
    }
}

/// How `report` agrees with an incident of merged type `event_type`, days `interval`,
/// merged place `location` and `reports`; None when something contradicts it.
pub fn agreement(
    report: &IncidentReport,
    event_type: EventType,
    interval: Option<DayInterval>,
    location: &Location,
    reports: &[IncidentReport],
) -> Option<Agreement> {
    assess(report, event_type, interval, location, reports).ok()
}

/// [`agreement`], or the first check that failed. Cheap tests first: most candidates
/// fail on the days or the place.
pub fn assess(
    report: &IncidentReport,
    event_type: EventType,
    interval: Option<DayInterval>,
    location: &Location,
    reports: &[IncidentReport],
) -> Result<Agreement, Apart> {
    let (Some(own), Some(interval)) = (dates::of_report(report), interval) else {
        return Err(Apart::VagueDate);
    };
    let days = own.intersect(interval).ok_or(Apart::Days)?;
    // An afternoon's act and one told at the hours around midnight are two.
    if dates::timed(&report.occurred_on)
        && reports
            .iter()
            .any(|r| dates::hours_apart(&report.occurred_on, &r.occurred_on))
    {
        return Err(Apart::Days);
    }
    // A weaponless attack on civilians against a strike, or a clash against a strike:
    // only with a party shared.
    let (needs_shared_party, battle_pair) = match type_agreement(report.event_type, event_type) {
        Some(_) => (false, false),
        None if told_by_a_report(report, reports) => (false, false),
        None if weaponless_pair(report, event_type, reports) => (true, false),
        None if compat::type_agreement_with_party(report.event_type, event_type).is_some() => {
            (true, true)
        }
        None if confused_with_a_report(report, reports) => (true, false),
        None => return Err(Apart::Type),
    };
    let place = place::compare(&report.location, location).ok_or_else(|| {
        match (&report.location.country_code, &location.country_code) {
            (Some(a), Some(b)) if a != b => Apart::Country,
            _ => Apart::Place,
        }
    })?;
    // An article's events of one reading are distinct incidents when the article tells
    // two acts of one kind, or two acts in different places; two acts of different kinds
    // in one town at one time are one happening told in parts (a roadside bomb and the
    // second device defused beside it).
    let sibling = reports.iter().find(|r| {
        r.classified_at == report.classified_at
            && r.article_id == report.article_id
            && r.event_id != report.event_id
    });
    if let Some(sibling) = sibling {
        let one_town =
            place::compare(&report.location, &sibling.location).is_some_and(|m| m.strength >= 3.0);
        if sibling.event_type == report.event_type || !one_town {
            return Err(Apart::Sibling);
        }
    }
    let sides = as_sides(report, event_type, reports);
    let (shared_parties, _) =
        actor_agreement(sides, report.actors.iter(), armed_actors(reports), false)
            .ok_or(Apart::Actors)?;
    // A clash and a strike: the strike hit a side of the clash.
    let battle = || {
        if report.event_type == EventType::ArmedClash {
            let toll = reports.iter().any(|r| r.fatalities.is_some_and(|n| n > 0));
            let strike = reports.iter().flat_map(|r| &r.actors);
            compat::strike_in_battle(strike, toll, report.actors.iter())
        } else {
            let toll = report.fatalities.is_some_and(|n| n > 0);
            compat::strike_in_battle(report.actors.iter(), toll, armed_actors(reports))
        }
    };
    // An attack told without its weapon and a strike or bombing may also be tied by the
    // same death toll (a teaser's "three killed in a Russian attack" and the wire's
    // drone strike that killed three).
    let weaponless_toll = || {
        weaponless_pair(report, event_type, reports)
            && report.fatalities.is_some_and(|n| n > 0)
            && same_toll(report, reports)
    };
    if needs_shared_party
        && !(if battle_pair {
            battle()
        } else {
            shared_parties > 0 || weaponless_toll()
        })
    {
        return Err(Apart::Attacker);
    }
    // A report placed in no country (or an incident so placed) has no place to agree
    // by: only a party named alike, the same death toll, or the same type on the same
    // day (both dated) can tie it to one, and the margin decides among several.
    let same_day_same_type =
        report.event_type == event_type && days.days() == 1 && !dates::undated(&report.occurred_on);
    if place.how == PlaceHow::NoCountry
        && shared_parties == 0
        && !same_toll(report, reports)
        && !same_day_same_type
    {
        return Err(Apart::NoCountryEvidence);
    }
    // Neither placed in a country: no place ties them, so a party named alike, the same
    // death toll or a place named alike must (the same type on the same day is not
    // enough: any two liveblog lines of one day without a place would meet).
    if let PlaceHow::NeitherCountry { named_alike } = place.how {
        if shared_parties == 0 && !same_toll(report, reports) && !named_alike {
            return Err(Apart::NoCountryEvidence);
        }
    }
    // A report without a day of its own two days before it came out (or an incident of
    // such reports): only with a party named alike or the same death toll.
    let late = |r: &IncidentReport| {
        dates::undated(&r.occurred_on)
            && days.last < dates::day_number(r.published_at.date_naive()) - 1
    };
    if (late(report) || (!reports.is_empty() && reports.iter().all(late)))
        && shared_parties == 0
        && !same_toll(report, reports)
    {
        return Err(Apart::LateUndated);
    }
    // Two towns of one province some km apart: only with the same death toll.
    if matches!(place.how, PlaceHow::NearbyTown(_)) && !same_toll(report, reports) {
        return Err(Apart::NearbyTownEvidence);
    }
    // Two neighbouring countries (a border town, a cross-border strike told from either
    // side, a dateline across the border): only with a party named alike or the same
    // death toll.
    if matches!(place.how, PlaceHow::AcrossBorder(_))
        && shared_parties == 0
        && !same_toll(report, reports)
    {
        return Err(Apart::AcrossBorderEvidence);
    }
    let same_type = report.event_type == event_type;
    let score = place.strength
        + date_strength(report, days, reports)
        + if same_type { 2.0 } else { 0.5 }
        + 1.5 * shared_parties.min(2) as f64
        + if same_toll(report, reports) { 1.0 } else { 0.0 };
    Ok(Agreement {
        score,
        place,
        days,
        same_type,
        shared_parties,
    })
}

/// Whether one of the incident's reports gives the report's type, other than an attack
/// on civilians told without its weapon (which joined a strike it may have been, and
/// says nothing of the type): an incident told as a battle by one outlet and as the air
/// strikes on one side by another meets a third report of the battle, whichever type
/// the record carries ([`compat::TOLD_BY_A_REPORT`]).
fn told_by_a_report(report: &IncidentReport, reports: &[IncidentReport]) -> bool {
    let weaponless = report.event_type == EventType::AttackOnCivilians && report.weapons.is_empty();
    !weaponless && reports.iter().any(|r| r.event_type == report.event_type)
}

/// Whether one of the incident's reports tells it as a type outlets confuse with the
/// report's ([`compat::CONFUSABLE`]), though the record's type is another: a battle
/// told as shelling, then as a clash, then by a third outlet as the town retaken. It
/// joins only with a party named alike ([`compat::CONFUSED_WITH_A_REPORT`]).
fn confused_with_a_report(report: &IncidentReport, reports: &[IncidentReport]) -> bool {
    let weaponless = report.event_type == EventType::AttackOnCivilians && report.weapons.is_empty();
    !weaponless
        && reports
            .iter()
            .any(|r| compat::type_agreement(report.event_type, r.event_type).is_some())
}

/// Whether the report and the incident are an attack on civilians told without its
/// weapon and a strike or a bombing ([`compat::WEAPON_UNNAMED`]).
fn weaponless_pair(
    report: &IncidentReport,
    event_type: EventType,
    reports: &[IncidentReport],
) -> bool {
    compat::weapon_unnamed(
        report.event_type,
        report.weapons.is_empty(),
        event_type,
        reports.iter().all(|r| r.weapons.is_empty()),
    )
}

/// 3 divided by the days both allow; a report whose text gives no day most likely tells
/// of the day it was published, so the day before counts two thirds of that and the
/// day before that one third. A night or the hours around midnight may be either of
/// two days, but the day the words name is the likelier: when the days both allow
/// leave out the report's named day, or every day the incident's reports name, two
/// thirds (Tuesday's attack is more likely the "early Tuesday" report's than Monday's).
fn date_strength(report: &IncidentReport, days: DayInterval, reports: &[IncidentReport]) -> f64 {
    let mut strength = 3.0 / f64::from(days.days().max(1));
    let published = dates::day_number(report.published_at.date_naive());
    if dates::undated(&report.occurred_on) && days.last < published {
        let back = f64::from((published - days.last).min(2));
        strength *= (3.0 - back) / 3.0;
    }
    let within = |day: i32| days.first <= day && day <= days.last;
    let named = |r: &IncidentReport| dates::stated_day(&r.occurred_on);
    if named(report).is_some_and(|day| !within(day)) {
        strength *= 2.0 / 3.0;
    }
    let mut incident_days = reports.iter().filter_map(named).peekable();
    if incident_days.peek().is_some() && !incident_days.any(within) {
        strength *= 2.0 / 3.0;
    }
    strength
}

fn day_text(day: i32) -> String {
    chrono::NaiveDate::from_num_days_from_ce_opt(day)
        .map_or_else(|| day.to_string(), |date| date.to_string())
}

impl Agreement {
    /// The record's account of this agreement (the arguments are those it was made of).
    pub fn evidence(
        &self,
        report: &IncidentReport,
        event_type: EventType,
        location: &Location,
        reports: &[IncidentReport],
        near_miss: Option<NearMiss>,
    ) -> MergeEvidence {
        let date = if self.days.days() == 1 {
            format!("the same day, {}", day_text(self.days.first))
        } else {
            format!(
                "days {} to {} fit both",
                day_text(self.days.first),
                day_text(self.days.last)
            )
        };
        let reason = type_agreement(report.event_type, event_type)
            .or_else(|| told_by_a_report(report, reports).then_some(compat::TOLD_BY_A_REPORT))
            .or_else(|| {
                weaponless_pair(report, event_type, reports).then_some(compat::WEAPON_UNNAMED)
            })
            .or_else(|| compat::type_agreement_with_party(report.event_type, event_type))
            .or_else(|| {
                confused_with_a_report(report, reports).then_some(compat::CONFUSED_WITH_A_REPORT)
            });
        let type_text = match reason {
            Some(_) if self.same_type => format!("both {}", event_type.code()),
            Some(reason) => format!(
                "{} and {}: {reason}",
                report.event_type.code(),
                event_type.code()
            ),
            None => String::new(),
        };
        let actors = actor_agreement(
            as_sides(report, event_type, reports),
            report.actors.iter(),
            armed_actors(reports),
            true,
        )
        .map(|(_, text)| text)
        .unwrap_or_default();
        let actors = if same_toll(report, reports) {
            format!("{actors}; the same death toll")
        } else {
            actors
        };
        MergeEvidence {
            decision: MergeDecision::Joined,
            score: Some((self.score * 100.0).round() / 100.0),
            place: Some(self.place.describe(&report.location, location)),
            date: Some(date),
            event_type: Some(type_text),
            actors: Some(actors),
            near_miss,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_joins_only_by_the_margin() {
        assert_eq!(decide(&[]), Choice::Open);
        assert_eq!(
            decide(&[(3, 9.0)]),
            Choice::Join {
                slot: 3,
                runner_up: None
            }
        );
        assert_eq!(
            decide(&[(3, 9.0), (1, 7.5)]),
            Choice::Join {
                slot: 3,
                runner_up: Some((1, 7.5))
            }
        );
        assert_eq!(
            decide(&[(3, 9.0), (1, 8.5)]),
            Choice::Tie {
                best: (3, 9.0),
                other: (1, 8.5)
            }
        );
    }
}
