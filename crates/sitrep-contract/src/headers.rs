//! Header names and values every message carries (docs/contract.md, "Topics"), and the W3C
//! `traceparent` that lets one item be followed from fetcher to classifier.

pub const CONTENT_TYPE: &str = "content-type";
pub const JSON: &str = "application/json";
pub const SCHEMA: &str = "sitrep-schema";
pub const TRACEPARENT: &str = "traceparent";
/// On an input sent again from a dead letter (`sitrep deadletter replay`): how many times
/// it has been replayed. A dead letter keeps it with the input's other headers, so a
/// replay that fails again is known and not replayed in a loop.
pub const REPLAYED: &str = "sitrep-replayed";

pub const CE_SPECVERSION: &str = "ce_specversion";
pub const CE_ID: &str = "ce_id";
pub const CE_SOURCE: &str = "ce_source";
pub const CE_TYPE: &str = "ce_type";
pub const CE_TIME: &str = "ce_time";
pub const CE_SPECVERSION_VALUE: &str = "1.0";
pub const CE_TYPE_INCIDENT: &str = "io.sitrep.incident.v1";
pub const CE_SOURCE_VALUE: &str = "/sitrep/classifier";
/// Records on `sitrep.incidents` (a v1 extension): their own type and source, the
/// incident id as subject, and `<incident id>:<revision>` as id (each revision is a new
/// CloudEvent; a redelivered one keeps its id).
pub const CE_SUBJECT: &str = "ce_subject";
pub const CE_TYPE_INCIDENT_RECORD: &str = "io.sitrep.incident_record.v1";
pub const CE_SOURCE_INCIDENTS: &str = "/sitrep/incidents";

/// A W3C trace context: `00-<32 hex trace id>-<16 hex parent span id>-01`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceParent {
    pub trace_id: String,
    pub span_id: String,
}

impl TraceParent {
    /// A trace rooted at an item: the trace id is the item id's hash, so a replayed item
    /// keeps its trace id.
    pub fn for_item(item: &crate::ItemId) -> Self {
        Self {
            trace_id: item.hex().to_owned(),
            span_id: span_id_for(item.hex(), "fetcher"),
        }
    }

    /// A trace rooted at any stable text (an input key), for input that came without one.
    pub fn rooted_at(seed: &str) -> Self {
        let hash = blake3::hash(seed.as_bytes());
        let trace_id = hash.to_hex()[..32].to_owned();
        Self {
            span_id: span_id_for(&trace_id, "root"),
            trace_id,
        }
    }

    /// The same trace, continued by `stage`.
    pub fn child(&self, stage: &str) -> Self {
        Self {
            trace_id: self.trace_id.clone(),
            span_id: span_id_for(&self.trace_id, stage),
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        let mut parts = value.split('-');
        let (version, trace_id, span_id, flags) =
            (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        let is_hex = |s: &str, len: usize| {
            s.len() == len
                && s.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        };
        let valid = parts.next().is_none()
            && is_hex(version, 2)
            && version != "ff"
            && is_hex(trace_id, 32)
            && trace_id.bytes().any(|b| b != b'0')
            && is_hex(span_id, 16)
            && span_id.bytes().any(|b| b != b'0')
            && is_hex(flags, 2);
        valid.then(|| Self {
            trace_id: trace_id.to_owned(),
            span_id: span_id.to_owned(),
        })
    }

    pub fn header_value(&self) -> String {
        format!("00-{}-{}-01", self.trace_id, self.span_id)
    }
}

fn span_id_for(trace_id: &str, stage: &str) -> String {
    let hash = blake3::hash(format!("{trace_id}\x1f{stage}").as_bytes());
    hash.to_hex()[..16].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceparent_round_trips_and_children_share_the_trace() {
        let item = crate::ItemId::for_entry(
            &crate::FeedId::for_feed("https://example.org/rss"),
            crate::EntryKey::Guid("1"),
        );
        let root = TraceParent::for_item(&item);
        let value = root.header_value();
        assert_eq!(TraceParent::parse(&value), Some(root.clone()));
        let child = root.child("normalizer");
        assert_eq!(child.trace_id, root.trace_id);
        assert_ne!(child.span_id, root.span_id);
    }

    #[test]
    fn invalid_traceparents_are_rejected() {
        for bad in [
            "",
            "00-abc-def-01",
            "00-00000000000000000000000000000000-0123456789abcdef-01",
            "ff-0123456789abcdef0123456789abcdef-0123456789abcdef-01",
            "00-0123456789ABCDEF0123456789abcdef-0123456789abcdef-01",
        ] {
            assert_eq!(TraceParent::parse(bad), None, "{bad:?}");
        }
    }
}
