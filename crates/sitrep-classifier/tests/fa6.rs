//! Incident precision (issue 14, helper `fa6`, session of 2026-12-07): texts that tell
//! no new act (old battles dated years back, arms seized and destroyed, captives
//! released, denials told before the report, training) and near misses that do.
//! Sentences of our own.

mod common;

use sitrep_contract::IncidentEvent;

fn occurred(published: &str, title: &str, body: &str) -> Vec<IncidentEvent> {
    common::occurred_in("https://example.org/fa6", published, title, body)
}

fn none(published: &str, title: &str, body: &str) {
    let events = occurred(published, title, body);
    assert!(
        events.is_empty(),
        "{title}: {:?}",
        events.iter().map(|e| e.event_type).collect::<Vec<_>>()
    );
}

#[test]
fn an_act_dated_years_back_by_a_later_mention_is_history() {
    none(
        "2024-05-14T10:00:00Z",
        "Graves of soldiers found near Ypres",
        "Builders near Zonnebeke in Belgium found the remains of nine soldiers killed in \
         the battle of Passchendaele, the town hall said on Monday. About 500,000 men \
         were killed or wounded in the battle of 1917.",
    );
}

#[test]
fn arms_seized_or_found_in_a_cache_and_destroyed_are_no_attack() {
    none(
        "1990-08-02T12:00:00Z",
        "SAPPERS DESTROY REBEL EXPLOSIVES",
        "ARMY SAPPERS TODAY BLEW UP 80 KILOGRAMS OF EXPLOSIVES AND 20 MINES SEIZED FROM A \
         REBEL CAMP IN JULY, A MILITARY SPOKESMAN SAID.",
    );
    // A device found on a road and destroyed is disrupted weapons use.
    let events = occurred(
        "2024-10-29T12:00:00Z",
        "Bomb squad destroys roadside device near Mandera",
        "A bomb disposal unit on Tuesday safely detonated an improvised explosive device \
         found buried on the road between Mandera and Rhamu, police said.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
}

#[test]
fn captives_released_are_no_new_abduction() {
    none(
        "2024-05-14T10:00:00Z",
        "Kenya: Mandera",
        "On 10 May 2024, Al Shabaab released three kidnapped teachers near Elwak \
         (Mandera South, Mandera) after elders negotiated. No fatalities.",
    );
}

#[test]
fn a_report_called_false_before_it_is_named_is_a_denial() {
    none(
        "2024-07-16T10:00:00Z",
        "Army rejects report of raid on village",
        "The army has described as baseless and mischievous a report that soldiers \
         burnt houses and killed farmers in Tse-Akaa, Benue State.",
    );
}

#[test]
fn what_troops_practise_is_no_act() {
    none(
        "2024-09-04T10:00:00Z",
        "Joint exercise ends in Tamale",
        "Troops practised the rescue of hostages and the clearing of ambush sites during \
         the ten-day exercise, the ministry said on Tuesday.",
    );
}

#[test]
fn a_pronoun_predicate_names_the_act_told_again() {
    let events = occurred(
        "2024-03-21T10:00:00Z",
        "Gunmen kill three police officers in Kaduna",
        "Gunmen killed three police officers at a checkpoint on the Kaduna-Abuja highway \
         on Wednesday night, a police spokesman said. It was the second attack on a \
         checkpoint in the state this month.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].fatalities, Some(3));
}

#[test]
fn a_claim_called_false_in_the_next_sentence_is_denied() {
    none(
        "2024-06-03T10:00:00Z",
        "Rebels claim strike on frigate; navy says none took place",
        "The rebels said on Monday they had fired two missiles at a frigate off Hodeidah. \
         A navy spokesman said the claim was false.",
    );
}
