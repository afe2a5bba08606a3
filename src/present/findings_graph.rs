//! Findings as RDF: the quads of the findings graph, so SPARQL and the graph export see every
//! verdict with its slot, claims, intervals, gap, rates and explanation (worded by
//! [`super::finding`], as the report words it), every story with its articles, and each
//! figure slot's frame (measure, qualifiers, subject, place, period).

use crate::consistency::{Analysis, Scope, Verdict};
use crate::model::iri::{self, finding_iri, slot_iri, story_iri};
use crate::model::vocab::{self, cg, rdf as rdfv, rdfs, xsd};
use crate::present::finding::{self, Explainer};
use crate::present::frame::FigureFrame;
use crate::rdf;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};

fn verdict_iri(v: Verdict) -> NamedNodeRef<'static> {
    match v {
        Verdict::Conflict => cg::CONFLICT,
        Verdict::Compatible => cg::COMPATIBLE,
        Verdict::Agree => cg::AGREE,
        Verdict::Uncorroborated => cg::UNCORROBORATED,
    }
}

/// Every finding of an analysis as quads of the findings graph, each once, in a stable order.
pub fn findings_quads(analysis: &Analysis) -> Vec<Quad> {
    let mut out = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    each_findings_quad(analysis, &mut |q| {
        if seen.insert(q.clone()) {
            out.push(q);
        }
    });
    out
}

/// Gives every quad of the findings graph to `sink`, story by story and finding by finding, so
/// that a large analysis is written without holding its graph (at 100,000 articles the quads
/// and a set of them for removing repeats took 5.9 GiB of a report's 6.8). A quad may come
/// more than once: two findings naming the same claim and rate repeat it.
pub fn each_findings_quad(analysis: &Analysis, sink: &mut dyn FnMut(Quad)) {
    let graph = GraphName::NamedNode(vocab::FINDINGS_GRAPH.into_owned());
    let mut add = |s: &NamedNode, p: NamedNodeRef<'_>, o: Term| {
        sink(Quad::new(s.clone(), p.into_owned(), o, graph.clone()));
    };
    let decimal =
        |v: f64| -> Term { Literal::new_typed_literal(rdf::decimal(v), xsd::DECIMAL).into() };
    let date = |d: crate::model::time::Date| -> Term {
        Literal::new_typed_literal(d.to_string(), xsd::DATE).into()
    };
    let text = |s: &str| -> Term { Literal::new_simple_literal(s).into() };
    for story in &analysis.stories {
        let node = story_iri(&story.id);
        add(&node, rdfv::TYPE, cg::STORY_CLASS.into_owned().into());
        add(&node, rdfs::LABEL, text(&story.label));
        for &k in &story.sources {
            if let Some(source) = analysis.sources.get(k) {
                add(
                    &node,
                    cg::STORY_ARTICLE,
                    iri::article_iri(&source.doc).into(),
                );
            }
        }
        if let Some((first, last)) = story.span {
            add(&node, cg::FIRST_PUBLISHED, date(first));
            add(&node, cg::LAST_PUBLISHED, date(last));
        }
    }
    let explainer = Explainer::new(analysis);
    for f in &analysis.findings {
        let node = finding_iri(&f.slot);
        let slot = slot_iri(&f.slot);
        add(&node, rdfv::TYPE, cg::FINDING.into_owned().into());
        add(
            &node,
            cg::VERDICT,
            verdict_iri(f.verdict).into_owned().into(),
        );
        add(&node, cg::SLOT, slot.clone().into());
        add(&slot, rdfv::TYPE, cg::SLOT_CLASS.into_owned().into());
        add(
            &slot,
            rdfs::LABEL,
            Literal::new_simple_literal(&f.label).into(),
        );
        add(
            &node,
            cg::INTERNAL,
            Literal::from(f.scope == Scope::Internal).into(),
        );
        add(
            &node,
            cg::EXPLANATION,
            Literal::new_simple_literal(explainer.explanation(f)).into(),
        );
        add(&node, cg::CURATED, Literal::from(f.curated).into());
        if let Some(story) = f.story.and_then(|k| analysis.stories.get(k)) {
            add(&node, cg::STORY, story_iri(&story.id).into());
        }
        if let Some(frame) = FigureFrame::of(analysis, f) {
            add(&slot, cg::FRAME, text(&frame.to_string()));
            match frame.concept() {
                Some(measure) => {
                    let concept = format!("{}{}", vocab::MEASURE, iri::encode(measure));
                    add(
                        &slot,
                        cg::MEASURED,
                        NamedNode::new_unchecked(concept).into(),
                    );
                }
                None => add(&slot, cg::COUNTED_NOUN, text(&frame.frame.measure)),
            }
            for q in &frame.frame.qualifiers {
                add(&slot, cg::QUALIFIER, text(q));
            }
            if let Some(place) = frame.frame.place {
                add(&slot, cg::PLACE, text(place));
            }
            if let Some(people) = &frame.frame.population {
                add(&slot, cg::POPULATION, text(people));
            }
            if let Some(subject) = &frame.subject {
                add(&slot, cg::ABOUT, text(subject));
            }
            if let Some((from, to)) = frame.period {
                add(&slot, cg::HELD_FROM, date(from));
                add(&slot, cg::HELD_TO, date(to));
            }
        }
        for (k, member) in f.members.iter().enumerate() {
            let m = &analysis.mentions[member.mention];
            let claim = iri::claim_iri(&m.doc, m);
            add(&node, cg::CONCERNS, claim.clone().into());
            let evaluation = NamedNode::new_unchecked(format!("{}/evaluation/{k}", node.as_str()));
            add(&node, cg::EVALUATION, evaluation.clone().into());
            add(
                &evaluation,
                rdfv::TYPE,
                cg::EVALUATION_CLASS.into_owned().into(),
            );
            add(&evaluation, cg::CLAIM_OF, claim.into());
            if let Some(i) = member.interval {
                if i.lo.is_finite() {
                    add(&evaluation, cg::LOWEST, decimal(i.lo));
                }
                if i.hi.is_finite() {
                    add(&evaluation, cg::HIGHEST, decimal(i.hi));
                }
            }
            if let Some(c) = &member.converted_from {
                add(
                    &evaluation,
                    cg::CONVERTED_FROM,
                    Literal::new_simple_literal(c).into(),
                );
            }
        }
        if let Some(gap) = &f.gap {
            add(&node, cg::GAP, decimal(gap.absolute));
            if let Some(r) = gap.relative {
                add(&node, cg::RELATIVE_GAP, decimal(r));
            }
            add(
                &node,
                cg::GAP_UNIT,
                Literal::new_simple_literal(&gap.unit).into(),
            );
        }
        for rate in &f.rates {
            for currency in [&rate.from, &rate.to] {
                if currency != "EUR" {
                    add(
                        &node,
                        cg::USED_RATE,
                        NamedNode::new_unchecked(format!(
                            "{}fx/ecb/{currency}/{}",
                            vocab::DATA,
                            rate.month
                        ))
                        .into(),
                    );
                }
            }
        }
        for a in &f.assumptions {
            add(
                &node,
                cg::ASSUMPTION,
                Literal::new_simple_literal(finding::assumption(a)).into(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::curation::Curation;
    use crate::consistency::fixtures::{source, toll};
    use crate::consistency::fx::Rates;
    use crate::consistency::{self, Story};
    use crate::model::time::Date;

    /// The objects of `s p` among `quads`, as strings.
    fn objects(quads: &[Quad], s: &NamedNode, p: NamedNodeRef<'_>) -> Vec<String> {
        quads
            .iter()
            .filter(|q| q.subject == s.clone().into() && q.predicate == p)
            .map(|q| match &q.object {
                Term::NamedNode(n) => n.as_str().to_owned(),
                Term::Literal(l) => l.value().to_owned(),
                other => other.to_string(),
            })
            .collect()
    }

    #[test]
    fn stories_and_frames_are_in_the_findings_graph() {
        let sources = vec![
            source("a", (2021, 3, 10)),
            source("b", (2021, 3, 12)),
            source("c", (2021, 5, 1)),
        ];
        let mentions = vec![
            toll("a", 63.0, "Officials said 63 people died."),
            toll("b", 70.0, "At least 70 people were killed by the gunman."),
        ];
        let day = |m, d| Date::from_ymd(2021, m, d).unwrap();
        let stories = vec![
            Story {
                id: "a".into(),
                label: "the attack (2021-03-10 to 2021-03-12)".into(),
                sources: vec![0, 1],
                span: Some((day(3, 10), day(3, 12))),
            },
            Story {
                id: "c".into(),
                label: "something else".into(),
                sources: vec![2],
                span: Some((day(5, 1), day(5, 1))),
            },
        ];
        let analysis = consistency::analyse(
            sources,
            mentions,
            &Curation::default(),
            Rates::compiled(),
            Some(stories),
        );
        let quads = findings_quads(&analysis);
        let story = story_iri("a");
        assert_eq!(
            objects(&quads, &story, rdfv::TYPE),
            [cg::STORY_CLASS.as_str()]
        );
        assert_eq!(
            objects(&quads, &story, cg::STORY_ARTICLE),
            [
                iri::article_iri("a").as_str(),
                iri::article_iri("b").as_str()
            ]
        );
        assert_eq!(objects(&quads, &story, cg::FIRST_PUBLISHED), ["2021-03-10"]);
        assert_eq!(objects(&quads, &story, cg::LAST_PUBLISHED), ["2021-03-12"]);
        assert_eq!(
            objects(&quads, &story_iri("c"), cg::STORY_ARTICLE),
            [iri::article_iri("c").as_str()]
        );
        let finding = analysis
            .findings
            .iter()
            .find(|f| f.verdict == Verdict::Conflict)
            .unwrap();
        assert_eq!(
            objects(&quads, &finding_iri(&finding.slot), cg::STORY),
            [story.as_str()]
        );
        let slot = slot_iri(&finding.slot);
        assert_eq!(
            objects(&quads, &slot, cg::MEASURED),
            [format!("{}killed", vocab::MEASURE)]
        );
        assert_eq!(objects(&quads, &slot, cg::FRAME), ["people killed"]);
        assert!(objects(&quads, &slot, cg::COUNTED_NOUN).is_empty());
    }
}
