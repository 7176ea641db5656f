//! Does the test broker (tansu) support Kafka transactions? A probe, not a test:
//! `cargo run -p sitrep-loadtest --example tansu_transactions`.
//!
//! It runs a transactional producer (init, begin, produce 3, commit; begin, produce 2,
//! abort), sends consumer offsets inside a transaction (consume-transform-produce), and
//! reads the topic back with `isolation.level=read_committed` and `read_uncommitted`.
//! Each step prints what the broker answered.

use std::time::Duration;

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Message;
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

const TOPIC: &str = "txn.probe";

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let broker = sitrep_testkit::Broker::start().await;
    let bootstrap = broker.bootstrap().to_owned();
    tokio::task::spawn_blocking(move || probe(&bootstrap))
        .await
        .expect("probe");
    broker.stop().await;
}

fn step<T, E: std::fmt::Display>(what: &str, result: Result<T, E>) -> Option<T> {
    match result {
        Ok(value) => {
            println!("ok      {what}");
            Some(value)
        }
        Err(error) => {
            println!("FAILED  {what}: {error}");
            None
        }
    }
}

fn probe(bootstrap: &str) {
    let timeout = Duration::from_secs(15);
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("admin");
    let created = futures::executor::block_on(admin.create_topics(
        &[NewTopic::new(TOPIC, 1, TopicReplication::Fixed(1))],
        &AdminOptions::new(),
    ));
    step(
        "create topic",
        created.map(|results| results.into_iter().collect::<Vec<_>>()),
    );
    // A plain message first.
    let plain: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("producer");
    step(
        "plain produce",
        plain
            .send(BaseRecord::to(TOPIC).key("k").payload("plain"))
            .map_err(|(e, _)| e),
    );
    step("plain flush", plain.flush(timeout));

    let producer: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("transactional.id", "sitrep-txn-probe")
        .set("transaction.timeout.ms", "10000")
        .create()
        .expect("transactional producer");
    if step(
        "init_transactions (InitProducerId with a transactional.id)",
        producer.init_transactions(timeout),
    )
    .is_none()
    {
        return;
    }
    if step("begin_transaction", producer.begin_transaction()).is_some() {
        for i in 0..3 {
            let _ = producer.send(
                BaseRecord::to(TOPIC)
                    .key("k")
                    .payload(&format!("committed-{i}")),
            );
        }
        step(
            "commit_transaction (AddPartitionsToTxn, EndTxn commit)",
            producer.commit_transaction(timeout),
        );
    }
    if step("begin_transaction (second)", producer.begin_transaction()).is_some() {
        for i in 0..2 {
            let _ = producer.send(
                BaseRecord::to(TOPIC)
                    .key("k")
                    .payload(&format!("aborted-{i}")),
            );
        }
        step(
            "abort_transaction (EndTxn abort)",
            producer.abort_transaction(timeout),
        );
    }

    // Consume-transform-produce: offsets committed inside a transaction.
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", "sitrep-txn-probe-group")
        .set("enable.auto.commit", "false")
        .create()
        .expect("consumer");
    let mut offsets = TopicPartitionList::new();
    let _ = offsets.add_partition_offset(TOPIC, 0, Offset::Offset(1));
    if step(
        "begin_transaction (third, with offsets)",
        producer.begin_transaction(),
    )
    .is_some()
    {
        let _ = producer.send(BaseRecord::to(TOPIC).key("k").payload("with-offsets"));
        if let Some(metadata) = consumer.group_metadata() {
            step(
                "send_offsets_to_transaction (AddOffsetsToTxn, TxnOffsetCommit)",
                producer.send_offsets_to_transaction(&offsets, &metadata, timeout),
            );
        }
        step(
            "commit_transaction (third)",
            producer.commit_transaction(timeout),
        );
    }
    if let Some(committed) = step(
        "committed offsets of the group",
        consumer.committed_offsets(offsets, timeout),
    ) {
        println!(
            "        group offset of {TOPIC}[0]: {:?}",
            committed.elements().first().map(|e| e.offset())
        );
    }

    for isolation in ["read_committed", "read_uncommitted"] {
        let reader: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", bootstrap)
            .set("group.id", format!("sitrep-txn-probe-{isolation}"))
            .set("isolation.level", isolation)
            .set("enable.partition.eof", "true")
            .create()
            .expect("reader");
        let mut assignment = TopicPartitionList::new();
        let _ = assignment.add_partition_offset(TOPIC, 0, Offset::Beginning);
        let _ = reader.assign(&assignment);
        let mut seen = Vec::new();
        let deadline = std::time::Instant::now() + timeout;
        while std::time::Instant::now() < deadline {
            match reader.poll(Duration::from_millis(500)) {
                Some(Ok(message)) => seen.push(
                    String::from_utf8_lossy(message.payload().unwrap_or_default()).into_owned(),
                ),
                Some(Err(rdkafka::error::KafkaError::PartitionEOF(_))) => break,
                Some(Err(error)) => {
                    println!("        {isolation}: {error}");
                    break;
                }
                None => {}
            }
        }
        println!("        {isolation} reads {seen:?}");
    }
}
