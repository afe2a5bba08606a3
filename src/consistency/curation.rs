//! A curator's decisions, which win over the rules: reject a mention, take it out of its slot,
//! put mentions in one slot, correct a value. Read from Turtle (`data/curation.ttl` documents
//! the vocabulary); claims are named by their IRIs, as the store, the report and SPARQL show
//! them.

use crate::model::claim::{Kind, Mention};
use crate::model::iri;
use crate::model::time::Date;
use crate::model::vocab::cg;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum CurationError {
    #[error("{}: {message}", path.display())]
    Syntax { path: PathBuf, message: String },
    #[error("{}: {what} {subject}: {message}", path.display())]
    Entry {
        path: PathBuf,
        what: &'static str,
        subject: String,
        message: String,
    },
}

/// One decision.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    Reject(String),
    Detach(String),
    Merge(Vec<String>),
    Correct {
        claim: String,
        value: Option<f64>,
        from: Option<Date>,
        to: Option<Date>,
    },
}

/// Every decision of a curation file, with the curator's note for each.
#[derive(Clone, Debug, Default)]
pub struct Curation {
    pub decisions: Vec<(Decision, Option<String>)>,
}

/// What applying a curation did, by mention index.
#[derive(Default)]
pub struct Applied {
    pub overrides: super::slots::Overrides,
    pub corrected: FxHashSet<usize>,
    /// Every mention a decision touched.
    pub curated_mentions: FxHashSet<usize>,
    /// Decisions that named a claim the store does not hold.
    pub notes: Vec<String>,
}

impl Curation {
    /// Parses curation Turtle; `path` names it in errors.
    pub fn parse(turtle: &str, path: &Path) -> Result<Curation, CurationError> {
        let mut by_subject: FxHashMap<NamedOrBlankNode, Vec<(String, Term)>> = FxHashMap::default();
        let mut order: Vec<NamedOrBlankNode> = Vec::new();
        for triple in RdfParser::from_format(RdfFormat::Turtle).for_reader(turtle.as_bytes()) {
            let t = triple.map_err(|e| CurationError::Syntax {
                path: path.to_owned(),
                message: e.to_string(),
            })?;
            let subject: NamedOrBlankNode = t.subject.clone();
            if !by_subject.contains_key(&subject) {
                order.push(subject.clone());
            }
            by_subject
                .entry(subject)
                .or_default()
                .push((t.predicate.as_str().to_owned(), t.object));
        }
        let mut decisions = Vec::new();
        for subject in order {
            let props = &by_subject[&subject];
            let iris = |p: &str| -> Vec<String> {
                props
                    .iter()
                    .filter(|(q, _)| q == p)
                    .filter_map(|(_, o)| match o {
                        Term::NamedNode(n) => Some(n.as_str().to_owned()),
                        _ => None,
                    })
                    .collect()
            };
            let literal = |p: &str| -> Option<String> {
                props
                    .iter()
                    .find(|(q, _)| q == p)
                    .and_then(|(_, o)| match o {
                        Term::Literal(l) => Some(l.value().to_owned()),
                        _ => None,
                    })
            };
            let error = |message: String| CurationError::Entry {
                path: path.to_owned(),
                what: "entry",
                subject: subject.to_string(),
                message,
            };
            let note = literal(crate::model::vocab::rdfs::COMMENT.as_str());
            let rejects = iris(cg::REJECTS.as_str());
            let detaches = iris(cg::DETACHES.as_str());
            let merges = iris(cg::MERGES.as_str());
            let corrects = iris(cg::CORRECTS.as_str());
            let actions = [
                !rejects.is_empty(),
                !detaches.is_empty(),
                !merges.is_empty(),
                !corrects.is_empty(),
            ]
            .iter()
            .filter(|b| **b)
            .count();
            if actions == 0 {
                // Prefix declarations and documentation nodes carry no decision.
                continue;
            }
            if actions > 1 {
                return Err(error(
                    "one entry takes one action (cg:rejects, cg:detaches, cg:merges or cg:corrects)"
                        .into(),
                ));
            }
            for claim in &rejects {
                decisions.push((Decision::Reject(claim.clone()), note.clone()));
            }
            for claim in &detaches {
                decisions.push((Decision::Detach(claim.clone()), note.clone()));
            }
            if !merges.is_empty() {
                if merges.len() < 2 {
                    return Err(error("cg:merges needs two claims or more".into()));
                }
                decisions.push((Decision::Merge(merges), note.clone()));
            }
            if let [claim] = corrects.as_slice() {
                let value =
                    match literal(cg::CORRECTED_VALUE.as_str()) {
                        Some(v) => Some(v.parse::<f64>().map_err(|_| {
                            error(format!("cg:correctedValue {v:?} is not a number"))
                        })?),
                        None => None,
                    };
                let date = |p: &str| -> Result<Option<Date>, CurationError> {
                    match literal(p) {
                        Some(v) => Date::parse_iso(&v)
                            .map(Some)
                            .ok_or_else(|| error(format!("{v:?} is not a date (YYYY-MM-DD)"))),
                        None => Ok(None),
                    }
                };
                let (from, to) = (
                    date(cg::CORRECTED_FROM.as_str())?,
                    date(cg::CORRECTED_TO.as_str())?,
                );
                if value.is_none() && from.is_none() && to.is_none() {
                    return Err(error(
                        "cg:corrects needs cg:correctedValue or cg:correctedFrom/cg:correctedTo"
                            .into(),
                    ));
                }
                decisions.push((
                    Decision::Correct {
                        claim: claim.clone(),
                        value,
                        from,
                        to,
                    },
                    note.clone(),
                ));
            } else if corrects.len() > 1 {
                return Err(error("cg:corrects names one claim per entry".into()));
            }
        }
        Ok(Curation { decisions })
    }

    /// Applies the decisions to the mentions (corrections change them in place) and returns
    /// the grouping overrides.
    pub fn apply(&self, mentions: &mut [Mention]) -> Applied {
        let mut applied = Applied::default();
        if self.decisions.is_empty() {
            return applied;
        }
        let index: FxHashMap<String, usize> = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (iri::claim_iri(&m.doc, m).as_str().to_owned(), i))
            .collect();
        let find = |iri: &str, applied: &mut Applied| -> Option<usize> {
            let found = index.get(iri).copied();
            match found {
                Some(i) => {
                    applied.curated_mentions.insert(i);
                }
                None => applied
                    .notes
                    .push(format!("curation names {iri}, which is not in the store")),
            }
            found
        };
        for (decision, _) in &self.decisions {
            match decision {
                Decision::Reject(c) => {
                    if let Some(i) = find(c, &mut applied) {
                        applied.overrides.excluded.insert(i);
                    }
                }
                Decision::Detach(c) => {
                    if let Some(i) = find(c, &mut applied) {
                        applied.overrides.detached.insert(i);
                    }
                }
                Decision::Merge(claims) => {
                    let found: Vec<usize> = claims
                        .iter()
                        .filter_map(|c| find(c, &mut applied))
                        .collect();
                    for pair in found.windows(2) {
                        applied.overrides.merged.push((pair[0], pair[1]));
                    }
                }
                Decision::Correct {
                    claim,
                    value,
                    from,
                    to,
                } => {
                    if let Some(i) = find(claim, &mut applied) {
                        let m = &mut mentions[i];
                        if let Some(v) = value {
                            if m.kind.has_value() {
                                m.value = Some(*v);
                                m.low = None;
                            }
                        }
                        if m.kind == Kind::Date {
                            m.from = from.or(m.from);
                            m.to = to.or(m.to);
                        }
                        applied.corrected.insert(i);
                    }
                }
            }
        }
        applied
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CURATION: &str = r#"
        @prefix cg: <https://w3id.org/claimgraph#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix a: <https://w3id.org/claimgraph/article/> .
        [] cg:rejects <https://w3id.org/claimgraph/article/d1/claim/0-4-count> ; rdfs:comment "a page number" .
        [] cg:merges <https://w3id.org/claimgraph/article/d1/claim/10-14-count>, <https://w3id.org/claimgraph/article/d2/claim/5-9-count> .
        [] cg:corrects <https://w3id.org/claimgraph/article/d2/claim/5-9-count> ; cg:correctedValue 120 .
    "#;

    fn mention(doc: &str, start: usize, end: usize, value: f64) -> Mention {
        let mut m = Mention::new(doc, Kind::Count, "x", start, end);
        m.value = Some(value);
        m
    }

    #[test]
    fn decisions_apply_to_the_claims_they_name() {
        let c = Curation::parse(CURATION, Path::new("curation.ttl")).unwrap();
        assert_eq!(c.decisions.len(), 3);
        assert_eq!(c.decisions[0].1.as_deref(), Some("a page number"));
        let mut mentions = vec![
            mention("d1", 0, 4, 1.0),
            mention("d1", 10, 14, 100.0),
            mention("d2", 5, 9, 99.0),
        ];
        let applied = c.apply(&mut mentions);
        assert!(applied.overrides.excluded.contains(&0));
        assert_eq!(applied.overrides.merged, [(1, 2)]);
        assert_eq!(mentions[2].value, Some(120.0));
        assert!(applied.corrected.contains(&2));
        assert!(applied.notes.is_empty());
    }

    #[test]
    fn bad_entries_are_errors_naming_the_file() {
        let e = Curation::parse("[] cg:merges <x> .", Path::new("c.ttl")).unwrap_err();
        assert!(e.to_string().starts_with("c.ttl: "), "{e}");
        let one = "@prefix cg: <https://w3id.org/claimgraph#> . [] cg:merges <http://x/a> .";
        let e = Curation::parse(one, Path::new("c.ttl")).unwrap_err();
        assert!(e.to_string().contains("two claims"), "{e}");
        let both = "@prefix cg: <https://w3id.org/claimgraph#> . [] cg:rejects <http://x/a> ; cg:detaches <http://x/b> .";
        assert!(Curation::parse(both, Path::new("c.ttl")).is_err());
        let bad = "@prefix cg: <https://w3id.org/claimgraph#> . [] cg:corrects <http://x/a> ; cg:correctedValue \"lots\" .";
        let e = Curation::parse(bad, Path::new("c.ttl")).unwrap_err();
        assert!(e.to_string().contains("not a number"), "{e}");
    }
}
