//! Why a raw item could not become an article. Every variant is dead-lettered: the input
//! is bad data, and normalizing it again would fail the same way.

use sitrep_contract::ItemId;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NormalizeError {
    /// Neither a title nor any body text is left once the HTML is read.
    #[error("item {item_id}: no title and no text")]
    NoText { item_id: ItemId },
    /// A text field is larger than any article; reading it would stall the stage.
    #[error(
        "item {item_id}: field {field} has {num_bytes} bytes, more than the {max_bytes} allowed"
    )]
    TooLarge {
        item_id: ItemId,
        field: &'static str,
        num_bytes: usize,
        max_bytes: usize,
    },
}

impl NormalizeError {
    /// A short, bounded label for metrics and dead letters.
    pub fn kind(&self) -> &'static str {
        match self {
            NormalizeError::NoText { .. } => "no_text",
            NormalizeError::TooLarge { .. } => "too_large",
        }
    }

    pub fn item_id(&self) -> &ItemId {
        match self {
            NormalizeError::NoText { item_id } | NormalizeError::TooLarge { item_id, .. } => {
                item_id
            }
        }
    }
}
