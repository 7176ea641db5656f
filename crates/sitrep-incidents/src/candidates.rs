//! Where to look for the incidents an event may belong to.
//!
//! Incidents are filed by (country, day) for every day their date may fall on, and
//! within that by a grid cell of half a degree when their place is a town or a point
//! with coordinates. An event with a town or point looks at its cell and the eight
//! around it (further than any town tolerance) plus the coarse places (provinces,
//! countries, places without coordinates) of its country and days; any other event
//! looks at everything of its country and days. Places read in no country (the sea off
//! a coast, a place the text does not give) are filed under country 0: an event with a
//! country looks at those of its days too, and an event without one at every country's
//! incidents of its days (rare, and only the evidence of date, type, actors and toll can
//! choose among them). An act may be placed on either side of a border: an event
//! looks at its neighbouring countries' incidents too, as it looks at its own country's
//! (`place::neighbours_of`).

use rustc_hash::FxHashMap;
use sitrep_contract::{Location, LocationPrecision};

use crate::dates::DayInterval;
use crate::place;

/// Degrees per grid cell.
const CELL_DEGREES: f64 = 0.5;

type Cell = (i32, i32);

/// Where one incident (or one event) is filed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub country: u16,
    pub days: Option<DayInterval>,
    pub cell: Option<Cell>,
}

impl Placement {
    pub fn of(location: &Location, days: Option<DayInterval>) -> Self {
        let country = match location.country_code.as_deref().map(str::as_bytes) {
            Some([a, b]) => u16::from_be_bytes([*a, *b]),
            _ => NO_COUNTRY,
        };
        let fine = matches!(
            location.precision,
            LocationPrecision::Point | LocationPrecision::City
        );
        let cell = match (location.lat, location.lon) {
            (Some(lat), Some(lon)) if fine && lat.is_finite() && lon.is_finite() => Some((
                (lat / CELL_DEGREES).floor() as i32,
                (lon / CELL_DEGREES).floor() as i32,
            )),
            _ => None,
        };
        Self {
            country,
            days,
            cell,
        }
    }
}

#[derive(Default)]
struct Bucket {
    cells: FxHashMap<Cell, Vec<usize>>,
    coarse: Vec<usize>,
}

impl Bucket {
    fn is_empty(&self) -> bool {
        self.cells.is_empty() && self.coarse.is_empty()
    }
}

/// Slots of incidents by country, day and cell.
#[derive(Default)]
pub struct Candidates {
    buckets: FxHashMap<(u16, i32), Bucket>,
    /// The countries with a bucket on each day.
    countries: FxHashMap<i32, Vec<u16>>,
}

/// The country number of an event placed in no country.
const NO_COUNTRY: u16 = 0;

impl Candidates {
    pub fn insert(&mut self, slot: usize, placement: &Placement) {
        let Some(days) = placement.days else {
            return;
        };
        for day in days.first..=days.last {
            let bucket = self
                .buckets
                .entry((placement.country, day))
                .or_insert_with(|| {
                    self.countries
                        .entry(day)
                        .or_default()
                        .push(placement.country);
                    Bucket::default()
                });
            match placement.cell {
                Some(cell) => bucket.cells.entry(cell).or_default().push(slot),
                None => bucket.coarse.push(slot),
            }
        }
    }

    pub fn remove(&mut self, slot: usize, placement: &Placement) {
        let Some(days) = placement.days else {
            return;
        };
        for day in days.first..=days.last {
            let key = (placement.country, day);
            let Some(bucket) = self.buckets.get_mut(&key) else {
                continue;
            };
            match placement.cell {
                Some(cell) => {
                    if let Some(slots) = bucket.cells.get_mut(&cell) {
                        slots.retain(|&s| s != slot);
                        if slots.is_empty() {
                            bucket.cells.remove(&cell);
                        }
                    }
                }
                None => bucket.coarse.retain(|&s| s != slot),
            }
            if bucket.is_empty() {
                self.buckets.remove(&key);
                if let Some(countries) = self.countries.get_mut(&day) {
                    countries.retain(|&c| c != placement.country);
                    if countries.is_empty() {
                        self.countries.remove(&day);
                    }
                }
            }
        }
    }

    /// Calls `visit` with every slot filed where an event placed at `query` may belong,
    /// each at least once (an incident of several days may come more than once).
    pub fn visit(&self, query: &Placement, mut visit: impl FnMut(usize)) {
        let Some(days) = query.days else {
            return;
        };
        for day in days.first..=days.last {
            if query.country == NO_COUNTRY {
                let countries = self.countries.get(&day).map_or(&[][..], Vec::as_slice);
                for bucket in countries
                    .iter()
                    .filter_map(|&country| self.buckets.get(&(country, day)))
                {
                    bucket.coarse.iter().copied().for_each(&mut visit);
                    bucket
                        .cells
                        .values()
                        .flatten()
                        .copied()
                        .for_each(&mut visit);
                }
                continue;
            }
            if let Some(placeless) = self.buckets.get(&(NO_COUNTRY, day)) {
                placeless.coarse.iter().copied().for_each(&mut visit);
                placeless
                    .cells
                    .values()
                    .flatten()
                    .copied()
                    .for_each(&mut visit);
            }
            let countries = std::iter::once(query.country)
                .chain(place::neighbours_of(query.country).iter().copied());
            for country in countries {
                let Some(bucket) = self.buckets.get(&(country, day)) else {
                    continue;
                };
                bucket.coarse.iter().copied().for_each(&mut visit);
                match query.cell {
                    Some((lat, lon)) => {
                        for d_lat in -1..=1 {
                            for d_lon in -1..=1 {
                                if let Some(slots) = bucket.cells.get(&(lat + d_lat, lon + d_lon)) {
                                    slots.iter().copied().for_each(&mut visit);
                                }
                            }
                        }
                    }
                    None => bucket
                        .cells
                        .values()
                        .flatten()
                        .copied()
                        .for_each(&mut visit),
                }
            }
        }
    }
}
