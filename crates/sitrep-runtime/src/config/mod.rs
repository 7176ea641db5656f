//! Layered, validated configuration.
//!
//! Defaults, then a TOML file, then `SITREP_*` environment variables (`__` separates
//! levels: `SITREP_KAFKA__BROKERS`). The layers are parsed into raw structs that refuse
//! unknown keys, then validated into [`Settings`] with typed values; an error names the
//! key and the problem. Feed lists live in their own file (`fetcher.feeds_file`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};
use sitrep_contract::redact::{is_secret_name, mask_urls_in, Secret, MASK};
use sitrep_contract::topics::Topics;
use sitrep_fetcher::{
    AddressPolicy, Backoff, FeedCredentials, FeedSpec, FetchLimits, SchedulePolicy,
};
use sitrep_transport::kafka::KafkaSettings;

mod kafka;
mod websub;

pub use websub::{CallbackLimits, WebSubSettings};

use kafka::{kafka_settings, RawKafka};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// figment's text is part of this one's, and deliberately not its `source`: an error
    /// chain printed whole would say it twice.
    #[error("config: {0}")]
    Load(Box<figment::Error>),
    #[error("config: {key}: {problem}")]
    Invalid { key: String, problem: String },
    #[error("feeds file {path}: {problem}")]
    Feeds { path: PathBuf, problem: String },
}

fn invalid(key: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key: key.to_owned(),
        problem: problem.into(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransportKind {
    /// The in-process bus: one process, no broker.
    Memory,
    Kafka,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    /// Readable lines on a terminal, JSON lines otherwise.
    Auto,
    Json,
    Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    transport: TransportKind,
    /// How long a stopping process may take to drain, flush and commit.
    shutdown_timeout_secs: u64,
    kafka: RawKafka,
    fetcher: RawFetcher,
    output: RawOutput,
    log: RawLog,
    admin: RawAdmin,
    incidents: RawIncidents,
    normalizer: RawNormalizer,
    stages: RawStages,
}

/// The limits of every consuming stage's loop (normalizer, classifier, incidents).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStages {
    /// Inputs taken in whose outputs are not all acknowledged yet, at most.
    max_in_flight: usize,
    /// How long the final flush may take on shutdown.
    flush_timeout_secs: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNormalizer {
    /// How long the start-up read of the articles topic (the duplicate memory) may take
    /// before the stage starts with what it has.
    rebuild_timeout_secs: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIncidents {
    /// How many days behind the newest report an incident stays open to new reports.
    window_days: u32,
    /// A higher death toll published this much later than a lower one replaces it;
    /// closer together, outlets disagree and the lowest figure is kept.
    toll_supersede_after_mins: u32,
    /// How long the start-up rebuild from the incidents topic may take before the
    /// stage gives up (and the process fails, rather than start without its state).
    rebuild_timeout_secs: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdmin {
    enabled: bool,
    listen: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFetcher {
    feeds_file: Option<PathBuf>,
    /// Where a feed without its own interval starts; its interval then adapts to how
    /// often it publishes, within the min and max.
    poll_interval_secs: u64,
    min_poll_interval_secs: u64,
    max_poll_interval_secs: u64,
    /// Intervals are spread by up to this share either way, so feeds do not fall due together.
    poll_jitter_percent: u8,
    /// Exponential backoff after failures: first wait, and the cap (a feed is never dropped).
    backoff_base_secs: u64,
    backoff_max_secs: u64,
    /// Backoff waits are shortened by up to this share, so feeds that failed together do
    /// not come back together (0, with poll_jitter_percent = 0, keeps every wait exact).
    backoff_jitter_percent: u8,
    /// Polls in a row that must end at the same 301/308 target before it is adopted.
    redirect_adopt_after_polls: u32,
    /// Failures in a row after which a feed is parked (polled every parked_interval_secs,
    /// flagged in `sitrep feeds status`); 0 parks none.
    park_after_failures: u32,
    parked_interval_secs: u64,
    connect_timeout_secs: u64,
    timeout_secs: u64,
    max_body_bytes: usize,
    max_entries: usize,
    max_concurrent_fetches: usize,
    max_concurrent_per_host: usize,
    /// The User-Agent header; the default names sitrep, its version and where to read about it.
    user_agent: Option<String>,
    /// With the in-process transport, where the per-feed state is kept between runs
    /// (relative to the working directory); none keeps it in memory only. With Kafka the
    /// state lives in the compacted `fetcher.state` topic and this is ignored.
    state_file: Option<PathBuf>,
    /// Let feeds (and their redirects) reach private, loopback and link-local
    /// addresses: for local setups and tests only.
    allow_private_addresses: bool,
    /// The HTTP(S) proxy every feed request goes through. Only this setting names a proxy:
    /// `HTTP_PROXY` and the like are ignored. With a proxy, sitrep resolves each name
    /// (and each redirect target) itself and checks it before the request goes out.
    proxy_url: Option<String>,
    websub: RawWebSub,
}

/// WebSub push: feeds that name a hub push new entries instead of waiting for a poll.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWebSub {
    enabled: bool,
    /// Where the callback server listens.
    listen: String,
    /// The public URL hubs reach the callback server at (callbacks are
    /// `{callback_url}/websub/{feed_id}`).
    callback_url: Option<String>,
    /// The lease asked for; the hub decides, and the fetcher renews before it ends.
    lease_secs: u64,
    /// Callback connections open at once; more are closed on accept.
    max_connections: usize,
    /// Bytes of pushed bodies held at once; a push past it is answered 503.
    max_buffered_bytes: usize,
    /// How long a request's head, and then its body, may take to arrive.
    header_timeout_secs: u64,
    body_timeout_secs: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutput {
    events_file: Option<PathBuf>,
    print_events: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLog {
    format: LogFormat,
    level: String,
}

impl Default for RawConfig {
    fn default() -> Self {
        let limits = FetchLimits::default();
        let callback = CallbackLimits::default();
        Self {
            transport: TransportKind::Memory,
            shutdown_timeout_secs: 30,
            kafka: RawKafka::default(),
            fetcher: RawFetcher {
                feeds_file: None,
                poll_interval_secs: 300,
                min_poll_interval_secs: 60,
                max_poll_interval_secs: 3600,
                poll_jitter_percent: 10,
                backoff_base_secs: 60,
                backoff_max_secs: 6 * 60 * 60,
                backoff_jitter_percent: 20,
                redirect_adopt_after_polls: 3,
                park_after_failures: 10,
                parked_interval_secs: 6 * 60 * 60,
                connect_timeout_secs: limits.connect_timeout.as_secs(),
                timeout_secs: limits.total_timeout.as_secs(),
                max_body_bytes: limits.max_body_bytes,
                max_entries: limits.max_entries,
                max_concurrent_fetches: 64,
                max_concurrent_per_host: 2,
                user_agent: None,
                state_file: None,
                allow_private_addresses: false,
                proxy_url: None,
                websub: RawWebSub {
                    enabled: false,
                    listen: "0.0.0.0:8089".to_owned(),
                    callback_url: None,
                    lease_secs: 86_400,
                    max_connections: callback.max_connections,
                    max_buffered_bytes: callback.max_buffered_bytes,
                    header_timeout_secs: callback.header_timeout.as_secs(),
                    body_timeout_secs: callback.body_timeout.as_secs(),
                },
            },
            output: RawOutput {
                events_file: None,
                print_events: true,
            },
            log: RawLog {
                format: LogFormat::Auto,
                level: "info".into(),
            },
            admin: RawAdmin {
                enabled: true,
                // Loopback unless told otherwise: containers set 0.0.0.0 themselves.
                listen: "127.0.0.1:9464".into(),
            },
            incidents: RawIncidents {
                window_days: 14,
                toll_supersede_after_mins: 120,
                rebuild_timeout_secs: 120,
            },
            normalizer: RawNormalizer {
                // A huge or unreachable articles topic never holds the stage back longer.
                rebuild_timeout_secs: 30,
            },
            stages: RawStages {
                max_in_flight: 1024,
                flush_timeout_secs: 10,
            },
        }
    }
}

/// One entry of a feeds file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeed {
    url: String,
    id: Option<String>,
    name: Option<String>,
    /// Polled at exactly this interval instead of the adaptive one.
    poll_interval_secs: Option<u64>,
    #[serde(default)]
    tags: Vec<String>,
    /// Request headers the feed needs: header name = the environment variable holding
    /// the value (or, with `_FILE` appended to the variable's name, a file holding it).
    #[serde(default)]
    headers: std::collections::BTreeMap<String, String>,
    /// Query parameters added to the feed's URL at request time, named the same way.
    #[serde(default)]
    query: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeedsFile {
    #[serde(default)]
    feeds: Vec<RawFeed>,
}

/// A feeds file's text, read `[[feeds]]` table by table: each line that starts with
/// `[[feeds]]` begins a piece parsed on its own, so a file of 10^5 feeds never holds the
/// TOML parser's tree of the whole document (about 1.5 KB a feed: 150 MB at 100,000
/// feeds, which was the fetcher's peak memory). A piece that does not read alone (a
/// `[[feeds]]` line inside a multi-line string leaves the string open; any key beside
/// `feeds` is refused), or text before the first such line that names feeds itself, makes
/// the whole document be read at once, so the feeds and every error are the document's.
fn parse_feeds_file(text: &str) -> Result<RawFeedsFile, toml::de::Error> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with("[[feeds]]") {
            starts.push(offset);
        }
        offset += line.len();
    }
    if starts.len() < 2 {
        return toml::from_str(text);
    }
    let mut feeds = Vec::with_capacity(starts.len());
    let bounds: Vec<usize> = starts.iter().copied().chain([text.len()]).collect();
    let pieces = std::iter::once(&text[..starts[0]])
        .chain(bounds.windows(2).map(|bound| &text[bound[0]..bound[1]]));
    for (index, piece) in pieces.enumerate() {
        match toml::from_str::<RawFeedsFile>(piece) {
            Ok(raw) if index > 0 || raw.feeds.is_empty() => feeds.extend(raw.feeds),
            _ => return toml::from_str(text),
        }
    }
    Ok(RawFeedsFile { feeds })
}

/// The validated configuration every part of the runtime reads.
#[derive(Debug, Clone)]
pub struct Settings {
    pub transport: TransportKind,
    pub shutdown_timeout: Duration,
    pub kafka: KafkaSettings,
    pub topics: Topics,
    /// Prefix of topic names.
    pub topic_prefix: String,
    /// Prefix of consumer group ids (`kafka.group_prefix`, else the topic prefix).
    pub group_prefix: String,
    /// Whether missing topics are created at start (`kafka.create_topics`).
    pub create_topics: bool,
    /// How long the normalizer's start-up read of its duplicate memory may take.
    pub normalizer_rebuild_timeout: Duration,
    /// Every key of the configuration with the value it took, as a TOML file the
    /// process would load the same (paths made absolute); see [`Settings::effective_toml`].
    effective_toml: String,
    pub partitions: i32,
    pub replication: i32,
    pub fetcher: FetcherSettings,
    pub output: OutputSettings,
    pub log_format: LogFormat,
    pub log_level: String,
    /// Where the admin server (`/metrics`, `/healthz`, `/readyz`) listens, if enabled.
    pub admin_listen: Option<std::net::SocketAddr>,
    pub incidents: IncidentSettings,
    /// The limits of every consuming stage's loop (`[stages]`).
    pub stages: StageLimits,
    /// The largest message sitrep sends: `message.max.bytes` of `kafka.properties`, else
    /// librdkafka's default. Every stage sizes its outputs to it (cutting or dead-lettering
    /// what would not fit), on either transport.
    pub max_message_bytes: usize,
}

/// The limits a consuming stage's loop runs under (`[stages]`), the same for every stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageLimits {
    /// Inputs taken in whose outputs are not all acknowledged yet, at most: the loop
    /// reads no more until some are (`stages.max_in_flight`).
    pub max_in_flight: usize,
    /// How long the final flush may take on shutdown (`stages.flush_timeout_secs`).
    pub flush_timeout: Duration,
}

/// The incident stage (`run --target incidents`).
#[derive(Debug, Clone)]
pub struct IncidentSettings {
    pub index: sitrep_incidents::IndexConfig,
    pub rebuild_timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct FetcherSettings {
    pub feeds: Vec<FeedSpec>,
    /// Feeds with their own interval (`poll_interval_secs` in the feeds file).
    pub feed_intervals: std::collections::HashMap<sitrep_contract::FeedId, Duration>,
    /// Where an adaptive feed starts.
    pub poll_interval: Duration,
    pub schedule: SchedulePolicy,
    pub limits: FetchLimits,
    pub max_concurrent_fetches: usize,
    pub max_concurrent_per_host: usize,
    pub state_file: Option<PathBuf>,
    /// WebSub push, when enabled.
    pub websub: Option<WebSubSettings>,
    /// Where `feeds` came from (resolved), read again on SIGHUP.
    pub feeds_file: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct OutputSettings {
    /// Where `run --target all` appends every event as a JSON line.
    pub events_file: Option<PathBuf>,
    /// Print a readable line per event on stdout.
    pub print_events: bool,
}

impl Settings {
    /// A stage's consumer group id: the group prefix (by default the topic prefix) and
    /// the stage's name.
    pub fn group_id(&self, stage: &str) -> String {
        format!("{}{stage}", self.group_prefix)
    }

    /// Defaults, then `file` (if any), then `SITREP_*` variables of the process environment.
    pub fn load(file: Option<&Path>) -> Result<Settings, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(RawConfig::default()));
        if let Some(file) = file {
            if !file.exists() {
                return Err(invalid(
                    "--config",
                    format!("{} does not exist", file.display()),
                ));
            }
            figment = figment.merge(Toml::file(file));
        }
        let env = Env::prefixed("SITREP_")
            .ignore(&["KAFKA_SASL_PASSWORD", "KAFKA_SSL_KEY_PASSWORD"])
            .filter(|key| !is_service_link(key.as_str()))
            .split("__");
        figment = figment.merge(env);
        let raw: RawConfig = figment
            .extract()
            .map_err(|error| ConfigError::Load(Box::new(error)))?;
        let base_dir = file
            .and_then(Path::parent)
            .unwrap_or_else(|| Path::new("."));
        let effective = effective_raw_toml(&raw, base_dir);
        let mut settings = Self::validate(raw, base_dir)?;
        settings.effective_toml = effective;
        Ok(settings)
    }

    fn validate(raw: RawConfig, base_dir: &Path) -> Result<Settings, ConfigError> {
        check_log_level(&raw.log.level)?;
        let k = raw.kafka;
        let kafka = kafka_settings(&k, &|name| std::env::var(name).ok())?;
        let max_message_bytes = max_message_bytes(&k.properties)?;
        if raw.shutdown_timeout_secs == 0 {
            return Err(invalid("shutdown_timeout_secs", "must be at least 1"));
        }
        let f = raw.fetcher;
        if f.poll_interval_secs == 0 {
            return Err(invalid("fetcher.poll_interval_secs", "must be at least 1"));
        }
        if f.min_poll_interval_secs == 0 || f.min_poll_interval_secs > f.max_poll_interval_secs {
            return Err(invalid(
                "fetcher.min_poll_interval_secs",
                "must be at least 1 and at most max_poll_interval_secs",
            ));
        }
        if f.poll_jitter_percent > 50 {
            return Err(invalid("fetcher.poll_jitter_percent", "must be at most 50"));
        }
        if f.backoff_jitter_percent > 50 {
            return Err(invalid(
                "fetcher.backoff_jitter_percent",
                "must be at most 50",
            ));
        }
        if f.backoff_base_secs == 0 || f.backoff_base_secs > f.backoff_max_secs {
            return Err(invalid(
                "fetcher.backoff_base_secs",
                "must be at least 1 and at most backoff_max_secs",
            ));
        }
        if f.redirect_adopt_after_polls == 0 || f.max_concurrent_per_host == 0 {
            return Err(invalid(
                "fetcher",
                "redirect_adopt_after_polls and max_concurrent_per_host must be positive",
            ));
        }
        if f.user_agent
            .as_deref()
            .is_some_and(|ua| ua.trim().is_empty() || reqwest_header_invalid(ua))
        {
            return Err(invalid(
                "fetcher.user_agent",
                "must be non-empty visible ASCII text",
            ));
        }
        if f.timeout_secs == 0 || f.connect_timeout_secs == 0 {
            return Err(invalid(
                "fetcher.timeout_secs",
                "timeouts must be at least 1 second",
            ));
        }
        if f.max_body_bytes == 0 || f.max_entries == 0 || f.max_concurrent_fetches == 0 {
            return Err(invalid(
                "fetcher",
                "max_body_bytes, max_entries and max_concurrent_fetches must be positive",
            ));
        }
        let websub = websub_settings(&f.websub)?;
        let proxy = proxy_url(f.proxy_url.as_deref())?;
        let i = &raw.incidents;
        if i.window_days == 0 || i.window_days > 366 {
            return Err(invalid(
                "incidents.window_days",
                "must be between 1 and 366",
            ));
        }
        if i.rebuild_timeout_secs == 0 {
            return Err(invalid(
                "incidents.rebuild_timeout_secs",
                "must be at least 1",
            ));
        }
        let incidents = IncidentSettings {
            index: sitrep_incidents::IndexConfig {
                window_days: i64::from(i.window_days),
                toll_supersede_after: chrono::Duration::minutes(i64::from(
                    i.toll_supersede_after_mins,
                )),
            },
            rebuild_timeout: Duration::from_secs(i.rebuild_timeout_secs),
        };
        if raw.normalizer.rebuild_timeout_secs == 0 {
            return Err(invalid(
                "normalizer.rebuild_timeout_secs",
                "must be at least 1",
            ));
        }
        let normalizer_rebuild_timeout = Duration::from_secs(raw.normalizer.rebuild_timeout_secs);
        if raw.stages.max_in_flight == 0 {
            return Err(invalid("stages.max_in_flight", "must be at least 1"));
        }
        let stages = StageLimits {
            max_in_flight: raw.stages.max_in_flight,
            flush_timeout: Duration::from_secs(raw.stages.flush_timeout_secs),
        };
        if k.group_prefix
            .as_deref()
            .is_some_and(|prefix| prefix.trim().is_empty())
        {
            return Err(invalid(
                "kafka.group_prefix",
                "is empty (leave it out to use the topic prefix)",
            ));
        }
        let admin_listen = if raw.admin.enabled {
            Some(raw.admin.listen.parse().map_err(|_| {
                invalid(
                    "admin.listen",
                    format!("{:?} is not an address like 0.0.0.0:9464", raw.admin.listen),
                )
            })?)
        } else {
            None
        };
        let feeds_file = f.feeds_file.as_ref().map(|path| resolve(base_dir, path));
        let (feeds, feed_intervals) = match &feeds_file {
            Some(path) => load_feeds(path)?,
            None => Default::default(),
        };
        let schedule = SchedulePolicy {
            default_interval: Duration::from_secs(f.poll_interval_secs),
            min_interval: Duration::from_secs(f.min_poll_interval_secs),
            max_interval: Duration::from_secs(f.max_poll_interval_secs),
            jitter_fraction: f64::from(f.poll_jitter_percent) / 100.0,
            backoff: Backoff {
                base: Duration::from_secs(f.backoff_base_secs),
                max: Duration::from_secs(f.backoff_max_secs),
                jitter_fraction: f64::from(f.backoff_jitter_percent) / 100.0,
            },
            redirect_adopt_after: f.redirect_adopt_after_polls,
            park_after_failures: f.park_after_failures,
            parked_interval: Duration::from_secs(f.parked_interval_secs.max(1)),
        };
        let limits = FetchLimits {
            connect_timeout: Duration::from_secs(f.connect_timeout_secs),
            total_timeout: Duration::from_secs(f.timeout_secs),
            max_body_bytes: f.max_body_bytes,
            max_entries: f.max_entries,
            address_policy: if f.allow_private_addresses {
                AddressPolicy::AllowPrivate
            } else {
                AddressPolicy::PublicOnly
            },
            proxy,
            ..FetchLimits::default()
        };
        let limits = match f.user_agent {
            Some(user_agent) => FetchLimits {
                user_agent: user_agent.trim().to_owned(),
                ..limits
            },
            None => limits,
        };
        Ok(Settings {
            transport: raw.transport,
            shutdown_timeout: Duration::from_secs(raw.shutdown_timeout_secs),
            kafka,
            topics: Topics::with_prefix(&k.topic_prefix),
            group_prefix: k
                .group_prefix
                .clone()
                .unwrap_or_else(|| k.topic_prefix.clone()),
            topic_prefix: k.topic_prefix,
            create_topics: k.create_topics,
            normalizer_rebuild_timeout,
            effective_toml: String::new(),
            partitions: k.partitions,
            replication: k.replication,
            fetcher: FetcherSettings {
                feeds_file,
                feeds,
                feed_intervals,
                poll_interval: Duration::from_secs(f.poll_interval_secs),
                schedule,
                limits,
                max_concurrent_fetches: f.max_concurrent_fetches,
                max_concurrent_per_host: f.max_concurrent_per_host,
                state_file: f.state_file,
                websub,
            },
            output: OutputSettings {
                events_file: raw.output.events_file,
                print_events: raw.output.print_events,
            },
            log_format: raw.log.format,
            log_level: raw.log.level,
            admin_listen,
            incidents,
            stages,
            max_message_bytes,
        })
    }
}

/// Whether `key` (a `SITREP_` variable's name without the prefix) is one of the
/// variables Kubernetes gives every pod for each Service of its namespace: a Service
/// named `sitrep` or `sitrep-fetcher` yields `SITREP_SERVICE_HOST`, `SITREP_PORT`,
/// `SITREP_FETCHER_SERVICE_PORT_ADMIN`, `SITREP_PORT_9460_TCP_ADDR` and so on. No
/// config key has that shape (they nest with `__`), so these are left alone rather than
/// refused as unknown keys.
pub(crate) fn is_service_link(key: &str) -> bool {
    let key = key.to_ascii_uppercase();
    if key.contains("__") {
        return false;
    }
    // Everything after the service's name: `SERVICE_HOST`, `SERVICE_PORT[_NAME]`,
    // `PORT`, `PORT_<n>_<PROTO>[_ADDR|_PORT|_PROTO]`.
    let words: Vec<&str> = key.split('_').collect();
    (0..words.len()).any(|start| {
        let tail = &words[start..];
        let before_is_name = words[..start].iter().all(|w| !w.is_empty());
        before_is_name
            && match tail {
                ["SERVICE", "HOST"] | ["SERVICE", "PORT", ..] | ["PORT"] => true,
                ["PORT", number, proto, rest @ ..] => {
                    number.chars().all(|c| c.is_ascii_digit())
                        && !number.is_empty()
                        && matches!(*proto, "TCP" | "UDP" | "SCTP")
                        && matches!(rest, [] | ["ADDR"] | ["PORT"] | ["PROTO"])
                }
                _ => false,
            }
    })
}

/// `log.level`: comma-separated directives, each a level (`trace`, `debug`, `info`,
/// `warn`, `error`, `off`) or `target=level`. A bare word that is no level would be read
/// as a target name and silence everything else, so it is refused.
pub(crate) fn check_log_level(level: &str) -> Result<(), ConfigError> {
    const LEVELS: [&str; 6] = ["trace", "debug", "info", "warn", "error", "off"];
    let is_level = |word: &str| LEVELS.iter().any(|l| l.eq_ignore_ascii_case(word.trim()));
    let problem = |what: String| {
        invalid(
            "log.level",
            format!("{what}; use one of trace, debug, info, warn, error, off, or target=level directives separated by commas"),
        )
    };
    if level.trim().is_empty() {
        return Err(problem("is empty".into()));
    }
    for directive in level.split(',').map(str::trim) {
        let ok = match directive.split_once('=') {
            Some((target, directive_level)) => {
                !target.trim().is_empty() && is_level(directive_level)
            }
            None => is_level(directive),
        };
        if !ok {
            return Err(problem(format!(
                "{directive:?} is not a level or target=level"
            )));
        }
    }
    tracing_subscriber::EnvFilter::try_new(level)
        .map(|_| ())
        .map_err(|error| problem(format!("{error}")))
}

/// The message size limit when `kafka.properties` does not set `message.max.bytes`:
/// librdkafka's own default, a little under the 1,048,588 bytes Kafka brokers take.
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = 1_000_000;

/// The smallest message limit taken: below it, ordinary articles would be cut.
const MIN_MESSAGE_BYTES: usize = 64 * 1024;

/// `message.max.bytes` from the passthrough properties, else the default.
fn max_message_bytes(
    properties: &std::collections::BTreeMap<String, String>,
) -> Result<usize, ConfigError> {
    let Some(value) = properties.get("message.max.bytes") else {
        return Ok(DEFAULT_MAX_MESSAGE_BYTES);
    };
    value
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|bytes| (MIN_MESSAGE_BYTES..=1_000_000_000).contains(bytes))
        .ok_or_else(|| {
            invalid(
                "kafka.properties.\"message.max.bytes\"",
                format!(
                    "{value:?} is not a number of bytes from {MIN_MESSAGE_BYTES} to 1000000000"
                ),
            )
        })
}

/// The proxy of `fetcher.proxy_url`, if set: an http or https URL with a host.
fn proxy_url(raw: Option<&str>) -> Result<Option<url::Url>, ConfigError> {
    let Some(raw) = raw.map(str::trim).filter(|raw| !raw.is_empty()) else {
        return Ok(None);
    };
    url::Url::parse(raw)
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https") && url.host_str().is_some())
        .map(Some)
        .ok_or_else(|| {
            invalid(
                "fetcher.proxy_url",
                format!(
                    "{:?} is not an http(s) URL like http://proxy.internal:3128",
                    sitrep_contract::redact::mask_url(raw)
                ),
            )
        })
}

fn websub_settings(raw: &RawWebSub) -> Result<Option<WebSubSettings>, ConfigError> {
    if !raw.enabled {
        return Ok(None);
    }
    let listen = raw.listen.parse().map_err(|_| {
        invalid(
            "fetcher.websub.listen",
            format!("{:?} is not an address like 0.0.0.0:8089", raw.listen),
        )
    })?;
    let callback_base = raw
        .callback_url
        .as_deref()
        .map(url::Url::parse)
        .transpose()
        .ok()
        .flatten()
        .filter(|url| matches!(url.scheme(), "http" | "https") && url.query().is_none())
        .ok_or_else(|| {
            invalid(
                "fetcher.websub.callback_url",
                "must be the http(s) URL hubs reach this fetcher at, without a query",
            )
        })?;
    if raw.lease_secs < 60 {
        return Err(invalid("fetcher.websub.lease_secs", "must be at least 60"));
    }
    if raw.max_connections == 0 || raw.max_buffered_bytes == 0 {
        return Err(invalid(
            "fetcher.websub",
            "max_connections and max_buffered_bytes must be positive",
        ));
    }
    if raw.header_timeout_secs == 0 || raw.body_timeout_secs == 0 {
        return Err(invalid(
            "fetcher.websub",
            "header_timeout_secs and body_timeout_secs must be at least 1",
        ));
    }
    Ok(Some(WebSubSettings {
        listen,
        callback_base,
        lease: Duration::from_secs(raw.lease_secs),
        limits: CallbackLimits {
            max_connections: raw.max_connections,
            max_buffered_bytes: raw.max_buffered_bytes,
            header_timeout: Duration::from_secs(raw.header_timeout_secs),
            body_timeout: Duration::from_secs(raw.body_timeout_secs),
        },
    }))
}

fn resolve(base_dir: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_owned()
    } else {
        base_dir.join(path)
    }
}

/// Whether `text` cannot be sent as an HTTP header value.
fn reqwest_header_invalid(text: &str) -> bool {
    !text
        .bytes()
        .all(|b| b == b'\t' || (0x20..0x7f).contains(&b))
}

pub type FeedIntervals = std::collections::HashMap<sitrep_contract::FeedId, Duration>;

/// Reads a feeds file. A `url` without a scheme is a path relative to the feeds file.
/// Credentials the feeds name are read from the process environment.
pub fn load_feeds(path: &Path) -> Result<(Vec<FeedSpec>, FeedIntervals), ConfigError> {
    load_feeds_with(path, &|name| std::env::var(name).ok())
}

/// [`load_feeds`] with `env` looking up environment variables.
pub(crate) fn load_feeds_with(
    path: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(Vec<FeedSpec>, FeedIntervals), ConfigError> {
    let base_dir = path.parent().unwrap_or_else(|| Path::new("."));
    let feeds_error = |problem: String| ConfigError::Feeds {
        path: path.to_owned(),
        problem,
    };
    let text = std::fs::read_to_string(path).map_err(|e| feeds_error(e.to_string()))?;
    let raw = parse_feeds_file(&text).map_err(|e| feeds_error(e.to_string().replace('\n', " ")))?;
    let mut feeds = Vec::with_capacity(raw.feeds.len());
    let mut intervals = FeedIntervals::new();
    let mut ids = std::collections::HashSet::new();
    for (index, feed) in raw.feeds.into_iter().enumerate() {
        let url = if feed.url.contains("://") {
            feed.url.clone()
        } else {
            let absolute = std::path::absolute(resolve(base_dir, Path::new(&feed.url)))
                .map_err(|e| feeds_error(format!("feeds[{index}].url {:?}: {e}", feed.url)))?;
            url::Url::from_file_path(&absolute)
                .map_err(|()| {
                    feeds_error(format!(
                        "feeds[{index}].url {:?}: not a usable path",
                        feed.url
                    ))
                })?
                .to_string()
        };
        let _tags = feed.tags;
        let interval = match feed.poll_interval_secs {
            Some(0) => {
                return Err(feeds_error(format!(
                    "feeds[{index}].poll_interval_secs: must be at least 1"
                )))
            }
            Some(secs) => Some(Duration::from_secs(secs)),
            None => None,
        };
        let spec = FeedSpec::new(&url, feed.id.as_deref(), feed.name)
            .map_err(|e| feeds_error(format!("feeds[{index}]: {e}")))?;
        if !spec.url.username().is_empty() || spec.url.password().is_some() {
            return Err(feeds_error(format!(
                "feeds[{index}].url {}: credentials do not belong in the feeds file; \
                 name an environment variable instead, e.g. headers = {{ Authorization = \"FEED_AUTH\" }}",
                spec.shown_url()
            )));
        }
        let credentials = FeedCredentials {
            headers: credential_values(&feed.headers, env, &format!("feeds[{index}].headers"))
                .map_err(feeds_error)?,
            query: credential_values(&feed.query, env, &format!("feeds[{index}].query"))
                .map_err(feeds_error)?,
        };
        for (name, value) in &credentials.headers {
            if reqwest_header_invalid(value.expose())
                || name.is_empty()
                || !name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
            {
                return Err(feeds_error(format!(
                    "feeds[{index}].headers.{name}: not a valid header name, or its value is not visible ASCII text"
                )));
            }
        }
        let spec = spec.with_credentials(credentials);
        if !ids.insert(spec.id.clone()) {
            return Err(feeds_error(format!(
                "feeds[{index}]: {url} is listed twice (same feed id {})",
                spec.id
            )));
        }
        if let Some(interval) = interval {
            intervals.insert(spec.id.clone(), interval);
        }
        feeds.push(spec);
    }
    Ok((feeds, intervals))
}

/// The values of credentials named `name = "VARIABLE"`: `$VARIABLE`, else the contents of
/// the file `$VARIABLE_FILE` names (one trailing line break dropped). A missing value is
/// an error naming the variable, never the value.
fn credential_values(
    named: &std::collections::BTreeMap<String, String>,
    env: &dyn Fn(&str) -> Option<String>,
    key: &str,
) -> Result<Vec<(String, Secret)>, String> {
    let mut values = Vec::with_capacity(named.len());
    for (name, variable) in named {
        let variable = variable.trim();
        let is_variable_name = !variable.is_empty()
            && !variable.starts_with(|c: char| c.is_ascii_digit())
            && variable
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !is_variable_name {
            return Err(format!(
                "{key}.{name}: must name an environment variable (letters, digits, _), not hold the value"
            ));
        }
        let file_variable = format!("{variable}_FILE");
        let value = match (env(variable), env(&file_variable)) {
            (Some(value), _) => value,
            (None, Some(file)) => {
                let text = std::fs::read_to_string(&file)
                    .map_err(|e| format!("{key}.{name}: {file_variable} = {file}: {e}"))?;
                text.strip_suffix('\n')
                    .map(|t| t.strip_suffix('\r').unwrap_or(t))
                    .unwrap_or(&text)
                    .to_owned()
            }
            (None, None) => {
                return Err(format!(
                    "{key}.{name}: set {variable} (or {file_variable}, a file holding the value) in the environment"
                ))
            }
        };
        if value.is_empty() {
            return Err(format!("{key}.{name}: the value of {variable} is empty"));
        }
        values.push((name.clone(), Secret::new(value)));
    }
    Ok(values)
}

/// `raw` as TOML, with its relative paths resolved against `base_dir`: a file that loads
/// into the same settings from anywhere.
fn effective_raw_toml(raw: &RawConfig, base_dir: &Path) -> String {
    let mut raw = raw.clone();
    let absolute = |path: &mut Option<PathBuf>| {
        if let Some(path) = path {
            let resolved = resolve(base_dir, path);
            *path = std::path::absolute(&resolved).unwrap_or(resolved);
        }
    };
    absolute(&mut raw.fetcher.feeds_file);
    absolute(&mut raw.fetcher.state_file);
    absolute(&mut raw.output.events_file);
    absolute(&mut raw.kafka.ssl_ca_location);
    absolute(&mut raw.kafka.ssl_certificate_location);
    absolute(&mut raw.kafka.ssl_key_location);
    // Secrets masked: librdkafka properties named like one, and credentials in URLs.
    for (key, value) in raw.kafka.properties.iter_mut() {
        *value = if is_secret_name(key) {
            MASK.to_owned()
        } else {
            mask_urls_in(value)
        };
    }
    if let Some(proxy) = raw.fetcher.proxy_url.as_mut() {
        *proxy = mask_urls_in(proxy);
    }
    toml::to_string_pretty(&raw)
        .unwrap_or_else(|error| format!("# cannot print the configuration: {error}\n"))
}

impl Settings {
    /// The effective configuration for `sitrep config check`: every key with the value
    /// the process uses (defaults, file and environment merged), as TOML that loads into
    /// the same settings. Secrets are never in it: they come from the environment only,
    /// and are listed in a comment, masked.
    pub fn effective_toml(&self) -> String {
        let mut text = String::from(
            "# sitrep's effective configuration: defaults, then the file, then SITREP_* variables\n",
        );
        for (key, value) in &self.kafka.secret_properties {
            text.push_str(&format!(
                "# kafka secret from the environment: \"{key}\" = \"{value}\"\n"
            ));
        }
        text.push('\n');
        text.push_str(&self.effective_toml);
        text.push_str("\n# As the process reads it (the feeds, limits and values derived from the keys above):\n");
        for line in self.summary_toml().lines() {
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
        text
    }

    /// What the process makes of its configuration, secrets masked: the feeds (and which
    /// credentials they carry), the fetch limits, the address policy and proxy.
    fn summary_toml(&self) -> String {
        let kafka = &self.kafka;
        let properties: toml::Table = kafka
            .properties
            .iter()
            .map(|(k, v)| {
                let shown = if is_secret_name(k) {
                    MASK.to_owned()
                } else {
                    mask_urls_in(v)
                };
                (k.clone(), toml::Value::String(shown))
            })
            .collect();
        let secrets: toml::Table = kafka
            .secret_properties
            .iter()
            .map(|(k, v)| (k.clone(), toml::Value::String(v.to_string())))
            .collect();
        let feeds: Vec<toml::Value> = self
            .fetcher
            .feeds
            .iter()
            .map(|feed| {
                let mut shown = feed.shown_url();
                let credentials: Vec<&str> = (feed.credentials.headers.iter())
                    .chain(&feed.credentials.query)
                    .map(|(name, _)| name.as_str())
                    .collect();
                if !credentials.is_empty() {
                    shown.push_str(&format!(" (with {})", credentials.join(", ")));
                }
                toml::Value::String(shown)
            })
            .collect();
        let limits = &self.fetcher.limits;
        let address_policy = match limits.address_policy {
            AddressPolicy::PublicOnly => {
                "public_only: feeds and redirects reach public addresses only"
            }
            AddressPolicy::AllowPrivate => {
                "allow_private: feeds and redirects may reach private, loopback and link-local addresses"
            }
        };
        let proxy = limits.proxy.as_ref().map_or_else(
            || "none (HTTP_PROXY and the like are ignored)".to_owned(),
            |proxy| sitrep_contract::redact::mask_url(proxy.as_str()),
        );
        let value = toml::toml! {
            transport = (format!("{:?}", self.transport).to_lowercase())
            shutdown_timeout_secs = (self.shutdown_timeout.as_secs() as i64)

            [kafka]
            brokers = (kafka.brokers.clone())
            client_id = (kafka.client_id.clone())
            topic_prefix = (self.topic_prefix.clone())
            partitions = (i64::from(self.partitions))
            replication = (i64::from(self.replication))
            session_timeout_ms = (i64::from(kafka.session_timeout_ms))
            max_prefetch_kbytes = (i64::from(kafka.max_prefetch_kbytes))
            statistics_interval_ms = (i64::from(kafka.statistics_interval_ms))
            properties = (properties)
            secrets = (secrets)

            [fetcher]
            feeds = (feeds)
            poll_interval_secs = (self.fetcher.poll_interval.as_secs() as i64)
            max_concurrent_fetches = (self.fetcher.max_concurrent_fetches as i64)
            max_concurrent_per_host = (self.fetcher.max_concurrent_per_host as i64)
            connect_timeout_secs = (limits.connect_timeout.as_secs() as i64)
            timeout_secs = (limits.total_timeout.as_secs() as i64)
            max_body_bytes = (limits.max_body_bytes as i64)
            max_entries = (limits.max_entries as i64)
            max_redirects = (limits.max_redirects as i64)
            max_message_bytes = (self.max_message_bytes as i64)
            user_agent = (limits.user_agent.clone())
            address_policy = (address_policy)
            proxy_url = (proxy)
            websub = (self.fetcher.websub.as_ref().map(|w| format!("listen {} callbacks {}websub/ lease {} s, at most {} connections and {} bytes held, head within {} s, body within {} s", w.listen, w.callback_base, w.lease.as_secs(), w.limits.max_connections, w.limits.max_buffered_bytes, w.limits.header_timeout.as_secs(), w.limits.body_timeout.as_secs())).unwrap_or_else(|| "disabled".into()))

            [output]
            events_file = (self.output.events_file.as_ref().map(|p| p.display().to_string()).unwrap_or_default())
            print_events = (self.output.print_events)

            [log]
            format = (format!("{:?}", self.log_format).to_lowercase())
            level = (self.log_level.clone())

            [admin]
            listen = (self.admin_listen.map(|a| a.to_string()).unwrap_or_else(|| "disabled".into()))

            [incidents]
            window_days = (self.incidents.index.window_days)
            toll_supersede_after_mins = (self.incidents.index.toll_supersede_after.num_minutes())
            rebuild_timeout_secs = (self.incidents.rebuild_timeout.as_secs() as i64)
        };
        toml::to_string_pretty(&value).unwrap_or_default()
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment::Jail's closures return figment::Error
mod tests {
    use super::*;
    use figment::Jail;

    fn load_in_jail(jail: &Jail, config: &str) -> Result<Settings, ConfigError> {
        jail.create_file("sitrep.toml", config)
            .expect("write config");
        Settings::load(Some(&jail.directory().join("sitrep.toml")))
    }

    #[test]
    fn stage_limits_default_to_the_loops_old_constants_and_are_set_in_stages() {
        Jail::expect_with(|jail| {
            let defaults = load_in_jail(jail, "").expect("valid");
            assert_eq!(
                defaults.stages,
                StageLimits {
                    max_in_flight: 1024,
                    flush_timeout: Duration::from_secs(10),
                }
            );
            let set = load_in_jail(
                jail,
                "[stages]\nmax_in_flight = 8\nflush_timeout_secs = 3\n",
            )
            .expect("valid");
            assert_eq!(set.stages.max_in_flight, 8);
            assert_eq!(set.stages.flush_timeout, Duration::from_secs(3));
            let error = load_in_jail(jail, "[stages]\nmax_in_flight = 0\n").expect_err("zero");
            assert!(
                error.to_string().contains("stages.max_in_flight"),
                "{error}"
            );
            Ok(())
        });
    }

    #[test]
    fn websub_needs_a_callback_url_and_takes_one() {
        Jail::expect_with(|jail| {
            let error =
                load_in_jail(jail, "[fetcher.websub]\nenabled = true\n").expect_err("no callback");
            assert!(
                error.to_string().contains("fetcher.websub.callback_url"),
                "{error}"
            );
            let settings = load_in_jail(
                jail,
                "[fetcher.websub]\nenabled = true\nlisten = '127.0.0.1:8089'\n\
                 callback_url = 'https://sitrep.example/hooks/'\n",
            )
            .expect("valid");
            let websub = settings.fetcher.websub.expect("enabled");
            assert_eq!(websub.listen.port(), 8089);
            assert_eq!(
                websub.callback("feed_1").map(String::from).as_deref(),
                Some("https://sitrep.example/hooks/websub/feed_1")
            );
            assert!(load_in_jail(jail, "")
                .expect("defaults")
                .fetcher
                .websub
                .is_none());
            Ok(())
        });
    }

    #[test]
    fn incident_settings_from_file_and_environment_are_checked() {
        Jail::expect_with(|jail| {
            let settings = load_in_jail(jail, "").expect("defaults");
            assert_eq!(settings.incidents.index.window_days, 14);
            assert_eq!(
                settings.incidents.index.toll_supersede_after,
                chrono::Duration::minutes(120)
            );
            jail.set_env("SITREP_INCIDENTS__WINDOW_DAYS", "7");
            let settings =
                load_in_jail(jail, "[incidents]\nrebuild_timeout_secs = 5\n").expect("valid");
            assert_eq!(settings.incidents.index.window_days, 7);
            assert_eq!(settings.incidents.rebuild_timeout, Duration::from_secs(5));
            jail.set_env("SITREP_INCIDENTS__WINDOW_DAYS", "0");
            let error = load_in_jail(jail, "").expect_err("a window of no days");
            assert!(
                error.to_string().contains("incidents.window_days"),
                "{error}"
            );
            Ok(())
        });
    }

    #[test]
    fn defaults_file_then_environment() {
        Jail::expect_with(|jail| {
            jail.set_env("SITREP_KAFKA__BROKERS", "broker-a:9092,broker-b:9092");
            jail.set_env("SITREP_TRANSPORT", "kafka");
            let settings = load_in_jail(jail, "[kafka]\nbrokers = 'file:9092'\npartitions = 6\n")
                .expect("valid");
            assert_eq!(settings.transport, TransportKind::Kafka);
            assert_eq!(
                settings.kafka.brokers, "broker-a:9092,broker-b:9092",
                "environment beats file"
            );
            assert_eq!(settings.partitions, 6, "file beats default");
            assert_eq!(settings.replication, 1, "default");
            assert_eq!(settings.topics.events, "sitrep.events");
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_and_bad_values_name_the_key() {
        Jail::expect_with(|jail| {
            let error = load_in_jail(jail, "[kafka]\nbrokerz = 'x'\n").expect_err("unknown key");
            assert!(error.to_string().contains("brokerz"), "{error}");
            let error = load_in_jail(jail, "[kafka]\npartitions = 0\n").expect_err("bad value");
            assert_eq!(
                error.to_string(),
                "config: kafka.partitions: must be at least 1"
            );
            jail.set_env("SITREP_FETCHER__POLL_INTERVAL_SECS", "soon");
            let error = load_in_jail(jail, "").expect_err("bad env value");
            assert!(
                error
                    .to_string()
                    .to_lowercase()
                    .contains("poll_interval_secs"),
                "{error}"
            );
            Ok(())
        });
    }

    #[test]
    fn feed_credentials_come_from_the_environment_or_a_file_and_are_never_shown() {
        Jail::expect_with(|jail| {
            jail.create_file("token.txt", "file-secret-77\n")?;
            jail.set_env("WIRE_AUTH", "Bearer env-secret-42");
            jail.set_env(
                "WIRE_KEY_FILE",
                jail.directory().join("token.txt").display().to_string(),
            );
            jail.create_file(
                "feeds.toml",
                "[[feeds]]\nurl = 'https://wire.example/rss?lang=en&api_key=inline-secret-9'\n\
                 headers = { Authorization = 'WIRE_AUTH' }\nquery = { key = 'WIRE_KEY' }\n",
            )?;
            let settings = load_in_jail(
                jail,
                "[fetcher]\nfeeds_file = 'feeds.toml'\n[kafka.properties]\n\
                 \"ssl.key.pem\" = 'pem-secret-5'\n\"sasl.oauthbearer.config\" = 'oauth-secret-6'\n\
                 \"message.max.bytes\" = '2000000'\n",
            )
            .expect("valid");
            let feed = &settings.fetcher.feeds[0];
            assert_eq!(
                feed.credentials.headers,
                vec![(
                    "Authorization".to_owned(),
                    Secret::new("Bearer env-secret-42")
                )]
            );
            assert_eq!(
                feed.credentials.query,
                vec![("key".to_owned(), Secret::new("file-secret-77"))]
            );
            let shown = settings.effective_toml();
            for secret in [
                "env-secret-42",
                "file-secret-77",
                "inline-secret-9",
                "pem-secret-5",
                "oauth-secret-6",
            ] {
                assert!(!shown.contains(secret), "{secret} shown:\n{shown}");
            }
            assert!(shown.contains("lang=en&api_key=***"), "{shown}");
            assert!(shown.contains("with Authorization, key"), "{shown}");
            assert!(shown.contains("\"ssl.key.pem\" = \"***\""), "{shown}");
            assert!(
                shown.contains("\"message.max.bytes\" = \"2000000\""),
                "{shown}"
            );
            assert!(shown.contains("address_policy = \"public_only"), "{shown}");
            assert!(shown.contains("max_body_bytes = 10485760"), "{shown}");
            assert!(shown.contains("proxy_url = \"none"), "{shown}");

            jail.create_file(
                "missing.toml",
                "[[feeds]]\nurl = 'https://a.example/'\nheaders = { X-Api-Key = 'NOT_SET_ANYWHERE' }\n",
            )?;
            let error = load_in_jail(jail, "[fetcher]\nfeeds_file = 'missing.toml'\n")
                .expect_err("an unset variable")
                .to_string();
            assert!(
                error.contains(
                    "feeds[0].headers.X-Api-Key: set NOT_SET_ANYWHERE (or NOT_SET_ANYWHERE_FILE"
                ),
                "{error}"
            );
            jail.create_file(
                "inline.toml",
                "[[feeds]]\nurl = 'https://a.example/'\nheaders = { Authorization = 'Bearer abc-inline' }\n",
            )?;
            let error = load_in_jail(jail, "[fetcher]\nfeeds_file = 'inline.toml'\n")
                .expect_err("a value where a variable is named")
                .to_string();
            assert!(
                error.contains("must name an environment variable"),
                "{error}"
            );
            assert!(!error.contains("abc-inline"), "{error}");
            jail.create_file(
                "userinfo.toml",
                "[[feeds]]\nurl = 'https://bot:pw-secret-3@a.example/rss'\n",
            )?;
            let error = load_in_jail(jail, "[fetcher]\nfeeds_file = 'userinfo.toml'\n")
                .expect_err("a password in the URL")
                .to_string();
            assert!(
                error.contains("credentials do not belong in the feeds file"),
                "{error}"
            );
            assert!(!error.contains("pw-secret-3"), "{error}");

            let error = load_in_jail(
                jail,
                "[fetcher]\nproxy_url = 'ftp://u:proxy-pw@p.example'\n",
            )
            .expect_err("not an http proxy")
            .to_string();
            assert!(error.contains("fetcher.proxy_url"), "{error}");
            assert!(!error.contains("proxy-pw"), "{error}");
            let settings = load_in_jail(
                jail,
                "[fetcher]\nproxy_url = 'http://u:proxy-pw@proxy.internal:3128'\nallow_private_addresses = true\n",
            )
            .expect("a proxy");
            let shown = settings.effective_toml();
            assert!(
                shown.contains("proxy_url = \"http://***@proxy.internal:3128/\""),
                "{shown}"
            );
            assert!(
                shown.contains("address_policy = \"allow_private"),
                "{shown}"
            );
            Ok(())
        });
    }

    /// The feeds file read table by table gives what the whole document gives: the same
    /// feeds, or the same error.
    #[test]
    fn feeds_file_read_by_tables_as_whole() {
        let check = |text: &str| {
            let by_tables = parse_feeds_file(text).map(|raw| format!("{:?}", raw.feeds));
            let whole = toml::from_str::<RawFeedsFile>(text).map(|raw| format!("{:?}", raw.feeds));
            assert_eq!(
                by_tables.map_err(|e| e.to_string()),
                whole.map_err(|e| e.to_string()),
                "{text}"
            );
        };
        check("");
        check("# only a comment\n");
        check("[[feeds]]\nurl = 'https://a.example/rss'\n");
        check(
            "# wires\n[[feeds]]\nurl = 'https://a.example/rss'\nheaders = { Authorization = 'A' }\n\n\
             [[feeds]] # second\nurl = 'https://b.example/rss'\n[feeds.query]\nkey = 'B_KEY'\n\
             [[feeds]]\nurl = 'https://c.example/rss'\ntags = ['x']\n",
        );
        // A [[feeds]] line inside a multi-line string is the string's.
        check("[[feeds]]\nurl = 'https://a.example/rss'\nname = '''\n[[feeds]]\n'''\n[[feeds]]\nurl = 'https://b.example/rss'\n");
        // Feeds inline before the tables, another key, a bad value: the document's error.
        check("feeds = [{ url = 'https://a.example/rss' }]\n[[feeds]]\nurl = 'https://b.example/rss'\n");
        check("[[feeds]]\nurl = 'https://a.example/rss'\n[other]\nx = 1\n[[feeds]]\nurl = 'https://b.example/rss'\n");
        check("[[feeds]]\nurl = 'https://a.example/rss'\n[[feeds]]\nurl = 7\n");
        let many: String = (0..1000)
            .map(|n| format!("[[feeds]]\nid = 'f{n}'\nurl = 'https://{n}.example/rss'\n\n"))
            .collect();
        check(&many);
    }

    #[test]
    fn feeds_file_paths_are_relative_to_the_config_and_duplicates_refused() {
        Jail::expect_with(|jail| {
            jail.create_file("a.xml", "<rss/>").expect("feed file");
            jail.create_file(
                "feeds.toml",
                "[[feeds]]\nurl = 'a.xml'\nid = 'sample-a'\nname = 'A'\n\n[[feeds]]\nurl = 'https://example.org/rss'\n",
            )
            .expect("feeds file");
            let settings =
                load_in_jail(jail, "[fetcher]\nfeeds_file = 'feeds.toml'\n").expect("valid");
            let feeds = &settings.fetcher.feeds;
            assert_eq!(feeds.len(), 2);
            assert_eq!(feeds[0].url.scheme(), "file");
            assert!(feeds[0].url.path().ends_with("/a.xml"));
            assert_eq!(feeds[0].id, sitrep_contract::FeedId::for_feed("sample-a"));
            assert_eq!(feeds[1].url.as_str(), "https://example.org/rss");

            jail.create_file("dup.toml", "[[feeds]]\nurl = 'https://example.org/rss'\n[[feeds]]\nurl = 'https://example.org/rss'\n")
                .expect("dup file");
            let error =
                load_in_jail(jail, "[fetcher]\nfeeds_file = 'dup.toml'\n").expect_err("duplicate");
            assert!(error.to_string().contains("listed twice"), "{error}");
            Ok(())
        });
    }

    #[test]
    fn kubernetes_service_link_variables_are_not_config_keys() {
        for key in [
            "SERVICE_HOST",
            "SERVICE_PORT",
            "SERVICE_PORT_ADMIN",
            "PORT",
            "PORT_9460_TCP",
            "PORT_9460_TCP_ADDR",
            "FETCHER_SERVICE_HOST",
            "WEBSUB_PORT_8080_TCP_PROTO",
            "fetcher_service_port",
        ] {
            assert!(is_service_link(key), "{key}");
        }
        for key in [
            "KAFKA__BROKERS",
            "TRANSPORT",
            "ADMIN__LISTEN",
            "SHUTDOWN_TIMEOUT_SECS",
            "PORT_X_TCP",
        ] {
            assert!(!is_service_link(key), "{key}");
        }
        figment::Jail::expect_with(|jail| {
            jail.set_env("SITREP_SERVICE_HOST", "10.96.0.7");
            jail.set_env("SITREP_PORT", "tcp://10.96.0.7:9460");
            jail.set_env("SITREP_FETCHER_PORT_9460_TCP_ADDR", "10.96.0.8");
            jail.set_env("SITREP_KAFKA__BROKERS", "broker:9092");
            let settings = load_in_jail(jail, "").expect("service links ignored");
            assert_eq!(settings.kafka.brokers, "broker:9092");
            jail.set_env("SITREP_KAFKA__BROKRES", "typo:9092");
            assert!(
                load_in_jail(jail, "").is_err(),
                "other unknown keys still refused"
            );
            Ok(())
        });
    }

    #[test]
    fn a_log_level_that_is_no_level_is_refused() {
        for good in [
            "info",
            "WARN",
            "info,librdkafka=warn",
            "sitrep_runtime::admin=debug, warn",
            "off",
        ] {
            assert!(check_log_level(good).is_ok(), "{good}");
        }
        for bad in ["verbose", "", "info,loud", "librdkafka=chatty"] {
            let error = check_log_level(bad).expect_err(bad).to_string();
            assert!(error.starts_with("config: log.level: "), "{error}");
        }
        figment::Jail::expect_with(|jail| {
            let error = load_in_jail(jail, "[log]\nlevel = \"verbose\"\n").expect_err("verbose");
            assert!(
                error.to_string().contains("\"verbose\" is not a level"),
                "{error}"
            );
            Ok(())
        });
    }

    #[test]
    fn the_effective_configuration_loads_into_the_same_settings() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "feeds.toml",
                "[[feeds]]\nurl = \"https://example.org/feed\"\n",
            )?;
            jail.set_env("SITREP_KAFKA__GROUP_PREFIX", "team-a.");
            let settings = load_in_jail(
                jail,
                "transport = \"kafka\"\n[fetcher]\nfeeds_file = \"feeds.toml\"\n[kafka]\ncreate_topics = false\n[normalizer]\nrebuild_timeout_secs = 45\n",
            )
            .expect("valid");
            let printed = settings.effective_toml();
            assert!(printed.contains("group_prefix = \"team-a.\""), "{printed}");
            jail.clear_env();
            let dir = tempfile::tempdir().expect("tempdir");
            let copy = dir.path().join("effective.toml");
            std::fs::write(&copy, &printed).expect("write");
            let again = Settings::load(Some(&copy)).expect("the printed configuration loads");
            assert_eq!(again.effective_toml(), printed);
            assert_eq!(again.group_prefix, "team-a.");
            assert!(!again.create_topics);
            assert_eq!(again.normalizer_rebuild_timeout, Duration::from_secs(45));
            assert_eq!(again.fetcher.feeds.len(), 1);
            Ok(())
        });
    }

    #[test]
    fn a_load_error_is_said_once_in_a_printed_chain() {
        Jail::expect_with(|jail| {
            let error = load_in_jail(jail, "[kafka]\nbrokres = \"x\"\n").expect_err("unknown key");
            let alone = error.to_string();
            assert!(alone.contains("brokres"), "{alone}");
            // Printed as a chain (as `sitrep` prints its errors), nothing is added twice.
            assert_eq!(format!("{:#}", anyhow::Error::new(error)), alone);
            Ok(())
        });
    }
}
