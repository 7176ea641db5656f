//! A TCP proxy a test controls: everything between the services and the broker goes
//! through it, so a test can cut every connection at once and later restore the link.
//!
//! While cut, established connections are closed and new ones are accepted and closed at
//! once (the peer sees a reset, like a broker behind a failed network). After
//! [`TcpProxy::restore`] new connections are forwarded again; clients reconnect on their
//! own. Pair it with [`crate::Broker::start_advertising`] so that the broker's metadata
//! names the proxy, not the broker itself, or clients would bypass it after bootstrap.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct TcpProxy {
    addr: SocketAddr,
    state: Arc<ProxyState>,
    task: tokio::task::JoinHandle<()>,
}

struct ProxyState {
    upstream: SocketAddr,
    cut: AtomicBool,
    /// Bumped on every cut: connection tasks watch it and close when it changes.
    generation: watch::Sender<u64>,
    num_accepted: AtomicU64,
    num_refused: AtomicU64,
}

impl TcpProxy {
    /// Listens on `listen_port` (loopback) and forwards to `upstream`.
    ///
    /// # Panics
    /// When the port cannot be bound.
    pub async fn start(listen_port: u16, upstream: SocketAddr) -> TcpProxy {
        let listener = TcpListener::bind(("127.0.0.1", listen_port))
            .await
            .unwrap_or_else(|e| panic!("proxy: bind 127.0.0.1:{listen_port}: {e}"));
        let addr = listener.local_addr().expect("proxy address");
        let (generation, _) = watch::channel(0);
        let state = Arc::new(ProxyState {
            upstream,
            cut: AtomicBool::new(false),
            generation,
            num_accepted: AtomicU64::new(0),
            num_refused: AtomicU64::new(0),
        });
        let task = tokio::spawn(accept_loop(listener, state.clone()));
        TcpProxy { addr, state, task }
    }

    /// `host:port` clients connect to.
    pub fn address(&self) -> String {
        self.addr.to_string()
    }

    /// Closes every open connection and refuses new ones until [`TcpProxy::restore`].
    pub fn cut(&self) {
        self.state.cut.store(true, Ordering::SeqCst);
        self.state.generation.send_modify(|g| *g += 1);
    }

    /// Forwards new connections again.
    pub fn restore(&self) {
        self.state.cut.store(false, Ordering::SeqCst);
    }

    pub fn is_cut(&self) -> bool {
        self.state.cut.load(Ordering::SeqCst)
    }

    /// Connections forwarded so far, and connections refused while cut.
    pub fn num_connections(&self) -> (u64, u64) {
        (
            self.state.num_accepted.load(Ordering::SeqCst),
            self.state.num_refused.load(Ordering::SeqCst),
        )
    }
}

impl Drop for TcpProxy {
    fn drop(&mut self) {
        self.task.abort();
        // Close whatever is still open.
        self.state.generation.send_modify(|g| *g += 1);
    }
}

async fn accept_loop(listener: TcpListener, state: Arc<ProxyState>) {
    while let Ok((client, _)) = listener.accept().await {
        if state.cut.load(Ordering::SeqCst) {
            state.num_refused.fetch_add(1, Ordering::SeqCst);
            drop(client);
            continue;
        }
        state.num_accepted.fetch_add(1, Ordering::SeqCst);
        let mut generation = state.generation.subscribe();
        let upstream = state.upstream;
        tokio::spawn(async move {
            let Ok(mut server) = TcpStream::connect(upstream).await else {
                return;
            };
            let mut client = client;
            let _ = client.set_nodelay(true);
            let _ = server.set_nodelay(true);
            tokio::select! {
                _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                _ = generation.changed() => {}
            }
        });
    }
}
