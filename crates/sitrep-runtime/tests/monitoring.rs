//! The monitoring pack against the code: every metric the sources name is in the
//! catalogue; the Grafana dashboard, the alert rules and docs/operations.md use only
//! catalogued metrics, and the dashboard and the docs show every one; the rules pass
//! `promtool test rules`; a running process describes every metric (HELP) and exports
//! its counters from the start, at zero.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use sitrep_runtime::metric_catalogue::{self, Hosted, Kind, METRICS};
use sitrep_runtime::{RunOptions, Settings, Target};
use sitrep_testkit::wait_until;
use sitrep_transport::memory::MemoryBus;
use tokio_util::sync::CancellationToken;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(workspace().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn catalogued() -> BTreeSet<&'static str> {
    METRICS.iter().map(|metric| metric.name).collect()
}

/// Metric names in `text`: runs of `[a-z0-9_]` that start with `sitrep_` or `process_`
/// at a word boundary, with a histogram's `_bucket`, `_sum` or `_count` taken off.
fn metric_names(text: &str) -> BTreeSet<String> {
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut names = BTreeSet::new();
    for prefix in ["sitrep_", "process_"] {
        for (at, _) in text.match_indices(prefix) {
            if at > 0 && (is_word(bytes[at - 1]) || bytes[at - 1] == b':') {
                continue;
            }
            let end = text[at..]
                .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
                .map_or(text.len(), |len| at + len);
            let name = &text[at..end];
            if name.len() == prefix.len() {
                continue;
            }
            let base = ["_bucket", "_sum", "_count"]
                .iter()
                .find_map(|suffix| {
                    let base = name.strip_suffix(suffix)?;
                    metric_catalogue::find(base)
                        .filter(|metric| metric.kind == Kind::Histogram)
                        .map(|_| base)
                })
                .unwrap_or(name);
            names.insert(base.to_owned());
        }
    }
    names
}

fn rust_sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_metric_the_sources_name_is_in_the_catalogue() {
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(workspace().join("crates"))
        .expect("crates")
        .flatten()
    {
        // The load harness and the test kit read metrics; they export none.
        let name = entry.file_name();
        if name == "sitrep-loadtest" || name == "sitrep-testkit" {
            continue;
        }
        let src = entry.path().join("src");
        if src.is_dir() {
            rust_sources(&src, &mut sources);
        }
    }
    let mut missing = BTreeSet::new();
    for path in &sources {
        let text = std::fs::read_to_string(path).expect("source");
        // Only string literals: a metric name is always written as one.
        for name in metric_names(&text) {
            if text.contains(&format!("\"{name}\"")) && metric_catalogue::find(&name).is_none() {
                missing.insert(format!("{name} ({})", path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "metrics missing from crates/sitrep-runtime/src/metric_catalogue.rs: {missing:?}"
    );
}

#[test]
fn the_dashboard_shows_every_metric_by_instance_and_stage_and_nothing_else() {
    let dashboard: serde_json::Value =
        serde_json::from_str(&read("deploy/grafana/dashboards/sitrep.json")).expect("json");
    let variables: BTreeSet<&str> = dashboard["templating"]["list"]
        .as_array()
        .expect("variables")
        .iter()
        .filter_map(|variable| variable["name"].as_str())
        .collect();
    assert!(
        variables.contains("instance") && variables.contains("stage"),
        "{variables:?}"
    );
    let mut used = BTreeSet::new();
    for panel in dashboard["panels"].as_array().expect("panels") {
        for target in panel["targets"].as_array().into_iter().flatten() {
            let expr = target["expr"].as_str().expect("expr");
            let names = metric_names(expr);
            for name in &names {
                let metric = metric_catalogue::find(name)
                    .unwrap_or_else(|| panic!("{name} in {expr:?} is not exported"));
                assert!(
                    expr.contains("instance=~\"$instance\""),
                    "{expr:?} ignores the instance variable"
                );
                if metric.labels.contains(&"stage") {
                    assert!(
                        expr.contains("stage=~\"$stage\""),
                        "{expr:?} ignores the stage variable"
                    );
                }
            }
            used.extend(names);
        }
    }
    let unused: Vec<_> = catalogued()
        .into_iter()
        .filter(|name| !used.contains(*name))
        .collect();
    assert!(
        unused.is_empty(),
        "metrics the dashboard does not show: {unused:?}"
    );
}

#[test]
fn the_dashboard_is_what_its_generator_writes() {
    let output = std::process::Command::new("python3")
        .arg(workspace().join("deploy/grafana/dashboard.py"))
        .arg("--check")
        .output()
        .expect("python3");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_alert_rules_pass_their_promtool_tests_and_use_exported_metrics() {
    let rules = read("deploy/prometheus/rules/sitrep.rules.yml");
    for name in metric_names(&rules) {
        assert!(
            metric_catalogue::find(&name).is_some(),
            "the rules use {name}, which is not exported"
        );
    }
    let operations = read("docs/operations.md");
    for line in rules.lines() {
        if let Some(alert) = line.trim().strip_prefix("- alert: ") {
            assert!(
                operations.contains(&format!("`{alert}`")),
                "docs/operations.md does not explain {alert}"
            );
        }
    }
    let promtool = std::process::Command::new("promtool")
        .args(["test", "rules", "sitrep.rules.test.yml"])
        .current_dir(workspace().join("deploy/prometheus/rules"))
        .output();
    let output = promtool.unwrap_or_else(|e| {
        panic!("promtool: {e} (`make tools` installs it from Debian's prometheus package)")
    });
    assert!(
        output.status.success(),
        "promtool test rules:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn operations_md_lists_every_metric_with_its_type() {
    let operations = read("docs/operations.md");
    let mut listed = BTreeSet::new();
    for line in operations.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let [_, name, kind, ..] = cells[..] else {
            continue;
        };
        let Some(name) = name
            .strip_prefix('`')
            .and_then(|name| name.strip_suffix('`'))
        else {
            continue;
        };
        if !(name.starts_with("sitrep_") || name.starts_with("process_")) {
            continue;
        }
        let metric = metric_catalogue::find(name)
            .unwrap_or_else(|| panic!("docs/operations.md lists {name}, which is not exported"));
        assert_eq!(kind, metric.kind.as_str(), "the type of {name}");
        listed.insert(name);
    }
    let unlisted: Vec<_> = catalogued()
        .into_iter()
        .filter(|name| !listed.contains(name))
        .collect();
    assert!(
        unlisted.is_empty(),
        "docs/operations.md does not list {unlisted:?}"
    );
}

/// Polls `url` until it answers 200; the server runs in this process but its readiness
/// depends on tasks it does not report to the test.
async fn wait_ready(url: &str) {
    wait_until(
        &format!("{url} answering 200"),
        Duration::from_secs(60),
        || async {
            reqwest::get(url)
                .await
                .is_ok_and(|response| response.status().is_success())
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_started_process_describes_every_metric_and_counts_from_zero() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("sitrep.toml");
    std::fs::write(
        &config,
        format!(
            "[fetcher]\nfeeds_file = \"{}\"\npoll_interval_secs = 3600\n[output]\nprint_events = false\n",
            workspace().join("config/samples/feeds.toml").display()
        ),
    )
    .expect("config");
    let settings = Settings::load(Some(&config)).expect("settings");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let admin = format!("http://{}", listener.local_addr().expect("addr"));
    let shutdown = CancellationToken::new();
    let run = tokio::spawn({
        let shutdown = shutdown.clone();
        async move {
            let mut options = RunOptions::new(Target::All);
            options.admin_listener = Some(listener);
            sitrep_runtime::run(&settings, Arc::new(MemoryBus::new()), options, shutdown).await
        }
    });
    wait_ready(&format!("{admin}/readyz")).await;
    let scraped = reqwest::get(format!("{admin}/metrics"))
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    shutdown.cancel();
    run.await.expect("join").expect("clean stop");

    let samples: BTreeSet<String> = scraped
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .flat_map(|line| metric_names(line.split(['{', ' ']).next().unwrap_or_default()))
        .collect();
    for name in &samples {
        let metric = metric_catalogue::find(name)
            .unwrap_or_else(|| panic!("{name} is exported but not catalogued"));
        assert!(
            scraped.contains(&format!("# HELP {name} {}", metric.help)),
            "{name} has no HELP line:\n{scraped}"
        );
    }
    let hosted = Hosted {
        fetcher: true,
        normalizer: true,
        classifier: true,
        incidents: true,
    };
    // Only histograms wait for their first observation (and the Kafka clients' metrics,
    // which this in-process run has none of).
    for metric in METRICS {
        let from_start = metric.kind != Kind::Histogram;
        if from_start && metric.exporter.exported_by(hosted, false) {
            assert!(
                samples.contains(metric.name),
                "{} is not exported from the start:\n{scraped}",
                metric.name
            );
        }
    }
    assert!(scraped.contains("sitrep_ready 1"), "{scraped}");
    assert!(
        scraped.contains(&format!(
            "sitrep_build_info{{version=\"{}\"}} 1",
            env!("CARGO_PKG_VERSION")
        )),
        "{scraped}"
    );
}
