//! The SPARQL 1.1 Service Description (<https://www.w3.org/TR/sparql11-service-description/>)
//! that a GET on the endpoint without a query returns.

use super::negotiate::{RDF_FORMATS, RESULTS_FORMATS};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{BlankNode, NamedNodeRef, NamedOrBlankNode, Term, Triple};
use std::io;

/// The service description vocabulary.
mod sd {
    use oxigraph::model::NamedNodeRef;

    pub const NS: &str = "http://www.w3.org/ns/sparql-service-description#";
    pub const SERVICE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/sparql-service-description#Service");
    pub const ENDPOINT: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/sparql-service-description#endpoint");
    pub const SUPPORTED_LANGUAGE: NamedNodeRef<'_> = NamedNodeRef::new_unchecked(
        "http://www.w3.org/ns/sparql-service-description#supportedLanguage",
    );
    pub const SPARQL_11_QUERY: NamedNodeRef<'_> = NamedNodeRef::new_unchecked(
        "http://www.w3.org/ns/sparql-service-description#SPARQL11Query",
    );
    pub const SPARQL_11_UPDATE: NamedNodeRef<'_> = NamedNodeRef::new_unchecked(
        "http://www.w3.org/ns/sparql-service-description#SPARQL11Update",
    );
    pub const RESULT_FORMAT: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/sparql-service-description#resultFormat");
    pub const INPUT_FORMAT: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/sparql-service-description#inputFormat");
    pub const FEATURE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/sparql-service-description#feature");
    pub const EMPTY_GRAPHS: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/sparql-service-description#EmptyGraphs");
    pub const DEFAULT_ENTAILMENT_REGIME: NamedNodeRef<'_> = NamedNodeRef::new_unchecked(
        "http://www.w3.org/ns/sparql-service-description#defaultEntailmentRegime",
    );
    /// Simple entailment: what is in the store is what a query sees.
    pub const SIMPLE_ENTAILMENT: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/entailment/Simple");
}

/// The description of the endpoint at `endpoint` (an absolute IRI), in `format`.
pub fn service_description(
    endpoint: NamedNodeRef<'_>,
    updates: bool,
    format: RdfFormat,
) -> io::Result<Vec<u8>> {
    let service = NamedOrBlankNode::from(BlankNode::default());
    let mut triples = Vec::new();
    let mut add = |p: NamedNodeRef<'_>, o: Term| {
        triples.push(Triple::new(service.clone(), p, o));
    };
    add(rdf::TYPE, sd::SERVICE.into());
    add(sd::ENDPOINT, endpoint.into());
    add(sd::SUPPORTED_LANGUAGE, sd::SPARQL_11_QUERY.into());
    if updates {
        add(sd::SUPPORTED_LANGUAGE, sd::SPARQL_11_UPDATE.into());
        for f in RDF_FORMATS {
            add(
                sd::INPUT_FORMAT,
                NamedNodeRef::new_unchecked(f.iri()).into(),
            );
        }
    }
    for f in RESULTS_FORMATS {
        add(
            sd::RESULT_FORMAT,
            NamedNodeRef::new_unchecked(f.iri()).into(),
        );
    }
    for f in RDF_FORMATS {
        add(
            sd::RESULT_FORMAT,
            NamedNodeRef::new_unchecked(f.iri()).into(),
        );
    }
    add(sd::FEATURE, sd::EMPTY_GRAPHS.into());
    add(sd::DEFAULT_ENTAILMENT_REGIME, sd::SIMPLE_ENTAILMENT.into());
    let mut serializer = RdfSerializer::from_format(format)
        .with_prefix("sd", sd::NS)
        .map_err(io::Error::other)?
        .for_writer(Vec::new());
    for t in &triples {
        serializer.serialize_triple(t)?;
    }
    serializer.finish()
}
