//! `sitrep-loadtest`: the end-to-end benchmark (`make bench-e2e`).
//!
//! `sitrep-loadtest [--feeds N] [--items M] [--rate R] [--latency-secs S]
//! [--kafka-property KEY=VALUE]... [--no-push]` runs the
//! three `sitrep` services (found next to this binary, or at `$SITREP_BIN`) against tansu
//! (`$TANSU_BIN`, else `.tools/bin/tansu`) and prints what it measured.

use anyhow::Context as _;
use sitrep_loadtest::bench::{run, BenchOptions};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let options = parse_args(std::env::args().skip(1))?;
    run(&options, |text| println!("{text}")).await
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
