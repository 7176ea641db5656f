//! The end-to-end benchmark (`make bench-e2e`): the three services as processes against
//! tansu, fed by the feed host, measured from the outside.
//!
//! Two runs, each with a fresh broker and fresh services:
//! 1. throughput: every item is on the feeds when the schedule starts; items/s through
//!    each stage (from the broker timestamps of what each stage produced) and end to end,
//!    CPU seconds and peak RSS per process, consumer lag every second;
//! 2. latency: items appear at a fixed rate; latency from an item's appearance on the
//!    feed host (and from its first serving) to its event on `sitrep.events` (the event's
//!    broker timestamp) at p50/p95/p99.
//!
//! Then, on the same items: the broker's own passthrough (produce and consume the same
//! number of messages of the same sizes, no processing), the broker's latency for one hop
//! at the latency run's rate, and each stage's pure core without Kafka
//! (`sitrep_normalizer::normalize`, `Classifier::classify`), with ratios.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use rdkafka::producer::FutureRecord;
use sitrep_classifier::Classifier;
use sitrep_contract::{Article, IncidentEvent, RawItem};
use sitrep_runtime::classify::ClassifyProcessor;
use sitrep_runtime::metric_catalogue as catalogue;
use sitrep_runtime::normalize::NormalizeProcessor;
use sitrep_runtime::stage::Processor;
use sitrep_transport::InMessage;

use crate::corpus::parse_story_path;
use crate::feed_host::Schedule;
use crate::proc_stats::Resources;
use crate::rig::Rig;
use crate::services::{metric, wait_until, PipelineOptions, Service};
use crate::topics::producer;
use sitrep_testkit::{read_topic, Record};

#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub num_feeds: usize,
    pub items_per_feed: usize,
    /// Items per second in the latency run.
    pub latency_rate: f64,
    /// How long items keep appearing in the latency run.
    pub latency_secs: f64,
    /// librdkafka properties given to every service (`--kafka-property KEY=VALUE`).
    pub kafka_properties: Vec<(String, String)>,
    /// Also run the latency run with WebSub push (the feed host as the hub).
    pub push: bool,
}

impl Default for BenchOptions {
    fn default() -> Self {
        Self {
            num_feeds: 50,
            items_per_feed: 200,
            latency_rate: 1000.0,
            latency_secs: 10.0,
            kafka_properties: Vec::new(),
            push: true,
        }
    }
}

/// Runs both runs and the baselines, handing each part of the report to `out` as it is ready.
pub async fn run(options: &BenchOptions, mut out: impl FnMut(&str)) -> anyhow::Result<()> {
    let num_items = options.num_feeds * options.items_per_feed;
    out(&format!(
        "sitrep bench-e2e: {} feeds x {} items = {num_items} items; latency run at {} items/s for {} s",
        options.num_feeds, options.items_per_feed, options.latency_rate, options.latency_secs
    ));
    out(&format!(
        "machine: {} cores; broker tansu (memory storage), everything on this machine",
        num_cpus()
    ));

    if !options.kafka_properties.is_empty() {
        let properties: Vec<String> = options
            .kafka_properties
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect();
        out(&format!("kafka properties: {}", properties.join(", ")));
    }

    // Run 1: throughput.
    let throughput = run_pipeline(
        options.num_feeds,
        options.items_per_feed,
        Schedule::AllAtOnce,
        &options.kafka_properties,
        false,
        &mut out,
    )
    .await?;
    out(&throughput.report);

    // Baselines on the same items.
    let raw_items: Vec<RawItem> = throughput
        .raw
        .iter()
        .filter_map(|r| serde_json::from_slice(&r.payload).ok())
        .collect();
    let articles: Vec<Article> = throughput
        .articles
        .iter()
        .filter_map(|r| serde_json::from_slice(&r.payload).ok())
        .collect();
    let normalize_rate = core_normalize(&raw_items);
    let classifier =
        std::sync::Arc::new(Classifier::load_default().context("loading the classifier")?);
    let classify_rate = core_classify(&classifier, &articles);
    // The stages' processors as the services run them, minus Kafka: JSON in, the work
    // (with the normalizer's dedup memory), JSON out.
    let topics = sitrep_contract::topics::Topics::with_prefix("bench.");
    let normalize_work_rate = stage_work_rate(
        &NormalizeProcessor::new(topics.clone(), 100_000),
        &throughput.raw,
    );
    let classify_work_rate = stage_work_rate(
        &ClassifyProcessor::new(topics, classifier),
        &throughput.articles,
    );
    let passthrough = broker_passthrough(&throughput.raw).await?;
    let mut hop_latencies = broker_hop_latency(
        &throughput.raw,
        options.latency_rate,
        options.latency_secs.min(5.0),
    )
    .await?;

    // Run 2: latency at a fixed rate.
    let latency_feeds = options.num_feeds;
    let latency_items_per_feed =
        ((options.latency_rate * options.latency_secs) / latency_feeds as f64).ceil() as usize;
    let latency = run_pipeline(
        latency_feeds,
        latency_items_per_feed.max(1),
        Schedule::Rate(options.latency_rate),
        &options.kafka_properties,
        false,
        &mut out,
    )
    .await?;
    out(&latency.report);
    // Run 3: the same with WebSub push instead of waiting for polls.
    let pushed = if options.push {
        let run = run_pipeline(
            latency_feeds,
            latency_items_per_feed.max(1),
            Schedule::Rate(options.latency_rate),
            &options.kafka_properties,
            true,
            &mut out,
        )
        .await?;
        out(&run.report);
        Some(run)
    } else {
        None
    };

    let mut summary = String::new();
    let e2e = throughput.end_to_end_rate;
    let slowest_core = normalize_rate.min(classify_rate);
    let slowest_work = normalize_work_rate.min(classify_work_rate);
    writeln!(summary, "baselines on the same {} items:", raw_items.len())?;
    writeln!(
        summary,
        "  normalizer core (normalize, 1 thread):   {normalize_rate:>9.0} items/s"
    )?;
    writeln!(
        summary,
        "  classifier core (classify, 1 thread):    {classify_rate:>9.0} articles/s"
    )?;
    writeln!(
        summary,
        "  normalizer stage without Kafka (JSON in, normalize + dedup, JSON out, 1 thread): {normalize_work_rate:>9.0} items/s"
    )?;
    writeln!(
        summary,
        "  classifier stage without Kafka (JSON in, classify, JSON out, 1 thread):          {classify_work_rate:>9.0} articles/s"
    )?;
    writeln!(
        summary,
        "  broker passthrough ({} msgs, mean {:.0} B): produce {:.0} msg/s, consume {:.0} msg/s, one hop (produce then consume) {:.0} msg/s",
        passthrough.num_messages, passthrough.mean_bytes, passthrough.produce_rate, passthrough.consume_rate, passthrough.hop_rate
    )?;
    if let Some((p50, p95, p99, max)) = percentiles(&mut hop_latencies) {
        writeln!(
            summary,
            "  broker one-hop latency at {} msg/s (produce -> a waiting consumer, n={}): p50 {p50:.0} ms  p95 {p95:.0} ms  p99 {p99:.0} ms  max {max:.0} ms",
            options.latency_rate,
            hop_latencies.len()
        )?;
        writeln!(
            summary,
            "    (the pipeline makes 3 hops from the fetcher's produce to the event: 3 x p50 = {:.0} ms before any work)",
            3.0 * p50
        )?;
    }
    let e2e_served = throughput.end_to_end_rate_served;
    writeln!(
        summary,
        "ratios (end to end from the start of the run; in brackets, from the first item served):"
    )?;
    writeln!(
        summary,
        "  end to end / slowest pure core:          {:.3} [{:.3}] (target >= 0.5, read as the core alone)",
        e2e / slowest_core,
        e2e_served / slowest_core
    )?;
    writeln!(
        summary,
        "  end to end / slowest stage without Kafka: {:.3} [{:.3}] (target >= 0.5, read as all but Kafka)",
        e2e / slowest_work,
        e2e_served / slowest_work
    )?;
    writeln!(
        summary,
        "  end to end / broker one-hop passthrough: {:.3}",
        e2e / passthrough.hop_rate
    )?;
    writeln!(
        summary,
        "  end to end / broker passthrough over 3 hops (items.raw, articles, events): {:.3}",
        e2e / (passthrough.hop_rate / 3.0)
    )?;
    writeln!(summary, "targets:")?;
    writeln!(
        summary,
        "  end to end >= 5000 items/s:              {e2e:.0} items/s -> {}",
        verdict(e2e >= 5000.0)
    )?;
    if let Some(p99) = pushed.as_ref().and_then(|run| run.p99_appear_ms) {
        writeln!(
            summary,
            "  p99 < 250 ms at {} items/s:             {p99:.0} ms from appearance, WebSub push -> {}",
            options.latency_rate,
            verdict(p99 < 250.0)
        )?;
    }
    if let Some(p99) = latency.p99_appear_ms {
        writeln!(
            summary,
            "  p99 < 250 ms at {} items/s:             {p99:.0} ms from appearance, polling every second -> {}",
            options.latency_rate,
            verdict(p99 < 250.0)
        )?;
    }
    // Appearance latency includes the wait for the next poll (feeds are polled every
    // second here, the shortest interval the fetcher accepts); from the response that
    // first carried an item, the latency is the pipeline's own.
    if let Some(p99) = latency.p99_served_ms {
        writeln!(
            summary,
            "  p99 < 250 ms at {} items/s:             {p99:.0} ms from the response that carried it -> {}",
            options.latency_rate,
            verdict(p99 < 250.0)
        )?;
    }
    let worst_rss = throughput
        .resources
        .iter()
        .chain(latency.resources.iter())
        .chain(pushed.iter().flat_map(|run| run.resources.iter()))
        .filter(|(name, _)| name != "broker")
        .map(|(_, r)| r.peak_rss_bytes)
        .max()
        .unwrap_or(0);
    writeln!(
        summary,
        "  every service < 200 MB RSS:              peak {:.0} MB -> {}",
        mb(worst_rss),
        verdict(mb(worst_rss) < 200.0)
    )?;
    writeln!(
        summary,
        "  lost items: throughput run {}, latency run {}{}",
        throughput.num_lost,
        latency.num_lost,
        pushed
            .as_ref()
            .map(|run| format!(", push latency run {}", run.num_lost))
            .unwrap_or_default()
    )?;
    out(&summary);
    Ok(())
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn num_cpus() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

struct PipelineRun {
    report: String,
    raw: Vec<Record>,
    articles: Vec<Record>,
    end_to_end_rate: f64,
    /// The same from the first item served, without the wait for the first poll.
    end_to_end_rate_served: f64,
    p99_appear_ms: Option<f64>,
    p99_served_ms: Option<f64>,
    resources: Vec<(String, Resources)>,
    num_lost: usize,
}

async fn run_pipeline(
    num_feeds: usize,
    items_per_feed: usize,
    schedule: Schedule,
    kafka_properties: &[(String, String)],
    websub: bool,
    out: &mut impl FnMut(&str),
) -> anyhow::Result<PipelineRun> {
    let num_items = num_feeds * items_per_feed;
    let options = PipelineOptions {
        log_level: "warn".into(),
        fetch_timeout_secs: 10,
        kafka_properties: kafka_properties.to_vec(),
        websub,
        ..PipelineOptions::default()
    };
    let rig = Rig::start(num_feeds, items_per_feed, schedule, &options).await;
    let services = vec![
        rig.pipeline.spawn("fetcher"),
        rig.pipeline.spawn("normalizer"),
        rig.pipeline.spawn("classifier"),
    ];
    wait_until("every service ready", Duration::from_secs(90), || async {
        for service in &services {
            if !service.is_ready().await {
                return false;
            }
        }
        true
    })
    .await;
    if websub
        && !rig
            .feeds
            .wait_subscribed(num_feeds, Duration::from_secs(60))
            .await
    {
        anyhow::bail!(
            "WebSub: {} of {num_feeds} feeds subscribed within 60 s",
            rig.feeds.num_subscribed()
        );
    }
    let label = match (schedule, websub) {
        (Schedule::AllAtOnce, _) => "throughput run (every item on the feeds at once)".to_owned(),
        (Schedule::Rate(rate), false) => {
            format!("latency run (items appear at {rate} items/s, feeds polled every second)")
        }
        (Schedule::Rate(rate), true) => format!(
            "push latency run (items appear at {rate} items/s, pushed by the feed host as WebSub hub)"
        ),
    };
    out(&format!(
        "{label}: {num_items} items, services ready, starting"
    ));
    let started = Instant::now();
    let start_ms = now_ms();
    rig.feeds.start_schedule();

    // Sample progress and lag every second until the classifier has read every article.
    let mut samples = Vec::new();
    let deadline = started + Duration::from_secs(600);
    loop {
        let fetched = metric(
            &services[0].metrics().await,
            catalogue::MESSAGES_OUT,
            "stage=\"fetcher\"",
        );
        let normalizer = services[1].metrics().await;
        let classifier = services[2].metrics().await;
        let normalized = metric(&normalizer, catalogue::MESSAGES_IN, "stage=\"normalizer\"");
        let classified = metric(&classifier, catalogue::MESSAGES_IN, "stage=\"classifier\"");
        samples.push(Sample {
            secs: started.elapsed().as_secs_f64(),
            fetched,
            normalized,
            classified,
            normalizer_lag: metric(&normalizer, catalogue::CONSUMER_LAG, ""),
            classifier_lag: metric(&classifier, catalogue::CONSUMER_LAG, ""),
        });
        let articles_out = metric(&normalizer, catalogue::MESSAGES_OUT, "stage=\"normalizer\"");
        if normalized >= num_items as f64 && classified >= articles_out {
            break;
        }
        if Instant::now() > deadline {
            anyhow::bail!("{label}: not done within 600 s: {:?}", samples.last());
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    let wall = started.elapsed().as_secs_f64();
    let mut resources: Vec<(String, Resources)> = services
        .iter()
        .filter_map(|s| Some((s.target.clone(), s.resources()?)))
        .collect();
    if let Some(broker) = tansu_resources() {
        resources.push(("broker".into(), broker));
    }
    for service in services {
        stop(service).await;
    }

    let bootstrap = rig.bootstrap();
    let raw = read_topic(&bootstrap, &rig.topics.items_raw).await;
    let articles = read_topic(&bootstrap, &rig.topics.articles).await;
    let events = read_topic(&bootstrap, &rig.topics.events).await;
    let mut auditor = rig.auditor();
    let ledger = auditor.ledger(&rig.expected(), &[]).await;

    let mut report = String::new();
    writeln!(report, "{label}: done in {wall:.1} s")?;
    let stage_rate = |records: &[Record]| -> (f64, f64) {
        let last = records
            .iter()
            .filter_map(|r| r.timestamp_ms)
            .max()
            .unwrap_or(start_ms as i64);
        let first = records
            .iter()
            .filter_map(|r| r.timestamp_ms)
            .min()
            .unwrap_or(start_ms as i64);
        let since_start = (last as f64 - start_ms) / 1000.0;
        let window = ((last - first) as f64 / 1000.0).max(0.001);
        (
            records.len() as f64 / since_start.max(0.001),
            records.len() as f64 / window,
        )
    };
    let last_done = raw
        .iter()
        .chain(&articles)
        .chain(&events)
        .filter_map(|r| r.timestamp_ms)
        .max()
        .unwrap_or(0) as f64;
    let end_to_end_rate = num_items as f64 / ((last_done - start_ms) / 1000.0).max(0.001);
    let first_served_ms = rig
        .feeds
        .first_serving()
        .and_then(|t| rig.feeds.epoch_ms(t))
        .unwrap_or(start_ms);
    let end_to_end_rate_served =
        num_items as f64 / ((last_done - first_served_ms) / 1000.0).max(0.001);
    for (stage, records) in [
        ("fetcher -> items.raw", &raw),
        ("normalizer -> articles", &articles),
        ("classifier -> events", &events),
    ] {
        let (since_start, window) = stage_rate(records);
        writeln!(
            report,
            "  {stage:<24} {:>6} msgs  {since_start:>8.0} msg/s since start  {window:>8.0} msg/s over its own output window",
            records.len()
        )?;
    }
    writeln!(
        report,
        "  end to end: {num_items} items in {:.2} s (start -> last article/event produced) = {end_to_end_rate:.0} items/s",
        (last_done - start_ms) / 1000.0
    )?;
    writeln!(
        report,
        "  end to end from the first item served (without the wait for the first poll): {:.2} s = {end_to_end_rate_served:.0} items/s",
        (last_done - first_served_ms) / 1000.0
    )?;
    writeln!(
        report,
        "  ledger: {}",
        ledger.to_string().replace('\n', "\n          ")
    )?;
    let host = rig.feeds.stats();
    writeln!(
        report,
        "  feed host: {} feed requests ({} answered 200, {} 304); {} pushes accepted, {} failed",
        host.num_requests,
        host.num_ok,
        host.num_not_modified,
        host.num_pushes,
        host.num_push_failures
    )?;

    // Latency: appearance (and first serving) -> event on sitrep.events; and -> article.
    let mut from_appearance = Vec::new();
    let mut from_served = Vec::new();
    // The wait for a poll: from an item's appearance to the response that first carried it.
    let mut poll_wait = Vec::new();
    for record in &events {
        let (Some(ts), Ok(event)) = (
            record.timestamp_ms,
            serde_json::from_slice::<IncidentEvent>(&record.payload),
        ) else {
            continue;
        };
        let Some((feed, item)) = event.article.url.as_deref().and_then(parse_story_path) else {
            continue;
        };
        let appeared = rig
            .feeds
            .appeared_at(feed, item)
            .and_then(|t| rig.feeds.epoch_ms(t));
        let served = rig
            .feeds
            .first_served_at(feed, item)
            .and_then(|t| rig.feeds.epoch_ms(t));
        if let Some(appeared) = appeared {
            from_appearance.push(ts as f64 - appeared);
        }
        if let Some(served) = served {
            from_served.push(ts as f64 - served);
        }
        if let (Some(appeared), Some(served)) = (appeared, served) {
            poll_wait.push(served - appeared);
        }
    }
    let mut article_from_served = served_latencies(&rig, &articles, |payload| {
        serde_json::from_slice::<Article>(payload).ok()?.url
    });
    // The first hop alone: from the response to the fetcher's record on items.raw.
    let mut raw_from_served = served_latencies(&rig, &raw, |payload| {
        serde_json::from_slice::<RawItem>(payload).ok()?.link
    });
    let p99_appear_ms = percentiles(&mut from_appearance).map(|p| p.2);
    let p99_served_ms = percentiles(&mut from_served).map(|p| p.2);
    for (what, values) in [
        ("appearance on feed -> event", &mut from_appearance),
        ("appearance -> first served", &mut poll_wait),
        ("first served -> event", &mut from_served),
        ("first served -> article", &mut article_from_served),
        ("first served -> items.raw", &mut raw_from_served),
    ] {
        match percentiles(values) {
            Some((p50, p95, p99, max)) => writeln!(
                report,
                "  latency {what:<28} n={:<6} p50 {p50:>7.0} ms  p95 {p95:>7.0} ms  p99 {p99:>7.0} ms  max {max:>7.0} ms",
                values.len()
            )?,
            None => writeln!(report, "  latency {what}: no samples")?,
        }
    }
    for (name, r) in &resources {
        writeln!(
            report,
            "  {name:<11} cpu {:>7.2} s   peak rss {:>7.1} MB",
            r.cpu_secs,
            mb(r.peak_rss_bytes)
        )?;
    }
    writeln!(
        report,
        "  progress and consumer lag (messages), every second:"
    )?;
    writeln!(
        report,
        "     t(s)  fetched  normalized  classified  normalizer-lag  classifier-lag"
    )?;
    for sample in &samples {
        writeln!(
            report,
            "    {:>5.1} {:>8.0} {:>11.0} {:>11.0} {:>15.0} {:>15.0}",
            sample.secs,
            sample.fetched,
            sample.normalized,
            sample.classified,
            sample.normalizer_lag,
            sample.classifier_lag
        )?;
    }
    Ok(PipelineRun {
        report,
        raw,
        articles,
        end_to_end_rate,
        end_to_end_rate_served,
        p99_appear_ms,
        p99_served_ms,
        resources,
        num_lost: ledger.num_lost(),
    })
}

#[derive(Debug)]
struct Sample {
    secs: f64,
    fetched: f64,
    normalized: f64,
    classified: f64,
    normalizer_lag: f64,
    classifier_lag: f64,
}

async fn stop(service: Service) {
    let _ = service.terminate().await;
}

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// Milliseconds from each story's first serving to the broker timestamp of its record on
/// a topic, for the records whose payload `story_url` reads a feed host story's URL from.
pub fn served_latencies(
    rig: &Rig,
    records: &[Record],
    story_url: impl Fn(&[u8]) -> Option<String>,
) -> Vec<f64> {
    served_at_and_latencies(rig, records, story_url)
        .into_iter()
        .map(|(_, latency)| latency)
        .collect()
}

/// [`served_latencies`], each with when its story was first served, so a caller can leave
/// out the stories served during a warm-up.
pub fn served_at_and_latencies(
    rig: &Rig,
    records: &[Record],
    story_url: impl Fn(&[u8]) -> Option<String>,
) -> Vec<(Instant, f64)> {
    let mut latencies = Vec::new();
    for record in records {
        let (Some(ts), Some(url)) = (record.timestamp_ms, story_url(&record.payload)) else {
            continue;
        };
        let Some((feed, story)) = parse_story_path(&url) else {
            continue;
        };
        let Some(first_served) = rig.feeds.first_served_at(feed, story) else {
            continue;
        };
        if let Some(served) = rig.feeds.epoch_ms(first_served) {
            latencies.push((first_served, ts as f64 - served));
        }
    }
    latencies
}

/// p50, p95, p99 and max (nearest rank), sorting `values`.
pub fn percentiles(values: &mut [f64]) -> Option<(f64, f64, f64, f64)> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let at =
        |q: f64| values[((q * values.len() as f64).ceil() as usize).clamp(1, values.len()) - 1];
    Some((at(0.50), at(0.95), at(0.99), values[values.len() - 1]))
}

/// The tansu process this process started (a child of ours), if any.
fn tansu_resources() -> Option<Resources> {
    let me = std::process::id().to_string();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let is_tansu = stat.contains("(tansu)");
        let parent = stat
            .rsplit(')')
            .next()
            .and_then(|rest| rest.split_whitespace().nth(1));
        if is_tansu && parent == Some(me.as_str()) {
            return Resources::of(pid);
        }
    }
    None
}

/// Items per second of the normalizer's pure core on one thread.
fn core_normalize(items: &[RawItem]) -> f64 {
    let started = Instant::now();
    let mut num_ok = 0usize;
    for item in items {
        if sitrep_normalizer::normalize(item).is_ok() {
            num_ok += 1;
        }
    }
    std::hint::black_box(num_ok);
    items.len() as f64 / started.elapsed().as_secs_f64().max(1e-9)
}

/// Articles per second of the classifier's pure core on one thread.
fn core_classify(classifier: &Classifier, articles: &[Article]) -> f64 {
    let now = chrono::Utc::now();
    let started = Instant::now();
    let mut num_events = 0usize;
    for article in articles {
        num_events += classifier.classify(article, now).len();
    }
    std::hint::black_box(num_events);
    articles.len() as f64 / started.elapsed().as_secs_f64().max(1e-9)
}

/// Messages per second of a stage's processor on one thread over `records` (the
/// messages that stage consumed in the run), without Kafka.
fn stage_work_rate(processor: &impl Processor, records: &[Record]) -> f64 {
    let inputs: Vec<InMessage> = records
        .iter()
        .map(|record| InMessage {
            key: record.key.clone().map(String::into_bytes),
            timestamp_ms: record.timestamp_ms,
            ..InMessage::at(
                "bench.in",
                record.partition,
                record.offset,
                record.payload.clone(),
            )
        })
        .collect();
    let started = Instant::now();
    let mut num_outputs = 0usize;
    for input in &inputs {
        num_outputs += processor
            .process(input)
            .map_or(0, |done| done.outputs.len());
    }
    std::hint::black_box(num_outputs);
    inputs.len() as f64 / started.elapsed().as_secs_f64().max(1e-9)
}

struct Passthrough {
    num_messages: usize,
    mean_bytes: f64,
    produce_rate: f64,
    consume_rate: f64,
    hop_rate: f64,
}

/// Produces the same payloads to a fresh broker's topic and reads them back: what the
/// broker and client do for one hop with no processing at all.
async fn broker_passthrough(raw: &[Record]) -> anyhow::Result<Passthrough> {
    let broker = sitrep_testkit::Broker::start().await;
    let bootstrap = broker.bootstrap().to_owned();
    let topic = "bench.passthrough";
    create_topic(&bootstrap, topic, 3).await?;
    let producer = producer(&bootstrap);
    let keys: Vec<String> = raw
        .iter()
        .map(|r| r.key.clone().unwrap_or_default())
        .collect();
    let started = Instant::now();
    let sends = raw.iter().zip(&keys).map(|(record, key)| {
        producer.send(
            FutureRecord::to(topic)
                .key(key.as_str())
                .payload(&record.payload),
            Duration::from_secs(60),
        )
    });
    for result in futures::future::join_all(sends).await {
        result
            .map_err(|(error, _)| error)
            .context("passthrough produce")?;
    }
    let produce_secs = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let read = read_topic(&bootstrap, topic).await;
    let consume_secs = started.elapsed().as_secs_f64();
    anyhow::ensure!(
        read.len() >= raw.len(),
        "passthrough read {} of {}",
        read.len(),
        raw.len()
    );
    broker.stop().await;
    let n = raw.len() as f64;
    Ok(Passthrough {
        num_messages: raw.len(),
        mean_bytes: raw.iter().map(|r| r.payload.len()).sum::<usize>() as f64 / n.max(1.0),
        produce_rate: n / produce_secs.max(1e-9),
        consume_rate: n / consume_secs.max(1e-9),
        hop_rate: n / (produce_secs + consume_secs).max(1e-9),
    })
}

/// The broker's own latency for one hop: messages of the given payloads produced at
/// `rate` per second for `secs` seconds with the services' client settings (linger 5 ms,
/// fetches held at most 100 ms), each timed from its producer timestamp to its arrival at
/// a consumer already waiting on the topic. The pipeline makes three such hops between
/// the fetcher's produce and the event on `sitrep.events`.
async fn broker_hop_latency(raw: &[Record], rate: f64, secs: f64) -> anyhow::Result<Vec<f64>> {
    use rdkafka::consumer::{Consumer as _, StreamConsumer};
    use rdkafka::Message as _;
    let broker = sitrep_testkit::Broker::start().await;
    let bootstrap = broker.bootstrap().to_owned();
    let topic = "bench.hop_latency";
    create_topic(&bootstrap, topic, 3).await?;
    let consumer: StreamConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &bootstrap)
        .set("group.id", "bench-hop-latency")
        .set("enable.auto.commit", "false")
        .set("auto.offset.reset", "earliest")
        .set("fetch.wait.max.ms", "100")
        .create()
        .context("hop latency consumer")?;
    // Assigned, not subscribed: no group join to wait for.
    let mut assignment = rdkafka::TopicPartitionList::new();
    for partition in 0..3 {
        assignment
            .add_partition_offset(topic, partition, rdkafka::Offset::Beginning)
            .context("assign")?;
    }
    consumer.assign(&assignment).context("assign")?;
    let num_messages = ((rate * secs).ceil() as usize).max(1);
    let (warmed_up, on_warm_up) = tokio::sync::oneshot::channel::<()>();
    let reader = tokio::spawn(async move {
        let mut warmed_up = Some(warmed_up);
        let mut latencies = Vec::with_capacity(num_messages);
        while latencies.len() < num_messages {
            let received = tokio::time::timeout(Duration::from_secs(30), consumer.recv()).await;
            let Ok(Ok(message)) = received else {
                break;
            };
            let now_ms = chrono::Utc::now().timestamp_millis();
            // The first message (untimed) shows that the consumer is fetching.
            if let Some(signal) = warmed_up.take() {
                let _ = signal.send(());
                continue;
            }
            if let Some(sent_ms) = message.timestamp().to_millis() {
                latencies.push((now_ms - sent_ms) as f64);
            }
        }
        latencies
    });
    let producer = producer(&bootstrap);
    producer
        .send(
            FutureRecord::<str, str>::to(topic)
                .partition(0)
                .payload("warm-up"),
            Duration::from_secs(60),
        )
        .await
        .map_err(|(error, _)| error)
        .context("hop latency warm-up")?;
    tokio::time::timeout(Duration::from_secs(60), on_warm_up)
        .await
        .context("the hop latency consumer never received the warm-up message")?
        .context("hop latency reader")?;
    let interval = Duration::from_secs_f64(1.0 / rate.max(1.0));
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut sends = futures::stream::FuturesUnordered::new();
    for record in raw.iter().cycle().take(num_messages) {
        ticker.tick().await;
        let key = record.key.clone().unwrap_or_default();
        let payload = record.payload.clone();
        let producer = producer.clone();
        sends.push(async move {
            producer
                .send(
                    FutureRecord::to(topic).key(&key).payload(&payload),
                    Duration::from_secs(60),
                )
                .await
                .map(|_| ())
                .map_err(|(error, _)| error)
        });
        // Acknowledgements are collected as they come, so none is left waiting.
        while let Some(Some(result)) =
            futures::FutureExt::now_or_never(futures::StreamExt::next(&mut sends))
        {
            result.context("hop latency produce")?;
        }
    }
    while let Some(result) = futures::StreamExt::next(&mut sends).await {
        result.context("hop latency produce")?;
    }
    let latencies = reader.await.context("hop latency reader")?;
    broker.stop().await;
    Ok(latencies)
}

async fn create_topic(bootstrap: &str, topic: &str, partitions: i32) -> anyhow::Result<()> {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    let admin: AdminClient<rdkafka::client::DefaultClientContext> = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .context("admin client")?;
    let results = admin
        .create_topics(
            &[NewTopic::new(topic, partitions, TopicReplication::Fixed(1))],
            &AdminOptions::new().operation_timeout(Some(Duration::from_secs(10))),
        )
        .await
        .context("create topic")?;
    for result in results {
        result.map_err(|(name, code)| anyhow::anyhow!("creating {name}: {code}"))?;
    }
    Ok(())
}
