//! `FetchError`: why one poll of one feed failed. The variant decides what the service
//! does: transport and 5xx errors are retried with backoff, a document that cannot be
//! decoded or parsed is dead-lettered with its bytes ([`FetchError::body`]).

use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("could not build the HTTP client: {message}")]
    Client { message: String },
    #[error("feed {url}: no complete response within {after:?}")]
    Timeout { url: String, after: Duration },
    #[error("feed {url}: could not connect: {message}")]
    Connect { url: String, message: String },
    #[error("feed {url}: HTTP status {status}")]
    Status {
        url: String,
        status: u16,
        /// The `Retry-After` header as sent, for 429 and 503 answers.
        retry_after: Option<String>,
    },
    #[error("feed {url}: redirect refused: {message}")]
    Redirect { url: String, message: String },
    #[error("feed {url}: refused: {host} is not a public address")]
    RefusedAddress { url: String, host: String },
    #[error("feed {url}: body larger than {max_bytes} bytes")]
    TooLarge { url: String, max_bytes: usize },
    #[error("feed {url}: {message}")]
    Charset {
        url: String,
        message: String,
        body: Vec<u8>,
    },
    #[error("feed {url}: not a feed document: {message}")]
    Parse {
        url: String,
        message: String,
        body: Vec<u8>,
    },
    #[error("feed {url}: {message}")]
    Io { url: String, message: String },
    #[error("feed {url}: request failed: {message}")]
    Request { url: String, message: String },
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
            FetchError::Charset { .. } => "bad_charset",
            FetchError::Parse { .. } => "parse_error",
            FetchError::Io { .. } => "io",
            FetchError::Request { .. } => "request",
        }
    }

    /// The fetched bytes, for errors about the document itself (to dead-letter them).
    pub fn body(&self) -> Option<&[u8]> {
        match self {
            FetchError::Charset { body, .. } | FetchError::Parse { body, .. } => Some(body),
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
        matches!(self, FetchError::Charset { .. } | FetchError::Parse { .. })
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
