//! Incident precision and status (issue 14, helper `fa7`, session of 2026-12-07): texts
//! that tell no new act (court news about old attacks) and near misses that do. Sentences
//! of our own.

mod common;

use sitrep_contract::{EventType, IncidentEvent};

fn occurred(published: &str, title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in("https://example.org/fa7", published, title, body)
}

fn none(published: &str, title: &str, body: &str) {
    let events = occurred(published, title, body);
    assert!(
        events.is_empty(),
        "{title}: {:?}",
        events.iter().map(|e| e.event_type).collect::<Vec<_>>()
    );
}

fn one(published: &str, title: &str, body: &str, expected: EventType) {
    let events = occurred(published, title, body);
    assert_eq!(
        events.iter().map(|e| e.event_type).collect::<Vec<_>>(),
        vec![expected],
        "{title}"
    );
}

#[test]
fn court_news_tells_its_acts_as_history() {
    none(
        "2024-05-02T10:00:00Z",
        "Court jails two over attack on Bauchi market",
        "A court in Bauchi on Thursday jailed two men for 30 years for their part in the \
         attack on the cattle market. Gunmen opened fire on traders and set stalls ablaze, \
         killing seven people, prosecutors said.",
    );
    none(
        "1987-03-04T12:00:00Z",
        "TRIBUNAL CONVICTS THREE FOR BOMBING OF BRIDGE",
        "A SPECIAL TRIBUNAL TODAY SENTENCED THREE GUERRILLAS TO 15 YEARS FOR THE BOMBING \
         THAT DESTROYED A BRIDGE ON THE PAN-AMERICAN HIGHWAY NEAR CHALATENANGO.",
    );
    // No headline to read: the sentence names the act as what the court judged.
    none(
        "2024-03-08T08:00:00Z",
        "Niger: Tillaberi",
        "On 4 March 2024, a court in Niamey sentenced nine members of ISGS to prison terms \
         for the 2021 massacre of villagers in Banibangou. No fatalities.",
    );
}

#[test]
fn an_act_at_a_court_or_on_a_judge_is_news() {
    one(
        "2023-11-14T12:00:00Z",
        "Car bomb kills four outside court as trial of militants opens in Baidoa",
        "A car bomb exploded outside the regional court in Baidoa on Tuesday as the trial \
         of six suspected militants was about to begin, killing four people, police said.",
        EventType::RemoteExplosiveIed,
    );
    let events = occurred(
        "1989-08-17T20:00:00Z",
        "JUDGE WHO SENTENCED TRAFFICKERS SHOT DEAD IN CALI",
        "GUNMEN TODAY SHOT AND KILLED A JUDGE AS HE LEFT HIS HOME IN CALI, POLICE REPORTED.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
}
