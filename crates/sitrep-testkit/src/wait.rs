//! Waiting on state that lives in another process (a child's metrics, a file it
//! writes), where there is no event to await: the condition is polled.

use std::time::Duration;

/// How often [`wait_until`] checks its condition.
const POLL_EVERY: Duration = Duration::from_millis(100);

/// Polls `condition` every 100 ms until it holds. Only for state in other processes:
/// within one process, await the event (a `Notify`, a channel) instead.
///
/// # Panics
/// When `timeout` passes first, naming `what` was waited for.
pub async fn wait_until<F, Fut>(what: &str, timeout: Duration, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + timeout;
    while !condition().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out after {timeout:?} waiting for {what}"
        );
        tokio::time::sleep(POLL_EVERY).await;
    }
}
