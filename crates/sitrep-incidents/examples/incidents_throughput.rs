//! Events per second merged with 100,000 incidents in the window, and peak memory.
//!
//! `cargo run --release -p sitrep-incidents --example incidents_throughput [NUM_INCIDENTS] [NUM_EVENTS]`
//!
//! Fills the index with NUM_INCIDENTS incidents spread over 40 countries, 2,000 towns
//! each and the 14 days of the window, then merges NUM_EVENTS more events on one
//! thread while the stream moves on by another 14 days: half are new reports of
//! incidents of the last dozen days (another outlet, a rising toll), half open
//! incidents on the newest day as old ones leave the window. Each change is serialized to JSON, as the stage
//! does before producing it. Prints events/s, the peak resident set (VmHWM) and a
//! digest of the records (the same digest before and after a change to the merging
//! shows it decides as before). It runs on mimalloc, as the `sitrep` binary does, so the
//! figure is the stage's.

use std::hash::{DefaultHasher, Hasher};
use std::time::Instant;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sitrep_contract::{
    Actor, ActorKind, ActorRole, ArticleId, ArticleRef, EventId, EventType, FeedId, IncidentEvent,
    Location, LocationPrecision, OccurredOn, Status,
};
use sitrep_incidents::{Change, IncidentIndex, IndexConfig};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const OUTLETS: [&str; 6] = ["AP", "Reuters", "AFP", "BBC", "Al Jazeera", "DPA"];
const COUNTRIES: usize = 40;
const TOWNS: usize = 2000;
const DAYS: u64 = 14;
/// Events made before each timed stretch.
const BATCH: usize = 1000;

/// xorshift64*: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The `n`th synthetic happening: a country, a town, a day, a type and an initiator.
#[derive(Clone, Copy)]
struct Happening {
    country: usize,
    town: usize,
    day: u64,
    event_type: EventType,
}

fn happening(rng: &mut Rng) -> Happening {
    let types = [
        EventType::AirDroneStrike,
        EventType::ShellingArtilleryMissileAttack,
        EventType::ArmedClash,
        EventType::RemoteExplosiveIed,
        EventType::AttackOnCivilians,
    ];
    Happening {
        country: rng.below(COUNTRIES as u64) as usize,
        town: rng.below(TOWNS as u64) as usize,
        day: rng.below(DAYS),
        event_type: types[rng.below(types.len() as u64) as usize],
    }
}

fn event(serial: u64, what: Happening, outlet: usize, fatalities: u32) -> IncidentEvent {
    let start = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap_or_default();
    let date = start + Duration::days(what.day as i64);
    let published: DateTime<Utc> = date
        .and_hms_opt(8 + (serial % 12) as u32, 0, 0)
        .unwrap_or_default()
        .and_utc()
        + Duration::days(1);
    let url = format!("https://outlet{outlet}.example/{serial}");
    let article = ArticleId::for_url(&url);
    let country = format!(
        "{}{}",
        (b'A' + (what.country / 26) as u8) as char,
        (b'A' + (what.country % 26) as u8) as char
    );
    // Towns on a grid at least 0.1 degrees (11 km) apart: far enough to stay distinct.
    let lat = (what.country as f64) * 4.0 - 80.0 + (what.town / 50) as f64 * 0.1;
    let lon = (what.town % 50) as f64 * 0.5;
    IncidentEvent {
        schema: IncidentEvent::SCHEMA.into(),
        id: EventId::for_event(&article, 0),
        article: ArticleRef {
            id: article,
            url: Some(url),
            title: "Strike kills civilians".into(),
            source: Some(OUTLETS[outlet].into()),
            feed_id: FeedId::for_feed(OUTLETS[outlet]),
            published_at: published,
            language: Some("en".into()),
        },
        event_type: what.event_type,
        acled: what.event_type.acled(),
        cameo: what.event_type.cameo().into(),
        status: Status::Occurred,
        occurred_on: OccurredOn::day(date, Some("on Tuesday".into())),
        location: Location {
            name: format!("Town {}-{}", what.country, what.town),
            country_code: Some(country.clone()),
            admin1: Some(format!("Province {}", what.town / 50)),
            lat: Some(lat),
            lon: Some(lon),
            precision: LocationPrecision::City,
        },
        actors: vec![Actor {
            name: format!("Force {}", what.country),
            role: ActorRole::Initiator,
            kind: ActorKind::StateForce,
            country_code: Some(country),
        }],
        fatalities: Some(fatalities),
        injuries: None,
        weapons: vec!["artillery".into()],
        confidence: 0.9,
        evidence: vec![],
        classified_at: published,
        classifier_version: "0.1.0".into(),
    }
}

/// A memory figure of /proc/self/status in MB (`VmRSS:` now, `VmHWM:` the peak;
/// Linux only, 0 elsewhere).
fn rss_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with(field))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The time this thread has spent on a CPU (`/proc/thread-self/schedstat`; Linux only,
/// zero elsewhere).
fn thread_cpu_time() -> std::time::Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(std::time::Duration::ZERO, std::time::Duration::from_nanos)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let num_incidents: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let num_events: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut index = IncidentIndex::new(IndexConfig::default());
    // Happenings by day, for later reports of them.
    let mut known: Vec<Vec<Happening>> = vec![Vec::new(); 2 * DAYS as usize + 1];
    let mut serial = 0u64;
    let filling = Instant::now();
    while (index.len() as u64) < num_incidents {
        let what = happening(&mut rng);
        serial += 1;
        index.apply(&event(serial, what, (serial % 6) as usize, 1));
        known[what.day as usize].push(what);
    }
    let fill_secs = filling.elapsed().as_secs_f64();
    let filled_rss = rss_mb("VmRSS:");

    // Events are made a thousand at a time (holding them all would dwarf the index in
    // the peak RSS); only the merge and the serialization are timed, by the clock and
    // by the thread's time on a CPU (the figure that holds on a loaded machine).
    let mut elapsed = std::time::Duration::ZERO;
    let mut on_cpu = std::time::Duration::ZERO;
    let mut num_changes = 0usize;
    let mut num_bytes = 0usize;
    let mut digest = DefaultHasher::new();
    // The stream moves on by another window meanwhile: new happenings fall on the
    // days after the filled ones, so old incidents leave as new ones come and the
    // window holds about NUM_INCIDENTS throughout.
    let mut most_in_window = index.len();
    let mut batch: Vec<IncidentEvent> = Vec::with_capacity(BATCH);
    let mut n = 0;
    while n < num_events {
        batch.clear();
        while batch.len() < BATCH && n < num_events {
            serial += 1;
            let today = DAYS + n * DAYS / num_events.max(1);
            if n % 2 == 0 {
                // Another outlet on a happening of the last dozen days.
                let day = today - rng.below(12);
                let of_day = &known[day as usize];
                if !of_day.is_empty() {
                    let what = of_day[rng.below(of_day.len() as u64) as usize];
                    batch.push(event(
                        serial,
                        what,
                        (serial % 6) as usize,
                        1 + (n % 7) as u32,
                    ));
                }
            } else {
                let what = Happening {
                    day: today,
                    ..happening(&mut rng)
                };
                known[today as usize].push(what);
                batch.push(event(serial, what, (serial % 6) as usize, 2));
            }
            n += 1;
        }
        let started = Instant::now();
        let cpu_started = thread_cpu_time();
        let mut records: Vec<Vec<u8>> = Vec::new();
        let mut ids = Vec::new();
        for event in &batch {
            let (_, changes) = index.apply(event);
            for change in &changes {
                if let Change::Upsert(incident) = change {
                    records.extend(serde_json::to_vec(incident).ok());
                }
            }
            num_changes += changes.len();
            ids.extend(changes.iter().map(|change| change.incident_id().clone()));
            most_in_window = most_in_window.max(index.len());
        }
        on_cpu += thread_cpu_time().saturating_sub(cpu_started);
        elapsed += started.elapsed();
        for record in &records {
            num_bytes += record.len();
            digest.write(record);
        }
        for id in &ids {
            digest.write(id.hex().as_bytes());
        }
    }
    let elapsed = elapsed.as_secs_f64();
    let on_cpu = on_cpu.as_secs_f64();
    println!(
        "incident index: {num_incidents} incidents in the window (filled in {fill_secs:.2} s), \
         {} now",
        index.len()
    );
    println!(
        "  merged {num_events} events in {elapsed:.2} s on one thread: {:.0} events/s \
         ({num_changes} records, {:.0} bytes each on average)",
        num_events as f64 / elapsed,
        num_bytes as f64 / num_changes.max(1) as f64
    );
    if on_cpu > 0.0 {
        println!(
            "  {on_cpu:.2} s of it on a CPU: {:.0} events per CPU second",
            num_events as f64 / on_cpu
        );
    }
    println!(
        "  RSS with {num_incidents} incidents {filled_rss:.0} MB; peak RSS {:.0} MB \
         (at most {most_in_window} incidents in the window)",
        rss_mb("VmHWM:")
    );
    println!("  digest of the records {:016x}", digest.finish());
}
