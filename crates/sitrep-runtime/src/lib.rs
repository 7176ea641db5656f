//! The runtime around sitrep's pure stage cores: configuration, telemetry, shutdown,
//! the service loops, and the assembly of stages into a process.
//!
//! Nothing here decides what an article means; that is the stage crates' job. This
//! crate decides when messages are read, sent, stored and committed.
//!
//! Public are the modules the binary and the tests use; the others are the crate's own.

pub mod admin;
pub mod classify;
pub mod config;
mod consumer_trouble;
pub mod display;
mod envelope;
pub mod fetch;
pub mod health;
mod incidents;
pub mod metric_catalogue;
pub mod normalize;
mod parallel;
pub mod pipeline;
mod printer;
mod process_metrics;
mod rejection;
pub mod shutdown;
pub mod stage;
pub mod telemetry;

pub use config::Settings;
pub use pipeline::{run, run_once_in_process, RunOptions, Target};
