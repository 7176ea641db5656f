//! What `sitrep eval` prints for a set of cases: per field, ours and the baseline's
//! precision, recall, F1 and accuracy side by side; the classifier issue's figures for
//! both, with incident P/R/F1 on the teaser cut; those figures per register (ours); the
//! reliability table of event confidence with its ECE; the confusion matrix of event
//! types. Aggregates only: nothing here names an item (misses are printed by the ratchet
//! test, and never for the blind split).

use std::fmt::Write as _;

use sitrep_contract::EventType;

use crate::calibration::bin_bounds;
use crate::comparison::Comparison;
use crate::figures::Figures;
use crate::metrics::{Field, FieldScore, Scores};

/// The registers of the corpus, in the order the README lists them; any other comes after.
const REGISTERS: [&str; 8] = [
    "wire",
    "teaser",
    "notes",
    "statement",
    "local",
    "liveblog",
    "legacy",
    "translated",
];

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

/// Everything for one set of cases.
pub fn render(title: &str, comparison: &Comparison) -> String {
    let Comparison {
        ours,
        baseline,
        ours_teaser,
        baseline_teaser,
    } = comparison;
    let mut out = fields(title, ours, baseline);
    out.push('\n');
    out.push_str(&figures(ours, baseline, ours_teaser, baseline_teaser));
    out.push('\n');
    out.push_str(&registers(ours, ours_teaser));
    out.push('\n');
    out.push_str(&reliability("sitrep", ours));
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

/// The per-field table for one set of cases.
pub fn fields(title: &str, ours: &Scores, baseline: &Scores) -> String {
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
    out
}

/// The figures of the classifier issue, ours and the baseline's, with the teaser cut.
pub fn figures(
    ours: &Scores,
    baseline: &Scores,
    ours_teaser: &Scores,
    baseline_teaser: &Scores,
) -> String {
    let (a, b) = (&ours.figures, &baseline.figures);
    let rows: [(&str, f64, f64); 9] = [
        (
            "incident precision",
            a.incident.precision(),
            b.incident.precision(),
        ),
        ("incident recall", a.incident.recall(), b.incident.recall()),
        ("incident F1", a.incident.f1(), b.incident.f1()),
        ("main event type", a.main_type(), b.main_type()),
        (
            "main country (type also right)",
            a.main_country(),
            b.main_country(),
        ),
        (
            "main fatalities exact",
            a.main_fatalities(),
            b.main_fatalities(),
        ),
        ("main date exact", a.main_date(), b.main_date()),
        ("event F1 (type + country)", a.events.f1(), b.events.f1()),
        ("initiator F1", a.initiator.f1(), b.initiator.f1()),
    ];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<31} | {:>6} | {:>8}",
        "figure (issue 14)", "sitrep", "baseline"
    );
    let _ = writeln!(out, "{}", "-".repeat(51));
    for (name, ours_value, baseline_value) in rows {
        let _ = writeln!(
            out,
            "{name:<31} | {ours_value:>6.3} | {baseline_value:>8.3}"
        );
    }
    let prf = |score: &FieldScore| {
        format!(
            "P {:.3} R {:.3} F1 {:.3}",
            score.precision(),
            score.recall(),
            score.f1()
        )
    };
    let _ = writeln!(
        out,
        "teaser cut (headline + first sentence), incident: sitrep {}; baseline {}",
        prf(&ours_teaser.figures.incident),
        prf(&baseline_teaser.figures.incident)
    );
    let _ = writeln!(
        out,
        "(main event: first gold event against first predicted one, over the {} articles with gold events,\n a missed article wrong; event F1: events paired by type and country; see the corpus README)",
        a.num_main
    );
    out
}

/// Register names in README order, then any other in alphabetical order.
fn register_order(scores: &Scores) -> Vec<&str> {
    let mut names: Vec<&str> = REGISTERS
        .iter()
        .copied()
        .filter(|name| scores.registers.contains_key(*name))
        .collect();
    names.extend(
        scores
            .registers
            .keys()
            .map(String::as_str)
            .filter(|name| !REGISTERS.contains(name)),
    );
    names
}

/// The figures per register, ours only: one row per register present.
pub fn registers(ours: &Scores, ours_teaser: &Scores) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<11} {:>5} {:>4} | {:>5} {:>5} | {:>5} {:>5} {:>5} {:>5} | {:>5} {:>5} | {:>6}",
        "register",
        "items",
        "inc",
        "inc P",
        "inc R",
        "type",
        "ctry",
        "fatal",
        "date",
        "evF1",
        "iniF1",
        "tsr F1"
    );
    let _ = writeln!(out, "{}", "-".repeat(85));
    let row = |out: &mut String, name: &str, f: &Figures, teaser: Option<&Figures>| {
        let _ = writeln!(
            out,
            "{:<11} {:>5} {:>4} | {:>5.3} {:>5.3} | {:>5.3} {:>5.3} {:>5.3} {:>5.3} | {:>5.3} {:>5.3} | {:>6.3}",
            name,
            f.num_articles,
            f.num_main,
            f.incident.precision(),
            f.incident.recall(),
            f.main_type(),
            f.main_country(),
            f.main_fatalities(),
            f.main_date(),
            f.events.f1(),
            f.initiator.f1(),
            teaser.map_or(0.0, |t| t.incident.f1()),
        );
    };
    for name in register_order(ours) {
        if let Some(figures) = ours.registers.get(name) {
            row(&mut out, name, figures, ours_teaser.registers.get(name));
        }
    }
    row(&mut out, "all", &ours.figures, Some(&ours_teaser.figures));
    let _ = writeln!(
        out,
        "(sitrep per register; inc = items with gold events; type .. date = main event; tsr F1 = incident F1 on the teaser cut)"
    );
    out
}

/// The reliability table of event confidence and the expected calibration error.
pub fn reliability(name: &str, scores: &Scores) -> String {
    let calibration = &scores.calibration;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "confidence ({name}, {} events): expected calibration error {:.3}",
        calibration.num_events(),
        calibration.expected_calibration_error()
    );
    let _ = writeln!(
        out,
        "{:<9} | {:>6} | {:>9} | {:>7} | {:>6}",
        "bin", "events", "mean conf", "correct", "gap"
    );
    let _ = writeln!(out, "{}", "-".repeat(49));
    for (index, bin) in calibration.bins.iter().enumerate() {
        let (lower, upper) = bin_bounds(index);
        let label = format!("{lower:.1}-{upper:.1}");
        if bin.num_events == 0 {
            let _ = writeln!(
                out,
                "{label:<9} | {:>6} | {:>9} | {:>7} | {:>6}",
                0, ".", ".", "."
            );
        } else {
            let _ = writeln!(
                out,
                "{label:<9} | {:>6} | {:>9.3} | {:>7.3} | {:>+6.3}",
                bin.num_events,
                bin.mean_confidence(),
                bin.share_correct(),
                bin.mean_confidence() - bin.share_correct()
            );
        }
    }
    let _ = writeln!(
        out,
        "(correct = pairs with a gold event by type and country; gap = mean conf - correct)"
    );
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
