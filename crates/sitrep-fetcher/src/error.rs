//! `FetchError`: why one poll of one feed failed. The variant decides what the service
//! does: transport and 5xx errors are retried with backoff, a document that cannot be
//! decoded or parsed is dead-lettered with its bytes ([`FetchError::body`]).

use std::time::Duration;

/// Why one poll of one feed failed (`url` is always the feed's masked URL, `message` the
/// client's or reader's words).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The HTTP client could not be built (at start, not per feed).
    #[error("could not build the HTTP client: {message}")]
    Client {
        /// The client builder's message.
        message: String,
    },
    /// No complete response within the total timeout.
    #[error("feed {url}: no complete response within {after:?}")]
    Timeout {
        /// The feed's URL.
        url: String,
        /// The timeout that passed.
        after: Duration,
    },
    /// No connection (refused, unreachable, TLS failed, the name does not resolve).
    #[error("feed {url}: could not connect: {message}")]
    Connect {
        /// The feed's URL.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// An answer other than 2xx or 304 (and not a redirect followed).
    #[error("feed {url}: HTTP status {status}")]
    Status {
        /// The feed's URL.
        url: String,
        /// The status code.
        status: u16,
        /// The `Retry-After` header as sent, for 429 and 503 answers.
        retry_after: Option<String>,
    },
    /// A redirect not followed (too many, no `Location`, a scheme not allowed).
    #[error("feed {url}: redirect refused: {message}")]
    Redirect {
        /// The feed's URL.
        url: String,
        /// Why it was refused.
        message: String,
    },
    /// The feed's host resolves only to addresses the policy refuses.
    #[error("feed {url}: refused: {host} is not a public address")]
    RefusedAddress {
        /// The feed's URL.
        url: String,
        /// The host refused.
        host: String,
    },
    /// The body passed the limit (counted after decompression).
    #[error("feed {url}: body larger than {max_bytes} bytes")]
    TooLarge {
        /// The feed's URL.
        url: String,
        /// The limit.
        max_bytes: usize,
    },
    /// The text is not a feed document, even after repair.
    #[error("feed {url}: not a feed document: {message}")]
    Parse {
        /// The feed's URL.
        url: String,
        /// The parser's message.
        message: String,
        /// The body as received, for the dead letter.
        body: Vec<u8>,
    },
    /// A local (`file:`) feed could not be read.
    #[error("feed {url}: {message}")]
    Io {
        /// The feed's URL.
        url: String,
        /// The operating system's message.
        message: String,
    },
    /// The request failed otherwise (the connection dropped mid-body, a bad answer).
    #[error("feed {url}: request failed: {message}")]
    Request {
        /// The feed's URL.
        url: String,
        /// The client's message.
        message: String,
    },
}

impl FetchError {
    /// A short, bounded label for metrics, logs and dead letters.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Client { .. } => "client",
            FetchError::Timeout { .. } => "timeout",
            FetchError::Connect { .. } => "connect",
            FetchError::Status { status, .. } if (400..500).contains(status) => "http_4xx",
            FetchError::Status { status, .. } if (500..600).contains(status) => "http_5xx",
            FetchError::Status { .. } => "http_status",
            FetchError::Redirect { .. } => "redirect",
            FetchError::RefusedAddress { .. } => "refused_address",
            FetchError::TooLarge { .. } => "too_large",
            FetchError::Parse { .. } => "parse_error",
            FetchError::Io { .. } => "io",
            FetchError::Request { .. } => "request",
        }
    }

    /// The fetched bytes, for errors about the document itself (to dead-letter them).
    pub fn body(&self) -> Option<&[u8]> {
        match self {
            FetchError::Parse { body, .. } => Some(body),
            _ => None,
        }
    }

    /// The HTTP status, for errors that are a status.
    pub fn status(&self) -> Option<u16> {
        match self {
            FetchError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// 410 Gone: the publisher retired the feed.
    pub fn is_gone(&self) -> bool {
        self.status() == Some(410)
    }

    /// The `Retry-After` header of a 429 or 503 answer, as sent.
    pub fn retry_after(&self) -> Option<&str> {
        match self {
            FetchError::Status { retry_after, .. } => retry_after.as_deref(),
            _ => None,
        }
    }

    /// How long the server asked to wait (`Retry-After` of a 429 or 503), from `now`.
    pub fn retry_after_delay(&self, now: chrono::DateTime<chrono::Utc>) -> Option<Duration> {
        self.retry_after()
            .and_then(|value| crate::parse_retry_after(value, now))
    }

    /// Whether the document itself is bad (dead-letter it) rather than the transport
    /// or the server (retry later).
    pub fn is_bad_document(&self) -> bool {
        matches!(self, FetchError::Parse { .. })
    }
}

/// One line from an error and its sources: `a: b: c`.
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    one_line(&message)
}

/// `text` with line breaks replaced, so a Display stays on one line.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_bounded_by_status_class() {
        let status = |status| FetchError::Status {
            url: "u".into(),
            status,
            retry_after: None,
        };
        assert_eq!(status(404).kind(), "http_4xx");
        assert_eq!(status(429).kind(), "http_4xx");
        assert_eq!(status(503).kind(), "http_5xx");
        assert_eq!(status(302).kind(), "http_status");
        let parse = FetchError::Parse {
            url: "u".into(),
            message: "m".into(),
            body: b"<x".to_vec(),
        };
        assert_eq!(parse.body(), Some(&b"<x"[..]));
        assert!(parse.is_bad_document());
        assert_eq!(parse.to_string(), "feed u: not a feed document: m");
    }

    #[test]
    fn one_line_joins_lines() {
        assert_eq!(one_line("a\nb\r\n  c"), "a b c");
    }
}
