//! `sitrep deadletter`: read the dead-letter topic and send its inputs back.
//!
//! `list` shows the dead letters a selection picks (stage, kind, time), as a table or JSON
//! lines. `replay` sends each picked letter's input back onto the topic it was read from,
//! with its key, bytes and headers (its `traceparent` too, so the trace goes on), plus a
//! `sitrep-replayed` header counting the replays. Two guards keep a replay from looping:
//! every replayed letter gets a receipt on a compacted topic beside the dead-letter topic
//! (`<deadletter topic>.replayed`), and a letter with a receipt is never sent again; a
//! letter whose input was itself a replay (it failed again) is sent only with `--force`.
//! Both read the topics from a fresh process; no running stage is asked.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;
use chrono::{DateTime, SecondsFormat, Utc};
use clap::{Args, Subcommand};
use sitrep_contract::redact::{mask_url, mask_urls_in};
use sitrep_contract::{headers, DeadLetter, Stage};
use sitrep_runtime::Settings;
use sitrep_transport::kafka::KafkaTransport;
use sitrep_transport::{OutMessage, TopicSpec, Transport};

#[derive(Args)]
pub struct DeadletterArgs {
    #[command(subcommand)]
    command: DeadletterCommand,
}

#[derive(Subcommand)]
enum DeadletterCommand {
    /// Show the dead letters on the dead-letter topic: when, which stage, what kind of
    /// failure, the input, the error, and whether it was replayed.
    List {
        #[command(flatten)]
        selection: Selection,
        /// One JSON object per line (the dead letter, its `ref` and `replayed_at`).
        #[arg(long)]
        json: bool,
    },
    /// Send the inputs of dead letters back onto their stage's input topic (same key,
    /// bytes and headers, marked `sitrep-replayed`). Each letter is replayed once.
    Replay {
        #[command(flatten)]
        selection: Selection,
        /// Say what would be replayed; send nothing.
        #[arg(long)]
        dry_run: bool,
        /// Replay at most this many letters in this run.
        #[arg(long, default_value_t = 1000)]
        max: usize,
        /// Also replay letters whose input was a replay already (it failed again).
        #[arg(long)]
        force: bool,
    },
}

/// Which dead letters a command takes.
#[derive(Args)]
struct Selection {
    #[arg(long)]
    config: Option<PathBuf>,
    /// Only letters of this stage (fetcher, normalizer, classifier, incidents).
    #[arg(long, value_parser = parse_stage)]
    stage: Option<Stage>,
    /// Only letters of this error kind (`invalid_json`, `too_large`, ...).
    #[arg(long)]
    kind: Option<String>,
    /// Only letters written at or after this time (RFC 3339).
    #[arg(long)]
    since: Option<DateTime<Utc>>,
    /// Only letters written before this time (RFC 3339).
    #[arg(long)]
    until: Option<DateTime<Utc>>,
}

impl Selection {
    fn picks(&self, letter: &DeadLetter) -> bool {
        self.stage.is_none_or(|stage| letter.stage == stage)
            && self
                .kind
                .as_deref()
                .is_none_or(|kind| letter.error_kind == kind)
            && self.since.is_none_or(|since| letter.failed_at >= since)
            && self.until.is_none_or(|until| letter.failed_at < until)
    }
}

fn parse_stage(text: &str) -> Result<Stage, String> {
    [
        Stage::Fetcher,
        Stage::Normalizer,
        Stage::Classifier,
        Stage::Incidents,
    ]
    .into_iter()
    .find(|stage| stage.as_str() == text)
    .ok_or_else(|| format!("{text}: not a stage (fetcher, normalizer, classifier, incidents)"))
}

pub async fn run(args: DeadletterArgs) -> anyhow::Result<()> {
    match args.command {
        DeadletterCommand::List { selection, json } => list(&selection, json).await,
        DeadletterCommand::Replay {
            selection,
            dry_run,
            max,
            force,
        } => {
            replay(
                &selection,
                ReplayOptions {
                    dry_run,
                    max,
                    force,
                },
            )
            .await
        }
    }
}

/// A dead letter as read, with where it stands on its topic.
struct Letter {
    /// `<partition>@<offset>` on the dead-letter topic: how a letter is named.
    reference: String,
    letter: DeadLetter,
    /// When it was replayed, from its receipt.
    replayed_at: Option<DateTime<Utc>>,
}

/// The receipt of a replayed letter, keyed by the letter's reference.
#[derive(serde::Serialize, serde::Deserialize)]
struct Receipt {
    replayed_at: DateTime<Utc>,
    /// The topic the input went back onto.
    topic: String,
}

struct Broker {
    settings: Settings,
    transport: KafkaTransport,
}

impl Broker {
    fn connect(selection: &Selection) -> anyhow::Result<Self> {
        let settings = Settings::load(selection.config.as_deref())?;
        sitrep_runtime::telemetry::init(settings.log_format, "warn,librdkafka=off");
        let transport = KafkaTransport::new(settings.kafka.clone())?;
        Ok(Self {
            settings,
            transport,
        })
    }

    fn receipts_topic(&self) -> String {
        format!("{}.replayed", self.settings.topics.deadletter)
    }

    async fn ensure_receipts_topic(&self) -> anyhow::Result<()> {
        self.transport
            .ensure_topics(&[TopicSpec {
                name: self.receipts_topic(),
                partitions: self.settings.partitions,
                replication: self.settings.replication,
                compacted: true,
            }])
            .await
            .with_context(|| format!("creating {}", self.receipts_topic()))
    }

    /// Every dead letter the selection picks, oldest first, with its receipt.
    async fn letters(&self, selection: &Selection) -> anyhow::Result<Vec<Letter>> {
        let topic = &self.settings.topics.deadletter;
        let receipts = self.receipts().await?;
        let messages = self
            .transport
            .read_all(topic)
            .await
            .with_context(|| format!("reading {topic}"))?;
        let mut num_unreadable = 0usize;
        let mut letters = Vec::new();
        for message in messages {
            let Some(payload) = message.payload.as_deref() else {
                continue;
            };
            let Ok(letter) = serde_json::from_slice::<DeadLetter>(payload) else {
                num_unreadable += 1;
                continue;
            };
            if !selection.picks(&letter) {
                continue;
            }
            let reference = format!("{}@{}", message.position.partition, message.position.offset);
            letters.push(Letter {
                replayed_at: receipts.get(&reference).copied(),
                reference,
                letter,
            });
        }
        if num_unreadable > 0 {
            eprintln!(
                "sitrep: {topic}: {num_unreadable} message(s) are not dead letters; left out"
            );
        }
        letters.sort_by_key(|letter| letter.letter.failed_at);
        Ok(letters)
    }

    /// When each replayed letter was replayed; none when nothing was ever replayed.
    async fn receipts(&self) -> anyhow::Result<HashMap<String, DateTime<Utc>>> {
        let topic = self.receipts_topic();
        if self
            .transport
            .probe(std::slice::from_ref(&topic))
            .await
            .is_err()
        {
            return Ok(HashMap::new());
        }
        let messages = self
            .transport
            .read_all(&topic)
            .await
            .with_context(|| format!("reading {topic}"))?;
        let mut receipts = HashMap::new();
        for message in messages {
            let Some(reference) = message.key_text() else {
                continue;
            };
            match message
                .payload
                .as_deref()
                .and_then(|payload| serde_json::from_slice::<Receipt>(payload).ok())
            {
                Some(receipt) => receipts.insert(reference, receipt.replayed_at),
                None => receipts.remove(&reference),
            };
        }
        Ok(receipts)
    }
}

async fn list(selection: &Selection, json: bool) -> anyhow::Result<()> {
    let broker = Broker::connect(selection)?;
    let letters = broker.letters(selection).await?;
    let mut out = std::io::stdout().lock();
    if json {
        for letter in &letters {
            let mut value = serde_json::to_value(&letter.letter)?;
            if let Some(object) = value.as_object_mut() {
                object.insert("ref".into(), letter.reference.clone().into());
                object.insert(
                    "replayed_at".into(),
                    serde_json::to_value(letter.replayed_at)?,
                );
            }
            writeln!(out, "{value}")?;
        }
        return Ok(());
    }
    writeln!(
        out,
        "{:<10} {:<20} {:<10} {:<20} {:>7} {:<8} {:<40} ERROR",
        "REF", "FAILED AT", "STAGE", "KIND", "REPLAYS", "REPLAYED", "INPUT"
    )?;
    for letter in &letters {
        let dead = &letter.letter;
        writeln!(
            out,
            "{:<10} {:<20} {:<10} {:<20} {:>7} {:<8} {:<40} {}",
            letter.reference,
            dead.failed_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            dead.stage.as_str(),
            dead.error_kind,
            dead.num_replays(),
            if letter.replayed_at.is_some() {
                "yes"
            } else {
                "no"
            },
            input_name(dead),
            one_line(&mask_urls_in(&dead.error), 160),
        )?;
    }
    Ok(())
}

/// The input of a letter in a few words: `topic key`, or the feed's URL (masked).
fn input_name(letter: &DeadLetter) -> String {
    match (&letter.input.topic, &letter.input.url) {
        (Some(topic), _) => match &letter.input.key {
            Some(key) => format!("{topic} {}", one_line(key, 40)),
            None => topic.clone(),
        },
        (None, Some(url)) => one_line(&mask_url(url), 60),
        (None, None) => "-".to_owned(),
    }
}

/// `text` on one line, cut at `max_chars`.
fn one_line(text: &str, max_chars: usize) -> String {
    let line: String = text.replace(['\n', '\r', '\t'], " ");
    match line.char_indices().nth(max_chars) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line,
    }
}

struct ReplayOptions {
    dry_run: bool,
    max: usize,
    force: bool,
}

/// What becomes of one letter in a replay.
enum Verdict {
    Replay(OutMessage),
    Skip(String),
}

fn verdict(letter: &Letter, options: &ReplayOptions) -> Verdict {
    let dead = &letter.letter;
    if let Some(at) = letter.replayed_at {
        return Verdict::Skip(format!(
            "replayed already at {}",
            at.to_rfc3339_opts(SecondsFormat::Secs, true)
        ));
    }
    let num_replays = dead.num_replays();
    if num_replays > 0 && !options.force {
        return Verdict::Skip(format!(
            "its input was a replay ({num_replays}) and failed again; --force sends it once more"
        ));
    }
    let Some(topic) = &dead.input.topic else {
        return Verdict::Skip(
            "a fetched document, never on a topic: the fetcher fetches it again".to_owned(),
        );
    };
    if !dead.payload_is_whole() {
        return Verdict::Skip(format!(
            "only part of its {} bytes was kept (message limit): it cannot be sent as it was",
            dead.payload_len
        ));
    }
    let Ok(payload) = dead.payload() else {
        return Verdict::Skip("its payload is not base64".to_owned());
    };
    let mut message = OutMessage::new(topic.clone(), dead.input.key.clone(), payload);
    for header in &dead.input_headers {
        if header.key == headers::REPLAYED {
            continue;
        }
        // Headers of sitrep's own messages are text; one that is not cannot be carried.
        if let Some(value) = &header.value {
            message = message.with_header(header.key.clone(), value.clone());
        }
    }
    Verdict::Replay(message.with_header(headers::REPLAYED, (num_replays + 1).to_string()))
}

async fn replay(selection: &Selection, options: ReplayOptions) -> anyhow::Result<()> {
    let broker = Broker::connect(selection)?;
    if !options.dry_run {
        broker.ensure_receipts_topic().await?;
    }
    let letters = broker.letters(selection).await?;
    let producer = broker.transport.producer()?;
    let receipts_topic = broker.receipts_topic();
    let mut out = std::io::stdout().lock();
    let (mut num_replayed, mut num_skipped) = (0usize, 0usize);
    for letter in &letters {
        let message = match verdict(letter, &options) {
            Verdict::Skip(reason) => {
                num_skipped += 1;
                writeln!(out, "skipped {}: {reason}", letter.reference)?;
                continue;
            }
            Verdict::Replay(message) => message,
        };
        if num_replayed == options.max {
            writeln!(
                out,
                "stopped at --max {}: more letters are waiting",
                options.max
            )?;
            break;
        }
        num_replayed += 1;
        let what = format!(
            "{} ({} {}) to {} key {}",
            letter.reference,
            letter.letter.stage.as_str(),
            letter.letter.error_kind,
            message.topic,
            message.key.as_deref().unwrap_or("-")
        );
        if options.dry_run {
            writeln!(out, "would replay {what}")?;
            continue;
        }
        let topic = message.topic.clone();
        producer
            .send(message)
            .await
            .with_context(|| format!("replaying {}", letter.reference))?;
        let receipt = serde_json::to_vec(&Receipt {
            replayed_at: Utc::now(),
            topic,
        })?;
        producer
            .send(OutMessage::new(
                receipts_topic.clone(),
                Some(letter.reference.clone()),
                receipt,
            ))
            .await
            .with_context(|| format!("writing the receipt of {}", letter.reference))?;
        writeln!(out, "replayed {what}")?;
    }
    producer.flush(std::time::Duration::from_secs(10)).await?;
    let verb = if options.dry_run {
        "would be replayed"
    } else {
        "replayed"
    };
    eprintln!("{num_replayed} {verb}, {num_skipped} skipped");
    Ok(())
}
