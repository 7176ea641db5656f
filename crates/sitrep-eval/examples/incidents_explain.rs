//! Why the incident stage splits or joins the development corpus's reports:
//! `cargo run -p sitrep-eval --example incidents_explain -- DIR [LABEL...]`. For every
//! gold incident whose reports end in more than one predicted incident (or every
//! incident named), and every predicted incident holding several gold labels, prints
//! each report's events as the stage saw them, where each went and the merge evidence
//! recorded for it. It refuses the blind split (figures only).

use std::collections::BTreeMap;
use std::path::PathBuf;

use sitrep_classifier::Classifier;
use sitrep_contract::{IncidentEvent, Status};
use sitrep_eval::clustering::{load_clustering_corpus, IndexConfig};
use sitrep_eval::Disclosure;
use sitrep_incidents::IncidentIndex;

struct Seen {
    event: IncidentEvent,
    incident: String,
    evidence: String,
}

fn line(event: &IncidentEvent) -> String {
    format!(
        "{} {:?} [{}|{:?}|{:?}|{:?}] date={:?}/{:?}/{:?} actors={:?} fat={:?}",
        event.event_type.code(),
        event.location.name,
        event.location.country_code.as_deref().unwrap_or("-"),
        event.location.admin1,
        event.location.precision,
        event.location.lat.zip(event.location.lon),
        event.occurred_on.date,
        event.occurred_on.precision,
        event.occurred_on.text,
        event
            .actors
            .iter()
            .map(|a| format!("{}:{:?}:{:?}", a.name, a.role, a.kind))
            .collect::<Vec<_>>(),
        event.fatalities,
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((dir, wanted)) = args.split_first() else {
        eprintln!("usage: incidents_explain DIR [LABEL...]");
        std::process::exit(2);
    };
    let reports = match load_clustering_corpus(&PathBuf::from(dir)) {
        Ok(reports) => reports,
        Err(error) => {
            eprintln!("{dir}: {error}");
            std::process::exit(1);
        }
    };
    if reports
        .iter()
        .any(|r| r.disclosure == Disclosure::FiguresOnly)
    {
        eprintln!("{dir}: under blind/, figures only");
        std::process::exit(2);
    }
    let Ok(classifier) = Classifier::load_default() else {
        eprintln!("the classifier's data does not load");
        std::process::exit(1);
    };
    let mut index = IncidentIndex::new(IndexConfig::default());
    let mut seen: Vec<Vec<Seen>> = Vec::new();
    for report in &reports {
        let events: Vec<IncidentEvent> = classifier
            .classify(&report.article, report.article.published_at)
            .into_iter()
            .filter(|e| e.status == Status::Occurred)
            .collect();
        let verdicts: Vec<String> = events
            .iter()
            .map(|e| format!("{:?}", index.apply(e).0))
            .collect();
        let mut mine = Vec::new();
        for (event, verdict) in events.into_iter().zip(verdicts) {
            let incident = index.incident_of(&event.id).cloned();
            let evidence = incident
                .as_ref()
                .and_then(|id| index.get(id))
                .and_then(|record| {
                    record
                        .reports
                        .into_iter()
                        .find(|r| r.event_id == event.id)
                        .and_then(|r| r.merge)
                })
                .map(|m| {
                    format!(
                        "{verdict} {:?} score={:?} place={:?} date={:?} type={:?} actors={:?} near={:?}",
                        m.decision,
                        m.score,
                        m.place,
                        m.date,
                        m.event_type,
                        m.actors,
                        m.near_miss.map(|n| n.note)
                    )
                })
                .unwrap_or(verdict);
            mine.push(Seen {
                incident: incident.map_or_else(|| "-".into(), |id| id.to_string()[..16].to_owned()),
                event,
                evidence,
            });
        }
        seen.push(mine);
    }
    // Gold label -> report indices; predicted incident -> gold labels.
    let mut by_gold: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut by_predicted: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (n, report) in reports.iter().enumerate() {
        for label in &report.incidents {
            by_gold.entry(label).or_default().push(n);
        }
        for s in &seen[n] {
            by_predicted.entry(s.incident.clone()).or_default().push(n);
        }
    }
    let print = |n: usize| {
        let report = &reports[n];
        println!(
            "  [{}] {} ({}) {}\n     {}",
            report.incidents.join("+"),
            report.link,
            report.article.published_at,
            report.article.title,
            report.article.body.chars().take(300).collect::<String>()
        );
        if seen[n].is_empty() {
            println!("     NO EVENT");
        }
        for s in &seen[n] {
            println!(
                "     -> {} {}\n        {}",
                s.incident,
                line(&s.event),
                s.evidence
            );
        }
    };
    // Each pair of the label's reports kept apart, with the furthest check two of their
    // events pass alone (`compatible`: nothing keeps them apart but the index).
    let apart = |label: &str, members: &[usize]| {
        for (i, &a) in members.iter().enumerate() {
            for &b in &members[i + 1..] {
                let together = seen[a]
                    .iter()
                    .any(|x| x.incident != "-" && seen[b].iter().any(|y| y.incident == x.incident));
                if together || seen[a].is_empty() || seen[b].is_empty() {
                    continue;
                }
                let why = seen[a]
                    .iter()
                    .flat_map(|x| {
                        seen[b].iter().map(move |y| {
                            sitrep_incidents::pair_agreement(&x.event, &y.event).map_or_else(
                                |why| why.as_str().to_owned(),
                                |s| format!("compatible ({s:.1})"),
                            )
                        })
                    })
                    .collect::<Vec<_>>();
                println!(
                    "  apart {label}: {} {} {why:?}",
                    reports[a].link, reports[b].link
                );
            }
        }
    };
    for (label, members) in &by_gold {
        let mut predicted: Vec<Option<&str>> = members
            .iter()
            .map(|&n| seen[n].first().map(|s| s.incident.as_str()))
            .collect();
        predicted.sort_unstable();
        predicted.dedup();
        let split = members.len() > 1 && (predicted.len() > 1 || predicted[0].is_none());
        let named = wanted
            .iter()
            .any(|w| w == "all" || label.contains(w.as_str()));
        if (wanted.is_empty() && split) || named {
            println!("## gold {label}: {} reports", members.len());
            for &n in members {
                print(n);
            }
            apart(label, members);
        }
    }
    if wanted.is_empty() {
        for (incident, members) in &by_predicted {
            let mut labels: Vec<&String> = members
                .iter()
                .flat_map(|&n| &reports[n].incidents)
                .collect();
            labels.sort_unstable();
            labels.dedup();
            let mut shared = members.clone();
            shared.dedup();
            let disjoint = shared.iter().any(|&a| {
                shared.iter().any(|&b| {
                    !reports[a]
                        .incidents
                        .iter()
                        .any(|l| reports[b].incidents.contains(l))
                })
            });
            if disjoint {
                println!("## predicted {incident} joins {labels:?}");
                for n in shared {
                    print(n);
                }
            }
        }
    }
}
