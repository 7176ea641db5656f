//! `Fetcher::poll` against a real local HTTP server scripted per test.

use std::convert::Infallible;
use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use flate2::write::GzEncoder;
use flate2::Compression;
use sitrep_fetcher::{
    AddressPolicy, FeedSpec, FeedState, FetchLimits, Fingerprint, PollOutcome, Validators,
};

use crate::harness::{feed_at, fetcher, fixture, now, spawn_server, SeenRequests};

fn response(status: StatusCode, headers: &[(&str, &str)], body: impl Into<Body>) -> Response {
    let mut builder = Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.into()).expect("a valid response")
}

fn rss(body: Vec<u8>) -> Response {
    response(
        StatusCode::OK,
        &[("content-type", "application/rss+xml")],
        body,
    )
}

fn fetched(outcome: PollOutcome) -> (Vec<sitrep_contract::RawItem>, Validators, usize, usize) {
    match outcome {
        PollOutcome::Fetched {
            items,
            validators,
            num_entries,
            num_bytes,
            ..
        } => (items, validators, num_entries, num_bytes),
        PollOutcome::NotModified => panic!("expected a fetched document, got 304"),
    }
}

/// What the state records once `items` are acknowledged.
fn acked(items: &[sitrep_contract::RawItem]) -> Vec<(sitrep_contract::ItemId, Fingerprint)> {
    items
        .iter()
        .map(|item| (item.id.clone(), Fingerprint::of(item)))
        .collect()
}

/// Limits for tests: a 1 MiB body, and loopback allowed (the test server lives there).
fn small_limits() -> FetchLimits {
    FetchLimits {
        max_body_bytes: 1024 * 1024,
        total_timeout: Duration::from_secs(10),
        address_policy: AddressPolicy::AllowPrivate,
        ..FetchLimits::default()
    }
}

#[tokio::test]
async fn conditional_get_round_trip() {
    let seen = SeenRequests::default();
    let router = Router::new().route(
        "/feed",
        get({
            let seen = seen.clone();
            move |headers: HeaderMap| async move {
                seen.record(&headers);
                if headers
                    .get(header::IF_NONE_MATCH)
                    .is_some_and(|etag| etag == "\"v1\"")
                {
                    return response(
                        StatusCode::NOT_MODIFIED,
                        &[("etag", "\"v1\"")],
                        Body::empty(),
                    );
                }
                response(
                    StatusCode::OK,
                    &[
                        ("etag", "\"v1\""),
                        ("last-modified", "Thu, 12 Mar 2020 23:00:00 GMT"),
                    ],
                    fixture("rss2.xml"),
                )
            }
        }),
    );
    let addr = spawn_server(router).await;
    let feed = feed_at(addr, "/feed");
    let fetcher = fetcher(small_limits());
    let mut state = FeedState::default();

    let (items, validators, num_entries, num_bytes) = fetched(
        fetcher
            .poll(&feed, &state, now())
            .await
            .expect("first poll"),
    );
    assert_eq!(items.len(), 3);
    assert_eq!(num_entries, 3);
    assert_eq!(num_bytes, fixture("rss2.xml").len());
    assert_eq!(validators.etag.as_deref(), Some("\"v1\""));
    assert_eq!(
        validators.last_modified.as_deref(),
        Some("Thu, 12 Mar 2020 23:00:00 GMT")
    );
    assert!(items
        .iter()
        .all(|item| item.feed.name.as_deref() == Some("Test Feed")));
    state.record_success(validators, acked(&items));

    let second = fetcher
        .poll(&feed, &state, now())
        .await
        .expect("second poll");
    assert_eq!(second, PollOutcome::NotModified);

    let requests = seen.all();
    assert_eq!(requests.len(), 2);
    assert!(requests[0].get(header::IF_NONE_MATCH).is_none());
    assert_eq!(
        requests[1].get(header::IF_NONE_MATCH).map(|v| v.as_bytes()),
        Some(&b"\"v1\""[..])
    );
    assert_eq!(
        requests[1]
            .get(header::IF_MODIFIED_SINCE)
            .map(|v| v.as_bytes()),
        Some(&b"Thu, 12 Mar 2020 23:00:00 GMT"[..])
    );
    let user_agent = requests[0]
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(user_agent.starts_with("sitrep/"), "{user_agent}");
}

#[tokio::test]
async fn entries_already_emitted_are_not_returned_again_even_under_a_new_etag() {
    let served = Arc::new(AtomicUsize::new(0));
    let router = Router::new().route(
        "/feed",
        get({
            let served = served.clone();
            move || async move {
                let version = served.fetch_add(1, Ordering::SeqCst);
                let etag = format!("\"v{version}\"");
                response(
                    StatusCode::OK,
                    &[("etag", etag.as_str())],
                    fixture("rss2.xml"),
                )
            }
        }),
    );
    let addr = spawn_server(router).await;
    let feed = feed_at(addr, "/feed");
    let fetcher = fetcher(small_limits());
    let mut state = FeedState::default();

    let (items, validators, _, _) =
        fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    assert_eq!(items.len(), 3);
    let first_id = items[0].id.clone();
    state.record_success(validators, acked(&items[..1]));

    let (items, validators, num_entries, _) =
        fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    assert_eq!(num_entries, 3);
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|item| item.id != first_id));
    state.record_success(validators, acked(&items));

    let (items, validators, num_entries, _) =
        fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    assert!(
        items.is_empty(),
        "a changed ETag with unchanged entries emits nothing"
    );
    assert_eq!(num_entries, 3);
    assert_eq!(validators.etag.as_deref(), Some("\"v2\""));
}

#[tokio::test]
async fn an_entry_edited_after_it_was_emitted_is_emitted_again_once() {
    let served = Arc::new(AtomicUsize::new(0));
    let router = Router::new().route(
        "/feed",
        get({
            let served = served.clone();
            move || async move {
                // The second entry's toll is corrected from the third answer on.
                let toll = if served.fetch_add(1, Ordering::SeqCst) < 2 {
                    3
                } else {
                    5
                };
                let xml = format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
                     <item><title>Storm warning</title><guid>w-1</guid></item>\
                     <item><title>Strike kills {toll}</title><guid>w-2</guid>\
                     <description>The strike killed {toll} people.</description></item>\
                     </channel></rss>"
                );
                response(StatusCode::OK, &[], xml.into_bytes())
            }
        }),
    );
    let addr = spawn_server(router).await;
    let feed = feed_at(addr, "/feed");
    let fetcher = fetcher(small_limits());
    let mut state = FeedState::default();

    // Polls once and records the outcome as acknowledged: (emitted items, how many edits).
    let poll_and_ack = async |state: &mut FeedState| {
        let polled = fetcher.poll_feed(&feed, state, now()).await.expect("poll");
        let PollOutcome::Fetched {
            items,
            num_edited,
            entries,
            validators,
            ..
        } = polled.outcome
        else {
            panic!("expected a document");
        };
        state.record_success(validators, entries);
        (items, num_edited)
    };

    let (items, num_edited) = poll_and_ack(&mut state).await;
    assert_eq!((items.len(), num_edited), (2, 0));
    let (items, _) = poll_and_ack(&mut state).await;
    assert!(items.is_empty(), "unchanged entries are not emitted again");
    let (items, num_edited) = poll_and_ack(&mut state).await;
    assert_eq!(num_edited, 1);
    let titles: Vec<&str> = items.iter().filter_map(|i| i.title.as_deref()).collect();
    assert_eq!(
        titles,
        ["Strike kills 5"],
        "only the edited entry, with its new text"
    );
    let (items, _) = poll_and_ack(&mut state).await;
    assert!(items.is_empty(), "an edit is emitted once");
}

/// An RSS document of entries `first..last`, newest first.
fn rss_entries(first: usize, last: usize) -> Vec<u8> {
    let mut xml =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Delta</title>");
    for i in (first..last).rev() {
        xml.push_str(&format!(
            "<item><title>Entry {i}</title><guid>delta-{i}</guid>\
             <link>https://delta.example/{i}</link></item>"
        ));
    }
    xml.push_str("</channel></rss>");
    xml.into_bytes()
}

#[tokio::test]
async fn a_delta_answer_of_rfc_3229_carries_only_the_new_entries() {
    let seen = SeenRequests::default();
    let router = Router::new().route(
        "/feed",
        get({
            let seen = seen.clone();
            move |headers: HeaderMap| async move {
                seen.record(&headers);
                let delta_of_v1 = headers
                    .get(header::IF_NONE_MATCH)
                    .is_some_and(|e| e == "\"v1\"")
                    && headers.get("a-im").is_some_and(|im| im == "feed");
                if delta_of_v1 {
                    // 226 IM Used: only what was added since "v1".
                    return response(
                        StatusCode::from_u16(226).expect("226"),
                        &[("etag", "\"v2\""), ("im", "feed")],
                        rss_entries(3, 5),
                    );
                }
                response(StatusCode::OK, &[("etag", "\"v1\"")], rss_entries(0, 3))
            }
        }),
    );
    let addr = spawn_server(router).await;
    let feed = feed_at(addr, "/feed");
    let fetcher = fetcher(small_limits());
    let mut state = FeedState::default();

    let (items, validators, _, _) =
        fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    assert_eq!(items.len(), 3);
    state.record_success(validators, acked(&items));

    let (items, validators, num_entries, _) = fetched(
        fetcher
            .poll(&feed, &state, now())
            .await
            .expect("delta poll"),
    );
    assert_eq!(num_entries, 2);
    let titles: Vec<&str> = items
        .iter()
        .filter_map(|item| item.title.as_deref())
        .collect();
    assert_eq!(titles, ["Entry 4", "Entry 3"]);
    assert_eq!(validators.etag.as_deref(), Some("\"v2\""));

    let requests = seen.all();
    assert!(requests[0].get("a-im").is_none(), "no delta without a base");
    assert_eq!(
        requests[1].get("a-im").map(|v| v.as_bytes()),
        Some(&b"feed"[..])
    );
}

#[tokio::test]
async fn polling_does_not_change_the_state() {
    let router = Router::new().route("/feed", get(|| async { rss(fixture("rss2.xml")) }));
    let addr = spawn_server(router).await;
    let feed = feed_at(addr, "/feed");
    let fetcher = fetcher(small_limits());
    let state = FeedState::default();
    let (first, ..) = fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    let (second, ..) = fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    assert_eq!(
        first, second,
        "unacknowledged items come again (at least once)"
    );
    assert_eq!(state, FeedState::default());
}

#[tokio::test]
async fn error_statuses_are_classified() {
    let router = Router::new()
        .route(
            "/500",
            get(|| async { response(StatusCode::INTERNAL_SERVER_ERROR, &[], "boom") }),
        )
        .route(
            "/503",
            get(|| async {
                response(
                    StatusCode::SERVICE_UNAVAILABLE,
                    &[("retry-after", "120")],
                    "",
                )
            }),
        )
        .route(
            "/429",
            get(|| async {
                response(
                    StatusCode::TOO_MANY_REQUESTS,
                    &[("retry-after", "Fri, 13 Mar 2020 00:05:00 GMT")],
                    "",
                )
            }),
        )
        .route(
            "/410",
            get(|| async { response(StatusCode::GONE, &[], "") }),
        );
    let addr = spawn_server(router).await;
    let fetcher = fetcher(small_limits());
    let state = FeedState::default();
    let cases = [
        ("/500", "http_5xx", 500, None, None),
        ("/503", "http_5xx", 503, Some("120"), Some(120)),
        (
            "/429",
            "http_4xx",
            429,
            Some("Fri, 13 Mar 2020 00:05:00 GMT"),
            Some(300),
        ),
        ("/410", "http_4xx", 410, None, None),
        ("/missing", "http_4xx", 404, None, None),
    ];
    for (path, kind, status, retry_after, wait_secs) in cases {
        let feed = feed_at(addr, path);
        let error = fetcher
            .poll(&feed, &state, now())
            .await
            .expect_err("an error status");
        assert_eq!(error.kind(), kind, "{path}: {error}");
        assert_eq!(error.status(), Some(status), "{path}");
        assert_eq!(error.retry_after(), retry_after, "{path}");
        assert_eq!(
            error.retry_after_delay(now()).map(|wait| wait.as_secs()),
            wait_secs,
            "{path}"
        );
        assert!(error.to_string().contains(&feed.url.to_string()), "{error}");
        assert!(error.body().is_none());
    }
}

/// A server that takes the request and never answers: only the fetcher's total timeout can
/// end the poll. On a paused clock (tokio moves it forward while the runtime waits on the
/// socket alone) the poll gives up exactly when the total timeout says, not at the 10 s
/// connect timeout or any later one, however loaded the machine is.
#[tokio::test(start_paused = true)]
async fn a_server_that_never_answers_hits_the_total_timeout() {
    let router = Router::new().route(
        "/slow",
        get(|| async {
            std::future::pending::<()>().await;
            rss(fixture("rss2.xml"))
        }),
    );
    let addr = spawn_server(router).await;
    let total_timeout = Duration::from_millis(300);
    let limits = FetchLimits {
        total_timeout,
        ..small_limits()
    };
    assert!(limits.connect_timeout > total_timeout);
    let fetcher = fetcher(limits);
    let started = tokio::time::Instant::now();
    let error = fetcher
        .poll(&feed_at(addr, "/slow"), &FeedState::default(), now())
        .await
        .expect_err("times out");
    assert_eq!(error.kind(), "timeout", "{error}");
    assert_eq!(
        started.elapsed(),
        total_timeout,
        "gave up at the total timeout (paused clock)"
    );
}

#[tokio::test]
async fn a_body_that_never_ends_is_cut_off_without_reading_it_all() {
    let served = Arc::new(AtomicUsize::new(0));
    let router = Router::new().route(
        "/huge",
        get({
            let served = served.clone();
            move || async move {
                let chunk = Bytes::from(vec![b' '; 64 * 1024]);
                let stream = futures::stream::repeat_with(move || {
                    served.fetch_add(chunk.len(), Ordering::SeqCst);
                    Ok::<_, Infallible>(chunk.clone())
                });
                response(
                    StatusCode::OK,
                    &[("content-type", "application/rss+xml")],
                    Body::from_stream(stream),
                )
            }
        }),
    );
    let addr = spawn_server(router).await;
    let fetcher = fetcher(small_limits());
    let error = fetcher
        .poll(&feed_at(addr, "/huge"), &FeedState::default(), now())
        .await
        .expect_err("too large");
    assert_eq!(error.kind(), "too_large", "{error}");
    let num_served = served.load(Ordering::SeqCst);
    assert!(
        num_served < 32 * 1024 * 1024,
        "served {num_served} bytes before the client hung up"
    );
}

#[tokio::test]
async fn a_declared_length_over_the_limit_is_refused_before_reading() {
    let router = Router::new().route(
        "/big",
        get(|| async { response(StatusCode::OK, &[], vec![b' '; 2 * 1024 * 1024]) }),
    );
    let addr = spawn_server(router).await;
    let error = fetcher(small_limits())
        .poll(&feed_at(addr, "/big"), &FeedState::default(), now())
        .await
        .expect_err("too large");
    assert_eq!(error.kind(), "too_large", "{error}");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).expect("compresses");
    encoder.finish().expect("compresses")
}

#[tokio::test]
async fn a_gzip_body_is_decompressed() {
    let router = Router::new().route(
        "/gz",
        get(|headers: HeaderMap| async move {
            let accepts_gzip = headers
                .get(header::ACCEPT_ENCODING)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("gzip"));
            assert!(accepts_gzip, "the client asks for gzip");
            response(
                StatusCode::OK,
                &[("content-encoding", "gzip")],
                gzip(&fixture("rss2.xml")),
            )
        }),
    );
    let addr = spawn_server(router).await;
    let (items, _, _, num_bytes) = fetched(
        fetcher(small_limits())
            .poll(&feed_at(addr, "/gz"), &FeedState::default(), now())
            .await
            .expect("poll"),
    );
    assert_eq!(items.len(), 3);
    assert_eq!(
        num_bytes,
        fixture("rss2.xml").len(),
        "bytes are counted after decompression"
    );
}

#[tokio::test]
async fn a_gzip_bomb_is_cut_off() {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..50 {
        encoder.write_all(&zeros).expect("compresses");
    }
    let bomb = Bytes::from(encoder.finish().expect("compresses"));
    assert!(
        bomb.len() < 200 * 1024,
        "the bomb is small on the wire: {}",
        bomb.len()
    );
    let router = Router::new().route(
        "/bomb",
        get(move || {
            let bomb = bomb.clone();
            async move { response(StatusCode::OK, &[("content-encoding", "gzip")], bomb) }
        }),
    );
    let addr = spawn_server(router).await;
    let error = fetcher(small_limits())
        .poll(&feed_at(addr, "/bomb"), &FeedState::default(), now())
        .await
        .expect_err("too large");
    assert_eq!(error.kind(), "too_large", "{error}");
}

#[tokio::test]
async fn the_charset_of_the_content_type_header_is_honoured() {
    let latin1 = b"<rss version=\"2.0\"><channel><title>Le Fil</title><item><guid>1</guid><title>Caf\xe9 bombard\xe9</title></item></channel></rss>".to_vec();
    let router = Router::new()
        .route(
            "/latin1",
            get({
                let latin1 = latin1.clone();
                move || async move {
                    response(
                        StatusCode::OK,
                        &[("content-type", "application/rss+xml; charset=ISO-8859-1")],
                        latin1,
                    )
                }
            }),
        )
        .route(
            "/unlabelled",
            get(move || async move {
                response(
                    StatusCode::OK,
                    &[("content-type", "application/rss+xml")],
                    latin1,
                )
            }),
        );
    let addr = spawn_server(router).await;
    let fetcher = fetcher(small_limits());
    let (items, ..) = fetched(
        fetcher
            .poll(&feed_at(addr, "/latin1"), &FeedState::default(), now())
            .await
            .expect("poll"),
    );
    assert_eq!(items[0].title.as_deref(), Some("Caf\u{e9} bombard\u{e9}"));

    // Latin-1 that says nothing of its charset is read as windows-1252 (python's
    // feedparser does the same), and flagged.
    let (items, ..) = fetched(
        fetcher
            .poll(&feed_at(addr, "/unlabelled"), &FeedState::default(), now())
            .await
            .expect("poll"),
    );
    assert_eq!(items[0].title.as_deref(), Some("Caf\u{e9} bombard\u{e9}"));
    assert_eq!(items[0].repaired, ["undeclared_charset"]);
}

#[tokio::test]
async fn malformed_xml_is_a_parse_error_with_the_body() {
    let broken = b"<?xml version=\"1.0\"?>\n<html><body>moved</body></html>".to_vec();
    let body = broken.clone();
    let router = Router::new().route("/broken", get(move || async move { rss(body) }));
    let addr = spawn_server(router).await;
    let error = fetcher(small_limits())
        .poll(&feed_at(addr, "/broken"), &FeedState::default(), now())
        .await
        .expect_err("malformed");
    assert_eq!(error.kind(), "parse_error", "{error}");
    assert_eq!(error.body(), Some(&broken[..]));
}

#[tokio::test]
async fn redirects_are_followed_up_to_a_limit() {
    let router = Router::new()
        .route(
            "/old",
            get(|| async { response(StatusCode::MOVED_PERMANENTLY, &[("location", "/feed")], "") }),
        )
        .route("/feed", get(|| async { rss(fixture("rss2.xml")) }))
        .route(
            "/temp",
            get(|| async { response(StatusCode::FOUND, &[("location", "/old")], "") }),
        )
        .route(
            "/loop-a",
            get(|| async { response(StatusCode::FOUND, &[("location", "/loop-b")], "") }),
        )
        .route(
            "/loop-b",
            get(|| async { response(StatusCode::FOUND, &[("location", "/loop-a")], "") }),
        );
    let addr = spawn_server(router).await;
    let fetcher = fetcher(small_limits());
    let (items, ..) = fetched(
        fetcher
            .poll(&feed_at(addr, "/old"), &FeedState::default(), now())
            .await
            .expect("poll"),
    );
    assert_eq!(items.len(), 3);
    let polled = fetcher
        .poll_feed(&feed_at(addr, "/old"), &FeedState::default(), now())
        .await
        .expect("poll");
    assert_eq!(
        polled
            .permanent_redirect
            .map(|url| url.path().to_owned())
            .as_deref(),
        Some("/feed"),
        "a 301 chain reports where it ends"
    );
    let polled = fetcher
        .poll_feed(&feed_at(addr, "/temp"), &FeedState::default(), now())
        .await
        .expect("poll");
    assert_eq!(
        polled.permanent_redirect, None,
        "a 302 hop is not permanent"
    );
    let polled = fetcher
        .poll_feed(&feed_at(addr, "/feed"), &FeedState::default(), now())
        .await
        .expect("poll");
    assert_eq!(polled.permanent_redirect, None);
    let error = fetcher
        .poll(&feed_at(addr, "/loop-a"), &FeedState::default(), now())
        .await
        .expect_err("a loop");
    assert_eq!(error.kind(), "redirect", "{error}");
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("an address");
    drop(listener);
    let error = fetcher(small_limits())
        .poll(&feed_at(addr, "/feed"), &FeedState::default(), now())
        .await
        .expect_err("refused");
    assert_eq!(error.kind(), "connect", "{error}");
}

#[tokio::test]
async fn file_feeds_are_read_from_disk_and_deduplicated() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("world.rss");
    std::fs::write(&path, fixture("rss2.xml")).expect("written");
    let url = url::Url::from_file_path(&path).expect("an absolute path");
    let feed = FeedSpec::new(url.as_str(), None, None).expect("a file feed");
    let fetcher = fetcher(small_limits());
    let mut state = FeedState::default();
    let (items, validators, ..) = fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    assert_eq!(items.len(), 3);
    assert!(validators.is_empty());
    assert_eq!(
        items[0].feed.name.as_deref(),
        Some("Example Wire: World"),
        "the feed's own title names it"
    );
    state.record_success(validators, acked(&items));
    let (items, ..) = fetched(fetcher.poll(&feed, &state, now()).await.expect("poll"));
    assert!(items.is_empty());

    let missing = FeedSpec::new(&format!("{url}.missing"), None, None).expect("a file feed");
    let error = fetcher
        .poll(&missing, &state, now())
        .await
        .expect_err("missing file");
    assert_eq!(error.kind(), "io", "{error}");
    let limits = FetchLimits {
        max_body_bytes: 100,
        ..small_limits()
    };
    let error = crate::harness::fetcher(limits)
        .poll(&feed, &state, now())
        .await
        .expect_err("too large");
    assert_eq!(error.kind(), "too_large", "{error}");
}

#[tokio::test]
async fn internal_addresses_are_refused_by_default() {
    let served = Arc::new(AtomicUsize::new(0));
    let router = Router::new().route(
        "/feed",
        get({
            let served = served.clone();
            move || async move {
                served.fetch_add(1, Ordering::SeqCst);
                rss(fixture("rss2.xml"))
            }
        }),
    );
    let addr = spawn_server(router).await;
    let default_limits = FetchLimits {
        total_timeout: Duration::from_secs(10),
        ..FetchLimits::default()
    };
    assert_eq!(default_limits.address_policy, AddressPolicy::PublicOnly);
    let fetcher = fetcher(default_limits);
    let by_name = FeedSpec::new(
        &format!("http://localhost:{}/feed", addr.port()),
        None,
        None,
    )
    .expect("valid");
    for feed in [feed_at(addr, "/feed"), by_name] {
        let error = fetcher
            .poll(&feed, &FeedState::default(), now())
            .await
            .expect_err("refused");
        assert_eq!(error.kind(), "refused_address", "{}: {error}", feed.url);
    }
    assert_eq!(
        served.load(Ordering::SeqCst),
        0,
        "no request reached the server"
    );
}

/// A pushed document (or a feed showing only its latest entry) holds one entry whose link
/// an entry of an earlier document carried: it is marked as sharing it, the first entry
/// is not, and neither is an entry with a link of its own.
#[tokio::test]
async fn a_link_an_earlier_entry_carried_is_shared_across_documents() {
    let fetcher = fetcher(small_limits());
    let feed = feed_at("127.0.0.1:9".parse().expect("an address"), "/live.rss");
    let document = |guid: &str, link: &str| {
        format!(
            "<rss version=\"2.0\"><channel><title>Live</title><item><title>{guid}</title>\
             <link>{link}</link><guid>{guid}</guid></item></channel></rss>"
        )
        .into_bytes()
    };
    let mut state = FeedState::default();
    let read = async |state: &mut FeedState, body: Vec<u8>| {
        let outcome = fetcher
            .read_pushed(&feed, state, body, None, now())
            .await
            .expect("read");
        let PollOutcome::Fetched {
            items,
            entries,
            links,
            ..
        } = outcome
        else {
            panic!("expected a document");
        };
        state.record_entries(entries);
        state.record_links(links.iter().map(|(link, id)| (link.as_str(), id)));
        items
    };
    let live = "https://desk.example/live";
    let first = read(&mut state, document("a-1", live)).await;
    assert!(!first[0].shared_link);
    let second = read(&mut state, document("a-2", live)).await;
    assert!(second[0].shared_link, "a second entry on the live page");
    let own = read(&mut state, document("a-3", "https://desk.example/a-3")).await;
    assert!(!own[0].shared_link);
    // The first entry, edited, keeps its link's article.
    let edited = format!(
        "<rss version=\"2.0\"><channel><title>Live</title><item><title>a-1 updated</title>\
         <link>{live}</link><guid>a-1</guid></item></channel></rss>"
    );
    let again = read(&mut state, edited.into_bytes()).await;
    assert!(!again[0].shared_link);
}

/// JSON Feed 1.0 and 1.1 as a server sends them (`application/feed+json`), and one
/// without the jsonfeed.org version or a title (read by its shape, flagged as repaired).
#[tokio::test]
async fn json_feeds_of_both_versions_are_read_from_a_server() {
    let document = |version: Option<&str>| {
        let version = version.map_or_else(String::new, |v| format!("\"version\":\"{v}\","));
        let title = if version.is_empty() {
            String::new()
        } else {
            "\"title\":\"Example JSON Wire\",".to_owned()
        };
        format!(
            "{{{version}{title}\"home_page_url\":\"https://json.example.net/\",\"items\":[\
             {{\"id\":\"json-1\",\"url\":\"https://json.example.net/a\",\
             \"title\":\"Airstrikes in Iraq\",\"content_html\":\"<p>Airstrikes hit two sites.</p>\",\
             \"date_published\":\"2020-03-12T23:00:00+01:00\"}},\
             {{\"id\":\"json-2\",\"content_text\":\"A text without HTML.\"}}]}}"
        )
        .into_bytes()
    };
    let cases = [
        (
            "/v1.0",
            document(Some("https://jsonfeed.org/version/1")),
            false,
        ),
        (
            "/v1.1",
            document(Some("https://jsonfeed.org/version/1.1")),
            false,
        ),
        ("/bare", document(None), true),
    ];
    let mut router = Router::new();
    for (path, body, _) in &cases {
        let body = body.clone();
        router = router.route(
            path,
            get(move || async move {
                response(
                    StatusCode::OK,
                    &[("content-type", "application/feed+json")],
                    body,
                )
            }),
        );
    }
    let addr = spawn_server(router).await;
    let fetcher = fetcher(small_limits());
    for (path, _, repaired) in cases {
        let feed = feed_at(addr, path);
        let outcome = fetcher
            .poll(&feed, &FeedState::default(), now())
            .await
            .unwrap_or_else(|error| panic!("{path}: {error}"));
        let (items, _, num_entries, _) = fetched(outcome);
        assert_eq!(num_entries, 2, "{path}");
        let guids: Vec<_> = items.iter().map(|item| item.guid.as_deref()).collect();
        assert_eq!(guids, [Some("json-1"), Some("json-2")], "{path}");
        assert_eq!(
            items[0].link.as_deref(),
            Some("https://json.example.net/a"),
            "{path}"
        );
        assert_eq!(
            items[0].title.as_deref(),
            Some("Airstrikes in Iraq"),
            "{path}"
        );
        let expected: &[&str] = if repaired { &["json_feed_fields"] } else { &[] };
        assert_eq!(items[0].repaired, expected, "{path}");
    }
}
