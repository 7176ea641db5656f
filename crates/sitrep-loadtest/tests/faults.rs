//! The fault suite: the three services run as separate processes against a real broker
//! (tansu, behind a TCP proxy the test controls) and a real feed host, while something
//! breaks; then the ledger must balance: every served item accounted for by id (article,
//! events or a recorded non-incident, or a dead letter), duplicates counted and printed.
//!
//! Each test is one scenario with its own broker, proxy, feed host and services, small
//! enough (4 feeds x 40 items appearing over 10 s) to run in parallel in CI; `make
//! bench-faults` runs them bigger (see [`Size`]).

use std::time::Duration;

use sitrep_loadtest::feed_host::{Fault, Schedule};
use sitrep_loadtest::ledger::Ledger;
use sitrep_loadtest::rig::Rig;
use sitrep_loadtest::services::{metric, wait_until, PipelineOptions, Service};
use sitrep_loadtest::topics::{produce, producer};
use sitrep_runtime::metric_catalogue as catalogue;

const PROGRESS_TIMEOUT: Duration = Duration::from_secs(60);

/// How big a scenario is: 4 feeds x 40 items appearing at 16 items/s by default (CI);
/// `make bench-faults` runs the same scenarios bigger through `FAULT_SUITE_FEEDS`,
/// `FAULT_SUITE_ITEMS` (per feed) and `FAULT_SUITE_RATE` (items/s). Not `SITREP_*`: the
/// services inherit the environment, and would take those for their own settings.
#[derive(Debug, Clone, Copy)]
struct Size {
    feeds: usize,
    items_per_feed: usize,
    /// Items appear at this rate, so the faults hit a stream in motion.
    rate: f64,
}

impl Size {
    fn from_env() -> Size {
        Size {
            feeds: env_number("FAULT_SUITE_FEEDS", 4),
            items_per_feed: env_number("FAULT_SUITE_ITEMS", 40),
            rate: env_number("FAULT_SUITE_RATE", 16.0),
        }
    }

    fn num_items(self) -> usize {
        self.feeds * self.items_per_feed
    }

    /// A progress mark: `share` of the items (at least one).
    fn mark(self, share: f64) -> f64 {
        (self.num_items() as f64 * share).round().max(1.0)
    }

    /// How long the ledger may take to balance: 90 s, or three times the schedule.
    fn ledger_timeout(self) -> Duration {
        let schedule = self.num_items() as f64 / self.rate;
        Duration::from_secs_f64((3.0 * schedule).max(90.0))
    }
}

/// The number in the environment variable `name`, or `default` when it is not set.
///
/// # Panics
/// When it is set to something that is not a number: the run would not be the one asked for.
fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|_| panic!("{name}={text:?}: not a number")),
        Err(_) => default,
    }
}

async fn rig() -> (Rig, Size) {
    let size = Size::from_env();
    let rig = Rig::start(
        size.feeds,
        size.items_per_feed,
        Schedule::Rate(size.rate),
        &PipelineOptions::default(),
    )
    .await;
    eprintln!("scenario size: {size:?}");
    (rig, size)
}

/// Waits until `service` reports at least `count` for `name{stage=...}`.
///
/// # Panics
/// After [`PROGRESS_TIMEOUT`], with the last value seen and the service's log tail.
async fn await_metric(service: &Service, name: &str, stage: &str, count: f64) {
    let label = format!("stage=\"{stage}\"");
    let deadline = tokio::time::Instant::now() + PROGRESS_TIMEOUT;
    loop {
        let text = service.metrics().await;
        let value = metric(&text, name, &label);
        if value >= count {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out after {PROGRESS_TIMEOUT:?} waiting for {name}{{{label}}} >= {count} \
             (last {value}; admin server {}); {} log tail:\n{}",
            if text.is_empty() {
                "not answering"
            } else {
                "answering"
            },
            service.target,
            service.log_tail(40)
        );
        // The service is another process: its metrics are read, not awaited.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// SIGTERMs every service and asserts each exits cleanly.
async fn stop_all(services: Vec<Service>) {
    for service in services {
        let target = service.target.clone();
        let (status, log) = service.terminate().await;
        assert!(
            status.success(),
            "{target} exited with {status:?}:\n{}",
            tail(&log)
        );
    }
}

/// Once `service` reports at least `count` for `name{stage=<its target>}`, SIGKILLs it
/// and starts a new process of the same target.
async fn kill_and_restart(rig: &Rig, service: Service, name: &str, count: f64) -> Service {
    let target = service.target.clone();
    await_metric(&service, name, &target, count).await;
    service.kill().await;
    rig.pipeline.spawn(&target)
}

fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_of_each_service_mid_stream_loses_nothing() {
    let (rig, size) = rig().await;
    let fetcher = rig.pipeline.spawn("fetcher");
    let normalizer = rig.pipeline.spawn("normalizer");
    let classifier = rig.pipeline.spawn("classifier");
    rig.feeds.start_schedule();

    let mark = size.mark(0.125);
    let normalizer = kill_and_restart(&rig, normalizer, catalogue::MESSAGES_OUT, mark).await;
    let mark = size.mark(0.19);
    let classifier = kill_and_restart(&rig, classifier, catalogue::MESSAGES_IN, mark).await;
    let mark = size.mark(0.5);
    let fetcher = kill_and_restart(&rig, fetcher, catalogue::MESSAGES_OUT, mark).await;

    let mut auditor = rig.auditor();
    let ledger = rig
        .await_ledger(&mut auditor, &[], size.ledger_timeout())
        .await;
    eprintln!("after SIGKILL of each service:\n{ledger}");
    assert_eq!(ledger.num_lost(), 0);
    assert!(ledger.num_incident_articles > 0 && ledger.num_non_incident_articles > 0);
    stop_all(vec![fetcher, normalizer, classifier]).await;
}

/// How long the long outage scenario cuts the broker off: 90 s by default (CI);
/// `make bench-faults` sets `FAULT_SUITE_LONG_OUTAGE_SECS` (5 minutes).
fn long_outage() -> Duration {
    Duration::from_secs(env_number("FAULT_SUITE_LONG_OUTAGE_SECS", 90))
}

/// How many times each outage scenario runs in its test, each run on a fresh rig: once
/// by default (CI); `make bench-outages` sets `FAULT_SUITE_RUNS` (10).
fn num_outage_runs() -> usize {
    env_number("FAULT_SUITE_RUNS", 1).max(1)
}

/// The bound the recovery promise names: every stage consuming again within this long
/// of the broker's return. Printed against, not asserted (a speed figure).
const RECOVERY_BOUND_SECS: f64 = 30.0;

/// The counter that moves when a stage takes in work: the fetcher's output (it polls only
/// the feeds of the partitions its group gave it), the other stages' input.
fn progress_metric(target: &str) -> &'static str {
    if target == "fetcher" {
        catalogue::MESSAGES_OUT
    } else {
        catalogue::MESSAGES_IN
    }
}

/// One service watched through an outage.
#[derive(Debug, Default, Clone)]
struct Watched {
    /// Seconds after the cut when /readyz first answered 503.
    not_ready_after_cut: Option<f64>,
    /// It answered 200 again during the cut after having answered 503.
    ready_again_during_cut: bool,
    /// Its progress counter when the link came back.
    progress_at_restore: f64,
    /// Seconds after the restore when its progress counter first moved.
    consuming_after: Option<f64>,
    /// Seconds after the restore when /readyz first answered 200.
    ready_after: Option<f64>,
    /// The longest stretch (seconds) it said ready while holding no partitions.
    longest_ready_unassigned: f64,
    ready_unassigned_since: Option<tokio::time::Instant>,
    /// Its process exited before it was stopped (nothing restarts it here).
    exited: bool,
}

/// What one run of an outage scenario saw.
#[derive(Debug)]
struct OutageRun {
    cut: Duration,
    /// Each stage's target and what was seen of it, in pipeline order.
    stages: Vec<(String, Watched)>,
    ledger: Ledger,
    /// What broke the promise, one sentence each (the 30 s bound is reported apart).
    failures: Vec<String>,
}

impl OutageRun {
    /// Every stage took in work again within [`RECOVERY_BOUND_SECS`] of the return.
    fn within_bound(&self) -> bool {
        self.stages.iter().all(|(_, watched)| {
            watched
                .consuming_after
                .is_some_and(|secs| secs <= RECOVERY_BOUND_SECS)
        })
    }

    fn num_exited(&self) -> usize {
        self.stages.iter().filter(|(_, w)| w.exited).count()
    }

    /// The run's figures on one line.
    fn line(&self) -> String {
        let per_stage = |figure: &dyn Fn(&Watched) -> Option<f64>| {
            self.stages
                .iter()
                .map(|(target, watched)| format!("{target} {}", seconds(figure(watched))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let ready_in_cut: Vec<&str> = self
            .stages
            .iter()
            .filter(|(_, w)| w.ready_again_during_cut)
            .map(|(target, _)| target.as_str())
            .collect();
        let longest_unassigned = self
            .stages
            .iter()
            .map(|(_, w)| w.longest_ready_unassigned)
            .fold(0.0, f64::max);
        let ledger = &self.ledger;
        // Items that became an article or a dead letter.
        let received = ledger
            .num_items
            .saturating_sub(ledger.missing_raw.len() + ledger.missing_articles.len());
        format!(
            "cut {} s | consuming again after the return (s): {} | ready again (s): {} | \
             /readyz 503 after the cut (s): {}; 200 again during the cut: {}; longest ready \
             with no partitions {longest_unassigned:.1} s | items sent {}, received {}, lost {}, \
             duplicated {} (raw {}, articles {}, events {}) | processes exited {} | all within \
             {RECOVERY_BOUND_SECS} s: {} | {}",
            self.cut.as_secs(),
            per_stage(&|w| w.consuming_after),
            per_stage(&|w| w.ready_after),
            per_stage(&|w| w.not_ready_after_cut),
            if ready_in_cut.is_empty() {
                "none".to_owned()
            } else {
                ready_in_cut.join(", ")
            },
            ledger.num_items,
            received,
            ledger.num_lost(),
            ledger.num_raw_duplicates + ledger.num_article_duplicates + ledger.num_event_duplicates,
            ledger.num_raw_duplicates,
            ledger.num_article_duplicates,
            ledger.num_event_duplicates,
            self.num_exited(),
            if self.within_bound() { "yes" } else { "NO" },
            if self.failures.is_empty() {
                "PASS".to_owned()
            } else {
                format!("FAIL: {}", self.failures.join("; "))
            },
        )
    }
}

fn seconds(value: Option<f64>) -> String {
    value.map_or_else(|| "never".to_owned(), |secs| format!("{secs:.1}"))
}

/// The broker cut off for `cut` while items keep appearing, all four stages running
/// (one process each): every stage must go not ready during the cut and stay so, take in
/// work again by itself after it, never say ready for long while holding no partitions,
/// keep its process, and the ledger must balance. Returns the figures and what failed;
/// panics only when the rig itself does not come up.
async fn outage_scenario(cut: Duration) -> OutageRun {
    let size = Size::from_env();
    // Items appear over the cut and a minute around it, so that work arrives after the
    // link comes back.
    let schedule_secs = cut.as_secs_f64() + 60.0;
    let size = Size {
        rate: size.num_items() as f64 / schedule_secs,
        ..size
    };
    eprintln!("scenario size: {size:?}, outage {cut:?}");
    let rig = Rig::start(
        size.feeds,
        size.items_per_feed,
        Schedule::Rate(size.rate),
        &PipelineOptions::default(),
    )
    .await;
    let targets = ["fetcher", "normalizer", "classifier", "incidents"];
    let mut services: Vec<Service> = targets.iter().map(|t| rig.pipeline.spawn(t)).collect();
    rig.feeds.start_schedule();
    await_metric(
        &services[3],
        catalogue::MESSAGES_IN,
        "incidents",
        size.mark(0.05),
    )
    .await;
    wait_until("every service ready", PROGRESS_TIMEOUT, || async {
        for service in &services {
            if !service.is_ready().await {
                return false;
            }
        }
        true
    })
    .await;

    let mut watched = vec![Watched::default(); services.len()];
    let mut failures = Vec::new();
    rig.proxy.cut();
    let cut_at = tokio::time::Instant::now();
    // The cut itself lasts a fixed time: that is the fault, not a synchronisation.
    // Meanwhile readiness is sampled.
    while cut_at.elapsed() < cut {
        for (service, watched) in services.iter_mut().zip(&mut watched) {
            let ready = service.is_ready().await;
            if !ready && watched.not_ready_after_cut.is_none() {
                watched.not_ready_after_cut = Some(cut_at.elapsed().as_secs_f64());
            }
            if ready && watched.not_ready_after_cut.is_some() {
                watched.ready_again_during_cut = true;
            }
            watched.exited |= service.exited().is_some();
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let (_, refused) = rig.proxy.num_connections();
    for (service, watched) in services.iter().zip(&mut watched) {
        watched.progress_at_restore = metric(
            &service.metrics().await,
            progress_metric(&service.target),
            "",
        );
    }
    rig.proxy.restore();
    let restored_at = tokio::time::Instant::now();

    // Every stage takes in work again, by itself. Watched every 250 ms: the state is
    // in other processes.
    let resume_timeout = Duration::from_secs(180);
    loop {
        let now = tokio::time::Instant::now();
        let seconds = now.duration_since(restored_at).as_secs_f64();
        for (service, watched) in services.iter_mut().zip(&mut watched) {
            watched.exited |= service.exited().is_some();
            let text = service.metrics().await;
            let ready = service.is_ready().await;
            let progress = metric(&text, progress_metric(&service.target), "");
            let assigned = metric(&text, catalogue::ASSIGNED_PARTITIONS, "");
            // Taking in work while holding partitions: the fetcher's output may also move
            // when messages held through the outage are delivered.
            if watched.consuming_after.is_none()
                && progress > watched.progress_at_restore
                && assigned > 0.0
            {
                watched.consuming_after = Some(seconds);
            }
            if watched.ready_after.is_none() && ready {
                watched.ready_after = Some(seconds);
            }
            if ready && assigned == 0.0 {
                let since = *watched.ready_unassigned_since.get_or_insert(now);
                watched.longest_ready_unassigned = watched
                    .longest_ready_unassigned
                    .max(now.duration_since(since).as_secs_f64());
            } else {
                watched.ready_unassigned_since = None;
            }
        }
        if watched
            .iter()
            .all(|w| w.consuming_after.is_some() && w.ready_after.is_some())
        {
            break;
        }
        if restored_at.elapsed() >= resume_timeout {
            for (service, watched) in services.iter().zip(&watched) {
                if watched.consuming_after.is_none() || watched.ready_after.is_none() {
                    failures.push(format!(
                        "{} not consuming and ready within {resume_timeout:?} of the return",
                        service.target
                    ));
                    eprintln!("{} log tail:\n{}", service.target, service.log_tail(25));
                }
            }
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }

    let mut auditor = rig.auditor();
    let ledger = match rig
        .ledger_within(&mut auditor, &[], size.ledger_timeout())
        .await
    {
        Ok(ledger) => ledger,
        Err(ledger) => {
            failures.push(format!(
                "the ledger did not balance within {:?}",
                size.ledger_timeout()
            ));
            ledger
        }
    };
    eprintln!(
        "after a {cut:?} outage ({refused} connection attempts refused meanwhile):\n{ledger}"
    );
    if ledger.num_lost() > 0 {
        failures.push(format!("{} lost", ledger.num_lost()));
    }
    if refused == 0 {
        failures.push("no connection attempt during the cut (the rig cut nothing)".into());
    }
    for (service, watched) in services.iter_mut().zip(&mut watched) {
        watched.exited |= service.exited().is_some();
        let target = &service.target;
        if watched.not_ready_after_cut.is_none() {
            failures.push(format!("{target} said ready throughout the outage"));
        }
        if watched.ready_again_during_cut {
            failures.push(format!("{target} said ready again during the outage"));
        }
        // Longer than the readiness grace for a rebalance (15 s) and a sampling step.
        if watched.longest_ready_unassigned >= 20.0 {
            failures.push(format!(
                "{target} said ready for {:.1} s while holding no partitions",
                watched.longest_ready_unassigned
            ));
        }
        if watched.exited {
            failures.push(format!("{target} exited:\n{}", service.log_tail(25)));
        }
    }
    let run = OutageRun {
        cut,
        stages: targets.iter().map(|t| t.to_string()).zip(watched).collect(),
        ledger,
        failures,
    };
    if run.num_exited() == 0 {
        stop_all(services).await;
    }
    run
}

/// Runs the outage scenario [`num_outage_runs`] times, each on a fresh rig and in a task
/// of its own (a run whose rig fails is counted, the next one still runs); prints one
/// line per run and a summary, then asserts that every run kept the promise.
async fn repeat_outage_scenario(cut: Duration) {
    let num_runs = num_outage_runs();
    let mut runs = Vec::new();
    let mut broken = Vec::new();
    for number in 1..=num_runs {
        match tokio::spawn(outage_scenario(cut)).await {
            Ok(run) => {
                eprintln!("outage run {number}/{num_runs}: {}", run.line());
                runs.push(run);
            }
            Err(error) => {
                let why = panic_text(error);
                eprintln!(
                    "outage run {number}/{num_runs}: cut {} s | BROKEN: {why}",
                    cut.as_secs()
                );
                broken.push(format!("run {number}: {why}"));
            }
        }
    }
    eprintln!("{}", outage_summary(cut, num_runs, &runs));
    let failed: Vec<String> = runs
        .iter()
        .enumerate()
        .filter(|(_, run)| !run.failures.is_empty())
        .map(|(index, run)| format!("{}: {}", index + 1, run.failures.join("; ")))
        .collect();
    assert!(
        failed.is_empty() && broken.is_empty(),
        "outage runs that failed: {failed:?}; runs that broke: {broken:?}"
    );
}

fn panic_text(error: tokio::task::JoinError) -> String {
    match error.try_into_panic() {
        Ok(payload) => payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "panicked".to_owned()),
        Err(error) => error.to_string(),
    }
}

/// Min, median and max of each stage's figures over the runs, and how many runs passed.
fn outage_summary(cut: Duration, num_runs: usize, runs: &[OutageRun]) -> String {
    let mut text = format!(
        "outage summary, {} s cut: {} of {num_runs} runs passed; {} of {num_runs} with every \
         stage consuming again within {RECOVERY_BOUND_SECS} s; items lost {}, duplicated {}, \
         processes exited {}\n",
        cut.as_secs(),
        runs.iter().filter(|run| run.failures.is_empty()).count(),
        runs.iter().filter(|run| run.within_bound()).count(),
        runs.iter().map(|run| run.ledger.num_lost()).sum::<usize>(),
        runs.iter()
            .map(|run| {
                run.ledger.num_raw_duplicates
                    + run.ledger.num_article_duplicates
                    + run.ledger.num_event_duplicates
            })
            .sum::<usize>(),
        runs.iter().map(OutageRun::num_exited).sum::<usize>(),
    );
    text.push_str(
        "  stage       consuming again (s) min/median/max | ready again (s) min/median/max | \
         503 after the cut (s) min/median/max | runs within the bound\n",
    );
    let Some(first) = runs.first() else {
        return text;
    };
    for (index, (target, _)) in first.stages.iter().enumerate() {
        let figures = |figure: fn(&Watched) -> Option<f64>| {
            let values: Vec<Option<f64>> = runs
                .iter()
                .map(|run| figure(&run.stages[index].1))
                .collect();
            spread(&values)
        };
        let within = runs
            .iter()
            .filter(|run| {
                run.stages[index]
                    .1
                    .consuming_after
                    .is_some_and(|secs| secs <= RECOVERY_BOUND_SECS)
            })
            .count();
        text.push_str(&format!(
            "  {target:<11} {:<34} | {:<30} | {:<36} | {within}/{}\n",
            figures(|w| w.consuming_after),
            figures(|w| w.ready_after),
            figures(|w| w.not_ready_after_cut),
            runs.len()
        ));
    }
    text
}

/// "min / median / max" of `values`, with how many were never seen.
fn spread(values: &[Option<f64>]) -> String {
    let mut seen: Vec<f64> = values.iter().flatten().copied().collect();
    seen.sort_by(f64::total_cmp);
    let never = values.len() - seen.len();
    let mut text = match (seen.first(), seen.last()) {
        (Some(min), Some(max)) => {
            let middle = seen.len() / 2;
            let median = if seen.len().is_multiple_of(2) {
                (seen[middle - 1] + seen[middle]) / 2.0
            } else {
                seen[middle]
            };
            format!("{min:.1} / {median:.1} / {max:.1}")
        }
        _ => "-".to_owned(),
    };
    if never > 0 {
        text.push_str(&format!(" ({never} never)"));
    }
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_10_second_broker_outage_every_stage_resumes_by_itself_and_loses_nothing() {
    // Longer than the session timeout (6 s): every group member is expelled and rejoins.
    repeat_outage_scenario(Duration::from_secs(10)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_broker_outage_every_stage_resumes_by_itself_and_loses_nothing() {
    // 90 s here; 5 minutes under `make bench-faults`.
    repeat_outage_scenario(long_outage()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feed_errors_stalls_and_truncated_bodies_lose_nothing() {
    let (rig, size) = rig().await;
    let faults = [
        Fault::Status(500),
        Fault::Stall(Duration::from_secs(3)),
        Fault::CutMidBody,
        Fault::Status(503),
        Fault::TruncatedDocument,
        Fault::Status(429),
        Fault::CutMidBody,
        Fault::TruncatedDocument,
        Fault::Stall(Duration::from_secs(3)),
        Fault::Status(502),
    ];
    // Some faults before the first poll, the rest once items flow.
    rig.feeds.inject(faults[..5].iter().copied());
    let services = vec![
        rig.pipeline.spawn("fetcher"),
        rig.pipeline.spawn("normalizer"),
        rig.pipeline.spawn("classifier"),
    ];
    rig.feeds.start_schedule();
    await_metric(
        &services[0],
        catalogue::MESSAGES_OUT,
        "fetcher",
        size.mark(0.25),
    )
    .await;
    rig.feeds.inject(faults[5..].iter().copied());
    wait_until("every fault served", PROGRESS_TIMEOUT, || async {
        rig.feeds.num_faults_pending() == 0
    })
    .await;

    let mut auditor = rig.auditor();
    let ledger = rig
        .await_ledger(&mut auditor, &[], size.ledger_timeout())
        .await;
    let outcomes: String = services[0]
        .metrics()
        .await
        .lines()
        .filter(|line| line.starts_with(catalogue::FEED_FETCHES))
        .collect::<Vec<_>>()
        .join("\n");
    eprintln!(
        "after feed faults {:?}:\n{ledger}\n{outcomes}",
        rig.feeds.stats().faults_served
    );
    assert_eq!(ledger.num_lost(), 0);
    assert_eq!(rig.feeds.stats().faults_served.len(), faults.len());
    stop_all(services).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_messages_on_every_topic_are_dead_lettered_and_lose_nothing() {
    let (rig, size) = rig().await;
    let mut services = vec![
        rig.pipeline.spawn("fetcher"),
        rig.pipeline.spawn("normalizer"),
        rig.pipeline.spawn("classifier"),
    ];
    rig.feeds.start_schedule();
    await_metric(
        &services[2],
        catalogue::MESSAGES_IN,
        "classifier",
        size.mark(0.125),
    )
    .await;

    let bootstrap = rig.bootstrap();
    let producer = producer(&bootstrap);
    let mut injected = Vec::new();
    for (topic, name) in [
        (&rig.topics.items_raw, "raw"),
        (&rig.topics.articles, "article"),
    ] {
        let payloads: [Vec<u8>; 4] = [
            format!("{{not json: injected {name}").into_bytes(),
            vec![0xff, 0xfe, 0x00, 0x01, b'x'],
            format!("{{\"schema\":\"sitrep.{name}/v1\",\"id\":\"wrong shape\"}}").into_bytes(),
            format!("[\"injected {name}\", 1, 2]").into_bytes(),
        ];
        for payload in payloads {
            produce(&producer, topic, &format!("injected-{name}"), &payload).await;
            injected.push(payload);
        }
    }
    // Nobody in the pipeline reads the events topic: garbage there must not disturb it.
    produce(
        &producer,
        &rig.topics.events,
        "evt_injected",
        b"{not an event",
    )
    .await;
    // The fetcher reads its state topic when it starts: garbage for one of its feeds
    // (and for no feed) must not stop it or lose that feed's items.
    produce(
        &producer,
        &rig.topics.fetcher_state,
        "feed_garbage",
        b"{not state",
    )
    .await;
    for record in sitrep_testkit::read_topic(&bootstrap, &rig.topics.fetcher_state).await {
        if let Some(key) = record
            .key
            .filter(|k| k.starts_with("feed_") && k != "feed_garbage")
        {
            produce(
                &producer,
                &rig.topics.fetcher_state,
                &key,
                b"\x00garbage state",
            )
            .await;
            break;
        }
    }
    let fetcher = services.remove(0);
    fetcher.kill().await;
    services.insert(0, rig.pipeline.spawn("fetcher"));

    let mut auditor = rig.auditor();
    let ledger = rig
        .await_ledger(&mut auditor, &injected, size.ledger_timeout())
        .await;
    eprintln!("after {} malformed messages:\n{ledger}", injected.len() + 2);
    assert_eq!(ledger.num_lost(), 0);
    assert!(ledger.missing_dead_letters.is_empty());
    stop_all(services).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_joining_and_leaving_mid_stream_lose_nothing() {
    let (rig, size) = rig().await;
    let fetcher = rig.pipeline.spawn("fetcher");
    let normalizer = rig.pipeline.spawn("normalizer");
    let classifier = rig.pipeline.spawn("classifier");
    rig.feeds.start_schedule();

    await_metric(
        &normalizer,
        catalogue::MESSAGES_OUT,
        "normalizer",
        size.mark(0.094),
    )
    .await;
    let normalizer_2 = rig.pipeline.spawn("normalizer");
    let classifier_2 = rig.pipeline.spawn("classifier");
    // Both replicas hold partitions (the group rebalanced) before they go away again.
    wait_until(
        "the extra replicas own partitions",
        PROGRESS_TIMEOUT,
        || async {
            let owned = |text: String| metric(&text, catalogue::ASSIGNED_PARTITIONS, "") > 0.0;
            owned(normalizer_2.metrics().await) && owned(classifier_2.metrics().await)
        },
    )
    .await;
    let (status, log) = normalizer_2.terminate().await;
    assert!(status.success(), "{}", tail(&log));
    classifier_2.kill().await;
    let normalizer_3 = rig.pipeline.spawn("normalizer");

    let mut auditor = rig.auditor();
    let ledger = rig
        .await_ledger(&mut auditor, &[], size.ledger_timeout())
        .await;
    eprintln!("after replicas joined and left:\n{ledger}");
    assert_eq!(ledger.num_lost(), 0);
    stop_all(vec![fetcher, normalizer, classifier, normalizer_3]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websub_pushes_with_the_fetcher_killed_mid_stream_lose_nothing() {
    let size = Size::from_env();
    // Slower than the other scenarios, so pushes go on well after the restarted fetcher
    // has rejoined the group and subscribed again.
    let size = Size {
        rate: size.rate / 2.0,
        ..size
    };
    eprintln!("scenario size: {size:?}");
    let rig = Rig::start(
        size.feeds,
        size.items_per_feed,
        Schedule::Rate(size.rate),
        &PipelineOptions {
            websub: true,
            ..PipelineOptions::default()
        },
    )
    .await;
    let fetcher = rig.pipeline.spawn("fetcher");
    let normalizer = rig.pipeline.spawn("normalizer");
    let classifier = rig.pipeline.spawn("classifier");
    assert!(
        rig.feeds
            .wait_subscribed(size.feeds, PROGRESS_TIMEOUT)
            .await,
        "{} of {} feeds subscribed:\n{}",
        rig.feeds.num_subscribed(),
        size.feeds,
        fetcher.log_tail(30)
    );
    rig.feeds.start_schedule();

    // Killed while the hub pushes: pushes to the dead callback fail, and the restarted
    // fetcher polls every feed once, subscribes again and takes the pushes that follow.
    let mark = size.mark(0.25);
    let fetcher = kill_and_restart(&rig, fetcher, catalogue::MESSAGES_OUT, mark).await;

    let mut auditor = rig.auditor();
    let ledger = rig
        .await_ledger(&mut auditor, &[], size.ledger_timeout())
        .await;
    let host = rig.feeds.stats();
    eprintln!(
        "WebSub with the fetcher killed: {} pushes accepted, {} failed, {} feed requests:\n{ledger}",
        host.num_pushes, host.num_push_failures, host.num_requests
    );
    assert_eq!(ledger.num_lost(), 0);
    assert!(host.num_pushes > 0, "items were pushed");
    let pushes_accepted = metric(
        &fetcher.metrics().await,
        catalogue::WEBSUB_NOTIFICATIONS,
        "outcome=\"accepted\"",
    );
    assert!(
        pushes_accepted > 0.0,
        "the restarted fetcher subscribed again and took pushes"
    );
    stop_all(vec![fetcher, normalizer, classifier]).await;
}

/// The poison-input rule under load: beside the rig's feeds, one poison at a time or all
/// together: a feed whose document grows a 5 MB entry while the normal items flow, one
/// whose document grows a 4 MB description of 100,000 nested, unclosed `<div>`s, and a
/// flood of the fetcher's WebSub callback (bodies of 9 MB for feeds it holds no
/// subscription for and with bad signatures, and, until the normal items are all through,
/// more connections that send half a head and wait than the callback server takes) while
/// the hub pushes the normal feeds. The normal feeds' items must all arrive, the poison
/// entries must be cut (flagged) or dead-lettered, and every half-sent connection must be
/// closed by the server. The normal feeds' latency of each run is printed in one table
/// (printed, not asserted).
///
/// Which runs: `FAULT_SUITE_POISON_RUNS`, a comma-separated list of `none`, `huge`,
/// `nested`, `flood` and `all` (default `none,all`); a name may come again, for several
/// runs of one kind. `make bench-faults` runs every poison alone and `none` twice, so the
/// table shows the noise between two runs without poison.
///
/// The latency counts only the normal items first served after the warm-up: the first
/// `FAULT_SUITE_WARMUP_SHARE` (0.2) of the schedule, while the consumer groups settle
/// and the first items wait for them. The poison appears later (at 0.3 of the schedule),
/// so what it does to the normal items is inside the measured window. With more than one
/// run of a kind, a summary follows: per kind, the median of the runs' percentiles and
/// their range, `none` first, so each poison's figures stand next to the no-poison spread.
mod poison {
    use std::time::{Duration, Instant};

    use sitrep_contract::{Article, DeadLetter, IncidentEvent, RawItem};
    use sitrep_loadtest::bench::{percentiles, served_at_and_latencies};
    use sitrep_loadtest::feed_host::Schedule;
    use sitrep_loadtest::rig::Rig;
    use sitrep_loadtest::services::PipelineOptions;
    use sitrep_testkit::read_topic;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::sync::watch;

    use super::{env_number, stop_all, Size, PROGRESS_TIMEOUT};

    const HUGE_GUID: &str = "poison-huge-entry";
    const NESTED_GUID: &str = "poison-nested-html";
    /// Connections that send half a request head and wait, in each of two waves; the
    /// second wave holds more than the callback server's cap (64) until the run ends.
    const HALF_SENT: [usize; 2] = [40, 100];
    /// A holder whose connection was closed opens the next one after this pause, so the
    /// flood is a steady pressure (at most 560 connections a second) rather than a loop
    /// that takes both cores from everything else.
    const HALF_SENT_PAUSE: Duration = Duration::from_millis(250);
    /// Requests with a 9 MB body.
    const BIG_BODIES: usize = 16;
    const BIG_BODY_BYTES: usize = 9_000_000;
    /// The poison entries appear, and the WebSub flood begins, when this share of the normal
    /// items' schedule has passed, so they are met while normal items flow.
    const POISON_AT_SHARE: f64 = 0.3;

    /// The share of the schedule whose items are the warm-up, left out of the latency:
    /// `FAULT_SUITE_WARMUP_SHARE`, 0.2 unless set (below [`POISON_AT_SHARE`]).
    fn warmup_share() -> f64 {
        let share: f64 = env_number("FAULT_SUITE_WARMUP_SHARE", 0.2);
        assert!(
            (0.0..POISON_AT_SHARE).contains(&share),
            "FAULT_SUITE_WARMUP_SHARE={share}: the warm-up must end before the poison appears \
             (at {POISON_AT_SHARE} of the schedule)"
        );
        share
    }

    /// One kind of poison.
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Poison {
        /// A 5 MB entry.
        Huge,
        /// A 4 MB description of nested, unclosed `<div>`s.
        Nested,
        /// The WebSub callback flooded.
        Flood,
    }

    /// One run of the scenario: its name and the poison beside the normal feeds.
    #[derive(Debug, Clone)]
    struct RunSpec {
        name: String,
        poison: Vec<Poison>,
    }

    impl RunSpec {
        fn parse(name: &str) -> RunSpec {
            let poison = match name {
                "none" => vec![],
                "huge" => vec![Poison::Huge],
                "nested" => vec![Poison::Nested],
                "flood" => vec![Poison::Flood],
                "all" => vec![Poison::Huge, Poison::Nested, Poison::Flood],
                other => panic!(
                    "FAULT_SUITE_POISON_RUNS: {other:?} is not none, huge, nested, flood or all"
                ),
            };
            RunSpec {
                name: name.to_owned(),
                poison,
            }
        }

        fn from_env() -> Vec<RunSpec> {
            let list =
                std::env::var("FAULT_SUITE_POISON_RUNS").unwrap_or_else(|_| "none,all".into());
            list.split(',')
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(RunSpec::parse)
                .collect()
        }

        fn has(&self, poison: Poison) -> bool {
            self.poison.contains(&poison)
        }
    }

    /// An RSS document of one entry whose description is `description` (as CDATA), or
    /// of no entry (what the poison feeds serve until their entry appears).
    fn poison_feed(name: &str, entry: Option<(&str, &str)>) -> Vec<u8> {
        let item = entry.map_or_else(String::new, |(guid, description)| {
            format!(
                "<item><title>Shelling reported near Kharkiv ({name})</title>\
                 <link>https://poison.example/{name}</link><guid isPermaLink=\"false\">{guid}</guid>\
                 <pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>\
                 <description><![CDATA[{description}]]></description></item>"
            )
        });
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
             <title>Poison {name}</title><link>https://poison.example/</link>\
             <description>A hostile feed</description>{item}</channel></rss>\n"
        )
        .into_bytes()
    }

    /// One entry of 5 MB of plain text.
    fn huge_feed() -> Vec<u8> {
        let mut text = String::from(
            "<p>Artillery shelling killed two civilians in Kharkiv on Monday, officials said.</p>",
        );
        let filler = "<p>The regional council met again to discuss the road repairs and the budget for schools.</p>";
        while text.len() < 5_000_000 {
            text.push_str(filler);
        }
        poison_feed("huge", Some((HUGE_GUID, &text)))
    }

    /// One entry whose description is 4 MB of 100,000 nested, unclosed `<div>`s.
    fn nested_feed() -> Vec<u8> {
        let mut html = String::from(
            "<p>A drone strike wounded three soldiers near Kupiansk on Sunday, the army said.</p>",
        );
        for index in 0..100_000 {
            html.push_str(&format!(
                "<div class=\"n{:05}\"><span>deeper and deeper",
                index % 100_000
            ));
        }
        poison_feed("nested", Some((NESTED_GUID, &html)))
    }

    /// What the flood saw.
    #[derive(Debug, Default)]
    struct Flood {
        half_sent: usize,
        /// Half-sent connections the server closed (each waits at most a minute).
        closed_by_server: usize,
        /// Status of each big-body request, or how it failed.
        big_bodies: Vec<String>,
    }

    /// Holds a connection with half a request head sent until the server closes it;
    /// true when it did within a minute (or refused it).
    async fn half_sent(addr: String) -> bool {
        let Ok(mut stream) = tokio::net::TcpStream::connect(&addr).await else {
            return true;
        };
        let _ = stream
            .write_all(b"POST /websub/flood HTTP/1.1\r\nhost: flood\r\ncontent-len")
            .await;
        let mut buf = [0u8; 512];
        tokio::time::timeout(Duration::from_secs(60), async {
            while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
        })
        .await
        .is_ok()
    }

    /// Keeps one half-sent connection open, opening the next when the server closes one,
    /// until `stop`; (connections opened, closed by the server).
    async fn hold_half_sent(addr: String, mut stop: watch::Receiver<bool>) -> (usize, usize) {
        let (mut opened, mut closed) = (0, 0);
        while !*stop.borrow() {
            opened += 1;
            if half_sent(addr.clone()).await {
                closed += 1;
            }
            tokio::select! {
                _ = stop.changed() => {}
                () = tokio::time::sleep(HALF_SENT_PAUSE) => {}
            }
        }
        (opened, closed)
    }

    async fn flood(addr: String, callbacks: Vec<String>, stop: watch::Receiver<bool>) -> Flood {
        let client = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(60))
            .build()
            .expect("flood client");
        let mut report = Flood::default();
        // Wave 1: big bodies beside a few half-sent heads (under the connection cap).
        let holders: Vec<_> = (0..HALF_SENT[0])
            .map(|_| tokio::spawn(hold_half_sent(addr.clone(), stop.clone())))
            .collect();
        let bodies: Vec<_> = (0..BIG_BODIES)
            .map(|index| {
                let url = match callbacks.get(index % callbacks.len().max(1)) {
                    Some(callback) if index % 2 == 1 => callback.clone(),
                    _ => format!("http://{addr}/websub/no-such-feed-{index}"),
                };
                let request = client
                    .post(url)
                    .header("content-type", "application/rss+xml")
                    .header("x-hub-signature", format!("sha1={}", "0".repeat(40)))
                    .body(vec![b'x'; BIG_BODY_BYTES]);
                tokio::spawn(async move {
                    match request.send().await {
                        Ok(response) => response.status().as_u16().to_string(),
                        Err(error) if error.is_timeout() => "timeout".to_owned(),
                        Err(_) => "closed".to_owned(),
                    }
                })
            })
            .collect();
        for body in bodies {
            report
                .big_bodies
                .push(body.await.unwrap_or_else(|_| "task failed".into()));
        }
        // Wave 2: more half-sent heads than the server takes at once, until the end.
        let holders: Vec<_> = holders
            .into_iter()
            .chain(
                (0..HALF_SENT[1]).map(|_| tokio::spawn(hold_half_sent(addr.clone(), stop.clone()))),
            )
            .collect();
        for holder in holders {
            let (opened, closed) = holder.await.unwrap_or((1, 0));
            report.half_sent += opened;
            report.closed_by_server += closed;
        }
        report
    }

    /// Percentiles of the normal items' latency after the warm-up, in ms.
    #[derive(Debug, Clone, Copy)]
    struct Latency {
        /// Items measured (first served after the warm-up).
        n: usize,
        /// Items left out as the warm-up.
        n_warmup: usize,
        p50: f64,
        p95: f64,
        p99: f64,
    }

    /// The normal feeds' latency from an item's first serving to its article and to its
    /// events, for the items first served at or after `measured_from`.
    async fn latency(rig: &Rig, measured_from: Instant) -> [Latency; 2] {
        let bootstrap = rig.bootstrap();
        let articles = read_topic(&bootstrap, &rig.topics.articles).await;
        let events = read_topic(&bootstrap, &rig.topics.events).await;
        let to_article = served_at_and_latencies(rig, &articles, |payload| {
            serde_json::from_slice::<Article>(payload).ok()?.url
        });
        let to_event = served_at_and_latencies(rig, &events, |payload| {
            serde_json::from_slice::<IncidentEvent>(payload)
                .ok()?
                .article
                .url
        });
        [to_article, to_event].map(|served| {
            let total = served.len();
            let mut values: Vec<f64> = served
                .into_iter()
                .filter(|(first_served, _)| *first_served >= measured_from)
                .map(|(_, latency)| latency)
                .collect();
            let n = values.len();
            let (p50, p95, p99, _) =
                percentiles(&mut values).unwrap_or((f64::NAN, f64::NAN, f64::NAN, f64::NAN));
            Latency {
                n,
                n_warmup: total - n,
                p50,
                p95,
                p99,
            }
        })
    }

    /// What became of a poison entry: its cut fields on `items.raw` and whether its
    /// article or a dead letter followed; None while it has not come through.
    async fn outcome(rig: &Rig, guid: &str) -> Option<String> {
        let bootstrap = rig.bootstrap();
        let letters: Vec<DeadLetter> = read_topic(&bootstrap, &rig.topics.deadletter)
            .await
            .iter()
            .filter_map(|record| serde_json::from_slice(&record.payload).ok())
            .collect();
        let raw = read_topic(&bootstrap, &rig.topics.items_raw)
            .await
            .iter()
            .filter_map(|record| serde_json::from_slice::<RawItem>(&record.payload).ok())
            .find(|item| item.guid.as_deref() == Some(guid));
        let Some(raw) = raw else {
            // Dead-lettered by the fetcher instead (a reference naming the entry).
            return letters
                .iter()
                .find(|letter| letter.error.contains(guid))
                .map(|letter| format!("dead-lettered by the fetcher: {}", letter.error_kind));
        };
        let article = read_topic(&bootstrap, &rig.topics.articles)
            .await
            .iter()
            .filter_map(|record| serde_json::from_slice::<Article>(&record.payload).ok())
            .find(|article| article.item_id == raw.id);
        let downstream = match article {
            Some(article) => format!("article of {} bytes of body", article.body.len()),
            None => letters
                .iter()
                .find(|letter| letter.input_id.as_deref() == Some(raw.id.as_str()))
                .map(|letter| format!("dead-lettered by the {}", letter.stage.as_str()))?,
        };
        Some(format!("cut fields {:?}; {downstream}", raw.truncated))
    }

    /// What one run measured.
    struct Figures {
        /// To article, to event, after the warm-up.
        latency: [Latency; 2],
        /// Pushes the fetcher accepted, and pushes that failed (left to the next poll).
        pushes: (u64, u64),
    }

    /// One run of the scenario with `spec`'s poison; returns the normal feeds' figures.
    async fn run(size: Size, spec: &RunSpec) -> Figures {
        let mut poison_documents = Vec::new();
        if spec.has(Poison::Huge) {
            poison_documents.push(("huge", HUGE_GUID, huge_feed()));
        }
        if spec.has(Poison::Nested) {
            poison_documents.push(("nested", NESTED_GUID, nested_feed()));
        }
        // Polled from the start with no entry; the entry appears mid-schedule.
        let placeholders = poison_documents
            .iter()
            .map(|(name, _, _)| ((*name).to_owned(), poison_feed(name, None)))
            .collect();
        let rig = Rig::start_with_documents(
            size.feeds,
            size.items_per_feed,
            Schedule::Rate(size.rate),
            &PipelineOptions {
                websub: true,
                ..PipelineOptions::default()
            },
            placeholders,
        )
        .await;
        let services = vec![
            rig.pipeline.spawn("fetcher"),
            rig.pipeline.spawn("normalizer"),
            rig.pipeline.spawn("classifier"),
        ];
        assert!(
            rig.feeds
                .wait_subscribed(size.feeds, PROGRESS_TIMEOUT)
                .await,
            "{} of {} feeds subscribed:\n{}",
            rig.feeds.num_subscribed(),
            size.feeds,
            services[0].log_tail(30)
        );
        rig.feeds.start_schedule();
        let schedule_secs = size.num_items() as f64 / size.rate;
        let measured_from = rig.feeds.schedule_started().expect("the schedule started")
            + Duration::from_secs_f64(schedule_secs * warmup_share());
        let poison_guids: Vec<&str> = poison_documents.iter().map(|(_, guid, _)| *guid).collect();
        // Every poison, the flood too, comes after the warm-up, so the measured items are
        // the ones served while it is there.
        tokio::time::sleep(Duration::from_secs_f64(schedule_secs * POISON_AT_SHARE)).await;
        for (name, _, document) in poison_documents {
            rig.feeds.add_document(name, document);
        }
        let (stop_flood, flood_stopped) = watch::channel(false);
        let flood = spec.has(Poison::Flood).then(|| {
            let addr = rig
                .pipeline
                .websub_listen()
                .expect("the fetcher takes pushes")
                .to_owned();
            tokio::spawn(flood(addr, rig.feeds.subscriber_callbacks(), flood_stopped))
        });

        let mut auditor = rig.auditor();
        let ledger = rig
            .await_ledger(&mut auditor, &[], size.ledger_timeout())
            .await;
        let _ = stop_flood.send(true);
        eprintln!("{}:\n{ledger}", spec.name);
        assert_eq!(ledger.num_lost(), 0, "{}", spec.name);

        if let Some(flood) = flood {
            let flood = flood.await.expect("the flood ran");
            eprintln!("WebSub flood: {flood:?}");
            assert_eq!(
                flood.closed_by_server, flood.half_sent,
                "every half-sent request is closed by the callback server"
            );
            let unknown_accepted = flood
                .big_bodies
                .iter()
                .step_by(2)
                .filter(|outcome| outcome.starts_with('2'))
                .count();
            assert_eq!(
                unknown_accepted, 0,
                "big bodies for feeds without a subscription are refused: {:?}",
                flood.big_bodies
            );
        }
        for guid in poison_guids {
            // The pipeline is other processes: their topics are read, not awaited.
            let deadline = tokio::time::Instant::now() + PROGRESS_TIMEOUT;
            let seen = loop {
                if let Some(seen) = outcome(&rig, guid).await {
                    break seen;
                }
                assert!(
                    tokio::time::Instant::now() < deadline,
                    "{guid}: no trace on items.raw, articles or the dead letters"
                );
                tokio::time::sleep(Duration::from_millis(500)).await;
            };
            eprintln!("{guid}: {seen}");
            assert!(
                seen.starts_with("dead-lettered") || !seen.starts_with("cut fields []"),
                "{guid} was neither cut nor dead-lettered: {seen}"
            );
        }
        let latency = latency(&rig, measured_from).await;
        let host = rig.feeds.stats();
        stop_all(services).await;
        Figures {
            latency,
            pushes: (host.num_pushes, host.num_push_failures),
        }
    }

    /// Per kind run more than once: the median of the runs' p50 and p95 (to article, to
    /// event) and their range, `none` first.
    fn summary(table: &[(String, Figures)]) {
        let mut kinds: Vec<&str> = Vec::new();
        for (name, _) in table {
            if !kinds.contains(&name.as_str()) {
                kinds.push(name);
            }
        }
        kinds.sort_by_key(|name| *name != "none");
        if kinds
            .iter()
            .all(|kind| table.iter().filter(|(name, _)| name == kind).count() < 2)
        {
            return;
        }
        eprintln!("by kind, median of the runs (min-max), ms:");
        eprintln!(
            "  {:<7} {:>4}  {:>15} {:>17}  {:>15} {:>17}",
            "poison", "runs", "art50", "art95", "evt50", "evt95"
        );
        for kind in kinds {
            let runs: Vec<&Figures> = table
                .iter()
                .filter(|(name, _)| name == kind)
                .map(|(_, figures)| figures)
                .collect();
            let spread = |pick: fn(&Figures) -> f64| {
                let mut values: Vec<f64> = runs.iter().map(|figures| pick(figures)).collect();
                values.sort_by(f64::total_cmp);
                let median = if values.len() % 2 == 1 {
                    values[values.len() / 2]
                } else {
                    (values[values.len() / 2 - 1] + values[values.len() / 2]) / 2.0
                };
                format!(
                    "{median:.0} ({:.0}-{:.0})",
                    values[0],
                    values[values.len() - 1]
                )
            };
            eprintln!(
                "  {kind:<7} {:>4}  {:>15} {:>17}  {:>15} {:>17}",
                runs.len(),
                spread(|figures| figures.latency[0].p50),
                spread(|figures| figures.latency[0].p95),
                spread(|figures| figures.latency[1].p50),
                spread(|figures| figures.latency[1].p95),
            );
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn poison_entries_and_a_websub_flood_hold_back_no_other_feed() {
        let size = Size::from_env();
        let runs = RunSpec::from_env();
        eprintln!("scenario size: {size:?}; runs: {runs:?}");
        let mut table = Vec::new();
        for spec in &runs {
            table.push((spec.name.clone(), run(size, spec).await));
        }
        eprintln!(
            "normal feeds' latency from first serving (ms), by run (the poison beside them); \
             items first served in the first {:.0}% of the schedule ({:.1} s) left out as the \
             warm-up:",
            warmup_share() * 100.0,
            size.num_items() as f64 / size.rate * warmup_share()
        );
        eprintln!(
            "  {:<7} {:>16}  {:>5} {:>5} {:>6} {:>6} {:>6}  {:>5} {:>6} {:>6} {:>6}",
            "poison",
            "pushes ok/failed",
            "warm",
            "n",
            "art50",
            "art95",
            "art99",
            "n",
            "evt50",
            "evt95",
            "evt99"
        );
        for (name, figures) in &table {
            let [article, event] = figures.latency;
            eprintln!(
                "  {name:<7} {:>16}  {:>5} {:>5} {:>6.0} {:>6.0} {:>6.0}  {:>5} {:>6.0} {:>6.0} {:>6.0}",
                format!("{}/{}", figures.pushes.0, figures.pushes.1),
                article.n_warmup,
                article.n,
                article.p50,
                article.p95,
                article.p99,
                event.n,
                event.p50,
                event.p95,
                event.p99
            );
        }
        summary(&table);
        assert!(
            table.iter().all(|(_, figures)| figures.latency[0].n > 0),
            "every run measured articles of the normal feeds"
        );
    }
}
