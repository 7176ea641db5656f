//! The downstream-consumer example of docs/consumers.md (Python, confluent-kafka) reads
//! the seed's events from a real broker fed by the real pipeline.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use sitrep_runtime::Settings;
use sitrep_testkit::{Broker, TopicWatcher};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_python_consumer_example_reads_the_seed_events() {
    let python_path = workspace().join(".tools/python");
    assert!(
        python_path.join("confluent_kafka").exists(),
        "confluent-kafka not installed in {}: run `make tools`",
        python_path.display()
    );
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("feeds.toml"),
        format!(
            "[[feeds]]\nid = \"sample-cnn-seed\"\nname = \"CNN\"\nurl = \"{}\"\n",
            workspace()
                .join("config/samples/cnn-seed.rss.xml")
                .display()
        ),
    )
    .expect("feeds");
    let config = dir.path().join("sitrep.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"kafka\"\n[kafka]\nbrokers = \"{}\"\npartitions = 2\nsession_timeout_ms = 6000\n\
             [fetcher]\nfeeds_file = \"feeds.toml\"\n[admin]\nenabled = false\n[log]\nlevel = \"warn\"\n",
            broker.bootstrap()
        ),
    )
    .expect("config");
    let mut service = tokio::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--target", "all", "--config"])
        .arg(&config)
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("sitrep");

    let settings = Settings::load(Some(&config)).expect("settings");
    let watcher = TopicWatcher::new(broker.bootstrap(), &settings.topics.events);
    let mut published: Vec<(String, String)> = watcher
        .take(2, Duration::from_secs(60))
        .await
        .iter()
        .map(|record| {
            let event = record.json();
            (
                event["id"].as_str().expect("id").to_owned(),
                event["event_type"].as_str().expect("type").to_owned(),
            )
        })
        .collect();
    service.kill().await.expect("stop sitrep");

    let output = tokio::process::Command::new("python3")
        .arg(workspace().join("docs/examples/consume_events.py"))
        .args([
            "--bootstrap",
            broker.bootstrap(),
            "--from-beginning",
            "--max-events",
            "2",
        ])
        .env("PYTHONPATH", &python_path)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(60), output)
        .await
        .expect("python finishes")
        .expect("python");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut printed: Vec<(String, String)> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| {
            let event: serde_json::Value = serde_json::from_str(line).expect("example prints JSON");
            assert_eq!(
                event["id"], event["ce_id"],
                "the CloudEvents id is the event id"
            );
            (
                event["id"].as_str().expect("id").to_owned(),
                event["event_type"].as_str().expect("type").to_owned(),
            )
        })
        .collect();
    printed.sort();
    published.sort();
    assert_eq!(printed, published);
}
