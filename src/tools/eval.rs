//! Scoring extracted mentions against hand annotations, by the rule of
//! `data/gold/SCHEMA.md` ("Scoring").
//!
//! A predicted mention matches a gold mention of the same document and kind whose span
//! overlaps it, one to one, largest overlap first. A match is correct when its value agrees:
//! numbers within one part in a million, dates with equal `from` and `to`, durations equal,
//! quotes always. Over the matches, `unit`, `bound` and `speaker` are scored as accuracies,
//! each over the matches whose gold mention has that field.

use crate::model::claim::{Kind, Mention};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: no *.jsonl annotation files in this directory")]
    NoGold { path: PathBuf },
}

/// Precision, recall and F1 of one kind, or of all kinds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct KindScore {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub correct: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl KindScore {
    fn finish(&mut self) {
        self.precision = ratio(self.correct, self.predicted);
        self.recall = ratio(self.correct, self.gold);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
    }
}

/// Right answers over the matches where the gold mention has the field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Accuracy {
    pub right: usize,
    pub total: usize,
    pub accuracy: f64,
}

impl Accuracy {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
        self.accuracy = ratio(self.right, self.total);
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Why a gold or predicted mention did not count as correct.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Miss {
    /// A gold mention no prediction overlaps.
    Missed { gold: Mention },
    /// Matched, but the value disagrees.
    WrongValue { gold: Mention, predicted: Mention },
    /// A prediction no gold mention overlaps.
    Spurious { predicted: Mention },
    /// Matched and correct, but the speaker is wrong.
    WrongSpeaker { gold: Mention, predicted: Mention },
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    pub overall: KindScore,
    pub kinds: BTreeMap<Kind, KindScore>,
    pub unit: Accuracy,
    pub bound: Accuracy,
    pub speaker: Accuracy,
    /// `subject` is optional in the annotations and not part of the floors; scored like a
    /// speaker (equal, or containing the gold's last word).
    pub subject: Accuracy,
    /// Matches whose prediction names a speaker where the gold has none.
    pub speaker_extra: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub misses: Vec<Miss>,
}

/// Scores the documents both sides know: gold mentions of the documents in `scored` (those
/// that were extracted, or all of them when predictions come from a file) against the
/// predictions for documents the gold annotates. Returns the scores and the gold documents
/// left out for want of an article.
pub fn score_documents(
    gold: Vec<Mention>,
    predicted: Vec<Mention>,
    scored: Option<&BTreeSet<String>>,
) -> (Scores, Vec<String>) {
    let gold_docs: BTreeSet<String> = gold.iter().map(|m| m.doc.clone()).collect();
    let scored = scored.unwrap_or(&gold_docs);
    let unscored: Vec<String> = gold_docs.difference(scored).cloned().collect();
    let gold: Vec<Mention> = gold
        .into_iter()
        .filter(|m| scored.contains(&m.doc))
        .collect();
    let predicted: Vec<Mention> = predicted
        .into_iter()
        .filter(|m| gold_docs.contains(&m.doc))
        .collect();
    (score(&gold, &predicted), unscored)
}

/// Scores predictions against gold; both may hold several documents.
///
/// ```
/// use claimgraph::model::claim::{Kind, Mention};
/// use claimgraph::tools::eval::score;
///
/// let mut gold = Mention::new("a", Kind::Count, "40", 10, 12);
/// gold.value = Some(40.0);
/// let mut predicted = Mention::new("a", Kind::Count, "over 40", 5, 12);
/// predicted.value = Some(40.0);
/// let s = score(&[gold], &[predicted]);
/// assert_eq!(s.overall.f1, 1.0);
/// ```
pub fn score(gold: &[Mention], predicted: &[Mention]) -> Scores {
    let mut scores = Scores::default();
    for kind in Kind::ALL {
        scores.kinds.insert(kind, KindScore::default());
    }
    // Group by (doc, kind).
    type Pair<'m> = (Vec<&'m Mention>, Vec<&'m Mention>);
    let mut groups: BTreeMap<(&str, Kind), Pair> = BTreeMap::new();
    for g in gold {
        groups.entry((&g.doc, g.kind)).or_default().0.push(g);
    }
    for p in predicted {
        groups.entry((&p.doc, p.kind)).or_default().1.push(p);
    }
    for ((_, kind), (golds, preds)) in groups {
        let ks = scores.kinds.entry(kind).or_default();
        ks.gold += golds.len();
        ks.predicted += preds.len();
        // Every overlapping pair, largest overlap first.
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (gi, g) in golds.iter().enumerate() {
            for (pi, p) in preds.iter().enumerate() {
                let overlap = g.end.min(p.end).saturating_sub(g.start.max(p.start));
                if overlap > 0 {
                    pairs.push((overlap, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut gold_used = vec![false; golds.len()];
        let mut pred_used = vec![false; preds.len()];
        for (_, gi, pi) in pairs {
            if gold_used[gi] || pred_used[pi] {
                continue;
            }
            gold_used[gi] = true;
            pred_used[pi] = true;
            let (g, p) = (golds[gi], preds[pi]);
            ks.matched += 1;
            if value_agrees(g, p) {
                ks.correct += 1;
            } else {
                scores.misses.push(Miss::WrongValue {
                    gold: g.clone(),
                    predicted: p.clone(),
                });
            }
            if let Some(unit) = &g.unit {
                scores.unit.add(
                    p.unit
                        .as_deref()
                        .is_some_and(|u| unit_agrees(kind, unit, u)),
                );
            }
            if let Some(bound) = g.bound {
                scores
                    .bound
                    .add(p.bound.unwrap_or(crate::model::claim::Bound::Exact) == bound);
            }
            if let Some(gs) = &g.subject {
                scores.subject.add(
                    p.subject
                        .as_deref()
                        .is_some_and(|ps| speaker_agrees(gs, ps)),
                );
            }
            match (&g.speaker, &p.speaker) {
                (Some(gs), ps) => {
                    let right = ps.as_deref().is_some_and(|ps| speaker_agrees(gs, ps));
                    scores.speaker.add(right);
                    if !right {
                        scores.misses.push(Miss::WrongSpeaker {
                            gold: g.clone(),
                            predicted: p.clone(),
                        });
                    }
                }
                (None, Some(_)) => scores.speaker_extra += 1,
                (None, None) => {}
            }
        }
        for (gi, used) in gold_used.iter().enumerate() {
            if !used {
                scores.misses.push(Miss::Missed {
                    gold: golds[gi].clone(),
                });
            }
        }
        for (pi, used) in pred_used.iter().enumerate() {
            if !used {
                scores.misses.push(Miss::Spurious {
                    predicted: preds[pi].clone(),
                });
            }
        }
    }
    let mut overall = KindScore::default();
    for ks in scores.kinds.values_mut() {
        ks.finish();
        overall.gold += ks.gold;
        overall.predicted += ks.predicted;
        overall.matched += ks.matched;
        overall.correct += ks.correct;
    }
    overall.finish();
    scores.overall = overall;
    scores.misses.sort_by_key(|m| {
        let x = match m {
            Miss::Missed { gold } => gold,
            Miss::WrongValue { gold, .. } | Miss::WrongSpeaker { gold, .. } => gold,
            Miss::Spurious { predicted } => predicted,
        };
        (x.doc.clone(), x.start)
    });
    scores
}

fn value_agrees(g: &Mention, p: &Mention) -> bool {
    match g.kind {
        Kind::Quote => true,
        Kind::Date => g.from == p.from && g.to == p.to,
        Kind::Duration => g.duration.is_some() && g.duration == p.duration,
        _ => match (g.value, p.value) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0),
            _ => false,
        },
    }
}

/// Currencies must be equal; counted units agree when one names the other's things with
/// fewer words ("patents" for "blockchain patents"), compared without case.
fn unit_agrees(kind: Kind, gold: &str, predicted: &str) -> bool {
    let (g, p) = (gold.to_lowercase(), predicted.to_lowercase());
    if kind == Kind::Amount || g == p {
        return g == p;
    }
    let gw: Vec<&str> = g.split_whitespace().collect();
    let pw: Vec<&str> = p.split_whitespace().collect();
    let contains = |long: &[&str], short: &[&str]| {
        !short.is_empty() && long.windows(short.len()).any(|w| w == short)
    };
    contains(&gw, &pw) || contains(&pw, &gw)
}

/// A speaker is right when it equals the gold one or contains its last word.
fn speaker_agrees(gold: &str, predicted: &str) -> bool {
    if gold == predicted {
        return true;
    }
    let last = gold
        .split_whitespace()
        .last()
        .unwrap_or(gold)
        .trim_matches(|c: char| !c.is_alphanumeric());
    !last.is_empty() && predicted.to_lowercase().contains(&last.to_lowercase())
}

/// Reads one JSON-lines file of mentions.
pub fn read_jsonl(path: &Path) -> Result<Vec<Mention>, EvalError> {
    let text = fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mention: Mention = serde_json::from_str(line).map_err(|e| EvalError::Parse {
            path: path.to_owned(),
            line: i + 1,
            message: e.to_string(),
        })?;
        if mention.start > mention.end {
            return Err(EvalError::Parse {
                path: path.to_owned(),
                line: i + 1,
                message: "start is after end".into(),
            });
        }
        out.push(mention);
    }
    Ok(out)
}

/// Reads every `*.jsonl` file of a gold directory.
pub fn read_gold_dir(dir: &Path) -> Result<Vec<Mention>, EvalError> {
    let entries = fs::read_dir(dir).map_err(|source| EvalError::Io {
        path: dir.to_owned(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(EvalError::NoGold {
            path: dir.to_owned(),
        });
    }
    let mut out = Vec::new();
    for f in files {
        out.extend(read_jsonl(&f)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::claim::Bound;

    fn m(kind: Kind, start: usize, end: usize, value: Option<f64>) -> Mention {
        let mut x = Mention::new("d", kind, "x", start, end);
        x.value = value;
        x
    }

    #[test]
    fn largest_overlap_wins_one_to_one() {
        let gold = [
            m(Kind::Count, 0, 10, Some(5.0)),
            m(Kind::Count, 12, 20, Some(7.0)),
        ];
        let pred = [
            m(Kind::Count, 8, 14, Some(7.0)),
            m(Kind::Count, 0, 9, Some(5.0)),
        ];
        let s = score(&gold, &pred);
        let c = s.kinds[&Kind::Count];
        assert_eq!((c.matched, c.correct), (2, 2));
        assert_eq!(s.overall.f1, 1.0);
    }

    #[test]
    fn values_must_agree_and_kinds_must_match() {
        let gold = [m(Kind::Amount, 0, 5, Some(3e9))];
        let pred = [
            m(Kind::Amount, 0, 5, Some(3.1e9)),
            m(Kind::Count, 0, 5, Some(3e9)),
        ];
        let s = score(&gold, &pred);
        assert_eq!(s.kinds[&Kind::Amount].correct, 0);
        assert_eq!(s.overall.predicted, 2);
        assert_eq!(s.overall.precision, 0.0);
    }

    #[test]
    fn speaker_and_bound_accuracy() {
        let mut g = m(Kind::Quote, 0, 5, None);
        g.speaker = Some("Maria Ortiz".into());
        let mut p = g.clone();
        p.speaker = Some("Ortiz".into());
        let mut gc = m(Kind::Count, 10, 12, Some(3.0));
        gc.bound = Some(Bound::AtLeast);
        let pc = m(Kind::Count, 10, 12, Some(3.0));
        let s = score(&[g, gc], &[p, pc]);
        assert_eq!(s.speaker.accuracy, 1.0);
        assert_eq!((s.bound.right, s.bound.total), (0, 1));
    }

    #[test]
    fn unit_comparison() {
        assert!(unit_agrees(
            Kind::Count,
            "blockchain patents",
            "Blockchain patents"
        ));
        assert!(unit_agrees(
            Kind::Count,
            "PhD students working on blockchain",
            "PhD students"
        ));
        assert!(!unit_agrees(Kind::Amount, "USD", "CNY"));
    }
}
