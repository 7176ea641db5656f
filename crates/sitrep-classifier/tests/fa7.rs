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

#[test]
fn a_measure_eased_as_calm_returns_tells_its_reasons_as_history() {
    none(
        "2024-10-03T07:30:00Z",
        "Curfew eased in Jalingo as calm returns",
        "The Taraba State Government has reduced the curfew in Jalingo to night hours. The \
         curfew was imposed after renewed clashes between two communities left several \
         houses burnt.",
    );
    one(
        "2024-06-19T08:15:00Z",
        "Curfew imposed on Wase after clash kills four",
        "The Plateau State Government imposed a curfew on Wase after a clash between two \
         communities on Tuesday left four people dead.",
        EventType::ArmedClash,
    );
}

#[test]
fn goods_snatched_are_a_robbery_and_people_snatched_an_abduction() {
    none(
        "2024-09-10T06:50:00Z",
        "Robbers snatch cash from shopkeeper in Multan",
        "Two men on a motorcycle snatched Rs500,000 in cash and a phone from a shopkeeper \
         in Multan on Monday and escaped, police said.",
    );
    one(
        "2024-03-26T07:40:00Z",
        "Gunmen snatch two teachers in Bannu",
        "Unidentified gunmen snatched two teachers near Bannu on Monday and took them to \
         an unknown location, police said.",
        EventType::Abduction,
    );
}
