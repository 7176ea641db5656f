//! Status and context markers (data/markers.toml): the words that make a mention
//! history ("months after"), a threat ("vowed to"), a denial, a negation, an
//! aggregate of many past events ("multiple rocket attacks"), or no incident at all
//! (exercises, tests, arms deals, sport, weather, business, politics, crime).

use serde::Deserialize;

use crate::error::{parse_toml, LoadError};
use crate::lexicon::{Hit, Lexicon, LexiconBuilder, ScannedLexicon};

pub const FILE: &str = "data/markers.toml";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    History,
    Threat,
    Denial,
    Negation,
    Aggregate,
    NonIncident,
    /// In a headline: the article is a piece of a genre that reports no new act (a
    /// review, an obituary, archaeology); its acts are history.
    Genre,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The marker precedes the cue by at most `window` words.
    Before,
    /// The marker is within `window` words of the cue on either side.
    Around,
    /// Anywhere in the sentence.
    Sentence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub kind: MarkerKind,
    pub scope: Scope,
    pub window: usize,
    /// A context word that silences weak cues only: "a drone strike hit a fuel
    /// supply depot" is news, "weapons supplies" alone are not.
    pub soft: bool,
    /// A word of crime or of work ("murdered", "miners") that tells no armed violence
    /// only when no armed group acts in its sentence: "a death squad murdered six
    /// peasants" and "rebels killed 11 miners" are one-sided violence (ACLED), "a man
    /// was murdered in his home" is crime. It never silences a whole article from the
    /// headline.
    pub unless_armed: bool,
    /// A word that puts the article's harm down to an accident or a fault ("Accident.",
    /// "officials cited an electrical fault"): besides silencing the cues near it, it
    /// tells that the text's explosions and deaths told without an armed actor are no
    /// act of violence, wherever they stand (ACLED codes no accidents).
    pub whole_text: bool,
    /// A word of a court's work ("sentenced", "verdict", "the trial of"): an act it
    /// names is the matter of a case, past (ACLED codes no judicial proceeding). In a
    /// headline that tells no act as news it makes the article court news, whose acts
    /// are all history (`lib.rs`). Not right after "who" or "that": "judge who
    /// sentenced drug lords shot dead" tells of the judge, and the shooting is news.
    pub judicial: bool,
    /// A genre word that makes the article news of a measure ("curfew eased as calm
    /// returns") only when the headline tells no act as news: the acts the text tells
    /// are then the reasons for the measure, history (`lib.rs`). "Curfew imposed after
    /// clash kills six" tells its act.
    pub unless_act: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    marker: Vec<RawMarker>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarker {
    kind: String,
    scope: String,
    window: usize,
    #[serde(default)]
    soft: bool,
    #[serde(default)]
    unless_armed: bool,
    #[serde(default)]
    whole_text: bool,
    #[serde(default)]
    judicial: bool,
    #[serde(default)]
    unless_act: bool,
    patterns: Vec<String>,
}

pub struct MarkerLexicon {
    lexicon: Lexicon<Marker>,
}

impl MarkerLexicon {
    pub fn load(source: &str) -> Result<Self, LoadError> {
        let raw: RawFile = parse_toml(FILE, source)?;
        let mut builder = LexiconBuilder::new();
        for (index, entry) in raw.marker.iter().enumerate() {
            let name = format!("marker #{} ({})", index + 1, entry.kind);
            let kind = match entry.kind.as_str() {
                "history" => MarkerKind::History,
                "threat" => MarkerKind::Threat,
                "denial" => MarkerKind::Denial,
                "negation" => MarkerKind::Negation,
                "aggregate" => MarkerKind::Aggregate,
                "non_incident" => MarkerKind::NonIncident,
                "genre" => MarkerKind::Genre,
                other => {
                    return Err(LoadError::invalid(
                        FILE,
                        name,
                        format!("unknown kind {other:?}"),
                    ))
                }
            };
            let scope = match entry.scope.as_str() {
                "before" => Scope::Before,
                "around" => Scope::Around,
                "sentence" => Scope::Sentence,
                other => {
                    return Err(LoadError::invalid(
                        FILE,
                        name,
                        format!("unknown scope {other:?}"),
                    ))
                }
            };
            if scope != Scope::Sentence && entry.window == 0 {
                return Err(LoadError::invalid(
                    FILE,
                    name,
                    "a window of 0 words matches nothing",
                ));
            }
            builder
                .add(
                    Marker {
                        kind,
                        scope,
                        window: entry.window,
                        soft: entry.soft,
                        unless_armed: entry.unless_armed,
                        whole_text: entry.whole_text,
                        judicial: entry.judicial,
                        unless_act: entry.unless_act,
                    },
                    &entry.patterns,
                )
                .map_err(|e| LoadError::from_lexicon(FILE, e, |i| format!("marker #{}", i + 1)))?;
        }
        let lexicon = builder
            .build()
            .map_err(|e| LoadError::from_lexicon(FILE, e, |i| format!("marker #{}", i + 1)))?;
        Ok(Self { lexicon })
    }

    /// Markers in `text`.
    pub fn find<'a>(&'a self, text: &str) -> Vec<Hit<'a, Marker>> {
        let mut hits = self.lexicon.find(text);
        hits.retain(|hit| Self::keeps(text, hit));
        hits
    }
}

impl ScannedLexicon for MarkerLexicon {
    type Value = Marker;

    fn lexicon(&self) -> &Lexicon<Marker> {
        &self.lexicon
    }

    /// A capitalised "May" is the month, not the modal verb. A word of a court right
    /// after "who" or "that" tells what a person did ("the judge who sentenced them"),
    /// not that the sentence's act is a case.
    fn keeps(text: &str, hit: &Hit<'_, Marker>) -> bool {
        &text[hit.start..hit.end] != "May"
            && !(hit.value.judicial && relative_before(&text[..hit.start]))
    }
}

/// True when the last word of `before` is a relative pronoun ("who", "that").
fn relative_before(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    last.eq_ignore_ascii_case("who") || last.eq_ignore_ascii_case("that")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[(&str, MarkerKind)]) {
        let lexicon =
            MarkerLexicon::load(include_str!("../data/markers.toml")).expect("markers load");
        let found: Vec<(&str, MarkerKind)> = lexicon
            .find(text)
            .iter()
            .map(|hit| (&text[hit.start..hit.end], hit.value.kind))
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn finds_markers_of_each_kind() {
        check(
            "The strikes come months after",
            &[("months after", MarkerKind::History)],
        );
        check(
            "Militants vowed to attack",
            &[("vowed", MarkerKind::Threat)],
        );
        check(
            "The group denied carrying out the attack",
            &[("denied", MarkerKind::Denial)],
        );
        check(
            "multiple rocket attacks in recent weeks",
            &[
                ("multiple", MarkerKind::Aggregate),
                ("in recent weeks", MarkerKind::History),
            ],
        );
        check(
            "North Korea test-fired two missiles",
            &[("test-fired", MarkerKind::NonIncident)],
        );
        check("in May the army", &[]);
        check(
            "the tropical storm battered the coast",
            &[
                ("tropical storm", MarkerKind::NonIncident),
                ("battered", MarkerKind::NonIncident),
            ],
        );
    }
}
