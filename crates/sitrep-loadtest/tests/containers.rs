//! The container tests: the image `make images` built from deploy/Dockerfile, and the
//! compose stack (deploy/compose/compose.yaml with compose.local.yaml) run and broken on
//! purpose across real container networks. Each fault scenario ends with the load
//! harness's by-id ledger: every item the feed host served accounted for on the topics,
//! nothing lost, duplicates counted and printed.
//!
//! They need a Docker engine, the Compose tool and the images: `make test-containers`
//! builds the images and runs them one at a time (`make test` leaves them out). Each
//! scenario has its own compose project, `sitrep-ct-<scenario>`, taken down at its end.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sitrep_loadtest::containers::{
    base_metric_name, docker, repository, run, sitrep_metric_names, FeedSize, Stack, SERVICES,
    SITREP_IMAGE,
};
use sitrep_loadtest::ledger::Ledger;

/// Generous: the machine may be shared, and a restarted service waits for its group.
const READY_TIMEOUT: Duration = Duration::from_secs(120);
const LEDGER_TIMEOUT: Duration = Duration::from_secs(300);

fn loadtest_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_sitrep-loadtest"))
}

/// 4 feeds x 40 items appearing at 4 items/s: a 40 s stream, long enough for a fault to
/// hit every stage in motion.
const SIZE: FeedSize = FeedSize {
    items_per_feed: 40,
    rate: 4.0,
};

/// A project with every service up and ready, and the feeds started.
async fn running_stack(scenario: &str) -> Stack {
    let stack = Stack::new(&format!("sitrep-ct-{scenario}"), &loadtest_bin(), SIZE).await;
    stack.up(&[]).await;
    stack.wait_ready(&SERVICES, READY_TIMEOUT).await;
    stack.start_feeds().await;
    stack
}

/// Waits for the ledger to balance, prints it and what was duplicated, and checks that
/// nothing was lost.
async fn finish(stack: &Stack, scenario: &str) -> Ledger {
    finish_with(stack, scenario, &[]).await
}

async fn finish_with(stack: &Stack, scenario: &str, injected: &[Vec<u8>]) -> Ledger {
    let ledger = stack.await_ledger(injected, LEDGER_TIMEOUT).await;
    println!(
        "ledger {scenario}: lost {}, duplicates: items.raw {}, articles {}, events {}\n{ledger}",
        ledger.num_lost(),
        ledger.num_raw_duplicates,
        ledger.num_article_duplicates,
        ledger.num_event_duplicates,
    );
    assert_eq!(ledger.num_lost(), 0, "{scenario}: {ledger}");
    ledger
}

/// `docker inspect -f format container`.
async fn inspect(container: &str, format: &str) -> String {
    docker(&["inspect", "-f", format, container])
        .await
        .trim()
        .to_owned()
}

/// The process of one of the service's replicas (its first container) dies by SIGKILL,
/// as in a crash or an out-of-memory kill, and its restart policy brings it back; the
/// service's other replicas go on meanwhile. (Docker counts `docker kill` as an operator's
/// stop and applies no restart policy after it, so the signal goes to the container's
/// process from outside, which Docker sees as the process dying.)
async fn crash_and_await_restart(stack: &Stack, service: &str) {
    let containers = stack.containers(service).await;
    let Some(container) = containers.first().cloned() else {
        panic!("{service}: no container running");
    };
    let restarts: u64 = inspect(&container, "{{.RestartCount}}")
        .await
        .parse()
        .expect("restart count");
    let pid = inspect(&container, "{{.State.Pid}}").await;
    let killed = run("kill", &["-KILL", &pid], &[]).await;
    assert!(killed.success, "kill {service} ({pid}): {}", killed.stderr);
    let deadline = Instant::now() + READY_TIMEOUT;
    loop {
        let state = inspect(&container, "{{.RestartCount}} {{.State.Running}}").await;
        if state == format!("{} true", restarts + 1) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{service} was not restarted within {READY_TIMEOUT:?} ({state})"
        );
        // The restart is Docker's to do: its state is asked, not awaited.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    stack.wait_ready(&[service], READY_TIMEOUT).await;
    println!(
        "{service}: one of {} replicas killed (SIGKILL) and restarted by its restart policy",
        containers.len()
    );
}

/// The broker's container leaves the stack's network for `outage`, then comes back under
/// the name the services know it by.
async fn cut_broker(stack: &Stack, outage: Duration) {
    let broker = stack.container("kafka").await;
    let network = stack.network();
    docker(&["network", "disconnect", &network, &broker]).await;
    println!("broker cut off from {network} for {outage:?}");
    // The fault is the outage itself: its length is what this scenario is about.
    tokio::time::sleep(outage).await;
    docker(&["network", "connect", "--alias", "kafka", &network, &broker]).await;
    println!("broker connected again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compose_files_are_valid_for_the_machines_compose_tool() {
    let files = sitrep_loadtest::containers::compose_files();
    let shipped = files[0].to_str().expect("utf-8 path");
    let outcome = run("docker-compose", &["-f", shipped, "config", "--quiet"], &[]).await;
    assert!(outcome.success, "compose.yaml: {}", outcome.stderr);
    let stack = Stack::new("sitrep-ct-config", &loadtest_bin(), SIZE).await;
    let merged = stack.compose(&["config"]).await;
    for image in [
        "sitrep:local",
        "sitrep-tansu:local",
        "sitrep-prometheus:local",
    ] {
        assert!(merged.contains(image), "the merged stack names no {image}");
    }
    assert!(
        !merged.contains("apache/kafka") && !merged.contains("prom/prometheus"),
        "the local stack still names a registry image:\n{merged}"
    );
    println!("{}", run("docker-compose", &["version"], &[]).await.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_image_is_lean_runs_as_nobody_and_its_default_command_finds_events() {
    let size: u64 = inspect(SITREP_IMAGE, "{{.Size}}")
        .await
        .parse()
        .expect("image size");
    let megabytes = size as f64 / 1e6;
    println!("{SITREP_IMAGE}: {megabytes:.1} MB");
    assert!(megabytes <= 120.0, "{SITREP_IMAGE} is {megabytes:.1} MB");
    assert_eq!(
        inspect(SITREP_IMAGE, "{{.Config.User}}").await,
        "10001:10001"
    );
    let healthcheck = inspect(SITREP_IMAGE, "{{json .Config.Healthcheck.Test}}").await;
    assert!(healthcheck.contains("health"), "{healthcheck}");

    let name = "sitrep-ct-default-command";
    let _ = run("docker", &["rm", "-f", name], &[]).await;
    let outcome = run(
        "docker",
        &["run", "--rm", "--name", name, SITREP_IMAGE],
        &[],
    )
    .await;
    assert!(outcome.success, "the default command: {}", outcome.stderr);
    let events = outcome
        .stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    println!(
        "the default command printed {events} event lines, the first:\n{}",
        outcome.stdout.lines().next().unwrap_or_default()
    );
    assert!(
        events > 0,
        "the default command printed no event:\n{}",
        outcome.stderr
    );
}

/// A `docker run` of one service, stopped (SIGTERM: it leaves its group at once, so the
/// next member need not wait for its session to expire) and removed when dropped.
struct OneOff(String);

impl Drop for OneOff {
    fn drop(&mut self) {
        for args in [vec!["stop", "-t", "35", &self.0], vec!["rm", "-f", &self.0]] {
            let _ = std::process::Command::new("docker")
                .args(args)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn time_from_docker_run_to_ready_with_a_reachable_broker() {
    let stack = Stack::new("sitrep-ct-ready", &loadtest_bin(), SIZE).await;
    stack.up(&["kafka"]).await;
    let network = stack.network();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .expect("client");
    // The first service creates the topics; the second run of it finds them.
    for (round, target) in [
        "normalizer",
        "normalizer",
        "classifier",
        "incidents",
        "fetcher",
    ]
    .into_iter()
    .enumerate()
    {
        let name = format!("sitrep-ct-ready-{round}-{target}");
        let container = OneOff(name.clone());
        let started = Instant::now();
        docker(&[
            "run",
            "-d",
            "--name",
            &name,
            "--network",
            &network,
            "-p",
            "127.0.0.1::9464",
            "-e",
            "SITREP_TRANSPORT=kafka",
            "-e",
            "SITREP_KAFKA__BROKERS=kafka:9092",
            "-e",
            "SITREP_KAFKA__SESSION_TIMEOUT_MS=6000",
            SITREP_IMAGE,
            "run",
            "--config",
            "/etc/sitrep/kafka-local.toml",
            "--target",
            target,
        ])
        .await;
        let port = docker(&["port", &name, "9464"]).await;
        let url = format!(
            "http://{}/readyz",
            port.lines().next().unwrap_or_default().trim()
        );
        loop {
            if let Ok(response) = http.get(&url).send().await {
                if response.status().is_success() {
                    break;
                }
            }
            assert!(
                started.elapsed() < READY_TIMEOUT,
                "{target} not ready within {READY_TIMEOUT:?}:\n{}",
                run("docker", &["logs", "--tail", "20", &name], &[])
                    .await
                    .stderr
            );
            // Readiness is asked of another process; 50 ms is the measure's resolution.
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        println!(
            "time to ready: {target}{}: {:.2} s from docker run",
            if round == 0 {
                " (creating the topics)"
            } else {
                ""
            },
            started.elapsed().as_secs_f64()
        );
        drop(container);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prometheus_scrapes_every_service_and_the_dashboard_asks_only_for_scraped_metrics() {
    let stack = running_stack("prometheus").await;
    // One malformed message for the normalizer and one for the classifier: each must be
    // dead-lettered with its bytes, and the dead-letter metric must show.
    let topics = sitrep_contract::topics::Topics::default();
    let mut injected = Vec::new();
    for (topic, payload) in [
        (&topics.items_raw, "not a raw item"),
        (&topics.articles, "{\"not\": \"an article\"}"),
    ] {
        stack.produce(topic, "malformed", payload).await;
        injected.push(payload.as_bytes().to_vec());
    }
    finish_with(&stack, "no fault, two malformed messages", &injected).await;

    // Every sitrep target up, as Prometheus sees it.
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let targets = stack.prometheus("/api/v1/targets").await;
        let active = targets["data"]["activeTargets"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let up: Vec<String> = active
            .iter()
            .filter(|t| t["health"] == "up")
            .filter_map(|t| t["labels"]["instance"].as_str().map(str::to_owned))
            .collect();
        if SERVICES.iter().all(|s| up.iter().any(|i| i.starts_with(s))) {
            println!("prometheus targets up: {up:?}");
            break;
        }
        assert!(Instant::now() < deadline, "prometheus targets: {targets}");
        // Prometheus scrapes on its own schedule: asked, not awaited.
        tokio::time::sleep(Duration::from_secs(2)).await;
    }

    let scraped: std::collections::BTreeSet<String> =
        stack.prometheus("/api/v1/label/__name__/values").await["data"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .filter_map(|name| name.as_str().map(str::to_owned))
            .filter(|name| name.starts_with("sitrep_"))
            .collect();
    println!("prometheus scraped {} sitrep_ metrics", scraped.len());
    let dashboards = repository().join("deploy/grafana/dashboards");
    let mut unknown = Vec::new();
    for entry in std::fs::read_dir(&dashboards).expect("dashboards") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("dashboard");
        for name in sitrep_metric_names(&text) {
            let known = scraped.contains(&name) || scraped.contains(base_metric_name(&name));
            if !known {
                unknown.push(format!("{}: {name}", file_name(&path)));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "the dashboard asks for metrics Prometheus never scraped: {unknown:?}\nscraped: {scraped:?}"
    );
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_of_each_service_mid_stream_restarted_by_its_policy_loses_nothing() {
    let stack = running_stack("kill").await;
    for (index, service) in SERVICES.iter().enumerate() {
        stack
            .wait_served(0.15 + 0.15 * index as f64, READY_TIMEOUT)
            .await;
        crash_and_await_restart(&stack, service).await;
    }
    finish(&stack, "SIGKILL of each service").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broker_cut_off_the_network_for_10_s_loses_nothing() {
    let stack = running_stack("cut10").await;
    stack.wait_served(0.3, READY_TIMEOUT).await;
    cut_broker(&stack, Duration::from_secs(10)).await;
    finish(&stack, "broker cut for 10 s").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broker_cut_off_the_network_for_2_minutes_loses_nothing() {
    let stack = running_stack("cut120").await;
    stack.wait_served(0.3, READY_TIMEOUT).await;
    cut_broker(&stack, Duration::from_secs(120)).await;
    finish(&stack, "broker cut for 2 minutes").await;
}

/// Every service updated in place, one replica at a time (stop, remove, start a new one
/// from the image, ready before the next), as a rolling update goes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rolling_update_of_every_service_loses_nothing() {
    let stack = running_stack("rolling").await;
    stack.wait_served(0.15, READY_TIMEOUT).await;
    for service in SERVICES {
        stack.replace_one_by_one(service, READY_TIMEOUT).await;
        let replicas = stack.containers(service).await.len();
        println!("{service}: {replicas} replica(s) replaced one by one, all ready");
    }
    finish(&stack, "rolling update").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn normalizer_and_classifier_scaled_to_three_and_back_lose_nothing() {
    let stack = &running_stack("scale").await;
    stack.wait_served(0.2, READY_TIMEOUT).await;
    let scale = |count: &'static str| async move {
        let normalizers = format!("normalizer={count}");
        let classifiers = format!("classifier={count}");
        stack
            .compose(&[
                "up",
                "-d",
                "--no-build",
                "--no-recreate",
                "--scale",
                &normalizers,
                "--scale",
                &classifiers,
            ])
            .await;
        stack
            .wait_ready(&["normalizer", "classifier"], READY_TIMEOUT)
            .await;
        for service in ["normalizer", "classifier"] {
            let replicas = stack.containers(service).await.len();
            println!("{service}: {replicas} replicas ready");
            assert_eq!(replicas.to_string(), count);
        }
    };
    scale("3").await;
    stack.wait_served(0.6, READY_TIMEOUT).await;
    scale("1").await;
    finish(stack, "scaled to three and back to one").await;
}
