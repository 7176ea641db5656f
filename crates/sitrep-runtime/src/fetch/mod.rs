//! The fetcher service: a scheduler that polls each feed when it is due and produces one
//! `RawItem` per new entry to `items.raw`, keyed by feed id.
//!
//! - `poll`: one poll as a task: fetch, emit, apply the outcome to the feed's state, write
//!   the state (after the items are acknowledged).
//! - `store`: where states live: the compacted state topic (Kafka), a JSON file or memory.
//! - `ownership`: which feeds this replica polls (Kafka group membership on the state topic).
//! - `websub`: the WebSub callback server and the subscriptions; pushed content runs as a
//!   job of its feed, like a poll.
//! - `control`: operator commands (reset, refresh) read from the control topic.
//! - `clock`: the time the scheduler works in, read through tokio's clock so tests can
//!   pause and advance it.
//! - `source`: where a poll gets its answer (the HTTP fetcher; a script in tests).
//!
//! The scheduler itself is one loop over a closed set of events (a poll or push finished,
//! content pushed, a hub answered, the next feed due or a tick, shutdown). On each pass it
//! re-reads which partitions it owns, reloads the state of feeds it just gained, and
//! starts every due feed it owns while slots are free: at most
//! `max_concurrent_fetches` polls in all and `max_concurrent_per_host` per host, none to a
//! host that asked to retry later. A slow host holds only its own slots, so it never slows
//! the others. When and how often is decided by `sitrep_fetcher::SchedulePolicy`.

mod clock;
mod control;
mod ownership;
mod poll;
mod source;
mod store;
mod websub;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use sitrep_contract::topics::Topics;
use sitrep_contract::FeedId;
use sitrep_fetcher::{host_key, FeedState, FetchError, Fetcher, HostGates, HubLink};
use sitrep_transport::{
    Consumer, ConsumerSpec, InMessage, Producer, StartFrom, Transport, TransportError,
};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use clock::Clock;
pub use control::{ControlAction, ControlCommand, CONTROL_SCHEMA};
use ownership::Owned;
pub use ownership::{partition_of, Ownership};
pub use poll::raw_item_partition;
use poll::{JobKind, PollContext, PollJob, PollReport};
pub use source::FeedSource;
pub use store::{fold_records, StateStore, States, STATE_SCHEMA};
use websub::{Push, Subscriptions};

use crate::config::{FetcherSettings, Settings, TransportKind, WebSubSettings};
use crate::metric_catalogue;
use crate::telemetry::{FetcherGauges, HostDeferred};

/// The longest the scheduler sleeps: it looks for due feeds and re-reads its assignment
/// at least this often, and sooner when a feed falls due sooner.
const TICK: Duration = Duration::from_millis(500);
/// How often the file store is saved while polls finish.
const SAVE_EVERY: Duration = Duration::from_secs(5);

/// The state of a feed whose content is pushed is written at most this often; the
/// scheduler writes what pushes left unwritten once this has passed.
const PUSHED_STATE_EVERY: Duration = Duration::from_secs(1);
/// Pushes waiting for the scheduler. Beyond this, hubs are answered 503 and retry.
const PUSH_QUEUE: usize = 1024;
/// Pushes held for one feed while its last poll or push is still running. Beyond this
/// they are dropped and the feed is polled instead (the entries are still in the feed).
const MAX_PENDING_PUSHES: usize = 64;

pub struct FetchLoop {
    pub settings: FetcherSettings,
    pub fetcher: Arc<Fetcher>,
    /// Where polls get their answers: None is `fetcher`; a test may script them.
    pub source: Option<Arc<dyn FeedSource>>,
    pub producer: Arc<dyn Producer>,
    pub topics: Topics,
    pub store: StateStore,
    pub ownership: Ownership,
    /// The WebSub callback server's socket, bound at start so a taken port fails early.
    pub websub_listener: Option<std::net::TcpListener>,
    /// The largest message the broker takes: items are cut to fit it.
    pub max_message_bytes: usize,
    /// Notified to read the feeds file again (SIGHUP).
    pub reload: Option<Arc<tokio::sync::Notify>>,
    /// Where operator commands come from (Kafka only); not read by one-shot runs.
    pub control: Option<ControlTopic>,
}

/// The control topic, followed from its end when the fetcher starts.
pub struct ControlTopic {
    pub transport: Arc<dyn Transport>,
    pub topic: String,
}

impl FetchLoop {
    /// The fetcher for `settings` on `transport`: on Kafka, state in the state topic and
    /// feeds shared with the other replicas of the group; on the in-process bus, state in
    /// `fetcher.state_file` (if set) and every feed polled here.
    pub fn new(settings: &Settings, transport: &Arc<dyn Transport>) -> anyhow::Result<FetchLoop> {
        let fetcher =
            Fetcher::new(settings.fetcher.limits.clone()).context("creating the HTTP client")?;
        let state_topic = settings.topics.fetcher_state.clone();
        let control = matches!(settings.transport, TransportKind::Kafka).then(|| ControlTopic {
            transport: transport.clone(),
            topic: settings.topics.fetcher_control.clone(),
        });
        let (store, ownership) = match settings.transport {
            TransportKind::Kafka => {
                let consumer = transport.consumer(&ConsumerSpec {
                    group_id: settings.group_id("fetcher"),
                    topics: vec![state_topic.clone()],
                    start_from: StartFrom::Latest,
                })?;
                (
                    StateStore::Topic {
                        transport: transport.clone(),
                        topic: state_topic.clone(),
                    },
                    Ownership::Group {
                        consumer,
                        topic: state_topic,
                        num_partitions: settings.partitions,
                    },
                )
            }
            TransportKind::Memory => (
                match &settings.fetcher.state_file {
                    Some(path) => StateStore::File { path: path.clone() },
                    None => StateStore::Memory,
                },
                Ownership::All,
            ),
        };
        let websub_listener = match &settings.fetcher.websub {
            Some(websub) => {
                let listener = std::net::TcpListener::bind(websub.listen).with_context(|| {
                    format!("fetcher.websub.listen: cannot listen on {}", websub.listen)
                })?;
                listener
                    .set_nonblocking(true)
                    .context("fetcher.websub.listen: setting the socket non-blocking")?;
                Some(listener)
            }
            None => None,
        };
        Ok(FetchLoop {
            websub_listener,
            max_message_bytes: settings.max_message_bytes,
            settings: settings.fetcher.clone(),
            fetcher: Arc::new(fetcher),
            source: None,
            producer: transport.producer()?,
            topics: settings.topics.clone(),
            store,
            ownership,
            reload: None,
            control,
        })
    }

    /// Polls feeds as they fall due until `shutdown`; with `once`, polls every owned feed
    /// once (schedule or not, except retired ones) and returns what the cycle did.
    pub async fn run(
        self,
        shutdown: CancellationToken,
        once: bool,
    ) -> Result<CycleSummary, TransportError> {
        let FetchLoop {
            settings,
            fetcher,
            source,
            producer,
            topics,
            store,
            ownership,
            websub_listener,
            max_message_bytes,
            reload,
            control,
        } = self;
        let feeds = settings.feeds.clone();
        // Followed before anything is polled or written: a command written after the
        // fetcher's first state write is read.
        let control = match control {
            Some(control) if !once => Some(control.transport.tail(&control.topic).await?),
            _ => None,
        };
        let mut states = store.load().await?;
        for feed in &feeds {
            let state = states.entry(feed.id.clone()).or_default();
            if state.reconcile(feed) {
                tracing::info!(feed = %feed.shown_url(), "feed url changed in the config, its redirect and retirement reset");
            }
            if settings.websub.is_some() {
                // Subscriptions do not outlive the process: poll each feed now to find
                // its hub and subscribe again, rather than wait out a safety-net interval.
                state.next_poll_at = None;
            }
        }
        tracing::info!(
            num_feeds = feeds.len(),
            num_states = states.len(),
            "fetcher started"
        );
        let membership = ownership.keep_membership(shutdown.child_token());
        let store = Arc::new(store);
        let context = Arc::new(PollContext {
            source: source.unwrap_or_else(|| fetcher.clone() as Arc<dyn FeedSource>),
            fetcher,
            clock: Clock::start(),
            producer: producer.clone(),
            topics,
            schedule: settings.schedule.clone(),
            store: store.clone(),
            max_message_bytes,
            items_partitions: match &ownership {
                Ownership::Group { num_partitions, .. } => Some(*num_partitions),
                Ownership::All => None,
            },
        });
        let (websub, websub_server) = match (&settings.websub, websub_listener) {
            (Some(websub_settings), Some(listener)) if !once => {
                let listener = tokio::net::TcpListener::from_std(listener).map_err(|error| {
                    TransportError::Listen {
                        what: "fetcher.websub.listen".to_owned(),
                        error,
                    }
                })?;
                let subscriptions = Subscriptions::new(context.clock);
                let (sender, receiver) = tokio::sync::mpsc::channel(PUSH_QUEUE);
                let server = tokio::spawn(websub::serve(
                    listener,
                    subscriptions.clone(),
                    sender,
                    settings.limits.max_body_bytes,
                    websub_settings.limits,
                    shutdown.child_token(),
                ));
                let runtime = WebSub {
                    settings: websub_settings.clone(),
                    subscriptions,
                    pushes: receiver,
                    requests: JoinSet::new(),
                    pending: HashMap::new(),
                    poll_when_free: HashSet::new(),
                };
                (Some(runtime), Some(server))
            }
            _ => (None, None),
        };
        let feed_index = feeds
            .iter()
            .enumerate()
            .map(|(index, feed)| (feed.id.as_str().to_owned(), index))
            .collect();
        let mut scheduler = Scheduler {
            feed_index,
            state_written_at: HashMap::new(),
            unwritten: HashSet::new(),
            websub,
            feeds,
            states,
            gates: HostGates::new(settings.max_concurrent_per_host),
            in_flight: JoinSet::new(),
            in_flight_ids: HashSet::new(),
            polled_once: HashSet::new(),
            cursor: 0,
            next_due: None,
            owned: Owned::partitions([]),
            ownership,
            settings,
            context,
            random: std::collections::hash_map::RandomState::new(),
            once,
            cycle: CycleSummary::default(),
            started: tokio::time::Instant::now(),
            reload,
            control,
            commands_when_free: HashMap::new(),
        };
        let result = scheduler.run(&shutdown).await;
        // Ordered stop: no new polls, let the running ones finish (their state is written),
        // then save and flush.
        let drained = scheduler.drain().await;
        let drained = match drained {
            Ok(()) => scheduler.flush_unwritten_states().await,
            Err(error) => Err(error),
        };
        if let Err(error) = store.save_all(&scheduler.states) {
            tracing::warn!(error = %error, "cannot save the fetcher state file");
        }
        let cycle = scheduler.cycle.clone();
        drop(scheduler);
        if let Some(server) = websub_server {
            server.abort();
            let _ = server.await;
        }
        if let Some(membership) = membership {
            membership.abort();
            let _ = membership.await;
        }
        result.and(drained)?;
        producer.flush(Duration::from_secs(10)).await?;
        if once {
            cycle.log();
        }
        tracing::info!("fetcher stopped");
        Ok(cycle)
    }
}

/// What one `--once` cycle did, feed by feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CycleSummary {
    /// Feeds polled that answered with a document or 304.
    pub num_ok: usize,
    /// Feeds whose poll failed (network, status, a document that is no feed).
    pub num_failed: usize,
    /// Feeds not polled because their host asked to wait (`Retry-After`).
    pub num_skipped: usize,
}

impl CycleSummary {
    /// Every feed polled failed, or was skipped after its host's failure: nothing came in.
    pub fn all_failed(&self) -> bool {
        self.num_ok == 0 && self.num_failed > 0
    }

    /// One line for the end of a `--once` run.
    pub fn describe(&self) -> String {
        format!(
            "{} feeds: {} ok, {} failed, {} skipped (their host asked to wait)",
            self.num_ok + self.num_failed + self.num_skipped,
            self.num_ok,
            self.num_failed,
            self.num_skipped
        )
    }

    fn log(&self) {
        if self.num_failed > 0 || self.num_skipped > 0 {
            tracing::warn!(
                num_ok = self.num_ok,
                num_failed = self.num_failed,
                num_skipped = self.num_skipped,
                "fetch cycle done: {}",
                self.describe()
            );
        } else {
            tracing::info!(
                num_ok = self.num_ok,
                "fetch cycle done: {}",
                self.describe()
            );
        }
    }
}

/// Why the scheduler woke up. One lives on the stack for one pass of the loop, so its
/// size does not matter; boxing the report would allocate once per poll for nothing.
#[allow(clippy::large_enum_variant)]
enum Event {
    Shutdown,
    PollFinished(Result<Result<PollReport, TransportError>, tokio::task::JoinError>),
    Pushed(Push),
    SubscribeAnswered(Result<SubscribeResult, tokio::task::JoinError>),
    Tick,
    /// Read the feeds file again.
    Reload,
    /// A record of the control topic.
    Control(Result<InMessage, TransportError>),
}

/// The next record of the control topic; never without one.
async fn next_control(control: &Option<Arc<dyn Consumer>>) -> Result<InMessage, TransportError> {
    match control {
        Some(control) => control.recv().await,
        None => std::future::pending().await,
    }
}

/// Resolves when a reload is asked for; never without a way to ask.
async fn reload_requested(reload: &Option<Arc<tokio::sync::Notify>>) {
    match reload {
        Some(reload) => reload.notified().await,
        None => std::future::pending().await,
    }
}

/// A hub's answer to a subscription request: the feed, and whether the hub took it.
type SubscribeResult = (String, Result<(), FetchError>);

/// The scheduler's side of WebSub.
struct WebSub {
    settings: WebSubSettings,
    subscriptions: Subscriptions,
    pushes: tokio::sync::mpsc::Receiver<Push>,
    requests: JoinSet<SubscribeResult>,
    /// Pushes for feeds whose poll or push is still running, in arrival order.
    pending: HashMap<FeedId, Vec<Push>>,
    /// Feeds whose pushes came faster than they were read: polled once their running job
    /// is done.
    poll_when_free: HashSet<FeedId>,
}

/// The next push or answer to a subscription request; never when WebSub is off.
async fn next_websub_event(websub: &mut Option<WebSub>) -> Event {
    let Some(websub) = websub else {
        return std::future::pending().await;
    };
    tokio::select! {
        Some(push) = websub.pushes.recv() => Event::Pushed(push),
        Some(answer) = websub.requests.join_next(), if !websub.requests.is_empty() => {
            Event::SubscribeAnswered(answer)
        }
        else => std::future::pending().await,
    }
}

struct Scheduler {
    /// Where each feed id is in `feeds`.
    feed_index: HashMap<String, usize>,
    /// When each feed's state was last written to the store (tokio's clock, which tests may
    /// pause, as every other time of the scheduler).
    state_written_at: HashMap<FeedId, tokio::time::Instant>,
    /// Feeds whose state changed by a push and is not written yet.
    unwritten: HashSet<FeedId>,
    websub: Option<WebSub>,
    feeds: Vec<sitrep_fetcher::FeedSpec>,
    states: States,
    gates: HostGates,
    in_flight: JoinSet<Result<PollReport, TransportError>>,
    in_flight_ids: HashSet<FeedId>,
    /// One-shot runs only: the feeds polled in the cycle (a running fetcher keeps none).
    polled_once: HashSet<FeedId>,
    /// The earliest time a feed that was not due on the last scan falls due.
    next_due: Option<chrono::DateTime<chrono::Utc>>,
    /// Where the next scan for due feeds starts, so every feed gets its turn.
    cursor: usize,
    owned: Owned,
    ownership: Ownership,
    settings: FetcherSettings,
    context: Arc<PollContext>,
    random: std::collections::hash_map::RandomState,
    once: bool,
    /// What the `--once` cycle did so far.
    cycle: CycleSummary,
    started: tokio::time::Instant,
    reload: Option<Arc<tokio::sync::Notify>>,
    control: Option<Arc<dyn Consumer>>,
    /// Operator commands for feeds whose job was running: applied when it ends.
    commands_when_free: HashMap<FeedId, ControlCommand>,
}

impl Scheduler {
    async fn run(&mut self, shutdown: &CancellationToken) -> Result<(), TransportError> {
        let mut last_save = tokio::time::Instant::now();
        loop {
            self.refresh_ownership().await?;
            self.start_due_polls();
            if self.once && self.once_done() {
                return Ok(());
            }
            let wait = self.until_next_due();
            let event = tokio::select! {
                () = shutdown.cancelled() => Event::Shutdown,
                Some(joined) = self.in_flight.join_next(), if !self.in_flight.is_empty() => {
                    Event::PollFinished(joined)
                }
                event = next_websub_event(&mut self.websub) => event,
                () = reload_requested(&self.reload) => Event::Reload,
                message = next_control(&self.control) => Event::Control(message),
                () = tokio::time::sleep(wait) => Event::Tick,
            };
            match event {
                Event::Shutdown => return Ok(()),
                Event::PollFinished(joined) => self.finish(joined)?,
                Event::Pushed(push) => self.take_push(push),
                Event::SubscribeAnswered(answer) => self.subscribe_answered(answer),
                Event::Tick => {
                    self.gates.expire(self.context.clock.now());
                    self.renew_subscriptions();
                    self.write_unwritten_states();
                }
                Event::Reload => self.reload_feeds(),
                Event::Control(Ok(message)) => self.take_command(&message),
                Event::Control(Err(error)) => {
                    tracing::warn!(error = %error, "cannot read the fetcher control topic");
                }
            }
            if self.context.store.is_file() && last_save.elapsed() >= SAVE_EVERY {
                if let Err(error) = self.context.store.save_all(&self.states) {
                    tracing::warn!(error = %error, "cannot save the fetcher state file");
                }
                last_save = tokio::time::Instant::now();
            }
        }
    }

    /// Reads the feeds file again and polls what it lists from now on: added feeds fall
    /// due at once, removed ones are no longer polled (a poll of one still running
    /// finishes), kept ones keep their state. A file that does not load changes nothing.
    fn reload_feeds(&mut self) {
        let Some(path) = self.settings.feeds_file.clone() else {
            tracing::warn!("reload asked for, but no fetcher.feeds_file is configured");
            return;
        };
        let (feeds, intervals) = match crate::config::load_feeds(&path) {
            Ok(loaded) => loaded,
            Err(error) => {
                tracing::error!(error = %error, "feeds not reloaded, the current list stays");
                return;
            }
        };
        let before: HashSet<FeedId> = self.feeds.iter().map(|feed| feed.id.clone()).collect();
        let after: HashSet<FeedId> = feeds.iter().map(|feed| feed.id.clone()).collect();
        for feed in &feeds {
            let state = self.states.entry(feed.id.clone()).or_default();
            if state.reconcile(feed) {
                tracing::info!(feed = %feed.url, "feed url changed in the feeds file, its redirect and retirement reset");
            }
            if !before.contains(&feed.id) {
                state.next_poll_at = None;
            }
        }
        self.states
            .retain(|id, _| after.contains(id) || self.in_flight_ids.contains(id));
        self.feed_index = feeds
            .iter()
            .enumerate()
            .map(|(index, feed)| (feed.id.as_str().to_owned(), index))
            .collect();
        self.feeds = feeds;
        self.settings.feed_intervals = intervals;
        self.cursor = 0;
        self.next_due = None;
        tracing::info!(
            feeds_file = %path.display(),
            num_feeds = self.feeds.len(),
            num_added = after.difference(&before).count(),
            num_removed = before.difference(&after).count(),
            "feeds reloaded"
        );
    }

    /// How long the loop may sleep: until the next feed falls due (seen on the last scan),
    /// at most a tick.
    fn until_next_due(&self) -> Duration {
        self.next_due
            .map_or(TICK, |at| self.context.clock.until(at).min(TICK))
    }

    /// Waits for the polls in flight, up to their timeout.
    async fn drain(&mut self) -> Result<(), TransportError> {
        let deadline = self.settings.limits.total_timeout + Duration::from_secs(5);
        let mut result = Ok(());
        let drained = tokio::time::timeout(deadline, async {
            while let Some(joined) = self.in_flight.join_next().await {
                if let Err(error) = self.finish(joined) {
                    result = Err(error);
                }
            }
        })
        .await;
        if drained.is_err() {
            tracing::warn!(
                num_polls = self.in_flight.len(),
                "polls still running at shutdown, abandoned"
            );
            self.in_flight.abort_all();
        }
        result
    }

    /// Re-reads the assignment; the state of feeds in newly gained partitions is read back
    /// from the state topic, since another replica may have polled them until now.
    async fn refresh_ownership(&mut self) -> Result<(), TransportError> {
        let owned = self.ownership.owned()?;
        if owned == self.owned {
            return Ok(());
        }
        let gained = owned.gained_since(&self.owned);
        tracing::info!(owned = ?owned, gained = ?gained, "fetcher partitions changed");
        if !gained.is_empty() && matches!(*self.context.store, StateStore::Topic { .. }) {
            let stored = self.context.store.load().await?;
            for feed in &self.feeds {
                let partition = self.ownership.partition_of(&feed.id);
                if gained.contains(&partition) && !self.in_flight_ids.contains(&feed.id) {
                    let mut state = stored.get(&feed.id).cloned().unwrap_or_default();
                    state.reconcile(feed);
                    if self.websub.is_some() {
                        // The hub pushes to the replica that had the feed: poll now to
                        // subscribe here.
                        state.next_poll_at = None;
                    }
                    self.states.insert(feed.id.clone(), state);
                }
            }
        }
        self.owned = owned;
        if let Some(websub) = &mut self.websub {
            let (feeds, feed_index, ownership, owned) =
                (&self.feeds, &self.feed_index, &self.ownership, &self.owned);
            let still_owned = |feed_id: &str| {
                feed_index
                    .get(feed_id)
                    .is_some_and(|index| owned.contains(ownership.partition_of(&feeds[*index].id)))
            };
            websub.subscriptions.retain(still_owned);
            websub
                .pending
                .retain(|feed_id, _| still_owned(feed_id.as_str()));
            websub
                .poll_when_free
                .retain(|feed_id| still_owned(feed_id.as_str()));
        }
        Ok(())
    }

    /// Starts polls of due feeds while slots are free, scanning from the cursor.
    fn start_due_polls(&mut self) {
        let now = self.context.clock.now();
        self.next_due = None;
        let num_feeds = self.feeds.len();
        let max_in_flight = self.settings.max_concurrent_fetches;
        let (mut num_owned, mut num_in_backoff, mut num_parked, mut num_retired) = (0, 0, 0, 0);
        for step in 0..num_feeds {
            if self.in_flight.len() >= max_in_flight {
                // A partial scan: the gauges wait for the next full one.
                self.cursor = (self.cursor + step) % num_feeds;
                return;
            }
            let index = (self.cursor + step) % num_feeds;
            let feed = &self.feeds[index];
            let partition = self.ownership.partition_of(&feed.id);
            if !self.owned.contains(partition) {
                continue;
            }
            num_owned += 1;
            let state = self.states.entry(feed.id.clone()).or_default();
            num_in_backoff += usize::from(state.in_backoff());
            num_parked += usize::from(self.context.schedule.is_parked(state));
            num_retired += usize::from(state.retired);
            if self.in_flight_ids.contains(&feed.id) || state.retired {
                continue;
            }
            let due = if self.once {
                !self.polled_once.contains(&feed.id)
            } else {
                state.is_due(now)
            };
            if !due {
                if let Some(at) = state.next_poll_at {
                    self.next_due = Some(self.next_due.map_or(at, |next| next.min(at)));
                }
                continue;
            }
            let host = host_key(&state.poll_spec(feed).url);
            if self.once {
                if let Some(until) = self.gates.deferred_until(&host, now) {
                    // One-shot runs do not wait out a host's Retry-After; they say so.
                    tracing::warn!(
                        feed = %feed.shown_url(),
                        host,
                        retry_at = %until,
                        "feed skipped: its host asked to wait (Retry-After) after another feed's poll"
                    );
                    self.cycle.num_skipped += 1;
                    self.polled_once.insert(feed.id.clone());
                    continue;
                }
            }
            if !self.gates.try_acquire(&host, now) {
                continue;
            }
            let mut hasher = self.random.build_hasher();
            hasher.write(feed.id.as_str().as_bytes());
            hasher.write_i64(now.timestamp_nanos_opt().unwrap_or_default());
            let subscribed = self
                .websub
                .as_ref()
                .is_some_and(|websub| websub.subscriptions.is_active(feed.id.as_str()));
            let job = PollJob {
                feed: feed.clone(),
                state: state.clone(),
                pinned_interval: self.settings.feed_intervals.get(&feed.id).copied(),
                partition,
                host,
                jitter: (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64,
                subscribed,
                kind: JobKind::Poll,
            };
            self.in_flight_ids.insert(feed.id.clone());
            self.in_flight.spawn(poll::poll(self.context.clone(), job));
        }
        FetcherGauges {
            num_owned,
            num_in_backoff,
            num_parked,
            num_retired,
        }
        .emit();
    }

    fn finish(
        &mut self,
        joined: Result<Result<PollReport, TransportError>, tokio::task::JoinError>,
    ) -> Result<(), TransportError> {
        let report = match joined {
            Ok(report) => report?,
            Err(join_error) => {
                // A poll task cannot panic on bad input; if one did, its feed stays marked
                // in flight (not polled again by this process) rather than taking all down.
                tracing::error!(error = %join_error, "a poll task ended abnormally");
                return Ok(());
            }
        };
        if let Some(host) = &report.host {
            self.gates.release(host);
            if let Some(until) = report.host_retry_at {
                self.gates.defer(host, until);
                HostDeferred {
                    host,
                    wait: self.context.clock.until(until),
                }
                .emit();
            }
            if self.once && self.polled_once.insert(report.feed_id.clone()) {
                if report.failed {
                    self.cycle.num_failed += 1;
                } else {
                    self.cycle.num_ok += 1;
                }
            }
        }
        self.in_flight_ids.remove(&report.feed_id);
        if report.state_written {
            self.state_written_at
                .insert(report.feed_id.clone(), tokio::time::Instant::now());
            self.unwritten.remove(&report.feed_id);
        } else {
            self.unwritten.insert(report.feed_id.clone());
        }
        if let Some(hub) = &report.hub {
            self.subscribe_if_needed(report.feed_id.as_str(), hub);
        }
        let feed_id = report.feed_id.clone();
        let mut state = report.state;
        let mut pending = None;
        if let Some(websub) = self.websub.as_mut() {
            if websub.poll_when_free.remove(&feed_id) {
                state.next_poll_at = None;
            }
            pending = websub.pending.remove(&feed_id);
        }
        self.states.insert(report.feed_id, state);
        let index = self.feed_index.get(feed_id.as_str()).copied();
        if let Some((command, index)) = self.commands_when_free.remove(&feed_id).zip(index) {
            self.apply_command(index, &command);
            if pending.is_some() {
                // The push job below holds the feed; its state is written after it.
                self.unwritten.insert(feed_id.clone());
            } else {
                self.start_job(index, JobKind::WriteState);
            }
        }
        if let Some((pushes, index)) = pending.zip(index) {
            self.start_push_job(index, pushes);
        }
        Ok(())
    }

    /// An operator command read from the control topic: applied to a feed this replica
    /// owns (now, or when its running job ends); others are another replica's.
    fn take_command(&mut self, message: &InMessage) {
        let Some(command) = message.payload.as_deref().and_then(ControlCommand::parse) else {
            tracing::debug!(position = ?message.position, "not a control record, skipped");
            return;
        };
        let Some(index) = self.feed_index.get(&command.feed_id).copied() else {
            return;
        };
        let feed_id = self.feeds[index].id.clone();
        if !self.owned.contains(self.ownership.partition_of(&feed_id)) {
            return;
        }
        if self.in_flight_ids.contains(&feed_id) {
            self.commands_when_free.insert(feed_id, command);
            return;
        }
        self.apply_command(index, &command);
        self.start_job(index, JobKind::WriteState);
    }

    /// Applies `command` to the state held for the feed at `index` and wakes the scan.
    fn apply_command(&mut self, index: usize, command: &ControlCommand) {
        let feed = &self.feeds[index];
        let state = self.states.entry(feed.id.clone()).or_default();
        command.apply(state, self.context.clock.now());
        self.next_due = None;
        let what = match command.command {
            ControlAction::Reset => "feed reset by operator",
            ControlAction::Refresh => "feed refresh asked by operator",
        };
        tracing::info!(feed_id = %feed.id, feed = %feed.shown_url(), "{what}");
    }

    /// Content a hub pushed: read now, or after the feed's running poll or push.
    fn take_push(&mut self, push: Push) {
        let Some(index) = self.feed_index.get(&push.feed_id).copied() else {
            return;
        };
        let feed_id = self.feeds[index].id.clone();
        if !self.owned.contains(self.ownership.partition_of(&feed_id)) {
            tracing::debug!(feed_id = %feed_id, "websub content for a feed owned elsewhere, dropped");
            return;
        }
        if !self.in_flight_ids.contains(&feed_id) {
            self.start_push_job(index, vec![push]);
            return;
        }
        let Some(websub) = self.websub.as_mut() else {
            return;
        };
        let pending = websub.pending.entry(feed_id.clone()).or_default();
        if pending.len() < MAX_PENDING_PUSHES {
            pending.push(push);
            return;
        }
        // Too far behind: drop what waits and poll the feed as soon as it is free. (Its
        // state is the running job's to replace, so the poll is asked for when it ends.)
        pending.clear();
        websub.poll_when_free.insert(feed_id.clone());
        tracing::warn!(feed_id = %feed_id, "websub content arriving faster than it is read, the feed is polled instead");
    }

    fn start_push_job(&mut self, index: usize, pushes: Vec<Push>) {
        let feed = &self.feeds[index];
        let write_state = self
            .state_written_at
            .get(&feed.id)
            .is_none_or(|at| at.elapsed() >= PUSHED_STATE_EVERY);
        self.start_job(
            index,
            JobKind::Pushed {
                pushes,
                write_state,
            },
        );
    }

    /// Starts a push or state-write job for the feed at `index` (polls start in
    /// `start_due_polls`, where host slots are taken).
    fn start_job(&mut self, index: usize, kind: JobKind) {
        let feed = &self.feeds[index];
        let state = self.states.entry(feed.id.clone()).or_default();
        if state.retired && matches!(kind, JobKind::Pushed { .. }) {
            return;
        }
        let job = PollJob {
            feed: feed.clone(),
            state: state.clone(),
            pinned_interval: self.settings.feed_intervals.get(&feed.id).copied(),
            partition: self.ownership.partition_of(&feed.id),
            host: String::new(),
            jitter: 0.5,
            subscribed: true,
            kind,
        };
        self.in_flight_ids.insert(feed.id.clone());
        self.in_flight.spawn(poll::poll(self.context.clone(), job));
    }

    /// Asks the feed's hub for a subscription, unless one is active or asked for already.
    fn subscribe_if_needed(&mut self, feed_id: &str, hub: &HubLink) {
        let Some(websub) = self.websub.as_mut() else {
            return;
        };
        if !websub.subscriptions.needs_request(feed_id, hub) {
            return;
        }
        let (Some(callback), Some(secret)) = (
            websub.settings.callback(feed_id),
            sitrep_fetcher::new_secret(),
        ) else {
            return;
        };
        websub
            .subscriptions
            .requested(feed_id, hub.clone(), secret.clone());
        let request = sitrep_fetcher::SubscribeRequest {
            hub: hub.hub.clone(),
            topic: hub.topic.clone(),
            callback,
            secret,
            lease_seconds: websub.settings.lease.as_secs(),
        };
        let fetcher = self.context.fetcher.clone();
        let feed_id = feed_id.to_owned();
        websub.requests.spawn(async move {
            let result = fetcher.subscribe(&request).await;
            (feed_id, result)
        });
    }

    fn subscribe_answered(&mut self, answer: Result<SubscribeResult, tokio::task::JoinError>) {
        let Some(websub) = self.websub.as_mut() else {
            return;
        };
        let Ok((feed_id, result)) = answer else {
            return;
        };
        match result {
            Ok(()) => {
                metrics::counter!(metric_catalogue::WEBSUB_SUBSCRIPTIONS, "outcome" => "requested")
                    .increment(1);
                tracing::info!(feed_id, "websub subscription requested");
            }
            Err(error) => {
                metrics::counter!(metric_catalogue::WEBSUB_SUBSCRIPTIONS, "outcome" => "request_failed")
                    .increment(1);
                tracing::warn!(feed_id, error = %error, "websub subscription request failed, the feed is polled");
                websub.subscriptions.failed(&feed_id);
            }
        }
    }

    /// Writes the states pushes left unwritten, once their feed's last write is old enough
    /// and no job of the feed runs.
    fn write_unwritten_states(&mut self) {
        let due: Vec<usize> = self
            .unwritten
            .iter()
            .filter(|feed_id| !self.in_flight_ids.contains(*feed_id))
            .filter(|feed_id| {
                self.state_written_at
                    .get(*feed_id)
                    .is_none_or(|at| at.elapsed() >= PUSHED_STATE_EVERY)
            })
            .filter_map(|feed_id| self.feed_index.get(feed_id.as_str()).copied())
            .collect();
        for index in due {
            self.start_job(index, JobKind::WriteState);
        }
    }

    /// On the way out: writes the states pushes left unwritten.
    async fn flush_unwritten_states(&mut self) -> Result<(), TransportError> {
        for feed_id in std::mem::take(&mut self.unwritten) {
            let Some(state) = self.states.get(&feed_id) else {
                continue;
            };
            let partition = self.ownership.partition_of(&feed_id);
            self.context
                .store
                .write(self.context.producer.as_ref(), &feed_id, partition, state)
                .await?;
        }
        Ok(())
    }

    /// Renews the leases that are close to their end.
    fn renew_subscriptions(&mut self) {
        let Some(websub) = self.websub.as_ref() else {
            return;
        };
        metrics::gauge!(metric_catalogue::WEBSUB_SUBSCRIPTIONS_ACTIVE)
            .set(websub.subscriptions.num_active() as f64);
        for (feed_id, hub) in websub.subscriptions.due_for_renewal() {
            self.subscribe_if_needed(&feed_id, &hub);
        }
    }

    /// A one-shot run is done when every owned feed that is not retired was polled.
    fn once_done(&self) -> bool {
        if !self.in_flight.is_empty() {
            return false;
        }
        if self.owned.is_empty() && self.started.elapsed() < Duration::from_secs(60) {
            // Not a member of the group yet.
            return false;
        }
        self.feeds.iter().all(|feed| {
            !self.owned.contains(self.ownership.partition_of(&feed.id))
                || self.polled_once.contains(&feed.id)
                || self
                    .states
                    .get(&feed.id)
                    .is_some_and(|state: &FeedState| state.retired)
        })
    }
}
