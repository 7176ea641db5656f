//! Everything a fault run or a load run needs, wired together: tansu behind a TCP proxy
//! (it advertises the proxy, so every client connection goes through it), a feed host
//! with generated feeds, and a config for the `sitrep` services pointing at the proxy.

use std::net::SocketAddr;
use std::time::Duration;

use sitrep_contract::topics::Topics;
use sitrep_testkit::{free_port, Broker, TcpProxy};

use crate::corpus;
use crate::feed_host::{FeedHost, Schedule};
use crate::ledger::{Auditor, Expected, Ledger};
use crate::services::{wait_until, Pipeline, PipelineOptions};

pub struct Rig {
    pub broker: Broker,
    pub proxy: TcpProxy,
    pub feeds: FeedHost,
    pub pipeline: Pipeline,
    pub topics: Topics,
}

impl Rig {
    /// Starts the broker, the proxy and the feed host; the services are the caller's to start.
    pub async fn start(
        num_feeds: usize,
        items_per_feed: usize,
        schedule: Schedule,
        options: &PipelineOptions,
    ) -> Rig {
        Self::start_with_documents(num_feeds, items_per_feed, schedule, options, Vec::new()).await
    }

    /// [`Rig::start`], with fixed `documents` (name, body) served beside the generated
    /// feeds and polled as feeds of their own (after them in the feeds file).
    pub async fn start_with_documents(
        num_feeds: usize,
        items_per_feed: usize,
        schedule: Schedule,
        options: &PipelineOptions,
        documents: Vec<(String, Vec<u8>)>,
    ) -> Rig {
        let (broker_port, proxy_port) = (free_port(), free_port());
        let upstream: SocketAddr = format!("127.0.0.1:{broker_port}").parse().expect("address");
        let proxy = TcpProxy::start(proxy_port, upstream).await;
        let broker = Broker::start_advertising(broker_port, &proxy.address()).await;
        let corpus = corpus::generate(num_feeds, items_per_feed, chrono::Utc::now());
        let feeds = if options.websub {
            FeedHost::start_with_hub(corpus, schedule).await
        } else {
            FeedHost::start(corpus, schedule).await
        };
        let mut urls: Vec<String> = (0..num_feeds).map(|index| feeds.feed_url(index)).collect();
        for (name, body) in documents {
            urls.push(feeds.add_document(&name, body));
        }
        let pipeline = Pipeline::new(&proxy.address(), &urls, options);
        Rig {
            broker,
            proxy,
            feeds,
            pipeline,
            topics: Topics::default(),
        }
    }

    /// The address every client uses: the proxy's.
    pub fn bootstrap(&self) -> String {
        self.proxy.address()
    }

    pub fn expected(&self) -> Vec<Expected> {
        self.feeds
            .items()
            .map(|item| Expected {
                guid: item.guid.clone(),
                incident: item.incident,
            })
            .collect()
    }

    pub fn auditor(&self) -> Auditor {
        Auditor::new(&self.bootstrap(), self.topics.clone())
    }

    /// Waits until every item has been served and the ledger balances, re-reading the
    /// topics every second; returns the balanced ledger.
    ///
    /// # Panics
    /// With the last ledger, when it does not balance within `timeout`.
    pub async fn await_ledger(
        &self,
        auditor: &mut Auditor,
        injected: &[Vec<u8>],
        timeout: Duration,
    ) -> Ledger {
        let expected = self.expected();
        let num_items = expected.len();
        wait_until("every item served", timeout, || async {
            self.feeds.num_served() == num_items
        })
        .await;
        match self.ledger_within(auditor, injected, timeout).await {
            Ok(ledger) => ledger,
            Err(ledger) => panic!("the ledger did not balance within {timeout:?}:\n{ledger}"),
        }
    }

    /// The ledger once every item has been served and it balances, re-reading the topics
    /// every second; the last one drawn up (`Err`) when that does not happen within
    /// `timeout`, so that a caller
    /// repeating a scenario can count what was lost and go on.
    pub async fn ledger_within(
        &self,
        auditor: &mut Auditor,
        injected: &[Vec<u8>],
        timeout: Duration,
    ) -> Result<Ledger, Ledger> {
        let expected = self.expected();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // The topics are read only once everything has been served.
            if self.feeds.num_served() == expected.len() {
                let ledger = auditor.ledger(&expected, injected).await;
                if ledger.is_complete() {
                    return Ok(ledger);
                }
                if tokio::time::Instant::now() >= deadline {
                    return Err(ledger);
                }
            } else if tokio::time::Instant::now() >= deadline {
                return Err(auditor.ledger(&expected, injected).await);
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}
