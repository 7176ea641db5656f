//! Feed credentials: read from the environment, sent to the feed's server, and never
//! shown: not in a log line, a raw item's `feed.url`, a dead letter or an error.

use std::sync::Arc;

use sitrep_contract::{DeadLetter, RawItem};
use sitrep_transport::memory::MemoryBus;

use crate::harness::{load, rss, run_once, write_config, Answer, FeedServer, Logs, TestFeed};

const IN_URL: &str = "inline-key-5e1d";
const IN_HEADER: &str = "header-token-77a0";
const IN_QUERY: &str = "query-key-c3b9";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_reach_the_server_and_show_nowhere() {
    let logs = Logs::capture();
    // nextest runs each test in a process of its own: the variables reach no other test.
    std::env::set_var("SECRETS_TEST_AUTH", format!("Bearer {IN_HEADER}"));
    let key_file = tempfile::NamedTempFile::new().expect("key file");
    std::fs::write(key_file.path(), format!("{IN_QUERY}\n")).expect("write key");
    std::env::set_var("SECRETS_TEST_KEY_FILE", key_file.path());

    let server = FeedServer::start().await;
    server.script("/ok", vec![Answer::feed(rss(0, 2), None)]);
    server.script(
        "/not-a-feed",
        vec![Answer::feed(b"<html>no feed here</html>".to_vec(), None)],
    );
    server.script("/down", vec![Answer::status(503)]);
    let credentials = "headers = { Authorization = \"SECRETS_TEST_AUTH\" }\n\
                       query = { access_token = \"SECRETS_TEST_KEY\" }";
    let feeds: Vec<TestFeed> = ["/ok", "/not-a-feed", "/down"]
        .iter()
        .enumerate()
        .map(|(index, path)| {
            let url = format!("{}?lang=en&api_key={IN_URL}", server.url(path));
            TestFeed::new(&format!("feed-{index}"), url, None).with(credentials)
        })
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(&write_config(
        dir.path(),
        "memory",
        "unused:9092",
        &feeds,
        "",
    ));
    let bus = MemoryBus::new();
    run_once(&settings, Arc::new(bus.clone())).await;

    // The server got the credentials, on every feed.
    for path in ["/ok", "/not-a-feed", "/down"] {
        let seen = server.seen_at(path);
        assert_eq!(seen.len(), 1, "{path}");
        assert_eq!(
            seen[0].authorization.as_deref(),
            Some(format!("Bearer {IN_HEADER}").as_str())
        );
        assert_eq!(
            seen[0].query.as_deref(),
            Some(format!("lang=en&api_key={IN_URL}&access_token={IN_QUERY}").as_str())
        );
    }

    let raw = bus.messages(&settings.topics.items_raw);
    assert_eq!(raw.len(), 2);
    for message in &raw {
        let item: RawItem = serde_json::from_slice(message.payload.as_deref().expect("a payload"))
            .expect("a raw item");
        assert_eq!(
            item.feed.url,
            format!("{}?lang=en&api_key=***", server.url("/ok"))
        );
    }
    let letters = bus.messages(&settings.topics.deadletter);
    assert_eq!(letters.len(), 1, "the document that is no feed");
    let letter: DeadLetter =
        serde_json::from_slice(letters[0].payload.as_deref().expect("a payload"))
            .expect("a letter");
    assert!(letter.error.contains("api_key=***"), "{}", letter.error);
    assert_eq!(
        letter.input.url,
        Some(format!("{}?lang=en&api_key=***", server.url("/not-a-feed")))
    );

    let logs = logs.text();
    assert!(
        logs.contains("api_key=***"),
        "the fetch lines name the feed:\n{logs}"
    );
    let mut shown = logs;
    for message in raw.iter().chain(&letters) {
        shown.push_str(&String::from_utf8_lossy(
            message.payload.as_deref().unwrap_or_default(),
        ));
    }
    for secret in [IN_URL, IN_HEADER, IN_QUERY] {
        assert!(!shown.contains(secret), "{secret} shown:\n{shown}");
    }
}
