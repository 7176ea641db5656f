//! Fuzzing in CI, bounded: proptest drives arbitrary and adversarial input through the
//! HTML path (`html_to_text`, `normalize`) and the date path (the fetcher's
//! `parse_timestamp`, then `publication_date`). cargo-fuzz needs a nightly toolchain; these
//! run on stable in `cargo test` in a few seconds. `PROPTEST_CASES=100000 cargo test -p
//! sitrep-normalizer --test fuzz` runs them longer.

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use proptest::prelude::*;
use sitrep_contract::fixtures::raw_item;
use sitrep_contract::{FeedRef, RawItem};
use sitrep_fetcher::parse_timestamp;
use sitrep_normalizer::{html_to_line, html_to_text, normalize, publication_date};

/// Cases per property: 300 in CI (a few seconds), more with `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(300)
}

/// The contract's fixture entry with these texts and link, from an unnamed feed, in no
/// declared language, unpublished and fetched now.
fn item(title: Option<String>, body: Option<String>, link: Option<String>) -> RawItem {
    let feed_url = "https://wire.example.com/rss";
    let fixture = raw_item(feed_url, "g", "", "");
    RawItem {
        feed: FeedRef {
            name: None,
            ..fixture.feed.clone()
        },
        fetched_at: Utc::now(),
        link,
        title,
        summary: None,
        content: body,
        published: None,
        language: None,
        ..fixture
    }
}

/// Broken HTML: tags opened and closed out of order, unclosed, with attributes that hide
/// or mark widgets, entities valid and invalid (surrogates, out of range, no `;`),
/// CDATA, comments, doctype and text in several scripts.
fn broken_html() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "p", "div", "span", "a", "b", "br", "li", "ul", "table", "td", "tr", "script", "style",
        "img", "svg", "iframe", "noscript", "template", "h1", "pre", "figure", "form", "html",
        "body", "head", "title", "select", "option", "textarea", "math", "frameset",
    ]);
    let attribute = prop::sample::select(vec![
        "",
        " class=\"share-buttons\"",
        " style=\"display : NONE\"",
        " hidden",
        " aria-hidden=\"true\"",
        " href=\"http://feeds.feedburner.com/~ff/x\"",
        " id=\"a\" id=\"b\"",
        " data-x='<p>'",
        " class",
    ]);
    let piece = prop_oneof![
        (tag.clone(), attribute).prop_map(|(tag, attribute)| format!("<{tag}{attribute}>")),
        tag.clone().prop_map(|tag| format!("</{tag}>")),
        tag.prop_map(|tag| format!("<{tag}")),
        prop::sample::select(vec![
            "&amp;",
            "&lt;p&gt;",
            "&#8217;",
            "&#xD800;",
            "&#0;",
            "&#1114112;",
            "&#x110000;",
            "&#99999999999;",
            "&amp",
            "&notanentity;",
            "&#;",
            "&#x;",
            "&AMP;",
            "&amp;amp;lt;",
            "<![CDATA[",
            "]]>",
            "<!--",
            "-->",
            "<!DOCTYPE html>",
            "<?xml version=\"1.0\"?>",
            "\u{fffd}",
            "\u{202e}",
            "\u{200d}",
            "\r\n\r\n",
            "\r",
            "\t",
            "\u{0}",
            "\u{85}",
            "KYIV, March 3 (Reuters) - ",
            "شنت الولايات المتحدة",
            "👩‍👩‍👧",
            "e\u{301}",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z ,.]{0,20}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Dates as feeds write them: RFC 3339, RFC 2822, zone abbreviations, foreign weekdays,
/// missing parts, and near misses.
fn date_like() -> impl Strategy<Value = String> {
    let weekday = prop::sample::select(vec!["", "Thu, ", "Donnerstag, ", "jeu., ", "Xyz, "]);
    let month = prop::sample::select(vec!["Jan", "Mar", "March", "Dec", "Foo", "MAR"]);
    let zone = prop::sample::select(vec![
        "GMT", "UTC", "Z", "EST", "CEST", "IST", "AEST", "+0530", "+05:30", "-1200", "+9999",
        "AST", "", "ZZZ",
    ]);
    prop_oneof![
        (
            weekday,
            0u32..40,
            month,
            0i32..10_000,
            0u32..30,
            0u32..70,
            0u32..70,
            zone
        )
            .prop_map(|(weekday, day, month, year, hour, minute, second, zone)| {
                format!("{weekday}{day} {month} {year} {hour:02}:{minute:02}:{second:02} {zone}")
            }),
        (
            0i32..10_000,
            0u32..14,
            0u32..40,
            0u32..30,
            0u32..70,
            "[0-9:.+Z-]{0,8}"
        )
            .prop_map(|(year, month, day, hour, minute, rest)| {
                format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}{rest}")
            }),
        "[0-9A-Za-z:,+ .-]{0,70}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_bytes_through_the_html_path(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        // What the fetcher does with bytes that are not UTF-8: lossy decoding.
        let text = String::from_utf8_lossy(&bytes);
        let once = html_to_text(&text);
        prop_assert_eq!(html_to_text(&once), once.clone());
        prop_assert!(!once.chars().any(|c| c.is_control() && c != '\n'));
        let _ = html_to_line(&text);
        let _ = normalize(&item(Some(text.to_string()), Some(text.to_string()), Some(text.to_string())));
    }

    #[test]
    fn broken_html_reads_as_clean_text(html in broken_html()) {
        let once = html_to_text(&html);
        prop_assert_eq!(html_to_text(&once), once.clone(), "idempotent");
        prop_assert!(!once.chars().any(|c| c.is_control() && c != '\n'), "no controls");
        prop_assert!(!once.contains("\n\n\n") && !once.starts_with('\n') && !once.ends_with('\n'));
        prop_assert!(!once.contains("  "), "whitespace collapsed");
        let line = html_to_line(&html);
        prop_assert!(!line.contains('\n'));
        if let Ok(article) = normalize(&item(Some(html.clone()), Some(html.clone()), None)) {
            prop_assert!(!article.title.contains('\n'));
            if let Some(confidence) = article.language_confidence {
                prop_assert!((0.0..=1.0).contains(&confidence));
            }
        }
    }

    #[test]
    fn dates_never_panic_and_stay_believable(text in date_like(), skew_hours in -100_000i64..100_000) {
        let fetched_at = Utc.with_ymd_and_hms(2020, 3, 13, 0, 0, 0).single().expect("a date");
        let parsed = parse_timestamp(&text);
        let other = fetched_at.checked_add_signed(Duration::hours(skew_hours));
        let (date, estimated) = publication_date(parsed, other, fetched_at);
        prop_assert!(date <= fetched_at + Duration::minutes(10));
        if estimated {
            prop_assert_eq!(date, fetched_at);
        } else {
            prop_assert!(Some(date) == parsed || Some(date) == other);
        }
    }

    #[test]
    fn dates_written_by_the_standards_read_back(seconds in -2_000_000_000i64..4_000_000_000, offset_minutes in -(14 * 60)..(14 * 60)) {
        let offset = FixedOffset::east_opt(offset_minutes * 60).expect("in range");
        let date = offset.timestamp_opt(seconds, 0).single().expect("in range");
        let utc = date.with_timezone(&Utc);
        prop_assert_eq!(parse_timestamp(&date.to_rfc3339()), Some(utc));
        prop_assert_eq!(parse_timestamp(&date.to_rfc2822()), Some(utc));
    }

    #[test]
    fn extreme_dates_do_not_overflow(seconds in any::<i64>()) {
        let extreme = DateTime::<Utc>::from_timestamp(seconds / 1000, 0).unwrap_or(DateTime::<Utc>::MAX_UTC);
        let _ = publication_date(Some(extreme), Some(DateTime::<Utc>::MIN_UTC), extreme);
        let _ = publication_date(None, None, DateTime::<Utc>::MAX_UTC);
    }
}
