//! Running the `sitrep` services as separate processes against a real broker, to prove
//! that nothing is lost when things break and to measure how fast the whole is.
//!
//! - [`corpus`]: generated wire copy, incidents and non-incidents, from templates.
//! - [`feed_host`]: a real HTTP server for the generated feeds, with items that appear
//!   on a schedule and faults on demand (errors, stalls, cut bodies).
//! - [`services`]: the `sitrep` binary as service processes, their metrics and `/proc` figures.
//! - [`rig`]: tansu behind a [`sitrep_testkit::TcpProxy`], the feed host and the services' config.
//! - [`ledger`]: accounts for every served item by id on the topics.
//! - [`bench`]: the end-to-end benchmark behind `make bench-e2e`.
//! - [`scale`]: the fetcher at scale, N feeds over R replicas (`make bench-scale`).
//! - [`containers`]: the compose stack driven through `docker-compose`, for the container tests.

pub mod bench;
pub mod containers;
pub mod corpus;
pub mod feed_host;
pub mod ledger;
pub use sitrep_testkit::proc_stats;
pub mod rig;
pub mod scale;
pub mod services;
pub mod topics;
