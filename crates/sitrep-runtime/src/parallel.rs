//! Batch work shared out over threads: the cores this process may use, and a map over a
//! batch's items on that many scoped threads whose results keep the items' order.
//!
//! The stages whose inputs are independent of each other (the classifier; the
//! normalizer's reading and writing around its memory) share a batch out this way. It
//! blocks the calling thread until the whole batch is done: call it where blocking work
//! belongs, never on an async worker.

/// The cores this process may use (a container's CPU quota counts), at least one.
pub(crate) fn worker_threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Batches smaller than this are processed on the stage's thread alone: starting a
/// thread costs more than a few articles take.
const MIN_PARALLEL_BATCH: usize = 8;

/// `f` over `items` on up to `threads` threads (this one among them), results in order.
pub(crate) fn map_on_threads<T: Send, R: Send>(
    items: Vec<T>,
    threads: usize,
    f: impl Fn(T) -> R + Sync,
) -> Vec<R> {
    if threads <= 1 || items.len() < MIN_PARALLEL_BATCH {
        return items.into_iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let mut parts: Vec<Vec<T>> = Vec::with_capacity(threads);
    let mut items = items.into_iter();
    loop {
        let part: Vec<T> = items.by_ref().take(chunk).collect();
        if part.is_empty() {
            break;
        }
        parts.push(part);
    }
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_default();
    let f = &f;
    std::thread::scope(|scope| {
        let others: Vec<_> = parts
            .map(|part| scope.spawn(move || part.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut results: Vec<R> = first.into_iter().map(f).collect();
        for handle in others {
            match handle.join() {
                Ok(part) => results.extend(part),
                // `f` never panics by contract; were it to, the panic goes on here, on the
                // stage's own thread, as it would have without the threads.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        results
    })
}
