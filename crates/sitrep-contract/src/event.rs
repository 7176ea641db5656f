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

/// An event type in ACLED's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AcledType {
    /// ACLED's event type (`Battles`, `Explosions/Remote violence`, ...).
    pub event_type: String,
    /// ACLED's sub-event type (`Air/drone strike`, ...).
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

/// When the event happened, as far as the text tells it.
///
/// A day the text gives: `date` that day, `precision` `day`, `text` its words. Only a
/// coarser period ("last week", "in March"): `date` null, `precision` `week`, `month` or
/// `year`, `text` its words. No time at all: all three null (the publication date is
/// not the event's date). Records written before dates could be null always carry one:
/// a `day` with a null `text` there was the publication day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OccurredOn {
    /// The day of the event, or null when the text gives none.
    pub date: Option<NaiveDate>,
    /// How exact the text's time is: `day` when `date` is set, the coarser period the
    /// text gives when it is not, null when the text gives no time.
    pub precision: Option<DatePrecision>,
    /// The words the time was read from (`on Thursday`), or null when the text gives none.
    pub text: Option<String>,
}

impl OccurredOn {
    /// A day the text gives, with the words it was read from.
    pub fn day(date: NaiveDate, text: Option<String>) -> Self {
        Self {
            date: Some(date),
            precision: Some(DatePrecision::Day),
            text,
        }
    }

    /// No time in the text.
    pub fn unknown() -> Self {
        Self {
            date: None,
            precision: None,
            text: None,
        }
    }
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

/// Where the event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Location {
    /// The place's name, at `precision` (a town, a province, a country).
    pub name: String,
    /// ISO 3166-1 alpha-2, or null when no country can be told.
    pub country_code: Option<String>,
    /// The first-level division (province, state, oblast), when known.
    pub admin1: Option<String>,
    /// Latitude in degrees (WGS 84) of the place named, when known.
    pub lat: Option<f64>,
    /// Longitude in degrees (WGS 84) of the place named, when known.
    pub lon: Option<f64>,
    /// The most precise level known.
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

/// A party to the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    /// The party as the article names it.
    pub name: String,
    /// What it did in the event.
    pub role: ActorRole,
    /// What kind of party it is.
    pub kind: ActorKind,
    /// The country it belongs to (ISO 3166-1 alpha-2), when known.
    pub country_code: Option<String>,
}

/// Why the classifier decided: one sentence and its cues.
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
    /// The article's id.
    pub id: ArticleId,
    /// Its canonical URL, when it has one.
    pub url: Option<String>,
    /// Its headline.
    pub title: String,
    /// The outlet.
    pub source: Option<String>,
    /// The feed it came from.
    pub feed_id: FeedId,
    /// When it was published (the fetch time when it gave none).
    pub published_at: DateTime<Utc>,
    /// Its language (ISO 639-1), when told.
    pub language: Option<String>,
}

/// One incident an article reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IncidentEvent {
    /// Always `sitrep.event/v1`.
    pub schema: String,
    /// The event's id: the article's id and the event's place among its events.
    pub id: EventId,
    /// The article that reports it.
    pub article: ArticleRef,
    /// Its type in the taxonomy.
    pub event_type: EventType,
    /// The type in ACLED's words (follows from `event_type`).
    pub acled: AcledType,
    /// The CAMEO code (follows from `event_type`).
    pub cameo: String,
    /// Whether the article reports it as having happened now.
    pub status: Status,
    /// When it happened.
    pub occurred_on: OccurredOn,
    /// Where it happened.
    pub location: Location,
    /// The parties the article names.
    pub actors: Vec<Actor>,
    /// People killed, as the text states the total for this event; null when it states none.
    pub fatalities: Option<u32>,
    /// People wounded, as the text states the total for this event; null when it states none.
    pub injuries: Option<u32>,
    /// The weapons named (`drone`, `manned aircraft`, `artillery`, ...).
    pub weapons: Vec<String>,
    /// In [0, 1].
    pub confidence: f64,
    /// The sentences that decided the event.
    pub evidence: Vec<Evidence>,
    /// When the classifier read the article.
    pub classified_at: DateTime<Utc>,
    /// The classifier's version.
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
