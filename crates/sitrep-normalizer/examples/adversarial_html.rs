//! How long the normalizer takes on hostile documents: 4 MB each (the field limit) of
//! deep nesting, unclosed tags, attribute floods, entity chains, stray end tags and the
//! like, through `html_to_text` and through the whole `normalize` of an item that carries
//! the document as its content. Prints seconds and MB/s per shape; asserts nothing. The
//! budget is a second per 4 MB document on one core.
//!
//! For scale, the same shapes at 512 KB through html5ever's tree builder (what the
//! normalizer used before), whose scope checks grow with the nesting.
//!
//! `cargo run --release -p sitrep-normalizer --example adversarial_html [MB]`

use std::time::{Duration, Instant};

use chrono::Utc;
use sitrep_contract::fixtures::raw_item;
use sitrep_contract::RawItem;
use sitrep_normalizer::{html_to_text, normalize};

/// `unit` repeated to `num_bytes`, between `head` and `tail`.
fn fill(head: &str, unit: &str, tail: &str, num_bytes: usize) -> String {
    let count = num_bytes.saturating_sub(head.len() + tail.len()) / unit.len().max(1);
    let mut text = String::with_capacity(num_bytes);
    text.push_str(head);
    for _ in 0..count {
        text.push_str(unit);
    }
    text.push_str(tail);
    text
}

/// The hostile shapes, each `num_bytes` long.
fn shapes(num_bytes: usize) -> Vec<(&'static str, String)> {
    let half = num_bytes / 2;
    let nested = |open: &str, close: &str| {
        let count = half / open.len().max(close.len());
        format!("{}deep{}", open.repeat(count), close.repeat(count))
    };
    let spans = "<span>".repeat(127);
    vec![
        ("nested div", nested("<div>", "</div>")),
        ("unclosed div", fill("", "<div>", "text", num_bytes)),
        ("unclosed p span", fill("", "<p><span>x", "", num_bytes)),
        ("nested b (formatting)", nested("<b>", "</b>")),
        ("unclosed a", fill("", "<a href=x>y", "", num_bytes)),
        (
            "nested table cells",
            fill("", "<table><tr><td>", "x", num_bytes),
        ),
        ("li storm", fill("<ul>", "<li>x", "</ul>", num_bytes)),
        (
            "hidden nesting",
            fill("", "<div class=share>", "x", num_bytes),
        ),
        (
            "attribute flood",
            fill("<div ", "a=1 ", ">x</div>", num_bytes),
        ),
        (
            "attributes on many tags",
            fill("", "<span a=1 b='2' c=\"3\" d e>x</span>", "", num_bytes),
        ),
        ("stray end tags", fill(&spans, "</div>", "x", num_bytes)),
        ("unmatched end tags", fill(&spans, "</q>", "x", num_bytes)),
        ("entity flood", fill("", "&amp;", "", num_bytes)),
        (
            "entity chain",
            fill("&", "amp;", "lt;p&amp;gt;x", num_bytes),
        ),
        (
            "numeric entities",
            fill("", "&#x1F600;&#8217;", "", num_bytes),
        ),
        ("bare ampersands", fill("", "&", "", num_bytes)),
        ("less-than flood", fill("", "<", "", num_bytes)),
        ("cut-off tags", fill("", "<a ", "", num_bytes)),
        ("comments", fill("", "<!-- x -->y", "", num_bytes)),
        ("unclosed comment", fill("<!--", "x", "", num_bytes)),
        ("long script", fill("<script>", "x<y", "", num_bytes)),
        ("escaped nested div", {
            let count = half / 15;
            format!(
                "{}deep{}",
                "&lt;div&gt;".repeat(count),
                "&lt;/div&gt;".repeat(count)
            )
        }),
        ("cdata", fill("", "<![CDATA[x]]>", "", num_bytes)),
    ]
}

/// The shortest of three runs of `f`.
fn best_of_three(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The contract's fixture entry carrying `content` as its only text, unpublished and fetched
/// now.
fn item(content: String) -> RawItem {
    RawItem {
        title: Some("A hostile entry".to_owned()),
        summary: None,
        content: Some(content),
        fetched_at: Utc::now(),
        published: None,
        ..raw_item(
            "https://wire.example/rss",
            "hostile",
            "https://wire.example/hostile",
            "",
        )
    }
}

fn main() {
    let mb: f64 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(4.0);
    let num_bytes = (mb * 1024.0 * 1024.0) as usize;
    println!("hostile HTML, {mb} MB each, one core (best of three)");
    println!(
        "{:<26} {:>12} {:>10} {:>14}",
        "shape", "html_to_text", "MB/s", "normalize"
    );
    let mut slowest = Duration::ZERO;
    for (name, document) in shapes(num_bytes) {
        let megabytes = document.len() as f64 / (1024.0 * 1024.0);
        let text = best_of_three(|| {
            std::hint::black_box(html_to_text(std::hint::black_box(&document)));
        });
        let raw = item(document);
        let whole = best_of_three(|| {
            let _ = std::hint::black_box(normalize(std::hint::black_box(&raw)));
        });
        slowest = slowest.max(whole);
        println!(
            "{name:<26} {:>10.3} s {:>10.1} {:>12.3} s",
            text.as_secs_f64(),
            megabytes / text.as_secs_f64().max(1e-9),
            whole.as_secs_f64()
        );
    }
    println!(
        "slowest normalize: {:.3} s for {mb} MB (budget: 1 s per 4 MB)",
        slowest.as_secs_f64()
    );

    println!("\nfor scale, html5ever's tree builder alone (the parser before), nesting at 128 and 512 KB:");
    for shape in ["nested div", "unclosed div", "attribute flood"] {
        let mut line = format!("{shape:<26}");
        for kilobytes in [128, 512] {
            let document = shapes(kilobytes * 1024)
                .into_iter()
                .find(|(name, _)| *name == shape)
                .map(|(_, document)| document)
                .unwrap_or_default();
            let started = Instant::now();
            std::hint::black_box(scraper::Html::parse_fragment(&document));
            line.push_str(&format!(
                " {kilobytes:>4} KB {:>8.3} s",
                started.elapsed().as_secs_f64()
            ));
        }
        println!("{line}");
    }
}
