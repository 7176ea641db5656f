//! The merged fields of an incident, recomputed from its reports on every change.
//!
//! Rules (the record is a function of its reports, whatever order they came in):
//!
//! - reports are ordered by `published_at`, then event id;
//! - type: the one most reports give; a tie goes to the earliest report's. An attack
//!   on civilians told without its weapon counts only when no report gives another
//!   type (it joined a strike or bombing it may have been);
//! - date: the most precise one; among those, the day most reports give, then the
//!   earliest report's. A report whose text gives no day (a null date) gives the
//!   incident's `occurred_on` only when no report gives one; for the merge windows such
//!   a report stands at its publication day, the weak fallback of `dates.rs`;
//! - location: the most precise one; among those, the name most reports give, then the
//!   earliest report's;
//! - actors and weapons: the union, in report order, each once;
//! - fatalities and injuries: each outlet's latest stated count stands for that outlet
//!   (an outlet's update replaces its own earlier figure, up or down). Across outlets,
//!   a higher count published at least `toll_supersede_after` later than a lower one
//!   replaces it ("the death toll rose to 30"); of the counts left, the lowest is the
//!   figure (outlets disagreeing at the same time: the conservative one), and
//!   `fatalities_range` is `[min, max]` of every count any report states;
//! - `num_sources`: distinct outlets (case-insensitive), a report without one counting
//!   as its own; `first_reported_at`: the earliest `published_at`.

use chrono::Duration;
use rustc_hash::FxHashMap;
use sitrep_contract::{
    Actor, DatePrecision, EventType, Incident, IncidentId, IncidentReport, Location, OccurredOn,
};

use crate::place;

/// Finest first: a day, then a week, a month, a year, then no time at all.
fn date_rank(occurred_on: &OccurredOn) -> u8 {
    match occurred_on.precision {
        Some(DatePrecision::Day) if occurred_on.date.is_some() => 0,
        Some(DatePrecision::Week) => 1,
        Some(DatePrecision::Month) => 2,
        Some(DatePrecision::Year) => 3,
        _ => 4,
    }
}

/// Sorts reports into the record's order.
pub fn sort_reports(reports: &mut [IncidentReport]) {
    reports.sort_by(|a, b| {
        a.published_at
            .cmp(&b.published_at)
            .then_with(|| a.event_id.cmp(&b.event_id))
    });
}

/// The report whose `key` most reports share among those `eligible`, earliest first on ties.
fn most_common<K: Eq + std::hash::Hash>(
    reports: &[IncidentReport],
    eligible: impl Fn(&IncidentReport) -> bool,
    key: impl Fn(&IncidentReport) -> K,
) -> Option<&IncidentReport> {
    let mut counts: FxHashMap<K, usize> = FxHashMap::default();
    for report in reports.iter().filter(|r| eligible(r)) {
        *counts.entry(key(report)).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    reports
        .iter()
        .filter(|r| eligible(r))
        .find(|r| counts.get(&key(r)) == Some(&best))
}

/// An attack on civilians told without its weapon: its type may be any strike's.
fn weaponless_attack(report: &IncidentReport) -> bool {
    report.event_type == EventType::AttackOnCivilians && report.weapons.is_empty()
}

fn merged_type(reports: &[IncidentReport]) -> Option<EventType> {
    // A weaponless attack on civilians votes only when no report tells another type
    // (it joined a strike because it may have been that strike).
    let specific = reports.iter().any(|r| !weaponless_attack(r));
    most_common(
        reports,
        |r| !specific || !weaponless_attack(r),
        |r| r.event_type,
    )
    .map(|r| r.event_type)
}

fn merged_date(reports: &[IncidentReport]) -> Option<OccurredOn> {
    let finest = reports.iter().map(|r| date_rank(&r.occurred_on)).min()?;
    // A date read from the text beats the publication-day fallback.
    let read = reports
        .iter()
        .any(|r| date_rank(&r.occurred_on) == finest && r.occurred_on.text.is_some());
    most_common(
        reports,
        |r| date_rank(&r.occurred_on) == finest && (!read || r.occurred_on.text.is_some()),
        |r| r.occurred_on.date,
    )
    .map(|r| r.occurred_on.clone())
}

fn merged_location(reports: &[IncidentReport]) -> Option<Location> {
    let finest = reports
        .iter()
        .map(|r| place::rank(r.location.precision))
        .min()?;
    most_common(
        reports,
        |r| place::rank(r.location.precision) == finest,
        |r| r.location.name.to_lowercase(),
    )
    .map(|r| r.location.clone())
}

fn merged_actors(reports: &[IncidentReport]) -> Vec<Actor> {
    let mut actors: Vec<Actor> = Vec::new();
    for actor in reports.iter().flat_map(|r| &r.actors) {
        let known = actors
            .iter()
            .any(|a| a.role == actor.role && a.name.eq_ignore_ascii_case(&actor.name));
        if !known {
            actors.push(actor.clone());
        }
    }
    actors
}

fn merged_weapons(reports: &[IncidentReport]) -> Vec<String> {
    let mut weapons: Vec<String> = Vec::new();
    for weapon in reports.iter().flat_map(|r| &r.weapons) {
        if !weapons.iter().any(|w| w.eq_ignore_ascii_case(weapon)) {
            weapons.push(weapon.clone());
        }
    }
    weapons
}

fn outlet_key(report: &IncidentReport) -> String {
    match &report.source {
        Some(source) => source.trim().to_lowercase(),
        None => format!("\u{1f}{}", report.article_id),
    }
}

/// The merged count and `[min, max]` of the counts `count` reads from the reports.
pub fn merged_count(
    reports: &[IncidentReport],
    count: impl Fn(&IncidentReport) -> Option<u32>,
    supersede_after: Duration,
) -> (Option<u32>, Option<[u32; 2]>) {
    // Each outlet's latest statement (reports are in published order).
    let mut latest: FxHashMap<String, &IncidentReport> = FxHashMap::default();
    for report in reports.iter().filter(|r| count(r).is_some()) {
        latest.insert(outlet_key(report), report);
    }
    let standing: Vec<&IncidentReport> = latest.values().copied().collect();
    let figure = standing
        .iter()
        .filter(|r| {
            let (Some(n), at) = (count(r), r.published_at) else {
                return false;
            };
            !standing.iter().any(|later| {
                count(later).is_some_and(|m| m > n) && later.published_at >= at + supersede_after
            })
        })
        .filter_map(|r| count(r))
        .min();
    let stated = reports.iter().filter_map(&count);
    let range = stated
        .clone()
        .min()
        .zip(stated.max())
        .map(|(min, max)| [min, max]);
    (figure, range)
}

fn num_sources(reports: &[IncidentReport]) -> u32 {
    let mut outlets: Vec<String> = reports.iter().map(outlet_key).collect();
    outlets.sort();
    outlets.dedup();
    u32::try_from(outlets.len()).unwrap_or(u32::MAX)
}

/// The record of incident `id` made of `reports` (sorted here), or None when it has
/// none. `revision` and `updated_at` are the caller's to set.
pub fn merge(
    id: IncidentId,
    mut reports: Vec<IncidentReport>,
    supersede_after: Duration,
) -> Option<Incident> {
    sort_reports(&mut reports);
    let first = reports.first()?;
    let event_type = merged_type(&reports)?;
    let occurred_on = merged_date(&reports)?;
    let location = merged_location(&reports)?;
    let (fatalities, fatalities_range) = merged_count(&reports, |r| r.fatalities, supersede_after);
    let (injuries, _) = merged_count(&reports, |r| r.injuries, supersede_after);
    Some(Incident {
        schema: Incident::SCHEMA.to_owned(),
        id,
        event_type,
        acled: event_type.acled(),
        cameo: event_type.cameo().to_owned(),
        occurred_on,
        location,
        actors: merged_actors(&reports),
        fatalities,
        injuries,
        weapons: merged_weapons(&reports),
        fatalities_range,
        num_reports: u32::try_from(reports.len()).unwrap_or(u32::MAX),
        num_sources: num_sources(&reports),
        first_reported_at: first.published_at,
        updated_at: first.classified_at,
        revision: 1,
        reports,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::report;

    #[test]
    fn a_later_higher_toll_replaces_and_disagreeing_outlets_give_the_lowest() {
        let hours = Duration::hours(2);
        // AP says 12 at 08:00, Reuters 30 at 14:00: the toll rose.
        let rising = vec![
            report(1, "AP", "2024-03-05T08:00:00Z", Some(12)),
            report(2, "Reuters", "2024-03-05T14:00:00Z", Some(30)),
        ];
        assert_eq!(
            merged_count(&rising, |r| r.fatalities, hours),
            (Some(30), Some([12, 30]))
        );
        // Three outlets within the hour: 15, 12, 18 -> 12, range 12-18.
        let disagreeing = vec![
            report(1, "AP", "2024-03-05T08:00:00Z", Some(15)),
            report(2, "Reuters", "2024-03-05T08:20:00Z", Some(12)),
            report(3, "AFP", "2024-03-05T08:40:00Z", Some(18)),
        ];
        assert_eq!(
            merged_count(&disagreeing, |r| r.fatalities, hours),
            (Some(12), Some([12, 18]))
        );
        // One outlet correcting itself downwards: its latest figure stands.
        let corrected = vec![
            report(1, "AP", "2024-03-05T08:00:00Z", Some(20)),
            report(2, "AP", "2024-03-05T09:00:00Z", Some(14)),
        ];
        assert_eq!(
            merged_count(&corrected, |r| r.fatalities, hours),
            (Some(14), Some([14, 20]))
        );
        let none = vec![report(1, "AP", "2024-03-05T08:00:00Z", None)];
        assert_eq!(merged_count(&none, |r| r.fatalities, hours), (None, None));
    }
}
