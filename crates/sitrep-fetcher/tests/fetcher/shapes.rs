//! The feed shape corpus (`tests/data/shapes/`): documents in the shapes real sites
//! publish, defects included, each with python feedparser's entry count in its manifest
//! (`make feed-shapes` writes it). sitrep must read at least 99% of the entries feedparser
//! reads over the corpus, and some entries of every file where feedparser reads some.

use sitrep_contract::{FeedId, FeedRef, RawItem};
use sitrep_fetcher::parse_feed;

use crate::harness::{fixture, now};

/// `(file, feedparser's count)`; `None` where feedparser raised on the file.
fn manifest() -> Vec<(String, Option<usize>)> {
    let text = String::from_utf8(fixture("shapes/MANIFEST.tsv")).expect("UTF-8 manifest");
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (name, count) = line.split_once('\t').expect("file<TAB>count");
            (name.to_owned(), count.parse().ok())
        })
        .collect()
}

fn read(name: &str) -> Result<Vec<RawItem>, String> {
    let url = format!("https://shapes.example/{name}");
    let feed = FeedRef {
        id: FeedId::for_feed(&url),
        url,
        name: None,
    };
    parse_feed(&feed, &fixture(&format!("shapes/{name}")), now(), 1000)
        .map_err(|error| error.to_string())
}

#[test]
fn sitrep_reads_what_feedparser_reads_over_the_shape_corpus() {
    let files = manifest();
    assert!(files.len() >= 40, "{} files", files.len());
    let (mut total_ours, mut total_theirs) = (0, 0);
    let mut lost = Vec::new();
    for (name, theirs) in &files {
        let ours = read(name).map_or(0, |items| items.len());
        println!(
            "{name:32} sitrep {ours:3}  feedparser {}",
            theirs.map_or("raised".to_owned(), |count| count.to_string())
        );
        match theirs {
            Some(theirs) => {
                total_ours += ours.min(*theirs);
                total_theirs += theirs;
                if ours == 0 && *theirs > 0 {
                    lost.push(format!("{name}: {:?}", read(name).err()));
                }
            }
            None if ours == 0 => lost.push(format!("{name}: {:?}", read(name).err())),
            None => {}
        }
    }
    println!(
        "shape corpus: sitrep read {total_ours} of the {total_theirs} entries feedparser read ({:.1}%) in {} files",
        100.0 * total_ours as f64 / total_theirs.max(1) as f64,
        files.len()
    );
    assert!(lost.is_empty(), "files read as empty: {lost:#?}");
    assert!(
        total_ours * 100 >= total_theirs * 99,
        "{total_ours} of {total_theirs} entries"
    );
}

/// One defect of the issue: the file reads with `num_items` items, flagged with `kind`.
fn check(name: &str, num_items: usize, kind: &str) -> Vec<RawItem> {
    let items = read(name).unwrap_or_else(|error| panic!("{name}: {error}"));
    assert_eq!(items.len(), num_items, "{name}");
    for item in &items {
        if kind.is_empty() {
            assert!(item.repaired.is_empty(), "{name}: {:?}", item.repaired);
        } else {
            assert!(
                item.repaired.iter().any(|found| found == kind),
                "{name}: {:?}",
                item.repaired
            );
        }
    }
    items
}

fn titled<'a>(items: &'a [RawItem], start: &str) -> &'a RawItem {
    items
        .iter()
        .find(|item| item.title.as_deref().is_some_and(|t| t.starts_with(start)))
        .unwrap_or_else(|| panic!("no title starting {start:?}"))
}

#[test]
fn old_and_odd_formats_give_their_entries() {
    check("rss090.rdf", 5, "namespace");
    check("rss090_channel_ns.rdf", 3, "namespace");
    check("rss2_userland_ns.xml", 5, "namespace");
    let items = check("atom03_typepad.xml", 5, "namespace");
    // Atom 0.3's `issued` is the publication date.
    assert_eq!(
        items[0].published.map(|date| date.to_rfc3339()).as_deref(),
        Some("2004-01-10T13:00:00+00:00")
    );
    assert!(items[0]
        .content
        .as_deref()
        .is_some_and(|c| c.contains("<p>")));
    check("atom03_summary_xhtml.xml", 4, "namespace");
    check("rss093.xml", 4, "rss_version");
    check("rss094.xml", 3, "rss_version");
    check("rss_no_version.xml", 4, "rss_version");
    check("atom_odd_types.xml", 4, "text_type");
    let items = check("atom_xhtml_title.xml", 4, "");
    let xhtml = items[1].title.as_deref().unwrap_or_default();
    assert!(
        xhtml.contains("Council approves") && xhtml.contains("update"),
        "{xhtml}"
    );
}

#[test]
fn bad_bytes_are_read_by_evidence() {
    let items = check("stray_cp1252_byte.xml", 5, "stray_bytes");
    let drought = titled(&items, "Drought");
    assert!(
        drought
            .summary
            .as_deref()
            .is_some_and(|s| s.contains("east\u{e9}\u{e9} expect\u{2019}s")),
        "{:?}",
        drought.summary
    );
    let items = check("latin1_undeclared.xml", 4, "undeclared_charset");
    assert!(items[0]
        .summary
        .as_deref()
        .is_some_and(|s| s.starts_with("Informaci\u{f3}n de la regi\u{f3}n")));
    let items = check("utf8_labelled_latin1.xml", 4, "charset_label");
    assert_eq!(items[0].feed.name.as_deref(), Some("Z\u{fc}rcher Notizen"));
    assert!(items[0]
        .summary
        .as_deref()
        .is_some_and(|s| s.starts_with("M\u{e4}rz \u{2014}")));
}

#[test]
fn bare_ampersands_and_bad_references_lose_nothing() {
    let items = check("bare_amp_link.xml", 4, "bare_ampersand");
    assert_eq!(
        items[2].link.as_deref(),
        Some("https://qlinks.example/view.php?id=2&section=world")
    );
    let items = check("bare_amp_description.xml", 4, "bare_ampersand");
    assert!(items[1]
        .summary
        .as_deref()
        .is_some_and(|s| s.ends_with("Prices & wages rose.")));
    // The title stays the title: it is not replaced by the body's first sentence.
    let items = check("bare_amp_title.xml", 4, "bare_ampersand");
    assert_eq!(
        items[1].title.as_deref(),
        Some("Council & utility approve a new water plant")
    );
    check("char_ref_nul.xml", 4, "bad_char_ref");
    check("char_ref_surrogate.xml", 4, "bad_char_ref");
    let items = check("html_entities.xml", 5, "undefined_entity");
    assert!(
        titled(&items, "Talks").title.as_deref()
            == Some("Talks on the port lease resume \u{2019}today\u{2019}")
    );
}

#[test]
fn broken_markup_keeps_the_entries_it_holds() {
    // The third entry, cut off by the end of the document, is left out.
    check("truncated.xml", 2, "skipped_entries");
    check("php_notice_before.xml", 4, "outside_root");
    check("mismatched_tags.xml", 4, "unclosed_element");
    check("unescaped_html.xml", 4, "unclosed_element");
}
