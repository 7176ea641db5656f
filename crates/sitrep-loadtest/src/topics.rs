//! Producing raw bytes (malformed messages, the broker's own passthrough) without any of
//! sitrep's code in between. Topics are read back with `sitrep_testkit::read_topic`, the
//! tests' reader, whose records carry the producer's timestamps.

use std::time::Duration;

use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::ClientConfig;

/// A plain producer (acks from all replicas, idempotent), as any client would use.
pub fn producer(bootstrap: &str) -> FutureProducer {
    ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("enable.idempotence", "true")
        .set("linger.ms", "5")
        .create()
        .expect("producer")
}

/// Produces `payload` under `key` and waits for the broker's acknowledgement.
///
/// # Panics
/// When the broker does not acknowledge within 30 s.
pub async fn produce(producer: &FutureProducer, topic: &str, key: &str, payload: &[u8]) {
    producer
        .send(
            FutureRecord::to(topic).key(key).payload(payload),
            Duration::from_secs(30),
        )
        .await
        .unwrap_or_else(|(error, _)| panic!("producing to {topic}: {error}"));
}
