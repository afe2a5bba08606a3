//! claimgraph: a fact-tracking knowledge graph for media claims.
//!
//! The modules follow the data: [`corpus`] reads articles and their metadata, [`extract`]
//! turns an article's text into claim mentions of the shared [`model`], [`rdf`] maps an
//! article and its mentions to the quads of its named graph, and [`store`] keeps them in an
//! embedded oxigraph store ([`remote`] in an external SPARQL store); [`fetch`] fetches web
//! pages from a list of addresses into a cache the corpus reads; [`pipeline`] moves corpora and
//! N-Quads files into a store. [`stories`] groups articles by the event they
//! report. [`consistency`] lines up claims from different
//! articles into slots and gives each a verdict, [`present`] renders the findings as reports
//! and graph views, and [`server`] answers SPARQL and serves both over HTTP. [`tools`] scores
//! extraction and writes synthetic corpora; [`isolate`] keeps one bad article from stopping a
//! run. `ARCHITECTURE.md` has the map and the rules between the modules.

pub mod consistency;
pub mod corpus;
pub mod extract;
pub mod fetch;
pub mod isolate;
pub mod model;
pub mod pipeline;
pub mod present;
pub mod rdf;
pub mod remote;
pub mod server;
pub mod store;
pub mod stories;
pub mod tools;
