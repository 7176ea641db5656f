//! Scoring: per article (incident yes/no), then per event after matching predicted
//! events to gold ones within each article, field by field.
//!
//! Matching is one to one and greedy on agreement (type counts most, then country,
//! fatalities, place), so a mistyped event still pairs with its gold event and shows in
//! the confusion matrix. For a field, precision is the share of predicted events with a
//! value whose value is right, recall the share of gold events with a value that a
//! predicted event got right; accuracy is agreement over matched pairs, where "none" and
//! "none" agree (what "fatalities exact" means: a null toll is right when none is stated).
//!
//! Beside these per-field counts, [`Scores`] carries the figures ([`Figures`],
//! for the whole set and per register) and the reliability of event confidence
//! ([`Calibration`]). A case under `blind/` ([`Disclosure::FiguresOnly`]) adds to every
//! count but leaves no [`Miss`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sitrep_contract::{ActorRole, IncidentEvent};

use crate::actor_names::same_actor;
use crate::calibration::Calibration;
use crate::corpus::{Case, Disclosure, GoldEvent};
use crate::figures::{pair_by_type_and_country, Figures};

/// Something that turns an article into its `occurred` events.
pub trait System {
    fn predict(&self, case: &Case) -> Vec<Predicted>;
}

/// The fields of one predicted event that are scored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Predicted {
    pub event_type: String,
    pub country_code: Option<String>,
    pub place: Option<String>,
    pub fatalities: Option<u32>,
    pub date: Option<NaiveDate>,
    pub initiator: Option<String>,
    pub target: Option<String>,
    /// The system's confidence in the event, in [0, 1], when it gives one.
    pub confidence: Option<f64>,
}

impl Predicted {
    pub fn from_event(event: &IncidentEvent) -> Self {
        let actor = |role: ActorRole| {
            event
                .actors
                .iter()
                .find(|a| a.role == role)
                .map(|a| a.name.clone())
        };
        Self {
            event_type: event.event_type.code().to_owned(),
            country_code: event.location.country_code.clone(),
            place: Some(event.location.name.clone()).filter(|n| !n.is_empty()),
            fatalities: event.fatalities,
            date: event.occurred_on.date,
            initiator: actor(ActorRole::Initiator),
            target: actor(ActorRole::Target).or_else(|| actor(ActorRole::Victim)),
            confidence: Some(event.confidence),
        }
    }
}

/// The scored fields, in table order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Incident,
    EventType,
    Country,
    Place,
    Fatalities,
    Date,
    Initiator,
    Target,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Incident,
        Field::EventType,
        Field::Country,
        Field::Place,
        Field::Fatalities,
        Field::Date,
        Field::Initiator,
        Field::Target,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Incident => "incident",
            Field::EventType => "event type",
            Field::Country => "country",
            Field::Place => "place",
            Field::Fatalities => "fatalities exact",
            Field::Date => "date exact",
            Field::Initiator => "initiator",
            Field::Target => "target",
        }
    }
}

/// Counts for one field.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FieldScore {
    /// Predictions with a value that were right.
    pub correct: usize,
    /// Predictions with a value.
    pub predicted: usize,
    /// Gold values.
    pub gold: usize,
    /// Matched pairs that agree (none = none counts).
    pub agree: usize,
    /// Matched pairs.
    pub pairs: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl FieldScore {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Agreement over matched pairs (for the incident field: over all articles).
    pub fn accuracy(&self) -> f64 {
        ratio(self.agree, self.pairs)
    }
}

/// One mistake, for reading what went wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    pub link: String,
    pub field: Field,
    pub gold: String,
    pub predicted: String,
}

/// Everything measured over a set of cases.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub num_articles: usize,
    pub num_gold_events: usize,
    pub num_predicted_events: usize,
    pub fields: BTreeMap<Field, FieldScore>,
    /// (gold type or None for a spurious event, predicted type or None for a missed one).
    pub confusion: BTreeMap<(Option<String>, Option<String>), usize>,
    /// The mistakes of the cases that may be shown (none from under `blind/`).
    pub misses: Vec<Miss>,
    /// Cases whose mistakes were not recorded because they are figures-only.
    pub num_withheld: usize,
    /// The figures over all the cases.
    pub figures: Figures,
    /// The same per register.
    pub registers: BTreeMap<String, Figures>,
    /// Event confidence against correctness (a predicted event paired with a gold one
    /// by type and country), over the events that carry a confidence.
    pub calibration: Calibration,
}

impl Scores {
    pub fn field(&self, field: Field) -> FieldScore {
        self.fields.get(&field).copied().unwrap_or_default()
    }
}

/// Lowercase words without punctuation, for comparing names written differently.
fn words(text: &str) -> Vec<String> {
    const NOISE: [&str; 12] = [
        "the",
        "forces",
        "force",
        "militants",
        "fighters",
        "rebels",
        "army",
        "military",
        "troops",
        "group",
        "al",
        "of",
    ];
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let all: Vec<String> = cleaned.split_whitespace().map(str::to_owned).collect();
    let kept: Vec<String> = all
        .iter()
        .filter(|w| !NOISE.contains(&w.as_str()))
        .cloned()
        .collect();
    if kept.is_empty() {
        all
    } else {
        kept
    }
}

/// Same name: equal once normalised, or one name's words a contiguous part of the other's.
pub fn same_name(gold: &str, predicted: &str) -> bool {
    let (a, b) = (words(gold), words(predicted));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.windows(short.len()).any(|w| w == short.as_slice())
}

fn same_opt<T>(
    gold: &Option<T>,
    predicted: &Option<T>,
    eq: impl Fn(&T, &T) -> bool,
) -> (bool, bool) {
    // (both have a value and they are equal, agreement including none = none)
    match (gold, predicted) {
        (Some(g), Some(p)) => {
            let same = eq(g, p);
            (same, same)
        }
        (None, None) => (false, true),
        _ => (false, false),
    }
}

fn field_values(field: Field, event: &GoldEvent) -> Option<String> {
    match field {
        Field::Incident => None,
        Field::EventType => Some(event.event_type.clone()),
        Field::Country => event.country_code.clone(),
        Field::Place => event.place.clone(),
        Field::Fatalities => event.fatalities.map(|f| f.to_string()),
        Field::Date => event.date.map(|d| d.to_string()),
        Field::Initiator => event.initiator.clone(),
        Field::Target => event.target.clone(),
    }
}

fn predicted_value(field: Field, event: &Predicted) -> Option<String> {
    match field {
        Field::Incident => None,
        Field::EventType => Some(event.event_type.clone()),
        Field::Country => event.country_code.clone(),
        Field::Place => event.place.clone(),
        Field::Fatalities => event.fatalities.map(|f| f.to_string()),
        Field::Date => event.date.map(|d| d.to_string()),
        Field::Initiator => event.initiator.clone(),
        Field::Target => event.target.clone(),
    }
}

fn compare(field: Field, gold: &Option<String>, predicted: &Option<String>) -> (bool, bool) {
    match field {
        Field::Place => same_opt(gold, predicted, |g, p| same_name(g, p)),
        Field::Initiator | Field::Target => same_opt(gold, predicted, |g, p| same_actor(g, p)),
        Field::Country => same_opt(gold, predicted, |g, p| g.eq_ignore_ascii_case(p)),
        _ => same_opt(gold, predicted, |g, p| g == p),
    }
}

fn agreement(gold: &GoldEvent, predicted: &Predicted) -> u32 {
    let mut score = 0;
    if gold.event_type == predicted.event_type {
        score += 8;
    }
    if compare(Field::Country, &gold.country_code, &predicted.country_code).0 {
        score += 4;
    }
    if gold.fatalities.is_some() && gold.fatalities == predicted.fatalities {
        score += 2;
    }
    if compare(Field::Place, &gold.place, &predicted.place).0 {
        score += 1;
    }
    score
}

/// Pairs (gold index, predicted index), one to one, best agreement first.
pub(crate) fn match_events(gold: &[GoldEvent], predicted: &[Predicted]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (g, gold_event) in gold.iter().enumerate() {
        for (p, predicted_event) in predicted.iter().enumerate() {
            // Ties go to the pair closest in order of mention.
            let distance = g.abs_diff(p);
            candidates.push((agreement(gold_event, predicted_event), distance, g, p));
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_gold = vec![false; gold.len()];
    let mut used_predicted = vec![false; predicted.len()];
    let mut pairs = Vec::new();
    for (_, _, g, p) in candidates {
        if !used_gold[g] && !used_predicted[p] {
            used_gold[g] = true;
            used_predicted[p] = true;
            pairs.push((g, p));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Runs `system` over `cases` and scores it.
pub fn evaluate(system: &dyn System, cases: &[Case]) -> Scores {
    let mut scores = Scores::default();
    for case in cases {
        let predicted = system.predict(case);
        score_case(&mut scores, case, &predicted);
    }
    scores
}

fn describe(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "-".to_owned())
}

fn score_case(scores: &mut Scores, case: &Case, predicted: &[Predicted]) {
    let misses_before = scores.misses.len();
    score_fields(scores, case, predicted);
    // The blind rule: nothing that names an item of the blind split is kept.
    if case.disclosure == Disclosure::FiguresOnly {
        scores.misses.truncate(misses_before);
        scores.num_withheld += 1;
    }
    scores.figures.add(case, predicted);
    scores
        .registers
        .entry(case.register.clone())
        .or_default()
        .add(case, predicted);
    let paired = pair_by_type_and_country(&case.gold, predicted);
    for (p, event) in predicted.iter().enumerate() {
        if let Some(confidence) = event.confidence {
            let correct = paired.iter().any(|&(_, pp)| pp == p);
            scores.calibration.add(confidence, correct);
        }
    }
}

fn score_fields(scores: &mut Scores, case: &Case, predicted: &[Predicted]) {
    let gold = &case.gold;
    scores.num_articles += 1;
    scores.num_gold_events += gold.len();
    scores.num_predicted_events += predicted.len();
    let incident = scores.fields.entry(Field::Incident).or_default();
    let (is_gold, is_predicted) = (!gold.is_empty(), !predicted.is_empty());
    incident.gold += usize::from(is_gold);
    incident.predicted += usize::from(is_predicted);
    incident.correct += usize::from(is_gold && is_predicted);
    incident.pairs += 1;
    incident.agree += usize::from(is_gold == is_predicted);
    if is_gold != is_predicted {
        scores.misses.push(Miss {
            link: case.link.clone(),
            field: Field::Incident,
            gold: gold
                .iter()
                .map(|e| e.event_type.as_str())
                .collect::<Vec<_>>()
                .join(","),
            predicted: predicted
                .iter()
                .map(|e| e.event_type.as_str())
                .collect::<Vec<_>>()
                .join(","),
        });
    }

    let pairs = match_events(gold, predicted);
    for &field in &Field::ALL[1..] {
        let score = scores.fields.entry(field).or_default();
        score.gold += gold
            .iter()
            .filter(|e| field_values(field, e).is_some())
            .count();
        score.predicted += predicted
            .iter()
            .filter(|e| predicted_value(field, e).is_some())
            .count();
        for &(g, p) in &pairs {
            let gold_value = field_values(field, &gold[g]);
            let predicted_value = predicted_value(field, &predicted[p]);
            let (correct, agree) = compare(field, &gold_value, &predicted_value);
            score.correct += usize::from(correct);
            score.pairs += 1;
            score.agree += usize::from(agree);
            if !agree {
                scores.misses.push(Miss {
                    link: case.link.clone(),
                    field,
                    gold: describe(&gold_value),
                    predicted: describe(&predicted_value),
                });
            }
        }
    }
    for &(g, p) in &pairs {
        *scores
            .confusion
            .entry((
                Some(gold[g].event_type.clone()),
                Some(predicted[p].event_type.clone()),
            ))
            .or_default() += 1;
    }
    for (g, event) in gold.iter().enumerate() {
        if !pairs.iter().any(|&(pg, _)| pg == g) {
            if is_predicted {
                scores.misses.push(Miss {
                    link: case.link.clone(),
                    field: Field::EventType,
                    gold: event.event_type.clone(),
                    predicted: "(missed)".to_owned(),
                });
            }
            *scores
                .confusion
                .entry((Some(event.event_type.clone()), None))
                .or_default() += 1;
        }
    }
    for (p, event) in predicted.iter().enumerate() {
        if !pairs.iter().any(|&(_, pp)| pp == p) {
            if is_gold {
                scores.misses.push(Miss {
                    link: case.link.clone(),
                    field: Field::EventType,
                    gold: "(spurious)".to_owned(),
                    predicted: event.event_type.clone(),
                });
            }
            *scores
                .confusion
                .entry((None, Some(event.event_type.clone())))
                .or_default() += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(gold: &str, predicted: &str, same: bool) {
        assert_eq!(
            same_name(gold, predicted),
            same,
            "{gold:?} vs {predicted:?}"
        );
    }

    #[test]
    fn names_compare_loosely_but_not_blindly() {
        check("Islamic State", "Islamic State", true);
        check("Al-Shabaab", "al-Shabaab fighters", true);
        check("Israel", "Israeli forces", false);
        check("Kata'ib Hezbollah", "Hezbollah", true);
        check("Mogadishu", "Kabul", false);
        check("the Taliban", "Taliban", true);
    }

    fn gold(event_type: &str, fatalities: Option<u32>) -> GoldEvent {
        GoldEvent {
            event_type: event_type.to_owned(),
            country_code: Some("IQ".to_owned()),
            place: None,
            fatalities,
            date: None,
            initiator: None,
            target: None,
        }
    }

    fn predicted(event_type: &str, fatalities: Option<u32>) -> Predicted {
        Predicted {
            event_type: event_type.to_owned(),
            country_code: Some("IQ".to_owned()),
            fatalities,
            ..Predicted::default()
        }
    }

    #[test]
    fn events_pair_by_agreement_not_order() {
        let gold = [gold("air_drone_strike", None), gold("armed_clash", Some(3))];
        let predicted = [
            predicted("armed_clash", Some(3)),
            predicted("air_drone_strike", None),
        ];
        assert_eq!(match_events(&gold, &predicted), vec![(0, 1), (1, 0)]);
    }
}
