//! sitrep's classifier: tags articles that report military incidents as structured
//! events (docs/contract.md, `sitrep.event/v1`).
//!
//! Pure and synchronous: the bundled lexicons and gazetteer under `data/` are read
//! with `include_str!`, validated and compiled once by [`Classifier::load_default`];
//! [`Classifier::classify`] then does no I/O and never panics on any article.
//!
//! The pipeline per article: split sentences; in each, find event cues, status
//! markers, time expressions, places, actors, weapons and casualty counts; group
//! cues into mentions; assemble mentions across sentences into events (anaphora,
//! narrative time, history/threat/denial); fill each event's fields.
//!
//! # Which file decides what
//!
//! Reading one sentence (every sentence is read once, by `analysis.rs`):
//!
//! | what is found | file | data |
//! | --- | --- | --- |
//! | sentences | `sentences.rs` | `data/text.toml` |
//! | words | `text.rs` | |
//! | event cues (the words of an act) | `cues.rs` | `data/cues.toml` |
//! | status and context markers | `markers.rs` | `data/markers.toml` |
//! | cues grouped into mentions, their framing | `mentions.rs` | |
//! | time expressions and their dates | `dates.rs` | |
//! | place names and their places (how precise: `places/precision.rs`, the one ordering) | `places/` | `data/countries.toml`, `data/places.toml`, `data/gazetteer.tsv.gz` |
//! | actors | `actors.rs` | `data/actors.toml` |
//! | weapons | `weapons.rs` | `data/weapons.toml` |
//! | deaths and injuries | `casualties.rs`, `numbers.rs` | |
//! | the roles of actors around a mention | `roles.rs` | |
//!
//! Over the article: `events.rs` assembles mentions into events and decides each
//! event's `status` and its date. Then each output field of an event has one file
//! under `finish/`:
//!
//! | field | file |
//! | --- | --- |
//! | `event_type` (and `acled`, `cameo`) | `finish/event_type.rs` |
//! | `status` | `events.rs` (`status_of`) |
//! | `occurred_on` | `finish/date.rs` (the date chosen in `events.rs`) |
//! | `location` | `finish/location.rs` |
//! | `actors` | `finish/parties.rs` |
//! | `fatalities`, `injuries` | `finish/tolls.rs` |
//! | `weapons` | `finish/weapons.rs` |
//! | `evidence` | `finish/evidence.rs` |
//! | `confidence` | `finish/confidence.rs` |
//!
//! What each event's parts bring (their casualties, weapons, roled actors, place and
//! cues) is gathered once by `finish/facts.rs`. Two finished events that tell one act
//! (one place, one day, compatible types, the same parties) are merged and finished
//! again by `finish/coalesce.rs`.

mod actors;
mod analysis;
mod casualties;
mod cues;
mod dates;
mod error;
mod events;
mod finish;
mod lexicon;
mod markers;
mod mentions;
mod numbers;
mod places;
mod roles;
mod sentences;
mod text;
mod weapons;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use sitrep_contract::{Article, IncidentEvent};

pub use actors::ActorIdentity;
pub use error::LoadError;

use crate::actors::ActorLexicon;
use crate::cues::CueLexicon;
use crate::dates::DateReader;
use crate::lexicon::{PhraseScanner, ScannedLexicon};
use crate::markers::{MarkerKind, MarkerLexicon};
use crate::places::Gazetteer;
use crate::sentences::SentenceSplitter;
use crate::weapons::WeaponLexicon;

/// The version written into every event's `classifier_version`.
pub const CLASSIFIER_VERSION: &str = env!("CARGO_PKG_VERSION");

const TEXT_FILE: &str = "data/text.toml";

/// The place of each lexicon in `Classifier::phrases`.
const PHRASES_CUES: usize = 0;
const PHRASES_MARKERS: usize = 1;
const PHRASES_WEAPONS: usize = 2;
const PHRASES_ACTORS: usize = 3;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextConventions {
    abbreviations: Vec<String>,
}

/// True when the classifier reads the article's language: English, or a language
/// the normalizer could not tell. The one English check of the pipeline: the
/// classifier stage counts what it skips by it.
pub fn reads_language_of(article: &Article) -> bool {
    article.language.as_deref().is_none_or(|language| {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        primary.eq_ignore_ascii_case("en")
    })
}

/// The loaded lexicons and gazetteer; build once, classify many articles.
pub struct Classifier {
    splitter: SentenceSplitter,
    cues: CueLexicon,
    markers: MarkerLexicon,
    weapons: WeaponLexicon,
    /// The patterns of `cues`, `markers`, `weapons` and `actors`, matched in one
    /// pass over each sentence (`PHRASES_*` tell whose matches are whose).
    phrases: PhraseScanner,
    gazetteer: Gazetteer,
    actors: ActorLexicon,
    dates: DateReader,
}

impl Classifier {
    /// Loads and validates the bundled data; the error names the file and the entry.
    pub fn load_default() -> Result<Self, LoadError> {
        let text: TextConventions =
            error::parse_toml(TEXT_FILE, include_str!("../data/text.toml"))?;
        if text
            .abbreviations
            .iter()
            .any(|a| a.trim().is_empty() || a.ends_with('.'))
        {
            return Err(LoadError::invalid(
                TEXT_FILE,
                "abbreviations",
                "write abbreviations without their final period",
            ));
        }
        let gazetteer = Gazetteer::load_bundled()?;
        let actors = ActorLexicon::load(include_str!("../data/actors.toml"), &gazetteer)?;
        let cues = CueLexicon::load(include_str!("../data/cues.toml"))?;
        let markers = MarkerLexicon::load(include_str!("../data/markers.toml"))?;
        let weapons = WeaponLexicon::load(include_str!("../data/weapons.toml"))?;
        let mut lexicons: [&[String]; 4] = [&[]; 4];
        lexicons[PHRASES_CUES] = cues.pattern_texts();
        lexicons[PHRASES_MARKERS] = markers.pattern_texts();
        lexicons[PHRASES_WEAPONS] = weapons.pattern_texts();
        lexicons[PHRASES_ACTORS] = actors.pattern_texts();
        let phrases = PhraseScanner::new(&lexicons).map_err(|problem| LoadError::Matcher {
            file: "src/lexicon.rs",
            problem,
        })?;
        Ok(Self {
            splitter: SentenceSplitter::new(&text.abbreviations),
            cues,
            markers,
            weapons,
            phrases,
            gazetteer,
            actors,
            dates: DateReader::new().map_err(|e| LoadError::Matcher {
                file: "src/dates.rs",
                problem: e.to_string(),
            })?,
        })
    }

    /// Who an actor name stands for, read with the actor lexicon the classifier names
    /// actors by: for comparing names written differently ("Israeli forces" and
    /// "Israel", "ISWAP" and its full name). `None` when no word of it is known.
    pub fn identify_actor(&self, name: &str) -> Option<ActorIdentity> {
        self.actors.identify(name)
    }

    /// Every event the article mentions, in order of first mention, each with its
    /// status (occurred / historical / threatened / denied). Event ids follow the
    /// position in the returned list. Articles not in English yield nothing.
    pub fn classify(&self, article: &Article, classified_at: DateTime<Utc>) -> Vec<IncidentEvent> {
        if !reads_language_of(article) {
            return Vec::new();
        }
        // The dateline as the normalizer read it; an article that did not come through
        // the normalizer may still lead its body with one (the same grammar cuts it).
        let mut body = article.body.as_str();
        let split;
        let dateline = match &article.dateline {
            Some(dateline) => Some(dateline),
            None => match sitrep_normalizer::split_dateline(body) {
                Some((found, rest)) => {
                    body = rest;
                    split = found;
                    Some(&split)
                }
                None => None,
            },
        };
        let body = readable_part(body);
        // "BELFAST, 28 FEB 85 (PRESS ASSOCIATION) --": a day in the dateline stands for
        // the publication day when the text's "tonight" or "yesterday" are resolved.
        let published = dateline.map_or(article.published_at, |d| {
            self.dates.dateline_anchor(&d.text, article.published_at)
        });
        // "KABUL, Afghanistan": the place, told apart by the region after it.
        let dateline = dateline.and_then(|d| {
            let (place, region) = match d.place.split_once(',') {
                Some((place, region)) => (place, Some(region.trim())),
                None => (d.place.as_str(), None),
            };
            self.gazetteer.lookup_dateline(place, region)
        });
        let sentences = self.splitter.split_article(&article.title, body);
        // The headline's markers, found once for both questions below.
        let headline_markers = sentences
            .first()
            .filter(|s| s.is_title)
            .map(|title| self.markers.find(title.text))
            .unwrap_or_default();
        let headline_has = |wanted: &dyn Fn(&markers::Marker) -> bool| {
            headline_markers.iter().any(|m| wanted(m.value))
        };
        let headline_non_incident =
            headline_has(&|m| m.kind == MarkerKind::NonIncident && !m.soft && !m.unless_armed);
        let headline_genre = headline_has(&|m| m.kind == MarkerKind::Genre && !m.unless_act);
        let headline_court =
            headline_has(&|m| m.judicial || (m.kind == MarkerKind::Genre && m.unless_act));
        let words: Vec<text::Words<'_>> = sentences
            .iter()
            .map(|sentence| text::Words::new(sentence.text))
            .collect();
        let place_names: Vec<places::SentenceNames> = words
            .iter()
            .map(|words| self.gazetteer.names_in(words))
            .collect();
        // The title is a text of its own; the body's last sentence ends the body.
        let places = self.gazetteer.context_of_sentences(
            [article.title.as_str(), body],
            dateline,
            &place_names,
            |index| sentences[index].is_title || index + 1 == sentences.len(),
        );
        let mut analysed: Vec<analysis::Analysed<'_, '_>> = sentences
            .into_iter()
            .zip(words)
            .zip(&place_names)
            .map(|((sentence, words), names)| {
                analysis::analyse(
                    self,
                    sentence,
                    words,
                    names,
                    published,
                    headline_non_incident,
                    &places,
                )
            })
            .collect();
        // "Reports alleging that soldiers were killed in an attack. These claims are
        // false.": what the reports told is denied.
        for next in 1..analysed.len() {
            if !mentions::calls_those_reports_false(&analysed[next].words) {
                continue;
            }
            // "The rebels said they had fired missiles at the carrier. An official said
            // the claim was false.": what was said is the claim called false.
            let claim = mentions::calls_the_claim_false(&analysed[next].words);
            let told = &mut analysed[next - 1];
            for mention in &mut told.mentions {
                if mention.framing == mentions::Framing::Reported
                    && (mentions::held_in_report(&told.words, mention.first_word())
                        || (claim && mentions::said_before(&told.words, mention.first_word())))
                {
                    mention.framing = mentions::Framing::Denial;
                }
            }
        }
        // A headline whose news is a court's (a sentence, a verdict, a trial) or a
        // measure's (a curfew eased as calm returns) and that tells no act as news: the
        // acts the article tells are the matter of the case or the reasons for the
        // measure, history, as in a review (markers.rs, `Marker::judicial`,
        // `Marker::unless_act`).
        let court_news = headline_court
            && analysed.first().is_some_and(|headline| {
                headline.sentence.is_title
                    && headline
                        .mentions
                        .iter()
                        .all(|m| m.framing != mentions::Framing::Reported)
            });
        finish::events(
            self,
            article,
            &analysed,
            dateline,
            published,
            finish::TextGenre {
                headline_genre: headline_genre || court_news,
                // The text puts its harm down to an accident or a fault, in any sentence.
                text_accident: analysed.iter().any(|a| a.names_accident),
            },
            classified_at,
        )
    }
}

/// How much of an article's body the classifier reads. A report tells its incident in its
/// first paragraphs, while an entry cut to fit the broker's message size can still carry
/// close to a megabyte of text, which would hold the stage (and every article queued behind
/// it) for its whole length. 64 KiB is some ten thousand words, several times the longest
/// wire story.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The first `MAX_BODY_BYTES` of `body`, ended at its last sentence end when one lies in
/// the second half of that part (so no sentence is read cut in two), else at a character.
fn readable_part(body: &str) -> &str {
    if body.len() <= MAX_BODY_BYTES {
        return body;
    }
    let mut end = MAX_BODY_BYTES;
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let part = &body[..end];
    match part.rfind(['.', '!', '?', '\n']) {
        Some(at) if at > end / 2 => &body[..=at],
        _ => part,
    }
}

#[cfg(test)]
mod tests;
