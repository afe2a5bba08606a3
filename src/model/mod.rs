//! The shared data model every layer speaks: the calendar ([`time`]), articles and what is
//! known of them ([`article`]), claims and their mentions ([`claim`]), the RDF vocabulary's IRIs ([`vocab`]) and every IRI minted from data
//! ([`iri`]), the word lists kept as data ([`lexicon`]) and the words and names
//! of a text ([`names`]). Nothing here reads files at run time or knows a layer above it.

pub mod article;
pub mod claim;
pub mod frame;
pub mod iri;
pub mod lexicon;
pub mod names;
pub mod time;
pub mod vocab;
