//! Near-duplicate articles: the same wire story republished by several outlets with small
//! edits. Each text gets a MinHash signature over its word 3-shingles; two signatures agree
//! in about the share of positions that the texts' shingle sets overlap (their Jaccard
//! similarity). An index of bands (locality-sensitive hashing) finds the candidates without
//! comparing against every article, and forgets the oldest first to stay bounded.

use std::collections::{HashMap, VecDeque};

use sitrep_contract::ArticleId;

/// Number of positions (bins) in a signature; a power of two.
const NUM_HASHES: usize = 32;
/// Rows per band: with 8 bands of 4 rows, pairs above ~0.6 similarity nearly always share a
/// band and pairs below ~0.3 nearly never do.
const ROWS_PER_BAND: usize = 4;
const NUM_BANDS: usize = NUM_HASHES / ROWS_PER_BAND;
/// Texts with fewer shingles than this are too short to call duplicates.
pub const MIN_SHINGLES: usize = 8;
/// Estimated similarity at or above which two texts are the same story.
pub const DUPLICATE_SIMILARITY: f64 = 0.6;
/// The most articles one band bucket holds. Boilerplate every article of an outlet
/// carries (a footer, a repeated dateline) can give thousands of unrelated articles the
/// same band key; an uncapped bucket would then make every lookup and every eviction
/// scan all of them. The first articles of a bucket stay in it (the original of a story
/// republished many times among them), later ones are left out of that band until room
/// is made, and the other bands still find them.
const MAX_BUCKET: usize = 32;

/// A MinHash signature of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature([u64; NUM_HASHES]);

/// Bits of a shingle's hash that pick its bin (`2^BIN_BITS == NUM_HASHES`).
const BIN_BITS: u32 = NUM_HASHES.trailing_zeros();
/// An empty bin of a signature.
const EMPTY: u64 = u64::MAX;

impl Signature {
    /// The signature of `text`, or `None` when it is too short to compare.
    ///
    /// Words are compared lowercase, and a shingle's hash combines its three words'
    /// hashes in order. One hash per shingle is enough: its top bits pick one of
    /// `NUM_HASHES` bins and each bin keeps its smallest hash ("one permutation hashing").
    /// Two texts then agree in a bin about as often as their shingle sets overlap, as with
    /// one hash function per position, at a 32nd of the work. A bin no shingle fell in
    /// (short texts) borrows the value of another bin picked by a fixed sequence, the
    /// same for every text, so empty bins agree exactly when the bins they borrow do.
    pub fn of(text: &str) -> Option<Self> {
        let mut bins = [EMPTY; NUM_HASHES];
        // The last three words' hashes, newest last; shingles start at the third word.
        let mut window = [0u64; 3];
        let mut num_words = 0usize;
        for word in words(text, &WORD_BYTES) {
            window = [window[1], window[2], word_hash(word)];
            num_words += 1;
            if num_words < 3 {
                continue;
            }
            // `EMPTY` itself is no shingle's hash: a bin holding it reads as empty.
            let hash = mix(window[0] ^ mix(window[1] ^ mix(window[2]))).min(EMPTY - 1);
            let bin = (hash >> (u64::BITS - BIN_BITS)) as usize;
            bins[bin] = bins[bin].min(hash);
        }
        if num_words < MIN_SHINGLES + 2 {
            return None;
        }
        let mut minimums = bins;
        for (bin, minimum) in minimums.iter_mut().enumerate() {
            if *minimum == EMPTY {
                *minimum = borrowed(&bins, bin);
            }
        }
        Some(Self(minimums))
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets, in `[0, 1]`.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let num_equal = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        num_equal as f64 / NUM_HASHES as f64
    }

    fn band_keys(&self) -> [u64; NUM_BANDS] {
        let mut keys = [0u64; NUM_BANDS];
        for (band, key) in keys.iter_mut().enumerate() {
            let rows = &self.0[band * ROWS_PER_BAND..(band + 1) * ROWS_PER_BAND];
            *key = rows.iter().fold(band as u64, |acc, row| mix(acc ^ row));
        }
        keys
    }
}

/// The value an empty bin takes: that of the first filled bin in a fixed pseudo-random
/// sequence of bins seeded by the empty bin's number (at least one bin is filled).
fn borrowed(bins: &[u64; NUM_HASHES], empty: usize) -> u64 {
    for attempt in 0..(4 * NUM_HASHES as u64) {
        let from = (mix(((empty as u64) << 32) | attempt) >> (u64::BITS - BIN_BITS)) as usize;
        if bins[from] != EMPTY {
            return bins[from];
        }
    }
    // Nearly all bins empty and the sequence unlucky: the next filled bin in order.
    (1..NUM_HASHES)
        .map(|step| bins[(empty + step) % NUM_HASHES])
        .find(|&value| value != EMPTY)
        .unwrap_or(EMPTY)
}

/// A slot of the index: an article and its signature.
#[derive(Debug, Clone)]
struct Slot {
    id: ArticleId,
    signature: Signature,
}

/// The signatures of the most recent articles, searchable by similarity.
///
/// Articles live in slots, and the bands hold slot numbers: a lookup compares
/// signatures by index, with no hashing or comparing of article ids per candidate.
#[derive(Debug, Clone)]
pub struct NearDuplicateIndex {
    capacity: usize,
    slots: Vec<Option<Slot>>,
    free: Vec<u32>,
    by_id: HashMap<ArticleId, u32>,
    order: VecDeque<u32>,
    bands: Vec<HashMap<u64, Vec<u32>>>,
}

impl NearDuplicateIndex {
    /// An index that remembers at most `capacity` articles (at least one).
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            slots: Vec::new(),
            free: Vec::new(),
            by_id: HashMap::new(),
            order: VecDeque::new(),
            bands: vec![HashMap::new(); NUM_BANDS],
        }
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The most similar other article at or above [`DUPLICATE_SIMILARITY`], if any.
    pub fn find(&self, id: &ArticleId, signature: &Signature) -> Option<(ArticleId, f64)> {
        let own = self.by_id.get(id).copied();
        let mut best: Option<(u32, usize)> = None;
        for (band, key) in signature.band_keys().iter().enumerate() {
            for &candidate in self.bands[band].get(key).into_iter().flatten() {
                if Some(candidate) == own || best.is_some_and(|(found, _)| found == candidate) {
                    continue;
                }
                let Some(slot) = &self.slots[candidate as usize] else {
                    continue;
                };
                let num_equal = signature
                    .0
                    .iter()
                    .zip(&slot.signature.0)
                    .filter(|(a, b)| a == b)
                    .count();
                if num_equal as f64 >= DUPLICATE_SIMILARITY * NUM_HASHES as f64
                    && best.is_none_or(|(_, n)| num_equal > n)
                {
                    best = Some((candidate, num_equal));
                }
            }
        }
        let (slot, num_equal) = best?;
        let found = self.slots[slot as usize].as_ref()?;
        Some((found.id.clone(), num_equal as f64 / NUM_HASHES as f64))
    }

    /// Remembers `id`'s signature (replacing an older one), forgetting the oldest article
    /// when full.
    pub fn insert(&mut self, id: ArticleId, signature: Signature) {
        if let Some(slot) = self.by_id.get(&id).copied() {
            // Rare (an article seen again): the linear scan is fine here.
            self.forget(slot);
            self.order.retain(|&other| other != slot);
        }
        while self.order.len() >= self.capacity {
            let Some(oldest) = self.order.pop_front() else {
                break;
            };
            self.forget(oldest);
        }
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.slots.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        for (band, key) in signature.band_keys().iter().enumerate() {
            let bucket = self.bands[band].entry(*key).or_default();
            if bucket.len() < MAX_BUCKET {
                bucket.push(slot);
            }
        }
        self.order.push_back(slot);
        self.by_id.insert(id.clone(), slot);
        self.slots[slot as usize] = Some(Slot { id, signature });
    }

    /// Empties `slot`: drops its article from the ids and the bands (not from the order).
    fn forget(&mut self, slot: u32) {
        let Some(Slot { id, signature }) = self.slots[slot as usize].take() else {
            return;
        };
        self.by_id.remove(&id);
        for (band, key) in signature.band_keys().iter().enumerate() {
            if let Some(slots) = self.bands[band].get_mut(key) {
                slots.retain(|&other| other != slot);
                if slots.is_empty() {
                    self.bands[band].remove(key);
                }
            }
        }
        self.free.push(slot);
    }
}

/// Which ASCII bytes belong to a word: letters and digits.
pub(crate) const WORD_BYTES: [bool; 128] = ascii_table(b"");
/// Which ASCII bytes belong to a number as written: letters, digits, `.` and `,`.
pub(crate) const NUMBER_BYTES: [bool; 128] = ascii_table(b".,");

const fn ascii_table(also: &[u8]) -> [bool; 128] {
    let mut table = [false; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    let mut index = 0;
    while index < also.len() {
        table[also[index] as usize] = true;
        index += 1;
    }
    table
}

/// The words of `text`: runs of alphanumeric characters and of the ASCII bytes `inside`
/// admits. ASCII, nearly all of a wire text, is classified by a table lookup per byte
/// without decoding.
pub(crate) fn words<'t>(
    text: &'t str,
    inside: &'static [bool; 128],
) -> impl Iterator<Item = &'t str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while at < bytes.len() {
            let byte = bytes[at];
            let (is_inside, width) = if byte.is_ascii() {
                (inside[byte as usize], 1)
            } else {
                let c = text[at..].chars().next()?;
                (c.is_alphanumeric(), c.len_utf8())
            };
            match (is_inside, start) {
                (true, None) => start = Some(at),
                (false, Some(from)) => return Some(&text[from..at]),
                _ => {}
            }
            at += width;
        }
        start.map(|from| &text[from..])
    })
}

/// A stable 64-bit hash of a whole text (for exact-repeat checks).
pub(crate) fn text_hash(text: &str) -> u64 {
    finish_hash(fnv1a(FNV_OFFSET, text.bytes()))
}

/// The FNV-1a starting value.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// A stable hash of bytes fed to [`fnv1a`] from [`FNV_OFFSET`], mixed.
pub(crate) fn finish_hash(hash: u64) -> u64 {
    mix(hash)
}

/// A stable hash of a word, lowercase.
fn word_hash(word: &str) -> u64 {
    let hash = if word.is_ascii() {
        fnv1a(
            0xcbf2_9ce4_8422_2325,
            word.bytes().map(|byte| byte.to_ascii_lowercase()),
        )
    } else {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut buffer = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase) {
            hash = fnv1a(hash, c.encode_utf8(&mut buffer).bytes());
        }
        hash
    };
    mix(hash)
}

/// FNV-1a: stable across runs and builds.
pub(crate) fn fnv1a(mut hash: u64, bytes: impl Iterator<Item = u8>) -> u64 {
    for byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The splitmix64 finaliser: spreads every input bit over the output.
fn mix(mut hash: u64) -> u64 {
    hash ^= hash >> 30;
    hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash ^= hash >> 27;
    hash = hash.wrapping_mul(0x94d0_49bb_1331_11eb);
    hash ^ (hash >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str =
        "Russian drones struck energy facilities in the capital overnight, officials \
        said on Tuesday, in the latest wave of attacks on the power grid. Air defences shot down \
        most of the drones, the air force said, but debris damaged two substations and a school \
        in the western district, leaving thousands of homes without heating.";
    const OTHER: &str = "Gunmen attacked a military checkpoint near the northern town on Monday, \
        killing four soldiers and wounding several others before fleeing on motorcycles, the army \
        said in a statement that blamed an armed group active in the border region.";

    fn signature(text: &str) -> Signature {
        Signature::of(text).expect("long enough")
    }

    fn id(name: &str) -> ArticleId {
        ArticleId::for_url(&format!("https://example.org/{name}"))
    }

    #[test]
    fn words_are_alphanumeric_runs_in_any_script() {
        let text = "Kyiv's 3.5 km, naïve—Ärzte; صاروخ 12,000!";
        let plain: Vec<&str> = words(text, &WORD_BYTES).collect();
        let expected: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .collect();
        assert_eq!(plain, expected);
        let numbers: Vec<&str> = words(text, &NUMBER_BYTES).collect();
        assert_eq!(
            numbers,
            [
                "Kyiv",
                "s",
                "3.5",
                "km,",
                "naïve",
                "Ärzte",
                "صاروخ",
                "12,000"
            ]
        );
        assert_eq!(words("", &WORD_BYTES).count(), 0);
        assert_eq!(words(" -- ", &WORD_BYTES).count(), 0);
    }

    #[test]
    fn similarity_follows_the_overlap() {
        let original = signature(STORY);
        assert_eq!(original, signature(STORY), "deterministic");
        assert_eq!(original.similarity(&original), 1.0);
        let edited = signature(&STORY.replace("two substations", "three substations"));
        assert!(
            original.similarity(&edited) >= 0.7,
            "edited: {}",
            original.similarity(&edited)
        );
        assert!(original.similarity(&signature(OTHER)) < 0.2);
        assert_eq!(Signature::of("Drone strike reported"), None);
    }

    #[test]
    fn the_index_finds_republished_stories_and_stays_bounded() {
        let mut index = NearDuplicateIndex::new(2);
        index.insert(id("wire"), signature(STORY));
        index.insert(id("other"), signature(OTHER));
        let republished = signature(&format!("KYIV (AP) — {STORY} Reporting by the desk."));
        let found = index
            .find(&id("outlet"), &republished)
            .map(|(found, _)| found);
        assert_eq!(found, Some(id("wire")));
        assert_eq!(
            index.find(&id("wire"), &signature(STORY)),
            None,
            "an article is not its own duplicate"
        );

        index.insert(id("third"), signature(&OTHER.replace("four", "five")));
        assert_eq!(index.len(), 2);
        assert_eq!(
            index.find(&id("outlet"), &republished),
            None,
            "the oldest was forgotten"
        );
        index.insert(id("third"), signature(STORY));
        assert_eq!(index.len(), 2, "re-inserting replaces");
    }

    #[test]
    fn a_band_shared_by_many_articles_stays_capped_and_the_original_is_still_found() {
        let mut index = NearDuplicateIndex::new(1000);
        for n in 0..200 {
            index.insert(id(&format!("copy-{n}")), signature(STORY));
        }
        assert!(index
            .bands
            .iter()
            .flat_map(|band| band.values())
            .all(|bucket| bucket.len() <= MAX_BUCKET));
        let found = index.find(&id("late-copy"), &signature(STORY));
        assert_eq!(found, Some((id("copy-0"), 1.0)), "the first of them");
        // Evicting articles that are in no bucket of a band costs nothing and breaks nothing.
        let mut small = NearDuplicateIndex::new(40);
        for n in 0..100 {
            small.insert(id(&format!("copy-{n}")), signature(STORY));
        }
        assert_eq!(small.len(), 40);
        let found = small
            .find(&id("late-copy"), &signature(STORY))
            .map(|(f, _)| f);
        assert_eq!(found, Some(id("copy-60")), "the oldest one remembered");
    }
}
