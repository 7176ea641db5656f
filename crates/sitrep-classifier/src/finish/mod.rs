//! From analysed sentences to finished `IncidentEvent`s: `events.rs` assembles the
//! mentions into events (with their status and date), then each field of each event
//! is decided by its own module here:
//!
//! | field | module |
//! | --- | --- |
//! | (what each part brings) | `facts.rs` |
//! | (two events that tell one act, merged) | `coalesce.rs` |
//! | `event_type`, `acled`, `cameo` | `event_type.rs` |
//! | `location` | `location.rs` |
//! | `actors` | `parties.rs` |
//! | `fatalities`, `injuries` | `tolls.rs` |
//! | `weapons` | `weapons.rs` |
//! | `occurred_on` | `date.rs` |
//! | `evidence` | `evidence.rs` |
//! | `confidence` | `confidence.rs` |
//!
//! The order below matters: the place needs the parties as the text names them,
//! unnamed forces then take the country of the place, and the type needs the parties.

mod coalesce;
mod confidence;
mod date;
mod event_type;
mod evidence;
mod facts;
mod location;
mod parties;
mod tolls;
mod weapons;

use chrono::{DateTime, Utc};
use sitrep_contract::{Article, ArticleRef, EventId, IncidentEvent};

use crate::analysis::Analysed;
use crate::events::{self, Draft, SentenceView};
use crate::places::PlaceRef;
use crate::{Classifier, CLASSIFIER_VERSION};

/// What the article as a whole says it is.
pub struct TextGenre {
    /// The headline names a genre that reports no new act (a review, a dig).
    pub headline_genre: bool,
    /// The text puts its harm down to an accident or a fault.
    pub text_accident: bool,
}

pub fn events(
    classifier: &Classifier,
    article: &Article,
    analysed: &[Analysed<'_, '_>],
    dateline: Option<PlaceRef>,
    published: DateTime<Utc>,
    genre: TextGenre,
    classified_at: DateTime<Utc>,
) -> Vec<IncidentEvent> {
    let views: Vec<SentenceView<'_, '_>> = analysed
        .iter()
        .map(|a| SentenceView {
            is_title: a.sentence.is_title,
            mentions: &a.mentions,
            times: &a.times,
            has_history_marker: a.has_history_marker,
            has_non_incident_marker: a.has_non_incident_marker,
            separate: a.separate,
            place_key: a.place_key,
            harm: a.harm,
            armed: a.actors.iter().any(|actor| actor.armed),
            instrument_of: events::instruments(&a.words, &a.mentions),
        })
        .collect();
    let mut drafts = events::assemble(&views, published);
    if genre.text_accident {
        events::drop_accidents(&mut drafts, &views);
    }
    // A review, an obituary or a dig reports no new act: what it tells is history.
    if genre.headline_genre {
        for draft in &mut drafts {
            if draft.status == sitrep_contract::Status::Occurred {
                draft.status = sitrep_contract::Status::Historical;
            }
        }
    }
    let dominant = location::dominant_country(classifier, analysed);
    let places = location::ArticlePlaces {
        dateline,
        dominant: dominant.as_ref().map(|(code, _)| code.as_str()),
        located: dominant
            .as_ref()
            .filter(|(_, located)| *located)
            .map(|(code, _)| code.as_str()),
    };
    // Events are finished, then two that tell one act are merged and finished again,
    // until no two tell one act (`coalesce.rs`).
    loop {
        let closing = tolls::closing_counts(analysed, &drafts);
        let headline = tolls::headline_counts(analysed, &drafts);
        let finished: Vec<(IncidentEvent, bool)> = drafts
            .iter()
            .zip(closing.into_iter().zip(headline))
            .enumerate()
            .map(|(index, (draft, (closing, headline)))| {
                let event = Event {
                    classifier,
                    article,
                    analysed,
                    views: &views,
                    draft,
                };
                event.finish(index, &places, (closing, headline), classified_at)
            })
            .collect();
        let told: Vec<coalesce::Told<'_, '_, '_>> = drafts
            .iter()
            .zip(&finished)
            .map(|(draft, (event, typed_by_cue))| coalesce::Told {
                draft,
                event,
                typed_by_cue: *typed_by_cue,
            })
            .collect();
        match coalesce::one_act_pair(classifier, &views, &told) {
            Some((earlier, later)) => {
                let types = (finished[earlier].0.event_type, finished[later].0.event_type);
                coalesce::merge(&mut drafts, earlier, later, types);
            }
            None => return finished.into_iter().map(|(event, _)| event).collect(),
        }
    }
}

/// One event to finish, with what its fields are decided from.
struct Event<'e, 'a, 'c> {
    classifier: &'c Classifier,
    article: &'e Article,
    analysed: &'e [Analysed<'a, 'c>],
    views: &'e [SentenceView<'e, 'c>],
    draft: &'e Draft<'c>,
}

impl Event<'_, '_, '_> {
    fn finish(
        &self,
        index: usize,
        places: &location::ArticlePlaces<'_>,
        (closing, headline): (Option<u32>, Option<u32>),
        classified_at: DateTime<Utc>,
    ) -> (IncidentEvent, bool) {
        let (classifier, article, analysed, draft) =
            (self.classifier, self.article, self.analysed, self.draft);
        let mut parts = draft.parts.clone();
        parts.sort_by_key(|p| (p.sentence, p.mention));
        let facts = facts::of_parts(classifier, analysed, &parts);

        let mut actors = parties::collect(classifier, analysed, &facts);
        let (location, place_from_text) = location::decide(self, &parts, &facts, &actors, places);
        parties::complete(classifier, &mut actors, &location);
        let (fatalities, injuries) = tolls::decide(&facts, closing, headline);
        let (event_type, typed_by_cue) = event_type::decide(
            self,
            &facts,
            &actors,
            location.country_code.as_deref(),
            fatalities.is_some_and(|n| n > 0),
        );
        let event_type = draft.merged_type.unwrap_or(event_type);
        parties::settle(
            classifier,
            analysed,
            &facts,
            &mut actors,
            event_type,
            &location,
            article.published_at.date_naive(),
        );
        let weapons = weapons::decide(&facts);
        let occurred_on = date::decide(draft);
        let evidence = evidence::decide(analysed, draft, &facts);
        let confidence = confidence::decide(
            draft,
            &facts,
            &confidence::Basis {
                typed_by_cue,
                place_from_text,
                actors: &actors,
                evidence: &evidence,
            },
        );

        let event = IncidentEvent {
            schema: IncidentEvent::SCHEMA.to_owned(),
            id: EventId::for_event(&article.id, index),
            article: ArticleRef {
                id: article.id.clone(),
                url: article.url.clone(),
                title: article.title.clone(),
                source: article.source.clone(),
                feed_id: article.feed_id.clone(),
                published_at: article.published_at,
                language: article.language.clone(),
            },
            event_type,
            acled: event_type.acled(),
            cameo: event_type.cameo().to_owned(),
            status: draft.status,
            occurred_on,
            location,
            actors,
            fatalities,
            injuries,
            weapons,
            confidence,
            evidence,
            classified_at,
            classifier_version: CLASSIFIER_VERSION.to_owned(),
        };
        (event, typed_by_cue)
    }
}
