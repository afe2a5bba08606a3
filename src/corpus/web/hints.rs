//! The content hints of `data/web/hints.tsv`: what the words of an element's `class`, `id` and
//! `role` say about it, as a weight (positive for an article's body, negative for furniture).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const HINTS: &str = include_str!("../../../data/web/hints.tsv");

/// The hints, read once: whole words by a hash lookup, and the few prefixes (`comment*`) tried
/// on each word. A page has thousands of elements, and this runs for every one.
struct Hints {
    words: FxHashMap<&'static str, i32>,
    prefixes: Vec<(&'static str, i32)>,
}

fn hints() -> &'static Hints {
    static HINTS_TABLE: OnceLock<Hints> = OnceLock::new();
    HINTS_TABLE.get_or_init(|| {
        let mut hints = Hints {
            words: FxHashMap::default(),
            prefixes: Vec::new(),
        };
        let rows = HINTS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let (word, weight) = line.split_once('\t')?;
                Some((word, weight.trim().parse::<i32>().ok()?))
            });
        for (word, weight) in rows {
            match word.strip_suffix('*') {
                Some(prefix) => hints.prefixes.push((prefix, weight)),
                None => {
                    hints.words.insert(word, weight);
                }
            }
        }
        hints
    })
}

/// The weights of the hints among an element's words, added word by word: the sum of the
/// positive ones and of the negative ones, each hint counted once.
#[derive(Default)]
pub(super) struct Weights {
    /// The hints found, so that one named twice ("ad ad-slot ad") counts once.
    found: Vec<&'static str>,
    positive: i32,
    negative: i32,
}

impl Weights {
    pub fn add(&mut self, word: &str) {
        let hints = hints();
        if let Some((&hint, &weight)) = hints.words.get_key_value(word) {
            self.count(hint, weight);
        }
        for &(prefix, weight) in &hints.prefixes {
            if starts_with(word, prefix) {
                self.count(prefix, weight);
            }
        }
    }

    fn count(&mut self, hint: &'static str, weight: i32) {
        if self.found.contains(&hint) {
            return;
        }
        self.found.push(hint);
        if weight > 0 {
            self.positive += weight;
        } else {
            self.negative += weight;
        }
    }

    /// (sum of the positive weights, sum of the negative ones)
    pub fn sums(&self) -> (i32, i32) {
        (self.positive, self.negative)
    }
}

/// `word.starts_with(prefix)`, its first byte compared first: a few hundred thousand words a
/// page of markup and each tried against every prefix, most of them at their first letter.
pub(super) fn starts_with(word: &str, prefix: &str) -> bool {
    word.as_bytes().first() == prefix.as_bytes().first() && word.starts_with(prefix)
}

#[cfg(test)]
mod tests {
    use super::Weights;
    use crate::corpus::web::dom::{split_words, Words};

    fn weights(value: &str) -> (i32, i32) {
        let mut weights = Weights::default();
        split_words(value, &mut Words::default(), |w| weights.add(w));
        weights.sums()
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
}
