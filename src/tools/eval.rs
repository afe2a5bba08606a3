//! Scoring extracted mentions against hand annotations, by the rule of
//! `data/gold/SCHEMA.md` ("Scoring").
//!
//! A predicted mention matches a gold mention of the same document and kind whose span
//! overlaps it, one to one, largest overlap first. A match is correct when its value agrees:
//! numbers within one part in a million, dates with equal `from` and `to`, durations equal,
//! quotes always. Over the matches, `unit`, `bound` and `speaker` are scored as accuracies,
//! each over the matches whose gold mention has that field.
//!
//! One file, over 800 lines, because matching, scoring and the tables by part, outlet and cause all
//! read the same matches.

use crate::model::claim::{Kind, Mention};
use crate::present::text::clip;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Write};
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
    #[error("no part {part:?} in the gold's split.tsv (its parts, and `all`, can be asked for)")]
    NoPart { part: String },
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
    /// Matched, but the speaker is wrong or missing.
    WrongSpeaker { gold: Mention, predicted: Mention },
    /// Matched, but the bound is wrong.
    WrongBound { gold: Mention, predicted: Mention },
    /// Matched, but the unit (currency, or the things counted) is wrong or missing.
    WrongUnit { gold: Mention, predicted: Mention },
}

impl Miss {
    /// The gold mention, or the prediction when there is none.
    pub fn mention(&self) -> &Mention {
        match self {
            Miss::Missed { gold }
            | Miss::WrongValue { gold, .. }
            | Miss::WrongSpeaker { gold, .. }
            | Miss::WrongBound { gold, .. }
            | Miss::WrongUnit { gold, .. } => gold,
            Miss::Spurious { predicted } => predicted,
        }
    }

    /// The prediction, when there is one.
    pub fn predicted(&self) -> Option<&Mention> {
        match self {
            Miss::Missed { .. } => None,
            Miss::Spurious { predicted }
            | Miss::WrongValue { predicted, .. }
            | Miss::WrongSpeaker { predicted, .. }
            | Miss::WrongBound { predicted, .. }
            | Miss::WrongUnit { predicted, .. } => Some(predicted),
        }
    }

    /// Why it counts against extraction, for grouping: `missed`, `spurious`, `wrong value`,
    /// `no speaker` (the gold names one, the prediction none), `wrong speaker`, `wrong bound`,
    /// `wrong unit`.
    pub fn cause(&self) -> &'static str {
        match self {
            Miss::Missed { .. } => "missed",
            Miss::Spurious { .. } => "spurious",
            Miss::WrongValue { .. } => "wrong value",
            Miss::WrongSpeaker { predicted, .. } if predicted.speaker.is_none() => "no speaker",
            Miss::WrongSpeaker { .. } => "wrong speaker",
            Miss::WrongBound { .. } => "wrong bound",
            Miss::WrongUnit { .. } => "wrong unit",
        }
    }
}

/// The causes of [`Miss::cause`], in the order reports list them.
pub const CAUSES: [&str; 7] = [
    "missed",
    "spurious",
    "wrong value",
    "no speaker",
    "wrong speaker",
    "wrong bound",
    "wrong unit",
];

#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    pub overall: KindScore,
    pub kinds: BTreeMap<Kind, KindScore>,
    pub unit: Accuracy,
    pub bound: Accuracy,
    pub speaker: Accuracy,
    /// `subject` is optional in the annotations and not part of the floors; scored like a
    /// speaker (equal, or with the gold's last word as a word of its own).
    pub subject: Accuracy,
    /// Matches whose prediction names a speaker where the gold has none.
    pub speaker_extra: usize,
    /// The speaker accuracy of quotations alone, and of the other kinds (figures and dates
    /// said by someone): the two are attributed by different paths.
    pub quote_speaker: Accuracy,
    pub figure_speaker: Accuracy,
    /// Wrong speakers by what was predicted: no speaker at all, or another one.
    pub speaker_missing: usize,
    pub speaker_other: usize,
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
                let right = p
                    .unit
                    .as_deref()
                    .is_some_and(|u| unit_agrees(kind, unit, u));
                scores.unit.add(right);
                if !right {
                    scores.misses.push(Miss::WrongUnit {
                        gold: g.clone(),
                        predicted: p.clone(),
                    });
                }
            }
            if let Some(bound) = g.bound {
                let right = p.bound.unwrap_or(crate::model::claim::Bound::Exact) == bound;
                scores.bound.add(right);
                if !right {
                    scores.misses.push(Miss::WrongBound {
                        gold: g.clone(),
                        predicted: p.clone(),
                    });
                }
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
                    if kind == Kind::Quote {
                        scores.quote_speaker.add(right);
                    } else {
                        scores.figure_speaker.add(right);
                    }
                    match (right, ps) {
                        (false, None) => scores.speaker_missing += 1,
                        (false, Some(_)) => scores.speaker_other += 1,
                        (true, _) => {}
                    }
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
    scores.misses.sort_by(|a, b| {
        let (x, y) = (a.mention(), b.mention());
        (&x.doc, x.start).cmp(&(&y.doc, y.start))
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

/// A speaker is right when it equals the gold one or has its last word as a word of its own
/// ("Ortiz" for "Maria Ortiz"); a speaker that only holds those letters inside a longer word
/// ("Ekland Bank" for "Tomas Ek") is wrong. Both sides are cut into words at the same marks, so
/// a last word with a hyphen or an apostrophe ("Vale-Anders", "O'Dare") is found as those
/// pieces in a row. A generational suffix ("Jr.", "III") is not the surname: the word before
/// it is.
fn speaker_agrees(gold: &str, predicted: &str) -> bool {
    if gold == predicted {
        return true;
    }
    let pieces = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let suffixes = include_str!("../../data/lexicon/name_suffixes.txt");
    let is_suffix = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        suffixes
            .lines()
            .any(|l| !l.starts_with('#') && l.trim() == w)
    };
    let words_of_gold: Vec<&str> = gold.split_whitespace().collect();
    let surname = words_of_gold
        .iter()
        .rev()
        .find(|w| !is_suffix(w.trim_end_matches(',')))
        .or(words_of_gold.last())
        .copied()
        .unwrap_or(gold);
    let last = pieces(surname);
    let words = pieces(predicted);
    !last.is_empty() && words.windows(last.len()).any(|w| w == last.as_slice())
}

/// The parts of a gold set and the outlets of its documents, by which a report is broken
/// down. Both are optional: without a split every document is in one part, `all`; without
/// outlets every document is its own.
#[derive(Clone, Debug, Default)]
pub struct Grouping {
    /// Each document's part (`split.tsv`: `tune`, `heldout`), in the order the parts first
    /// appear.
    pub split: Vec<(String, String)>,
    /// Each document's outlet (the publisher of `sources.tsv`).
    pub outlets: BTreeMap<String, String>,
    /// Report this part only (`tune`, `heldout`, or `all`).
    pub only: Option<String>,
}

impl Grouping {
    fn part(&self, doc: &str) -> Option<&str> {
        self.split
            .iter()
            .find(|(d, _)| d == doc)
            .map(|(_, p)| p.as_str())
    }

    /// The parts to report, in order: each part of the split, then `all` (the only part when
    /// there is no split).
    fn parts(&self) -> Vec<String> {
        let mut parts: Vec<String> = Vec::new();
        for (_, p) in &self.split {
            if !parts.contains(p) {
                parts.push(p.clone());
            }
        }
        parts.push("all".to_owned());
        match &self.only {
            Some(only) => parts.into_iter().filter(|p| p == only).collect(),
            None => parts,
        }
    }

    fn outlet<'a>(&'a self, doc: &'a str) -> &'a str {
        self.outlets.get(doc).map_or(doc, String::as_str)
    }
}

/// The scores of one part of a gold set, overall and by outlet.
#[derive(Clone, Debug, Serialize)]
pub struct PartScores {
    pub part: String,
    pub documents: usize,
    pub scores: Scores,
    /// Each outlet's scores (without their misses, which are in `scores`).
    pub outlets: BTreeMap<String, Scores>,
}

/// A whole evaluation: one [`PartScores`] for each part reported. In JSON the scores of the
/// last part (`all`, unless one part was asked for) stand at the top as well, without their
/// misses, in the shape a report without parts had.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    #[serde(flatten)]
    pub summary: Scores,
    pub parts: Vec<PartScores>,
    /// Gold documents with no article, left out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unscored: Vec<String>,
}

/// Scores predictions against gold part by part and outlet by outlet. `scored` is as for
/// [`score_documents`]. Fails when `grouping.only` names a part the split does not have.
pub fn evaluate(
    gold: Vec<Mention>,
    predicted: Vec<Mention>,
    scored: Option<&BTreeSet<String>>,
    grouping: &Grouping,
) -> Result<Report, EvalError> {
    let parts = grouping.parts();
    if parts.is_empty() {
        return Err(EvalError::NoPart {
            part: grouping.only.clone().unwrap_or_default(),
        });
    }
    let gold_docs: BTreeSet<String> = gold.iter().map(|m| m.doc.clone()).collect();
    let scored = scored.unwrap_or(&gold_docs);
    let unscored: Vec<String> = gold_docs.difference(scored).cloned().collect();
    let keep = |m: &Mention| scored.contains(&m.doc) && gold_docs.contains(&m.doc);
    let gold: Vec<Mention> = gold.into_iter().filter(|m| keep(m)).collect();
    let predicted: Vec<Mention> = predicted.into_iter().filter(|m| keep(m)).collect();
    let mut report = Report {
        summary: Scores::default(),
        parts: Vec::new(),
        unscored,
    };
    for part in parts {
        let in_part = |m: &&Mention| part == "all" || grouping.part(&m.doc) == Some(&part);
        let g: Vec<Mention> = gold.iter().filter(in_part).cloned().collect();
        let p: Vec<Mention> = predicted.iter().filter(in_part).cloned().collect();
        let docs: BTreeSet<&str> = g.iter().map(|m| m.doc.as_str()).collect();
        let mut outlets: BTreeMap<String, (Vec<Mention>, Vec<Mention>)> = BTreeMap::new();
        for m in &g {
            let o = grouping.outlet(&m.doc).to_owned();
            outlets.entry(o).or_default().0.push(m.clone());
        }
        for m in &p {
            let o = grouping.outlet(&m.doc).to_owned();
            outlets.entry(o).or_default().1.push(m.clone());
        }
        let outlets = outlets
            .into_iter()
            .map(|(o, (g, p))| {
                let mut s = score(&g, &p);
                s.misses.clear();
                (o, s)
            })
            .collect();
        report.parts.push(PartScores {
            part,
            documents: docs.len(),
            scores: score(&g, &p),
            outlets,
        });
    }
    if let Some(last) = report.parts.last() {
        report.summary = last.scores.clone();
        report.summary.misses.clear();
    }
    Ok(report)
}

/// Reads `split.tsv` of a gold directory (`doc`, `event_id`, `part`, with a header line), or
/// nothing when there is none.
pub fn read_split(dir: &Path) -> Result<Vec<(String, String)>, EvalError> {
    let path = dir.join("split.tsv");
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(EvalError::Io { path, source }),
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        if line.trim().is_empty() || (i == 0 && fields[0] == "doc") {
            continue;
        }
        match fields.as_slice() {
            [doc, .., part] if fields.len() >= 2 && !part.trim().is_empty() => {
                out.push(((*doc).to_owned(), part.trim().to_owned()));
            }
            _ => {
                return Err(EvalError::Parse {
                    path,
                    line: i + 1,
                    message: "expected doc, event and part separated by tabs".into(),
                })
            }
        }
    }
    Ok(out)
}

/// The report for people: for each part, the per-kind table, the accuracies and the
/// per-outlet table; with `misses`, what went wrong grouped by cause, counted by kind, each
/// with its mentions.
pub fn write_report(out: &mut impl Write, report: &Report, misses: bool) -> io::Result<()> {
    for (i, part) in report.parts.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "== {}: {} documents", part.part, part.documents)?;
        write_scores(out, &part.scores)?;
        if part.outlets.len() > 1 {
            writeln!(out)?;
            write_outlets(out, &part.outlets)?;
        }
        if misses {
            writeln!(out)?;
            write_misses(out, &part.scores.misses)?;
        }
    }
    Ok(())
}

const KIND_HEADER: &str = "kind       gold  pred matched correct precision  recall      F1";

fn write_scores(out: &mut impl Write, s: &Scores) -> io::Result<()> {
    writeln!(out, "{KIND_HEADER}")?;
    let row = |out: &mut dyn Write, name: &str, k: &KindScore| {
        writeln!(
            out,
            "{:<10} {:>5} {:>5} {:>7} {:>7} {:>9.3} {:>7.3} {:>7.3}",
            name, k.gold, k.predicted, k.matched, k.correct, k.precision, k.recall, k.f1
        )
    };
    for (kind, k) in &s.kinds {
        row(out, kind.as_str(), k)?;
    }
    row(out, "overall", &s.overall)?;
    for (name, a) in [
        ("unit", &s.unit),
        ("bound", &s.bound),
        ("speaker", &s.speaker),
        ("subject", &s.subject),
    ] {
        writeln!(
            out,
            "{name:<8} accuracy {:.3} ({} of {})",
            a.accuracy, a.right, a.total
        )?;
    }
    let (q, f) = (&s.quote_speaker, &s.figure_speaker);
    writeln!(
        out,
        "speaker  of quotes {:.3} ({} of {}), of figures and dates {:.3} ({} of {}); wrong: {} with none, {} with another",
        q.accuracy, q.right, q.total, f.accuracy, f.right, f.total, s.speaker_missing, s.speaker_other
    )?;
    writeln!(
        out,
        "speakers named where the gold has none: {}",
        s.speaker_extra
    )
}

fn write_outlets(out: &mut impl Write, outlets: &BTreeMap<String, Scores>) -> io::Result<()> {
    writeln!(
        out,
        "{:<24} {:>5} {:>5} {:>7} {:>9} {:>7} {:>7} {:>8} {:>6} {:>6}",
        "outlet",
        "gold",
        "pred",
        "correct",
        "precision",
        "recall",
        "F1",
        "speaker",
        "unit",
        "bound"
    )?;
    let acc = |a: &Accuracy| {
        if a.total == 0 {
            "-".to_owned()
        } else {
            format!("{:.2}", a.accuracy)
        }
    };
    for (outlet, s) in outlets {
        let o = &s.overall;
        writeln!(
            out,
            "{:<24} {:>5} {:>5} {:>7} {:>9.3} {:>7.3} {:>7.3} {:>8} {:>6} {:>6}",
            clip(outlet, 24),
            o.gold,
            o.predicted,
            o.correct,
            o.precision,
            o.recall,
            o.f1,
            acc(&s.speaker),
            acc(&s.unit),
            acc(&s.bound)
        )?;
    }
    Ok(())
}

fn write_misses(out: &mut impl Write, misses: &[Miss]) -> io::Result<()> {
    writeln!(out, "{} problems, by cause and kind:", misses.len())?;
    write!(out, "{:<14}", "cause")?;
    for kind in Kind::ALL {
        write!(out, " {:>8}", kind.as_str())?;
    }
    writeln!(out, " {:>6}", "all")?;
    for cause in CAUSES {
        let of_cause: Vec<&Miss> = misses.iter().filter(|m| m.cause() == cause).collect();
        write!(out, "{cause:<14}")?;
        for kind in Kind::ALL {
            let n = of_cause.iter().filter(|m| m.mention().kind == kind).count();
            write!(out, " {n:>8}")?;
        }
        writeln!(out, " {:>6}", of_cause.len())?;
    }
    for cause in CAUSES {
        for kind in Kind::ALL {
            let group: Vec<&Miss> = misses
                .iter()
                .filter(|m| m.cause() == cause && m.mention().kind == kind)
                .collect();
            if group.is_empty() {
                continue;
            }
            writeln!(out, "\n-- {cause}, {kind}: {}", group.len())?;
            for miss in group {
                write_miss(out, miss)?;
            }
        }
    }
    Ok(())
}

fn write_miss(out: &mut impl Write, miss: &Miss) -> io::Result<()> {
    let m = miss.mention();
    let p = miss.predicted();
    let what = match miss {
        Miss::Missed { gold } => format!("= {}", gold.value_text()),
        Miss::Spurious { predicted } => format!("= {}", predicted.value_text()),
        Miss::WrongValue { gold, predicted } => format!(
            "= {} (gold {:?} = {})",
            predicted.value_text(),
            gold.text,
            gold.value_text()
        ),
        Miss::WrongSpeaker { gold, predicted } => format!(
            "speaker {:?} (gold {:?})",
            predicted.speaker.as_deref().unwrap_or("-"),
            gold.speaker.as_deref().unwrap_or("-")
        ),
        Miss::WrongBound { gold, predicted } => format!(
            "bound {} (gold {})",
            predicted.bound.map_or("-", |b| b.as_str()),
            gold.bound.map_or("-", |b| b.as_str())
        ),
        Miss::WrongUnit { gold, predicted } => format!(
            "unit {:?} (gold {:?})",
            predicted.unit.as_deref().unwrap_or("-"),
            gold.unit.as_deref().unwrap_or("-")
        ),
    };
    writeln!(
        out,
        "  {} @{} {:?} {}",
        m.doc,
        m.start,
        clip(p.map_or(&m.text, |p| &p.text), 60),
        what
    )?;
    if let Some(p) = p.filter(|p| !p.sentence.is_empty()) {
        writeln!(out, "      in: {}", clip(&p.sentence, 160))?;
    }
    Ok(())
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
    fn speakers_are_told_apart_by_kind_and_by_what_went_wrong() {
        let said = |kind, start, end, speaker: Option<&str>| {
            let mut x = m(kind, start, end, Some(1.0));
            x.speaker = speaker.map(str::to_owned);
            x
        };
        let gold = [
            said(Kind::Quote, 0, 30, Some("Ann Roe")),
            said(Kind::Quote, 40, 70, Some("Ann Roe")),
            said(Kind::Count, 80, 82, Some("Ann Roe")),
            said(Kind::Date, 90, 96, Some("Ann Roe")),
        ];
        let pred = [
            said(Kind::Quote, 0, 30, Some("Roe")),
            said(Kind::Quote, 40, 70, Some("Bo Lin")),
            said(Kind::Count, 80, 82, None),
            said(Kind::Date, 90, 96, Some("Ms. Roe")),
        ];
        let s = score(&gold, &pred);
        assert_eq!((s.speaker.right, s.speaker.total), (2, 4));
        assert_eq!((s.quote_speaker.right, s.quote_speaker.total), (1, 2));
        assert_eq!((s.figure_speaker.right, s.figure_speaker.total), (1, 2));
        assert_eq!((s.speaker_missing, s.speaker_other), (1, 1));
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
        assert!(speaker_agrees("Tomas Ek", "Mr. Ek"));
        assert!(!speaker_agrees("Tomas Ek", "Ekland Bank"));
        assert!(speaker_agrees(
            "a reporter for Lune Vale-Anders",
            "LUNE VALE-ANDERS"
        ));
        assert!(speaker_agrees("Ria O'Dare", "O'Dare"));
        assert!(!speaker_agrees("Ria O'Dare", "Dare Holdings"));
        assert!(!speaker_agrees("Lune Vale-Anders", "Anders"));
        assert!(speaker_agrees("Tomas B. Ek Jr.", "Tomas Ek"));
        assert!(speaker_agrees("Tomas Ek, III", "Mr. Ek"));
        assert!(!speaker_agrees("Tomas Ek Jr.", "Jr."));
        assert!(speaker_agrees("Jr.", "Jr."));
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
