//! `sitrep feeds status` on a real broker: after a fetch cycle, a fresh process reads each
//! feed's health from the compacted state topic, with no fetcher running; the commands
//! of docs/operations.md run as written. `sitrep feeds reset` brings a parked feed back
//! through the control topic while its fetcher runs.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use std::time::Duration;

use sitrep_testkit::{Broker, FeedServer, Response, TopicWatcher};

mod common;
use common::{documented, succeeded, workspace};

fn sitrep(dir: &Path, bootstrap: &str, command: &str) -> Output {
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_sitrep"))
        .parent()
        .expect("bin dir")
        .to_owned();
    std::process::Command::new("bash")
        .args(["-c", command])
        .current_dir(dir)
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin_dir.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("SITREP_KAFKA__BROKERS", bootstrap)
        .stdin(Stdio::null())
        .output()
        .expect("bash")
}

/// The `sitrep feeds status` lines of docs/operations.md's `sh` blocks.
fn documented_commands() -> Vec<String> {
    documented("sitrep feeds status")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_process_reads_each_feeds_health_from_the_state_topic() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(workspace().join("config"), dir.path().join("config"))
        .expect("symlink");
    std::fs::write(
        dir.path().join("ok.xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
         <item><title>One</title><guid>one</guid><description>Text one.</description></item>\
         <item><title>Two</title><guid>two</guid><description>Text two.</description></item>\
         </channel></rss>",
    )
    .expect("feed");
    std::fs::write(
        dir.path().join("feeds.toml"),
        "[[feeds]]\nurl = \"ok.xml\"\nname = \"Good\"\n\n\
         [[feeds]]\nurl = \"http://127.0.0.1:1/feed?api_key=hunter2\"\nname = \"Down\"\n",
    )
    .expect("feeds");
    std::fs::write(
        dir.path().join("fetcher.toml"),
        format!(
            "transport = \"kafka\"\n[kafka]\nbrokers = \"{}\"\npartitions = 2\nsession_timeout_ms = 6000\n\
             [fetcher]\nfeeds_file = \"feeds.toml\"\nallow_private_addresses = true\n\
             park_after_failures = 1\nparked_interval_secs = 7200\n\
             [admin]\nenabled = false\n[output]\nprint_events = false\n[log]\nlevel = \"warn\"\n",
            broker.bootstrap()
        ),
    )
    .expect("config");

    // Before any fetcher ran: every feed is unpolled, and the command still works.
    let before = succeeded(
        "status",
        &sitrep(
            dir.path(),
            broker.bootstrap(),
            "sitrep feeds status --config fetcher.toml",
        ),
    );
    assert_eq!(before.matches("unpolled").count(), 2, "{before}");

    // One poll of each feed, then the fetcher is gone.
    let states = TopicWatcher::new(broker.bootstrap(), "sitrep.fetcher.state");
    let mut fetcher = tokio::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--target", "fetcher", "--config", "fetcher.toml"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("sitrep run");
    states.take(2, Duration::from_secs(120)).await;
    fetcher.kill().await.expect("stop the fetcher");

    let command = "sitrep feeds status --config fetcher.toml --json";
    let rows: Vec<serde_json::Value> =
        succeeded(command, &sitrep(dir.path(), broker.bootstrap(), command))
            .lines()
            .map(|line| serde_json::from_str(line).expect("json line"))
            .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let good = rows.iter().find(|row| row["name"] == "Good").expect("good");
    assert_eq!(good["state"], "ok", "{good}");
    assert_eq!(good["last_outcome"], "ok", "{good}");
    assert_eq!(good["num_entries_emitted"], 2, "{good}");
    assert!(good["last_success_at"].is_string(), "{good}");
    assert!(good["next_poll_at"].is_string(), "{good}");
    assert!(
        good["interval_secs"].as_i64().is_some_and(|secs| secs > 0),
        "{good}"
    );
    let down = rows.iter().find(|row| row["name"] == "Down").expect("down");
    assert_eq!(
        down["state"], "parked",
        "failed park_after_failures times: {down}"
    );
    assert!(
        down["interval_secs"]
            .as_i64()
            .is_some_and(|secs| secs >= 6000),
        "polled every parked_interval_secs (jittered): {down}"
    );
    assert_eq!(down["consecutive_failures"], 1, "{down}");
    assert!(
        down["last_error"]
            .as_str()
            .is_some_and(|error| !error.is_empty()),
        "{down}"
    );
    assert!(down["last_success_at"].is_null(), "{down}");

    let command = "sitrep feeds status --config fetcher.toml --failing";
    let failing = succeeded(command, &sitrep(dir.path(), broker.bootstrap(), command));
    assert_eq!(
        failing.lines().count(),
        2,
        "a header and one feed: {failing}"
    );
    assert!(
        failing.contains("Down") && !failing.contains("Good"),
        "{failing}"
    );
    for shown in [&failing, &rows.iter().map(ToString::to_string).collect()] {
        assert!(!shown.contains("hunter2"), "the key is masked: {shown}");
    }

    let commands = documented_commands();
    assert!(!commands.is_empty());
    for command in &commands {
        succeeded(command, &sitrep(dir.path(), broker.bootstrap(), command));
    }
}

fn write_fetcher_config(dir: &Path, bootstrap: &str, feed_url: &str) {
    std::fs::write(
        dir.join("feeds.toml"),
        format!("[[feeds]]\nurl = \"{feed_url}\"\nname = \"Flaky\"\n"),
    )
    .expect("feeds");
    std::fs::write(
        dir.join("fetcher.toml"),
        format!(
            "transport = \"kafka\"\n[kafka]\nbrokers = \"{bootstrap}\"\npartitions = 2\nsession_timeout_ms = 6000\n\
             [fetcher]\nfeeds_file = \"feeds.toml\"\nallow_private_addresses = true\n\
             park_after_failures = 1\nparked_interval_secs = 7200\n\
             [admin]\nenabled = false\n[output]\nprint_events = false\n[log]\nlevel = \"warn\"\n"
        ),
    )
    .expect("config");
}

fn status_rows(dir: &Path, bootstrap: &str) -> Vec<serde_json::Value> {
    let command = "sitrep feeds status --config fetcher.toml --json";
    succeeded(command, &sitrep(dir, bootstrap, command))
        .lines()
        .map(|line| serde_json::from_str(line).expect("json line"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_reset_brings_a_parked_feed_back_without_a_restart() {
    let broker = Broker::start().await;
    let server = FeedServer::start().await;
    server.route(
        "/feed",
        Response {
            status: 500,
            content_type: "text/plain".to_owned(),
            body: b"down".to_vec(),
        },
    );
    let dir = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(workspace().join("config"), dir.path().join("config"))
        .expect("symlink");
    write_fetcher_config(dir.path(), broker.bootstrap(), &server.url("/feed"));
    let listed = succeeded(
        "list",
        &sitrep(
            dir.path(),
            broker.bootstrap(),
            "sitrep feeds list --config fetcher.toml",
        ),
    );
    let feed_id = listed
        .split_whitespace()
        .next()
        .expect("one feed listed")
        .to_owned();

    let unknown = sitrep(
        dir.path(),
        broker.bootstrap(),
        "sitrep feeds reset no-such-feed --config fetcher.toml",
    );
    assert!(!unknown.status.success());
    let error = String::from_utf8_lossy(&unknown.stderr);
    assert_eq!(error.trim().lines().count(), 1, "{error}");
    assert!(error.contains("no-such-feed"), "{error}");

    let states = TopicWatcher::new(broker.bootstrap(), "sitrep.fetcher.state");
    let mut fetcher = tokio::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--target", "fetcher", "--config", "fetcher.toml"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("sitrep run");
    // The first poll fails and parks the feed: next poll in about two hours.
    states.take(1, Duration::from_secs(120)).await;
    let rows = status_rows(dir.path(), broker.bootstrap());
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["state"], "parked", "{rows:?}");

    server.route(
        "/feed",
        Response::ok(
            "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
             <item><title>One</title><guid>one</guid><description>Text one.</description></item>\
             <item><title>Two</title><guid>two</guid><description>Text two.</description></item>\
             </channel></rss>",
        ),
    );
    // The documented command, as written, with its variable set and the test's feeds.
    let prelude = format!(
        "export FEED_ID={feed_id} SITREP_FETCHER__FEEDS_FILE={}; ",
        dir.path().join("feeds.toml").display()
    );
    let resets = documented("sitrep feeds reset");
    assert_eq!(resets.len(), 1, "{resets:?}");
    let command = format!("{prelude}{}", resets[0]);
    succeeded(&command, &sitrep(dir.path(), broker.bootstrap(), &command));

    // The reset state, then the poll's: within a bounded wait, no restart.
    loop {
        let record = states.next(Duration::from_secs(60)).await;
        if record.json()["last_outcome"] == "ok" {
            break;
        }
    }
    let rows = status_rows(dir.path(), broker.bootstrap());
    assert_eq!(rows[0]["state"], "ok", "{rows:?}");
    assert_eq!(rows[0]["consecutive_failures"], 0, "{rows:?}");
    assert_eq!(rows[0]["num_entries_emitted"], 2, "{rows:?}");

    for refresh in documented("sitrep feeds refresh") {
        let command = format!("{prelude}{refresh}");
        succeeded(&command, &sitrep(dir.path(), broker.bootstrap(), &command));
    }
    assert!(
        fetcher.try_wait().expect("fetcher status").is_none(),
        "the fetcher kept running"
    );
    fetcher.kill().await.expect("stop the fetcher");
}
