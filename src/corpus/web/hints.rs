//! The content hints of `data/web/hints.tsv`: what the words of an element's `class`, `id` and
//! `role` say about it, as a weight (positive for an article's body, negative for furniture).

use std::sync::OnceLock;

const HINTS: &str = include_str!("../../../data/web/hints.tsv");

struct Hint {
    word: &'static str,
    /// The word matches every word it begins (written with a trailing `*`).
    prefix: bool,
    weight: i32,
}

fn hints() -> &'static [Hint] {
    static HINTS_TABLE: OnceLock<Vec<Hint>> = OnceLock::new();
    HINTS_TABLE.get_or_init(|| {
        HINTS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let (word, weight) = line.split_once('\t')?;
                let weight = weight.trim().parse().ok()?;
                let (word, prefix) = match word.strip_suffix('*') {
                    Some(w) => (w, true),
                    None => (word, false),
                };
                Some(Hint {
                    word,
                    prefix,
                    weight,
                })
            })
            .collect()
    })
}

/// The weights of the hints among `words`: (sum of the positive ones, sum of the negative
/// ones), each hint counted once.
pub(super) fn weigh(words: &[String]) -> (i32, i32) {
    let mut positive = 0;
    let mut negative = 0;
    for hint in hints() {
        let found = words
            .iter()
            .any(|w| w == hint.word || (hint.prefix && w.starts_with(hint.word)));
        if found {
            if hint.weight > 0 {
                positive += hint.weight;
            } else {
                negative += hint.weight;
            }
        }
    }
    (positive, negative)
}
