//! Moving articles and graphs into a store: [`ingest`] (corpus → extraction → quads → store,
//! on a thread pool) and [`load`] (N-Quads files, checked whole, into the store).

pub mod ingest;
pub mod load;
