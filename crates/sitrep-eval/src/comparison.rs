//! One run of `sitrep eval` over a set of cases: the classifier and the keyword baseline,
//! each on the items as written and on their teaser cut (`teaser`).

use crate::corpus::Case;
use crate::metrics::{evaluate, Scores, System};
use crate::teaser::teaser_cut;

/// Ours and the baseline's scores over one set, whole and cut to teasers.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    pub ours: Scores,
    pub baseline: Scores,
    pub ours_teaser: Scores,
    pub baseline_teaser: Scores,
}

impl Comparison {
    pub fn run(ours: &dyn System, baseline: &dyn System, cases: &[Case]) -> Self {
        let teasers = teaser_cut(cases);
        Self {
            ours: evaluate(ours, cases),
            baseline: evaluate(baseline, cases),
            ours_teaser: evaluate(ours, &teasers),
            baseline_teaser: evaluate(baseline, &teasers),
        }
    }
}
