//! The time window: the watermark (the newest report merged, the events' own time),
//! incidents leaving memory as it moves, and what is remembered of them for one more
//! window (their event ids and incident ids), so a late reading neither reopens an
//! event elsewhere nor takes the id of a record that still stands.

use chrono::{DateTime, Utc};
use sitrep_contract::IncidentReport;

use super::{day_of, key, IncidentIndex};
use crate::dates;

impl IncidentIndex {
    pub(super) fn advance_watermark(&mut self, at: DateTime<Utc>) {
        let day = day_of(at);
        if self.watermark_day.is_none_or(|w| day > w) {
            self.watermark_day = Some(day);
        }
    }

    pub(super) fn window_start(&self) -> Option<i32> {
        let window = i32::try_from(self.config.window_days).unwrap_or(i32::MAX);
        self.watermark_day.map(|w| w.saturating_sub(window))
    }

    pub(super) fn expire(&mut self) {
        let Some(start) = self.window_start() else {
            return;
        };
        while let Some(&(last_day, slot)) = self.expiry.first() {
            if last_day >= start {
                break;
            }
            self.expiry.pop_first();
            let Some(entry) = self.entry(slot) else {
                continue;
            };
            let id = entry.id.clone();
            let events: Vec<u128> = entry
                .reports
                .iter()
                .map(|r| key(r.event_id.hex()))
                .collect();
            self.forget(&id);
            let incident = key(id.hex());
            self.retired_incidents.insert(incident, last_day);
            self.retired_order.push_back((last_day, incident, true));
            for event in events {
                self.retired_events.insert(event, last_day);
                self.retired_order.push_back((last_day, event, false));
            }
        }
        // Retired events are remembered for one more window.
        let window = i32::try_from(self.config.window_days).unwrap_or(i32::MAX);
        while let Some(&(last_day, id, is_incident)) = self.retired_order.front() {
            if last_day >= start.saturating_sub(window) {
                break;
            }
            self.retired_order.pop_front();
            let retired = if is_incident {
                &mut self.retired_incidents
            } else {
                &mut self.retired_events
            };
            if retired.get(&id) == Some(&last_day) {
                retired.remove(&id);
            }
        }
    }

    /// Whether a report's date lies wholly before the window.
    pub(super) fn before_window(&self, report: &IncidentReport) -> bool {
        match (dates::of_report(report), self.window_start()) {
            (Some(span), Some(start)) => span.last < start,
            (None, Some(start)) => day_of(report.published_at) < start,
            _ => false,
        }
    }
}
