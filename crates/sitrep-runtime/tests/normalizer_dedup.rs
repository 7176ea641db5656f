//! The normalizer stage's dedup memory: the same article from two feeds goes out once, a
//! materially changed text goes out again under the same id as the next revision, the
//! same story from another outlet is linked with `duplicate_of`, and all of that still
//! holds after the stage is stopped and a new one started (its memory is rebuilt from
//! `sitrep.articles`) — on a real broker (tansu). Also what the stage does with JSON the
//! normalizer cannot take (lone surrogates) and with U+FFFD.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use sitrep_contract::{Article, ArticleId, RawItem};
use sitrep_runtime::normalize::NormalizeProcessor;
use sitrep_runtime::stage::{Processor, RejectionKind};
use sitrep_runtime::{Settings, Target};
use sitrep_testkit::{read_topic, Broker};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::memory::MemoryBus;
use sitrep_transport::{InMessage, OutMessage, Position, Transport};
use tokio_util::sync::CancellationToken;

const STORY: &str = "<p>KYIV, March 3 (Reuters) - Russian drones struck energy facilities in the \
    capital overnight, officials said on Tuesday, in the latest wave of attacks on the power \
    grid. Air defences shot down most of the drones, the air force said, but debris damaged \
    two substations and a school in the western district, leaving thousands of homes without \
    heating.</p>";
const UPDATE: &str = " <p>Later on Tuesday the ministry said a second wave of missiles hit the \
    eastern region, killing three people and cutting power to a hospital and two water \
    plants.</p>";
const OTHER: &str = "<p>Gunmen attacked a military checkpoint near the northern town on Monday, \
    killing four soldiers and wounding several others before fleeing on motorcycles, the army \
    said in a statement that blamed an armed group active in the border region.</p>";

/// The fixture entry with this file's title (the same for every version and copy).
fn raw_item(feed_url: &str, guid: &str, link: &str, summary: &str) -> RawItem {
    RawItem {
        title: Some("Drones hit Kyiv energy sites".to_owned()),
        ..sitrep_contract::fixtures::raw_item(feed_url, guid, link, summary)
    }
}

/// How long a rebuild may read the articles topic here (the default of
/// `normalizer.rebuild_timeout_secs`).
const REBUILD_TIMEOUT: Duration = Duration::from_secs(30);

const WIRE: &str = "https://wire.example.com/world.rss";
const PORTAL: &str = "https://portal.example.org/feeds/news.xml";
const OUTLET: &str = "https://outlet.example.net/rss";

fn write_config(dir: &Path, brokers: &str) -> PathBuf {
    let config = dir.join("sitrep.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"kafka\"\n\
             [kafka]\nbrokers = \"{brokers}\"\npartitions = 1\nsession_timeout_ms = 6000\n\
             [output]\nprint_events = false\n\
             [log]\nlevel = \"warn\"\n"
        ),
    )
    .expect("config");
    config
}

async fn send_items(transport: &dyn Transport, topic: &str, items: &[RawItem]) {
    let producer = transport.producer().expect("producer");
    for item in items {
        let payload = serde_json::to_vec(item).expect("json");
        producer
            .send(OutMessage::new(
                topic,
                Some(item.feed.id.to_string()),
                payload,
            ))
            .await
            .expect("sent");
    }
}

/// The articles topic, read until the article of `sentinel_link` is there (inputs are
/// processed in order on the one partition, so everything before it is then done).
async fn articles_through(bootstrap: &str, topic: &str, sentinel_link: &str) -> Vec<Article> {
    let sentinel = ArticleId::for_url(sentinel_link);
    for _ in 0..120 {
        let articles: Vec<Article> = read_topic(bootstrap, topic)
            .await
            .iter()
            .map(|record| serde_json::from_slice(&record.payload).expect("an article"))
            .collect();
        if articles.iter().any(|article| article.id == sentinel) {
            return articles;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    panic!("no article for {sentinel_link} within 60 s");
}

/// Runs the normalizer service (as `sitrep run --target normalizer` does) until cancelled.
fn start_normalizer(
    settings: &Settings,
) -> (
    CancellationToken,
    tokio::task::JoinHandle<anyhow::Result<()>>,
) {
    let transport: Arc<dyn Transport> =
        Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("transport"));
    let shutdown = CancellationToken::new();
    let service = {
        let (settings, shutdown) = (settings.clone(), shutdown.clone());
        tokio::spawn(async move {
            sitrep_runtime::run(
                &settings,
                transport,
                sitrep_runtime::RunOptions::new(Target::Normalizer),
                shutdown,
            )
            .await
        })
    };
    (shutdown, service)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dedup_across_feeds_and_across_a_restart_on_kafka() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let settings =
        Settings::load(Some(&write_config(dir.path(), broker.bootstrap()))).expect("settings");
    let topics = settings.topics.clone();
    let transport = KafkaTransport::new(settings.kafka.clone()).expect("transport");
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");

    let story_link = "https://wire.example.com/2026/03/03/kyiv-drones";
    let original = raw_item(WIRE, "w-1", &format!("{story_link}?utm_source=rss"), STORY);
    // The same story through another feed, with tracking and a fragment on its link.
    let via_portal = raw_item(
        PORTAL,
        "p-77",
        &format!("{story_link}?fbclid=abc#top"),
        STORY,
    );
    // The same wire story republished by another outlet under its own URL.
    let republished = raw_item(
        OUTLET,
        "o-5",
        "https://outlet.example.net/kyiv-drones",
        &format!("{STORY}<p>Reporting by the Kyiv newsroom.</p>"),
    );
    let first_sentinel = "https://wire.example.com/2026/03/03/checkpoint";
    send_items(
        &transport,
        &topics.items_raw,
        &[
            original.clone(),
            via_portal.clone(),
            republished.clone(),
            raw_item(WIRE, "w-2", first_sentinel, OTHER),
        ],
    )
    .await;

    let (shutdown, service) = start_normalizer(&settings);
    let first_run = articles_through(broker.bootstrap(), &topics.articles, first_sentinel).await;
    shutdown.cancel();
    service
        .await
        .expect("join")
        .expect("normalizer stopped cleanly");

    let story_id = ArticleId::for_url(story_link);
    let of_story: Vec<&Article> = first_run.iter().filter(|a| a.id == story_id).collect();
    assert_eq!(
        of_story.len(),
        1,
        "one article from two feeds: {first_run:#?}"
    );
    assert_eq!(of_story[0].revision, 0);
    assert_eq!(of_story[0].duplicate_of, None);
    let copy = first_run
        .iter()
        .find(|a| a.url.as_deref() == Some("https://outlet.example.net/kyiv-drones"))
        .expect("the republished story is published");
    assert_eq!(
        copy.duplicate_of.as_ref(),
        Some(&story_id),
        "linked, not dropped"
    );
    assert_eq!(first_run.len(), 3, "{first_run:#?}");

    // A new normalizer: the same entries again (a re-fetch, the other feed, a replay),
    // then the story with materially changed text, then the old text once more from the
    // other feed (lagging behind: not an update).
    let mut updated = original.clone();
    updated.summary = Some(format!("{STORY}{UPDATE}"));
    let second_sentinel = "https://wire.example.com/2026/03/04/after-restart";
    send_items(
        &transport,
        &topics.items_raw,
        &[
            original.clone(),
            via_portal.clone(),
            republished.clone(),
            updated.clone(),
            via_portal.clone(),
            raw_item(WIRE, "w-3", second_sentinel, OTHER),
        ],
    )
    .await;
    let (shutdown, service) = start_normalizer(&settings);
    let both_runs = articles_through(broker.bootstrap(), &topics.articles, second_sentinel).await;
    shutdown.cancel();
    service
        .await
        .expect("join")
        .expect("normalizer stopped cleanly");

    let second_run = &both_runs[first_run.len()..];
    assert_eq!(
        second_run.len(),
        2,
        "only the update and the new story: {second_run:#?}"
    );
    assert_eq!(second_run[0].id, story_id, "an update keeps the id");
    assert_eq!(second_run[0].revision, 1);
    assert!(second_run[0].body.contains("second wave of missiles"));
    assert_eq!(second_run[1].id, ArticleId::for_url(second_sentinel));
    assert_eq!(
        second_run[1].duplicate_of,
        Some(ArticleId::for_url(first_sentinel)),
        "the same text under a new URL links to the first: {:?}",
        second_run[1]
    );
}

fn input(payload: Vec<u8>, offset: i64) -> InMessage {
    InMessage {
        position: Position {
            topic: "sitrep.items.raw".to_owned(),
            partition: 0,
            offset,
        },
        key: None,
        payload: Some(payload),
        headers: Vec::new(),
        timestamp_ms: Some(1_000 + offset),
    }
}

fn articles_of(processor: &NormalizeProcessor, item: &RawItem, offset: i64) -> Vec<Article> {
    let processed = processor
        .process(&input(serde_json::to_vec(item).expect("json"), offset))
        .expect("processed");
    processed
        .outputs
        .iter()
        .map(|message| serde_json::from_slice(&message.payload).expect("an article"))
        .collect()
}

#[tokio::test]
async fn a_rebuilt_memory_keeps_the_newest_revision_and_stays_bounded() {
    let bus = MemoryBus::new();
    let transport: Arc<dyn Transport> = Arc::new(bus.clone());
    let topics = sitrep_contract::topics::Topics::with_prefix("");
    let producer = transport.producer().expect("producer");
    let story = raw_item(WIRE, "w-1", "https://wire.example.com/a", STORY);
    let mut updated = story.clone();
    updated.summary = Some(format!("{STORY}{UPDATE}"));

    let first = NormalizeProcessor::new(topics.clone(), 10);
    let mut published = articles_of(&first, &story, 0);
    published.extend(articles_of(&first, &updated, 1));
    assert_eq!(
        published.iter().map(|a| a.revision).collect::<Vec<_>>(),
        [0, 1]
    );
    for article in &published {
        producer
            .send(OutMessage::new(
                &topics.articles,
                Some(article.id.to_string()),
                serde_json::to_vec(article).expect("json"),
            ))
            .await
            .expect("sent");
    }
    producer
        .send(OutMessage::new(
            &topics.articles,
            None,
            b"not json".to_vec(),
        ))
        .await
        .expect("sent");

    let (second, summary) =
        NormalizeProcessor::rebuild(transport.clone(), topics.clone(), 10, REBUILD_TIMEOUT).await;
    assert_eq!(summary.outcome, "ok");
    assert_eq!(
        (
            summary.num_read,
            summary.num_remembered,
            summary.num_unreadable
        ),
        (3, 1, 1)
    );
    assert!(
        articles_of(&second, &updated, 2).is_empty(),
        "revision 1 is known"
    );
    let mut again = updated.clone();
    again.summary = Some(format!("{STORY}{UPDATE}<p>{}</p>", OTHER));
    assert_eq!(articles_of(&second, &again, 3)[0].revision, 2);

    // A memory of one keeps only the most recent article of the topic.
    let (tiny, summary) =
        NormalizeProcessor::rebuild(transport.clone(), topics.clone(), 1, REBUILD_TIMEOUT).await;
    assert_eq!(
        summary.num_remembered, 0,
        "the last message is not an article"
    );
    assert_eq!(articles_of(&tiny, &story, 4).len(), 1);

    // The processor the pipeline builds waits for its rebuild before the first input.
    let restoring = NormalizeProcessor::restoring(transport, topics, 10, REBUILD_TIMEOUT);
    assert!(articles_of(&restoring, &updated, 5).is_empty());
}

#[test]
fn lone_surrogates_are_dead_lettered_and_replacement_characters_kept() {
    let topics = sitrep_contract::topics::Topics::with_prefix("");
    let processor = NormalizeProcessor::new(topics, 10);
    let item = raw_item(WIRE, "w-1", "https://wire.example.com/a", STORY);
    let json = serde_json::to_string(&item).expect("json");

    // JSON can spell a lone surrogate (`\ud800`), which no Rust string can hold.
    let lone = json.replace("Drones hit", "Drones \\ud800 hit");
    let rejection = processor
        .process(&input(lone.into_bytes(), 7))
        .expect_err("not a RawItem");
    assert_eq!(rejection.kind, RejectionKind::InvalidJson);
    assert!(
        rejection.error.contains("@7"),
        "names the input: {}",
        rejection.error
    );
    // A surrogate pair is one character and reads fine.
    let paired = json.replace("Drones hit", "Drones \\ud83d\\udca5 hit");
    let articles = processor
        .process(&input(paired.into_bytes(), 8))
        .expect("processed")
        .outputs;
    let article: Article = serde_json::from_slice(&articles[0].payload).expect("article");
    assert_eq!(article.title, "Drones 💥 hit Kyiv energy sites");

    let mut replaced = raw_item(WIRE, "w-9", "https://wire.example.com/b", OTHER);
    replaced.title = Some("Gunmen attack checkpoint \u{fffd}\u{fffd}".to_owned());
    let article = &articles_of(&processor, &replaced, 9)[0];
    assert_eq!(article.title, "Gunmen attack checkpoint \u{fffd}\u{fffd}");
}

/// A batch shared over threads decides as the same inputs one by one: repeats across
/// feeds, revisions, near-duplicates and bad input land on the same inputs, in order.
#[test]
fn a_batch_shared_over_threads_decides_as_one_by_one() {
    let mut payloads: Vec<Vec<u8>> = Vec::new();
    for round in 0..6 {
        let story = format!("{STORY} <p>Round {round} of the wire.</p>");
        let items = [
            raw_item(
                WIRE,
                &format!("w{round}"),
                &format!("https://wire.example.com/{round}"),
                &story,
            ),
            // The same link from another feed: a repeat.
            raw_item(
                PORTAL,
                &format!("p{round}"),
                &format!("https://wire.example.com/{round}"),
                &story,
            ),
            // The same link with more text: a revision.
            raw_item(
                WIRE,
                &format!("w{round}"),
                &format!("https://wire.example.com/{round}"),
                &format!("{story}{UPDATE}"),
            ),
            // The story at another outlet: a near-duplicate.
            raw_item(
                OUTLET,
                &format!("o{round}"),
                &format!("https://outlet.example.net/{round}"),
                &story,
            ),
            raw_item(
                WIRE,
                &format!("x{round}"),
                &format!("https://wire.example.com/x{round}"),
                OTHER,
            ),
        ];
        payloads.extend(
            items
                .iter()
                .map(|item| serde_json::to_vec(item).expect("json")),
        );
        payloads.push(b"{not json".to_vec());
    }
    let inputs: Vec<InMessage> = payloads
        .into_iter()
        .enumerate()
        .map(|(offset, payload)| input(payload, offset as i64))
        .collect();
    let topics = sitrep_contract::topics::Topics::with_prefix("");
    let one_by_one = NormalizeProcessor::new(topics.clone(), 1000);
    let batched = NormalizeProcessor::new(topics, 1000);
    let expected: Vec<_> = inputs.iter().map(|i| one_by_one.process(i)).collect();
    let got = batched.process_batch(&inputs);
    assert_eq!(got.len(), expected.len());
    let summary = |result: &Result<
        sitrep_runtime::stage::Processed,
        sitrep_runtime::stage::Rejection,
    >| match result {
        Ok(done) => Ok(done
            .outputs
            .iter()
            .map(|out| (out.key.clone(), out.payload.clone()))
            .collect::<Vec<_>>()),
        Err(rejection) => Err((rejection.kind, rejection.error.clone())),
    };
    for (index, (got, expected)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(summary(got), summary(expected), "input {index}");
    }
    let num_published = got
        .iter()
        .filter(|r| r.as_ref().is_ok_and(|done| !done.outputs.is_empty()))
        .count();
    assert_eq!(
        num_published,
        6 * 4,
        "repeats left out, everything else published"
    );
}
