//! The eval table: per field, ours and the baseline's precision, recall, F1 and
//! accuracy side by side; then the confusion matrix of event types.

use std::fmt::Write as _;

use sitrep_contract::EventType;

use crate::metrics::{Field, Scores};

/// Short column names for the confusion matrix, in taxonomy order.
fn short(code: &str) -> &'static str {
    match code {
        "armed_clash" => "clash",
        "government_regains_territory" => "gov+",
        "non_state_actor_overtakes_territory" => "nsa+",
        "air_drone_strike" => "air",
        "shelling_artillery_missile_attack" => "shell",
        "remote_explosive_ied" => "ied",
        "suicide_bomb" => "suic",
        "grenade" => "gren",
        "chemical_weapon" => "chem",
        "attack_on_civilians" => "civ",
        "abduction" => "abdu",
        "disrupted_weapons_use" => "disr",
        _ => "?",
    }
}

/// The table for one set of cases.
pub fn render(title: &str, ours: &Scores, baseline: &Scores) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "== {title}: {} articles ({} with incidents), {} gold events; sitrep predicted {}, baseline {}",
        ours.num_articles,
        ours.field(Field::Incident).gold,
        ours.num_gold_events,
        ours.num_predicted_events,
        baseline.num_predicted_events
    );
    let _ = writeln!(
        out,
        "{:<17} | {:>5} {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} {:>5}",
        "field", "P", "R", "F1", "acc", "P", "R", "F1", "acc"
    );
    let _ = writeln!(
        out,
        "{:<17} | {:^23} | {:^23}",
        "", "sitrep", "keyword baseline"
    );
    let _ = writeln!(out, "{}", "-".repeat(69));
    for field in Field::ALL {
        let (a, b) = (ours.field(field), baseline.field(field));
        let _ = writeln!(
            out,
            "{:<17} | {:>5.3} {:>5.3} {:>5.3} {:>5.3} | {:>5.3} {:>5.3} {:>5.3} {:>5.3}",
            field.name(),
            a.precision(),
            a.recall(),
            a.f1(),
            a.accuracy(),
            b.precision(),
            b.recall(),
            b.f1(),
            b.accuracy()
        );
    }
    let _ = writeln!(
        out,
        "(P, R, F1 over events with a value; acc = agreement on matched events, none = none counts;\n incident acc = share of articles judged right)"
    );
    out.push('\n');
    out.push_str(&confusion("sitrep", ours));
    if ours.num_withheld > 0 {
        let _ = writeln!(
            out,
            "\n({} items under blind/ scored figures-only: no item of theirs is named)",
            ours.num_withheld
        );
    }
    out
}

/// Rows: gold type (or "spurious"); columns: predicted type (or "missed").
pub fn confusion(name: &str, scores: &Scores) -> String {
    let codes: Vec<&str> = EventType::ALL.iter().map(|t| t.code()).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "confusion matrix ({name}): rows gold, columns predicted"
    );
    let _ = write!(out, "{:<9}", "");
    for code in &codes {
        let _ = write!(out, "{:>6}", short(code));
    }
    let _ = writeln!(out, "{:>7}", "missed");
    let rows: Vec<Option<&str>> = codes.iter().map(|c| Some(*c)).chain([None]).collect();
    for row in rows {
        let _ = write!(out, "{:<9}", row.map_or("spurious", short));
        for code in &codes {
            let n = scores
                .confusion
                .get(&(row.map(str::to_owned), Some((*code).to_owned())))
                .copied()
                .unwrap_or(0);
            let _ = write!(
                out,
                "{:>6}",
                if n == 0 {
                    ".".to_owned()
                } else {
                    n.to_string()
                }
            );
        }
        let missed = scores
            .confusion
            .get(&(row.map(str::to_owned), None))
            .copied()
            .unwrap_or(0);
        let _ = writeln!(
            out,
            "{:>7}",
            if row.is_none() {
                "".to_owned()
            } else if missed == 0 {
                ".".to_owned()
            } else {
                missed.to_string()
            }
        );
    }
    out
}
