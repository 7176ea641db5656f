//! Whether two locations can be the same place, given how precisely each is known.
//!
//! A place named at country level holds every place in that country; an admin1 (a
//! province) holds the places within reach of its centre, or of the same admin1 name;
//! two towns are the same when they have the same name or lie within a few kilometres
//! (gazetteers put a town's point in different spots). Two countries never match.

use sitrep_contract::{Location, LocationPrecision};

/// Mean Earth radius in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0;

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let d_phi = (lat2 - lat1).to_radians();
    let d_lambda = (lon2 - lon1).to_radians();
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// How far apart two places known at these precisions may lie and still be one place.
fn tolerance_km(a: LocationPrecision, b: LocationPrecision) -> f64 {
    use LocationPrecision::*;
    match (a, b) {
        (Point, Point) => 3.0,
        (Point, City) | (City, Point) => 10.0,
        (City, City) => 8.0,
        (Admin1, _) | (_, Admin1) => 150.0,
        _ => f64::INFINITY,
    }
}

/// The rank of a precision: lower is more precise.
pub fn rank(precision: LocationPrecision) -> u8 {
    match precision {
        LocationPrecision::Point => 0,
        LocationPrecision::City => 1,
        LocationPrecision::Admin1 => 2,
        LocationPrecision::Country => 3,
        LocationPrecision::Region => 4,
    }
}

fn same_text(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// How well two locations agree: None when they cannot be one place, else a distance
/// in kilometres (0 when one holds the other or they bear the same name).
pub fn distance_if_compatible(a: &Location, b: &Location) -> Option<f64> {
    match (&a.country_code, &b.country_code) {
        (Some(ca), Some(cb)) if ca != cb => return None,
        (Some(_), None) | (None, Some(_)) => {
            // Only a region (no country told) may hold a place in a country.
            let vague = |l: &Location| rank(l.precision) >= rank(LocationPrecision::Region);
            if !vague(a) && !vague(b) {
                return None;
            }
        }
        _ => {}
    }
    let coarsest = rank(a.precision).max(rank(b.precision));
    if coarsest >= rank(LocationPrecision::Country) {
        return Some(0.0);
    }
    let tolerance = tolerance_km(a.precision, b.precision);
    let admin_level = coarsest == rank(LocationPrecision::Admin1);
    if admin_level {
        if let (Some(x), Some(y)) = (&a.admin1, &b.admin1) {
            return same_text(x, y).then_some(0.0);
        }
        // An admin1 named as the place itself against a town's admin1.
        let named = |admin: &Location, other: &Location| {
            admin.precision == LocationPrecision::Admin1
                && other
                    .admin1
                    .as_deref()
                    .is_some_and(|name| same_text(name, &admin.name))
        };
        if named(a, b) || named(b, a) {
            return Some(0.0);
        }
    } else if same_text(&a.name, &b.name) {
        return Some(0.0);
    }
    match (a.lat, a.lon, b.lat, b.lon) {
        (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) => {
            let distance = haversine_km(lat1, lon1, lat2, lon2);
            (distance <= tolerance).then_some(if admin_level { 0.0 } else { distance })
        }
        // No coordinates and different names: only an admin1 without coordinates can
        // still hold the other.
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(
        name: &str,
        cc: &str,
        admin1: Option<&str>,
        lat_lon: Option<(f64, f64)>,
        precision: LocationPrecision,
    ) -> Location {
        Location {
            name: name.into(),
            country_code: Some(cc.into()),
            admin1: admin1.map(str::to_owned),
            lat: lat_lon.map(|(lat, _)| lat),
            lon: lat_lon.map(|(_, lon)| lon),
            precision,
        }
    }

    #[test]
    fn haversine_matches_a_known_distance() {
        // Kyiv to Kharkiv is about 410 km.
        let d = haversine_km(50.45, 30.52, 49.99, 36.23);
        assert!((d - 410.0).abs() < 10.0, "{d}");
    }

    #[test]
    fn precision_decides_how_far_places_may_lie() {
        use LocationPrecision::*;
        let kharkiv = place(
            "Kharkiv",
            "UA",
            Some("Kharkiv Oblast"),
            Some((49.99, 36.23)),
            City,
        );
        let kharkiv_oblast = place("Kharkiv Oblast", "UA", None, Some((49.5, 36.5)), Admin1);
        let ukraine = place("Ukraine", "UA", None, Some((49.0, 32.0)), Country);
        let kyiv = place("Kyiv", "UA", Some("Kyiv City"), Some((50.45, 30.52)), City);
        let chuhuiv = place(
            "Chuhuiv",
            "UA",
            Some("Kharkiv Oblast"),
            Some((49.84, 36.69)),
            City,
        );
        let russia = place("Russia", "RU", None, Some((60.0, 90.0)), Country);
        assert_eq!(distance_if_compatible(&kharkiv, &ukraine), Some(0.0));
        assert_eq!(distance_if_compatible(&kharkiv, &kharkiv_oblast), Some(0.0));
        assert_eq!(distance_if_compatible(&kyiv, &kharkiv_oblast), None);
        assert_eq!(distance_if_compatible(&kharkiv, &kyiv), None);
        assert_eq!(
            distance_if_compatible(&kharkiv, &chuhuiv),
            None,
            "neighbouring towns stay apart"
        );
        assert_eq!(distance_if_compatible(&kharkiv, &russia), None);
        let kharkiv_elsewhere = place("kharkiv", "UA", None, Some((50.0, 36.3)), City);
        assert_eq!(
            distance_if_compatible(&kharkiv, &kharkiv_elsewhere),
            Some(0.0)
        );
    }
}
