//! Whole-article tests: the seed article exactly as CONTRACT.md and the workspace
//! issue state it, and short wire stories of every kind.

use chrono::{DateTime, NaiveDate, Utc};
use sitrep_contract::{
    ActorKind, ActorRole, Article, ArticleId, DatePrecision, EventType, FeedId, IncidentEvent,
    ItemId, LocationPrecision, Status,
};

use crate::Classifier;

pub(crate) fn article(url: &str, title: &str, body: &str, published: &str) -> Article {
    let feed_id = FeedId::for_feed("https://example.org/feed");
    let item_id = ItemId::for_entry(&feed_id, sitrep_contract::EntryKey::Link(url));
    let published_at: DateTime<Utc> = published.parse().expect("timestamp");
    Article {
        schema: Article::SCHEMA.to_owned(),
        id: ArticleId::for_url(url),
        item_id,
        feed_id,
        url: Some(url.to_owned()),
        title: title.to_owned(),
        summary: None,
        body: body.to_owned(),
        source: Some("Wire".to_owned()),
        dateline: None,
        published_at,
        published_at_estimated: false,
        updated_at: None,
        fetched_at: published_at,
        language: Some("en".to_owned()),
        language_confidence: Some(0.99),
        revision: 0,
        duplicate_of: None,
    }
}

pub(crate) fn seed_article() -> Article {
    let text = include_str!("../tests/data/seed_cnn.txt");
    let paragraphs: Vec<&str> = text
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut article = article(
        "https://edition.cnn.com/2020/03/12/politics/us-strikes-iraq/index.html",
        "US strikes Iranian-backed militia sites in Iraq",
        &paragraphs.join("\n\n"),
        "2020-03-12T23:00:00Z",
    );
    article.source = Some("CNN".to_owned());
    article
}

fn classify(article: &Article) -> Vec<IncidentEvent> {
    let classifier = Classifier::load_default().expect("bundled data loads");
    classifier.classify(article, "2026-01-01T00:00:00Z".parse().expect("timestamp"))
}

fn occurred(events: &[IncidentEvent]) -> Vec<&IncidentEvent> {
    events
        .iter()
        .filter(|e| e.status == Status::Occurred)
        .collect()
}

fn describe(events: &[IncidentEvent]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{:?} {} {} {:?} {} fat={:?} actors={:?} ev={:?}",
                e.status,
                e.event_type.code(),
                e.occurred_on.date,
                e.location.country_code,
                e.location.name,
                e.fatalities,
                e.actors
                    .iter()
                    .map(|a| format!("{}:{:?}", a.name, a.role))
                    .collect::<Vec<_>>(),
                e.evidence
                    .iter()
                    .map(|v| v.cues.join("|"))
                    .collect::<Vec<_>>()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_seed_article_yields_exactly_its_two_new_events() {
    let article = seed_article();
    let events = classify(&article);
    let news = occurred(&events);
    assert_eq!(news.len(), 2, "events:\n{}", describe(&events));

    let strike = news[0];
    assert_eq!(
        strike.event_type,
        EventType::AirDroneStrike,
        "{}",
        describe(&events)
    );
    assert_eq!(strike.location.country_code.as_deref(), Some("IQ"));
    assert_eq!(strike.location.precision, LocationPrecision::Country);
    assert_eq!(
        (strike.location.lat, strike.location.lon),
        (Some(33.0), Some(44.0))
    );
    assert_eq!(
        strike.occurred_on.date,
        NaiveDate::from_ymd_opt(2020, 3, 12).expect("date")
    );
    assert_eq!(strike.occurred_on.precision, DatePrecision::Day);
    assert_eq!(strike.occurred_on.text.as_deref(), Some("on Thursday"));
    let us = strike
        .actors
        .iter()
        .find(|a| a.name == "United States")
        .expect("US actor");
    assert_eq!(
        (us.role, us.kind, us.country_code.as_deref()),
        (ActorRole::Initiator, ActorKind::StateForce, Some("US"))
    );
    let kh = strike
        .actors
        .iter()
        .find(|a| a.name == "Kata'ib Hezbollah")
        .unwrap_or_else(|| panic!("KH actor:\n{}", describe(&events)));
    assert_eq!(
        (kh.role, kh.kind, kh.country_code.as_deref()),
        (ActorRole::Target, ActorKind::NonStateArmedGroup, Some("IQ"))
    );
    assert!(
        strike.weapons.iter().any(|w| w == "manned aircraft"),
        "{:?}",
        strike.weapons
    );
    assert_eq!(strike.fatalities, None);
    assert!(strike
        .evidence
        .iter()
        .any(|e| e.text.starts_with("The US carried out airstrikes")
            && e.cues.iter().any(|c| c == "airstrikes")));
    assert_eq!(
        strike.id,
        sitrep_contract::EventId::for_event(
            &article.id,
            events
                .iter()
                .position(|e| e.id == strike.id)
                .expect("listed")
        )
    );

    let rockets = news[1];
    assert_eq!(
        rockets.event_type,
        EventType::ShellingArtilleryMissileAttack,
        "{}",
        describe(&events)
    );
    assert_eq!(rockets.location.country_code.as_deref(), Some("IQ"));
    assert_eq!(
        rockets.occurred_on.date,
        NaiveDate::from_ymd_opt(2020, 3, 11).expect("date")
    );
    assert_eq!(rockets.fatalities, Some(3));
    assert!(rockets
        .evidence
        .iter()
        .any(|e| e.cues.iter().any(|c| c == "rocket attack")));

    // History and threats are never news.
    for event in &events {
        if event.status == Status::Occurred {
            continue;
        }
        assert!(
            matches!(
                event.status,
                Status::Historical | Status::Threatened | Status::Denied
            ),
            "{}",
            describe(&events)
        );
    }
    for sentence_start in [
        "The strikes come months after",
        "While the situation",
        "There have been multiple",
        "That death prompted",
        "Trump administration officials",
    ] {
        for event in &news {
            let from_history = event
                .evidence
                .iter()
                .any(|e| e.text.starts_with(sentence_start) && !e.cues.is_empty());
            assert!(
                !from_history,
                "occurred event built on history sentence {sentence_start:?}:\n{}",
                describe(&events)
            );
        }
    }
    let historical: Vec<&IncidentEvent> = events
        .iter()
        .filter(|e| e.status == Status::Historical)
        .collect();
    assert!(
        historical
            .iter()
            .any(|e| e.evidence.iter().any(|v| v.text.contains("Soleimani"))),
        "the Soleimani strike is history:\n{}",
        describe(&events)
    );
    let threats: Vec<&IncidentEvent> = events
        .iter()
        .filter(|e| e.status == Status::Threatened)
        .collect();
    assert!(
        threats
            .iter()
            .any(|e| e.evidence.iter().any(|v| v.text.contains("future strikes"))),
        "{}",
        describe(&events)
    );
    for event in &events {
        assert!((0.0..=1.0).contains(&event.confidence));
    }
}

#[test]
fn non_english_articles_yield_nothing() {
    let mut article = seed_article();
    article.language = Some("fr".to_owned());
    assert!(classify(&article).is_empty());
}

#[test]
fn garbage_never_panics() {
    let classifier = Classifier::load_default().expect("bundled data loads");
    let now: DateTime<Utc> = "2020-03-12T23:00:00Z".parse().expect("timestamp");
    for body in [
        "",
        ".",
        "...",
        "killed killed killed",
        "’",
        "2020 2019 at least",
        "the the the. The. A.",
        "\u{0}\u{1f}",
        "Kata’",
        "on Thursday’s’s",
    ] {
        let article = article("https://example.org/x", body, body, "2020-03-12T23:00:00Z");
        let _ = classifier.classify(&article, now);
    }
}
