//! `sitrep tail`: follow `sitrep.events` (or with `--incidents`, `sitrep.incidents`) on
//! the broker and print what arrives, as readable lines, raw JSON, or a GeoJSON
//! FeatureCollection for a map. It reads outside any consumer group (it takes no
//! partition from anyone and leaves no group behind), waits out a broker that cannot be
//! reached, stops at the end of the topic with `--until-end`, and ends quietly when its
//! reader goes away (`| head`) or on SIGTERM (writing its GeoJSON first).

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Args, ValueEnum};
use sitrep_contract::{Actor, Incident, IncidentEvent};
use sitrep_runtime::{display, Settings};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::kafka_reader::{ReadEvent, ReadFrom, TopicReader};
use sitrep_transport::InMessage;
use std::io::Write;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One readable line per event.
    Line,
    /// The event JSON as published, one per line.
    Json,
    /// One GeoJSON FeatureCollection, written when the tail ends (--max-events,
    /// --until-end, Ctrl-C or SIGTERM).
    Geojson,
}

#[derive(Args)]
pub struct TailArgs {
    #[arg(long)]
    config: Option<PathBuf>,
    /// Only events of this type (`air_drone_strike`, ...).
    #[arg(long = "type")]
    event_type: Option<String>,
    /// Only events in this country (ISO 3166-1 alpha-2).
    #[arg(long)]
    country: Option<String>,
    /// Only events with an actor whose name contains this (case-insensitive).
    #[arg(long)]
    actor: Option<String>,
    /// Only events with at least this confidence.
    #[arg(long)]
    min_confidence: Option<f64>,
    /// Start from the oldest event instead of from now.
    #[arg(long)]
    from_beginning: bool,
    /// Start from the first event put on the topic at or after this time (RFC 3339),
    /// found by the broker's offsets for times.
    #[arg(long, conflicts_with = "from_beginning")]
    since: Option<DateTime<Utc>>,
    #[arg(long, value_enum, default_value = "line")]
    format: Format,
    /// Raw JSON (same as --format json).
    #[arg(long)]
    json: bool,
    /// Exit after this many matching events (default: follow until Ctrl-C or SIGTERM).
    #[arg(long)]
    max_events: Option<u64>,
    /// Exit once every partition has been read to its end (with --from-beginning or
    /// --since: what the topic holds now), for scripts.
    #[arg(long)]
    until_end: bool,
    /// Follow the incidents (one record per real-world incident, a new version on every
    /// change) instead of the events. `--min-confidence` does not apply; GeoJSON holds
    /// each incident's latest version, without those retired.
    #[arg(long)]
    incidents: bool,
}

/// Which events a tail shows.
#[derive(Debug, Default)]
pub struct Filter {
    pub event_type: Option<String>,
    pub country: Option<String>,
    pub actor: Option<String>,
    pub min_confidence: Option<f64>,
}

impl Filter {
    pub fn matches(&self, event: &IncidentEvent) -> bool {
        self.matches_fields(
            event.event_type,
            event.location.country_code.as_deref(),
            &event.actors,
        ) && self
            .min_confidence
            .is_none_or(|min| event.confidence >= min)
    }

    /// An incident: the same filters but confidence (incidents carry none).
    pub fn matches_incident(&self, incident: &Incident) -> bool {
        self.matches_fields(
            incident.event_type,
            incident.location.country_code.as_deref(),
            &incident.actors,
        )
    }

    fn matches_fields(
        &self,
        event_type: sitrep_contract::EventType,
        country: Option<&str>,
        actors: &[Actor],
    ) -> bool {
        self.event_type
            .as_deref()
            .is_none_or(|code| event_type.code() == code)
            && self
                .country
                .as_deref()
                .is_none_or(|cc| country.is_some_and(|c| c.eq_ignore_ascii_case(cc)))
            && self.actor.as_deref().is_none_or(|wanted| {
                let wanted = wanted.to_lowercase();
                actors
                    .iter()
                    .any(|a| a.name.to_lowercase().contains(&wanted))
            })
    }
}

pub async fn run(args: TailArgs) -> anyhow::Result<()> {
    match tail(args).await {
        // The reader went away (`| head`): what it wanted was written.
        Err(error) if is_broken_pipe(&error) => Ok(()),
        result => result,
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

async fn tail(args: TailArgs) -> anyhow::Result<()> {
    let settings = Settings::load(args.config.as_deref())?;
    // The client's own lines stay out of the way: the tail says in one line when the
    // broker cannot be reached and carries on.
    sitrep_runtime::telemetry::init(settings.log_format, "warn,librdkafka=off");
    if let Some(code) = &args.event_type {
        anyhow::ensure!(
            sitrep_contract::EventType::from_code(code).is_some(),
            "--type {code}: not an event type of the taxonomy"
        );
    }
    let format = if args.json { Format::Json } else { args.format };
    let filter = Filter {
        event_type: args.event_type.clone(),
        country: args.country.clone(),
        actor: args.actor.clone(),
        min_confidence: args.min_confidence,
    };
    let topic = if args.incidents {
        settings.topics.incidents.clone()
    } else {
        settings.topics.events.clone()
    };
    let from = match (args.since, args.from_beginning) {
        (Some(since), _) => ReadFrom::Time(since.timestamp_millis()),
        (None, true) => ReadFrom::Beginning,
        (None, false) => ReadFrom::End,
    };
    let mut stop = std::pin::pin!(stop_signal()?);
    let transport = KafkaTransport::new(settings.kafka.clone())?;
    let mut records: Box<dyn Records> = if args.incidents {
        Box::new(IncidentRecords {
            filter,
            format,
            latest: Default::default(),
        })
    } else {
        Box::new(EventRecords {
            filter,
            format,
            collected: Vec::new(),
        })
    };
    let mut out = std::io::stdout().lock();
    let reader = tokio::select! {
        () = &mut stop => None,
        reader = open_reader(&transport, &topic, from) => Some(reader?),
    };
    if let Some(reader) = reader {
        let since_ms = args.since.map(|since| since.timestamp_millis());
        let mut num_shown = 0u64;
        let mut in_trouble = false;
        loop {
            if args.max_events.is_some_and(|max| num_shown >= max)
                || (args.until_end && reader.at_end())
            {
                break;
            }
            let event = tokio::select! {
                () = &mut stop => break,
                event = reader.next() => event?,
            };
            let message = match event {
                ReadEvent::Message(message) => message,
                ReadEvent::PartitionEnd(_) => {
                    in_trouble = false;
                    continue;
                }
                ReadEvent::Trouble(trouble) => {
                    if !in_trouble {
                        eprintln!("sitrep: {topic}: {trouble}; retrying");
                        in_trouble = true;
                    }
                    continue;
                }
            };
            if std::mem::take(&mut in_trouble) {
                eprintln!("sitrep: {topic}: reading again");
            }
            if since_ms.is_some_and(|since| message.timestamp_ms.is_some_and(|at| at < since)) {
                continue;
            }
            if records.take(&message, &mut out)? {
                num_shown += 1;
            }
        }
    }
    records.finish(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Resolves on the first SIGINT or SIGTERM: the tail then writes what it owes (the
/// GeoJSON collection) and exits 0.
fn stop_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    })
}

/// A reader of `topic`, waiting (one line, then quiet) while the broker cannot be
/// reached.
async fn open_reader(
    transport: &KafkaTransport,
    topic: &str,
    from: ReadFrom,
) -> anyhow::Result<TopicReader> {
    let mut pause = std::time::Duration::from_millis(250);
    let mut said = false;
    loop {
        match transport.topic_reader(topic, from).await {
            Ok(reader) => return Ok(reader),
            Err(error) if error.is_transient() => {
                if !said {
                    eprintln!("sitrep: {error}; retrying");
                    said = true;
                }
            }
            Err(error) => return Err(error.into()),
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(std::time::Duration::from_secs(5));
    }
}

/// What a tail does with the records of its topic.
trait Records {
    /// Shows (or keeps) one message; true when it counts towards `--max-events`.
    fn take(&mut self, message: &InMessage, out: &mut dyn Write) -> std::io::Result<bool>;
    /// Writes what is owed at the end (the GeoJSON collection).
    fn finish(&mut self, out: &mut dyn Write) -> anyhow::Result<()>;
}

struct EventRecords {
    filter: Filter,
    format: Format,
    collected: Vec<IncidentEvent>,
}

impl Records for EventRecords {
    fn take(&mut self, message: &InMessage, out: &mut dyn Write) -> std::io::Result<bool> {
        let Some(payload) = message.payload.as_deref() else {
            // A null value withdraws the event of its key (its article was revised and no
            // longer reports it); the classifier also sends them for ids it never used.
            if let Some(key) = message.key_text() {
                self.collected
                    .retain(|event: &IncidentEvent| event.id.as_str() != key);
            }
            return Ok(false);
        };
        let event: IncidentEvent = match serde_json::from_slice(payload) {
            Ok(event) => event,
            Err(error) => {
                eprintln!(
                    "sitrep: {}[{}]@{}: not an event: {error}",
                    message.position.topic, message.position.partition, message.position.offset
                );
                return Ok(false);
            }
        };
        if !self.filter.matches(&event) {
            return Ok(false);
        }
        match self.format {
            Format::Line => writeln!(out, "{}", display::event_line(&event))?,
            Format::Json => writeln!(out, "{}", String::from_utf8_lossy(payload))?,
            Format::Geojson => self.collected.push(event),
        }
        Ok(true)
    }

    fn finish(&mut self, out: &mut dyn Write) -> anyhow::Result<()> {
        if self.format == Format::Geojson {
            let collection = serde_json::to_string_pretty(&display::geojson(&self.collected))?;
            writeln!(out, "{collection}")?;
        }
        Ok(())
    }
}

/// The incidents topic: every new version of an incident (or its retirement) as it
/// comes; GeoJSON gets the latest version of each incident still standing.
struct IncidentRecords {
    filter: Filter,
    format: Format,
    latest: std::collections::BTreeMap<String, Incident>,
}

impl Records for IncidentRecords {
    fn take(&mut self, message: &InMessage, out: &mut dyn Write) -> std::io::Result<bool> {
        let Some(payload) = message.payload.as_deref() else {
            // A tombstone: the incident is retired (its reports were all withdrawn).
            let key = message.key_text().unwrap_or_default();
            self.latest.remove(&key);
            match self.format {
                Format::Line => writeln!(out, "retired {key}")?,
                Format::Json => {
                    writeln!(out, "{}", serde_json::json!({ "id": key, "retired": true }))?
                }
                Format::Geojson => {}
            }
            return Ok(false);
        };
        let incident: Incident = match serde_json::from_slice(payload) {
            Ok(incident) => incident,
            Err(error) => {
                eprintln!(
                    "sitrep: {}[{}]@{}: not an incident: {error}",
                    message.position.topic, message.position.partition, message.position.offset
                );
                return Ok(false);
            }
        };
        if !self.filter.matches_incident(&incident) {
            return Ok(false);
        }
        match self.format {
            Format::Line => writeln!(out, "{}", display::incident_line(&incident))?,
            Format::Json => writeln!(out, "{}", String::from_utf8_lossy(payload))?,
            Format::Geojson => {}
        }
        self.latest.insert(incident.id.to_string(), incident);
        Ok(true)
    }

    fn finish(&mut self, out: &mut dyn Write) -> anyhow::Result<()> {
        if self.format == Format::Geojson {
            let incidents: Vec<Incident> = std::mem::take(&mut self.latest).into_values().collect();
            let collection = serde_json::to_string_pretty(&display::incidents_geojson(&incidents))?;
            writeln!(out, "{collection}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract crate's fixture event, of `event_type`, in `country`, by `actor`.
    fn event(
        event_type: &str,
        country: Option<&str>,
        actor: &str,
        confidence: f64,
    ) -> IncidentEvent {
        let mut event = sitrep_contract::fixtures::event();
        event.event_type =
            sitrep_contract::EventType::from_code(event_type).expect("a type of the taxonomy");
        event.location.country_code = country.map(str::to_owned);
        event.actors[0].name = actor.to_owned();
        event.actors[0].country_code = None;
        event.confidence = confidence;
        event
    }

    #[test]
    fn filters_combine() {
        let strike = event("air_drone_strike", Some("IQ"), "United States", 0.9);
        let check = |filter: Filter, expected: bool| {
            assert_eq!(filter.matches(&strike), expected, "{filter:?}")
        };
        check(Filter::default(), true);
        check(
            Filter {
                event_type: Some("air_drone_strike".into()),
                ..Filter::default()
            },
            true,
        );
        check(
            Filter {
                event_type: Some("armed_clash".into()),
                ..Filter::default()
            },
            false,
        );
        check(
            Filter {
                country: Some("iq".into()),
                ..Filter::default()
            },
            true,
        );
        check(
            Filter {
                country: Some("SY".into()),
                ..Filter::default()
            },
            false,
        );
        check(
            Filter {
                actor: Some("united".into()),
                ..Filter::default()
            },
            true,
        );
        check(
            Filter {
                actor: Some("hezbollah".into()),
                ..Filter::default()
            },
            false,
        );
        check(
            Filter {
                min_confidence: Some(0.95),
                ..Filter::default()
            },
            false,
        );
        check(
            Filter {
                min_confidence: Some(0.5),
                country: Some("IQ".into()),
                ..Filter::default()
            },
            true,
        );
        let nowhere = event("armed_clash", None, "x", 1.0);
        assert!(!Filter {
            country: Some("IQ".into()),
            ..Filter::default()
        }
        .matches(&nowhere));
    }

    fn incident() -> Incident {
        let json = serde_json::json!({
            "schema": "sitrep.incident/v1", "id": "inc_0123456789abcdef0123456789abcdef",
            "event_type": "air_drone_strike",
            "acled": { "event_type": "x", "sub_event_type": "y" }, "cameo": "195",
            "occurred_on": { "date": "2020-03-12", "precision": "day", "text": null },
            "location": { "name": "Kharkiv", "country_code": "UA", "admin1": null, "lat": 49.99, "lon": 36.23, "precision": "city" },
            "actors": [ { "name": "Russia", "role": "initiator", "kind": "state_force", "country_code": "RU" } ],
            "fatalities": 7, "injuries": null, "weapons": [], "fatalities_range": [7, 11],
            "reports": [], "num_reports": 3, "num_sources": 2,
            "first_reported_at": "2020-03-12T08:00:00Z", "updated_at": "2020-03-12T18:00:00Z", "revision": 4
        });
        serde_json::from_value(json).expect("incident")
    }

    #[test]
    fn incidents_filter_show_and_map() {
        let incident = incident();
        assert!(Filter {
            country: Some("ua".into()),
            actor: Some("russ".into()),
            min_confidence: Some(0.99),
            ..Filter::default()
        }
        .matches_incident(&incident));
        assert!(!Filter {
            event_type: Some("armed_clash".into()),
            ..Filter::default()
        }
        .matches_incident(&incident));
        let line = display::incident_line(&incident);
        assert!(line.starts_with("2020-03-12  air_drone_strike"), "{line}");
        assert!(
            line.contains("Kharkiv (UA)") && line.contains("killed 7 [7-11]"),
            "{line}"
        );
        assert!(
            line.contains("rev 4") && line.contains("3 reports / 2 outlets"),
            "{line}"
        );
        let map = display::incidents_geojson(&[incident]);
        assert_eq!(
            map["features"][0]["id"],
            "inc_0123456789abcdef0123456789abcdef"
        );
        assert_eq!(
            map["features"][0]["geometry"]["coordinates"],
            serde_json::json!([36.23, 49.99])
        );
        assert_eq!(map["features"][0]["properties"]["num_sources"], 2);
    }

    #[test]
    fn geojson_is_a_feature_collection_with_lon_lat_points() {
        let value =
            display::geojson(&[event("air_drone_strike", Some("IQ"), "United States", 0.9)]);
        assert_eq!(value["type"], "FeatureCollection");
        let feature = &value["features"][0];
        assert_eq!(feature["geometry"]["type"], "Point");
        assert_eq!(
            feature["geometry"]["coordinates"],
            serde_json::json!([44.0, 33.0]),
            "GeoJSON is [lon, lat]"
        );
        assert_eq!(feature["properties"]["event_type"], "air_drone_strike");
    }
}
