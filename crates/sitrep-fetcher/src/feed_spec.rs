//! `FeedSpec`: one feed to poll, with its URL checked, its id fixed and the credentials
//! its requests carry.

use sitrep_contract::redact::{mask_url, Secret};
use sitrep_contract::{FeedId, FeedRef};
use url::Url;

/// A feed the fetcher polls: an `http`, `https` or `file` URL, its id and display name.
#[derive(Clone, PartialEq, Eq)]
pub struct FeedSpec {
    /// Where the feed is, as configured. It may carry credentials (user information, a key
    /// in the query): shown only through [`FeedSpec::shown_url`].
    pub url: Url,
    /// The feed's id: the configured one, else derived from the URL.
    pub id: FeedId,
    /// The display name, when configured.
    pub name: Option<String>,
    /// What its requests carry beyond the URL.
    pub credentials: FeedCredentials,
}

/// What a feed's requests carry beyond its URL, read from the environment or from files
/// at start (never from the feeds file), sent only to the feed's own origin.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedCredentials {
    /// Request headers: name and value (`Authorization`, `X-Api-Key`).
    pub headers: Vec<(String, Secret)>,
    /// Query parameters added to the URL of each request: name and value.
    pub query: Vec<(String, Secret)>,
}

impl std::fmt::Debug for FeedSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeedSpec")
            .field("url", &self.shown_url())
            .field("id", &self.id)
            .field("name", &self.name)
            .field("credentials", &self.credentials)
            .finish()
    }
}

impl FeedCredentials {
    /// No header and no query parameter.
    pub fn is_empty(&self) -> bool {
        self.headers.is_empty() && self.query.is_empty()
    }
}

/// Why a configured feed cannot be polled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedSpecError {
    /// The configured text is not a URL.
    #[error("feed {url:?}: not a URL: {reason}")]
    InvalidUrl {
        /// The text as configured (masked).
        url: String,
        /// The URL parser's reason.
        reason: String,
    },
    /// A URL whose scheme is not `http`, `https` or `file`.
    #[error("feed {url}: scheme {scheme:?} is not supported (http, https or file)")]
    UnsupportedScheme {
        /// The URL, masked.
        url: String,
        /// Its scheme.
        scheme: String,
    },
    /// An id was configured, but empty.
    #[error("feed {url}: the configured id is empty")]
    EmptyId {
        /// The feed's URL, masked.
        url: String,
    },
}

impl FeedSpec {
    /// Checks `url` and fixes the feed id: the configured id when there is one, else the
    /// canonical URL (lowercase scheme and host, no default port, no fragment).
    pub fn new(
        url: &str,
        configured_id: Option<&str>,
        name: Option<String>,
    ) -> Result<Self, FeedSpecError> {
        let shown = mask_url(url.trim());
        let mut parsed = Url::parse(url.trim()).map_err(|error| FeedSpecError::InvalidUrl {
            url: shown.clone(),
            reason: error.to_string(),
        })?;
        match parsed.scheme() {
            "http" | "https" if parsed.host_str().is_some_and(|host| !host.is_empty()) => {}
            "http" | "https" => {
                return Err(FeedSpecError::InvalidUrl {
                    url: shown,
                    reason: "no host".to_owned(),
                })
            }
            "file" => {}
            scheme => {
                return Err(FeedSpecError::UnsupportedScheme {
                    url: shown,
                    scheme: scheme.to_owned(),
                })
            }
        }
        parsed.set_fragment(None);
        let id = match configured_id.map(str::trim) {
            Some("") => {
                return Err(FeedSpecError::EmptyId {
                    url: mask_url(parsed.as_str()),
                })
            }
            Some(configured) => FeedId::for_feed(configured),
            None => FeedId::for_feed(parsed.as_str()),
        };
        let name = name
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty());
        Ok(Self {
            url: parsed,
            id,
            name,
            credentials: FeedCredentials::default(),
        })
    }

    /// The same feed, its requests carrying `credentials`.
    pub fn with_credentials(self, credentials: FeedCredentials) -> Self {
        Self {
            credentials,
            ..self
        }
    }

    /// The URL as logs, errors, dead letters and raw items show it: user information and
    /// secret-named query parameters masked.
    pub fn shown_url(&self) -> String {
        mask_url(self.url.as_str())
    }

    /// The feed as raw items name it (its URL masked).
    pub fn feed_ref(&self) -> FeedRef {
        FeedRef {
            id: self.id.clone(),
            url: self.shown_url(),
            name: self.name.clone(),
        }
    }

    /// Whether the feed is a local file (`file:` URL).
    pub fn is_file(&self) -> bool {
        self.url.scheme() == "file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_canonical_url_or_the_configured_id() {
        let a = FeedSpec::new("HTTPS://Example.ORG:443/rss#x", None, None).expect("valid");
        let b = FeedSpec::new("https://example.org/rss", None, None).expect("valid");
        assert_eq!(a.url.as_str(), "https://example.org/rss");
        assert_eq!(a.id, b.id);
        assert_eq!(a.id, FeedId::for_feed("https://example.org/rss"));
        let configured =
            FeedSpec::new("https://example.org/rss", Some("reuters-world"), None).expect("valid");
        assert_eq!(configured.id, FeedId::for_feed("reuters-world"));
        let file =
            FeedSpec::new("file:///srv/feeds/a.xml", None, Some(" Local ".into())).expect("valid");
        assert!(file.is_file());
        assert_eq!(file.feed_ref().name.as_deref(), Some("Local"));
    }

    #[test]
    fn refuses_what_cannot_be_polled() {
        let kinds = |url: &str, id: Option<&str>| {
            FeedSpec::new(url, id, None)
                .err()
                .map(|error| error.to_string())
        };
        assert!(kinds("not a url", None).is_some_and(|e| e.contains("not a URL")));
        assert!(kinds("ftp://example.org/rss", None).is_some_and(|e| e.contains("ftp")));
        assert!(kinds("https://example.org/rss", Some("  ")).is_some_and(|e| e.contains("empty")));
        assert!(kinds("http://", None).is_some());
        assert!(kinds("ftp://u:hunter2@example.org/rss", None)
            .is_some_and(|e| !e.contains("hunter2") && e.contains("***@example.org")));
    }

    #[test]
    fn raw_items_and_logs_show_the_url_masked() {
        let feed = FeedSpec::new(
            "https://bot:hunter2@wire.example/rss?api_key=k3y&lang=en",
            None,
            None,
        )
        .expect("valid");
        assert_eq!(
            feed.shown_url(),
            "https://***@wire.example/rss?api_key=***&lang=en"
        );
        assert_eq!(feed.feed_ref().url, feed.shown_url());
        assert_eq!(
            feed.id,
            FeedId::for_feed("https://bot:hunter2@wire.example/rss?api_key=k3y&lang=en"),
            "the id is a hash of the real URL, as before"
        );
    }
}
