//! Turning SIGTERM and Ctrl-C into a cancellation every loop listens to, and SIGHUP
//! into a reload.
//!
//! The first signal cancels the token: loops stop taking input, drain, flush and
//! commit. A second signal exits the process at once. SIGHUP (which operators send to
//! reload, and which would end the process by default) never stops it: the fetcher reads
//! its feeds file again; other targets have nothing to reload and say so.

use std::sync::Arc;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

/// Notifies `reload` on every SIGHUP; `what` says in the log what a reload does here
/// (None: nothing to reload in this process).
pub fn on_hangup(reload: Arc<Notify>, what: Option<&'static str>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut hangup = match signal(SignalKind::hangup()) {
            Ok(hangup) => hangup,
            Err(error) => {
                tracing::warn!(error = %error, "cannot listen for SIGHUP");
                return;
            }
        };
        tokio::spawn(async move {
            while hangup.recv().await.is_some() {
                match what {
                    Some(what) => {
                        tracing::info!("SIGHUP: {what}");
                        reload.notify_one();
                    }
                    None => {
                        tracing::info!("SIGHUP: nothing to reload in this process, carrying on")
                    }
                }
            }
        });
    }
    #[cfg(not(unix))]
    {
        let _ = (reload, what);
    }
}

/// Cancels `token` on the first SIGTERM or SIGINT; exits with status 130 on the second.
pub fn on_signals(token: CancellationToken) {
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("shutdown requested, draining (a second signal exits at once)");
        token.cancel();
        wait_for_signal().await;
        tracing::warn!("second signal, exiting now");
        std::process::exit(130);
    });
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = terminate.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
