//! `FeedSpec`: one feed to poll, with its URL checked and its id fixed.

use sitrep_contract::{FeedId, FeedRef};
use url::Url;

/// A feed the fetcher polls: an `http`, `https` or `file` URL, its id and display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedSpec {
    pub url: Url,
    pub id: FeedId,
    pub name: Option<String>,
}

/// Why a configured feed cannot be polled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedSpecError {
    #[error("feed {url:?}: not a URL: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("feed {url}: scheme {scheme:?} is not supported (http, https or file)")]
    UnsupportedScheme { url: String, scheme: String },
    #[error("feed {url}: the configured id is empty")]
    EmptyId { url: String },
}

impl FeedSpec {
    /// Checks `url` and fixes the feed id: the configured id when there is one, else the
    /// canonical URL (lowercase scheme and host, no default port, no fragment).
    pub fn new(
        url: &str,
        configured_id: Option<&str>,
        name: Option<String>,
    ) -> Result<Self, FeedSpecError> {
        let mut parsed = Url::parse(url.trim()).map_err(|error| FeedSpecError::InvalidUrl {
            url: url.to_owned(),
            reason: error.to_string(),
        })?;
        match parsed.scheme() {
            "http" | "https" if parsed.host_str().is_some_and(|host| !host.is_empty()) => {}
            "http" | "https" => {
                return Err(FeedSpecError::InvalidUrl {
                    url: url.to_owned(),
                    reason: "no host".to_owned(),
                })
            }
            "file" => {}
            scheme => {
                return Err(FeedSpecError::UnsupportedScheme {
                    url: url.to_owned(),
                    scheme: scheme.to_owned(),
                })
            }
        }
        parsed.set_fragment(None);
        let id = match configured_id.map(str::trim) {
            Some("") => {
                return Err(FeedSpecError::EmptyId {
                    url: url.to_owned(),
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
        })
    }

    /// The feed as raw items name it.
    pub fn feed_ref(&self) -> FeedRef {
        FeedRef {
            id: self.id.clone(),
            url: self.url.to_string(),
            name: self.name.clone(),
        }
    }

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
    }
}
