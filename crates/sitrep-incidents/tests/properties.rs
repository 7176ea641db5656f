//! Properties of the index over random streams of reports spread over more days than
//! the window: every event merged is in exactly one incident, the index holds what it
//! published last, merging the same events again changes nothing, and an index rebuilt
//! from its records at any point carries on exactly as one that never stopped.

use std::collections::BTreeMap;

use proptest::prelude::*;
use sitrep_contract::{fixtures, ArticleId, EventId, EventType, Incident, IncidentEvent};
use sitrep_incidents::{Change, IncidentIndex, IndexConfig, Verdict};

/// The contract crate's fixture event, moved to a town in Iraq's provinces in 2024 and
/// struck by its army: the template every generated report starts from.
fn template() -> IncidentEvent {
    let mut event = fixtures::event();
    let published: chrono::DateTime<chrono::Utc> = "2024-03-05T08:00:00Z".parse().expect("a time");
    event.article.published_at = published;
    event.classified_at = published;
    event.occurred_on.date = Some(published.date_naive());
    event.occurred_on.text = Some("on Tuesday".to_owned());
    event.location.name = "Town".to_owned();
    event.location.admin1 = Some("Province".to_owned());
    event.location.precision = sitrep_contract::LocationPrecision::City;
    event.actors[0].name = "Army".to_owned();
    event.actors[0].country_code = Some("IQ".to_owned());
    event
}

/// Days the reports spread over (the window is 14): incidents leave memory as it moves,
/// and an event id is remembered for two windows, longer than the stream.
const DAYS: u8 = 26;

/// One report: which happening (town, day, type, actor) it tells, how, and by whom.
#[derive(Debug, Clone)]
struct Report {
    article: u8,
    town: u8,
    day: u8,
    precision: u8,
    event_type: u8,
    actor: u8,
    fatalities: Option<u8>,
    hours_later: u8,
}

fn report() -> impl Strategy<Value = Report> {
    (
        0u8..40,
        0u8..4,
        0u8..DAYS,
        0u8..4,
        0u8..3,
        0u8..3,
        proptest::option::of(0u8..50),
        0u8..48,
    )
        .prop_map(
            |(article, town, day, precision, event_type, actor, fatalities, hours_later)| Report {
                article,
                town,
                day,
                precision,
                event_type,
                actor,
                fatalities,
                hours_later,
            },
        )
}

fn event(report: &Report) -> IncidentEvent {
    let mut event = template();
    let url = format!(
        "https://outlet{}.example/{}",
        report.article % 5,
        report.article
    );
    event.article.id = ArticleId::for_url(&url);
    event.article.url = Some(url);
    event.article.source = Some(format!("Outlet {}", report.article % 5));
    event.id = EventId::for_event(&event.article.id, 0);
    event.occurred_on.date = event
        .occurred_on
        .date
        .map(|date| date + chrono::Duration::days(i64::from(report.day)));
    let published = event.article.published_at
        + chrono::Duration::days(i64::from(report.day))
        + chrono::Duration::hours(i64::from(report.hours_later));
    event.article.published_at = published;
    event.classified_at = published;
    event.event_type = [
        EventType::AirDroneStrike,
        EventType::ShellingArtilleryMissileAttack,
        EventType::ArmedClash,
    ][usize::from(report.event_type)];
    event.acled = event.event_type.acled();
    event.cameo = event.event_type.cameo().to_owned();
    match report.precision {
        0 => event.occurred_on = sitrep_contract::OccurredOn::unknown(),
        1 => {
            event.location.precision = sitrep_contract::LocationPrecision::Country;
            event.location.name = "Iraq".into();
        }
        _ => {}
    }
    if event.location.precision == sitrep_contract::LocationPrecision::City {
        event.location.name = format!("Town {}", report.town);
        event.location.lat = Some(33.0 + f64::from(report.town) * 0.5);
    }
    event.actors[0].name = ["Army", "Militia", "Army forces"][usize::from(report.actor)].into();
    if report.actor == 1 {
        event.actors[0].kind = sitrep_contract::ActorKind::NonStateArmedGroup;
    }
    event.fatalities = report.fatalities.map(u32::from);
    event
}

fn fold(state: &mut BTreeMap<String, Incident>, changes: Vec<Change>) {
    for change in changes {
        match change {
            Change::Upsert(incident) => {
                state.insert(incident.id.to_string(), incident);
            }
            Change::Tombstone(id) => {
                state.remove(id.as_str());
            }
        }
    }
}

fn current(index: &IncidentIndex) -> BTreeMap<String, Incident> {
    index
        .incidents()
        .map(|incident| (incident.id.to_string(), incident))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn streams_of_reports_keep_the_invariants(
        reports in proptest::collection::vec(report(), 1..60),
        split in 0usize..60,
    ) {
        let events: Vec<IncidentEvent> = reports.iter().map(event).collect();
        let mut index = IncidentIndex::new(IndexConfig::default());
        let mut published = BTreeMap::new();
        let mut changes_at_split = BTreeMap::new();
        let split = split.min(events.len());
        let mut all_changes = Vec::new();
        let mut verdicts = Vec::new();
        for (n, event) in events.iter().enumerate() {
            if n == split {
                changes_at_split = published.clone();
            }
            let (verdict, changes) = index.apply(event);
            verdicts.push(verdict);
            all_changes.push(changes.clone());
            fold(&mut published, changes);
        }
        if split == events.len() {
            changes_at_split = published.clone();
        }
        // What the index holds is what it published last (published also keeps the
        // incidents that left memory with the window).
        for (id, incident) in current(&index) {
            prop_assert_eq!(published.get(&id), Some(&incident));
        }
        // Every event merged is in exactly one published incident, which lists it.
        let mut holders: BTreeMap<EventId, usize> = BTreeMap::new();
        for incident in published.values() {
            prop_assert_eq!(incident.num_reports as usize, incident.reports.len());
            prop_assert!(incident.revision >= 1);
            for report in &incident.reports {
                *holders.entry(report.event_id.clone()).or_default() += 1;
            }
        }
        for (event, verdict) in events.iter().zip(&verdicts) {
            if *verdict == Verdict::OutsideWindow {
                continue;
            }
            prop_assert_eq!(holders.get(&event.id).copied(), Some(1), "{} ({:?})", event.id, verdict);
        }
        // The same events again: nothing changes.
        for event in &events {
            let (_, changes) = index.apply(event);
            prop_assert!(changes.is_empty(), "re-merging changed {:?}", changes);
        }
        // Rebuilt from the records published before `split`, the index carries on
        // exactly as the one that never stopped.
        let mut restored = IncidentIndex::new(IndexConfig::default());
        for incident in changes_at_split.values() {
            restored.restore(incident.clone());
        }
        for (n, event) in events.iter().enumerate().skip(split) {
            let (_, changes) = restored.apply(event);
            prop_assert_eq!(&changes, &all_changes[n], "event {} after a restart", n);
        }
        prop_assert_eq!(current(&restored), current(&index));
    }
}
