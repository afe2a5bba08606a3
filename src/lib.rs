//! claimgraph: a fact-tracking knowledge graph for media claims.
//!
//! Data flows one way: [`corpus`] reads articles and their metadata, [`extract`] turns an
//! article's text into claim [`claim::Mention`]s, and [`eval`] scores mentions against hand
//! annotations. [`lexicon`] holds the vocabularies extraction reads, [`time`] the calendar.

pub mod claim;
pub mod corpus;
pub mod eval;
pub mod extract;
pub mod lexicon;
pub mod time;
