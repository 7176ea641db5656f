//! The fetcher at scale (`make bench-scale`): N feeds over R fetcher replicas, each a
//! `sitrep run --target fetcher` process and a member of the fetcher group on tansu, as in
//! production, against the feed host spread over loopback addresses.
//!
//! The replicas start with an empty feeds file and join their group; once every replica
//! holds partitions of the state topic, the feeds file is written with every feed and
//! each replica is sent SIGHUP, which makes every feed due at once: the heaviest cycle
//! there is (every document read whole, every entry new and produced, every feed's state
//! written). The cycle ends when the feed host has served every feed in full; its time is
//! set against the poll interval the replicas run with. Figures per replica (feeds owned,
//! polls by outcome, entries emitted, CPU seconds, peak RSS) come from its `/metrics` and
//! `/proc`; how loaded the machine was, from `/proc/stat` (CPU time that went to other
//! processes during the cycle). Nothing is asserted: the caller judges the figures.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use sitrep_runtime::metric_catalogue as catalogue;
use sitrep_testkit::Broker;

use crate::corpus;
use crate::feed_host::{FeedHost, Schedule};
use crate::proc_stats::Resources;
use crate::services::{metric, Pipeline, Service};

#[derive(Debug, Clone)]
pub struct ScaleOptions {
    pub num_feeds: usize,
    pub num_replicas: usize,
    /// Entries in every feed document (all new on the cycle).
    pub items_per_feed: usize,
    /// Loopback addresses the feeds are spread over (the fetcher limits polls per host).
    pub num_hosts: usize,
    /// Partitions of every topic, the fetcher state topic among them.
    pub partitions: i32,
    /// The replicas' `fetcher.poll_interval_secs`: the time a cycle must fit in.
    pub poll_interval_secs: u64,
    /// The replicas' log level.
    pub log_level: String,
    /// How long the replicas' CPU is measured after the cycle, when nothing is due (0: not).
    pub idle_secs: u64,
}

impl Default for ScaleOptions {
    fn default() -> Self {
        Self {
            num_feeds: 100_000,
            num_replicas: 3,
            items_per_feed: 3,
            num_hosts: 200,
            partitions: 6,
            poll_interval_secs: 300,
            log_level: "warn".into(),
            idle_secs: 10,
        }
    }
}

/// One replica's figures over the cycle.
#[derive(Debug, Clone, Default)]
pub struct ReplicaFigures {
    pub feeds_owned: u64,
    pub partitions: u64,
    /// Polls by outcome: answered (a document or 304) and failed (anything else).
    pub polls_ok: u64,
    pub polls_failed: u64,
    pub entries_emitted: u64,
    /// CPU seconds from the start of the cycle to its end.
    pub cycle_cpu_secs: f64,
    /// CPU seconds in the idle stretch after the cycle (`idle_secs`, nothing due: the
    /// scheduler alone).
    pub idle_cpu_secs: f64,
    /// Peak resident memory over the replica's life.
    pub peak_rss_bytes: u64,
}

#[derive(Debug, Clone, Default)]
pub struct ScaleReport {
    pub num_feeds: usize,
    /// Feeds the host served in full at least once.
    pub feeds_fetched: usize,
    /// From SIGHUP to the last feed's first full answer; None when the cycle did not end
    /// within the poll interval and a minute.
    pub cycle: Option<Duration>,
    /// From SIGHUP until the replicas' emitted entries added up to every entry.
    pub emitted: Option<Duration>,
    pub poll_interval: Duration,
    pub num_requests: u64,
    pub replicas: Vec<ReplicaFigures>,
}

impl ScaleReport {
    /// Failed polls over all replicas.
    pub fn num_failed(&self) -> u64 {
        self.replicas
            .iter()
            .map(|replica| replica.polls_failed)
            .sum()
    }

    /// Successful polls over all replicas.
    pub fn num_ok(&self) -> u64 {
        self.replicas.iter().map(|replica| replica.polls_ok).sum()
    }
}

/// Runs the benchmark and prints what it measures through `print`, line by line.
pub async fn run_scale(
    options: &ScaleOptions,
    print: impl Fn(&str),
) -> anyhow::Result<ScaleReport> {
    let total_items = options.num_feeds * options.items_per_feed;
    print(&format!(
        "bench-scale: {} feeds x {} entries over {} fetcher replicas (one group, {} partitions), \
         feeds on {} loopback hosts, poll interval {} s; {} cores, load average {}",
        options.num_feeds,
        options.items_per_feed,
        options.num_replicas,
        options.partitions,
        options.num_hosts,
        options.poll_interval_secs,
        std::thread::available_parallelism().map_or(0, usize::from),
        load_average()
    ));
    let broker = Broker::start().await;
    let generated = Instant::now();
    let corpus = corpus::generate(
        options.num_feeds,
        options.items_per_feed,
        chrono::Utc::now(),
    );
    let host = FeedHost::start_on_hosts(corpus, Schedule::AllAtOnce, options.num_hosts).await;
    host.start_schedule();
    let feeds: String = (0..options.num_feeds).fold(String::new(), |mut text, index| {
        let _ = write!(
            text,
            "[[feeds]]\nid = \"scale-{index}\"\nurl = \"{}\"\n\n",
            host.feed_url(index)
        );
        text
    });
    print(&format!(
        "feed host ready in {:.1} s ({} documents)",
        generated.elapsed().as_secs_f64(),
        options.num_feeds
    ));
    let pipeline =
        Pipeline::from_files(&config(broker.bootstrap(), options), "", &options.log_level);
    let replicas: Vec<Service> = (0..options.num_replicas)
        .map(|_| pipeline.spawn("fetcher"))
        .collect();
    let joined = Instant::now();
    await_group(&replicas, options.partitions).await?;
    print(&format!(
        "{} replicas in the group, every one with partitions, after {:.1} s",
        replicas.len(),
        joined.elapsed().as_secs_f64()
    ));

    // The cycle: every feed due at once on every replica.
    pipeline.write_feeds(&feeds);
    drop(feeds);
    let cpu_before: Vec<f64> = replicas.iter().map(cpu_secs).collect();
    let machine_before = MachineCpu::read();
    let own_before = own_cpu(&broker);
    let started = Instant::now();
    for replica in &replicas {
        replica.reload();
    }
    let deadline = Duration::from_secs(options.poll_interval_secs + 60);
    let mut last_progress = Instant::now();
    while host.num_served() < total_items && started.elapsed() < deadline {
        tokio::time::sleep(Duration::from_millis(250)).await;
        if last_progress.elapsed() >= Duration::from_secs(15) {
            last_progress = Instant::now();
            let rss: Vec<String> = replicas
                .iter()
                .map(|replica| format!("{:.0}", rss_mb(replica)))
                .collect();
            print(&format!(
                "  {:>5.0} s: {} of {} feeds read ({:.0} feeds/s), replicas' RSS now {} MB",
                started.elapsed().as_secs_f64(),
                host.num_served() / options.items_per_feed.max(1),
                options.num_feeds,
                host.num_served() as f64
                    / options.items_per_feed.max(1) as f64
                    / started.elapsed().as_secs_f64(),
                rss.join(" / ")
            ));
        }
    }
    let cycle = (host.num_served() >= total_items)
        .then(|| host.last_first_serving())
        .flatten()
        .map(|last| last.saturating_duration_since(started));
    let cpu_cycle_end: Vec<f64> = replicas.iter().map(cpu_secs).collect();
    let machine_cycle = MachineCpu::read().since(&machine_before);
    let own_cycle = own_cpu(&broker) - own_before;
    let replicas_cycle_cpu: f64 = cpu_cycle_end
        .iter()
        .zip(&cpu_before)
        .map(|(after, before)| after - before)
        .sum();
    let mut emitted = None;
    if cycle.is_some() {
        let wait_from = Instant::now();
        while wait_from.elapsed() < Duration::from_secs(60) {
            if emitted_entries(&replicas).await >= total_items as u64 {
                emitted = Some(started.elapsed());
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    // The scheduler alone: nothing is due for a poll interval.
    let idle_before: Vec<f64> = replicas.iter().map(cpu_secs).collect();
    tokio::time::sleep(Duration::from_secs(options.idle_secs)).await;
    let idle_after: Vec<f64> = replicas.iter().map(cpu_secs).collect();

    let mut report = ScaleReport {
        num_feeds: options.num_feeds,
        feeds_fetched: host.num_served() / options.items_per_feed.max(1),
        cycle,
        emitted,
        poll_interval: Duration::from_secs(options.poll_interval_secs),
        num_requests: host.stats().num_requests,
        replicas: Vec::new(),
    };
    for (index, replica) in replicas.iter().enumerate() {
        let metrics = replica.metrics().await;
        let polls = metric(&metrics, catalogue::FEED_FETCHES, "");
        let polls_ok = metric(&metrics, catalogue::FEED_FETCHES, "outcome=\"ok\"")
            + metric(
                &metrics,
                catalogue::FEED_FETCHES,
                "outcome=\"not_modified\"",
            );
        report.replicas.push(ReplicaFigures {
            feeds_owned: metric(&metrics, catalogue::FEEDS_OWNED, "") as u64,
            partitions: metric(
                &metrics,
                catalogue::ASSIGNED_PARTITIONS,
                "group=\"sitrep.fetcher\"",
            ) as u64,
            polls_ok: polls_ok as u64,
            polls_failed: (polls - polls_ok) as u64,
            entries_emitted: metric(&metrics, catalogue::FEED_ENTRIES_EMITTED, "") as u64,
            cycle_cpu_secs: cpu_cycle_end[index] - cpu_before[index],
            idle_cpu_secs: idle_after[index] - idle_before[index],
            peak_rss_bytes: replica
                .resources()
                .map_or(0, |resources| resources.peak_rss_bytes),
        });
    }
    for replica in replicas {
        let _ = replica.terminate().await;
    }
    print(&describe(
        &report,
        options,
        replicas_cycle_cpu,
        own_cycle,
        machine_cycle,
    ));
    Ok(report)
}

/// The replicas' configuration: Kafka on `bootstrap`, the fetcher's defaults but for the
/// poll interval and the private addresses the feed host is on.
fn config(bootstrap: &str, options: &ScaleOptions) -> String {
    format!(
        "transport = \"kafka\"\nshutdown_timeout_secs = 20\n\
         [kafka]\nbrokers = \"{bootstrap}\"\npartitions = {partitions}\nsession_timeout_ms = 10000\nstatistics_interval_ms = 1000\n\
         [fetcher]\nfeeds_file = \"feeds.toml\"\npoll_interval_secs = {interval}\nmin_poll_interval_secs = {min_interval}\n\
         allow_private_addresses = true\n\
         [admin]\nenabled = true\nlisten = \"127.0.0.1:0\"\n\
         [log]\nformat = \"json\"\nlevel = \"{level}\"\n",
        partitions = options.partitions,
        interval = options.poll_interval_secs,
        min_interval = options.poll_interval_secs.min(60),
        level = options.log_level,
    )
}

/// Waits until every replica is ready and the group's partitions are all assigned, each
/// replica holding some (when there are at least as many partitions as replicas).
async fn await_group(replicas: &[Service], partitions: i32) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let mut assigned = Vec::with_capacity(replicas.len());
        let mut all_ready = true;
        for replica in replicas {
            all_ready &= replica.is_ready().await;
            let metrics = replica.metrics().await;
            assigned.push(metric(
                &metrics,
                catalogue::ASSIGNED_PARTITIONS,
                "group=\"sitrep.fetcher\"",
            ) as i32);
        }
        let everyone_has_some =
            replicas.len() > partitions as usize || assigned.iter().all(|n| *n > 0);
        if all_ready && assigned.iter().sum::<i32>() == partitions && everyone_has_some {
            return Ok(());
        }
        anyhow::ensure!(
            Instant::now() < deadline,
            "the fetcher group did not settle within 120 s (partitions per replica: {assigned:?}); \
             the first replica's log ends:\n{}",
            replicas.first().map(|replica| replica.log_tail(20)).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn emitted_entries(replicas: &[Service]) -> u64 {
    let mut total = 0.0;
    for replica in replicas {
        total += metric(
            &replica.metrics().await,
            catalogue::FEED_ENTRIES_EMITTED,
            "",
        );
    }
    total as u64
}

fn cpu_secs(replica: &Service) -> f64 {
    replica
        .resources()
        .map_or(0.0, |resources| resources.cpu_secs)
}

fn rss_mb(replica: &Service) -> f64 {
    replica
        .resources()
        .map_or(0.0, |resources| resources.rss_bytes as f64 / 1e6)
}

/// CPU seconds of this process (the feed host) and of the broker.
fn own_cpu(broker: &Broker) -> f64 {
    let broker_cpu = broker
        .pid()
        .and_then(Resources::of)
        .map_or(0.0, |resources| resources.cpu_secs);
    let own = Resources::of(std::process::id()).map_or(0.0, |resources| resources.cpu_secs);
    broker_cpu + own
}

/// The 1, 5 and 15 minute load averages, as `/proc/loadavg` has them.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".into())
}

/// The machine's busy and total CPU time, from the first line of `/proc/stat`.
#[derive(Debug, Clone, Copy, Default)]
struct MachineCpu {
    busy_secs: f64,
    total_secs: f64,
}

impl MachineCpu {
    fn read() -> MachineCpu {
        let Ok(stat) = std::fs::read_to_string("/proc/stat") else {
            return MachineCpu::default();
        };
        let ticks: Vec<f64> = stat
            .lines()
            .next()
            .unwrap_or("")
            .split_whitespace()
            .skip(1)
            .filter_map(|field| field.parse().ok())
            .collect();
        // user nice system idle iowait irq softirq steal ...; idle and iowait are not busy.
        let total: f64 = ticks.iter().take(8).sum();
        let idle = ticks.get(3).copied().unwrap_or(0.0) + ticks.get(4).copied().unwrap_or(0.0);
        // USER_HZ is 100 on every common Linux.
        MachineCpu {
            busy_secs: (total - idle) / 100.0,
            total_secs: total / 100.0,
        }
    }

    fn since(&self, before: &MachineCpu) -> MachineCpu {
        MachineCpu {
            busy_secs: self.busy_secs - before.busy_secs,
            total_secs: self.total_secs - before.total_secs,
        }
    }
}

fn describe(
    report: &ScaleReport,
    options: &ScaleOptions,
    replicas_cpu: f64,
    own_cpu: f64,
    machine: MachineCpu,
) -> String {
    let mb = |bytes: u64| bytes as f64 / 1e6;
    let mut text = String::new();
    let interval = report.poll_interval.as_secs_f64();
    match report.cycle {
        Some(cycle) => {
            let secs = cycle.as_secs_f64();
            let _ = writeln!(
                text,
                "cycle: all {} feeds read in {secs:.1} s, {:.0}% of the {interval:.0} s poll interval ({}); \
                 {:.0} requests/s, {:.0} feeds/s",
                report.num_feeds,
                secs / interval * 100.0,
                if secs <= interval { "within" } else { "NOT within" },
                report.num_requests as f64 / secs,
                report.num_feeds as f64 / secs,
            );
        }
        None => {
            let _ = writeln!(
                text,
                "cycle: NOT complete: {} of {} feeds read within the {interval:.0} s poll interval and a minute",
                report.feeds_fetched, report.num_feeds
            );
        }
    }
    if let Some(emitted) = report.emitted {
        let _ = writeln!(
            text,
            "every entry emitted ({} on items.raw, acknowledged) {:.1} s after the cycle began",
            report.num_feeds * options.items_per_feed,
            emitted.as_secs_f64()
        );
    }
    let _ = writeln!(
        text,
        "requests served {}; polls answered {}, failed {}",
        report.num_requests,
        report.num_ok(),
        report.num_failed()
    );
    let _ = writeln!(
        text,
        "replica  partitions  feeds  polls ok  failed  entries   cycle CPU s  idle CPU s/s  peak RSS MB"
    );
    for (index, replica) in report.replicas.iter().enumerate() {
        let _ = writeln!(
            text,
            "{:>7}  {:>10}  {:>5}  {:>8}  {:>6}  {:>7}  {:>12.1}  {:>12.3}  {:>11.0}",
            index + 1,
            replica.partitions,
            replica.feeds_owned,
            replica.polls_ok,
            replica.polls_failed,
            replica.entries_emitted,
            replica.cycle_cpu_secs,
            replica.idle_cpu_secs / options.idle_secs.max(1) as f64,
            mb(replica.peak_rss_bytes),
        );
    }
    let max_rss = report
        .replicas
        .iter()
        .map(|replica| replica.peak_rss_bytes)
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        text,
        "largest replica peak RSS {:.0} MB ({} 200 MB)",
        mb(max_rss),
        if mb(max_rss) < 200.0 {
            "under"
        } else {
            "NOT under"
        }
    );
    if replicas_cpu > 0.0 {
        let _ = writeln!(
            text,
            "fetcher CPU: {replicas_cpu:.1} s for {} feeds = {:.0} feeds per CPU second \
             ({:.0} entries per CPU second)",
            report.feeds_fetched,
            report.feeds_fetched as f64 / replicas_cpu,
            (report.feeds_fetched * options.items_per_feed) as f64 / replicas_cpu
        );
    }
    let others = (machine.busy_secs - replicas_cpu - own_cpu).max(0.0);
    let _ = write!(
        text,
        "machine during the cycle: {:.0} CPU s busy of {:.0}: fetchers {replicas_cpu:.0}, broker and feed host {own_cpu:.0}, \
         other processes {others:.0}; load average now {}",
        machine.busy_secs,
        machine.total_secs,
        load_average()
    );
    text
}
