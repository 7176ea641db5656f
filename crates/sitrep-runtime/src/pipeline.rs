//! Assembling stages into a running process: `run` hosts one target (or all) on any
//! transport until shutdown; `run_once_in_process` runs everything on the in-process
//! bus, fetches each feed once, waits until every stage has caught up, and returns.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use sitrep_classifier::Classifier;
use sitrep_contract::Stage;
use sitrep_transport::memory::MemoryBus;
use sitrep_transport::{ConsumerSpec, StartFrom, TopicSpec, Transport};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::admin;
use crate::classify::ClassifyProcessor;
use crate::config::{Settings, TransportKind};
use crate::fetch::FetchLoop;
use crate::health::Health;
use crate::incidents::IncidentProcessor;
use crate::normalize::{NormalizeProcessor, DEFAULT_MEMORY};
use crate::printer::Printer;
use crate::stage::{Processor, StageLoop};

/// Which stages a process hosts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Fetcher,
    Normalizer,
    Classifier,
    /// The incident stage: events merged into incidents.
    Incidents,
    All,
}

impl Target {
    /// The name `--target` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Fetcher => "fetcher",
            Target::Normalizer => "normalizer",
            Target::Classifier => "classifier",
            Target::Incidents => "incidents",
            Target::All => "all",
        }
    }

    fn hosts(self, stage: Target) -> bool {
        self == Target::All || self == stage
    }
}

/// The topics sitrep writes, as they are created when missing.
pub fn topic_specs(settings: &Settings) -> Vec<TopicSpec> {
    let topics = &settings.topics;
    let spec = |name: &str, compacted| TopicSpec {
        name: name.to_owned(),
        partitions: settings.partitions,
        replication: settings.replication,
        compacted,
    };
    vec![
        spec(&topics.items_raw, false),
        spec(&topics.articles, false),
        spec(&topics.events, false),
        spec(&topics.deadletter, false),
        spec(&topics.fetcher_state, true),
        spec(&topics.fetcher_control, false),
        spec(&topics.incidents, true),
    ]
}

/// How `run` hosts its stages.
pub struct RunOptions {
    pub target: Target,
    /// The fetcher stops after one cycle (the other stages keep running).
    pub once: bool,
    /// Already bound, so tests can pass a port-0 listener; None runs no admin server.
    pub admin_listener: Option<tokio::net::TcpListener>,
    /// Notified to read the feeds file again (SIGHUP); the fetcher listens.
    pub reload: Option<Arc<tokio::sync::Notify>>,
}

impl RunOptions {
    pub fn new(target: Target) -> Self {
        Self {
            target,
            once: false,
            admin_listener: None,
            reload: None,
        }
    }
}

/// Runs the stages of `options.target` until `shutdown` is cancelled, or until a stage
/// fails (then the others are stopped too and the error returned).
pub async fn run(
    settings: &Settings,
    transport: Arc<dyn Transport>,
    options: RunOptions,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    let target = options.target;
    let num_stages = [
        Target::Fetcher,
        Target::Normalizer,
        Target::Classifier,
        Target::Incidents,
    ]
    .iter()
    .filter(|stage| target.hosts(**stage))
    .count();
    let health = Health::new(num_stages);
    // The recorder first: metric handles taken before it is installed go nowhere.
    admin::metrics_handle();
    crate::metric_catalogue::start_series(crate::metric_catalogue::Hosted {
        fetcher: target.hosts(Target::Fetcher),
        normalizer: target.hosts(Target::Normalizer),
        classifier: target.hosts(Target::Classifier),
        incidents: target.hosts(Target::Incidents),
    });
    let mut tasks = JoinSet::new();
    if let Some(listener) = options.admin_listener {
        let (health, shutdown) = (health.clone(), shutdown.clone());
        tasks.spawn(async move {
            admin::serve(listener, health, shutdown)
                .await
                .context("admin server")?;
            Ok("admin")
        });
    }
    if !ensure_topics_when_reachable(settings, transport.as_ref(), &shutdown).await {
        return supervise(tasks, &shutdown).await;
    }
    match transport.check_topics(&topic_specs(settings)).await {
        Ok(problems) => {
            for problem in problems {
                tracing::warn!(problem = %problem, "topic settings");
            }
        }
        Err(error) => tracing::debug!(error = %error, "topic settings not checked"),
    }
    let topics: Vec<String> = topic_specs(settings)
        .into_iter()
        .map(|spec| spec.name)
        .collect();
    tasks.spawn({
        let (health, transport, shutdown) = (health.clone(), transport.clone(), shutdown.clone());
        async move {
            health
                .probe_loop(transport, topics, crate::health::PROBE_INTERVAL, shutdown)
                .await;
            Ok("health probe")
        }
    });
    spawn_stages(
        settings,
        &transport,
        Hosting {
            target,
            once: options.once,
            reload: options.reload.clone(),
        },
        &health,
        &shutdown,
        &mut tasks,
    )?;
    for _ in 0..num_stages {
        health.stage_started();
    }
    supervise(tasks, &shutdown).await
}

/// Runs the whole pipeline once on the in-process bus: every feed fetched once, every
/// item carried through to the events (printed and written to the events file), then
/// an orderly stop.
pub async fn run_once_in_process(
    settings: &Settings,
    bus: MemoryBus,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    let transport: Arc<dyn Transport> = Arc::new(bus.clone());
    transport
        .ensure_topics(&topic_specs(settings))
        .await
        .context("creating topics")?;
    let stages = shutdown.child_token();
    let mut tasks = JoinSet::new();
    let health = Health::new(3);
    spawn_stages(
        settings,
        &transport,
        Hosting::stage(Target::Normalizer),
        &health,
        &stages,
        &mut tasks,
    )?;
    spawn_stages(
        settings,
        &transport,
        Hosting::stage(Target::Classifier),
        &health,
        &stages,
        &mut tasks,
    )?;
    spawn_stages(
        settings,
        &transport,
        Hosting::stage(Target::Incidents),
        &health,
        &stages,
        &mut tasks,
    )?;
    spawn_printer(settings, &transport, &stages, &mut tasks)?;
    let work = async {
        let cycle = FetchLoop::new(settings, &transport)?
            .run(stages.clone(), true)
            .await?;
        wait_until_drained(settings, &bus).await;
        every_feed_failed(&cycle)
    };
    let result = tokio::select! {
        () = shutdown.cancelled() => Ok(()),
        result = work => result,
    };
    stages.cancel();
    let stopped = supervise(tasks, &stages).await;
    result.and(stopped)
}

/// A `--once` cycle in which no feed could be read is a failure of the run (exit status
/// 1), with the cycle's summary; each feed's error is in its own log line.
fn every_feed_failed(cycle: &crate::fetch::CycleSummary) -> anyhow::Result<()> {
    anyhow::ensure!(
        !cycle.all_failed(),
        "every feed failed ({}); each feed's error is logged above",
        cycle.describe()
    );
    Ok(())
}

/// Resolves once every consumer on the bus has committed everything there is, and no
/// stage produced anything new meanwhile.
async fn wait_until_drained(settings: &Settings, bus: &MemoryBus) {
    let topics = &settings.topics;
    let watched = [
        ("normalizer", &topics.items_raw),
        ("classifier", &topics.articles),
        ("printer", &topics.events),
        ("incidents", &topics.events),
    ];
    loop {
        let before: Vec<i64> = watched
            .iter()
            .map(|(_, topic)| bus.end_offset(topic))
            .collect();
        for (stage, topic) in watched {
            bus.wait_committed(&settings.group_id(stage), topic).await;
        }
        let after: Vec<i64> = watched
            .iter()
            .map(|(_, topic)| bus.end_offset(topic))
            .collect();
        if before == after {
            return;
        }
    }
}

/// Creates the topics, retrying with backoff while the broker cannot be reached (a
/// service may start before its broker). False if shutdown came first.
async fn ensure_topics_when_reachable(
    settings: &Settings,
    transport: &dyn Transport,
    shutdown: &CancellationToken,
) -> bool {
    if !settings.create_topics {
        // The topics are the cluster operator's to create; readiness waits for them.
        tracing::info!("kafka.create_topics is off: not creating topics");
        return true;
    }
    let mut pause = Duration::from_millis(250);
    loop {
        match transport.ensure_topics(&topic_specs(settings)).await {
            Ok(()) => return true,
            Err(error) => {
                tracing::warn!(error = %error, retry_in_ms = pause.as_millis() as u64, "cannot create topics yet")
            }
        }
        tokio::select! {
            () = shutdown.cancelled() => return false,
            () = tokio::time::sleep(pause) => {}
        }
        pause = (pause * 2).min(Duration::from_secs(10));
    }
}

/// What `spawn_stages` hosts, and how.
struct Hosting {
    target: Target,
    /// The fetcher stops after one cycle.
    once: bool,
    /// Notified to read the feeds file again.
    reload: Option<Arc<tokio::sync::Notify>>,
}

impl Hosting {
    fn stage(target: Target) -> Self {
        Hosting {
            target,
            once: false,
            reload: None,
        }
    }
}

fn spawn_stages(
    settings: &Settings,
    transport: &Arc<dyn Transport>,
    hosting: Hosting,
    health: &Health,
    shutdown: &CancellationToken,
    tasks: &mut JoinSet<anyhow::Result<&'static str>>,
) -> anyhow::Result<()> {
    let Hosting {
        target,
        once,
        reload,
    } = hosting;
    if target.hosts(Target::Fetcher) {
        let mut fetch = FetchLoop::new(settings, transport)?;
        fetch.reload = reload;
        if let crate::fetch::Ownership::Group { consumer, .. } = &fetch.ownership {
            health.watch_consumer("fetcher", consumer.clone());
        }
        let token = shutdown.clone();
        tasks.spawn(async move {
            let cycle = fetch.run(token, once).await?;
            if once {
                every_feed_failed(&cycle)?;
            }
            Ok("fetcher")
        });
    }
    if target.hosts(Target::Normalizer) {
        let mut processor = NormalizeProcessor::restoring(
            transport.clone(),
            settings.topics.clone(),
            DEFAULT_MEMORY,
            settings.normalizer_rebuild_timeout,
        );
        if settings.transport == TransportKind::Kafka {
            processor = processor.co_partitioned();
        }
        let input = &settings.topics.items_raw;
        let made = std::future::ready(Ok(processor));
        spawn_stage(
            settings,
            transport,
            Stage::Normalizer,
            input,
            made,
            health,
            shutdown,
            tasks,
        )?;
    }
    if target.hosts(Target::Classifier) {
        let (topics, kafka, partitions) = (
            settings.topics.clone(),
            settings.transport == TransportKind::Kafka,
            settings.partitions,
        );
        // Loading the classifier's data is CPU work: off the async executor.
        let made = async move {
            let classifier = tokio::task::spawn_blocking(Classifier::load_default)
                .await
                .context("loading the classifier's data")?
                .context("loading the classifier's data")?;
            let mut processor = ClassifyProcessor::new(topics, Arc::new(classifier));
            if kafka {
                // Events meet their incident's other reports on one partition.
                processor = processor.with_event_partitions(partitions);
            }
            Ok(processor)
        };
        let input = &settings.topics.articles;
        spawn_stage(
            settings,
            transport,
            Stage::Classifier,
            input,
            made,
            health,
            shutdown,
            tasks,
        )?;
    }
    if target.hosts(Target::Incidents) {
        // One index per partition of the events topic, each rebuilt from the same
        // partition of the incidents topic before its first event (on Kafka, where
        // records go to the partition of their events).
        let mut processor = IncidentProcessor::rebuilding(
            transport.clone(),
            settings.topics.clone(),
            settings.incidents.index.clone(),
            settings.incidents.rebuild_timeout,
        );
        if settings.transport == TransportKind::Kafka {
            processor = processor.co_partitioned();
        }
        let input = &settings.topics.events;
        let made = std::future::ready(Ok(processor));
        spawn_stage(
            settings,
            transport,
            Stage::Incidents,
            input,
            made,
            health,
            shutdown,
            tasks,
        )?;
    }
    Ok(())
}

/// Spawns a consuming stage reading `input_topic`: its consumer joins the stage's group
/// at once (watched by `health`); `processor` is awaited before the first input is read
/// (a stage that loads its data does it there, and a failure fails the stage); then the
/// stage's loop runs under the limits of `[stages]`.
#[allow(clippy::too_many_arguments)] // each is one thing the stage is spawned with
fn spawn_stage<P: Processor>(
    settings: &Settings,
    transport: &Arc<dyn Transport>,
    stage: Stage,
    input_topic: &str,
    processor: impl Future<Output = anyhow::Result<P>> + Send + 'static,
    health: &Health,
    shutdown: &CancellationToken,
    tasks: &mut JoinSet<anyhow::Result<&'static str>>,
) -> anyhow::Result<()> {
    let name = stage.as_str();
    let consumer = transport.consumer(&ConsumerSpec {
        group_id: settings.group_id(name),
        topics: vec![input_topic.to_owned()],
        start_from: StartFrom::Earliest,
    })?;
    health.watch_consumer(name, consumer.clone());
    let producer = transport.producer()?;
    let deadletter_topic = settings.topics.deadletter.clone();
    let (limits, max_message_bytes) = (settings.stages, settings.max_message_bytes);
    let token = shutdown.clone();
    tasks.spawn(async move {
        let processor = tokio::select! {
            () = token.cancelled() => return Ok(name),
            made = processor => made?,
        };
        let stage = StageLoop {
            processor: Arc::new(processor),
            consumer,
            producer,
            deadletter_topic,
            max_in_flight: limits.max_in_flight,
            flush_timeout: limits.flush_timeout,
            max_message_bytes,
        };
        stage.run(token).await?;
        Ok(name)
    });
    Ok(())
}

fn spawn_printer(
    settings: &Settings,
    transport: &Arc<dyn Transport>,
    shutdown: &CancellationToken,
    tasks: &mut JoinSet<anyhow::Result<&'static str>>,
) -> anyhow::Result<()> {
    let consumer = transport.consumer(&ConsumerSpec {
        group_id: settings.group_id("printer"),
        topics: vec![settings.topics.events.clone()],
        start_from: StartFrom::Earliest,
    })?;
    let printer = Printer {
        consumer,
        events_file: settings.output.events_file.clone(),
        print: settings.output.print_events,
    };
    let token = shutdown.clone();
    tasks.spawn(async move {
        printer.run(token).await?;
        Ok("printer")
    });
    Ok(())
}

/// Waits for every task; the first failure cancels the others and is returned.
async fn supervise(
    mut tasks: JoinSet<anyhow::Result<&'static str>>,
    shutdown: &CancellationToken,
) -> anyhow::Result<()> {
    let mut first_error = None;
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(Ok(name)) => tracing::debug!(task = name, "task finished"),
            Ok(Err(error)) => {
                tracing::error!(error = %format!("{error:#}"), "stage failed, stopping the others");
                shutdown.cancel();
                first_error.get_or_insert(error);
            }
            Err(join_error) => {
                shutdown.cancel();
                first_error.get_or_insert(anyhow::anyhow!(
                    "a stage task ended abnormally: {join_error}"
                ));
            }
        }
    }
    first_error.map_or(Ok(()), Err)
}
