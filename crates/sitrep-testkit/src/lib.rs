//! Test harness shared by the integration tests: a real broker and a real HTTP server.
//!
//! [`Broker::start`] runs tansu, a Kafka-compatible broker, on a free loopback port with
//! in-memory storage, and kills it when dropped. [`FeedServer::start`] serves scripted
//! HTTP responses on a free loopback port. Nothing here is a mock: the code under test
//! talks Kafka and HTTP over real sockets.

mod broker;
mod feed_server;
pub mod proc_stats;
mod proxy;
mod topic_reader;
mod wait;
mod watcher;

pub use broker::{committed_offsets, free_port, tansu_path, Broker};
pub use feed_server::{FeedServer, Response};
pub use proxy::TcpProxy;
pub use topic_reader::{read_topic, Record};
pub use wait::wait_until;
pub use watcher::TopicWatcher;
