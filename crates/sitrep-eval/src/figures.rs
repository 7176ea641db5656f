//! The figures issue 14 judges the classifier by, counted over a set of articles. Each
//! is defined here so that a reader knows exactly what is counted:
//!
//! - **Incident precision / recall**, per article. An article is a gold incident when its
//!   label lists at least one event, a predicted incident when the system returns at
//!   least one (`occurred`) event. Precision = articles both gold and predicted /
//!   articles predicted; recall = the same / articles gold.
//! - **Main event**, over the articles with at least one gold event only. The gold main
//!   event is the first event of the label; the predicted main event is the first event
//!   the system returns (for the classifier: its first `occurred` event, in its own
//!   order). Each main-event figure is a share of those articles, and an article with no
//!   predicted event counts wrong for all four:
//!   - *type*: the two main events have the same event type;
//!   - *country (type also right)*: same type and same country (ISO code, case ignored);
//!   - *fatalities exact*: the same toll;
//!   - *date exact*: the same date.
//!
//!   For country, fatalities and date, null against null counts as right (an event at
//!   sea, no toll stated, no day given). The classifier gives a null date when the text
//!   gives no day (the publication day is not the event's day).
//! - **Event F1**, over every event of every article, negatives included (where each
//!   predicted event is a false one). Within an article, gold and predicted events are
//!   paired one to one when they have the same type and the same country (null = null),
//!   as many pairs as can be made; each pair is a true positive. Precision = pairs /
//!   predicted events, recall = pairs / gold events.
//! - **Initiator F1**, over the same pairs: an initiator is right when both events of a
//!   pair name one and the names agree as actors ([`same_actor`]: the
//!   same words, or the same actor as the classifier's actor lexicon reads them). Precision = right initiators /
//!   predicted events naming an initiator (paired or not), recall = right initiators /
//!   gold events naming one.

use crate::actor_names::same_actor;
use crate::corpus::{Case, GoldEvent};
use crate::metrics::{FieldScore, Predicted};

/// Counts behind the figures for one set of articles.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    pub num_articles: usize,
    /// Per article: `gold` articles with events, `predicted` articles with predicted
    /// events, `correct` articles with both.
    pub incident: FieldScore,
    /// Articles with at least one gold event: the denominator of the main-event shares.
    pub num_main: usize,
    pub main_type: usize,
    pub main_country: usize,
    pub main_fatalities: usize,
    pub main_date: usize,
    /// `correct` = events paired by type and country.
    pub events: FieldScore,
    /// `correct` = right initiators over the pairs.
    pub initiator: FieldScore,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Whether two country codes are the same: ISO codes with case ignored, null against
/// null the same (an event at sea).
pub fn same_country(gold: &Option<String>, predicted: &Option<String>) -> bool {
    match (gold, predicted) {
        (Some(g), Some(p)) => g.eq_ignore_ascii_case(p),
        (None, None) => true,
        _ => false,
    }
}

/// Whether a predicted event can pair with a gold one: the same type and the same
/// country ([`same_country`]).
pub fn same_type_and_country(gold: &GoldEvent, predicted: &Predicted) -> bool {
    gold.event_type == predicted.event_type
        && same_country(&gold.country_code, &predicted.country_code)
}

/// Pairs (gold index, predicted index) of events with the same type and country, one to
/// one and as many as can be made: every gold event of a (type, country) group can pair
/// with every predicted one of it, so taking pairs greedily reaches the largest number.
/// The pairs whose initiators agree are taken first, then those closest in order of
/// mention.
pub fn pair_by_type_and_country(
    gold: &[GoldEvent],
    predicted: &[Predicted],
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (g, gold_event) in gold.iter().enumerate() {
        for (p, predicted_event) in predicted.iter().enumerate() {
            if same_type_and_country(gold_event, predicted_event) {
                let initiator_agrees = initiator_right(gold_event, predicted_event);
                candidates.push((!initiator_agrees, g.abs_diff(p), g, p));
            }
        }
    }
    candidates.sort_unstable();
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

fn initiator_right(gold: &GoldEvent, predicted: &Predicted) -> bool {
    match (&gold.initiator, &predicted.initiator) {
        (Some(g), Some(p)) => same_actor(g, p),
        _ => false,
    }
}

impl Figures {
    /// Counts one article with the events the system returned for it, in its order.
    pub fn add(&mut self, case: &Case, predicted: &[Predicted]) {
        let gold = &case.gold;
        self.num_articles += 1;
        let (is_gold, is_predicted) = (!gold.is_empty(), !predicted.is_empty());
        self.incident.gold += usize::from(is_gold);
        self.incident.predicted += usize::from(is_predicted);
        self.incident.correct += usize::from(is_gold && is_predicted);
        self.incident.pairs += 1;
        self.incident.agree += usize::from(is_gold == is_predicted);

        if let Some(gold_main) = gold.first() {
            self.num_main += 1;
            if let Some(main) = predicted.first() {
                let type_right = gold_main.event_type == main.event_type;
                self.main_type += usize::from(type_right);
                self.main_country += usize::from(
                    type_right && same_country(&gold_main.country_code, &main.country_code),
                );
                self.main_fatalities += usize::from(gold_main.fatalities == main.fatalities);
                self.main_date += usize::from(gold_main.date == main.date);
            }
        }

        let pairs = pair_by_type_and_country(gold, predicted);
        self.events.gold += gold.len();
        self.events.predicted += predicted.len();
        self.events.correct += pairs.len();
        self.events.pairs += pairs.len();
        self.events.agree += pairs.len();
        self.initiator.gold += gold.iter().filter(|e| e.initiator.is_some()).count();
        self.initiator.predicted += predicted.iter().filter(|e| e.initiator.is_some()).count();
        for &(g, p) in &pairs {
            let right = initiator_right(&gold[g], &predicted[p]);
            self.initiator.correct += usize::from(right);
            self.initiator.pairs += 1;
            self.initiator.agree += usize::from(
                right || (gold[g].initiator.is_none() && predicted[p].initiator.is_none()),
            );
        }
    }

    pub fn main_type(&self) -> f64 {
        ratio(self.main_type, self.num_main)
    }
    pub fn main_country(&self) -> f64 {
        ratio(self.main_country, self.num_main)
    }
    pub fn main_fatalities(&self) -> f64 {
        ratio(self.main_fatalities, self.num_main)
    }
    pub fn main_date(&self) -> f64 {
        ratio(self.main_date, self.num_main)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::corpus::case_for_test;

    /// An event written `type/country/fatalities/day/initiator`, `-` for null.
    fn parse(
        spec: &str,
    ) -> (
        String,
        Option<String>,
        Option<u32>,
        Option<NaiveDate>,
        Option<String>,
    ) {
        let parts: Vec<&str> = spec.split('/').collect();
        let opt = |s: &str| (s != "-").then(|| s.to_owned());
        (
            parts[0].to_owned(),
            opt(parts[1]),
            opt(parts[2]).map(|f| f.parse().expect("a toll")),
            opt(parts[3]).map(|d| {
                let day = d.parse().expect("a day of May");
                NaiveDate::from_ymd_opt(2024, 5, day).expect("a date in May 2024")
            }),
            opt(parts[4]),
        )
    }

    fn case(gold: &[&str]) -> Case {
        let gold = gold
            .iter()
            .map(|spec| {
                let (event_type, country_code, fatalities, date, initiator) = parse(spec);
                GoldEvent {
                    event_type,
                    country_code,
                    place: None,
                    fatalities,
                    date,
                    initiator,
                    target: None,
                }
            })
            .collect();
        case_for_test("", "", gold)
    }

    fn predicted(specs: &[&str]) -> Vec<Predicted> {
        specs
            .iter()
            .map(|spec| {
                let (event_type, country_code, fatalities, date, initiator) = parse(spec);
                Predicted {
                    event_type,
                    country_code,
                    fatalities,
                    date,
                    initiator,
                    ..Predicted::default()
                }
            })
            .collect()
    }

    /// The counts one article gives, as
    /// (incident c/p/g, main n/type/country/fatalities/date, events c/p/g, initiator c/p/g).
    type Expected = ([usize; 3], [usize; 5], [usize; 3], [usize; 3]);

    fn check(gold: &[&str], got: &[&str], expected: Expected) {
        let mut figures = Figures::default();
        figures.add(&case(gold), &predicted(got));
        let actual: Expected = (
            [
                figures.incident.correct,
                figures.incident.predicted,
                figures.incident.gold,
            ],
            [
                figures.num_main,
                figures.main_type,
                figures.main_country,
                figures.main_fatalities,
                figures.main_date,
            ],
            [
                figures.events.correct,
                figures.events.predicted,
                figures.events.gold,
            ],
            [
                figures.initiator.correct,
                figures.initiator.predicted,
                figures.initiator.gold,
            ],
        );
        assert_eq!(actual, expected, "gold {gold:?}, predicted {got:?}");
    }

    #[test]
    fn each_figure_counts_what_its_doc_says() {
        // A negative judged right counts nothing but the article.
        check(&[], &[], ([0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0], [0, 0, 0]));
        // A false alarm: a predicted incident and event, nothing gold.
        check(
            &[],
            &["armed_clash/NG/3/2/Boko Haram"],
            ([0, 1, 0], [0, 0, 0, 0, 0], [0, 1, 0], [0, 1, 0]),
        );
        // A missed article counts wrong on every main-event figure.
        check(
            &["armed_clash/NG/3/2/Boko Haram"],
            &[],
            ([0, 0, 1], [1, 0, 0, 0, 0], [0, 0, 1], [0, 0, 1]),
        );
        // All right; null against null counts for fatalities and date.
        check(
            &["air_drone_strike/SO/-/-/United States"],
            &["air_drone_strike/so/-/-/US forces of the United States"],
            ([1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1], [1, 1, 1]),
        );
        // Right country, wrong type: the country figure needs the type too.
        check(
            &["armed_clash/ML/-/1/-"],
            &["attack_on_civilians/ML/-/1/-"],
            ([1, 1, 1], [1, 0, 0, 1, 1], [0, 1, 1], [0, 0, 0]),
        );
        // An event at sea: null country against null is right.
        check(
            &["shelling_artillery_missile_attack/-/-/4/Houthis"],
            &["shelling_artillery_missile_attack/-/-/4/-"],
            ([1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1], [0, 0, 1]),
        );
        // The main events are the first ones: the second gold event found first is
        // wrong as the main event, but still pairs for event F1.
        check(
            &[
                "air_drone_strike/IQ/2/1/United States",
                "shelling_artillery_missile_attack/IQ/-/1/Kata'ib Hezbollah",
            ],
            &[
                "shelling_artillery_missile_attack/IQ/-/1/Hezbollah",
                "air_drone_strike/IQ/2/1/Iran",
            ],
            ([1, 1, 1], [1, 0, 0, 0, 1], [2, 2, 2], [1, 2, 2]),
        );
        // A spurious extra event lowers event precision only.
        check(
            &["remote_explosive_ied/AF/5/3/Taliban"],
            &[
                "remote_explosive_ied/AF/5/3/Taliban",
                "armed_clash/AF/-/3/Taliban",
            ],
            ([1, 1, 1], [1, 1, 1, 1, 1], [1, 2, 1], [1, 2, 1]),
        );
        // Two gold events of one kind, one found: one pair, and it takes the gold event
        // whose initiator agrees.
        check(
            &[
                "armed_clash/SD/-/-/Rapid Support Forces",
                "armed_clash/SD/-/-/Sudanese Armed Forces",
            ],
            &["armed_clash/SD/-/-/Sudanese Armed Forces"],
            ([1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 2], [1, 1, 2]),
        );
    }
}
