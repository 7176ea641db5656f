//! Which event types and which actors may describe the same incident.
//!
//! Types: outlets name one happening differently. A missile strike is an air strike to
//! one wire and shelling to another; a bomb is an IED or a suicide bombing until the
//! police say which, and an explosion is an air strike to one witness and a planted
//! bomb to another; a battle for a town is a clash or a capture. The pairs below are
//! the confusions seen in wire copy; any other pair of different types stays apart.
//!
//! Actors: two reports contradict when both name who did it and none of the one's
//! initiators can be any of the other's. Unnamed attackers ("gunmen", kind `unknown`)
//! contradict nobody.

use sitrep_contract::{Actor, ActorKind, ActorRole, EventType};

/// Pairs of different types that outlets use for the same happening.
const CONFUSABLE: [(EventType, EventType); 14] = {
    use EventType::*;
    [
        (AirDroneStrike, RemoteExplosiveIed),
        (ShellingArtilleryMissileAttack, RemoteExplosiveIed),
        (AirDroneStrike, ShellingArtilleryMissileAttack),
        (AirDroneStrike, ChemicalWeapon),
        (ShellingArtilleryMissileAttack, ChemicalWeapon),
        (AirDroneStrike, DisruptedWeaponsUse),
        (ShellingArtilleryMissileAttack, DisruptedWeaponsUse),
        (RemoteExplosiveIed, SuicideBomb),
        (RemoteExplosiveIed, Grenade),
        (SuicideBomb, Grenade),
        (ArmedClash, GovernmentRegainsTerritory),
        (ArmedClash, NonStateActorOvertakesTerritory),
        (ArmedClash, AttackOnCivilians),
        (AttackOnCivilians, Abduction),
    ]
};

pub fn types_compatible(a: EventType, b: EventType) -> bool {
    a == b
        || CONFUSABLE
            .iter()
            .any(|&(x, y)| (x == a && y == b) || (x == b && y == a))
}

fn normalized(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_owned();
    lower
}

/// Whether two named actors can be the same party ("Russia", "Russian forces").
pub fn same_party(a: &Actor, b: &Actor) -> bool {
    let (x, y) = (normalized(&a.name), normalized(&b.name));
    if x == y || (x.len() >= 4 && y.contains(&x)) || (y.len() >= 4 && x.contains(&y)) {
        return true;
    }
    // The same state's forces under two names ("Israel", "the IDF").
    a.kind == b.kind
        && a.kind == ActorKind::StateForce
        && a.country_code.is_some()
        && a.country_code == b.country_code
}

fn named_initiators<'a>(
    actors: impl Iterator<Item = &'a Actor>,
) -> impl Iterator<Item = &'a Actor> {
    actors.filter(|actor| actor.role == ActorRole::Initiator && actor.kind != ActorKind::Unknown)
}

/// False when both name initiators and no pair of them can be the same party.
pub fn actors_compatible<'a, 'b>(
    a: impl Iterator<Item = &'a Actor> + Clone,
    b: impl Iterator<Item = &'b Actor> + Clone,
) -> bool {
    let mut any_a = false;
    for x in named_initiators(a) {
        any_a = true;
        let mut any_b = false;
        for y in named_initiators(b.clone()) {
            any_b = true;
            if same_party(x, y) {
                return true;
            }
        }
        if !any_b {
            return true;
        }
    }
    !any_a
}

/// How many initiators and targets the two share: agreement that favours a candidate.
pub fn shared_actors<'a, 'b>(
    a: impl Iterator<Item = &'a Actor>,
    b: impl Iterator<Item = &'b Actor> + Clone,
) -> usize {
    a.filter(|x| b.clone().any(|y| x.role == y.role && same_party(x, y)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(name: &str, role: ActorRole, kind: ActorKind, cc: Option<&str>) -> Actor {
        Actor {
            name: name.into(),
            role,
            kind,
            country_code: cc.map(str::to_owned),
        }
    }

    #[test]
    fn confusable_types_match_either_way() {
        use EventType::*;
        assert!(types_compatible(
            AirDroneStrike,
            ShellingArtilleryMissileAttack
        ));
        assert!(types_compatible(
            ShellingArtilleryMissileAttack,
            AirDroneStrike
        ));
        assert!(types_compatible(SuicideBomb, RemoteExplosiveIed));
        assert!(!types_compatible(AirDroneStrike, Abduction));
        assert!(!types_compatible(ArmedClash, AirDroneStrike));
    }

    #[test]
    fn initiators_contradict_only_when_both_are_named_and_differ() {
        use ActorKind::*;
        use ActorRole::*;
        let russia = actor("Russia", Initiator, StateForce, Some("RU"));
        let russian_forces = actor("Russian forces", Initiator, StateForce, Some("RU"));
        let ukraine = actor("Ukraine", Initiator, StateForce, Some("UA"));
        let gunmen = actor("gunmen", Initiator, Unknown, None);
        let civilians = actor("civilians", Victim, Civilians, None);
        let check =
            |a: &[&Actor], b: &[&Actor]| actors_compatible(a.iter().copied(), b.iter().copied());
        assert!(check(&[&russia], &[&russian_forces]));
        assert!(!check(&[&russia], &[&ukraine]));
        assert!(check(&[&russia], &[&gunmen]));
        assert!(check(&[&russia], &[&civilians]));
        assert!(check(&[], &[&ukraine]));
        assert!(check(&[&ukraine, &russia], &[&russian_forces]));
        assert_eq!(
            shared_actors([&russia].into_iter(), [&russian_forces].into_iter()),
            1
        );
    }
}
