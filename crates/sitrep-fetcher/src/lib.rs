//! The fetcher's core: polls one feed, parses its document, and returns the entries it
//! has not emitted yet as raw items.
//!
//! No Kafka and no clock here: [`SchedulePolicy`] and [`HostGates`] decide when a feed is
//! due and whether its host may be asked, as pure functions of an explicit `now`; the
//! service loop reads the clock, keeps each feed's [`FeedState`] and publishes the items. [`parse_feed`] is pure and serves the
//! offline `sitrep classify` too.

#![warn(missing_docs)]

mod address_policy;
mod backoff;
mod charset;
mod error;
mod feed_spec;
mod fetcher;
mod hosts;
mod item_size;
mod json_feed;
mod limits;
mod opml;
mod parse;
mod repair;
mod schedule;
mod state;
mod timestamp;
mod websub;

pub use address_policy::{is_public, AddressPolicy, RefusedAddress};
pub use backoff::{parse_retry_after, Backoff};
pub use error::FetchError;
pub use feed_spec::{FeedCredentials, FeedSpec, FeedSpecError};
pub use fetcher::{Fetcher, PollOutcome, Polled};
pub use hosts::{host_key, HostGates};
pub use item_size::{fit_item, FittedItem, ItemTooLarge};
pub use json_feed::{json_feed_document, JsonFeedDocument};
pub use limits::FetchLimits;
pub use opml::{parse_opml, OpmlError, OpmlFeed};
pub use parse::parse_feed;
pub use repair::{RepairKind, Repairs};
pub use schedule::{RedirectChange, SchedulePolicy};
pub use state::{FeedState, Fingerprint, Novelty, Validators, MAX_EMITTED_IDS};
pub use timestamp::parse_timestamp;
pub use websub::{
    hub_link, new_secret, sign, verify_signature, HubLink, SignatureError, SubscribeRequest,
};
