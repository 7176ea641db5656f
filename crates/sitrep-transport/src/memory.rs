//! An in-process bus with the semantics the service loop relies on: append-only topics
//! of one partition, consumer groups with stored and committed offsets, and `send`
//! resolving once the message is appended. It needs no broker, so `make run` and the
//! offline tools work on a machine with nothing installed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::Notify;

use crate::{
    Consumer, ConsumerSpec, InMessage, OutMessage, Position, Producer, StartFrom, TopicSpec,
    Transport, TransportError,
};

#[derive(Default)]
struct Topic {
    records: Vec<Arc<InMessage>>,
}

#[derive(Default)]
struct State {
    topics: HashMap<String, Topic>,
    /// Committed next-offset per (group, topic).
    committed: HashMap<(String, String), i64>,
}

#[derive(Default)]
struct Inner {
    state: Mutex<State>,
    appended: Notify,
}

/// The in-process bus. Cloning gives another handle to the same bus.
#[derive(Clone, Default)]
pub struct MemoryBus {
    inner: Arc<Inner>,
}

impl MemoryBus {
    /// An empty bus.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A poisoned lock means a thread panicked while appending; the data is still sound.
        self.inner
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Number of messages in `topic` (its end offset).
    pub fn end_offset(&self, topic: &str) -> i64 {
        self.lock()
            .topics
            .get(topic)
            .map_or(0, |t| t.records.len() as i64)
    }

    /// The offset `group` committed for `topic`, 0 if none.
    pub fn committed(&self, group: &str, topic: &str) -> i64 {
        self.lock()
            .committed
            .get(&(group.to_owned(), topic.to_owned()))
            .copied()
            .unwrap_or(0)
    }

    /// Every message of `topic` so far.
    pub fn messages(&self, topic: &str) -> Vec<InMessage> {
        self.lock()
            .topics
            .get(topic)
            .map(|t| t.records.iter().map(|m| (**m).clone()).collect())
            .unwrap_or_default()
    }

    /// Resolves once `group` has committed everything currently in `topic`, and
    /// nothing more arrived meanwhile.
    pub async fn wait_committed(&self, group: &str, topic: &str) {
        loop {
            let notified = self.inner.appended.notified();
            if self.committed(group, topic) >= self.end_offset(topic) {
                return;
            }
            notified.await;
        }
    }

    /// Resolves once `topic` holds at least `count` messages.
    pub async fn wait_messages(&self, topic: &str, count: i64) {
        loop {
            let notified = self.inner.appended.notified();
            if self.end_offset(topic) >= count {
                return;
            }
            notified.await;
        }
    }

    fn append(&self, message: OutMessage) {
        let mut state = self.lock();
        let topic = state.topics.entry(message.topic.clone()).or_default();
        let offset = topic.records.len() as i64;
        topic.records.push(Arc::new(InMessage {
            position: Position {
                topic: message.topic,
                partition: 0,
                offset,
            },
            key: message.key.map(String::into_bytes),
            payload: (!message.tombstone).then_some(message.payload),
            headers: message
                .headers
                .into_iter()
                .map(|(k, v)| (k, v.into_bytes()))
                .collect(),
            timestamp_ms: Some(chrono::Utc::now().timestamp_millis()),
        }));
        drop(state);
        self.inner.appended.notify_waiters();
    }
}

#[async_trait]
impl Transport for MemoryBus {
    async fn probe(&self, _topics: &[String]) -> Result<(), TransportError> {
        Ok(())
    }

    /// Topics on the bus are whatever was asked for.
    async fn check_topics(&self, _topics: &[TopicSpec]) -> Result<Vec<String>, TransportError> {
        Ok(Vec::new())
    }

    async fn ensure_topics(&self, topics: &[TopicSpec]) -> Result<(), TransportError> {
        let mut state = self.lock();
        for spec in topics {
            state.topics.entry(spec.name.clone()).or_default();
        }
        Ok(())
    }

    fn producer(&self) -> Result<Arc<dyn Producer>, TransportError> {
        Ok(Arc::new(MemoryProducer { bus: self.clone() }))
    }

    async fn read_all(&self, topic: &str) -> Result<Vec<InMessage>, TransportError> {
        Ok(self.messages(topic))
    }

    fn consumer(&self, spec: &ConsumerSpec) -> Result<Arc<dyn Consumer>, TransportError> {
        let positions = spec
            .topics
            .iter()
            .map(|topic| {
                let start = match spec.start_from {
                    StartFrom::Earliest => 0,
                    StartFrom::Latest => self.end_offset(topic),
                };
                let committed = self
                    .lock()
                    .committed
                    .get(&(spec.group_id.clone(), topic.clone()))
                    .copied();
                (topic.clone(), committed.unwrap_or(start))
            })
            .collect();
        Ok(Arc::new(MemoryConsumer {
            bus: self.clone(),
            group: spec.group_id.clone(),
            cursor: Mutex::new(Cursor {
                next: positions,
                stored: HashMap::new(),
            }),
        }))
    }
}

struct MemoryProducer {
    bus: MemoryBus,
}

#[async_trait]
impl Producer for MemoryProducer {
    async fn send(&self, message: OutMessage) -> Result<(), TransportError> {
        self.bus.append(message);
        Ok(())
    }

    async fn flush(&self, _timeout: Duration) -> Result<(), TransportError> {
        Ok(())
    }
}

struct Cursor {
    /// Next offset to deliver, per topic (in subscription order).
    next: Vec<(String, i64)>,
    /// Next offset to commit, per topic.
    stored: HashMap<String, i64>,
}

struct MemoryConsumer {
    bus: MemoryBus,
    group: String,
    cursor: Mutex<Cursor>,
}

impl MemoryConsumer {
    fn try_next(&self) -> Option<InMessage> {
        let mut cursor = self.cursor.lock().unwrap_or_else(|p| p.into_inner());
        let state = self.bus.lock();
        for (topic, next) in cursor.next.iter_mut() {
            if let Some(record) = state
                .topics
                .get(topic.as_str())
                .and_then(|t| t.records.get(*next as usize))
            {
                *next += 1;
                return Some((**record).clone());
            }
        }
        None
    }
}

#[async_trait]
impl Consumer for MemoryConsumer {
    async fn recv(&self) -> Result<InMessage, TransportError> {
        loop {
            let notified = self.bus.inner.appended.notified();
            if let Some(message) = self.try_next() {
                return Ok(message);
            }
            notified.await;
        }
    }

    /// Nothing on the bus outlives the process, so a stored position is committed at
    /// once: that is what lets `wait_committed` tell when a stage has caught up.
    fn store(&self, position: &Position) -> Result<(), TransportError> {
        {
            let mut cursor = self.cursor.lock().unwrap_or_else(|p| p.into_inner());
            let stored = cursor.stored.entry(position.topic.clone()).or_insert(0);
            *stored = (*stored).max(position.offset + 1);
        }
        self.commit_stored();
        Ok(())
    }

    async fn commit(&self) -> Result<(), TransportError> {
        self.commit_stored();
        Ok(())
    }

    fn membership(&self) -> crate::Membership {
        let cursor = self.cursor.lock().unwrap_or_else(|p| p.into_inner());
        crate::Membership::settled(cursor.next.len())
    }

    /// One consumer per group on the bus: it owns the single partition of every topic.
    fn assignment(&self) -> Result<Vec<(String, i32)>, TransportError> {
        let cursor = self.cursor.lock().unwrap_or_else(|p| p.into_inner());
        Ok(cursor
            .next
            .iter()
            .map(|(topic, _)| (topic.clone(), 0))
            .collect())
    }
}

impl MemoryConsumer {
    fn commit_stored(&self) {
        let stored: Vec<(String, i64)> = {
            let cursor = self.cursor.lock().unwrap_or_else(|p| p.into_inner());
            cursor.stored.iter().map(|(t, o)| (t.clone(), *o)).collect()
        };
        {
            let mut state = self.bus.lock();
            for (topic, offset) in stored {
                state.committed.insert((self.group.clone(), topic), offset);
            }
        }
        self.bus.inner.appended.notify_waiters();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(group: &str, topic: &str) -> ConsumerSpec {
        ConsumerSpec {
            group_id: group.into(),
            topics: vec![topic.into()],
            start_from: StartFrom::Earliest,
        }
    }

    #[tokio::test]
    async fn delivers_in_order_and_resumes_from_the_committed_offset() {
        let bus = MemoryBus::new();
        let producer = bus.producer().expect("producer");
        for i in 0..3 {
            producer
                .send(OutMessage::new("t", Some(format!("k{i}")), vec![i]))
                .await
                .expect("send");
        }
        let consumer = bus.consumer(&spec("g", "t")).expect("consumer");
        let first = consumer.recv().await.expect("recv");
        assert_eq!(first.payload, Some(vec![0]));
        assert_eq!(first.key_text().as_deref(), Some("k0"));
        consumer.store(&first.position).expect("store");
        assert_eq!(
            bus.committed("g", "t"),
            1,
            "a stored position is committed at once"
        );

        // A new consumer of the same group starts after what was committed.
        let again = bus.consumer(&spec("g", "t")).expect("consumer");
        assert_eq!(again.recv().await.expect("recv").payload, Some(vec![1]));
        // Another group starts from the beginning.
        let other = bus.consumer(&spec("h", "t")).expect("consumer");
        assert_eq!(other.recv().await.expect("recv").payload, Some(vec![0]));
    }

    #[tokio::test]
    async fn recv_wakes_up_when_a_message_arrives() {
        let bus = MemoryBus::new();
        let consumer = bus.consumer(&spec("g", "t")).expect("consumer");
        let waiting = tokio::spawn(async move { consumer.recv().await.map(|m| m.payload) });
        bus.producer()
            .expect("producer")
            .send(OutMessage::new("t", None, b"x".to_vec()))
            .await
            .expect("send");
        assert_eq!(
            waiting.await.expect("join").expect("recv"),
            Some(b"x".to_vec())
        );
    }

    #[tokio::test]
    async fn wait_committed_returns_once_the_group_caught_up() {
        let bus = MemoryBus::new();
        bus.producer()
            .expect("producer")
            .send(OutMessage::new("t", None, vec![1]))
            .await
            .expect("send");
        let consumer = bus.consumer(&spec("g", "t")).expect("consumer");
        let waiter = {
            let bus = bus.clone();
            tokio::spawn(async move { bus.wait_committed("g", "t").await })
        };
        let message = consumer.recv().await.expect("recv");
        consumer.store(&message.position).expect("store");
        consumer.commit().await.expect("commit");
        waiter.await.expect("waiter finishes");
        assert_eq!(bus.committed("g", "t"), 1);
    }
}
