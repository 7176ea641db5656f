//! `HostGates`: politeness per host. At most `max_per_host` requests in flight to one
//! host, and none before the time a `Retry-After` (429 or 503) asked for, for every feed
//! of that host. Pure bookkeeping with an explicit `now`; the service loop asks before
//! each poll and releases after it.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use url::Url;

/// The politeness key of a URL: host and port (`example.org:443`); `file` URLs share one.
pub fn host_key(url: &Url) -> String {
    match url.host_str() {
        Some(host) => format!(
            "{}:{}",
            host.to_ascii_lowercase(),
            url.port_or_known_default().unwrap_or(0)
        ),
        None => url.scheme().to_owned(),
    }
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Gate {
    in_flight: usize,
    not_before: Option<DateTime<Utc>>,
}

/// Per host: how many polls are in flight, and until when the host asked to be left
/// alone (`Retry-After`). One for the whole fetcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostGates {
    max_per_host: usize,
    gates: HashMap<String, Gate>,
}

impl HostGates {
    /// Gates letting at most `max_per_host` polls (at least one) at a host at once.
    pub fn new(max_per_host: usize) -> Self {
        Self {
            max_per_host: max_per_host.max(1),
            gates: HashMap::new(),
        }
    }

    /// Takes a slot for `host` if one is free and the host is not deferred at `now`.
    pub fn try_acquire(&mut self, host: &str, now: DateTime<Utc>) -> bool {
        let gate = self.gates.entry(host.to_owned()).or_default();
        if gate.not_before.is_some_and(|at| at > now) || gate.in_flight >= self.max_per_host {
            return false;
        }
        gate.in_flight += 1;
        true
    }

    /// Gives back the slot a poll of `host` took.
    pub fn release(&mut self, host: &str) {
        if let Some(gate) = self.gates.get_mut(host) {
            gate.in_flight = gate.in_flight.saturating_sub(1);
            if gate.in_flight == 0 && gate.not_before.is_none() {
                self.gates.remove(host);
            }
        }
    }

    /// No request to `host` before `until` (a later deferral wins).
    pub fn defer(&mut self, host: &str, until: DateTime<Utc>) {
        let gate = self.gates.entry(host.to_owned()).or_default();
        gate.not_before = Some(gate.not_before.map_or(until, |at| at.max(until)));
    }

    /// When `host` may be asked again, if it is deferred past `now`.
    pub fn deferred_until(&self, host: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.gates
            .get(host)
            .and_then(|gate| gate.not_before)
            .filter(|at| *at > now)
    }

    /// Forgets deferrals that have passed, so the map stays as small as the hosts in use.
    pub fn expire(&mut self, now: DateTime<Utc>) {
        self.gates.retain(|_, gate| {
            if gate.not_before.is_some_and(|at| at <= now) {
                gate.not_before = None;
            }
            gate.in_flight > 0 || gate.not_before.is_some()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_600_000_000 + secs, 0).expect("a valid time")
    }

    #[test]
    fn keys_are_host_and_port() {
        let key = |url: &str| host_key(&Url::parse(url).expect("url"));
        assert_eq!(key("https://Example.org/rss"), "example.org:443");
        assert_eq!(key("http://example.org:8080/a"), "example.org:8080");
        assert_eq!(key("http://example.org/a"), "example.org:80");
        assert_eq!(key("file:///srv/a.xml"), "file");
    }

    #[test]
    fn limits_requests_in_flight_per_host() {
        let mut gates = HostGates::new(2);
        assert!(gates.try_acquire("a", at(0)));
        assert!(gates.try_acquire("a", at(0)));
        assert!(
            !gates.try_acquire("a", at(0)),
            "third to the same host waits"
        );
        assert!(gates.try_acquire("b", at(0)), "another host does not");
        gates.release("a");
        assert!(gates.try_acquire("a", at(0)));
    }

    #[test]
    fn retry_after_defers_the_whole_host() {
        let mut gates = HostGates::new(4);
        gates.defer("a", at(120));
        gates.defer("a", at(60));
        assert_eq!(
            gates.deferred_until("a", at(0)),
            Some(at(120)),
            "the later wins"
        );
        assert!(!gates.try_acquire("a", at(119)));
        assert!(gates.try_acquire("b", at(0)));
        assert!(gates.try_acquire("a", at(120)));
        gates.release("a");
        gates.expire(at(121));
        assert_eq!(gates.deferred_until("a", at(121)), None);
        gates.release("b");
        assert!(gates.gates.is_empty(), "nothing left to remember");
    }
}
