//! The fetcher service against real local HTTP servers: on the in-process bus for the
//! scheduling cases, and on a real broker (tansu) for state and replicas.

mod harness;
mod kafka;
mod once;
mod poison;
mod scheduling;
mod secrets;
mod websub;
