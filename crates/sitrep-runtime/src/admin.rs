//! The admin HTTP server: `/metrics` (Prometheus text format), `/healthz`, `/readyz`.
//!
//! It takes an already-bound listener, so tests serve it on port 0. What `/metrics`
//! shows is described in [`metric_catalogue`].

use std::sync::{Arc, OnceLock};

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::health::Health;
use crate::{metric_catalogue, process_metrics};

static METRICS: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// The process-wide Prometheus recorder, installed on first use, with every metric of
/// the catalogue described (HELP) and each histogram's own buckets. None if another
/// recorder was installed first.
pub fn metrics_handle() -> Option<PrometheusHandle> {
    METRICS
        .get_or_init(|| {
            let handle = recorder_builder()?.install_recorder().ok()?;
            metric_catalogue::describe_all();
            metrics::gauge!(metric_catalogue::BUILD_INFO, "version" => env!("CARGO_PKG_VERSION"))
                .set(1.0);
            Some(handle)
        })
        .clone()
}

fn recorder_builder() -> Option<PrometheusBuilder> {
    // For a histogram missing from the catalogue (a test fails on one).
    let fallback = [
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
    ];
    let mut builder = PrometheusBuilder::new().set_buckets(&fallback).ok()?;
    for metric in metric_catalogue::METRICS {
        if metric.kind == metric_catalogue::Kind::Histogram {
            builder = builder
                .set_buckets_for_metric(Matcher::Full(metric.name.to_owned()), metric.buckets)
                .ok()?;
        }
    }
    Some(builder)
}

#[derive(Clone)]
struct AdminState {
    metrics: Option<PrometheusHandle>,
    health: Arc<Health>,
}

/// Serves the admin endpoints on `listener` until `shutdown`.
pub async fn serve(
    listener: TcpListener,
    health: Arc<Health>,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let state = AdminState {
        metrics: metrics_handle(),
        health,
    };
    let app = Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .with_state(state);
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, "admin server listening");
    }
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown.cancelled_owned())
        .await
}

async fn metrics(State(state): State<AdminState>) -> impl IntoResponse {
    // Gauges that are read rather than pushed: readiness and the process's figures.
    let ready = state.health.readiness().is_ok();
    metrics::gauge!(metric_catalogue::READY).set(if ready { 1.0 } else { 0.0 });
    process_metrics::refresh();
    let body = state
        .metrics
        .map(|handle| handle.render())
        .unwrap_or_default();
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body)
}

async fn readyz(State(state): State<AdminState>) -> impl IntoResponse {
    match state.health.readiness() {
        Ok(()) => (StatusCode::OK, "ready\n".to_owned()),
        Err(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {reason}\n"),
        ),
    }
}
