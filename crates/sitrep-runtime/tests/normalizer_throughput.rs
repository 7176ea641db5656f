//! The normalizer service end to end through a real broker (tansu), against the broker's
//! own passthrough: the same stage loop with a processor that copies each input to the
//! output unchanged. Both read the same pre-filled messages (typical 2 KB HTML entries,
//! every one a distinct article) from a 2-partition topic and write one message per
//! input; the rate is taken between the first and the last output, so group joins do
//! not count. `make bench-normalizer` runs it in release with more items
//! (`NORMALIZER_BENCH_ITEMS`) and prints the figures; in `cargo test` it runs small and
//! checks that every input comes out once.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use sitrep_contract::{EntryKey, FeedId, FeedRef, ItemId, RawItem, Stage};
use sitrep_runtime::normalize::NormalizeProcessor;
use sitrep_runtime::stage::{Processed, Processor, Rejection, StageLoop};
use sitrep_testkit::Broker;
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{ConsumerSpec, InMessage, OutMessage, StartFrom, TopicSpec, Transport};
use tokio_util::sync::CancellationToken;

const WORDS: &[&str] = &[
    "drones",
    "struck",
    "energy",
    "facilities",
    "capital",
    "overnight",
    "officials",
    "said",
    "missiles",
    "artillery",
    "shelling",
    "village",
    "border",
    "soldiers",
    "militants",
    "checkpoint",
    "convoy",
    "airstrike",
    "district",
    "province",
    "civilians",
    "wounded",
    "killed",
    "army",
    "statement",
    "ministry",
    "defence",
    "attack",
    "rocket",
    "base",
];

/// A typical ~2 KB HTML description, different for every index.
fn description(index: usize) -> String {
    let mut state = (index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut word = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        WORDS[(state % WORDS.len() as u64) as usize]
    };
    let mut html = String::with_capacity(2200);
    while html.len() < 1900 {
        html.push_str("<p>KYIV, March 3 (Reuters) - The ");
        for _ in 0..40 {
            html.push_str(word());
            html.push(' ');
        }
        html.push_str("&#8217;s <a href=\"https://example.com/x?utm_source=rss\">report</a> <b>said</b>.</p>\n");
    }
    html.push_str("<div class=\"share\"><a href=\"#\">Share</a></div><img src=\"https://px.example/t.gif\" width=\"1\">");
    html
}

fn raw_items(num_items: usize) -> Vec<Vec<u8>> {
    let fetched_at = Utc::now();
    (0..num_items)
        .map(|index| {
            let feed_url = format!("https://wire{}.example.com/rss", index % 16);
            let feed_id = FeedId::for_feed(&feed_url);
            let guid = format!("guid-{index}");
            let item = RawItem {
                schema: RawItem::SCHEMA.to_owned(),
                id: ItemId::for_entry(&feed_id, EntryKey::Guid(&guid)),
                feed: FeedRef {
                    id: feed_id,
                    url: feed_url,
                    name: Some("Wire".to_owned()),
                },
                fetched_at,
                guid: Some(guid),
                link: Some(format!(
                    "https://wire.example.com/story/{index}?utm_source=rss"
                )),
                title: Some(format!("Drones strike energy sites &#8211; report {index}")),
                summary: Some(description(index)),
                content: None,
                published: Some(fetched_at),
                updated: None,
                authors: Vec::new(),
                categories: Vec::new(),
                language: Some("en".to_owned()),
            };
            serde_json::to_vec(&item).expect("json")
        })
        .collect()
}

/// Copies each input to `topic`: what the broker and the loop cost without any work.
struct Passthrough {
    topic: String,
}

impl Processor for Passthrough {
    fn stage(&self) -> Stage {
        Stage::Normalizer
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        Ok(Processed {
            outputs: vec![OutMessage::new(
                &self.topic,
                input.key_text(),
                input.payload_bytes().to_vec(),
            )],
            input_id: None,
            trace_id: None,
        })
    }
}

struct Figures {
    items_per_sec: f64,
    elapsed: Duration,
}

/// Fills `input`, runs `processor` in a stage loop from `input` to `output`, and times the
/// outputs from the first to the last.
async fn run_stage<P: Processor>(
    transport: &Arc<dyn Transport>,
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
    };
    let shutdown = CancellationToken::new();
    let running = tokio::spawn(stage.run(shutdown.clone()));

    let mut first_at = None;
    let mut num_out = 0usize;
    while num_out < payloads.len() {
        let received = tokio::time::timeout(Duration::from_secs(120), watcher.recv())
            .await
            .unwrap_or_else(|_| panic!("{name}: only {num_out} outputs within 120 s"))
            .expect("recv");
        assert!(received.payload.is_some());
        first_at.get_or_insert_with(Instant::now);
        num_out += 1;
    }
    let elapsed = first_at.map_or(Duration::ZERO, |at| at.elapsed());
    shutdown.cancel();
    running.await.expect("join").expect("stage stopped cleanly");
    Figures {
        items_per_sec: (num_out.saturating_sub(1)) as f64 / elapsed.as_secs_f64().max(1e-9),
        elapsed,
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
        "normalizer",
        NormalizeProcessor::new(topics, 100_000),
        &payloads,
    )
    .await;
    println!(
        "normalizer service through tansu, {num_items} RawItems of {mean_bytes} bytes \
         (2 partitions, one stage loop):"
    );
    println!(
        "  broker passthrough (consume + produce, no work): {:>8.0} items/s ({:.2} s)",
        passthrough.items_per_sec,
        passthrough.elapsed.as_secs_f64()
    );
    println!(
        "  normalizer stage (consume + normalize + dedup + produce): {:>8.0} items/s ({:.2} s), {:.0}% of passthrough",
        normalizer.items_per_sec,
        normalizer.elapsed.as_secs_f64(),
        100.0 * normalizer.items_per_sec / passthrough.items_per_sec.max(1e-9)
    );
}
