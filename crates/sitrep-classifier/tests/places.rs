//! Ambiguous places and places below the country, data-driven: each line of
//! `tests/data/places.tsv` is a short text and where its first event happened (country,
//! admin1, precision, name). Every failing line is listed at once, by class, so a rule
//! change shows what it moved.

use std::collections::BTreeMap;
use std::path::Path;

use sitrep_classifier::Classifier;
use sitrep_contract::{fixtures, Article, Location, LocationPrecision};

/// Where a text's first event happened, as a line of the fixture states it; `None`
/// fields accept any value.
struct Expected {
    country: Option<String>,
    admin1: Option<Option<String>>,
    precision: Option<LocationPrecision>,
    name: Option<String>,
}

struct Case {
    line: usize,
    class: String,
    title: String,
    body: String,
    expected: Expected,
}

fn null_or(field: &str) -> Option<String> {
    (field != "-").then(|| field.to_owned())
}

fn precision(field: &str) -> Option<LocationPrecision> {
    match field {
        "point" => Some(LocationPrecision::Point),
        "city" => Some(LocationPrecision::City),
        "admin1" => Some(LocationPrecision::Admin1),
        "country" => Some(LocationPrecision::Country),
        "region" => Some(LocationPrecision::Region),
        _ => None,
    }
}

fn cases() -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/places.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/data/places.tsv reads");
    let mut cases = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [class, country, admin1, level, name, title, body] = fields[..] else {
            panic!(
                "tests/data/places.tsv line {}: expected 7 fields",
                index + 1
            );
        };
        let any = |field: &str| field == "*";
        if !any(level) {
            assert!(
                precision(level).is_some(),
                "tests/data/places.tsv line {}: unknown precision {level:?}",
                index + 1
            );
        }
        cases.push(Case {
            line: index + 1,
            class: class.to_owned(),
            title: if title == "-" { "" } else { title }.to_owned(),
            body: body.to_owned(),
            expected: Expected {
                country: null_or(country),
                admin1: (!any(admin1)).then(|| null_or(admin1)),
                precision: precision(level),
                name: (!any(name)).then(|| name.to_owned()),
            },
        });
    }
    cases
}

fn article(title: &str, body: &str) -> Article {
    Article {
        source: Some("Wire".to_owned()),
        language_confidence: Some(0.99),
        ..fixtures::article(
            "https://example.org/places",
            "2024-05-10T12:00:00Z",
            title,
            body,
        )
    }
}

/// What is wrong with the place of the first event of `title` and `body`, if anything.
fn check(classifier: &Classifier, title: &str, body: &str, expected: &Expected) -> Option<String> {
    let article = article(title, body);
    let events = classifier.classify(&article, article.published_at);
    let Some(event) = events.first() else {
        return Some("no event".to_owned());
    };
    let Location {
        name,
        country_code,
        admin1,
        precision,
        ..
    } = &event.location;
    let country_right = *country_code == expected.country;
    let admin1_right = expected.admin1.as_ref().is_none_or(|a| a == admin1);
    let precision_right = expected.precision.is_none_or(|p| p == *precision);
    let name_right = expected.name.as_ref().is_none_or(|n| n == name);
    (!(country_right && admin1_right && precision_right && name_right))
        .then(|| format!("got {name:?} {country_code:?} admin1 {admin1:?} {precision:?}"))
}

#[test]
fn ambiguous_places_resolve_as_expected() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let cases = cases();
    assert!(cases.len() >= 60, "the fixture holds {} texts", cases.len());
    let mut failures: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for case in &cases {
        if let Some(problem) = check(&classifier, &case.title, &case.body, &case.expected) {
            failures
                .entry(case.class.as_str())
                .or_default()
                .push(format!("line {}: {problem}: {}", case.line, case.body));
        }
    }
    let report: Vec<String> = failures
        .iter()
        .map(|(class, lines)| format!("{class}:\n  {}", lines.join("\n  ")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} texts placed wrong\n{}",
        failures.values().map(Vec::len).sum::<usize>(),
        cases.len(),
        report.join("\n")
    );
}
