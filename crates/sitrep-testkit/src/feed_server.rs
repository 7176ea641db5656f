//! A small real HTTP/1.1 server that answers each path with a scripted response.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Response {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status: 200,
            content_type: content_type.into(),
            body: body.into(),
        }
    }
}

type Routes = Arc<Mutex<HashMap<String, Response>>>;

pub struct FeedServer {
    addr: SocketAddr,
    routes: Routes,
    task: tokio::task::JoinHandle<()>,
}

impl FeedServer {
    pub async fn start() -> FeedServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind feed server");
        let addr = listener.local_addr().expect("local addr");
        let routes: Routes = Arc::default();
        let task = tokio::spawn(serve(listener, routes.clone()));
        FeedServer { addr, routes, task }
    }

    /// Serves `response` at `path` from now on.
    pub fn route(&self, path: &str, response: Response) {
        self.routes
            .lock()
            .expect("routes")
            .insert(path.to_owned(), response);
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

impl Drop for FeedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(listener: TcpListener, routes: Routes) {
    while let Ok((mut stream, _)) = listener.accept().await {
        let routes = routes.clone();
        tokio::spawn(async move {
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let text = String::from_utf8_lossy(&head);
            let path = text.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let response = routes
                .lock()
                .ok()
                .and_then(|r| r.get(&path).cloned())
                .unwrap_or(Response {
                    status: 404,
                    content_type: "text/plain".into(),
                    body: b"not found".to_vec(),
                });
            let header = format!(
                "HTTP/1.1 {} X\r\ncontent-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                response.status,
                response.content_type,
                response.body.len()
            );
            let _ = stream.write_all(header.as_bytes()).await;
            let _ = stream.write_all(&response.body).await;
            let _ = stream.shutdown().await;
        });
    }
}
