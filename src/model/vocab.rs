//! The IRIs claimgraph writes: its own ontology (`ontology/claimgraph.ttl`), the vocabularies it
//! reuses, and how data IRIs are minted. A test keeps `cg` and the ontology file in sync.

use oxigraph::model::NamedNodeRef;

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        pub const NS: &str = $ns;
        $(pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));)*
        /// Every term of this namespace declared here, for the sync test.
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

/// The claimgraph ontology.
pub mod cg {
    use super::NamedNodeRef;
    terms! { "https://w3id.org/claimgraph#";
        CLAIM = "Claim", AMOUNT_CLAIM = "AmountClaim", COUNT_CLAIM = "CountClaim",
        PERCENT_CLAIM = "PercentClaim", RATIO_CLAIM = "RatioClaim", DURATION_CLAIM = "DurationClaim",
        DATE_CLAIM = "DateClaim", QUOTE_CLAIM = "QuoteClaim", SPEAKER = "Speaker",
        BOUND_CLASS = "Bound", PRECISION_CLASS = "Precision", DATE_BASIS_CLASS = "DateBasis",
        EXACT = "Exact", AT_LEAST = "AtLeast", AT_MOST = "AtMost", APPROX = "Approx",
        DAY = "Day", WEEK = "Week", MONTH = "Month", QUARTER = "Quarter", HALF = "Half", YEAR = "Year",
        ABSOLUTE = "Absolute", YEAR_FROM_REFERENCE = "YearFromReference", RELATIVE = "Relative",
        ANAPHORIC = "Anaphoric",
        VALUE = "value", BOUND = "bound", LOWER_BOUND = "lowerBound", UPPER_BOUND = "upperBound",
        CURRENCY = "currency", AMBIGUOUS_CURRENCY = "ambiguousCurrency", COUNTED_UNIT = "countedUnit",
        MEASURE = "measure", SUBJECT_NAME = "subjectName", DURATION = "duration", FROM = "from",
        TO = "to", PRECISION = "precision", EVENT = "event", HAPPENING = "happening", DATE_BASIS = "dateBasis",
        REFERENCE_DATE = "referenceDate", RELATIVE_EXPRESSION = "relativeExpression",
        SENTENCE = "sentence", SELECTOR = "selector", SHA256 = "sha256",
        DATE_PRECISION = "datePrecision", DATE_SOURCE = "dateSource", EXTRACTOR = "extractor",
        CLAIM_COUNT = "claimCount", RAW_SHA256 = "rawSha256", METADATA_SOURCE = "metadataSource",
        FETCHED_FROM = "fetchedFrom", FETCHED_AT = "fetchedAt", STORY_FEATURES = "storyFeatures",
        EXCHANGE_RATE = "ExchangeRate", PER_EURO = "perEuro", MONTH_OF_RATE = "month", FIXINGS = "fixings",
        FINDING = "Finding", SLOT_CLASS = "Slot", VERDICT_CLASS = "Verdict", CONFLICT = "Conflict",
        COMPATIBLE = "Compatible", AGREE = "Agree", UNCORROBORATED = "Uncorroborated",
        EVALUATION_CLASS = "Evaluation", VERDICT = "verdict", SLOT = "slot", INTERNAL = "internal",
        EXPLANATION = "explanation", CONCERNS = "concerns", EVALUATION = "evaluation",
        CLAIM_OF = "claim", LOWEST = "lowest", HIGHEST = "highest", CONVERTED_FROM = "convertedFrom",
        GAP = "gap", RELATIVE_GAP = "relativeGap", GAP_UNIT = "gapUnit", USED_RATE = "usedRate",
        ASSUMPTION = "assumption", CURATED = "curated", CURATION = "Curation", REJECTS = "rejects",
        DETACHES = "detaches", MERGES = "merges", CORRECTS = "corrects",
        CORRECTED_VALUE = "correctedValue", CORRECTED_FROM = "correctedFrom",
        CORRECTED_TO = "correctedTo",
        STORY_CLASS = "Story", STORY = "story", STORY_ARTICLE = "storyArticle",
        FIRST_PUBLISHED = "firstPublished", LAST_PUBLISHED = "lastPublished", FRAME = "frame",
        MEASURED = "measured", COUNTED_NOUN = "countedNoun", QUALIFIER = "qualifier",
        PLACE = "place", POPULATION = "population", ABOUT = "about", HELD_FROM = "heldFrom",
        HELD_TO = "heldTo",
    }
    /// The ontology itself.
    pub const ONTOLOGY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/claimgraph");
}

/// schema.org.
pub mod schema {
    use super::NamedNodeRef;
    terms! { "https://schema.org/";
        CLAIM = "Claim", NEWS_ARTICLE = "NewsArticle", ORGANIZATION = "Organization", PERSON = "Person",
        PUBLISHER = "publisher", DATE_PUBLISHED = "datePublished", HEADLINE = "headline", NAME = "name",
        URL = "url", DATE_MODIFIED = "dateModified", AUTHOR = "author", IN_LANGUAGE = "inLanguage",
    }
}

/// PROV-O.
pub mod prov {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/ns/prov#";
        AGENT = "Agent", WAS_DERIVED_FROM = "wasDerivedFrom", WAS_ATTRIBUTED_TO = "wasAttributedTo",
        WAS_QUOTED_FROM = "wasQuotedFrom",
    }
}

/// The W3C Web Annotation vocabulary.
pub mod oa {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/ns/oa#";
        TEXT_POSITION_SELECTOR = "TextPositionSelector", TEXT_QUOTE_SELECTOR = "TextQuoteSelector",
        START = "start", END = "end", EXACT = "exact", PREFIX = "prefix", SUFFIX = "suffix",
        HAS_SOURCE = "hasSource",
    }
}

/// Dublin Core terms.
pub mod dcterms {
    use super::NamedNodeRef;
    terms! { "http://purl.org/dc/terms/";
        IDENTIFIER = "identifier", TITLE = "title", SOURCE = "source", MODIFIED = "modified",
        IS_PART_OF = "isPartOf",
    }
}

/// SKOS.
pub mod skos {
    use super::NamedNodeRef;
    terms! { "http://www.w3.org/2004/02/skos/core#";
        CONCEPT = "Concept", PREF_LABEL = "prefLabel", ALT_LABEL = "altLabel",
    }
}

pub use oxigraph::model::vocab::{rdf, rdfs, xsd};

/// Where data IRIs start.
pub const DATA: &str = "https://w3id.org/claimgraph/";
/// The named graph of the ontology.
pub const ONTOLOGY_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/claimgraph/graph/ontology");
/// The named graph of the measure vocabulary.
pub const MEASURES_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/claimgraph/graph/measures");
/// The named graph of the consistency findings, rewritten by each analysis.
pub const FINDINGS_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/claimgraph/graph/findings");
/// Findings and slots: this prefix and the slot id.
pub const FINDING: &str = "https://w3id.org/claimgraph/finding/";
pub const SLOT: &str = "https://w3id.org/claimgraph/slot/";
/// Where story IRIs start.
pub const STORY: &str = "https://w3id.org/claimgraph/story/";
/// Concepts of the measure vocabulary: this prefix and the concept's name.
pub const MEASURE: &str = "https://w3id.org/claimgraph/measure/";

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Term};
    use std::collections::BTreeSet;

    #[test]
    fn constants_and_ontology_agree() {
        let ttl = include_str!("../../ontology/claimgraph.ttl");
        let mut declared = BTreeSet::new();
        let mut labelled = BTreeSet::new();
        let mut commented = BTreeSet::new();
        for triple in RdfParser::from_format(RdfFormat::Turtle).for_reader(ttl.as_bytes()) {
            let triple = triple.expect("the ontology parses");
            let NamedOrBlankNode::NamedNode(s) = &triple.subject else {
                continue;
            };
            if !s.as_str().starts_with(cg::NS) {
                continue;
            }
            if triple.predicate == rdf::TYPE {
                declared.insert(s.as_str().to_owned());
            } else if triple.predicate == rdfs::LABEL {
                labelled.insert(s.as_str().to_owned());
            } else if triple.predicate == rdfs::COMMENT && matches!(triple.object, Term::Literal(_))
            {
                commented.insert(s.as_str().to_owned());
            }
        }
        let constants: BTreeSet<String> = cg::ALL.iter().map(|t| t.as_str().to_owned()).collect();
        assert_eq!(
            constants, declared,
            "src/vocab.rs cg:: and ontology/claimgraph.ttl declare different terms"
        );
        assert_eq!(declared, labelled, "every term has an rdfs:label");
        assert_eq!(declared, commented, "every term has an rdfs:comment");
    }
}
