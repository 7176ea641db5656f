//! Whether event confidence means what it says: a reliability table and the expected
//! calibration error (ECE).
//!
//! Every predicted event that carries a confidence goes into one of ten bins of equal
//! width, [0.0, 0.1), [0.1, 0.2), ..., [0.9, 1.0] (a confidence on an edge goes to the
//! bin above it; 1.0 to the last). An event is correct when it pairs with a gold event
//! of its article by type and country (the pairing of event F1, see `figures`). Per bin:
//! the number of events, their mean confidence and the share correct. The ECE is the
//! mean over bins of |mean confidence - share correct|, each bin weighted by its share
//! of the events: 0 for confidence that is exactly as right as it claims.

/// The number of bins of the reliability table.
pub const NUM_BINS: usize = 10;

/// The events that fell into one bin of confidence.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Bin {
    pub num_events: usize,
    pub sum_confidence: f64,
    pub num_correct: usize,
}

impl Bin {
    pub fn mean_confidence(&self) -> f64 {
        if self.num_events == 0 {
            0.0
        } else {
            self.sum_confidence / self.num_events as f64
        }
    }

    pub fn share_correct(&self) -> f64 {
        if self.num_events == 0 {
            0.0
        } else {
            self.num_correct as f64 / self.num_events as f64
        }
    }
}

/// Confidence against correctness over a set of predicted events.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Calibration {
    pub bins: [Bin; NUM_BINS],
}

/// The bounds [lower, upper) of bin `index`.
pub fn bin_bounds(index: usize) -> (f64, f64) {
    (
        index as f64 / NUM_BINS as f64,
        (index + 1) as f64 / NUM_BINS as f64,
    )
}

/// The bin of a confidence. Confidences are rounded to a few decimals, so a value meant
/// to sit on an edge (0.7, which is 6.999... tenths in binary) is nudged onto it; values
/// outside [0, 1] (or not a number) go to the nearest end.
fn bin_of(confidence: f64) -> usize {
    let scaled = (confidence.clamp(0.0, 1.0) * NUM_BINS as f64 + 1e-9).floor();
    if scaled.is_nan() || scaled < 0.0 {
        0
    } else {
        (scaled as usize).min(NUM_BINS - 1)
    }
}

impl Calibration {
    /// Counts one predicted event.
    pub fn add(&mut self, confidence: f64, correct: bool) {
        let bin = &mut self.bins[bin_of(confidence)];
        bin.num_events += 1;
        bin.sum_confidence += if confidence.is_nan() {
            0.0
        } else {
            confidence.clamp(0.0, 1.0)
        };
        bin.num_correct += usize::from(correct);
    }

    pub fn num_events(&self) -> usize {
        self.bins.iter().map(|b| b.num_events).sum()
    }

    /// The expected calibration error; 0 when there are no events.
    pub fn expected_calibration_error(&self) -> f64 {
        let total = self.num_events();
        if total == 0 {
            return 0.0;
        }
        self.bins
            .iter()
            .map(|bin| {
                bin.num_events as f64 / total as f64
                    * (bin.mean_confidence() - bin.share_correct()).abs()
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Events as (confidence, correct) -> (events per non-empty bin index, ECE).
    fn check(events: &[(f64, bool)], bins: &[(usize, usize)], ece: f64) {
        let mut calibration = Calibration::default();
        for &(confidence, correct) in events {
            calibration.add(confidence, correct);
        }
        let filled: Vec<(usize, usize)> = calibration
            .bins
            .iter()
            .enumerate()
            .filter(|(_, b)| b.num_events > 0)
            .map(|(i, b)| (i, b.num_events))
            .collect();
        assert_eq!(filled, bins, "{events:?}");
        let actual = calibration.expected_calibration_error();
        assert!(
            (actual - ece).abs() < 1e-9,
            "{events:?}: ECE {actual} != {ece}"
        );
    }

    #[test]
    fn bins_and_error() {
        check(&[], &[], 0.0);
        // Edges go to the bin above; 1.0 to the last; out of range to the ends.
        check(
            &[
                (0.7, true),
                (0.3, true),
                (1.0, true),
                (0.0, true),
                (1.5, true),
                (-0.2, true),
            ],
            &[(0, 2), (3, 1), (7, 1), (9, 2)],
            // |0.0-1| * 2/6 + |0.3-1| * 1/6 + |0.7-1| * 1/6 + |1.0-1| * 2/6
            (2.0 + 0.7 + 0.3) / 6.0,
        );
        // Perfectly calibrated: 0.8 claimed, four in five right.
        check(
            &[
                (0.8, true),
                (0.8, true),
                (0.8, true),
                (0.8, true),
                (0.8, false),
            ],
            &[(8, 5)],
            0.0,
        );
        // Overconfident in one bin, underconfident in another, weighted by size.
        check(
            &[(0.95, false), (0.95, true), (0.45, true), (0.45, true)],
            &[(4, 2), (9, 2)],
            0.5 * 0.45 + 0.5 * 0.55,
        );
        // Not a number counts as 0 confidence and does not panic.
        check(&[(f64::NAN, false)], &[(0, 1)], 0.0);
    }
}
