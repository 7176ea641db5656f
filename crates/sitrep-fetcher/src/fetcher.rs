//! `Fetcher`: one poll of one feed. Conditional GET, limits enforced while the body
//! streams in, transcoding and parsing, and the entries not emitted before.
//!
//! The fetcher does not change any state: the service applies the outcome with
//! [`FeedState::record_success`] once the items are acknowledged downstream.

use chrono::{DateTime, Utc};
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{redirect, Response, StatusCode};
use sitrep_contract::redact::{mask_url, mask_urls_in};
use sitrep_contract::{ItemId, RawItem};
use tokio::io::AsyncReadExt;
use url::Url;

use std::sync::Arc;

use crate::address_policy::{check_host, check_literal_host, PublicOnlyResolver};
use crate::error::error_chain;
use crate::parse::parse_feed_with_charset;
use crate::{
    AddressPolicy, FeedSpec, FeedState, FetchError, FetchLimits, Fingerprint, HubLink, Novelty,
    RefusedAddress, Repairs, SubscribeRequest, Validators,
};

const ACCEPT: &str = "application/rss+xml, application/atom+xml, application/feed+json, \
    application/rdf+xml;q=0.9, application/xml;q=0.9, application/json;q=0.8, text/xml;q=0.8, */*;q=0.5";

/// The RFC 3229 request header that asks for a delta instead of the whole document.
const A_IM: header::HeaderName = header::HeaderName::from_static("a-im");

/// Documents up to this size are parsed on the async executor, larger ones on a
/// blocking thread.
const INLINE_PARSE_BYTES: usize = 16 * 1024;

/// What one poll found. One exists per poll and is moved, never stored, so the size
/// of `Fetched` costs nothing worth a box.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PollOutcome {
    /// The server answered 304: nothing changed since the validators were issued.
    NotModified,
    /// The server sent a document, and it was read.
    Fetched {
        /// Entries not in the state's emitted window, or in it with other text (edited
        /// since), in document order.
        items: Vec<RawItem>,
        /// How many of `items` are edits of entries emitted before.
        num_edited: usize,
        /// The id and text fingerprint of every entry read: what the state records once
        /// `items` are acknowledged.
        entries: Vec<(ItemId, Fingerprint)>,
        /// The validators to store once the items are acknowledged.
        validators: Validators,
        /// Entries the document holds (also those already emitted or past the limit).
        num_entries: usize,
        /// Body bytes read (after decompression).
        num_bytes: usize,
        /// The WebSub hub the document names, if any.
        hub: Option<HubLink>,
        /// What the document needed mending before it could be read (empty for most).
        repairs: Repairs,
        /// The link and id of every entry read that has a link: what the state records
        /// (with [`FeedState::record_links`]) once `items` are acknowledged.
        links: Vec<(String, ItemId)>,
    },
}

/// One poll's outcome and where it ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Polled {
    /// What the poll got.
    pub outcome: PollOutcome,
    /// The final URL when the poll was redirected and every hop was permanent (301 or
    /// 308); None when it was not redirected, or a hop was temporary.
    pub permanent_redirect: Option<Url>,
}

/// Polls feeds over HTTP(S) or from files. Cheap to share: it holds one connection pool.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    limits: FetchLimits,
    /// One per core: documents parsed at once. More would not parse faster, and each
    /// holds its body and its parsed tree (a burst of large feeds held them all at once).
    parse_slots: Arc<tokio::sync::Semaphore>,
}

impl Fetcher {
    /// A fetcher with its HTTP client built for `limits`.
    ///
    /// # Errors
    /// [`FetchError::Client`] when the HTTP client cannot be built.
    pub fn new(limits: FetchLimits) -> Result<Self, FetchError> {
        let address_policy = limits.address_policy;
        // Redirects are followed by `get`, hop by hop, so it can tell permanent ones.
        let redirect_policy = redirect::Policy::none();
        let mut builder = reqwest::Client::builder()
            .user_agent(limits.user_agent.clone())
            .connect_timeout(limits.connect_timeout)
            .timeout(limits.total_timeout)
            .redirect(redirect_policy)
            .gzip(true)
            .brotli(true)
            .deflate(true)
            // Proxies from the environment would take names past the address check.
            .no_proxy();
        match &limits.proxy {
            Some(proxy) => {
                // The client resolves only the proxy's name (the operator's choice, often
                // on the private network); feed names are checked in `guard` instead.
                let proxy =
                    reqwest::Proxy::all(proxy.as_str()).map_err(|error| FetchError::Client {
                        message: format!("fetcher.proxy_url: {}", error_chain(&error)),
                    })?;
                builder = builder.proxy(proxy);
            }
            None if address_policy == AddressPolicy::PublicOnly => {
                builder = builder.dns_resolver(Arc::new(PublicOnlyResolver));
            }
            None => {}
        }
        let client = builder.build().map_err(|error| FetchError::Client {
            message: error_chain(&error),
        })?;
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        Ok(Self {
            client,
            limits,
            parse_slots: Arc::new(tokio::sync::Semaphore::new(cores)),
        })
    }

    /// The limits it was built with.
    pub fn limits(&self) -> &FetchLimits {
        &self.limits
    }

    /// Fetches one feed; returns only entries not in `state`'s emitted window. Does not
    /// change `state`: the caller records the outcome once the items are acknowledged.
    pub async fn poll(
        &self,
        feed: &FeedSpec,
        state: &FeedState,
        now: DateTime<Utc>,
    ) -> Result<PollOutcome, FetchError> {
        self.poll_feed(feed, state, now)
            .await
            .map(|polled| polled.outcome)
    }

    /// [`Fetcher::poll`], also telling where redirects ended.
    pub async fn poll_feed(
        &self,
        feed: &FeedSpec,
        state: &FeedState,
        now: DateTime<Utc>,
    ) -> Result<Polled, FetchError> {
        let url = feed.shown_url();
        let deadline = self.limits.total_timeout;
        let fetched = if feed.is_file() {
            (self.read_file(feed).await?, None)
        } else {
            match tokio::time::timeout(deadline, self.get(feed, &state.validators)).await {
                Ok(result) => result?,
                Err(_elapsed) => {
                    return Err(FetchError::Timeout {
                        url,
                        after: deadline,
                    })
                }
            }
        };
        let (fetched, permanent_redirect) = fetched;
        let Some(document) = fetched else {
            return Ok(Polled {
                outcome: PollOutcome::NotModified,
                permanent_redirect,
            });
        };
        Ok(Polled {
            outcome: self.read_document(feed, state, document, now).await?,
            permanent_redirect,
        })
    }

    /// Reads a document a WebSub hub pushed for `feed` (its whole feed, or only the new
    /// entries): the same parse and the same emitted-id window as a poll, under the same
    /// body limit. The state's validators are kept: they belong to the last GET.
    pub async fn read_pushed(
        &self,
        feed: &FeedSpec,
        state: &FeedState,
        body: Vec<u8>,
        content_type: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<PollOutcome, FetchError> {
        let max_bytes = self.limits.max_body_bytes;
        if body.len() > max_bytes {
            return Err(FetchError::TooLarge {
                url: feed.shown_url(),
                max_bytes,
            });
        }
        let document = Document {
            body,
            validators: state.validators.clone(),
            charset: content_type.and_then(charset_param),
        };
        self.read_document(feed, state, document, now).await
    }

    /// Parses a document and keeps the entries `state` has not emitted (or emitted with
    /// other text).
    async fn read_document(
        &self,
        feed: &FeedSpec,
        state: &FeedState,
        document: Document,
        now: DateTime<Utc>,
    ) -> Result<PollOutcome, FetchError> {
        let url = feed.shown_url();
        let feed_ref = feed.feed_ref();
        let max_entries = self.limits.max_entries;
        let num_bytes = document.body.len();
        let (body, charset) = (document.body, document.charset);
        let parsed = if num_bytes <= INLINE_PARSE_BYTES {
            // A small document (a pushed entry, a short feed) parses in tens of
            // microseconds: cheaper here than a hand-off to a blocking thread and back.
            parse_feed_with_charset(&feed_ref, &body, charset.as_deref(), now, max_entries)?
        } else {
            // Parsing a large document is CPU work: off the async executor, so it never
            // holds up the polls of other feeds. The semaphore is never closed, so the
            // permit always comes.
            let slot = self.parse_slots.clone().acquire_owned().await.ok();
            tokio::task::spawn_blocking(move || {
                let parsed =
                    parse_feed_with_charset(&feed_ref, &body, charset.as_deref(), now, max_entries);
                drop((body, slot));
                parsed
            })
            .await
            .map_err(|error| FetchError::Parse {
                url: url.clone(),
                message: format!("the parser stopped: {error}"),
                body: Vec::new(),
            })??
        };
        let mut entries = Vec::with_capacity(parsed.items.len());
        let mut links = Vec::new();
        let mut items = Vec::new();
        let mut num_edited = 0;
        for mut item in parsed.items {
            if let Some(link) = item.link.as_deref() {
                // A link an earlier document gave another entry: shared, though this
                // document holds it once.
                if !item.shared_link && state.link_is_anothers(link, &item.id) {
                    item.shared_link = true;
                }
                links.push((link.to_owned(), item.id.clone()));
            }
            let fingerprint = Fingerprint::of(&item);
            entries.push((item.id.clone(), fingerprint));
            match state.novelty(&item.id, fingerprint) {
                Novelty::New => items.push(item),
                Novelty::Edited => {
                    num_edited += 1;
                    items.push(item);
                }
                Novelty::Seen => {}
            }
        }
        Ok(PollOutcome::Fetched {
            items,
            num_edited,
            entries,
            validators: document.validators,
            num_entries: parsed.num_entries,
            num_bytes,
            hub: parsed.hub,
            repairs: parsed.repairs,
            links,
        })
    }

    /// Asks `request.hub` for a subscription (WebSub 5.1). The hub answers 202 Accepted
    /// and then verifies the intent at the callback; the subscription is active only once
    /// the callback echoed its challenge.
    pub async fn subscribe(&self, request: &SubscribeRequest) -> Result<(), FetchError> {
        let url = mask_url(request.hub.as_str());
        self.guard(&request.hub, &url).await?;
        let lease = request.lease_seconds.to_string();
        let form = [
            ("hub.mode", "subscribe"),
            ("hub.topic", request.topic.as_str()),
            ("hub.callback", request.callback.as_str()),
            ("hub.secret", request.secret.as_str()),
            ("hub.lease_seconds", lease.as_str()),
        ];
        let response = tokio::time::timeout(
            self.limits.total_timeout,
            self.client.post(request.hub.clone()).form(&form).send(),
        )
        .await
        .map_err(|_elapsed| FetchError::Timeout {
            url: url.clone(),
            after: self.limits.total_timeout,
        })?
        .map_err(|error| transport_error(&url, self, &error))?;
        let status = response.status();
        if status.is_success() {
            Ok(())
        } else {
            Err(FetchError::Status {
                url,
                status: status.as_u16(),
                retry_after: header_text(response.headers(), header::RETRY_AFTER),
            })
        }
    }

    /// Refuses a request to `target` the address policy does not allow, before anything
    /// is sent: IP literals always; names too when a proxy would otherwise resolve them
    /// out of sight (without a proxy, the client's resolver checks them).
    async fn guard(&self, target: &Url, feed_url: &str) -> Result<(), FetchError> {
        let policy = self.limits.address_policy;
        let checked = if self.limits.proxy.is_some() {
            check_host(target, policy).await
        } else {
            check_literal_host(target, policy)
        };
        checked.map_err(|refused| FetchError::RefusedAddress {
            url: feed_url.to_owned(),
            host: refused.host,
        })
    }

    /// A conditional GET that follows up to `max_redirects` redirects; `None` for 304 Not
    /// Modified. Also returns the final URL when every redirect hop was permanent.
    async fn get(
        &self,
        feed: &FeedSpec,
        validators: &Validators,
    ) -> Result<(Option<Document>, Option<Url>), FetchError> {
        let url = feed.shown_url();
        let mut current = feed.url.clone();
        let mut num_redirects = 0;
        let mut all_permanent = true;
        let response = loop {
            self.guard(&current, &url).await?;
            let mut request = self
                .client
                .get(with_query_credentials(&current, feed))
                .header(header::ACCEPT, ACCEPT);
            if same_origin(&current, &feed.url) {
                for (name, value) in &feed.credentials.headers {
                    request = request.header(name.as_str(), value.expose());
                }
            }
            if let Some(etag) = validators.etag.as_deref().and_then(header_value) {
                // RFC 3229 with the "feed" instance manipulation: a server that supports
                // it answers 226 IM Used with only the entries newer than this ETag's
                // instance, others ignore the header. Either way the emitted-id window
                // decides what is new, so a delta document is read like any other.
                request = request
                    .header(header::IF_NONE_MATCH, etag)
                    .header(A_IM, "feed");
            }
            if let Some(date) = validators.last_modified.as_deref().and_then(header_value) {
                request = request.header(header::IF_MODIFIED_SINCE, date);
            }
            let response = request
                .send()
                .await
                .map_err(|error| transport_error(&url, self, &error))?;
            let status = response.status();
            if !status.is_redirection() || status == StatusCode::NOT_MODIFIED {
                break response;
            }
            let redirect_error = |message: String| FetchError::Redirect {
                url: url.clone(),
                message,
            };
            let location = header_text(response.headers(), header::LOCATION)
                .ok_or_else(|| redirect_error(format!("{status} without a Location")))?;
            let next = current.join(&location).map_err(|e| {
                redirect_error(format!("bad Location {:?}: {e}", mask_urls_in(&location)))
            })?;
            if !matches!(next.scheme(), "http" | "https") {
                return Err(redirect_error(format!("to a {} URL", next.scheme())));
            }
            num_redirects += 1;
            if num_redirects > self.limits.max_redirects {
                return Err(redirect_error(
                    TooManyRedirects {
                        max_redirects: self.limits.max_redirects,
                    }
                    .to_string(),
                ));
            }
            all_permanent &= matches!(
                status,
                StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
            );
            current = next;
        };
        let permanent_redirect = (num_redirects > 0 && all_permanent).then_some(current);
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok((None, permanent_redirect));
        }
        if !status.is_success() {
            return Err(FetchError::Status {
                url,
                status: status.as_u16(),
                retry_after: header_text(response.headers(), header::RETRY_AFTER),
            });
        }
        let validators = Validators {
            etag: header_text(response.headers(), header::ETAG),
            last_modified: header_text(response.headers(), header::LAST_MODIFIED),
        };
        let charset = header_text(response.headers(), header::CONTENT_TYPE)
            .and_then(|value| charset_param(&value));
        let body = self.read_body(&url, response).await?;
        Ok((
            Some(Document {
                body,
                validators,
                charset,
            }),
            permanent_redirect,
        ))
    }

    /// Reads the body chunk by chunk and stops as soon as it passes the limit. The chunks
    /// are already decompressed, so the limit holds for compressed bodies too.
    async fn read_body(&self, url: &str, mut response: Response) -> Result<Vec<u8>, FetchError> {
        let max_bytes = self.limits.max_body_bytes;
        let too_large = || FetchError::TooLarge {
            url: url.to_owned(),
            max_bytes,
        };
        if response
            .content_length()
            .is_some_and(|length| length > max_bytes as u64)
        {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| transport_error(url, self, &error))?
        {
            if body.len() + chunk.len() > max_bytes {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    async fn read_file(&self, feed: &FeedSpec) -> Result<Option<Document>, FetchError> {
        let url = feed.shown_url();
        let io_error = |error: std::io::Error| FetchError::Io {
            url: url.clone(),
            message: error_chain(&error),
        };
        let path = feed.url.to_file_path().map_err(|()| FetchError::Io {
            url: url.clone(),
            message: "not a local file path".to_owned(),
        })?;
        let file = tokio::fs::File::open(&path).await.map_err(io_error)?;
        let max_bytes = self.limits.max_body_bytes;
        let mut body = Vec::new();
        let limit = u64::try_from(max_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        file.take(limit)
            .read_to_end(&mut body)
            .await
            .map_err(io_error)?;
        if body.len() > max_bytes {
            return Err(FetchError::TooLarge { url, max_bytes });
        }
        Ok(Some(Document {
            body,
            validators: Validators::default(),
            charset: None,
        }))
    }
}

/// A fetched document before parsing.
struct Document {
    body: Vec<u8>,
    validators: Validators,
    charset: Option<String>,
}

/// `url` with the feed's query credentials added, when it is on the feed's own origin
/// (a redirect to another host does not get them).
fn with_query_credentials(url: &Url, feed: &FeedSpec) -> Url {
    if feed.credentials.query.is_empty() || !same_origin(url, &feed.url) {
        return url.clone();
    }
    let mut url = url.clone();
    {
        let mut pairs = url.query_pairs_mut();
        for (name, value) in &feed.credentials.query {
            pairs.append_pair(name, value.expose());
        }
    }
    url
}

/// Whether `a` and `b` share scheme, host and port: credentials go only there.
pub(crate) fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// `url` names the feed as shown (masked); the client's message may quote the URL it
/// requested, credentials and all, so it is masked too.
fn transport_error(url: &str, fetcher: &Fetcher, error: &reqwest::Error) -> FetchError {
    let url = url.to_owned();
    let message = mask_urls_in(&error_chain(error));
    if let Some(refused) = find_source::<RefusedAddress>(error) {
        return FetchError::RefusedAddress {
            url,
            host: refused.host.clone(),
        };
    }
    if find_source::<TooManyRedirects>(error).is_some() {
        return FetchError::Redirect { url, message };
    }
    if error.is_timeout() {
        FetchError::Timeout {
            url,
            after: fetcher.limits.total_timeout,
        }
    } else if error.is_redirect() {
        FetchError::Redirect { url, message }
    } else if error.is_connect() {
        FetchError::Connect { url, message }
    } else {
        FetchError::Request { url, message }
    }
}

/// The first error of type `T` in `error`'s source chain.
fn find_source<T: std::error::Error + 'static>(error: &reqwest::Error) -> Option<&T> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(cause) = source {
        if let Some(found) = cause.downcast_ref::<T>() {
            return Some(found);
        }
        source = cause.source();
    }
    None
}

/// A redirect chain longer than the limit.
#[derive(Debug, thiserror::Error)]
#[error("more than {max_redirects} redirects")]
struct TooManyRedirects {
    max_redirects: usize,
}

fn header_value(text: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(text).ok()
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|value| value.to_str().ok())
        .map(|text| text.trim().to_owned())
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_owned())
            .filter(|value| !value.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_charset_parameter() {
        assert_eq!(
            charset_param("application/rss+xml; charset=ISO-8859-1").as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(
            charset_param("text/xml;Charset=\"utf-8\"").as_deref(),
            Some("utf-8")
        );
        assert_eq!(charset_param("text/xml"), None);
        assert_eq!(charset_param("text/xml; charset="), None);
    }
}
