//! claimgraph: a fact-tracking knowledge graph for media claims.
//!
//! Data flows one way: [`corpus`] reads articles and their metadata, [`extract`] turns an
//! article's text into claim [`claim::Mention`]s, and [`eval`] scores mentions against hand
//! annotations. [`rdf`] maps an article and its mentions to the quads of its named graph (in the
//! vocabulary of [`vocab`]), and [`store`] keeps them in an embedded oxigraph store.
//! [`consistency`] lines up claims from different articles into slots and gives each a verdict
//! (with exchange rates from [`fx`]), and [`report`] renders the findings.
//! [`lexicon`] holds the vocabularies extraction reads, [`time`] the calendar.

pub mod claim;
pub mod consistency;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod extract;
pub mod fx;
pub mod ingest;
pub mod isolate;
pub mod lexicon;
pub mod load;
pub mod rdf;
pub mod remote;
pub mod report;
pub mod server;
pub mod store;
pub mod synth;
pub mod time;
pub mod vocab;
