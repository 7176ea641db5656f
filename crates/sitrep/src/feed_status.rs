//! `sitrep feeds status`: each configured feed's health, read from the state the fetcher
//! keeps (the compacted state topic on Kafka, the state file in one process) by a fresh
//! process; no running fetcher is asked, so it works in any deployment.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Utc};
use clap::Args;
use serde::Serialize;
use sitrep_fetcher::FeedState;
use sitrep_runtime::config::TransportKind;
use sitrep_runtime::fetch::{StateStore, States};
use sitrep_runtime::Settings;
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::Transport;

#[derive(Args)]
pub struct StatusArgs {
    #[arg(long)]
    config: Option<PathBuf>,
    /// Only feeds whose last polls failed (parked ones included).
    #[arg(long)]
    failing: bool,
    /// One JSON object per feed and line.
    #[arg(long)]
    json: bool,
}

/// One feed's health as shown.
#[derive(Serialize)]
struct FeedHealth {
    id: String,
    name: Option<String>,
    /// The configured URL, credentials and secret parameters masked.
    url: String,
    /// `ok`, `failing`, `parked` (failed `fetcher.park_after_failures` times in a row:
    /// polled every `fetcher.parked_interval_secs`), `retired` (410 Gone) or `unpolled`.
    state: &'static str,
    consecutive_failures: u32,
    last_attempt_at: Option<DateTime<Utc>>,
    last_success_at: Option<DateTime<Utc>>,
    last_outcome: Option<String>,
    last_error: Option<String>,
    num_entries_emitted: u64,
    /// Seconds from the last attempt to the next poll: the interval in force.
    interval_secs: Option<i64>,
    next_poll_at: Option<DateTime<Utc>>,
    websub_subscribed: bool,
}

impl FeedHealth {
    fn of(
        feed: &sitrep_fetcher::FeedSpec,
        state: Option<&FeedState>,
        schedule: &sitrep_fetcher::SchedulePolicy,
    ) -> Self {
        let default = FeedState::default();
        let known = state.is_some();
        let state = state.unwrap_or(&default);
        let health = if !known {
            "unpolled"
        } else if state.retired {
            "retired"
        } else if schedule.is_parked(state) {
            "parked"
        } else if state.consecutive_failures > 0 {
            "failing"
        } else {
            "ok"
        };
        Self {
            id: feed.id.to_string(),
            name: feed.name.clone(),
            url: feed.shown_url(),
            state: health,
            consecutive_failures: state.consecutive_failures,
            last_attempt_at: state.last_attempt_at,
            last_success_at: state.last_success_at,
            last_outcome: state.last_outcome.clone(),
            last_error: state
                .last_error
                .as_deref()
                .map(sitrep_contract::redact::mask_urls_in),
            num_entries_emitted: state.num_entries_emitted,
            interval_secs: state
                .next_poll_at
                .zip(state.last_attempt_at)
                .map(|(next, last)| (next - last).num_seconds()),
            next_poll_at: state.next_poll_at,
            websub_subscribed: state.websub_subscribed,
        }
    }
}

pub async fn run(args: StatusArgs) -> anyhow::Result<()> {
    let settings = Settings::load(args.config.as_deref())?;
    sitrep_runtime::telemetry::init(settings.log_format, "warn,librdkafka=off");
    let states = load_states(&settings).await?;
    let rows: Vec<FeedHealth> = settings
        .fetcher
        .feeds
        .iter()
        .map(|feed| FeedHealth::of(feed, states.get(&feed.id), &settings.fetcher.schedule))
        .filter(|row| !args.failing || matches!(row.state, "failing" | "parked"))
        .collect();
    let mut out = std::io::stdout().lock();
    if args.json {
        for row in &rows {
            writeln!(out, "{}", serde_json::to_string(row)?)?;
        }
        return Ok(());
    }
    writeln!(
        out,
        "{:<37} {:<8} {:>5} {:<20} {:<20} {:<14} {:>7} {:>8} {:<20} {:<6} {:<40} ERROR",
        "ID",
        "STATE",
        "FAILS",
        "LAST ATTEMPT",
        "LAST SUCCESS",
        "LAST",
        "EMITTED",
        "INTERVAL",
        "NEXT POLL",
        "WEBSUB",
        "FEED"
    )?;
    let time = |at: Option<DateTime<Utc>>| {
        at.map_or("-".to_owned(), |at| {
            at.to_rfc3339_opts(SecondsFormat::Secs, true)
        })
    };
    for row in &rows {
        writeln!(
            out,
            "{:<37} {:<8} {:>5} {:<20} {:<20} {:<14} {:>7} {:>8} {:<20} {:<6} {:<40} {}",
            row.id,
            row.state,
            row.consecutive_failures,
            time(row.last_attempt_at),
            time(row.last_success_at),
            row.last_outcome.as_deref().unwrap_or("-"),
            row.num_entries_emitted,
            row.interval_secs
                .map_or("-".to_owned(), |secs| format!("{secs}s")),
            time(row.next_poll_at),
            if row.websub_subscribed { "yes" } else { "no" },
            row.name.as_deref().unwrap_or(&row.url),
            row.last_error.as_deref().unwrap_or("-"),
        )?;
    }
    Ok(())
}

/// The fetcher's states where its settings keep them; none when nothing was stored yet.
async fn load_states(settings: &Settings) -> anyhow::Result<States> {
    let store = match settings.transport {
        TransportKind::Kafka => {
            let transport = Arc::new(KafkaTransport::new(settings.kafka.clone())?);
            let topic = settings.topics.fetcher_state.clone();
            if transport.probe(std::slice::from_ref(&topic)).await.is_err() {
                eprintln!("sitrep: {topic}: not readable (no fetcher has run yet?); no state");
                return Ok(States::new());
            }
            StateStore::Topic { transport, topic }
        }
        TransportKind::Memory => match &settings.fetcher.state_file {
            Some(path) => StateStore::File { path: path.clone() },
            None => anyhow::bail!(
                "the in-process transport keeps feed state only with fetcher.state_file set"
            ),
        },
    };
    Ok(store.load().await?)
}
