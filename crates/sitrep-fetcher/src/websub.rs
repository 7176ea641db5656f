//! WebSub (W3C Recommendation, 2018): the subscriber's side, without the HTTP server.
//!
//! A feed that names a hub (`<link rel="hub">` in Atom, `<atom:link rel="hub">` in RSS)
//! can push its new entries instead of waiting to be polled:
//!
//! 1. discovery: [`HubLink`] comes from the feed document (the hub, and the feed's `self`
//!    URL as the topic);
//! 2. subscription: [`Fetcher::subscribe`](crate::Fetcher::subscribe) posts the request to
//!    the hub with a callback URL and a fresh secret;
//! 3. verification of intent: the hub calls the callback with a challenge, which the
//!    service echoes only for a subscription it asked for;
//! 4. content distribution: the hub posts the new content to the callback, signed with
//!    the secret ([`verify_signature`]); the service reads it like a polled document.
//!
//! Polling goes on at the slowest interval as a safety net: a push that never came, or
//! was lost in a crash after it was acknowledged, is still read from the feed.

use ring::hmac;
use url::Url;

/// Where a feed's updates are pushed from, as the feed document declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubLink {
    /// The hub's URL (`rel="hub"`).
    pub hub: Url,
    /// The URL the hub knows the feed by: its `rel="self"` link, else the URL it was
    /// fetched from.
    pub topic: Url,
}

/// The hub and topic of a document's links (`rel` and `href` pairs), if it names an
/// http(s) hub. Relative links were already resolved against the feed's URL.
pub fn hub_link<'a>(
    links: impl IntoIterator<Item = (Option<&'a str>, &'a str)>,
    feed_url: &Url,
) -> Option<HubLink> {
    let mut hub = None;
    let mut topic = None;
    for (rel, href) in links {
        let Some(rel) = rel else { continue };
        let Ok(url) = feed_url.join(href.trim()) else {
            continue;
        };
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        if rel.eq_ignore_ascii_case("hub") && hub.is_none() {
            hub = Some(url);
        } else if rel.eq_ignore_ascii_case("self") && topic.is_none() {
            topic = Some(url);
        }
    }
    Some(HubLink {
        hub: hub?,
        topic: topic.unwrap_or_else(|| feed_url.clone()),
    })
}

/// Why pushed content was not taken. The hub still gets a 2xx answer (the spec asks
/// for that, so a forger learns nothing); the content is dropped and counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// The push carries no signature.
    #[error("no X-Hub-Signature header")]
    Missing,
    /// The signature is not `method=hex`.
    #[error("X-Hub-Signature is not method=hex")]
    Malformed,
    /// The signature's method is not one of the SHA-2 HMACs.
    #[error("X-Hub-Signature method is not sha256, sha384 or sha512")]
    UnsupportedMethod,
    /// The signature is not the body's under the subscription's secret.
    #[error("X-Hub-Signature does not match the body")]
    Mismatch,
}

impl SignatureError {
    /// A short, bounded label for metrics.
    pub fn kind(self) -> &'static str {
        match self {
            SignatureError::Missing => "signature_missing",
            SignatureError::Malformed => "signature_malformed",
            SignatureError::UnsupportedMethod => "signature_method",
            SignatureError::Mismatch => "signature_mismatch",
        }
    }
}

/// Checks an `X-Hub-Signature` value (`sha256=<hex>`; sha384 and sha512 too) against
/// the HMAC of `body` under `secret`, in constant time. sha1, which the spec still
/// allows, is refused.
pub fn verify_signature(
    secret: &[u8],
    header: Option<&str>,
    body: &[u8],
) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let (method, digest) = header
        .trim()
        .split_once('=')
        .ok_or(SignatureError::Malformed)?;
    let algorithm = match method.to_ascii_lowercase().as_str() {
        "sha256" => hmac::HMAC_SHA256,
        "sha384" => hmac::HMAC_SHA384,
        "sha512" => hmac::HMAC_SHA512,
        _ => return Err(SignatureError::UnsupportedMethod),
    };
    let tag = hex::decode(digest.trim()).map_err(|_| SignatureError::Malformed)?;
    let key = hmac::Key::new(algorithm, secret);
    hmac::verify(&key, body, &tag).map_err(|_| SignatureError::Mismatch)
}

/// The `X-Hub-Signature` value a hub sends for `body` under `secret` (sha256).
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
    format!("sha256={}", hex::encode(hmac::sign(&key, body).as_ref()))
}

/// A fresh random secret for one subscription: 32 bytes from the system's generator, as
/// 64 hex digits (the spec allows up to 200 bytes). None if the system has no randomness.
pub fn new_secret() -> Option<String> {
    use ring::rand::SecureRandom as _;
    let mut bytes = [0u8; 32];
    ring::rand::SystemRandom::new().fill(&mut bytes).ok()?;
    Some(hex::encode(bytes))
}

/// A subscription request to send to a hub.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscribeRequest {
    /// The hub asked.
    pub hub: Url,
    /// The feed, as the hub knows it.
    pub topic: Url,
    /// Where the hub pushes to (the fetcher's callback, naming the feed).
    pub callback: Url,
    /// At most 200 bytes, per the spec.
    pub secret: String,
    /// How long the subscription is asked to last.
    pub lease_seconds: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("url")
    }

    #[test]
    fn finds_the_hub_and_the_self_link() {
        let feed = url("https://wire.example/feed.xml");
        let links = [
            (Some("alternate"), "https://wire.example/"),
            (Some("hub"), "https://hub.example/"),
            (Some("self"), "https://wire.example/rss"),
            (Some("hub"), "https://second-hub.example/"),
        ];
        assert_eq!(
            hub_link(links, &feed),
            Some(HubLink {
                hub: url("https://hub.example/"),
                topic: url("https://wire.example/rss"),
            })
        );
    }

    #[test]
    fn the_topic_falls_back_to_the_feed_url_and_relative_hubs_resolve() {
        let feed = url("https://wire.example/feeds/all.xml");
        assert_eq!(
            hub_link([(Some("HUB"), "/websub")], &feed),
            Some(HubLink {
                hub: url("https://wire.example/websub"),
                topic: feed.clone(),
            })
        );
    }

    #[test]
    fn no_hub_or_a_non_http_hub_is_no_link() {
        let feed = url("https://wire.example/feed.xml");
        assert_eq!(
            hub_link([(Some("self"), "https://wire.example/")], &feed),
            None
        );
        assert_eq!(
            hub_link([(Some("hub"), "mailto:hub@example.org")], &feed),
            None
        );
        assert_eq!(hub_link([(None, "https://hub.example/")], &feed), None);
    }

    #[test]
    fn a_signature_made_with_the_secret_verifies() {
        let body = b"<rss><channel><item><guid>1</guid></item></channel></rss>";
        let header = sign(b"s3cret", body);
        assert!(header.starts_with("sha256="));
        assert_eq!(verify_signature(b"s3cret", Some(&header), body), Ok(()));
        assert_eq!(
            verify_signature(
                b"s3cret",
                Some(&header.to_uppercase().replace("SHA256", "sha256")),
                body
            ),
            Ok(()),
            "hex digits in either case"
        );
    }

    #[test]
    fn a_wrong_secret_a_changed_body_or_a_bad_header_is_refused() {
        let body = b"payload";
        let header = sign(b"s3cret", body);
        assert_eq!(
            verify_signature(b"other", Some(&header), body),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_signature(b"s3cret", Some(&header), b"payload!"),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_signature(b"s3cret", None, body),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify_signature(b"s3cret", Some("sha256"), body),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify_signature(b"s3cret", Some("sha256=zz"), body),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify_signature(b"s3cret", Some("sha1=00"), body),
            Err(SignatureError::UnsupportedMethod)
        );
    }

    #[test]
    fn secrets_are_fresh_hex() {
        let (a, b) = (new_secret().expect("random"), new_secret().expect("random"));
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn sha512_signatures_verify_too() {
        let key = hmac::Key::new(hmac::HMAC_SHA512, b"k");
        let header = format!("sha512={}", hex::encode(hmac::sign(&key, b"body").as_ref()));
        assert_eq!(verify_signature(b"k", Some(&header), b"body"), Ok(()));
    }
}
