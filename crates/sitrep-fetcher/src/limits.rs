//! `FetchLimits`: how long and how much one poll of one feed may take.

use std::time::Duration;

use url::Url;

use crate::AddressPolicy;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchLimits {
    pub connect_timeout: Duration,
    /// From the start of the request to the last byte of the body.
    pub total_timeout: Duration,
    /// Largest body read, counted after decompression: a gzip bomb is cut off here.
    pub max_body_bytes: usize,
    /// Entries past this many in one document are left out.
    pub max_entries: usize,
    pub user_agent: String,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Which addresses feeds may resolve to: public only unless a local setup says otherwise.
    pub address_policy: AddressPolicy,
    /// The HTTP(S) proxy every request goes through, from sitrep's settings only (the
    /// `HTTP_PROXY` family of variables is ignored). With a proxy, names are resolved and
    /// checked against `address_policy` by sitrep before each request.
    pub proxy: Option<Url>,
}

impl Default for FetchLimits {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_body_bytes: 10 * 1024 * 1024,
            max_entries: 1000,
            user_agent: format!(
                "sitrep/{} (+https://github.com/sitrep)",
                env!("CARGO_PKG_VERSION")
            ),
            max_redirects: 5,
            address_policy: AddressPolicy::PublicOnly,
            proxy: None,
        }
    }
}
