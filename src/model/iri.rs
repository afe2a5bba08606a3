//! Every IRI claimgraph mints, and the one percent-encoder they go through: articles and their
//! named graphs, claims, speakers, publishers, slots and findings. IRIs are made from ids and
//! names alone, so the same input always gives the same IRI, wherever it is minted.

use crate::model::claim::Mention;
use crate::model::vocab;
use oxigraph::model::NamedNode;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The IRIs of an article: itself and its named graph.
pub fn article_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}article/{}", vocab::DATA, encode(id)))
}

pub fn article_graph(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}graph/article/{}", vocab::DATA, encode(id)))
}

/// A speaker's node: one per distinct name in the store.
pub fn speaker_iri(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}speaker/{}", vocab::DATA, encode(name)))
}

pub fn publisher_iri(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}publisher/{}", vocab::DATA, encode(name)))
}

/// An author named by a page's metadata (one node per distinct name, as speakers).
pub fn author_iri(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}author/{}", vocab::DATA, encode(name)))
}

/// A claim's node: article, span and kind.
pub fn claim_iri(doc: &str, m: &Mention) -> NamedNode {
    NamedNode::new_unchecked(format!(
        "{}article/{}/claim/{}-{}-{}",
        vocab::DATA,
        encode(doc),
        m.start,
        m.end,
        m.kind
    ))
}

/// The IRI of a slot and of the finding on it.
pub fn slot_iri(slot: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::SLOT, encode_path(slot)))
}

/// A story's node, named by its id (its first article's).
pub fn story_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::STORY, encode(id)))
}

pub fn finding_iri(slot: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::FINDING, encode_path(slot)))
}

/// Everything but the unreserved characters of RFC 3986.
const RESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes everything but unreserved characters (RFC 3986), so any id or name makes a
/// valid IRI segment; the same is safe in a query string and a form body.
pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, RESERVED).to_string()
}

/// [`RESERVED`] but '/'.
const PATH_RESERVED: &AsciiSet = &RESERVED.remove(b'/');

/// As [`encode`], but keeps '/': for ids that are paths (slots).
pub fn encode_path(s: &str) -> String {
    utf8_percent_encode(s, PATH_RESERVED).to_string()
}

/// Undoes [`encode`] (and any other percent-encoding), replacing bytes that are not UTF-8.
pub fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}
