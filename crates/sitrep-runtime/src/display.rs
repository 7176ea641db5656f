//! Events and incidents as one readable line each, for terminals (`make run`,
//! `sitrep tail`), and as GeoJSON for maps.

use sitrep_contract::{Actor, ActorRole, Incident, IncidentEvent, Location, OccurredOn};

/// The day of the event, or `no day` when the text gives none (as wide as a date).
fn day_of(occurred_on: &OccurredOn) -> String {
    occurred_on
        .date
        .map_or_else(|| format!("{:<10}", "no day"), |date| date.to_string())
}

/// The day as GeoJSON gives it: `YYYY-MM-DD`, or null.
fn day_json(occurred_on: &OccurredOn) -> Option<String> {
    occurred_on.date.map(|date| date.to_string())
}

/// `date  type  place (CC)  initiator -> target  killed N  | headline` (`no day` for the
/// date when the text gives none)
pub fn event_line(event: &IncidentEvent) -> String {
    let place = match &event.location.country_code {
        Some(code) if event.location.name != *code => format!("{} ({code})", event.location.name),
        _ => event.location.name.clone(),
    };
    let names = |role: ActorRole| {
        let names: Vec<&str> = event
            .actors
            .iter()
            .filter(|a| a.role == role)
            .map(|a| a.name.as_str())
            .collect();
        if names.is_empty() {
            "?".to_owned()
        } else {
            names.join(", ")
        }
    };
    let mut actors = names(ActorRole::Initiator);
    let targets: Vec<&str> = event
        .actors
        .iter()
        .filter(|a| a.role != ActorRole::Initiator)
        .map(|a| a.name.as_str())
        .collect();
    if !targets.is_empty() {
        actors.push_str(" -> ");
        actors.push_str(&targets.join(", "));
    }
    let killed = event
        .fatalities
        .map_or_else(|| "-".to_owned(), |n| n.to_string());
    format!(
        "{}  {:<34}  {:<24}  {:<44}  killed {:<3}  | {}",
        day_of(&event.occurred_on),
        event.event_type.code(),
        place,
        actors,
        killed,
        event.article.title
    )
}

/// A GeoJSON FeatureCollection of the events that have coordinates: one Point feature
/// per event, with the fields a map needs as properties.
pub fn geojson(events: &[IncidentEvent]) -> serde_json::Value {
    let features: Vec<serde_json::Value> = events
        .iter()
        .filter_map(|event| {
            let (lat, lon) = (event.location.lat?, event.location.lon?);
            Some(serde_json::json!({
                "type": "Feature",
                "id": event.id,
                "geometry": { "type": "Point", "coordinates": [lon, lat] },
                "properties": {
                    "event_type": event.event_type.code(),
                    "date": day_json(&event.occurred_on),
                    "place": event.location.name,
                    "country_code": event.location.country_code,
                    "precision": event.location.precision,
                    "fatalities": event.fatalities,
                    "actors": event.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
                    "confidence": event.confidence,
                    "title": event.article.title,
                    "url": event.article.url,
                }
            }))
        })
        .collect();
    serde_json::json!({ "type": "FeatureCollection", "features": features })
}

fn place_of(location: &Location) -> String {
    match &location.country_code {
        Some(code) if location.name != *code => format!("{} ({code})", location.name),
        _ => location.name.clone(),
    }
}

fn actors_of(actors: &[Actor]) -> String {
    let named = |initiators: bool| -> Vec<&str> {
        actors
            .iter()
            .filter(|a| (a.role == ActorRole::Initiator) == initiators)
            .map(|a| a.name.as_str())
            .collect()
    };
    let initiators = named(true);
    let mut line = if initiators.is_empty() {
        "?".to_owned()
    } else {
        initiators.join(", ")
    };
    let others = named(false);
    if !others.is_empty() {
        line.push_str(" -> ");
        line.push_str(&others.join(", "));
    }
    line
}

/// `date  type  place (CC)  initiator -> target  killed N [min-max]  rev R  N reports / K outlets`
pub fn incident_line(incident: &Incident) -> String {
    let killed = match (incident.fatalities, incident.fatalities_range) {
        (Some(n), Some([min, max])) if min != max => format!("{n} [{min}-{max}]"),
        (Some(n), _) => n.to_string(),
        (None, _) => "-".to_owned(),
    };
    format!(
        "{}  {:<34}  {:<24}  {:<44}  killed {:<9}  rev {:<3} {} reports / {} outlets  {}",
        day_of(&incident.occurred_on),
        incident.event_type.code(),
        place_of(&incident.location),
        actors_of(&incident.actors),
        killed,
        incident.revision,
        incident.num_reports,
        incident.num_sources,
        incident.id
    )
}

/// A GeoJSON FeatureCollection of the incidents that have coordinates: one Point
/// feature per incident (its most precise place), keyed by incident id.
pub fn incidents_geojson(incidents: &[Incident]) -> serde_json::Value {
    let features: Vec<serde_json::Value> = incidents
        .iter()
        .filter_map(|incident| {
            let (lat, lon) = (incident.location.lat?, incident.location.lon?);
            Some(serde_json::json!({
                "type": "Feature",
                "id": incident.id,
                "geometry": { "type": "Point", "coordinates": [lon, lat] },
                "properties": {
                    "event_type": incident.event_type.code(),
                    "date": day_json(&incident.occurred_on),
                    "place": incident.location.name,
                    "country_code": incident.location.country_code,
                    "precision": incident.location.precision,
                    "fatalities": incident.fatalities,
                    "fatalities_range": incident.fatalities_range,
                    "actors": incident.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
                    "num_reports": incident.num_reports,
                    "num_sources": incident.num_sources,
                    "revision": incident.revision,
                    "urls": incident.reports.iter().filter_map(|r| r.url.as_deref()).collect::<Vec<_>>(),
                }
            }))
        })
        .collect();
    serde_json::json!({ "type": "FeatureCollection", "features": features })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_with_date_type_place_actors_fatalities_and_headline() {
        // The contract crate's fixture event, made a rocket attack by a militia on
        // coalition forces the day before, with a toll.
        let mut event = sitrep_contract::fixtures::event();
        event.article.title = "Rockets hit base".to_owned();
        event.event_type = sitrep_contract::EventType::ShellingArtilleryMissileAttack;
        event.acled = event.event_type.acled();
        event.cameo = event.event_type.cameo().to_owned();
        event.occurred_on.date = Some("2020-03-11".parse().expect("a date"));
        event.actors = vec![
            Actor {
                name: "Kata'ib Hezbollah".to_owned(),
                role: ActorRole::Initiator,
                kind: sitrep_contract::ActorKind::NonStateArmedGroup,
                country_code: Some("IQ".to_owned()),
            },
            Actor {
                name: "coalition forces".to_owned(),
                role: ActorRole::Victim,
                kind: sitrep_contract::ActorKind::InternationalForce,
                country_code: None,
            },
        ];
        event.fatalities = Some(3);
        let line = event_line(&event);
        assert!(
            line.starts_with("2020-03-11  shelling_artillery_missile_attack"),
            "{line}"
        );
        assert!(line.contains("Iraq (IQ)"), "{line}");
        assert!(
            line.contains("Kata'ib Hezbollah -> coalition forces"),
            "{line}"
        );
        assert!(line.contains("killed 3"), "{line}");
        assert!(line.ends_with("| Rockets hit base"), "{line}");
        assert!(!line.contains('\n'));
        // No day in the text: the column says so, as wide as a date; GeoJSON gives null.
        let mut undated = event;
        undated.occurred_on = OccurredOn::unknown();
        let line = event_line(&undated);
        assert!(
            line.starts_with("no day      shelling_artillery_missile_attack"),
            "{line}"
        );
        let geojson = geojson(std::slice::from_ref(&undated));
        assert_eq!(
            geojson["features"][0]["properties"]["date"],
            serde_json::Value::Null
        );
    }
}
