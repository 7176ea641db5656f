//! The compose stack as the container tests run it: `deploy/compose/compose.yaml` with the
//! `compose.local.yaml` override (tansu for Apache Kafka, a feed host container serving
//! generated feeds, Prometheus from Debian's package), driven through the `docker` and
//! `docker-compose` command lines, as an operator would.
//!
//! The test process reaches the containers only through ports published on 127.0.0.1 and
//! through `docker exec` / `docker run`: the feed host's `/control/…` for its schedule and
//! the items it served, Prometheus's API, and the topics read by
//! `sitrep-loadtest dump-topics` run in a container on the stack's network (the broker
//! advertises `kafka:9092`, a name only that network resolves). The ledger is then drawn
//! up from those records by the same [`Auditor`] as the process fault suite's.
//!
//! Every name this makes starts with `sitrep-`: the compose project (hence its containers
//! and network), and the one-off containers. [`Stack`] takes its project down when dropped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::Engine as _;
use sitrep_contract::topics::Topics;

use crate::feed_host::RemoteStatus;
use crate::ledger::{Auditor, Expected, Ledger};
use sitrep_testkit::Record;

/// The image the compose file names for the sitrep services (and the helpers run in).
pub const SITREP_IMAGE: &str = "sitrep:local";

/// One message of a topic as `sitrep-loadtest dump-topics` prints it: a JSON line.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DumpedRecord {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
    pub key: Option<String>,
    /// The payload's bytes, base64 (a dead letter may hold anything).
    pub payload: String,
    pub timestamp_ms: Option<i64>,
}

impl DumpedRecord {
    pub fn new(topic: &str, record: &Record) -> DumpedRecord {
        DumpedRecord {
            topic: topic.to_owned(),
            partition: record.partition,
            offset: record.offset,
            key: record.key.clone(),
            payload: base64::engine::general_purpose::STANDARD.encode(&record.payload),
            timestamp_ms: record.timestamp_ms,
        }
    }

    fn into_record(self) -> Option<(String, Record)> {
        let payload = base64::engine::general_purpose::STANDARD
            .decode(&self.payload)
            .ok()?;
        let record = Record {
            partition: self.partition,
            offset: self.offset,
            key: self.key,
            payload,
            headers: Vec::new(),
            timestamp_ms: self.timestamp_ms,
        };
        Some((self.topic, record))
    }
}

/// How much the feed host serves: `feeds` x `items_per_feed` items appearing at `rate`
/// items per second. `feeds` must match `deploy/compose/local-feeds.toml`.
#[derive(Debug, Clone, Copy)]
pub struct FeedSize {
    pub items_per_feed: usize,
    pub rate: f64,
}

/// Feeds in `deploy/compose/local-feeds.toml`.
pub const NUM_FEEDS: usize = 4;

/// A command's outcome: its status, stdout and stderr as text.
#[derive(Debug)]
pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `program args`, with `env` added to the environment.
///
/// # Panics
/// When the program cannot be started at all.
pub async fn run(program: &str, args: &[&str], env: &[(String, String)]) -> Run {
    let output = tokio::process::Command::new(program)
        .args(args)
        .envs(env.iter().map(|(key, value)| (key, value)))
        .stdin(std::process::Stdio::null())
        .output()
        .await
        .unwrap_or_else(|error| panic!("cannot start {program}: {error}"));
    Run {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `docker args` and returns its stdout.
///
/// # Panics
/// When it fails, with its stderr.
pub async fn docker(args: &[&str]) -> String {
    let outcome = run("docker", args, &[]).await;
    assert!(
        outcome.success,
        "docker {}: {}",
        args.join(" "),
        outcome.stderr.trim()
    );
    outcome.stdout
}

/// The repository's root (this crate is `crates/sitrep-loadtest`).
pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The compose files: the shipped one, and the override for a machine with no registry.
pub fn compose_files() -> [PathBuf; 2] {
    let dir = repository().join("deploy/compose");
    [dir.join("compose.yaml"), dir.join("compose.local.yaml")]
}

/// The sitrep services of the compose file, in pipeline order.
pub const SERVICES: [&str; 4] = ["fetcher", "normalizer", "classifier", "incidents"];

/// One compose project of the stack.
pub struct Stack {
    pub project: String,
    env: Vec<(String, String)>,
    loadtest_bin: PathBuf,
    feeds_url: std::sync::OnceLock<String>,
    http: reqwest::Client,
    num_dumps: std::sync::atomic::AtomicUsize,
}

impl Stack {
    /// A project named `project` (it must start with `sitrep-`) whose feed host and topic
    /// reader run `loadtest_bin` (this crate's binary, mounted into the sitrep image).
    /// Nothing starts yet; a project of that name left over from an earlier run is removed.
    pub async fn new(project: &str, loadtest_bin: &Path, size: FeedSize) -> Stack {
        assert!(
            project.starts_with("sitrep-"),
            "{project}: not a sitrep- name"
        );
        let env = vec![
            (
                "SITREP_LOADTEST_BIN".to_owned(),
                loadtest_bin.display().to_string(),
            ),
            (
                "SITREP_FEEDHOST_ITEMS".to_owned(),
                size.items_per_feed.to_string(),
            ),
            ("SITREP_FEEDHOST_RATE".to_owned(), size.rate.to_string()),
            // Prometheus on a port of the kernel's choosing, not the shipped 9090.
            ("SITREP_PROMETHEUS_PORT".to_owned(), "0".to_owned()),
        ];
        let stack = Stack {
            project: project.to_owned(),
            env,
            loadtest_bin: loadtest_bin.to_owned(),
            feeds_url: std::sync::OnceLock::new(),
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .expect("http client"),
            num_dumps: std::sync::atomic::AtomicUsize::new(0),
        };
        stack.down().await;
        stack
    }

    /// `docker-compose -p <project> -f compose.yaml -f compose.local.yaml args…`.
    pub async fn try_compose(&self, args: &[&str]) -> Run {
        let files = compose_files();
        let mut all: Vec<&str> = vec!["--ansi", "never", "-p", &self.project];
        for file in &files {
            all.push("-f");
            all.push(file.to_str().expect("utf-8 path"));
        }
        all.extend_from_slice(args);
        run("docker-compose", &all, &self.env).await
    }

    /// [`Stack::try_compose`], which must succeed; its stdout.
    ///
    /// # Panics
    /// When it fails, with its stderr.
    pub async fn compose(&self, args: &[&str]) -> String {
        let outcome = self.try_compose(args).await;
        assert!(
            outcome.success,
            "docker-compose {}: {}",
            args.join(" "),
            outcome.stderr.trim()
        );
        outcome.stdout
    }

    /// `up -d` of `services` (all when empty), from the images `make images` built.
    pub async fn up(&self, services: &[&str]) {
        let mut args = vec!["up", "-d", "--no-build"];
        args.extend_from_slice(services);
        self.compose(&args).await;
    }

    /// Everything of the project gone: containers, network, volumes.
    pub async fn down(&self) {
        self.try_compose(&["down", "-v", "--remove-orphans", "-t", "5"])
            .await;
    }

    /// The network the services share.
    pub fn network(&self) -> String {
        format!("{}_default", self.project)
    }

    /// The ids of `service`'s running containers.
    pub async fn containers(&self, service: &str) -> Vec<String> {
        self.compose(&["ps", "-q", service])
            .await
            .lines()
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// A rolling update of `service`: each of its containers in turn is stopped (SIGTERM,
    /// so it drains, commits and leaves its group), removed, and replaced by a new one from
    /// the image, and every replica is ready before the next goes. One at a time because
    /// that is what a rolling update is, and because the stand-in broker needs it: tansu
    /// 0.6 can leave a consumer group with no leader when all its members leave in the same
    /// moment, and then never assigns the new members anything (deploy/README.md).
    ///
    /// # Panics
    /// When a step fails, or a replica is not ready within `timeout`.
    pub async fn replace_one_by_one(&self, service: &str, timeout: Duration) {
        let old = self.containers(service).await;
        let scale = format!("{service}={}", old.len());
        for container in &old {
            let stopped = docker(&["stop", "-t", "20", container]).await;
            assert_eq!(
                stopped.trim(),
                container.as_str(),
                "docker stop {container}"
            );
            docker(&["rm", container]).await;
            self.compose(&[
                "up",
                "-d",
                "--no-build",
                "--no-deps",
                "--no-recreate",
                "--scale",
                &scale,
                service,
            ])
            .await;
            self.wait_ready(&[service], timeout).await;
        }
        let now = self.containers(service).await;
        assert_eq!(now.len(), old.len(), "{service}: replicas {now:?}");
        assert!(
            now.iter().all(|container| !old.contains(container)),
            "{service}: old containers {old:?} still among {now:?}"
        );
    }

    /// The one container of `service`.
    ///
    /// # Panics
    /// When there is not exactly one.
    pub async fn container(&self, service: &str) -> String {
        let ids = self.containers(service).await;
        assert_eq!(ids.len(), 1, "{service}: containers {ids:?}");
        ids[0].clone()
    }

    /// The last `num_lines` lines `service`'s containers logged.
    pub async fn logs(&self, service: &str, num_lines: usize) -> String {
        let tail = num_lines.to_string();
        let outcome = self
            .try_compose(&["logs", "--no-color", "--tail", &tail, service])
            .await;
        format!("{}{}", outcome.stdout, outcome.stderr)
    }

    /// Whether `sitrep health` passes inside `container` (its `/readyz` answers 200).
    pub async fn is_ready(container: &str) -> bool {
        run("docker", &["exec", container, "sitrep", "health"], &[])
            .await
            .success
    }

    /// Waits until every container of each of `services` is running and ready.
    ///
    /// # Panics
    /// After `timeout`, naming the service and with its log tail.
    pub async fn wait_ready(&self, services: &[&str], timeout: Duration) {
        let deadline = Instant::now() + timeout;
        for service in services {
            loop {
                let ids = self.containers(service).await;
                let mut all_ready = !ids.is_empty();
                for id in &ids {
                    all_ready = all_ready && Self::is_ready(id).await;
                }
                if all_ready {
                    break;
                }
                if Instant::now() >= deadline {
                    panic!(
                        "{service} not ready within {timeout:?}; its log tail:\n{}",
                        self.logs(service, 30).await
                    );
                }
                // Readiness lives in other processes: it is asked, not awaited.
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
    }

    /// The feed host's address on the host's loopback (its published port).
    pub async fn feeds_url(&self) -> String {
        if let Some(url) = self.feeds_url.get() {
            return url.clone();
        }
        let port = self.compose(&["port", "feeds", "8080"]).await;
        let url = format!("http://{}", port.trim());
        self.feeds_url.get_or_init(|| url).clone()
    }

    /// Items start appearing on the feed host.
    ///
    /// # Panics
    /// When the feed host does not take the order within 30 s.
    pub async fn start_feeds(&self) {
        let url = format!("{}/control/start", self.feeds_url().await);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match self.http.post(&url).send().await {
                Ok(response) if response.status().is_success() => return,
                outcome => assert!(
                    Instant::now() < deadline,
                    "{url}: {outcome:?}; feed host log:\n{}",
                    self.logs("feeds", 20).await
                ),
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }

    /// What the feed host has served.
    ///
    /// # Panics
    /// When it does not answer.
    pub async fn feed_status(&self) -> RemoteStatus {
        let url = format!("{}/control/status", self.feeds_url().await);
        let response = self
            .http
            .get(&url)
            .send()
            .await
            .unwrap_or_else(|error| panic!("{url}: {error}"));
        let text = response
            .text()
            .await
            .unwrap_or_else(|error| panic!("{url}: {error}"));
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("{url}: {error}: {text}"))
    }

    /// Waits until the feed host has served at least `share` of its items.
    ///
    /// # Panics
    /// After `timeout`.
    pub async fn wait_served(&self, share: f64, timeout: Duration) -> RemoteStatus {
        let deadline = Instant::now() + timeout;
        loop {
            let status = self.feed_status().await;
            let wanted = (status.items.len() as f64 * share).ceil() as usize;
            if status.num_served >= wanted {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the feed host served {} of {} items within {timeout:?} (wanted {wanted}); fetcher log:\n{}",
                status.num_served,
                status.items.len(),
                self.logs("fetcher", 20).await
            );
            // Serving happens in another container: it is asked, not awaited.
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }

    /// Runs `sitrep-loadtest args…` in a one-off container on the stack's network; its stdout.
    ///
    /// # Panics
    /// When it fails.
    pub async fn helper(&self, args: &[&str]) -> String {
        let number = self
            .num_dumps
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("{}-helper-{number}", self.project);
        let network = self.network();
        let mount = format!("{}:/opt/sitrep-loadtest:ro", self.loadtest_bin.display());
        let mut all = vec![
            "run",
            "--rm",
            "--no-healthcheck",
            "--name",
            &name,
            "--network",
            &network,
            "-v",
            &mount,
            "--entrypoint",
            "/opt/sitrep-loadtest",
            SITREP_IMAGE,
        ];
        all.extend_from_slice(args);
        docker(&all).await
    }

    /// Produces `payload` to `topic` from inside the stack's network.
    pub async fn produce(&self, topic: &str, key: &str, payload: &str) {
        self.helper(&[
            "produce",
            "--bootstrap",
            "kafka:9092",
            "--topic",
            topic,
            "--key",
            key,
            "--payload",
            payload,
        ])
        .await;
    }

    /// Every message of `topics`, read by a container on the stack's network.
    ///
    /// # Panics
    /// When the reader fails.
    pub async fn dump(&self, topics: &[&str]) -> HashMap<String, Vec<Record>> {
        let mut args = vec!["dump-topics", "--bootstrap", "kafka:9092"];
        args.extend_from_slice(topics);
        let stdout = self.helper(&args).await;
        let mut records: HashMap<String, Vec<Record>> = HashMap::new();
        for line in stdout.lines().filter(|line| line.starts_with('{')) {
            let dumped: DumpedRecord = serde_json::from_str(line)
                .unwrap_or_else(|error| panic!("dump-topics printed {line:?}: {error}"));
            if let Some((topic, record)) = dumped.into_record() {
                records.entry(topic).or_default().push(record);
            }
        }
        records
    }

    /// Waits until every item has been served and the ledger balances, reading the topics
    /// every 2 s; returns the balanced ledger.
    ///
    /// # Panics
    /// With the last ledger, when it does not balance within `timeout`.
    /// `injected` payloads must each be on the dead-letter topic.
    pub async fn await_ledger(&self, injected: &[Vec<u8>], timeout: Duration) -> Ledger {
        let served = self.wait_served(1.0, timeout).await;
        let expected: Vec<Expected> = served
            .items
            .iter()
            .map(|item| Expected {
                guid: item.guid.clone(),
                incident: item.incident,
            })
            .collect();
        let topics = Topics::default();
        let mut auditor = Auditor::new("kafka:9092", topics.clone());
        let deadline = Instant::now() + timeout;
        loop {
            let mut records = self
                .dump(&[
                    &topics.items_raw,
                    &topics.articles,
                    &topics.events,
                    &topics.deadletter,
                ])
                .await;
            let mut take = |topic: &str| records.remove(topic).unwrap_or_default();
            let (raw, articles, events, dead) = (
                take(&topics.items_raw),
                take(&topics.articles),
                take(&topics.events),
                take(&topics.deadletter),
            );
            let ledger = auditor.check(&expected, injected, &raw, &articles, &events, &dead);
            if ledger.is_complete() {
                return ledger;
            }
            assert!(
                Instant::now() < deadline,
                "the ledger did not balance within {timeout:?}:\n{ledger}"
            );
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
    }

    /// The address Prometheus's published port has on the host's loopback.
    pub async fn prometheus_url(&self) -> String {
        let port = self.compose(&["port", "prometheus", "9090"]).await;
        format!("http://{}", port.trim())
    }

    /// `GET {prometheus}{path}` as JSON.
    ///
    /// # Panics
    /// When Prometheus does not answer.
    pub async fn prometheus(&self, path: &str) -> serde_json::Value {
        let url = format!("{}{path}", self.prometheus_url().await);
        let response = self
            .http
            .get(&url)
            .send()
            .await
            .unwrap_or_else(|error| panic!("{url}: {error}"));
        let text = response
            .text()
            .await
            .unwrap_or_else(|error| panic!("{url}: {error}"));
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("{url}: {error}: {text}"))
    }
}

/// The metric names a Grafana dashboard's queries (or a Prometheus rule file) use: every
/// `sitrep_…` word in the text.
pub fn sitrep_metric_names(text: &str) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    let bytes = text.as_bytes();
    let is_word = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_';
    let mut at = 0;
    while let Some(found) = text[at..].find("sitrep_") {
        let start = at + found;
        let mut end = start;
        while end < bytes.len() && is_word(bytes[end]) {
            end += 1;
        }
        if start == 0 || !is_word(bytes[start - 1]) {
            names.insert(text[start..end].to_owned());
        }
        at = end;
    }
    names
}

/// `name` as Prometheus stores it: a histogram's `_bucket`, `_sum` and `_count` series
/// belong to the histogram's name.
pub fn base_metric_name(name: &str) -> &str {
    ["_bucket", "_sum", "_count"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name)
}

impl Drop for Stack {
    /// Takes the project down, unless `SITREP_KEEP_STACK` is set (to look at it after a
    /// failure).
    fn drop(&mut self) {
        if std::env::var_os("SITREP_KEEP_STACK").is_some() {
            eprintln!("SITREP_KEEP_STACK: leaving project {} up", self.project);
            return;
        }
        let files = compose_files();
        let mut command = std::process::Command::new("docker-compose");
        command.args(["--ansi", "never", "-p", &self.project]);
        for file in &files {
            command.arg("-f").arg(file);
        }
        let _ = command
            .args(["down", "-v", "--remove-orphans", "-t", "5"])
            .envs(self.env.iter().map(|(key, value)| (key, value)))
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let names: Vec<String> = sitrep_metric_names(text).into_iter().collect();
        assert_eq!(names, expected, "{text}");
    }

    #[test]
    fn metric_names_are_read_out_of_queries() {
        check(
            "sum by (stage) (rate(sitrep_messages_in_total[1m]))",
            &["sitrep_messages_in_total"],
        );
        check(
            "histogram_quantile(0.99, sum by (le) (rate(sitrep_processing_seconds_bucket[5m]))) / sitrep_x",
            &["sitrep_processing_seconds_bucket", "sitrep_x"],
        );
        check("no_sitrep_here{job=\"sitrep\"}", &[]);
        assert_eq!(
            base_metric_name("sitrep_processing_seconds_bucket"),
            "sitrep_processing_seconds"
        );
        assert_eq!(base_metric_name("sitrep_x_total"), "sitrep_x_total");
    }

    #[test]
    fn a_dumped_record_reads_back_as_it_was() {
        let record = Record {
            partition: 2,
            offset: 7,
            key: Some("k".into()),
            payload: vec![0, 159, 146, 150, b'{'],
            headers: Vec::new(),
            timestamp_ms: Some(1),
        };
        let line = serde_json::to_string(&DumpedRecord::new("t", &record)).expect("json");
        let back: DumpedRecord = serde_json::from_str(&line).expect("json");
        let (topic, read) = back.into_record().expect("base64");
        assert_eq!(topic, "t");
        assert_eq!(
            (read.partition, read.offset, read.key, read.payload),
            (2, 7, Some("k".into()), record.payload)
        );
    }
}
