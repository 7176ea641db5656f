//! The incident index: every incident of the time window, found by country, day and place.
//!
//! Incidents live in a slab of entries. An entry keeps the reports and the little the
//! matching needs (merged type, date interval, which report holds the merged place);
//! the full record is merged from the reports when it is published, so memory holds
//! each report once. `by_id` and `by_event` find entries by incident and event id
//! (as 128-bit numbers: the ids' hex), [`Candidates`] by country, day and grid cell,
//! and `expiry` by their last possible day, so the window is trimmed without a scan.
//! The maps hash with rustc-hash: their keys are ids (hashes already) and small
//! numbers, which it hashes several times faster than the standard SipHash.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use rustc_hash::FxHashMap;
use sitrep_contract::{
    EventId, EventType, Incident, IncidentEvent, IncidentId, IncidentReport, MergeDecision,
    MergeEvidence, NearMiss,
};

use crate::candidates::{Candidates, Placement};
use crate::change::{Change, Verdict};
use crate::dates::{self, DayInterval};
use crate::merge::{merge, sort_reports};
use crate::IndexConfig;

mod background;
mod score;
mod window;

pub use score::Apart;
use score::{Agreement, Choice};

/// One incident in memory.
struct Entry {
    id: IncidentId,
    /// Sorted as in the record.
    reports: Vec<IncidentReport>,
    revision: u64,
    updated_at: DateTime<Utc>,
    first_reported_at: DateTime<Utc>,
    /// The merged type.
    event_type: EventType,
    /// The report whose location is the merged one.
    location_report: usize,
    /// The days every report allows (the intersection of theirs).
    interval: Option<DayInterval>,
    placement: Placement,
    last_day: i32,
}

impl Entry {
    fn record(&self, supersede_after: chrono::Duration) -> Option<Incident> {
        let mut incident = merge(self.id.clone(), self.reports.clone(), supersede_after)?;
        incident.revision = self.revision;
        incident.updated_at = self.updated_at;
        incident.first_reported_at = self.first_reported_at;
        Some(incident)
    }
}

/// The incidents of the time window and the rules to merge events into them.
pub struct IncidentIndex {
    config: IndexConfig,
    entries: Vec<Option<Entry>>,
    free: Vec<usize>,
    by_id: FxHashMap<u128, usize>,
    by_event: FxHashMap<u128, usize>,
    /// The events held of each article (by article id): an article's other events.
    by_article: FxHashMap<u128, Vec<u128>>,
    candidates: Candidates,
    expiry: BTreeSet<(i32, usize)>,
    /// The newest day the stream has reached (the events' own time, never a clock).
    watermark_day: Option<i32>,
    /// Events of incidents that left the window, for one more window: a later reading
    /// of one is not merged (its incident's record is no longer in memory to update,
    /// and opening another would put the event in two incidents). Past that, an event
    /// id that comes back is taken as new.
    retired_events: FxHashMap<u128, i32>,
    /// Ids of incidents that left the window, as long as their events: an event that
    /// opens an incident never takes the id of one whose record still stands.
    retired_incidents: FxHashMap<u128, i32>,
    /// Both, in the order they left (their last days never decrease), for pruning:
    /// `(last day, id, true for an incident)`.
    retired_order: std::collections::VecDeque<(i32, u128, bool)>,
}

/// An id's 32 hex characters as a number (ids are checked hex when parsed).
fn key(hex: &str) -> u128 {
    u128::from_str_radix(hex, 16).unwrap_or_default()
}

fn day_of(at: DateTime<Utc>) -> i32 {
    dates::day_number(at.date_naive())
}

/// What an event says, as a report of an incident.
pub fn report_of(event: &IncidentEvent) -> IncidentReport {
    IncidentReport {
        event_id: event.id.clone(),
        article_id: event.article.id.clone(),
        url: event.article.url.clone(),
        source: event.article.source.clone(),
        published_at: event.article.published_at,
        event_type: event.event_type,
        occurred_on: event.occurred_on.clone(),
        location: event.location.clone(),
        actors: event.actors.clone(),
        fatalities: event.fatalities,
        injuries: event.injuries,
        weapons: event.weapons.clone(),
        classified_at: event.classified_at,
        merge: None,
    }
}

/// Whether two events could be one incident if each were alone: the score of the one
/// joining the other's incident of one report (the better of the two ways), or the
/// first check that keeps them apart. For diagnosis: the index compares a report with
/// an incident's merged fields, which may differ from any one report's.
pub fn pair_agreement(a: &IncidentEvent, b: &IncidentEvent) -> Result<f64, Apart> {
    let (x, y) = (report_of(a), report_of(b));
    let one_way = |r: &IncidentReport, alone: &IncidentReport| {
        score::assess(
            r,
            alone.event_type,
            dates::of_report(alone),
            &alone.location,
            std::slice::from_ref(alone),
        )
        .map(|agreement| agreement.score)
    };
    match (one_way(&x, &y), one_way(&y, &x)) {
        (Ok(s), Ok(t)) => Ok(s.max(t)),
        (Ok(s), Err(_)) | (Err(_), Ok(s)) => Ok(s),
        (Err(why), Err(_)) => Err(why),
    }
}

/// Equal but for when it was classified: a re-sent event that changes nothing.
fn same_content(a: &IncidentReport, b: &IncidentReport) -> bool {
    a.event_id == b.event_id
        && a.article_id == b.article_id
        && a.url == b.url
        && a.source == b.source
        && a.published_at == b.published_at
        && a.event_type == b.event_type
        && a.occurred_on == b.occurred_on
        && a.location == b.location
        && a.actors == b.actors
        && a.fatalities == b.fatalities
        && a.injuries == b.injuries
        && a.weapons == b.weapons
}

impl IncidentIndex {
    pub fn new(config: IndexConfig) -> Self {
        Self {
            config,
            entries: Vec::new(),
            free: Vec::new(),
            by_id: FxHashMap::default(),
            by_event: FxHashMap::default(),
            by_article: FxHashMap::default(),
            candidates: Candidates::default(),
            expiry: BTreeSet::new(),
            watermark_day: None,
            retired_events: FxHashMap::default(),
            retired_incidents: FxHashMap::default(),
            retired_order: std::collections::VecDeque::new(),
        }
    }

    pub fn config(&self) -> &IndexConfig {
        &self.config
    }

    /// Incidents in memory.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    fn entry(&self, slot: usize) -> Option<&Entry> {
        self.entries.get(slot).and_then(Option::as_ref)
    }

    /// The current record of an incident in memory.
    pub fn get(&self, id: &IncidentId) -> Option<Incident> {
        let slot = *self.by_id.get(&key(id.hex()))?;
        self.entry(slot)?.record(self.config.toll_supersede_after)
    }

    /// The incident an event belongs to.
    pub fn incident_of(&self, event: &EventId) -> Option<&IncidentId> {
        let slot = *self.by_event.get(&key(event.hex()))?;
        self.entry(slot).map(|entry| &entry.id)
    }

    /// Every incident in memory, merged.
    pub fn incidents(&self) -> impl Iterator<Item = Incident> + '_ {
        self.entries
            .iter()
            .flatten()
            .filter_map(|entry| entry.record(self.config.toll_supersede_after))
    }

    /// Merges one event and returns what changed.
    pub fn apply(&mut self, event: &IncidentEvent) -> (Verdict, Vec<Change>) {
        let report = report_of(event);
        let time = event.article.published_at.min(event.classified_at);
        let event = key(report.event_id.hex());
        let outcome = match self.by_event.get(&event).copied() {
            Some(slot) => self.correct(slot, report),
            None if self.retired_events.contains_key(&event) => {
                (Verdict::OutsideWindow, Vec::new())
            }
            None => self.place(report),
        };
        // Only a merged report moves time on: the watermark is then the newest report
        // the records hold, so an index restored from them stands where this one does.
        if matches!(
            outcome.0,
            Verdict::Opened | Verdict::Joined | Verdict::Corrected | Verdict::Moved
        ) {
            self.advance_watermark(time);
            self.expire();
        }
        outcome
    }

    /// Withdraws an event (its article no longer reports it); `at` stamps the change.
    pub fn retract(&mut self, event: &EventId, at: DateTime<Utc>) -> (Verdict, Vec<Change>) {
        let Some(slot) = self.by_event.get(&key(event.hex())).copied() else {
            return (Verdict::UnknownRetraction, Vec::new());
        };
        let change = self.remove_report(slot, event, at);
        (Verdict::Retracted, change.into_iter().collect())
    }

    /// Puts a record read back from the incidents topic into memory, as it stands.
    pub fn restore(&mut self, incident: Incident) {
        self.forget(&incident.id);
        let latest = incident
            .reports
            .iter()
            .map(|r| r.published_at.min(r.classified_at))
            .max();
        if let Some(latest) = latest {
            self.advance_watermark(latest);
        }
        let location_report = incident
            .reports
            .iter()
            .position(|r| r.location == incident.location)
            .unwrap_or(0);
        let mut reports = incident.reports;
        sort_reports(&mut reports);
        if reports.is_empty() {
            return;
        }
        for report in &reports {
            self.list(report);
        }
        let slot = self.new_slot(&incident.id);
        self.index(
            slot,
            Entry {
                id: incident.id,
                reports,
                revision: incident.revision,
                updated_at: incident.updated_at,
                first_reported_at: incident.first_reported_at,
                event_type: incident.event_type,
                location_report,
                interval: None,
                placement: Placement::of(&incident.location, None),
                last_day: 0,
            },
        );
        self.expire();
    }

    /// Drops a retired incident read back from the topic (a tombstone).
    pub fn restore_tombstone(&mut self, id: &IncidentId) {
        self.forget(id);
    }

    /// A known event came back: unchanged, corrected in place, or moved.
    fn correct(&mut self, slot: usize, report: IncidentReport) -> (Verdict, Vec<Change>) {
        let Some(entry) = self.entry(slot) else {
            return (Verdict::Unchanged, Vec::new());
        };
        let Some(existing) = entry.reports.iter().find(|r| r.event_id == report.event_id) else {
            return (Verdict::Unchanged, Vec::new());
        };
        if same_content(existing, &report) {
            return (Verdict::Unchanged, Vec::new());
        }
        // A correction is a later reading; one no later than the stored one is a
        // redelivery (or undecidable), so a replay never flips a report back and forth.
        if report.classified_at <= existing.classified_at {
            return (Verdict::Stale, Vec::new());
        }
        // A reading dated before the window is not merged, new or corrected alike.
        if self.before_window(&report) {
            return (Verdict::OutsideWindow, Vec::new());
        }
        let others: Vec<IncidentReport> = entry
            .reports
            .iter()
            .filter(|r| r.event_id != report.event_id)
            .cloned()
            .collect();
        let at = report.classified_at;
        let mut report = report;
        let stays = match merge(entry.id.clone(), others, self.config.toll_supersede_after) {
            None => {
                report.merge = existing.merge.clone();
                true
            }
            Some(rest) => {
                let interval = dates::of_incident(&rest.reports);
                let location = &rest.location;
                match score::agreement(&report, rest.event_type, interval, location, &rest.reports)
                {
                    Some(agreement) => {
                        report.merge = Some(agreement.evidence(
                            &report,
                            rest.event_type,
                            location,
                            &rest.reports,
                            None,
                        ));
                        true
                    }
                    None => false,
                }
            }
        };
        if stays {
            let mut reports = self.take_reports(slot);
            reports.retain(|r| r.event_id != report.event_id);
            reports.push(report);
            let change = self.replace(slot, reports, at);
            return (Verdict::Corrected, change.into_iter().collect());
        }
        let mut changes: Vec<Change> = self
            .remove_report(slot, &report.event_id, at)
            .into_iter()
            .collect();
        let (_, placed) = self.place(report);
        changes.extend(placed);
        (Verdict::Moved, changes)
    }

    /// A new event: joins the best candidate or opens an incident.
    fn place(&mut self, mut report: IncidentReport) -> (Verdict, Vec<Change>) {
        let at = report.classified_at;
        if self.before_window(&report) {
            return (Verdict::OutsideWindow, Vec::new());
        }
        // An article's background mentions are not reports: a newer lead event of the
        // same reading makes this one background, and this one, if it leads, makes its
        // held siblings background (they leave their incidents).
        let siblings = self.siblings(&report);
        if siblings
            .iter()
            .any(|(_, sibling)| background::leads(sibling, &report))
        {
            return (Verdict::Background, Vec::new());
        }
        let mut changes: Vec<Change> = Vec::new();
        for (slot, sibling) in &siblings {
            if background::leads(&report, sibling) {
                changes.extend(self.remove_report(*slot, &sibling.event_id, at));
            }
        }
        let near_miss = match self.choose(&report) {
            Choice::Join { slot, runner_up } => {
                let Some(entry) = self.entry(slot) else {
                    return (Verdict::Unchanged, Vec::new());
                };
                let location = entry
                    .reports
                    .get(entry.location_report)
                    .map_or(&report.location, |r| &r.location);
                let evidence = score::agreement(
                    &report,
                    entry.event_type,
                    entry.interval,
                    location,
                    &entry.reports,
                )
                .map(|agreement| {
                    agreement.evidence(
                        &report,
                        entry.event_type,
                        location,
                        &entry.reports,
                        runner_up
                            .and_then(|(slot, score)| self.near_miss(slot, score, "runner-up")),
                    )
                });
                report.merge = evidence;
                // A newer reading of the same article replaces its older ones: an article
                // reports an incident once (its events of one reading may share it).
                let (mut reports, superseded): (Vec<IncidentReport>, Vec<IncidentReport>) =
                    self.take_reports(slot).into_iter().partition(|r| {
                        r.article_id != report.article_id || r.classified_at >= report.classified_at
                    });
                for old in superseded {
                    self.by_event.remove(&key(old.event_id.hex()));
                    self.unlist(&old);
                }
                self.list(&report);
                reports.push(report);
                changes.extend(self.replace(slot, reports, at));
                return (Verdict::Joined, changes);
            }
            Choice::Tie { best, other } => {
                let note = self.entry(other.0).map(|entry| {
                    format!(
                        "tied with {} (score {:.1} against {:.1}): merged into neither",
                        entry.id, other.1, best.1
                    )
                });
                self.entry(best.0).zip(note).map(|(entry, note)| NearMiss {
                    incident_id: entry.id.clone(),
                    score: best.1,
                    note,
                })
            }
            Choice::Open => None,
        };
        report.merge = Some(MergeEvidence {
            decision: MergeDecision::Opened,
            score: None,
            place: None,
            date: None,
            event_type: None,
            actors: None,
            near_miss,
        });
        let id = self.fresh_id(&report.event_id);
        let Some(mut incident) = merge(id, vec![report], self.config.toll_supersede_after) else {
            return (Verdict::Unchanged, changes);
        };
        incident.updated_at = at;
        for report in &incident.reports {
            self.list(report);
        }
        let slot = self.new_slot(&incident.id);
        self.index(
            slot,
            Entry {
                id: incident.id.clone(),
                reports: incident.reports.clone(),
                revision: incident.revision,
                updated_at: incident.updated_at,
                first_reported_at: incident.first_reported_at,
                event_type: incident.event_type,
                location_report: 0,
                interval: None,
                placement: Placement::of(&incident.location, None),
                last_day: 0,
            },
        );
        changes.push(Change::Upsert(incident));
        (Verdict::Opened, changes)
    }

    /// The held reports of other events of the same reading of `report`'s article, with
    /// their slots.
    fn siblings(&self, report: &IncidentReport) -> Vec<(usize, IncidentReport)> {
        let Some(held) = self.by_article.get(&key(report.article_id.hex())) else {
            return Vec::new();
        };
        held.iter()
            .filter_map(|event| {
                let slot = *self.by_event.get(event)?;
                let sibling = self
                    .entry(slot)?
                    .reports
                    .iter()
                    .find(|r| key(r.event_id.hex()) == *event)?;
                (sibling.event_id != report.event_id
                    && sibling.classified_at == report.classified_at)
                    .then(|| (slot, sibling.clone()))
            })
            .collect()
    }

    fn near_miss(&self, slot: usize, score: f64, why: &str) -> Option<NearMiss> {
        let entry = self.entry(slot)?;
        Some(NearMiss {
            incident_id: entry.id.clone(),
            score,
            note: format!("{why} (score {score:.1})"),
        })
    }

    /// The id for an incident `first_event` opens; if that id is still taken (the
    /// event opened it, moved away and came back; or that incident left the window
    /// lately), the next generation.
    fn fresh_id(&self, first_event: &EventId) -> IncidentId {
        let mut generation = 0;
        loop {
            let id = IncidentId::for_first_event_generation(first_event, generation);
            let taken = key(id.hex());
            if !self.by_id.contains_key(&taken) && !self.retired_incidents.contains_key(&taken) {
                return id;
            }
            generation += 1;
        }
    }

    /// Scores every candidate incident of `report` and decides: join the best when it
    /// leads the next by the margin, stay apart on a tie, or open a new incident.
    fn choose(&self, report: &IncidentReport) -> Choice {
        let query = Placement::of(&report.location, dates::of_report(report));
        let mut scored: Vec<(usize, f64)> = Vec::new();
        self.candidates.visit(&query, |slot| {
            if scored.iter().any(|&(seen, _)| seen == slot) {
                return;
            }
            let Some(entry) = self.entry(slot) else {
                return;
            };
            let Some(location) = entry
                .reports
                .get(entry.location_report)
                .map(|r| &r.location)
            else {
                return;
            };
            if let Some(Agreement { score, .. }) = score::agreement(
                report,
                entry.event_type,
                entry.interval,
                location,
                &entry.reports,
            ) {
                scored.push((slot, score));
            }
        });
        // Best first; equal scores in incident id order, so the order of the visit
        // never decides.
        scored.sort_by(|a, b| {
            b.1.total_cmp(&a.1).then_with(|| {
                let id = |slot: usize| self.entry(slot).map(|e| &e.id);
                id(a.0).cmp(&id(b.0))
            })
        });
        score::decide(&scored)
    }

    /// Takes the reports of the incident in `slot` out to be edited and given back by
    /// [`Self::replace`] (moved, not copied: copying every report of an incident on each
    /// change cost more than the merging itself). The events keep their places in
    /// `by_event` and `by_article`: whoever drops a report takes its event off them.
    fn take_reports(&mut self, slot: usize) -> Vec<IncidentReport> {
        self.entries
            .get_mut(slot)
            .and_then(Option::as_mut)
            .map(|entry| std::mem::take(&mut entry.reports))
            .unwrap_or_default()
    }

    /// Gives the incident in `slot` its edited reports (taken by [`Self::take_reports`],
    /// changed by a report joining, leaving or corrected) and returns its new record.
    fn replace(
        &mut self,
        slot: usize,
        mut reports: Vec<IncidentReport>,
        at: DateTime<Utc>,
    ) -> Option<Change> {
        sort_reports(&mut reports);
        let entry = self.entry(slot)?;
        let mut incident = merge(entry.id.clone(), reports, self.config.toll_supersede_after)?;
        incident.revision = entry.revision.saturating_add(1);
        incident.updated_at = entry.updated_at.max(at);
        incident.first_reported_at = incident.first_reported_at.min(entry.first_reported_at);
        let location_report = incident
            .reports
            .iter()
            .position(|r| r.location == incident.location)
            .unwrap_or(0);
        self.unindex(slot);
        self.index(
            slot,
            Entry {
                id: incident.id.clone(),
                reports: incident.reports.clone(),
                revision: incident.revision,
                updated_at: incident.updated_at,
                first_reported_at: incident.first_reported_at,
                event_type: incident.event_type,
                location_report,
                interval: None,
                placement: Placement::of(&incident.location, None),
                last_day: 0,
            },
        );
        Some(Change::Upsert(incident))
    }

    /// Takes one report out of the incident in `slot`: a new state, or a tombstone
    /// when none is left.
    fn remove_report(&mut self, slot: usize, event: &EventId, at: DateTime<Utc>) -> Option<Change> {
        let entry = self.entry(slot)?;
        let id = entry.id.clone();
        if !entry.reports.iter().any(|r| &r.event_id == event) {
            return None;
        }
        let (remaining, removed): (Vec<IncidentReport>, Vec<IncidentReport>) = self
            .take_reports(slot)
            .into_iter()
            .partition(|r| &r.event_id != event);
        self.by_event.remove(&key(event.hex()));
        for report in &removed {
            self.unlist(report);
        }
        if remaining.is_empty() {
            self.forget(&id);
            return Some(Change::Tombstone(id));
        }
        self.replace(slot, remaining, at)
    }

    fn new_slot(&mut self, id: &IncidentId) -> usize {
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.entries.push(None);
                self.entries.len() - 1
            }
        };
        self.by_id.insert(key(id.hex()), slot);
        slot
    }

    /// Files `entry` in `slot` under its events, candidates and expiry day (its events
    /// are listed under their articles as they come, by [`Self::list`]).
    fn index(&mut self, slot: usize, mut entry: Entry) {
        entry.interval = dates::of_incident(&entry.reports);
        let location = entry
            .reports
            .get(entry.location_report)
            .map(|r| &r.location);
        if let Some(location) = location {
            entry.placement = Placement::of(location, entry.interval);
        }
        self.candidates.insert(slot, &entry.placement);
        for report in &entry.reports {
            self.by_event.insert(key(report.event_id.hex()), slot);
        }
        entry.last_day = match entry.interval {
            Some(span) => span.last,
            None => entry
                .reports
                .iter()
                .map(|r| day_of(r.published_at))
                .max()
                .unwrap_or(i32::MIN),
        };
        self.expiry.insert((entry.last_day, slot));
        self.entries[slot] = Some(entry);
    }

    /// Undoes `index` for `slot`, leaving the slot empty.
    fn unindex(&mut self, slot: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(slot)?.take()?;
        self.candidates.remove(slot, &entry.placement);
        for report in &entry.reports {
            let event = key(report.event_id.hex());
            if self.by_event.get(&event) == Some(&slot) {
                self.by_event.remove(&event);
            }
        }
        self.expiry.remove(&(entry.last_day, slot));
        Some(entry)
    }

    /// Removes an incident from memory (no record is published for that).
    fn forget(&mut self, id: &IncidentId) {
        if let Some(slot) = self.by_id.remove(&key(id.hex())) {
            if let Some(entry) = self.unindex(slot) {
                for report in &entry.reports {
                    self.unlist(report);
                }
            }
            self.free.push(slot);
        }
    }

    /// Puts a report's event on its article's list when it comes into memory (a report
    /// that stays, corrected or re-indexed with its incident, stays listed once).
    fn list(&mut self, report: &IncidentReport) {
        let event = key(report.event_id.hex());
        let held = self
            .by_article
            .entry(key(report.article_id.hex()))
            .or_default();
        if !held.contains(&event) {
            held.push(event);
        }
    }

    /// Takes a report's event off its article's list (a report that stays in memory is
    /// listed once, across the re-indexing of its incident).
    fn unlist(&mut self, report: &IncidentReport) {
        let article = key(report.article_id.hex());
        let event = key(report.event_id.hex());
        if let Some(held) = self.by_article.get_mut(&article) {
            held.retain(|&e| e != event);
            if held.is_empty() {
                self.by_article.remove(&article);
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::NaiveDate;
    use sitrep_contract::{
        Actor, ActorKind, ActorRole, ArticleId, ArticleRef, DatePrecision, EventType, FeedId,
        Location, LocationPrecision, MergeDecision, OccurredOn, Status,
    };

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("timestamp")
    }

    /// A report for the merge tests: outlet `source`, published at `published`.
    pub(crate) fn report(
        n: usize,
        source: &str,
        published: &str,
        fatalities: Option<u32>,
    ) -> IncidentReport {
        let mut event = Event::new(n, source, published);
        event.fatalities = fatalities;
        report_of(&event.build())
    }

    /// An event with defaults: an air strike in Kharkiv on 2024-03-05, read from the text.
    pub(crate) struct Event {
        pub url: String,
        pub index: usize,
        pub source: String,
        pub published: String,
        pub classified: Option<String>,
        pub event_type: EventType,
        pub date: String,
        pub precision: DatePrecision,
        pub date_text: Option<String>,
        pub place: (
            String,
            Option<String>,
            Option<(f64, f64)>,
            LocationPrecision,
        ),
        pub country: String,
        pub initiators: Vec<(String, Option<String>)>,
        pub fatalities: Option<u32>,
    }

    impl Event {
        pub(crate) fn new(n: usize, source: &str, published: &str) -> Self {
            Self {
                url: format!("https://{}.example/story/{n}", source.to_lowercase()),
                index: 0,
                source: source.to_owned(),
                published: published.to_owned(),
                classified: None,
                event_type: EventType::AirDroneStrike,
                date: "2024-03-05".into(),
                precision: DatePrecision::Day,
                date_text: Some("on Tuesday".into()),
                place: (
                    "Kharkiv".into(),
                    Some("Kharkiv Oblast".into()),
                    Some((49.99, 36.23)),
                    LocationPrecision::City,
                ),
                country: "UA".into(),
                initiators: vec![("Russia".into(), Some("RU".into()))],
                fatalities: None,
            }
        }

        pub(crate) fn build(&self) -> IncidentEvent {
            let article = ArticleId::for_url(&self.url);
            let (name, admin1, lat_lon, precision) = self.place.clone();
            IncidentEvent {
                schema: IncidentEvent::SCHEMA.into(),
                id: EventId::for_event(&article, self.index),
                article: ArticleRef {
                    id: article,
                    url: Some(self.url.clone()),
                    title: "t".into(),
                    source: Some(self.source.clone()),
                    feed_id: FeedId::for_feed(&self.source),
                    published_at: at(&self.published),
                    language: Some("en".into()),
                },
                event_type: self.event_type,
                acled: self.event_type.acled(),
                cameo: self.event_type.cameo().into(),
                status: Status::Occurred,
                // A day only when the text gives one (words at day precision).
                occurred_on: OccurredOn {
                    date: (self.precision == DatePrecision::Day && self.date_text.is_some())
                        .then(|| NaiveDate::parse_from_str(&self.date, "%Y-%m-%d").expect("date")),
                    precision: Some(self.precision).filter(|_| self.date_text.is_some()),
                    text: self.date_text.clone(),
                },
                location: Location {
                    name,
                    country_code: Some(self.country.clone()).filter(|c| !c.is_empty()),
                    admin1,
                    lat: lat_lon.map(|(lat, _)| lat),
                    lon: lat_lon.map(|(_, lon)| lon),
                    precision,
                },
                actors: self
                    .initiators
                    .iter()
                    .map(|(name, cc)| Actor {
                        name: name.clone(),
                        role: ActorRole::Initiator,
                        kind: ActorKind::StateForce,
                        country_code: cc.clone(),
                    })
                    .collect(),
                fatalities: self.fatalities,
                injuries: None,
                weapons: vec![],
                confidence: 0.9,
                evidence: vec![],
                classified_at: at(self.classified.as_deref().unwrap_or(&self.published)),
                classifier_version: "0.1.0".into(),
            }
        }
    }

    fn upserts(changes: &[Change]) -> Vec<&Incident> {
        changes
            .iter()
            .filter_map(|c| match c {
                Change::Upsert(incident) => Some(incident),
                Change::Tombstone(_) => None,
            })
            .collect()
    }

    fn index() -> IncidentIndex {
        IncidentIndex::new(IndexConfig::default())
    }

    #[test]
    fn reports_of_one_strike_at_different_precisions_become_one_incident() {
        let mut index = index();
        let mut city = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        city.fatalities = Some(3);
        let mut oblast = Event::new(2, "Reuters", "2024-03-05T10:00:00Z");
        oblast.place = (
            "Kharkiv Oblast".into(),
            None,
            Some((49.5, 36.5)),
            LocationPrecision::Admin1,
        );
        oblast.event_type = EventType::ShellingArtilleryMissileAttack;
        let mut country = Event::new(3, "AFP", "2024-03-06T07:00:00Z");
        country.place = (
            "Ukraine".into(),
            None,
            Some((49.0, 32.0)),
            LocationPrecision::Country,
        );
        country.date_text = Some("on Tuesday".into());
        country.fatalities = Some(7);
        country.initiators = vec![("Russian forces".into(), Some("RU".into()))];

        let (verdict, first) = index.apply(&city.build());
        assert_eq!(verdict, Verdict::Opened);
        let id = first[0].incident_id().clone();
        assert_eq!(id, IncidentId::for_first_event(&city.build().id));
        assert_eq!(index.apply(&oblast.build()).0, Verdict::Joined);
        let (verdict, changes) = index.apply(&country.build());
        assert_eq!(verdict, Verdict::Joined);
        let incident = upserts(&changes)[0];
        assert_eq!(incident.id, id);
        assert_eq!(incident.revision, 3);
        assert_eq!(incident.num_reports, 3);
        assert_eq!(incident.num_sources, 3);
        assert_eq!(incident.location.name, "Kharkiv", "the most precise place");
        assert_eq!(
            incident.event_type,
            EventType::AirDroneStrike,
            "two of three say air strike"
        );
        assert_eq!(incident.fatalities, Some(7), "the toll rose a day later");
        assert_eq!(incident.fatalities_range, Some([3, 7]));
        assert_eq!(incident.first_reported_at, at("2024-03-05T09:00:00Z"));
        assert_eq!(index.len(), 1);
    }

    #[test]
    fn near_misses_stay_apart() {
        let mut index = index();
        let base = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        let mut other_day = Event::new(2, "Reuters", "2024-03-07T09:00:00Z");
        other_day.date = "2024-03-07".into();
        other_day.date_text = Some("on Thursday".into());
        let mut neighbouring_town = Event::new(3, "AFP", "2024-03-05T10:00:00Z");
        neighbouring_town.place = (
            "Chuhuiv".into(),
            Some("Kharkiv Oblast".into()),
            Some((49.84, 36.69)),
            LocationPrecision::City,
        );
        let mut other_actor = Event::new(4, "BBC", "2024-03-05T11:00:00Z");
        other_actor.initiators = vec![("Ukraine".into(), Some("UA".into()))];
        let mut other_type = Event::new(5, "CNN", "2024-03-05T11:00:00Z");
        other_type.event_type = EventType::Abduction;
        for event in [
            &base,
            &other_day,
            &neighbouring_town,
            &other_actor,
            &other_type,
        ] {
            assert_eq!(index.apply(&event.build()).0, Verdict::Opened);
        }
        assert_eq!(index.len(), 5);
    }

    #[test]
    fn the_same_event_twice_changes_nothing_and_a_correction_updates() {
        let mut index = index();
        let mut event = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        event.fatalities = Some(2);
        let (_, first) = index.apply(&event.build());
        assert_eq!(index.apply(&event.build()), (Verdict::Unchanged, vec![]));
        // Classified again later with the same content: still nothing.
        event.classified = Some("2024-03-05T12:00:00Z".into());
        assert_eq!(index.apply(&event.build()), (Verdict::Unchanged, vec![]));
        event.fatalities = Some(5);
        let (verdict, changes) = index.apply(&event.build());
        assert_eq!(verdict, Verdict::Corrected);
        let incident = upserts(&changes)[0];
        assert_eq!(incident.id, *first[0].incident_id());
        assert_eq!((incident.fatalities, incident.revision), (Some(5), 2));
        assert_eq!(incident.updated_at, at("2024-03-05T12:00:00Z"));
        // The first reading delivered again (a replay): the correction stands.
        event.fatalities = Some(2);
        event.classified = None;
        assert_eq!(index.apply(&event.build()), (Verdict::Stale, vec![]));
    }

    #[test]
    fn a_corrected_event_that_no_longer_fits_moves_and_its_empty_incident_is_retired() {
        let mut index = index();
        let a = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        let mut b = Event::new(2, "Reuters", "2024-03-05T10:00:00Z");
        index.apply(&a.build());
        let (_, changes) = index.apply(&b.build());
        let shared = changes[0].incident_id().clone();
        // Reuters corrects its place to Kyiv: it leaves the Kharkiv incident.
        b.place = (
            "Kyiv".into(),
            Some("Kyiv City".into()),
            Some((50.45, 30.52)),
            LocationPrecision::City,
        );
        b.classified = Some("2024-03-05T11:00:00Z".into());
        let (verdict, changes) = index.apply(&b.build());
        assert_eq!(verdict, Verdict::Moved);
        assert_eq!(changes.len(), 2);
        let records = upserts(&changes);
        assert_eq!(records[0].id, shared);
        assert_eq!(records[0].num_reports, 1);
        assert_eq!(records[0].revision, 3);
        assert_ne!(records[1].id, shared);
        // AP withdraws: the Kharkiv incident is left with nothing and retired.
        let (verdict, changes) = index.retract(&a.build().id, at("2024-03-05T12:00:00Z"));
        assert_eq!(verdict, Verdict::Retracted);
        assert_eq!(changes, vec![Change::Tombstone(shared.clone())]);
        assert!(index.get(&shared).is_none());
        assert_eq!(
            index.retract(&a.build().id, at("2024-03-05T12:00:00Z")).0,
            Verdict::UnknownRetraction
        );
    }

    #[test]
    fn a_newer_reading_of_an_article_replaces_its_older_report() {
        let mut index = index();
        let a = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        let mut reread = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        reread.index = 1;
        reread.classified = Some("2024-03-05T15:00:00Z".into());
        index.apply(&a.build());
        let (verdict, changes) = index.apply(&reread.build());
        assert_eq!(verdict, Verdict::Joined);
        let incident = upserts(&changes)[0];
        assert_eq!(incident.num_reports, 1);
        assert_eq!(incident.reports[0].event_id, reread.build().id);
        assert_eq!(index.incident_of(&a.build().id), None);
    }

    #[test]
    fn two_events_of_one_reading_of_an_article_stay_apart() {
        let mut index = index();
        let a = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        let mut second = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        second.index = 1;
        index.apply(&a.build());
        assert_eq!(index.apply(&second.build()).0, Verdict::Opened);
    }

    #[test]
    fn the_same_events_in_the_same_order_give_the_same_records_and_restore_rebuilds_them() {
        let events: Vec<IncidentEvent> = (0..30)
            .map(|n| {
                let mut event =
                    Event::new(n, ["AP", "Reuters", "AFP"][n % 3], "2024-03-05T09:00:00Z");
                event.date = format!("2024-03-{:02}", 1 + n % 5);
                event.fatalities = Some(n as u32);
                event.build()
            })
            .collect();
        let run = || {
            let mut index = index();
            let changes: Vec<Change> = events.iter().flat_map(|e| index.apply(e).1).collect();
            (index, changes)
        };
        let (first, first_changes) = run();
        let (_, second_changes) = run();
        assert_eq!(first_changes, second_changes);
        let mut restored = index();
        for incident in first.incidents() {
            restored.restore(incident.clone());
        }
        assert_eq!(restored.len(), first.len());
        for event in &events {
            assert_eq!(restored.apply(event), (Verdict::Unchanged, vec![]));
        }
    }

    #[test]
    fn the_window_forgets_old_incidents_and_old_events_stay_alone() {
        let mut index = IncidentIndex::new(IndexConfig {
            window_days: 14,
            ..IndexConfig::default()
        });
        let early = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        index.apply(&early.build());
        let mut late = Event::new(2, "AP", "2024-03-25T09:00:00Z");
        late.date = "2024-03-25".into();
        index.apply(&late.build());
        assert_eq!(index.len(), 1, "the March 5 incident left memory");
        let old_again = Event::new(3, "Reuters", "2024-03-25T10:00:00Z");
        let (verdict, changes) = index.apply(&old_again.build());
        assert_eq!(verdict, Verdict::OutsideWindow);
        assert!(changes.is_empty(), "a late event overwrites nothing");
        assert_eq!(index.len(), 1);
    }

    fn odesa(mut event: Event) -> Event {
        event.place = (
            "Odesa".into(),
            Some("Odesa Oblast".into()),
            Some((46.48, 30.72)),
            LocationPrecision::City,
        );
        event
    }

    #[test]
    fn a_tie_joins_neither_and_the_record_says_so() {
        let mut index = index();
        index.apply(&Event::new(1, "AP", "2024-03-05T09:00:00Z").build());
        index.apply(&odesa(Event::new(2, "Reuters", "2024-03-05T10:00:00Z")).build());
        let mut coarse = Event::new(3, "AFP", "2024-03-05T11:00:00Z");
        coarse.place = (
            "Ukraine".into(),
            None,
            Some((49.0, 32.0)),
            LocationPrecision::Country,
        );
        let (verdict, changes) = index.apply(&coarse.build());
        assert_eq!(verdict, Verdict::Opened);
        let evidence = upserts(&changes)[0].reports[0]
            .merge
            .clone()
            .expect("evidence");
        assert_eq!(evidence.decision, MergeDecision::Opened);
        let near_miss = evidence.near_miss.expect("a near miss");
        assert!(
            near_miss.note.starts_with("tied with"),
            "{}",
            near_miss.note
        );
        // The same coarse report with Kharkiv's toll is no longer a tie.
        let mut kharkiv = Event::new(4, "BBC", "2024-03-05T12:00:00Z");
        kharkiv.fatalities = Some(7);
        index.apply(&kharkiv.build());
        coarse.url = "https://afp.example/story/5".into();
        coarse.fatalities = Some(7);
        assert_eq!(index.apply(&coarse.build()).0, Verdict::Joined);
    }

    #[test]
    fn a_joined_report_says_why() {
        let mut index = index();
        index.apply(&Event::new(1, "AP", "2024-03-05T09:00:00Z").build());
        let mut other = Event::new(2, "Reuters", "2024-03-05T10:00:00Z");
        other.event_type = EventType::ShellingArtilleryMissileAttack;
        let (_, changes) = index.apply(&other.build());
        let incident = upserts(&changes)[0];
        let joined = incident
            .reports
            .iter()
            .find(|r| r.source.as_deref() == Some("Reuters"))
            .and_then(|r| r.merge.clone())
            .expect("evidence");
        assert_eq!(joined.decision, MergeDecision::Joined);
        assert_eq!(joined.place.as_deref(), Some("the same town (Kharkiv)"));
        assert_eq!(joined.date.as_deref(), Some("the same day, 2024-03-05"));
        assert!(joined
            .event_type
            .is_some_and(|t| t.contains("one outlet and shelling")));
        assert_eq!(
            joined.actors.as_deref(),
            Some("the initiator named alike: Russia")
        );
    }

    #[test]
    fn an_overnight_report_does_not_let_the_next_days_attack_join() {
        let mut index = index();
        let mut monday = odesa(Event::new(1, "AP", "2024-03-04T22:00:00Z"));
        monday.date = "2024-03-04".into();
        monday.date_text = Some("on Monday evening".into());
        let mut overnight = odesa(Event::new(2, "AFP", "2024-03-05T05:30:00Z"));
        overnight.date_text = Some("overnight".into());
        let mut tuesday = odesa(Event::new(3, "AP", "2024-03-05T20:00:00Z"));
        tuesday.date_text = Some("on Tuesday".into());
        index.apply(&monday.build());
        assert_eq!(index.apply(&overnight.build()).0, Verdict::Joined);
        assert_eq!(index.apply(&tuesday.build()).0, Verdict::Opened);
    }

    #[test]
    fn an_undated_report_goes_to_its_own_days_attack_rather_than_the_day_befores() {
        let mut index = index();
        let mut monday = odesa(Event::new(1, "AP", "2024-03-04T20:00:00Z"));
        monday.date = "2024-03-04".into();
        monday.date_text = Some("on Monday".into());
        let tuesday = odesa(Event::new(2, "AP", "2024-03-05T20:00:00Z"));
        let (_, monday_changes) = index.apply(&monday.build());
        let (_, tuesday_changes) = index.apply(&tuesday.build());
        let mut undated = odesa(Event::new(3, "DPA", "2024-03-05T21:00:00Z"));
        undated.date_text = None;
        let (verdict, changes) = index.apply(&undated.build());
        assert_eq!(verdict, Verdict::Joined);
        assert_eq!(changes[0].incident_id(), tuesday_changes[0].incident_id());
        assert_ne!(changes[0].incident_id(), monday_changes[0].incident_id());
    }

    #[test]
    fn an_undated_report_two_days_later_joins_only_with_the_same_toll_or_attacker() {
        let mut index = index();
        let mut strike = odesa(Event::new(1, "AP", "2024-03-05T20:00:00Z"));
        strike.fatalities = Some(4);
        index.apply(&strike.build());
        // Published on Thursday, no day given: Tuesday is two days back.
        let mut feature = odesa(Event::new(2, "BBC", "2024-03-07T10:00:00Z"));
        feature.date_text = None;
        feature.initiators.clear();
        feature.fatalities = Some(4);
        assert_eq!(index.apply(&feature.build()).0, Verdict::Joined);
        let mut teaser = odesa(Event::new(3, "Flash", "2024-03-07T11:00:00Z"));
        teaser.date_text = None;
        teaser.initiators.clear();
        teaser.fatalities = Some(1);
        assert_eq!(index.apply(&teaser.build()).0, Verdict::Opened);
    }

    #[test]
    fn an_undated_report_merges_and_the_incident_takes_the_day_a_report_gives() {
        let mut index = index();
        let mut undated = odesa(Event::new(1, "DPA", "2024-03-05T08:00:00Z"));
        undated.date_text = None;
        let (verdict, _) = index.apply(&undated.build());
        assert_eq!(verdict, Verdict::Opened);
        let dated = odesa(Event::new(2, "AP", "2024-03-05T20:00:00Z"));
        let (verdict, changes) = index.apply(&dated.build());
        assert_eq!(verdict, Verdict::Joined);
        let Change::Upsert(incident) = &changes[0] else {
            panic!("an upsert of the incident");
        };
        assert_eq!(incident.occurred_on, dated.build().occurred_on);
        assert_eq!(incident.reports[0].occurred_on, OccurredOn::unknown());
    }

    #[test]
    fn an_earlier_attack_recalled_beside_the_news_is_background_either_way() {
        let mut recalled = Event::new(1, "Reuters", "2024-03-07T12:00:00Z");
        recalled.index = 1;
        recalled.date = "2024-03-05".into();
        recalled.date_text = Some("Tuesday's".into());
        let mut lead = Event::new(1, "Reuters", "2024-03-07T12:00:00Z");
        lead.date = "2024-03-07".into();
        lead.date_text = Some("on Thursday".into());
        let mut index = index();
        index.apply(&Event::new(2, "AP", "2024-03-05T09:00:00Z").build());
        index.apply(&lead.build());
        assert_eq!(index.apply(&recalled.build()).0, Verdict::Background);
        // The mention first: the lead takes it out of the incident it joined.
        let mut index = self::index();
        index.apply(&Event::new(2, "AP", "2024-03-05T09:00:00Z").build());
        assert_eq!(index.apply(&recalled.build()).0, Verdict::Joined);
        let (_, changes) = index.apply(&lead.build());
        assert_eq!(index.incident_of(&recalled.build().id), None);
        assert_eq!(upserts(&changes)[0].num_reports, 1);
    }

    #[test]
    fn two_acts_of_one_reading_in_one_town_share_an_incident() {
        let mut index = index();
        let mut bomb = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        bomb.event_type = EventType::RemoteExplosiveIed;
        let mut defused = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        defused.index = 1;
        defused.event_type = EventType::DisruptedWeaponsUse;
        index.apply(&bomb.build());
        assert_eq!(index.apply(&defused.build()).0, Verdict::Joined);
        assert_eq!(index.len(), 1);
    }

    #[test]
    fn an_event_placed_in_no_country_and_one_with_a_country_meet_either_way() {
        let placed = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        let mut unplaced = Event::new(2, "Reuters", "2024-03-05T10:00:00Z");
        unplaced.country = String::new();
        unplaced.place = ("Unknown".into(), None, None, LocationPrecision::Region);
        let mut index = index();
        index.apply(&placed.build());
        assert_eq!(index.apply(&unplaced.build()).0, Verdict::Joined);
        let mut index = self::index();
        index.apply(&unplaced.build());
        assert_eq!(index.apply(&placed.build()).0, Verdict::Joined);
        // Two incidents the evidence cannot tell apart: a tie, merged into neither.
        let mut index = self::index();
        index.apply(&placed.build());
        index.apply(&odesa(Event::new(3, "AFP", "2024-03-05T09:30:00Z")).build());
        assert_eq!(index.apply(&unplaced.build()).0, Verdict::Opened);
        // Naming no party: the same type on the same day, both dated, will do; another
        // type or no day of its own will not.
        let nameless = |n: usize| {
            let mut event = Event::new(n, "DPA", "2024-03-05T10:00:00Z");
            event.country = String::new();
            event.place = ("Unknown".into(), None, None, LocationPrecision::Region);
            event.initiators.clear();
            event
        };
        let mut index = self::index();
        index.apply(&placed.build());
        assert_eq!(index.apply(&nameless(4).build()).0, Verdict::Joined);
        let mut other_type = nameless(5);
        other_type.event_type = EventType::Abduction;
        assert_eq!(index.apply(&other_type.build()).0, Verdict::Opened);
        let mut undated = nameless(6);
        undated.date_text = None;
        let mut index = self::index();
        index.apply(&placed.build());
        assert_eq!(index.apply(&undated.build()).0, Verdict::Opened);
    }

    #[test]
    fn two_events_placed_in_no_country_meet_only_on_evidence() {
        let unplaced = |n: usize, source: &str| {
            let mut event = Event::new(n, source, "2024-03-05T10:00:00Z");
            event.country = String::new();
            event.place = ("Unknown".into(), None, None, LocationPrecision::Region);
            event.initiators.clear();
            event
        };
        // The same type on the same day, nothing else: apart.
        let mut index = index();
        index.apply(&unplaced(1, "Live").build());
        assert_eq!(
            index.apply(&unplaced(2, "Flash").build()).0,
            Verdict::Opened
        );
        // The same death toll, or a party named alike: one incident.
        let mut index = self::index();
        let mut first = unplaced(1, "Live");
        first.fatalities = Some(4);
        let mut second = unplaced(2, "Flash");
        second.fatalities = Some(4);
        index.apply(&first.build());
        assert_eq!(index.apply(&second.build()).0, Verdict::Joined);
        let mut index = self::index();
        let mut first = unplaced(1, "Live");
        first.initiators = vec![("Houthis".into(), None)];
        let mut second = unplaced(2, "Flash");
        second.initiators = vec![("Houthis".into(), None)];
        index.apply(&first.build());
        assert_eq!(index.apply(&second.build()).0, Verdict::Joined);
        // A sea named alike by both: one incident; two seas: apart.
        let sea = |n: usize, source: &str, name: &str, lat_lon: (f64, f64)| {
            let mut event = unplaced(n, source);
            event.place = (name.into(), None, Some(lat_lon), LocationPrecision::Region);
            event
        };
        let mut index = self::index();
        let mut red_sea = sea(1, "Live", "Red Sea", (20.0, 38.5));
        red_sea.initiators = vec![("Houthis".into(), None)];
        index.apply(&red_sea.build());
        let southern = sea(2, "Flash", "southern Red Sea", (20.0, 38.5));
        assert_eq!(index.apply(&southern.build()).0, Verdict::Joined);
        // Another water far off, even by the same party: apart.
        let mut gulf = sea(3, "DPA", "Gulf of Aden", (12.5, 47.5));
        gulf.initiators = vec![("Houthis".into(), None)];
        assert_eq!(index.apply(&gulf.build()).0, Verdict::Opened);
    }

    #[test]
    fn the_hours_around_midnight_meet_either_day_and_prefer_the_one_named() {
        // "Late Monday" in one report, "early Tuesday" in the next morning's: one strike.
        let mut index = index();
        let mut late = odesa(Event::new(1, "AP", "2024-03-04T23:30:00Z"));
        late.date = "2024-03-04".into();
        late.date_text = Some("late Monday".into());
        let mut early = odesa(Event::new(2, "Reuters", "2024-03-05T07:00:00Z"));
        early.date_text = Some("early Tuesday".into());
        index.apply(&late.build());
        assert_eq!(index.apply(&early.build()).0, Verdict::Joined);
        // Monday's strike and Tuesday's afternoon strike on the same city: an "early
        // Tuesday" report could be either, but the day it names is the likelier.
        let mut index = self::index();
        let mut monday = odesa(Event::new(3, "AP", "2024-03-04T20:00:00Z"));
        monday.date = "2024-03-04".into();
        monday.date_text = Some("on Monday".into());
        let tuesday = odesa(Event::new(4, "AP", "2024-03-05T18:00:00Z"));
        index.apply(&monday.build());
        let (_, tuesday_changes) = index.apply(&tuesday.build());
        let mut early = odesa(Event::new(5, "DPA", "2024-03-05T19:00:00Z"));
        early.date_text = Some("early Tuesday".into());
        let (verdict, changes) = index.apply(&early.build());
        assert_eq!(verdict, Verdict::Joined);
        assert_eq!(changes[0].incident_id(), tuesday_changes[0].incident_id());
    }

    #[test]
    fn the_next_afternoons_strike_does_not_join_a_strike_near_midnight() {
        // "Late on Sunday" and "early on Monday": one strike near midnight, either day.
        let mut index = index();
        let mut late = odesa(Event::new(1, "AP", "2024-03-04T23:50:00Z"));
        late.date = "2024-03-04".into();
        late.date_text = Some("late on Monday".into());
        let mut early = odesa(Event::new(2, "Reuters", "2024-03-05T07:00:00Z"));
        early.date_text = Some("early on Tuesday".into());
        index.apply(&late.build());
        assert_eq!(index.apply(&early.build()).0, Verdict::Joined);
        // Tuesday afternoon's strike on the same city is another.
        let mut afternoon = odesa(Event::new(3, "DPA", "2024-03-05T17:00:00Z"));
        afternoon.date_text = Some("on Tuesday afternoon".into());
        assert_eq!(index.apply(&afternoon.build()).0, Verdict::Opened);
        // A report of Tuesday without a time of day may be either: a tie, joins neither.
        let plain = odesa(Event::new(4, "AFP", "2024-03-05T18:00:00Z"));
        assert_eq!(index.apply(&plain.build()).0, Verdict::Opened);
    }

    #[test]
    fn an_attack_told_without_weapon_or_attacker_meets_a_strike_by_its_toll() {
        let mut index = index();
        let mut strike = odesa(Event::new(1, "Reuters", "2024-03-05T12:00:00Z"));
        strike.fatalities = Some(4);
        index.apply(&strike.build());
        let teaser = |n: usize, toll: u32| {
            let mut event = odesa(Event::new(n, "Flash", "2024-03-05T11:40:00Z"));
            event.event_type = EventType::AttackOnCivilians;
            event.initiators.clear();
            event.fatalities = Some(toll);
            event
        };
        assert_eq!(index.apply(&teaser(2, 4).build()).0, Verdict::Joined);
        assert_eq!(index.apply(&teaser(3, 2).build()).0, Verdict::Opened);
    }

    #[test]
    fn a_report_of_a_type_another_report_gave_joins_whatever_the_records_type() {
        // A battle told as the army's air strikes on the RSF, then as fighting: then a
        // note of the fighting that names neither side meets the incident by its
        // second report's type.
        let mut index = index();
        let mut strike = Event::new(1, "Reuters", "2024-03-05T17:00:00Z");
        strike.initiators = vec![("Sudan".into(), Some("SD".into()))];
        let mut clash = Event::new(2, "AFP", "2024-03-06T08:00:00Z");
        clash.event_type = EventType::ArmedClash;
        clash.initiators = vec![("Sudan".into(), Some("SD".into()))];
        let mut note = Event::new(3, "Conflict Log", "2024-03-06T10:00:00Z");
        note.event_type = EventType::ArmedClash;
        note.initiators.clear();
        index.apply(&strike.build());
        assert_eq!(index.apply(&clash.build()).0, Verdict::Joined);
        let (verdict, changes) = index.apply(&note.build());
        assert_eq!(verdict, Verdict::Joined);
        let evidence = upserts(&changes)[0]
            .reports
            .iter()
            .find(|r| r.source.as_deref() == Some("Conflict Log"))
            .and_then(|r| r.merge.clone())
            .expect("evidence");
        assert!(evidence
            .event_type
            .is_some_and(|t| t.contains("another report of the incident")));
    }

    #[test]
    fn year_precision_events_stay_alone() {
        let mut index = index();
        let mut vague = Event::new(1, "AP", "2024-03-05T09:00:00Z");
        vague.precision = DatePrecision::Year;
        index.apply(&vague.build());
        let mut vague_too = Event::new(2, "Reuters", "2024-03-05T09:00:00Z");
        vague_too.precision = DatePrecision::Year;
        assert_eq!(index.apply(&vague_too.build()).0, Verdict::Opened);
    }

    #[test]
    fn a_village_overrun_and_its_people_killed_is_one_incident_told_either_way() {
        // One outlet tells CODECO taking Ntoma, another CODECO killing its people.
        let ntoma = |n: usize, source: &str, event_type: EventType, group: &str| {
            let mut event = Event::new(n, source, "2024-08-06T09:00:00Z");
            event.event_type = event_type;
            event.date = "2024-08-05".into();
            event.date_text = Some("on Monday".into());
            event.place = (
                "Ntoma".into(),
                Some("Ituri".into()),
                Some((1.95, 30.25)),
                LocationPrecision::City,
            );
            event.country = "CD".into();
            event.initiators = vec![(group.into(), None)];
            event.fatalities = Some(16);
            event
        };
        let mut index = index();
        let capture = ntoma(
            1,
            "Front Desk",
            EventType::NonStateActorOvertakesTerritory,
            "CODECO",
        );
        index.apply(&capture.build());
        let killing = ntoma(2, "Reuters", EventType::AttackOnCivilians, "CODECO");
        let (verdict, changes) = index.apply(&killing.build());
        assert_eq!(verdict, Verdict::Joined);
        let evidence = upserts(&changes)[0]
            .reports
            .iter()
            .find(|r| r.source.as_deref() == Some("Reuters"))
            .and_then(|r| r.merge.clone())
            .expect("evidence");
        assert!(evidence
            .event_type
            .is_some_and(|t| t.contains("one outlet tells the capture, another the killing")));
        // Another named group's killing there that day is another incident.
        let other = ntoma(
            3,
            "AFP",
            EventType::AttackOnCivilians,
            "Allied Democratic Forces",
        );
        assert_eq!(index.apply(&other.build()).0, Verdict::Opened);
    }
}

#[cfg(test)]
mod restore_tests {
    use super::tests::Event;
    use super::*;

    #[test]
    fn an_index_restored_halfway_ends_like_one_that_never_stopped() {
        let events: Vec<IncidentEvent> = (0..40)
            .map(|n| {
                let happening = n / 3;
                let mut event =
                    Event::new(n, ["AP", "Reuters", "AFP"][n % 3], "2024-03-05T09:00:00Z");
                event.date = format!("2024-03-{:02}", 1 + happening % 9);
                event.place.0 = format!("Town {happening}");
                event.place.2 = Some((30.0 + happening as f64, 44.0));
                event.fatalities = Some(n as u32);
                event.build()
            })
            .collect();
        let mut whole = IncidentIndex::new(IndexConfig::default());
        let mut whole_changes = Vec::new();
        for event in &events {
            whole_changes.extend(whole.apply(event).1);
        }
        let mut first = IncidentIndex::new(IndexConfig::default());
        let mut published = Vec::new();
        for event in &events[..20] {
            published.extend(first.apply(event).1);
        }
        let mut restored = IncidentIndex::new(IndexConfig::default());
        for change in published {
            match change {
                Change::Upsert(incident) => restored.restore(incident),
                Change::Tombstone(id) => restored.restore_tombstone(&id),
            }
        }
        for event in &events[..20] {
            assert_eq!(restored.apply(event).1, vec![]);
        }
        for event in &events[20..] {
            restored.apply(event);
        }
        let mut a: Vec<Incident> = whole.incidents().collect();
        let mut b: Vec<Incident> = restored.incidents().collect();
        a.sort_by(|x, y| x.id.cmp(&y.id));
        b.sort_by(|x, y| x.id.cmp(&y.id));
        assert_eq!(a.len(), b.len());
        assert_eq!(a, b);
    }
}
