//! Evaluation of incident clustering: which reports the incident stage puts together.
//!
//! The corpus (`tests/data/incidents/`) is one feed file per outlet plus
//! `clusters.jsonl`, which gives every item's gold incident label. Each item goes
//! through the real parser, normalizer and classifier; its `occurred` events are merged
//! by [`IncidentIndex`] in publication order, as the stage would see them. A report's
//! predicted incident is that of its first event (an article the classifier finds no
//! event in is a cluster of its own, which costs recall).
//!
//! Scores are pairwise: over every pair of reports, a pair is predicted together when
//! both land in one incident and gold together when they share a label. The baseline
//! is the one-a-day filter of GDELT practice: one incident per (date, type, country).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use chrono::Utc;
use serde::Deserialize;
use sitrep_classifier::Classifier;
use sitrep_contract::{Article, FeedId, FeedRef, IncidentEvent, Status};
use sitrep_incidents::IncidentIndex;
pub use sitrep_incidents::IndexConfig;

use crate::CorpusError;

/// One labelled report.
#[derive(Debug, Clone)]
pub struct LabelledReport {
    pub link: String,
    /// The gold incident label.
    pub incident: String,
    pub article: Article,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClusterLine {
    link: String,
    incident: String,
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
    pub ours: Clustering,
    pub baseline: Clustering,
}

/// Reads `dir`: every `*.xml`/`*.json` feed and `clusters.jsonl`.
pub fn load_clustering_corpus(dir: &Path) -> Result<Vec<LabelledReport>, CorpusError> {
    let read_err = |path: &Path, message: String| CorpusError::Read {
        path: path.display().to_string(),
        message,
    };
    let labels_path = dir.join("clusters.jsonl");
    let labels_text =
        std::fs::read_to_string(&labels_path).map_err(|e| read_err(&labels_path, e.to_string()))?;
    let mut labels: HashMap<String, String> = HashMap::new();
    for (index, line) in labels_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let label: ClusterLine = serde_json::from_str(line).map_err(|e| CorpusError::Label {
            path: labels_path.display().to_string(),
            line: index + 1,
            message: e.to_string(),
        })?;
        labels.insert(label.link, label.incident);
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
            .map_err(|e| read_err(&path, e.to_string()))?;
        for item in items {
            let link = item.link.clone().unwrap_or_default();
            let incident = labels
                .remove(&link)
                .ok_or_else(|| CorpusError::Unlabelled {
                    path: path.display().to_string(),
                    link: link.clone(),
                })?;
            let mut article =
                sitrep_normalizer::normalize(&item).map_err(|e| read_err(&path, e.to_string()))?;
            article.fetched_at = article.published_at;
            reports.push(LabelledReport {
                link,
                incident,
                article,
            });
        }
    }
    if let Some(link) = labels.into_keys().next() {
        return Err(CorpusError::Orphan {
            path: labels_path.display().to_string(),
            link,
        });
    }
    // The order the stage would see them in.
    reports
        .sort_by(|a, b| (a.article.published_at, &a.link).cmp(&(b.article.published_at, &b.link)));
    Ok(reports)
}

/// Classifies every report (as of its publication) and clusters it with the incident
/// index and with the one-a-day baseline.
pub fn evaluate_clustering(
    classifier: &Classifier,
    reports: &[LabelledReport],
    config: IndexConfig,
) -> ClusteringScores {
    let events: Vec<Vec<IncidentEvent>> = reports
        .iter()
        .map(|report| {
            classifier
                .classify(&report.article, report.article.published_at)
                .into_iter()
                .filter(|event| event.status == Status::Occurred)
                .collect()
        })
        .collect();
    let mut index = IncidentIndex::new(config);
    for event in events.iter().flatten() {
        index.apply(event);
    }
    let ours: Vec<String> = events
        .iter()
        .enumerate()
        .map(|(n, events)| {
            events
                .first()
                .and_then(|event| index.incident_of(&event.id))
                .map_or_else(|| format!("alone:{n}"), ToString::to_string)
        })
        .collect();
    let baseline: Vec<String> = events
        .iter()
        .enumerate()
        .map(|(n, events)| match events.first() {
            Some(event) => format!(
                "{}|{}|{}",
                event.occurred_on.date,
                event.event_type.code(),
                event.location.country_code.as_deref().unwrap_or("-")
            ),
            None => format!("alone:{n}"),
        })
        .collect();
    let gold: Vec<&str> = reports.iter().map(|r| r.incident.as_str()).collect();
    let mut distinct_gold = gold.clone();
    distinct_gold.sort_unstable();
    distinct_gold.dedup();
    ClusteringScores {
        num_reports: reports.len(),
        num_gold_incidents: distinct_gold.len(),
        ours: pairwise(reports, &gold, &ours),
        baseline: pairwise(reports, &gold, &baseline),
    }
}

fn pairwise(reports: &[LabelledReport], gold: &[&str], predicted: &[String]) -> Clustering {
    let mut score = PairScore::default();
    let mut false_pairs = Vec::new();
    let mut missed_pairs = Vec::new();
    for i in 0..reports.len() {
        for j in i + 1..reports.len() {
            let together = predicted[i] == predicted[j];
            let gold_together = gold[i] == gold[j];
            score.predicted_pairs += usize::from(together);
            score.gold_pairs += usize::from(gold_together);
            score.true_pairs += usize::from(together && gold_together);
            let pair = || (reports[i].link.clone(), reports[j].link.clone());
            if together && !gold_together {
                false_pairs.push(pair());
            } else if gold_together && !together {
                missed_pairs.push(pair());
            }
        }
    }
    let mut clusters = predicted.to_vec();
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
        "== {title}: {} reports of {} incidents (pairwise clustering)",
        scores.num_reports, scores.num_gold_incidents
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
    for (a, b) in &scores.ours.false_pairs {
        let _ = writeln!(out, "  together, gold apart: {a} {b}");
    }
    for (a, b) in &scores.ours.missed_pairs {
        let _ = writeln!(out, "  apart, gold together: {a} {b}");
    }
    out
}
