//! `sitrep-loadtest`: the end-to-end benchmark (`make bench-e2e`), and the two helpers the
//! container tests run inside containers.
//!
//! `sitrep-loadtest [--feeds N] [--items M] [--rate R] [--latency-secs S]
//! [--kafka-property KEY=VALUE]... [--no-push]` runs the
//! three `sitrep` services (found next to this binary, or at `$SITREP_BIN`) against tansu
//! (`$TANSU_BIN`, else `.tools/bin/tansu`) and prints what it measured.
//!
//! `sitrep-loadtest scale [--feeds N] [--replicas R] [--items M] [--hosts H]
//! [--partitions P] [--poll-interval-secs S]` is `make bench-scale`: N feeds over R
//! fetcher processes in one group ([`sitrep_loadtest::scale`]).
//!
//! `sitrep-loadtest feed-host --listen ADDR --base-url URL --feeds N --items M --rate R`
//! serves generated feeds until SIGTERM, taking orders at `/control/…`
//! ([`sitrep_loadtest::feed_host::FeedHost::start_remote`]).
//!
//! `sitrep-loadtest dump-topics --bootstrap HOST:PORT TOPIC...` prints every message of
//! the topics as JSON lines ([`sitrep_loadtest::containers::DumpedRecord`]), for a reader
//! that cannot reach the broker's advertised address itself; `sitrep-loadtest produce
//! --bootstrap HOST:PORT --topic T --key K --payload TEXT` produces one message there (a
//! malformed one, for the dead-letter path).

use anyhow::Context as _;
use sitrep_loadtest::bench::{run, BenchOptions};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1).peekable();
    match args.peek().map(String::as_str) {
        Some("feed-host") => {
            args.next();
            feed_host(args).await
        }
        Some("scale") => {
            args.next();
            let options = parse_scale_args(args)?;
            sitrep_loadtest::scale::run_scale(&options, |text| println!("{text}")).await?;
            Ok(())
        }
        Some("dump-topics") => {
            args.next();
            dump_topics(args).await
        }
        Some("produce") => {
            args.next();
            produce(args).await
        }
        _ => {
            let options = parse_args(args)?;
            run(&options, |text| println!("{text}")).await
        }
    }
}

/// `--flag value` pairs, each flag once.
fn flag_values(
    args: impl Iterator<Item = String>,
    known: &[&str],
) -> anyhow::Result<(std::collections::HashMap<String, String>, Vec<String>)> {
    let mut values = std::collections::HashMap::new();
    let mut rest = Vec::new();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        if !arg.starts_with("--") {
            rest.push(arg);
            continue;
        }
        anyhow::ensure!(
            known.contains(&arg.as_str()),
            "unknown argument {arg:?} (known: {})",
            known.join(" ")
        );
        let value = args
            .next()
            .with_context(|| format!("{arg} needs a value"))?;
        values.insert(arg, value);
    }
    Ok((values, rest))
}

async fn feed_host(args: impl Iterator<Item = String>) -> anyhow::Result<()> {
    use sitrep_loadtest::feed_host::{FeedHost, Schedule};
    let (values, rest) = flag_values(
        args,
        &["--listen", "--base-url", "--feeds", "--items", "--rate"],
    )?;
    anyhow::ensure!(rest.is_empty(), "feed-host: unexpected {rest:?}");
    let value = |flag: &str| {
        values
            .get(flag)
            .with_context(|| format!("feed-host needs {flag}"))
    };
    let number = |flag: &str| -> anyhow::Result<f64> {
        let text = value(flag)?;
        text.parse::<f64>()
            .ok()
            .filter(|n| *n > 0.0)
            .with_context(|| format!("{flag} {text:?}: not a positive number"))
    };
    let (num_feeds, items_per_feed) = (number("--feeds")? as usize, number("--items")? as usize);
    let listener = tokio::net::TcpListener::bind(value("--listen")?)
        .await
        .with_context(|| format!("--listen {}", value("--listen").unwrap_or(&String::new())))?;
    let corpus = sitrep_loadtest::corpus::generate(num_feeds, items_per_feed, chrono::Utc::now());
    let host = FeedHost::start_remote(
        listener,
        value("--base-url")?,
        corpus,
        Schedule::Rate(number("--rate")?),
    );
    println!(
        "feed host on {}: {num_feeds} feeds x {items_per_feed} items, POST /control/start to begin",
        host.local_addr()
    );
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = terminate.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    Ok(())
}

fn parse_scale_args(
    args: impl Iterator<Item = String>,
) -> anyhow::Result<sitrep_loadtest::scale::ScaleOptions> {
    let known = [
        "--feeds",
        "--replicas",
        "--items",
        "--hosts",
        "--partitions",
        "--poll-interval-secs",
    ];
    let (values, rest) = flag_values(args, &known)?;
    anyhow::ensure!(
        rest.is_empty(),
        "scale: unexpected {rest:?} (known: {})",
        known.join(" ")
    );
    let number = |flag: &str, default: usize| -> anyhow::Result<usize> {
        values.get(flag).map_or(Ok(default), |text| {
            text.parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .with_context(|| format!("{flag} {text:?}: not a positive number"))
        })
    };
    let defaults = sitrep_loadtest::scale::ScaleOptions::default();
    Ok(sitrep_loadtest::scale::ScaleOptions {
        num_feeds: number("--feeds", defaults.num_feeds)?,
        num_replicas: number("--replicas", defaults.num_replicas)?,
        items_per_feed: number("--items", defaults.items_per_feed)?,
        num_hosts: number("--hosts", defaults.num_hosts)?,
        partitions: i32::try_from(number("--partitions", defaults.partitions as usize)?)?,
        poll_interval_secs: number("--poll-interval-secs", defaults.poll_interval_secs as usize)?
            as u64,
        log_level: defaults.log_level,
        idle_secs: defaults.idle_secs,
    })
}

async fn dump_topics(args: impl Iterator<Item = String>) -> anyhow::Result<()> {
    let (values, topics) = flag_values(args, &["--bootstrap"])?;
    let bootstrap = values
        .get("--bootstrap")
        .context("dump-topics needs --bootstrap")?;
    anyhow::ensure!(!topics.is_empty(), "dump-topics needs at least one topic");
    for topic in &topics {
        for record in sitrep_testkit::read_topic(bootstrap, topic).await {
            let line = sitrep_loadtest::containers::DumpedRecord::new(topic, &record);
            println!("{}", serde_json::to_string(&line)?);
        }
    }
    Ok(())
}

fn parse_args(args: impl Iterator<Item = String>) -> anyhow::Result<BenchOptions> {
    let mut options = BenchOptions::default();
    let mut args = args.peekable();
    while let Some(flag) = args.next() {
        if flag == "--help" || flag == "-h" {
            println!(
                "usage: sitrep-loadtest [--feeds N] [--items M] [--rate ITEMS_PER_SEC] \
                 [--latency-secs S] [--kafka-property KEY=VALUE]... [--no-push]\n\
                 --no-push skips the third run (the latency run with WebSub push)"
            );
            std::process::exit(0);
        }
        if flag == "--no-push" {
            options.push = false;
            continue;
        }
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a value"))?;
        let bad = || format!("{flag} {value:?}: not a positive number");
        match flag.as_str() {
            "--feeds" => {
                options.num_feeds = value.parse().ok().filter(|n| *n > 0).with_context(bad)?
            }
            "--items" => {
                options.items_per_feed = value.parse().ok().filter(|n| *n > 0).with_context(bad)?
            }
            "--rate" => {
                options.latency_rate = value
                    .parse()
                    .ok()
                    .filter(|n: &f64| *n > 0.0)
                    .with_context(bad)?
            }
            "--latency-secs" => {
                options.latency_secs = value
                    .parse()
                    .ok()
                    .filter(|n: &f64| *n > 0.0)
                    .with_context(bad)?
            }
            "--kafka-property" => {
                let (key, property) = value
                    .split_once('=')
                    .filter(|(key, _)| !key.trim().is_empty())
                    .with_context(|| format!("{flag} {value:?}: write KEY=VALUE"))?;
                options
                    .kafka_properties
                    .push((key.trim().to_owned(), property.trim().to_owned()));
            }
            _ => anyhow::bail!("unknown argument {flag:?} (try --help)"),
        }
    }
    Ok(options)
}

async fn produce(args: impl Iterator<Item = String>) -> anyhow::Result<()> {
    let (values, rest) = flag_values(args, &["--bootstrap", "--topic", "--key", "--payload"])?;
    anyhow::ensure!(rest.is_empty(), "produce: unexpected {rest:?}");
    let value = |flag: &str| {
        values
            .get(flag)
            .with_context(|| format!("produce needs {flag}"))
    };
    let producer = sitrep_loadtest::topics::producer(value("--bootstrap")?);
    sitrep_loadtest::topics::produce(
        &producer,
        value("--topic")?,
        value("--key")?,
        value("--payload")?.as_bytes(),
    )
    .await;
    Ok(())
}
