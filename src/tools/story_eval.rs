//! Story grouping scored against reference labels (a `stories.tsv`: `doc event_id ...`), by
//! B-cubed precision, recall and F1 (Bagga and Baldwin 1998; Amigó et al. 2009): per article,
//! the share of its predicted story that shares its reference event, and the share of its event
//! that shares its predicted story, averaged over articles.
//!
//! Beside it, the plain baseline: TF-IDF over words (stop words left out; raw counts, smooth
//! idf, unit length, as scikit-learn's `TfidfVectorizer` does), average-link clustering on
//! cosine distance over every pair. And a fair way to choose a threshold: on half of the
//! events, scored on the other half.

use crate::model::lexicon::Lexicon;
use crate::stories::cluster::average_link;
use crate::stories::{cosine, word_counts, Document};
use crate::tools::eval::EvalError;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::path::Path;

/// B-cubed precision, recall and F1 over some articles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// The articles scored.
    pub articles: usize,
}

/// B-cubed of the predicted labels against the reference labels (one each per article), over
/// the articles `scored` keeps: stories and events are cut to those articles first, so a half
/// of the events is scored as if it were the corpus.
pub fn bcubed(predicted: &[usize], reference: &[usize], scored: impl Fn(usize) -> bool) -> BCubed {
    assert_eq!(predicted.len(), reference.len());
    let kept: Vec<usize> = (0..predicted.len()).filter(|&i| scored(i)).collect();
    let mut pair: FxHashMap<(usize, usize), f64> = FxHashMap::default();
    let mut story: FxHashMap<usize, f64> = FxHashMap::default();
    let mut event: FxHashMap<usize, f64> = FxHashMap::default();
    for &i in &kept {
        *pair.entry((predicted[i], reference[i])).or_default() += 1.0;
        *story.entry(predicted[i]).or_default() += 1.0;
        *event.entry(reference[i]).or_default() += 1.0;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for &i in &kept {
        let both = pair[&(predicted[i], reference[i])];
        precision += both / story[&predicted[i]];
        recall += both / event[&reference[i]];
    }
    let n = kept.len().max(1) as f64;
    let (precision, recall) = (precision / n, recall / n);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    BCubed {
        precision,
        recall,
        f1,
        articles: kept.len(),
    }
}

/// Each article's cluster number, from clusters of article indices.
pub fn labels_of(n: usize, clusters: &[Vec<usize>]) -> Vec<usize> {
    let mut labels = vec![usize::MAX; n];
    for (k, members) in clusters.iter().enumerate() {
        for &m in members {
            labels[m] = k;
        }
    }
    assert!(
        labels.iter().all(|&l| l != usize::MAX),
        "every article in a cluster"
    );
    labels
}

/// The reference events of a `stories.tsv` (header `doc event_id ...`), doc to event id.
pub fn read_truth(path: &Path) -> Result<FxHashMap<String, String>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut truth = FxHashMap::default();
    for (k, line) in text.lines().enumerate() {
        if k == 0 || line.trim().is_empty() {
            continue;
        }
        let mut cells = line.split('\t');
        match (cells.next(), cells.next()) {
            (Some(doc), Some(event)) if !doc.is_empty() && !event.is_empty() => {
                truth.insert(doc.to_owned(), event.to_owned());
            }
            _ => {
                return Err(EvalError::Parse {
                    path: path.to_owned(),
                    line: k + 1,
                    message: "expected `doc<TAB>event_id`".into(),
                })
            }
        }
    }
    Ok(truth)
}

/// The baseline's similarity graph: TF-IDF cosine of every pair of articles (no blocking: it is
/// the plain method, for corpora of hundreds).
pub fn baseline_edges(docs: &[Document]) -> Vec<(u32, u32, f32)> {
    let lex = Lexicon::get();
    let counts: Vec<FxHashMap<String, u32>> = docs
        .iter()
        .map(|d| {
            let mut c = FxHashMap::default();
            for text in d.title.into_iter().chain([d.text]) {
                word_counts(text, lex, &mut c);
            }
            c
        })
        .collect();
    let mut df: FxHashMap<&str, u32> = FxHashMap::default();
    for c in &counts {
        for w in c.keys() {
            *df.entry(w).or_default() += 1;
        }
    }
    let mut words: Vec<&str> = df.keys().copied().collect();
    words.sort_unstable();
    let id: FxHashMap<&str, u32> = words
        .iter()
        .enumerate()
        .map(|(i, w)| (*w, i as u32))
        .collect();
    let n = docs.len() as f32;
    let vectors: Vec<Vec<(u32, f32)>> = counts
        .iter()
        .map(|c| {
            let mut v: Vec<(u32, f32)> = c
                .iter()
                .map(|(w, &tf)| {
                    let idf = ((1.0 + n) / (1.0 + df[w.as_str()] as f32)).ln() + 1.0;
                    (id[w.as_str()], tf as f32 * idf)
                })
                .collect();
            let norm = v
                .iter()
                .map(|(_, x)| x * x)
                .sum::<f32>()
                .sqrt()
                .max(f32::MIN_POSITIVE);
            v.iter_mut().for_each(|(_, x)| *x /= norm);
            v.sort_unstable_by_key(|&(i, _)| i);
            v
        })
        .collect();
    let mut edges = Vec::new();
    for i in 0..vectors.len() {
        for j in i + 1..vectors.len() {
            let s = cosine(&vectors[i], &vectors[j]);
            if s > 0.0 {
                edges.push((i as u32, j as u32, s));
            }
        }
    }
    edges
}

/// Average-link clusters of a similarity graph at a threshold, as article indices.
pub fn clusters_at(n: usize, edges: &[(u32, u32, f32)], threshold: f64) -> Vec<Vec<usize>> {
    average_link(n, edges, threshold)
        .into_iter()
        .map(|c| c.into_iter().map(|i| i as usize).collect())
        .collect()
}

/// A threshold chosen on some articles and scored on others.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Choice {
    pub threshold: f64,
    /// On the articles it was chosen on.
    pub chosen_on: BCubed,
    /// On the others.
    pub scored_on: BCubed,
}

/// The threshold of `grid` with the best F1 on the articles `tune` keeps (the lowest of equals),
/// and its scores there and on the rest. `labels_at(t)` clusters the whole corpus at `t`.
pub fn choose_threshold(
    grid: &[f64],
    reference: &[usize],
    tune: &dyn Fn(usize) -> bool,
    labels_at: &dyn Fn(f64) -> Vec<usize>,
) -> Choice {
    let mut best: Option<Choice> = None;
    for &t in grid {
        let labels = labels_at(t);
        let on = bcubed(&labels, reference, tune);
        if best.is_none_or(|b| on.f1 > b.chosen_on.f1) {
            best = Some(Choice {
                threshold: t,
                chosen_on: on,
                scored_on: bcubed(&labels, reference, |i| !tune(i)),
            });
        }
    }
    best.expect("a non-empty grid")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(predicted: &[usize], reference: &[usize], p: f64, r: f64) {
        let b = bcubed(predicted, reference, |_| true);
        assert!((b.precision - p).abs() < 1e-9, "precision {b:?}");
        assert!((b.recall - r).abs() < 1e-9, "recall {b:?}");
        assert!((b.f1 - 2.0 * p * r / (p + r)).abs() < 1e-9);
    }

    #[test]
    fn bcubed_on_hand_made_cases() {
        // Perfect.
        check(&[0, 0, 1], &[5, 5, 7], 1.0, 1.0);
        // Everything in one story: precision (2/3 + 2/3 + 1/3) / 3, recall 1.
        check(&[0, 0, 0], &[5, 5, 7], 5.0 / 9.0, 1.0);
        // Every article alone: precision 1, recall (1/2 + 1/2 + 1) / 3.
        check(&[0, 1, 2], &[5, 5, 7], 1.0, 2.0 / 3.0);
        // Amigó et al.'s shape: one story {a, b, c} where c belongs with d.
        check(
            &[0, 0, 0, 1],
            &[1, 1, 2, 2],
            (2.0 / 3.0 * 2.0 + 1.0 / 3.0 + 1.0) / 4.0,
            0.75,
        );
    }

    #[test]
    fn a_half_is_scored_as_its_own_corpus() {
        // The first two articles only: the story they share with the third does not count.
        let b = bcubed(&[0, 0, 0], &[1, 1, 2], |i| i < 2);
        assert_eq!((b.precision, b.recall, b.articles), (1.0, 1.0, 2));
    }
}
