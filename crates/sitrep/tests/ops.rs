//! Operating the `sitrep` binary: readiness that follows the broker, SIGTERM in the
//! middle of a stream, metrics that move, secrets that never show, and `tail`.
//! Every test runs the real binary against a real broker (tansu) on free ports.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::time::Duration;

use sitrep_contract::{EntryKey, FeedId, FeedRef, ItemId, RawItem};
use sitrep_runtime::{metric_catalogue, Settings};
use sitrep_testkit::{committed_offsets, free_port, read_topic, wait_until, Broker, TopicWatcher};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{OutMessage, Transport};
use tokio::process::{Child, Command};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A Kafka config for the binary; `extra` is appended (TOML).
fn write_config(dir: &Path, bootstrap: &str, admin_port: u16, extra: &str) -> PathBuf {
    let samples = workspace().join("config/samples/feeds.toml");
    let path = dir.join("sitrep.toml");
    std::fs::write(
        &path,
        format!(
            "transport = \"kafka\"\nshutdown_timeout_secs = 20\n\
             [kafka]\nbrokers = \"{bootstrap}\"\npartitions = 2\nsession_timeout_ms = 6000\nstatistics_interval_ms = 1000\n{extra}\n\
             [fetcher]\nfeeds_file = \"{}\"\npoll_interval_secs = 3600\n\
             [admin]\nenabled = true\nlisten = \"127.0.0.1:{admin_port}\"\n\
             [log]\nformat = \"json\"\nlevel = \"info\"\n",
            samples.display()
        ),
    )
    .expect("config");
    path
}

/// The binary running one target, its stderr going to a file the test can read.
struct Service {
    child: Child,
    stderr: PathBuf,
}

impl Service {
    fn spawn(config: &Path, target: &str, env: &[(&str, &str)]) -> Service {
        let stderr = config.with_file_name(format!("{target}-{}.log", free_port()));
        let file = std::fs::File::create(&stderr).expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .args(["run", "--config"])
            .arg(config)
            .args(["--target", target])
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(file))
            .kill_on_drop(true)
            .spawn()
            .expect("start sitrep");
        Service { child, stderr }
    }

    /// Sends SIGTERM and waits for the exit.
    async fn terminate(mut self) -> (ExitStatus, String) {
        let pid = self.child.id().expect("running");
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(sent.success());
        let status = tokio::time::timeout(Duration::from_secs(30), self.child.wait())
            .await
            .expect("stops within 30 s")
            .expect("wait");
        (
            status,
            std::fs::read_to_string(&self.stderr).unwrap_or_default(),
        )
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }
}

async fn get(url: &str) -> Option<(u16, String)> {
    let response = reqwest::get(url).await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.unwrap_or_default()))
}

async fn status_of(url: &str) -> Option<u16> {
    get(url).await.map(|(status, _)| status)
}

/// The value of one sample of a Prometheus text exposition, 0 when absent.
fn metric(text: &str, name: &str, label: &str) -> f64 {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter(|line| line.starts_with(name) && line.contains(label))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_follows_the_broker_as_it_appears_and_disappears() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (broker_port, admin_port) = (free_port(), free_port());
    let config = write_config(
        dir.path(),
        &format!("127.0.0.1:{broker_port}"),
        admin_port,
        "",
    );
    let service = Service::spawn(&config, "normalizer", &[]);
    let admin = |path: &str| format!("http://127.0.0.1:{admin_port}{path}");

    wait_until("/healthz", Duration::from_secs(30), || async {
        status_of(&admin("/healthz")).await == Some(200)
    })
    .await;
    let (status, body) = get(&admin("/readyz")).await.expect("readyz answers");
    assert_eq!(status, 503, "no broker yet: {body}");

    let broker = Broker::start_on(broker_port).await;
    wait_until(
        "ready with the broker up",
        Duration::from_secs(60),
        || async { status_of(&admin("/readyz")).await == Some(200) },
    )
    .await;

    broker.stop().await;
    wait_until(
        "not ready with the broker gone",
        Duration::from_secs(30),
        || async { status_of(&admin("/readyz")).await == Some(503) },
    )
    .await;
    let (status, log) = service.terminate().await;
    assert!(
        status.success(),
        "clean exit after SIGTERM: {status:?}\n{log}"
    );
}

fn raw_item(index: usize) -> RawItem {
    let feed = FeedRef {
        id: FeedId::for_feed("load"),
        url: "https://example.org/rss".into(),
        name: Some("Load".into()),
    };
    let link = format!("https://example.org/story/{index}");
    RawItem {
        schema: RawItem::SCHEMA.into(),
        id: ItemId::for_entry(&feed.id, EntryKey::Link(&link)),
        feed,
        fetched_at: chrono::Utc::now(),
        guid: None,
        link: Some(link),
        title: Some(format!(
            "Story number {index} about the weather and the markets"
        )),
        summary: Some(format!(
            "<p>Story {index}: prices rose and rain fell across the region today.</p>"
        )),
        content: None,
        published: Some(chrono::Utc::now()),
        updated: None,
        authors: Vec::new(),
        categories: Vec::new(),
        language: Some("en".into()),
        truncated: Vec::new(),
        shared_link: false,
        repaired: Vec::new(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_mid_stream_loses_nothing_and_a_restart_continues_where_it_stopped() {
    const NUM_ITEMS: usize = 4000;
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let admin_port = free_port();
    let config = write_config(dir.path(), broker.bootstrap(), admin_port, "");
    let settings = Settings::load(Some(&config)).expect("settings");
    let transport = Arc::new(KafkaTransport::new(settings.kafka.clone()).expect("transport"));
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");
    let producer = transport.producer().expect("producer");
    let sends = (0..NUM_ITEMS).map(|index| {
        let item = raw_item(index);
        let payload = serde_json::to_vec(&item).expect("json");
        producer.send(OutMessage::new(
            &settings.topics.items_raw,
            Some(item.feed.id.to_string()),
            payload,
        ))
    });
    for result in futures::future::join_all(sends).await {
        result.expect("produced");
    }

    let watcher = TopicWatcher::new(broker.bootstrap(), &settings.topics.articles);
    let metrics_url = format!("http://127.0.0.1:{admin_port}/metrics");

    let first = Service::spawn(&config, "normalizer", &[]);
    let num_seen = watcher.take(300, Duration::from_secs(60)).await.len();
    let (_, scraped) = get(&metrics_url).await.expect("metrics");
    let num_in = metric(
        &scraped,
        metric_catalogue::MESSAGES_IN,
        "stage=\"normalizer\"",
    );
    assert!(
        num_in >= 300.0,
        "messages in counted while items flow: {num_in}\n{scraped}"
    );
    assert!(
        scraped.contains(&format!("{}_bucket", metric_catalogue::PROCESSING_SECONDS)),
        "latency histogram exported"
    );
    let (status, log) = first.terminate().await;
    assert!(
        status.success(),
        "clean exit after SIGTERM: {status:?}\n{log}"
    );

    let num_articles = read_topic(broker.bootstrap(), &settings.topics.articles)
        .await
        .len() as i64;
    let num_committed = committed_offsets(
        broker.bootstrap(),
        "sitrep.normalizer",
        &settings.topics.items_raw,
    )
    .await;
    assert_eq!(
        num_articles, num_committed,
        "on SIGTERM everything taken in was finished and committed, nothing more"
    );
    eprintln!("stopped after {num_committed} of {NUM_ITEMS} items");

    let second = Service::spawn(&config, "normalizer", &[]);
    watcher
        .take(NUM_ITEMS - num_seen, Duration::from_secs(60))
        .await;
    let (_, scraped) = get(&metrics_url).await.expect("metrics");
    let num_in = metric(
        &scraped,
        metric_catalogue::MESSAGES_IN,
        "stage=\"normalizer\"",
    );
    assert_eq!(
        num_in as i64,
        NUM_ITEMS as i64 - num_committed,
        "the restart read exactly the uncommitted rest"
    );
    let (status, log) = second.terminate().await;
    assert!(
        status.success(),
        "clean exit after SIGTERM: {status:?}\n{log}"
    );

    let articles = read_topic(broker.bootstrap(), &settings.topics.articles).await;
    let ids: HashSet<String> = articles.iter().filter_map(|r| r.key.clone()).collect();
    assert_eq!(articles.len(), NUM_ITEMS, "no article twice");
    assert_eq!(ids.len(), NUM_ITEMS, "no item lost");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secret_from_the_environment_never_appears_in_logs_or_config_check() {
    const SECRET: &str = "pw-9f3c61e0-never-print-me";
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let admin_port = free_port();
    let sasl = "security_protocol = \"sasl_plaintext\"\nsasl_mechanism = \"SCRAM-SHA-256\"\nsasl_username = \"sitrep\"";
    let config = write_config(dir.path(), broker.bootstrap(), admin_port, sasl);
    let env = [
        ("SITREP_KAFKA_SASL_PASSWORD", SECRET),
        ("SITREP_LOG__LEVEL", "debug"),
    ];

    let check = std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["config", "check", "--config"])
        .arg(&config)
        .envs(env)
        .output()
        .expect("config check");
    let shown = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(shown.contains("\"sasl.password\" = \"***\""), "{shown}");
    assert!(!shown.contains(SECRET));

    // The broker does not speak SASL: the client logs its failures, at debug level too.
    let service = Service::spawn(&config, "normalizer", &env);
    wait_until("librdkafka to log", Duration::from_secs(60), || {
        let log = service.log();
        async move { log.matches("librdkafka").count() >= 3 }
    })
    .await;
    let (_, log) = service.terminate().await;
    assert!(
        log.contains("sasl") || log.contains("SASL"),
        "the log is about the SASL connection:\n{log}"
    );
    assert!(!log.contains(SECRET), "the secret leaked into the log");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_filters_and_writes_valid_geojson() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let config = write_config(dir.path(), broker.bootstrap(), free_port(), "");
    let labels =
        std::fs::read_to_string(workspace().join("config/samples/expected.jsonl")).expect("labels");
    let labels: Vec<serde_json::Value> = labels
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("label"))
        .collect();
    let count = |event_type: Option<&str>, country: Option<&str>| -> usize {
        labels
            .iter()
            .flat_map(|label| {
                let types = label["event_types"].as_array().cloned().unwrap_or_default();
                let countries = label["country_codes"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                types.into_iter().zip(countries)
            })
            .filter(|(t, c)| {
                event_type.is_none_or(|want| t == want) && country.is_none_or(|want| c == want)
            })
            .count()
    };

    let service = Service::spawn(&config, "all", &[]);
    let settings = Settings::load(Some(&config)).expect("settings");
    TopicWatcher::new(broker.bootstrap(), &settings.topics.events)
        .take(count(None, None), Duration::from_secs(60))
        .await;
    let (status, log) = service.terminate().await;
    assert!(status.success(), "{log}");

    let tail = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .args(["tail", "--config"])
            .arg(&config)
            .args(["--from-beginning"])
            .args(args)
            .output()
            .expect("tail");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf8")
    };

    let num_clashes = count(Some("armed_clash"), None);
    assert!(num_clashes >= 2, "the samples hold several clashes");
    let geojson: serde_json::Value = serde_json::from_str(&tail(&[
        "--type",
        "armed_clash",
        "--format",
        "geojson",
        "--max-events",
        &num_clashes.to_string(),
    ]))
    .expect("GeoJSON parses");
    assert_eq!(geojson["type"], "FeatureCollection");
    let features = geojson["features"].as_array().expect("features");
    assert_eq!(features.len(), num_clashes);
    for feature in features {
        assert_eq!(feature["properties"]["event_type"], "armed_clash");
        let coordinates = feature["geometry"]["coordinates"]
            .as_array()
            .expect("point");
        let (lon, lat) = (
            coordinates[0].as_f64().expect("lon"),
            coordinates[1].as_f64().expect("lat"),
        );
        assert!(
            (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat),
            "{coordinates:?}"
        );
    }

    let num_iraq = count(None, Some("IQ"));
    let lines = tail(&[
        "--country",
        "IQ",
        "--json",
        "--max-events",
        &num_iraq.to_string(),
    ]);
    let events: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).expect("event json"))
        .collect();
    assert_eq!(events.len(), num_iraq);
    assert!(events.iter().all(|e| e["location"]["country_code"] == "IQ"));

    let readable = tail(&["--actor", "hezbollah", "--max-events", "1"]);
    assert!(
        readable.contains("air_drone_strike") && readable.contains("Kata'ib Hezbollah"),
        "{readable}"
    );
}

/// An RSS document with one item whose guid is `guid`.
fn rss_with(guid: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link>\
         <item><title>Item {guid}</title><link>https://example.org/{guid}</link><guid>{guid}</guid>\
         <description>Text of {guid}.</description><pubDate>Sun, 06 Dec 2026 10:00:00 GMT</pubDate></item>\
         </channel></rss>"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_the_fetchers_feeds_and_stops_no_service() {
    let broker = Broker::start().await;
    let feeds = sitrep_testkit::FeedServer::start().await;
    for name in ["first", "added"] {
        feeds.route(
            &format!("/{name}.xml"),
            sitrep_testkit::Response::ok("application/rss+xml", rss_with(&format!("guid-{name}"))),
        );
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let feeds_file = dir.path().join("feeds.toml");
    let feed = |name: &str| {
        format!(
            "[[feeds]]\nurl = \"{}\"\n",
            feeds.url(&format!("/{name}.xml"))
        )
    };
    std::fs::write(&feeds_file, feed("first")).expect("feeds");
    let (fetcher_port, normalizer_port) = (free_port(), free_port());
    let config = |admin_port: u16| {
        let path = dir.path().join(format!("sitrep-{admin_port}.toml"));
        std::fs::write(
            &path,
            format!(
                "transport = \"kafka\"\nshutdown_timeout_secs = 20\n\
                 [kafka]\nbrokers = \"{}\"\npartitions = 1\nsession_timeout_ms = 6000\nstatistics_interval_ms = 1000\n\
                 [fetcher]\nfeeds_file = \"feeds.toml\"\npoll_interval_secs = 3600\nallow_private_addresses = true\n\
                 [admin]\nenabled = true\nlisten = \"127.0.0.1:{admin_port}\"\n\
                 [log]\nformat = \"json\"\nlevel = \"info\"\n",
                broker.bootstrap()
            ),
        )
        .expect("config");
        path
    };
    let fetcher = Service::spawn(&config(fetcher_port), "fetcher", &[]);
    let normalizer = Service::spawn(&config(normalizer_port), "normalizer", &[]);
    let items_topic = Settings::load(Some(&config(fetcher_port)))
        .expect("settings")
        .topics
        .items_raw;
    let has_item = |guid: &'static str| {
        let (bootstrap, topic) = (broker.bootstrap().to_owned(), items_topic.clone());
        async move {
            read_topic(&bootstrap, &topic)
                .await
                .iter()
                .any(|record| String::from_utf8_lossy(&record.payload).contains(guid))
        }
    };
    wait_until("the first feed's item", Duration::from_secs(60), || {
        has_item("guid-first")
    })
    .await;
    for port in [fetcher_port, normalizer_port] {
        wait_until("ready", Duration::from_secs(60), || async move {
            status_of(&format!("http://127.0.0.1:{port}/readyz")).await == Some(200)
        })
        .await;
    }

    std::fs::write(&feeds_file, format!("{}\n{}", feed("first"), feed("added"))).expect("feeds");
    for service in [&fetcher, &normalizer] {
        let pid = service.child.id().expect("running");
        let sent = std::process::Command::new("kill")
            .args(["-HUP", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(sent.success());
    }
    wait_until(
        "the added feed's item, without a restart",
        Duration::from_secs(60),
        || has_item("guid-added"),
    )
    .await;
    // The normalizer had nothing to reload and went on: still ready.
    assert_eq!(
        status_of(&format!("http://127.0.0.1:{normalizer_port}/readyz")).await,
        Some(200),
        "{}",
        normalizer.log()
    );
    for service in [fetcher, normalizer] {
        let (status, log) = service.terminate().await;
        assert!(status.success(), "{log}");
        assert!(log.contains("SIGHUP"), "{log}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_healthy_start_says_what_runs_and_logs_no_error_warning_or_colour() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let admin_port = free_port();
    let config = write_config(dir.path(), broker.bootstrap(), admin_port, "");
    // Text lines, to a file: no terminal, so no colour codes either.
    let service = Service::spawn(&config, "normalizer", &[("SITREP_LOG__FORMAT", "text")]);
    wait_until("ready", Duration::from_secs(60), || async {
        status_of(&format!("http://127.0.0.1:{admin_port}/readyz")).await == Some(200)
    })
    .await;
    let (status, log) = service.terminate().await;
    assert!(status.success(), "{log}");
    let first = log.lines().next().unwrap_or_default();
    assert!(first.contains("sitrep starting"), "{log}");
    for part in [
        env!("CARGO_PKG_VERSION"),
        "target=\"normalizer\"",
        broker.bootstrap(),
        "sitrep.toml",
    ] {
        assert!(first.contains(part), "{part} missing from {first}");
    }
    assert!(
        !log.contains('\u{1b}'),
        "colour codes in a log file:\n{log}"
    );
    for line in log.lines() {
        assert!(
            !line.contains(" ERROR ") && !line.contains(" WARN "),
            "a healthy start logged:\n{line}\n\nwhole log:\n{log}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_check_connect_finds_missing_topics_and_a_service_that_may_not_create_them_waits() {
    let broker = Broker::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let admin_port = free_port();
    let config = write_config(
        dir.path(),
        broker.bootstrap(),
        admin_port,
        "create_topics = false\ngroup_prefix = \"team-a.\"",
    );
    let check = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .args(["config", "check", "--connect", "--config"])
            .arg(&config)
            .output()
            .expect("config check")
    };
    let before = check();
    let said = String::from_utf8_lossy(&before.stderr).to_string();
    assert!(!before.status.success(), "no topics yet:\n{said}");
    assert!(
        said.contains("brokers ") && said.contains("answered"),
        "{said}"
    );
    assert!(
        said.contains("problem: topic sitrep.items.raw does not exist"),
        "{said}"
    );

    // Not allowed to create them: it waits, not ready, naming the missing topic.
    let service = Service::spawn(&config, "normalizer", &[]);
    let readyz = format!("http://127.0.0.1:{admin_port}/readyz");
    wait_until("readyz to answer", Duration::from_secs(30), || async {
        matches!(get(&readyz).await, Some((503, body)) if body.contains("does not exist"))
    })
    .await;
    let settings = Settings::load(Some(&config)).expect("settings");
    let transport = KafkaTransport::new(settings.kafka.clone()).expect("transport");
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics created by the cluster's operator");
    wait_until(
        "ready once the topics exist",
        Duration::from_secs(60),
        || async { status_of(&readyz).await == Some(200) },
    )
    .await;
    let after = check();
    assert!(
        after.status.success(),
        "{}",
        String::from_utf8_lossy(&after.stderr)
    );
    let (status, log) = service.terminate().await;
    assert!(status.success(), "{log}");
    assert!(log.contains("kafka.create_topics is off"), "{log}");
    // The group id takes its own prefix.
    assert!(log.contains("team-a.normalizer"), "{log}");
}
