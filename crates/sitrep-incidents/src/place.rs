//! Whether two locations can be the same place, given how precisely each is known.
//!
//! A place named at country level holds every place in that country; an admin1 (a
//! province) holds the places within reach of its centre, or of the same admin1 name
//! (alternate forms: "Kharkiv Oblast" and "Kharkiv region"; "Darfur" and "North
//! Darfur"); two towns are the same when they have the same name or lie within a few
//! kilometres (gazetteers put a town's point in different spots). Two countries match
//! only when they share a border ([`neighbours`], `data/borders.tsv`), and then only
//! weakly: a border town each gazetteer puts on its own side, a cross-border strike told
//! from either side, an agency's dateline in the neighbouring capital. The incidents crate reads only what an event carries (name, admin1, country,
//! coordinates, precision): the classifier's gazetteer is not open to it.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
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

/// Words that name the kind of an administrative area, not the area.
const AREA_WORDS: [&str; 16] = [
    "province",
    "state",
    "region",
    "oblast",
    "governorate",
    "territory",
    "district",
    "county",
    "prefecture",
    "division",
    "department",
    "city",
    "municipality",
    "of",
    "the",
    "camp",
];

/// An area's name without its kind and punctuation: "Kharkiv Oblast" -> ["Kharkiv"],
/// "the Sagaing region" -> ["Sagaing"], "al-Hasakah" -> ["al", "Hasakah"].
fn area_words(name: &str) -> impl Iterator<Item = &str> + Clone {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .filter(|word| {
            !AREA_WORDS
                .iter()
                .any(|kind| kind.eq_ignore_ascii_case(word))
        })
}

/// Words that tell a part of an area ("North Darfur" of "Darfur").
const COMPASS: [&str; 9] = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
];

/// Two names of one area: equal without their kind words, or one the other with a
/// compass word before it ("North Darfur" and "Darfur"; "North Kivu" and "Kivu").
pub fn same_area(a: &str, b: &str) -> bool {
    let (x, y) = (area_words(a), area_words(b));
    let (num_x, num_y) = (x.clone().count(), y.clone().count());
    if num_x == 0 || num_y == 0 {
        return false;
    }
    let (short, long, extra) = if num_x <= num_y {
        (x, y, num_y - num_x)
    } else {
        (y, x, num_x - num_y)
    };
    long.clone()
        .skip(extra)
        .zip(short)
        .all(|(l, s)| l.eq_ignore_ascii_case(s))
        && long
            .take(extra)
            .all(|word| COMPASS.iter().any(|c| c.eq_ignore_ascii_case(word)))
}

const BORDERS: &str = include_str!("../data/borders.tsv");

/// A country code as a number (two ASCII capitals), or None.
pub fn country_number(code: &str) -> Option<u16> {
    match code.trim().as_bytes() {
        [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            Some(u16::from_be_bytes([*a, *b]))
        }
        _ => None,
    }
}

/// Parses the border table: two country codes a line, tab-separated; `#` comments.
pub fn parse_borders(text: &str) -> Result<Vec<(u16, u16)>, String> {
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let codes: Vec<Option<u16>> = line.split('\t').map(country_number).collect();
        let [Some(a), Some(b)] = codes[..] else {
            return Err(format!("line {}: expected two country codes", n + 1));
        };
        if a == b {
            return Err(format!("line {}: a country borders itself", n + 1));
        }
        pairs.push((a, b));
    }
    Ok(pairs)
}

/// Each country's land neighbours (checked by the crate's tests; a bad row would leave
/// the table empty, and no two countries would meet).
fn borders() -> &'static FxHashMap<u16, Vec<u16>> {
    static BY_COUNTRY: OnceLock<FxHashMap<u16, Vec<u16>>> = OnceLock::new();
    BY_COUNTRY.get_or_init(|| {
        let mut by_country: FxHashMap<u16, Vec<u16>> = FxHashMap::default();
        for (a, b) in parse_borders(BORDERS).unwrap_or_default() {
            by_country.entry(a).or_default().push(b);
            by_country.entry(b).or_default().push(a);
        }
        for neighbours in by_country.values_mut() {
            neighbours.sort_unstable();
            neighbours.dedup();
        }
        by_country
    })
}

/// The land neighbours of a country (by [`country_number`]).
pub fn neighbours_of(country: u16) -> &'static [u16] {
    borders().get(&country).map_or(&[], Vec::as_slice)
}

/// Whether two countries (ISO codes) share a land border.
pub fn neighbours(a: &str, b: &str) -> bool {
    match (country_number(a), country_number(b)) {
        (Some(x), Some(y)) => neighbours_of(x).binary_search(&y).is_ok(),
        _ => false,
    }
}

/// How far apart two towns of neighbouring countries may lie and be one place: a
/// border town each gazetteer puts on its own side, a village across the line from it.
const ACROSS_BORDER_KM: f64 = 30.0;

/// Why two places agree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlaceHow {
    /// One is a region that holds the other.
    Region,
    /// One is named only by its country.
    Country,
    /// One was read in no country and no place (the sea, or no place given): the place
    /// says nothing either way.
    NoCountry,
    /// One lies in the other's area (by admin1 name).
    InArea,
    /// Both name one area.
    SameArea,
    /// One lies this many kilometres from the other area's centre.
    NearCentre(f64),
    /// One town under the same name.
    SameTown,
    /// Two town names this many kilometres apart.
    NearTown(f64),
    /// Two towns of one province this many kilometres apart: perhaps a village and
    /// the town it is near.
    NearbyTown(f64),
    /// Towns, one without coordinates, in one province.
    SameProvince,
    /// One was read without a country: the same name.
    NameWithoutCountry,
    /// One was read without a country: near by coordinates.
    NearWithoutCountry,
    /// In two neighbouring countries: `km` apart when both are towns with points
    /// (weak evidence that needs a party named alike or the same toll, `index/score.rs`).
    AcrossBorder(Option<f64>),
    /// Neither was read in a country; `named_alike` when both are named places (with
    /// coordinates) that share a name or a word of it, or towns near each other.
    NeitherCountry { named_alike: bool },
}

/// How two places agree: a strength (higher is closer) and why.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceMatch {
    pub strength: f64,
    pub how: PlaceHow,
}

impl PlaceMatch {
    /// One sentence for the record: how `report` meets `incident`.
    pub fn describe(&self, report: &Location, incident: &Location) -> String {
        let (a, b) = (&report.name, &incident.name);
        match self.how {
            PlaceHow::Region => format!("{a} and {b}: a region holds the other"),
            PlaceHow::Country => format!("{a} and {b}: one named only by its country"),
            PlaceHow::NoCountry => format!("{a} and {b}: one placed in no country"),
            PlaceHow::InArea => format!("{a} and {b}: one lies in the other's province"),
            PlaceHow::SameArea => format!("{a} and {b} name one area"),
            PlaceHow::NearCentre(km) => {
                format!("{a} and {b}: {km:.0} km from the province's centre")
            }
            PlaceHow::SameTown => format!("the same town ({b})"),
            PlaceHow::NearTown(km) => format!("{a} lies {km:.1} km from {b}"),
            PlaceHow::NearbyTown(km) => {
                format!("{a} lies {km:.0} km from {b} in one province: perhaps the town it is near")
            }
            PlaceHow::SameProvince => format!("{a} and {b}: one province, one unplaced"),
            PlaceHow::NameWithoutCountry => format!("the same name ({b}), one without a country"),
            PlaceHow::NearWithoutCountry => format!("{a} lies near {b}, one without a country"),
            PlaceHow::AcrossBorder(Some(km)) => {
                format!("{a} and {b}: {km:.0} km apart across a border")
            }
            PlaceHow::AcrossBorder(None) => {
                format!("{a} and {b}: in neighbouring countries")
            }
            PlaceHow::NeitherCountry { named_alike: true } => {
                format!("{a} and {b}: named alike, neither placed in a country")
            }
            PlaceHow::NeitherCountry { named_alike: false } => {
                format!("{a} and {b}: neither placed in a country")
            }
        }
    }
}

fn matched(strength: f64, how: PlaceHow) -> Option<PlaceMatch> {
    Some(PlaceMatch { strength, how })
}

/// How far a village may lie from the town an outlet places it near.
const NEARBY_TOWN_KM: f64 = 30.0;

/// Whether two towns lie in one province, as far as their admin1 tell (one unknown
/// does not contradict).
fn one_province(a: &Location, b: &Location) -> bool {
    match (&a.admin1, &b.admin1) {
        (Some(x), Some(y)) => same_area(x, y),
        _ => true,
    }
}

/// Words that name a kind of water or land, not one place ("Sea" of "Red Sea").
const FEATURE_WORDS: [&str; 14] = [
    "sea",
    "gulf",
    "ocean",
    "bay",
    "strait",
    "straits",
    "lake",
    "river",
    "coast",
    "island",
    "islands",
    "channel",
    "mountains",
    "border",
];

/// Whether two names share a word that names a place (not a kind of area, water or
/// land, nor a compass point): "the Red Sea" and "southern Red Sea", "Gulf of Aden" and
/// "Aden", but not "Red Sea" and "Arabian Sea".
fn share_place_word(a: &str, b: &str) -> bool {
    let distinctive = |word: &&str| {
        word.chars().count() >= 3
            && !COMPASS.iter().any(|c| c.eq_ignore_ascii_case(word))
            && !FEATURE_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word))
    };
    area_words(a).filter(distinctive).any(|x| {
        area_words(b)
            .filter(distinctive)
            .any(|y| x.eq_ignore_ascii_case(y))
    })
}

/// How far apart the centres of two waters (or other wide areas placed in no country)
/// may lie and still be told for one another: a strait and the sea it opens ("Bab
/// el-Mandeb" and "the Red Sea", about 950 km) may be one place, the Red Sea and the
/// Gulf of Aden (about 1,300 km) are two.
const SEPARATE_WATERS_KM: f64 = 1000.0;

/// Two places neither of which was read in a country (a sea, a place the gazetteer
/// does not put in one, or no place at all). Towns or points of two names far apart,
/// and waters further apart than [`SEPARATE_WATERS_KM`], are two places; anything else
/// can be one, and says so only when both are named places that share a name or a
/// word of it, or towns near each other: the evidence a countryless pair needs besides
/// (`index/score.rs`).
fn compare_without_countries(a: &Location, b: &Location) -> Option<PlaceMatch> {
    let placed = |l: &Location| l.lat.is_some() && l.lon.is_some();
    let fine = |l: &Location| rank(l.precision) <= rank(LocationPrecision::City);
    let reach = if fine(a) && fine(b) {
        tolerance_km(a.precision, b.precision)
    } else {
        SEPARATE_WATERS_KM
    };
    let near = match (a.lat, a.lon, b.lat, b.lon) {
        (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) => {
            Some(haversine_km(lat1, lon1, lat2, lon2) <= reach)
        }
        _ => None,
    };
    let named_alike = placed(a)
        && placed(b)
        && (same_text(&a.name, &b.name)
            || share_place_word(&a.name, &b.name)
            || (near == Some(true) && fine(a) && fine(b)));
    if near == Some(false) && !named_alike {
        return None;
    }
    matched(
        if named_alike { 1.0 } else { 0.0 },
        PlaceHow::NeitherCountry { named_alike },
    )
}

/// Two places in neighbouring countries. Towns (or points) are one place when they
/// bear one name (a border town read on the wrong side) or lie within
/// [`ACROSS_BORDER_KM`]; a province within its reach of the other place; a place named
/// only by its country (or a region) may be anywhere near the border. Never more than
/// weak evidence: the pair needs a party named alike or the same toll besides.
fn compare_across_border(a: &Location, b: &Location) -> Option<PlaceMatch> {
    let distance = match (a.lat, a.lon, b.lat, b.lon) {
        (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) => {
            Some(haversine_km(lat1, lon1, lat2, lon2))
        }
        _ => None,
    };
    let coarsest = rank(a.precision).max(rank(b.precision));
    // A country named alone: less than the same country named alone (0.5) by the
    // margin, so a report of "Burkina Faso" joins Burkina's attack before the
    // neighbour's attack by the same group that day.
    if coarsest >= rank(LocationPrecision::Country) {
        return matched(-0.5, PlaceHow::AcrossBorder(None));
    }
    if same_text(&a.name, &b.name) {
        return matched(1.0, PlaceHow::AcrossBorder(distance));
    }
    let reach = if coarsest == rank(LocationPrecision::Admin1) {
        tolerance_km(LocationPrecision::Admin1, LocationPrecision::Admin1)
    } else {
        ACROSS_BORDER_KM
    };
    match distance {
        Some(km) if km <= reach => matched(
            if coarsest == rank(LocationPrecision::Admin1) {
                0.0
            } else {
                1.0
            },
            PlaceHow::AcrossBorder(Some(km)),
        ),
        _ => None,
    }
}

/// How well two locations agree, or None when they cannot be one place.
///
/// Compared at the coarser of the two precisions: a country holds every place in it;
/// a province (admin1) holds the places whose own admin1 has its name (alternate
/// forms and compass prefixes allowed) or that lie within reach of its centre; two
/// towns are one when their names agree or they lie within a few kilometres, whatever
/// province each outlet puts them in (districts move between provinces).
pub fn compare<'a>(a: &'a Location, b: &'a Location) -> Option<PlaceMatch> {
    match (&a.country_code, &b.country_code) {
        (Some(ca), Some(cb)) if ca != cb => {
            return if neighbours(ca, cb) {
                compare_across_border(a, b)
            } else {
                None
            };
        }
        (None, None) => return compare_without_countries(a, b),
        (Some(_), None) | (None, Some(_)) => {
            // A place read without a country meets one with a country only by name or
            // by its coordinates; a region (no country told) may hold it.
            let vague = |l: &Location| rank(l.precision) >= rank(LocationPrecision::Region);
            if vague(a) || vague(b) {
                return matched(0.0, PlaceHow::NoCountry);
            }
            if same_text(&a.name, &b.name) {
                return matched(2.0, PlaceHow::NameWithoutCountry);
            }
            let close = match (a.lat, a.lon, b.lat, b.lon) {
                (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) => {
                    haversine_km(lat1, lon1, lat2, lon2) <= tolerance_km(a.precision, b.precision)
                }
                _ => false,
            };
            return close.then_some(PlaceMatch {
                strength: 1.0,
                how: PlaceHow::NearWithoutCountry,
            });
        }
        _ => {}
    }
    let coarsest = rank(a.precision).max(rank(b.precision));
    if coarsest >= rank(LocationPrecision::Region) {
        return matched(0.0, PlaceHow::Region);
    }
    if coarsest == rank(LocationPrecision::Country) {
        return matched(0.5, PlaceHow::Country);
    }
    let distance = match (a.lat, a.lon, b.lat, b.lon) {
        (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) => {
            Some(haversine_km(lat1, lon1, lat2, lon2))
        }
        _ => None,
    };
    if coarsest == rank(LocationPrecision::Admin1) {
        let (area, other) = if rank(a.precision) >= rank(b.precision) {
            (a, b)
        } else {
            (b, a)
        };
        // The provinces each lies in, at every level the event carries: the admin1 it
        // was put in and, for a province, its own name (a place the gazetteer ranks as a
        // province may be a district named after its town: "Quissanga" in Cabo Delgado).
        let provinces = |l: &'a Location| {
            let own = (l.precision == LocationPrecision::Admin1).then_some(l.name.as_str());
            [own, l.admin1.as_deref()].into_iter().flatten()
        };
        if provinces(area).any(|x| provinces(other).any(|y| same_area(x, y))) {
            return matched(2.0, PlaceHow::InArea);
        }
        // The area's names: what the report called it and the admin1 it was put in.
        let names = [Some(area.name.as_str()), area.admin1.as_deref()];
        if names
            .iter()
            .flatten()
            .any(|name| same_area(name, &other.name))
        {
            return matched(2.0, PlaceHow::SameArea);
        }
        return match distance {
            Some(km) if km <= tolerance_km(a.precision, b.precision) => {
                matched(1.0, PlaceHow::NearCentre(km))
            }
            _ => None,
        };
    }
    if same_text(&a.name, &b.name) {
        return matched(4.0, PlaceHow::SameTown);
    }
    // Other names: near enough by their points (one town under two spellings, or two
    // spots of one), or one name in two forms.
    match distance {
        Some(km) if km <= tolerance_km(a.precision, b.precision) => {
            if same_area(&a.name, &b.name) {
                matched(4.0, PlaceHow::SameTown)
            } else {
                matched(3.5 - km / 5.0, PlaceHow::NearTown(km))
            }
        }
        // A village and the town it is reported near ("Kibumba, 20 km north of Goma"):
        // towns of one province within `NEARBY_TOWN_KM` may be one place, only as weak
        // evidence that needs more to join (the same toll, `index/score.rs`).
        Some(km) if km <= NEARBY_TOWN_KM && one_province(a, b) => {
            matched(0.5, PlaceHow::NearbyTown(km))
        }
        Some(_) => None,
        // A village the gazetteer does not place: only its province can tell, and one
        // province holds it and the other town alike.
        None if same_area(&a.name, &b.name) => matched(4.0, PlaceHow::SameTown),
        None => match (&a.admin1, &b.admin1) {
            (Some(x), Some(y)) if same_area(x, y) => matched(1.0, PlaceHow::SameProvince),
            _ => None,
        },
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
        assert!(compare(&kharkiv, &ukraine).is_some());
        assert!(compare(&kharkiv, &kharkiv_oblast).is_some());
        assert!(compare(&kyiv, &kharkiv_oblast).is_none());
        assert!(compare(&kharkiv, &kyiv).is_none());
        assert!(
            compare(&kharkiv, &chuhuiv).is_none(),
            "neighbouring towns stay apart"
        );
        // The neighbour named alone: only as weak evidence (`AcrossBorder`).
        assert_eq!(
            compare(&kharkiv, &russia).map(|m| (m.how, m.strength)),
            Some((PlaceHow::AcrossBorder(None), -0.5))
        );
        let kharkiv_elsewhere = place("kharkiv", "UA", None, Some((50.0, 36.3)), City);
        assert!(compare(&kharkiv, &kharkiv_elsewhere).is_some());
    }

    #[test]
    fn the_border_table_parses_and_places_meet_only_across_a_border() {
        use LocationPrecision::*;
        let pairs = parse_borders(BORDERS).expect("data/borders.tsv");
        assert!(pairs.len() >= 250);
        assert!(parse_borders("KE\tKE").is_err());
        assert!(parse_borders("KE SO").is_err());
        assert!(neighbours("KE", "SO") && neighbours("SO", "KE"));
        assert!(!neighbours("SO", "YE"));
        // A border town each side's outlet places in its own: a few km apart.
        let chaman = place(
            "Chaman",
            "PK",
            Some("Balochistan"),
            Some((30.92, 66.45)),
            City,
        );
        let spin_boldak = place(
            "Spin Boldak",
            "AF",
            Some("Kandahar"),
            Some((31.0, 66.4)),
            City,
        );
        assert!(matches!(
            compare(&chaman, &spin_boldak).map(|m| m.how),
            Some(PlaceHow::AcrossBorder(Some(km))) if km < 15.0
        ));
        // Two towns of neighbouring countries far apart are two places.
        let kandahar = place(
            "Kandahar",
            "AF",
            Some("Kandahar"),
            Some((31.61, 65.71)),
            City,
        );
        assert!(compare(&chaman, &kandahar).is_none());
        // A country named alone may be told for the neighbour's border town; a country
        // that shares no border may not.
        let afghanistan = place("Afghanistan", "AF", None, Some((33.0, 65.0)), Country);
        assert_eq!(
            compare(&chaman, &afghanistan).map(|m| m.how),
            Some(PlaceHow::AcrossBorder(None))
        );
        let yemen = place("Yemen", "YE", None, Some((15.5, 47.5)), Country);
        let mogadishu = place(
            "Mogadishu",
            "SO",
            Some("Banaadir"),
            Some((2.04, 45.34)),
            City,
        );
        assert!(compare(&mogadishu, &yemen).is_none());
    }

    #[test]
    fn areas_meet_under_their_other_names() {
        use LocationPrecision::*;
        assert!(same_area("North Darfur", "Darfur"));
        assert!(same_area("Kharkiv Oblast", "Kharkiv region"));
        assert!(same_area("the Sagaing region", "Sagaing"));
        assert!(!same_area("North Darfur", "South Darfur"));
        assert!(!same_area("Darfur", "Kordofan"));
        let el_fasher = place(
            "El Fasher",
            "SD",
            Some("North Darfur"),
            Some((13.63, 25.35)),
            City,
        );
        let darfur = place("Darfur", "SD", None, None, Admin1);
        assert_eq!(compare(&el_fasher, &darfur).map(|m| m.strength), Some(2.0));
        // A district placed under its old province by one outlet, its new by another.
        let old = place("Daquq", "IQ", Some("Kirkuk"), Some((35.13, 44.45)), City);
        let new = place(
            "Daquq",
            "IQ",
            Some("Salah al-Din"),
            Some((35.14, 44.44)),
            City,
        );
        assert_eq!(compare(&old, &new).map(|m| m.strength), Some(4.0));
        // A village without coordinates meets a town of its province, not of another.
        let village = place("Kibumba", "CD", Some("North Kivu"), None, City);
        let goma = place("Goma", "CD", Some("Nord-Kivu"), Some((-1.68, 29.22)), City);
        let beni = place("Beni", "CD", Some("Ituri"), Some((0.49, 29.47)), City);
        assert!(
            compare(&village, &goma).is_none(),
            "Nord-Kivu is another spelling"
        );
        let goma = place("Goma", "CD", Some("North Kivu"), Some((-1.68, 29.22)), City);
        assert_eq!(compare(&village, &goma).map(|m| m.strength), Some(1.0));
        assert!(compare(&village, &beni).is_none());
        // A district the gazetteer ranks as a province meets its province by the admin1
        // it lies in, at any distance from the province's centre.
        let quissanga = place(
            "Quissanga",
            "MZ",
            Some("Cabo Delgado"),
            Some((-12.43, 40.49)),
            Admin1,
        );
        let cabo_delgado = place("Cabo Delgado", "MZ", None, Some((-12.33, 39.32)), Admin1);
        let niassa = place("Niassa", "MZ", None, Some((-12.9, 36.6)), Admin1);
        assert_eq!(
            compare(&quissanga, &cabo_delgado).map(|m| m.how),
            Some(PlaceHow::InArea)
        );
        assert!(compare(&quissanga, &niassa).is_none());
        // A village 20 km from the town it is reported near, in one province: weak
        // evidence; in another province, none.
        let kibumba = place(
            "Kibumba",
            "CD",
            Some("North Kivu"),
            Some((-1.5, 29.27)),
            City,
        );
        assert!(matches!(
            compare(&kibumba, &goma).map(|m| m.how),
            Some(PlaceHow::NearbyTown(km)) if km > 15.0 && km < 25.0
        ));
        let minova = place(
            "Minova",
            "CD",
            Some("South Kivu"),
            Some((-1.69, 29.01)),
            City,
        );
        assert!(compare(&minova, &goma).is_none());
        // Neither read in a country: two towns far apart are two places; anything else
        // may be one, named alike only by a shared name or word of it (with coordinates).
        let mut town = el_fasher.clone();
        town.country_code = None;
        let mut far_town = place("Kassala", "SD", None, Some((15.45, 36.4)), City);
        far_town.country_code = None;
        assert!(compare(&town, &far_town).is_none());
        let sea = |name: &str, lat_lon| {
            let mut sea = place(name, "", None, Some(lat_lon), Region);
            sea.country_code = None;
            sea
        };
        let named_alike = |a: &Location, b: &Location| match compare(a, b).map(|m| m.how) {
            Some(PlaceHow::NeitherCountry { named_alike }) => Some(named_alike),
            _ => None,
        };
        let red = sea("Red Sea", (20.0, 38.5));
        assert_eq!(
            named_alike(&red, &sea("southern Red Sea", (15.0, 41.0))),
            Some(true)
        );
        assert_eq!(
            named_alike(&red, &sea("Bab el-Mandeb", (12.6, 43.4))),
            Some(false)
        );
        assert_eq!(named_alike(&red, &sea("Gulf of Aden", (12.5, 47.5))), None);
        assert_eq!(named_alike(&red, &sea("Arabian Sea", (15.0, 65.0))), None);
        let mut nowhere = place("Unknown", "", None, None, Region);
        nowhere.country_code = None;
        assert_eq!(named_alike(&nowhere, &nowhere.clone()), Some(false));
        assert_eq!(named_alike(&nowhere, &town), Some(false));
        // No country read: only its name or its coordinates can meet a place.
        let mut unplaced = el_fasher.clone();
        unplaced.country_code = None;
        assert!(compare(&unplaced, &el_fasher).is_some());
        let mut elsewhere = place("Kassala", "SD", None, Some((15.45, 36.4)), City);
        elsewhere.country_code = None;
        assert!(compare(&elsewhere, &el_fasher).is_none());
    }
}
