//! The reader under generated input (the poison-input rule for the fetcher's parse step):
//! arbitrary bytes, and the documents of the shape corpus (`tests/data/shapes/`) mutated
//! (cut, spliced, bytes flipped, markup repeated), never panic; each gives entries or an
//! error of one line. `PROPTEST_CASES=5000 cargo test -p sitrep-fetcher --test fetcher
//! properties` runs them longer.

use proptest::prelude::*;
use sitrep_contract::{FeedId, FeedRef, RawItem};
use sitrep_fetcher::parse_feed;

use crate::harness::{fixture, now};

/// Cases per property: modest in CI (the suite runs in debug builds), more with `PROPTEST_CASES`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

const MAX_ENTRIES: usize = 50;

fn feed() -> FeedRef {
    let url = "https://shapes.example/generated";
    FeedRef {
        id: FeedId::for_feed(url),
        url: url.to_owned(),
        name: None,
    }
}

/// The shape corpus, read once.
fn shapes() -> &'static [Vec<u8>] {
    static SHAPES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    SHAPES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/shapes");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .expect("the shape corpus")
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name != "MANIFEST.tsv")
            .collect();
        names.sort();
        names
            .iter()
            .map(|name| fixture(&format!("shapes/{name}")))
            .collect()
    })
}

/// One edit of a document; positions are fractions of its length, so one strategy fits
/// every document.
#[derive(Debug, Clone)]
enum Mutation {
    /// Everything from here on is gone (a body cut short).
    Truncate(f64),
    /// A range removed.
    Delete(f64, f64),
    /// Bytes put in.
    Insert(f64, Vec<u8>),
    /// A range repeated many times in place (an element flood).
    Repeat(f64, f64, usize),
    /// One byte replaced.
    Replace(f64, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let fraction = 0.0..1.0f64;
    let markup = prop::sample::select(vec![
        b"<".to_vec(),
        b"&".to_vec(),
        b"]]>".to_vec(),
        b"<![CDATA[".to_vec(),
        b"</item>".to_vec(),
        b"<item><title>x</title>".to_vec(),
        b"<entry>".to_vec(),
        b"&#0;".to_vec(),
        b"&#xD800;".to_vec(),
        b"&nbsp;".to_vec(),
        b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>".to_vec(),
        b"&a;&a;&a;".to_vec(),
        vec![0xff, 0xfe],
        vec![0xe2, 0x82],
        vec![0],
        "\u{202e}\u{feff}".as_bytes().to_vec(),
    ]);
    prop_oneof![
        fraction.clone().prop_map(Mutation::Truncate),
        (fraction.clone(), 0.0..0.2f64).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (
            fraction.clone(),
            prop_oneof![markup, prop::collection::vec(any::<u8>(), 1..16)]
        )
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        (fraction.clone(), 0.0..0.05f64, 2..200usize)
            .prop_map(|(at, len, times)| Mutation::Repeat(at, len, times)),
        (fraction, any::<u8>()).prop_map(|(at, byte)| Mutation::Replace(at, byte)),
    ]
}

fn position(document: &[u8], fraction: f64) -> usize {
    ((document.len() as f64 * fraction) as usize).min(document.len())
}

fn apply(document: &mut Vec<u8>, mutation: &Mutation) {
    match mutation {
        Mutation::Truncate(at) => document.truncate(position(document, *at)),
        Mutation::Delete(at, len) => {
            let start = position(document, *at);
            let end = (start + position(document, *len)).min(document.len());
            document.drain(start..end);
        }
        Mutation::Insert(at, bytes) => {
            let at = position(document, *at);
            document.splice(at..at, bytes.iter().copied());
        }
        Mutation::Repeat(at, len, times) => {
            let start = position(document, *at);
            let end = (start + position(document, *len)).min(document.len());
            let range = document[start..end].to_vec();
            let copies: Vec<u8> = range
                .iter()
                .copied()
                .cycle()
                .take(range.len() * times)
                .collect();
            document.splice(end..end, copies);
        }
        Mutation::Replace(at, byte) => {
            if !document.is_empty() {
                let at = position(document, *at).min(document.len() - 1);
                document[at] = *byte;
            }
        }
    }
}

/// What every answer of the reader must be: entries of this feed within the limit, or a
/// one-line error naming the feed.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    match parse_feed(&feed(), bytes, now(), MAX_ENTRIES) {
        Ok(items) => {
            prop_assert!(items.len() <= MAX_ENTRIES, "{} entries", items.len());
            for item in &items {
                prop_assert_eq!(&item.schema, RawItem::SCHEMA);
                prop_assert_eq!(&item.feed.id, &feed().id);
            }
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(!message.contains('\n'), "a multi-line error: {message:?}");
            prop_assert!(
                message.contains("shapes.example"),
                "the error names no feed: {message:?}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(200)))]

    #[test]
    fn arbitrary_bytes_give_entries_or_a_one_line_error(
        bytes in prop::collection::vec(any::<u8>(), 0..2048)
    ) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_text_after_a_feed_prologue_gives_entries_or_a_one_line_error(
        prologue in prop::sample::select(vec![
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item><title>",
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"",
        ]),
        text in "\\PC{0,400}",
    ) {
        check(format!("{prologue}{text}").as_bytes())?;
    }

    #[test]
    fn mutated_real_documents_give_entries_or_a_one_line_error(
        index in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..5),
    ) {
        let shapes = shapes();
        let mut document = shapes[index.index(shapes.len())].clone();
        for mutation in &mutations {
            apply(&mut document, mutation);
        }
        check(&document)?;
    }
}
