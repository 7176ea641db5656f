//! Evaluation of incident clustering: which reports the incident stage puts together.
//!
//! The corpus (`tests/data/incidents/`) is one feed file per outlet plus
//! `clusters.jsonl`, which gives every item's gold incident label (and, for an article
//! that reports several incidents, the others in `also`). Each item goes through the
//! real parser, normalizer and classifier; its `occurred` events are merged by
//! [`IncidentIndex`] in publication order, as the stage would see them, and each
//! event's incident is read as soon as it is merged (an incident that later leaves the
//! window still counts). A report's predicted incidents are those of all its events
//! (an article the classifier finds no event in is a cluster of its own, which costs
//! recall).
//!
//! Scores are pairwise: over every pair of reports, a pair is predicted together when
//! they share an incident and gold together when they share a label. The baseline is
//! the one-a-day filter of GDELT practice: one incident per (date, type, country), for
//! every event of a report alike.
//!
//! A corpus under a `blind/` folder is scored figures-only: no link of it is kept, in
//! the scores or in an error.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use chrono::Utc;
use serde::Deserialize;
use sitrep_classifier::Classifier;
use sitrep_contract::{Article, FeedId, FeedRef, IncidentEvent, Status};
use sitrep_incidents::IncidentIndex;
pub use sitrep_incidents::IndexConfig;

use crate::corpus::WITHHELD;
use crate::{disclosure_of, CorpusError, Disclosure};

/// One labelled report.
#[derive(Debug, Clone)]
pub struct LabelledReport {
    /// The item's link (empty under a `blind/` folder: nothing names those).
    pub link: String,
    /// The gold incident labels: the one it reports, then any others it also reports.
    pub incidents: Vec<String>,
    pub article: Article,
    pub disclosure: Disclosure,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClusterLine {
    link: String,
    incident: String,
    /// The other incidents of an article that reports several.
    #[serde(default)]
    also: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// Pairwise counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairScore {
    pub true_pairs: usize,
    pub predicted_pairs: usize,
    pub gold_pairs: usize,
}

impl PairScore {
    pub fn precision(&self) -> f64 {
        ratio(self.true_pairs, self.predicted_pairs)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_pairs, self.gold_pairs)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// What one system made of the corpus.
#[derive(Debug, Clone)]
pub struct Clustering {
    pub score: PairScore,
    pub num_clusters: usize,
    /// Pairs put together that the gold keeps apart, and the reverse: `(link, link)`.
    pub false_pairs: Vec<(String, String)>,
    pub missed_pairs: Vec<(String, String)>,
}

/// Ours and the baseline's clustering of one corpus.
#[derive(Debug, Clone)]
pub struct ClusteringScores {
    pub num_reports: usize,
    pub num_gold_incidents: usize,
    /// The `occurred` events the classifier found, and the reports with none.
    pub num_events: usize,
    pub num_without_event: usize,
    pub ours: Clustering,
    pub baseline: Clustering,
    /// Why ours keeps gold pairs apart, counted (figures only, any split): a report
    /// without an event, the furthest check two of their events pass before failing
    /// ([`sitrep_incidents::Apart`]), or `compatible` when two of their events could be
    /// one incident alone (the incident's merged fields, or a tie, kept them apart).
    pub missed_why: Vec<(String, usize)>,
    /// The events' places by precision (`no_country` for those without a country) and
    /// their dates (`no_day`: none read from the text), counted.
    pub event_profile: Vec<(String, usize)>,
    /// What the classifier read in the reports without an `occurred` event: the status
    /// of each other event (historical, threatened, denied), or `nothing`, counted.
    pub without_event: Vec<(String, usize)>,
    /// The reports without an `occurred` event by outlet (the feed's name), and by the
    /// type the other reports of their gold incident were given most (`unseen` when
    /// none has an event), counted: figures only, to learn which kinds are missed.
    pub without_event_by_outlet: Vec<(String, usize)>,
    pub without_event_by_type: Vec<(String, usize)>,
}

/// Reads `dir`: every `*.xml`/`*.json` feed and `clusters.jsonl`. Under a `blind/`
/// folder, errors name the file but never an item.
pub fn load_clustering_corpus(dir: &Path) -> Result<Vec<LabelledReport>, CorpusError> {
    let disclosure = match std::fs::canonicalize(dir) {
        Ok(resolved) if disclosure_of(&resolved) == Disclosure::Full => disclosure_of(dir),
        _ => Disclosure::FiguresOnly,
    };
    let told = |detail: String| match disclosure {
        Disclosure::Full => detail,
        Disclosure::FiguresOnly => WITHHELD.to_owned(),
    };
    let read_err = |path: &Path, message: String| CorpusError::Read {
        path: path.display().to_string(),
        message,
    };
    let labels_path = dir.join("clusters.jsonl");
    let labels_text =
        std::fs::read_to_string(&labels_path).map_err(|e| read_err(&labels_path, e.to_string()))?;
    let mut labels: HashMap<String, Vec<String>> = HashMap::new();
    for (index, line) in labels_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let label: ClusterLine = serde_json::from_str(line).map_err(|e| CorpusError::Label {
            path: labels_path.display().to_string(),
            line: index + 1,
            message: told(e.to_string()),
        })?;
        let mut incidents = vec![label.incident];
        incidents.extend(label.also);
        labels.insert(label.link, incidents);
    }
    let mut feeds: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| read_err(dir, e.to_string()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            name.is_some_and(|n| n.ends_with(".xml") || n.ends_with(".feed.json"))
        })
        .collect();
    feeds.sort();
    let mut reports = Vec::new();
    for path in feeds {
        let bytes = std::fs::read(&path).map_err(|e| read_err(&path, e.to_string()))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let outlet = name.split('.').next().unwrap_or(&name).to_owned();
        let feed = FeedRef {
            id: FeedId::for_feed(&format!("incidents-corpus:{name}")),
            url: format!("https://corpus.sitrep.invalid/incidents/{name}"),
            name: Some(outlet),
        };
        let items = sitrep_fetcher::parse_feed(&feed, &bytes, Utc::now(), usize::MAX)
            .map_err(|e| read_err(&path, told(e.to_string())))?;
        for item in items {
            let link = item.link.clone().unwrap_or_default();
            let incidents = labels
                .remove(&link)
                .ok_or_else(|| CorpusError::Unlabelled {
                    path: path.display().to_string(),
                    link: told(link.clone()),
                })?;
            let mut article = sitrep_normalizer::normalize(&item)
                .map_err(|e| read_err(&path, told(e.to_string())))?;
            article.fetched_at = article.published_at;
            reports.push(LabelledReport {
                link,
                incidents,
                article,
                disclosure,
            });
        }
    }
    if let Some(link) = labels.into_keys().next() {
        return Err(CorpusError::Orphan {
            path: labels_path.display().to_string(),
            link: told(link),
        });
    }
    // The order the stage would see them in.
    reports
        .sort_by(|a, b| (a.article.published_at, &a.link).cmp(&(b.article.published_at, &b.link)));
    if disclosure == Disclosure::FiguresOnly {
        for report in &mut reports {
            report.link.clear();
        }
    }
    Ok(reports)
}

/// Merges the events of each report (reports in the order given, events in article
/// order) and returns every report's incidents, each read as its event was merged.
/// A report without an event gets a cluster of its own (`alone:N`).
pub fn cluster_events(events: &[Vec<IncidentEvent>], config: IndexConfig) -> Vec<Vec<String>> {
    let mut index = IncidentIndex::new(config);
    events
        .iter()
        .enumerate()
        .map(|(n, events)| {
            let mut incidents: Vec<String> = Vec::new();
            for event in events {
                index.apply(event);
            }
            // Read now, once the report's events are all in (one may make another
            // background): by the end of the stream this incident may have left the
            // window, and it would no longer say where the event went.
            for event in events {
                let incident = index
                    .incident_of(&event.id)
                    .map_or_else(|| format!("alone:{n}:{}", event.id), ToString::to_string);
                if !incidents.contains(&incident) {
                    incidents.push(incident);
                }
            }
            if incidents.is_empty() {
                incidents.push(format!("alone:{n}"));
            }
            incidents
        })
        .collect()
}

/// The one-a-day filter: every event's (date, type, country).
pub fn one_a_day(events: &[Vec<IncidentEvent>]) -> Vec<Vec<String>> {
    events
        .iter()
        .enumerate()
        .map(|(n, events)| {
            let mut keys: Vec<String> = events
                .iter()
                .map(|event| {
                    format!(
                        "{}|{}|{}",
                        event
                            .occurred_on
                            .date
                            .unwrap_or_else(|| event.article.published_at.date_naive()),
                        event.event_type.code(),
                        event.location.country_code.as_deref().unwrap_or("-")
                    )
                })
                .collect();
            keys.dedup();
            if keys.is_empty() {
                keys.push(format!("alone:{n}"));
            }
            keys
        })
        .collect()
}

/// Classifies every report (as of its publication) and clusters it with the incident
/// index and with the one-a-day baseline.
pub fn evaluate_clustering(
    classifier: &Classifier,
    reports: &[LabelledReport],
    config: IndexConfig,
) -> ClusteringScores {
    let mut without_event = Vec::new();
    let events: Vec<Vec<IncidentEvent>> = reports
        .iter()
        .map(|report| {
            let (occurred, other): (Vec<IncidentEvent>, Vec<IncidentEvent>) = classifier
                .classify(&report.article, report.article.published_at)
                .into_iter()
                .partition(|event| event.status == Status::Occurred);
            if occurred.is_empty() && other.is_empty() {
                count(&mut without_event, "nothing");
            } else if occurred.is_empty() {
                for event in &other {
                    count(
                        &mut without_event,
                        &format!("{:?}", event.status).to_lowercase(),
                    );
                }
            }
            occurred
        })
        .collect();
    let mut scores = score_clusterings(reports, &events, config);
    without_event.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    scores.without_event = without_event;
    let (by_outlet, by_type) = without_event_kinds(reports, &events);
    scores.without_event_by_outlet = by_outlet;
    scores.without_event_by_type = by_type;
    scores
}

/// Keys counted, most first.
type Tally = Vec<(String, usize)>;

/// The reports without an event counted by outlet and by the type most events of the
/// other reports of their gold incident have (`unseen` when none has an event).
fn without_event_kinds(
    reports: &[LabelledReport],
    events: &[Vec<IncidentEvent>],
) -> (Tally, Tally) {
    let mut by_outlet = Vec::new();
    let mut by_type = Vec::new();
    let mut num_by_outlet = Vec::new();
    for report in reports {
        count(
            &mut num_by_outlet,
            report.article.source.as_deref().unwrap_or("-"),
        );
    }
    for (n, report) in reports.iter().enumerate() {
        if !events[n].is_empty() {
            continue;
        }
        let outlet = report.article.source.as_deref().unwrap_or("-");
        count(&mut by_outlet, outlet);
        let mut types = Vec::new();
        for (m, other) in reports.iter().enumerate() {
            if m != n && share(&report.incidents, &other.incidents) {
                for event in &events[m] {
                    count(&mut types, event.event_type.code());
                }
            }
        }
        let most = types
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .map_or("unseen", |(code, _)| code.as_str());
        count(&mut by_type, most);
    }
    let order = |tally: &mut Vec<(String, usize)>| {
        tally.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    };
    order(&mut by_outlet);
    order(&mut by_type);
    // "outlet/N": N reports of that outlet in all.
    for (outlet, _) in &mut by_outlet {
        let all = num_by_outlet
            .iter()
            .find(|(o, _)| o == outlet)
            .map_or(0, |(_, all)| *all);
        *outlet = format!("{outlet}/{all}");
    }
    (by_outlet, by_type)
}

/// Scores the clustering of `events` (one list per report) against the reports' labels.
pub fn score_clusterings(
    reports: &[LabelledReport],
    events: &[Vec<IncidentEvent>],
    config: IndexConfig,
) -> ClusteringScores {
    let tied = opened_on_a_tie(events, config.clone());
    let ours = cluster_events(events, config);
    let baseline = one_a_day(events);
    let gold: Vec<Vec<String>> = reports.iter().map(|r| r.incidents.clone()).collect();
    let mut distinct_gold: Vec<&String> = gold.iter().flatten().collect();
    distinct_gold.sort_unstable();
    distinct_gold.dedup();
    let num_events = events.iter().map(Vec::len).sum();
    let num_without_event = events.iter().filter(|e| e.is_empty()).count();
    ClusteringScores {
        num_reports: reports.len(),
        num_gold_incidents: distinct_gold.len(),
        num_events,
        num_without_event,
        ours: pairwise(reports, &gold, &ours),
        baseline: pairwise(reports, &gold, &baseline),
        missed_why: missed_why(events, &gold, &ours, &tied),
        event_profile: event_profile(events),
        without_event: Vec::new(),
        without_event_by_outlet: Vec::new(),
        without_event_by_type: Vec::new(),
    }
}

fn count(tally: &mut Vec<(String, usize)>, key: &str) {
    match tally.iter_mut().find(|(k, _)| k == key) {
        Some((_, n)) => *n += 1,
        None => tally.push((key.to_owned(), 1)),
    }
}

/// Whether each report has an event that opened an incident of its own because two
/// candidates tied (the index's near-miss note).
fn opened_on_a_tie(events: &[Vec<IncidentEvent>], config: IndexConfig) -> Vec<bool> {
    let mut index = IncidentIndex::new(config);
    events
        .iter()
        .map(|events| {
            for event in events {
                index.apply(event);
            }
            events.iter().any(|event| {
                let record = index.incident_of(&event.id).and_then(|id| index.get(id));
                record.is_some_and(|record| {
                    record.reports.iter().any(|r| {
                        r.event_id == event.id
                            && r.merge.as_ref().is_some_and(|m| {
                                m.decision == sitrep_contract::MergeDecision::Opened
                                    && m.near_miss.is_some()
                            })
                    })
                })
            })
        })
        .collect()
}

fn missed_why(
    events: &[Vec<IncidentEvent>],
    gold: &[Vec<String>],
    predicted: &[Vec<String>],
    tied: &[bool],
) -> Vec<(String, usize)> {
    let mut tally = Vec::new();
    for i in 0..events.len() {
        for j in i + 1..events.len() {
            if !share(&gold[i], &gold[j]) || share(&predicted[i], &predicted[j]) {
                continue;
            }
            if events[i].is_empty() || events[j].is_empty() {
                count(&mut tally, "no_event");
                continue;
            }
            let verdicts = events[i].iter().flat_map(|a| {
                events[j]
                    .iter()
                    .map(move |b| (sitrep_incidents::pair_agreement(a, b).err(), a, b))
            });
            let furthest = verdicts.max_by(|(a, ..), (b, ..)| match (a, b) {
                (None, None) => std::cmp::Ordering::Equal,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (Some(_), None) => std::cmp::Ordering::Less,
                (Some(x), Some(y)) => x.cmp(y),
            });
            let Some((why, a, b)) = furthest else {
                continue;
            };
            let mut why = why_detail(why, a, b);
            if why == "compatible" && (tied[i] || tied[j]) {
                why.push_str("(tie)");
            }
            count(&mut tally, &why);
        }
    }
    tally.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    tally
}

/// The reason with what kind of pair it was: the two types, the two places'
/// precisions, the days between the dates (`?` for one not read from the text).
fn why_detail(
    why: Option<sitrep_incidents::Apart>,
    a: &IncidentEvent,
    b: &IncidentEvent,
) -> String {
    use sitrep_incidents::Apart;
    let Some(why) = why else {
        return "compatible".to_owned();
    };
    let pair = |x: String, y: String| {
        if x <= y {
            format!("{x}/{y}")
        } else {
            format!("{y}/{x}")
        }
    };
    let precision = |e: &IncidentEvent| format!("{:?}", e.location.precision).to_lowercase();
    let detail = match why {
        Apart::Attacker => {
            // What the one that is not a clash tells: an armed target, its initiator's
            // kind, a toll, civilians.
            use sitrep_contract::{ActorKind, ActorRole, EventType};
            let tells = |e: &IncidentEvent| {
                let armed = |x: &&sitrep_contract::Actor| {
                    x.kind != ActorKind::Civilians && x.role != ActorRole::Victim
                };
                let mut told = Vec::new();
                if e.actors
                    .iter()
                    .filter(armed)
                    .any(|x| x.role == ActorRole::Target)
                {
                    told.push("target");
                }
                if e.actors
                    .iter()
                    .filter(armed)
                    .any(|x| x.role == ActorRole::Initiator)
                {
                    told.push("initiator");
                }
                if e.fatalities.is_some_and(|n| n > 0) {
                    told.push("toll");
                }
                if e.actors.iter().any(|x| x.kind == ActorKind::Civilians) {
                    told.push("civilians");
                }
                told.join("+")
            };
            let other = if a.event_type == EventType::ArmedClash {
                b
            } else {
                a
            };
            format!(
                "{},{}",
                pair(
                    a.event_type.code().to_owned(),
                    b.event_type.code().to_owned()
                ),
                tells(other)
            )
        }
        Apart::Type => pair(
            a.event_type.code().to_owned(),
            b.event_type.code().to_owned(),
        ),
        Apart::Country => {
            // Whether one's named parties are all of the other's country (a place name
            // read in the wrong country), and whether both state one toll.
            fn party_countries(e: &IncidentEvent) -> Vec<&str> {
                let mut codes: Vec<&str> = e
                    .actors
                    .iter()
                    .filter(|x| x.kind != sitrep_contract::ActorKind::Civilians)
                    .filter_map(|x| x.country_code.as_deref())
                    .collect();
                codes.sort_unstable();
                codes.dedup();
                codes
            }
            let theirs = |x: &IncidentEvent, y: &IncidentEvent| {
                let codes = party_countries(x);
                !codes.is_empty()
                    && codes
                        .iter()
                        .all(|c| Some(*c) == y.location.country_code.as_deref())
            };
            let mut detail = pair(precision(a), precision(b));
            if theirs(a, b) || theirs(b, a) {
                detail.push_str(",parties_of_the_other");
            }
            if a.fatalities.is_some() && a.fatalities == b.fatalities {
                detail.push_str(",toll");
            }
            let named = |x: &&sitrep_contract::Actor| {
                x.kind != sitrep_contract::ActorKind::Civilians
                    && !sitrep_incidents::compat::is_generic(x)
            };
            if a.actors.iter().filter(named).any(|x| {
                b.actors
                    .iter()
                    .filter(named)
                    .any(|y| sitrep_incidents::compat::same_party(x, y))
            }) {
                detail.push_str(",party");
            }
            if a.event_type == b.event_type {
                detail.push_str(",same_type");
            }
            if a.occurred_on.text.is_some()
                && b.occurred_on.text.is_some()
                && a.occurred_on.date == b.occurred_on.date
            {
                detail.push_str(",same_day");
            }
            detail
        }
        Apart::Place | Apart::NoCountryEvidence => pair(precision(a), precision(b)),
        Apart::Days => {
            let day =
                |e: &IncidentEvent| e.occurred_on.date.filter(|_| e.occurred_on.text.is_some());
            // How each report's words date it: a part of the day, a word counted from
            // the writer's today, a calendar date, or only a day's name.
            let wording = |e: &IncidentEvent| {
                let Some(text) = e.occurred_on.text.as_deref() else {
                    return "none".to_owned();
                };
                let text = text.to_ascii_lowercase();
                let kinds = [
                    ("night", "night"),
                    ("early", "early"),
                    ("dawn", "early"),
                    ("late", "late"),
                    ("afternoon", "afternoon"),
                    ("evening", "evening"),
                    ("morning", "morning"),
                    ("today", "today"),
                    ("yesterday", "yesterday"),
                ];
                let kind = kinds
                    .iter()
                    .find(|(word, _)| text.contains(word))
                    .map(|(_, kind)| *kind);
                // A liveblog's clock time ("14:20") is no calendar date.
                let clock = text
                    .as_bytes()
                    .windows(3)
                    .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
                let kind = kind.unwrap_or(if clock {
                    "clock"
                } else if text.chars().any(|c| c.is_ascii_digit()) {
                    "date"
                } else {
                    "weekday"
                });
                // How many days before its publication the words put it.
                let before = e.occurred_on.date.map_or_else(
                    || "?".to_owned(),
                    |date| {
                        (e.article.published_at.date_naive() - date)
                            .num_days()
                            .to_string()
                    },
                );
                format!("{kind}-{before}")
            };
            let apart = match (day(a), day(b)) {
                (Some(x), Some(y)) => format!("{}d", (x - y).num_days().abs()),
                _ => "?".to_owned(),
            };
            format!("{apart},{}", pair(wording(a), wording(b)))
        }
        Apart::Actors => {
            // The kinds of each side's initiators, and whether one's initiator is the
            // other's target (the sides told swapped).
            use sitrep_contract::{ActorKind, ActorRole};
            let kinds = |e: &IncidentEvent| {
                let mut kinds: Vec<&str> = e
                    .actors
                    .iter()
                    .filter(|x| x.role == ActorRole::Initiator)
                    .map(|x| match x.kind {
                        ActorKind::StateForce => "state",
                        ActorKind::NonStateArmedGroup => "group",
                        ActorKind::InternationalForce => "intl",
                        ActorKind::Civilians => "civilians",
                        _ => "unknown",
                    })
                    .collect();
                kinds.sort_unstable();
                kinds.dedup();
                kinds.join("+")
            };
            let swapped = |x: &IncidentEvent, y: &IncidentEvent| {
                x.actors.iter().any(|p| {
                    p.role == ActorRole::Initiator
                        && y.actors.iter().any(|q| {
                            q.role == ActorRole::Target && q.name.eq_ignore_ascii_case(&p.name)
                        })
                })
            };
            let swap = if swapped(a, b) || swapped(b, a) {
                ",swapped"
            } else {
                ""
            };
            format!(
                "{}{swap},{}",
                pair(kinds(a), kinds(b)),
                pair(
                    a.event_type.code().to_owned(),
                    b.event_type.code().to_owned()
                )
            )
        }
        _ => return why.as_str().to_owned(),
    };
    format!("{}({detail})", why.as_str())
}

fn event_profile(events: &[Vec<IncidentEvent>]) -> Vec<(String, usize)> {
    let mut tally = Vec::new();
    for event in events.iter().flatten() {
        let precision = format!("{:?}", event.location.precision).to_lowercase();
        count(&mut tally, &precision);
        if event.location.country_code.is_none() {
            count(&mut tally, "no_country");
        }
        if event.occurred_on.date.is_none() || event.occurred_on.text.is_none() {
            count(&mut tally, "no_day");
        }
    }
    tally.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    tally
}

fn share(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.contains(x))
}

fn pairwise(
    reports: &[LabelledReport],
    gold: &[Vec<String>],
    predicted: &[Vec<String>],
) -> Clustering {
    let mut score = PairScore::default();
    let mut false_pairs = Vec::new();
    let mut missed_pairs = Vec::new();
    for i in 0..reports.len() {
        for j in i + 1..reports.len() {
            let together = share(&predicted[i], &predicted[j]);
            let gold_together = share(&gold[i], &gold[j]);
            score.predicted_pairs += usize::from(together);
            score.gold_pairs += usize::from(gold_together);
            score.true_pairs += usize::from(together && gold_together);
            // Nothing of the blind split is named, not even in a pair.
            let disclosed = reports[i].disclosure == Disclosure::Full
                && reports[j].disclosure == Disclosure::Full;
            let pair = || (reports[i].link.clone(), reports[j].link.clone());
            if disclosed && together && !gold_together {
                false_pairs.push(pair());
            } else if disclosed && gold_together && !together {
                missed_pairs.push(pair());
            }
        }
    }
    let mut clusters: Vec<&String> = predicted.iter().flatten().collect();
    clusters.sort_unstable();
    clusters.dedup();
    Clustering {
        score,
        num_clusters: clusters.len(),
        false_pairs,
        missed_pairs,
    }
}

/// The clustering table: ours and the baseline side by side, then the wrong pairs.
pub fn render_clustering(title: &str, scores: &ClusteringScores) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "== {title}: {} reports of {} incidents (pairwise clustering); {} events, {} reports without one",
        scores.num_reports, scores.num_gold_incidents, scores.num_events, scores.num_without_event
    );
    let _ = writeln!(
        out,
        "{:<28} {:>9} {:>9} {:>9} {:>9} {:>7}",
        "", "clusters", "P", "R", "F1", "pairs"
    );
    for (name, clustering) in [
        ("sitrep incidents", &scores.ours),
        ("one-a-day (date,type,cc)", &scores.baseline),
    ] {
        let s = clustering.score;
        let _ = writeln!(
            out,
            "{name:<28} {:>9} {:>9.3} {:>9.3} {:>9.3} {:>7}",
            clustering.num_clusters,
            s.precision(),
            s.recall(),
            s.f1(),
            s.predicted_pairs
        );
    }
    let tally = |items: &[(String, usize)]| {
        items
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        out,
        "  gold pairs apart, why: {}",
        tally(&scores.missed_why)
    );
    let _ = writeln!(out, "  events: {}", tally(&scores.event_profile));
    let _ = writeln!(
        out,
        "  reports without an event, what was read: {}",
        tally(&scores.without_event)
    );
    let _ = writeln!(
        out,
        "  reports without an event, by outlet: {}; by their incident's type: {}",
        tally(&scores.without_event_by_outlet),
        tally(&scores.without_event_by_type)
    );
    for (a, b) in &scores.ours.false_pairs {
        let _ = writeln!(out, "  together, gold apart: {a} {b}");
    }
    for (a, b) in &scores.ours.missed_pairs {
        let _ = writeln!(out, "  apart, gold together: {a} {b}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Duration, NaiveDate};
    use sitrep_contract::{
        Actor, ActorKind, ActorRole, ArticleId, ArticleRef, EventId, EventType, Location,
        LocationPrecision, OccurredOn,
    };

    /// One outlet's report of incident `incident` (a strike in a town of its own)
    /// on `day` days after 3 March 2025, published that evening.
    fn event(incident: usize, outlet: usize, day: i64) -> IncidentEvent {
        let url = format!("https://outlet{outlet}.example/{incident}");
        let article = ArticleId::for_url(&url);
        let date = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap_or_default() + Duration::days(day);
        let published: DateTime<Utc> = date
            .and_hms_opt(18, u32::try_from(outlet).unwrap_or(0), 0)
            .unwrap_or_default()
            .and_utc();
        IncidentEvent {
            schema: IncidentEvent::SCHEMA.into(),
            id: EventId::for_event(&article, 0),
            article: ArticleRef {
                id: article,
                url: Some(url),
                title: "t".into(),
                source: Some(format!("Outlet {outlet}")),
                feed_id: FeedId::for_feed("f"),
                published_at: published,
                language: Some("en".into()),
            },
            event_type: EventType::AirDroneStrike,
            acled: EventType::AirDroneStrike.acled(),
            cameo: EventType::AirDroneStrike.cameo().into(),
            status: Status::Occurred,
            occurred_on: OccurredOn::day(date, Some("on Monday".into())),
            location: Location {
                name: format!("Town {incident}"),
                country_code: Some("UA".into()),
                admin1: None,
                lat: Some(45.0 + incident as f64),
                lon: Some(30.0),
                precision: LocationPrecision::City,
            },
            actors: vec![Actor {
                name: "Russia".into(),
                role: ActorRole::Initiator,
                kind: ActorKind::StateForce,
                country_code: Some("RU".into()),
            }],
            fatalities: None,
            injuries: None,
            weapons: vec![],
            confidence: 0.9,
            evidence: vec![],
            classified_at: published,
            classifier_version: "0".into(),
        }
    }

    /// Pairwise recall and precision of 28 incidents of three reports each, one
    /// incident every `days_apart` days.
    fn scored(days_per_incident: f64) -> (usize, usize, usize) {
        let mut events: Vec<(Vec<IncidentEvent>, String)> = Vec::new();
        for incident in 0..28 {
            let day = (incident as f64 * days_per_incident) as i64;
            for outlet in 0..3 {
                events.push((vec![event(incident, outlet, day)], format!("g{incident}")));
            }
        }
        events.sort_by_key(|(e, _)| e[0].article.published_at);
        let (events, gold): (Vec<_>, Vec<_>) = events.into_iter().unzip();
        let ours = cluster_events(&events, IndexConfig::default());
        let (mut predicted, mut gold_pairs, mut true_pairs) = (0, 0, 0);
        for i in 0..events.len() {
            for j in i + 1..events.len() {
                let together = share(&ours[i], &ours[j]);
                predicted += usize::from(together);
                gold_pairs += usize::from(gold[i] == gold[j]);
                true_pairs += usize::from(together && gold[i] == gold[j]);
            }
        }
        (true_pairs, predicted, gold_pairs)
    }

    #[test]
    fn a_set_spanning_four_weeks_scores_as_the_same_set_compressed_into_two() {
        let four_weeks = scored(1.0);
        let two_weeks = scored(0.5);
        assert_eq!(four_weeks, (84, 84, 84));
        assert_eq!(four_weeks, two_weeks);
    }

    #[test]
    fn every_event_of_a_report_counts() {
        // A report of two incidents: its second event joins the other outlet's report.
        let first = event(1, 0, 0);
        let mut second = event(2, 0, 0);
        second.id = EventId::for_event(&first.article.id, 1);
        second.article = first.article.clone();
        let other = event(2, 1, 0);
        let ours = cluster_events(&[vec![first, second], vec![other]], IndexConfig::default());
        assert_eq!(ours[0].len(), 2);
        assert!(share(&ours[0], &ours[1]));
    }
}
