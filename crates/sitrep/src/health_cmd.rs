//! `sitrep health`: asks a running sitrep's admin server whether it is ready (`/readyz`)
//! or alive (`/healthz`) and exits 0 or 1, for a container's HEALTHCHECK: the image has
//! no curl or wget, and needs none.
//!
//! The admin address comes from the same settings `run` reads (defaults, then the file
//! given with `--config`, then `SITREP_*` variables), so the check follows the image's
//! `SITREP_ADMIN__LISTEN`; an unspecified address (`0.0.0.0`, `::`) is asked on loopback.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context as _;
use clap::Args;
use sitrep_runtime::Settings;

/// How long connecting, sending and reading may each take: a HEALTHCHECK's own timeout
/// is longer, so a hung server reads as unhealthy here, not as a killed check.
const IO_TIMEOUT: Duration = Duration::from_secs(2);

/// At most this much of an answer is read: a status line, a few headers and a reason.
const MAX_ANSWER_BYTES: u64 = 16 * 1024;

#[derive(Args)]
pub struct HealthArgs {
    #[arg(long)]
    config: Option<PathBuf>,
    /// Ask `/healthz` (the process runs) instead of `/readyz` (it can do its work).
    #[arg(long)]
    live: bool,
    /// The admin server to ask, as HOST:PORT, instead of `admin.listen`.
    #[arg(long)]
    addr: Option<SocketAddr>,
}

pub fn run(args: HealthArgs) -> anyhow::Result<()> {
    let addr = match args.addr {
        Some(addr) => addr,
        None => {
            let settings = Settings::load(args.config.as_deref())?;
            let listen = settings
                .admin_listen
                .context("admin.enabled is false: there is no admin server to ask")?;
            loopback_if_unspecified(listen)
        }
    };
    let path = if args.live { "/healthz" } else { "/readyz" };
    let (status, body) = get(addr, path).with_context(|| format!("http://{addr}{path}"))?;
    let reason = body.split_whitespace().collect::<Vec<_>>().join(" ");
    anyhow::ensure!(
        status == 200,
        "http://{addr}{path} answered {status}: {reason}"
    );
    println!("{path}: {status} {reason}");
    Ok(())
}

fn loopback_if_unspecified(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => (Ipv4Addr::LOCALHOST, addr.port()).into(),
        IpAddr::V6(ip) if ip.is_unspecified() => (Ipv6Addr::LOCALHOST, addr.port()).into(),
        _ => addr,
    }
}

/// One HTTP/1.0 GET: the status code and the body as text.
fn get(addr: SocketAddr, path: &str) -> anyhow::Result<(u16, String)> {
    let mut stream = TcpStream::connect_timeout(&addr, IO_TIMEOUT).context("connect")?;
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    let request = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).context("send")?;
    let mut answer = Vec::new();
    stream
        .take(MAX_ANSWER_BYTES)
        .read_to_end(&mut answer)
        .context("read")?;
    parse_answer(&String::from_utf8_lossy(&answer))
}

fn parse_answer(answer: &str) -> anyhow::Result<(u16, String)> {
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse::<u16>().ok())
        .filter(|_| answer.starts_with("HTTP/"))
        .with_context(|| {
            format!(
                "not an HTTP answer: {:?}",
                answer.chars().take(40).collect::<String>()
            )
        })?;
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, body)| body)
        .to_owned();
    Ok((status, body))
}

#[cfg(test)]
mod tests {
    use std::net::TcpListener;

    use super::*;

    /// Serves `answer` once on a loopback port and runs the check against it.
    fn check(answer: &'static str, live: bool, expected: Result<&str, &str>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let server = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().expect("accept");
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf).expect("request") {
                    0 => break,
                    read => request.extend_from_slice(&buf[..read]),
                }
            }
            stream.write_all(answer.as_bytes()).expect("answer");
            String::from_utf8_lossy(&request).into_owned()
        });
        let result = run(HealthArgs {
            config: None,
            live,
            addr: Some(addr),
        });
        let request = server.join().expect("server");
        let path = if live { "/healthz" } else { "/readyz" };
        assert!(request.starts_with(&format!("GET {path} ")), "{request}");
        match (result, expected) {
            (Ok(()), Ok(_)) => {}
            (Err(error), Err(wanted)) => {
                let text = format!("{error:#}");
                assert!(text.contains(wanted), "{text:?} lacks {wanted:?}");
            }
            (result, expected) => panic!("{result:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn ready_answers_pass_and_others_fail_with_the_reason() {
        check("HTTP/1.1 200 OK\r\n\r\nready\n", false, Ok(""));
        check("HTTP/1.1 200 OK\r\n\r\nok\n", true, Ok(""));
        check(
            "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 24\r\n\r\nbroker not reachable\n",
            false,
            Err("answered 503: broker not reachable"),
        );
        check("SSH-2.0-OpenSSH\r\n", false, Err("not an HTTP answer"));
    }

    #[test]
    fn nobody_listening_fails_naming_the_address() {
        let addr = {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
            listener.local_addr().expect("addr")
        };
        let error = run(HealthArgs {
            config: None,
            live: false,
            addr: Some(addr),
        })
        .expect_err("nobody listens");
        assert!(format!("{error:#}").contains(&format!("http://{addr}/readyz")));
    }

    #[test]
    fn an_unspecified_listen_address_is_asked_on_loopback() {
        let check = |listen: &str, asked: &str| {
            let listen: SocketAddr = listen.parse().expect("address");
            assert_eq!(loopback_if_unspecified(listen).to_string(), asked);
        };
        check("0.0.0.0:9464", "127.0.0.1:9464");
        check("[::]:9464", "[::1]:9464");
        check("10.1.2.3:9464", "10.1.2.3:9464");
    }
}
