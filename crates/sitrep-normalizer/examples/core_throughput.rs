//! Normalizer core throughput on one core: `cargo run --release -p sitrep-normalizer
//! --example core_throughput [NUM_ITEMS]` (or `make bench-normalizer`). Normalizes a typical
//! ~2 KB HTML description repeatedly, single-threaded, and prints items per second
//! (issue 4's target: 20,000 items/s per core): once as most feeds send it (declaring
//! their language), once with no declared language (full whatlang detection on every
//! item), and once more through the dedup memory as the service runs it.

use std::time::Instant;

use chrono::{DateTime, Utc};
use sitrep_contract::fixtures::raw_item;
use sitrep_contract::RawItem;
use sitrep_normalizer::{normalize, DedupMemory};

const PARAGRAPH: &str = "<p>KYIV, March 3 (Reuters) - Russian drones struck energy facilities in \
    the capital overnight, officials said on Tuesday, in the latest wave of attacks on \
    Ukraine&#8217;s power grid. <a href=\"https://example.com/x?utm_source=rss\">Air defences</a> \
    shot down most of the <b>drones</b>, the air force said.</p>\n";

fn main() {
    let num_items: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(20_000);
    let description = format!(
        "{}<div class=\"share\"><a href=\"#\">Share</a></div><img src=\"https://px.example/t.gif\" width=\"1\">",
        PARAGRAPH.repeat(6)
    );
    let feed_url = "https://wire.example.com/world.rss";
    let fetched_at: DateTime<Utc> = Utc::now();
    // The contract's fixture entry, with a wire headline and published when fetched.
    let items: Vec<RawItem> = (0..num_items.min(1000))
        .map(|index| {
            let link = format!("https://wire.example.com/story/{index}?utm_source=rss");
            RawItem {
                title: Some("Russian drones strike Kyiv energy sites &#8211; officials".to_owned()),
                fetched_at,
                published: Some(fetched_at),
                ..raw_item(feed_url, &format!("guid-{index}"), &link, &description)
            }
        })
        .collect();
    println!("description: {} bytes of HTML", description.len());
    let rate = measure(num_items, &items, |item| normalize(item).is_ok());
    println!("core, feed declares its language:  {rate:>8.0} items/s");
    let undeclared: Vec<RawItem> = items
        .iter()
        .cloned()
        .map(|mut item| {
            item.language = None;
            item
        })
        .collect();
    let rate = measure(num_items, &undeclared, |item| normalize(item).is_ok());
    println!("core, no declared language:        {rate:>8.0} items/s");
    let mut memory = DedupMemory::new(100_000);
    let rate = measure(num_items, &items, |item| match normalize(item) {
        Ok(mut article) => {
            memory.observe(&mut article);
            true
        }
        Err(_) => false,
    });
    println!("core + dedup memory (declared):    {rate:>8.0} items/s");
}

/// Items per second of `work` over `num_items` items, after a short warm-up.
fn measure(num_items: usize, items: &[RawItem], mut work: impl FnMut(&RawItem) -> bool) -> f64 {
    for item in items.iter().take(100) {
        work(item);
    }
    let started = Instant::now();
    let mut num_ok = 0usize;
    for index in 0..num_items {
        if work(&items[index % items.len()]) {
            num_ok += 1;
        }
    }
    num_ok as f64 / started.elapsed().as_secs_f64()
}
