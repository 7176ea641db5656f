//! The fetcher's core: polls one feed, parses its document, and returns the entries it
//! has not emitted yet as raw items.
//!
//! No Kafka here and no schedule: the service loop decides when to poll which feed, keeps
//! each feed's [`FeedState`] and publishes the items. [`parse_feed`] is pure and serves the
//! offline `sitrep classify` too.

mod address_policy;
mod backoff;
mod charset;
mod error;
mod feed_spec;
mod fetcher;
mod limits;
mod parse;
mod state;
mod timestamp;

pub use address_policy::{is_public, AddressPolicy, RefusedAddress};
pub use backoff::{parse_retry_after, Backoff};
pub use error::FetchError;
pub use feed_spec::{FeedSpec, FeedSpecError};
pub use fetcher::{Fetcher, PollOutcome};
pub use limits::FetchLimits;
pub use parse::parse_feed;
pub use state::{FeedState, Validators, MAX_EMITTED_IDS};
pub use timestamp::parse_timestamp;
