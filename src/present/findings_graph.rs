//! Findings as RDF: the quads of the findings graph, so SPARQL and the graph export see every
//! verdict with its slot, claims, intervals, gap, rates and explanation (worded by
//! [`super::finding`], as the report words it).

use crate::consistency::{Analysis, Scope, Verdict};
use crate::model::iri::{self, finding_iri, slot_iri};
use crate::model::vocab::{self, cg, rdf as rdfv, rdfs, xsd};
use crate::present::finding::{self, Explainer};
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

/// Every finding of an analysis as quads of the findings graph.
pub fn findings_quads(analysis: &Analysis) -> Vec<Quad> {
    let graph = GraphName::NamedNode(vocab::FINDINGS_GRAPH.into_owned());
    let mut out = Vec::new();
    let mut add = |s: &NamedNode, p: NamedNodeRef<'_>, o: Term| {
        out.push(Quad::new(s.clone(), p.into_owned(), o, graph.clone()));
    };
    let decimal =
        |v: f64| -> Term { Literal::new_typed_literal(rdf::decimal(v), xsd::DECIMAL).into() };
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
    // Findings come in a stable order, so the quads do; two findings naming the same claim and
    // rate would repeat quads.
    let mut seen = rustc_hash::FxHashSet::default();
    out.retain(|q| seen.insert(q.clone()));
    out
}
