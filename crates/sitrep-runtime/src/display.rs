//! Events as one readable line each, for terminals (`make run`, `sitrep tail`).

use sitrep_contract::{ActorRole, IncidentEvent};

/// `date  type  place (CC)  initiator -> target  killed N  | headline`
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
        event.occurred_on.date,
        event.event_type.code(),
        place,
        actors,
        killed,
        event.article.title
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_with_date_type_place_actors_fatalities_and_headline() {
        let json = r#"{
          "schema": "sitrep.event/v1", "id": "evt_0123456789abcdef0123456789abcdef",
          "article": { "id": "art_0123456789abcdef0123456789abcdef", "url": null, "title": "Rockets hit base",
            "source": null, "feed_id": "feed_0123456789abcdef0123456789abcdef", "published_at": "2020-03-12T18:00:00Z", "language": "en" },
          "event_type": "shelling_artillery_missile_attack",
          "acled": { "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack" },
          "cameo": "194", "status": "occurred",
          "occurred_on": { "date": "2020-03-11", "precision": "day", "text": null },
          "location": { "name": "Iraq", "country_code": "IQ", "admin1": null, "lat": 33.0, "lon": 44.0, "precision": "country" },
          "actors": [ { "name": "Kata'ib Hezbollah", "role": "initiator", "kind": "non_state_armed_group", "country_code": "IQ" },
                      { "name": "coalition forces", "role": "victim", "kind": "international_force", "country_code": null } ],
          "fatalities": 3, "injuries": null, "weapons": [], "confidence": 0.9, "evidence": [],
          "classified_at": "2026-11-25T07:00:00Z", "classifier_version": "0.1.0"
        }"#;
        let event: IncidentEvent = serde_json::from_str(json).expect("event");
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
    }
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
                    "date": event.occurred_on.date.to_string(),
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
