//! The fetcher's WebSub settings (`[fetcher.websub]`): where the callback server listens,
//! the URL hubs reach it at, and what one client may hold of it.

use std::net::SocketAddr;
use std::time::Duration;

use url::Url;

/// How the fetcher takes pushes (`[fetcher.websub]`).
#[derive(Debug, Clone, PartialEq)]
pub struct WebSubSettings {
    /// Where the callback server listens.
    pub listen: SocketAddr,
    /// The public URL hubs reach that server at; callbacks are `{callback_base}/websub/{feed_id}`.
    pub callback_base: Url,
    /// The lease asked for; the hub may grant another.
    pub lease: Duration,
    /// What the callback server lets one client hold.
    pub limits: CallbackLimits,
}

/// Bounds on the callback server, so no client (a hub or anyone who finds the port) can
/// hold the fetcher's memory or its connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallbackLimits {
    /// Connections open at once. At the cap a new connection closes the oldest one that
    /// has not sent its whole request head; with none such, the new one is closed.
    pub max_connections: usize,
    /// Bytes of pushed bodies held at once, read or waiting to be read; a body that would
    /// pass it is answered 503 with `Retry-After`.
    pub max_buffered_bytes: usize,
    /// A request's head must arrive within this; else the connection is closed.
    pub header_timeout: Duration,
    /// A request's body must arrive within this; else 408 and the connection is closed.
    pub body_timeout: Duration,
}

impl Default for CallbackLimits {
    fn default() -> Self {
        Self {
            max_connections: 64,
            max_buffered_bytes: 64 * 1024 * 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
        }
    }
}

impl WebSubSettings {
    pub fn callback(&self, feed_id: &str) -> Option<Url> {
        let base = self.callback_base.as_str().trim_end_matches('/');
        Url::parse(&format!("{base}/websub/{feed_id}")).ok()
    }
}
