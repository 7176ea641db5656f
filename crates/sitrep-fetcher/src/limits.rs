//! `FetchLimits`: how long and how much one poll of one feed may take.

use std::time::Duration;

use url::Url;

use crate::AddressPolicy;

/// What one poll may take and read.
#[derive(Clone, PartialEq, Eq)]
pub struct FetchLimits {
    /// Longest wait for a connection.
    pub connect_timeout: Duration,
    /// From the start of the request to the last byte of the body.
    pub total_timeout: Duration,
    /// Largest body read, counted after decompression: a gzip bomb is cut off here.
    pub max_body_bytes: usize,
    /// Entries past this many in one document are left out.
    pub max_entries: usize,
    /// The `User-Agent` header sent.
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

/// The proxy URL may carry credentials: Debug shows it masked.
impl std::fmt::Debug for FetchLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FetchLimits")
            .field("connect_timeout", &self.connect_timeout)
            .field("total_timeout", &self.total_timeout)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("max_entries", &self.max_entries)
            .field("user_agent", &self.user_agent)
            .field("max_redirects", &self.max_redirects)
            .field("address_policy", &self.address_policy)
            .field(
                "proxy",
                &self
                    .proxy
                    .as_ref()
                    .map(|proxy| sitrep_contract::redact::mask_url(proxy.as_str())),
            )
            .finish()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_masks_the_proxy_credentials() {
        let limits = FetchLimits {
            proxy: Url::parse("http://bot:pr0xy-pw@proxy.internal:3128").ok(),
            ..FetchLimits::default()
        };
        let shown = format!("{limits:?}");
        assert!(!shown.contains("pr0xy-pw"), "{shown}");
        assert!(shown.contains("http://***@proxy.internal:3128/"), "{shown}");
    }
}
