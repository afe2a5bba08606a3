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

/// The weights of the hints among `words`: (sum of the positive ones, sum of the negative
/// ones), each hint counted once.
pub(super) fn weigh(words: &[String]) -> (i32, i32) {
    if words.is_empty() {
        return (0, 0);
    }
    let hints = hints();
    // The hints found, so that one named twice ("ad ad-slot ad") counts once.
    let mut found: Vec<&str> = Vec::new();
    let mut positive = 0;
    let mut negative = 0;
    let mut add = |hint: &'static str, weight: i32| {
        if found.contains(&hint) {
            return;
        }
        found.push(hint);
        if weight > 0 {
            positive += weight;
        } else {
            negative += weight;
        }
    };
    for word in words {
        if let Some((&hint, &weight)) = hints.words.get_key_value(word.as_str()) {
            add(hint, weight);
        }
        for &(prefix, weight) in &hints.prefixes {
            if word.starts_with(prefix) {
                add(prefix, weight);
            }
        }
    }
    (positive, negative)
}
