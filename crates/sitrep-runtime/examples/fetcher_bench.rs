//! `make bench-fetcher`: two fetch cycles of 10,000 feeds served by a local HTTP server,
//! through the real fetcher service loop (scheduler, limits overall and per host,
//! conditional GET, parsing, state), with a producer that only counts what it is given.
//!
//! The server runs as a child process (this binary with `serve`), so the figures are the
//! fetcher's own: wall time per cycle, CPU seconds, peak RSS (VmHWM), and the bytes the
//! server sent on the second cycle as a share of the first. Documents are of mixed sizes
//! (70% with 10 entries, 25% with 50, 5% with 200); on the second cycle 80% are unchanged
//! (answered 304 to their ETag) and 20% (every fifth, of all sizes) have two new
//! entries and are sent again in full, or, in a second run against a server that speaks
//! RFC 3229 delta encoding for feeds (`A-IM: feed`), as a 226 answer with only those two
//! entries. Feeds are spread over 500
//! loopback hosts (127.0.x.y), 20 per host, so the per-host limit applies as it would in
//! the wild.
//!
//! `cargo run --release -p sitrep-runtime --example fetcher_bench [-- NUM_FEEDS]`

use std::future::Future;
use std::io::{BufRead, BufReader, Write as _};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use sitrep_contract::topics::Topics;
use sitrep_fetcher::{AddressPolicy, FeedSpec, FetchLimits, Fetcher, SchedulePolicy};
use sitrep_runtime::config::FetcherSettings;
use sitrep_runtime::fetch::{FetchLoop, Ownership, StateStore};
use sitrep_transport::{OutMessage, Producer, TransportError};
use tokio_util::sync::CancellationToken;

const NUM_HOSTS: usize = 500;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("serve") {
        return serve(args.get(2).map(String::as_str) == Some("delta"));
    }
    let num_feeds: usize = args.get(1).map_or(Ok(10_000), |n| n.parse())?;
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?
        .block_on(async {
            bench(num_feeds, false).await?;
            bench(num_feeds, true).await
        })
}

// ---- the fetcher side --------------------------------------------------------------

/// Counts messages and bytes and drops them: the bench measures the fetcher, not a bus.
#[derive(Default)]
struct CountingProducer {
    num_messages: AtomicU64,
    num_bytes: AtomicU64,
}

impl Producer for CountingProducer {
    fn send<'life0, 'async_trait>(
        &'life0 self,
        message: OutMessage,
    ) -> Pin<Box<dyn Future<Output = Result<(), TransportError>> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        Self: 'async_trait,
    {
        self.num_messages.fetch_add(1, Ordering::Relaxed);
        self.num_bytes
            .fetch_add(message.payload.len() as u64, Ordering::Relaxed);
        Box::pin(async { Ok(()) })
    }

    fn flush<'life0, 'async_trait>(
        &'life0 self,
        _timeout: Duration,
    ) -> Pin<Box<dyn Future<Output = Result<(), TransportError>> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        Self: 'async_trait,
    {
        Box::pin(async { Ok(()) })
    }
}

/// The server child: its port, and a control channel over its stdin and stdout.
struct Server {
    child: std::process::Child,
    port: u16,
    stdin: std::process::ChildStdin,
    stdout: BufReader<std::process::ChildStdout>,
}

/// What the server sent so far.
#[derive(Clone, Copy)]
struct Sent {
    bytes: u64,
    requests: u64,
    not_modified: u64,
    deltas: u64,
}

impl Server {
    fn ask(&mut self, command: &str) -> anyhow::Result<String> {
        writeln!(self.stdin, "{command}")?;
        self.stdin.flush()?;
        let mut line = String::new();
        self.stdout.read_line(&mut line)?;
        Ok(line.trim().to_owned())
    }

    fn sent(&mut self) -> anyhow::Result<Sent> {
        let line = self.ask("stats")?;
        let numbers: Vec<u64> = line
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<_, _>>()?;
        anyhow::ensure!(numbers.len() == 4, "bad stats line {line:?}");
        Ok(Sent {
            bytes: numbers[0],
            requests: numbers[1],
            not_modified: numbers[2],
            deltas: numbers[3],
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(delta: bool) -> anyhow::Result<Server> {
    let mut child = std::process::Command::new(std::env::current_exe()?)
        .arg("serve")
        .arg(if delta { "delta" } else { "full" })
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    let stdin = child
        .stdin
        .take()
        .ok_or_else(|| anyhow::anyhow!("no stdin"))?;
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| anyhow::anyhow!("no stdout"))?;
    let mut stdout = BufReader::new(stdout);
    let mut line = String::new();
    stdout.read_line(&mut line)?;
    let port = line.trim().parse()?;
    Ok(Server {
        child,
        port,
        stdin,
        stdout,
    })
}

async fn bench(num_feeds: usize, delta: bool) -> anyhow::Result<()> {
    let mut server = start_server(delta)?;
    let port = server.port;
    let feeds: Vec<FeedSpec> = (0..num_feeds)
        .map(|n| {
            let host = n % NUM_HOSTS;
            let url = format!(
                "http://127.0.{}.{}:{port}/feed/{n}",
                host / 200 + 1,
                host % 200 + 1
            );
            FeedSpec::new(&url, None, None)
        })
        .collect::<Result<_, _>>()?;
    let limits = FetchLimits {
        address_policy: AddressPolicy::AllowPrivate,
        ..FetchLimits::default()
    };
    let settings = FetcherSettings {
        feeds,
        feed_intervals: Default::default(),
        poll_interval: Duration::from_secs(300),
        schedule: SchedulePolicy::default(),
        limits: limits.clone(),
        max_concurrent_fetches: 64,
        max_concurrent_per_host: 2,
        state_file: None,
        websub: None,
        feeds_file: None,
    };
    let state_dir = tempfile::tempdir()?;
    let state_file = state_dir.path().join("fetcher-state.json");
    let producer = Arc::new(CountingProducer::default());
    println!(
        "fetcher bench: {num_feeds} feeds on {NUM_HOSTS} hosts, 2 worker threads, \
         at most 64 polls in flight and 2 per host; the server {}",
        if delta {
            "answers changed feeds with RFC 3229 deltas (226 IM Used)"
        } else {
            "sends changed feeds whole (no RFC 3229)"
        }
    );
    let mut cycle_bytes = Vec::new();
    for cycle in 1..=2 {
        if cycle == 2 {
            server.ask("advance")?;
        }
        let before = server.sent()?;
        let messages_before = producer.num_messages.load(Ordering::Relaxed);
        let cpu_before = cpu_seconds();
        let started = Instant::now();
        let fetch = FetchLoop {
            settings: settings.clone(),
            fetcher: Arc::new(Fetcher::new(limits.clone())?),
            source: None,
            producer: producer.clone(),
            topics: Topics::with_prefix("bench."),
            store: StateStore::File {
                path: state_file.clone(),
            },
            ownership: Ownership::All,
            websub_listener: None,
            max_message_bytes: sitrep_runtime::config::DEFAULT_MAX_MESSAGE_BYTES,
            reload: None,
            control: None,
        };
        fetch.run(CancellationToken::new(), true).await?;
        let elapsed = started.elapsed();
        let cpu = cpu_seconds() - cpu_before;
        let after = server.sent()?;
        let bytes = after.bytes - before.bytes;
        let requests = after.requests - before.requests;
        let not_modified = after.not_modified - before.not_modified;
        let deltas = after.deltas - before.deltas;
        let items = producer.num_messages.load(Ordering::Relaxed) - messages_before;
        cycle_bytes.push(bytes);
        println!(
            "cycle {cycle}: {:.2} s wall, {cpu:.2} s CPU, {requests} requests ({not_modified} answered 304, {deltas} 226), \
             {:.1} MB sent by the server, {items} entries emitted, peak RSS so far {:.0} MB",
            elapsed.as_secs_f64(),
            bytes as f64 / 1e6,
            peak_rss_mb()
        );
    }
    let share = cycle_bytes[1] as f64 / cycle_bytes[0].max(1) as f64;
    println!(
        "second cycle bytes: {:.1}% of the first; peak RSS {:.0} MB (targets: < 30 s a cycle, \
         < 150 MB, < 10%)",
        share * 100.0,
        peak_rss_mb()
    );
    std::io::stdout().flush()?;
    drop(server);
    Ok(())
}

/// User plus system CPU seconds of this process, from /proc (Linux).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    // Fields after the command name (which may hold spaces) start at the state (field 3).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15, that is 11 and 12 after the state.
    (ticks(11) + ticks(12)) / 100.0
}

/// Peak resident set size in MB (VmHWM), from /proc (Linux).
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

// ---- the server side (a child process) ---------------------------------------------

#[derive(Default)]
struct Counters {
    /// Second cycle or later: 20% of the feeds have two new entries.
    advanced: std::sync::atomic::AtomicBool,
    bytes: AtomicU64,
    requests: AtomicU64,
    not_modified: AtomicU64,
    /// Answers with RFC 3229 deltas when asked.
    delta: bool,
    deltas: AtomicU64,
}

fn serve(delta: bool) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?
        .block_on(async {
            let counters = Arc::new(Counters {
                delta,
                ..Counters::default()
            });
            let control = counters.clone();
            // Commands from the parent on stdin: `advance` (the second cycle's documents)
            // and `stats` (bytes, requests and 304s so far), each answered with one line.
            std::thread::spawn(move || {
                for command in std::io::stdin().lock().lines() {
                    let Ok(command) = command else { break };
                    let reply = match command.trim() {
                        "advance" => {
                            control.advanced.store(true, Ordering::SeqCst);
                            "ok".to_owned()
                        }
                        _ => format!(
                            "{} {} {} {}",
                            control.bytes.load(Ordering::SeqCst),
                            control.requests.load(Ordering::SeqCst),
                            control.not_modified.load(Ordering::SeqCst),
                            control.deltas.load(Ordering::SeqCst)
                        ),
                    };
                    let mut stdout = std::io::stdout().lock();
                    let _ = writeln!(stdout, "{reply}");
                    let _ = stdout.flush();
                }
            });
            let router = Router::new()
                .route("/feed/{n}", get(feed))
                .with_state(counters);
            let listener = tokio::net::TcpListener::bind("0.0.0.0:0").await?;
            println!("{}", listener.local_addr()?.port());
            std::io::stdout().flush()?;
            axum::serve(listener, router).await?;
            anyhow::Ok(())
        })
}

/// Status line and headers of a response, roughly, counted with the body.
const HEADER_BYTES: u64 = 150;

async fn feed(
    State(counters): State<Arc<Counters>>,
    Path(n): Path<usize>,
    headers: HeaderMap,
) -> Response {
    counters.requests.fetch_add(1, Ordering::Relaxed);
    let changed = counters.advanced.load(Ordering::Relaxed) && n % 5 == 1;
    let version = usize::from(changed);
    let etag = format!("\"{n}-v{version}\"");
    let if_none_match = headers
        .get("if-none-match")
        .and_then(|value| value.to_str().ok());
    if if_none_match == Some(etag.as_str()) {
        counters.not_modified.fetch_add(1, Ordering::Relaxed);
        counters.bytes.fetch_add(HEADER_BYTES, Ordering::Relaxed);
        return Response::builder()
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .expect("a response");
    }
    let num_entries = match n % 20 {
        0 => 200,
        1..=5 => 50,
        _ => 10,
    };
    let base = format!("\"{n}-v0\"");
    let wants_delta = headers
        .get("a-im")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|im| im.split(',').any(|m| m.trim() == "feed"));
    if counters.delta && changed && wants_delta && if_none_match == Some(base.as_str()) {
        // The two entries added since the base instance, newest first.
        let body = document(n, num_entries, 2);
        counters.deltas.fetch_add(1, Ordering::Relaxed);
        counters
            .bytes
            .fetch_add(body.len() as u64 + HEADER_BYTES, Ordering::Relaxed);
        return Response::builder()
            .status(StatusCode::from_u16(226).expect("226 IM Used"))
            .header("content-type", "application/rss+xml")
            .header("etag", etag)
            .header("im", "feed")
            .body(Body::from(body))
            .expect("a response");
    }
    let body = document(n, version * 2, num_entries);
    counters
        .bytes
        .fetch_add(body.len() as u64 + HEADER_BYTES, Ordering::Relaxed);
    Response::builder()
        .status(StatusCode::OK)
        .header("content-type", "application/rss+xml")
        .header("etag", etag)
        .body(Body::from(body))
        .expect("a response")
}

/// Feed `n`'s document: entries `first .. first + num_entries`, newest first.
fn document(n: usize, first: usize, num_entries: usize) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>\
         <title>Bench feed {n}</title><link>https://bench.example/{n}</link>\
         <description>Feed {n}</description>"
    );
    for i in (first..first + num_entries).rev() {
        xml.push_str(&format!(
            "<item><title>Feed {n} entry {i}: forces report an overnight strike</title>\
             <link>https://bench.example/{n}/{i}</link><guid>bench-{n}-{i}</guid>\
             <pubDate>Fri, 13 Mar 2020 00:00:00 GMT</pubDate>\
             <description>Officials said on Thursday that the strike hit a depot near the \
             border, the ministry said in a statement; no casualties were reported in \
             the attack, entry {i} of feed {n}.</description></item>"
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}
