//! `occurred_on`: the date the assembly of events gave the event (`events.rs` picks
//! the time expression of each mention and carries the narrative time; `dates.rs`
//! reads and resolves the expressions). Only a day the text gives is a date: a coarser
//! period ("last week", "in March") keeps its precision and words with a null date, and
//! a text that gives no time has none (the publication day is not the event's day).

use sitrep_contract::{DatePrecision, OccurredOn};

use crate::events::Draft;

pub fn decide(draft: &Draft<'_>) -> OccurredOn {
    match &draft.when {
        Some(when) if when.precision == DatePrecision::Day => {
            OccurredOn::day(when.date, when.text.clone())
        }
        Some(when) => OccurredOn {
            date: None,
            precision: Some(when.precision),
            text: when.text.clone(),
        },
        None => OccurredOn::unknown(),
    }
}
