//! One act told twice is one event. ACLED's unit is one act by one pair of actors at
//! one place on one day; a report's later sentences elaborate the act its lead told
//! (the blast, then the bomber; an "attack" in the headline and the exchange of fire
//! in the body; a launch, then its interception). The assembly in `events.rs` joins
//! mentions as it reads; what it still leaves as two finished events is judged here,
//! on the fields the events came out with:
//!
//! - both occurred, in one country, at places that can be one (the same place, or one
//!   given only as the country, or as the province the other lies in);
//! - on one day (or one undated, or one dated only by its report, or both told in one
//!   sentence as two ways of one act);
//! - of compatible types: the same type, two ways of telling one act
//!   (`mentions::same_act`: a suicide bomb and a bomb, a town taken and the fighting
//!   for it, a chemical agent and its carrier; grenades and a bomb set off in one
//!   attack), an interception and a launch that did
//!   no harm of its own, or an act typed only by its toll ("an attack ... killed
//!   five", no cue naming the kind) beside an act whose kind a cue named;
//! - by the same parties, or with one side unknown: a reply by the other side (an
//!   initiator of one the target of the other) stays an act of its own;
//! - and not told apart by the text: a mention in a sentence set apart ("separately",
//!   "in another attack") or told as a reply does not join, nor do two mentions of
//!   different kinds that one sentence tells side by side.
//!
//! The merged event has the parts of both, so its type is the most specific cue's,
//! its toll the largest stated, its date the act's rather than the report's.

use sitrep_contract::{ActorRole, EventType, IncidentEvent, LocationPrecision, Status};

use crate::actors::ActorIdentity;
use crate::events::{Draft, SentenceView};
use crate::mentions::{self, Mention};
use crate::Classifier;

/// A finished event with what the merging asks of it beyond its fields.
pub struct Told<'e, 'd, 'c> {
    pub draft: &'d Draft<'c>,
    pub event: &'e IncidentEvent,
    /// A cue named its type (not only its weapons, parties or toll).
    pub typed_by_cue: bool,
}

/// The first pair of events (earlier, later) that tell one act, if any.
pub fn one_act_pair(
    classifier: &Classifier,
    views: &[SentenceView<'_, '_>],
    told: &[Told<'_, '_, '_>],
) -> Option<(usize, usize)> {
    // Two events of one type first, so that a launch joins its own hit before an
    // interception could take it.
    for same_type_only in [true, false] {
        for later in 1..told.len() {
            for earlier in 0..later {
                let (a, b) = (&told[earlier], &told[later]);
                if same_type_only && a.event.event_type != b.event.event_type {
                    continue;
                }
                if one_act(classifier, views, a, b) {
                    return Some((earlier, later));
                }
            }
        }
    }
    None
}

/// Joins the later draft into the earlier one; `types` are the two events' types, of
/// which the merged event keeps the more specific.
pub fn merge(
    drafts: &mut Vec<Draft<'_>>,
    earlier: usize,
    later: usize,
    (earlier_type, later_type): (EventType, EventType),
) {
    let gone = drafts.remove(later);
    let kept = &mut drafts[earlier];
    kept.parts.extend(gone.parts.iter().copied());
    kept.parts.sort_by_key(|p| (p.sentence, p.mention));
    kept.parts.dedup();
    let act_date = |d: &Draft<'_>| d.when.is_some() && !d.when_reported;
    if !act_date(kept) && (act_date(&gone) || kept.when.is_none()) {
        kept.when = gone.when.clone();
        kept.when_reported = gone.when_reported;
    }
    let below = |d: &Draft<'_>| d.place_key.is_some_and(|k| k.below_country);
    if kept.place_key.is_none() || (!below(kept) && below(&gone)) {
        kept.place_key = gone.place_key;
    }
    kept.split_from_hit |= gone.split_from_hit;
    if earlier_type != later_type && !wave_pair(earlier_type, later_type) {
        kept.merged_type = Some(if specificity(later_type) > specificity(earlier_type) {
            later_type
        } else {
            earlier_type
        });
    }
}

/// How much a type tells of the act beyond its being violent: a suicide bomb more
/// than a bomb, a bomb more than a grenade thrown with it, a place taken or a weapon
/// stopped more than the fighting around it, any named means more than an attack
/// or a clash.
fn specificity(event_type: EventType) -> u8 {
    use EventType::*;
    match event_type {
        ChemicalWeapon => 5,
        SuicideBomb
        | GovernmentRegainsTerritory
        | NonStateActorOvertakesTerritory
        | DisruptedWeaponsUse => 4,
        RemoteExplosiveIed => 3,
        Grenade | AirDroneStrike | ShellingArtilleryMissileAttack | Abduction => 2,
        ArmedClash | AttackOnCivilians => 1,
    }
}

fn one_act(
    classifier: &Classifier,
    views: &[SentenceView<'_, '_>],
    a: &Told<'_, '_, '_>,
    b: &Told<'_, '_, '_>,
) -> bool {
    a.draft.status == Status::Occurred
        && b.draft.status == Status::Occurred
        && places_agree(a.event, b.event)
        && (days_agree(a, b) || told_together(views, a, b))
        && types_agree(views, a, b)
        && parties_agree(classifier, a.event, b.event)
        && !told_apart(views, a, b)
}

/// One country, and places that can be one: the same name, one only the country (or a
/// wider region), or one the province the other lies in.
fn places_agree(a: &IncidentEvent, b: &IncidentEvent) -> bool {
    let (a, b) = (&a.location, &b.location);
    if a.country_code.is_none() || a.country_code != b.country_code {
        return false;
    }
    let coarse =
        |p: LocationPrecision| matches!(p, LocationPrecision::Country | LocationPrecision::Region);
    let within = |province: &sitrep_contract::Location, place: &sitrep_contract::Location| {
        province.precision == LocationPrecision::Admin1
            && place
                .admin1
                .as_deref()
                .is_some_and(|admin1| admin1.eq_ignore_ascii_case(&province.name))
    };
    a.name.eq_ignore_ascii_case(&b.name)
        || coarse(a.precision)
        || coarse(b.precision)
        || within(a, b)
        || within(b, a)
}

/// True when one sentence of the body tells both events as two ways of one act ("the
/// troops recovered the town, which the guerrillas had held since Friday, after
/// fighting"): the text ties them, whatever day each read from a time expression near
/// it. Two acts of one type in one sentence ("a bomb on Monday, another on Tuesday")
/// are not meant.
fn told_together(
    views: &[SentenceView<'_, '_>],
    a: &Told<'_, '_, '_>,
    b: &Told<'_, '_, '_>,
) -> bool {
    let (x, y) = (a.event.event_type, b.event.event_type);
    let sentences = |t: &Told<'_, '_, '_>| -> Vec<usize> {
        t.draft
            .parts
            .iter()
            .filter(|p| !p.anaphor && views.get(p.sentence).is_some_and(|v| !v.is_title))
            .map(|p| p.sentence)
            .collect()
    };
    let b_sentences = sentences(b);
    x != y && one_kind(x, y) && sentences(a).iter().any(|s| b_sentences.contains(s))
}

/// One day, or one of them undated or dated only by the report that tells it.
fn days_agree(a: &Told<'_, '_, '_>, b: &Told<'_, '_, '_>) -> bool {
    match (a.event.occurred_on.date, b.event.occurred_on.date) {
        (Some(x), Some(y)) => x == y || a.draft.when_reported || b.draft.when_reported,
        _ => true,
    }
}

fn types_agree(views: &[SentenceView<'_, '_>], a: &Told<'_, '_, '_>, b: &Told<'_, '_, '_>) -> bool {
    use EventType::{Abduction, ArmedClash, AttackOnCivilians, DisruptedWeaponsUse};
    let (x, y) = (a.event.event_type, b.event.event_type);
    if x == y {
        return true;
    }
    let interception = |t: EventType| t == DisruptedWeaponsUse;
    if interception(x) || interception(y) {
        // An interception and a launch that hit nothing and harmed nobody are one act:
        // the launch is what was intercepted.
        let launch = if interception(x) { b } else { a };
        return mentions::same_act(x, y) && !tells_hit(views, launch);
    }
    if one_kind(x, y) {
        return true;
    }
    if wave_and_hit(views, a, b) || wave_and_hit(views, b, a) {
        return true;
    }
    // "An attack ... killed five" with no cue naming its kind, beside the act a cue
    // named: the toll's sentence tells the named act again.
    let vague = |t: &Told<'_, '_, '_>| {
        !t.typed_by_cue && matches!(t.event.event_type, ArmedClash | AttackOnCivilians)
    };
    let named = |t: &Told<'_, '_, '_>| {
        t.typed_by_cue && !matches!(t.event.event_type, Abduction | DisruptedWeaponsUse)
    };
    (vague(a) && named(b)) || (vague(b) && named(a))
}

/// True when `wave` is a launch of missiles and drones that hit nothing of its own and
/// `hit` a missile attack: the missiles of the wave that struck ("the enemy attacked with
/// 4 missiles and 41 drones ... two missiles struck the port") are one act with it, typed
/// by what hit (event_type.rs).
fn wave_and_hit(
    views: &[SentenceView<'_, '_>],
    wave: &Told<'_, '_, '_>,
    hit: &Told<'_, '_, '_>,
) -> bool {
    let weapons = &wave.event.weapons;
    wave.event.event_type == EventType::AirDroneStrike
        && hit.event.event_type == EventType::ShellingArtilleryMissileAttack
        && weapons.iter().any(|w| w == "drone")
        && weapons.iter().any(|w| w == "missiles" || w == "rockets")
        && !tells_hit(views, wave)
}

/// True for a wave of missiles and drones and the missiles of it that hit: the
/// merged event's type is decided again from all its parts.
fn wave_pair(x: EventType, y: EventType) -> bool {
    use EventType::{AirDroneStrike, ShellingArtilleryMissileAttack};
    matches!(
        (x, y),
        (AirDroneStrike, ShellingArtilleryMissileAttack)
            | (ShellingArtilleryMissileAttack, AirDroneStrike)
    )
}

/// Two ways of telling one act (`mentions::same_act`), or two explosive devices set
/// off in one attack ("threw grenades ... before detonating explosives").
fn one_kind(x: EventType, y: EventType) -> bool {
    use EventType::{Grenade, RemoteExplosiveIed, SuicideBomb};
    let explosive = |t: EventType| matches!(t, Grenade | RemoteExplosiveIed | SuicideBomb);
    mentions::same_act(x, y) || (explosive(x) && explosive(y))
}

/// True when an event tells a weapon that got through or harm done.
fn tells_hit(views: &[SentenceView<'_, '_>], told: &Told<'_, '_, '_>) -> bool {
    told.event.fatalities.is_some_and(|n| n > 0)
        || told.event.injuries.is_some_and(|n| n > 0)
        || told.draft.parts.iter().any(|p| {
            let view = views.get(p.sentence);
            view.is_some_and(|v| v.harm)
                || view
                    .and_then(|v| v.mentions.get(p.mention))
                    .is_some_and(|m| m.hit)
        })
}

/// The same parties, or one side unknown. Parties the text does not name ("gunmen",
/// "security forces") are unknown. A reply is another act: one's initiator is the
/// other's target. A clash has two sides and no direction: two clashes with a party
/// in common, on whichever side, are one pair.
fn parties_agree(classifier: &Classifier, a: &IncidentEvent, b: &IncidentEvent) -> bool {
    let named = |event: &IncidentEvent, role: ActorRole| -> Vec<ActorIdentity> {
        event
            .actors
            .iter()
            .filter(|actor| actor.role == role)
            .filter_map(|actor| classifier.identify_actor(&actor.name))
            .filter(|identity| {
                matches!(identity, ActorIdentity::State(_) | ActorIdentity::Group(_))
            })
            .collect()
    };
    let meet = |x: &[ActorIdentity], y: &[ActorIdentity]| x.iter().any(|i| y.contains(i));
    let (a_by, a_on) = (named(a, ActorRole::Initiator), named(a, ActorRole::Target));
    let (b_by, b_on) = (named(b, ActorRole::Initiator), named(b, ActorRole::Target));
    let reversed_by_a = meet(&a_by, &b_on);
    let reversed_by_b = meet(&b_by, &a_on);
    if a.event_type == EventType::ArmedClash && b.event_type == EventType::ArmedClash {
        let a_sides = [a_by, a_on].concat();
        let b_sides = [b_by, b_on].concat();
        return a_sides.is_empty() || b_sides.is_empty() || meet(&a_sides, &b_sides);
    }
    if reversed_by_a || reversed_by_b {
        return meet(&a_by, &b_by);
    }
    a_by.is_empty() || b_by.is_empty() || meet(&a_by, &b_by)
}

/// True when the text tells the later act apart from the earlier one: set apart from
/// what came before ("separately", "in another attack"), told as a reply, or told in
/// one sentence beside it as an act of another kind.
fn told_apart(views: &[SentenceView<'_, '_>], a: &Told<'_, '_, '_>, b: &Told<'_, '_, '_>) -> bool {
    let own = |t: &Told<'_, '_, '_>| {
        t.draft
            .parts
            .iter()
            .filter(|p| !p.anaphor)
            .filter_map(|p| {
                let view = views.get(p.sentence)?;
                Some((p.sentence, view, view.mentions.get(p.mention)?))
            })
            .collect::<Vec<(usize, &SentenceView<'_, '_>, &Mention<'_>)>>()
    };
    let (a_own, b_own) = (own(a), own(b));
    let a_first = a.draft.parts.iter().map(|p| p.sentence).min().unwrap_or(0);
    let set_apart = b_own
        .iter()
        .any(|(sentence, view, mention)| mention.reply || (view.separate && *sentence > a_first));
    let side_by_side = !one_kind(a.event.event_type, b.event.event_type)
        && a_own
            .iter()
            .any(|(s, view, _)| !view.is_title && b_own.iter().any(|(t, _, _)| s == t));
    set_apart || side_by_side
}

#[cfg(test)]
mod tests {
    use sitrep_contract::Status;

    use crate::tests::article;
    use crate::Classifier;

    /// One story and the occurred events it must yield: type and fatalities, in order.
    fn check(title: &str, body: &str, expected: &[(&str, Option<u32>)]) {
        static CLASSIFIER: std::sync::OnceLock<Classifier> = std::sync::OnceLock::new();
        let classifier =
            CLASSIFIER.get_or_init(|| Classifier::load_default().expect("bundled data loads"));
        let article = article(
            "https://example.org/one-act",
            title,
            body,
            "2020-03-12T18:00:00Z",
        );
        let events = classifier.classify(&article, article.published_at);
        let found: Vec<(&str, Option<u32>)> = events
            .iter()
            .filter(|e| e.status == Status::Occurred)
            .map(|e| (e.event_type.code(), e.fatalities))
            .collect();
        assert_eq!(found, expected, "in {title:?}: {events:#?}");
    }

    #[test]
    fn the_bomber_and_the_bomb_are_one_bombing() {
        check(
            "Suicide bomber kills 12 soldiers at Ghazni base",
            "A suicide bomber drove an explosives-laden truck into the gate of an army base in Ghazni on Wednesday, and gunmen then opened fire on the guards. Officials said 12 soldiers were killed.",
            &[("suicide_bomb", Some(12))],
        );
    }

    #[test]
    fn a_headline_attack_and_the_fight_the_body_tells_are_one_clash() {
        check(
            "Militants attack police post in Lakki Marwat; 2 policemen killed",
            "The attack on the post in Tajori late on Wednesday was beaten back after an exchange of fire, police said.",
            &[("armed_clash", Some(2))],
        );
    }

    #[test]
    fn grenades_and_a_bomb_of_one_attack_are_one_event() {
        check(
            "Grenade attack on Kunduz mosque",
            "An attacker threw grenades into a mosque in Kunduz during evening prayers on Wednesday, before detonating explosives. Islamic State later claimed the bombing, saying a suicide bomber had carried it out.",
            &[("suicide_bomb", None)],
        );
    }

    #[test]
    fn a_launch_that_was_shot_down_is_the_interception() {
        check(
            "Saudi defences down Houthi drone over Jazan",
            "Saudi air defences intercepted and destroyed a drone over the city of Jazan on Wednesday, the coalition said. The Houthis said they had launched a drone at Jazan airport.",
            &[("disrupted_weapons_use", None)],
        );
    }

    #[test]
    fn acts_the_text_sets_apart_stay_apart() {
        check(
            "Two bombs hit Kandahar",
            "A roadside bomb killed two soldiers in Kandahar on Wednesday, police said. In a separate attack, a bomb hit a police car in Kandahar, killing one officer.",
            &[("remote_explosive_ied", Some(2)), ("remote_explosive_ied", Some(1))],
        );
    }
}
