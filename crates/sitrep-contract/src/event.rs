//! `IncidentEvent` (`sitrep.event/v1`) and the taxonomy of docs/contract.md.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ArticleId, EventId, FeedId};

/// The event types of the taxonomy: ACLED sub-event types.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    ArmedClash,
    GovernmentRegainsTerritory,
    NonStateActorOvertakesTerritory,
    AirDroneStrike,
    ShellingArtilleryMissileAttack,
    RemoteExplosiveIed,
    SuicideBomb,
    Grenade,
    ChemicalWeapon,
    AttackOnCivilians,
    Abduction,
    DisruptedWeaponsUse,
}

/// One row of the taxonomy table.
struct TaxonomyRow {
    event_type: EventType,
    code: &'static str,
    acled_event_type: &'static str,
    acled_sub_event_type: &'static str,
    cameo: &'static str,
}

const TAXONOMY: [TaxonomyRow; 12] = [
    TaxonomyRow {
        event_type: EventType::ArmedClash,
        code: "armed_clash",
        acled_event_type: "Battles",
        acled_sub_event_type: "Armed clash",
        cameo: "193",
    },
    TaxonomyRow {
        event_type: EventType::GovernmentRegainsTerritory,
        code: "government_regains_territory",
        acled_event_type: "Battles",
        acled_sub_event_type: "Government regains territory",
        cameo: "190",
    },
    TaxonomyRow {
        event_type: EventType::NonStateActorOvertakesTerritory,
        code: "non_state_actor_overtakes_territory",
        acled_event_type: "Battles",
        acled_sub_event_type: "Non-state actor overtakes territory",
        cameo: "192",
    },
    TaxonomyRow {
        event_type: EventType::AirDroneStrike,
        code: "air_drone_strike",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Air/drone strike",
        cameo: "195",
    },
    TaxonomyRow {
        event_type: EventType::ShellingArtilleryMissileAttack,
        code: "shelling_artillery_missile_attack",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Shelling/artillery/missile attack",
        cameo: "194",
    },
    TaxonomyRow {
        event_type: EventType::RemoteExplosiveIed,
        code: "remote_explosive_ied",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Remote explosive/landmine/IED",
        cameo: "183",
    },
    TaxonomyRow {
        event_type: EventType::SuicideBomb,
        code: "suicide_bomb",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Suicide bomb",
        cameo: "1831",
    },
    TaxonomyRow {
        event_type: EventType::Grenade,
        code: "grenade",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Grenade",
        cameo: "183",
    },
    TaxonomyRow {
        event_type: EventType::ChemicalWeapon,
        code: "chemical_weapon",
        acled_event_type: "Explosions/Remote violence",
        acled_sub_event_type: "Chemical weapon",
        cameo: "2041",
    },
    TaxonomyRow {
        event_type: EventType::AttackOnCivilians,
        code: "attack_on_civilians",
        acled_event_type: "Violence against civilians",
        acled_sub_event_type: "Attack",
        cameo: "180",
    },
    TaxonomyRow {
        event_type: EventType::Abduction,
        code: "abduction",
        acled_event_type: "Violence against civilians",
        acled_sub_event_type: "Abduction/forced disappearance",
        cameo: "181",
    },
    TaxonomyRow {
        event_type: EventType::DisruptedWeaponsUse,
        code: "disrupted_weapons_use",
        acled_event_type: "Strategic developments",
        acled_sub_event_type: "Disrupted weapons use",
        cameo: "190",
    },
];

impl EventType {
    pub const ALL: [EventType; 12] = [
        EventType::ArmedClash,
        EventType::GovernmentRegainsTerritory,
        EventType::NonStateActorOvertakesTerritory,
        EventType::AirDroneStrike,
        EventType::ShellingArtilleryMissileAttack,
        EventType::RemoteExplosiveIed,
        EventType::SuicideBomb,
        EventType::Grenade,
        EventType::ChemicalWeapon,
        EventType::AttackOnCivilians,
        EventType::Abduction,
        EventType::DisruptedWeaponsUse,
    ];

    fn row(self) -> &'static TaxonomyRow {
        // The table lists every variant in declaration order; a test checks it.
        &TAXONOMY[self as usize]
    }

    /// The snake_case code used in `event_type`.
    pub fn code(self) -> &'static str {
        self.row().code
    }

    pub fn from_code(code: &str) -> Option<Self> {
        TAXONOMY
            .iter()
            .find(|row| row.code == code)
            .map(|row| row.event_type)
    }

    pub fn acled(self) -> AcledType {
        let row = self.row();
        AcledType {
            event_type: row.acled_event_type.to_owned(),
            sub_event_type: row.acled_sub_event_type.to_owned(),
        }
    }

    pub fn cameo(self) -> &'static str {
        self.row().cameo
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AcledType {
    pub event_type: String,
    pub sub_event_type: String,
}

/// Whether the article reports the event as having happened now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A new event the article reports: the only status published on `sitrep.events`.
    Occurred,
    /// A reference to an event of the past.
    Historical,
    /// A threat, warning or plan.
    Threatened,
    /// An event a party denies.
    Denied,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OccurredOn {
    pub date: NaiveDate,
    pub precision: DatePrecision,
    /// The words the date was read from (`on Thursday`), or null when it is the
    /// publication date by default.
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LocationPrecision {
    Point,
    City,
    Admin1,
    Country,
    Region,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Location {
    pub name: String,
    /// ISO 3166-1 alpha-2, or null when no country can be told.
    pub country_code: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: LocationPrecision,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorRole {
    Initiator,
    Target,
    Victim,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    StateForce,
    NonStateArmedGroup,
    Civilians,
    InternationalForce,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    pub name: String,
    pub role: ActorRole,
    pub kind: ActorKind,
    pub country_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// A sentence of the article, as it stands there.
    pub text: String,
    /// The words in it that made the classifier decide.
    pub cues: Vec<String>,
}

/// The article an event was read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ArticleRef {
    pub id: ArticleId,
    pub url: Option<String>,
    pub title: String,
    pub source: Option<String>,
    pub feed_id: FeedId,
    pub published_at: DateTime<Utc>,
    pub language: Option<String>,
}

/// One incident an article reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IncidentEvent {
    /// Always `sitrep.event/v1`.
    pub schema: String,
    pub id: EventId,
    pub article: ArticleRef,
    pub event_type: EventType,
    pub acled: AcledType,
    pub cameo: String,
    pub status: Status,
    pub occurred_on: OccurredOn,
    pub location: Location,
    pub actors: Vec<Actor>,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    pub weapons: Vec<String>,
    /// In [0, 1].
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
    pub classified_at: DateTime<Utc>,
    pub classifier_version: String,
}

impl IncidentEvent {
    pub const SCHEMA: &'static str = "sitrep.event/v1";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_table_follows_the_enum() {
        for (index, event_type) in EventType::ALL.iter().enumerate() {
            assert_eq!(*event_type as usize, index);
            assert_eq!(TAXONOMY[index].event_type, *event_type);
            let json = serde_json::to_string(event_type).expect("serialize");
            assert_eq!(json, format!("\"{}\"", event_type.code()));
            assert_eq!(EventType::from_code(event_type.code()), Some(*event_type));
        }
    }

    #[test]
    fn taxonomy_matches_the_contract() {
        let check = |t: EventType, acled: &str, sub: &str, cameo: &str| {
            assert_eq!(
                t.acled(),
                AcledType {
                    event_type: acled.into(),
                    sub_event_type: sub.into()
                }
            );
            assert_eq!(t.cameo(), cameo);
        };
        check(
            EventType::AirDroneStrike,
            "Explosions/Remote violence",
            "Air/drone strike",
            "195",
        );
        check(
            EventType::ShellingArtilleryMissileAttack,
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            "194",
        );
        check(
            EventType::SuicideBomb,
            "Explosions/Remote violence",
            "Suicide bomb",
            "1831",
        );
        check(
            EventType::ChemicalWeapon,
            "Explosions/Remote violence",
            "Chemical weapon",
            "2041",
        );
        check(
            EventType::Abduction,
            "Violence against civilians",
            "Abduction/forced disappearance",
            "181",
        );
        check(
            EventType::DisruptedWeaponsUse,
            "Strategic developments",
            "Disrupted weapons use",
            "190",
        );
        assert_eq!(EventType::from_code("missile_test"), None);
    }
}
