//! Cross-source verdicts scored against expected verdicts made by hand (the shape of
//! `../shared/gold/news-verdicts.json`: per verdict its event, kind, the mentions of two or more
//! articles that speak of the same thing, and `agree`, `compatible` or `conflict`).
//!
//! A finding covers an expected verdict when its members overlap the expected mentions of two
//! or more articles; the verdict is found when a covering finding has the expected verdict. A
//! reported conflict is false when the two members it says cannot both be true are both in one
//! expected agreement (or compatible group), or when they belong to different stories. Spans
//! are compared by overlap, so a figure read with or without its hedge still meets its gold.

use crate::consistency::{Analysis, Basis, Finding, Member, Scope, Verdict};
use crate::tools::eval::EvalError;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The kinds of claim the analysis compares; expected verdicts of other kinds (distances,
/// weights) are counted apart and left out.
const KINDS: [&str; 7] = [
    "amount", "count", "percent", "ratio", "duration", "date", "quote",
];

/// One expected verdict.
#[derive(Clone, Debug, Deserialize)]
pub struct Expected {
    pub id: String,
    /// The story (event) it belongs to, as the stories table names it.
    #[serde(deserialize_with = "number_or_string")]
    pub event_id: String,
    pub kind: String,
    #[serde(default)]
    pub what: String,
    pub verdict: String,
    pub mentions: Vec<Span>,
}

/// A mention of an expected verdict: code-point offsets into its article.
#[derive(Clone, Debug, Deserialize)]
pub struct Span {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub text: String,
}

fn number_or_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    })
}

/// Reads expected verdicts: a JSON file (a list), or every `*.json` file of a folder.
pub fn read_expected(path: &Path) -> Result<Vec<Expected>, EvalError> {
    let files: Vec<PathBuf> = if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|source| EvalError::Io {
            path: path.to_owned(),
            source,
        })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
    } else {
        vec![path.to_owned()]
    };
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| EvalError::Io {
            path: file.clone(),
            source,
        })?;
        let list: Vec<Expected> = serde_json::from_str(&text).map_err(|e| EvalError::Parse {
            path: file.clone(),
            line: e.line(),
            message: e.to_string(),
        })?;
        out.extend(list);
    }
    Ok(out)
}

/// The figures of one story, or of several.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Tally {
    /// Expected verdicts of the kinds compared.
    pub expected: usize,
    /// Of those, found with the expected verdict.
    pub found: usize,
    /// Covered by a finding with another verdict.
    pub wrong_verdict: usize,
    pub expected_conflicts: usize,
    pub conflicts_found: usize,
    /// Reported conflicts between members annotated as consistent.
    pub false_conflicts: usize,
    /// Reported conflicts between members of different stories.
    pub cross_story_conflicts: usize,
    /// Conflicts reported among the story's articles.
    pub conflicts_reported: usize,
    /// Expected verdicts of kinds the analysis does not compare (left out).
    pub other_kinds: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.expected += o.expected;
        self.found += o.found;
        self.wrong_verdict += o.wrong_verdict;
        self.expected_conflicts += o.expected_conflicts;
        self.conflicts_found += o.conflicts_found;
        self.false_conflicts += o.false_conflicts;
        self.cross_story_conflicts += o.cross_story_conflicts;
        self.conflicts_reported += o.conflicts_reported;
        self.other_kinds += o.other_kinds;
    }
}

/// One expected verdict not found, for `--misses`.
#[derive(Clone, Debug, Serialize)]
pub struct Miss {
    pub id: String,
    /// The story it belongs to.
    pub story: String,
    pub expected: String,
    /// The verdicts of the findings that cover it (empty: none does).
    pub reported: Vec<String>,
    pub what: String,
}

/// The scores per story (event), with each story's part ("tune", "heldout").
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    pub stories: BTreeMap<String, Tally>,
    pub parts: BTreeMap<String, Tally>,
    pub overall: Tally,
    pub misses: Vec<Miss>,
}

/// Scores the cross-source findings of `analyses` (one of the whole corpus, or one per story)
/// against `expected`; `story_of` gives each article's story, `part_of` each story's part of
/// the split (stories it does not name are "all" only).
pub fn score(
    expected: &[Expected],
    analyses: &[Analysis],
    story_of: &FxHashMap<String, String>,
    part_of: &FxHashMap<String, String>,
) -> Scores {
    let mut scores = Scores::default();
    let findings: Vec<(&Analysis, &Finding)> = analyses
        .iter()
        .flat_map(|a| a.findings.iter().map(move |f| (a, f)))
        .filter(|(_, f)| f.scope == Scope::CrossSource && f.verdict != Verdict::Uncorroborated)
        .collect();
    let stories: std::collections::BTreeSet<&str> =
        expected.iter().map(|e| e.event_id.as_str()).collect();
    for e in expected {
        let tally = scores.stories.entry(e.event_id.clone()).or_default();
        if !KINDS.contains(&e.kind.as_str()) {
            tally.other_kinds += 1;
            continue;
        }
        tally.expected += 1;
        let conflict = e.verdict == "conflict";
        tally.expected_conflicts += usize::from(conflict);
        let reported: Vec<Verdict> = findings
            .iter()
            .filter(|(analysis, f)| covers(analysis, f, e))
            .map(|(analysis, f)| verdict_among(analysis, f, e))
            .collect();
        if reported.iter().any(|v| v.as_str() == e.verdict) {
            tally.found += 1;
            tally.conflicts_found += usize::from(conflict);
        } else {
            tally.wrong_verdict += usize::from(!reported.is_empty());
            scores.misses.push(Miss {
                id: e.id.clone(),
                story: e.event_id.clone(),
                expected: e.verdict.clone(),
                reported: reported.iter().map(|v| v.as_str().to_owned()).collect(),
                what: e.what.clone(),
            });
        }
    }
    for &(analysis, f) in findings
        .iter()
        .filter(|(_, f)| f.verdict == Verdict::Conflict)
    {
        let Basis::Values { conflicts, .. } = &f.basis else {
            continue;
        };
        // The story of a conflict: that of its first pair, when both sides are in one.
        let mut story = None;
        let (mut false_pair, mut cross) = (false, false);
        for &(a, b) in conflicts {
            let (ma, mb) = (
                &analysis.mentions[f.members[a].mention],
                &analysis.mentions[f.members[b].mention],
            );
            let (sa, sb) = (story_of.get(&ma.doc), story_of.get(&mb.doc));
            if sa != sb {
                cross = true;
                continue;
            }
            story = story.or(sa);
            false_pair |= expected
                .iter()
                .any(|e| e.verdict != "conflict" && in_expected(ma, e) && in_expected(mb, e));
        }
        if let Some(story) = story.filter(|s| stories.contains(s.as_str())) {
            let tally = scores.stories.entry(story.clone()).or_default();
            tally.conflicts_reported += 1;
            tally.false_conflicts += usize::from(false_pair);
        } else if cross {
            // Between stories: counted for each story of the verdicts it touches.
            for s in conflicts.iter().flat_map(|&(a, b)| [a, b]) {
                let doc = &analysis.mentions[f.members[s].mention].doc;
                if let Some(story) = story_of.get(doc).filter(|s| stories.contains(s.as_str())) {
                    scores
                        .stories
                        .entry(story.clone())
                        .or_default()
                        .cross_story_conflicts += 1;
                    break;
                }
            }
        }
    }
    for (story, tally) in &scores.stories {
        scores.overall.add(tally);
        if let Some(part) = part_of.get(story) {
            scores.parts.entry(part.clone()).or_default().add(tally);
        }
    }
    scores
}

/// True when `f`'s members overlap the expected mentions of two or more articles.
fn covers(analysis: &Analysis, f: &Finding, e: &Expected) -> bool {
    let mut docs: Vec<&str> = f
        .members
        .iter()
        .map(|m| &analysis.mentions[m.mention])
        .filter(|m| in_expected(m, e))
        .map(|m| m.doc.as_str())
        .collect();
    docs.sort_unstable();
    docs.dedup();
    docs.len() >= 2
}

/// What finding `f` says of the members that fall in `e`: its verdict, or, for a conflict or
/// a compatible finding, the verdict of those members' values among themselves. A report of
/// 143 million (three sources) against 145.5 million (three others) shows both the conflict
/// and each side's agreement, and an expected verdict on one side is found in it; a report
/// of "on Sunday" in three sources beside a vaguer "last month" shows the three agreeing, and
/// an expected agreement among them is found in it whether or not the slot also holds a
/// conflicting date.
fn verdict_among(analysis: &Analysis, f: &Finding, e: &Expected) -> Verdict {
    if !matches!(f.verdict, Verdict::Conflict | Verdict::Compatible) {
        return f.verdict;
    }
    let inside: Vec<&Member> = f
        .members
        .iter()
        .filter(|m| in_expected(&analysis.mentions[m.mention], e))
        .collect();
    let mut pairs = Vec::new();
    for (k, a) in inside.iter().enumerate() {
        for b in &inside[k + 1..] {
            let copies = analysis.copy_of.get(a.source) == analysis.copy_of.get(b.source);
            if let (false, Some(x), Some(y)) = (copies, &a.interval, &b.interval) {
                pairs.push(crate::consistency::verdict::compare(x, y));
            }
        }
    }
    if f.basis == Basis::Quote {
        pairs.extend(quote_verdicts(analysis, &inside));
    }
    match crate::consistency::verdict::combine(pairs) {
        Verdict::Uncorroborated => f.verdict,
        v => v,
    }
}

/// The verdicts of the quotation members `inside` among themselves, source by source: the
/// same words (as the report's table prints each source's quotation) in as many quotations
/// agree, other words, or the same words in more or fewer quotations, are compatible (as the
/// analysis judges them). A source's fragments are read in text order as one rendering;
/// copies of one article are not compared.
fn quote_verdicts(analysis: &Analysis, inside: &[&Member]) -> Vec<Verdict> {
    // Each source's key, its words in text order and how many quotations hold them.
    let mut renderings: Vec<(usize, Vec<String>, usize)> = Vec::new();
    let mut fragments: Vec<&Member> = inside.to_vec();
    fragments.sort_by_key(|m| (m.source, analysis.mentions[m.mention].start));
    let mut buffer = String::new();
    for m in fragments {
        let key = analysis.copy_of.get(m.source).copied().unwrap_or(m.source);
        let at = match renderings.iter().position(|(k, _, _)| *k == key) {
            Some(at) => at,
            None => {
                renderings.push((key, Vec::new(), 0));
                renderings.len() - 1
            }
        };
        let (_, words, pieces) = &mut renderings[at];
        *pieces += 1;
        crate::consistency::slots::for_each_quote_word(
            &analysis.mentions[m.mention].text,
            &mut buffer,
            |w| words.push(w.to_owned()),
        );
    }
    let mut verdicts = Vec::new();
    for (k, (_, a, a_pieces)) in renderings.iter().enumerate() {
        for (_, b, b_pieces) in &renderings[k + 1..] {
            verdicts.push(if a == b && a_pieces == b_pieces {
                Verdict::Agree
            } else {
                Verdict::Compatible
            });
        }
    }
    verdicts
}

fn in_expected(m: &crate::model::claim::Mention, e: &Expected) -> bool {
    e.mentions
        .iter()
        .any(|s| s.doc == m.doc && s.start < m.end && m.start < s.end)
}

/// Reads a split of stories: `event_id<TAB>part` lines (a header first); none when the file
/// does not exist.
pub fn read_split(path: &Path) -> Result<FxHashMap<String, String>, EvalError> {
    if !path.is_file() {
        return Ok(FxHashMap::default());
    }
    crate::tools::story_eval::read_truth(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::curation::Curation;
    use crate::consistency::fixtures::{money, source};
    use crate::consistency::fx::Rates;
    use crate::model::article::Source;
    use crate::model::claim::Mention;

    /// Two articles of one story agree on a figure; a third, of another story, gives another
    /// value for what its sentence words the same way.
    fn claims() -> (Vec<Source>, Vec<Mention>) {
        let sources = vec![
            source("a", (2021, 3, 10)),
            source("b", (2021, 3, 11)),
            source("c", (2021, 3, 12)),
        ];
        let mentions = vec![
            money("a", "US$2.4 billion", 2.4e9, "USD", false),
            money("b", "US$2.4 billion", 2.4e9, "USD", false),
            money("c", "US$3.1 billion", 3.1e9, "USD", false),
        ];
        (sources, mentions)
    }

    fn expected(mentions: &[Mention]) -> Vec<Expected> {
        vec![Expected {
            id: "s1-01".into(),
            event_id: "s1".into(),
            kind: "amount".into(),
            what: "the plant's investment".into(),
            verdict: "agree".into(),
            mentions: mentions[..2]
                .iter()
                .map(|m| Span {
                    doc: m.doc.clone(),
                    start: m.start,
                    end: m.end,
                    text: m.text.clone(),
                })
                .collect(),
        }]
    }

    /// The findings of `mentions` as `report` makes them, with no curation.
    fn analyse(sources: Vec<Source>, mentions: Vec<Mention>) -> Analysis {
        crate::consistency::analyse(
            sources,
            mentions,
            &Curation::default(),
            Rates::compiled(),
            None,
        )
    }

    fn stories() -> FxHashMap<String, String> {
        [("a", "s1"), ("b", "s1"), ("c", "s2")]
            .into_iter()
            .map(|(d, s)| (d.to_owned(), s.to_owned()))
            .collect()
    }

    #[test]
    fn an_agreement_inside_a_conflict_across_stories_is_found_and_the_conflict_counted_apart() {
        let (sources, mentions) = claims();
        let expected = expected(&mentions);
        let analysis = analyse(sources, mentions);
        let scores = score(&expected, &[analysis], &stories(), &FxHashMap::default());
        let s1 = &scores.stories["s1"];
        // The finding is a conflict (with the third article, of another story), and it shows the
        // two articles of the expected agreement agreeing with each other.
        assert_eq!((s1.expected, s1.found, s1.wrong_verdict), (1, 1, 0));
        assert_eq!(s1.cross_story_conflicts, 1);
        assert_eq!((s1.conflicts_reported, s1.false_conflicts), (0, 0));
        assert!(scores.misses.is_empty());
    }

    #[test]
    fn an_agreement_beside_a_vaguer_third_source_is_found() {
        let (sources, mut mentions) = claims();
        // The third article says "more than US$2 billion": vaguer, so the slot is compatible,
        // and the two articles of the expected agreement still agree with each other.
        mentions[2] = money("c", "more than US$2 billion", 2e9, "USD", false);
        mentions[2].bound = Some(crate::model::claim::Bound::AtLeast);
        let expected = expected(&mentions);
        let analysis = analyse(sources, mentions);
        assert!(analysis
            .findings
            .iter()
            .any(|f| f.verdict == Verdict::Compatible));
        let scores = score(&expected, &[analysis], &stories(), &FxHashMap::default());
        let s1 = &scores.stories["s1"];
        assert_eq!((s1.expected, s1.found, s1.wrong_verdict), (1, 1, 0));
        assert!(scores.misses.is_empty());
    }

    #[test]
    fn two_sources_quoting_the_same_words_agree_beside_a_fuller_quotation() {
        use crate::model::claim::Kind;
        let quote = |doc: &str, text: &str| {
            let sentence = format!("Mara Quill said: \u{201c}{text}\u{201d}");
            let start = sentence.find(text).unwrap_or(0);
            let mut m = Mention::new(doc, Kind::Quote, text, start, start + text.len());
            m.speaker = Some("Mara Quill".into());
            m.sentence = sentence;
            m
        };
        let cut = "We will rebuild the old mill at Harrowgate before the winter comes";
        let full = "We will rebuild the old mill at Harrowgate before the winter comes. Every family will be home.";
        let sources = vec![
            source("a", (2021, 3, 10)),
            source("b", (2021, 3, 11)),
            source("c", (2021, 3, 12)),
            source("d", (2021, 3, 12)),
        ];
        // d gives c's words in two quotations.
        let (first, second) = full.split_at(cut.len() + 1);
        let mut pieces = [quote("d", first), quote("d", second.trim())];
        pieces[1].start += 200;
        pieces[1].end += 200;
        let mut mentions = vec![quote("a", cut), quote("b", cut), quote("c", full)];
        mentions.extend(pieces);
        let span = |m: &Mention| Span {
            doc: m.doc.clone(),
            start: m.start,
            end: m.end,
            text: m.text.clone(),
        };
        let expect = |id: &str, verdict: &str, of: &[&Mention]| Expected {
            id: id.into(),
            event_id: "s1".into(),
            kind: "quote".into(),
            what: "the mayor's promise".into(),
            verdict: verdict.into(),
            mentions: of.iter().map(|m| span(m)).collect(),
        };
        // The same words in a and b agree; c's fuller quotation is compatible with b's cut.
        let expected = vec![
            expect("s1-01", "agree", &[&mentions[0], &mentions[1]]),
            expect("s1-02", "compatible", &[&mentions[1], &mentions[2]]),
            expect(
                "s1-03",
                "compatible",
                &[&mentions[2], &mentions[3], &mentions[4]],
            ),
        ];
        let analysis = analyse(sources, mentions);
        assert!(analysis
            .findings
            .iter()
            .any(|f| f.kind == Kind::Quote && f.verdict == Verdict::Compatible));
        let story_of = [("a", "s1"), ("b", "s1"), ("c", "s1"), ("d", "s1")]
            .into_iter()
            .map(|(d, s)| (d.to_owned(), s.to_owned()))
            .collect();
        let scores = score(&expected, &[analysis], &story_of, &FxHashMap::default());
        let s1 = &scores.stories["s1"];
        assert_eq!((s1.expected, s1.found, s1.wrong_verdict), (3, 3, 0));
        assert!(scores.misses.is_empty());
    }

    #[test]
    fn within_stories_the_agreement_is_found() {
        let (sources, mentions) = claims();
        let expected = expected(&mentions);
        let story_of = stories();
        let story = |id: &str, sources: Vec<usize>| crate::consistency::Story {
            id: id.to_owned(),
            label: id.to_owned(),
            sources,
            span: None,
        };
        let analyses = [crate::consistency::analyse(
            sources,
            mentions,
            &Curation::default(),
            Rates::compiled(),
            Some(vec![story("s1", vec![0, 1]), story("s2", vec![2])]),
        )];
        let part_of = [("s1".to_owned(), "tune".to_owned())].into_iter().collect();
        let scores = score(&expected, &analyses, &story_of, &part_of);
        assert_eq!(scores.overall.found, 1);
        assert_eq!(scores.overall.cross_story_conflicts, 0);
        assert_eq!(scores.parts["tune"].found, 1);
        assert!(scores.misses.is_empty());
    }
}
