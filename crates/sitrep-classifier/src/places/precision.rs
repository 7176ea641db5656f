//! How precisely a place is known: the one ordering of place precision in the
//! classifier. Whoever asks "is this place more precise than that one" (the best
//! place of a sentence, of an event, a district against its province) asks it here.
//!
//! The contract's `LocationPrecision` has no level between a city and a first-level
//! subdivision; the gazetteer does (a district, an LGA, a department: a second-level
//! subdivision). Such a place is published at `admin1` precision, the most precise
//! level of the contract that it does not overstate, with its province as `admin1`.

use sitrep_contract::LocationPrecision;

/// Place precision, from the vaguest to the most precise: `a > b` when `a` is the
/// more precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A region of the world, or nothing known.
    Region,
    Country,
    /// A sea, gulf or strait: no country, but nearer the event than a whole country
    /// ("drones launched from Yemen over the Red Sea"). Published as `region`.
    Sea,
    /// A first-level subdivision: a state, province, region, governorate.
    Admin1,
    /// A second-level subdivision: a district, LGA, county, department.
    Admin2,
    /// A city, town or village.
    City,
    Point,
}

impl Precision {
    /// The level of a published location.
    pub fn of(precision: LocationPrecision) -> Self {
        match precision {
            LocationPrecision::Region => Self::Region,
            LocationPrecision::Country => Self::Country,
            LocationPrecision::Admin1 => Self::Admin1,
            LocationPrecision::City => Self::City,
            LocationPrecision::Point => Self::Point,
        }
    }

    /// True for a subdivision of either level.
    pub fn is_subdivision(self) -> bool {
        matches!(self, Self::Admin1 | Self::Admin2)
    }

    /// The level to publish: a second-level subdivision is published as `admin1`.
    pub fn published(self) -> LocationPrecision {
        match self {
            Self::Region | Self::Sea => LocationPrecision::Region,
            Self::Country => LocationPrecision::Country,
            Self::Admin1 | Self::Admin2 => LocationPrecision::Admin1,
            Self::City => LocationPrecision::City,
            Self::Point => LocationPrecision::Point,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordered_from_vague_to_precise() {
        use Precision::*;
        let all = [Region, Country, Sea, Admin1, Admin2, City, Point];
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        for level in all {
            assert_eq!(
                Precision::of(level.published()).published(),
                level.published()
            );
        }
        assert_eq!(Admin2.published(), LocationPrecision::Admin1);
        assert_eq!(Sea.published(), LocationPrecision::Region);
    }
}
