//! Measures start-up time and articles per second on one core over the seed
//! article and short wire stories: `cargo run --release -p sitrep-classifier --example throughput`.

use std::time::Instant;

use chrono::Utc;
use sitrep_classifier::Classifier;
use sitrep_contract::{fixtures, Article};

fn article(url: &str, title: &str, body: &str) -> Article {
    fixtures::article(url, "2020-03-12T23:00:00Z", title, body)
}

fn main() {
    let started = Instant::now();
    let classifier = Classifier::load_default().expect("bundled data loads");
    println!(
        "start-up: {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );

    let seed = include_str!("../tests/data/seed_cnn.txt");
    let seed_body: Vec<&str> = seed
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .collect();
    let articles = [
        article("https://example.org/seed", "US strikes Iranian-backed militia sites in Iraq", &seed_body.join("\n\n")),
        article(
            "https://example.org/somalia",
            "Suicide bomber kills six at Mogadishu checkpoint",
            "MOGADISHU, March 7 (SW) - A suicide bomber blew himself up at a police checkpoint near the parliament building in Mogadishu on Saturday, killing at least six people and wounding 11 others, police said.\n\nAl-Shabaab claimed responsibility for the attack in a statement broadcast on its radio station.",
        ),
        article(
            "https://example.org/markets",
            "Oil prices crash as Saudi Arabia and Russia start price war",
            "LONDON, March 9 (SW) - Oil prices suffered their biggest one-day fall since 1991 on Monday after Saudi Arabia launched a price war against Russia, sending stock markets into a tailspin.",
        ),
    ];
    let bytes: usize = articles.iter().map(|a| a.title.len() + a.body.len()).sum();
    let now = Utc::now();
    let rounds = 3000;
    let started = Instant::now();
    let mut events = 0;
    for _ in 0..rounds {
        for article in &articles {
            events += classifier.classify(article, now).len();
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let count = rounds * articles.len();
    println!(
        "{count} articles ({} bytes on average), {events} events: {:.0} articles/s, {:.1} MB/s",
        bytes / articles.len(),
        count as f64 / elapsed,
        (rounds * bytes) as f64 / elapsed / 1e6
    );
}
