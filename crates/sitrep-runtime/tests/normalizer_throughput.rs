//! The normalizer service end to end through a real broker (tansu), against the broker's
//! own passthrough: the same stage loop with a processor that copies each input to the
//! output unchanged. Both read the same pre-filled messages (typical 2 KB HTML entries,
//! every one a distinct article) from a 2-partition topic and write one message per
//! input; the rate is taken between the first and the last output, so group joins do
//! not count. The processor alone over the same items, on one thread without Kafka, gives
//! the core rate; with broker and stage on one machine the stage is bound by the two in
//! series. `make bench-normalizer` runs it in release with more items
//! (`NORMALIZER_BENCH_ITEMS`) and prints the figures; in `cargo test` it runs small and
//! checks that every input comes out once.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use sitrep_contract::RawItem;
use sitrep_runtime::normalize::NormalizeProcessor;
use sitrep_runtime::stage::{Processor, StageLoop};
use sitrep_testkit::proc_stats::Resources;
use sitrep_testkit::Broker;
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{ConsumerSpec, InMessage, OutMessage, StartFrom, TopicSpec, Transport};
use tokio_util::sync::CancellationToken;

mod common;
use common::Passthrough;

/// Sentences of wire copy; each description strings some of them together, with its own
/// numbers and places, so every item is a distinct article in plain English (as feeds
/// send them: the language check and the near-duplicate index see realistic text).
const SENTENCES: &[&str] = &[
    "Russian drones struck energy facilities in {place} overnight, officials said on {day}.",
    "Air defences shot down {n} of the drones, the air force said in a statement.",
    "Debris damaged {n} substations and a school in the western district of {place}.",
    "The regional governor said {n} people were wounded and taken to hospital.",
    "Rescue teams were still searching the rubble of a residential building on {day}.",
    "It was the {n}th attack on the city's power grid since the start of the month.",
    "The defence ministry said its forces had destroyed a rocket launcher near {place}.",
    "Shelling of a village near the border killed {n} civilians, local authorities said.",
    "Officials in {place} said the water supply had been restored to most homes.",
    "A military spokesman declined to comment on the report, citing security concerns.",
    "Thousands of residents were left without heating as temperatures fell below freezing.",
    "The army said soldiers repelled {n} assaults on positions east of {place}.",
];
const PLACES: &[&str] = &[
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Zaporizhzhia",
    "Sumy",
    "Kherson",
    "Mykolaiv",
    "Poltava",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// A typical ~2 KB HTML description, different for every index.
fn description(index: usize) -> String {
    let mut state = (index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut html = String::with_capacity(2200);
    html.push_str("<p>KYIV, March 3 (Reuters) - ");
    while html.len() < 1900 {
        let sentence = SENTENCES[next(SENTENCES.len())]
            .replace("{place}", PLACES[next(PLACES.len())])
            .replace("{day}", DAYS[next(DAYS.len())])
            .replace("{n}", &(2 + next(40)).to_string());
        html.push_str(&sentence);
        html.push_str(if next(3) == 0 { "</p>\n<p>" } else { " " });
    }
    html.push_str(
        "&#8217;s <a href=\"https://example.com/x?utm_source=rss\">report</a> <b>said</b>.</p>\n\
         <div class=\"share\"><a href=\"#\">Share</a></div>\
         <img src=\"https://px.example/t.gif\" width=\"1\">",
    );
    html
}

fn raw_items(num_items: usize) -> Vec<Vec<u8>> {
    let fetched_at = Utc::now();
    (0..num_items)
        .map(|index| {
            let feed_url = format!("https://wire{}.example.com/rss", index % 16);
            let guid = format!("guid-{index}");
            let link = format!("https://wire.example.com/story/{index}?utm_source=rss");
            let item = RawItem {
                title: Some(format!("Drones strike energy sites &#8211; report {index}")),
                fetched_at,
                published: Some(fetched_at),
                ..sitrep_contract::fixtures::raw_item(&feed_url, &guid, &link, &description(index))
            };
            serde_json::to_vec(&item).expect("json")
        })
        .collect()
}

struct Figures {
    items_per_sec: f64,
    elapsed: Duration,
    /// CPU seconds of this process (stage, watcher, clients) and of the broker from the
    /// first output to the last.
    own_cpu_secs: f64,
    broker_cpu_secs: f64,
}

impl Figures {
    /// Cores kept busy on average while the outputs came out.
    fn cores_busy(&self) -> f64 {
        (self.own_cpu_secs + self.broker_cpu_secs) / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// CPU seconds so far of this process and of the broker (0 where they cannot be read).
fn cpu_now(broker_pid: Option<u32>) -> (f64, f64) {
    let cpu = |pid: Option<u32>| pid.and_then(Resources::of).map_or(0.0, |r| r.cpu_secs);
    (cpu(Some(std::process::id())), cpu(broker_pid))
}

/// Fills `input`, runs `processor` in a stage loop from `input` to `output`, and times the
/// outputs from the first to the last.
async fn run_stage<P: Processor>(
    transport: &Arc<dyn Transport>,
    broker_pid: Option<u32>,
    name: &str,
    processor: P,
    payloads: &[Vec<u8>],
) -> Figures {
    let (input, output) = (format!("bench.{name}.in"), format!("bench.{name}.out"));
    let spec = |topic: &str| TopicSpec {
        name: topic.to_owned(),
        partitions: 2,
        replication: 1,
        compacted: false,
    };
    transport
        .ensure_topics(&[spec(&input), spec(&output), spec("bench.deadletter")])
        .await
        .expect("topics");
    let producer = transport.producer().expect("producer");
    let sends = payloads.iter().enumerate().map(|(index, payload)| {
        producer.send(OutMessage::new(
            &input,
            Some(format!("feed-{}", index % 16)),
            payload.clone(),
        ))
    });
    for result in futures::future::join_all(sends).await {
        result.expect("sent");
    }

    let watcher = transport
        .consumer(&ConsumerSpec {
            group_id: format!("bench-{name}-watcher"),
            topics: vec![output.clone()],
            start_from: StartFrom::Earliest,
        })
        .expect("consumer");
    // The watcher is in its group before the stage starts, so it sees outputs as they are
    // written, not as one burst after its join.
    let joined_by = Instant::now() + Duration::from_secs(60);
    while !watcher.group_joined() {
        assert!(
            Instant::now() < joined_by,
            "{name}: watcher joined its group"
        );
        let _ = tokio::time::timeout(Duration::from_millis(200), watcher.recv()).await;
    }
    let stage = StageLoop {
        processor: Arc::new(processor),
        consumer: transport
            .consumer(&ConsumerSpec {
                group_id: format!("bench-{name}"),
                topics: vec![input],
                start_from: StartFrom::Earliest,
            })
            .expect("consumer"),
        producer: transport.producer().expect("producer"),
        deadletter_topic: "bench.deadletter".to_owned(),
        max_in_flight: 1024,
        flush_timeout: Duration::from_secs(10),
        max_message_bytes: sitrep_runtime::config::DEFAULT_MAX_MESSAGE_BYTES,
    };
    let shutdown = CancellationToken::new();
    let running = tokio::spawn(stage.run(shutdown.clone()));

    let mut first_at = None;
    let mut cpu_at_first = (0.0, 0.0);
    let mut num_out = 0usize;
    while num_out < payloads.len() {
        let received = tokio::time::timeout(Duration::from_secs(120), watcher.recv())
            .await
            .unwrap_or_else(|_| panic!("{name}: only {num_out} outputs within 120 s"))
            .expect("recv");
        assert!(received.payload.is_some());
        if first_at.is_none() {
            first_at = Some(Instant::now());
            cpu_at_first = cpu_now(broker_pid);
        }
        num_out += 1;
    }
    let elapsed = first_at.map_or(Duration::ZERO, |at| at.elapsed());
    let cpu_at_last = cpu_now(broker_pid);
    shutdown.cancel();
    running.await.expect("join").expect("stage stopped cleanly");
    Figures {
        items_per_sec: (num_out.saturating_sub(1)) as f64 / elapsed.as_secs_f64().max(1e-9),
        elapsed,
        own_cpu_secs: cpu_at_last.0 - cpu_at_first.0,
        broker_cpu_secs: cpu_at_last.1 - cpu_at_first.1,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_normalizer_service_keeps_up_with_the_broker() {
    let num_items: usize = std::env::var("NORMALIZER_BENCH_ITEMS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(2_000);
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("sitrep.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"kafka\"\n[kafka]\nbrokers = \"{}\"\nsession_timeout_ms = 6000\n\
             [log]\nlevel = \"warn\"\n",
            broker.bootstrap()
        ),
    )
    .expect("config");
    let settings = sitrep_runtime::Settings::load(Some(&config)).expect("settings");
    let transport: Arc<dyn Transport> =
        Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("transport"));
    let payloads = raw_items(num_items);
    let mean_bytes = payloads.iter().map(Vec::len).sum::<usize>() / payloads.len().max(1);

    let passthrough = run_stage(
        &transport,
        broker.pid(),
        "passthrough",
        Passthrough {
            topic: "bench.passthrough.out".to_owned(),
        },
        &payloads,
    )
    .await;
    let topics = sitrep_contract::topics::Topics {
        articles: "bench.normalizer.out".to_owned(),
        ..sitrep_contract::topics::Topics::with_prefix("")
    };
    let normalizer = run_stage(
        &transport,
        broker.pid(),
        "normalizer",
        NormalizeProcessor::new(topics, 100_000),
        &payloads,
    )
    .await;
    let (core, core_batched) = core_rate(&payloads);
    println!(
        "normalizer service through tansu, {num_items} RawItems of {mean_bytes} bytes \
         (2 partitions, one stage loop):"
    );
    println!(
        "  the stage's pure core on the same items (parse JSON + normalize + dedup + \
         serialize, one thread, no Kafka): {core:>8.0} items/s"
    );
    println!(
        "  the same in batches of 256 as the stage runs them (shared over the cores): \
         {core_batched:>8.0} items/s"
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for (what, figures) in [
        (
            "broker passthrough (consume + produce, no work)",
            &passthrough,
        ),
        (
            "normalizer stage (consume + normalize + dedup + produce)",
            &normalizer,
        ),
    ] {
        println!(
            "  {what}: {:>8.0} items/s ({:.2} s); CPU: this process {:.2} s + broker {:.2} s \
             = {:.2} of {cores} cores busy",
            figures.items_per_sec,
            figures.elapsed.as_secs_f64(),
            figures.own_cpu_secs,
            figures.broker_cpu_secs,
            figures.cores_busy(),
        );
    }
    println!(
        "  stage / passthrough: {:.0}%; broker CPU per 1,000 items: passthrough {:.3} s, stage {:.3} s",
        100.0 * normalizer.items_per_sec / passthrough.items_per_sec.max(1e-9),
        1000.0 * passthrough.broker_cpu_secs / num_items as f64,
        1000.0 * normalizer.broker_cpu_secs / num_items as f64,
    );
    // On one machine the broker and the stage share the CPU: an item costs the stage its
    // core time plus the broker's passthrough time, so the stage cannot beat the rate of
    // the two in series. On its own cores it would be bound by the slower of the two.
    // The stage runs its batches shared over the cores, so the batched core rate counts.
    let serial = 1.0 / (1.0 / core_batched.max(1e-9) + 1.0 / passthrough.items_per_sec.max(1e-9));
    println!(
        "  stage / (batched core and passthrough in series, {serial:.0} items/s): {:.0}% \
         (100% = the loop adds nothing to the work and the broker)",
        100.0 * normalizer.items_per_sec / serial
    );
    println!(
        "  stage / batched core: {:.0}% (the share of the work's own rate left after the broker's)",
        100.0 * normalizer.items_per_sec / core_batched.max(1e-9)
    );
}

/// The processor the stage runs, over the same payloads in memory on this thread: what
/// the normalizer's work alone allows.
fn core_rate(payloads: &[Vec<u8>]) -> (f64, f64) {
    let topics = sitrep_contract::topics::Topics::with_prefix("core.");
    let processor = NormalizeProcessor::new(topics, 100_000);
    let inputs: Vec<InMessage> = payloads
        .iter()
        .enumerate()
        .map(|(offset, payload)| InMessage::at("core.in", 0, offset as i64, payload.clone()))
        .collect();
    let started = Instant::now();
    let mut num_outputs = 0usize;
    for input in &inputs {
        num_outputs += processor
            .process(input)
            .map_or(0, |done| done.outputs.len());
    }
    assert_eq!(num_outputs, inputs.len(), "one article per distinct item");
    let one_thread = inputs.len() as f64 / started.elapsed().as_secs_f64().max(1e-9);
    // As the stage loop hands them over: batches of up to 256, shared over the cores.
    let processor = NormalizeProcessor::new(
        sitrep_contract::topics::Topics::with_prefix("batched."),
        100_000,
    );
    let started = Instant::now();
    let mut num_outputs = 0usize;
    for batch in inputs.chunks(256) {
        num_outputs += processor
            .process_batch(batch)
            .into_iter()
            .map(|result| result.map_or(0, |done| done.outputs.len()))
            .sum::<usize>();
    }
    assert_eq!(
        num_outputs,
        inputs.len(),
        "one article per distinct item, batched"
    );
    let batched = inputs.len() as f64 / started.elapsed().as_secs_f64().max(1e-9);
    (one_thread, batched)
}
