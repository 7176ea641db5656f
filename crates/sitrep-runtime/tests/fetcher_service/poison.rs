//! No single entry stops the fetcher: an entry of any size goes out cut to the broker's
//! message limit (its cut fields named), an entry that cannot be cut enough becomes a
//! dead letter naming the feed and the entry, and either way the feed's state moves on
//! and the other feeds are polled.

use std::sync::Arc;

use sitrep_contract::{DeadLetter, RawItem};
use sitrep_runtime::config::DEFAULT_MAX_MESSAGE_BYTES;
use sitrep_testkit::{read_topic, Broker};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::Transport;

use crate::harness::{load, rss, run_once, write_config, Answer, FeedServer, TestFeed};

/// An RSS document of three entries; the second one's description is `description` and
/// its link `link`.
fn rss_with_entry(description: &str, link: &str) -> Vec<u8> {
    let entry = |i: usize, description: &str, link: &str| {
        format!(
            "<item><title>Entry {i}</title><link>{link}</link><guid>big-{i}</guid>\
             <pubDate>Fri, 13 Mar 2020 00:00:00 GMT</pubDate>\
             <description>{description}</description></item>"
        )
    };
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>\
         <link>https://example.org/</link><description>t</description>{}{}{}</channel></rss>",
        entry(0, "Short.", "https://example.org/0"),
        entry(1, description, link),
        entry(2, "Short too.", "https://example.org/2"),
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_entry_is_cut_to_the_message_limit_and_an_uncuttable_one_dead_lettered() {
    let broker = Broker::start().await;
    let server = FeedServer::start().await;
    // 5 MB of escaped HTML in one description: far over the broker's 1 MB.
    let huge_description = "&lt;p&gt;A long report. &lt;/p&gt;".repeat(5 * 1024 * 1024 / 33);
    server.script(
        "/huge",
        vec![Answer::feed(
            rss_with_entry(&huge_description, "https://example.org/1"),
            None,
        )],
    );
    // A link of 2 MB: no text field to cut can make that fit.
    let long_link = format!("https://example.org/{}", "a".repeat(2 * 1024 * 1024));
    server.script(
        "/long-link",
        vec![Answer::feed(rss_with_entry("Short.", &long_link), None)],
    );
    server.script("/normal", vec![Answer::feed(rss(0, 2), None)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "kafka",
        broker.bootstrap(),
        &[
            TestFeed::new("huge", server.url("/huge"), None),
            TestFeed::new("long-link", server.url("/long-link"), None),
            TestFeed::new("normal", server.url("/normal"), None),
        ],
        "",
    ));
    let transport: Arc<dyn Transport> =
        Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("kafka transport"));
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");
    run_once(&settings, transport.clone()).await;

    let raw = read_topic(broker.bootstrap(), &settings.topics.items_raw).await;
    let items: Vec<RawItem> = raw
        .iter()
        .map(|record| serde_json::from_slice(&record.payload).expect("a raw item"))
        .collect();
    assert_eq!(
        items.len(),
        3 + 2 + 2,
        "every entry but the one with the long link"
    );
    for record in &raw {
        assert!(record.payload.len() < DEFAULT_MAX_MESSAGE_BYTES);
    }
    let big = items
        .iter()
        .find(|item| item.guid.as_deref() == Some("big-1") && item.feed.url.ends_with("/huge"))
        .expect("the huge entry went out");
    assert_eq!(big.truncated, ["summary"]);
    assert!(big
        .summary
        .as_deref()
        .is_some_and(|summary| summary.len() > 900_000));
    assert!(items
        .iter()
        .all(|item| item.link.as_deref() != Some(&long_link)));

    let letters = read_topic(broker.bootstrap(), &settings.topics.deadletter).await;
    assert_eq!(letters.len(), 1, "the uncuttable entry, once");
    let letter: DeadLetter = serde_json::from_slice(&letters[0].payload).expect("a dead letter");
    assert!(letters[0].payload.len() < DEFAULT_MAX_MESSAGE_BYTES);
    assert_eq!(letter.error_kind, "too_large");
    assert!(
        letter.error.contains("/long-link") && letter.error.contains("big-1"),
        "names the feed and the entry: {}",
        letter.error
    );
    assert!(letter.error.contains("link alone"), "{}", letter.error);
    assert!(
        letter.payload_len > 2 * 1024 * 1024,
        "the item's size is kept"
    );

    // The feeds moved on: a second cycle emits nothing and dead-letters nothing again.
    run_once(&settings, transport).await;
    assert_eq!(
        read_topic(broker.bootstrap(), &settings.topics.items_raw)
            .await
            .len(),
        7
    );
    assert_eq!(
        read_topic(broker.bootstrap(), &settings.topics.deadletter)
            .await
            .len(),
        1
    );
}
