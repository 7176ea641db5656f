//! `occurred_on`: the date the assembly of events gave the event (`events.rs` picks
//! the time expression of each mention and carries the narrative time; `dates.rs`
//! reads and resolves the expressions), else the publication day.

use sitrep_contract::{Article, DatePrecision, OccurredOn};

use crate::events::Draft;

pub fn decide(article: &Article, draft: &Draft<'_>) -> OccurredOn {
    match &draft.when {
        Some(when) => OccurredOn {
            date: when.date,
            precision: when.precision,
            text: when.text.clone(),
        },
        None => OccurredOn {
            date: article.published_at.date_naive(),
            precision: DatePrecision::Day,
            text: None,
        },
    }
}
