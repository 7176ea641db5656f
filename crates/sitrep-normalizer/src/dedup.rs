//! Deduplication memory: what the normalizer service has already published, so that the
//! same article reached again (another feed, a re-fetched entry) is not published twice,
//! an entry whose text changed materially goes out again as a new revision under the same
//! id, and the same story from another outlet is linked with `duplicate_of`.
//!
//! The memory is bounded (oldest forgotten first) and holds no I/O: the service feeds it
//! each normalized article with [`DedupMemory::observe`], and after a restart rebuilds it
//! by replaying `sitrep.articles` through [`DedupMemory::remember`].

use std::collections::{HashMap, VecDeque};

use sitrep_contract::{Article, ArticleId};

use crate::near_duplicate::{
    finish_hash, fnv1a, text_hash, words, NearDuplicateIndex, Signature, FNV_OFFSET, NUMBER_BYTES,
};

/// Below this similarity to its previous version, a changed text is a new revision.
const SAME_TEXT_SIMILARITY: f64 = 0.9;
/// How many earlier versions of an article are remembered (by text hash), so an older
/// text coming back (a lagging feed, a replay) is not taken for an update.
const MAX_EARLIER_VERSIONS: usize = 4;

/// What to do with a normalized article.
#[derive(Debug, Clone, PartialEq)]
pub enum DedupVerdict {
    /// Never seen: publish.
    New,
    /// Seen with the same (or nearly the same) text: do not publish again.
    Repeat,
    /// Seen, and its text changed materially: publish; `revision` is set on the article.
    Update { revision: u32 },
    /// Not seen, but the same story as `of`: publish with `duplicate_of` set.
    NearDuplicate { of: ArticleId, similarity: f64 },
}

impl DedupVerdict {
    pub fn should_publish(&self) -> bool {
        !matches!(self, DedupVerdict::Repeat)
    }

    /// A short, bounded label for metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            DedupVerdict::New => "new",
            DedupVerdict::Repeat => "repeat",
            DedupVerdict::Update { .. } => "update",
            DedupVerdict::NearDuplicate { .. } => "near_duplicate",
        }
    }
}

#[derive(Debug, Clone)]
struct Seen {
    revision: u32,
    text_hash: u64,
    /// A digest of the numbers the text states (see [`numbers_hash`]).
    numbers: u64,
    signature: Option<Signature>,
    duplicate_of: Option<ArticleId>,
    /// Text hashes of earlier revisions, oldest first.
    earlier_versions: Vec<u64>,
}

/// What the memory compares of an article's text: its hash, a digest of the numbers it
/// states, and its MinHash signature. Taking it reads the whole text; comparing it is cheap.
#[derive(Debug, Clone)]
pub struct TextPrint {
    hash: u64,
    numbers: u64,
    signature: Option<Signature>,
}

impl TextPrint {
    pub fn of(article: &Article) -> Self {
        let text = comparable_text(article);
        Self {
            hash: text_hash(text),
            numbers: numbers_hash(text),
            signature: Signature::of(text),
        }
    }
}

/// The articles published most recently, by id and by text.
#[derive(Debug, Clone)]
pub struct DedupMemory {
    capacity: usize,
    seen: HashMap<ArticleId, Seen>,
    order: VecDeque<ArticleId>,
    near_duplicates: NearDuplicateIndex,
}

impl DedupMemory {
    /// A memory of at most `capacity` articles (at least one).
    pub fn new(capacity: usize) -> Self {
        let capacity = capacity.max(1);
        Self {
            capacity,
            seen: HashMap::new(),
            order: VecDeque::new(),
            near_duplicates: NearDuplicateIndex::new(capacity),
        }
    }

    pub fn len(&self) -> usize {
        self.seen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    /// Decides what to do with `article`, sets its `revision` or `duplicate_of` to match,
    /// and remembers it (unless it is a repeat).
    pub fn observe(&mut self, article: &mut Article) -> DedupVerdict {
        let print = TextPrint::of(article);
        self.observe_printed(article, print)
    }

    /// [`DedupMemory::observe`] with the article's [`TextPrint`] taken beforehand (on
    /// another thread: taking it is most of the work and needs no memory).
    pub fn observe_printed(&mut self, article: &mut Article, print: TextPrint) -> DedupVerdict {
        let TextPrint {
            hash,
            numbers,
            signature,
        } = print;
        if let Some(previous) = self.seen.get(&article.id) {
            // A near-identical text that states other numbers ("the toll rose to 12") is
            // a revision all the same: the numbers are what readers act on.
            let nearly_same = match (&previous.signature, &signature) {
                (Some(before), Some(now)) => {
                    before.similarity(now) >= SAME_TEXT_SIMILARITY && previous.numbers == numbers
                }
                _ => false,
            };
            if previous.text_hash == hash
                || nearly_same
                || previous.earlier_versions.contains(&hash)
            {
                return DedupVerdict::Repeat;
            }
            let revision = previous.revision.saturating_add(1);
            article.revision = revision;
            // An update of a republished story stays linked to the original.
            article.duplicate_of = previous.duplicate_of.clone();
            self.insert(article, hash, numbers, signature);
            return DedupVerdict::Update { revision };
        }
        let verdict = match signature
            .as_ref()
            .and_then(|signature| self.near_duplicates.find(&article.id, signature))
        {
            Some((of, similarity)) => {
                article.duplicate_of = Some(of.clone());
                DedupVerdict::NearDuplicate { of, similarity }
            }
            None => DedupVerdict::New,
        };
        self.insert(article, hash, numbers, signature);
        verdict
    }

    /// Remembers an article as published, as it stands (for rebuilding after a restart).
    pub fn remember(&mut self, article: &Article) {
        let print = TextPrint::of(article);
        self.insert(article, print.hash, print.numbers, print.signature);
    }

    fn insert(
        &mut self,
        article: &Article,
        text_hash: u64,
        numbers: u64,
        signature: Option<Signature>,
    ) {
        let is_original = article.duplicate_of.is_none();
        let indexed = signature.clone().filter(|_| is_original);
        let earlier_versions = match self.seen.get(&article.id) {
            Some(previous) if previous.text_hash != text_hash => {
                let mut earlier = previous.earlier_versions.clone();
                earlier.push(previous.text_hash);
                let excess = earlier.len().saturating_sub(MAX_EARLIER_VERSIONS);
                earlier.drain(..excess);
                earlier
            }
            Some(previous) => previous.earlier_versions.clone(),
            None => Vec::new(),
        };
        let seen = Seen {
            revision: article.revision,
            text_hash,
            numbers,
            signature,
            duplicate_of: article.duplicate_of.clone(),
            earlier_versions,
        };
        if self.seen.insert(article.id.clone(), seen).is_none() {
            self.order.push_back(article.id.clone());
            while self.order.len() > self.capacity {
                if let Some(oldest) = self.order.pop_front() {
                    self.seen.remove(&oldest);
                }
            }
        }
        // Only originals are indexed: a duplicate links to the first report, not to a copy.
        if let Some(signature) = indexed {
            self.near_duplicates.insert(article.id.clone(), signature);
        }
    }
}

/// The text whose change makes a new revision: the body, or the title when there is none.
fn comparable_text(article: &Article) -> &str {
    if article.body.is_empty() {
        &article.title
    } else {
        &article.body
    }
}

/// Whether `word` is a number word a toll or a count is written in ("three", "dozens").
fn is_number_word(word: &str) -> bool {
    let bytes = word.as_bytes();
    if !(3..=9).contains(&bytes.len()) {
        return false;
    }
    let mut lower = [0u8; 9];
    for (to, from) in lower.iter_mut().zip(bytes) {
        *to = from.to_ascii_lowercase();
    }
    matches!(
        &lower[..bytes.len()],
        b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
            | b"hundred"
            | b"hundreds"
            | b"thousand"
            | b"thousands"
            | b"dozen"
            | b"dozens"
            | b"scores"
            | b"million"
    )
}

/// A digest of the numbers a text states, in order: every word holding a digit, and
/// every number word, each lowercase and followed by a space, hashed as they are found.
fn numbers_hash(text: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    for word in words(text, &NUMBER_BYTES) {
        let word = word.trim_matches(|c: char| c == '.' || c == ',');
        if word.bytes().any(|b| b.is_ascii_digit()) || is_number_word(word) {
            let lowercase = word.bytes().map(|b| b.to_ascii_lowercase());
            hash = fnv1a(hash, lowercase.chain([b' ']));
        }
    }
    finish_hash(hash)
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};
    use sitrep_contract::{EntryKey, FeedId, ItemId};

    use super::*;

    const STORY: &str =
        "Russian drones struck energy facilities in the capital overnight, officials \
        said on Tuesday, in the latest wave of attacks on the power grid. Air defences shot down \
        most of the drones, the air force said, but debris damaged two substations and a school \
        in the western district, leaving thousands of homes without heating.";

    fn article(url: &str, body: &str) -> Article {
        let feed_id = FeedId::for_feed("https://example.org/rss");
        let at: DateTime<Utc> = DateTime::parse_from_rfc3339("2020-03-13T00:00:00Z")
            .expect("a date")
            .with_timezone(&Utc);
        Article {
            schema: Article::SCHEMA.to_owned(),
            id: ArticleId::for_url(url),
            item_id: ItemId::for_entry(&feed_id, EntryKey::Link(url)),
            feed_id,
            url: Some(url.to_owned()),
            title: "Drones hit the capital".to_owned(),
            summary: None,
            body: body.to_owned(),
            source: None,
            dateline: None,
            published_at: at,
            published_at_estimated: false,
            updated_at: None,
            fetched_at: at,
            language: Some("en".to_owned()),
            language_confidence: Some(1.0),
            revision: 0,
            duplicate_of: None,
        }
    }

    #[test]
    fn repeats_updates_and_near_duplicates() {
        let mut memory = DedupMemory::new(100);
        let mut first = article("https://wire.example/a", STORY);
        assert_eq!(memory.observe(&mut first), DedupVerdict::New);

        let mut again = article("https://wire.example/a", STORY);
        assert_eq!(memory.observe(&mut again), DedupVerdict::Repeat);
        assert!(!DedupVerdict::Repeat.should_publish());

        let mut republished = article("https://outlet.example/b", &format!("KYIV (AP) — {STORY}"));
        let verdict = memory.observe(&mut republished);
        assert!(
            matches!(&verdict, DedupVerdict::NearDuplicate { of, .. } if *of == first.id),
            "{verdict:?}"
        );
        assert_eq!(republished.duplicate_of, Some(first.id.clone()));
        let updated_text = format!(
            "{STORY} Later on Tuesday the ministry said a second wave of missiles hit the eastern \
             region, killing three people and cutting power to a hospital and two water plants."
        );
        let mut updated = article("https://wire.example/a", &updated_text);
        assert_eq!(
            memory.observe(&mut updated),
            DedupVerdict::Update { revision: 1 }
        );
        assert_eq!(updated.revision, 1);
        let mut updated_again = article("https://wire.example/a", &updated_text);
        assert_eq!(memory.observe(&mut updated_again), DedupVerdict::Repeat);
        let mut older = article("https://wire.example/a", STORY);
        assert_eq!(
            memory.observe(&mut older),
            DedupVerdict::Repeat,
            "an older text coming back is no update"
        );

        assert_eq!(memory.len(), 2);
    }

    #[test]
    fn a_changed_number_is_an_update_where_a_cosmetic_edit_is_not() {
        let mut memory = DedupMemory::new(10);
        let mut first = article("https://wire.example/a", STORY);
        memory.observe(&mut first);
        let retouched = STORY.replace("power grid.", "power grid;");
        let mut retouched = article("https://wire.example/a", &retouched);
        assert_eq!(memory.observe(&mut retouched), DedupVerdict::Repeat);
        let corrected = STORY.replace("damaged two substations", "damaged three substations");
        let mut corrected = article("https://wire.example/a", &corrected);
        assert_eq!(
            memory.observe(&mut corrected),
            DedupVerdict::Update { revision: 1 },
            "a count that changes is news even in an otherwise unchanged text"
        );
        assert_eq!(
            numbers_hash("killed 12, 1,200 hurt"),
            numbers_hash("killed 12, 1,200 hurt.")
        );
        assert_ne!(numbers_hash("killed 12"), numbers_hash("killed 13"));
        assert_ne!(
            numbers_hash("killed two"),
            numbers_hash("killed Two people and three")
        );
    }

    #[test]
    fn a_rebuilt_memory_decides_the_same() {
        let mut published = article("https://wire.example/a", STORY);
        let mut live = DedupMemory::new(10);
        live.observe(&mut published);
        let mut rebuilt = DedupMemory::new(10);
        rebuilt.remember(&published);
        let mut again = article("https://wire.example/a", STORY);
        assert_eq!(rebuilt.observe(&mut again), DedupVerdict::Repeat);
    }

    #[test]
    fn the_memory_is_bounded() {
        let mut memory = DedupMemory::new(3);
        for index in 0..10 {
            let mut next = article(
                &format!("https://wire.example/{index}"),
                &format!("short text {index}"),
            );
            assert_eq!(memory.observe(&mut next), DedupVerdict::New);
        }
        assert_eq!(memory.len(), 3);
        let mut oldest = article("https://wire.example/0", "short text 0");
        assert_eq!(memory.observe(&mut oldest), DedupVerdict::New, "forgotten");
    }
}
