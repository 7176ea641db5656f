//! The `sitrep` binary run as separate service processes, the way containers run it:
//! one config file, one process per target (and per replica), each with its own admin
//! port, its stderr in a file the caller can read.

use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use sitrep_testkit::free_port;
pub use sitrep_testkit::wait_until;
use tokio::process::{Child, Command};

/// Where the `sitrep` binary is: `$SITREP_BIN`, else next to the running executable
/// (`target/<profile>/sitrep-loadtest`) or one level up (`target/<profile>/deps/<test>`).
///
/// # Panics
/// When it is not there: build it first (`cargo build -p sitrep`; `make test` and
/// `cargo nextest run --workspace` build every binary of the workspace).
pub fn sitrep_bin() -> PathBuf {
    if let Some(path) = std::env::var_os("SITREP_BIN") {
        return PathBuf::from(path);
    }
    let exe = std::env::current_exe().expect("current executable");
    let dir = exe.parent().expect("executable directory");
    let candidates = [dir.join("sitrep"), dir.join("../sitrep")];
    candidates
        .iter()
        .find(|path| path.is_file())
        .cloned()
        .unwrap_or_else(|| {
            panic!(
                "the sitrep binary is not at {} or {}: build it first (`cargo build -p sitrep`, \
                 with the same profile and target dir) or set SITREP_BIN",
                candidates[0].display(),
                candidates[1].display()
            )
        })
}

/// Knobs of the services' configuration.
#[derive(Debug, Clone)]
pub struct PipelineOptions {
    pub partitions: i32,
    pub log_level: String,
    /// Fetcher request timeout (a stalled feed answer is given up after this).
    pub fetch_timeout_secs: u64,
    /// librdkafka properties for every service (`[kafka.properties]`), to try a tuning.
    pub kafka_properties: Vec<(String, String)>,
    /// WebSub push: the fetcher takes callbacks on a free port (one fetcher only) and,
    /// once subscribed, polls every 30 s as a safety net.
    pub websub: bool,
}

impl Default for PipelineOptions {
    fn default() -> Self {
        Self {
            partitions: 3,
            log_level: "info".into(),
            fetch_timeout_secs: 2,
            kafka_properties: Vec::new(),
            websub: false,
        }
    }
}

/// `[fetcher.websub]` on a free port and the callback address, or nothing.
fn websub_table(enabled: bool) -> (String, Option<String>) {
    if !enabled {
        return (String::new(), None);
    }
    let port = free_port();
    let table = format!(
        "[fetcher.websub]\nenabled = true\nlisten = \"127.0.0.1:{port}\"\n\
         callback_url = \"http://127.0.0.1:{port}/\"\nlease_secs = 3600\n"
    );
    (table, Some(format!("127.0.0.1:{port}")))
}

/// `[kafka.properties]` with `properties`, or nothing when there are none. A JSON string
/// is a valid TOML basic string, so keys and values are quoted as JSON.
fn properties_table(properties: &[(String, String)]) -> String {
    if properties.is_empty() {
        return String::new();
    }
    let mut table = String::from("[kafka.properties]\n");
    for (key, value) in properties {
        let quote = |text: &str| serde_json::Value::from(text).to_string();
        table.push_str(&format!("{} = {}\n", quote(key), quote(value)));
    }
    table
}

/// A config file and feeds file in a temporary directory, and the services started from it.
pub struct Pipeline {
    dir: tempfile::TempDir,
    config: PathBuf,
    log_level: String,
    websub_listen: Option<String>,
}

impl Pipeline {
    /// Writes a Kafka config for `bootstrap` polling `feed_urls` every second.
    pub fn new(bootstrap: &str, feed_urls: &[String], options: &PipelineOptions) -> Pipeline {
        let dir = tempfile::tempdir().expect("tempdir");
        let feeds: String = feed_urls
            .iter()
            .enumerate()
            .map(|(index, url)| {
                format!("[[feeds]]\nid = \"loadtest-{index}\"\nurl = \"{url}\"\n\n")
            })
            .collect();
        std::fs::write(dir.path().join("feeds.toml"), feeds).expect("feeds file");
        let config = dir.path().join("sitrep.toml");
        let (websub, websub_listen) = websub_table(options.websub);
        std::fs::write(
            &config,
            format!(
                "transport = \"kafka\"\nshutdown_timeout_secs = 20\n\
                 [kafka]\nbrokers = \"{bootstrap}\"\npartitions = {partitions}\nsession_timeout_ms = 6000\nstatistics_interval_ms = 1000\n\
                 [fetcher]\nfeeds_file = \"feeds.toml\"\npoll_interval_secs = 1\nmin_poll_interval_secs = 1\nmax_poll_interval_secs = {max_poll}\n\
                 poll_jitter_percent = 0\nbackoff_base_secs = 1\nbackoff_max_secs = 1\nconnect_timeout_secs = 1\ntimeout_secs = {timeout}\n\
                 allow_private_addresses = true\nmax_concurrent_per_host = 64\n{websub}\
                 [admin]\nenabled = true\nlisten = \"127.0.0.1:0\"\n\
                 [log]\nformat = \"json\"\nlevel = \"{level}\"\n{properties}",
                properties = properties_table(&options.kafka_properties),
                max_poll = if options.websub { 30 } else { 1 },
                websub = websub,
                partitions = options.partitions,
                timeout = options.fetch_timeout_secs,
                level = options.log_level,
            ),
        )
        .expect("config");
        Pipeline {
            dir,
            config,
            log_level: options.log_level.clone(),
            websub_listen,
        }
    }

    /// A pipeline from a config file's text and a feeds file's text, written as
    /// `sitrep.toml` and `feeds.toml` in a temporary directory (the config names the feeds
    /// file as `feeds.toml`). Services log at `log_level`.
    pub fn from_files(config: &str, feeds: &str, log_level: &str) -> Pipeline {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("feeds.toml"), feeds).expect("feeds file");
        let path = dir.path().join("sitrep.toml");
        std::fs::write(&path, config).expect("config");
        Pipeline {
            dir,
            config: path,
            log_level: log_level.to_owned(),
            websub_listen: None,
        }
    }

    /// Replaces the feeds file (the fetchers read it again on [`Service::reload`]).
    pub fn write_feeds(&self, feeds: &str) {
        std::fs::write(self.dir.path().join("feeds.toml"), feeds).expect("feeds file");
    }

    /// Where the fetcher's WebSub callback server listens (`host:port`), when it takes pushes.
    pub fn websub_listen(&self) -> Option<&str> {
        self.websub_listen.as_deref()
    }

    pub fn config(&self) -> &Path {
        &self.config
    }

    /// Starts one process running `target`.
    pub fn spawn(&self, target: &str) -> Service {
        Service::spawn(&self.config, self.dir.path(), target, &self.log_level)
    }
}

/// One `sitrep run --target …` process.
pub struct Service {
    pub target: String,
    child: Child,
    pid: u32,
    /// Where its admin server listens, once its log has said so.
    admin_port: std::sync::OnceLock<u16>,
    stderr: PathBuf,
}

/// Numbers the services' log files.
static NUM_SPAWNED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Service {
    /// Starts `sitrep run --target {target}`. Its admin server takes a port of the
    /// kernel's choosing (no port picked here and bound later, which another test could
    /// take in between); the port is read from the log line that announces it, which the
    /// log filter lets through at any level.
    fn spawn(config: &Path, dir: &Path, target: &str, log_level: &str) -> Service {
        let number = NUM_SPAWNED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let stderr = dir.join(format!("{target}-{number}.log"));
        let file = std::fs::File::create(&stderr).expect("log file");
        let child = Command::new(sitrep_bin())
            .args(["run", "--config"])
            .arg(config)
            .args(["--target", target])
            .env("SITREP_ADMIN__LISTEN", "127.0.0.1:0")
            // The harness's own `SITREP_BIN` is no setting of the service's: it would
            // refuse it as an unknown key.
            .env_remove("SITREP_BIN")
            .env(
                "RUST_LOG",
                format!("{log_level},sitrep_runtime::admin=info"),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(file))
            .kill_on_drop(true)
            .spawn()
            .expect("start sitrep");
        let pid = child.id().expect("pid of a started process");
        Service {
            target: target.to_owned(),
            child,
            pid,
            admin_port: std::sync::OnceLock::new(),
            stderr,
        }
    }

    /// The admin server's port, once the log announced it.
    fn admin_port(&self) -> Option<u16> {
        if let Some(port) = self.admin_port.get() {
            return Some(*port);
        }
        let port = self.log().lines().find_map(|line| {
            let line: serde_json::Value = serde_json::from_str(line).ok()?;
            if line["message"] != "admin server listening" {
                return None;
            }
            let addr: std::net::SocketAddr = line["addr"].as_str()?.parse().ok()?;
            Some(addr.port())
        })?;
        Some(*self.admin_port.get_or_init(|| port))
    }

    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// A URL on the admin server; None until it listens.
    pub fn admin_url(&self, path: &str) -> Option<String> {
        Some(format!("http://127.0.0.1:{}{path}", self.admin_port()?))
    }

    /// SIGHUP: a fetcher reads its feeds file again.
    pub fn reload(&self) {
        signal(self.pid, "HUP");
    }

    /// SIGKILL: no draining, no commit.
    pub async fn kill(mut self) {
        signal(self.pid, "KILL");
        let _ = tokio::time::timeout(Duration::from_secs(10), self.child.wait()).await;
    }

    /// SIGTERM, then waits for the exit.
    ///
    /// # Panics
    /// When the process does not exit within 40 s.
    pub async fn terminate(mut self) -> (ExitStatus, String) {
        signal(self.pid, "TERM");
        let status = tokio::time::timeout(Duration::from_secs(40), self.child.wait())
            .await
            .unwrap_or_else(|_| panic!("{} did not stop within 40 s of SIGTERM", self.target))
            .expect("wait");
        (status, self.log())
    }

    /// Whether the process has exited (and how), without waiting.
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// The last `num_lines` lines of the log.
    pub fn log_tail(&self, num_lines: usize) -> String {
        let log = self.log();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(num_lines)..].join("\n")
    }

    /// `/metrics`, or an empty text when the admin server does not answer.
    pub async fn metrics(&self) -> String {
        let Some(url) = self.admin_url("/metrics") else {
            return String::new();
        };
        get(&url).await.map(|(_, body)| body).unwrap_or_default()
    }

    /// Whether `/readyz` answers 200.
    pub async fn is_ready(&self) -> bool {
        match self.admin_url("/readyz") {
            Some(url) => matches!(get(&url).await, Some((200, _))),
            None => false,
        }
    }

    /// CPU seconds used so far and peak resident memory in bytes, from `/proc`.
    pub fn resources(&self) -> Option<crate::proc_stats::Resources> {
        crate::proc_stats::Resources::of(self.pid)
    }
}

fn signal(pid: u32, name: &str) {
    let _ = std::process::Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status();
}

async fn get(url: &str) -> Option<(u16, String)> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .ok()?;
    let response = client.get(url).send().await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.unwrap_or_default()))
}

/// The sum of the samples of `name` whose labels contain `label` (0 when absent).
pub fn metric(text: &str, name: &str, label: &str) -> f64 {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter(|line| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('{') || rest.starts_with(' '))
                && line.contains(label)
        })
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}
