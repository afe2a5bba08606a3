//! The content hints of `data/web/hints.tsv`: what the words of an element's `class`, `id` and
//! `role` say about it, as a weight (positive for an article's body, negative for furniture).

use super::dates::{self, DateWords};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const HINTS: &str = include_str!("../../../data/web/hints.tsv");

/// A hint: which one (one number for each text, so that a word and a prefix written alike
/// count as one) and its weight.
#[derive(Clone, Copy)]
struct Hint {
    index: usize,
    weight: i32,
}

/// What a whole word of a class, id or role says: its hint and its date words (`dates.rs`),
/// found by one look-up.
#[derive(Clone, Copy, Default)]
struct WordFacts {
    hint: Option<Hint>,
    dates: DateWords,
}

/// A word's beginning that says something of every word it begins: a hint (`comment*`) or a
/// date word of another text's container (`dates.rs`'s `foreign` prefixes).
struct Prefix {
    text: &'static str,
    hint: Option<Hint>,
    foreign: bool,
}

/// The hints and the date words, read once: whole words by one hash look-up, prefixes by the
/// word's first byte. A page has thousands of elements, and this runs for every word of each.
struct Table {
    words: FxHashMap<&'static str, WordFacts>,
    prefixes: Vec<Vec<Prefix>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table {
            words: FxHashMap::default(),
            prefixes: (0..256).map(|_| Vec::new()).collect(),
        };
        let mut indexes: FxHashMap<&'static str, usize> = FxHashMap::default();
        let rows = HINTS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let (word, weight) = line.split_once('\t')?;
                Some((word, weight.trim().parse::<i32>().ok()?))
            });
        for (word, weight) in rows {
            let (text, prefix) = match word.strip_suffix('*') {
                Some(text) => (text, true),
                None => (word, false),
            };
            let count = indexes.len();
            let index = *indexes.entry(text).or_insert(count);
            let hint = Some(Hint { index, weight });
            if prefix {
                table.add_prefix(text, hint, false);
            } else {
                table.words.entry(text).or_default().hint = hint;
            }
        }
        for (word, flags) in dates::class_words() {
            table.words.entry(word).or_default().dates.merge(flags);
        }
        for prefix in dates::foreign_prefixes() {
            table.add_prefix(prefix, None, true);
        }
        table
    })
}

impl Table {
    fn add_prefix(&mut self, text: &'static str, hint: Option<Hint>, foreign: bool) {
        // An empty prefix would begin every word; the data has none, and it is not kept.
        if let Some(&first) = text.as_bytes().first() {
            self.prefixes[usize::from(first)].push(Prefix {
                text,
                hint,
                foreign,
            });
        }
    }
}

/// The weights of the hints among an element's words, added word by word: the sum of the
/// positive ones and of the negative ones, each hint counted once.
#[derive(Default)]
pub(super) struct Weights {
    /// The hints found (bit `index` for the first 128), so that one named twice ("ad ad-slot
    /// ad") counts once.
    found: u128,
    found_beyond: Vec<usize>,
    positive: i32,
    negative: i32,
}

impl Weights {
    /// Adds the hints of `word` (lower case, not empty) and its date words to `dates`.
    pub fn add(&mut self, word: &str, dates: &mut DateWords) {
        let table = table();
        if let Some(facts) = table.words.get(word) {
            if let Some(hint) = facts.hint {
                self.count(hint);
            }
            dates.merge(facts.dates);
        }
        let Some(&first) = word.as_bytes().first() else {
            return;
        };
        for prefix in &table.prefixes[usize::from(first)] {
            if word.starts_with(prefix.text) {
                if let Some(hint) = prefix.hint {
                    self.count(hint);
                }
                dates.foreign |= prefix.foreign;
            }
        }
    }

    fn count(&mut self, hint: Hint) {
        if hint.index < 128 {
            let bit = 1u128 << hint.index;
            if self.found & bit != 0 {
                return;
            }
            self.found |= bit;
        } else {
            if self.found_beyond.contains(&hint.index) {
                return;
            }
            self.found_beyond.push(hint.index);
        }
        if hint.weight > 0 {
            self.positive += hint.weight;
        } else {
            self.negative += hint.weight;
        }
    }

    /// (sum of the positive weights, sum of the negative ones)
    pub fn sums(&self) -> (i32, i32) {
        (self.positive, self.negative)
    }
}

#[cfg(test)]
mod tests {
    use super::Weights;
    use crate::corpus::web::dates::DateWords;
    use crate::corpus::web::dom::{split_words, Words};

    fn weights(value: &str) -> (i32, i32) {
        words(value).0
    }

    fn words(value: &str) -> ((i32, i32), DateWords) {
        let mut weights = Weights::default();
        let mut dates = DateWords::default();
        split_words(value, &mut Words::default(), |w| weights.add(w, &mut dates));
        (weights.sums(), dates)
    }

    #[test]
    fn each_hint_counts_once_and_prefixes_match_the_words_they_begin() {
        assert_eq!(weights("story"), (2, 0));
        assert_eq!(weights("story Story story"), (2, 0));
        assert_eq!(weights("storyBody"), (4, 0));
        assert_eq!(weights("comments comment-list"), (0, -3));
        assert_eq!(weights("story-comments"), (2, -3));
        assert_eq!(weights("xcomment"), (0, 0));
        assert_eq!(weights(""), (0, 0));
    }

    #[test]
    fn the_same_look_up_finds_the_date_words() {
        let flags = |holds_date, updated, foreign| DateWords {
            holds_date,
            updated,
            foreign,
        };
        assert_eq!(words("post-date").1, flags(true, false, false));
        assert_eq!(words("lastUpdated").1, flags(false, true, false));
        // A prefix of another text's container, and a hint's prefix too.
        assert_eq!(words("commentsDate").1, flags(true, false, true));
        assert_eq!(words("navigation"), ((0, -3), flags(false, false, true)));
        assert_eq!(words("xnav story").1, flags(false, false, false));
    }
}
