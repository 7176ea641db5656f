//! The fetcher's integration tests: feed documents parsed from fixtures under
//! `tests/data/`, and polls against a real local HTTP server each test scripts.

mod credentials;
mod harness;
mod parse;
mod poll;
mod properties;
mod proxy;
mod shapes;
