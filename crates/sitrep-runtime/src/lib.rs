//! The runtime around sitrep's pure stage cores: configuration, telemetry, shutdown,
//! the service loops, and the assembly of stages into a process.
//!
//! Nothing here decides what an article means; that is the stage crates' job. This
//! crate decides when messages are read, sent, stored and committed.

pub mod admin;
pub mod classify;
pub mod config;
mod consumer_trouble;
pub mod display;
pub mod envelope;
pub mod fetch;
pub mod health;
pub mod incidents;
pub mod metric_catalogue;
pub mod normalize;
mod parallel;
pub mod pipeline;
pub mod printer;
pub mod process_metrics;
pub mod shutdown;
pub mod stage;
pub mod telemetry;

pub use config::Settings;
pub use pipeline::{run, run_once_in_process, RunOptions, Target};
