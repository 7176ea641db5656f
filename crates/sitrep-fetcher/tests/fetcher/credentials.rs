//! Feed credentials go to the feed's own origin only, and no error, raw item or message
//! shows them or a key in the configured URL.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::RawQuery;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use sitrep_contract::redact::Secret;
use sitrep_fetcher::{
    AddressPolicy, FeedCredentials, FeedSpec, FeedState, FetchLimits, PollOutcome,
};

use crate::harness::{fetcher, fixture, now, spawn_server};

/// What a server was sent: the Authorization header and the query, per request.
type Seen = Arc<Mutex<Vec<(Option<String>, Option<String>)>>>;

fn recording(seen: Seen, require: Option<(&'static str, &'static str)>) -> Router {
    Router::new().route(
        "/feed",
        get(move |headers: HeaderMap, RawQuery(query): RawQuery| {
            let seen = seen.clone();
            async move {
                let authorization = headers
                    .get("authorization")
                    .and_then(|value| value.to_str().ok())
                    .map(str::to_owned);
                seen.lock()
                    .expect("seen")
                    .push((authorization.clone(), query.clone()));
                let allowed = require.is_none_or(|(auth, key)| {
                    authorization.as_deref() == Some(auth)
                        && query.as_deref().is_some_and(|q| q.contains(key))
                });
                if allowed {
                    fixture("rss2.xml").into_response()
                } else {
                    StatusCode::UNAUTHORIZED.into_response()
                }
            }
        }),
    )
}

fn limits() -> FetchLimits {
    FetchLimits {
        total_timeout: Duration::from_secs(10),
        address_policy: AddressPolicy::AllowPrivate,
        ..FetchLimits::default()
    }
}

fn credentials() -> FeedCredentials {
    FeedCredentials {
        headers: vec![("Authorization".to_owned(), Secret::new("Bearer t0k-9"))],
        query: vec![("api_key".to_owned(), Secret::new("k3y-9"))],
    }
}

#[tokio::test]
async fn credentials_go_to_the_feed_origin_only_and_never_show() {
    let seen_here = Seen::default();
    let here = spawn_server(recording(
        seen_here.clone(),
        Some(("Bearer t0k-9", "api_key=k3y-9")),
    ))
    .await;
    let seen_there = Seen::default();
    let there = spawn_server(recording(seen_there.clone(), None)).await;
    let fetcher = fetcher(limits());

    let feed = FeedSpec::new(&format!("http://{here}/feed?lang=en"), None, None)
        .expect("valid")
        .with_credentials(credentials());
    let polled = fetcher
        .poll(&feed, &FeedState::default(), now())
        .await
        .expect("the server took the credentials");
    let PollOutcome::Fetched { items, .. } = polled else {
        panic!("a document");
    };
    assert!(!items.is_empty());
    for item in &items {
        assert_eq!(item.feed.url, format!("http://{here}/feed?lang=en"));
    }
    assert_eq!(
        seen_here.lock().expect("seen").clone(),
        [(
            Some("Bearer t0k-9".to_owned()),
            Some("lang=en&api_key=k3y-9".to_owned())
        )]
    );

    // A redirect to another origin does not carry them.
    let moved_to = format!("http://{there}/feed");
    let moving = spawn_server(Router::new().route(
        "/feed",
        get(move || {
            let moved_to = moved_to.clone();
            async move { Redirect::temporary(&moved_to) }
        }),
    ))
    .await;
    let feed = FeedSpec::new(&format!("http://{moving}/feed"), None, None)
        .expect("valid")
        .with_credentials(credentials());
    fetcher
        .poll(&feed, &FeedState::default(), now())
        .await
        .expect("followed");
    assert_eq!(seen_there.lock().expect("seen").clone(), [(None, None)]);
}

#[tokio::test]
async fn errors_show_the_url_masked() {
    let fetcher = fetcher(limits());
    // Nothing listens on port 1: the client's own message quotes the URL it asked for.
    let feed = FeedSpec::new("http://127.0.0.1:1/feed?api_key=in-url-secret", None, None)
        .expect("valid")
        .with_credentials(credentials());
    let error = fetcher
        .poll(&feed, &FeedState::default(), now())
        .await
        .expect_err("nothing listens");
    assert_eq!(error.kind(), "connect", "{error}");
    let shown = format!("{error} {error:?}");
    for secret in ["in-url-secret", "k3y-9", "t0k-9"] {
        assert!(!shown.contains(secret), "{secret}: {shown}");
    }
    assert!(shown.contains("api_key=***"), "{shown}");

    let denied = spawn_server(Router::new().route(
        "/feed",
        get(|| async {
            Response::builder()
                .status(401)
                .body(axum::body::Body::empty())
                .expect("a response")
        }),
    ))
    .await;
    let feed = FeedSpec::new(
        &format!("http://{denied}/feed?token=in-url-secret"),
        None,
        None,
    )
    .expect("valid");
    let error = fetcher
        .poll(&feed, &FeedState::default(), now())
        .await
        .expect_err("401");
    assert_eq!(
        error.to_string(),
        format!("feed http://{denied}/feed?token=***: HTTP status 401")
    );
}
