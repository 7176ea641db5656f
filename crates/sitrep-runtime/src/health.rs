//! What `/healthz` and `/readyz` answer.
//!
//! Alive means the process serves requests. Ready means the broker answered the last
//! probe, the topics exist, every hosted stage has started, every consumer has received
//! its (possibly empty) assignment from its group, and the process is not draining. A background task probes the broker every few seconds, so
//! readiness follows the broker going away and coming back.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sitrep_transport::{Consumer, Transport};
use tokio_util::sync::CancellationToken;

#[derive(Default)]
pub struct Health {
    broker_ok: AtomicBool,
    draining: AtomicBool,
    num_stages_expected: AtomicUsize,
    num_stages_started: AtomicUsize,
    last_problem: std::sync::Mutex<Option<String>>,
    consumers: std::sync::Mutex<Vec<Arc<dyn Consumer>>>,
}

impl Health {
    pub fn new(num_stages_expected: usize) -> Arc<Self> {
        let health = Self::default();
        health
            .num_stages_expected
            .store(num_stages_expected, Ordering::Relaxed);
        Arc::new(health)
    }

    /// Readiness also waits until `consumer`'s group has given it its share.
    pub fn watch_consumer(&self, consumer: Arc<dyn Consumer>) {
        self.consumers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(consumer);
    }

    pub fn stage_started(&self) {
        self.num_stages_started.fetch_add(1, Ordering::Relaxed);
    }

    pub fn set_draining(&self) {
        self.draining.store(true, Ordering::Relaxed);
    }

    fn set_probe(&self, result: Result<(), String>) {
        self.broker_ok.store(result.is_ok(), Ordering::Relaxed);
        *self.last_problem.lock().unwrap_or_else(|p| p.into_inner()) = result.err();
    }

    /// `Ok` when ready, else the reason it is not.
    pub fn readiness(&self) -> Result<(), String> {
        if self.draining.load(Ordering::Relaxed) {
            return Err("draining for shutdown".into());
        }
        if !self.broker_ok.load(Ordering::Relaxed) {
            let problem = self
                .last_problem
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone();
            return Err(problem.unwrap_or_else(|| "broker not probed yet".into()));
        }
        let started = self.num_stages_started.load(Ordering::Relaxed);
        let expected = self.num_stages_expected.load(Ordering::Relaxed);
        if started < expected {
            return Err(format!("{started} of {expected} stages started"));
        }
        let consumers = self.consumers.lock().unwrap_or_else(|p| p.into_inner());
        let waiting = consumers
            .iter()
            .filter(|consumer| !consumer.group_joined())
            .count();
        if waiting > 0 {
            return Err(format!(
                "{waiting} consumer(s) waiting for their group assignment"
            ));
        }
        Ok(())
    }

    /// Probes the broker every `interval` until `shutdown`.
    pub async fn probe_loop(
        self: Arc<Self>,
        transport: Arc<dyn Transport>,
        topics: Vec<String>,
        interval: Duration,
        shutdown: CancellationToken,
    ) {
        loop {
            let result = transport.probe(&topics).await.map_err(|e| e.to_string());
            if let Err(problem) = &result {
                tracing::debug!(problem = %problem, "broker probe failed");
            }
            self.set_probe(result);
            tokio::select! {
                () = shutdown.cancelled() => {
                    self.set_draining();
                    return;
                }
                () = tokio::time::sleep(interval) => {}
            }
        }
    }
}
