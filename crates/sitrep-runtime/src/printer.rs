//! The event sink of a one-process run: prints each event as a readable line and
//! appends its full JSON to a file.
//!
//! The file is appended to, never truncated: a restarted run keeps what the runs before
//! it wrote (its fetcher state may keep those entries from being emitted again). A
//! withdrawal (a null value on the events topic) writes nothing: the file holds events
//! only, one JSON object per line.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sitrep_contract::IncidentEvent;
use sitrep_transport::{Consumer, TransportError};
use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _, AsyncWriteExt as _};
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
            Some(path) => Some(
                open_for_append(path)
                    .await
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
            ),
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
            let Some(payload) = message.payload.as_deref() else {
                // A withdrawal: nothing to print or to write.
                let _ = self.consumer.store(&message.position);
                continue;
            };
            match serde_json::from_slice::<IncidentEvent>(payload) {
                Ok(event) if self.print => println!("{}", display::event_line(&event)),
                Ok(_) => {}
                Err(error) => tracing::warn!(error = %error, "not an event on the events topic"),
            }
            if let Some(file) = file.as_mut() {
                file.write_all(payload).await?;
                file.write_all(b"\n").await?;
                file.flush().await?;
            }
            // Stored only once written, so a caught-up printer has written everything.
            let _ = self.consumer.store(&message.position);
        }
        Ok(())
    }
}

/// Opens `path` for appending (creating it and its directory). A last line left without
/// its newline (a run killed mid-write) is ended first, so the next event starts a line.
async fn open_for_append(path: &Path) -> std::io::Result<tokio::fs::File> {
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        tokio::fs::create_dir_all(dir).await?;
    }
    let mut file = tokio::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .read(true)
        .open(path)
        .await?;
    let length = file.metadata().await?.len();
    if length > 0 {
        let mut last = [0u8; 1];
        file.seek(std::io::SeekFrom::End(-1)).await?;
        file.read_exact(&mut last).await?;
        if last[0] != b'\n' {
            file.write_all(b"\n").await?;
        }
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_transport::memory::MemoryBus;
    use sitrep_transport::{ConsumerSpec, OutMessage, StartFrom, Transport};

    /// One printer run over what the bus holds on `events`, writing to `path`.
    async fn print_all(bus: &MemoryBus, group: &str, path: &Path) {
        let consumer = bus
            .consumer(&ConsumerSpec {
                group_id: group.to_owned(),
                topics: vec!["events".to_owned()],
                start_from: StartFrom::Earliest,
            })
            .expect("consumer");
        let printer = Printer {
            consumer,
            events_file: Some(path.to_owned()),
            print: false,
        };
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(printer.run(shutdown.clone()));
        bus.wait_committed(group, "events").await;
        shutdown.cancel();
        task.await.expect("join").expect("printer");
    }

    #[tokio::test]
    async fn a_restarted_run_appends_and_a_withdrawal_writes_no_line() {
        let event = sitrep_contract::fixtures::event();
        let compact = serde_json::to_vec(&event).expect("json");
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("run/events.jsonl");
        // What an earlier run wrote, its last line cut short by a kill.
        tokio::fs::create_dir_all(path.parent().expect("dir"))
            .await
            .expect("dir");
        let earlier = String::from_utf8(compact.clone()).expect("utf-8");
        tokio::fs::write(&path, format!("{earlier}\n{{\"cut"))
            .await
            .expect("earlier run");

        let bus = MemoryBus::new();
        let producer = bus.producer().expect("producer");
        producer
            .send(OutMessage::new(
                "events",
                Some(event.id.to_string()),
                compact.clone(),
            ))
            .await
            .expect("send");
        producer
            .send(OutMessage::tombstone(
                "events",
                "evt_ffffffffffffffffffffffffffffffff".to_owned(),
            ))
            .await
            .expect("send");
        print_all(&bus, "printer-1", &path).await;
        // A second start of the printer (a restarted run) with one more event.
        producer
            .send(OutMessage::new(
                "events",
                Some(event.id.to_string()),
                compact.clone(),
            ))
            .await
            .expect("send");
        print_all(&bus, "printer-2", &path).await;

        let written = tokio::fs::read_to_string(&path).await.expect("file");
        let lines: Vec<&str> = written.lines().collect();
        assert_eq!(lines.len(), 1 + 1 + 1 + 2, "{written}");
        assert_eq!(lines[0], earlier, "the earlier run's line is kept");
        assert_eq!(
            lines[1], "{\"cut",
            "the cut line is ended, not glued to the next"
        );
        assert!(
            lines.iter().all(|line| !line.trim().is_empty()),
            "no empty line: {written}"
        );
        for line in &lines[2..] {
            let _: IncidentEvent = serde_json::from_str(line).expect("an event per line");
        }
    }
}
