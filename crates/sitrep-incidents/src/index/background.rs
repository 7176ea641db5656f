//! Background mentions: events of an article that recall another happening rather than
//! report it.
//!
//! An article reports its news first and recalls what came before ("mourners had
//! gathered to bury victims of Monday's bombing"; "hours after paramilitary shelling
//! of the city"). The classifier may read such a mention as one more event of the
//! article. Of two events of one reading, one is background to the other, its lead,
//! when the lead is dated wholly after it, or when it names no armed party and states
//! no death toll while the lead, dated no earlier, does one or the other. A background
//! mention never joins or opens an incident: it would pull the recalled incident's
//! reports into the article's story, and its toll (often both attacks' dead) into the
//! recalled incident's.

use sitrep_contract::{ActorKind, ActorRole, IncidentReport};

use crate::dates;

/// Names no armed party and states no death toll.
fn bare(report: &IncidentReport) -> bool {
    report.fatalities.is_none()
        && !report
            .actors
            .iter()
            .any(|a| a.role != ActorRole::Victim && a.kind != ActorKind::Civilians)
}

/// Whether `lead` makes `other` (an event of the same reading) a background mention.
pub fn leads(lead: &IncidentReport, other: &IncidentReport) -> bool {
    let (Some(lead_days), Some(other_days)) = (dates::of_report(lead), dates::of_report(other))
    else {
        return false;
    };
    if lead_days.first > other_days.last {
        return true;
    }
    bare(other) && !bare(lead) && other_days.first <= lead_days.last
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::report;

    #[test]
    fn an_earlier_day_or_a_bare_mention_beside_a_lead_is_background() {
        let mut lead = report(1, "AP", "2024-03-27T12:00:00Z", Some(11));
        lead.occurred_on.date = chrono::NaiveDate::from_ymd_opt(2024, 3, 27);
        let mut recalled = lead.clone();
        recalled.occurred_on.date = chrono::NaiveDate::from_ymd_opt(2024, 3, 25);
        assert!(leads(&lead, &recalled));
        assert!(!leads(&recalled, &lead));
        // Same day: a mention naming nobody and counting nobody.
        let mut bare_mention = lead.clone();
        bare_mention.actors.clear();
        bare_mention.fatalities = None;
        assert!(leads(&lead, &bare_mention));
        assert!(!leads(&bare_mention, &lead));
        // Two reported incidents of one day (each with a toll): neither is background.
        let mut other = lead.clone();
        other.fatalities = Some(2);
        assert!(!leads(&lead, &other) && !leads(&other, &lead));
    }
}
