//! Every command of docs/consumers.md, run as written (in bash, from a directory that
//! holds the repository's `config/` and `docs/`) against a real broker that the real
//! pipeline fed with the sample feeds. The only thing the test adds is the environment
//! the page tells a reader to set: `SITREP_KAFKA__BROKERS`, which names the test's broker
//! instead of the local one of `make broker`, and `sitrep` on the `PATH`.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use sitrep_runtime::Settings;
use sitrep_testkit::{Broker, TopicWatcher};
use tokio::io::AsyncBufReadExt;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The command lines of the page's `sh` blocks; install steps (`pip install`) apart.
fn commands(page: &str) -> (Vec<String>, Vec<String>) {
    let (mut commands, mut setup) = (Vec::new(), Vec::new());
    let mut in_block = false;
    for line in page.lines() {
        if line.starts_with("```") {
            in_block = !in_block && line.trim() == "```sh";
            continue;
        }
        let line = line.trim();
        if !in_block || line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with("pip install") {
            setup.push(line.to_owned());
        } else {
            commands.push(line.to_owned());
        }
    }
    (commands, setup)
}

/// A command that ends by itself; the others follow the topic until stopped.
fn ends_by_itself(command: &str) -> bool {
    command.contains("--until-end") || command.contains("--max-events")
}

/// Feeds the sample feeds through the pipeline until their events and incidents are on
/// the broker.
async fn fill(broker: &Broker, dir: &Path) {
    let config = dir.join("pipeline.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"kafka\"\n[kafka]\nbrokers = \"{}\"\npartitions = 2\nsession_timeout_ms = 6000\n\
             [fetcher]\nfeeds_file = \"{}\"\npoll_interval_secs = 3600\n\
             [admin]\nenabled = false\n[output]\nprint_events = false\n[log]\nlevel = \"warn\"\n",
            broker.bootstrap(),
            workspace().join("config/samples/feeds.toml").display()
        ),
    )
    .expect("config");
    let labels =
        std::fs::read_to_string(workspace().join("config/samples/expected.jsonl")).expect("labels");
    let num_events: usize = labels
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let label: serde_json::Value = serde_json::from_str(line).expect("label");
            label["event_types"].as_array().map_or(0, Vec::len)
        })
        .sum();
    let mut service = tokio::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["run", "--target", "all", "--config"])
        .arg(&config)
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("sitrep run");
    let settings = Settings::load(Some(&config)).expect("settings");
    TopicWatcher::new(broker.bootstrap(), &settings.topics.events)
        .take(num_events, Duration::from_secs(120))
        .await;
    TopicWatcher::new(broker.bootstrap(), &settings.topics.incidents)
        .take(1, Duration::from_secs(120))
        .await;
    service.kill().await.expect("stop the pipeline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_of_the_consumer_guide_runs_as_written() {
    let page = std::fs::read_to_string(workspace().join("docs/consumers.md")).expect("guide");
    let (commands, setup) = commands(&page);
    assert_eq!(
        setup,
        ["pip install confluent-kafka"],
        "the only install step"
    );
    assert!(commands.len() >= 6, "{commands:?}");

    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    fill(&broker, dir.path()).await;
    // The page's paths are the repository's: run where they resolve, writing its output
    // files into the temporary directory.
    for name in ["config", "docs"] {
        std::os::unix::fs::symlink(workspace().join(name), dir.path().join(name)).expect("symlink");
    }
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_sitrep"))
        .parent()
        .expect("bin dir")
        .to_owned();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );

    for command in &commands {
        let mut child = tokio::process::Command::new("bash")
            .args(["-c", command])
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("SITREP_KAFKA__BROKERS", broker.bootstrap())
            .env("PYTHONPATH", workspace().join(".tools/python"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .kill_on_drop(true)
            .spawn()
            .expect("bash");
        let mut stdout = tokio::io::BufReader::new(child.stdout.take().expect("stdout")).lines();
        let mut lines = Vec::new();
        if ends_by_itself(command) {
            while let Some(line) =
                tokio::time::timeout(Duration::from_secs(120), stdout.next_line())
                    .await
                    .unwrap_or_else(|_| panic!("{command}: still running after 120 s"))
                    .expect("read")
            {
                lines.push(line);
            }
        } else {
            // A follower: it shows what is there, then waits; stop it as Ctrl-C or an
            // orchestrator would.
            let first = tokio::time::timeout(Duration::from_secs(120), stdout.next_line())
                .await
                .unwrap_or_else(|_| panic!("{command}: printed nothing in 120 s"))
                .expect("read")
                .unwrap_or_else(|| panic!("{command}: ended before printing"));
            lines.push(first);
            let pid = child.id().expect("running");
            // To the command's process group, as a terminal's Ctrl-C reaches the whole line.
            let sent = std::process::Command::new("kill")
                .args(["-TERM", "--", &format!("-{pid}")])
                .status()
                .expect("kill");
            assert!(sent.success());
            while let Some(line) = stdout.next_line().await.expect("read") {
                lines.push(line);
            }
        }
        let output = tokio::time::timeout(Duration::from_secs(60), child.wait_with_output())
            .await
            .unwrap_or_else(|_| panic!("{command}: did not exit"))
            .expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "{command}: {:?}\n{stderr}",
            output.status
        );
        assert!(!stderr.contains("panicked"), "{command}: {stderr}");

        // What the command wrote, on stdout or into the file it names.
        let written = match command.split_once(" > ") {
            Some((_, file)) => {
                let file = file.split_whitespace().next().expect("file name");
                std::fs::read_to_string(dir.path().join(file)).expect("output file")
            }
            None => lines.join("\n"),
        };
        assert!(!written.trim().is_empty(), "{command}: wrote nothing");
        if command.contains("geojson") {
            let collection: serde_json::Value =
                serde_json::from_str(&written).unwrap_or_else(|e| panic!("{command}: {e}"));
            assert_eq!(collection["type"], "FeatureCollection", "{command}");
            let features = collection["features"].as_array().expect("features");
            assert!(!features.is_empty(), "{command}: no feature");
        }
        if command.contains("--json") || command.contains("consume_events.py") {
            for line in written.lines() {
                let value: serde_json::Value =
                    serde_json::from_str(line).unwrap_or_else(|e| panic!("{command}: {line}: {e}"));
                if command.contains("--country IQ") {
                    assert_eq!(value["location"]["country_code"], "IQ", "{command}");
                }
            }
        }
        if let Some(count) = command
            .split("head -n ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
        {
            assert_eq!(written.lines().count().to_string(), count, "{command}");
        }
        eprintln!("ok ({} lines): {command}", written.lines().count());
    }
}
