//! `sitrep feeds`: the feed list. `import` turns an OPML subscription list (what every
//! feed reader exports) into feeds-file entries; `list` shows the feeds a config polls.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, Subcommand};
use sitrep_fetcher::{parse_opml, FeedSpec};
use sitrep_runtime::config::{load_feeds, TransportKind};
use sitrep_runtime::fetch::{ControlAction, ControlCommand};
use sitrep_runtime::Settings;
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::Transport as _;

#[derive(Args)]
pub struct FeedsArgs {
    #[command(subcommand)]
    command: FeedsCommand,
}

#[derive(Subcommand)]
enum FeedsCommand {
    /// Convert an OPML file into `[[feeds]]` entries: printed, or appended to a feeds file
    /// (feeds it already lists are left out).
    Import {
        /// The OPML file (`-` for stdin).
        path: PathBuf,
        /// A feeds file to append to, e.g. config/feeds.toml.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Print the feeds a config polls: id, URL, interval and name.
    List {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Each configured feed's health, read from the fetcher's state (the compacted state
    /// topic, or the state file in one process): last attempt and success, last outcome
    /// and error, failures in a row, entries emitted, interval, next poll, WebSub.
    Status(crate::feed_status::StatusArgs),
    /// Tell the running fetchers to clear a feed's failures in a row (unparking it) and
    /// poll it now (through the control topic; Kafka only).
    Reset(ControlArgs),
    /// Tell the running fetchers to poll a feed now (through the control topic; Kafka only).
    Refresh(ControlArgs),
}

#[derive(Args)]
struct ControlArgs {
    /// The feed's id, as `sitrep feeds list` and `sitrep feeds status` show it.
    id: String,
    #[arg(long)]
    config: Option<PathBuf>,
}

pub async fn run(args: FeedsArgs) -> anyhow::Result<()> {
    match args.command {
        FeedsCommand::Import { path, output } => import(&path, output.as_deref()),
        FeedsCommand::List { config } => list(config.as_deref()),
        FeedsCommand::Status(args) => crate::feed_status::run(args).await,
        FeedsCommand::Reset(args) => control(args, ControlAction::Reset).await,
        FeedsCommand::Refresh(args) => control(args, ControlAction::Refresh).await,
    }
}

/// Writes one command for the feed to the control topic; the replica that owns the feed
/// applies it.
async fn control(args: ControlArgs, action: ControlAction) -> anyhow::Result<()> {
    let settings = Settings::load(args.config.as_deref())?;
    sitrep_runtime::telemetry::init(settings.log_format, "warn,librdkafka=off");
    let Some(feed) = settings
        .fetcher
        .feeds
        .iter()
        .find(|feed| feed.id.as_str() == args.id)
    else {
        anyhow::bail!("{}: no such feed in the configured feeds", args.id);
    };
    if settings.transport != TransportKind::Kafka {
        anyhow::bail!("{}: operator commands reach running fetchers only through Kafka (transport = \"kafka\")", args.id);
    }
    let transport = KafkaTransport::new(settings.kafka.clone())?;
    let topic = settings.topics.fetcher_control.clone();
    transport
        .probe(std::slice::from_ref(&topic))
        .await
        .with_context(|| format!("{topic}: not reachable (has a fetcher of this version run?)"))?;
    let producer = transport.producer()?;
    producer
        .send(ControlCommand::new(action, feed.id.as_str()).message(&topic)?)
        .await
        .with_context(|| format!("{topic}: writing the command"))?;
    producer.flush(std::time::Duration::from_secs(10)).await?;
    let done = match action {
        ControlAction::Reset => "reset (failures cleared, polled now)",
        ControlAction::Refresh => "polled now",
    };
    eprintln!(
        "{} ({}): {done} by the fetcher that owns it",
        feed.id,
        feed.shown_url()
    );
    Ok(())
}

fn import(path: &std::path::Path, output: Option<&std::path::Path>) -> anyhow::Result<()> {
    let bytes = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).context("reading stdin")?;
        bytes
    } else {
        std::fs::read(path).with_context(|| format!("{}", path.display()))?
    };
    let feeds = parse_opml(&bytes).with_context(|| format!("{}", path.display()))?;
    let mut known: std::collections::HashSet<sitrep_contract::FeedId> = match output {
        Some(output) if output.exists() => load_feeds(output)?
            .0
            .into_iter()
            .map(|feed| feed.id)
            .collect(),
        _ => Default::default(),
    };
    let mut toml = String::new();
    let (mut num_added, mut num_known, mut num_refused) = (0, 0, 0);
    for feed in feeds {
        let spec = match FeedSpec::new(&feed.url, None, feed.name.clone()) {
            Ok(spec) if !spec.url.username().is_empty() || spec.url.password().is_some() => {
                // A feeds file holds no credentials (docs/operations.md, Secrets).
                eprintln!(
                    "sitrep: {}: credentials in the URL, left out (name an environment variable in the entry's headers instead)",
                    spec.shown_url()
                );
                num_refused += 1;
                continue;
            }
            Ok(spec) if !spec.is_file() => spec,
            Ok(file) => {
                eprintln!("sitrep: {}: a file URL, left out", file.shown_url());
                num_refused += 1;
                continue;
            }
            Err(error) => {
                eprintln!("sitrep: {error}, left out");
                num_refused += 1;
                continue;
            }
        };
        if !known.insert(spec.id.clone()) {
            num_known += 1;
            continue;
        }
        toml.push_str(&entry(&spec, &feed.tags));
        num_added += 1;
    }
    match output {
        Some(output) => {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(output)
                .with_context(|| format!("{}", output.display()))?;
            file.write_all(toml.as_bytes())
                .with_context(|| format!("{}", output.display()))?;
            eprintln!(
                "{num_added} feeds added to {} ({num_known} already there, {num_refused} left out)",
                output.display()
            );
        }
        None => {
            print!("{toml}");
            eprintln!("{num_added} feeds ({num_refused} left out)");
        }
    }
    Ok(())
}

/// One `[[feeds]]` table. JSON string escapes are valid TOML basic-string escapes.
fn entry(spec: &FeedSpec, tags: &[String]) -> String {
    let quote = |text: &str| serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned());
    let mut entry = format!("\n[[feeds]]\nurl = {}\n", quote(spec.url.as_str()));
    if let Some(name) = &spec.name {
        entry.push_str(&format!("name = {}\n", quote(name)));
    }
    if !tags.is_empty() {
        let tags: Vec<String> = tags.iter().map(|tag| quote(tag)).collect();
        entry.push_str(&format!("tags = [{}]\n", tags.join(", ")));
    }
    entry
}

fn list(config: Option<&std::path::Path>) -> anyhow::Result<()> {
    let settings = Settings::load(config)?;
    let fetcher = &settings.fetcher;
    let mut stdout = std::io::stdout().lock();
    for feed in &fetcher.feeds {
        let interval = match fetcher.feed_intervals.get(&feed.id) {
            Some(interval) => format!("every {}s", interval.as_secs()),
            None => format!(
                "adaptive {}-{}s",
                fetcher.schedule.min_interval.as_secs(),
                fetcher.schedule.max_interval.as_secs()
            ),
        };
        writeln!(
            stdout,
            "{}  {}  {}  {}",
            feed.id,
            feed.shown_url(),
            interval,
            feed.name.as_deref().unwrap_or("-")
        )?;
    }
    Ok(())
}
