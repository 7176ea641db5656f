//! `sitrep tail`: follow `sitrep.events` on the broker and print what arrives.

use std::path::PathBuf;

use clap::Args;
use sitrep_contract::IncidentEvent;
use sitrep_runtime::{display, Settings};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{ConsumerSpec, StartFrom, Transport};

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
    /// Start from the oldest event instead of from now.
    #[arg(long)]
    from_beginning: bool,
    /// Print the raw JSON instead of a readable line.
    #[arg(long)]
    json: bool,
    /// Exit after this many events (default: follow forever).
    #[arg(long)]
    max_events: Option<u64>,
}

pub async fn run(args: TailArgs) -> anyhow::Result<()> {
    let settings = Settings::load(args.config.as_deref())?;
    sitrep_runtime::telemetry::init(settings.log_format, "warn");
    if let Some(code) = &args.event_type {
        anyhow::ensure!(
            sitrep_contract::EventType::from_code(code).is_some(),
            "--type {code}: not an event type of the taxonomy"
        );
    }
    let transport = KafkaTransport::new(settings.kafka.clone())?;
    // A group of its own, so a tail never takes partitions from another consumer.
    let group_id = format!(
        "{}tail-{}-{}",
        settings.topic_prefix,
        std::process::id(),
        chrono::Utc::now().timestamp_millis()
    );
    let consumer = transport.consumer(&ConsumerSpec {
        group_id,
        topics: vec![settings.topics.events.clone()],
        start_from: if args.from_beginning {
            StartFrom::Earliest
        } else {
            StartFrom::Latest
        },
    })?;
    let country = args.country.as_deref().map(str::to_ascii_uppercase);
    let mut num_printed = 0u64;
    loop {
        if args.max_events.is_some_and(|max| num_printed >= max) {
            return Ok(());
        }
        let message = tokio::select! {
            () = wait_for_ctrl_c() => return Ok(()),
            received = consumer.recv() => received?,
        };
        let event: IncidentEvent = match serde_json::from_slice(message.payload_bytes()) {
            Ok(event) => event,
            Err(error) => {
                eprintln!(
                    "sitrep: {}@{}: not an event: {error}",
                    message.position.topic, message.position.offset
                );
                continue;
            }
        };
        if args
            .event_type
            .as_deref()
            .is_some_and(|code| event.event_type.code() != code)
        {
            continue;
        }
        if country
            .as_deref()
            .is_some_and(|cc| event.location.country_code.as_deref() != Some(cc))
        {
            continue;
        }
        if args.json {
            println!("{}", String::from_utf8_lossy(message.payload_bytes()));
        } else {
            println!("{}", display::event_line(&event));
        }
        num_printed += 1;
    }
}

async fn wait_for_ctrl_c() {
    let _ = tokio::signal::ctrl_c().await;
}
