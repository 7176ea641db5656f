//! The classifier's benchmark over the labelled corpus: start-up time with the gazetteer,
//! articles per second on one core over every article of `tests/data/corpus` (dev and
//! held, normalized as the pipeline would), the same over 1-3 KB articles made of
//! consecutive corpus stories, and the peak resident set of the process.
//!
//! `cargo run --release -p sitrep-eval --example corpus_throughput [ROUNDS]`

use std::path::Path;
use std::time::Instant;

use chrono::Utc;
use sitrep_classifier::Classifier;
use sitrep_contract::Article;

/// A figure of /proc/self/status in MB (`VmHWM:` is the peak resident set); 0 elsewhere.
fn status_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with(field))
                .and_then(|line| line.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Classifies `articles` `rounds` times over; prints and returns articles/s.
fn measure(label: &str, classifier: &Classifier, articles: &[&Article], rounds: usize) {
    if articles.is_empty() {
        println!("{label}: no articles");
        return;
    }
    let bytes: usize = articles.iter().map(|a| a.title.len() + a.body.len()).sum();
    let now = Utc::now();
    let started = Instant::now();
    let mut num_events = 0usize;
    for _ in 0..rounds {
        for article in articles {
            num_events += classifier.classify(article, now).len();
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let count = rounds * articles.len();
    println!(
        "{label}: {} articles of {} bytes on average, {count} classified ({num_events} events) \
         in {elapsed:.2} s: {:.0} articles/s, {:.1} MB/s",
        articles.len(),
        bytes / articles.len(),
        count as f64 / elapsed,
        (rounds * bytes) as f64 / elapsed / 1e6,
    );
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(50);
    let started = Instant::now();
    let classifier = match Classifier::load_default() {
        Ok(classifier) => classifier,
        Err(error) => {
            eprintln!("corpus_throughput: the classifier's data did not load: {error}");
            std::process::exit(1);
        }
    };
    println!(
        "start-up (lexicons and gazetteer loaded and validated): {:.0} ms, resident {:.0} MB",
        started.elapsed().as_secs_f64() * 1000.0,
        status_mb("VmRSS:")
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus");
    let mut cases = Vec::new();
    for half in ["dev", "held"] {
        match sitrep_eval::load_corpus(&root.join(half)) {
            Ok(loaded) => cases.extend(loaded),
            Err(error) => {
                eprintln!("corpus_throughput: {error}");
                std::process::exit(1);
            }
        }
    }
    let all: Vec<&Article> = cases.iter().map(|case| &case.article).collect();
    measure("whole corpus", &classifier, &all, rounds);
    // Wire stories in the corpus are short (a lead and a paragraph or two), so 1-3 KB
    // articles are made the way a roundup is: consecutive stories as paragraphs of one.
    let mut roundups: Vec<Article> = Vec::new();
    let mut current: Option<Article> = None;
    for article in &all {
        let grown = match current.take() {
            None => (*article).clone(),
            Some(mut roundup) => {
                roundup.body.push_str("\n\n");
                roundup.body.push_str(&article.title);
                roundup.body.push_str(". ");
                roundup.body.push_str(&article.body);
                roundup
            }
        };
        if grown.title.len() + grown.body.len() >= 1024 {
            roundups.push(grown);
        } else {
            current = Some(grown);
        }
    }
    let sized: Vec<&Article> = roundups
        .iter()
        .filter(|a| a.title.len() + a.body.len() <= 3072)
        .collect();
    // As many bytes as the whole-corpus run, so both runs take about as long.
    let sized_bytes: usize = sized.iter().map(|a| a.title.len() + a.body.len()).sum();
    let all_bytes: usize = all.iter().map(|a| a.title.len() + a.body.len()).sum();
    let sized_rounds = (rounds * all_bytes).div_ceil(sized_bytes.max(1));
    measure(
        "roundups of corpus stories, 1-3 KB",
        &classifier,
        &sized,
        sized_rounds,
    );
    println!(
        "peak resident set: {:.0} MB (targets: 10,000 articles/s, start-up under 2 s, under 300 MB)",
        status_mb("VmHWM:")
    );
}
