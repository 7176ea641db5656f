//! A tansu broker per test: isolated, started on a free port, gone when dropped.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::ClientConfig;
use tokio::process::{Child, Command};

/// Where the tansu binary is: `$TANSU_BIN`, else `.tools/bin/tansu` at the workspace
/// root, which `make tools` (and so `make test`) installs.
pub fn tansu_path() -> PathBuf {
    if let Some(path) = std::env::var_os("TANSU_BIN") {
        return PathBuf::from(path);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../.tools/bin/tansu")
}

pub struct Broker {
    child: Child,
    bootstrap: String,
}

impl Broker {
    /// Starts tansu on a free loopback port and returns once it answers metadata requests.
    ///
    /// # Panics
    /// When tansu is not installed or does not come up: a test cannot go on without it.
    pub async fn start() -> Broker {
        Self::start_on(free_port()).await
    }

    /// Starts tansu on `port` (for a broker that goes away and comes back where its
    /// clients expect it).
    pub async fn start_on(port: u16) -> Broker {
        Self::start_advertising(port, &format!("127.0.0.1:{port}")).await
    }

    /// Starts tansu on `port` but has it advertise `advertised` (`host:port`) as its
    /// address in metadata: clients that bootstrap anywhere then connect to
    /// `advertised`, e.g. a [`crate::TcpProxy`] in front of the broker.
    pub async fn start_advertising(port: u16, advertised: &str) -> Broker {
        let path = tansu_path();
        assert!(
            path.exists(),
            "tansu not found at {}: run `make tools` first",
            path.display()
        );
        let url = format!("tcp://127.0.0.1:{port}");
        let advertised_url = format!("tcp://{advertised}");
        let child = Command::new(&path)
            .arg("broker")
            .args([
                "--listener-url",
                &url,
                "--advertised-listener-url",
                &advertised_url,
            ])
            .args(["--storage-engine", "memory://tansu/"])
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", path.display()));
        let broker = Broker {
            child,
            bootstrap: format!("127.0.0.1:{port}"),
        };
        broker.wait_until_ready().await;
        broker
    }

    /// `host:port` for `bootstrap.servers`.
    pub fn bootstrap(&self) -> &str {
        &self.bootstrap
    }

    /// The broker process's id, while it runs (to read its CPU time).
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    async fn wait_until_ready(&self) {
        let bootstrap = self.bootstrap.clone();
        let ready = tokio::task::spawn_blocking(move || {
            let consumer: BaseConsumer = ClientConfig::new()
                .set("bootstrap.servers", &bootstrap)
                .create()
                .expect("metadata client");
            // Each attempt blocks until the broker answers or the attempt times out.
            (0..60).any(|_| {
                consumer
                    .fetch_metadata(None, Duration::from_millis(500))
                    .is_ok()
            })
        })
        .await
        .expect("readiness probe");
        assert!(
            ready,
            "tansu at {} did not answer metadata requests within 30 s",
            self.bootstrap
        );
    }

    /// Kills the broker now (it also dies when dropped).
    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

/// A loopback port nothing listens on right now.
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local addr").port()
}

/// The sum over `topic`'s partitions of the offsets `group` has committed (0 where none).
pub async fn committed_offsets(bootstrap: &str, group: &str, topic: &str) -> i64 {
    let (bootstrap, group, topic) = (bootstrap.to_owned(), group.to_owned(), topic.to_owned());
    tokio::task::spawn_blocking(move || {
        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &bootstrap)
            .set("group.id", &group)
            .create()
            .expect("offsets client");
        let metadata = consumer
            .fetch_metadata(Some(&topic), Duration::from_secs(10))
            .expect("metadata");
        let mut partitions = rdkafka::TopicPartitionList::new();
        for partition in metadata.topics()[0].partitions() {
            partitions.add_partition(&topic, partition.id());
        }
        let committed = consumer
            .committed_offsets(partitions, Duration::from_secs(10))
            .expect("committed offsets");
        committed
            .elements()
            .iter()
            .map(|e| match e.offset() {
                rdkafka::Offset::Offset(offset) => offset,
                _ => 0,
            })
            .sum()
    })
    .await
    .expect("offsets reader")
}
