//! The classifier under generated input (the poison-input rule for its stage): arbitrary
//! text, and sentences of the dev corpus (`tests/data/corpus/dev/`) and the seed article
//! mutated (spliced, repeated, cut, numbers and casualty words put in), never panic, and
//! every event they give is well formed: its schema, the article it names, a confidence
//! in [0, 1], evidence that is a sentence of the article's text.
//! Event types and counts are typed (the taxonomy's enum, unsigned counts), so the
//! taxonomy and the sign hold by construction. `PROPTEST_CASES=2000 cargo test -p
//! sitrep-classifier --test properties` runs them longer.

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use sitrep_classifier::Classifier;
use sitrep_contract::{fixtures, Article, IncidentEvent};

/// Cases per property: modest in CI (the suite runs in debug builds), more with `PROPTEST_CASES`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn classifier() -> &'static Classifier {
    static CLASSIFIER: std::sync::OnceLock<Classifier> = std::sync::OnceLock::new();
    CLASSIFIER.get_or_init(|| Classifier::load_default().expect("the bundled data loads"))
}

fn published() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2024-05-02T10:00:00Z")
        .expect("a valid date")
        .with_timezone(&Utc)
}

fn article(title: &str, body: &str) -> Article {
    Article {
        source: Some("Wire".to_owned()),
        language_confidence: Some(0.99),
        ..fixtures::article(
            "https://wire.example.org/2024/05/02/generated",
            "2024-05-02T10:00:00Z",
            title,
            body,
        )
    }
}

/// Sentences of the dev corpus documents (markup stripped crudely) and the seed article.
fn sentences() -> &'static [String] {
    static SENTENCES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SENTENCES.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = vec![include_str!("data/seed_cnn.txt").to_owned()];
        let dev = root.join("../../tests/data/corpus/dev");
        let mut names: Vec<std::path::PathBuf> = std::fs::read_dir(&dev)
            .expect("the dev corpus")
            .filter_map(|entry| Some(entry.ok()?.path()))
            .filter(|path| {
                let name = path.to_string_lossy();
                name.ends_with(".xml") || name.ends_with(".json")
            })
            .collect();
        names.sort();
        for path in names {
            texts.push(std::fs::read_to_string(&path).expect("a dev corpus document"));
        }
        let tags = regex::Regex::new(r"<[^>]*>|&[a-z#0-9]+;|\\[nrt]|[{}\[\]]").expect("regex");
        let mut sentences = Vec::new();
        for text in texts {
            let plain = tags.replace_all(&text, " ");
            for sentence in plain.split_inclusive(['.', '!', '?', '\n']) {
                let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                if sentence.split(' ').count() >= 4 {
                    sentences.push(sentence);
                }
            }
        }
        assert!(sentences.len() > 100, "{} sentences", sentences.len());
        sentences
    })
}

/// Words that pull a sentence towards an incident, or confuse the counting.
fn charged_words() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "killed",
        "wounded",
        "airstrike",
        "shelling",
        "drone",
        "ambush",
        "bomb",
        "at least",
        "dozens",
        "1,000,000",
        "4294967296",
        "99999999999999999999",
        "-3",
        "0",
        "no one",
        "nine hundred thousand",
        "yesterday",
        "on Monday",
        "in Kyiv",
        "KABUL, Afghanistan (AP) —",
        "\u{200b}",
        "\"",
        "...",
        "\n\n",
        "é",
        "🇺🇦",
    ])
}

/// One edit of a text: word positions are fractions, so one strategy fits every text.
#[derive(Debug, Clone)]
enum Edit {
    Insert(f64, &'static str),
    Delete(f64, f64),
    Repeat(f64, usize),
    Truncate(f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0f64, charged_words()).prop_map(|(at, word)| Edit::Insert(at, word)),
        (0.0..1.0f64, 0.0..0.3f64).prop_map(|(at, len)| Edit::Delete(at, len)),
        (0.0..1.0f64, 2..40usize).prop_map(|(at, times)| Edit::Repeat(at, times)),
        (0.0..1.0f64).prop_map(Edit::Truncate),
    ]
}

fn apply(words: &mut Vec<String>, edit: &Edit) {
    let at = |fraction: f64, len: usize| ((len as f64 * fraction) as usize).min(len);
    match edit {
        Edit::Insert(fraction, word) => {
            let index = at(*fraction, words.len());
            words.insert(index, (*word).to_owned());
        }
        Edit::Delete(fraction, share) => {
            let start = at(*fraction, words.len());
            let end = (start + at(*share, words.len())).min(words.len());
            words.drain(start..end);
        }
        Edit::Repeat(fraction, times) => {
            if let Some(word) = words.get(at(*fraction, words.len())).cloned() {
                let index = at(*fraction, words.len());
                for _ in 1..*times {
                    words.insert(index, word.clone());
                }
            }
        }
        Edit::Truncate(fraction) => words.truncate(at(*fraction, words.len()).max(1)),
    }
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What every event must be.
fn check(article: &Article, events: &[IncidentEvent]) -> Result<(), TestCaseError> {
    let text = squeeze(&format!("{}\n{}", article.title, article.body));
    for event in events {
        prop_assert_eq!(&event.schema, IncidentEvent::SCHEMA);
        prop_assert_eq!(&event.article.id, &article.id);
        prop_assert!(
            event.confidence.is_finite() && (0.0..=1.0).contains(&event.confidence),
            "confidence {}",
            event.confidence
        );
        prop_assert!(!event.evidence.is_empty(), "an event with no evidence");
        for evidence in &event.evidence {
            let sentence = squeeze(&evidence.text);
            prop_assert!(!sentence.is_empty(), "empty evidence");
            prop_assert!(
                text.contains(&sentence),
                "evidence not in the text: {sentence:?}"
            );
        }
        // Serialized, the event reads back (what the stage publishes is decodable).
        let json = serde_json::to_string(event).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = serde_json::from_str::<IncidentEvent>(&json);
        prop_assert!(back.is_ok(), "{back:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    #[test]
    fn arbitrary_text_never_panics_and_gives_well_formed_events(
        title in "\\PC{0,80}",
        body in "\\PC{0,600}",
    ) {
        let article = article(&title, &body);
        let events = classifier().classify(&article, published());
        check(&article, &events)?;
    }

    #[test]
    fn mutated_corpus_sentences_never_panic_and_give_well_formed_events(
        picks in prop::collection::vec(any::<prop::sample::Index>(), 1..6),
        edits in prop::collection::vec(edit(), 0..8),
    ) {
        let sentences = sentences();
        let mut words: Vec<String> = picks
            .iter()
            .flat_map(|pick| sentences[pick.index(sentences.len())].split(' ').map(str::to_owned).collect::<Vec<_>>())
            .collect();
        for edit in &edits {
            apply(&mut words, edit);
        }
        let body = words.join(" ");
        let title: String = words.iter().take(8).cloned().collect::<Vec<_>>().join(" ");
        let article = article(&title, &body);
        let events = classifier().classify(&article, published());
        check(&article, &events)?;
    }
}
