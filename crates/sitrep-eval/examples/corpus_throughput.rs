//! The classifier's benchmark (`make bench-classifier`): start-up time with the gazetteer,
//! then articles classified per second on a CPU over three sets, each on its own line:
//!
//! - the seed article and two short wire stories (about 1 KB on average);
//! - every article of `tests/data/corpus` (dev and held, normalized as the pipeline would);
//! - 1-3 KB articles made of consecutive corpus stories, as a roundup is written (the
//!   size the classifier issue's floor of 5,000 articles a second is set for);
//!
//! and the peak resident set of the process, all on mimalloc, the `sitrep` binary's
//! allocator. The rates are per second of CPU time of the measuring thread, which holds on
//! a machine shared with other work; the wall-clock rate beside them does not. Last, a digest of every event of every set as JSON (classified
//! at a fixed time): a change made for speed must leave it as it was.
//!
//! `cargo run --release -p sitrep-eval --example corpus_throughput [ROUNDS]`

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sitrep_classifier::Classifier;
use sitrep_contract::{fixtures, Article};

/// The allocator the `sitrep` binary runs on, so the rates are the service's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

/// The time this thread has spent on a CPU (`/proc/thread-self/schedstat`, in
/// nanoseconds; Linux only, zero elsewhere).
fn thread_cpu_time() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

fn total_bytes(articles: &[&Article]) -> usize {
    articles.iter().map(|a| a.title.len() + a.body.len()).sum()
}

/// Classifies `articles` `rounds` times over and prints the rates.
fn measure(label: &str, classifier: &Classifier, articles: &[&Article], rounds: usize) {
    if articles.is_empty() {
        println!("{label}: no articles");
        return;
    }
    let bytes = total_bytes(articles);
    let now = Utc::now();
    let started = Instant::now();
    let cpu_started = thread_cpu_time();
    let mut num_events = 0usize;
    for _ in 0..rounds {
        for article in articles {
            num_events += classifier.classify(article, now).len();
        }
    }
    let on_cpu = thread_cpu_time().saturating_sub(cpu_started).as_secs_f64();
    let elapsed = started.elapsed().as_secs_f64();
    let count = rounds * articles.len();
    println!(
        "{label}: {} articles of {} bytes on average, {count} classified ({num_events} events)",
        articles.len(),
        bytes / articles.len(),
    );
    if on_cpu > 0.0 {
        println!(
            "  {on_cpu:.2} s on a CPU: {:.0} articles per CPU second, {:.1} MB per CPU second",
            count as f64 / on_cpu,
            (rounds * bytes) as f64 / on_cpu / 1e6,
        );
    }
    println!(
        "  {elapsed:.2} s by the clock: {:.0} articles/s (depends on what else runs)",
        count as f64 / elapsed
    );
}

/// The seed article and two short wire stories, published as the seed was.
fn short_stories() -> Vec<Article> {
    let article = |url: &str, title: &str, body: &str| {
        fixtures::article(url, "2020-03-12T23:00:00Z", title, body)
    };
    let seed_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../sitrep-classifier/tests/data/seed_cnn.txt");
    let seed = std::fs::read_to_string(&seed_path).unwrap_or_else(|error| {
        eprintln!("corpus_throughput: {}: {error}", seed_path.display());
        std::process::exit(1);
    });
    // The seed's first line names the outlet; its paragraphs follow, one a line.
    let seed_body: Vec<&str> = seed
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .collect();
    vec![
        article(
            "https://example.org/seed",
            "US strikes Iranian-backed militia sites in Iraq",
            &seed_body.join("\n\n"),
        ),
        article(
            "https://example.org/somalia",
            "Suicide bomber kills six at Mogadishu checkpoint",
            "MOGADISHU, March 7 (SW) - A suicide bomber blew himself up at a police checkpoint \
             near the parliament building in Mogadishu on Saturday, killing at least six people \
             and wounding 11 others, police said.\n\nAl-Shabaab claimed responsibility for the \
             attack in a statement broadcast on its radio station.",
        ),
        article(
            "https://example.org/markets",
            "Oil prices crash as Saudi Arabia and Russia start price war",
            "LONDON, March 9 (SW) - Oil prices suffered their biggest one-day fall since 1991 on \
             Monday after Saudi Arabia launched a price war against Russia, sending stock \
             markets into a tailspin.",
        ),
    ]
}

/// Articles of 1-3 KB made the way a roundup is: consecutive corpus stories, each after
/// the first as a paragraph of its title and body, until the article passes 1 KB (those
/// that end past 3 KB are left out).
fn roundups(stories: &[&Article]) -> Vec<Article> {
    let mut made: Vec<Article> = Vec::new();
    let mut current: Option<Article> = None;
    for story in stories {
        let grown = match current.take() {
            None => (*story).clone(),
            Some(mut roundup) => {
                roundup.body.push_str("\n\n");
                roundup.body.push_str(&story.title);
                roundup.body.push_str(". ");
                roundup.body.push_str(&story.body);
                roundup
            }
        };
        if grown.title.len() + grown.body.len() >= 1024 {
            made.push(grown);
        } else {
            current = Some(grown);
        }
    }
    made.retain(|a| a.title.len() + a.body.len() <= 3072);
    made
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(20);
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
    let corpus: Vec<&Article> = cases.iter().map(|case| &case.article).collect();
    let short = short_stories();
    let short: Vec<&Article> = short.iter().collect();
    let sized = roundups(&corpus);
    let sized: Vec<&Article> = sized.iter().collect();

    // Every set gets about as many bytes as the whole corpus `rounds` times over, so
    // each run takes about as long.
    let corpus_bytes = rounds * total_bytes(&corpus);
    let rounds_for = |set: &[&Article]| corpus_bytes.div_ceil(total_bytes(set).max(1));
    measure(
        "seed and short stories",
        &classifier,
        &short,
        rounds_for(&short),
    );
    measure("whole corpus", &classifier, &corpus, rounds);
    measure(
        "roundups of corpus stories, 1-3 KB",
        &classifier,
        &sized,
        rounds_for(&sized),
    );
    println!(
        "peak resident set: {:.0} MB (floor: 5,000 articles per CPU second for 1-3 KB; \
         start-up under 2 s, under 300 MB)",
        status_mb("VmHWM:")
    );
    println!(
        "digest of the events: {:016x}",
        digest(&classifier, [&short, &corpus, &sized])
    );
}

/// A hash of every event of the sets as JSON, classified at a fixed time.
fn digest<const N: usize>(classifier: &Classifier, sets: [&[&Article]; N]) -> u64 {
    let classified_at: DateTime<Utc> = DateTime::UNIX_EPOCH;
    let mut hasher = DefaultHasher::new();
    for article in sets.into_iter().flatten() {
        for event in classifier.classify(article, classified_at) {
            match serde_json::to_vec(&event) {
                Ok(json) => hasher.write(&json),
                Err(error) => {
                    eprintln!("corpus_throughput: an event does not serialize: {error}");
                    std::process::exit(1);
                }
            }
        }
        hasher.write_u8(b'\n');
    }
    hasher.finish()
}
