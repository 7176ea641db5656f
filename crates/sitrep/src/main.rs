//! `sitrep`: runs any stage of the pipeline, classifies feeds offline, tails events.

mod classify_cmd;
mod deadletter_cmd;
mod eval_cmd;
mod eval_incidents_cmd;
mod feed_status;
mod feeds_cmd;
mod health_cmd;
mod tail_cmd;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use sitrep_runtime::config::TransportKind;
use sitrep_runtime::{telemetry, RunOptions, Settings, Target};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::memory::MemoryBus;
use tokio_util::sync::CancellationToken;

/// Every stage runs on mimalloc: the classifier's many small allocations per sentence cost a
/// third less CPU than on the system allocator (`make bench-classifier`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "sitrep",
    version,
    about = "Wire news in, military-incident events out"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the pipeline, or one stage of it.
    Run {
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "all")]
        target: TargetArg,
        /// Fetch every feed once, carry everything through, then exit
        /// (in-process transport with --target all; otherwise the fetcher stops after one cycle).
        #[arg(long)]
        once: bool,
    },
    /// Classify a feed document or JSON lines of articles offline; one event per line.
    Classify {
        /// Also print non-`occurred` events and a verdict line for articles without an incident.
        #[arg(long)]
        all: bool,
        /// A feed document (RSS, Atom, JSON Feed) or JSON lines of articles; `-` or nothing for stdin.
        path: Option<PathBuf>,
    },
    /// Measure the classifier and a keyword baseline against labelled feed files, or the
    /// incident clustering against a one-a-day filter (a directory with `clusters.jsonl`).
    Eval {
        /// Labelled feeds or directories of them (`NAME.labels.jsonl` beside each feed),
        /// or clustering corpora (`tests/data/incidents`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Follow the events topic and print each event.
    Tail(tail_cmd::TailArgs),
    /// The feed list: import an OPML file, list the configured feeds.
    Feeds(feeds_cmd::FeedsArgs),
    /// Ask a running sitrep's admin server whether it is ready (exit 0) or not (exit 1),
    /// as a container HEALTHCHECK does.
    Health(health_cmd::HealthArgs),
    /// The dead letters: list them, send their inputs back once a fix is deployed.
    Deadletter(deadletter_cmd::DeadletterArgs),
    /// Inspect the configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Validate the configuration and print it as the process would use it: every key,
    /// as TOML that loads the same (secrets masked, in a comment).
    Check {
        #[arg(long)]
        config: Option<PathBuf>,
        /// Also connect: the brokers answer, and every topic exists with the settings
        /// sitrep needs (partitions, compaction of the state topics).
        #[arg(long)]
        connect: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum TargetArg {
    Fetcher,
    Normalizer,
    Classifier,
    /// Merges events into incidents (`sitrep.events` -> `sitrep.incidents`).
    Incidents,
    All,
}

impl From<TargetArg> for Target {
    fn from(target: TargetArg) -> Target {
        match target {
            TargetArg::Fetcher => Target::Fetcher,
            TargetArg::Normalizer => Target::Normalizer,
            TargetArg::Classifier => Target::Classifier,
            TargetArg::Incidents => Target::Incidents,
            TargetArg::All => Target::All,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("sitrep: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Run {
                config,
                target,
                once,
            } => run(config, target.into(), once).await,
            Command::Classify { all, path } => classify_cmd::run(path, all),
            Command::Eval { paths } => eval(&paths),
            Command::Tail(args) => tail_cmd::run(args).await,
            Command::Feeds(args) => feeds_cmd::run(args).await,
            Command::Health(args) => health_cmd::run(args),
            Command::Deadletter(args) => deadletter_cmd::run(args).await,
            Command::Config(ConfigCommand::Check { config, connect }) => {
                config_check(config, connect).await
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sitrep: {}", one_line(&error));
            ExitCode::FAILURE
        }
    }
}

/// Clustering corpora get the incident evaluation, everything else the classifier's.
fn eval(paths: &[PathBuf]) -> anyhow::Result<()> {
    let (clustering, labelled): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .iter()
        .cloned()
        .partition(|path| eval_incidents_cmd::is_clustering_corpus(path));
    for path in &clustering {
        eval_incidents_cmd::run(path)?;
    }
    if !labelled.is_empty() || clustering.is_empty() {
        eval_cmd::run(&labelled)?;
    }
    Ok(())
}

/// The error chain on one line: `context: cause: cause`.
fn one_line(error: &anyhow::Error) -> String {
    format!("{error:#}").replace('\n', " ")
}

async fn run_options(
    settings: &Settings,
    target: Target,
    once: bool,
    reload: Arc<tokio::sync::Notify>,
) -> anyhow::Result<RunOptions> {
    let admin_listener = match settings.admin_listen {
        Some(addr) => Some(
            tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| anyhow::anyhow!("admin.listen {addr}: {e}"))?,
        ),
        None => None,
    };
    Ok(RunOptions {
        target,
        once,
        admin_listener,
        reload: Some(reload),
    })
}

async fn config_check(config: Option<PathBuf>, connect: bool) -> anyhow::Result<()> {
    let settings = Settings::load(config.as_deref())?;
    print!("{}", settings.effective_toml());
    if !connect {
        return Ok(());
    }
    anyhow::ensure!(
        settings.transport == TransportKind::Kafka,
        "--connect: transport is {:?}, there is no broker to connect to",
        settings.transport
    );
    let transport = KafkaTransport::new(settings.kafka.clone())?;
    let specs = sitrep_runtime::pipeline::topic_specs(&settings);
    use sitrep_transport::Transport as _;
    transport
        .probe(&[])
        .await
        .map_err(|e| anyhow::anyhow!("brokers {}: {e}", settings.kafka.brokers))?;
    eprintln!("brokers {}: answered", settings.kafka.brokers);
    let problems = transport.check_topics(&specs).await?;
    for problem in &problems {
        eprintln!("problem: {problem}");
    }
    anyhow::ensure!(
        problems.is_empty(),
        "{} problem(s) with the topics (above)",
        problems.len()
    );
    eprintln!(
        "topics: all {} exist with the settings sitrep needs",
        specs.len()
    );
    Ok(())
}

/// Resolves once `shutdown` was requested and `deadline` has passed since.
async fn deadline_after(shutdown: CancellationToken, deadline: std::time::Duration) {
    shutdown.cancelled().await;
    tokio::time::sleep(deadline).await;
}

async fn run(config: Option<PathBuf>, target: Target, once: bool) -> anyhow::Result<()> {
    let settings = Settings::load(config.as_deref())?;
    let deadline = settings.shutdown_timeout;
    let shutdown = CancellationToken::new();
    tokio::select! {
        result = run_until_stopped(settings, config.as_deref(), target, once, shutdown.clone()) => result,
        () = deadline_after(shutdown, deadline) => {
            anyhow::bail!("did not stop within shutdown_timeout_secs = {}", deadline.as_secs())
        }
    }
}

async fn run_until_stopped(
    settings: Settings,
    config: Option<&std::path::Path>,
    target: Target,
    once: bool,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    telemetry::init(settings.log_format, &settings.log_level);
    let brokers = match settings.transport {
        TransportKind::Kafka => settings.kafka.brokers.as_str(),
        TransportKind::Memory => "-",
    };
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        target = target.as_str(),
        config = %config.map_or_else(|| "-".to_owned(), |path| path.display().to_string()),
        transport = ?settings.transport,
        brokers,
        "sitrep starting"
    );
    // The metrics recorder before any client: what they register at creation counts.
    sitrep_runtime::admin::metrics_handle();
    sitrep_runtime::shutdown::on_signals(shutdown.clone());
    let reload = Arc::new(tokio::sync::Notify::new());
    let reloads_feeds = matches!(target, Target::Fetcher | Target::All)
        && !(once && settings.transport == TransportKind::Memory);
    sitrep_runtime::shutdown::on_hangup(
        reload.clone(),
        reloads_feeds.then_some("reading the feeds file again"),
    );
    match settings.transport {
        TransportKind::Memory if once && target == Target::All => {
            sitrep_runtime::run_once_in_process(&settings, MemoryBus::new(), shutdown).await?;
            if let Some(path) = &settings.output.events_file {
                eprintln!("full JSON events written to {}", path.display());
            }
            Ok(())
        }
        TransportKind::Memory => {
            anyhow::ensure!(
                target == Target::All,
                "the in-process transport needs --target all (set transport = \"kafka\" to run stages apart)"
            );
            let options = run_options(&settings, target, once, reload).await?;
            sitrep_runtime::run(&settings, Arc::new(MemoryBus::new()), options, shutdown).await
        }
        TransportKind::Kafka => {
            let transport = KafkaTransport::new(settings.kafka.clone())?;
            let options = run_options(&settings, target, once, reload).await?;
            sitrep_runtime::run(&settings, Arc::new(transport), options, shutdown).await
        }
    }
}
