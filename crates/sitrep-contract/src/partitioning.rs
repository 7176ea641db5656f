//! Where an event goes on `sitrep.events`: the partition of its country.
//!
//! The incident stage keeps one index per partition of the events topic, so the reports
//! that may make one incident must meet on one partition. The incident rules never join
//! places in two countries (`sitrep-incidents`' `place.rs`), and a report placed only by
//! its country may join any incident in that country, so the country is the finest key
//! that loses no merge: `country:XX`, or `country:` for an event read without a country
//! (those meet each other, never an event with a country). The key is hashed, so the
//! partition of a country is the same in every process and version, and depends only on
//! the number of partitions.

use crate::IncidentEvent;

/// The partition key of an event: its country code, upper case, or empty.
pub fn event_partition_key(event: &IncidentEvent) -> String {
    let country = event
        .location
        .country_code
        .as_deref()
        .map(|code| code.trim().to_ascii_uppercase())
        .unwrap_or_default();
    format!("country:{country}")
}

/// The partition of `event` among `num_partitions` (at least one).
pub fn event_partition(event: &IncidentEvent, num_partitions: i32) -> i32 {
    partition_of_key(&event_partition_key(event), num_partitions)
}

/// A stable partition for a key: the first four bytes of its blake3 hash, modulo the
/// number of partitions.
pub fn partition_of_key(key: &str, num_partitions: i32) -> i32 {
    let hash = blake3::hash(key.as_bytes());
    let bytes = hash.as_bytes();
    let prefix = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    let num_partitions = u32::try_from(num_partitions.max(1)).unwrap_or(1);
    i32::try_from(prefix % num_partitions).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_are_stable_within_range_and_spread() {
        assert_eq!(partition_of_key("country:UA", 1), 0);
        assert_eq!(
            partition_of_key("country:UA", 0),
            0,
            "at least one partition"
        );
        let countries = [
            "UA", "RU", "IQ", "SY", "SD", "SO", "ML", "YE", "PS", "IL", "CD", "",
        ];
        let mut used = std::collections::BTreeSet::new();
        for country in countries {
            let key = format!("country:{country}");
            let partition = partition_of_key(&key, 6);
            assert!((0..6).contains(&partition));
            assert_eq!(partition, partition_of_key(&key, 6), "stable");
            used.insert(partition);
        }
        assert!(
            used.len() >= 4,
            "twelve keys spread over six partitions: {used:?}"
        );
    }
}
