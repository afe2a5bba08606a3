//! Moving articles and graphs between stores: [`ingest`] (corpus → extraction → quads → store,
//! on a thread pool), [`load`] (N-Quads files, checked whole, into the store) and [`push`] (the
//! store's graphs to an external SPARQL store); [`source`] reads claims from either kind of
//! store and hands them to the analysis.

pub mod ingest;
pub mod load;
pub mod push;
pub mod source;
