//! The event sink of a one-process run: prints each event as a readable line and
//! appends its full JSON to a file.

use std::path::PathBuf;
use std::sync::Arc;

use sitrep_contract::IncidentEvent;
use sitrep_transport::{Consumer, TransportError};
use tokio::io::AsyncWriteExt;
use tokio_util::sync::CancellationToken;

use crate::display;

pub struct Printer {
    pub consumer: Arc<dyn Consumer>,
    pub events_file: Option<PathBuf>,
    pub print: bool,
}

impl Printer {
    pub async fn run(self, shutdown: CancellationToken) -> anyhow::Result<()> {
        let mut file = match &self.events_file {
            Some(path) => {
                if let Some(dir) = path.parent() {
                    tokio::fs::create_dir_all(dir).await?;
                }
                Some(
                    tokio::fs::File::create(path)
                        .await
                        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
                )
            }
            None => None,
        };
        loop {
            let message = tokio::select! {
                () = shutdown.cancelled() => break,
                received = self.consumer.recv() => received,
            };
            let message = match message {
                Ok(message) => message,
                Err(TransportError::Closed) => break,
                Err(error) => {
                    tracing::warn!(error = %error, "event consumer error");
                    continue;
                }
            };
            match serde_json::from_slice::<IncidentEvent>(message.payload_bytes()) {
                Ok(event) if self.print => println!("{}", display::event_line(&event)),
                Ok(_) => {}
                Err(error) => tracing::warn!(error = %error, "not an event on the events topic"),
            }
            if let Some(file) = file.as_mut() {
                file.write_all(message.payload_bytes()).await?;
                file.write_all(b"\n").await?;
                file.flush().await?;
            }
            // Stored only once written, so a caught-up printer has written everything.
            let _ = self.consumer.store(&message.position);
        }
        Ok(())
    }
}
