//! `sitrep tail` as a script uses it, against a real broker (tansu) behind a TCP proxy
//! the test can cut: it stops at the end of the topic, starts at a time, writes its
//! GeoJSON however it is stopped, ends quietly when its reader goes away, and waits out
//! a broker that cannot be reached.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use sitrep_runtime::Settings;
use sitrep_testkit::{free_port, Broker, TcpProxy};
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{OutMessage, Transport};
use tokio::io::{AsyncBufReadExt, AsyncReadExt};

/// The contract crate's fixture event, made the `index`th of a series (its ids, URL and
/// title) in `country`, with a long evidence sentence.
fn event(index: usize, country: &str) -> serde_json::Value {
    let mut event = sitrep_contract::fixtures::event();
    event.id = format!("evt_{index:032x}").parse().expect("an event id");
    event.article.id = format!("art_{index:032x}").parse().expect("an article id");
    event.article.url = Some(format!("https://example.org/{index}"));
    event.article.title = format!("Strike number {index}");
    event.article.source = Some("Example Wire".to_owned());
    event.article.published_at = "2026-11-25T06:00:00Z".parse().expect("a time");
    event.occurred_on.date = Some("2026-11-24".parse().expect("a date"));
    event.occurred_on.text = Some("on Tuesday".to_owned());
    event.location.name = "Somewhere".to_owned();
    event.location.country_code = Some(country.to_owned());
    event.location.lat = Some(33.0 + index as f64 / 1000.0);
    event.location.precision = sitrep_contract::LocationPrecision::City;
    event.actors[0].name = "An air force".to_owned();
    event.actors[0].country_code = None;
    event.weapons = vec!["drone".to_owned()];
    event.evidence = vec![sitrep_contract::Evidence {
        text: format!(
            "A drone struck target {index}, officials said. {}",
            "More words. ".repeat(60)
        ),
        cues: vec!["drone".to_owned(), "struck".to_owned()],
    }];
    event.classified_at = "2026-11-25T07:00:00Z".parse().expect("a time");
    serde_json::to_value(event).expect("json")
}

struct Setup {
    _broker: Broker,
    proxy: TcpProxy,
    config: PathBuf,
    settings: Settings,
    transport: KafkaTransport,
    _dir: tempfile::TempDir,
}

/// A broker behind a proxy, its topics, and a config that reaches it through the proxy.
async fn setup() -> Setup {
    let proxy_port = free_port();
    let broker = Broker::start_advertising(free_port(), &format!("127.0.0.1:{proxy_port}")).await;
    let upstream = broker.bootstrap().parse().expect("broker address");
    let proxy = TcpProxy::start(proxy_port, upstream).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("sitrep.toml");
    std::fs::write(
        &config,
        format!(
            "transport = \"kafka\"\n[kafka]\nbrokers = \"{}\"\npartitions = 2\n[admin]\nenabled = false\n",
            proxy.address()
        ),
    )
    .expect("config");
    let settings = Settings::load(Some(&config)).expect("settings");
    let transport = KafkaTransport::new(settings.kafka.clone()).expect("transport");
    transport
        .ensure_topics(&sitrep_runtime::pipeline::topic_specs(&settings))
        .await
        .expect("topics");
    Setup {
        _broker: broker,
        proxy,
        config,
        settings,
        transport,
        _dir: dir,
    }
}

async fn produce(setup: &Setup, range: std::ops::Range<usize>, country: &str) {
    let producer = setup.transport.producer().expect("producer");
    let sends = range.map(|index| {
        let event = event(index, country);
        producer.send(OutMessage::new(
            &setup.settings.topics.events,
            Some(event["id"].as_str().expect("id").to_owned()),
            serde_json::to_vec(&event).expect("json"),
        ))
    });
    for result in futures::future::join_all(sends).await {
        result.expect("produced");
    }
}

fn tail(config: &Path, args: &[&str]) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_sitrep"));
    command
        .args(["tail", "--config"])
        .arg(config)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    command
}

async fn finished(command: &mut tokio::process::Command) -> (String, String) {
    let output = tokio::time::timeout(Duration::from_secs(120), command.output())
        .await
        .expect("the tail ends by itself")
        .expect("tail");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    (String::from_utf8(output.stdout).expect("utf8"), stderr)
}

/// The next line, waiting at most two minutes (a hang guard, not a measure).
async fn next_line<R: tokio::io::AsyncBufRead + Unpin>(lines: &mut tokio::io::Lines<R>) -> String {
    tokio::time::timeout(Duration::from_secs(120), lines.next_line())
        .await
        .expect("a line in time")
        .expect("read")
        .expect("still running")
}

fn sigterm(child: &tokio::process::Child) {
    let pid = child.id().expect("running");
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_script_reads_to_the_end_from_a_time_and_through_a_closed_pipe() {
    let setup = setup().await;
    produce(&setup, 0..150, "IQ").await;
    // Broker timestamps are milliseconds: what comes after this is strictly later.
    let since = chrono::Utc::now() + chrono::TimeDelta::milliseconds(5);
    tokio::time::sleep(Duration::from_millis(10)).await;
    produce(&setup, 150..160, "SY").await;

    // To the end and no further: every event, then exit 0.
    let (all, _) = finished(&mut tail(
        &setup.config,
        &["--from-beginning", "--until-end", "--json"],
    ))
    .await;
    assert_eq!(all.lines().count(), 160);

    // From a time: the broker's offsets for it, to the end.
    let since = since.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let (later, _) = finished(&mut tail(
        &setup.config,
        &["--since", &since, "--until-end", "--json"],
    ))
    .await;
    let countries: Vec<String> = later
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("json"))
        .map(|event| {
            event["location"]["country_code"]
                .as_str()
                .expect("cc")
                .to_owned()
        })
        .collect();
    assert_eq!(countries, vec!["SY"; 10], "only what came after --since");

    // GeoJSON to the end: a collection of every event.
    let (map, _) = finished(&mut tail(
        &setup.config,
        &[
            "--from-beginning",
            "--until-end",
            "--format",
            "geojson",
            "--country",
            "SY",
        ],
    ))
    .await;
    let map: serde_json::Value = serde_json::from_str(&map).expect("GeoJSON");
    assert_eq!(map["features"].as_array().expect("features").len(), 10);

    // A reader that goes away after the first line: a quiet end, status 0.
    let script = format!(
        "{} tail --config {} --from-beginning --until-end --json | head -n 1",
        env!("CARGO_BIN_EXE_sitrep"),
        setup.config.display()
    );
    let output = tokio::process::Command::new("bash")
        .args(["-o", "pipefail", "-c", &script])
        .output()
        .await
        .expect("bash");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(
        stderr.trim().is_empty(),
        "nothing to say about a closed pipe: {stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_follower_waits_out_the_broker_and_writes_its_geojson_on_sigterm() {
    let setup = setup().await;
    produce(&setup, 0..5, "IQ").await;

    let mut follower = tail(&setup.config, &["--from-beginning", "--json"])
        .spawn()
        .expect("tail");
    let mut lines = tokio::io::BufReader::new(follower.stdout.take().expect("stdout")).lines();
    let mut errors = tokio::io::BufReader::new(follower.stderr.take().expect("stderr")).lines();
    for _ in 0..5 {
        next_line(&mut lines).await;
    }

    // The broker goes away: one line says so, and the tail keeps trying.
    setup.proxy.cut();
    loop {
        let said = next_line(&mut errors).await;
        if said.contains("retrying") {
            break;
        }
    }
    setup.proxy.restore();
    produce(&setup, 5..8, "IQ").await;
    for _ in 5..8 {
        let line: String = next_line(&mut lines).await;
        assert!(line.contains("evt_"), "{line}");
    }
    sigterm(&follower);
    let status = tokio::time::timeout(Duration::from_secs(60), follower.wait())
        .await
        .expect("stops on SIGTERM")
        .expect("wait");
    assert!(status.success(), "{status:?}");

    // GeoJSON is written whenever the tail ends, SIGTERM included.
    let mut mapper = tail(&setup.config, &["--from-beginning", "--format", "geojson"])
        .spawn()
        .expect("tail");
    // Its connection through the proxy shows it is past start-up (signals handled).
    let (before, _) = setup.proxy.num_connections();
    while setup.proxy.num_connections().0 == before {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    sigterm(&mapper);
    let mut stdout = String::new();
    mapper
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut stdout)
        .await
        .expect("read");
    let status = tokio::time::timeout(Duration::from_secs(60), mapper.wait())
        .await
        .expect("stops on SIGTERM")
        .expect("wait");
    assert!(status.success(), "{status:?}");
    let map: serde_json::Value = serde_json::from_str(&stdout).expect("GeoJSON on SIGTERM");
    assert_eq!(map["type"], "FeatureCollection");
}
