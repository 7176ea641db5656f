//! Pieces shared by the runtime's integration tests.

use sitrep_contract::Stage;
use sitrep_runtime::stage::{Processed, Processor, Rejection};
use sitrep_transport::{InMessage, OutMessage};

/// Copies each input to `topic`: a stage that does no work of its own, so what is left
/// is what the broker and the stage loop do.
pub struct Passthrough {
    pub topic: String,
}

impl Processor for Passthrough {
    fn stage(&self) -> Stage {
        Stage::Normalizer
    }

    fn process(&self, input: &InMessage) -> Result<Processed, Rejection> {
        Ok(Processed {
            outputs: vec![OutMessage::new(
                &self.topic,
                input.key_text(),
                input.payload_bytes().to_vec(),
            )],
            input_id: None,
            trace_id: None,
        })
    }
}
